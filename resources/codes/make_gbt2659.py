#!/usr/bin/env python3
"""Build gbt2659_countries.tsv: ISO 3166-1 / GB/T 2659 country and region codes.

Source: Debian package iso-codes 4.15.0-1 (LGPL-2.1-or-later; the code list itself is
ISO 3166-1 maintenance-agency data):
  /usr/share/iso-codes/json/iso_3166-1.json            codes and English names
  /usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo    Simplified Chinese names (gettext)
GB/T 2659 adopts ISO 3166-1 codes, so the code columns are the same. Where the Chinese catalog
has no translation the English name is used, and the script says so.
For Hong Kong, Macao and Taiwan, names are set to the forms used in Chinese official lists
(OVERRIDES below), whatever the catalog says.

Regenerate (run by hand; the build does not need iso-codes):
  apt-get install -y iso-codes
  python3 resources/codes/make_gbt2659.py
"""
import gettext
import json
import os

JSON_PATH = '/usr/share/iso-codes/json/iso_3166-1.json'
MO_PATH = '/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo'
OVERRIDES = {
    'CHN': '中国',
    'HKG': '中国香港',
    'MAC': '中国澳门',
    'TWN': '中国台湾',
}


def main():
    with open(JSON_PATH, encoding='utf-8') as f:
        entries = json.load(f)['3166-1']
    with open(MO_PATH, 'rb') as f:
        catalog = gettext.GNUTranslations(f)
    rows = []
    untranslated = []
    for e in entries:
        nameEn = e['name']
        nameZh = catalog.gettext(nameEn)
        if nameZh == nameEn:
            untranslated.append(e['alpha_3'])
        nameZh = OVERRIDES.get(e['alpha_3'], nameZh)
        rows.append((e['alpha_3'], e['alpha_2'], e['numeric'], nameZh, nameEn))
    rows.sort()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gbt2659_countries.tsv')
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('alpha3\talpha2\tnumeric\tnameZh\tnameEn\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    os.replace(tmp, out)
    print(f'{out}: {len(rows)} entries; untranslated: {" ".join(untranslated) or "none"}')


if __name__ == '__main__':
    main()
