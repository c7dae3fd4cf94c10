"""The party-role model on letters nobody tuned for. Who is the vendor and who the
client: parties named by an acronym, a brand, a trade word, a chain of names (« X » ou
« le Prestataire »), in either order; when the party blocks tell nothing, who pays and who
builds in the letter. Who decides: a measure the vendor takes and the client validates."""

from __future__ import annotations

import pytest
from helpers_playbook import mini_reference, section

from loi_redline.assess import assess_sections, parties
from loi_redline.ruleset import load_ruleset


@pytest.fixture(scope="module")
def rs():
    return load_ruleset("pme-ia-fr")


def _pre(text):
    return section("p0", "", text, kind="preamble")


@pytest.mark.parametrize(
    "text, seller, buyer",
    [
        # a chain of names: the brand, then the role word (client first)
        (
            "Entre la Compagnie Oranaise de Transport Frigorifique SPA (COTF), ci-après "
            "dénommée « COTF » ou « le Client », d'une part, et Numidia Analytics SARL, "
            "ci-après dénommée « Numidia » ou « le Prestataire », d'autre part.",
            "Numidia",
            "COTF",
        ),
        # an acronym in brackets, a role word only for the vendor
        (
            "ENTRE : HODNA PHARMA DISTRIBUTION SPA (HPD), grossiste répartiteur, ci-après « le "
            "Bénéficiaire » ; ET : Algorithmia SARL, ci-après « Algorithmia » ou « le "
            "Fournisseur ».",
            "Algorithmia",
            "HPD",
        ),
        # English: a chain inside the brackets, the client named by its initials
        (
            'Between Saharan Cold Chain SpA ("SCC" or the "Customer") and Quantica Labs Ltd, '
            'hereinafter "Quantica" or the "Supplier".',
            "Quantica",
            "SCC",
        ),
        # a letter in the « nous / vous » voice: the verb before the client's name is the
        # vendor's (« propose d'accompagner »), « vous » names the client
        (
            "Nous avons l'honneur de vous adresser la présente lettre, par laquelle Tadjer "
            "Analytics SARL (ci-après « nous » ou « le Prestataire ») propose d'accompagner "
            "Minoterie du Hodna SARL (ci-après « vous » ou « la Minoterie »).",
            "nous",
            "Minoterie",
        ),
        # a trade word for the client, the vendor known by what it does
        (
            "Entre l'Office des Céréales de l'Ouest (OCO), établissement public, ci-après "
            "dénommé « l'Office », et Sigmatek SARL, éditeur de logiciels, ci-après dénommée "
            "« Sigmatek ».",
            "Sigmatek",
            "OCO",
        ),
        # an Arabic-first letter: trade words both, the block that develops solutions is
        # the vendor's …
        (
            "بين شركة أفق للحلول الرقمية، شركة ذات مسؤولية محدودة، مقرها وهران، ويشار إليها فيما "
            "يلي بـ«الشركة»،\nو مكتب التوثيق بن علي، مقره تلمسان، ويُشار إليه فيما يلي بـ«المكتب».",
            "الشركة",
            "المكتب",
        ),
        # … or a role word for the vendor, and the other party is the client
        (
            "شركة أوراتيك، مقرها وهران، ويشار إليها فيما يلي بـ «المورد»،\nو الوكالة العامة "
            "للتأمين، مقرها وهران، ويشار إليها فيما يلي بـ «الوكالة».",
            "المورد",
            "الوكالة",
        ),
    ],
)
def test_the_roles_of_parties_named_by_acronyms_brands_and_trade_words(text, seller, buyer):
    sellers, buyers = parties([_pre(text)], companies=True)
    assert seller in sellers and buyer in buyers
    assert buyer not in sellers and seller not in buyers


@pytest.mark.parametrize(
    "pre, body, seller, buyer",
    [
        (
            "Entre Tassili Ciment SPA, ci-après « TCS », et Kodex Engineering SARL, ci-après "
            "« Kodex ».",
            "TCS versera à Kodex un forfait de 2 000 000 DA hors taxes.",
            "Kodex",
            "TCS",
        ),
        (
            'Between Vectra Insight SARL (hereinafter "Vectra") and Groupe Hamoud Textiles SPA '
            '(the "Group").',
            "Vectra shall develop and deploy the forecasting model at the Group's plants.",
            "Vectra",
            "Group",
        ),
        (
            "Entre Sonelia SPA (« Sonelia ») et Brainwave DZ EURL (« Brainwave »).",
            "Brainwave s'engage à livrer le modèle entraîné avant le 30 juin 2027.",
            "Brainwave",
            "Sonelia",
        ),
        # two trade words (a law firm buys from a software publisher): the letter tells
        (
            "Entre le cabinet Ziani & Associés, SARL, ci-après « le Cabinet », et Lexora "
            "SARL, ci-après « l'Éditeur ».",
            "Le Cabinet souhaite se doter d'un moteur de recherche. L'Éditeur a remis une "
            "proposition technique le 3 mars.",
            "Editeur",
            "Cabinet",
        ),
        (
            'Between Haddad Audit SARL (the "Firm") and Numeris Ltd (the "Integrator").',
            "The Firm is the data controller and the Integrator acts as processor.",
            "Integrator",
            "Firm",
        ),
        (
            "Entre l'agence Atlas Voyages, ci-après « l'Agence », et Scriba SARL, ci-après "
            "« l'Éditeur ».",
            "L'Éditeur facturera l'abonnement trimestriellement.",
            "Editeur",
            "Agence",
        ),
    ],
)
def test_when_the_blocks_tell_nothing_who_pays_and_who_builds_does(pre, body, seller, buyer):
    sellers, buyers = parties([_pre(pre), section("c1", "Objet", body)], companies=True)
    assert seller in sellers and buyer in buyers


def test_who_provides_data_is_no_clue():
    # the client provides its data: « fournira » says nothing of who sells
    pre = "Entre Sonelia SPA (« Sonelia ») et Brainwave DZ EURL (« Brainwave »)."
    body = "Sonelia fournira les données de ventes des trois dernières années."
    sellers, buyers = parties([_pre(pre), section("c1", "Données", body)], companies=True)
    assert "Sonelia" not in buyers


@pytest.mark.parametrize(
    "pre, owns, lang",
    [
        (
            "ENTRE : DATANOVA SPA, ci-après dénommée « DataNova » ou « le Prestataire » ; ET : "
            "MINOTERIE DU TELL SPA (MDT), ci-après dénommée « MDT » ou « le Client ».",
            "MDT demeure seule propriétaire de ses données, des jeux d'entraînement et du modèle "
            "entraîné, y compris ses paramètres et ses seuils.",
            "fr",
        ),
        (
            "Entre la Caisse Régionale de Mutualité Agricole (CRMA), ci-après « la Caisse » ou "
            "« le Client », et Kodex Engineering SARL, ci-après « Kodex » ou « le Prestataire ».",
            "La CRMA est et demeure propriétaire exclusive du modèle entraîné et des scores "
            "produits.",
            "fr",
        ),
        (
            'Between Atlas Dairy Company SpA ("ADC" or the "Client") and Lumen Analytics Ltd '
            '(hereinafter "Lumen" or the "Provider").',
            "ADC retains sole ownership of its data, the training sets and the trained model, "
            "including its weights.",
            "en",
        ),
    ],
)
def test_the_client_owning_under_its_acronym_meets_the_position(rs, pre, owns, lang):
    a = assess_sections(
        [_pre(pre), section("v1", "Propriété intellectuelle", owns)],
        mini_reference(),
        rs,
        lang=lang,
    )
    bad = [f"{f.rule} {f.evidence!r}" for f in a.findings if f.rule.startswith("ip.")]
    assert not [b for b in bad if b.startswith(("ip.vendor-owns", "ip.client-owns"))], bad


def test_the_vendor_owning_under_its_brand_is_still_caught(rs):
    pre = (
        "ENTRE : DATANOVA SPA, ci-après dénommée « DataNova » ou « le Prestataire » ; ET : "
        "MINOTERIE DU TELL SPA (MDT), ci-après dénommée « MDT » ou « le Client »."
    )
    owns = "DataNova demeure seule propriétaire du modèle entraîné sur les données de MDT."
    a = assess_sections(
        [_pre(pre), section("v1", "Propriété intellectuelle", owns)], mini_reference(), rs
    )
    assert [f for f in a.findings if f.rule == "ip.vendor-owns"]


def test_an_acronym_is_a_whole_word():
    # « AEL » must not match inside « Israël » or « réel »
    import re

    from loi_redline.assess import _name_pattern

    p = re.compile(_name_pattern("AEL"), re.I)
    assert p.search("AEL reste propriétaire") and not p.search("Israel") and not p.search("rael")


# --- who decides: measured by the vendor, then validated by the client ------------------
# A measure the vendor takes and the client then validates, approves or countersigns (or
# both parties sign) is not left to the vendor alone, whatever the adverb in between.

VALIDATED = [
    (
        "fr",
        "Le niveau de départ du taux de rupture est calculé par le Prestataire sur l'historique "
        "de l'exercice 2025, puis approuvé formellement et par écrit par le Client avant le "
        "démarrage du POC.",
    ),
    (
        "fr",
        "Les seuils d'alerte sont fixés par le Prestataire et ne s'appliquent qu'une fois "
        "contresignés par le Client.",
    ),
    (
        "fr",
        "La situation initiale est évaluée par le Prestataire au cours du cadrage, puis "
        "soumise à la validation écrite préalable du Client.",
    ),
    (
        "fr",
        "Les valeurs cibles sont déterminées par le Prestataire puis signées par les deux "
        "Parties en annexe du procès-verbal de cadrage.",
    ),
    (
        "en",
        "Baseline figures shall be measured by the Provider during discovery and then "
        "approved in writing by the Client.",
    ),
    (
        "en",
        "The alert thresholds are set by the Provider, subject to the Client's prior written "
        "approval.",
    ),
    (
        "en",
        "The reference values are determined by the Provider and countersigned by the "
        "Client's project lead before the pilot starts.",
    ),
]

DECIDED_ALONE = [
    (
        "fr",
        "Les valeurs de référence sont mesurées par le Prestataire puis communiquées au Client "
        "pour information.",
    ),
    (
        "fr",
        "Les seuils d'alerte sont fixés par le Prestataire, qui les valide lui-même en fin de "
        "cadrage.",
    ),
    ("en", "Baseline figures shall be measured by the Provider and notified to the Client."),
    (
        "en",
        "The reference values are determined by the Provider and approved by the Provider's "
        "project director.",
    ),
]


def _vendor_alone(lang, text):
    from helpers_battery import assess_clause

    title = "Critères de succès" if lang == "fr" else "Success Criteria"
    a = assess_clause(title, text, lang)
    return [f.evidence for f in a.findings if f.rule == "decides.vendor-alone"]


@pytest.mark.parametrize("lang, text", VALIDATED)
def test_a_measure_the_client_then_validates_is_not_the_vendors_alone(lang, text):
    assert _vendor_alone(lang, text) == []


@pytest.mark.parametrize("lang, text", DECIDED_ALONE)
def test_a_measure_only_shown_to_the_client_is_still_the_vendors_alone(lang, text):
    assert _vendor_alone(lang, text)


# --- whose background: the model made for the client declared the vendor's own ---------
# « font partie du savoir-faire du Prestataire », "shall be deemed Provider Background IP":
# the model calibrated on the client's data becomes the vendor's pre-existing property.

BACKGROUND_TRAPS = [
    (
        "fr",
        "Les modèles, variables et paramètres mis au point pendant le projet, y compris ceux "
        "entraînés sur les données du Client, font partie du savoir-faire du Prestataire.",
        "font partie du savoir-faire",
    ),
    (
        "fr",
        "Les modèles ajustés sur les données du Client sont réputés constituer des éléments "
        "préexistants du Prestataire, dont le Client reçoit une licence d'utilisation.",
        "éléments préexistants",
    ),
    (
        "fr",
        "Les poids et paramètres du modèle entraîné relèvent de la propriété intellectuelle "
        "préexistante du Prestataire.",
        "propriété intellectuelle préexistante",
    ),
    (
        "en",
        "All models, features and parameters developed under this letter, including those "
        "trained on the Client's data, shall be deemed Provider Background IP.",
        "Provider Background IP",
    ),
    (
        "en",
        "The tuned forecasting models and their weights are treated as part of the Provider's "
        "pre-existing technology, licensed to the Client for its internal use.",
        "pre-existing technology",
    ),
    (
        "en",
        "Any model calibrated during the pilot becomes part of ALPHA AI's background "
        "intellectual property.",
        "background intellectual property",
    ),
]

BACKGROUND_GOOD = [
    (
        "fr",
        "Le Prestataire conserve ses éléments préexistants (bibliothèques, savoir-faire). Les "
        "modèles entraînés sur les données du Client, y compris leurs paramètres, "
        "appartiennent au Client.",
    ),
    (
        "fr",
        "Les améliorations génériques des bibliothèques du Prestataire, ne contenant aucune "
        "donnée ni aucun paramètre issu du Client, font partie de son savoir-faire. Les "
        "modèles entraînés et leurs paramètres sont la propriété exclusive du Client.",
    ),
    (
        "en",
        "Generic improvements to the Provider's code libraries, which contain no Client data "
        "or model parameters, form part of the Provider's background IP. The models trained "
        "on the Client's data, including their weights, belong to the Client.",
    ),
    (
        "en",
        "The Client's pre-existing data and the models trained on it, including their weights, "
        "remain the Client's exclusive property.",
    ),
]


@pytest.mark.parametrize("lang, text, words", BACKGROUND_TRAPS)
def test_the_clients_model_declared_the_vendors_background_is_caught(lang, text, words):
    from helpers_battery import catches

    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    hit, seen = catches(title, text, "deviation", "ip", "high", words, lang)
    assert hit, seen


@pytest.mark.parametrize("lang, text", BACKGROUND_GOOD)
def test_the_vendors_own_background_kept_apart_raises_nothing(lang, text):
    from helpers_battery import alarms

    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    assert alarms(title, text, "ip", lang) == []


def test_a_party_block_read_as_a_heading_and_a_name_given_together():
    # a bold company name opening the block makes it a heading; « (together "X") » names
    # the vendor and its local partner at once
    block = section(
        "c1",
        "Cedra Yazılım A.Ş., publisher of the Cedra platform, acting with its local partner "
        'Nour Digital SARL (together "Cedra"),',
        'to Tell Boissons SARL, Sétif (the "Client").',
    )
    sellers, _ = parties([section("p0", "Alger, le 2 mars 2026", kind="preamble"), block])
    assert sellers == ["Cedra"]
    fr = section("p0", "", "Entre Scriba SARL et Numidia SPA (ensemble « Scriba »), d'une part.")
    assert parties([fr])[0] == ["Scriba"]


def _vendor_words():
    import re

    from loi_redline.ruleset import fold

    return re.compile(fold(load_ruleset("pme-ia-en").macros["vendor"]), re.I)


THREE_PARTIES = (
    'Between Tafsut Shop SPA (the "Client"); Casbah Digital SARL (the "Reseller"); and '
    'Zenith Analytics Ltd ("Zenith"), a company incorporated in Singapore, which intervenes '
    "for the clauses that concern it."
)


@pytest.mark.parametrize(
    "text",
    [
        THREE_PARTIES,
        # the third company named further on in the reseller's block
        'Between Tafsut Shop SPA (the "Client"); and Casbah Digital SARL (the "Reseller"), the '
        "exclusive distributor of Zenith RiskTech Pte. Ltd., a company incorporated in "
        'Singapore ("Zenith"), which intervenes for the clauses that concern it.',
    ],
)
def test_a_third_company_beside_the_client_and_the_reseller_is_on_the_vendors_side(text):
    sellers, buyers = parties([_pre(text)], _vendor_words(), companies=True)
    assert "Zenith" in sellers and "Tafsut Shop" in buyers


def test_a_quoted_term_of_the_letter_is_no_third_company():
    text = THREE_PARTIES + ' They intend to sign a definitive agreement (the "Final Contract").'
    sellers, buyers = parties([_pre(text)], _vendor_words(), companies=True)
    assert "Final Contract" not in sellers + buyers


# An Arabic-first letter names its parties « فيما يلي بـ«…» », often by a word of its own
# (the notary's office « المكتب », the vendor « الشركة »): the Arabic patterns read them
# as they read « الزبون » and « المورد ».
_AR_PRE = (
    "بين شركة أفق للحلول الرقمية، شركة ذات مسؤولية محدودة، مقرها وهران، ويشار إليها فيما "
    "يلي بـ«الشركة»،\nو مكتب التوثيق بن علي، مقره تلمسان، ويُشار إليه فيما يلي بـ«المكتب»."
)


@pytest.mark.parametrize(
    "owns, rule, flagged",
    [
        ("تبقى ملكية المعطيات والنماذج المدربة والمخرجات للمكتب وحده.", "ip.client-owns", False),
        ("يكون المكتب هو المالك الحصري للمعطيات والنماذج المدربة.", "ip.client-owns", False),
        ("تعود ملكية النماذج المدربة والمخرجات إلى الشركة.", "ip.vendor-owns", True),
    ],
)
def test_arabic_patterns_read_the_parties_own_names(rs, owns, rule, flagged):
    a = assess_sections(
        [_pre(_AR_PRE), section("v1", "الملكية الفكرية", owns)], mini_reference(), rs, lang="ar"
    )
    assert bool([f for f in a.findings if f.rule == rule]) is flagged
