"""The DOCX package at the edge: safe reading of the zip and its XML, atomic saving.

Nothing is ever extracted to disk. Every limit below exists because a vendor's file is
untrusted input: sizes are counted while inflating (zip headers can lie), XML is parsed
with no DTD, no entity expansion and no network, and entries with unsafe names are
neither read nor written back.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .errors import InputError

MAX_FILE = 512 * 1024 * 1024  # the .docx itself
MAX_PART = 256 * 1024 * 1024  # one inflated part
MAX_TOTAL = 768 * 1024 * 1024  # all inflated parts together
# Real XML rarely deflates beyond 300:1 (a 5 MB run of one repeated word does); a zip bomb
# runs at 1000:1 and more. Checked once a part has inflated past RATIO_FLOOR.
MAX_RATIO = 500
RATIO_FLOOR = 16 * 1024 * 1024
MAX_ENTRIES = 10_000

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml"
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
CT_MACRO_TEMPLATE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
RT_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = (
    "this file is encrypted (password-protected); remove the password in Word and save it again"
)


def _parser() -> etree.XMLParser:
    # huge_tree: a legitimate 5 MB paragraph exceeds libxml2's default text-node limit;
    # it is safe here because no DTD is loaded, so no entity can amplify anything.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_blank_text=False,
    )


def _xml_head(data: bytes) -> str:
    """The prolog of an XML part as text, whatever its encoding (OPC allows UTF-16)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse one XML part, refusing any DTD (entity tricks) or malformed content."""
    head = _xml_head(data)
    if "<!DOCTYPE" in head or "<!ENTITY" in head:
        raise InputError(where, "XML with a DOCTYPE or entity declaration is refused")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(where, f"malformed XML ({exc.msg})") from None
    if root.getroottree().docinfo.doctype:
        raise InputError(where, "XML with a DOCTYPE or entity declaration is refused")
    return root


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name.split("/")[0]:
        return False
    norm = posixpath.normpath(name)
    return not (norm.startswith("..") or "/../" in f"/{norm}/")


def _sniff(path: Path, head: bytes) -> None:
    """Name the format of a file that is not a DOCX, so the user knows what to do."""
    if head.startswith(_OLE_MAGIC):
        # Word wraps a password-protected .docx in an OLE compound file; a legacy .doc is one
        # too. The stream names (UTF-16 in the OLE directory) tell them apart.
        with open(path, "rb") as fh:
            blob = fh.read(64 << 20)
        if any(s.encode("utf-16-le") in blob for s in ("EncryptionInfo", "EncryptedPackage")):
            raise InputError(path, _ENCRYPTED)
        if "WordDocument".encode("utf-16-le") in blob or path.suffix.lower() in (".doc", ".dot"):
            raise InputError(
                path,
                "legacy Word .doc format is not supported; open it in Word or LibreOffice "
                "and save it as .docx",
            )
        raise InputError(path, _ENCRYPTED)
    if head.startswith(b"%PDF"):
        raise InputError(path, "PDF is not supported yet; ask the vendor for the .docx")
    if head.startswith(b"{\\rtf"):
        raise InputError(path, "RTF is not supported yet; save it as .docx")
    if not head:
        raise InputError(path, "the file is empty")
    raise InputError(path, "not a DOCX file (not a zip archive)")


@dataclass
class Package:
    """The parts of a DOCX, read into memory. Parsed XML is cached; modified parts are
    re-serialised on save, the others are written back byte for byte."""

    path: str
    parts: dict[str, bytes]  # name -> raw bytes, in the archive's order
    _xml: dict[str, etree._Element] = field(default_factory=dict)
    _infos: dict[str, zipfile.ZipInfo] = field(default_factory=dict)

    # -- reading ---------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name in self.parts or name in self._xml

    def xml(self, name: str) -> etree._Element:
        """The parsed root of a part (cached: edits to it are saved)."""
        if name not in self._xml:
            if name not in self.parts:
                raise KeyError(name)
            self._xml[name] = parse_xml(self.parts[name], f"{self.path}: {name}")
        return self._xml[name]

    def xml_or_none(self, name: str) -> etree._Element | None:
        return self.xml(name) if self.has(name) else None

    @property
    def main_part(self) -> str:
        return _main_part(self)

    def rels_name(self, part: str) -> str:
        d, b = posixpath.split(part)
        return posixpath.join(d, "_rels", b + ".rels")

    def rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        """Relationships of `part`: id -> (type, resolved target part name or URL, mode)."""
        rn = self.rels_name(part)
        if not self.has(rn):
            return {}
        out = {}
        base = posixpath.dirname(part)
        for rel in self.xml(rn).iter(f"{{{NS_REL}}}Relationship"):
            target = rel.get("Target", "")
            mode = rel.get("TargetMode", "Internal")
            if mode != "External":
                target = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(base, target))
                )
            out[rel.get("Id")] = (rel.get("Type", ""), target, mode)
        return out

    def related(self, part: str, rel_type_suffix: str) -> list[str]:
        """Internal targets of `part`'s relationships whose type ends with the suffix."""
        return [
            t
            for (typ, t, mode) in self.rels(part).values()
            if typ.endswith("/" + rel_type_suffix) and mode != "External"
        ]

    def content_type(self, part: str) -> str | None:
        ct = self.xml("[Content_Types].xml")
        for o in ct.iter(f"{{{NS_CT}}}Override"):
            if o.get("PartName", "").lstrip("/") == part:
                return o.get("ContentType")
        ext = part.rsplit(".", 1)[-1].lower()
        for d in ct.iter(f"{{{NS_CT}}}Default"):
            if d.get("Extension", "").lower() == ext:
                return d.get("ContentType")
        return None

    # -- writing ---------------------------------------------------------------------
    def set_xml(self, name: str, root: etree._Element) -> None:
        """Add or replace a part by its XML tree (serialised on save)."""
        self._xml[name] = root
        self.parts.setdefault(name, b"")

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in self.parts:
                if name in self._xml:
                    data = _serialize(self._xml[name], self.parts.get(name, b""))
                else:
                    data = self.parts[name]
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                zout.writestr(info, data)
        return buf.getvalue()

    def save(self, path: str | os.PathLike, force: bool = False) -> None:
        write_atomic(Path(path), self.to_bytes(), force=force)


_DECL = re.compile(rb"^(\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")


def _serialize(root: etree._Element, original: bytes) -> bytes:
    """A part's XML, its prolog kept as the input wrote it (same line breaks, so a line
    number in the input still names the same element in our output); UTF-8 always."""
    body = etree.tostring(root, encoding="UTF-8")
    m = _DECL.match(original)
    if m and b"utf-16" not in m.group(0).lower():
        return m.group(0) + body
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write `data` to `path` all at once: a reader never sees half a file, and a failure
    leaves nothing behind. Refuses to replace an existing file unless `force`."""
    write_files([(Path(path), data)], force=force)


def write_files(files: list[tuple[Path, bytes]], force: bool = False, durable: bool = True) -> None:
    """Write every file or none: each goes to a temporary file beside its target first, and
    all are renamed into place only once every one of them is complete.

    `durable`: fsync each file before the rename (a crash cannot leave an empty file under
    the final name). A batch writing hundreds of files skips it: the rename alone keeps
    half-written files out of sight, and fsyncs from parallel workers queue on the disk.
    """
    files = [(Path(p), d) for p, d in files]
    for path, _ in files:
        if path.exists() and not force:
            raise InputError(path, "already exists; use --force to overwrite it")
    mode = _file_mode()
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            temps.append((tmp, path))
            # mkstemp makes the file private (0600); the user expects what their umask gives
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


_MODE: list[int] = []


def _file_mode() -> int:
    if not _MODE:
        mask = os.umask(0)
        os.umask(mask)
        _MODE.append(0o666 & ~mask)
    return _MODE[0]


def _main_part(pkg: Package) -> str:
    for typ, target, mode in pkg.rels("").values():
        if typ == RT_OFFICE_DOC and mode != "External":
            return target
    return "word/document.xml"


def open_docx(path: str | os.PathLike) -> Package:
    """Read a .docx into memory, refusing anything hostile or not a Word document."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a .docx file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    if size > MAX_FILE:
        raise InputError(path, f"file too large ({size // 2**20} MB)")
    if not head.startswith(b"PK"):
        _sniff(path, head)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(path, "not a valid zip archive (truncated or corrupt .docx)") from None
    parts: dict[str, bytes] = {}
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(path, "too many entries in the archive")
        names = {i.filename for i in infos}
        if "mimetype" in names:
            mt = zf.read("mimetype")[:100]
            if b"opendocument" in mt:
                raise InputError(path, "OpenDocument (.odt) is not supported yet; save it as .docx")
        total = 0
        for info in infos:
            if info.is_dir() or not _safe_name(info.filename):
                continue  # never read, never written back
            if info.flag_bits & 0x1:
                raise InputError(path, _ENCRYPTED)
            data = bytearray()
            try:
                with zf.open(info) as fh:
                    while True:
                        chunk = fh.read(1 << 20)
                        if not chunk:
                            break
                        data += chunk
                        total += len(chunk)
                        if len(data) > MAX_PART or total > MAX_TOTAL:
                            raise InputError(
                                path,
                                f"refused: {info.filename} inflates beyond the size limit (zip bomb?)",
                            )
                        if len(data) > RATIO_FLOOR and len(data) > MAX_RATIO * max(
                            info.compress_size, 1
                        ):
                            raise InputError(
                                path,
                                f"refused: {info.filename} has a suspicious compression ratio (zip bomb?)",
                            )
            except (
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
                OSError,
                NotImplementedError,
                RuntimeError,
            ):
                raise InputError(
                    path, f"corrupt zip entry {info.filename} (truncated or damaged .docx)"
                ) from None
            parts[info.filename] = bytes(data)
    pkg = Package(str(path), parts)
    if "[Content_Types].xml" not in parts:
        raise InputError(path, "not a Word document: no [Content_Types].xml")
    main = pkg.main_part
    if main not in parts:
        raise InputError(path, f"not a Word document: no {main}")
    ctype = pkg.content_type(main)
    if ctype in (CT_MACRO, CT_MACRO_TEMPLATE):
        raise InputError(
            path, "macro-enabled Word document (.docm) is not supported yet; save it as .docx"
        )
    if ctype not in (CT_MAIN, CT_TEMPLATE):
        raise InputError(path, f"not a Word document (main part type {ctype!r})")
    pkg.xml(main)  # parse now: a malformed main part is an input error, not a crash later
    return pkg
