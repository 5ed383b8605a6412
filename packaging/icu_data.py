"""A small ICU data library for the frozen app: collation for Chinese and English only.

Qt Core links ICU, whose 31 MB data library holds every locale, converter, break iterator
and time zone. Catalogue needs only collation (QCollator: Chinese by stroke count under a
Hong Kong or Taiwan locale, by pinyin under a mainland one; English), so build.spec
replaces that library with one made here:

1. `extract`: the common data blob behind the library's `icudtNN_dat` symbol (read from
   the ELF symbol table, so no ICU tools are needed);
2. `filtered`: the same ICU common-data package (format "CmnD") with only the items that
   collation needs (`keep`);
3. `build_library`: a shared library with the same soname exporting `icudtNN_dat` over
   the filtered blob (the assembler's .incbin), which the bundled libicuuc loads as it
   loaded the original.

Run as a script to write the .dat: `python packaging/icu_data.py LIB OUT.dat`.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

ALIGN = 16
"""ICU's pkgdata aligns every item to 16 bytes; readers expect it."""

COLLATION = re.compile(r"coll/(ucadata\.icu|(root|res_index|en(_\w+)?|zh(_\w+)?)\.res)")
"""The items kept: the root collation and its tables (ucadata), the collation index, and
the English and Chinese tailorings (stroke, pinyin, zhuyin ...). Nothing else: every other
locale's collation, and every tree the collator does not read (locale names, currencies,
time zones, converters, break iterators, transliterators). Collating under zh_HK, zh_TW,
zh_MO, zh_CN, zh_SG, en and de gives the same order with these as with the whole data
(checked by hand; tests/core/test_collation.py checks the Chinese and English orders)."""


def keep(name: str) -> bool:
    """Whether item `name` (without the "icudtNNl/" prefix) ships."""
    return bool(COLLATION.fullmatch(name))


def extract(library: Path) -> tuple[str, bytes]:
    """(symbol, blob): the `icudtNN_dat` common data inside an ELF64 ICU data library."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{library}: not a little-endian ELF64 library")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for start in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", data, start)
            end = data.index(b"\0", strings[4] + st_name)
            symbol = data[strings[4] + st_name:end].decode()
            if re.fullmatch(r"icudt\d+_dat", symbol) and shndx not in (0, 0xFFF1):
                section = sections[shndx]
                at = value - section[3] + section[4]
                return symbol, data[at:at + length]
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    base = header_size
    count, = struct.unpack_from("<I", blob, base)
    entries = [struct.unpack_from("<II", blob, base + 4 + 8 * i) for i in range(count)]
    result = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(blob) - base
        name = blob[base + name_offset:blob.index(b"\0", base + name_offset)].decode()
        result.append((name, blob[base + data_offset:base + end]))
    return blob[:header_size], result


def package(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of `entries` (names sorted as ICU's binary search needs)."""
    entries = sorted(entries, key=lambda entry: entry[0].encode())
    names = b"".join(name.encode() + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    offset = toc_size + len(names)
    offset += -(len(header) + offset) % ALIGN
    toc, body = [struct.pack("<I", len(entries))], []
    name_offset = toc_size
    for name, item in entries:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name.encode()) + 1
        padded = item + b"\0" * (-len(item) % ALIGN)
        body.append(padded)
        offset += len(padded)
    head = header + b"".join(toc) + names
    return head + b"\0" * (-len(head) % ALIGN) + b"".join(body)


def filtered(blob: bytes) -> bytes:
    """`blob` with only the items `keep` wants."""
    header, entries = items(blob)
    return package(header, [(name, item) for name, item in entries
                            if keep(name.split("/", 1)[1])])


def build_library(library: Path, output: Path, work: Path) -> None:
    """`output`: a library like `library` (same soname) over the filtered data."""
    symbol, blob = extract(library)
    dat = work / f"{symbol[:-4]}l.dat"
    dat.write_bytes(filtered(blob))
    source = work / "icudata_filtered.S"
    source.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
        f'\t.balign 16\n{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n')
    subprocess.run(["cc", "-shared", "-fPIC", f"-Wl,-soname,{library.name}", "-o", str(output),
                    str(source)], check=True)


if __name__ == "__main__":
    _symbol, _blob = extract(Path(sys.argv[1]))
    Path(sys.argv[2]).write_bytes(filtered(_blob))
