#!/usr/bin/env python3
"""Build pinyin.tsv: Mandarin readings of CJK ideographs as toneless lowercase pinyin.

Source: Unihan database, Unicode 15.0.0, file Unihan_Readings.txt from the Debian package
unicode-data 15.0.0-1 (/usr/share/unicode/Unihan_Readings.txt.bz2).
Licence of the data: Unicode License v3 (Unicode Data Files and Software License),
see https://www.unicode.org/license.txt; Copyright (c) Unicode, Inc.

Characters covered: CJK Unified Ideographs U+4E00-U+9FFF and Extension A U+3400-U+4DBF,
every one that has at least one Mandarin reading.
Readings, most common first: kMandarin, then kHanyuPinlu (ordered by its frequency counts),
then kTGHZ2013, kXHC1983 and kHanyuPinyin. Tones are dropped, ü is written v, duplicates are
removed keeping the first place.

Output: a header line, then `codepoint<TAB>char<TAB>readings` with readings separated by one
space, e.g. `U+884C	行	xing hang heng`.

Regenerate (run by hand): python3 resources/pinyin/make_pinyin.py [path/to/Unihan_Readings.txt.bz2]
"""
import bz2
import os
import re
import sys
import unicodedata

SOURCE = '/usr/share/unicode/Unihan_Readings.txt.bz2'
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
FIELD_ORDER = ('kMandarin', 'kHanyuPinlu', 'kTGHZ2013', 'kXHC1983', 'kHanyuPinyin')


def toneless(syllable):
    s = unicodedata.normalize('NFD', syllable.strip().lower())
    s = s.replace('u\u0308', 'v')
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return s


def parseField(field, value):
    """Return the readings of one field in the field's own order (with tones)."""
    if field == 'kMandarin':
        return value.split()
    if field == 'kHanyuPinlu':
        items = []
        for index, item in enumerate(value.split()):
            m = re.fullmatch(r'(.+)\((\d+)\)', item)
            if m:
                items.append((-int(m.group(2)), index, m.group(1)))
        return [reading for _, _, reading in sorted(items)]
    # kHanyuPinyin, kXHC1983, kTGHZ2013: "location:reading[,reading] location:reading ..."
    readings = []
    for entry in value.split():
        readings.extend(entry.rsplit(':', 1)[-1].split(','))
    return readings


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else SOURCE
    fields = {}
    with bz2.open(source, 'rt', encoding='utf-8') as f:
        for line in f:
            if not line.startswith('U+'):
                continue
            cp, field, value = line.rstrip('\n').split('\t', 2)
            if field not in FIELD_ORDER:
                continue
            code = int(cp[2:], 16)
            if not any(lo <= code <= hi for lo, hi in RANGES):
                continue
            fields.setdefault(code, {})[field] = value
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pinyin.tsv')
    tmp = out + '.tmp'
    count = 0
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('codepoint\tchar\treadings\n')
        for code in sorted(fields):
            readings = []
            for field in FIELD_ORDER:
                if field in fields[code]:
                    for r in parseField(field, fields[code][field]):
                        r = toneless(r)
                        if r and re.fullmatch(r'[a-z]+', r) and r not in readings:
                            readings.append(r)
            if readings:
                f.write(f'U+{code:04X}\t{chr(code)}\t{" ".join(readings)}\n')
                count += 1
    os.replace(tmp, out)
    print(f'{out}: {count} characters, {os.path.getsize(out)} bytes')


if __name__ == '__main__':
    main()
