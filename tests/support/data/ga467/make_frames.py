#!/usr/bin/env python3
"""Writes the fixed GA/T 467 reply frames in this folder (*.hex) from the layout in the standard
(summarised in the design notes, DOMAIN.md, "ID card readers"). It uses nothing from the product:
the point of these files is to check the product's decoder and frame parser against bytes that
were not made by the product's own encoder.

    python3 tests/support/data/ga467/make_frames.py   # rewrites the .hex files beside it

Every card is synthetic (invented names, identity numbers with a correct check digit for
invented people). The .hex files are plain text: hex bytes, whitespace ignored, '#' starts a
comment; each field of the text block is on its own lines under a comment naming it.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

PREAMBLE = bytes([0xAA, 0xAA, 0xAA, 0x96, 0x69])


def ucs2(text, size):
    """A text field: UCS-2 little-endian, padded with spaces (20 00) to `size` bytes."""
    raw = text.encode("utf-16-le")
    assert len(raw) <= size, (text, size)
    return raw + b" \x00" * ((size - len(raw)) // 2)


# Text block layouts (offset, size), written out from the standard.
RESIDENT = [  # also the HK/Macau/Taiwan residence permit ('J' at 248)
    ("name", 0, 30),
    ("gender", 30, 2),
    ("ethnicity", 32, 4),
    ("birth date", 36, 16),
    ("address", 52, 70),
    ("ID number", 122, 36),
    ("issuing authority", 158, 30),
    ("valid from", 188, 16),
    ("valid to", 204, 16),
    ("reserved", 220, 28),
    ("card type flag", 248, 2),
    ("reserved", 250, 6),
]
PERMIT = RESIDENT[:9] + [
    ("pass number", 220, 18),
    ("issue count", 238, 4),
    ("reserved", 242, 6),
    ("card type flag", 248, 2),
    ("reserved", 250, 6),
]
FOREIGN = [  # 2017 foreign permanent resident card ('I' at 248)
    ("English name", 0, 120),
    ("gender", 120, 2),
    ("card number", 122, 30),
    ("nationality (GB/T 2659)", 152, 6),
    ("Chinese name", 158, 30),
    ("issue date", 188, 16),
    ("expiry date", 204, 16),
    ("birth date", 220, 16),
    ("card version", 236, 4),
    ("authority code", 240, 8),
    ("card type flag", 248, 2),
    ("reserved", 250, 6),
]

CARDS = {
    "resident": (RESIDENT, {
        "name": "测试甲", "gender": "1", "ethnicity": "01", "birth date": "19900307",
        "address": "辽宁省大连市中山区样例路1号", "ID number": "210202199003070017",
        "issuing authority": "大连市公安局中山分局", "valid from": "20200101", "valid to": "20400101",
    }),
    "resident-long-term": (RESIDENT, {
        "name": "样例丙", "gender": "2", "ethnicity": "08", "birth date": "19580612",
        "address": "辽宁省大连市金州区样例街2号", "ID number": "210213195806120023",
        "issuing authority": "大连市公安局金州分局", "valid from": "20100301", "valid to": "长期",
    }),
    "permit": (PERMIT, {
        "name": "测试甲", "gender": "1", "birth date": "19900307",
        "address": "辽宁省大连市中山区样例路1号", "ID number": "810000199003070015",
        "issuing authority": "大连市公安局中山分局", "valid from": "20200101", "valid to": "20400101",
        "pass number": "H00000001", "issue count": "01", "card type flag": "J",
    }),
    "foreign": (FOREIGN, {
        "English name": "SAMPLE, TEST", "gender": "1", "card number": "CAN110090030712",
        "nationality (GB/T 2659)": "CAN", "Chinese name": "样例乙", "issue date": "20200101",
        "expiry date": "20400101", "birth date": "19900307", "card version": "17",
        "authority code": "1500", "card type flag": "I",
    }),
}


def photo():
    """1024 bytes standing in for the WLT photo (opaque to the host): byte i is (37 i + 11) mod 256."""
    return bytes((37 * i + 11) % 256 for i in range(1024))


def fingerprint():
    """1024 bytes standing in for two fingerprint templates: byte i is (53 i + 5) mod 256."""
    return bytes((53 * i + 5) % 256 for i in range(1024))


def hexline(data):
    return " ".join("%02x" % b for b in data)


class Frame:
    """A response frame, kept as annotated pieces: AA AA AA 96 69 | LEN | SW1 SW2 SW3 | DATA | CHK."""

    def __init__(self, title, sw3):
        self.title = title
        self.sw = bytes([0x00, 0x00, sw3])
        self.parts = []  # (comment, bytes)

    def add(self, comment, data):
        self.parts.append((comment, data))

    def text(self):
        data = b"".join(d for _, d in self.parts)
        length = len(self.sw) + len(data) + 1
        len_bytes = bytes([length >> 8, length & 0xFF])
        chk = 0
        for b in len_bytes + self.sw + data:
            chk ^= b
        lines = ["# " + line for line in self.title.splitlines()]
        lines.append("# Written by make_frames.py from the GA/T 467 layout; rerun it instead of editing.")
        lines.append("%-48s # preamble" % hexline(PREAMBLE))
        lines.append("%-48s # LEN %d (big-endian): every byte after it, CHK included" % (hexline(len_bytes), length))
        lines.append("%-48s # SW1 SW2 SW3 (%02X)" % (hexline(self.sw), self.sw[2]))
        for comment, part in self.parts:
            if len(part) <= 16:
                lines.append("%-48s # %s" % (hexline(part), comment))
                continue
            lines.append("# " + comment)
            for i in range(0, len(part), 16):
                lines.append(hexline(part[i:i + 16]))
        lines.append("%-48s # CHK: XOR of LEN .. last data byte" % ("%02x" % chk))
        return "\n".join(lines) + "\n"


def text_block(layout, values, frame):
    block = b""
    for field, offset, size in layout:
        assert len(block) == offset, (field, offset, len(block))
        value = values.get(field, "")
        data = ucs2(value, size)
        block += data
        label = "%s, %d bytes at %d" % (field, size, offset)
        if value:
            label += ": " + value
        frame.add(label, data)
    assert len(block) == 256
    return block


def read_reply(name, with_fingerprint):
    layout, values = CARDS[name]
    command = "30 10 (read text + photo + fingerprint)" if with_fingerprint else "30 01 (read text + photo)"
    frame = Frame("Reply to %s: the %s card (synthetic)." % (command, name), 0x90)
    frame.add("text length 256 (big-endian)", bytes([0x01, 0x00]))
    frame.add("photo length 1024", bytes([0x04, 0x00]))
    if with_fingerprint:
        frame.add("fingerprint length 1024", bytes([0x04, 0x00]))
    text_block(layout, values, frame)
    frame.add("photo, 1024 bytes (byte i = (37 i + 11) mod 256)", photo())
    if with_fingerprint:
        frame.add("fingerprint, 1024 bytes (byte i = (53 i + 5) mod 256)", fingerprint())
    return frame


def status_reply(title, sw3, data=b"", comment=""):
    frame = Frame(title, sw3)
    if data:
        frame.add(comment, data)
    return frame


FRAMES = {
    "read-resident": read_reply("resident", False),
    "read-resident-long-term": read_reply("resident-long-term", False),
    "read-permit": read_reply("permit", False),
    "read-foreign": read_reply("foreign", False),
    "read-fingerprint-resident": read_reply("resident", True),
    "ok": status_reply("Reply OK without data (status 11 FF, reset 10 FF).", 0x90),
    "sam-id": status_reply("Reply to 12 FF (read SAM id): 16 bytes, synthetic.", 0x90, bytes([0x01] * 16),
                           "SAM id (16 bytes)"),
    "find-found": status_reply("Reply to 20 01 (find card): a card is on the reader.", 0x9F, bytes(4),
                               "4 bytes (zero)"),
    "find-failed": status_reply("Reply to 20 01 (find card): no card.", 0x80),
    "select-ok": status_reply("Reply to 20 02 (select card): selected.", 0x90, bytes(8), "8 bytes (zero)"),
    "select-failed": status_reply("Reply to 20 02 (select card): select failed.", 0x81),
    "read-failed": status_reply("Reply to a read command: read failed (the card was taken away).", 0x41),
    "command-error": status_reply("Reply to a command the reader does not know.", 0x21),
    "checksum-error": status_reply("Reply to a request with a wrong checksum.", 0x10),
    "length-error": status_reply("Reply to a request with an impossible length.", 0x11),
}


def main():
    for name, frame in FRAMES.items():
        with open(os.path.join(HERE, name + ".hex"), "w", encoding="utf-8", newline="\n") as f:
            f.write(frame.text())


if __name__ == "__main__":
    main()
