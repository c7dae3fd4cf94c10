"""Measured quality against the gold files.

samples/: the engine was tuned on them; the bar is asserted.
tests/heldout/: first measured blind, then used for development (see below); asserted.
tests/heldout_blind/: measured once blind, then a development set (session 2); asserted.
Match rule (one gold finding to one engine finding): same kind, severity >= min_severity,
and same topic; for an ambiguity the gold term must be in the finding's evidence, for an
added clause with no topic the gold words must be.
"""

from __future__ import annotations

import pytest
from helpers_playbook import ROOT, gold_files, run_gold

from loi_redline.model import SEVERITIES
from loi_redline.ruleset import TOPIC_IDS, load_ruleset

SAMPLES = gold_files(ROOT / "samples")
HELDOUT = gold_files(ROOT / "tests" / "heldout")
BLIND = gold_files(ROOT / "tests" / "heldout_blind")
RECALL_BAR = 0.9
TOPIC_BAR = 0.9


def _check(gold_path):
    a, sc = run_gold(gold_path)
    print(
        f"\n{sc.name}: recall {sc.recall:.2f} ({len(sc.matched)}/{len(sc.matched) + len(sc.missed)}), "
        f"section->topic {sc.topic_accuracy:.2f}, position violations {len(sc.position_violations)}"
    )
    for g in sc.missed:
        print("  missed:", g["topic"], g["kind"], g["min_severity"], g.get("evidence_contains"))
    for v in sc.position_violations:
        print("  position:", v)
    for e in sc.section_errors:
        print("  section:", e)
    for f in a.findings:
        if f.evidence is not None:
            assert f.block.text[f.start : f.end] == f.evidence
    assert sc.recall >= RECALL_BAR, sc.missed
    assert not sc.position_violations
    assert sc.topic_accuracy >= TOPIC_BAR, sc.section_errors


@pytest.mark.skipif(not SAMPLES, reason="no samples yet")
@pytest.mark.parametrize("gold", SAMPLES, ids=[p.name.split(".")[0] for p in SAMPLES])
def test_samples(gold):
    _check(gold)


# tests/heldout/ was held out when first measured (rules frozen on samples/):
#   h1_voicebot_centre_appels     recall 0.95 (19/20)  topics 1.00  2 on meets_position topics
#   h2_saas_personnalisation_en   recall 0.85 (11/13)  topics 1.00  1
#   h3_recouvrement_ia_ar         recall 0.88 (15/17)  topics 0.93  4
# It then became a development set: the misses were fixed by general mechanisms (negation,
# open-ended and look-back durations, short-exclusivity fallback, headings of no topic,
# liability cap, price attribution...), each with unit tests on other sentences in
# test_assess.py / test_align.py. Now 1.00 / 1.00 / 0 on all three: asserted like samples/.
@pytest.mark.skipif(not HELDOUT, reason="no held-out LOIs")
@pytest.mark.parametrize("gold", HELDOUT, ids=[p.name.split(".")[0] for p in HELDOUT])
def test_heldout(gold):
    _check(gold)


# tests/heldout_blind/: written by someone else, gold files first; opened only once the
# rules were frozen and committed, measured once (see its README):
#   b1_ocr_sinistres_assureur       recall 0.86 (12/14)  topics 1.00  1 on meets_position
#   b2_recruitment_screening_en     recall 0.69 (11/16)  topics 0.94  2
#   b3_agence_creatifs_genai_ar     recall 0.75 (15/20)  topics 0.92  1
#   b4_chatbot_whatsapp_cliniques   recall 0.67 (6/9)    topics 1.00  4
# It became a development set in session 2: each miss and false alarm was fixed by a general
# mechanism (who is vendor and who is client in the party blocks, undefined billing units,
# a gazetteer of foreign places for hosting abroad, deemed acceptance, renewal and sole
# risk in all their forms, vendor-set or vendor-documented deliverables, wider sources,
# baselines and binding wordings...), each with unit tests on other sentences in
# test_assess.py / test_align.py. Now 1.00 / 1.00 / 0 on all four: asserted like samples/.
# A new sealed blind set measures the engine from here on.
@pytest.mark.skipif(not BLIND, reason="no blind LOIs")
@pytest.mark.parametrize("gold", BLIND, ids=[p.name.split(".")[0] for p in BLIND])
def test_blind(gold):
    _check(gold)


# The blind sets, each written by authors who had read neither the rules, the engine nor the
# tests (see each folder's README for its first, untuned measure):
#   heldout_c (c1-c4)  recall 31/47 = 0.66 at first measure
#   heldout_e (e1-e4)  recall 31/48 = 0.65
#   heldout_f (f1-f4)  recall 4/14 = 0.29, 9 false alarms (well-drafted letters)
#   heldout_g (g1-g4)  recall 29/33 = 0.88, 3 false alarms (a checkpoint, after C/E/F)
#   heldout_h (h1-h4)  recall 23/31 = 0.74, 6 false alarms (a checkpoint, after G)
#   heldout_i (i1-i4)  recall 28/31 = 0.90, 7 false alarms (sealed checkpoint, after H)
#   heldout_d (d1-d4)  recall 29/39 = 0.74, 10 false alarms (session 2's sealed final measure,
#                      engine 4022ffc; seen since, session 3)
#   heldout_k (k1-k3)  recall 20/22 = 0.91, 6 false alarms (session 3 checkpoint)
#   heldout_l (l1-l3)  recall 18/21 = 0.86, 3 false alarms (session 3, last checkpoint)
#   heldout_j (j1-j6)  recall 46/52 = 0.88, 3 false alarms, section->topic 111/112: session
#                      3's sealed final measure, engine frozen at dffce8c; developed on after
#                      that measure (its README lists what was changed)
#   heldout_m (m1-m6)  recall 40/43 = 0.93, 5 false alarms, section->topic 108/111: the last
#                      sealed measure of session 3, engine frozen at cba106f; developed on
#                      after that measure
#   heldout_p (p1-p2)  recall 6/7, 0 false alarms (session 4 checkpoint, engine 6e2ad96)
#   heldout_q (q1-q6)  recall 22/29 = 0.76, 4 false alarms, section->topic 111/113
#                      (session 4 checkpoint, engine cc3b8e6)
#   heldout_r (r1-r6)  recall 31/35 = 0.89, 2 false alarms, section->topic 112/112
#                      (session 4 checkpoint, engine 9418ec6)
#   heldout_s (s1-s6)  recall 30/34 = 0.88, 5 false alarms, section->topic 105/113
#                      (session 4 checkpoint, engine 77f4ed8)
#   heldout_t (t1-t6)  recall 30/34 = 0.88, 8 false alarms, section->topic 107/113
#                      (session 4 checkpoint, engine 14c81a8)
#   heldout_n (n1-n6)  recall 32/37 = 0.86, 3 false alarms, section->topic 113/113:
#                      session 4's sealed measure, engine frozen at 98dfaeb; developed on
#                      after that measure
#   heldout_u (u1-u6)  recall 31/34 = 0.91, 4 false alarms, section->topic 111/112
#                      (session 4 checkpoint, engine 622918d)
#   heldout_v (v1-v6)  recall 30/34 = 0.88, 6 false alarms, section->topic 107/111
#                      (session 4's last checkpoint, engine 3c32679)
#   heldout_o (o1-o6)  recall 31/37 = 0.84, 2 false alarms, section->topic 110/111:
#                      session 4's second sealed measure, engine frozen at eee17a0;
#                      developed on after that measure
#   heldout_w (w1-w6)  recall 34/37 = 0.92, 1 false alarm, section->topic 112/112:
#                      session 4's third sealed measure, engine frozen at 8640988;
#                      developed on after that measure
#   heldout_x (x1-x6)  recall 36/37 = 0.97, 5 false alarms, section->topic 114/114:
#                      session 4's fourth sealed measure, engine frozen at 3097dd3;
#                      developed on after that measure
#   heldout_y (y1-y6)  recall 33/37 = 0.89, 2 false alarms, section->topic 113/114:
#                      session 4's last sealed measure, engine frozen at 72f0d17;
#                      developed on after that measure
#   heldout_a (a1-a6)  recall 19/24 = 0.79, 6 false alarms, section->topic 118/120: six
#                      well-drafted letters (session 5 checkpoint, engine 044b927)
#   heldout_z (z1-z6)  recall 44/46 = 0.96, 3 false alarms, section->topic 104/106:
#                      session 5's first sealed measure, engine frozen at e3bfe2d;
#                      developed on after that measure
#   heldout_a2 (g1-g8) recall 35/40 = 0.88, 5 false alarms, section->topic 111/136: well
#                      drafted letters and unusual layouts (session 5 checkpoint, 3e67355)
#   heldout_a3 (h1-h7) recall 27/35 = 0.77, 9 false alarms, section->topic 124/131:
#                      question headings, bilingual AR/FR (session 5 checkpoint, 51e4aa2)
#   heldout_b (b1-b6)  recall 37/42 = 0.88, 1 false alarm, section->topic 108/109:
#                      session 5's second sealed measure, engine frozen at c97c831;
#                      developed on after that measure
#   heldout_c2 (c1-c6) recall 38/41 = 0.93, 2 false alarms, section->topic 109/109:
#                      session 5's third sealed measure, engine frozen at a3894a4;
#                      developed on after that measure
#   heldout_e2 (e1-e6) recall 40/42 = 0.95, 2 false alarms, section->topic 112/113:
#                      session 5's fourth sealed measure, engine frozen at 2950e02;
#                      developed on after that measure
#   heldout_f2 (f1-f6) recall 37/42 = 0.88, 3 false alarms, section->topic 109/109:
#                      session 5's fifth sealed measure, engine frozen at 84d277b;
#                      developed on after that measure
#   heldout_g2 (g11-16) recall 37/42 = 0.88, 3 false alarms, section->topic 112/113:
#                      session 5's sixth sealed measure, engine frozen at f8f85f5;
#                      developed on after that measure
#   heldout_h2 (k11-16) recall 38/42 = 0.90, 0 false alarms, section->topic 110/111:
#                      session 5's seventh sealed measure, engine frozen at ac1a19f
#                      (the first sealed set to meet every point of the bar); developed
#                      on after that measure
#   heldout_i2 (m11-16) recall 39/42 = 0.93, 1 false alarm, section->topic 110/112:
#                      session 5's last sealed measure, engine frozen at 5bfa712;
#                      developed on after that measure
#   (sessions 6 to 8: see each folder's README and docs/quality.md)
#   (sessions 10 to 13: the same; heldout_o13, session 13's last sealed measure, engine
#                      3fc8be9, recall 54/66, was developed on in session 14)
#   heldout_p14 (e21-26) recall 67/84 = 0.80, 1 false alarm, section->topic 113/119:
#                      session 14's first sealed measure, engine 74766e4; developed on after
#   heldout_q14 (e31-36) recall 58/72 = 0.81, 3 false alarms, section->topic 114/119:
#                      session 14's second sealed measure, engine 7cc89cb; developed on after
#   heldout_h9 (a11-16) recall 46/50 = 0.92, 0 false alarms, section->topic 108/108:
#                      session 9's first sealed measure, engine frozen at f283428 (every
#                      point of the bar met at once); developed on after that measure
#   heldout_i9 (a21-26) recall 42/50 = 0.84, 5 false alarms, section->topic 112/112:
#                      session 9's second sealed measure, same engine; developed on after
#   heldout_j9 (a31-36) recall 46/49 = 0.94, 2 false alarms, section->topic 113/114:
#                      session 9's third sealed measure, engine 056170b; developed on after
#   heldout_k9 (a41-46) recall 46/50 = 0.92, 3 false alarms, section->topic 115/115:
#                      session 9's fourth sealed measure, engine e13ec3c; developed on after
#   heldout_l9 (a51-56) recall 46/50 = 0.92, 1 false alarm, section->topic 112/113:
#                      session 9's fifth sealed measure, engine 7fb28bf; developed on after
#   heldout_m9 (a61-66) recall 47/50 = 0.94, 1 false alarm, section->topic 113/113:
#                      session 9's sixth sealed measure, engine d4215b2; developed on after
#   heldout_n9 (a71-76) recall 47/50 = 0.94, 1 false alarm, section->topic 111/112:
#                      session 9's last sealed measure, engine 13ec811; developed on after
# They became development sets: the engine was improved on them by general mechanisms,
# each with unit tests on other sentences (test_assess, test_precision, test_subtle, the
# clause batteries). Asserted like samples/; a letter still below the bar is a strict xfail
# (so an engine that passes it says so).
DEV_SETS = {
    name: gold_files(ROOT / "tests" / name)
    for name in (
        "heldout_c",
        "heldout_e",
        "heldout_f",
        "heldout_g",
        "heldout_h",
        "heldout_i",
        "heldout_d",
        "heldout_k",
        "heldout_l",
        "heldout_j",
        "heldout_m",
        "heldout_p",
        "heldout_q",
        "heldout_r",
        "heldout_s",
        "heldout_t",
        "heldout_n",
        "heldout_u",
        "heldout_v",
        "heldout_o",
        "heldout_w",
        "heldout_x",
        "heldout_y",
        "heldout_a",
        "heldout_z",
        "heldout_a2",
        "heldout_a3",
        "heldout_b",
        "heldout_c2",
        "heldout_e2",
        "heldout_f2",
        "heldout_g2",
        "heldout_h2",
        "heldout_i2",
        "heldout_j2",
        "heldout_k2",
        "heldout_l2",
        "heldout_m2",
        "heldout_n2",
        "heldout_o2",
        "heldout_p2",
        "heldout_q2",
        "heldout_r2",
        "heldout_s2",
        "heldout_t2",
        "heldout_u2",
        "heldout_v2",
        "heldout_w2",
        "heldout_x2",
        "heldout_y2",
        "heldout_z2",
        "heldout_b2",
        "heldout_d2",
        "heldout_e3",
        "heldout_f3",
        "heldout_g3",
        "heldout_h9",
        "heldout_i9",
        "heldout_j9",
        "heldout_k9",
        "heldout_l9",
        "heldout_m9",
        "heldout_n9",
        "heldout_p10",
        "heldout_q10",
        "heldout_r10",
        "heldout_s10",
        "heldout_t10",
        "heldout_u10",
        "heldout_v10",
        "heldout_w10",
        "heldout_x11",
        "heldout_y11",
        "heldout_z11",
        "heldout_a12",
        "heldout_b12",
        "heldout_c12",
        "heldout_d12",
        "heldout_e12",
        "heldout_f13",
        "heldout_g13",
        "heldout_h13",
        "heldout_i13",
        "heldout_j13",
        "heldout_k13",
        "heldout_l13",
        "heldout_m13",
        "heldout_n13",
        "heldout_o13",
        "heldout_p14",
        "heldout_q14",
        "heldout_r14",
        "heldout_s14",
        "heldout_t15",
        "heldout_u15",
        "heldout_v15",
        "heldout_w15",
        "heldout_x15",
        "heldout_y15",
        "heldout_z16",
        "heldout_a16",
        "heldout_b16",
        "heldout_c17",
        "heldout_d17",
        "heldout_e17",
        "heldout_f17",
        "heldout_g18",
        "heldout_h18",
        "heldout_i18",
    )
}
DEV = [g for golds in DEV_SETS.values() for g in golds]
BELOW_BAR = {
    # set H18 (developed on in session 18): the audit fee « مكتسبا للعارض بصفة نهائية ولا
    # يرد، ولو توقف المشروع » (one high price finding where the gold counts three, its
    # uncapped per-invoice fee at medium as the other golds' caps), the data gathered « على
    # نفقتها وتحت مسؤوليتها وحدها » (medium, as data.preparation-on-client; the gold: high)
    # and the KPI « معدل القراءة الموثوقة » never defined (a plain label)
    "e203_tri_factures_fournisseurs_arabe",
    # set G18 (developed on in session 18): a chat session billed « 45 دج للجلسة » (a plain
    # Arabic unit, as most golds leave it), results notifications through servers abroad
    # (high here; the gold: critical), and a binding list of numbers citing the price
    # (medium, as binding.wrong-clauses; the gold: high)
    "e193_chatbot_rendezvous_laboratoire_analyses_arabe",
    # set F17 (developed on in session 18): data handed over « بجودة مقبولة » (low for the
    # vague quality, as 23 of the 24 golds that flag such words; the gold: medium) and the
    # KPI « دقة التنبؤ اليومي » never defined (a plain label, not a term of art)
    "e183_assistant_commandes_boulangeries_arabe",
    # set E17 (developed on in session 17): data work "excluded from the Onboarding Fee" and
    # billed by the person-day (not read as the data's deviation), a chair's casting vote
    # where the sentence before makes the vendor's director the chair, members' medical data
    # processed in Morocco (high here; the gold: critical)
    "e172_claims_triage_health_mutual_en",
    # a plain « المحادثات المفوترة » in a price table (a unit not reported), and results that
    # « قد تقع خارج التراب الوطني » (messages that may transit abroad, not read)
    "e173_assistant_rendez_vous_laboratoire_arabe",
    # « Conversations Relancées » billed without « par », and showroom visitors' numbers used
    # for marketing follow-ups with no word of their consent
    "e176_relances_commerciales_distributeur_meubles_bilingue",
    # set D17 (developed on in session 17): an exclusivity "extended accordingly" when dates
    # slip for the client's reasons (low for the gold of this fair letter; the extension
    # rule reads only day-for-day and automatic extensions, at high)
    "e165_field_service_assistant_elevator_company_en",
    # set C17 (developed on in session 17): a table cell « تحتسب من طرف المدمج » under the
    # baseline column (the vendor computes the baseline; read nowhere in a cell alone), a
    # go/no-go date « يحدد لاحقاً باتفاق الطرفين » (the undated decision's medium; the gold:
    # high), the lump sum still due when the data fall short (medium; the gold: high), and
    # buyers' payslips and mortgage files listed as data, with no word of their safeguards
    "e153_scoring_prospects_promotion_immobiliere_arabe",
    # « Engagement moyen par publication », a sentence-case KPI label
    "e154_generation_contenus_reseau_opticiens",
    # "Complex Documents count as three": a capitalised term said once, in a price cell
    "e155_customs_document_extraction_forwarder_en",
    # set B16 (developed on in session 17), what its golds ask and the engine reads otherwise:
    # a hiring ban of 24 months after the end (high for the gold, medium here as for 306 of
    # the 322 non-solicitations of the golds), extra days « facturés en sus au tarif
    # journalier » (high for the gold, medium here), the balance due on an early exit (found
    # as the termination's exit fee, high, and as an added clause at medium; the gold: an
    # added clause at high), and « Taux d'automatisation », a sentence-case KPI label
    "e141_assistant_sinistres_courtier_assurance",
    # "sufficient quantities" of samples (low here, as for 19 of the 20 golds on the word;
    # medium for this one), a binding list with the deposit and the exclusivity (medium; the
    # gold: high), a validity "until the Definitive Agreement is signed" said in the status
    # clause while the licence clause is read as the letter's term, and a pilot sample
    # selected by the vendor found in the definitions clause (no topic; the gold: the POC's)
    "e142_visual_defect_detection_tile_factory_en",
    # a plain « لكل محادثة » (a unit not reported, as 100-odd « par conversation » of the
    # letters are not by their golds), « في أجل معقول » (low, as for 25 of 26 golds), and a
    # disclaimer « لا يتحمل المدمج أي مسؤولية عن: » whose objects are the items of its list
    "e143_assistant_pharmacies_grossiste_arabe",
    # « pannes évitables », an undefined lower-case term inside a KPI sentence
    "e144_planification_maintenance_flotte_bus",
    # set Y15: a deemed acceptance « sur chaque Livrable, y compris le POC » in a clause of
    # the client's duties (« Bonnes pratiques ») is read as the deliverables' (their clause
    # is the gold's "met" one); the gold files it, and the clause, under the POC
    "e111_agent_recouvrement_cabinet_huissier",
    # set X15: both parties' blocks read as the vendor's (« الموزع », a distributor buying, is
    # a vendor's trade word, and « شركة «…» » is not read as a company name), so « يتحمل الموزع
    # وحده تبعات عدم كفاية بياناته » is not the client bearing the risk; the price made binding
    # at medium (the gold: high)
    "e103_assistant_ventes_grossiste_pharma_arabe",
    # set W15: the client's shelf images sold on to its suppliers at high (the gold:
    # critical), "Detection Accuracy" (a KPI used once, in a table) not reported, the payment
    # obligations made binding at medium (the gold: high; 26 golds say medium, 15 high)
    "e92_shelf_analytics_supermarket_chain_en",
    # set W15: « تفاعلا كافيا » (« un échange suffisant »), « الاستفسارات المحسومة دون تدخل بشري »
    # (a KPI's unit) and « السعر اليومي للوكالة » (a day rate never stated) left unread; the
    # child's health status collected, which no rule weighs against the purpose
    "e93_chatbot_inscriptions_creche_ecole_arabe",
    # set R14: "limited to an amount equal to one (1) month of Subscription Fees" is a
    # liability cap at medium here (the golds say low, medium and here high), and the
    # partner's remote access "from its delivery centre in Pune, India" is a second transfer
    # abroad in a clause whose hosting in Roubaix is already reported
    "e42_demand_forecast_bakery_chain_en",
    # set R14: « Taux d'engagement des prospects », a KPI never defined: the word
    # « engagement » was tried among the terms of art and dropped (two alarms in golds that
    # define or need no definition of an engagement rate)
    "e44_assistant_vente_concession_auto",
    # « Engagement de la Clinique » (the client's undertaking to sign, with a dédit) is read
    # as the client's part of the work (internal effort), so "no word on internal effort"
    # is not reported: the heading's singular is not told from « Engagements du Client »
    "m4_ocr_dossiers_medicaux_clinique",
    # « Collaboration loyale » (good faith) is read as the client's effort, so the missing
    # internal effort is not reported; « qualité de signal exploitable » is said in the
    # negative (« ne délivrent pas une … »), which spares a vague word
    "o6_maintenance_ascenseurs_iot",
    # a gold disagreement: « Le nombre de Dossiers clients actifs est arrêté par l'Éditeur »
    # (the vendor counts the billed units alone) is reported at medium; the gold writer
    # lists the price as meeting the position
    "x3_assistant_comptable_cabinet_expertise",
    # set P: the letter has no risk-allocation clause, but its data clause (« une cotation du
    # risque absente », « nous prenons en charge le dédoublonnage ») reads as one as well,
    # so the missing topic is not reported (low)
    "u16_generation_rapports_audit_interne",
    # set W: four gold findings, one missed (3/4): "Client-side Anomalies", a capitalised
    # class after "unless caused by", is not reported as an undefined term
    "c12_fleet_telematics_insights_en",
    # set Y: nine gold findings, one missed (8/9): « الشكاوى الحساسة » (sensitive
    # complaints, excluded from automatic drafting) is an undefined class, and undefined
    # terms are not read in Arabic prose
    "e14_tri_reclamations_patients_clinique_arabe",
    # set E3: « 4 000 requêtes mensuelles », a billing unit with no qualifier, is not
    # reported as undefined (a plain unit, like "per user", is left alone by design)
    "j14_assistant_juridique_cabinet_avocats_arabe",
    # set E3: extra meters the vendor specifies "supplied and installed at the Client's
    # expense" (a cost the audit may reveal) is not read as a risk shifted to the client
    "j15_energy_monitoring_hotel_chain_en",
    # set P10: a gold disagreement on the kind: « تحسنا ملموسا » (a tangible improvement, no
    # figure) is reported as a deviation (success.vague-target), the gold wants an ambiguity
    "a93_notation_prospects_concession_auto_arabe",
    # set S10: twelve gold findings, two missed (10/12): an exclusivity extended « douze (12)
    # mois après l'expiration » in the general provisions (the duration limit reads the
    # exclusivity clause only), and idle days billed « comme journées de mobilisation »
    # (the gold: an added clause on internal effort)
    "b41_chatbot_recrutement_interim",
    # set B12: twelve gold findings, ten met: « amélioration significative » (no figure)
    # reported as a deviation (the gold: an ambiguity, the same disagreement as a93 and b55)
    # and patients' health data hosted in France reported high (the gold: critical)
    "c61_gestion_rendez_vous_laboratoire",
    # set C12: four gold findings, three met: "Avoidable Stock-outs", a hyphenated class a
    # KPI is measured on, is not reported as undefined
    "c72_spare_parts_demand_bus_operator_en",
    # set C12: twelve gold findings, nine met: a binding proviso « together with Sections 10
    # and 15, binds the Parties … notwithstanding Section 1 » (read, it alarmed a fair
    # letter), "Eligible File … in Idenvia's sole assessment" reported as an ambiguity (the
    # gold: a success-criteria deviation), onboarding decisions that "remain the Client's sole
    # responsibility" (a fair letter says the same)
    "c75_kyc_onboarding_microfinance_en",
    # set D12 (session 12): "38 per Claim Event" (a capitalised unit after a bare figure) and
    # an exclusivity running "until the Vendor releases the Client", both in a schedule of
    # terms whose rows name no topic; health data in the UAE reported high (gold: critical)
    "c85_claims_triage_health_insurer_en",
    # set E12: a "Minimum Monthly Commitment" row is an added clause (medium; the gold: a
    # price deviation, high, as c55 and c25 — f2 and l12 say added) and "Complex
    # Documents", a capitalised class before the defined unit, is not reported
    "c95_contract_extraction_leasing_en",
    # set F13: the subscription « Dû pour tous les Cabinets dès la Mise en Service » (a
    # table row read with a definition), Arabic left to an option (golds disagree: seven
    # fair letters exclude it), health data in Frankfurt high (gold: critical), a liability
    # cap of one month reported medium (gold: high)
    "d11_chatbot_rdv_cabinets_dentaires",
    # set F13: « أداءً مقبولاً » and « تحسن معتبر » are low ambiguities (the gold: medium; at
    # medium the same wording alarms twelve fair letters), an undefined Arabic KPI term
    "d13_scoring_recouvrement_microfinance_arabe",
    # set F13: an exclusivity "until the end of the Rollout Term" set in a Schedule table
    # row, "the Schedule shall prevail" said in the definitions, "Brand Fit Score" (a
    # capitalised KPI name at the start of a table cell)
    "d15_content_generation_travel_agency_en",
    # set G13: "during Business Hours" (two capitalised words, one use) is not reported
    "d22_route_optimisation_bottled_water_en",
    # set G13: health data hosted in the EU reported high (gold: critical); « معدل الحل
    # الذاتي », an undefined Arabic KPI term
    "d23_chatbot_mutuelle_sante_arabe",
    # set G13: « alertes pertinentes » (a KPI's qualifier) and travel costs « refacturés au
    # réel sur justificatifs » (fair in other golds) are not reported; both low
    "d24_maintenance_predictive_cimenterie",
    # set G13: « Score Qualité SEO », a capitalised KPI name at the start of a table cell
    "d26_generation_fiches_produits_ecommerce_bilingue",
    # set H13: « 6 دج عن كل محادثة إضافية » (a plain unit after « إضافية », left alone as
    # "per additional conversation" is in English); one of two gold findings
    "d33_assistant_parents_ecole_privee_arabe",
    # set H13: "Darija support is provided on a best-efforts basis" is low in the scope (the
    # gold: medium) and "All other Sections … are non-binding expressions of intent and create
    # no liability for Vendor" (the vendor's side made non-binding) is not read
    "d35_voicebot_taxi_dispatch_en",
    # set I13: an opaque « accompagnement au démarrage et frais annexes » row, « selon la
    # grille tarifaire en vigueur » (an undefined price reference), an indemnity made
    # « immédiatement exigible », the deposit made binding « en ce qui concerne l'acompte »
    "d41_chatbot_commandes_pizzeria_franchise",
    # set I13: "Temperature Excursion", a capitalised KPI term used once, not reported
    "d42_energy_forecast_cold_storage_en",
    # set I13: a KPI counting a generated answer « qu'elle ait ou non été validée », and
    # « grille tarifaire en vigueur du Prestataire »
    "d44_analyse_avis_clients_hotellerie",
    # set K13 (Arabic, 32 gold findings): pupils' health notes and grades collected for a
    # FAQ bot (minimisation), a quota of « محادثة نشطة » (not billed per unit), the roll-out
    # read as the POC's (the gold: the timeline's), the early-exit payment of every
    # remaining subscription at medium (the gold: high), « عند الاقتضاء » (a legal formula
    # for session 12's golds, vague for this one)
    "d63_assistant_parents_ecoles_arabe",
    # set K13: travel costs « refacturés au réel sur justificatifs » (at cost, with
    # receipts: fair for the golds that wrote the rule's exception; a low weakness here)
    "d64_vision_defauts_ceramique",
    # set L13 (Arabic): the members' health data hosted in the EU and their mail licensed
    # « لأغراض تحسين نماذجها », both reported at high (the gold: critical; most golds ask
    # high for each), and a defined unit « وحدة معالجة » whose definition counts every
    # operation on an attachment
    "d73_tri_courriels_mutuelle_arabe",
    # set M13: "a material improvement" as the success target (medium here, low in the
    # golds of fair letters), and the client's staff "as we may reasonably require" read in
    # the governance clause ("Who does what") where the gold wants the internal effort
    "d82_credit_collections_microfinance_en",
    # set M13: « par Point de Vente Actif », a defined term (« les Points de Vente ») narrowed
    # by a qualifier after it, the French order, is read as defined
    "d84_prevision_production_boulangerie_industrielle",
    # set N13: « une réduction sensible » as the target (medium here, low for the golds of
    # fair letters), « disponibilité raisonnable » of the client's staff said in the
    # governance clause, and the pilot that « se poursuit automatiquement » as an
    # abonnement reported as the POC's deviation (the gold: an added clause)
    "d91_analyse_appels_offres_btp",
    # set P14 (two columns, French | Arabic), three gold disagreements: « 8 000 Conversations
    # par mois, facturé en tout état de cause » (a minimum billing, reported as an added
    # clause at medium; the gold: the price's deviation, high); the rework of the client's
    # data billed by the day (the risk allocation's finding; the gold: the data's); the
    # financial commitments made binding (medium; the gold: high); and the client's effort
    # read in the data clause (« Le Client remet ces éléments … »), so not reported missing
    "e26_chatbot_reservation_hotel_bilingue",
}


def _params(golds):
    below = pytest.mark.xfail(reason="below the quality bar (see comment)", strict=True)
    return [
        pytest.param(
            g,
            id=g.name.split(".")[0],
            marks=[below] if g.name.split(".")[0] in BELOW_BAR else [],
        )
        for g in golds
    ]


@pytest.mark.skipif(not DEV, reason="no development sets")
@pytest.mark.parametrize("gold", _params(DEV))
def test_development_sets(gold):
    _check(gold)


@pytest.mark.parametrize("rid", ["pme-ia-fr", "pme-ia-en"])
def test_reference_against_itself(rid):
    from loi_redline.assess import assess
    from loi_redline.read import read
    from loi_redline.structure import sections

    rs = load_ruleset(rid)
    if not rs.reference.exists():
        pytest.skip("reference not built")
    ref = read(rs.reference)
    a = assess(ref, read(rs.reference), rs)
    above_info = [(f.rule, f.severity, f.evidence) for f in a.findings if f.severity != "info"]
    assert above_info == []
    assert a.risk_score == 0.0
    assert all(status == "ok" for _t, status in a.checklist)
    # exactly one section per topic, every topic once
    clauses = [s for s in sections(read(rs.reference)) if s.kind == "clause"]
    from loi_redline.align import align

    align(clauses, clauses, rs)
    mains = [s.topics[0] for s in clauses if s.topics]
    assert len(clauses) == 19 and sorted(mains) == sorted(TOPIC_IDS)
    assert all(len(s.topics) == 1 for s in clauses)


def test_severity_order_is_the_contract():
    assert SEVERITIES == ("info", "low", "medium", "high", "critical")
