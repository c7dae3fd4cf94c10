"""plan.py: findings and pairs to edits, on hand-built model objects."""

from __future__ import annotations

from helpers_markup import blocks_of, finding, pairs_by_topic, section

from loi_redline.diff import apply_ops, word_diff
from loi_redline.plan import accepted_text, align_blocks, comment_text, heading_for, make_plan


def _vendor_manual():
    return [
        section(
            "s0",
            "Objet",
            ["Le présent accord a pour objet un pilote."],
            number="1",
            heading_text="Article 1 – Objet",
            topics=["objective"],
        ),
        section(
            "s1",
            "Exclusivité",
            ["Le Client accorde une exclusivité de douze (12) mois au Prestataire."],
            number="2",
            heading_text="Article 2 – Exclusivité",
            topics=["exclusivity"],
        ),
        section(
            "s2",
            "Droit applicable",
            ["Le droit français s'applique."],
            number="3",
            heading_text="Article 3 – Droit applicable",
            topics=["governing_law"],
        ),
    ]


def _reference():
    return [
        section(
            "r0", "Objet", ["La présente lettre a pour objet un pilote."], topics=["objective"]
        ),
        section(
            "r1",
            "Exclusivité",
            ["Exclusivité de soixante (60) jours, conditionnelle."],
            topics=["exclusivity"],
        ),
        section(
            "r2",
            "Confidentialité",
            [
                "Chaque Partie garde confidentielles les informations.",
                "Cette obligation survit à la lettre.",
            ],
            topics=["confidentiality"],
        ),
        section(
            "r3", "Droit applicable", ["Le droit algérien s'applique."], topics=["governing_law"]
        ),
    ]


def _exclusivity_finding(vendor, **kw):
    b = vendor[1].blocks[0]
    start = b.text.index("douze (12) mois")
    return finding(
        "f1",
        "deviation",
        "high",
        vendor[1],
        block=b,
        start=start,
        end=start + len("douze (12) mois"),
        evidence="douze (12) mois",
        message="Exclusivité de douze mois sans condition de sortie",
        rationale="Elle bloque la PME pendant un an",
        suggestion="soixante jours au plus, conditionnés aux livrables",
        **kw,
    )


def test_comment_reads_like_a_lawyer():
    vendor = _vendor_manual()
    f = _exclusivity_finding(vendor)
    text = comment_text(f, "fr")
    assert text.startswith("[ÉLEVÉ] Exclusivité de douze mois sans condition de sortie.")
    assert "Pourquoi : Elle bloque" in text and "Demander : soixante jours" in text
    en = comment_text(f, "en")
    assert en.startswith("[HIGH] ") and "Why: " in en and "Ask for: " in en


def test_targeted_replacement_is_a_tracked_change_with_its_comment():
    vendor, ref = _vendor_manual(), _reference()
    f = _exclusivity_finding(vendor, replacement="soixante (60) jours")
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    reps = [p.edit for p in plan.edits if p.edit.kind == "replace"]
    assert len(reps) == 1
    e = reps[0]
    assert e.block.text[e.start : e.end] == "douze (12) mois" and e.text == "soixante (60) jours"
    assert e.comment and e.comment.startswith("[ÉLEVÉ]")
    # the fallback, should the writer refuse, is a comment on the same words
    fb = plan.edits[0].fallback
    assert fb.kind == "comment" and fb.block is e.block and (fb.start, fb.end) == (e.start, e.end)
    assert plan.actions["f1"] == "replace"
    acc = accepted_text(blocks_of(vendor), [p.edit for p in plan.edits])
    assert "Le Client accorde une exclusivité de soixante (60) jours au Prestataire." in acc


def test_below_threshold_and_comments_only_change_no_text():
    vendor, ref = _vendor_manual(), _reference()
    f = _exclusivity_finding(vendor, replacement="soixante (60) jours")
    for kw in ({"threshold": "critical"}, {"comments_only": True}):
        plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref, **kw)
        assert [p.edit.kind for p in plan.edits] == ["comment"]
        c = plan.edits[0].edit
        assert c.block.text[c.start : c.end] == "douze (12) mois"
        assert accepted_text(blocks_of(vendor), [p.edit for p in plan.edits]) == [
            b.text for b in blocks_of(vendor)
        ]


def test_rewrite_toward_reference_keeps_agreeing_words():
    vendor, ref = _vendor_manual(), _reference()
    f = finding("f2", "deviation", "medium", vendor[2], message="Droit étranger")
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    reps = [p.edit for p in plan.edits if p.edit.kind == "replace"]
    assert reps, "a rewrite must produce replacements"
    old = vendor[2].blocks[0].text
    for e in reps:
        # "s'applique" agrees on both sides: no edit touches it
        assert e.end <= old.index("s'applique")
    acc = accepted_text(blocks_of(vendor), [p.edit for p in plan.edits])
    assert "Le droit algérien s'applique." in acc and "Le droit français s'applique." not in acc
    # the comment sits on the section heading, away from our own revisions
    comments = [p.edit for p in plan.edits if p.edit.kind == "comment"]
    assert comments[0].block is vendor[2].heading
    assert plan.actions["f2"] == "rewrite"


def test_missing_topic_inserted_in_reference_order_with_manual_number():
    vendor, ref = _vendor_manual(), _reference()
    f = finding(
        "f3",
        "missing",
        "high",
        None,
        topic="confidentiality",
        message="Aucune clause de confidentialité",
    )
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    ins = [p.edit for p in plan.edits if p.edit.kind == "insert_paragraphs"]
    # right before the next article's heading, whose paragraph properties the new heading
    # takes (style_id None: the writer copies the anchor's)
    assert ins and all(e.block is vendor[2].heading and e.before for e in ins)
    assert next(e for e in ins if e.comment).style_id is None
    acc = accepted_text(blocks_of(vendor), [p.edit for p in plan.edits])
    i = acc.index("Article 3 – Confidentialité")
    assert acc[i - 1] == vendor[1].blocks[-1].text
    assert acc[i + 1 : i + 3] == [b.text for b in ref[2].blocks]
    assert acc[i + 3] == "Article 3 – Droit applicable"  # the vendor's text, not renumbered
    heading_edit = next(e for e in ins if e.paragraphs == ["Article 3 – Confidentialité"])
    assert "renuméroter" in heading_edit.comment and heading_edit.comment.startswith("[ÉLEVÉ]")
    assert plan.actions["f3"] == "insert"


def test_missing_topic_with_auto_numbered_headings_copies_the_heading_properties():
    vendor = [
        section(
            "s0",
            "Objet",
            ["Objet du pilote."],
            number="1",
            topics=["objective"],
            num_id="5",
            label="Article 1 –",
        ),
        section(
            "s1",
            "Droit applicable",
            ["Droit algérien."],
            number="2",
            topics=["governing_law"],
            num_id="5",
            label="Article 2 –",
        ),
    ]
    ref = _reference()
    f = finding("f4", "missing", "high", None, topic="confidentiality", message="Absente")
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    heading = next(p.edit for p in plan.edits if p.edit.comment)
    assert heading.paragraphs == ["Confidentialité"]  # Word numbers it
    # before the next article's heading, with no style of its own: the writer gives it
    # that heading's paragraph properties, numbering included
    assert heading.block is vendor[1].heading and heading.before and heading.style_id is None
    assert "renuméroter" not in heading.comment


def test_heading_for_roman_and_plain_numbers():
    v = section("s", "Prix", [], heading_text="IV. Prix")
    assert heading_for("Données", v, v).text == "V. Données"
    v = section("s", "Prix", [], heading_text="7 - Prix")
    h = heading_for("Données", v, v)
    assert h.text == "8 - Données" and h.renumber_note


def test_added_clause_is_commented_and_struck_only_when_the_rule_says_so():
    vendor = _vendor_manual()
    vendor.append(
        section(
            "s3",
            "Pénalités",
            ["Le Client paie une pénalité de 10 %."],
            heading_text="Article 4 – Pénalités",
        )
    )
    ref = _reference()
    f = finding("f5", "added", "high", vendor[3], rule="added-penalties", message="Pénalités")
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    assert [p.edit.kind for p in plan.edits] == ["comment"]
    plan = make_plan(
        [f], pairs_by_topic(vendor, ref), vendor, ref, strike_rules={"added-penalties"}
    )
    kinds = [p.edit.kind for p in plan.edits]
    assert kinds.count("delete_paragraph") == 2 and "comment" in kinds
    acc = accepted_text(blocks_of(vendor), [p.edit for p in plan.edits])
    assert not any("pénalité" in t for t in acc)


def test_two_findings_on_one_span_do_not_both_replace():
    vendor, ref = _vendor_manual(), _reference()
    f1 = _exclusivity_finding(vendor, replacement="soixante (60) jours")
    f2 = _exclusivity_finding(vendor, replacement="trente (30) jours")
    f2.id = "f1b"
    plan = make_plan([f1, f2], pairs_by_topic(vendor, ref), vendor, ref)
    assert sum(p.edit.kind == "replace" for p in plan.edits) == 1
    assert sum(p.edit.kind == "comment" for p in plan.edits) == 1


def test_align_blocks_pairs_rewrites_and_keeps_order():
    from helpers_markup import block

    old = [block("Le prix est forfaitaire."), block("Paiement à 90 jours."), block("Divers.")]
    new = [
        block("Le prix comprend une part fixe."),
        block("Paiement à 30 jours."),
        block("Plafond de facturation."),
    ]
    pairs = align_blocks(old, new)
    assert (1, 1) in pairs
    assert sorted(i for i, _ in pairs if i is not None) == [0, 1, 2]
    assert sorted(j for _, j in pairs if j is not None) == [0, 1, 2]


def test_word_diff_ops_descend_so_offsets_stay_valid():
    # the plan emits a block's replacements last offset first; applying them in that
    # order to the original text must give the diff's own result
    old, new = (
        "Le droit français s'applique à tout litige.",
        "Le droit algérien s'applique aux litiges.",
    )
    ops = word_diff(old, new)
    t = old
    for op in sorted(ops, key=lambda o: o.start, reverse=True):
        t = t[: op.start] + op.text + t[op.end :]
    assert t == apply_ops(old, ops) == new


def test_several_inserted_clauses_are_numbered_as_after_renumbering():
    vendor, ref = _vendor_manual(), _reference()
    ref.insert(
        3,
        section(
            "r2b", "Gouvernance", ["Un comité se réunit chaque semaine."], topics=["governance"]
        ),
    )
    ref.append(
        section(
            "r4", "Validité", ["La lettre devient caduque après 90 jours."], topics=["validity"]
        )
    )
    fs = [
        finding("m1", "missing", "medium", None, topic="governance", message="Pas de gouvernance"),
        finding(
            "m2", "missing", "high", None, topic="confidentiality", message="Pas de confidentialité"
        ),
        finding("m3", "missing", "high", None, topic="validity", message="Pas de durée"),
    ]
    plan = make_plan(fs, pairs_by_topic(vendor, ref), vendor, ref)
    acc = accepted_text(blocks_of(vendor), [p.edit for p in plan.edits])
    heads = [t for t in acc if t.startswith("Article")]
    # the reference order (confidentiality, then governance) after article 2; validity at
    # the end, numbered as it will be once the vendor's article 3 becomes article 5
    assert heads == [
        "Article 1 – Objet",
        "Article 2 – Exclusivité",
        "Article 3 – Confidentialité",
        "Article 4 – Gouvernance",
        "Article 3 – Droit applicable",
        "Article 6 – Validité",
    ]


def test_a_whole_contract_under_one_heading_is_not_rewritten():
    from loi_redline.plan import MAX_REWRITE_PARAGRAPHS

    vendor, ref = _vendor_manual(), _reference()
    big = section(
        "s9",
        "Droit applicable",
        [f"Paragraphe {i}." for i in range(MAX_REWRITE_PARAGRAPHS + 1)],
        heading_text="Article 3 – Droit applicable",
        topics=["governing_law"],
    )
    vendor[2] = big
    f = finding("f9", "deviation", "high", big, message="Droit étranger")
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    assert [p.edit.kind for p in plan.edits] == ["comment"]
    assert plan.proposed["f9"] == "Le droit algérien s'applique."


def test_added_clause_struck_where_its_rule_gives_an_empty_replacement():
    vendor, ref = _vendor_manual(), _reference()
    b = vendor[1].blocks[0]
    b.text += " La lettre est renouvelable par tacite reconduction."
    start = b.text.index(" La lettre est renouvelable")
    f = finding(
        "a1",
        "added",
        "high",
        vendor[1],
        rule="added.tacit-renewal",
        message="Tacite reconduction",
        block=b,
        start=start,
        end=len(b.text),
        replacement="",
    )
    plan = make_plan([f], pairs_by_topic(vendor, ref), vendor, ref)
    (p,) = plan.edits
    assert p.action == "strike" and p.edit.kind == "replace" and p.edit.text == ""
    assert p.edit.comment.startswith("[ÉLEVÉ] Tacite reconduction")
    acc = accepted_text(blocks_of(vendor), [p.edit])
    assert not any("tacite" in t for t in acc)
    # below the threshold, or without a replacement: a comment only
    assert [q.edit.kind for q in make_plan([f], [], vendor, ref, threshold="critical").edits] == [
        "comment"
    ]
