"""Bytes to text: Unicode with or without a byte-order mark, refusals that name the cause.

UTF-8 is the default. A byte-order mark names UTF-8, UTF-16 or UTF-32 (little or big
endian) and is honoured. A NUL character anywhere in the decoded text, or many control
characters, mark a binary file. Bytes that are no valid UTF-8 are refused with a hint
naming the likely encoding (``likely_encoding``), so the fix is one ``iconv`` away.
"""

from __future__ import annotations

import codecs

from pipeline.doc.errors import InputError

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)
CONTROL_SHARE = 0.05  # more control characters than this in the first SAMPLE: binary
SAMPLE = 8192
ALLOWED_CONTROLS = frozenset("\t\n\x0c\r")


def decode(raw: bytes, name: str) -> str:
    """Decode a file's bytes to text, or raise InputError (empty, binary, encoding)."""
    if not raw.strip():
        raise InputError(name, "document is empty (0 bytes of text)", "empty")
    text, label = _decode_unicode(raw, name)
    if not text.strip():
        raise InputError(name, "document is empty (0 bytes of text)", "empty")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(name, f"binary file, not text (NUL character at offset {nul} of "
                         f"the {label} text)", "binary")
    head = text[:SAMPLE]
    controls = sum(1 for ch in head if ch < " " and ch not in ALLOWED_CONTROLS)
    if controls > len(head) * CONTROL_SHARE:
        raise InputError(name, f"binary file, not text ({controls} control characters in "
                         f"the first {len(head)})", "binary")
    return text


def _decode_unicode(raw: bytes, name: str) -> tuple[str, str]:
    for bom, codec, label in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), label
            except UnicodeDecodeError as e:
                raise InputError(name, f"starts with a {label} byte-order mark but is not "
                                 f"valid {label} (at byte {e.start + len(bom)})",
                                 "encoding") from e
    if b"\x00" in raw[:SAMPLE] and likely_encoding(raw).startswith("UTF-16"):
        guess = likely_encoding(raw)
        raise InputError(name, f"looks like {guess} without a byte-order mark: convert it with "
                         f"`iconv -f {guess} -t UTF-8`", "encoding")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as e:
        if b"\x00" in raw[:SAMPLE] and likely_encoding(raw) not in ("UTF-16LE", "UTF-16BE"):
            raise InputError(name, "binary file, not text (NUL bytes)", "binary") from e
        guess = likely_encoding(raw)
        raise InputError(
            name,
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); it looks like "
            f"{guess}: convert it with `iconv -f {guess} -t UTF-8`",
            "encoding",
        ) from e


def likely_encoding(raw: bytes) -> str:
    """The encoding bytes that are not UTF-8 were most likely written in (a guess)."""
    sample = raw[:SAMPLE]
    pairs = len(sample) // 2
    if pairs:
        even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
        odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
        if odd > pairs * 0.3 and even < pairs * 0.05:
            return "UTF-16LE"
        if even > pairs * 0.3 and odd < pairs * 0.05:
            return "UTF-16BE"
    high = [b for b in sample if b >= 0x80]
    # Cyrillic words are runs of high bytes; accented Latin letters stand alone (Société).
    paired = sum(1 for i, b in enumerate(sample) if b >= 0x80 and (
        (i > 0 and sample[i - 1] >= 0x80) or (i + 1 < len(sample) and sample[i + 1] >= 0x80)))
    cyrillic = sum(1 for b in high if b >= 0xC0)
    if high and cyrillic > len(high) * 0.6 and paired > len(high) * 0.5:
        # Mostly lowercase running text: CP1251 puts а-я at E0-FF, KOI8-R at C0-DF.
        upper_half = sum(1 for b in high if b >= 0xE0)
        return "CP1251" if upper_half >= cyrillic - upper_half else "KOI8-R"
    return "CP1252"
