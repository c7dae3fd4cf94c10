"""The package edge: hostile and broken files are refused with a clear reason, nothing leaks."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from loi_redline import package
from loi_redline.errors import InputError
from loi_redline.package import open_docx, write_atomic


def _docx_bytes(text: str = "Article 1 – Objet") -> bytes:
    d = DocxDocument()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(
    data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = (replace or {}).get(info.filename, src.read(info))
            z.writestr(info.filename, body)
        for name, body in (add or {}).items():
            z.writestr(name, body)
    return out.getvalue()


def _refused(tmp_path: Path, data: bytes, name: str = "in.docx") -> str:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as exc:
        open_docx(p)
    assert str(p) in str(exc.value)
    return exc.value.reason


def test_valid_docx_opens_and_finds_main_part(tmp_path):
    p = tmp_path / "ok.docx"
    p.write_bytes(_docx_bytes())
    pkg = open_docx(p)
    assert pkg.main_part == "word/document.xml"
    assert "Article 1" in "".join(pkg.xml("word/document.xml").itertext())


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        open_docx(tmp_path / "absent.docx")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"hello, not a docx", "not a zip"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), ".doc"),
        # Word wraps a password-protected .docx in an OLE file: named .docx, it is that.
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "encrypted"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 100
            + "EncryptionInfo".encode("utf-16-le"),
            "encrypted",
        ),
    ],
)
def test_not_a_docx_is_named(tmp_path, data, reason):
    assert reason in _refused(tmp_path, data)


def test_truncated_zip(tmp_path):
    data = _docx_bytes()
    assert "zip" in _refused(tmp_path, data[: len(data) * 2 // 3])


def test_no_document_part(tmp_path):
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info.filename, src.read(info))
    assert "word/document.xml" in _refused(tmp_path, out.getvalue())


def test_malformed_xml(tmp_path):
    data = _rezip(_docx_bytes(), {"word/document.xml": b"<w:document><w:body>"})
    assert "malformed XML" in _refused(tmp_path, data)


def test_entities_are_refused_never_expanded(tmp_path):
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = _rezip(_docx_bytes(), {"word/document.xml": evil})
    assert "DOCTYPE" in _refused(tmp_path, data)


def test_utf16_part_with_doctype_is_refused(tmp_path):
    evil = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d SYSTEM "file:///etc/hostname"><d/>'
    data = _rezip(_docx_bytes(), {"word/document.xml": evil.encode("utf-16")})
    assert "DOCTYPE" in _refused(tmp_path, data)


def test_zip_bomb_is_stopped_while_inflating(tmp_path, monkeypatch):
    # A part that inflates far past the cap: the limit is checked on the bytes actually
    # inflated, not on the (forgeable) size in the zip header.
    monkeypatch.setattr(package, "MAX_PART", 2 * 1024 * 1024)
    filler = b"<w:p/>" * (1024 * 1024)
    data = _rezip(_docx_bytes(), add={"word/bomb.xml": filler})
    assert "zip bomb" in _refused(tmp_path, data)


def test_high_ratio_part_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "RATIO_FLOOR", 1024 * 1024)
    data = _rezip(_docx_bytes(), add={"word/bomb.xml": b"\0" * (8 * 1024 * 1024)})
    assert "compression ratio" in _refused(tmp_path, data)


def test_path_traversal_entries_are_neither_read_nor_written(tmp_path):
    data = _rezip(
        _docx_bytes(),
        add={"../../evil.txt": b"x", "/tmp/evil_abs.txt": b"y", "word\\..\\..\\evil2.txt": b"z"},
    )
    p = tmp_path / "trav.docx"
    p.write_bytes(data)
    pkg = open_docx(p)
    assert not any(".." in n or n.startswith("/") or "\\" in n for n in pkg.parts)
    out = tmp_path / "out.docx"
    pkg.save(out)
    names = zipfile.ZipFile(out).namelist()
    assert "word/document.xml" in names
    assert not any(".." in n or n.startswith("/") for n in names)
    assert not list(tmp_path.parent.glob("evil*"))


def test_docm_and_odt_are_named(tmp_path):
    ct = zipfile.ZipFile(io.BytesIO(_docx_bytes())).read("[Content_Types].xml")
    macro = ct.replace(package.CT_MAIN.encode(), package.CT_MACRO.encode())
    assert ".docm" in _refused(tmp_path, _rezip(_docx_bytes(), {"[Content_Types].xml": macro}))
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    assert ".odt" in _refused(tmp_path, odt.getvalue(), "x.odt")


def test_save_round_trips_untouched_parts_byte_for_byte(tmp_path):
    p = tmp_path / "ok.docx"
    p.write_bytes(_docx_bytes())
    pkg = open_docx(p)
    out = tmp_path / "copy.docx"
    pkg.save(out)
    a, b = zipfile.ZipFile(p), zipfile.ZipFile(out)
    for name in a.namelist():
        assert a.read(name) == b.read(name), name


def test_write_atomic_refuses_to_overwrite_and_leaves_nothing(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    with pytest.raises(InputError, match="--force"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out.docx"]


def test_modified_part_keeps_the_inputs_prolog(tmp_path):
    # Same prolog, same line breaks: a line number in the input still names the same element
    # in our output (the oracle tells the input's own defects from ours by such positions).
    doc = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Objet</w:t></w:r></w:p></w:body></w:document>"
    )
    p = tmp_path / "in.docx"
    p.write_bytes(_rezip(_docx_bytes(), {"word/document.xml": doc}))
    pkg = open_docx(p)
    root = pkg.xml("word/document.xml")
    next(root.iter("{*}t")).text = "Objet modifié"
    out = tmp_path / "out.docx"
    pkg.save(out)
    data = zipfile.ZipFile(out).read("word/document.xml")
    assert data.startswith(doc[: doc.index(b"<w:document")] + b"<w:document")
    assert b"\n" not in data and "Objet modifié".encode() in data


def test_written_files_get_the_users_umask_not_mkstemps_private_mode(tmp_path):
    target = tmp_path / "out.docx"
    old = os.umask(0o022)
    try:
        package._MODE.clear()
        write_atomic(target, b"data")
    finally:
        os.umask(old)
        package._MODE.clear()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
