#!/usr/bin/env python3
"""Build cn_workdays.json: China's statutory holidays and make-up working days, by notice year.

Source of the dates: npm package chinese-days 1.5.7 (MIT licence, Copyright (c) 2024 Yawei sun),
files dist/years/<year>.json (dates) and src/holidays/generate.ts (the gov.cn address of each
year's State Council General Office notice, quoted there with the notice text).
Cross-check: npm package holiday-calendar 1.3.3 (MIT licence), data/CN/<year>.json.
The dates are facts published in the notices of 国务院办公厅 (and, for 2015-09-03, of 国务院);
where the two packages disagree the notice decides (see DECISIONS below and README.md).

Notice-year rule: a New Year (元旦) day off or make-up working day that falls in December belongs
to the next year's notice (e.g. 2018-12-29 is in the 2019 notice).

Regenerate (run by hand; nothing is fetched at build time):
  npm install --prefix /tmp/ycnpm chinese-days@1.5.7 holiday-calendar@1.3.3
  python3 resources/calendar/make_cn_workdays.py /tmp/ycnpm/node_modules
The script prints every date on which the two packages disagree about whether it is a working day.
"""
import datetime
import glob
import json
import os
import re
import sys

CHINESE_DAYS_VERSION = '1.5.7'
HOLIDAY_CALENDAR_VERSION = '1.3.3'

NAMES = {
    '元旦': '元旦', '春节': '春节', '清明': '清明节', '劳动节': '劳动节', '端午': '端午节',
    '中秋': '中秋节', '国庆节': '国庆节',
    '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
}

# Years whose notice lists the National Day and Mid-autumn holidays as one period.
COMBINED_AUTUMN = {
    2009: '国庆节、中秋节', 2012: '中秋节、国庆节', 2017: '中秋节、国庆节',
    2020: '国庆节、中秋节', 2023: '中秋节、国庆节', 2025: '国庆节、中秋节',
}

# Further notices that changed a year's arrangement after the main one.
EXTRA_NOTICES = {
    2015: [('国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
            'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm')],
    2019: [('国务院办公厅关于调整2019年劳动节假期安排的通知',
            'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm')],
    2020: [('国务院办公厅关于延长2020年春节假期的通知',
            'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm')],
}

# Dates where holiday-calendar disagrees with chinese-days, checked against the notice text:
# date -> (working day per the notice?, reason).
DECISIONS = {
    '2004-01-02': (True, '2004 notice: 元旦 1月1日放假 (one day only)'),
    '2004-04-25': (False, '2004 notice: 5月8日、9日上班 (not 4月25日)'),
    '2004-05-09': (True, '2004 notice: 5月8日、9日上班'),
    '2004-09-26': (False, '2004 notice: 10月9日、10日上班 (not 9月26日)'),
    '2004-10-10': (True, '2004 notice: 10月9日、10日上班'),
    '2005-12-31': (True, '2006 notice: 12月31日(星期六)上班 (missing in chinese-days, see CORRECTIONS)'),
    '2007-12-29': (True, '2008 notice: 12月29日（星期六）上班'),
    '2007-12-31': (False, '2008 notice: 12月29日公休日调至12月31日 (day off)'),
    '2008-05-04': (True, '2008 notice: 5月4日（星期日）上班'),
    '2008-06-07': (False, '2008 notice: 端午节 6月7日—9日放假'),
    '2008-09-13': (False, '2008 notice: 中秋节 9月13日—15日放假'),
    '2009-01-04': (True, '2009 notice: 1月4日（星期日）上班'),
    '2009-09-27': (True, '2009 notice: 9月27日（星期日）、10月10日（星期六）上班'),
    '2011-12-31': (True, '2012 notice: 2011年12月31日（星期六）上班'),
    '2015-01-04': (True, '2015 notice: 1月4日（星期日）上班'),
    '2016-04-02': (False, '2016 notice: 清明节 4月4日放假，与周末连休 - no make-up working day'),
    '2018-06-16': (False, '2018 notice: 端午节 6月18日放假，与周末连休 - no make-up working day'),
    '2018-09-22': (False, '2018 notice: 中秋节 9月24日放假，与周末连休 - no make-up working day'),
}

# Corrections to chinese-days, checked against the notice text: date -> (kind, holiday name).
CORRECTIONS = {
    '2005-12-31': ('workday', '元旦'),  # 2006 notice: 12月31日(星期六)上班
}


def noticeUrls(generateTs):
    """Map year -> first gov.cn address in that year's comment block of generate.ts."""
    urls = {}
    for block in re.findall(r'/\*\*(.*?)\*/', generateTs, re.S):
        m = re.search(r'^\s*\*\s*(\d{4})\s*$', block, re.M)
        if not m:
            continue
        year = int(m.group(1))
        u = re.search(r'https?://www\.gov\.cn/\S+', block)
        if u:
            urls[year] = u.group(0)
    return urls


def noticeYear(date, name):
    d = datetime.date.fromisoformat(date)
    if name == '元旦' and d.month == 12:
        return d.year + 1
    return d.year


def isWorking(date, holidays, workdays):
    if date in workdays:
        return True
    if date in holidays:
        return False
    return datetime.date.fromisoformat(date).weekday() < 5


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '/tmp/ycnpm/node_modules'
    cd = os.path.join(root, 'chinese-days')
    with open(os.path.join(cd, 'package.json'), encoding='utf-8') as f:
        assert json.load(f)['version'] == CHINESE_DAYS_VERSION
    with open(os.path.join(cd, 'src', 'holidays', 'generate.ts'), encoding='utf-8') as f:
        urls = noticeUrls(f.read())

    holidays = {}   # date -> name
    workdays = {}   # date -> name
    for path in sorted(glob.glob(os.path.join(cd, 'dist', 'years', '*.json'))):
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        for date, value in data['holidays'].items():
            holidays[date] = NAMES[value.split(',')[1]]
        for date, value in data['workdays'].items():
            workdays[date] = NAMES[value.split(',')[1]]

    rawHolidays, rawWorkdays = dict(holidays), dict(workdays)
    for date, (kind, name) in CORRECTIONS.items():
        holidays.pop(date, None)
        workdays.pop(date, None)
        (workdays if kind == 'workday' else holidays)[date] = name

    years = {}
    for date, name in holidays.items():
        y = noticeYear(date, name)
        years.setdefault(y, {'holidays': {}, 'workdays': []})['holidays'].setdefault(name, []).append(date)
    for date, name in workdays.items():
        y = noticeYear(date, name)
        years.setdefault(y, {'holidays': {}, 'workdays': []})['workdays'].append(date)

    # Cross-check with holiday-calendar.
    hc = os.path.join(root, 'holiday-calendar')
    with open(os.path.join(hc, 'package.json'), encoding='utf-8') as f:
        assert json.load(f)['version'] == HOLIDAY_CALENDAR_VERSION
    hcHolidays, hcWorkdays, hcYears = set(), set(), set()
    for path in glob.glob(os.path.join(hc, 'data', 'CN', '[0-9][0-9][0-9][0-9].json')):
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        hcYears.add(data['year'])
        for entry in data['dates']:
            if entry['type'] == 'transfer_workday':
                hcWorkdays.add(entry['date'])
            else:
                hcHolidays.add(entry['date'])
    common = sorted(set(years) & hcYears)
    disagreements = []
    day = datetime.date(common[0], 1, 1)
    while day <= datetime.date(common[-1], 12, 31):
        iso = day.isoformat()
        a = isWorking(iso, rawHolidays, rawWorkdays)
        b = isWorking(iso, hcHolidays, hcWorkdays)
        if a != b:
            disagreements.append((iso, a, b))
        day += datetime.timedelta(days=1)
    undecided = []
    for iso, a, b in disagreements:
        decision = DECISIONS.get(iso)
        final = isWorking(iso, holidays, workdays)
        print(f'disagreement {iso}: chinese-days working={a}, holiday-calendar working={b}; '
              f'decided: {decision[1] if decision else "UNDECIDED"}')
        if decision is None or decision[0] != final:
            undecided.append(iso)
    if undecided:
        sys.exit(f'no decision agreeing with the output for {undecided}; check the notices')

    out = {
        'format': 'yichuang-workdays',
        'formatVersion': 1,
        'source': f'State Council General Office notices (gov.cn); dates taken from npm chinese-days '
                  f'{CHINESE_DAYS_VERSION} (MIT) and checked against holiday-calendar '
                  f'{HOLIDAY_CALENDAR_VERSION} (MIT) and the notice texts',
        'firstYear': min(years),
        'lastYear': max(years),
        'years': {},
    }
    for y in sorted(years):
        groups = [{'name': n, 'dates': sorted(d)} for n, d in years[y]['holidays'].items()]
        groups.sort(key=lambda g: g['dates'][0])
        # Years whose notice gives 国庆节 and 中秋节 as one period, under this name.
        if y in COMBINED_AUTUMN:
            autumn = sorted(d for g in groups if g['name'] in ('国庆节', '中秋节') for d in g['dates'])
            groups = [g for g in groups if g['name'] not in ('国庆节', '中秋节')]
            groups.append({'name': COMBINED_AUTUMN[y], 'dates': autumn})
            groups.sort(key=lambda g: g['dates'][0])
        merged = groups
        entry = {
            'notice': f'国务院办公厅关于{y}年部分节假日安排的通知',
            'url': urls.get(y, ''),
            'holidays': merged,
            'workdays': sorted(years[y]['workdays']),
        }
        if y in EXTRA_NOTICES:
            entry['furtherNotices'] = [{'notice': n, 'url': u} for n, u in EXTRA_NOTICES[y]]
        out['years'][str(y)] = entry

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cn_workdays.json')
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=1) + '\n')
    os.replace(tmp, path)
    missing = [y for y in sorted(years) if not urls.get(y)]
    print(f'{path}: years {min(years)}-{max(years)}, {len(disagreements)} disagreements, '
          f'no gov.cn address for: {missing}')


if __name__ == '__main__':
    main()
