"""`redline VENDOR.docx` end to end: files, integrity of the markup, reports, options."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, load_oracle, pandoc_paragraphs
from helpers_markup import chromium, chromium_dom, reject_author

SAMPLES = sorted((ROOT / "samples").glob("*.docx"))
DATE = "2026-01-01T00:00:00Z"


def _ready() -> bool:
    try:
        from loi_redline import report, ruleset

        assert report.to_json
        ruleset.load_ruleset("pme-ia-fr")
    except Exception:
        return False
    return bool(SAMPLES)


pytestmark = pytest.mark.skipif(not _ready(), reason="playbook or samples not there yet")


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "loi_redline", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def norm(paras):
    return [" ".join(p.split()) for p in paras if p.strip()]


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture(params=SAMPLES, ids=[p.stem for p in SAMPLES])
def reviewed(request, tmp_path):
    src = tmp_path / request.param.name
    shutil.copy(request.param, src)
    before = sha(src)
    out, js = tmp_path / "out.docx", tmp_path / "out.json"
    p = run(src, "-o", out, "--json", js, "--date", DATE)
    assert p.returncode == 0, p.stderr
    assert sha(src) == before  # the input is never touched
    return src, out, json.loads(js.read_text(encoding="utf-8"))


def test_reject_gives_back_the_vendor_and_accept_the_stated_text(reviewed):
    src, out, rep = reviewed
    peeled = out.with_name("peeled.docx")
    peeled.write_bytes(reject_author(out.read_bytes(), "loi-redline"))
    for view in ("accept", "reject"):  # the vendor's own revisions survive, untouched
        assert norm(pandoc_paragraphs(peeled, view)) == norm(pandoc_paragraphs(src, view))
    assert norm(pandoc_paragraphs(out, "reject")) == norm(pandoc_paragraphs(src, "reject"))
    assert norm(pandoc_paragraphs(out, "accept")) == norm(rep["accepted_text"])


def test_every_finding_has_its_anchored_comment(reviewed):
    src, out, rep = reviewed
    commented = {e["finding"] for e in rep["edits"] if e.get("comment")}
    assert commented == {f["id"] for f in rep["findings"]}
    for f in rep["findings"]:
        assert f["comment"].startswith(("[INFO]", "[FAIBLE]", "[MOYEN]", "[ÉLEVÉ]", "[CRITIQUE]"))
    n = sum(1 for e in rep["edits"] if e.get("comment"))
    if not n:
        return
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
        doc = z.read("word/document.xml").decode("utf-8")
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        old = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in names else ""
        old_doc = z.read("word/document.xml").decode("utf-8")
    assert comments.count("<w:comment ") - old.count("<w:comment ") == n
    assert doc.count("<w:commentRangeStart ") - old_doc.count("<w:commentRangeStart ") == n
    assert doc.count("<w:commentReference ") - old_doc.count("<w:commentReference ") == n


def assert_oracle_passes(out: Path, src: Path, use_lo: bool) -> None:
    """Every oracle check passes against the vendor's own file. One exception, by design:
    when the vendor's file carries revisions of its own, check (b) compares our output
    with ALL revisions rejected (the vendor's too) against the vendor's ACCEPTED view, so
    it cannot hold; what it stands for (rejecting ours gives the vendor's document back,
    its revisions included) is checked by the peel test with both views."""
    oracle = load_oracle()
    res = oracle.run_check(str(out), str(src), use_lo=use_lo)
    failed = {c["key"] for c in res.as_dict()["checks"] if c["status"] in ("FAIL", "ERROR")}
    if _has_revisions(src):
        failed.discard("b")
    assert not failed, res.render()


def _has_revisions(src: Path) -> bool:
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml").decode("utf-8", "ignore")
    return any(tag in xml for tag in ("<w:ins ", "<w:del ", "<w:moveFrom ", "<w:moveTo "))


@pytest.mark.libreoffice
def test_oracle_with_libreoffice(reviewed):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    src, out, rep = reviewed
    assert_oracle_passes(out, src, use_lo=True)


def test_oracle_without_libreoffice(reviewed):
    src, out, rep = reviewed
    assert_oracle_passes(out, src, use_lo=False)


def test_report_validates_against_the_schema(reviewed):
    import jsonschema

    schema_path = SHARED / "report.schema.json"
    if not schema_path.exists():
        pytest.skip("../shared is absent")
    src, out, rep = reviewed
    jsonschema.validate(rep, json.loads(schema_path.read_text()))
    assert rep["output"] == str(out)


def test_outputs_are_byte_identical_with_a_date(tmp_path):
    src = SAMPLES[0]
    outs = []
    for _ in (1, 2):  # same paths: the output path is part of the JSON report
        p = run(
            src,
            "-o",
            tmp_path / "r.docx",
            "--json",
            tmp_path / "r.json",
            "--report",
            tmp_path / "r.html",
            "--date",
            DATE,
            "--force",
        )
        assert p.returncode == 0, p.stderr
        outs.append([(tmp_path / n).read_bytes() for n in ("r.docx", "r.json", "r.html")])
    assert outs[0] == outs[1]


def test_default_output_overwrite_refusal_and_force(tmp_path):
    src = tmp_path / "offre.docx"
    shutil.copy(SAMPLES[0], src)
    p = run(src, "--date", DATE)
    out = tmp_path / "offre.redline.docx"
    assert p.returncode == 0 and out.exists()
    assert p.stdout.strip() == str(out)  # not a terminal: one line per output path
    first = out.read_bytes()
    p = run(src, "--date", DATE)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "--force" in p.stderr
    assert out.read_bytes() == first
    p = run(src, "--date", DATE, "--force", "-q")
    assert p.returncode == 0 and p.stdout == ""


def test_nothing_is_written_when_one_output_cannot_be(tmp_path):
    src = tmp_path / "offre.docx"
    shutil.copy(SAMPLES[0], src)
    p = run(src, "--json", tmp_path / "absent" / "r.json")
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert sorted(x.name for x in tmp_path.iterdir()) == ["offre.docx"]
    p = run(src, "-o", src)
    assert p.returncode == 2 and sorted(x.name for x in tmp_path.iterdir()) == ["offre.docx"]


def test_json_to_stdout_and_fail_on(tmp_path):
    src = SAMPLES[0]
    p = run(src, "-o", tmp_path / "o.docx", "--json", "-", "--date", DATE)
    assert p.returncode == 0, p.stderr
    rep = json.loads(p.stdout)
    assert rep["findings"], "the sample LOIs are written to have findings"
    p = run(src, "-o", tmp_path / "o2.docx", "--fail-on", "info", "-q")
    assert p.returncode == 1
    worst = {f["severity"] for f in rep["findings"]}
    if "critical" not in worst:
        p = run(src, "-o", tmp_path / "o3.docx", "--fail-on", "critical", "-q")
        assert p.returncode == 0


def test_comments_only_changes_no_text(tmp_path):
    src = SAMPLES[0]
    out = tmp_path / "o.docx"
    p = run(src, "-o", out, "--comments-only", "--date", DATE, "--json", tmp_path / "o.json")
    assert p.returncode == 0, p.stderr
    assert norm(pandoc_paragraphs(out, "accept")) == norm(pandoc_paragraphs(src, "accept"))
    rep = json.loads((tmp_path / "o.json").read_text())
    assert all(e["kind"] == "comment" for e in rep["edits"])


def test_markdown_report_and_english_summary(tmp_path):
    src = SAMPLES[0]
    md = tmp_path / "r.md"
    p = run(
        src,
        "-o",
        tmp_path / "o.docx",
        "--report",
        md,
        "--lang",
        "en",
        "--json",
        tmp_path / "o.json",
    )
    assert p.returncode == 0, p.stderr
    text = md.read_text(encoding="utf-8")
    rep = json.loads((tmp_path / "o.json").read_text())
    assert f"{rep['summary']['risk_score']:g}/100" in text
    for f in rep["findings"]:
        assert f["id"] in text


CHROMIUM = chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_report_renders_in_chromium(tmp_path):
    from loi_redline.render import finding_anchor

    src = SAMPLES[0]
    page = tmp_path / "rapport.html"
    p = run(
        src,
        "-o",
        tmp_path / "o.docx",
        "--report",
        page,
        "--json",
        tmp_path / "o.json",
        "--date",
        DATE,
    )
    assert p.returncode == 0, p.stderr
    rep = json.loads((tmp_path / "o.json").read_text())
    dom = chromium_dom(page, tmp_path)
    assert f">{rep['summary']['risk_score']:g}/100<" in dom
    for f in rep["findings"]:
        assert f'id="{finding_anchor(f["id"])}"' in dom


def test_own_reference_template_supplies_the_inserted_clauses(tmp_path):
    import docx

    from loi_redline.ruleset import load_ruleset

    ref = load_ruleset("pme-ia-fr").reference
    d = docx.Document(str(ref))
    marker = "Clause maison : le comité de pilotage se réunit chaque semaine au siège du Client."
    heads = [p for p in d.paragraphs if p.style.name.lower().startswith("heading 1")]
    gov = next(p for p in heads if "Gouvernance" in p.text)
    body = gov._p.getnext()
    from docx.text.paragraph import Paragraph

    para = Paragraph(body, gov._parent)
    for r in para.runs[1:]:
        r.text = ""
    para.runs[0].text = marker
    own = tmp_path / "modele_maison.docx"
    d.save(str(own))
    src = SAMPLES[0]
    js = tmp_path / "o.json"
    p = run(src, "-o", tmp_path / "o.docx", "--reference", own, "--json", js, "--date", DATE)
    assert p.returncode == 0, p.stderr
    rep = json.loads(js.read_text(encoding="utf-8"))
    assert rep["reference"]["path"] == str(own)
    gov_missing = [
        f for f in rep["findings"] if f["topic"] == "governance" and f["kind"] == "missing"
    ]
    if not gov_missing:
        pytest.skip("this sample has a governance clause")
    assert marker in rep["accepted_text"]
    assert norm(pandoc_paragraphs(tmp_path / "o.docx", "accept")) == norm(rep["accepted_text"])


def test_english_messages(tmp_path):
    js = tmp_path / "o.json"
    p = run(SAMPLES[0], "-o", tmp_path / "o.docx", "--json", js, "--lang", "en")
    assert p.returncode == 0, p.stderr
    rep = json.loads(js.read_text(encoding="utf-8"))
    for f in rep["findings"]:
        assert f["comment"].startswith(("[INFO]", "[LOW]", "[MEDIUM]", "[HIGH]", "[CRITICAL]"))


def test_inserted_articles_take_the_vendors_auto_numbering(tmp_path):
    from loi_redline.read import read
    from loi_redline.structure import sections

    src = ROOT / "samples" / "02_agence_crm_automation.docx"
    if not src.exists():
        pytest.skip("sample 02 (auto-numbered headings) absent")
    out, js = tmp_path / "o.docx", tmp_path / "o.json"
    p = run(src, "-o", out, "--json", js, "--date", DATE)
    assert p.returncode == 0, p.stderr
    rep = json.loads(js.read_text(encoding="utf-8"))
    inserted = [
        e["new"][0] for e in rep["edits"] if e["kind"] == "insert_paragraphs" and e.get("comment")
    ]
    if not inserted:
        pytest.skip("no clause inserted in this sample")
    before = [s for s in sections(read(src)) if s.kind == "clause" and s.level == 1]
    after = [s for s in sections(read(out)) if s.kind == "clause" and s.level == 1]
    assert len(after) == len(before) + len(inserted)
    # numbered 1..n without a gap: ours are numbered by Word, the vendor's shift after them
    assert [s.number for s in after] == [str(i) for i in range(1, len(after) + 1)]
    assert set(inserted) <= {s.title for s in after}


def test_author_and_threshold(tmp_path):
    src = SAMPLES[0]
    out, js = tmp_path / "o.docx", tmp_path / "o.json"
    p = run(src, "-o", out, "--json", js, "--author", "Cabinet Benali", "--threshold", "critical")
    assert p.returncode == 0, p.stderr
    rep = json.loads(js.read_text(encoding="utf-8"))
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert 'w:author="loi-redline"' not in xml
    peeled = tmp_path / "peeled.docx"
    peeled.write_bytes(reject_author(out.read_bytes(), "Cabinet Benali"))
    assert norm(pandoc_paragraphs(peeled, "accept")) == norm(pandoc_paragraphs(src, "accept"))
    sev = {f["id"]: f["severity"] for f in rep["findings"]}
    changed = {e["finding"] for e in rep["edits"] if e["kind"] != "comment"}
    assert all(sev[fid] == "critical" for fid in changed)


def test_terminal_summary_reads_in_ten_seconds(tmp_path):
    import os
    import pty

    src = SAMPLES[0]
    out = tmp_path / "o.docx"
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "loi_redline", str(src), "-o", str(out), "--date", DATE],
        stdout=slave,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=120) == 0
    os.close(master)
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines[0].startswith("Score de risque : ") and lines[0].endswith("/100")
    assert "Les points clés :" in text and "Principaux constats :" in text
    assert lines[-1].strip() == str(out)
    assert len(lines) <= 25  # a screen, not a report


def test_an_english_loi_is_reviewed_against_the_english_reference(tmp_path):
    en = [p for p in SAMPLES if p.stem.endswith("_en")]
    if not en:
        pytest.skip("no English sample")
    p = run(en[0], "-o", tmp_path / "o.docx", "--json", "-", "--date", DATE)
    assert p.returncode == 0, p.stderr
    rep = json.loads(p.stdout)
    assert rep["ruleset"]["id"] == "pme-ia-en"
    assert rep["reference"]["path"].endswith("pme-ia-en/reference.docx")
    p = run(en[0], "-o", tmp_path / "o2.docx", "--json", "-", "--ruleset", "pme-ia-fr")
    assert json.loads(p.stdout)["ruleset"]["id"] == "pme-ia-fr"  # an explicit choice wins
