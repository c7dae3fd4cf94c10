"""The shipped documents: reference LOIs, samples, held-out LOIs and their gold files.

The .docx are built from text sources by scripts/build_docs.py; these tests prove the
build is deterministic, the committed files match their sources, the gold files speak
the TOPICS.md vocabulary and agree with what an independent reader (pandoc) sees.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, pandoc_paragraphs
from lxml import etree

from loi_redline.ruleset import TOPIC_IDS

# The 19 topic ids of ../shared/TOPICS.md (test_ruleset holds them to that file).
TOPICS = TOPIC_IDS
KINDS = ("missing", "deviation", "ambiguity", "added")
SEVERITIES = ("info", "low", "medium", "high", "critical")

# The reference's articles, in order, each with its topic: one section per topic.
REFERENCE_ORDER = (
    "objective",
    "scope",
    "deliverables",
    "poc",
    "timeline",
    "price",
    "data",
    "success_criteria",
    "governance",
    "internal_effort",
    "risk_allocation",
    "ip",
    "data_protection",
    "confidentiality",
    "exclusivity",
    "termination",
    "binding_effect",
    "validity",
    "governing_law",
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _load_build():
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_docs"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


build_docs = _load_build()
GOLD = sorted((ROOT / "samples").glob("*.expected.json")) + sorted(
    (ROOT / "tests" / "heldout").glob("*.expected.json")
)
DOCX = [ROOT / dst for _, dst in build_docs.targets()]


def _plain(text: str) -> str:
    """Gold strings are typed with ' and plain spaces; French Word files hold ’ and NBSPs."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(text.split())


def _xml(path: Path, part: str):
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(part))


# --- the build -------------------------------------------------------------------------


def test_build_is_deterministic(tmp_path):
    first = build_docs.build_all(tmp_path / "a")
    second = build_docs.build_all(tmp_path / "b")
    assert len(first) == len(second) >= 12
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_committed_docx_match_their_sources(tmp_path):
    build_docs.build_all(tmp_path)
    stale = [
        str(dst)
        for _, dst in build_docs.targets()
        if not (ROOT / dst).exists() or (ROOT / dst).read_bytes() != (tmp_path / dst).read_bytes()
    ]
    assert not stale, f"rebuild with `python scripts/build_docs.py`: {stale}"


def test_zip_entries_and_core_properties_are_fixed():
    for path in DOCX:
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist()[0] == "[Content_Types].xml"
            assert {i.date_time for i in zf.infolist()} == {build_docs.FIXED_ZIP_TIME}
            core = zf.read("docProps/core.xml").decode()
        assert core.count(build_docs.FIXED_CORE_DATE) == 2, path.name


def test_parser_reads_inline_revisions_and_comments():
    meta, items = build_docs.parse(
        "---\nrevision_author: X\n---\n# Titre\nUn {+ajout+} et un {-retrait-} {#ici#note#}.\n"
        "| a | b |\n|---|---|\n| c | d |\n"
    )
    assert meta["revision_author"] == "X"
    assert [type(i).__name__ for i in items] == ["Para", "Para", "Table"]
    assert items[2].header_rows == 1 and items[2].rows == [["a", "b"], ["c", "d"]]
    writer = build_docs.Writer(meta)
    xml = writer.paragraph(items[1])
    assert "<w:ins " in xml and "<w:delText" in xml and "commentReference" in xml
    assert writer.comments == [(0, "note")]


def test_unknown_front_matter_key_is_an_error():
    with pytest.raises(ValueError, match="colour"):
        build_docs.parse("---\ncolour: red\n---\ntext\n")


# --- every document opens -------------------------------------------------------------


@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.name)
def test_every_docx_opens_with_python_docx(path):
    import docx

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    assert sum(len(p.text.split()) for p in paragraphs) > 300


# --- the reference LOIs -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reference_has_19_headings_numbered_by_numbering_xml(lang):
    path = ROOT / "rulesets" / f"pme-ia-{lang}" / "reference.docx"
    doc = _xml(path, "word/document.xml")
    styles = _xml(path, "word/styles.xml")
    numbering = _xml(path, "word/numbering.xml")

    heading_styles = {
        s.get(f"{W}styleId"): s
        for s in styles.iter(f"{W}style")
        if s.find(f"{W}pPr/{W}outlineLvl") is not None
    }
    headings = [
        p
        for p in doc.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") in heading_styles
    ]
    assert len(headings) == 19
    for p in headings:
        text = "".join(t.text for t in p.iter(f"{W}t"))
        # The number comes from numbering.xml, never typed in the text.
        assert not re.match(r"(?i)\s*(article|art\.)?\s*\d", text), text
        style = heading_styles[p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")]
        num_id = style.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
        abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
        abstract = next(
            a
            for a in numbering.iter(f"{W}abstractNum")
            if a.get(f"{W}abstractNumId") == abstract_id
        )
        lvl = abstract.find(f"{W}lvl")
        assert lvl.find(f"{W}lvlText").get(f"{W}val") == "Article %1 –"
        assert lvl.find(f"{W}numFmt").get(f"{W}val") == "decimal"
        assert lvl.find(f"{W}pStyle").get(f"{W}val") == style.get(f"{W}styleId")


def test_reference_fr_and_en_have_the_same_articles_in_the_same_order():
    def headings(lang):
        src = (ROOT / "rulesets" / f"pme-ia-{lang}" / "reference.md").read_text(encoding="utf-8")
        return [line[2:] for line in src.splitlines() if line.startswith("# ")]

    fr, en = headings("fr"), headings("en")
    assert len(fr) == len(en) == len(REFERENCE_ORDER) == len(set(REFERENCE_ORDER)) == 19
    assert set(REFERENCE_ORDER) == set(TOPICS)
    # Cross-references to article numbers must point at the right article.
    for lang, titles in (("fr", fr), ("en", en)):
        src = (ROOT / "rulesets" / f"pme-ia-{lang}" / "reference.md").read_text(encoding="utf-8")
        for number, title in re.findall(r"(?:articles?|Articles?) (\d+) \(([^)]+)\)", src):
            assert titles[int(number) - 1].startswith(title), (lang, number, title)


def test_reference_states_the_pme_positions():
    text = " ".join(pandoc_paragraphs(ROOT / "rulesets" / "pme-ia-fr" / "reference.docx"))
    for phrase in (
        "soixante (60) jours",
        "trente pour cent (30 %)",
        "plafond",
        "Aucune révision unilatérale",
        "loi n° 18-07 du 10 juin 2018",
        "autorisation préalable de l'autorité nationale",
        "jours-homme",
        "chaque semaine pendant le POC",
        "formats ouverts",
        "quatre-vingt-dix (90) jours",
        "droit algérien",
        "[Nom du Prestataire]",
        "[Raison sociale de la PME]",
        "Il a été préalablement exposé ce qui suit".upper(),
        "« Lead qualifié »",
        "« Utilisateur actif »",
    ):
        assert phrase in text, phrase


@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reference_is_three_to_six_pages(tmp_path, lang):
    soffice = shutil.which("soffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    src = ROOT / "rulesets" / f"pme-ia-{lang}" / "reference.docx"
    subprocess.run(
        [
            soffice,
            # a profile of its own: another test (or an xdist worker) may run soffice too
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "reference.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 3 <= pages <= 6


# --- the gold files ---------------------------------------------------------------------


def test_every_sample_has_a_gold_file_and_the_set_is_varied():
    for folder, least in (("samples", 6), ("tests/heldout", 2)):
        docs = sorted((ROOT / folder).glob("*.docx"))
        golds = sorted((ROOT / folder).glob("*.expected.json"))
        assert len(docs) >= least
        assert [d.stem for d in docs] == [g.name.removesuffix(".expected.json") for g in golds]
    langs = [json.loads(g.read_text(encoding="utf-8"))["lang"] for g in GOLD]
    assert "en" in langs and langs.count("fr") >= 5
    arabic = [g for g in GOLD if re.search(r"[\u0600-\u06ff]", g.read_text(encoding="utf-8"))]
    assert arabic, "one sample has Arabic headings beside the French ones"
    ideal = [g for g in GOLD if not json.loads(g.read_text(encoding="utf-8"))["findings"]]
    assert ideal, "a near-ideal vendor LOI is part of the samples"


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name)
def test_gold_file_is_well_formed(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["file"] == gold_path.name.removesuffix(".expected.json") + ".docx"
    assert gold["lang"] in ("fr", "en")
    assert gold["sections"]
    for s in gold["sections"]:
        assert set(s) >= {"number", "title", "topic"}
        assert s["number"] is None or isinstance(s["number"], str)
        assert s["title"].strip() == s["title"] and s["title"]
        assert s["topic"] is None or s["topic"] in TOPICS
        assert all(t in TOPICS for t in s.get("also_topics", []))
    covered = {s["topic"] for s in gold["sections"]} | {
        t for s in gold["sections"] for t in s.get("also_topics", [])
    }
    for f in gold["findings"]:
        assert f["kind"] in KINDS
        assert f["min_severity"] in SEVERITIES
        assert f["topic"] is None or f["topic"] in TOPICS
        assert f["why"]
        if f["kind"] == "missing":
            assert f["topic"] not in covered, f"{f['topic']} is both missing and a section"
            assert f["evidence_contains"] is None
        if f["kind"] == "added":
            assert f["topic"] is None and f["evidence_contains"]
        if f["kind"] == "ambiguity":
            assert f["evidence_contains"]
    meets = gold["meets_position"]
    assert all(t in TOPICS for t in meets) and len(set(meets)) == len(meets)
    serious = {
        f["topic"]
        for f in gold["findings"]
        if SEVERITIES.index(f["min_severity"]) >= SEVERITIES.index("medium")
    }
    assert not serious & set(meets), "a topic that meets the position has a serious finding"
    assert set(meets) <= covered
    # Every topic is accounted for: met, flagged or missing.
    flagged = {f["topic"] for f in gold["findings"]}
    assert set(TOPICS) <= set(meets) | flagged


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name)
def test_gold_agrees_with_an_independent_reader(gold_path):
    """Titles and evidence are verbatim in the accepted view pandoc reads."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    paragraphs = pandoc_paragraphs(gold_path.with_name(gold["file"]))
    text = _plain("\n".join(paragraphs))
    for s in gold["sections"]:
        assert _plain(s["title"]) in text, s["title"]
    for f in gold["findings"]:
        if f["evidence_contains"]:
            assert _plain(f["evidence_contains"]) in text, f["evidence_contains"]
    revisions = gold.get("revisions")
    if revisions:
        rejected = "\n".join(pandoc_paragraphs(gold_path.with_name(gold["file"]), view="reject"))
        for gone in revisions["deleted_text"]:
            assert gone not in text and gone in rejected, gone
        for new in revisions["inserted_text"]:
            assert new in text and new not in rejected, new


def test_revision_sample_carries_tracked_changes_and_a_comment():
    path = ROOT / "samples" / "06_conseil_data_bi_revisions.docx"
    doc = _xml(path, "word/document.xml")
    ins = list(doc.iter(f"{W}ins"))
    dels = list(doc.iter(f"{W}del"))
    assert ins and dels
    for rev in ins + dels:
        assert rev.get(f"{W}author") == "Service juridique Datalys"
        assert rev.get(f"{W}date") == "2026-03-02T10:15:00Z"
    ids = [rev.get(f"{W}id") for rev in ins + dels]
    assert len(ids) == len(set(ids))
    # A whole paragraph deleted (its mark too) and one inserted.
    assert any(p.find(f"{W}pPr/{W}rPr/{W}del") is not None for p in doc.iter(f"{W}p"))
    assert any(p.find(f"{W}pPr/{W}rPr/{W}ins") is not None for p in doc.iter(f"{W}p"))
    comments = _xml(path, "word/comments.xml")
    (comment,) = comments.iter(f"{W}comment")
    assert comment.get(f"{W}author") == "Me Amina Benali"
    with zipfile.ZipFile(path) as zf:
        assert "comments.xml" in zf.read("word/_rels/document.xml.rels").decode()
        assert "/word/comments.xml" in zf.read("[Content_Types].xml").decode()
    cid = comment.get(f"{W}id")
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert [e.get(f"{W}id") for e in doc.iter(f"{W}{tag}")] == [cid]


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name)
def test_gold_lists_every_clause_of_the_source(gold_path):
    """One gold section per heading of the source (per row of a term sheet), same order."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.parent / "src" / gold["file"].replace(".docx", ".md")
    meta, items = build_docs.parse(src.read_text(encoding="utf-8"))
    headings = [i.text for i in items if isinstance(i, build_docs.Para) and i.kind == "heading"]
    if not headings:  # a term sheet: each body row of its first table is a clause
        table = next(i for i in items if isinstance(i, build_docs.Table))
        headings = [row[0] for row in table.rows[table.header_rows :]]
    assert len(headings) == len(gold["sections"])
    for heading, section in zip(headings, gold["sections"], strict=True):
        assert heading.endswith(section["title"]), (heading, section["title"])
        if meta["numbering"]:
            assert section["number"] is not None  # auto-numbered: the number is not typed
        elif section["number"] is not None:
            assert section["number"] in heading.split(section["title"])[0]


def test_french_typography_samples_hold_what_word_types():
    for path in (
        ROOT / "samples" / "02_agence_crm_automation.docx",
        ROOT / "tests" / "heldout" / "h1_voicebot_centre_appels.docx",
    ):
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        assert "\u2019" in xml and "'" not in re.sub(r"<[^>]*>", "", xml)
        assert "\u00a0:" in xml or "\u00a0»" in xml
    assert build_docs.french_typography("l'offre « X » : oui ; non ?") == (
        "l\u2019offre «\u00a0X\u00a0»\u00a0: oui\u202f; non\u202f?"
    )


@pytest.mark.parametrize(
    "folder",
    [
        "heldout_blind",
        "heldout_c",
        "heldout_d",
        "heldout_e",
        "heldout_f",
        "heldout_g",
        "heldout_h",
        "heldout_i",
    ],
)
def test_blind_sets_docx_match_their_sources(folder):
    # The blind sets have their own builder (their authors never touched build_docs.py's targets).
    if not (ROOT / "tests" / folder / "src").is_dir():
        pytest.skip(f"tests/{folder} not written yet")
    script = ROOT / "scripts" / "build_set.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(ROOT / "tests" / folder), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
