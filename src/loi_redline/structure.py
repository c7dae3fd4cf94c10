"""Split a Document into sections: preamble, clauses (articles), signature block, annexes.

Vendors' LOIs say "this is a heading" in many ways: a heading style (perhaps localized,
perhaps inherited), an outline level, an automatic "Article %1 –" number, a number typed by
hand ("ARTICLE 3 :", "3.1", "III."), a short bold or capitalised line, or a two-column term
sheet table where each row is a clause. Each block gets the strongest evidence it carries;
the weak kind (bold or capitals alone) only counts when the document offers nothing better,
so a bold sentence in a numbered contract never becomes a clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gcpause import without_cyclic_gc
from .model import Block, Document, Section

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_RPR = f"{{{_W}}}rPr"
_W_B = f"{{{_W}}}b"
_W_VAL = f"{{{_W}}}val"
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HAS_ARABIC_DIGIT = re.compile(r"[٠-٩۰-۹]")

# « Article deux », « Article dix-sept », "Section Twenty-One": a number in words, read as
# its number. Ordinals (« deuxième ») are read by _number_word.
_FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
             "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip


def _cardinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for units, teens, tens in (
        (_FR_UNITS, _FR_TEENS, {"vingt": 20, "trente": 30}),
        (_EN_UNITS, _EN_TEENS, {"twenty": 20, "thirty": 30}),
    ):
        out |= {w: i + 1 for i, w in enumerate(units)} | {w: i + 10 for i, w in enumerate(teens)}
        for word, value in tens.items():
            out[word] = value
            for i, u in enumerate(units):
                joined = f"{word} et {u}" if u == "un" else f"{word}-{u}"
                out[joined] = value + i + 1
    return out


_CARDINALS = _cardinals()

_ROMAN_OK = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ARTICLE = re.compile(
    r"^(?:article|art\.|art|section|clause|chapitre|titre|term)\s*"
    r"(premier|première|1er|1ère|(?:(?:dix|vingt|trente)(?:-| et )?)?"
    r"(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz"
    r"|vingt|trent|un)ième|"
    + "|".join(sorted(_CARDINALS, key=len, reverse=True))
    + r"|\d{1,3}(?:\.\d{1,3})*|[A-Z]{1,3}-\d{1,3}|[IVXLC]{1,7})(?![\w'’])"
    r"\s*(?:bis|ter)?\s*([-–—:.)/]*)\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Clause 10 (as regards the Deposit), and …", « Article 8 (pour ce qui concerne …) et … »: a
# number followed by a lower-case aside, or by a bracket the sentence goes on after, is cited
_CITED_BY_ASIDE = re.compile(
    r"\((?:[a-z]|[^)]{0,80}\)\s*(?:[,;]|(?:and|or|et|ou|shall|is|are|est|sont|of|de|du)\b))"
)
# « المادة الثانية », « المادة الحادية عشرة »: the article's ordinal in words
_AR_UNITS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
             "الثامنة", "التاسعة"]  # fmt: skip
_AR_ORDINALS = {w: i + 1 for i, w in enumerate(_AR_UNITS)} | {"الاولى": 1, "العاشرة": 10}
_AR_ORDINALS |= {"الحادية عشرة": 11, "الحادية عشر": 11}
_AR_ORDINALS |= {f"{w} عشرة": i + 11 for i, w in enumerate(_AR_UNITS) if i > 0}
_AR_ORDINALS |= {"العشرون": 20, "العشرين": 20}
# « البند الأول », « الفصل الثاني عشر »: a masculine noun takes the masculine ordinal
_AR_UNITS_M = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
               "التاسع"]  # fmt: skip
_AR_ORDINALS |= {w: i + 1 for i, w in enumerate(_AR_UNITS_M)} | {"الاول": 1, "العاشر": 10}
_AR_ORDINALS |= {"الحادي عشر": 11} | {f"{w} عشر": i + 11 for i, w in enumerate(_AR_UNITS_M) if i}
_ARABIC_ARTICLE = re.compile(
    r"^(?:ال)?(?:مادة|بند|فصل)\s*([0-9]{1,3}|"
    + "|".join(sorted(_AR_ORDINALS, key=len, reverse=True))
    + r")\s*[-–—:.)/]*\s*(.*)$",
    re.DOTALL,
)
# « أولا: التعريفات », « حادي عشر: السرية »: the ordinal adverbs Arabic letters number
# their parts with (with or without the tanween, « أولاً »)
_AR_ADVERBS = ["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
               "عاشرا"]  # fmt: skip
_AR_ADVERB_VALUES = {w: i + 1 for i, w in enumerate(_AR_ADVERBS)} | {"اولا": 1}
_AR_ADVERB_VALUES |= {"حادي عشر": 11} | {
    f"{w[:-1]} عشر": i + 11 for i, w in enumerate(_AR_ADVERBS[1:9], start=1)
}
_AR_ADVERB_VALUES |= {"الحادي عشر": 11, "عشرون": 20, "عشرين": 20}
# « الثاني عشر: الملكية الفكرية », « العشرون: … »: from eleven on, the article may come first
_AR_ADVERB_VALUES |= {"ال" + w: v for w, v in list(_AR_ADVERB_VALUES.items()) if v > 11}
_AR_ADVERB = re.compile(
    "^("
    + "|".join(sorted(_AR_ADVERB_VALUES, key=len, reverse=True))
    + ")\u064b?"
    + r"\s*[-–—:.)/]\s*(.*)$",
    re.DOTALL,
)
# « §1 Purpose », « § 2. Scope »: the section sign numbers a clause as « Article » does
_SECTION_SIGN = re.compile(r"^§\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*[-–—:.)]?\s+(\S.*)$", re.DOTALL)
_BARE_NUMBER = re.compile(r"^([1-9]\d?)\s+([A-ZÀ-Ý\u0600-\u06ff][^\d].*)$", re.DOTALL)
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)\s*([-–—.):/]?)\s+(\S.*)$", re.DOTALL)
_ROMAN = re.compile(r"^([IVXLC]{1,6})\s*[.)\-–—:]\s*(\S.*)$", re.DOTALL)
_LETTER = re.compile(r"^([A-Z])\s*[.)\-–—]\s+(\S.*)$", re.DOTALL)
# « A.1 Prix et échéancier », « B.2. – Exclusivité »: an annex's clauses under its letter
_LETTER_DECIMAL = re.compile(
    r"^([A-Z]\.\d{1,2}(?:\.\d{1,2})*)\.?\s*(?:[–—:-]\s*)?\s(\S.*)$", re.DOTALL
)
_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|título|titolo|überschrift|kop|nagłówek|заголовок|عنوان)\s*(\d)$",
    re.IGNORECASE,
)
_TITLE_STYLE = re.compile(r"^(?:title|titre|subtitle|sous-titre|titre principal)$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^[\[({<«]\s*[^\])}>»]*[\])}>»]\s*[.:;,]?$|^[\s_.…\-–—]*$")
_ANNEX = re.compile(
    r"^(annexes?|annex|appendix|appendices|appendice|schedule|exhibit|attachment|pièce jointe|ملحق)"
    r"\b\s*(n[°o]\s*)?(\d{1,3}|[A-Z]|[IVX]{1,5})?(?![\w'’])\s*[-–—:.)/]*\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PREAMBLE = re.compile(
    r"^(entre les soussign|entre\s*:|entre$|between|by and between|préambule|preambule|"
    r"pr[ée]alablement|il a été (préalablement )?(exposé|convenu|arrêté)|"
    r"il est (préalablement )?(exposé|convenu|arrêté)|exposé|expose préalable|considérant|"
    r"attendu que|vu |recitals|whereas|background|now,? therefore|it is agreed|"
    r"ci-après|d'une part|d’une part|d'autre part|d’autre part|et\s*:?$|and\s*:?$|"
    r"lettre d'intention|lettre d’intention|letter of intent|term sheet|"
    r"protocole d'accord|protocole d’accord|تمهيد|بين)",
    re.IGNORECASE,
)
# The rows of a letter set in a table that belong to its preamble: its title, the parties
# (not "Background", a clause of its own when it has its row)
_TABLE_PREAMBLE = re.compile(
    r"^(entre les soussign|entre\s*:|entre$|between|by and between|préambule|preambule|"
    r"lettre d'intention|lettre d’intention|letter of intent|رسالة نوايا|تمهيد|بين)",
    re.IGNORECASE,
)
# A party's block (« ci-après « le Client » », (together "RotaNet")) or a letter's subject
# line, set in bold like the clause headings of a letter with no heading style: still the
# preamble.
_SUBJECT_LEAD = r"^(?:subject|re|objet|concerne)\s*:\s*"
_PARTY_OR_SUBJECT = re.compile(
    r"(ci-?apr[eè]s|hereinafter|hereafter)\b[^.;]{0,40}[«\"“]"
    r"|\(\s*(together|collectively|jointly|ensemble|conjointement)?,?\s*(the |le |la |l.)?[«\"“]"
    r"[^»\"”]{2,40}[»\"”]\s*\)"
    rf"|{_SUBJECT_LEAD}(la |une |the |a )?(lettre d.intention|letter of intent|"
    r"loi\b|proposition|offre|proposal|offer|term sheet|projet|project)",
    re.IGNORECASE,
)
# « Alger, le 12 mars 2026 », "Istanbul / Sétif, 12 March 2026": the place and date of the
# letter, never its title.
_PLACE_DATE = re.compile(
    r"^[^\d,]{2,60},\s*(le\s+)?(\d{1,2}(er)?\s+\w+|\w+\s+\d{1,2},?)\s+\d{4}\.?$", re.IGNORECASE
)
# A letter-format LOI ends like a letter: its closing formula, or the request to sign and
# return a copy, ends the clauses just as « Fait à » does in a contract-format one.
_CLOSING = (
    r"veuillez agréer|veuillez recevoir|nous vous prions d.agréer|je vous prie d.agréer|"
    r"(nous vous remercions|merci) de (bien vouloir )?nous (retourner|renvoyer)|"
    r"yours (faithfully|sincerely)|sincerely,?\s*$|kind regards|best regards|"
    r"please (sign|countersign)"
)
_SIGNATURE = re.compile(
    r"^(fait à|fait a |fait en \w+ exemplaires|fait le |établi en|in witness whereof|"
    + _CLOSING
    + r"|"
    r"lu et approuvé|bon pour accord|signature|signatures|signé|signed|by\s*:|"
    r"name\s*:|print name|nom\s*(et prénoms?)?\s*:|prénom|titre\s*:|title\s*:|qualité\s*:|"
    r"fonction\s*:|cachet|date\s*:|pour\s*\[|nom\b[^:]{0,30}:|"
    # « Pour le Client », « Pour la société X »; not « Pour l'application de la présente
    # lettre, on entend par : », which opens a definitions list
    r"pour (le|la|l'|l’)(?!\s*(application|exécution|execution|réalisation|besoins?|durée|"
    r"ensemble|mise|période|suite|compte|avenir|essentiel|interprétation|lecture)\b)\s*\S*|"
    r"for (and on behalf of|the)\s|"
    r"the (provider|customer|client|vendor|supplier)\s*:|le (prestataire|client)\s*:|"
    r"حرر في|التوقيع|الإمضاء)",
    re.IGNORECASE,
)
_SIGNATURE_LABEL = (
    r"(signature|signatures|print name|name|nom|prénoms?|title|titre|date|qualité|fonction|by|"
    r"cachet|stamp|seal|legal notice address|contact address|address|adresse)"
)
# "Signature", or labels run together in one box: « Date, signature et cachet »
_SIGNATURE_SHORT = re.compile(
    rf"^{_SIGNATURE_LABEL}(\s*(,|et|and|&|/)\s*{_SIGNATURE_LABEL})*\s*:?$",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    # str.split() already splits on no-break and thin spaces (U+00A0, U+202F, ...)
    return " ".join(text.split())


_LONG = 250  # characters: no title is this long, every paragraph this long is body text


def _lead(text: str) -> str:
    """The cleaned start of a paragraph. Every decision here is about titles, so a long
    paragraph is judged on its first characters (and flagged long by its caller), which
    keeps a 100 000-paragraph file fast."""
    return _clean(text[:_LONG])


def _words(text: str) -> int:
    return len(text.split())


def _roman_ok(s: str) -> bool:
    return bool(s) and bool(_ROMAN_OK.match(s.upper()))


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    digits = [values[c] for c in s.upper()]
    for k, v in enumerate(digits):
        total += -v if k + 1 < len(digits) and digits[k + 1] > v else v
    return total


# « ARTICLE DEUXIÈME », « Article dix-septième »: an ordinal in words is read as its number.
_ORDINAL_UNITS = {
    "un": 1, "deux": 2, "trois": 3, "quatr": 4, "cinqu": 5, "six": 6, "sept": 7, "huit": 8,
    "neuv": 9, "dix": 10, "onz": 11, "douz": 12, "treiz": 13, "quatorz": 14, "quinz": 15,
    "seiz": 16, "vingt": 20, "trent": 30,
}  # fmt: skip
_ORDINAL = re.compile(r"^(?:(dix|vingt|trente)(?:-| et )?)?(\w+?)ième$")


def _number_word(n: str) -> str:
    low = n.lower()
    if low in ("premier", "première", "1er", "1ère"):
        return "1"
    if n in _AR_ORDINALS:
        return str(_AR_ORDINALS[n])
    if low in _CARDINALS:
        return str(_CARDINALS[low])
    m = _ORDINAL.match(low)
    if m and m.group(2) in _ORDINAL_UNITS:
        tens = {"dix": 10, "vingt": 20, "trente": 30}.get(m.group(1) or "", 0)
        return str(tens + _ORDINAL_UNITS[m.group(2)])
    return n.translate(_ARABIC_DIGITS).rstrip(".")


def _tidy_title(title: str) -> str:
    return _clean(title).strip(" \t-–—:.;,")


def _sentence_like(text: str) -> bool:
    """Body text rather than a title: long, or a full sentence."""
    n = _words(text)
    return n > 15 or (n > 6 and text.rstrip()[-1:] in ".;")


def _is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.match(text))


@dataclass
class _Head:
    index: int
    number: str | None
    title: str
    level: int
    strong: bool  # style, outline, auto-numbering or typed number (not bold/caps alone)
    kind: str = "clause"
    consumed: tuple[int, ...] = ()  # following blocks that only continue the heading
    run_in: bool = False  # the heading block also carries the clause's first words


_ARTICLE_STARTS = frozenset({"art", "sec", "cla", "cha", "tit", "ter"})  # "Term 1 – Purpose"
_LETTER_SEPS = frozenset(" .)-–—")
_ANNEX_STARTS = frozenset({"ann", "app", "sch", "exh", "att", "piè", "pie", "ملح"})


def manual_number(text: str) -> tuple[str, str, str, int] | None:
    """A number typed at the start of a heading: (family, number, rest, depth).

    family is "article", "decimal" (« § 2 » too), "roman", "letter" or "adverb" (« أولا: »);
    depth counts the parts of a dotted number ("3.1" → 2). None when the text does not
    start with a number.
    """
    t = _clean(text)
    if not t:
        return None
    if _HAS_ARABIC_DIGIT.search(t, 0, 40):
        t = t.translate(_ARABIC_DIGITS)
    first = t[0]
    # each pattern is tried only where its first characters could start it: most
    # paragraphs start with a plain word and are dismissed without a regex
    m = _SECTION_SIGN.match(t) if first == "§" else None
    if m:
        return "decimal", m.group(1), m.group(2), m.group(1).count(".") + 1
    m = _ARTICLE.match(t) if t[:3].lower() in _ARTICLE_STARTS else None
    if m:
        num = _number_word(m.group(1))
        sep, rest = m.group(2), m.group(3)
        if re.fullmatch(r"[A-Za-z]{1,3}-\d{1,3}", num):
            # an annex's own series, « Article CP-1 – Hébergement »; "article L-1243 du
            # Code" (no separator, no title) is a citation
            if not (sep and rest[:1].isupper()):
                return None
            return "article", num.upper(), rest, 1
        if num[:1].isalpha() and not (_roman_ok(num) and _roman_value(num) <= 40):
            return None  # "article L. 1243-1 du Code du travail" cites a law
        if not sep and rest[:1].islower():
            return None  # "Article 3 du présent accord" is a reference, not a heading
        if not sep and _CITED_BY_ASIDE.match(rest):
            # "Clause 10 (as regards the Deposit), and Clauses 11, 12 … are binding": the
            # sentence cites the clause; a heading's bracket holds its title, « (Prix) »
            return None
        # « Article 2 / المادة الثانية – Définitions »: the same number said again in Arabic
        again = (
            _ARABIC_ARTICLE.match(rest) if rest[:1] and "\u0600" <= rest[0] <= "\u06ff" else None
        )
        if again and _number_word(again.group(1)) == _number_word(num):
            rest = again.group(2)
        return "article", num.upper() if num.isalpha() else num, rest, num.count(".") + 1
    m = _ARABIC_ARTICLE.match(t) if "\u0600" <= first <= "\u06ff" else None
    if m:
        return "article", _number_word(m.group(1)), m.group(2), 1
    m = _AR_ADVERB.match(t) if "\u0600" <= first <= "\u06ff" else None
    if m:
        return "adverb", str(_AR_ADVERB_VALUES[m.group(1)]), m.group(2), 1
    m = _DECIMAL.match(t) if first.isdigit() else None
    if m:
        num = m.group(1)
        if int(num.split(".")[0]) == 0:
            return None
        # "3 Rue ..." or "12 mois" are not numbered headings: a bare number needs a dot,
        # a bracket or a dash after it
        if "." not in num and not m.group(2) and not m.group(3):
            return None
        return "decimal", num, m.group(4), num.count(".") + 1
    if not "A" <= first <= "Z":
        return None
    m = _ROMAN.match(t) if first in "IVXLC" else None
    if m and _roman_ok(m.group(1)):
        return "roman", m.group(1), m.group(2), 1
    m = _LETTER_DECIMAL.match(t) if t[1:2] == "." and t[2:3].isdigit() else None
    if m and m.group(2)[:1].isupper():
        return "decimal", m.group(1), m.group(2), m.group(1).count(".") + 1
    m = _LETTER.match(t) if t[1:2] in _LETTER_SEPS else None
    if m:
        return "letter", m.group(1), m.group(2), 1
    return None


class _Styles:
    """Which heading styles this document uses for headings, and which it abuses."""

    def __init__(self, blocks: list[Block]):
        counts: dict[str, list[int]] = {}
        for b in blocks:
            if _style_level(b) is None or not b.text.strip():
                continue
            c = counts.setdefault(b.style_id or "", [0, 0])
            c[0] += 1
            if len(b.text) > _LONG or _sentence_like(_lead(b.text)):
                c[1] += 1
        # a "heading" style that holds a quarter of sentences is the document's body style
        self.abused = {sid for sid, (n, s) in counts.items() if s * 4 >= n and s}


def _style_level(b: Block) -> int | None:
    if b.outline_level is not None:
        return b.outline_level
    return _name_level(b.style_name, b.style_id)


@functools.lru_cache(maxsize=256)
def _name_level(style_name: str | None, style_id: str | None) -> int | None:
    """The level a style's name gives ("heading 2", "Titre 2" → 1) when styles.xml gives
    it no outline level."""
    for name in (style_name, style_id):
        if name:
            m = _HEADING_STYLE.match(name.strip())
            if m and m.group(1) != "0":
                return int(m.group(1)) - 1
    return None


_TOC_STYLE = re.compile(r"^(toc|tm|table des matières|inhaltsverzeichnis)\s*\d*$", re.I)
_TOC_LINE = re.compile(r"^.{1,150}\t\s*[.…·_ ]*\d{1,4}$")


# a few verbs that make a line a sentence rather than a title
_VERB = re.compile(
    r"\b(est|sont|sera|seront|doit|doivent|peut|peuvent|s'engage|s’engage|s'engagent|"
    r"s’engagent|ont|shall|will|is|are|may|must|has|have|agrees?)\b",
    re.IGNORECASE,
)
_PRONOUN_LEAD = re.compile(
    r"(?:we|you|they|it|he|she|this|these|each|either|neither|nous|vous|ils|elles|il|elle|"
    r"chacune?|celui-ci|celle-ci|ce|cette|ces)\s",
    re.IGNORECASE,
)
_RUN_IN = re.compile(r"^(\w[^.:;!?]{0,78}?)\s*[.:](?:\s+(?=\S)|\s*$)")


def _run_in(text: str) -> str | None:
    """The title of a run-in heading: "Access and Use. During the term..." → "Access and
    Use". None when the first sentence is too long to be a title."""
    m = _RUN_IN.match(text)
    if not m:
        return None
    head = m.group(1)
    if not 1 <= _words(head) <= 8 or not head[:1].isupper() or _VERB.search(head):
        return None
    if _PRONOUN_LEAD.match(head):
        return None  # "10.2 We keep ownership of the Tools. We grant…": a sentence
    return head


def _toc_entry(b: Block) -> bool:
    """A line of a table of contents repeats a heading; it is not one."""
    for name in (b.style_id, b.style_name):
        if name and _TOC_STYLE.match(name.strip()):
            return True
    return "\t" in b.text[:160] and bool(_TOC_LINE.match(b.text.strip()))


def _classify(i: int, b: Block, text: str, styles: _Styles, in_table: bool) -> _Head | None:
    """The heading `b` would be, or None; `text` is `_lead(b.text)`."""
    if not text or _is_placeholder(text) or _toc_entry(b):
        return None
    outline = _style_level(b)
    if outline is not None and (b.style_id or "") in styles.abused:
        outline = None
    manual = manual_number(text)
    auto = b.number if b.label is not None else None
    label = _clean(b.label) if b.label else ""
    long = len(b.text) > _LONG
    sentence = long or _sentence_like(text)

    if manual and manual[0] == "article":
        _, num, rest, depth = manual
        rest = _clean(rest)
        if (
            long
            or _words(rest) > 25
            or (rest and _sentence_like(rest) and (_words(rest) > 12 or _VERB.search(rest)))
        ):
            # "Article 3 – Prix. Le prix est..." : heading and body in one paragraph;
            # "Article 3. Le prix est..." : an article without a title
            head = _run_in(rest)
            return _Head(i, num, _tidy_title(head) if head else "", depth, True, run_in=True)
        return _Head(i, num, _tidy_title(rest), depth, True)
    if in_table and outline is None:
        return None
    if auto is not None and label:
        has_article = bool(re.match(r"^(article|art\.?|section|clause|chapitre)\b", label, re.I))
        # "(a)", "(iii)": items of a list inside a clause, unless set off as a heading
        sub_item = auto[:1].islower()
        emphatic = (b.bold or b.caps) and _words(text) <= 15
        plain_title = _words(text) <= 8 and (
            text[-1:] not in ".;:," or (text[-1:] == "." and _words(text) <= 6)
        )
        level = (b.num_level or 0) + 1
        if has_article and sentence:
            # "Article 4 –" followed straight by the clause's text: a numbered article
            # without a title, or with a run-in one
            head = _run_in(text)
            return _Head(i, auto, _tidy_title(head) if head else "", level, True, run_in=True)
        if has_article or (outline is not None and not sentence):
            return _Head(i, auto, _tidy_title(text), level, True)
        if not sentence and (emphatic or (plain_title and not sub_item)):
            return _Head(i, auto, _tidy_title(text), (b.num_level or 0) + 1, True)
        head = _run_in(text) if not sub_item else None
        if head is not None:
            return _Head(i, auto, _tidy_title(head), (b.num_level or 0) + 1, True, run_in=True)
        return None
    if outline is not None and not sentence:
        if manual:
            _, num, rest, depth = manual
            return _Head(i, num, _tidy_title(rest), outline + 1, True)
        # "1 Purpose", "2 Scope": a heading style says the bare number is the article's
        bare = _BARE_NUMBER.match(text)
        if bare:
            return _Head(i, bare.group(1), _tidy_title(bare.group(2)), outline + 1, True)
        return _Head(i, None, _tidy_title(text), outline + 1, True)
    if manual:
        family, num, rest, depth = manual
        rest_c = _clean(rest)
        if not rest_c or _is_placeholder(rest_c):
            return None
        if depth >= 2 and rest_c.endswith(":") and _words(rest_c) >= 6:
            return None  # "1.1 In this letter, the following terms have the meaning below:"
        short = _words(rest_c) <= 12 and rest_c[-1:] not in ".;,"
        emphatic = (b.bold or b.caps) and _words(rest_c) <= 15
        if family == "adverb" and (long or not short or _sentence_like(rest_c)):
            return None  # « أولا: يلتزم المورد … »: the first point of a clause, not a part
        if long or not (short or emphatic) or _sentence_like(rest_c):
            head = _run_in(rest_c) if family in ("decimal", "roman") else None
            if head is None:
                return None
            level = depth if family == "decimal" else 1
            h = _Head(i, num, _tidy_title(head), level, True, kind=family, run_in=True)
            return h
        if family == "letter" and not emphatic:
            return None
        level = depth if family == "decimal" else 1
        if family == "letter":
            level = 2
        h = _Head(i, num, _tidy_title(rest_c), level, True)
        h.kind = family  # refined into levels later
        return h
    if (b.bold or b.caps) and not sentence and _words(text) <= 12 and len(text) <= 120:
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 2 and text[-1:] not in ",;" and not text[:1].islower():
            return _Head(i, None, _tidy_title(text), 1, False)
    lead = _bold_lead(b) if not b.table else None
    if lead:
        return _Head(i, None, lead, 1, False, run_in=True)
    return None


def _child(el, tag: str):
    """`el.find(tag)` for a plain tag: a loop over the children is several times faster
    than lxml's path machinery, which shows on a 200 000-paragraph file."""
    for c in el:
        if c.tag == tag:
            return c
    return None


def _run_bold(run) -> bool:
    rpr = _child(run, _W_RPR)
    if rpr is None:
        return False
    b = _child(rpr, _W_B)
    return b is not None and b.get(_W_VAL, "1").lower() not in ("0", "false", "off")


_CHAPTER = re.compile(r"^(chapitre|titre|partie|part|chapter|title|الباب|الفصل)\b", re.IGNORECASE)


def _chapters_of_leads(blocks: list[Block], strong: list[_Head], heads: dict[int, _Head]) -> bool:
    """Whether the strong headings are chapters whose clauses are paragraphs titled by a
    bold lead-in: every strong heading a chapter's, and twice as many lead-ins at least."""
    leads = [h for h in heads.values() if not h.strong and h.run_in and h.number is None]
    return (
        len(leads) >= 6
        and len(leads) >= 2 * len(strong)
        and all(_CHAPTER.match(_clean(blocks[h.index].text)) for h in strong)
    )


def _bold_lead(b: Block) -> str | None:
    """A bold lead-in that titles its paragraph, as letters are drafted: "**Exclusivité** :
    pendant une durée de...", "**Fees.** The Customer will pay...". Only bold set on the
    run itself counts."""
    if b.bold or not b.spans or not b.spans[0].run.tag.endswith("}r"):
        return None
    end = 0
    run, bold = None, False
    for sp in b.spans:
        if sp.run is not run:  # a run's text is often held by several spans
            run, bold = sp.run, _run_bold(sp.run)
        if not bold:
            break
        end = sp.end
    lead = b.text[:end].strip()
    rest = b.text[end:].lstrip()
    if not lead or not rest:
        return None
    if lead[-1:] not in ".:" and rest[:1] not in ".:–—-":
        return None  # bold words inside a sentence, not a title
    title = _tidy_title(lead)
    if not title or not 1 <= _words(title) <= 8 or not title[:1].isupper() or _VERB.search(title):
        return None
    return title


def _table_groups(blocks: list[Block]) -> dict[int, list[int]]:
    """Top-level table index -> indices of its blocks (nested tables included)."""
    out: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.table:
            out.setdefault(b.table[0], []).append(i)
    return out


def _cells(blocks: list[Block], idx: list[int]) -> dict[tuple[int, int], list[int]]:
    cells: dict[tuple[int, int], list[int]] = {}
    for i in idx:
        t = blocks[i].table
        if t is not None and len(t) >= 3:
            cells.setdefault((t[1], t[2]), []).append(i)
    return cells


def _first_text(blocks: list[Block], idx: list[int]) -> str:
    return next((_clean(blocks[i].text) for i in idx if blocks[i].text.strip()), "")


def _cell_text(blocks: list[Block], idx: list[int]) -> str:
    return _clean(" ".join(blocks[i].text for i in idx))


# The heading of a schedule's or a price list's second column: its rows give dates or sums
# ("After delivery of the Pilot Report" included), not the terms of a clause.
_SCHEDULE_HEAD = re.compile(
    r"^((indicative|estimated|planned|target|provisional|expected|proposed|tentative)\s+)?"
    r"(timing|dates?|deadlines?|due dates?|when|schedule|period|duration|amounts?|prices?|fees?|"
    r"échéances?|dates? (cible|prévue)s?|délais?|calendrier|période|durée|quand|montants?|prix|"
    r"tarifs?|الموعد|التاريخ|الآجال|الأجل|المدة|المبلغ|السعر)\b",
    re.IGNORECASE,
)
_NUMBER_CELL = re.compile(r"^(n[°o]|#|\d{1,2}|[IVX]{1,5}|[A-Z])?[.)]?$", re.IGNORECASE)
# A cell that states a value, not a clause: « 12 mars 2027 », « du 5 avril au 4 juin 2027 »,
# « 1 900 000 DA HT », "week 9": a few words with a figure.
_VALUE_WORDS = 12


def _term_sheet(blocks: list[Block], idx: list[int]) -> list[tuple]:
    """Rows of a term sheet: (row, name-cell blocks, terms-cell blocks, number-cell blocks);
    [] when the table is something else (a layout grid, a price list, a signature table).
    Two columns (name | terms), or three when the first only numbers the rows."""
    cells = _cells(blocks, idx)
    rows: dict[int, dict[int, list[int]]] = {}
    for (r, c), ids in cells.items():
        rows.setdefault(r, {})[c] = ids
    if len(rows) < 2:
        return []
    width = max(len(row) for row in rows.values())
    if width == 3:
        if not all(
            len(row) != 3 or _NUMBER_CELL.match(_cell_text(blocks, row.get(0, [])))
            for row in rows.values()
        ):
            return []
    elif width > 3:
        return []
    out = []
    left_words = []
    right_words = []
    signature_rows = 0
    for r in sorted(rows):
        row = rows[r]
        numcol: list[int] = []
        if width == 3 and len(row) == 3:
            numcol, left, right = row.get(0, []), row.get(1, []), row.get(2, [])
        else:
            left, right = row.get(0, []), row.get(1, [])
        lt, rt = _first_text(blocks, left), _cell_text(blocks, right)
        if len(row) == 1 and _words(lt) > 12:
            return []  # a paragraph across the table, not a section title
        if _SIGNATURE_SHORT.match(lt) or _SIGNATURE.match(lt) or _PARTY_BOX.match(lt):
            signature_rows += 1
        left_words.append(_words(lt))
        right_words.append(_words(rt))
        out.append((r, left, right, numcol))
    filled = [w for w in left_words if w]
    if not filled or max(filled) > 12 or sum(filled) / len(filled) > 6:
        return []
    if sum(right_words) < sum(left_words) or sum(1 for w in right_words if w) * 2 < len(rows):
        return []
    if signature_rows * 2 >= len(rows):
        return []
    r0, left0, right0, num0 = out[0]
    if _header_row(blocks, num0 + left0 + right0, True):
        if _SCHEDULE_HEAD.match(_cell_text(blocks, right0).strip()):
            return []  # « Étape | Échéance », "Step | Timing": a schedule, whatever its rows say
        out[0] = (r0, [], num0 + left0 + right0, [])  # kept as text of what precedes
    # A schedule (« Étape | Échéance ») or a price list (« Poste | Montant ») inside a
    # clause: most rows give a date or an amount, where a term sheet's rows give terms.
    # (« 10 décembre 2026 | Atelier de cadrage »: the date may come first)
    named = [(_first_text(blocks, r[1]), _cell_text(blocks, r[2])) for r in out if r[1]]
    values = [
        (lt, rt)
        for lt, rt in named
        if (_words(rt) <= _VALUE_WORDS and any(c.isdigit() for c in rt))
        or (any(c.isdigit() for c in lt) and not manual_number(lt) and not _NUMBER_CELL.match(lt))
    ]
    if len(values) * 2 > len(named):
        return []
    return out


_PARTY = re.compile(
    r"^((bon pour accord,? )?pour (le|la|l'|l’)\s*\S+|for and on behalf|(the )?(provider|customer|client|vendor|"
    r"supplier|party \d|prestataire|fournisseur|partie \d)\s*:|(le|la) (prestataire|client|"
    r"fournisseur|société)\s*:?$)",
    re.IGNORECASE,
)
# a party's box over a signature: « Pour NEURALIS SARL », case kept (« pour information »
# opens a sentence, not a box)
_PARTY_BOX = re.compile(
    r"^([Bb]on pour accord,? )?([Pp]our|[Ff]or) [A-Z][^.;:]{0,60}$|^عن (ال)?[^\W\d_][^.;:]{0,40}$"
)
_STRONG_SIGNATURE = re.compile(
    r"^(fait à|fait a |fait en|fait le|in witness|lu et approuvé|bon pour accord|" + _CLOSING + r"|"
    r"pour (le|la|l'|l’)\s*\S+\s*:?$|for and on behalf|حرر في)",
    re.IGNORECASE,
)


def _signature_table(blocks: list[Block], idx: list[int]) -> bool:
    """A table of signature boxes: at least two different labels ("Signature", "Name",
    "Date"), or the parties' names over a label. A price table whose schedule says "at
    signature" is not one."""
    labels = set()
    parties = 0
    for i in idx:
        t = _clean(blocks[i].text)
        if not t or _words(t) > 8:
            continue
        if _SIGNATURE_SHORT.match(t):
            labels.add(t.lower().rstrip(" :"))
        # « عن مقدم الخدمة / Pour le Prestataire »: a bilingual box says it twice
        elif any(_PARTY.match(p) or _PARTY_BOX.match(p) for p in map(str.strip, t.split("/"))):
            parties += 1
    return len(labels) >= 2 or (parties >= 1 and labels) or parties >= 2


def _header_row(blocks: list[Block], ids: list[int], first: bool) -> bool:
    """A repeated header row ("Rubrique | Conditions") names the columns, not a clause."""
    if not ids:
        return False
    texts = [blocks[i] for i in ids if blocks[i].text.strip()]
    if not all(b.bold and _words(b.text) <= 4 for b in texts):
        return False
    tr = blocks[ids[0]].element
    while tr is not None and not str(tr.tag).endswith("}tr"):
        tr = tr.getparent()
    if tr is not None and tr.find(f"{{{_W}}}trPr/{{{_W}}}tblHeader") is not None:
        return True
    return first and len(texts) >= 2


_ANNEX_PROSE = re.compile(r"(?:au|aux|à|a|du|de|des|to|of|hereto|ci-jointe?s?)\b", re.I)


def _annex(b: Block, text: str, after_signature: bool) -> tuple[str | None, str] | None:
    if text[:3].lower() not in _ANNEX_STARTS or len(b.text) > _LONG:
        return None
    m = _ANNEX.match(text)
    if not m or _words(text) > 15:
        return None
    rest = _clean(m.group(4) or "")
    number = m.group(3)
    # "annexé au présent..." is prose; « Annexe tarifaire » set as a heading is an annex,
    # and its adjective no title of its own
    adjective = rest[:1].islower() and not number
    if adjective and (
        not (b.outline_level is not None or b.bold) or _words(rest) > 4 or _ANNEX_PROSE.match(rest)
    ):
        return None
    if not (after_signature or b.bold or b.caps or b.outline_level is not None or b.label):
        return None
    if adjective:
        return None, _tidy_title(text)
    return number.upper() if number else None, _tidy_title(rest) or _tidy_title(text)


def sections(doc: Document) -> list[Section]:
    """The sections of `doc` in reading order; the first is always the preamble.

    Every body block lands in exactly one section, as its heading or in its blocks, except
    the second paragraph of a heading written over two ("ARTICLE 3" / "PRIX"), which only
    completes the title. A run-in heading ("2.1 Access and Use. During the term...") is
    both the heading and the first of the blocks, since its paragraph carries the clause's
    text. A term-sheet row's section has the name cell's paragraph as heading and the rest
    of the row as blocks; the signature and preamble sections have no heading.
    """
    return _sections(doc)


# as in read(): the reader's millions of objects are still alive, and the cyclic collector
# would walk them again and again while this allocates its small ones
@without_cyclic_gc
def _sections(doc: Document) -> list[Section]:
    blocks = doc.blocks
    leads = [_lead(b.text) for b in blocks]
    styles = _Styles(blocks)

    tables = _table_groups(blocks)
    term_rows: dict[int, tuple] = {}  # first block of a term-sheet row -> the row
    in_term: set[int] = set()
    sig_tables: set[int] = set()
    for t, idx in tables.items():
        rows = _term_sheet(blocks, idx)
        if rows:
            for row in rows:
                ids = row[1] + row[2] + row[3]
                if ids:
                    term_rows[min(ids)] = row
                    in_term.update(ids)
        elif _signature_table(blocks, idx):
            sig_tables.add(t)

    heads: dict[int, _Head] = {}
    for i, b in enumerate(blocks):
        if i in in_term:
            continue
        h = _classify(i, b, leads[i], styles, b.table is not None)
        if h is not None:
            heads[i] = h
    _merge_continuations(blocks, heads, leads)

    strong = [h for h in heads.values() if h.strong]
    if len(strong) >= 2:
        if _chapters_of_leads(blocks, strong, heads):
            # « Chapitre 2 – Travaux » over paragraphs « Livrables. Le Prestataire… »: the
            # chapters group the clauses, each bold lead-in titles one
            for h in heads.values():
                if not h.strong:
                    h.level = 2
        else:
            heads = {i: h for i, h in heads.items() if h.strong or _special_lead(leads[i])}
    _assign_levels(heads)
    _items_under_headings(blocks, heads)

    out: list[Section] = []
    preamble = Section(id="", number=None, title="", level=1, kind="preamble", heading=None)
    out.append(preamble)
    cur = preamble
    first_numbered = min((i for i, h in heads.items() if h.number), default=None)
    last_numbered = max((i for i, h in heads.items() if h.number and h.level == 1), default=None)
    # the first line of a document is its title, not a clause, unless it is numbered
    first_text = next((i for i, b in enumerate(blocks) if b.text.strip()), None)
    seen_clause = False
    phase = "preamble"
    consumed: set[int] = set()
    for h in heads.values():
        consumed.update(h.consumed)
    n = len(blocks)

    for i, b in enumerate(blocks):
        if i in consumed:
            continue
        text = leads[i]
        h = heads.get(i)
        row = term_rows.get(i)

        if row is not None:
            _, left, right, numcol = row
            title = _first_text(blocks, left)
            manual = manual_number(title)
            number = _cell_text(blocks, numcol).strip(" .)") or None
            if number and number.lower() in ("n°", "no", "#"):
                number = None
            if manual:
                number, title = manual[1], _clean(manual[2]) or title
            if not title or phase == "signature":
                # a table after the signature marker (« For X | For Y », names, titles) is
                # the signature block laid out in rows, not a term sheet's clauses
                cur.blocks.extend(blocks[j] for j in numcol + left + right)
                continue
            if phase == "preamble" and not number and _TABLE_PREAMBLE.match(title):
                # a letter set in a table: its title row and « Entre les soussignés » row
                # (the parties) are the preamble, not clauses
                cur.blocks.extend(blocks[j] for j in numcol + left + right)
                if not preamble.title:
                    preamble.title = _preamble_title(_tidy_title(title), title)
                continue
            head = next((j for j in left if blocks[j].text.strip()), (left or right)[0])
            cur = Section(
                id="",
                number=number,
                title=_tidy_title(title),
                level=1,
                kind="clause",
                heading=blocks[head],
                blocks=[blocks[j] for j in numcol + left + right if j != head],
            )
            out.append(cur)
            phase = "clause"
            seen_clause = True
            continue
        if i in in_term:
            continue  # already placed with its row

        # the signature block: a marker line or a signature table, once clauses began
        if phase != "signature" and (h is None or not h.strong):
            sig_start = False
            later = last_numbered is None or i > last_numbered
            if b.table is not None and b.table[0] in sig_tables:
                sig_start = seen_clause or i > n // 2
            elif (
                text
                and (
                    len(b.text) <= _LONG
                    or text[:4].lower() in ("fait", "in w")
                    or re.match(_CLOSING, text, re.IGNORECASE)
                )
                and (_SIGNATURE.match(text) or _SIGNATURE_SHORT.match(text))
            ):
                strong_marker = bool(_STRONG_SIGNATURE.match(text))
                short = (_words(text) <= 12 and len(b.text) <= _LONG) or re.match(
                    rf"^(fait|in witness|{_CLOSING})", text, re.I
                )
                # a lone "Date :" between two numbered articles is a form field, not the
                # signature block
                sig_start = bool(short) and (seen_clause or i > n // 2) and (strong_marker or later)
                # « Date | Étape »: a column named "Date" in a table that is no signature
                # table names the column, it does not open the signature block
                sig_start = sig_start and (b.table is None or strong_marker)
            if sig_start and phase != "signature":
                cur = Section(
                    id="", number=None, title="Signatures", level=1, kind="signature", heading=None
                )
                out.append(cur)
                phase = "signature"
                cur.blocks.append(b)
                continue

        # "Annexe 1 – Cahier des charges" opens an annex; an auto-numbered article titled
        # "Annexes" (it lists them) stays a clause
        annex = _annex(b, text, phase == "signature") if text else None
        if annex is not None and (h is None or not h.number or phase == "signature"):
            number, title = annex
            cur = Section(id="", number=number, title=title, level=1, kind="annex", heading=b)
            out.append(cur)
            phase = "annex"
            continue

        if h is not None:
            if phase == "preamble" and (
                (_PREAMBLE.match(h.title or text) and not _numbered_purpose(h))
                or (h.number is None and first_numbered is not None and i < first_numbered)
                or (h.number is None and i == first_text and len(heads) + len(term_rows) > 1)
                or (h.number is None and not seen_clause and _PARTY_OR_SUBJECT.search(b.text))
            ):
                cur.blocks.append(b)
                if not preamble.title:
                    preamble.title = _preamble_title(h.title, b.text)
                continue
            if phase == "signature" and not h.number:
                cur.blocks.append(b)
                continue
            kind = "annex" if phase == "annex" and (h.level > 1 or not h.number) else "clause"
            cur = Section(
                id="",
                number=h.number,
                title=h.title,
                level=h.level,
                kind=kind,  # type: ignore[arg-type]
                heading=b,
                blocks=[b] if h.run_in else [],
            )
            out.append(cur)
            if kind == "clause":
                phase = "clause"
                seen_clause = True
            continue
        if cur is preamble and not preamble.title and text and _words(b.text) <= 15:
            preamble.title = _preamble_title(_tidy_title(text), b.text)
        cur.blocks.append(b)

    if not preamble.title:
        preamble.title = "Préambule"
    for k, s in enumerate(out):
        s.id = f"s{k}"
    return out


_PURPOSE = re.compile(r"\b(purpose|objective|objectives|aims?|objet|objectifs?|but)\b", re.I)


def _numbered_purpose(h) -> bool:
    """« 1. Background and Purpose »: a numbered heading that names the project's purpose
    beside its background is the first clause (the objective), not the preamble."""
    return bool(h.number) and bool(_PURPOSE.search(h.title or ""))


def _preamble_title(title: str, text: str) -> str:
    """The preamble's title from a heading in it: a subject line says what the letter is
    about; a party's block or the place and date do not."""
    subject = re.match(_SUBJECT_LEAD, text.strip(), re.IGNORECASE)
    if subject:
        return _tidy_title(text.strip()[subject.end() :])
    if _PLACE_DATE.match(text.strip()) or _PARTY_OR_SUBJECT.search(text):
        return ""
    return title


def _special_lead(text: str) -> bool:
    return bool(_ANNEX.match(text) or _PREAMBLE.match(text) or _SIGNATURE.match(text))


def _merge_continuations(blocks: list[Block], heads: dict[int, _Head], leads: list[str]) -> None:
    """One heading written over two paragraphs: "ARTICLE 3" then "PRIX", or a French
    heading followed by its Arabic translation carrying the same number."""
    for i in sorted(heads):
        h = heads.get(i)
        if h is None:
            continue
        j = i + 1
        while j < len(blocks) and not blocks[j].text.strip():
            j += 1
        if j >= len(blocks) or blocks[j].table != blocks[i].table:
            continue
        nxt = leads[j]
        if (
            not h.title
            and h.number
            and not h.run_in
            and _words(nxt) <= 12
            and not _sentence_like(nxt)
            and not _is_placeholder(nxt)
            and not _SIGNATURE.match(nxt)
        ):
            h.title = _tidy_title(nxt)
            h.consumed = (*h.consumed, j)
            heads.pop(j, None)
            continue
        other = heads.get(j)
        if other is not None and h.number and other.number == h.number and is_arabic(nxt):
            h.title = f"{h.title} / {nxt}" if h.title else nxt
            h.consumed = (*h.consumed, j)
            heads.pop(j, None)


def is_arabic(text: str) -> bool:
    """Whether most letters of `text` are Arabic ones."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if "\u0600" <= c <= "\u06ff") * 2 > len(letters)


def _items_under_headings(blocks: list[Block], heads: dict[int, _Head]) -> None:
    """« VI. Preuve de concept » in a heading style, then list paragraphs « 1. Objectif : … »,
    « 2. Durée : … » numbered afresh under each heading (typed or by another list): the
    items are its sub-clauses, not articles of their own, although both read as level 1."""
    parent: _Head | None = None
    under: dict[int, list[_Head]] = {}
    for i in sorted(heads):
        h, b = heads[i], blocks[i]
        if _style_level(b) is not None:
            parent = h if h.number else None
        elif (
            parent is not None
            and h.number
            and h.level <= parent.level
            and (b.num_id is None or b.num_id != blocks[parent.index].num_id)
        ):
            under.setdefault(parent.index, []).append(h)
    # a list that restarts under two headings at least: one heading's own list could be
    # the letter's articles under a styled title
    if sum(1 for items in under.values() if items[0].number == "1") >= 2:
        for p, items in under.items():
            for h in items:
                h.level = heads[p].level + 1


def _assign_levels(heads: dict[int, _Head]) -> None:
    """Levels of typed numbers come from their family: articles and single numbers are
    level 1, "3.1" level 2; roman numerals above the others when they come first; letters
    just under whatever they follow."""
    families = [h.kind for h in heads.values() if h.kind in ("decimal", "roman", "letter")]
    has_top = any(h.strong and h.level == 1 and h.kind == "clause" for h in heads.values())
    roman_first = bool(families) and families[0] == "roman"
    for h in heads.values():
        if h.kind == "decimal":
            h.level = h.level + (1 if roman_first else 0)
        elif h.kind == "roman":
            h.level = 1
        elif h.kind == "letter":
            h.level = 2 if (has_top or "decimal" in families or "roman" in families) else 1
        h.kind = "clause"
    levels = [h.level for h in heads.values()]
    if levels:
        shift = min(levels) - 1
        if shift > 0:
            for h in heads.values():
                h.level -= shift
