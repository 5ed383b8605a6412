"""Annex documents without the database or Qt: the size limit, reading a file to attach,
checking a web address, and file names that are safe on every system.

The window, the services and `catalogue export-documents` share these, so a file refused
in one is refused in all, with the same one line.
"""

import base64
import datetime
import hashlib
import mimetypes
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from catalogue.i18n import translate
from catalogue.kinds import Kind, RecordKey
from catalogue.spec import ServiceError

MAX_DOCUMENT_MB = 50
MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1000 * 1000
"""The largest file a catalogue keeps (README: "Annex documents"). An agreement's text is
a few MB at most; the limit keeps every backup, copy and undo step of the one file small
enough to be quick."""
OWNER_KINDS = (Kind.ANNEX, Kind.AGREEMENT)
"""What documents can be attached to."""
URL_SCHEMES = ("http", "https")
MAX_URL = 2000
MAX_FILE_NAME = 255
CHUNK = 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"


class DocumentError(ServiceError):
    """A document cannot be attached, opened or saved; the message is one line."""


@dataclass(frozen=True)
class DocumentFile:
    """A file read to be attached: its name (no folder), type, bytes and their SHA-256."""

    file_name: str
    media_type: str
    content: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class DocumentInfo:
    """One attached document as lists show it: everything but its bytes."""

    id: int
    owner: RecordKey
    file_name: str
    media_type: str
    size: int
    sha256: str
    url: str
    notes: str = ""

    @property
    def is_link(self) -> bool:
        """A web address, with no file kept."""
        return bool(self.url)

    @property
    def title(self) -> str:
        return self.url if self.is_link else self.file_name


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def human_size(size: int) -> str:
    """1,234,567 -> "1.2 MB" (decimal units, as file managers show them)."""
    if size < 1000:
        return translate("Documents", "{size} bytes").format(size=size)
    value = size / 1000
    for unit in ("kB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


DOCUMENTS = "documents"
"""The field under which a change to an annex or agreement records its documents: one
attached ([None, document]) or removed ([document, None]); a deleted owner's delete
records all of them ([[documents], None]), so it can come back whole: their bytes are
kept once by SHA-256 in the document store (migration 0009), not in the change row (a
row written before 0009 holds them in base64 as "content": still read)."""
DESCRIBED = ("id", "file_name", "url", "size", "sha256", "media_type", "notes", "added_at")


def described(values: Mapping[str, Any]) -> dict[str, Any]:
    """A document as the history keeps it: what names and proves it (its SHA-256 finds
    its bytes in the document store), never the bytes themselves."""
    kept = {name: values.get(name) for name in DESCRIBED}
    if kept.get("added_at") is not None:
        kept["added_at"] = str(kept["added_at"])
    return kept


def from_described(kept: dict[str, Any]) -> dict[str, Any]:
    """A document row again from what a delete kept (a new id: it may be taken); its
    bytes from a row written before 0009 (base64), else None: taken from the store."""
    row = {name: kept.get(name) for name in DESCRIBED if name != "id"}
    added = row.get("added_at")
    row["added_at"] = datetime.datetime.fromisoformat(str(added)) if added else None
    row["notes"] = row.get("notes") or ""
    row["content"] = (base64.b64decode(kept["content"]) if kept.get("content") is not None
                      else None)
    return row


def listed(value: Any) -> str:
    """Documents as the history shows them: 'report.pdf (1.2 MB)', a web address as is."""
    if value is None:
        return ""
    items = value if isinstance(value, list) else [value]
    return ", ".join(
        str(item.get("url")) if item.get("url") else translate(
            "Documents", "{name} ({size})").format(name=item.get("file_name", ""),
                                                   size=human_size(int(item.get("size") or 0)))
        for item in items if isinstance(item, dict))


def too_large(name: str, size: int) -> DocumentError:
    """The one-line refusal of a file over the limit."""
    return DocumentError(translate(
        "Documents", "{name} is {size}; a document can be at most {most} MB (attach a web "
        "address to it instead)").format(name=name, size=human_size(size),
                                         most=MAX_DOCUMENT_MB))


def media_type_of(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MEDIA_TYPE


def check_file_name(name: str) -> str:
    """A stored file name: one line, no folder, not empty."""
    name = " ".join(name.replace("\\", "/").rsplit("/", 1)[-1].split())
    if not name or name in (".", ".."):
        raise DocumentError(translate("Documents", "a document needs a file name"))
    if len(name) > MAX_FILE_NAME:
        raise DocumentError(translate(
            "Documents", "the file name is too long ({length} characters; at most {most})"
        ).format(length=len(name), most=MAX_FILE_NAME))
    return name


def read_document(path: Path, cancelled: Callable[[], bool] | None = None) -> DocumentFile:
    """Read a file to attach, refusing one over the limit before reading a byte of it (and
    one that grows past it while read). DocumentError says why in one line; `cancelled()`
    answering True stops the reading (DocumentError too)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(translate("Documents", "{path} is a folder, not a file").format(
                path=path))
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(translate("Documents", "{path} is not a regular file").format(
                path=path))
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise too_large(path.name, info.st_size)
        hasher = hashlib.sha256()
        chunks: list[bytes] = []
        read = 0
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                read += len(chunk)
                if read > MAX_DOCUMENT_BYTES:
                    raise too_large(path.name, read)
                if cancelled is not None and cancelled():
                    raise DocumentError(translate("Documents", "cancelled; nothing was "
                                                  "attached"))
                hasher.update(chunk)
                chunks.append(chunk)
    except OSError as error:
        raise DocumentError(translate("Documents", "cannot read {path}: {error}").format(
            path=path, error=error.strerror or error)) from None
    name = check_file_name(path.name)
    return DocumentFile(name, media_type_of(name), b"".join(chunks), hasher.hexdigest())


def check_url(text: str) -> str:
    """A web address to attach: http or https, with a host, one line."""
    url = text.strip()
    parts = urlsplit(url)
    if (parts.scheme.lower() not in URL_SCHEMES or not parts.netloc or any(
            character.isspace() for character in url)):
        raise DocumentError(translate(
            "Documents", "{url!r} is not a web address (it must start with https:// or "
            "http://)").format(url=url[:80]))
    if len(url) > MAX_URL:
        raise DocumentError(translate("Documents", "the web address is too long ({length} "
                                      "characters; at most {most})").format(
                                          length=len(url), most=MAX_URL))
    return url


# -- file names for every system -----------------------------------------------------------

UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
"""Characters Windows, macOS or Linux refuse (or treat specially) in a file name."""
RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)",
                      re.IGNORECASE)
"""Names Windows keeps for devices, with or without an extension."""
NAME_MOST_BYTES = 180
"""Room left within the 255 bytes file systems allow for a " (12)" and a temporary name."""


def safe_name(name: str, fallback: str = "document") -> str:
    """`name` as a file name every system accepts: composed Unicode (as macOS stores it),
    unsafe characters as "_", no leading dots (hidden) nor trailing dots or spaces
    (Windows drops them), not a device name, and at most NAME_MOST_BYTES bytes with its
    extension kept."""
    name = unicodedata.normalize("NFC", name)
    name = UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    if not name:
        name = fallback
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name, ""
    if RESERVED.fullmatch(stem.split(".")[0].strip()):
        stem = "_" + stem
    extension = extension[:20]
    suffix = f".{extension}" if extension else ""
    room = NAME_MOST_BYTES - len(suffix.encode())
    encoded = stem.encode()
    if len(encoded) > room:
        stem = encoded[:room].decode(errors="ignore").rstrip(". ") or fallback
    return stem + suffix


def numbered(name: str, number: int) -> str:
    """The name to try when `name` is taken: "report (2).pdf"."""
    if number < 2:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        return f"{name} ({number})"
    return f"{stem} ({number}).{extension}"
