"""Assess a vendor LOI against the ruleset: findings, checklist, risk score.

Pure functions over Sections: `assess` reads nothing but the two Documents it is given
(and calls `structure.sections` on them); `assess_sections` works on Sections built by
any means, which is what the tests do. Every finding's evidence is cut from the vendor's
own block text (`block.text[start:end]`), so the markup can anchor on it.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .align import NON_CLAUSE, align, is_definitions
from .model import SEVERITIES, Block, Document, Finding, Pair, Section
from .ruleset import MACRO, Rule, Ruleset, fold, match_text, with_macros, without_marks
from .structure import is_arabic

DEFAULT_WEIGHTS = {"info": 0.0, "low": 1.0, "medium": 3.0, "high": 6.0, "critical": 10.0}
DEFAULT_SCALE = 30.0  # the weighted sum at which the score reaches 1 - 1/e ≈ 63


@dataclass
class Assessment:
    vendor_sections: list[Section]
    reference_sections: list[Section]
    pairs: list[Pair]
    findings: list[Finding]
    checklist: list[tuple[str, str]]
    risk_score: float
    counts: dict[str, int]
    lang: str = "fr"  # language of the messages
    doc_lang: str = "fr"  # language the vendor's document is written in
    similarity: dict[str, float] = field(default_factory=dict)  # vendor section id -> [0, 1]
    notes: list[str] = field(default_factory=list)  # e.g. what a size cap left unread


def assess(vendor_doc: Document, reference_doc: Document, ruleset: Ruleset, lang: str = "fr"):
    from .structure import sections

    return assess_sections(sections(vendor_doc), sections(reference_doc), ruleset, lang)


# An LOI runs to a few dozen pages. Past these bounds (about 200 pages) the rules read the
# headings only, so a pathological 60 MB file is assessed in seconds, and the report says so.
MAX_CHARS = 500_000
MAX_SECTIONS = 3000


def _bounded(vendor: list[Section]) -> tuple[list[Section], list[str]]:
    total = sum(len(b.text) + 1 for s in vendor for b in s.blocks)
    if total <= MAX_CHARS and len(vendor) <= MAX_SECTIONS:
        return vendor, []
    out, left, cut, trimmed = [], MAX_CHARS, 0, 0
    for s in vendor[:MAX_SECTIONS]:
        keep = []
        for b in s.blocks:
            if left <= 0:
                break
            if len(b.text) > left:
                # a paragraph longer than what is left is read up to the bound: a 5 MB
                # paragraph would otherwise cost every rule a 5 MB scan (offsets into the
                # prefix are offsets into the paragraph: evidence and markup hold)
                keep.append(replace(b, text=b.text[:left]))
                trimmed += 1
            else:
                keep.append(b)
            left -= len(b.text) + 1
        cut += len(s.blocks) - len(keep)
        changed = len(keep) < len(s.blocks) or any(
            k is not b for k, b in zip(keep, s.blocks, strict=False)
        )
        out.append(replace(s, blocks=keep) if changed else s)
    notes = [
        f"document too long: only its first {MAX_CHARS} characters and {MAX_SECTIONS} "
        f"sections were assessed ({cut} paragraph(s) left out, {trimmed} cut short, "
        f"{max(0, len(vendor) - MAX_SECTIONS)} section(s) left out)"
    ]
    return out, notes


def assess_sections(
    vendor: list[Section], reference: list[Section], ruleset: Ruleset, lang: str = "fr"
) -> Assessment:
    full = vendor
    vendor, notes = _bounded(full)
    words = ruleset.macros.get("vendor")
    sellers, buyers = parties(
        vendor, re.compile(fold(words), re.I) if words else None, companies=True
    )
    text = "\n".join(b.text for s in vendor for b in s.blocks)
    sellers = sellers + _short_names(sellers, text)
    buyers = buyers + _short_names(buyers, text)
    pairs = align(vendor, reference, ruleset, clients=buyers)
    if vendor is not full:
        # The report speaks of the vendor's sections, not of the bounded copies.
        originals = {s.id: s for s in full}
        for s in vendor:
            originals[s.id].topics = s.topics
        for p in pairs:
            if p.vendor is not None:
                p.vendor = originals[p.vendor.id]
    ctx = _Context(vendor, ruleset, lang)
    rules = ruleset.rules
    macros = dict(ruleset.macros)
    # "LeadPulse owns all scoring models": the vendor is often called by its own name, and
    # the client by its own (« la Compagnie », « le Groupe »).
    # A client called by a word the vendor macro holds (« le Cabinet », « l'Agence ») is
    # not the vendor in this letter: the word leaves {vendor}.
    if buyers and "vendor" in macros:
        own = {fold(b).casefold() for b in buyers} | _client_trades(vendor, sellers, buyers)
        alts = [a for a in macros["vendor"].split("|") if fold(a).casefold() not in own]
        macros["vendor"] = "|".join(alts)
    for key, names in (("vendor", sellers), ("client", buyers)):
        if names and key in macros:
            macros[key] = (
                macros[key] + "|" + "|".join(_name_pattern(without_marks(a)) for a in names)
            )
    # an Arabic name stands in the Arabic patterns without its article, which they spell
    # with each proclitic: «الوكالة» is read in « للوكالة », « بالوكالة »
    for key, names in (("ar_vendor", sellers), ("ar_client", buyers)):
        # a name typed with its vowel marks (« المُدمِج ») stands bare: the patterns run
        # on the letter's text without them
        stems = [_AR_ARTICLE.sub("", without_marks(n)) for n in names if _ARABIC_LETTER.search(n)]
        if stems and key in macros:
            macros[key] = "|".join([macros[key], *(re.escape(fold(s)) for s in stems)])
    if macros != ruleset.macros:
        rules = [with_macros(r, macros) for r in rules]
    for rule in rules:
        if (rule.type == "added" and rule.unmatched) or rule.cites:
            # after the others: a section flagged by a pattern needs no second flag, and a
            # rule that `cites` reads the findings of the clauses it cites
            continue
        _CHECKS[rule.type](rule, ctx)
    for rule in rules:
        if rule.cites:
            _CHECKS[rule.type](rule, ctx)
    for rule in rules:
        if rule.type == "added" and rule.unmatched:
            _unmatched(rule, ctx)
    findings = sorted(ctx.findings, key=lambda f: (-SEVERITIES.index(f.severity), ctx.pos(f)))
    for i, f in enumerate(findings, 1):
        f.id = f"f{i}"
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f.severity] += 1
    return Assessment(
        vendor_sections=full,
        reference_sections=reference,
        pairs=pairs,
        findings=findings,
        checklist=checklist(ruleset, full, findings),
        risk_score=risk_score(findings, ruleset),
        counts=counts,
        lang=lang,
        doc_lang=ctx.doc_lang,
        similarity={p.vendor.id: p.similarity for p in pairs if p.vendor is not None},
        notes=notes,
    )


def risk_score(findings: list[Finding], ruleset: Ruleset | None = None) -> float:
    """0 (nothing above info) to 100: 100 · (1 − e^(−Σ weight / scale)).

    Diminishing returns: the first serious findings move the score most; no pile of low
    findings reaches the score of a few critical ones as fast.
    """
    conf = ruleset.score if ruleset else {}
    weights = {**DEFAULT_WEIGHTS, **conf.get("weights", {})}
    scale = float(conf.get("scale", DEFAULT_SCALE))
    total = sum(weights[f.severity] for f in findings)
    return round(100.0 * (1.0 - math.exp(-total / scale)), 1)


def checklist(ruleset: Ruleset, vendor: list[Section], findings: list[Finding]):
    """(topic, ok | partial | missing) in the order of the ruleset's topics."""
    covered = {t for s in vendor for t in s.topics}
    out = []
    for topic in ruleset.topics:
        if topic not in covered:
            out.append((topic, "missing"))
        elif any(
            f.topic == topic and SEVERITIES.index(f.severity) >= SEVERITIES.index("medium")
            for f in findings
        ):
            out.append((topic, "partial"))
        else:
            out.append((topic, "ok"))
    return out


# --- who the parties are ------------------------------------------------------------------

_TOGETHER = r"(?:together|collectively|jointly|ensemble|conjointement)"
# What links a party's next name to the one before, up to its opening quote: « ou »,
# "or", a comma, ", and together with the Editor, the "Supplier"".
_NEXT_NAME = (
    r"(?:,|ou|or|and/or|et/ou)\s*(?:(?:and|et)\s+)?"
    rf"(?:{_TOGETHER}\s+(?:with|avec)\s+[^,\"«“»”]{{1,40}},\s*)?"
    r"(?:(?:the|le|la|l')\s*)?[«\"“]"
)
_ALIAS = [
    re.compile(
        r"(?:ci-?apres|hereinafter|hereafter)[^.;\n]{0,40}?[«\"“]\s*(?:l'|le |la |les |the )?"
        r"([^»\"”\n]{2,40}?)\s*[»\"”]",
        re.I,
    ),
    # ويُشار إليها فيما يلي بـ«الوكالة»: the Arabic "hereinafter", the name kept with its article
    re.compile(r"(?:فيما|في ما) يلي\s*(?:ب\u0640?|باسم)?\s*[«\"“]\s*([^»\"”\n]{2,30}?)\s*[»\"”]"),
    re.compile(
        rf"\(\s*(?:{_TOGETHER},?\s+)?"
        r"(?:(?:the|le|la|l')\s*)?[«\"“]\s*(?:l'|le |la |the )?([^»\"”\n]{2,40}?)\s*[»\"”]"
        rf"\s*(?:\)|(?={_NEXT_NAME}))",
        re.I,
    ),
]
# A second name chained to the first: ci-après dénommée « DataKredit » ou « le Prestataire »,
# hereinafter "Acme" or the "Vendor", « AEL », « le Client ».
_ALIAS_MORE = re.compile(
    rf"\s*{_NEXT_NAME}\s*(?:l'|le |la |les |the )?" r"([^»\"”\n]{2,40}?)\s*[»\"”]",
    re.I,
)
# The acronym a party block gives after the company's name: « ALGÉRIE ÉQUIPEMENT LEASING
# SPA (AEL) », "Northern Logistics Company (NLC)".
_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&]{1,9})\s*\)")
# (the "Company"), (ci-après « la Société »): no name for the letter's terms, but a party's
# name once its block tells which party it is
_COMPANY_WORD = re.compile(r"^(societe|company)$", re.I)
_NOT_VENDOR = re.compile(
    r"^(client|clients|pme|sme|customer|partie|parties|party|lettre|letter|loi|lettre d'intention|"
    r"letter of intent|accord|agreement|projet|project|contrat|contract|term sheet|proposition|"
    r"offre|offer|protocole|memorandum|mou|societe|company|beneficiaire|acheteur|buyer)s?$",
    re.I,
)


# Who sells and who buys, read from the party block around each name: the name itself
# (« le Prestataire », "the Client"), else what the block says the party does. A letter
# has two parties: once one side is known, a name given in the other block is the other's
# (« … exploitant six cliniques (ci-après « le Groupe ») » is the client, not the vendor).
_VENDOR_NAME = re.compile(
    r"^(prestataire|fournisseur|editeur|agence|integrateur|cabinet|consultant|distributeur|"
    r"revendeur|sous-traitant|concepteur|developpeur|vendor|supplier|provider|contractor|"
    r"agency|integrator|consultancy|publisher|licensor|distributor|developer)s?$"
    r"|^(الوكالة|الموزع|المطور|المدمج|مكتب الدراسات)$",
    re.I,
)
# The role words: a party so named is the vendor whatever the other is called.
_VENDOR_ROLE = re.compile(
    r"^(prestataire|fournisseur|editeur|vendor|supplier|provider|contractor|licensor|titulaire|"
    r"nous|we)s?$"
    r"|^(المورد|مقدم الخدمات|مقدم الخدمة|المزود|المتعهد|الناشر)$",
    re.I,
)
# « ci-après « nous » … « vous » »: the vendor writes the letter, so « vous » is its client
_CLIENT_NAME = re.compile(
    r"^(client|clients|pme|sme|customer|beneficiaire|acheteur|buyer|vous|you)s?$"
    r"|^(الزبون|العميل)$",
    re.I,
)
_VENDOR_CUES = re.compile(
    r"\b(specialise\w*|specialis\w+|editeur d\w*|editrice d\w*|integrateur d\w*|agence d\w*|"
    r"fournisseur d\w*|prestataire d\w*|developpe\w*|concoit|commercialise\w*|propose\w*|"
    r"issued by|provider of|supplier of|developer of|vendor of|publisher of|"
    r"which (provides|develops|offers|sells)|"
    r"provides|develops|offers|sells|proposes)\b"
    # متخصصة في, تطوير البرمجيات, مزود حلول: the Arabic trades of a vendor
    r"|متخصص|تطوير|برمجيات|مطور|مزود|حلول",
    re.I,
)
_CLIENT_CUES = re.compile(
    r"\b(exploitant|exploite|gerant un reseau|au profit d|issued to|operating|operates|"
    r"beneficiaire|acheteur|buyer)\b|(?:^|\W)to\s*(?:\*\*)?\s*\["
    r"|(?:يستغل|تستغل|يسير|تسير|يدير|تدير)\b",
    re.I,
)
# Nothing in the preamble tells who is who: the letter's sentences do. The party that pays
# (« AEL versera à DataKredit », "the Group shall pay") is the client; the one that builds
# (« Kodex développera », "Vectra shall deliver") is the vendor. « fournir », "provide"
# tell nothing: the client provides its data.
# « AEL versera ensuite », "Zitouna then pays": an adverb may come first
_DOES = (
    r"^\W{0,3}(?:then |also |alors |ensuite |egalement |aussi )?"
    r"(?:s'engage a |s'oblige a |shall |will |agrees to |undertakes to )?"
)
_PAYS = re.compile(
    _DOES + r"(?:versera|verse|paiera|payera|reglera|s'acquittera|verser|payer|regler|"
    r"s'acquitter|pay|pays)\b"
    # the party that wants the tool, or answers for the personal data it holds
    r"|^\W{0,3}(?:souhaite|wishes to|wants to|seeks to|envisage)\b"
    r"|^\W{0,3}(?:(?:est|agit en qualite de|intervient en qualite de|is|acts as) )?"
    r"(?:le |the )?(?:seul )?(?:responsable (?:du|des) traitements?|(?:data )?controller)\b",
    re.I,
)
_BUILDS = re.compile(
    _DOES + r"(?:developpera|developpe|livrera|deploiera|entrainera|concevra|realisera|"
    r"developper|livrer|deployer|entrainer|concevoir|develop|develops|deliver|delivers|"
    r"deploy|deploys|train|trains|build|builds|hand over|hands over|remettra|remet|"
    r"restituera|restitue)\b"
    # the party that proposed the project, bills it or processes data on the other's behalf
    r"|^\W{0,3}(?:a (?:presente|remis|soumis|adresse)|has (?:submitted|presented|sent)|"
    r"submitted|presented) (?:une|son|sa|ses|a|an|its) (?:proposition|offre|devis|proposal|"
    r"offer|quote|quotation)"
    r"|^\W{0,3}(?:facturera|facture|invoices|will invoice|shall invoice)\b"
    r"|^\W{0,3}(?:agit en qualite de|intervient en qualite de|acts as|is|est) "
    r"(?:a |the |le )?(?:data )?(?:sous-traitant|processor)\b",
    re.I,
)
# The Arabic verbs of building and paying, each with its prefix of person and tense
# (« يسلم » is left out: the client hands over its data with the same verb).
_AR_BUILD = r"(?:سي|ست|ي|ت)(?:طور|نجز|صمم|درب|نشر|برمج)"
_AR_PAY = r"(?:سي|ست|ي|ت)(?:دفع|سدد|ودي)"
_AR_BUILDS_AFTER = re.compile(
    r"^\W{0,3}" + _AR_BUILD + r"(?!\w)|^\W{0,3}(?:ب|ف)?(?:تطوير|انجاز|تصميم|تدريب)\b"
)
_AR_BUILDS_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?" + _AR_BUILD + r"\s+(?:ال)?$")
_AR_PAYS_AFTER = re.compile(r"^\W{0,3}" + _AR_PAY + r"(?!\w)|^\W{0,3}(?:بدفع|بتسديد|باداء)\b")
_AR_PAYS_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?" + _AR_PAY + r"\s+(?:ال)?$")
# What separates two party blocks: « et », "and", "to", « d'autre part », a line or « ; ».
_PARTY_BREAK = re.compile(r"\b(et|and|to|entre|between|d'une part|d'autre part)\b|;|\n", re.I)


_AR_ARTICLE = re.compile(r"^ال(?=\w\w)")


def _name_pattern(name: str) -> str:
    """A party's name as a macro alternative; an acronym (« AEL ») only as a whole word."""
    out = re.escape(fold(name))
    return rf"\b{out}\b" if len(name) < 4 else out


@dataclass
class _Party:
    role: str | None = None  # "vendor", "client" or not yet known
    names: list[str] = field(default_factory=list)
    text: str = ""  # the party block's words before its names
    company: list[str] = field(
        default_factory=list
    )  # « BETA Distribution SPA », « BETA Distribution »
    strong: bool = False  # named by its role (« le Prestataire »), not by its trade


# The company name that opens a party block: « Entre ALPHA IA SARL, société … », "and BETA
# Distribution SPA, a food distributor …". Its legal form is optional when the letter
# names the company again (« propriété exclusive de BETA Distribution »).
_BLOCK_LEAD = re.compile(
    r"^(?:[\s),;.:*]|\b(?:d'une part|d'autre part|entre|between|et|and|la societe|the company|"
    r"la|le|l'|les soussignes|the undersigned)\b)*",
    re.I,
)
_COMPANY = re.compile(
    r"([A-Z][\w&'.-]*(?:\s+(?:[A-Z0-9&][\w&'.-]*|l'[A-Z][\w&'.-]*|de|du|des|d'|el|al|et|and|&))"
    r"{0,5}?)\s*(?:,|\(|$)"
)
_LEGAL_FORM = re.compile(
    r"\s+(?:SARL|SPA|EURL|SAS|SASU|SA|SNC|EPE|EPIC|Ltd|Limited|LLC|Inc|GmbH|FZ-LLC|FZE|FZCO|"
    r"PLC|LLP|BV|SRL)\.?$"
)


_LEAD_ARTICLE = re.compile(r"^(?:the|le|la|les|l')\s*", re.I)


def _named(party: _Party) -> bool:
    """Whether a block names a party, not only the letter's terms (the "Letter", a "Party")."""
    return any(not _NOT_VENDOR.match(n) for n in party.names)


def _company_names(between: str) -> list[str]:
    rest = between[_BLOCK_LEAD.match(between).end() :]
    m = _COMPANY.match(rest)
    if not m:
        return []
    name = " ".join(m.group(1).split())
    short = _LEGAL_FORM.sub("", name)
    out = []
    acronym = _ACRONYM.match(rest, m.end(1))
    if acronym and not (
        _LEGAL_FORM.match(" " + acronym.group(1)) or _NOT_VENDOR.match(acronym.group(1))
    ):
        out.append(acronym.group(1))  # « (PME) », « (SPA) » name no one
    for n in (name, short):
        words = n.split()
        bare = _LEAD_ARTICLE.sub("", n)
        if (
            len(n) < 4
            or not 1 <= len(words) <= 6
            or _NOT_VENDOR.match(bare)  # "The Client, the Editor and …": no company
            or _VENDOR_NAME.match(n)
            or _CLIENT_NAME.match(n)
            or n in out
        ):
            continue
        out.append(n)
    return out


# "Frotavia Analytics, Lda., … represented by Ms Matos (Frotavia), and …": a short name in
# brackets with no quotes, at the end of a party block or before the next one
_BARE_ALIAS = re.compile(r"\(\s*([A-Z][\w&'-]{2,30})\s*\)\s*(?=[,;.]|\s(?:and|et)\b|$)")


def _bare_aliases(text: str) -> set[tuple[int, int, str]]:
    """(start, end, name) of the unquoted short names of a block: only the first word of
    the company name that opens the block, so "(Portugal)" or "(EU)" names no party."""
    out = set()
    last = 0
    for m in _BARE_ALIAS.finditer(text):
        name = m.group(1)
        companies = _company_names(text[last : m.start()])
        if any(c.split()[0].casefold() == name.casefold() for c in companies):
            out.add((m.start(), m.end(), name))
        last = m.end()
    return out


def parties(
    vendor: list[Section], vendor_words: re.Pattern | None = None, companies: bool = False
) -> tuple[list[str], list[str]]:
    """(vendor's names, client's names) as the preamble gives them: ci-après « X », ("X");
    with `companies`, also the company name that opens each party's block."""
    blocks: list[_Party] = []
    head = [s for s in vendor if s.kind in ("preamble", "title")] or vendor[:1]
    first_clause = [s for s in vendor if s.kind == "clause"][:1]
    for sec in head[:3] + first_clause:
        if sec in first_clause and sum(1 for p in blocks if _named(p)) >= 2:
            break  # the parties are known: the first clause's quotes are defined terms
        # the parties are named at the top, sometimes in a paragraph read as a heading (a
        # bold company name opening the block)
        heading = [sec.heading] if sec.heading is not None else []
        for b in heading + [b for b in sec.blocks[:60] if b is not sec.heading]:
            text = fold(b.text)
            found = set()
            for m in (m for p in _ALIAS for m in p.finditer(text)):
                found.add((m.start(), m.end(), " ".join(m.group(1).split())))
                while m := _ALIAS_MORE.match(text, m.end()):
                    found.add((m.start(), m.end(), " ".join(m.group(1).split())))
            if not found:
                found.update(_bare_aliases(text))
            found = sorted(found)
            last, party = 0, None
            for start, end, name in found:
                if start < last or len(name.split()) > 4:
                    continue
                between = text[last:start]
                # ("LeadPulse" or the "Vendor"): two names of one party; « et », a line, a
                # long stretch of words: the next party's block
                breaks = list(_PARTY_BREAK.finditer(between))
                if party is None or breaks or len(between) > 40:
                    party = _Party()
                    blocks.append(party)
                    party.company = _company_names(between)
                # only this party's words: « X, intégrateur, et le Groupe (ci-après « le
                # Groupe ») » says nothing of what the Groupe does
                party.text += between[breaks[-1].end() :] if breaks else between
                last = end
                if name in party.names:
                    continue
                party.names.append(name)
                if _CLIENT_NAME.match(name):
                    party.role = "client"
                elif _VENDOR_ROLE.match(name):
                    party.role = "vendor"
                    party.strong = True
                elif _VENDOR_NAME.match(name) or (vendor_words and vendor_words.fullmatch(name)):
                    party.role = party.role or "vendor"
    _grouped_vendors(head[:3], blocks)
    # « le Cabinet » (an accounting firm buying the project) and « le Prestataire »: a word
    # that names a trade yields to the word that names the role.
    # Two trade words (« le Cabinet », a law firm buying, and « l'Éditeur »): neither
    # tells who sells; what each block and the letter say does.
    weak = [p for p in blocks if p.role == "vendor" and not p.strong]
    strong = any(p.strong for p in blocks)
    if strong or len(weak) > 1:
        for party in weak:
            party.role = None
    # « Banque Tassili de Développement SPA … ci-après « la Banque » » beside « le
    # Prestataire »: once a party is named the vendor, another party's trade words
    # (« Développement ») do not make it a second vendor; it is the client unless it has
    # a company of its own beside a known client (a reseller's editor, below).
    for party in blocks:  # named neither way: what its block says the party does
        if party.role is None and _named(party):
            sells, buys = _VENDOR_CUES.search(party.text), _CLIENT_CUES.search(party.text)
            party.role = (
                "vendor"
                if sells and not buys and not strong
                else "client"
                if buys and not sells
                else None
            )
    firms = [p for p in blocks if p.company]
    if len(weak) == 1 and not strong and len(firms) == 2 and weak[0] in firms:
        # « NAQDI » and « le Cabinet » (an accounting firm buying): a trade word alone against
        # a bare name, two companies; what the letter has each one do decides, when it
        # says anything
        weak[0].role = None
        if not {p.role for p in blocks} - {None}:
            _roles_from_the_letter(vendor, blocks)
        if not {p.role for p in blocks} - {None}:
            weak[0].role = "vendor"
    known = {p.role for p in blocks} - {None}
    if not known and len(blocks) > 1:
        _roles_from_the_letter(vendor, blocks)
        known = {p.role for p in blocks} - {None}
    # Two parties: once one side is known, an unknown block is the other one; with no
    # clue at all, a name is read as the vendor's (a vendor drafts the letter).
    other = {
        frozenset({"vendor"}): "client",
        frozenset({"client"}): "vendor",
        frozenset(): "vendor",
    }
    default = other.get(frozenset(known))
    sellers: list[str] = []
    buyers: list[str] = []
    for party in blocks:
        role = party.role or default
        if role is None and (party.company or _incorporated(party)):
            # a third company beside a known client and vendor (the editor a reseller
            # distributes, « intervenant à la présente lettre ») stands on the vendor's side
            role = "vendor"
        for name in party.names + (party.company if companies else []):
            if _NOT_VENDOR.match(name) and not (role and _COMPANY_WORD.match(name)):
                continue  # « le Client », « la Lettre », (the "Project")
            if role == "vendor" and name not in sellers:
                sellers.append(name)
            elif role == "client" and name not in buyers:
                buyers.append(name)
    return sellers, buyers


# Trade words the {vendor} macro holds that a client may be as well: « DAR EL AMANE,
# société animant un réseau de trente-huit agences » is a network of agencies buying.
_TRADES = ("agence", "agency", "cabinet", "distributeur", "distributor", "revendeur",
           "reseller", "consultant", "consultancy", "integrateur", "integrator")  # fmt: skip


def _client_trades(sections: list[Section], sellers: list[str], buyers: list[str]) -> set[str]:
    """The trade words the preamble says of the client and not of the vendor: « la
    décision reste validée par l'agence » is then the client's agency, not the vendor."""
    blocks = [
        fold(b.text).casefold()
        for s in sections
        if s.kind in ("preamble", "title")
        for b in s.blocks
    ]

    def said_of(names: list[str]) -> str:
        keys = [fold(n).casefold() for n in names if len(n) > 3]
        return " ".join(t for t in blocks if any(k in t for k in keys))

    client, seller = said_of(buyers), said_of(sellers)
    return {
        w
        for w in _TRADES
        if re.search(rf"\b{w}s?\b", client) and not re.search(rf"\b{w}s?\b", seller)
    }


def _short_names(names: list[str], text: str) -> list[str]:
    """« FlottenSinn » for « FlottenSinn Telematik GmbH », « Voltaria » for « Voltaria
    Ingegneria Algérie SARL »: a company the letter calls by the first word of its name.
    Only a word the letter writes capitalised alone at least twice and never in lower
    case, so that « Data » of « Data Gharb Smart Systems » never becomes the vendor."""
    out = []
    for name in names:
        words = name.split()
        first = words[0] if len(words) >= 2 else ""
        if len(first) < 5 or not first[0].isupper() or first.isupper() or first in names:
            continue
        if re.search(rf"\b{re.escape(first.lower())}\b", text):
            continue  # a common word as well (« Digital », "Smart")
        alone = re.findall(rf"\b{re.escape(first)}\b(?!\s+{re.escape(words[1])})", text)
        if len(alone) >= 2 and first not in out:
            out.append(first)
    return out


# « Quotelia et l'Agent sont ensemble désignés « le Prestataire » », "Quotelia and the
# Agent are together referred to as the "Vendor"": three parties, two of them one side
_GROUPED = re.compile(
    r"([^.;,:\n]{2,60}?)\s+(?:et|and)\s+([^.;,:\n]{2,60}?)\s+(?:sont\s+|are\s+)?"
    r"(?:ensemble|conjointement|collectivement|together|collectively|jointly)\s+"
    r"(?:designes|denommes|appeles|ci-apres|referred\s+to\s+as|called|designated)?"
    r"[^«\"“\n]{0,20}[«\"“]\s*(?:le |la |l'|les |the )?([^»\"”\n]{2,30}?)\s*[»\"”]",
    re.I,
)


def _grouped_vendors(head: list[Section], blocks: list[_Party]) -> None:
    """Parties the preamble groups under a vendor's role word are the vendor's side."""
    for sec in head:
        for b in sec.blocks[:60]:
            for m in _GROUPED.finditer(fold(b.text)):
                if not _VENDOR_ROLE.match(m.group(3)):
                    continue
                members = {_LEAD_ARTICLE.sub("", x.strip()).casefold() for x in m.group(1, 2)}
                for party in blocks:
                    if {n.casefold() for n in party.names} & members:
                        party.role, party.strong = "vendor", True


_LEGAL_FORM_WORD = (
    r"(?:SARL|SPA|EURL|SAS|SASU|SA|Ltd|Limited|LLC|Inc|GmbH|Pte|PLC|LLP|BV|B\.V|SRL|S\.r\.l"
    r"|S\.L|S\.A\.[A-Z]?|A\.S)"
)


def _incorporated(party: _Party) -> bool:
    """A block that names its party's company further on ("distributor of Merlion RiskTech
    Pte. Ltd. … ("Merlion")"): one of its names opens a company's name."""
    return any(
        re.search(rf"\b{re.escape(n)}\b[\w .&'-]{{0,40}}?\b{_LEGAL_FORM_WORD}\b", party.text)
        for n in party.names
    )


def _roles_from_the_letter(vendor: list[Section], blocks: list[_Party]) -> None:
    """Two parties and nothing in their blocks: who pays, who builds, in the letter."""
    owner = {n.casefold(): p for p in blocks for n in p.names + p.company}
    if not owner:
        return
    names = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(owner, key=len, reverse=True)) + r")\b",
        re.I,
    )
    votes = {id(p): 0 for p in blocks}  # > 0: builds, the vendor; < 0: pays, the client
    # an Arabic letter's verbs: not in a bilingual preamble that names each party twice
    # (« la Société » and «الشركة»), where one Arabic name told would make the other
    # party's French name the client
    arabic_only = all(_ARABIC_LETTER.search(n) for n in owner)
    for sec in vendor:
        for b in sec.blocks:
            text = fold(b.text)
            for m in names.finditer(text):
                after = text[m.end() : m.end() + 60]
                party = owner[m.group(1).casefold()]
                votes[id(party)] += bool(_BUILDS.match(after)) - bool(_PAYS.match(after))
                if arabic_only:
                    # the verb stands before its subject as often as after it: « يطور
                    # العارض » and « العارض يطور حلولا », « تدفع المؤسسة »
                    before = text[max(0, m.start() - 30) : m.start()]
                    votes[id(party)] += bool(
                        _AR_BUILDS_AFTER.match(after) or _AR_BUILDS_BEFORE.search(before)
                    ) - bool(_AR_PAYS_AFTER.match(after) or _AR_PAYS_BEFORE.search(before))
    roles = ["vendor" if votes[id(p)] > 0 else "client" if votes[id(p)] else None for p in blocks]
    told = [r for r in roles if r]
    # one side told (the other block is the other party) or both; both build or both pay:
    # no answer
    if len(told) == 1 or len(set(told)) == 2:
        for p, r in zip(blocks, roles, strict=True):
            p.role = r


def party_aliases(vendor: list[Section]) -> list[str]:
    """Names the vendor gives itself in the preamble (« l'Agence », ("LeadPulse")): they
    then count as the vendor in the rules. The client's own names are not among them."""
    return parties(vendor)[0]


# --- the context the checks share ---------------------------------------------------------

_FR = re.compile(r"\b(le|la|les|des|du|et|est|pour|dans|sera|une)\b", re.IGNORECASE)
_EN = re.compile(r"\b(the|and|of|is|for|shall|will|with|this|be)\b", re.IGNORECASE)
_SENT = re.compile(r"(?<=[.;!?\u061f])\s+|\n")


def detect_lang(text: str) -> str:
    # The first 100 000 characters tell the language as well as the whole text does, and a
    # 60 MB document would otherwise spend seconds here.
    head = text[:100_000]
    return "en" if len(_EN.findall(head)) > len(_FR.findall(head)) else "fr"


def _unit_key(term: str) -> str:
    """One key for a term's forms (every trailing s or x stripped): the define rules report
    a term once, and a circular definition is known by it."""
    return " ".join(w.rstrip("sx") for w in term.casefold().split())


def _term_word(term: str) -> re.Pattern:
    """A defined term as a word of folded text, its plural (« Résultats », "Credits") too."""
    return re.compile(rf"(?<!\w){re.escape(term)}(?:s|x)?(?!\w)")


def _ar_term_word(term: str) -> re.Pattern:
    """An Arabic defined term with or without its article, singular or plural: « المحادثة
    المؤهلة » is the term of « 3.000 محادثة مؤهلة » and of « المحادثات المؤهلة الإضافية »."""
    words = []
    for w in term.split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        w = re.escape(w[:-1]) + "(?:ة|ات)" if w.endswith("ة") else re.escape(w)
        words.append("(?:ال)?" + w)
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


class _Context:
    def __init__(self, vendor: list[Section], ruleset: Ruleset, lang: str):
        self.sections = vendor
        self.ruleset = ruleset
        self.lang = lang if lang in ("fr", "en") else "fr"
        self.findings: list[Finding] = []
        self._seen: set[tuple] = set()
        self._folded: dict[int, str] = {}
        self._joined: dict[tuple, tuple[str, list[int]]] = {}
        self.covered = {t for s in vendor for t in s.topics}
        self.doc_lang = detect_lang("\n".join(s.title + "\n" + s.text for s in vendor))
        self._order = {}
        for i, s in enumerate(vendor):
            for j, b in enumerate(self.blocks_of(s)):
                self._order.setdefault(id(b), (i, j))

    @functools.cached_property
    def client_made_terms(self) -> list[tuple[re.Pattern, str]]:
        """The letter's defined terms whose definition takes in what is made from the
        client's data (« Résultats » : … les paramétrages réalisés à partir des Données
        Client), each with its definition's text: a sentence that names the term says
        what the definition says."""
        from . import glossary

        entries = []
        for sec in glossary.glossary_sections(self.sections, self.ruleset):
            for b in self.blocks_of(sec):
                m = glossary.ENTRY.match(self.folded(b))
                if m and len(m.group("term").strip()) >= 4:
                    word = _term_word(m.group("term").strip())
                    entries.append((word, self.folded(b)[m.end() :]))
        made = {i: body for i, (_w, body) in enumerate(entries) if _CLIENT_MADE.search(body)}
        # « Éléments du Prestataire » : … y compris les Données Dérivées: a definition that
        # takes in a client-made term is client-made too, and carries its words
        grew = True
        while grew:
            grew = False
            for i, (_w, body) in enumerate(entries):
                if i not in made:
                    named = [made[j] for j in made if entries[j][0].search(body)]
                    if named:
                        made[i] = " ".join([body, *named])
                        grew = True
        return [(entries[i][0], body) for i, body in sorted(made.items())]

    @functools.cached_property
    def circular_terms(self) -> set[str]:
        """The defined terms each defined by the other (« Unité de Devis » : … chaque Unité
        de Devis correspondant à une Demande Traitée ; « Demande Traitée » : … toute demande
        ayant donné lieu au décompte d'une Unité de Devis): the pair says what it counts
        only through itself. Keyed by `_unit_key`."""
        from . import glossary

        entries = []
        for sec in glossary.glossary_sections(self.sections, self.ruleset):
            for b in self.blocks_of(sec):
                m = glossary.ENTRY.match(self.folded(b))
                term = m.group("term").strip() if m else ""
                if len(term) >= 4 and not _ARABIC_LETTER.search(term):
                    entries.append((term, _term_word(term), self.folded(b)[m.end() :]))
        out: set[str] = set()
        for i, (a, wa, body_a) in enumerate(entries):
            for b, wb, body_b in entries[i + 1 :]:
                # "Lead" in « Lead Qualifié » is no reference to « Lead »
                if wa.search(b) or wb.search(a):
                    continue
                if wb.search(body_a) and wa.search(body_b):
                    out |= {_unit_key(a), _unit_key(b)}
        return out

    @functools.cached_property
    def price_text(self) -> str:
        return "\n".join(
            self.folded(b) for s in self.sections if "price" in s.topics for b in self.blocks_of(s)
        )

    def prices_term(self, entry: str) -> bool:
        """Whether the term `entry` defines (« Dossier Traité : toute session … ») is one the
        letter bills: named in a price clause, or priced « par Dossier Traité »."""
        from . import glossary

        m = glossary.ENTRY.match(entry)
        term = m.group("term").strip() if m else ""
        if len(term) < 3:
            return False
        word = _ar_term_word(term) if _ARABIC_LETTER.search(term) else _term_word(term)
        per = re.compile(
            rf"\b(?:par|per|each|chaque|لكل|عن كل)\s+(?:the |le |la |l')?{word.pattern}"
        )
        return bool(word.search(self.price_text)) or any(per.search(t) for t in self.folded_blocks)

    @functools.cached_property
    def folded_blocks(self) -> list[str]:
        """The folded text of every block of the letter, in order."""
        return [self.folded(b) for s in self.sections for b in self.blocks_of(s)]

    def said_by_definitions(self, sentence: str) -> str:
        return " ".join(body for word, body in self.client_made_terms if word.search(sentence))

    # where things are
    def blocks_of(self, sec: Section) -> list[Block]:
        head = [sec.heading] if sec.heading is not None and sec.heading.text.strip() else []
        return head + [b for b in sec.blocks if b is not sec.heading]

    def scope(self, rule: Rule) -> list[tuple[Section, Block]]:
        secs = [s for s in self.sections if s.kind not in NON_CLAUSE or rule.scope == "document"]
        if rule.scope == "topic":
            secs = [s for s in secs if rule.topic in s.topics]
        elif rule.scope == "topic+definitions":
            # « "Derived Data" means … all of which shall vest in the Vendor »: what a
            # definition says of ownership is said of every use of the term
            secs = [s for s in secs if rule.topic in s.topics or s.id in self.definitions]
        elif rule.scope == "elsewhere":
            # the topic's trap under another heading (an exclusivity among « Engagements
            # réciproques »): the topic's own clauses are its other rules' to read
            secs = [s for s in secs if rule.topic not in s.topics]
        return [(s, b) for s in secs for b in self.blocks_of(s)]

    @functools.cached_property
    def definitions(self) -> set[str]:
        """Ids of the definitions clauses (read once: each test normalises every title)."""
        return {s.id for s in self.sections if is_definitions(s, self.ruleset)}

    def joined(self, rule: Rule, scope: list[tuple[Section, Block]]) -> tuple[str, list[int]]:
        """The folded texts of `scope` joined by ".\\n", and where each block starts."""
        key = (rule.scope, rule.topic if rule.scope != "document" else None)
        if key not in self._joined:
            starts, parts, pos = [], [], 0
            for _s, b in scope:
                starts.append(pos)
                t = self.folded(b)
                parts.append(t)
                pos += len(t) + 2
            self._joined[key] = (".\n".join(parts), starts)
        return self._joined[key]

    def folded(self, block: Block) -> str:
        key = id(block)
        if key not in self._folded:
            self._folded[key] = match_text(block.text)
        return self._folded[key]

    def pos(self, f: Finding) -> tuple:
        if f.block is None:
            topics = list(self.ruleset.topics)
            return (10**6, topics.index(f.topic) if f.topic in topics else 0, 0)
        i, j = self._order.get(id(f.block), (10**5, 0))
        return (i, j, f.start or 0)

    # findings
    def add(
        self,
        rule: Rule,
        severity: str,
        section: Section | None,
        block: Block | None = None,
        start: int | None = None,
        end: int | None = None,
        topic: str | None = ...,
        replacement: str | None = None,
        extra: str = "",
    ) -> Finding | None:
        if block is not None and start is not None:
            # Evidence never starts or ends on blanks: Word comments anchor on words.
            text = block.text
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        if topic is ...:
            topic = rule.topic
            if topic is None and section is not None and section.topics:
                topic = section.topics[0]
                if isinstance(rule.section_topic, list):
                    # « Effect and Duration of This Letter »: a renewal is the term's,
                    # whichever of the clause's topics its heading names first
                    topic = next((t for t in rule.section_topic if t in section.topics), topic)
            if topic is None:
                # "Acceptance" means … five days without objection: in the definitions
                # clause, a deemed acceptance is still the POC's
                topic = rule.topic_default
        lower = rule.severity_by_topic.get(topic) if topic else None
        if lower is not None and SEVERITIES.index(lower) < SEVERITIES.index(severity):
            severity = lower
        if (
            rule.section_topic is not True
            and rule.topic is None
            and (not rule.section_topic or topic not in rule.section_topic)
        ):
            # A clause the reference does not have (a non-solicitation slipped into the
            # team clause) is about no topic of the letter: it does not make the section's
            # topic depart from the position.
            topic = None
        key = (rule.id, id(block), start, end)
        if key in self._seen:
            return None
        self._seen.add(key)
        message = rule.text("message", self.lang)
        if extra:
            message = f"{message} {extra}"
        f = Finding(
            id="",
            rule=rule.id,
            topic=topic,
            kind=rule.kind,
            severity=severity,
            section=section.id if section else None,
            message=message,
            rationale=rule.text("rationale", self.lang),
            suggestion=rule.text("suggestion", self.doc_lang) or None,
            evidence=block.text[start:end] if block is not None and start is not None else None,
            block=block,
            start=start,
            end=end,
            replacement=replacement,
        )
        self.findings.append(f)
        return f

    def replacement(self, rule: Rule) -> str | None:
        """The rule's fix in the document's language; "" (strike the evidence) is kept."""
        for lang in (self.doc_lang, "fr"):
            if lang in rule.replacement:
                return rule.replacement[lang]
        return None


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around [start, end): cut on . ; ! ? and line breaks."""
    s = 0
    for m in _SENT.finditer(text, 0, start):
        s = m.end()
    m = _SENT.search(text, end)
    e = m.start() if m else len(text)
    return s, e


def _any(patterns: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _heading_evidence(ctx: _Context, sec: Section) -> tuple[Block | None, int | None, int | None]:
    blocks = ctx.blocks_of(sec)
    if not blocks:
        return None, None, None
    b = blocks[0]
    return b, 0, len(b.text)


# --- the checks, one per rule type --------------------------------------------------------


def _missing(rule: Rule, ctx: _Context) -> None:
    if rule.topic in ctx.covered:
        return
    # A topic met inside another topic's clause (« la contribution du Client est estimée à
    # quinze (15) jours-homme » in the data clause) is not missing: `patterns`, said in
    # the affirmative anywhere in the letter's clauses, waive the rule.
    for sec in ctx.sections:
        if sec.kind in NON_CLAUSE:
            continue
        for block in ctx.blocks_of(sec):
            text = ctx.folded(block)
            for p in rule.patterns:
                for m in p.finditer(text):
                    s, e = sentence_at(text, m.start(), m.end())
                    if not _negated(text, s, m.start(), m.end(), e, tail=False):
                        return
    ctx.add(rule, rule.severity, None, topic=rule.topic)


def _require(rule: Rule, ctx: _Context) -> None:
    if rule.topic is not None and rule.topic not in ctx.covered:
        return  # the missing rule speaks for an absent topic
    scope = ctx.scope(rule)
    if not scope:
        return
    # « Aucune exclusivité n'est consentie »: the topic's clause waives what the rule asks
    # of it (a term, an exit, conditions), which is the PME's position itself.
    if rule.unless_anywhere and _any(rule.unless_anywhere, ctx.joined(rule, scope)[0]):
        return

    def met(patterns: list[re.Pattern], with_: list[re.Pattern], where=scope):
        """Where the requirement is met: (section, block, sentence start, end), or None."""
        for sec, block in where:
            text = ctx.folded(block)
            for p in patterns:
                for m in p.finditer(text):
                    s, e = sentence_at(text, m.start(), m.end())
                    # « aucun critère d'acceptation n'est fixé » names the criteria it lacks
                    if _negated(text, s, m.start(), m.end(), e, tail=False):
                        continue
                    if (
                        rule.unless
                        and (
                            _any(rule.unless, text[s:e])
                            # « Plafond de facturation mensuel | - | Sans objet »: the row's
                            # label names what its value says there is not
                            or block.table
                            and _any(rule.unless, _row_sentence(ctx, scope, block, text[s:e]))
                        )
                    ):
                        continue  # « deux sessions de formation d'une demi-journée »
                    if all(
                        w.search(text, s, e)
                        or _in_row(ctx, scope, block, w)
                        or _in_list(ctx, scope, block, text, e, w)
                        for w in with_
                    ):
                        return sec, block, s, e
        # A table row reads as one sentence: « Phase 2 - POC (L2) | 2 400 000 DA | À la
        # Recette » prices the POC though no single cell says it all.
        for sec, first, text in _rows(ctx, where):
            if rule.unless and _any(rule.unless, text):
                continue
            for p in patterns:
                if p.search(text) and all(w.search(text) for w in with_):
                    return sec, first, 0, len(first.text)
        return None

    if met(rule.patterns, rule.with_):
        return
    severity = rule.severity
    topic_secs = [s for s in ctx.sections if rule.topic in s.topics] or [scope[0][0]]
    sec = topic_secs[0]
    block, start, end = _heading_evidence(ctx, sec)
    for fb in rule.fallbacks:  # a fallback is a looser wording: `with` does not apply
        where = met(fb.patterns, []) if fb.patterns else None
        if where or (not fb.patterns and _all_within(fb, scope)):
            severity = fb.severity
            if where and where[1] is not where[0].heading:
                # the sentence that half-meets the requirement (« la date du go/no-go sera
                # fixée d'un commun accord après le POC ») is what the lawyer annotates
                sec, block, start, end = where
            break
    extra = ""
    if rule.said_elsewhere and SEVERITIES.index(severity) > SEVERITIES.index(rule.said_elsewhere):
        # A letter that says it in another clause (the data sources listed in the scope,
        # the baseline in the objective) has said it: worth a word to move it, no more.
        elsewhere = [
            (s, b)
            for s in ctx.sections
            if s.kind not in NON_CLAUSE and rule.topic not in s.topics
            for b in ctx.blocks_of(s)
        ]
        where = met(rule.patterns, rule.with_, elsewhere)
        if where:
            severity = rule.said_elsewhere
            extra = _said_elsewhere(where[0], ctx.lang)
    ctx.add(rule, severity, sec, block, start, end, extra=extra)


def _said_elsewhere(sec: Section, lang: str) -> str:
    if lang == "en":
        where = f"clause {sec.number}" if sec.number else f"the clause “{sec.title}”"
        return f"The letter does say it, in {where}: move it to the clause on this subject."
    where = f"l'article {sec.number}" if sec.number else f"la clause « {sec.title} »"
    return (
        f"La lettre le dit toutefois à {where} : le reprendre dans la clause consacrée à ce point."
    )


def _rows(ctx: _Context, where: list[tuple[Section, Block]]) -> list[tuple[Section, Block, str]]:
    """(section, first cell, the row's cells joined by « | ») for each table row of `where`
    with two cells or more."""
    rows: dict[tuple, list] = {}
    for sec, b in where:
        if b.table:
            rows.setdefault(b.table[:-1], []).append((sec, b))
    return [
        (cells[0][0], cells[0][1], " | ".join(ctx.folded(b) for _s, b in cells))
        for cells in rows.values()
        if len({b.table for _s, b in cells}) > 1
    ]


def _row_blocks(blocks: Iterable[Block], block: Block) -> list[Block]:
    """The blocks of `block`'s table row among `blocks`, in order, `block` among them (none
    outside a table)."""
    if not block.table:
        return []
    row = block.table[:-1]
    return [b for b in blocks if b.table and b.table[:-1] == row]


def _row_texts(
    ctx: _Context, scope: list[tuple[Section, Block]], block: Block, same_cell: bool
) -> list[str]:
    """The folded texts of the other blocks of `block`'s table row (none outside a table);
    `same_cell`: the other paragraphs of its own cell count too."""
    return [
        ctx.folded(b)
        for b in _row_blocks((b for _s, b in scope), block)
        if b is not block and (same_cell or b.table != block.table)
    ]


def _row_sentence(
    ctx: _Context, scope: list[tuple[Section, Block]], block: Block, sentence: str
) -> str:
    """The row of `block`'s table read as one sentence, its cells in order, `block`'s own
    cell standing for `sentence`: « Acompte | 50 % du montant annuel, non remboursable »
    is a deposit, though the cell that says « non remboursable » never names it."""
    row = _row_blocks((b for _s, b in scope), block)
    return " | ".join(sentence if b is block else ctx.folded(b) for b in row)


def _in_row(ctx: _Context, scope: list[tuple[Section, Block]], block: Block, w: re.Pattern) -> bool:
    """Whether `w` is in another cell of `block`'s table row: a row reads as one sentence
    (« Comité de décision de poursuite | 24 avril 2026 »)."""
    return any(w.search(t) for t in _row_texts(ctx, scope, block, same_cell=True))


# An item of a list: auto-numbered, or « (a) », « ii) », « 2. », a dash or a bullet first
_ITEM = re.compile(r"\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)|\d{1,2}\.|[-–•·*▪])\s")
MAX_ITEMS = 8


def _is_item(block: Block) -> bool:
    """A list item: Word numbering, or a typed bullet or « a) », « 2. » at its start."""
    return block.num_id is not None or bool(_ITEM.match(block.text))


def _in_list(
    ctx: _Context,
    scope: list[tuple[Section, Block]],
    block: Block,
    text: str,
    e: int,
    w: re.Pattern,
) -> bool:
    """Whether `w` is in the list a sentence ending on a colon introduces: the items
    finish it ("granted on condition that the Provider:" then "(a) assigns…", "(b)
    delivers…")."""
    if text[e:].strip() or not text[:e].rstrip().endswith(":"):
        return False
    at = next((i for i, (_s, b) in enumerate(scope) if b is block), None)
    if at is None:
        return False
    for _s, b in scope[at + 1 : at + 1 + MAX_ITEMS]:
        if not _is_item(b):
            return False
        if w.search(ctx.folded(b)):
            return True
    return False


def _lead_in(ctx: _Context, scope: list[tuple[Section, Block]], k: int) -> str:
    """The sentence ending on a colon that the list item scope[k] finishes (« Le Client
    s'engage, de son côté, à : » over « mobiliser les ressources internes nécessaires »), or
    "" when the block is no item of such a list. Only an item that opens in lower case
    finishes its lead-in's sentence: an Arabic item, unmarked by case, reads on its own."""
    sec, block = scope[k]
    bullet = _ITEM.match(block.text)
    first = block.text[bullet.end() if bullet else 0 :].lstrip()[:1]
    if not first.islower():
        return ""  # « « Données » : les transcriptions … » defines a term, it finishes no sentence
    for j in range(k - 1, max(k - 1 - MAX_ITEMS, -1), -1):
        if scope[j][0] is not sec:
            return ""
        if not _is_item(scope[j + 1][1]):  # the block itself, then each item up to the colon
            return ""
        t = ctx.folded(scope[j][1]).rstrip()
        if t.endswith(":"):
            return t[sentence_at(t, len(t) - 1, len(t))[0] :]
    return ""


def _all_within(fb, scope: list[tuple[Section, Block]]) -> bool:
    """Whether the scope states quantities of `fb.quantity` and every one is within the
    fallback's bounds: "exclusivité de trente (30) jours" needs no exit clause, but
    "douze (12) mois, levée en cas de retard de dix (10) jours" is not short."""
    from . import extract

    get = _EXTRACTORS[fb.quantity](extract)
    seen = False
    for _sec, block in scope:
        text = match_text(block.text)
        for q in get(block.text):
            if fb.quantity == "duration" and _look_back(text, q.start, q.end):
                continue
            seen = True
            if not _within(float(q.value), fb.max, fb.min) or _open_ended(q, fb.max, fb.min, text):
                return False
    return seen


_EXTRACTORS = {
    "duration": lambda x: x.durations,
    "percentage": lambda x: x.percentages,
    "amount": lambda x: x.amounts,
}


# "Aucune révision unilatérale n'est admise", "sans aucune pénalité pour le Client": the
# wording a forbid rule looks for, said in the negative, is the PME's own position.
# A determiner ("aucune", "no") right before the words, or a verb ("ne peut", "not") two
# words before them at most; or a negative predicate right after ("… n'est pas admise").
def _neg_before(negators: str, verb_words: int) -> re.Pattern:
    """A negative right before a match: a determiner (or a coordinated pair, « aucune
    révision ni pénalité »), an exclusion (« à l'exclusion de tout »), or a verb's negative
    `verb_words` words before it at most."""
    return re.compile(
        rf"(?:\b(?:{negators})\s+(?:\S+\s+)?"
        r"|\b(?:aucune?|no|sans|without)\s+\S+(?:\s+\S+)?\s+(?:ou|or|ni|nor)\s+"
        r"|\b(?:[aà] l.exclusion d[eu]|exclusion faite d[eu]|to the exclusion of|excluding)"
        r"\s+(?:\S+\s+){0,2}"
        rf"|(?:\bne\b|\bn'|\bnot\b|\bcannot\b|\bn't\b)\s*(?:\S+\s+){{0,{verb_words}}})$"
    )


_NEG_DETERMINERS = "aucune?|nulle?|ni|jamais|no|never|neither|nor|without|sans"
_NEG_BEFORE = _neg_before(_NEG_DETERMINERS, 2)
# For a forbid rule, whose trap is a positive statement, a looser reading: « non
# révisables », « ne pourra pas les réviser » (the negative three words before the verb).
# A require rule keeps the narrow one: its position is often a negative itself
# (« n'ont pas de caractère obligatoire »).
_NEG_BEFORE_WIDE = _neg_before(_NEG_DETERMINERS + "|non|pas", 3)
# "In no event shall …", « Aucune stipulation ne peut être interprétée comme imposant … »:
# the whole clause is said in the negative, however far its words lie from the negator.
_NEG_CLAUSE = re.compile(
    r"\b(?:in no (?:event|case|circumstances?)|under no circumstances?|at no time|en aucun cas|"
    r"[aà] aucun moment|en aucune (?:circonstance|mani[eè]re|fa[cç]on)|nothing in (?:this|the) (?:letter|loi|"
    r"agreement|document)|rien dans la pr[eé]sente|aucune? (?:stipulation|disposition|clause) "
    r"(?:de la pr[eé]sente \w+ )?ne)\b"
)
_CLAUSE_BREAK = re.compile(r"[:;]|,\s*(?:et|mais|tandis que|alors que|and|but|while|whereas)\b")
_NEG_AFTER = re.compile(
    r"[^.;]{0,40}?(?:\bn.(?:est|sont|sera|seront)\s+(?:pas\s+|point\s+|nullement\s+)?"
    r"(?:admise?s?|autorisee?s?|permise?s?|possibles?|applicables?|dus|due?s?|acceptee?s?)"
    r"|\bne\s+s.appliqu\w*\s+(?:pas|point|nullement)"
    r"|\b(?:est|sont|sera|seront)\s+(?:exclue?s?|interdite?s?|proscrite?s?|prohibee?s?)"
    r"|\b(?:is|are|shall be|will be)\s+(?:not\s+(?:allowed|permitted|applicable|due|payable"
    r"|accepted)|excluded|prohibited)|\b(?:shall|will|does|do) not apply)"
)


def _negated(
    text: str, s: int, ms: int, me: int, e: int, tail: bool = True, own_negative: bool = True
) -> bool:
    """Whether the match text[ms:me] of the sentence text[s:e] is said in the negative.

    `own_negative`: the rule's pattern may itself look for a negative; when it does not, a
    negative inside the match (« ne réutilise pas les Données … pour d'autres clients ») is
    the letter's own."""
    # A rule may look for a negative itself ("ni résiliables", "sans préavis", "shall not
    # solicit", « sans plafond »): its own `unless` then speaks for the exceptions, the
    # negative that opens its match included.
    if own_negative and _NEG_WORD.search(text, ms, me):
        return False
    # "aucune pénalité" closing a wider match ("le Client ne supporte aucune pénalité");
    # not for a require rule, whose position may itself be a negative ("no obligation to")
    k = text.rfind(" ", ms, me)
    if tail and k > ms and _NEG_DET.search(text, ms, k + 1):
        return True
    before = text[max(s, ms - 60) : ms]
    # only the clause the match sits in: "not binding, except for the confidentiality"
    before = before[max(before.rfind(","), before.rfind(":"), before.rfind(")")) + 1 :]
    if not own_negative:
        for c in _NEG_CLAUSE.finditer(text, s, ms):
            if not _CLAUSE_BREAK.search(text, c.end(), ms):
                return True
    neg = (_NEG_BEFORE if own_negative else _NEG_BEFORE_WIDE).search(before)
    if neg:
        # « ne peut réviser ses prix qu'une fois par an » restricts, it does not deny
        if not re.search(r"\bne\b|\bn'", neg.group()):
            return True
        start = ms - len(before) + neg.start()
        return not _RESTRICTIVE.search(text, start, min(e, me + 40))
    return bool(_NEG_AFTER.match(text, me, e))


def _predicate(p, m: re.Match) -> int:
    """Where the predicate of a forbid match starts: its last top-level group ("le POC …
    (constitue|devient …)"), -1 when the pattern has no group.

    A rule that looks for a positive statement ("the POC becomes the product") and meets
    the letter's own negative right before its predicate (« il ne constitue ni la solution
    définitive », "the pilot shall not become") meets the PME's position, not the trap."""
    if m.re.groups == 0:
        return -1
    spans = [(m.start(g), m.end(g)) for g in range(1, m.re.groups + 1) if m.start(g) >= 0]
    top = [a for a, b in spans if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)]
    return max(top, default=-1)


@functools.lru_cache(maxsize=4096)
def _looks_for_negative(source: str) -> bool:
    # in "\bne (peut|pourra)" the escape is not a word of the pattern
    return bool(_NEG_WORD.search(re.sub(r"\\[a-zA-Z]", " ", source)))


# "a delay arising from an assumption not being met shall be borne by": a negative that
# qualifies a noun (a reduced relative clause) does not deny the sentence's verb
_REDUCED_NEG = re.compile(
    r"\b(?:not|non)\s+(?:being\s+|been\s+)?(?:met|reached|achieved|fulfilled|satisfied|"
    r"respected|available|provided|delivered|complied\s+with)\b"
)


def _negated_predicate(text: str, ms: int, pred: int, me: int) -> bool:
    before = _REDUCED_NEG.sub(lambda m: " " * len(m.group()), text[ms:pred])
    # the clause the predicate sits in: "le POC, qui ne demande aucune installation, devient"
    before = before[max(before.rfind(","), before.rfind(":"), before.rfind(")")) + 1 :]
    # « ne … qu'en payant » restricts, it does not deny
    if _RESTRICTIVE.search(text, ms, me):
        return False
    return bool(_NEG_BEFORE.search(before) or _NEG_VERB.search(before))


# « ne … que » / « ne … qu' » (only), not « sans que », « ainsi que », « alors que »…
_RESTRICTIVE = re.compile(
    r"(?<!\bsans )(?<!\bainsi )(?<!\balors )(?<!\bbien )(?<!\bparce )(?<!\btandis )"
    r"(?<!\bavant )(?<!\bapres )(?<!\bafin )(?<!\bpour )\bqu(?:e\b|')"
)
# « ne deviendra en aucun cas la version », "it never becomes the production version": the
# verb's negative a few words before the predicate's last words, in the same clause
_NEG_VERB = re.compile(r"(?:\bne\b|\bn'|\bnot\b|n't\b|\bnever\b|\bjamais\b)(?:\s*\S+){0,5}\s*$")


_NEG_DET = re.compile(r"\b(?:aucune?|nulle?|no|without|sans)\s+(?:\S+\s+)?$")
_NEG_WORD = re.compile(
    r"\b(?:ne|n'|ni|non|not|no|nor|cannot|aucune?|sans|without|never|jamais|pas|nullement)\b"
)


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# « Le Prestataire conserve sa plateforme ; il est toutefois autorisé à … »: a sentence
# whose subject is a pronoun names its subject in the sentence before.
_PRONOUN_START = re.compile(
    r"\s*(?:(?:et|mais|or|toutefois|cependant|en outre|and|but|however),?\s+)?"
    r"(?:il|elle|ils|elles|celui-ci|celle-ci|ce dernier|cette derniere|cette dernière|it|they"
    r"|the latter)\b"
)


def _with_antecedent(text: str, s: int, e: int) -> str:
    """The sentence text[s:e], and the one before it when its subject is a pronoun."""
    if s > 1 and _PRONOUN_START.match(text, s):
        return text[sentence_at(text, s - 2, s - 1)[0] : e]
    return text[s:e]


# What is made from the client's data: trained, tuned, derived, built on it.
_CLIENT_MADE = re.compile(
    r"\b(?:trained|training|tuned|fine-tuned|calibrated|calibre\w*|derived|obtained|created|"
    r"developed|generated|resulting|built|issus?|entraine\w*|apprentissage|ajuste\w*|"
    r"derive\w*|obtenu\w*|"
    r"realise\w*|developpe\w*|cree\w*|construit\w*|a partir)\b[^.;]{0,80}"
    r"\b(?:client|clients|customer|customers|donnees client|ses donnees)\b"
    # "the Images, annotations … and trained recognition models produced in the course of
    # the Project": what the project makes is made for the client
    r"|\b(?:produced|created|developed|generated|built|trained|produit\w*|cree\w*|realise\w*|"
    r"developpe\w*|genere\w*|entraine\w*) (?:in the course of|during|under|dans le cadre d|au "
    r"cours d|pour les besoins d|a l.occasion d)\w*\s*(?:the |du |de la |de l')?(?:project|projet|"
    r"pilot|pilote|poc|mission|celui-ci|celle-ci)\b"
)


def _forbid(rule: Rule, ctx: _Context) -> None:
    scope = ctx.scope(rule)
    if not scope:
        return
    joined, starts = ctx.joined(rule, scope)
    if rule.unless_anywhere and _any(rule.unless_anywhere, joined):
        return
    # Each pattern runs once over the scope's text joined with ".\n" (no clause pattern
    # crosses a block); matches are then mapped back to their block.
    hits = []
    written = rule.sources.get("patterns", [])
    for i, p in enumerate(rule.patterns):
        # whether the rule itself looks for a negative is read in the pattern as written:
        # the macros' word lists ({vendor}: « nous, notre, nos ») are no negative
        source = MACRO.sub(" ", written[i]) if i < len(written) else p.pattern
        looks_negative = _looks_for_negative(source)
        for m in p.finditer(joined):
            if m.end() == m.start():
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            sec, block = scope[k]
            ms, me = m.start() - starts[k], m.end() - starts[k]
            if me > len(block.text):
                continue
            # the rule looks for a negative in this very match (« non résiliable »), not
            # merely in another alternative of its pattern
            own = looks_negative and bool(_NEG_WORD.search(m.group()))
            pred = _predicate(p, m) - starts[k] if not own else -1
            # The body before the heading: "Non-sollicitation" as a title says less than
            # the clause under it; and in a bilingual clause, the version in the report's
            # language before the other (« reconduite tacitement » before « ضمني »).
            other = (ctx.lang == "ar") != bool(_ARABIC_LETTER.search(block.text, ms, me))
            hits.append((block is sec.heading, other, k, ms, me, pred, own, i))
    flagged: set[str] = set()  # sections with a finding of this rule
    worded: set[tuple[str, str]] = set()  # vague: (section, words) reported
    shown: dict[int, list[tuple[int, int]]] = {}  # vague: the spans each block shows
    for _is_head, other, k, ms, me, pred, own, i in sorted(hits):
        sec, block = scope[k]
        words = None
        if rule.type == "vague" and not (other and sec.id in flagged):
            # a vague word is one finding per wording: « à une date à convenir » then « dans
            # les meilleurs délais » in one calendar are two things to fix; not the same
            # words again, nor words inside those shown (« notable » in « baisse
            # notable »), nor the other language's version of a clause already flagged
            words = (sec.id, ctx.folded(block)[ms:me])
            if any(a < me and ms < b for a, b in shown.get(id(block), ())):
                continue
            if rule.once and words in worded:
                continue
        elif rule.once and sec.id in flagged:
            continue
        text = ctx.folded(block)
        s, e = sentence_at(text, ms, me)
        sentence = text[s:e]
        if rule.with_ and not all(w.search(_with_antecedent(text, s, e)) for w in rule.with_):
            # « L'Éditeur demeure titulaire des droits sur la Plateforme, en ce compris les
            # Résultats »: the defined term brings its definition's words along; « Le Client
            # s'engage à : » says who does what each item of its list says
            extra = " ".join(
                x for x in (ctx.said_by_definitions(sentence), _lead_in(ctx, scope, k)) if x
            )
            if not extra or not all(w.search(sentence + " " + extra) for w in rule.with_):
                continue
        if rule.unless and _any(rule.unless, sentence):
            continue
        if rule.unless_paragraph and _any(rule.unless_paragraph, text):
            continue
        if (
            rule.unless_row
            and block.table
            and _any(rule.unless_row, _row_sentence(ctx, scope, block, sentence))
        ):
            continue
        if rule.billed_term and not ctx.prices_term(text):
            continue
        if rule.cites and (
            not _cites(ctx, sentence, rule.cites)
            # the list's words already said it (« Clause 10 (as regards the Deposit) »)
            or any(
                f.block is block and f.topic == rule.topic and f.start < e and s < f.end
                for f in ctx.findings
            )
        ):
            continue
        if _negated(text, s, ms, me, e, own_negative=own):
            # « que notre moteur ne traite pas seul, est confiée à un prestataire … situé en
            # France »: the negative belongs to an aside the match started in; a later
            # start of the same pattern in the sentence may be said plainly
            later = _plain_later_match(rule.patterns[i], text, s, ms, e, own)
            if later is None:
                continue
            ms, me, pred = later
        if ms < pred < me and _negated_predicate(text, ms, pred, me):
            continue
        if _cross_reference(text, ms, me):
            continue
        start, end = (s, e) if rule.evidence == "sentence" else (ms, me)
        fix = ctx.replacement(rule)
        if fix == "" and block is sec.heading:
            fix = None  # striking "Clause pénale" alone would leave the clause standing
        ctx.add(rule, rule.severity, sec, block, start, end, replacement=fix)
        flagged.add(sec.id)
        if words is not None:
            worded.add(words)
            shown.setdefault(id(block), []).append((ms, me))


# « les articles 5, 7 et 12 », "Sections 5, 7, 12 and 20", "Clauses 4 to 6", « البنود 5 و11
# و12 »: the numbers of the clauses a sentence cites, ranges included
_CITED_LIST = re.compile(
    r"\b(?:articles?|clauses?|sections?|paragraph(?:e|es|s)?|stipulations?|art\.)\s+"
    r"(\d+(?:\s*(?:\([^()]{0,40}\))?\s*(?:,|;|&|\bet\b|\band\b|\bto\b|\bthrough\b|\ba\b|à|-|–)"
    r"\s*(?:(?:articles?|clauses?|sections?)\s+)?\d+)*)"
    r"|(?<!\S)(?:ال)?(?:بنود|مواد|بند|مادة|فقرات)\s+(\d+(?:\s*(?:،|,|و)\s*\d+)*)",
    re.I,
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


# what follows a cited number and narrows it: « 9.1 », "9(a)", "9 (as regards D1 and D2)",
# « 11 (pour les livrables L1 et L2) », « 9 (في ما يخص مراحل ما قبل النشر) »
_NARROWED = re.compile(
    r"\s*(?:[.(]\s*(?:\d|[a-z]\b|[ivx]+\))|\(\s*(?:as regards|as to|for|only|once|insofar|in so far|"
    r"in respect|to the extent|concerning|limited|pour|au titre|en ce qui|dans la|à hauteur|"
    r"a hauteur|s.agissant|seul|uniquement|dernier|premier|alin|last|first|paragraph|"
    r"فيما|في ما|في حدود|بخصوص|الا|الفقرة))",
    re.I,
)


def _cited_numbers(sentence: str) -> set[str]:
    out: set[str] = set()
    # a sub-clause (« 9.1 », folded « 9,1 ») cites no whole clause: read as clause 0
    text = re.sub(r"\d+[.,]\d+", lambda m: "0" * len(m.group()), sentence.translate(_ARABIC_DIGITS))
    for m in _CITED_LIST.finditer(text):
        span = m.group(1) or m.group(2)
        off = m.start(1) if m.group(1) else m.start(2)
        # a number narrowed to a part of its clause cites that part, not the clause
        narrowed = {
            str(int(n.group()))
            for n in re.finditer(r"\d+", span)
            if _NARROWED.match(text, off + n.end())
        }
        # a bracketed title is no number (« 10 (Prix 2025) »)
        span = re.sub(r"\([^()]*\)", " ", span)
        nums = [int(x) for x in re.findall(r"\d+", span) if x not in narrowed]
        out.update(str(n) for n in nums)
        for a, b in re.findall(r"(\d+)\s*(?:\bto\b|\bthrough\b|\ba\b|à|-|–)\s*(\d+)", span):
            if int(a) < int(b) <= int(a) + 20:
                out.update(str(n) for n in range(int(a), int(b) + 1))
    return out


def _cites(ctx: _Context, sentence: str, topics: list[str]) -> bool:
    """Whether `sentence` cites by number a clause of one of `topics` that already has a
    finding of high severity or above: a fair price clause bound from signature is the
    parties' choice; a price the review objects to, bound by its number, is the trap."""
    numbers = _cited_numbers(sentence)
    first: dict[str, Section] = {}  # « clause 1 » is the letter's, not its schedule's
    for sec in ctx.sections:
        if sec.number in numbers:
            first.setdefault(sec.number, sec)
    cited = {sec.id for sec in first.values() if any(t in topics for t in sec.topics)}
    return any(
        f.section in cited and f.topic in topics and f.severity in ("high", "critical")
        for f in ctx.findings
    )


def _plain_later_match(p, text: str, s: int, ms: int, e: int, own: bool):
    """(start, end, predicate) of the first match of `p` starting after `ms` in the
    sentence text[s:e] that is not said in the negative, or None."""
    # the later start must leave the negative's clause: past the next comma or bracket
    cut = min((x for x in (text.find(",", ms, e), text.find("(", ms, e)) if x >= 0), default=-1)
    if cut < 0:
        return None
    pos = cut + 1
    for _ in range(8):
        m = p.search(text, pos, e)
        if m is None or m.end() == m.start():
            return None
        if not _negated(text, s, m.start(), m.end(), e, own_negative=own):
            return m.start(), m.end(), _predicate(p, m)
        pos = m.start() + 1
    return None


# « Seuls les articles 13 (Exclusivité) et 16 (Non-sollicitation) ont force obligatoire »,
# "Sections 12 (Confidentiality) and 14 (Non-Solicitation) survive", "11 (Exclusivity and
# Non-Solicitation)", « articles X (Exclusivité) »: the title of a clause cited by its number
# is a cross-reference, not the clause; the clause itself is read where it stands.
_XREF_BEFORE = re.compile(
    r"(?:\b\d+(?:\.\d+)*|\b(?!il\b)[ivxlc]+|\b[\w-]+i[eè]me)\s*\(\s*[\"«“]?[^()\"«“»”]{0,40}$"
)
_XREF_AFTER = re.compile(r"[^()\"«“»”.;]{0,40}[\"»”]?\s*\)")


def _cross_reference(text: str, ms: int, me: int) -> bool:
    return bool(_XREF_BEFORE.search(text[max(0, ms - 60) : ms]) and _XREF_AFTER.match(text, me))


def _limit(rule: Rule, ctx: _Context) -> None:
    from . import extract

    get = {
        "duration": extract.durations,
        "percentage": extract.percentages,
        "amount": extract.amounts,
    }[rule.quantity]
    scope = ctx.scope(rule)
    for sec, block in scope:
        text = ctx.folded(block)
        reported: set[tuple[int, float]] = set()  # (sentence start, value)
        for q in get(block.text):
            if rule.unit and getattr(q, "unit", None) != rule.unit:
                continue
            s, e = sentence_at(text, q.start, q.end)
            if (s, float(q.value)) in reported:
                # « douze (12) mois, renouvelable pour des périodes successives de douze
                # mois »: the same excess said twice in one sentence is one comment
                continue
            if (
                rule.context
                and not _any(rule.context, text[s:e])
                and not _row_context(ctx, rule, scope, block)
            ):
                continue
            # Exceptions look at the words right around the quantity, not the sentence:
            # "un acompte de 50 % à la commande, le solde à la recette" is about the deposit.
            # After it, up to the next item of the schedule: "80% only once the Client has
            # countersigned the acceptance report" is paid on acceptance.
            after = text[q.end : min(e, q.end + 60)]
            cut = _NEXT_ITEM.search(after)
            around = text[max(s, q.start - 30) : q.end] + (after[: cut.start()] if cut else after)
            if rule.unless and _any(rule.unless, around):
                continue
            if rule.quantity == "duration" and _look_back(text, q.start, q.end):
                continue
            value = float(q.value)
            open_ended = _open_ended(q, rule.max, rule.min, text) and not any(
                o is not q and o.bound and o.bound != q.bound and s <= o.start < e
                for o in get(block.text)
            )  # "entre 30 et 60 jours": two ends, each checked on its own
            if _within(value, rule.max, rule.min) and not open_ended:
                continue
            severity = rule.severity
            label = ""
            for fb in rule.fallbacks:
                if fb.unless and (
                    _any(fb.unless, text[s:e])
                    or any(
                        _any(fb.unless, o) for o in _row_texts(ctx, scope, block, same_cell=False)
                    )
                ):
                    continue
                if _within(value, fb.max, fb.min) and not open_ended:
                    severity = fb.severity
                    label = fb.label.get(ctx.lang, "")
                    break
            reported.add((s, value))
            ctx.add(
                rule,
                severity,
                sec,
                block,
                q.start,
                q.end,
                replacement=ctx.replacement(rule),
                extra=label,
            )


def _row_context(
    ctx: _Context, rule: Rule, scope: list[tuple[Section, Block]], block: Block
) -> bool:
    """« Dépôt | 50 % du prix | à la signature de la lettre »: in a table row the words that
    make a figure a deposit can stand in another cell; a cell that names acceptance or the
    balance keeps the figure an instalment."""
    others = _row_texts(ctx, scope, block, same_cell=False)
    return any(_any(rule.context, o) for o in others) and not (
        rule.unless and any(_any(rule.unless, o) for o in others)
    )


# What ends one item of a payment schedule and opens the next.
_NEXT_ITEM = re.compile(
    r"[,;:(،؛]|\b(et|and|puis|then|le solde|the balance|solde|balance)\b"
    # « ، ويسدد الباقي عند الاستلام »: the remainder, paid on acceptance
    r"|(?<!\w)(و|ف)?(يسدد|تسدد|يدفع|تدفع)?\s*(ال)?(باقي|متبقي|رصيد)(?!\w)"
)


def _within(value: float, hi: float | None, lo: float | None) -> bool:
    return (hi is None or value <= hi + 1e-9) and (lo is None or value >= lo - 1e-9)


def _open_ended(q, hi: float | None, lo: float | None, text: str = "") -> bool:
    """ "au moins trente (30) jours" has no upper end: it cannot be within a maximum (nor
    "jusqu'à 10 %" within a minimum). Only a floor or ceiling the letter commits to counts:
    "en cas de retard de plus de dix (10) jours" is a trigger, not a term."""
    bound = getattr(q, "bound", None)
    if not ((bound == "min" and hi is not None) or (bound == "max" and lo is not None)):
        return False
    if not text:
        return True
    words = _FLOOR if bound == "min" else _CEILING
    return bool(words.search(text[max(0, q.start - 25) : q.start]))


_FLOOR = re.compile(
    r"(?:au moins|au minimum|minimum(?: de| d')?|pas moins de|at least|no less than|"
    r"not less than|a minimum of|minimum of)\s*\(?\s*$"
)
_CEILING = re.compile(
    r"(?:jusqu'a|au plus|au maximum|maximum(?: de| d')?|up to|at most|no more than|"
    r"not more than|a maximum of|maximum of)\s*\(?\s*$"
)


# "deux mille (2 000) heures d'enregistrements", "3 ans d'historique", "des douze (12)
# derniers mois": a look-back or a volume of data, not a period the letter runs for.
_LOOK_AFTER = re.compile(
    r"\s*\)?\s*(?:(?:d'|de\s+|des\s+|of\s+)(?:\w+\s+)?(?:historique|history|historical|"
    r"enregistrements?|recordings?|archives?|donnees|data|audio|appels|calls|conversations|"
    r"anteriorite|anciennete)\b|(?:derniers|dernieres|precedents|precedentes|passes|passees|"
    r"ecoules|ecoulees)\b)"
)
_LOOK_BEFORE = re.compile(
    r"(?:\b(?:last|past|previous|preceding|derniers|dernieres)|\bhistorique\s+(?:de|d'|sur)"
    r"|\bhistory\s+of|\bhistorical\s+data\s+(?:of|over|for))\s*\(?\s*$"
)


def _look_back(text: str, start: int, end: int) -> bool:
    return bool(
        _LOOK_AFTER.match(text, end) or _LOOK_BEFORE.search(text[max(0, start - 30) : start])
    )


# A definition: « "X" désigne… », "X means…", "on entend par X", "ci-après « X »",
# or an entry "X : …" of a definitions list.
_DEF_VERBS = (
    r"(?:designe\w*|designant|signifie\w*|signifiant|s'entend\w*|s'entendent|correspond\w*\s+a"
    r"|est\s+definie?|sont\s+definie?s|means|meaning|shall\s+mean|refers\s+to|is\s+defined"
    r"|are\s+defined|يقصد|يعني)"
)
_ART = r"(?:(?:le|la|les|l'|un|une|des|the|a|an)\s+)?"
_Q_OPEN = r"[\"«“']?\s*"
_Q_CLOSE = r"\s*[\"»”']?"
_OTHER = r"[\"«“][^\"»”\n]{1,60}[\"»”]"


# The forms of a definition, each as (before the term, after the term, which side is its
# gate). Every match of a form holds a match of its gate, a part with no term in it: the
# gates are compiled once per process and the term's own forms only where a gate matched.
# Compiling nine forms for each term a letter uses cost more than the rest of the
# definition rule (17 terms: 0.08 s); most windows around a term hold no gate.
_DEF_FORMS = [
    (_Q_OPEN, rf"{_Q_CLOSE}\s*(?:\([^)]*\)\s*)?,?\s*{_DEF_VERBS}", "after"),
    (
        rf"(?:on\s+entend\s+par|il\s+faut\s+entendre\s+par|definition\s+d\w*|"
        rf"defined\s+as)\s+{_ART}{_Q_OPEN}",
        "",
        "before",
    ),
    (
        rf"(?:par|by)\s+{_ART}{_Q_OPEN}",
        rf"{_Q_CLOSE}\s*,?\s*(?:on\s+entend|il\s+faut\s+entendre|we\s+mean|is\s+meant)",
        "after",
    ),
    (r"(?:ci-?apres|ci-?dessous|hereinafter|hereafter)[^.;\n]{0,120}?[\"«“]\s*", "", "before"),
    # defined where it is used: « Le gain visé s'entend exclusivement de la réduction … »
    (
        _ART,
        r"(?:\s+[^\W\d_]+){0,2}\s+(?:s.entend|se\s+definit|est\s+defini|designe|"
        r"means|shall\s+mean|is\s+defined\s+as|refers\s+(?:only\s+)?to)\b",
        "after",
    ),
    # defined in apposition where it is used: « par Prospect Qualifié, ce terme
    # désignant tout contact … », "per Qualified Lead, defined as a prospect …"
    (
        "",
        r"\s*,\s*(?:(?:ce|ledit|ce dernier)\s+terme\s+(?:designant|s.entendant|visant)|"
        r"defini\w*\s+comme|entendu\w*\s+comme|c.est-a-dire|soit\s+(?:tout|toute)|"
        r"(?:this|that|which)\s+term\s+(?:meaning|being|refers)|defined\s+as|meaning|"
        r"being\s+(?:any|each|every))\b",
        "after",
    ),
    # a definition as a sentence: « Un Prospect Qualifié est un contact ayant … », "A
    # Qualified Lead is any prospect who …"
    (
        rf"\b(?:un|une|tout|toute|a|an|any|each|every)\s+{_Q_OPEN}",
        rf"{_Q_CLOSE}\s+(?:est|is|being)\s+(?:un|une|tout|toute|a|an|any|celui|celle|one)\b",
        "after",
    ),
    # a definition by deeming: « Est réputé « Utilisateur Actif » tout agent … », "is
    # deemed a 'Qualified Lead' any prospect who …"
    (
        rf"\b(?:est|sont|sera|seront|is|are|shall\s+be)\s+(?:repute\w*|considere\w*\s+comme|deemed"
        rf"|regarded\s+as)\s+{_ART}{_Q_OPEN}",
        rf"{_Q_CLOSE}\s*,?\s*(?:tout|toute|tous|toutes|le|la|les|l'|un|une|any|each|every|a|an|the)\b",
        "before",
    ),
    # a naming in passing: (the "Letter"), together the "Parties" and each a "Party"
    (
        rf"(?:\(\s*|(?:together|collectively|each|individually|ensemble|individuellement)\s+)"
        rf"{_ART}[\"«“]\s*",
        "",
        "before",
    ),
    # an Arabic naming: ويُشار إليها فيما يلي بـ«العميل»
    (
        r"(?:(?:فيما يلي|في ما يلي|لاحقا|أدناه)\s*(?:بـ|ب|باسم)?"
        r"|ي?ُ?شار\s+[اإ]لي\w*[^«“\"\n]{0,25}?)\s*[\"«“]\s*",
        "",
        "before",
    ),
    # a later name of a naming: ("we", "us" or "QantaRisk"), (« vous » ou « la Mutuelle »)
    (
        rf"\(\s*(?:{_ART}{_OTHER}\s*(?:,|or|ou|and|et)\s*)+{_ART}[\"«“]\s*",
        "",
        "before",
    ),
    # an entry of a definitions list, alternatives included: « POC » ou « Preuve de concept » :
    # (the entries may run on in one paragraph: « … sans nouveau message. « Résolution
    # autonome » : Conversation close … »)
    (
        rf"(?:^|\n|[.;]\s)\s*[-•*]?\s*(?:{_OTHER}\s*(?:ou|or|et|and|/|,)\s*)*{_ART}{_Q_OPEN}",
        rf"{_Q_CLOSE}\s*(?:(?:ou|or|et|and|/|,)\s*{_OTHER}\s*)*[:\u2013\u2014-]\s*\w",
        "both",
    ),
    # defined in brackets where it is used: « 300 DZD par Lead Qualifié (demande de devis
    # comportant un nom, un numéro vérifié …) »; not an alias (« (ci-après « X ») ») nor
    # an acronym, nor a note in the next paragraph of a price cell (« 7 DA par Rappel
    # Abouti » then « (tarif opérateur indicatif, révisable sans préavis) »)
    (
        "",
        r"[^\S\n]*\((?!\s*(?:ci-?apres|ci-?dessous|hereinafter|hereafter|[\"«“]))\s*[^\W\d_]"
        r"[^()]{25,}(?:\)|$)",  # $: the window's end, a long bracket still open there
        "after",
    ),
    # a definitions table: the term alone in its cell, its meaning in the next one
    (
        rf"(?:^|\n)\s*{_ART}{_Q_OPEN}",
        rf"{_Q_CLOSE}\s*\n\s*(?:un|une|le|la|les|tout|toute|a|an|any|the)\b",
        "after",
    ),
]


@functools.cache
def _def_gates() -> list[list[re.Pattern]]:
    return [
        [
            re.compile(side, re.I)
            for side, use in ((b, "before"), (a, "after"))
            if g in (use, "both")
        ]
        for b, a, g in _DEF_FORMS
    ]


def _term_words(term: str) -> list[str]:
    # every word may take the plural: "Leads qualifiés" is defined by « Lead qualifié »
    words = []
    for w in fold(term).split():
        if len(w) > 3 and w[-1] in "sSxX":
            w = w[:-1]
        words.append(re.escape(w) + "[sx]?")
    return words


def _term_source(term: str) -> str:
    return r"\b" + r"\s+".join(_term_words(term)) + r"\b"


# A noun and its adjective defined by a condition, the term split by its verb: « Une
# conversation est résolue lorsqu'elle se clôt … » defines « Conversations résolues ». (An
# English term puts its adjective first: "Qualified Lead" is not read this way.)
_SPLIT_BEFORE = r"\b(?:un|une|tout|toute|a|an|any|each|every)\s+"
_SPLIT_VERB = (
    r"\s+(?:est|sont|is|are)\s+(?:(?:consideree?s?|reputee?s?)\s+(?:comme\s+)?|deemed\s+(?:to\s+be\s+)?"
    r"|considered\s+(?:to\s+be\s+)?|regarded\s+as\s+)?"
)
_SPLIT_AFTER = (
    r"\s*,?\s*(?:lorsqu|quand\b|si\b|s'|des\s+lors|when\b|if\b|where\b|once\b|as\s+soon\s+as)"
)


class _Definitions:
    """The definition forms of one term, each compiled when a window needs it."""

    __slots__ = ("t", "term", "forms", "split")

    def __init__(self, term: str):
        self.t = _term_source(term)
        self.term = re.compile(self.t, re.I)  # the term itself, to find where to look
        self.forms: list[re.Pattern | None] = [None] * len(_DEF_FORMS)
        self.split: re.Pattern | str | None = term  # compiled when first needed

    def split_form(self) -> re.Pattern | None:
        """The term split by its verb (two words only), compiled on first use: most terms
        are found defined, or not, by the forms above."""
        if isinstance(self.split, str):
            words = _term_words(self.split)
            self.split = (
                re.compile(_SPLIT_BEFORE + words[0] + _SPLIT_VERB + words[1] + _SPLIT_AFTER, re.I)
                if len(words) == 2
                else None
            )
        return self.split

    def form(self, i: int) -> re.Pattern:
        p = self.forms[i]
        if p is None:
            before, after, _gate = _DEF_FORMS[i]
            p = self.forms[i] = re.compile(before + self.t + after, re.I)
        return p

    def found(self, i: int, text: str, lo: int, hi: int) -> bool:
        for g in _def_gates()[i]:
            if g.search(text, lo, hi) is None:
                return False
        return self.form(i).search(text, lo, hi) is not None


@functools.lru_cache(maxsize=512)
def _definitions(term: str) -> _Definitions:
    return _Definitions(term)


def is_defined(term: str, folded_doc: str) -> bool:
    """Whether `folded_doc` defines `term` (see _DEF_FORMS for the forms)."""
    d = _definitions(term)
    # Every form contains the term: look only around its occurrences, not the whole text.
    for m in d.term.finditer(folded_doc):
        lo, hi = max(0, m.start() - 160), min(len(folded_doc), m.end() + 120)
        if any(d.found(i, folded_doc, lo, hi) for i in range(len(_DEF_FORMS))):
            return True
    split = d.split_form()
    return split is not None and split.search(folded_doc) is not None


_NAMING = re.compile(
    r"\b(?:(?:projet|project|programme|program|produit|product|offre|marque|brand|société|"
    r"company|nom|"
    # a field, a label or a status named by its wording: un champ « motif », le label
    # « start-up », حقل «السبب»
    r"champ|colonne|rubrique|onglet|bouton|statut|mention|label|libellé|field|column|tab|"
    r"button|status|وحقل|الحقل|حقل|خانة|مشروع|المشروع|برنامج|علامة)"
    # a tool named with its complement: sa plateforme d'orchestration préexistante « X »
    r"|(?:plateforme|platform|solution|application|app|logiciel|software|outil|tool|moteur|"
    r"engine|منصة|منصته|منصتها|المنصة|تطبيق)\b(?:\s+[^\s«“\"]+){0,3})\s*:?\s*$",
    re.I,
)
_QUOTED = re.compile(r"[«“\"]\s*([^\W\d_][\w'\- ]{1,40}?)\s*[»”\"]")


# The name of a KPI in an indicators clause: « Taux de Pertinence de la Liste de
# Classement » | 75 % au moins, "Detection Accuracy": a measure the letter must define,
# named once in its table.
_KPI_NAME = re.compile(
    r"^(?:taux|ratio|score|indice|pourcentage|precision|rate)\b|"
    r"\b(?:rate|ratio|score|index|accuracy|precision|percentage)$"
)
# What counts a class, just before it: "the number of Material Supplier Incidents" (a
# capitalised class a KPI counts), « taux de résolution autonome » (the rate of a term)
_KPI_COUNT = re.compile(
    r"(?:\b(?:number|share|proportion|percentage|rate|ratio) of (?:the )?|\b(?:nombre|part|taux|"
    r"proportion|pourcentage|ratio) (?:de |d'|des )|%\s*\)?\s*(?:of |des |de |d')(?:the )?)$"
)


# "Actionable Alerts", « Relances Utiles »: a class the letter sorts by a judgement
_JUDGED_CLASS = re.compile(
    r"^(?:actionable|useful|relevant|meaningful|usable|genuine|confirmed|verified|true)\s+\w+$"
    r"|^\w+\s+(?:utiles?|exploitables?|pertinente?s?|averee?s?|confirmee?s?)$"
)


_CONFORM = re.compile(r"conformes?\b")
_CONFORM_TO = re.compile(r"\s+(?:au|aux|a la|a l')\s*\w+")  # on folded text


def _define(rule: Rule, ctx: _Context) -> None:
    scope = ctx.scope(rule)
    folded_doc = "\n".join(ctx.folded(b) for _s, b in scope)
    done: set[str] = set()
    # A term is reported once: where it weighs most ("10 % des gains" in the price rather
    # than "un gain de temps" in the Objet), so sections of lowered topics come last.
    lowered = rule.severity_by_topic
    ordered = sorted(scope, key=lambda sb: bool(sb[0].topics and sb[0].topics[0] in lowered))
    for sec, block in ordered:
        text = ctx.folded(block)
        for p in rule.terms:
            for m in p.finditer(text):
                # a term ends on a word's end: « Appels aboutis » is not in « Appels
                # aboutissant à une déclaration »
                if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_"):
                    continue
                # one finding per term, not per pattern: « Lead qualifié » defined says
                # nothing of « Appel qualifié »
                key = _unit_key(text[m.start() : m.end()])
                if key in done:
                    continue
                if _CONFORM_TO.match(text, m.end()) and _CONFORM.search(text, m.start(), m.end()):
                    continue  # « des devis conformes au tarif »: what they conform to is said
                done.add(key)
                if not is_defined(block.text[m.start() : m.end()], folded_doc):
                    # « Taux de résolution autonome » defined: its « résolution autonome » is
                    rate = _KPI_COUNT.search(text, max(0, m.start() - 30), m.start())
                    if rate and is_defined(block.text[rate.start() : m.end()], folded_doc):
                        continue
                    if _row_defines(sec, block):
                        continue  # « Taux de résolution autonome | Part des demandes … »
                    ctx.add(rule, rule.severity, sec, block, m.start(), m.end())
        if rule.quoted:
            for m in _QUOTED.finditer(text):
                term = m.group(1).strip()
                if len(term.split()) > 5 or term.casefold() in done:
                    continue
                if _NAMING.search(text, max(0, m.start() - 40), m.start()):
                    done.add(term.casefold())  # a name once named is a name everywhere
                    continue  # Projet « Atlas Leads »: a name, not a term of art
                done.add(term.casefold())
                if not is_defined(term, folded_doc):
                    ctx.add(rule, rule.severity, sec, block, m.start(1), m.start(1) + len(term))
    if rule.capitalised:
        _capitalised(rule, ctx, scope, folded_doc, done)
    if rule.billing_units:
        _billing_units(rule, ctx, scope, done)


def _row_defines(sec: Section, block: Block) -> bool:
    """Whether `block` is the first cell of a table row whose next cell says in words what
    it names (« Taux de résolution autonome | Part des demandes traitées de bout en bout sans
    transfert »): a KPI table's definition column. A next cell of figures (a target, a
    baseline) defines nothing."""
    if not block.table or block.table[2] != 0:
        return False
    # the cell as a whole: its second paragraph may be a sentence with no figure, the first
    # the target's
    cell = " ".join(b.text for b in _row_blocks(sec.blocks, block) if b.table[2] == 1)
    if is_arabic(cell) and not is_arabic(block.text):
        return False  # « Indicateurs | المؤشرات »: a letter in two columns, the same words
    return len(cell.split()) >= 4 and not any(c.isdigit() for c in cell)


# "35 DA par page traitée", "USD 0.40 per processed application": the unit a price is
# counted in. A qualified unit (traitée, qualifié, abouti, processed, successful…) is what
# the parties will dispute; a unit of time or a plain unit ("par mois", "par heure",
# "per user") is not reported.
_PER = re.compile(
    r"\s*\)?\s*(?:ht|ttc|hors taxes?|h\.t\.|excl\.? vat|\+ ?vat|خارج (?:ال)?(?:رسوم|رسم))?\s*(?:شهريا|سنويا)?"
    r"\s*(?:par|per|/|pour chaque|for each|each|عن كل|لكل|ل كل)\s+"
    r"(?:(?:the|a|an|each|chaque|le|la)\s+|l')?(?:(?:additional|extra|further)\s+)?"
    r"([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)"
)
_PER_BATCH = re.compile(
    r"(?:tranche|palier|lot|bloc|block|batch|bundle|pack)s?\s+(?:de|d'|of)\s+"
    r"\d[\d \u00a0\u202f.,]*\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)"
)
_MORE = re.compile(r"(?:suppl\w*|additionn?\w*|extra|further|au-dela)$")
_BARE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?(?![\w%])")
_TIME_UNIT = re.compile(
    r"^(?:jours?|journees?|semaines?|mois|ans?|annees?|trimestres?|semestres?|heures?|minutes?|"
    r"secondes?|days?|weeks?|months?|years?|quarters?|hours?|minutes?|seconds?|an|annum|"
    r"mensuel\w*|annuel\w*|"
    # Arabic (« 150 دج عن كل يوم تأخير »: a day, not a unit to define)
    r"يوم|ايام|يوما|اسبوع|اسابيع|شهر|اشهر|سنة|سنوات|ساعة|ساعات|دقيقة|دقائق|ثانية)$"
)
# « par crédit de génération », "per unit of compute": an accounting unit, or a unit of
# some processing, is a billing unit whatever word follows « de ».
_UNIT_OF = re.compile(r"([^\W\d_][\w-]*)\s+(?:de\s+|d'|of\s+)([^\W\d_][\w-]*)")
_UNIT_NOUN = re.compile(
    r"^(?:credits?|unites?|jetons?|tokens?|points?|paliers?|lots?|packs?|blocs?|units?|bundles?"
    r"|blocks?|quotas?)$"
)
_UNIT_WHAT = re.compile(
    r"^(?:generation|traitement|calcul|requetes?|inference|consommation|usage|utilisation|"
    r"analyses?|transcription|traduction|extraction|conversations?|api|compute|processing|"
    r"consumption|requests?|computation|interactions?)$"
)
# an Arabic unit narrowed by a participle or an adjective (« ملف نشط », « طلب معالج »)
_AR_QUALIFIER = re.compile(
    r"^(?:م[^\W\d_]{2,}(?<!يا)|نشطة?|فعلية?|فعالة?|صالحة?|ناجحة?|قابلة?|مكتملة?|مؤهلة?)$"
)
_QUALIFIER = re.compile(r"(?:é|ée|és|ées|ables?|ibles?|ives?|ifs?|iles?|ed)$")
_TIME_QUAL = re.compile(
    r"^(?:ouvres?|ouvrees?|ouvrables?|calendaires?|civile?s?|pleine?s?|entamee?s?|"
    r"commencee?s?|supplementaires?|business|working|calendar|full|additional|de|d'\w*)$"
)
_NOT_QUALIFIER = re.compile(
    r"^(?:de|du|des|d'\w*|et|ou|a|au|aux|en|sur|pour|par|hors|ht|ttc|avec|sans|dans|and|or|of|in|"
    r"on|for|per|with|without|the|a|an|plus|excl|incl|soit|payable|facture\w*|invoiced|billed|"
    r"charged|mensuel\w*|annuel\w*|monthly|annually|yearly)$"
)


def _billing_units(rule, ctx, scope, done: set[str]) -> None:
    from . import extract, glossary

    # the unit is priced in the price clause and often defined in the definitions clause
    whole = "\n".join(ctx.folded_blocks)
    # a unit the capitalised-terms rule already reports (« 4 000 Query Credits inclus »)
    done |= {glossary.key(f.evidence or "") for f in ctx.findings if f.kind == "ambiguity"}

    def report(sec: Section, block: Block, start: int, end: int) -> None:
        # one finding per unit, not per price; none for a unit the letter defines
        key = _unit_key(ctx.folded(block)[start:end])
        if key not in done:
            done.add(key)
            if not is_defined(block.text[start:end], whole) or key in ctx.circular_terms:
                ctx.add(rule, rule.severity, sec, block, start, end)

    for sec, block in scope:
        text = ctx.folded(block)
        ends = {q.end for q in extract.amounts(block.text)}
        if block.table:
            # « 1 500 par Référence Active »: in a price table the currency is often in the
            # column's heading only, and the cell's figure is the price all the same
            ends.update(m.end() for m in _BARE_NUMBER.finditer(text))
            # « Rédaction | par Fiche Enrichie | 300 DA »: a unit column, priced in the row;
            # only a unit written as a defined term ("Per contract year" is plain words)
            head = _PER.match(text)
            if (
                head
                and block.text[head.start(1) : head.start(1) + 1].isupper()
                and any(
                    _BARE_NUMBER.search(o) for o in _row_texts(ctx, scope, block, same_cell=False)
                )
            ):
                ends.add(0)
        for q_end in sorted(ends):
            m = _PER.match(text, q_end)
            if not m:
                continue
            words = m.group(1).split()
            start, end = m.start(1), m.end(1)
            if batch := _PER_BATCH.match(text, start):
                # « par tranche de 1 000 références actives »: the unit is what the batch counts
                words, (start, end) = batch.group(1).split(), batch.span(1)
                if len(words) == 2 and _MORE.match(words[1]):
                    continue  # « 1 000 textes supplémentaires »: more of a plain noun
            if _ARABIC_LETTER.search(words[0]) and not (
                len(words) == 2 and _AR_QUALIFIER.match(words[1])
            ):
                continue  # « عن كل محادثة تتجاوز »: a verb, « مستخدم شهريا »: an adverb
            of = _UNIT_OF.match(text, m.start(1))
            if of and (_UNIT_NOUN.match(of.group(1)) or _UNIT_WHAT.match(of.group(2))):
                end = of.end()  # « par crédit de génération », "per unit of compute"
            elif _TIME_UNIT.match(words[0]) and len(words) == 2 and not _TIME_QUAL.match(words[1]):
                w = block.text[m.start(1) :].split()[1]
                if not (
                    w[:1].isupper()
                    or _QUALIFIER.search(w.lower().rstrip(".,;:)"))
                    or _AR_QUALIFIER.match(fold(w).rstrip("،.؛:)"))
                ):
                    continue  # "par mois couvre", "per month whatever…"
                # « par Minute Utile », « par minute facturable », « عن كل دقيقة معالجة »: a
                # unit of time narrowed
            elif len(words) == 1 and _capitalised_unit(block.text, m.start(1), m.end(1)):
                pass  # « 45 DZD par Analyse »: a word capitalised as a defined term
            elif cap := _capitalised_phrase(block.text, m.start(1)):
                end = cap  # « par Poste de Contrôle Actif »: a defined term of several words
            elif label := _row_label_unit(scope, block, words[0]):
                # « Profil Présélectionné | 300 DA par profil »: the unit is the row's
                # label, a term the letter writes with capitals
                report(sec, *label)
                continue
            elif _TIME_UNIT.match(words[0]) or len(words) < 2 or _NOT_QUALIFIER.match(words[1]):
                continue  # "par mois", "par page de garde…": not a qualified unit
            elif _NOT_QUALIFIER.match(words[0]) or _TIME_QUAL.match(words[0]):
                continue  # "per business day"
            report(sec, block, start, end)
        # a unit priced without « par »: « chaque appel traité au-delà … est facturé 40 DA »,
        # « les factures complexes étant facturées 42 DA l'unité »
        for m in _PRICED_UNIT.finditer(text):
            start, end = m.span("unit") if m.group("unit") else m.span("unit_ar")
            words = text[start:end].split()
            if _ARABIC_LETTER.search(words[0]):
                if not _AR_QUALIFIER.match(words[1]):
                    continue  # « تفوتر كل ساعة عمل »: no defined term
            elif (
                _TIME_UNIT.match(words[0])
                or (_NOT_QUALIFIER.match(words[0]) and not words[0].startswith("factur"))
                or _NOT_QUALIFIER.match(words[1])
                or _BEYOND.match(words[1])
            ):
                continue  # « chaque mois supplémentaire », « chaque conversation au-delà »
            report(sec, block, start, end)


def _row_label_unit(
    scope: list[tuple[Section, Block]], block: Block, word: str
) -> tuple[Block, int, int] | None:
    """The label of `block`'s table row when it names the unit a cell prices « par
    profil »: the row's first cell opens with that word, capitalised, in a term of several
    capitalised words (« Profil Présélectionné »). None otherwise."""
    if not block.table or block.table[2] == 0 or _TIME_UNIT.match(word):
        return None
    # the row's first cell, its first paragraph (as `_row_defines` reads a KPI table)
    label = next((b for b in _row_blocks((b for _s, b in scope), block) if b.table[2] == 0), None)
    cap = _capitalised_phrase(label.text, 0) if label else None
    if not cap:
        return None
    head, unit = (fold(w).casefold().rstrip("sx") for w in (label.text.split()[0], word))
    return (label, 0, cap) if head == unit else None


def _capitalised_unit(text: str, start: int, end: int) -> bool:
    """« par Analyse », "per Seat": one word written with a capital after a lower-case
    « par » / "per", as a letter writes its defined terms (not "Per User" in a title-cased
    heading, not an acronym, not a unit of time)."""
    word, before = text[start:end], text[max(0, start - 12) : start]
    return (
        len(word) >= 4
        and word[0].isupper()
        and not word.isupper()
        and bool(re.search(r"\b(?:par|per|chaque|each)\s+(?:the\s+|l')?$", before))
        and not _TIME_UNIT.match(word.lower())
        and not _NOT_QUALIFIER.match(word.lower())
    )


def _capitalised_phrase(text: str, start: int) -> int | None:
    """The end of « Poste de Contrôle Actif » in « 55 000 DA par Poste de Contrôle Actif »:
    a run of capitalised words (the one `extract.capitalised_terms` reads), as a letter
    writes a defined term of several words; None for lower-case words, an acronym or a unit
    of time."""
    from . import extract

    run = extract.capitalised_run(text, start)
    if not run or run.isupper():
        return None
    words = run.lower().split()
    if _TIME_UNIT.match(words[0]) or _NOT_QUALIFIER.match(words[0]):
        return None
    return start + len(run)


_BEYOND = re.compile(
    r"^(?:au-dela|supplementaires?|additionnel\w*|excedentaires?|beyond|above|over|extra|"
    r"additional|excess|allowance|forfait\w*)$",
    re.I,
)
_PRICED_UNIT = re.compile(
    r"\b(?:chaque|each|every|les|the|toute?|any)\s+(?P<unit>[^\W\d_][\w'-]*\s+[^\W\d_][\w'-]*)\s+"
    r"(?:[^.;\d]{0,40}?\s)?(?:est|sera|sont|seront|etant|is|are|shall be|will be|being)\s+"
    r"(?:facture\w*|charged|billed|invoiced|priced)\s+(?:a\s+|at\s+)?\d"
    # « تفوتر كل تذكرة موجهة إضافية »: each unit is billed, its price in the row
    r"|(?<!\S)و?(?:تفوتر|يفوتر|تحتسب|يحتسب|تحسب|يحسب)\s+(?:عن\s+)?كل\s+(?P<unit_ar>\S+\s+\S+)",
    re.I,
)


# "les Données Client", "la Plateforme IA": a capitalised term used with an article, more
# than once, reads as a defined term; product names ("via WhatsApp Business") rarely do.
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|the|this|cette|ce|ces)\s+|\bl')$")
# A quantity of a class in a price clause: « 195 000 DA par mois, 4 000 Conversations
# Engagées incluses », "including 60,000 Query Credits" (not a paragraph's number).
_COUNTED = re.compile(r"(?:[^\W\d]|,)\s+\d[\d \u00a0\u202f.,]*\s+$")


# After a determiner, « par » or "per", a capitalised term is used as a common noun.
_COMMON_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|du|des|au|aux|un|une|tout|toute|tous|toutes|chaque|aucun|aucune|par"
    r"|the|this|a|an|any|all|each|every|no|per|cette|ce|ces)\s+|\bl'"
    # a cause named as a class: "to the extent it results from Material Catalogue Defects"
    r"|\b(?:results?|resulting|arises?|arising|caused|due) (?:from|by|to)\s+"
    # a scope narrowed to a class: "limited to Standard SKUs", « limité aux Articles Actifs »
    r"|\b(?:limited|restricted|confined) to\s+|\blimitee?s? (?:a|aux)\s+|\bunder\s+"
    r"|\b(?:excluding|except|other than|hors|sauf|a l'exclusion des?)\s+"
    r"|\b(?:resulte|resultent|resultant|provient|proviennent|provenant|cause|causee|due)"
    r" (?:de|d'|des|par)\s*"
    # a shortfall blamed on a class: "attributable to Abnormal Line Conditions"
    r"|\b(?:attributable|imputables?|owing) (?:to|a|aux)\s+"
    # a condition the dates rest on: "the dates assume Site Readiness"
    r"|\b(?:assumes?|assuming|presupposes?|presupposing|supposent|presupposent)\s+"
    # the vendor's own named asset a deliverable rests on: "configured on the basis of the
    # Vendor's Standard Playbook" (what it holds is the vendor's to decide)
    r"|\b(?:vendor|provider|supplier|contractor|integrator|consultant)'s\s+"
    # a rate counted on a class: "70% on Validated Alerts", « 80 % des Leads Chauds »
    r"|%\s*(?:on|of|sur|de|des|d')\s*)$"
)


_PARTY_WORDS = {
    "client",
    "prestataire",
    "partie",
    "parties",
    "fournisseur",
    "agence",
    "editeur",
    "vendor",
    "supplier",
    "provider",
    "party",
    "lettre",
    "letter",
    "article",
    "annexe",
}


# A brand is often written in camel case (WhatsApp, HubSpot, iOS); a place follows "à",
# "sis(e) à", "in", "at". « à » is read in the vendor's text: folded, it is the English
# article of "a Material Breach".
_CAMEL = re.compile(r"[a-z][A-Z]")
_A_GRAVE_BEFORE = re.compile(r"(?:^|\W)[àÀ]\s*$")
_PLACE_BEFORE = re.compile(
    r"(?:\bsise?s?(?:\s+a)?|\bsitue(?:e|s|es)?\s+a|\bbase(?:e|s|es)?\s+a|\bin|\bat|\bnear"
    r"|\bwilaya\s+(?:de|d')|\bcommune\s+(?:de|d')|\bville\s+(?:de|d')|\bcity\s+of)\s*$",
    re.I,
)


def _proper_name(
    term: str, folded: str, start: int, names: re.Pattern | None, raw: str | None = None
) -> bool:
    if any(_CAMEL.search(w) for w in term.split()):
        return True
    if names is not None and names.search(fold(term)):
        return True
    if raw is not None and _A_GRAVE_BEFORE.search(raw[max(0, start - 20) : start]):
        return True
    return bool(_PLACE_BEFORE.search(folded[max(0, start - 20) : start]))


def _article_less(party: str) -> str:
    return _LEAD_ARTICLE.sub("", fold(party).casefold().replace("’", "'"))


def _narrows(term: str, defined: set[str]) -> bool:
    """A capitalised qualifier before a defined term ("Complex Claims" where "Claim" is
    defined): a class the letter writes as a term of art, one use is enough. Not when the
    qualifier is itself defined ("Fast-Track Claims", "Fast-Track" defined)."""
    from . import glossary

    words = fold(term).split()
    # one capitalised adjective, English order: "Complex", "Processed", not "Under the",
    # "Genesys", "Client's"
    if len(words) < 2 or not term[:1].isupper():
        return False
    head = words[0].casefold()
    return (
        glossary.key(" ".join(words[1:])) in defined
        and glossary.key(head) not in defined
        and head not in _PARTY_WORDS
        and bool(glossary._EN_ADJ.match(head) or glossary._EVALUATIVE.match(head))
    )


def _composed(term: str, defined: set[str]) -> bool:
    from . import glossary

    words = glossary.key(term).split()
    return any(
        " ".join(words[:i]) in defined and " ".join(words[i:]) in defined
        for i in range(1, len(words))
    )


_PARTY_OWN = re.compile(r"(\w+)['’]s\s+")


def _capitalised(rule, ctx, scope, folded_doc: str, done: set[str]) -> None:
    from . import extract, glossary

    uses: dict[str, list[tuple[Section, Block, int, int]]] = {}
    with_article: set[str] = set()
    counted: set[str] = set()
    raw = ctx.ruleset.macros.get("proper_names")
    names = re.compile(rf"\b(?:{fold(raw)})\b", re.I) if raw else None
    # A letter with a definitions article announces its terms of art: one use as a common
    # noun (« tout Incident Bloquant », « par Minute Utile ») is enough (see glossary.py).
    defs = glossary.glossary_sections(ctx.sections, ctx.ruleset)
    sellers, buyers = parties(ctx.sections, None, companies=True)
    # A party's role word opening a longer term is no name: "a Client Dependency" is a
    # term the letter must define; "the Client" alone is skipped below as a party word.
    named = [p for p in sellers + buyers if _article_less(p) not in _PARTY_WORDS]
    heads = glossary.heading_keys(ctx.sections)
    common: set[str] = set()
    for sec, block in scope:
        if block is sec.heading and len(block.text) <= len(sec.title) + 20:
            continue  # a heading, not a numbered paragraph (« 4.2 Chaque livrable… »)
        for start, end, term in extract.capitalised_terms(block.text, cell=bool(block.table)):
            own = _PARTY_OWN.match(term)
            rest = term[own.end() :].split() if own else []
            if own and own.group(1).casefold() in _PARTY_WORDS and len(rest) >= 2:
                # "the Vendor's Standard Playbook": the term is what the party owns (not
                # "the Vendor's Frankfurt data centre": one word is a name)
                start, term = start + own.end(), term[own.end() :]
            caps = [w for w in re.findall(r"[^\W\d_][\w'-]*", fold(term)) if w[0].isupper()]
            caps = [w[:-2] if w.endswith("'s") else w for w in caps]  # "the Client's IT"
            if all(w.isupper() or w.casefold() in _PARTY_WORDS for w in caps):
                continue  # "le CRM du Client": an acronym and a party, nothing to define
            if _proper_name(term, ctx.folded(block), start, names, block.text):
                continue  # "via WhatsApp Business", "sise à Dar El Beïda": names, not terms
            if glossary.is_name(term, named, heads):
                continue  # « la Directrice Générale », « le Code civil »: names, not terms
            if re.search(r"[«\"“]\s*(?:\w+'|\w+\s)?$", block.text[max(0, start - 6) : start]):
                continue  # « Les Terrasses de Canastel »: a quoted name, read as quoted
            key = fold(term).casefold()
            uses.setdefault(key, []).append((sec, block, start, end))
            if _ARTICLE_BEFORE.search(ctx.folded(block), max(0, start - 12), start):
                with_article.add(key)
            if "price" in sec.topics and _COUNTED.search(ctx.folded(block), 0, start):
                counted.add(key)  # once is enough: a unit the letter bills
            if (
                defs
                and _COMMON_BEFORE.search(ctx.folded(block), max(0, start - 20), start)
                and not glossary.party_complement(term)
                # « Client les Livrables », "the Vendor's Bank Account"; but "a Client
                # Dependency", capitalised throughout, is a term of art
                and (
                    fold(term).split()[0].casefold().removesuffix("'s") not in _PARTY_WORDS
                    or re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", fold(term))
                )
            ):
                common.add(key)
    # a term another define rule already reports (« Chiffre d'Affaires Incrémental »)
    reported = {glossary.key(f.evidence or "") for f in ctx.findings if f.kind == "ambiguity"}
    defined = (
        glossary.defined_terms(
            [b.text for s in defs for b in ctx.blocks_of(s)], "\n".join(b.text for _s, b in scope)
        )
        if defs
        else set()
    )
    for key, places in uses.items():
        if _composed(key, defined):
            continue  # "Fast-Track Claims": two defined terms, nothing new to define
        if key in done or not (
            key in with_article
            and len(places) >= 2
            or key in common
            or key in counted
            or _narrows(places[0][1].text[places[0][2] : places[0][3]], defined)
            # "the number of Material Supplier Incidents": a class a KPI counts, once is enough
            or any(
                _KPI_COUNT.search(ctx.folded(b), max(0, st - 30), st) for _s, b, st, _e in places
            )
            or (
                any("success_criteria" in s.topics and b.table for s, b, _st, _e in places)
                and bool(_KPI_NAME.search(fold(key)))
            )
            # "70% of the alerts sent are Actionable Alerts": a class judged by a quality,
            # named in the success criteria, is what the KPI counts
            or (
                any("success_criteria" in s.topics for s, _b, _st, _e in places)
                and bool(_JUDGED_CLASS.match(fold(key)))
            )
        ):
            continue
        if glossary.key(key) in reported:
            continue
        done.add(key)
        sec, block, start, end = places[0]
        if not is_defined(block.text[start:end], folded_doc):
            ctx.add(rule, rule.severity, sec, block, start, end)
    if not defs:
        return
    # « environ 180 références actives » next to a defined « Référence »
    for sec, block in scope:
        if id(sec) in {id(s) for s in defs}:
            continue
        for start, end, key, counted in glossary.qualified_terms(ctx.folded(block), defined):
            if key in done or key in defined:
                continue
            done.add(key)
            if not is_defined(block.text[start:end], folded_doc):
                # a class of judgement that sets no quantity is worth a word, no more
                ctx.add(rule, rule.severity if counted else "low", sec, block, start, end)


def _vague(rule: Rule, ctx: _Context) -> None:
    _forbid(rule, ctx)


def _added(rule: Rule, ctx: _Context) -> None:
    _forbid(rule, ctx)


def _unmatched(rule: Rule, ctx: _Context) -> None:
    flagged = {f.section for f in ctx.findings if f.kind == "added"}
    for sec in ctx.sections:
        if sec.topics or sec.kind not in ("clause", "annex") or sec.id in flagged:
            continue
        if not sec.text.strip() and not sec.title.strip():
            continue
        if is_definitions(sec, ctx.ruleset):
            continue  # the letter's vocabulary, not a clause the vendor added
        block, start, end = _heading_evidence(ctx, sec)
        ctx.add(rule, rule.severity, sec, block, start, end, topic=None)


def _mismatch(rule: Rule, ctx: _Context) -> None:
    from . import extract

    for sec, block in ctx.scope(rule):
        quantities = None
        for m in extract.number_mismatches(block.text):
            start, end = m.start, m.end
            if quantities is None:
                quantities = extract.quantities(block.text)
            # "trente (20)" -> "trente (20) jours": the evidence carries its unit
            for q in quantities:
                if q.start <= start < q.end or start <= q.start < end:
                    start, end = min(start, q.start), max(end, q.end)
            extra = ""
            if ctx.lang == "fr":
                extra = (
                    f"(en lettres : {_num(m.words_value)} ; en chiffres : {_num(m.digits_value)})"
                )
            else:
                extra = f"(in words: {_num(m.words_value)}; in digits: {_num(m.digits_value)})"
            ctx.add(rule, rule.severity, sec, block, start, end, extra=extra)


def _num(v) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


_CHECKS = {
    "missing": _missing,
    "require": _require,
    "forbid": _forbid,
    "limit": _limit,
    "define": _define,
    "vague": _vague,
    "added": _added,
    "mismatch": _mismatch,
}
