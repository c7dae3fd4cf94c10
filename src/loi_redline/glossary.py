"""Terms of art in a letter that has a definitions article.

A letter that opens with « Définitions » / "Definitions" tells the reader that its terms of
art are defined there. A capitalised term it uses as a common noun (« tout Incident
Bloquant », « un Environnement Conforme », « par Minute Utile ») or a defined term narrowed
by a qualifier (« environ 180 références actives » next to a defined « Référence »,
"20,000 Processed Tickets" next to a defined "Ticket") then names something the article
does not define: what it covers is left to the vendor's reading.

Names are not terms of art: titles of people (« Directrice Générale Adjointe »), services
and bodies (« Direction Marketing », "Steering Committee"), laws and rules (« Code de
procédure civile », « Règlement de la CCI »), places, the parties, products and headings.
"""

from __future__ import annotations

import re

from .align import _SPLIT_TITLE, normalize
from .model import Section
from .ruleset import Ruleset, fold


def glossary_sections(sections: list[Section], ruleset: Ruleset) -> list[Section]:
    """The letter's definitions article(s): a heading one part of which names definitions
    (« Définitions », « Objet et définitions », « التعاريف / Article 1 – Définitions »)."""
    dt = getattr(ruleset, "definition_titles", {}) or {}
    names = {normalize(t) for xs in dt.values() for t in xs} - {""}
    if not names:
        return []
    return [
        s
        for s in sections
        if s.title and any(normalize(p) in names for p in _SPLIT_TITLE.split(s.title))
    ]


def key(term: str) -> str:
    """A term folded, lower-case, each word in the singular: « Références » = "reference"."""
    out = []
    t = re.sub(r"^(?:le|la|les|l'|the)\s*", "", fold(term).casefold().replace("’", "'"))
    for w in t.split():
        if len(w) > 3 and w[-1] in "sx":
            w = w[:-1]
        out.append(w)
    return " ".join(out)


_QUOTED_ENTRY = re.compile(
    r"[«\"“]\s*([^»\"”\n]{1,60}?)\s*[»\"”]\s*(?:\([^)]{0,60}\)\s*)?,?\s*"
    r"(?::|\u2013|\u2014|-\s|désigne|designe|signifie|s'entend|s’entend|means|shall mean|refers to)",
    re.I,
)
_NAMED = re.compile(
    r"(?:ci-?après|ci-?apres|hereinafter|hereafter|\()\s*(?:dénommée?s?\s*|denommee?s?\s*|"
    r"referred to as\s*)?(?:ensemble\s*|together\s*)?(?:le |la |les |l'|l’|the )?"
    r"[«\"“]\s*([^»\"”\n]{1,60}?)\s*[»\"”]",
    re.I,
)
# Any entry of a definitions article, read on folded text (`ruleset.match_text`) to find
# where its definition starts: « "Résultats" : », "Model Improvements:", "“Vendor
# Platform” means". Looser than the two above, which collect the terms the article defines.
ENTRY = re.compile(
    r"\s*[-•*]?\s*[«\"“']?\s*(?P<term>[^:«»\"“”.\n]{2,50}?)\s*[»\"”']?\s*"
    r"(?::|-\s|\bmeans\b|\bshall mean\b|\bdesigne\b|\bs'entend\b)"
)
_LINE_ENTRY = re.compile(r"(?:^|\n)\s*[-•*]?\s*([A-ZÀ-Ý][\w'’ -]{1,50}?)\s*[:\u2013\u2014]\s", re.M)


def defined_terms(glossary_texts: list[str], all_text: str) -> set[str]:
    """Keys of the terms the letter defines: the definitions article's entries (quoted or
    not) and every « ci-après » / (the "X") naming anywhere."""
    out: set[str] = set()
    for text in glossary_texts:
        out.update(key(m.group(1)) for m in _QUOTED_ENTRY.finditer(text))
        out.update(key(m.group(1)) for m in _LINE_ENTRY.finditer(text))
    out.update(key(m.group(1)) for m in _NAMED.finditer(all_text))
    return {k for k in out if k and k not in _PARTY_KEYS}


_PARTY_KEYS = {
    "client", "prestataire", "partie", "parties", "party", "lettre", "letter", "vendor",
    "provider", "supplier", "fournisseur", "contrat", "contract", "agreement", "projet",
    "project", "loi", "accord",
}  # fmt: skip
_PARTY_COMPLEMENT = re.compile(
    r"^\S+\s+(?:du|de la|de l'|des|of the|of)\s+(?:client|prestataire|banque|mutuelle|groupe|"
    r"societe|company|provider|vendor|parties|party|partie)$"
)


def party_complement(term: str) -> bool:
    """« Lignes du Client », « Catalogue du Client »: one word and the party it belongs to,
    a plain noun rather than a term of art (used as a common noun)."""
    return bool(_PARTY_COMPLEMENT.match(fold(term).casefold().replace("’", "'")))


# The first word of a name that is no term of art.
_NAME_HEADS = {
    # titles of people
    "directeur", "directrice", "president", "presidente", "gerant", "gerante", "manager",
    "director", "officer", "chief", "head", "chef", "responsable", "secretaire",
    "administrateur", "administratrice", "vice", "sponsor", "delegue", "deleguee",
    "representant", "representante", "ministre", "wali", "commissaire", "charge", "chargee",
    "membre", "partner", "associe", "associee", "ceo", "cto", "cfo", "coo", "dg", "pdg",
    "managing", "general", "chairman", "chairwoman", "chair", "deputy", "senior", "lead",
    # services, bodies and institutions
    "direction", "departement", "department", "service", "division", "unit", "team",
    "equipe", "comite", "committee", "board", "conseil", "council", "centre", "center",
    "cellule", "bureau", "office", "pole", "autorite", "authority", "ministere", "ministry",
    "tribunal", "court", "cour", "chambre", "chamber", "registre", "registry", "journal",
    "assemblee", "banque", "bank", "agence", "caisse", "mutuelle", "universite", "university",
    "ecole", "institut", "institute", "groupe", "group", "societe", "company",
    # laws, rules, texts
    "loi", "law", "code", "decret", "decree", "ordonnance", "ordinance", "reglement",
    "regulation", "regulations", "rules", "arrete", "directive", "convention", "constitution",
    "act", "article", "articles", "annexe", "annex", "appendix", "schedule", "section",
    "chapitre", "chapter", "titre", "norme", "iso", "protection",
    # places
    "cite", "zone", "cyberparc", "parc", "park", "rue", "boulevard", "avenue", "wilaya",
    "daira", "commune", "quartier", "port", "aeroport", "airport", "route", "place",
    "residence", "immeuble", "tour", "tower", "centre-ville", "union", "republique",
    "republic", "etat", "state", "ville", "city",
}  # fmt: skip
# Words that make the whole term a name wherever they stand: people's titles, bodies,
# laws ("Client's Chief Executive Officer", "EU General Data Protection Regulation").
_NAME_ANY = {
    "directeur", "directrice", "gerant", "gerante", "manager", "director", "officer",
    "president", "presidente", "chamber", "chambre", "authority", "autorite", "court",
    "tribunal", "commission", "ministry", "ministere", "committee", "comite", "regulation",
    "reglement", "decret", "decree", "ordonnance", "code", "law", "loi", "act",
    "international", "nationale", "national", "institute", "institut", "university",
    "bank", "banque", "referent", "referente", "interlocuteur", "interlocutrice",
    "universite",
}  # fmt: skip
# A word that makes the whole term a name: Algerian places and months.
_NAME_WORDS = {
    "algerie", "algeria", "algerien", "algerienne", "alger", "algiers", "oran", "constantine",
    "annaba", "blida", "setif", "batna", "bejaia", "tlemcen", "tizi", "ouzou", "biskra",
    "ouargla", "djelfa", "skikda", "chlef", "mostaganem", "boumerdes", "tipaza", "ghardaia",
    "hassi", "messaoud", "europe", "europeenne", "european", "africa", "afrique", "maghreb",
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "ramadan", "aid",
}  # fmt: skip


def is_name(term: str, parties: list[str], headings: set[str]) -> bool:
    """Whether a capitalised `term` is a name (person's title, body, law, place, party,
    heading) rather than a term of art."""
    words = [w.strip("'’-") for w in fold(term).casefold().replace("’", "'").split()]
    words = [w[2:] if w[:2] in ("l'", "d'") else w for w in words]
    if not words:
        return True
    if words[0] in _NAME_HEADS or any(w in _NAME_WORDS or w in _NAME_ANY for w in words):
        return True
    if any(re.search(r"\d", w) for w in words):
        return True  # « Pilote sur L1 », "Sage X3": a code or a version, not a term
    k = " ".join(words)
    if k in headings or key(term) in headings:
        return True
    for p in parties:
        pk = fold(p).casefold()
        # whole words: the client « CES » is no part of « Taux de Relances Utiles »
        if pk and (_within(pk, k) or _within(k, pk)):
            return True
    return False


def _within(part: str, whole: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def heading_keys(sections: list[Section]) -> set[str]:
    """The letter's headings and their parts (« Critères de succès »), folded."""
    out: set[str] = set()
    for s in sections:
        if not s.title:
            continue
        for part in [s.title, *_SPLIT_TITLE.split(s.title)]:
            t = re.sub(
                r"^\W*(?:article|section|art\.?|clause)?\s*[\dIVX.]*\s*[-–—:.)]*\s*",
                "",
                part,
                flags=re.I,
            )
            t = fold(t).casefold().strip()
            if t:
                out.add(t)
                out.add(key(t))
    return out


# A defined term narrowed by a qualifier: « 180 références actives », "per complex
# Document", "20,000 Processed Tickets". Only where something is counted (a number, « par »,
# "per", « chaque », « nombre de ») does the qualifier decide a quantity.
_COUNT_BEFORE = re.compile(
    r"(?:\d(?:[\d\s.,\u00a0\u202f]*\d)?|\b(?:environ|about|approximately|some|around|up to|jusqu'a|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|cent|mille|two|three|four|"
    r"five|ten|twenty|hundred|thousand|par|per|chaque|each|every|nombre de|nombre d'|"
    r"number of|volume de|volume of|quantite de|quantity of|proportion de|proportion d'|part de|"
    r"part des|part d'|taux de|taux d'|pourcentage de|pourcentage d'|ratio de|ratio d'|"
    r"proportion of|share of|percentage of|rate of|ratio of)(?:\b|(?<=')))\s*$",  # « nombre d' »
    re.I,
)
_FR_ADJ_END = re.compile(
    r"(?:ifs?|ives?|ee?s?|ants?|antes?|elles?|els?|ales?|aux|iques?|aires?|ables?|ibles?|"
    r"eux|euses?|iers?|ieres?|ue?s?|ies?|is|iles?|exes?|ormes?|ards?|ides?)$"
)
_EN_ADJ = re.compile(
    r"^(?:\w+(?:ed|ive|ful|able|ible|ous)|active|valid|complex|standard|open|closed|live|"
    r"qualified|blocking|critical|major|minor|eligible|billable|compliant|successful|useful|"
    r"unique|premium|simple|resolved|processed|complete|full|partial|effective|actual|real|"
    r"productive|net|gross)$"
)
_NOT_QUALIFIER = {
    # French: words after a noun that do not narrow it
    "de", "du", "des", "d", "et", "ou", "a", "au", "aux", "en", "par", "pour", "sur", "dans",
    "avec", "sans", "qui", "que", "dont", "est", "sont", "sera", "seront", "doit", "doivent",
    "peut", "peuvent", "fait", "font", "ont", "reste", "restent", "ne", "n", "se", "s", "le",
    "la", "les", "l", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "plus", "moins", "tres", "bien", "egalement", "notamment", "seulement", "uniquement",
    "ainsi", "aussi", "toujours", "deja", "encore", "tous", "toutes", "tout", "toute",
    "historique", "supplementaire", "existant", "existante", "suivant", "suivante",
    "restant", "restante", "concerne", "concernee", "precedent", "precedente", "actuel",
    "actuelle", "total", "totale", "initial", "initiale", "mensuel", "mensuelle", "annuel",
    "annuelle", "hebdomadaire", "quotidien", "quotidienne", "individuel", "individuelle",
    "specifique", "distinct", "distincte", "different", "differente", "divers", "diverse",
    "meme", "autre", "numerise", "numerisee", "scanne", "scannee", "papier", "original",
    "originale", "originaux", "complementaire", "additionnel", "additionnelle", "prevu",
    "prevue", "mentionne", "mentionnee", "vise", "visee", "liste", "listee", "decrit",
    "decrite", "susvise", "susvisee", "ci-dessus", "ci-dessous", "annexe", "annexee",
    "hors", "entre", "selon", "lors", "depuis", "avant", "apres", "via", "environ",
    "fourni", "fournie", "transmis", "transmise", "recu", "recue", "tire", "tiree",
    "pilote", "test", "produit", "produite", "pseudonymise", "pseudonymisee", "anonymise",
    "anonymisee", "chiffre", "chiffree", "nettoye", "nettoyee", "prepare", "preparee",
    "extrait", "extraite", "exporte", "exportee", "conserve", "conservee", "archive",
    "archivee", "stocke", "stockee", "heberge", "hebergee",
    # English: words before a noun that do not narrow it
    "existing", "following", "additional", "remaining", "other", "further", "same", "said",
    "such", "relevant", "applicable", "related", "historical", "previous", "current",
    "individual", "separate", "specific", "first", "last", "next",
    "monthly", "annual", "daily", "weekly", "several", "various", "certain", "sample", "scanned", "printed", "received", "provided", "supplied", "listed", "described",
    "mentioned", "used", "based", "expected", "estimated", "planned", "required", "selected",
    "named", "signed", "agreed", "registered", "combined", "started", "the", "and", "or",
    "of", "per", "each", "all", "any",
}  # fmt: skip


def _plural_re(term: str) -> str:
    words = []
    for w in re.escape(key(term)).split(r"\ "):
        words.append(w + "[sx]?")
    return r"\b" + r"\s+".join(words) + r"\b"


# A qualifier that sorts cases by judgement (« les réclamations critiques », "urgent
# Tickets") narrows a defined term into a class nobody defined, counted or not: which
# cases fall in it decides an alert, a deadline, a price.
_EVALUATIVE = re.compile(
    r"^(?:critiques?|urgente?s?|prioritaires?|graves?|majeure?s?|mineure?s?|bloquante?s?|"
    r"sensibles?|sensitive|critical|urgent|priority|major|minor|blocking|high-priority|"
    r"low-priority|serious|severe)$"
)


def _counted(folded: str, at: int) -> bool:
    # a paragraph's own number (« 11.1 Your Data includes … ») counts nothing
    if _PARAGRAPH_NUMBER.fullmatch(folded, 0, at):
        return False
    return bool(_COUNT_BEFORE.search(folded[max(0, at - 30) : at]))


_PARAGRAPH_NUMBER = re.compile(r"\s*\(?\d+(?:[.,]\d+)*[.)]?\s*")


def qualified_terms(folded: str, defined: set[str]) -> list[tuple[int, int, str, bool]]:
    """(start, end, key, counted) of defined terms narrowed by a qualifier where things are
    counted (`counted`), or by a qualifier of judgement anywhere (see _EVALUATIVE).

    `folded` is the lower-case folded text (`match_text`)."""
    out = []
    for d in sorted(defined):
        if len(d) < 3 or len(d.split()) > 3:
            continue
        for m in re.finditer(_plural_re(d), folded):
            # French: the qualifier follows (« références actives »)
            a = re.match(r"\s+([^\W\d_][\w-]*)", folded[m.end() :])
            if a:
                adj = a.group(1)
                after = folded[m.end() + a.end() : m.end() + a.end() + 30]
                participle = re.search(r"(?:e|es|ee|ees|i|is|u|us|ue|ues|it|ite)$", adj)
                verbal = (
                    participle
                    and re.match(
                        r"\s+(?:[^\W\d_]+ment\s+)?(?:par|a|au|aux|dans|en|sur|pour|lors|depuis|vers|"
                        r"avec|sans|selon|sous|chez|via|apres|avant|by|to|in|from|with|towards)\b",
                        after,
                    )
                ) or (
                    # a present participle does not agree: « Appels aboutissant à », « Avis
                    # ayant » (an adjective would: « aboutissants »)
                    adj.endswith("ant") and folded[m.end() - 1 : m.end()] in ("s", "x")
                )
                counted = _counted(folded, m.start())
                if (
                    adj not in _NOT_QUALIFIER
                    and adj.rstrip("s") not in _NOT_QUALIFIER
                    and len(adj) > 3
                    and _FR_ADJ_END.search(adj)
                    and not verbal
                    and (counted or _EVALUATIVE.match(adj))
                ):
                    start, end = m.start(), m.end() + a.end()
                    out.append((start, end, key(folded[start:end]), counted))
                    continue
            # English: the qualifier comes before ("per complex Document")
            b = re.search(r"([^\W\d_][\w-]*)\s+$", folded[max(0, m.start() - 30) : m.start()])
            if b:
                adj = b.group(1)
                bstart = m.start() - (len(folded[max(0, m.start() - 30) : m.start()]) - b.start())
                counted = _counted(folded, bstart)
                if adj not in _NOT_QUALIFIER and (
                    _EVALUATIVE.match(adj) or (counted and _EN_ADJ.match(adj))
                ):
                    out.append((bstart, m.end(), key(folded[bstart : m.end()]), counted))
    return out
