#!/usr/bin/env python3
"""Write gbt2261_gender.tsv and gb3304_ethnicity.tsv.

Sources (the tables are facts from national standards, typed in here by hand):
  - GB/T 2261.1-2003 "个人基本信息分类与代码 第1部分：人的性别代码".
  - GB 3304-1991 "中国各民族名称的罗马字母拼写法和代码" (numeric code, Chinese name,
    romanised name). The standard gives no romanised name for 97 and 98; that column is empty.
The "short" column is the name as printed from an ID card: without the trailing 族
(97 and 98 keep their full names).

Regenerate: python3 resources/codes/make_small_codes.py
"""
import os

GENDER = [
    ('0', '未知的性别'),
    ('1', '男'),
    ('2', '女'),
    ('9', '未说明的性别'),
]

ETHNICITY = [
    ('01', '汉族', 'Han'), ('02', '蒙古族', 'Mongol'), ('03', '回族', 'Hui'),
    ('04', '藏族', 'Zang'), ('05', '维吾尔族', 'Uygur'), ('06', '苗族', 'Miao'),
    ('07', '彝族', 'Yi'), ('08', '壮族', 'Zhuang'), ('09', '布依族', 'Buyei'),
    ('10', '朝鲜族', 'Chosen'), ('11', '满族', 'Man'), ('12', '侗族', 'Dong'),
    ('13', '瑶族', 'Yao'), ('14', '白族', 'Bai'), ('15', '土家族', 'Tujia'),
    ('16', '哈尼族', 'Hani'), ('17', '哈萨克族', 'Kazak'), ('18', '傣族', 'Dai'),
    ('19', '黎族', 'Li'), ('20', '傈僳族', 'Lisu'), ('21', '佤族', 'Va'),
    ('22', '畲族', 'She'), ('23', '高山族', 'Gaoshan'), ('24', '拉祜族', 'Lahu'),
    ('25', '水族', 'Sui'), ('26', '东乡族', 'Dongxiang'), ('27', '纳西族', 'Naxi'),
    ('28', '景颇族', 'Jingpo'), ('29', '柯尔克孜族', 'Kirgiz'), ('30', '土族', 'Tu'),
    ('31', '达斡尔族', 'Daur'), ('32', '仫佬族', 'Mulao'), ('33', '羌族', 'Qiang'),
    ('34', '布朗族', 'Blang'), ('35', '撒拉族', 'Salar'), ('36', '毛南族', 'Maonan'),
    ('37', '仡佬族', 'Gelao'), ('38', '锡伯族', 'Xibe'), ('39', '阿昌族', 'Achang'),
    ('40', '普米族', 'Pumi'), ('41', '塔吉克族', 'Tajik'), ('42', '怒族', 'Nu'),
    ('43', '乌孜别克族', 'Uzbek'), ('44', '俄罗斯族', 'Russ'), ('45', '鄂温克族', 'Ewenki'),
    ('46', '德昂族', 'Deang'), ('47', '保安族', 'Bonan'), ('48', '裕固族', 'Yugur'),
    ('49', '京族', 'Gin'), ('50', '塔塔尔族', 'Tatar'), ('51', '独龙族', 'Derung'),
    ('52', '鄂伦春族', 'Oroqen'), ('53', '赫哲族', 'Hezhen'), ('54', '门巴族', 'Monba'),
    ('55', '珞巴族', 'Lhoba'), ('56', '基诺族', 'Jino'),
    ('97', '其他', ''), ('98', '外国血统中国籍人士', ''),
]


def write(path, header, rows):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    os.replace(tmp, path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, 'gbt2261_gender.tsv'), ('code', 'name'), GENDER)
    rows = []
    for code, name, roman in ETHNICITY:
        short = name[:-1] if name.endswith('族') else name
        rows.append((code, name, roman, short))
    assert len([r for r in rows if int(r[0]) <= 56]) == 56
    assert len({r[1] for r in rows}) == len(rows)
    write(os.path.join(here, 'gb3304_ethnicity.tsv'), ('code', 'name', 'roman', 'short'), rows)
    print(f'{len(GENDER)} gender codes, {len(rows)} ethnicity codes')


if __name__ == '__main__':
    main()
