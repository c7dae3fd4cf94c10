"""Align vendor sections with the reference sections, through the LOI topics.

Each vendor section gets a score per topic from three signals:
  * its title against the topic's usual headings (fr/en/ar), exact word containment
    first, then rapidfuzz for typos and inflections;
  * its body against the topic's vocabulary (word hits);
  * its body against the reference section of that topic (cosine of word stems).
A section takes the best topic, plus every other topic its title names ("Prix et
calendrier") or its body clearly covers when no section of its own covers that topic
(merged clauses). Several vendor sections may share a topic (split clauses). Order,
numbering and heading wording do not matter, only what the section is about.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .model import Pair, Section
from .ruleset import Ruleset, fold

# A title of reference headings, and the floor under which a section is about nothing.
TITLE_SURE = 0.86
MIN_SCORE = 0.30
NON_CLAUSE = ("title", "signature")

_STOP = set(
    """
    le la les l un une des du de d et ou a au aux en dans par pour sur sous avec sans ce cette ces
    se sa son ses leur leurs qui que qu dont est sont sera seront etre ne pas plus tout toute tous
    toutes il elle ils elles y the of and or to in for on by with a an be is are will shall this
    that these those as at from its their any all which such not no it s
    """.split()
)
_ARTICLE = re.compile(
    r"(?:^|(?<=\W))(article|art\.|chapitre|annexe|appendix|المادة|البند)(?=\W|$)",
    re.IGNORECASE,
)
_NUMBERY = re.compile(r"\b([0-9]+|[ivxlcdm]+)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Arabic « و » (and) is written joined to the next word: « الأثر القانوني للرسالة ومدة
# صلاحيتها » is two headings; it is split before a defined noun (« والموارد ») or « مدة »
# (words that begin with a « و » of their own, « وثائق », « وصف », are left whole)
_SPLIT_TITLE = re.compile(
    r"\s+(?:et|and|&|و)\s+|\s*[/,;&+]\s*|\s+-\s+|\s*[\u2013\u2014]\s*|\s+و(?=ال[^\W\d_]{2}|مد[ةت])"
    # « إنهاء المسار واسترجاع البيانات »: « و » before a verbal noun with no article
    r"|\s+و(?=است|إ|أ)",
    re.IGNORECASE,
)
# Arabic: the definite article and common one-letter prefixes carry no meaning here.
_AR_PREFIX = re.compile(r"^(?:وال|بال|كال|فال|لل|ال)")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word
    if _AR_PREFIX.match(w) and len(w) > 4:
        w = _AR_PREFIX.sub("", w)
    if len(w) > 4 and w[-1] in "sx" and w[-2] != "s":
        w = w[:-1]
    # « portée » is not « porte »: the participle keeps its « ee », so a heading « Qui
    # porte quels risques » is no « Portée de la lettre ».
    if len(w) > 5 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


_WHO_STEERS = re.compile(r"\bqui (?:pilote|pilotera|pilotent|piloteront)\b")
# « À qui appartiendront les données et les résultats ? »: a question of ownership
_WHO_OWNS = re.compile(r"\ba qui (?:appartien|appartiendr|reviendr|revien)\w*")


def normalize(text: str) -> str:
    """casefold, accents stripped, "Article 3 –" and numbers removed, words stemmed."""
    t = fold(text).casefold()
    # « Qui pilote le projet ? »: the verb, not the pilot (the POC)
    t = _WHO_STEERS.sub("pilotage", t)
    t = _WHO_OWNS.sub("propriete", t)
    t = _ARTICLE.sub(" ", t)
    t = _NUMBERY.sub(" ", t)
    return " ".join(stem(w) for w in _WORD.findall(t) if w not in _STOP)


def _words(text: str) -> list[str]:
    return normalize(text).split()


def _contains(hay: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {hay} "


@dataclass
class _TopicModel:
    titles: dict[str, list[str]]  # topic -> normalised titles
    vocab: dict[str, list[str]]  # topic -> normalised vocabulary terms
    ref_vectors: dict[str, Counter]  # topic -> stem counts of the reference section(s)
    idf: dict[str, float]
    flat_titles: list[tuple[str, str]] = field(default_factory=list)  # (topic, title)
    ref_weighted: dict[str, dict[str, float]] = field(default_factory=dict)  # w -> tf·idf²
    ref_norms: dict[str, float] = field(default_factory=dict)

    title_strings: list[str] = field(default_factory=list)
    title_index: dict[str, list[str]] = field(default_factory=dict)  # title -> topics
    postings: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # stem -> topics
    ngrams: dict[str, list[str]] = field(default_factory=dict)  # vocabulary term -> topics
    longest: int = 1
    no_topic: list[str] = field(default_factory=list)  # normalised headings of no topic
    no_topic_set: frozenset[str] = frozenset()
    definitions: frozenset[str] = frozenset()  # normalised definitions headings
    # The client's names in a heading (« Moyens et implication d'AEL », "Customer
    # Responsibilities", « Obligations de la PME ») read as « client »: normalised names,
    # longest first; the ruleset's {client} words, and the letter's own names in `align`.
    clients: list[str] = field(default_factory=list)
    vendors: list[str] = field(default_factory=list)  # the vendor's words, normalised

    def finish(self) -> None:
        self.flat_titles = [(t, x) for t, xs in self.titles.items() for x in xs]
        self.title_strings = [x for _t, x in self.flat_titles]
        self.title_index = {}
        for t, x in self.flat_titles:
            self.title_index.setdefault(x, []).append(t)
        self.ngrams = {}
        for t, terms in self.vocab.items():
            for term in terms:
                self.ngrams.setdefault(term, []).append(t)
        self.longest = max((len(k.split()) for k in self.ngrams), default=1)
        self.no_topic_set = frozenset(self.no_topic)
        self.postings = {}
        for t, vec in self.ref_vectors.items():
            self.ref_weighted[t] = {w: v * self.idf.get(w, 1.0) ** 2 for w, v in vec.items()}
            for w, x in self.ref_weighted[t].items():
                self.postings.setdefault(w, []).append((t, x))
            self.ref_norms[t] = math.sqrt(
                sum((v * self.idf.get(w, 1.0)) ** 2 for w, v in vec.items())
            )


def _model(ruleset: Ruleset, reference: list[Section] | None) -> _TopicModel:
    titles = {t: [normalize(x) for x in top.all_titles()] for t, top in ruleset.topics.items()}
    vocab = {t: [normalize(x) for x in top.all_vocabulary()] for t, top in ruleset.topics.items()}
    titles = {t: [x for x in xs if x] for t, xs in titles.items()}
    vocab = {t: [x for x in xs if x] for t, xs in vocab.items()}
    model = _TopicModel(titles, vocab, {}, {})
    macros = getattr(ruleset, "macros", None) or {}
    # « التزامات العميل » and « التزامات الجامعة » (the client's own name) read alike
    words = "|".join(str(macros.get(k, "")) for k in ("client", "ar_client"))
    model.clients = _client_names(w for w in words.split("|") if w)
    sellers = (getattr(ruleset, "macros", None) or {}).get("vendor", "")
    model.vendors = [normalize(w) for w in str(sellers).split("|") if len(w) > 3]
    titles = {t: list(dict.fromkeys(_as_client(x, model) for x in xs)) for t, xs in titles.items()}
    model.titles = titles
    nt = getattr(ruleset, "no_topic_titles", {}) or {}
    model.no_topic = [x for x in (normalize(t) for xs in nt.values() for t in xs) if x]
    model.definitions = _definition_headings(ruleset)
    model.finish()
    if reference:
        docs: list[Counter] = []
        for sec in reference:
            if sec.kind in NON_CLAUSE or sec.kind == "preamble":
                continue
            scores = _title_scores(sec.title, model)
            best = max(scores, key=scores.get) if scores else None
            c = Counter(_words(sec.title + " " + sec.text))
            docs.append(c)
            if best and scores[best] >= TITLE_SURE:
                model.ref_vectors.setdefault(best, Counter()).update(c)
        n = len(docs) or 1
        df = Counter(w for c in docs for w in c)
        model.idf = {w: math.log((1 + n) / (1 + k)) + 1.0 for w, k in df.items()}
    model.finish()
    return model


def _client_names(names) -> list[str]:
    out = {normalize(n) for n in names}
    return sorted((n for n in out if n), key=lambda n: (-len(n.split()), n))


def _as_client(text: str, model: _TopicModel) -> str:
    """A normalised heading with the client's names replaced by « client »."""
    if not model.clients:
        return text
    padded = f" {text} "
    for name in model.clients:
        padded = padded.replace(f" {name} ", " client ")
    return padded.strip()


def _title_part_score(part: str, model: _TopicModel) -> dict[str, float]:
    out: dict[str, float] = {}
    if not part:
        return out
    words = part.split()
    spans = [
        " ".join(words[i : i + n])
        for n in range(1, len(words) + 1)
        for i in range(len(words) - n + 1)
    ]
    contained = [(topic, t) for t in spans for topic in model.title_index.get(t, ())]
    # « Engagement de poursuite », "Late payment": a heading of no topic holds the topic's
    # heading it contains (« engagement », "payment"); longest heading wins here too.
    no_topic = [t for t in spans if t in model.no_topic_set]
    contained = [(tp, t) for tp, t in contained if not any(_contains(x, t) for x in no_topic)]
    # « Un essai sur site avant tout engagement », "A pilot before any commitment": what
    # comes after « avant » / "before" is what the clause precedes, not its subject
    padded = f" {part} "
    contained = [
        (tp, t)
        for tp, t in contained
        if not any(f" {w} {t} " in padded for w in _BEFORE_WORDS) or part == t
    ]
    # Typos and inflections only matter when no usual heading is there word for word.
    fuzzy = (
        []
        if contained or no_topic
        else process.extract(
            part, model.title_strings, scorer=fuzz.ratio, score_cutoff=82, limit=None
        )
    )
    for _choice, score, i in fuzzy:
        topic = model.flat_titles[i][0]
        out[topic] = max(out.get(topic, 0.0), score / 100.0 * 0.95)
    # Longest heading wins: "protection donnee personnel" is data_protection, not data,
    # although "donnee" alone is a data heading.
    for topic, t in contained:
        if any(t != t2 and _contains(t2, t) and topic != tp2 for tp2, t2 in contained):
            continue
        # "Prix" inside "Prix et modalités de paiement": sure, more so when the heading
        # is nothing but the usual title.
        s = 1.0 if part == t else 0.92 + 0.06 * len(t) / max(len(part), 1)
        out[topic] = max(out.get(topic, 0.0), s)
    return out


_BEFORE_WORDS = ("avant", "before", "prior", "pending")


def _title_scores(title: str, model: _TopicModel) -> dict[str, float]:
    whole = _as_client(normalize(title), model)
    scores = _title_part_score(whole, model)
    if whole in model.title_index:
        # A usual heading as a whole ("Rôles et responsabilités") is not read in pieces.
        return scores
    parts = _SPLIT_TITLE.split(title)
    bare = []  # the parts before the last that name no topic alone
    for k, raw_part in enumerate(parts):
        part = _title_part_score(_as_client(normalize(raw_part), model), model)
        for topic, s in part.items():
            scores[topic] = max(scores.get(topic, 0.0), s)
        if k < len(parts) - 1 and not any(s >= TITLE_SURE for s in part.values()):
            bare.append(raw_part)
    # "Nature and Validity of this Letter": a part that names nothing alone takes the last
    # part's complement ("Nature of this Letter"), as "Ownership of Data and Models" gives
    # its head noun to every part
    tail = _COMPLEMENT.search(parts[-1]) if bare else None
    for raw_part in bare if tail else ():
        if not _COMPLEMENT.search(raw_part):
            joined = f"{raw_part.strip()} {tail.group(0)}"
            for topic, s in _title_part_score(_as_client(normalize(joined), model), model).items():
                scores[topic] = max(scores.get(topic, 0.0), s)
    return scores


_COMPLEMENT = re.compile(
    r"\b(?:of|des|du|de la|de l'|de l’|de)\s+(?:(?:this|the|la|le|cette|ce|présente)\s+)*\S+$", re.I
)


_GOVERNING_HEAD = re.compile(r"([^\W\d_][\w-]*) (?:of|des|du|de la|de l'|de l’|de)\b", re.I)


def _parts_naming(title: str, model: _TopicModel) -> Counter:
    """How many parts of a heading name each topic: "Term, Termination and Reversibility"
    names the termination twice and the letter's term once, so it is the termination's."""
    out: Counter = Counter()
    split = _SPLIT_TITLE.split(title or "")
    if len(split) < 3:
        return out
    # "Ownership of Data, Models and Outputs": the head noun governs every part
    head = _GOVERNING_HEAD.match(split[0].strip())
    if head:
        named = [
            t
            for t, s in _title_part_score(
                _as_client(normalize(head.group(1)), model), model
            ).items()
            if s >= TITLE_SURE
        ]
        if len(named) == 1:
            out[named[0]] = len(split)
            return out
    for raw_part in split:
        for topic, s in _title_part_score(_as_client(normalize(raw_part), model), model).items():
            if s >= TITLE_SURE:
                out[topic] += 1
    return out


def _vocab_hits(body: str, model: _TopicModel) -> dict[str, int]:
    """Occurrences of each topic's vocabulary in a normalised body (word n-grams)."""
    hits = dict.fromkeys(model.vocab, 0)
    words = body.split()
    ngrams = model.ngrams
    for n in range(1, model.longest + 1):
        for i in range(len(words) - n + 1):
            topics = ngrams.get(words[i] if n == 1 else " ".join(words[i : i + n]))
            if topics:
                for t in topics:
                    hits[t] += 1
    return hits


def _cosines(vec: Counter, model: _TopicModel) -> dict[str, float]:
    """Cosine (tf·idf) of a section's stems with each topic's reference text."""
    if not vec or not model.postings:
        return {}
    idf = model.idf
    norm = math.sqrt(sum((v * idf.get(w, 1.0)) ** 2 for w, v in vec.items()))
    if not norm:
        return {}
    dot = dict.fromkeys(model.ref_weighted, 0.0)
    for w, v in vec.items():
        for t, weight in model.postings.get(w, ()):
            dot[t] += v * weight
    return {
        t: d / (norm * model.ref_norms[t]) if model.ref_norms[t] else 0.0 for t, d in dot.items()
    }


@dataclass
class TopicScore:
    title: dict[str, float]
    body: dict[str, float]
    hits: dict[str, int]
    combined: dict[str, float]


def score_section(section: Section, model: _TopicModel) -> TopicScore:
    title = _title_scores(section.title, model) if section.title else {}
    body_norm = normalize(section.text)
    hits = _vocab_hits(body_norm, model)
    total = sum(hits.values())
    vec = Counter(body_norm.split())
    cos = _cosines(vec, model)
    top_cos = max(cos.values(), default=0.0)
    body: dict[str, float] = {}
    for t in model.titles:
        share = hits.get(t, 0) / total if total else 0.0
        strength = 1.0 - math.exp(-hits.get(t, 0) / 2.0)  # 1 hit ≈ .4, 3 hits ≈ .78
        rel_cos = cos.get(t, 0.0) / top_cos if top_cos else 0.0
        body[t] = 0.45 * share * strength * 2 + 0.25 * rel_cos * min(1.0, top_cos * 4)
        body[t] = min(body[t], 1.0)
    combined = {}
    for t in model.titles:
        ts = title.get(t, 0.0)
        combined[t] = min(1.0, max(ts, 0.55 * ts + 0.45 * body[t] + (0.1 if ts and body[t] else 0)))
        if not ts:
            # Body alone: one stray word ("collaborateur") is no evidence of a topic.
            combined[t] = body[t] * 0.8 if hits.get(t, 0) >= 3 else body[t] * 0.3
    return TopicScore(title, body, hits, combined)


def _names_vendor(title: str, model: _TopicModel) -> bool:
    words = set(normalize(title).split())
    return any(v in words for v in model.vendors)


def _no_topic_title(title: str, model: _TopicModel) -> bool:
    if not title or not model.no_topic:
        return False
    parts = [normalize(title)] + [normalize(p) for p in _SPLIT_TITLE.split(title)]
    return any(_contains(p, t) for p in parts if p for t in model.no_topic)


_TRAILING_GLOSS = re.compile(r"\s*\(([^()]+)\)\s*$")


def _every_part_in(title: str, names) -> bool:
    """Whether every part of a heading (« Définitions / التعاريف », split on dashes and
    slashes; a translation in parentheses at its end, « Définitions (التعاريف) », is a
    part too) is one of `names` (normalised headings)."""
    title = _TRAILING_GLOSS.sub(r" / \1", title or "")
    parts = [p for p in (normalize(x) for x in _SPLIT_TITLE.split(title)) if p]
    return bool(parts) and all(p in names for p in parts)


def _definitions_title(title: str, model: _TopicModel) -> bool:
    """« Définitions », "Definitions and interpretation", « Définitions / التعاريف »: every
    part of the heading is a definitions heading ("Objet et définitions" is the Objet)."""
    return _every_part_in(title, model.definitions)


def _all_no_topic(title: str, model: _TopicModel) -> bool:
    return _every_part_in(title, model.no_topic)


def is_definitions(section: Section, ruleset: Ruleset) -> bool:
    """Whether `section` is a definitions clause (see `Ruleset.definition_titles`)."""
    return _every_part_in(section.title, _definition_headings(ruleset))


def _definition_headings(ruleset: Ruleset) -> frozenset[str]:
    """The ruleset's definitions headings, normalised (once per ruleset: the topic model
    and every section asked about read the same set)."""
    dt = getattr(ruleset, "definition_titles", {}) or {}
    return _normalized_headings(tuple(t for xs in dt.values() for t in xs))


@functools.lru_cache(maxsize=8)
def _normalized_headings(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(x for x in map(normalize, titles) if x)


def _parent_of(sections: list[Section], i: int) -> Section | None:
    lvl = sections[i].level
    for j in range(i - 1, -1, -1):
        if sections[j].level < lvl and sections[j].kind not in NON_CLAUSE:
            return sections[j]
    return None


def assign_topics(sections: list[Section], ruleset: Ruleset, reference=None) -> dict[str, float]:
    """Fill `Section.topics` (main topic first); returns the similarity of each section id."""
    model = reference if isinstance(reference, _TopicModel) else _model(ruleset, reference)
    scores = [score_section(s, model) for s in sections]
    sim: dict[str, float] = {}
    titled: set[str] = set()  # topics some section names in its heading
    for sec, sc in zip(sections, scores, strict=True):
        sec.topics = []
        if sec.kind in NON_CLAUSE:
            sim[sec.id] = 0.0
            continue
        best = max(sc.combined, key=sc.combined.get, default=None)
        if best is None or sc.combined[best] < MIN_SCORE:
            sim[sec.id] = sc.combined.get(best, 0.0) if best else 0.0
            continue
        if sec.kind == "preamble":
            # A preamble introduces the parties and the project; its title is the
            # document's ("Term sheet – ..."), not a topic's.
            sim[sec.id] = 0.0
            continue
        if _all_no_topic(sec.title, model):
            # « Durée de l'abonnement – مدة الاشتراك »: every part of the heading is one of
            # no topic, although « durée » alone would read as the letter's validity.
            sim[sec.id] = 0.0
            continue
        if _definitions_title(sec.title, model):
            # A definitions clause names the poc, the data, the deliverables: it is about
            # none of them (each is assessed where the letter deals with it).
            sim[sec.id] = 0.0
            continue
        parts = _parts_naming(sec.title, model)
        # "Ownership of Materials and Outputs", « ملكية المعطيات والمخرجات »: what the heading
        # owns is named after it, the clause is about owning it (ip), not about the materials
        # (deliverables). (Letting _parts_naming's head noun govern two-part headings would
        # say the same, but it also reorders « Portée de la lettre et durée de validité »:
        # kept to ownership.)
        owns = "ip" if _OWNERSHIP_HEAD.match(fold(sec.title or "").lower()) else None
        named = sorted(
            (t for t, s in sc.title.items() if s >= TITLE_SURE),
            key=lambda t: (t != owns, -parts.get(t, 0), -sc.combined[t], -sc.body[t]),
        )
        if not named and _no_topic_title(sec.title, model):
            # "Pénalités", "Non-sollicitation": a clause the reference lacks, however many
            # words of price or data its body uses.
            sim[sec.id] = 0.0
            continue
        topics = named or [best]
        if best not in topics and sc.combined[best] > sc.combined[topics[0]] + 0.15:
            topics.insert(0, best)
        sec.topics = topics
        titled.update(named)
        sim[sec.id] = round(min(1.0, sc.combined[topics[0]]), 4)

    # A topic no clause was given, while a clause of no topic talks about it (« Phase
    # probatoire », a heading the vocabulary lacks, over a body of pilot words): the clause
    # is that topic's, rather than the topic reported missing.
    covered = {t for s in sections for t in s.topics}
    untitled = [
        (sec, sc, sorted(sc.combined, key=sc.combined.get, reverse=True)[:2])
        for sec, sc in zip(sections, scores, strict=True)
        if not sec.topics
        and sec.kind == "clause"
        and not _no_topic_title(sec.title, model)
        and not _definitions_title(sec.title, model)
        and not _all_no_topic(sec.title, model)
    ]
    for t in model.titles:
        if t in covered:
            continue
        best_sec, best_score = None, 0.05
        for sec, sc, main in untitled:
            if (
                sec.topics  # given another missing topic just before
                or sc.hits.get(t, 0) < 2
                or t not in main
                # « Personnel du Prestataire » is the vendor's side, never the client's effort
                or (t == "internal_effort" and _names_vendor(sec.title, model))
            ):
                continue
            if sc.combined[t] >= best_score:
                best_sec, best_score = sec, sc.combined[t]
        if best_sec is not None:
            best_sec.topics = [t]
            sim[best_sec.id] = round(best_score, 4)
            covered.add(t)

    # Sub-articles with a title of no topic ("3.1 Modalités") belong to their article.
    for i, (sec, sc) in enumerate(zip(sections, scores, strict=True)):
        if (
            sec.level > 1
            and sec.kind not in NON_CLAUSE
            and not any(s >= TITLE_SURE for s in sc.title.values())
            and not _no_topic_title(sec.title, model)
            and not _definitions_title(sec.title, model)
        ):
            parent = _parent_of(sections, i)
            if parent is not None and parent.topics:
                sec.topics = list(parent.topics)
                sim[sec.id] = max(sim.get(sec.id, 0.0), 0.5)

    # A run-in sub-article ("8.3 Expiry control: at least 98 % of the expired documents
    # flagged") is one item of its article's list: it keeps only the topics its article
    # has, its lead-in words being the item's name, not a new subject; nor does the
    # merged-clause pass below read a new topic in its words.
    items: set[str] = set()
    for i, sec in enumerate(sections):
        if sec.level > 1 and sec.topics and sec.kind not in NON_CLAUSE and sec.blocks:
            parent = _parent_of(sections, i)
            if (
                parent is not None
                and parent.topics
                and sec.heading is sec.blocks[0]
                and any(b.text.strip() for b in parent.blocks)
            ):
                sec.topics = [t for t in sec.topics if t in parent.topics] or parent.topics[:1]
                items.add(sec.id)

    # An article that is a heading only ("7 Performance Indicators" then "7.1 POC
    # acceptance criteria: …, 7.2 Target indicators: …") says its subject in its
    # sub-articles: they carry its topic too.
    for i, sec in enumerate(sections):
        if sec.level > 1 and sec.topics and sec.kind not in NON_CLAUSE:
            parent = _parent_of(sections, i)
            if (
                parent is not None
                and parent.topics
                and not any(b.text.strip() for b in parent.blocks)
            ):
                sec.topics += [t for t in parent.topics[:1] if t not in sec.topics]

    # « Collaboration des équipes », "Staff": a heading of the client's people over a body
    # that forbids it to hire the vendor's is a non-solicitation, no part of the client's
    # effort (which counts days, not people it may not hire).
    for sec in sections:
        if sec.topics == ["internal_effort"] and _NON_SOLICITATION.search(fold(sec.text)):
            if not _EFFORT_MEASURE.search(fold(sec.text)):
                sec.topics = []
                sim[sec.id] = 0.0

    # Merged clauses: a body that clearly covers a topic no heading names.
    covered = {t for s in sections for t in s.topics}
    for sec, sc in zip(sections, scores, strict=True):
        if not sec.topics or sec.kind in NON_CLAUSE or sec.id in items:
            continue
        main_hits = max(sc.hits.get(sec.topics[0], 0), 1)
        for t, h in sorted(sc.hits.items(), key=lambda kv: -kv[1]):
            if t in covered or t in sec.topics or t in titled:
                continue
            if (
                h >= 3
                and h >= 0.6 * main_hits
                and sc.body[t] >= 0.25
                and _distinct_terms(sec, t, model) >= 2
            ):
                sec.topics.append(t)
                covered.add(t)
    return sim


_OWNERSHIP_HEAD = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:ownership|propriete|titularite) (?:of|de|du|des|d')|ملكي[ةه] )"
)
_NON_SOLICITATION = re.compile(
    r"s.interdi\w*[^.;]{0,80}\b(?:de |d.)?(?:recruter|solliciter|debaucher|embaucher|engager)\b"
    r"|\bnot\b[^.;]{0,40}\b(?:solicit|hire|poach|recruit)\b[^.;]{0,60}\b(?:staff|employees?"
    r"|consultants?|personnel|engineers?)\b",
    re.I,
)
_EFFORT_MEASURE = re.compile(
    r"\b(?:jours?[- ](?:homme|personne)s?|hommes?[- ]jours?|person[- ]days?|man[- ]days?|"
    r"\d+\s*(?:jours|days|heures|hours)\b)",
    re.I,
)


def _distinct_terms(sec: Section, topic: str, model: _TopicModel) -> int:
    """How many different vocabulary terms of `topic` the body uses: one word said three
    times (« à la charge du Prestataire », « la charge estimée ») is no second subject."""
    words = f" {normalize(sec.text)} "
    # a set: "approval" and "approvals" are one term once stemmed
    return len({v for v in model.vocab.get(topic, []) if f" {v} " in words})


def align(
    vendor: list[Section], reference: list[Section], ruleset: Ruleset, clients=()
) -> list[Pair]:
    """Pairs of (vendor section, reference section) through topics; fills Section.topics.

    Every vendor section appears once (reference None when it matches no topic); every
    reference section no vendor section covers appears once with vendor None. `clients`:
    the names the letter gives the client (« AEL », "BETA Distribution"), read as « client »
    in its headings.
    """
    model = _model(ruleset, reference)
    assign_topics(reference, ruleset, model)
    if clients:
        model.clients = _client_names([*model.clients, *clients])
    ref_by_topic: dict[str, Section] = {}
    for sec in reference:
        for t in sec.topics[:1]:
            ref_by_topic.setdefault(t, sec)
    sim = assign_topics(vendor, ruleset, model)
    pairs: list[Pair] = []
    covered: set[str] = set()
    for sec in vendor:
        if sec.topics:
            main = sec.topics[0]
            ref = ref_by_topic.get(main)
            evidence = ", ".join(sec.topics)
            pairs.append(Pair(sec, ref, main, sim.get(sec.id, 0.0), evidence))
            covered.update(sec.topics)
        else:
            pairs.append(Pair(sec, None, None, sim.get(sec.id, 0.0), ""))
    for t, ref in ref_by_topic.items():
        if t not in covered:
            pairs.append(Pair(None, ref, t, 0.0, "absent"))
    return pairs
