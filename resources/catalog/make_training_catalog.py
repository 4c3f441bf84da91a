#!/usr/bin/env python3
"""Builds training-catalog.json, the Yichuang training service-item catalog for Dalian.

Usage: python3 make_training_catalog.py [output.json]   (default: training-catalog.json beside this script)

Source and licence of the data:
- Item selection, wording of conditions, situations, materials, steps, time limits and places: our own
  work for training, modelled on the public 办事指南 (service guide) field set; it is NOT an official
  catalog and must not be used to advise real applicants.
- Legal bases: titles (and, where we were sure of them, article numbers) of laws, administrative
  regulations and rules of the People's Republic of China. Such official documents are excluded from
  copyright protection (Copyright Law of the PRC, Art. 5). Where we were not sure of an article number we
  cite the title only.
- Fee standards: the two national fee notices named in the items (resident ID card fee; real estate
  registration fee) are public official documents.
- Area codes: GB/T 2260 county-level codes of Dalian (facts). Street/township codes, basic codes,
  organisation codes, unified social credit codes, phone numbers and hall places are SYNTHETIC.
  Credit codes carry a valid GB 32100-2015 check character; the embedded 9-character organisation code
  starts with "YC" and carries a valid GB 11714 check character, so they cannot be mistaken for real ones.
"""
import json
import os
import sys

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(first17):
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def org_code(seq):
    """Synthetic 9-character organisation code (GB 11714 check): 'YC' + 6 digits + check."""
    body = "YC%06d" % seq
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, ORG_WEIGHTS))
    c9 = 11 - total % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


assert uscc_check("91350100M000100Y4") == "3"  # published example 91350100M000100Y43

DISTRICTS = ["210202", "210203", "210204", "210211", "210212", "210213", "210214", "210224", "210281",
             "210283"]
ALL_AREAS = ["210200"] + DISTRICTS
COUNTY_NAMES = {"210202": "大连市中山区", "210203": "大连市西岗区", "210204": "大连市沙河口区", "210211": "大连市甘井子区",
                "210212": "大连市旅顺口区", "210213": "大连市金州区", "210214": "大连市普兰店区", "210224": "长海县",
                "210281": "瓦房店市", "210283": "庄河市"}
HOURS = "周一至周五 9:00-17:00（法定节假日除外）"
HOURS_STREET = "周一至周五 8:30-16:30（法定节假日除外）"
COMPLAINT = "0411-12345"
CITY_HALL = "大连市公共行政服务中心"
DISTRICT_HALLS = "各区市县（先导区）政务服务中心"

# key: (name, registration-category prefix, 6-digit county code, 12-digit implementing area, org seq, phone)
_DEPTS = {
    "samr": ("大连市市场监督管理局", "11", "210200", "210200000000", 1, "0411-86811201"),
    "zsamr": ("大连市中山区市场监督管理局", "11", "210202", "210202000000", 2, "0411-82651302"),
    "psb": ("大连市公安局", "11", "210200", "210200000000", 3, "0411-83631403"),
    "hrss": ("大连市人力资源和社会保障局", "11", "210200", "210200000000", 4, "0411-84381504"),
    "hsa": ("大连市医疗保障局", "11", "210200", "210200000000", 5, "0411-86891605"),
    "mca": ("大连市民政局", "11", "210200", "210200000000", 6, "0411-83721706"),
    "zmca": ("大连市中山区民政局", "11", "210202", "210202000000", 7, "0411-82791807"),
    "dpf": ("大连市残疾人联合会", "13", "210200", "210200000000", 8, "0411-84561908"),
    "housing": ("大连市住房和城乡建设局", "11", "210200", "210200000000", 9, "0411-82762009"),
    "nr": ("大连市自然资源局", "11", "210200", "210200000000", 10, "0411-86422110"),
    "health": ("大连市卫生健康委员会", "11", "210200", "210200000000", 11, "0411-83712211"),
    "veterans": ("大连市退役军人事务局", "11", "210200", "210200000000", 12, "0411-86602312"),
    "transport": ("大连市交通运输局", "11", "210200", "210200000000", 13, "0411-83652413"),
    "eco": ("大连市生态环境局", "11", "210200", "210200000000", 14, "0411-86882514"),
    "taoyuan": ("大连市中山区桃源街道办事处", "11", "210202", "210202003000", 15, "0411-82802615"),
    "fuzhou": ("瓦房店市复州城镇人民政府", "11", "210281", "210281102000", 16, "0411-85612716"),
    "urban": ("大连市城市管理局", "11", "210200", "210200000000", 17, "0411-83672817"),
    "edu": ("大连市教育局", "11", "210200", "210200000000", 18, "0411-83782918"),
}
DEPTS = {}
for _k, (_n, _p, _c, _a, _s, _ph) in _DEPTS.items():
    _first = _p + _c + org_code(_s)
    DEPTS[_k] = {"name": _n, "creditCode": _first + uscc_check(_first), "area12": _a, "county": _c, "phone": _ph}

ITEMS = []
_BY_KEY = {}


# ---------------------------------------------------------------------------------------------------------------
# material and situation helpers
def M(mid, name, required=True, forms=("original",), copies=1, source="applicant", lic=None, defer=False,
      blank=None, sample=None, notes=""):
    return {"id": mid, "name": name, "required": required, "forms": list(forms), "copies": copies,
            "source": source, "licenseType": lic, "deferrable": defer, "blankForm": blank, "sample": sample,
            "notes": notes}


def FORM(mid, name, notes="", copies=1):
    """An application form the applicant fills in; blank form and a filled sample are attached."""
    return M(mid, name, forms=("original",), copies=copies, blank=name + ".docx", sample=name + "（填写样本）.pdf",
             notes=notes)


def IDC(mid, who="申请人", required=True, notes="可通过电子证照库调取，调取成功的无需提交"):
    return M(mid, who + "居民身份证", required, ("original", "electronic"), source="government", lic="居民身份证",
             notes=notes)


def HUKOU(mid, who="申请人", required=True, notes="可通过电子证照库调取"):
    return M(mid, who + "居民户口簿", required, ("original", "electronic"), source="government", lic="户口簿",
             notes=notes)


def LICENCE(mid, required=True, notes="可通过电子证照库调取，无需提交纸质营业执照"):
    return M(mid, "营业执照", required, ("original", "electronic"), source="government", lic="营业执照", notes=notes)


def PROPERTY(mid, name="不动产权证书", required=True, notes="可通过电子证照库调取"):
    return M(mid, name, required, ("original", "electronic"), source="government", lic="不动产权证书", notes=notes)


def MARRIAGE(mid, required=True, notes="可通过电子证照库调取"):
    return M(mid, "结婚证", required, ("original", "electronic"), source="government", lic="结婚证", notes=notes)


def AGENT_MATS(a, b, principal="申请人"):
    return [M(a, "授权委托书", False, ("original",), blank="授权委托书.docx", sample="授权委托书（填写样本）.pdf",
              notes="须由%s签字（盖章），写明委托事项和权限" % principal),
            IDC(b, "受托人", False)]


def OPT(oid, label, add=(), remove=()):
    return {"id": oid, "label": label, "addMaterials": list(add), "removeMaterials": list(remove)}


def SIT(sid, question, options):
    return {"id": sid, "question": question, "options": options}


def AGENT_SIT(sid, a, b, question="申请人是否委托代理人办理？"):
    return SIT(sid, question, [OPT(sid + "a", "本人办理"), OPT(sid + "b", "委托代理人办理", (a, b))])


def TL(legal, promised):
    return {"legalDays": legal, "promisedDays": promised, "onTheSpot": False}


ON_SPOT = {"legalDays": 0, "promisedDays": 0, "onTheSpot": True}
SPOT_STEPS = [{"name": "受理", "days": 0}, {"name": "审核", "days": 0}, {"name": "办结", "days": 0}]


def steps(*pairs):
    return [{"name": n, "days": d} for n, d in pairs]


def fee(name, amount, basis):
    return {"name": name, "amount": amount, "basis": basis}


def special(name, max_days, basis):
    return {"name": name, "maxDays": max_days, "basis": basis}


def areas_for(dept, levels):
    d = DEPTS[dept]
    if d["county"] == "210200":
        return list(ALL_AREAS) if "district" in levels or "street" in levels or "community" in levels \
            else ["210200"]
    return [d["county"]]


def default_place(dept, levels):
    d = DEPTS[dept]
    if d["area12"].endswith("000000") and d["county"] == "210200":
        parts = []
        if "city" in levels:
            parts.append(CITY_HALL + "综合受理窗口")
        if "district" in levels:
            parts.append(DISTRICT_HALLS + "综合受理窗口")
        if "street" in levels:
            parts.append("各街道（乡镇）便民服务中心")
        if "community" in levels:
            parts.append("各社区（村）便民服务站")
        return "；".join(parts)
    if d["area12"].endswith("000000"):
        parts = ["%s政务服务中心综合受理窗口" % COUNTY_NAMES[d["county"]]]
        if "street" in levels:
            parts.append("辖区各街道便民服务中心")
        if "community" in levels:
            parts.append("辖区各社区便民服务站")
        return "；".join(parts)
    parts = ["%s便民服务中心综合窗口" % d["name"].replace("办事处", "").replace("人民政府", "")]
    if "community" in levels:
        parts.append("辖区各社区（村）便民服务站（可代办、上门办理）")
    return "；".join(parts)


def item(key, dept, basic, name, type_, levels, legal, conditions, materials, situations, timelimit, step_list,
         fees=(), specials=(), online=2, variant=None, parent=None, place=None, hours=None):
    d = DEPTS[dept]
    code = "%s-%s-000-%s-1-00" % (basic, d["area12"], d["creditCode"])
    it = {
        "code": code, "basicCode": basic, "name": name,
        "parentCode": _BY_KEY[parent]["code"] if parent else None, "variant": variant, "type": type_,
        "department": {"name": d["name"], "creditCode": d["creditCode"]},
        "levels": list(levels), "areaCodes": areas_for(dept, levels),
        "legalBasis": list(legal), "conditions": list(conditions), "situations": list(situations),
        "materials": list(materials), "timeLimit": dict(timelimit), "fees": list(fees), "steps": list(step_list),
        "specialSteps": list(specials), "place": place or default_place(dept, levels),
        "hours": hours or (HOURS_STREET if not d["area12"].endswith("000000") else HOURS),
        "consultPhone": d["phone"], "complaintPhone": COMPLAINT, "onlineDepth": online,
        "itemVersion": 1, "effectiveFrom": "2026-01-01", "effectiveTo": None,
    }
    assert key not in _BY_KEY, key
    _BY_KEY[key] = it
    ITEMS.append(it)
    return it


def main_item(key, dept, basic, name, type_, levels, legal, conditions, timelimit, online=2):
    """A main item (主项) that groups handling variants; the clerk always chooses one of its sub-items."""
    return item(key, dept, basic, name, type_, levels, legal, conditions, [], [], timelimit, [], online=online)


PARTS = []


def part(fn):
    PARTS.append(fn)
    return fn


# ---------------------------------------------------------------------------------------------------------------
# ITEMS
@part
def items_market():
    food_law = "《中华人民共和国食品安全法》第三十五条"
    food_rule = "《食品经营许可和备案管理办法》"
    reg = "《中华人民共和国市场主体登记管理条例》"
    reg_rule = "《中华人民共和国市场主体登记管理条例实施细则》"
    lv = ["city", "district"]
    main_item("ent", "samr", "000117001000", "内资企业登记", "licensing", lv,
              ["《中华人民共和国公司法》", reg], ["依法在大连市辖区内设立、变更、注销的内资公司及其分支机构"], TL(3, 1), online=4)
    item("ent_new", "samr", "000117001001", "内资企业设立登记", "licensing", lv,
         ["《中华人民共和国公司法》", reg, reg_rule],
         ["企业名称经自主申报，符合企业名称登记管理规定", "有符合规定的住所（经营场所）",
          "股东（发起人）、法定代表人、董事、监事、高级管理人员符合法律规定的任职资格",
          "经营范围涉及前置审批事项的，已取得批准文件"],
         [FORM("m1", "公司登记（备案）申请书", "全体股东签署，法人股东加盖公章"),
          M("m2", "公司章程", forms=("original",), notes="全体股东签署"),
          IDC("m3", "自然人股东", False),
          M("m4", "法人股东的主体资格证明", False, ("original", "electronic"), source="government", lic="营业执照",
            notes="股东为本市企业的，可通过电子证照库调取营业执照"),
          M("m5", "法定代表人、董事、监事和经理的任职文件", forms=("original",), blank="任职文件.docx",
            sample="任职文件（填写样本）.pdf"),
          PROPERTY("m6", "住所使用证明（不动产权证书）", False, "住所为自有房产的，可通过电子证照库调取"),
          M("m7", "住所租赁合同", False, ("original", "copy"), notes="住所为租赁房产的提交，同时提交出租方产权证明"),
          M("m8", "前置审批文件或许可证件", False, ("original", "copy"), source="government",
            notes="经营范围涉及法律、行政法规规定须在登记前审批的项目时提交"),
          IDC("m9", "法定代表人"),
          *AGENT_MATS("m10", "m11", "全体股东")],
         [SIT("s1", "股东类型？", [OPT("s1a", "全部为自然人股东", ["m3"]), OPT("s1b", "全部为法人股东", ["m4"]),
                                 OPT("s1c", "既有自然人股东又有法人股东", ["m3", "m4"])]),
          SIT("s2", "住所（经营场所）来源？", [OPT("s2a", "自有房产", ["m6"]), OPT("s2b", "租赁房产", ["m7", "m6"])]),
          SIT("s3", "经营范围是否涉及登记前置审批？", [OPT("s3a", "不涉及"), OPT("s3b", "涉及", ["m8"])]),
          AGENT_SIT("s4", "m10", "m11")],
         TL(3, 1), steps(("受理", 0), ("审查", 1), ("登记", 0), ("发照", 0)), online=4, variant="new", parent="ent")
    item("ent_change", "samr", "000117001002", "内资企业变更登记", "licensing", lv,
         ["《中华人民共和国公司法》", reg, reg_rule],
         ["企业登记事项发生变更，应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记"],
         [FORM("m1", "公司登记（备案）申请书"), LICENCE("m2"),
          M("m3", "股东会决议或者股东决定", forms=("original",), blank="股东会决议.docx", sample="股东会决议（填写样本）.pdf"),
          M("m4", "章程修正案或修改后的公司章程", False, forms=("original",)),
          M("m5", "新住所使用证明", False, ("original", "copy", "electronic"), source="government", lic="不动产权证书",
            notes="变更住所时提交；自有房产可通过电子证照库调取"),
          M("m6", "新任法定代表人的任职文件", False), IDC("m7", "新任法定代表人", False),
          M("m8", "依法刊登减资公告的公告信息", False, ("copy", "electronic"), source="other",
            notes="减少注册资本时提交，公告期满45日后方可申请"),
          *AGENT_MATS("m9", "m10", "企业")],
         [SIT("s1", "变更事项？", [OPT("s1a", "名称", ["m4"]), OPT("s1b", "住所", ["m4", "m5"]),
                                OPT("s1c", "法定代表人", ["m6", "m7"]), OPT("s1d", "增加注册资本", ["m4"]),
                                OPT("s1e", "减少注册资本", ["m4", "m8"])]),
          AGENT_SIT("s2", "m9", "m10")],
         TL(3, 1), steps(("受理", 0), ("审查", 1), ("登记", 0)), online=4, variant="change", parent="ent")
    item("ent_cancel", "samr", "000117001004", "内资企业注销登记", "licensing", lv,
         ["《中华人民共和国公司法》", reg, reg_rule],
         ["企业已依法完成清算，或者符合简易注销条件（未发生债权债务或者已将债权债务清偿完结）",
          "已办结涉税事项"],
         [FORM("m1", "注销登记申请书"), LICENCE("m2", notes="纸质营业执照正副本须缴回；遗失的在国家企业信用信息公示系统公告"),
          M("m3", "清算报告", False, forms=("original",), notes="普通注销提交，经股东会确认"),
          M("m4", "全体投资人承诺书", False, forms=("original",), blank="全体投资人承诺书.docx",
            sample="全体投资人承诺书（填写样本）.pdf", notes="简易注销提交"),
          M("m5", "清税证明", forms=("electronic",), source="government",
            notes="通过部门信息共享获取，申请人无需提交纸质材料"),
          *AGENT_MATS("m6", "m7", "企业")],
         [SIT("s1", "注销方式？", [OPT("s1a", "普通注销", ["m3"]), OPT("s1b", "简易注销", ["m4"])]),
          AGENT_SIT("s2", "m6", "m7")],
         TL(3, 1), steps(("受理", 0), ("审查", 1), ("登记", 0)),
         specials=[special("简易注销公告", 20, "《中华人民共和国市场主体登记管理条例》")],
         online=4, variant="cancellation", parent="ent")

    # individual businesses: district market regulator, district hall and street market-supervision stations
    zlv = ["district", "street"]
    ind_basis = ["《促进个体工商户发展条例》", reg, reg_rule]
    item("ind_new", "zsamr", "000117002001", "个体工商户设立登记", "licensing", zlv, ind_basis,
         ["有经营能力的自然人或者家庭", "有固定的经营场所", "经营范围不属于法律、行政法规禁止的项目"],
         [FORM("m1", "个体工商户登记（备案）申请书"), IDC("m2", "经营者"),
          PROPERTY("m3", "经营场所使用证明（不动产权证书）", False, "自有房产的可通过电子证照库调取"),
          M("m4", "经营场所租赁合同", False, ("original", "copy")),
          HUKOU("m5", "家庭成员", False, "家庭经营的，提交能证明家庭成员关系的户口簿或者结婚证，可通过电子证照库调取"),
          IDC("m6", "参加经营的家庭成员", False), *AGENT_MATS("m7", "m8", "经营者")],
         [SIT("s1", "组成形式？", [OPT("s1a", "个人经营"), OPT("s1b", "家庭经营", ["m5", "m6"])]),
          SIT("s2", "经营场所来源？", [OPT("s2a", "自有房产", ["m3"]), OPT("s2b", "租赁房产", ["m4"])]),
          AGENT_SIT("s3", "m7", "m8", "经营者是否委托代理人办理？")],
         ON_SPOT, SPOT_STEPS, online=4)
    item("ind_change", "zsamr", "000117002002", "个体工商户变更登记", "licensing", zlv, ind_basis,
         ["个体工商户登记事项（名称、经营者姓名、组成形式、经营范围、经营场所）发生变更"],
         [FORM("m1", "个体工商户登记（备案）申请书"), LICENCE("m2"), IDC("m3", "经营者"),
          M("m4", "新经营场所使用证明", False, ("original", "copy", "electronic"), source="government",
            lic="不动产权证书", notes="变更经营场所时提交"),
          IDC("m5", "新经营者", False, "变更经营者的，按规定在家庭成员间变更时提交"),
          HUKOU("m6", "家庭成员", False, "证明家庭成员关系，可通过电子证照库调取")],
         [SIT("s1", "变更事项？", [OPT("s1a", "名称或经营范围"), OPT("s1b", "经营场所", ["m4"]),
                                OPT("s1c", "经营者（家庭成员间变更）", ["m5", "m6"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("ind_cancel", "zsamr", "000117002004", "个体工商户注销登记", "licensing", zlv, ind_basis,
         ["个体工商户不再从事经营活动", "已结清依法应缴纳的税款等"],
         [FORM("m1", "个体工商户注销登记申请书"), LICENCE("m2", notes="缴回纸质营业执照正副本"),
          IDC("m3", "经营者"), M("m4", "营业执照遗失公告信息", False, ("electronic",), source="other",
                               notes="营业执照遗失的，在国家企业信用信息公示系统免费公告")],
         [SIT("s1", "营业执照是否遗失？", [OPT("s1a", "未遗失"), OPT("s1b", "已遗失", ["m4"])])],
         ON_SPOT, SPOT_STEPS, online=4)

    # food business licence
    main_item("food", "samr", "000117003000", "食品经营许可", "licensing", lv, [food_law, food_rule],
              ["在大连市辖区内从事食品销售和餐饮服务活动，依法应当取得食品经营许可的经营者"], TL(20, 5), online=3)
    item("food_new", "samr", "000117003001", "食品经营许可（新办）", "licensing", lv,
         [food_law, food_rule, "《中华人民共和国行政许可法》"],
         ["已取得营业执照等合法主体资格", "具有与经营的食品品种、数量相适应的经营场所和设备设施",
          "有专职或者兼职的食品安全管理人员和保证食品安全的规章制度",
          "具有合理的设备布局和工艺流程"],
         [FORM("m1", "食品经营许可申请书"), LICENCE("m2"), IDC("m3", "法定代表人（负责人）"),
          M("m4", "经营场所平面图和设备布局、操作流程等文件", forms=("original",), notes="标明各功能区和主要设备位置"),
          M("m5", "食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录清单",
            forms=("original",), defer=True, notes="非关键材料，可容缺受理，须在承诺期限内补交"),
          M("m6", "网站或者网络平台及其管理信息", False, ("original",),
            notes="利用自建网站从事网络食品经营的提交"),
          M("m7", "专间操作流程和设备设施说明", False, ("original",),
            notes="经营冷食类、生食类食品或者自制饮品等需设专间的提交"),
          *AGENT_MATS("m8", "m9", "申请人")],
         [SIT("s1", "是否通过自建网站经营？", [OPT("s1a", "否"), OPT("s1b", "是", ["m6"])]),
          SIT("s2", "是否经营需设专间的食品（冷食类、生食类等）？", [OPT("s2a", "否"), OPT("s2b", "是", ["m7"])]),
          AGENT_SIT("s3", "m8", "m9")],
         TL(20, 5), steps(("受理", 1), ("审查", 1), ("现场核查", 2), ("决定", 1)), online=3,
         variant="new", parent="food")
    item("food_change", "samr", "000117003002", "食品经营许可（变更）", "licensing", lv, [food_law, food_rule],
         ["食品经营许可证载明的许可事项发生变化，应当在变化后10个工作日内申请变更"],
         [FORM("m1", "食品经营许可变更申请书"),
          M("m2", "食品经营许可证", forms=("original", "electronic"), source="government", lic="食品经营许可证",
            notes="可通过电子证照库调取"),
          LICENCE("m3", False, "变更名称、法定代表人的，提交变更后的营业执照，可通过电子证照库调取"),
          M("m4", "变更后的经营场所平面图和设备布局图", False, ("original",)),
          M("m5", "新增经营项目相关的设备设施和制度说明", False, ("original",))],
         [SIT("s1", "变更事项？", [OPT("s1a", "名称、法定代表人（负责人）", ["m3"]),
                                OPT("s1b", "经营场所内设备布局、操作流程", ["m4"]),
                                OPT("s1c", "增加经营项目", ["m4", "m5"])])],
         TL(20, 3), steps(("受理", 1), ("审查", 1), ("决定", 1)), online=3, variant="change", parent="food")
    item("food_renew", "samr", "000117003003", "食品经营许可（延续）", "licensing", lv, [food_law, food_rule],
         ["需要延续依法取得的食品经营许可有效期的，在有效期届满前按规定期限提出申请",
          "经营条件未发生重大变化"],
         [FORM("m1", "食品经营许可延续申请书"),
          M("m2", "食品经营许可证", forms=("original", "electronic"), source="government", lic="食品经营许可证",
            notes="可通过电子证照库调取"),
          M("m3", "经营条件未发生变化的书面承诺", forms=("original",), blank="经营条件未变化承诺书.docx",
            sample=None), M("m4", "经营条件变化情况说明及相应材料", False, ("original",))],
         [SIT("s1", "经营条件是否发生变化？", [OPT("s1a", "未发生变化"), OPT("s1b", "发生变化", ["m4"], ["m3"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), online=3, variant="renewal", parent="food")
    item("food_cancel", "samr", "000117003004", "食品经营许可（注销）", "licensing", lv, [food_law, food_rule],
         ["食品经营者终止食品经营，或者食品经营许可被撤回、撤销、营业执照被依法吊销"],
         [FORM("m1", "食品经营许可注销申请书"),
          M("m2", "食品经营许可证正副本", forms=("original",), source="government",
            notes="纸质许可证正副本交回，不能以电子证照代替"),
          M("m3", "许可证遗失情况说明", False, ("original",), notes="许可证遗失的提交，无需登报")],
         [SIT("s1", "许可证是否遗失？", [OPT("s1a", "未遗失"), OPT("s1b", "已遗失", ["m3"], ["m2"])])],
         ON_SPOT, SPOT_STEPS, online=4, variant="cancellation", parent="food")

    # retail pharmacy licence
    drug_law = "《中华人民共和国药品管理法》第五十一条"
    drug_rule = "《药品经营和使用质量监督管理办法》"
    main_item("drug", "samr", "000117004000", "药品零售企业经营许可", "licensing", lv, [drug_law, drug_rule],
              ["在大连市辖区内从事药品零售活动的企业"], TL(20, 10))
    item("drug_new", "samr", "000117004001", "药品零售企业经营许可（新办）", "licensing", lv,
         [drug_law, drug_rule, "《药品经营质量管理规范》"],
         ["具有依法经过资格认定的药师或者其他药学技术人员", "具有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境",
          "具有与所经营药品相适应的质量管理机构或者人员", "具有保证药品质量的规章制度，并符合药品经营质量管理规范要求"],
         [FORM("m1", "药品经营许可证申请表"), LICENCE("m2"), IDC("m3", "企业负责人、质量负责人"),
          M("m4", "执业药师注册证", forms=("original", "electronic"), source="government", lic="执业药师注册证",
            notes="可通过电子证照库调取"),
          M("m5", "营业场所、仓库平面布置图及房屋产权或者使用权证明", forms=("original", "copy")),
          M("m6", "药品质量管理文件目录及主要设施设备目录", forms=("original",), defer=True,
            notes="非关键材料，可容缺受理"),
          M("m7", "计算机系统（药品追溯）说明", forms=("original",), defer=True)],
         [], TL(20, 10), steps(("受理", 1), ("资料审查", 3), ("现场检查", 4), ("决定", 2)), online=3,
         variant="new", parent="drug")
    item("drug_change", "samr", "000117004002", "药品零售企业经营许可（变更）", "licensing", lv, [drug_law, drug_rule],
         ["药品经营许可证许可事项或者登记事项发生变更"],
         [FORM("m1", "药品经营许可证变更申请表"),
          M("m2", "药品经营许可证", forms=("original", "electronic"), source="government", lic="药品经营许可证"),
          LICENCE("m3", False, "变更企业名称、法定代表人的提交变更后的营业执照"),
          M("m4", "新营业场所平面图及使用权证明", False, ("original", "copy")),
          M("m5", "新任质量负责人执业药师注册证", False, ("original", "electronic"), source="government",
            lic="执业药师注册证")],
         [SIT("s1", "变更类别？", [OPT("s1a", "登记事项（企业名称、法定代表人、企业负责人）", ["m3"]),
                                OPT("s1b", "许可事项：经营地址", ["m4"]), OPT("s1c", "许可事项：质量负责人", ["m5"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), variant="change", parent="drug")
    item("drug_renew", "samr", "000117004003", "药品零售企业经营许可（延续）", "licensing", lv, [drug_law, drug_rule],
         ["药品经营许可证有效期为5年，需要继续经营的，在有效期届满前6个月至2个月期间申请重新发证"],
         [FORM("m1", "药品经营许可证重新审查发证申请表"),
          M("m2", "药品经营许可证", forms=("original", "electronic"), source="government", lic="药品经营许可证"),
          M("m3", "许可证有效期内经营质量管理情况自查报告", forms=("original",))],
         [], TL(20, 10), steps(("受理", 1), ("资料审查", 3), ("现场检查", 4), ("决定", 2)),
         variant="renewal", parent="drug")


@part
def items_police_social():
    idlaw = "《中华人民共和国居民身份证法》"
    id_fee = "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）"
    plv = ["district", "street"]
    police_place = "各公安派出所户籍窗口；" + DISTRICT_HALLS + "公安综合窗口"
    photo = M("m9", "数字相片", forms=("electronic",), source="other",
              notes="在受理现场采集，或者提交经公安机关认可的照相机构拍摄的数码相片回执")
    item("id_first", "psb", "000118001001", "居民身份证首次申领", "publicService", plv,
         [idlaw + "第二条", idlaw + "第十条"],
         ["具有本市常住户口的中国公民", "年满16周岁的应当申领；未满16周岁的可以申领，由监护人代为申请"],
         [FORM("m1", "居民身份证申领登记表", "受理时由窗口打印，申请人核对后签字"), HUKOU("m2"), photo,
          IDC("m3", "监护人", False),
          M("m4", "监护关系证明（出生医学证明）", False, ("original", "electronic"), source="government",
            lic="出生医学证明", notes="未满16周岁且监护人与申请人不在同一户口簿的提交；可通过电子证照库调取")],
         [SIT("s1", "申请人是否未满16周岁？", [OPT("s1a", "已满16周岁"), OPT("s1b", "未满16周岁", ["m3", "m4"])])],
         TL(60, 20), steps(("受理", 0), ("审核", 2), ("制证", 15), ("发证", 3)),
         fees=[fee("居民身份证工本费", "20元/证", id_fee)], online=2, place=police_place)
    item("id_renew", "psb", "000118001002", "居民身份证换领", "publicService", plv, [idlaw + "第十一条"],
         ["居民身份证有效期满、公民姓名变更、证件严重损坏不能辨认或者登记项目出现错误的，应当换领新证",
          "领取新证时，必须交回原证"],
         [FORM("m1", "居民身份证申领登记表", "受理时由窗口打印，申请人核对后签字"),
          M("m2", "原居民身份证", forms=("original",), source="government",
            notes="领取新证时交回，不能以电子证照代替"),
          HUKOU("m3", "申请人", False, "姓名等登记项目变更的，提交已变更的户口簿，可通过电子证照库调取"), photo],
         [SIT("s1", "换领原因？", [OPT("s1a", "有效期满或即将期满"), OPT("s1b", "证件损坏"),
                                OPT("s1c", "姓名等登记项目变更或者登记项目错误", ["m3"])])],
         TL(60, 20), steps(("受理", 0), ("审核", 2), ("制证", 15), ("发证", 3)),
         fees=[fee("居民身份证工本费（有效期满换领）", "20元/证", id_fee),
               fee("居民身份证工本费（损坏换领）", "40元/证", id_fee)], online=2, place=police_place)
    item("id_lost", "psb", "000118001003", "居民身份证补领", "publicService", plv, [idlaw + "第十一条"],
         ["居民身份证丢失的，应当申请补领"],
         [FORM("m1", "居民身份证申领登记表", "受理时由窗口打印，申请人核对后签字"), HUKOU("m2"), photo],
         [], TL(60, 20), steps(("受理", 0), ("审核", 2), ("制证", 15), ("发证", 3)),
         fees=[fee("居民身份证工本费（丢失补领）", "40元/证", id_fee)], online=2, place=police_place)
    hk = "《中华人民共和国户口登记条例》"
    item("hukou_in", "psb", "000118002001", "户口迁移（迁入本市）", "confirmation", plv,
         [hk + "第十条", "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）"],
         ["符合本市现行户籍迁入政策（购房、投靠亲属、人才引进等）", "迁入地址为本市合法固定住所或者集体户"],
         [FORM("m1", "户口迁移申请表"), IDC("m2"), HUKOU("m3", "申请人（迁出地）"),
          PROPERTY("m4", "迁入地房屋的不动产权证书", False, "购房落户提交，可通过电子证照库调取"),
          HUKOU("m5", "被投靠人", False), IDC("m6", "被投靠人", False),
          MARRIAGE("m7", False, "夫妻投靠提交，可通过电子证照库调取"),
          M("m8", "亲属关系证明（出生医学证明等）", False, ("original", "electronic"), source="government",
            lic="出生医学证明", notes="子女投靠父母或者父母投靠子女时提交"),
          M("m9", "毕业证书或者学位证书", False, ("original", "copy"), source="other",
            notes="人才落户提交，学历信息可在线核验"),
          M("m10", "劳动合同或者营业执照", False, ("original", "copy"), notes="人才落户提交"),
          M("m11", "同意落户的房屋所有权人书面意见", False, ("original",), notes="投靠落户至被投靠人以外产权房屋时提交",
            defer=True)],
         [SIT("s1", "迁入类型？", [OPT("s1a", "购房落户", ["m4"]), OPT("s1b", "夫妻投靠", ["m5", "m6", "m7"]),
                                OPT("s1c", "子女与父母互相投靠", ["m5", "m6", "m8"]),
                                OPT("s1d", "人才落户", ["m9", "m10"])]),
          SIT("s2", "落户地址是否为被投靠人以外人员所有的房屋？", [OPT("s2a", "否"), OPT("s2b", "是", ["m11"])])],
         TL(20, 5), steps(("受理", 0), ("审核", 3), ("审批", 1), ("办结", 1)), online=3, place=police_place)
    item("birth_reg", "psb", "000118002002", "出生登记（新生儿入户）", "confirmation", plv, [hk + "第七条"],
         ["新生儿出生后，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记",
          "随父或者随母登记常住户口"],
         [M("m1", "出生医学证明", forms=("original", "electronic"), source="government", lic="出生医学证明",
            notes="可通过电子证照库调取"),
          HUKOU("m2", "父亲或者母亲（拟入户一方）"), IDC("m3", "父母双方"),
          MARRIAGE("m4", False, "父母已办理结婚登记的提交，可通过电子证照库调取"),
          M("m5", "非婚生育情况说明", False, ("original",), notes="父母未办理结婚登记的提交")],
         [SIT("s1", "父母是否已办理结婚登记？", [OPT("s1a", "已办理", ["m4"]), OPT("s1b", "未办理", ["m5"])])],
         ON_SPOT, SPOT_STEPS, online=3, place=police_place)
    rp = "《居住证暂行条例》"
    item("residence", "psb", "000118003001", "居住证申领", "publicService", plv + ["community"],
         [rp + "第二条", rp + "第九条"],
         ["离开常住户口所在地，到本市居住半年以上", "符合有合法稳定就业、合法稳定住所、连续就读条件之一",
          "已在居住地办理居住登记"],
         [IDC("m1"), photo,
          PROPERTY("m2", "居住地住所证明（不动产权证书）", False, "自有住房提交，可通过电子证照库调取"),
          M("m3", "房屋租赁合同或者单位集体宿舍证明", False, ("original", "copy")),
          M("m4", "劳动合同或者用人单位出具的就业证明", False, ("original", "copy")),
          LICENCE("m5", False, "个体经营、开办企业的提交，可通过电子证照库调取"),
          M("m6", "就读学校出具的在读证明", False, ("original",), source="other")],
         [SIT("s1", "居住地住所类型？", [OPT("s1a", "自有住房", ["m2"]), OPT("s1b", "租赁住房或者单位集体宿舍", ["m3"])]),
          SIT("s2", "申领依据的条件？", [OPT("s2a", "合法稳定住所"), OPT("s2b", "合法稳定就业（受雇）", ["m4"]),
                                    OPT("s2c", "合法稳定就业（个体经营或者开办企业）", ["m5"]),
                                    OPT("s2d", "连续就读", ["m6"])])],
         TL(15, 10), steps(("受理", 0), ("审核", 3), ("制证", 6), ("发证", 1)), online=3,
         place=police_place + "；受委托的社区服务站")

    # human resources and social security
    si = "《中华人民共和国社会保险法》"
    alv = ["city", "district", "street", "community"]
    item("sscard", "hrss", "000119001001", "社会保障卡申领", "publicService", alv, [si],
         ["在本市参加社会保险的人员，或者户籍在本市的居民"],
         [IDC("m1"), M("m2", "近期免冠彩色证件照片", False, ("electronic",), notes="即时制卡网点现场拍摄的无需提交"),
          HUKOU("m3", "申请人", False, "未满16周岁的申请人提交"), IDC("m4", "监护人", False)],
         [SIT("s1", "申请人是否未满16周岁？", [OPT("s1a", "已满16周岁"), OPT("s1b", "未满16周岁", ["m3", "m4"])]),
          SIT("s2", "办理网点是否可现场拍照？", [OPT("s2a", "可以"), OPT("s2b", "不可以", ["m2"])])],
         ON_SPOT, SPOT_STEPS, online=4, place=CITY_HALL + "社保卡窗口；各区市县政务服务中心；社保卡合作银行即时制卡网点；各街道、社区服务站")
    item("sscard_re", "hrss", "000119001002", "社会保障卡补领、换领", "publicService", alv, [si],
         ["社会保障卡遗失、损坏或者需要换发新版"],
         [IDC("m1"), M("m2", "原社会保障卡", False, ("original",), notes="损坏换领时交回"),
          *AGENT_MATS("m3", "m4")],
         [SIT("s1", "办理原因？", [OPT("s1a", "遗失（先挂失再补领）"), OPT("s1b", "损坏或者换发新版", ["m2"])]),
          AGENT_SIT("s2", "m3", "m4")],
         ON_SPOT, SPOT_STEPS, online=4)
    item("flex_ins", "hrss", "000119002001", "灵活就业人员参保登记", "publicService", ["city", "district", "street"],
         [si + "第十条", si + "第二十三条"],
         ["无雇工的个体工商户、未在用人单位参加基本养老保险的非全日制从业人员以及其他灵活就业人员",
          "达到法定劳动年龄、未达到法定退休年龄"],
         [FORM("m1", "灵活就业人员参保登记表"), IDC("m2"),
          M("m3", "居住证", False, ("original", "electronic"), source="government", lic="居住证",
            notes="非本市户籍人员提交，可通过电子证照库调取")],
         [SIT("s1", "户籍所在地？", [OPT("s1a", "本市户籍"), OPT("s1b", "外地户籍", ["m3"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("rural_pension", "hrss", "000119002002", "城乡居民基本养老保险参保登记", "publicService",
         ["district", "street", "community"],
         [si, "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"],
         ["年满16周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围的本市户籍居民"],
         [FORM("m1", "城乡居民基本养老保险参保登记表"), IDC("m2"), HUKOU("m3")],
         [], ON_SPOT, SPOT_STEPS, online=4)
    emp = "《中华人民共和国就业促进法》"
    emp_rule = "《就业服务与就业管理规定》"
    item("jobcard", "hrss", "000119003001", "就业创业证申领", "publicService", ["district", "street", "community"],
         [emp, emp_rule],
         ["在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者，或者毕业年度内高校毕业生"],
         [IDC("m1"), M("m2", "毕业证书或者学校出具的在读证明", False, ("original", "copy"), source="other",
                       notes="毕业年度内高校毕业生提交，学历信息可在线核验")],
         [SIT("s1", "申请人类别？", [OPT("s1a", "失业人员等城乡劳动者"), OPT("s1b", "毕业年度内高校毕业生", ["m2"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("unemp_reg", "hrss", "000119003002", "失业登记", "publicService", ["district", "street", "community"],
         [emp, emp_rule, si + "第五十条"],
         ["在法定劳动年龄内、有劳动能力、有就业要求、处于无业状态的劳动者"],
         [IDC("m1"), M("m2", "终止或者解除劳动关系的证明", False, ("original", "copy"), source="other",
                       notes="原用人单位出具；能通过用工备案信息核实的无需提交")],
         [SIT("s1", "是否有原用人单位？", [OPT("s1a", "没有（如毕业未就业）"), OPT("s1b", "有", ["m2"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("unemp_benefit", "hrss", "000119004001", "失业保险金申领", "benefit", ["city", "district"],
         [si + "第四十五条", si + "第五十条", "《失业保险条例》"],
         ["失业前用人单位和本人已经缴纳失业保险费满一年", "非因本人意愿中断就业", "已经进行失业登记，并有求职要求"],
         [IDC("m1"), M("m2", "终止或者解除劳动关系的证明", forms=("original", "copy"), source="other",
                       notes="原用人单位出具；已通过信息共享获取的无需提交"),
          M("m3", "社会保障卡（金融账户已激活）", forms=("original", "electronic"), source="government",
            lic="社会保障卡", notes="用于发放失业保险金")],
         [], TL(10, 3), steps(("受理", 0), ("资格审核", 2), ("核定", 1)), online=4)

    # medical security
    item("resident_med", "hsa", "000120001001", "城乡居民基本医疗保险参保登记", "publicService",
         ["district", "street", "community"], [si + "第二十五条"],
         ["未参加职工基本医疗保险的本市户籍居民、持有本市居住证的非本市户籍居民及其未成年子女、在连高校学生"],
         [IDC("m1", "参保人", False), HUKOU("m2", "参保人", False, "未成年人、新生儿提交，可通过电子证照库调取"),
          M("m3", "出生医学证明", False, ("original", "electronic"), source="government", lic="出生医学证明",
            notes="新生儿提交，可通过电子证照库调取"),
          M("m4", "居住证", False, ("original", "electronic"), source="government", lic="居住证")],
         [SIT("s1", "参保人类别？", [OPT("s1a", "成年居民（本市户籍）", ["m1"]), OPT("s1b", "成年居民（持本市居住证）", ["m1", "m4"]),
                                  OPT("s1c", "未成年人", ["m2"]), OPT("s1d", "新生儿（未办理户口）", ["m3"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("med_aid", "hsa", "000120002001", "医疗救助", "benefit", ["district", "street"],
         ["《社会救助暂行办法》", "《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）"],
         ["特困人员、低保对象、低保边缘家庭成员等医疗救助对象，或者因高额医疗费用支出导致基本生活出现严重困难的患者",
          "医疗费用经基本医疗保险、大病保险报销后个人负担仍较重"],
         [FORM("m1", "医疗救助申请表"), IDC("m2"),
          M("m3", "医疗费用收据和费用明细", forms=("original",), source="other", notes="已在定点医疗机构一站式结算的无需提交"),
          M("m4", "诊断证明或者出院小结", forms=("copy",), source="other", defer=True,
            notes="非关键材料，可容缺受理"),
          M("m5", "家庭经济状况核对授权书", False, ("original",), blank="家庭经济状况核对授权书.docx",
            sample="家庭经济状况核对授权书（填写样本）.pdf", notes="因病致贫对象提交，共同生活家庭成员均须签字")],
         [SIT("s1", "申请人身份？", [OPT("s1a", "已认定的特困人员、低保对象（信息共享，免于证明）"),
                                  OPT("s1b", "低保边缘家庭成员或者因病致贫患者", ["m5"])])],
         TL(20, 10), steps(("受理", 1), ("审核", 5), ("审批", 3), ("发放", 1)), online=2)
    item("med_remote", "hsa", "000120003001", "异地就医备案", "publicService", ["city", "district", "street"],
         ["《中华人民共和国社会保险法》", "《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"],
         ["参加本市基本医疗保险，需要到异地长期居住、工作或者转诊就医的人员"],
         [FORM("m1", "异地就医备案登记表"), M("m2", "社会保障卡", forms=("original", "electronic"), source="government",
                                        lic="社会保障卡"),
          M("m3", "个人承诺书（异地长期居住或者常驻异地工作）", False, ("original",), blank="异地就医备案个人承诺书.docx"),
          M("m4", "转诊证明", False, ("original",), source="other", notes="本市定点医疗机构出具")],
         [SIT("s1", "备案类型？", [OPT("s1a", "异地长期居住", ["m3"]), OPT("s1b", "常驻异地工作", ["m3"]),
                                OPT("s1c", "异地转诊就医", ["m4"]), OPT("s1d", "临时外出就医")])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("chronic", "hsa", "000120004001", "门诊慢特病待遇认定", "confirmation", ["city", "district"],
         ["《中华人民共和国社会保险法》"],
         ["参加本市基本医疗保险，患有本市门诊慢特病病种目录所列疾病并符合认定标准"],
         [FORM("m1", "门诊慢特病待遇认定申请表"), M("m2", "社会保障卡", forms=("original", "electronic"),
                                            source="government", lic="社会保障卡"),
          M("m3", "近期病历、诊断证明及相关检查报告", forms=("copy",), source="other")],
         [], TL(20, 15), steps(("受理", 1), ("初审", 4), ("鉴定", 8), ("决定", 2)),
         specials=[special("专家鉴定", 10, "《中华人民共和国行政许可法》第四十五条（参照）")], online=3)


@part
def items_civil_housing_land():
    civ = "《中华人民共和国民法典》"
    mreg = "《婚姻登记条例》"
    mplace = DISTRICT_HALLS.replace("政务服务中心", "") + "婚姻登记处（可跨区办理）"
    item("marry", "mca", "000121001001", "内地居民结婚登记", "confirmation", ["district"],
         [civ + "第一千零四十六条", civ + "第一千零四十七条", civ + "第一千零四十九条", mreg],
         ["男女双方完全自愿", "男方年满22周岁，女方年满20周岁", "双方均无配偶",
          "双方没有直系血亲和三代以内旁系血亲关系", "双方亲自到婚姻登记机关申请"],
         [IDC("m1", "男方"), IDC("m2", "女方"),
          M("m3", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", forms=("original",),
            notes="在婚姻登记员面前现场签署", blank="申请结婚登记声明书.docx"),
          M("m4", "双方近期半身免冠合影照片", False, ("original",), copies=3, notes="2寸，红色背景")],
         [SIT("s1", "是否在婚姻登记处现场拍摄合影？", [OPT("s1a", "现场拍摄"), OPT("s1b", "自带照片", ["m4"])])],
         ON_SPOT, SPOT_STEPS, online=2, place=mplace)
    item("divorce", "mca", "000121001002", "内地居民离婚登记", "confirmation", ["district"],
         [civ + "第一千零七十六条", civ + "第一千零七十七条", mreg],
         ["男女双方自愿离婚", "双方已签订书面离婚协议，对子女抚养、财产以及债务处理等事项协商一致",
          "双方亲自到婚姻登记机关申请"],
         [IDC("m1", "男方"), IDC("m2", "女方"), MARRIAGE("m3", notes="双方所持结婚证均须提交"),
          M("m4", "离婚协议书", forms=("original",), copies=3, blank="离婚协议书.docx", sample="离婚协议书（填写样本）.pdf"),
          M("m5", "双方近期半身免冠单人照片", False, ("original",), copies=2, notes="每人2张")],
         [SIT("s1", "是否在婚姻登记处现场拍摄照片？", [OPT("s1a", "现场拍摄"), OPT("s1b", "自带照片", ["m5"])])],
         TL(1, 1), steps(("申请受理", 0), ("离婚冷静期", 0), ("申请发证及审查", 1), ("登记发证", 0)),
         specials=[special("离婚冷静期（期满后30日内双方须亲自到场申请发给离婚证）", 30, civ + "第一千零七十七条")],
         online=2, place=mplace)
    item("marry_cert_re", "mca", "000121001003", "补领婚姻登记证", "confirmation", ["district"], [mreg],
         ["结婚证、离婚证遗失或者损毁，当事人持身份证件向原办理婚姻登记的机关或者一方常住户口所在地婚姻登记机关申请"],
         [IDC("m1"), M("m2", "申请补领婚姻登记证声明书", forms=("original",), blank="申请补领婚姻登记证声明书.docx"),
          M("m3", "近期半身免冠照片", False, ("original",), copies=2), *AGENT_MATS("m4", "m5")],
         [SIT("s1", "补领证件？", [OPT("s1a", "结婚证（照片为双方合影）"), OPT("s1b", "离婚证（照片为单人照）", ["m3"])]),
          AGENT_SIT("s2", "m4", "m5", "结婚证一方当事人是否委托另一方办理？")],
         ON_SPOT, SPOT_STEPS, online=2, place=mplace)

    sa = "《社会救助暂行办法》"
    zlv = ["district", "street", "community"]
    item("dibao", "zmca", "000121002001", "最低生活保障申请", "benefit", zlv,
         [sa + "第九条", sa + "第十一条", "《最低生活保障审核确认办法》"],
         ["共同生活的家庭成员人均收入低于本市最低生活保障标准", "家庭财产状况符合本市规定",
          "由共同生活的家庭成员向户籍所在地街道办事处（乡镇人民政府）提出书面申请"],
         [FORM("m1", "最低生活保障申请书"), IDC("m2", "共同生活家庭成员"), HUKOU("m3", "家庭成员"),
          M("m4", "家庭经济状况核对授权书", forms=("original",), blank="家庭经济状况核对授权书.docx",
            sample="家庭经济状况核对授权书（填写样本）.pdf", notes="共同生活的家庭成员均须签字"),
          M("m5", "家庭收入、财产状况声明", forms=("original",), blank="家庭收入财产状况声明.docx"),
          M("m6", "残疾人证", False, ("original", "electronic"), source="government", lic="残疾人证"),
          M("m7", "重病患者的诊断证明或者病历", False, ("copy",), source="other", defer=True),
          MARRIAGE("m8", False, "已婚的提交，可通过电子证照库调取"),
          M("m9", "离婚证或者离婚判决书", False, ("original", "copy", "electronic"), source="government", lic="离婚证")],
         [SIT("s1", "家庭成员中是否有残疾人？", [OPT("s1a", "无"), OPT("s1b", "有", ["m6"])]),
          SIT("s2", "家庭成员中是否有重病患者？", [OPT("s2a", "无"), OPT("s2b", "有", ["m7"])]),
          SIT("s3", "申请人婚姻状况？", [OPT("s3a", "未婚"), OPT("s3b", "已婚", ["m8"]), OPT("s3c", "离异", ["m9"]),
                                   OPT("s3d", "丧偶")])],
         TL(30, 20), steps(("受理", 1), ("家庭经济状况调查核对", 12), ("审核确认", 5), ("发放", 2)),
         specials=[special("审核确认结果公示", 7, "《最低生活保障审核确认办法》")], online=3)
    item("tekun", "zmca", "000121002002", "特困人员救助供养申请", "benefit", zlv,
         [sa + "第十四条", "《特困人员认定办法》"],
         ["无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未满16周岁的未成年人"],
         [FORM("m1", "特困人员救助供养申请书"), IDC("m2"), HUKOU("m3"),
          M("m4", "家庭经济状况核对授权书", forms=("original",), blank="家庭经济状况核对授权书.docx"),
          M("m5", "残疾人证", False, ("original", "electronic"), source="government", lic="残疾人证"),
          M("m6", "法定义务人无履行能力的证明材料", False, ("original", "copy"), source="other"),
          *AGENT_MATS("m7", "m8", "申请人")],
         [SIT("s1", "申请人是否为残疾人？", [OPT("s1a", "否"), OPT("s1b", "是", ["m5"])]),
          SIT("s2", "是否有法定赡养、抚养、扶养义务人？", [OPT("s2a", "无"), OPT("s2b", "有，但无履行义务能力", ["m6"])]),
          AGENT_SIT("s3", "m7", "m8", "是否由村（居）民委员会或者他人代为申请？")],
         TL(20, 15), steps(("受理", 1), ("调查核实", 8), ("审核确认", 5), ("办结", 1)),
         specials=[special("审核确认结果公示", 7, "《特困人员认定办法》")], online=2)
    item("disab_subsidy", "zmca", "000121003001", "困难残疾人生活补贴和重度残疾人护理补贴申请", "benefit", zlv,
         ["《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"],
         ["持有第二代残疾人证", "困难残疾人生活补贴：低保家庭中的残疾人", "重度残疾人护理补贴：残疾等级为一级、二级且需要长期照护"],
         [FORM("m1", "残疾人两项补贴申请审批表"), IDC("m2"),
          M("m3", "残疾人证", forms=("original", "electronic"), source="government", lic="残疾人证",
            notes="可通过电子证照库调取"),
          M("m4", "社会保障卡或者本人银行账户", forms=("original", "electronic"), source="government", lic="社会保障卡"),
          *AGENT_MATS("m5", "m6", "残疾人或者其监护人")],
         [AGENT_SIT("s1", "m5", "m6", "是否由监护人、亲属或者社区工作人员代办？")],
         TL(20, 10), steps(("受理", 1), ("初审", 4), ("审核", 4), ("发放", 1)), online=3)

    dis = "《中华人民共和国残疾人保障法》"
    disrule = "《中华人民共和国残疾人证管理办法》"
    main_item("discard_main", "dpf", "000122001000", "残疾人证办理", "publicService", zlv, [dis, disrule],
              ["具有本市户籍的残疾人"], TL(30, 15))
    item("discard", "dpf", "000122001001", "残疾人证办理（新办）", "publicService", zlv, [dis, disrule],
         ["具有本市户籍，符合残疾标准的视力、听力、言语、肢体、智力、精神残疾人或者多重残疾人"],
         [FORM("m1", "中华人民共和国残疾人证申请表"), IDC("m2", "申请人", False), HUKOU("m3"),
          M("m4", "近期免冠彩色证件照片", forms=("original", "electronic"), copies=2, notes="1寸"),
          IDC("m5", "监护人", False)],
         [SIT("s1", "申请人是否未满16周岁或者为智力、精神残疾人？",
              [OPT("s1a", "否", ["m2"]), OPT("s1b", "是（由监护人代为申请）", ["m5"])])],
         TL(30, 15), steps(("受理", 1), ("残疾评定", 0), ("审核", 10), ("制证发证", 4)),
         specials=[special("指定医疗机构残疾评定", 15, disrule)], online=2, variant="new", parent="discard_main")
    item("discard_re", "dpf", "000122001003", "残疾人证办理（换领）", "publicService", zlv, [dis, disrule],
         ["残疾人证有效期满、残疾类别或者等级发生变化、证件损毁"],
         [IDC("m1"), M("m2", "原残疾人证", forms=("original",), source="government", notes="换领时交回"),
          M("m3", "近期免冠彩色证件照片", forms=("original", "electronic"), copies=2)],
         [], TL(30, 10), steps(("受理", 1), ("审核", 5), ("制证发证", 4)),
         specials=[special("残疾等级重新评定（等级变化时）", 15, disrule)], online=2, variant="renewal",
         parent="discard_main")

    # housing and construction
    item("pubrent", "housing", "000123001001", "公共租赁住房申请", "benefit", zlv,
         ["《公共租赁住房管理办法》"],
         ["申请人及共同申请的家庭成员在本市无住房或者住房面积低于规定标准", "家庭收入、财产符合本市规定标准",
          "外来务工人员在本市稳定就业达到规定年限"],
         [FORM("m1", "公共租赁住房申请表"), IDC("m2", "申请人及共同申请家庭成员"), HUKOU("m3", "申请人", False),
          M("m4", "居住证", False, ("original", "electronic"), source="government", lic="居住证"),
          MARRIAGE("m5", False), M("m6", "离婚证及离婚协议或者判决书", False, ("original", "copy", "electronic"),
                                    source="government", lic="离婚证"),
          M("m7", "劳动合同", False, ("original", "copy"), notes="外来务工人员提交；社会保险缴费记录由部门共享核验"),
          M("m8", "住房情况书面承诺", forms=("original",), blank="住房情况承诺书.docx"),
          M("m9", "家庭收入情况证明", forms=("original",), source="other", defer=True, notes="非关键材料，可容缺受理")],
         [SIT("s1", "申请人户籍？", [OPT("s1a", "本市户籍", ["m3"]), OPT("s1b", "外来务工人员", ["m4", "m7"])]),
          SIT("s2", "婚姻状况？", [OPT("s2a", "未婚"), OPT("s2b", "已婚", ["m5"]), OPT("s2c", "离异", ["m6"]),
                                OPT("s2d", "丧偶")])],
         TL(30, 20), steps(("受理", 1), ("街道初审", 7), ("区级审核", 8), ("市级复核", 4)),
         specials=[special("审核结果公示", 5, "《公共租赁住房管理办法》")], online=3)
    build = "《中华人民共和国建筑法》"
    item("construct", "housing", "000123002001", "建筑工程施工许可证核发", "licensing", ["city", "district"],
         [build + "第七条", build + "第八条", "《建筑工程施工许可管理办法》"],
         ["已经办理该建筑工程用地批准手续", "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
          "已经确定施工企业", "有满足施工需要的资金安排、施工图纸及技术资料", "有保证工程质量和安全的具体措施"],
         [FORM("m1", "建筑工程施工许可申请表"),
          M("m2", "建设工程规划许可证", forms=("original", "electronic"), source="government", lic="建设工程规划许可证",
            notes="可通过电子证照库调取"),
          M("m3", "施工合同或者中标通知书", forms=("original", "copy")),
          M("m4", "施工图设计文件审查合格信息", forms=("electronic",), source="intermediary",
            notes="通过施工图审查系统共享获取"),
          M("m5", "建设资金已经落实承诺书", forms=("original",), blank="建设资金落实承诺书.docx"),
          M("m6", "保证工程质量和安全的具体措施", forms=("original",), defer=True),
          M("m7", "监理合同", False, ("original", "copy"), notes="依法必须实行监理的工程提交")],
         [SIT("s1", "是否属于依法必须实行监理的工程？", [OPT("s1a", "否"), OPT("s1b", "是", ["m7"])])],
         TL(7, 3), steps(("受理", 1), ("审查", 1), ("决定", 1)), online=4,
         place=CITY_HALL + "工程建设项目审批专区；" + DISTRICT_HALLS + "工程建设项目审批窗口")
    item("firedesign", "housing", "000123003001", "特殊建设工程消防设计审查", "licensing", ["city", "district"],
         ["《中华人民共和国消防法》第十一条", "《建设工程消防设计审查验收管理暂行规定》"],
         ["属于特殊建设工程", "消防设计文件由具有相应资质的设计单位编制，符合国家工程建设消防技术标准"],
         [FORM("m1", "特殊建设工程消防设计审查申请表"),
          M("m2", "消防设计文件", forms=("original", "electronic"), source="intermediary"),
          M("m3", "依法需要办理建设工程规划许可的，建设工程规划许可文件", False, ("original", "electronic"),
            source="government", lic="建设工程规划许可证"),
          M("m4", "特殊消防设计技术资料", False, ("original", "electronic"), source="intermediary",
            notes="采用特殊消防设计的提交，包括特殊消防设计文件和论证材料")],
         [SIT("s1", "是否需要办理建设工程规划许可？", [OPT("s1a", "需要", ["m3"]), OPT("s1b", "不需要")]),
          SIT("s2", "是否采用特殊消防设计？", [OPT("s2a", "否"), OPT("s2b", "是", ["m4"])])],
         TL(15, 10), steps(("受理", 1), ("技术审查", 7), ("决定", 2)),
         specials=[special("特殊消防设计专家评审", 10, "《建设工程消防设计审查验收管理暂行规定》")], online=4,
         place=CITY_HALL + "工程建设项目审批专区")
    item("presale", "housing", "000123004001", "商品房预售许可", "licensing", ["city", "district"],
         ["《中华人民共和国城市房地产管理法》第四十五条", "《城市商品房预售管理办法》"],
         ["已交付全部土地使用权出让金，取得土地使用权证书", "持有建设工程规划许可证",
          "按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的25%以上，并已经确定施工进度和竣工交付日期"],
         [FORM("m1", "商品房预售许可申请表"), LICENCE("m2"),
          PROPERTY("m3", "国有建设用地使用权不动产权证书"),
          M("m4", "建设工程规划许可证", forms=("original", "electronic"), source="government", lic="建设工程规划许可证"),
          M("m5", "建筑工程施工许可证", forms=("original", "electronic"), source="government", lic="建筑工程施工许可证"),
          M("m6", "投入开发建设资金达到总投资25%以上的证明", forms=("original",), source="intermediary"),
          M("m7", "商品房预售方案", forms=("original",)), M("m8", "预售资金监管协议", forms=("original",))],
         [], TL(10, 5), steps(("受理", 1), ("审查", 2), ("现场查勘", 1), ("决定", 1)), online=3)

    # natural resources: real estate registration
    ci = "《不动产登记暂行条例》"
    cir = "《不动产登记暂行条例实施细则》"
    fee_basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"
    reg_fees = [fee("住宅类不动产登记费", "80元/件", fee_basis), fee("非住宅类不动产登记费", "550元/件", fee_basis),
                fee("不动产权属证书工本费（每增加一本证书）", "10元/本", fee_basis)]
    rplace = CITY_HALL + "不动产登记专区；各区市县不动产登记窗口"
    rlv = ["city", "district"]
    item("re_first", "nr", "000124001001", "不动产首次登记（国有建设用地使用权及房屋所有权）", "confirmation", rlv,
         [civ + "第二百零九条", ci + "第十四条", ci + "第二十条", cir],
         ["依法取得国有建设用地使用权，房屋已经竣工验收", "房屋符合规划，已完成规划核实"],
         [FORM("m1", "不动产登记申请书"), LICENCE("m2", notes="申请人为企业的，可通过电子证照库调取"),
          PROPERTY("m3", "国有建设用地使用权不动产权证书"),
          M("m4", "建设工程符合规划的材料（规划核实证明）", forms=("original", "electronic"), source="government"),
          M("m5", "房屋已经竣工的材料（竣工验收备案）", forms=("original", "electronic"), source="government"),
          M("m6", "房地产调查或者测绘报告", forms=("original",), source="intermediary"),
          M("m7", "相关税费缴纳凭证", forms=("electronic",), source="government", notes="通过部门共享核验"),
          *AGENT_MATS("m8", "m9", "申请人")],
         [AGENT_SIT("s1", "m8", "m9")],
         TL(30, 5), steps(("受理", 1), ("审核", 2), ("登簿", 1), ("缮证发证", 1)), fees=reg_fees,
         specials=[special("实地查看", 5, cir)], online=3, place=rplace)
    item("re_transfer", "nr", "000124001002", "不动产转移登记（存量房买卖）", "confirmation", rlv,
         [civ + "第二百零九条", ci + "第十四条", ci + "第二十条", cir],
         ["已依法签订存量房买卖合同并办理网签", "已缴纳相关税费", "房屋无查封、无异议登记等限制转移情形"],
         [FORM("m1", "不动产登记申请书"), IDC("m2", "买卖双方"), PROPERTY("m3"),
          M("m4", "存量房买卖合同（网签）", forms=("original", "electronic"), source="government"),
          M("m5", "完税信息", forms=("electronic",), source="government", notes="通过税务部门共享获取"),
          MARRIAGE("m6", False, "出卖人已婚的提交，可通过电子证照库调取"),
          M("m7", "配偶同意出售的书面意见", False, ("original",), notes="房屋为夫妻共有但证书只记载一方时提交"),
          M("m8", "抵押权人同意转让的书面意见", False, ("original",), source="other", notes="房屋已设立抵押的提交"),
          *AGENT_MATS("m9", "m10", "委托人")],
         [SIT("s1", "出卖人婚姻状况？", [OPT("s1a", "未婚、离异或者丧偶"), OPT("s1b", "已婚", ["m6", "m7"])]),
          SIT("s2", "房屋是否已设立抵押？", [OPT("s2a", "否"), OPT("s2b", "是", ["m8"])]),
          AGENT_SIT("s3", "m9", "m10", "买卖任何一方是否委托代理人？")],
         TL(30, 3), steps(("受理", 1), ("审核", 1), ("登簿发证", 1)), fees=reg_fees, online=3, place=rplace)
    item("re_mortgage", "nr", "000124001003", "不动产抵押登记（首次登记）", "confirmation", rlv,
         [civ + "第四百零二条", ci + "第十四条", ci + "第二十条", cir],
         ["以不动产设定抵押，抵押人与抵押权人已签订主债权合同和抵押合同", "抵押物权属清楚、无查封"],
         [FORM("m1", "不动产登记申请书"), IDC("m2", "抵押人"), PROPERTY("m3"),
          M("m4", "抵押权人营业执照和金融许可证", forms=("original", "copy", "electronic"), source="government",
            lic="营业执照"),
          M("m5", "主债权合同", forms=("original",)), M("m6", "抵押合同", forms=("original",)),
          *AGENT_MATS("m7", "m8", "抵押权人")],
         [AGENT_SIT("s1", "m7", "m8", "抵押权人（银行）是否委托工作人员办理？")],
         TL(30, 1), steps(("受理", 0), ("审核", 1), ("登簿", 0)),
         fees=[fee("住宅类不动产抵押登记费", "80元/件", fee_basis), fee("非住宅类不动产抵押登记费", "550元/件", fee_basis)],
         online=4, place=rplace + "；合作银行网点")
    item("re_cancel", "nr", "000124001004", "不动产注销登记（抵押权注销）", "confirmation", rlv, [ci, cir],
         ["主债权消灭或者抵押权已经实现等导致抵押权消灭"],
         [FORM("m1", "不动产登记申请书"), M("m2", "不动产登记证明（抵押权）", forms=("original", "electronic"),
                                      source="government", lic="不动产登记证明"),
          M("m3", "抵押权消灭的材料（抵押权人同意注销的书面意见）", forms=("original",), source="other")],
         [], ON_SPOT, SPOT_STEPS, online=4, place=rplace + "；合作银行网点")
    plan = "《中华人民共和国城乡规划法》"
    item("plan_build", "nr", "000124002001", "建设工程规划许可证核发", "licensing", rlv,
         [plan + "第四十条", "《中华人民共和国行政许可法》"],
         ["在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设", "已取得建设用地规划许可或者土地使用权",
          "建设工程设计方案符合控制性详细规划和规划条件"],
         [FORM("m1", "建设工程规划许可申请表"), PROPERTY("m2", "使用土地的有关证明文件（不动产权证书）"),
          M("m3", "建设工程设计方案", forms=("original", "electronic"), source="intermediary"),
          M("m4", "建设用地规划许可证", False, ("original", "electronic"), source="government", lic="建设用地规划许可证",
            notes="以划拨方式取得土地的提交"),
          M("m5", "总平面图电子文件", forms=("electronic",), source="intermediary", defer=True)],
         [SIT("s1", "土地取得方式？", [OPT("s1a", "出让"), OPT("s1b", "划拨", ["m4"])])],
         TL(20, 10), steps(("受理", 1), ("审查", 6), ("批前公示", 0), ("决定", 3)),
         specials=[special("专家评审", 10, "《中华人民共和国行政许可法》第四十五条")], online=4,
         place=CITY_HALL + "工程建设项目审批专区")
    item("plan_land", "nr", "000124002002", "建设用地规划许可证核发", "licensing", rlv,
         [plan + "第三十七条", plan + "第三十八条"],
         ["以划拨方式提供国有土地使用权的建设项目已经有关部门批准、核准、备案",
          "以出让方式取得国有土地使用权的建设项目已签订国有土地使用权出让合同"],
         [FORM("m1", "建设用地规划许可申请表"), LICENCE("m2"),
          M("m3", "国有建设用地使用权出让合同", False, ("original", "copy"), source="government"),
          M("m4", "建设项目批准、核准或者备案文件", False, ("original", "electronic"), source="government"),
          M("m5", "建设项目用地预审与选址意见书", False, ("original", "electronic"), source="government")],
         [SIT("s1", "土地取得方式？", [OPT("s1a", "出让", ["m3"]), OPT("s1b", "划拨", ["m4", "m5"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 3), ("决定", 1)), online=4, place=CITY_HALL + "工程建设项目审批专区")


@part
def items_health_transport_env():
    lv = ["city", "district"]
    item("birth_cert", "health", "000125001001", "出生医学证明首次签发", "publicService", ["district"],
         ["《中华人民共和国母婴保健法》第二十三条"],
         ["在本市助产机构内出生的新生儿", "新生儿父母（或者监护人）已确定新生儿姓名"],
         [FORM("m1", "出生医学证明首次签发登记表", "父母双方核对信息后签字"), IDC("m2", "新生儿母亲"),
          IDC("m3", "新生儿父亲", False), *AGENT_MATS("m4", "m5", "新生儿父母")],
         [SIT("s1", "证明上是否填写父亲信息？", [OPT("s1a", "填写", ["m3"]), OPT("s1b", "不填写")]),
          AGENT_SIT("s2", "m4", "m5", "父母是否均不能到场、委托他人办理？")],
         ON_SPOT, SPOT_STEPS, online=3, place="新生儿出生的助产机构出生医学证明签发窗口")
    item("physician", "health", "000125002001", "医师执业注册", "licensing", lv,
         ["《中华人民共和国医师法》", "《医师执业注册管理办法》"],
         ["取得医师资格", "拟在本市医疗、预防、保健机构执业", "无不予注册的情形"],
         [FORM("m1", "医师执业注册申请审核表"),
          M("m2", "医师资格证书", forms=("original", "electronic"), source="government", lic="医师资格证书"),
          IDC("m3"), M("m4", "近6个月内的健康体检证明", forms=("original",), source="intermediary", defer=True),
          M("m5", "拟执业医疗机构的聘用证明", forms=("original",), source="other")],
         [], TL(20, 10), steps(("受理", 1), ("审核", 7), ("决定", 2)), online=4)
    pub = "《公共场所卫生管理条例》"
    pubr = "《公共场所卫生管理条例实施细则》"
    main_item("pubhyg", "health", "000125003000", "公共场所卫生许可", "licensing", lv, [pub, pubr],
              ["在本市经营住宿、沐浴、美容美发、游泳场所等依法须取得卫生许可证的公共场所的经营者"], TL(20, 10))
    item("pubhyg_new", "health", "000125003001", "公共场所卫生许可（新办）", "licensing", lv, [pub, pubr],
         ["已取得营业执照", "场所选址、布局、设施设备符合卫生规范", "有卫生管理制度和卫生管理人员",
          "从业人员已取得有效健康合格证明"],
         [FORM("m1", "公共场所卫生许可申请表"), LICENCE("m2"), IDC("m3", "法定代表人（负责人）"),
          M("m4", "公共场所地址方位示意图、平面图和卫生设施平面布局图", forms=("original",)),
          M("m5", "公共场所卫生检测或者评价报告", forms=("original",), source="intermediary",
            notes="由具备资质的检测机构出具", defer=True),
          M("m6", "公共场所卫生管理制度", forms=("original",)),
          M("m7", "从业人员健康合格证明", forms=("original", "copy"), source="intermediary", defer=True),
          M("m8", "集中空调通风系统卫生检测或者评价报告", False, ("original",), source="intermediary")],
         [SIT("s1", "是否使用集中空调通风系统？", [OPT("s1a", "否"), OPT("s1b", "是", ["m8"])])],
         TL(20, 10), steps(("受理", 1), ("资料审查", 3), ("现场审查", 4), ("决定", 2)),
         specials=[special("卫生检测", 10, "《中华人民共和国行政许可法》第四十五条")], online=3,
         variant="new", parent="pubhyg")
    item("pubhyg_change", "health", "000125003002", "公共场所卫生许可（变更）", "licensing", lv, [pub, pubr],
         ["卫生许可证载明的单位名称、法定代表人（负责人）等事项变更；经营项目、场所布局变更的需重新审查"],
         [FORM("m1", "公共场所卫生许可变更申请表"),
          M("m2", "公共场所卫生许可证", forms=("original", "electronic"), source="government", lic="公共场所卫生许可证"),
          LICENCE("m3", notes="提交变更后的营业执照，可通过电子证照库调取"),
          M("m4", "变更后的平面布局图和卫生检测报告", False, ("original",), source="intermediary")],
         [SIT("s1", "变更事项？", [OPT("s1a", "单位名称、法定代表人（负责人）"), OPT("s1b", "经营项目或者场所布局", ["m4"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), online=3, variant="change", parent="pubhyg")
    item("pubhyg_renew", "health", "000125003003", "公共场所卫生许可（延续）", "licensing", lv, [pub, pubr],
         ["卫生许可证有效期满需继续经营，在有效期届满30日前提出申请"],
         [FORM("m1", "公共场所卫生许可延续申请表"),
          M("m2", "公共场所卫生许可证", forms=("original", "electronic"), source="government", lic="公共场所卫生许可证"),
          M("m3", "经营条件未发生变化的承诺书", forms=("original",), blank="经营条件未变化承诺书.docx"),
          M("m4", "近一年内的卫生检测报告", forms=("original",), source="intermediary", defer=True)],
         [], TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), online=3, variant="renewal", parent="pubhyg")

    item("vet_card", "veterans", "000126001001", "退役军人优待证申领", "publicService", ["district", "street", "community"],
         ["《中华人民共和国退役军人保障法》"],
         ["户籍在本市的退役军人，或者其他符合条件的优抚对象", "已在退役军人服务站完成信息采集"],
         [FORM("m1", "优待证申领表"), IDC("m2"),
          M("m3", "退出现役证明（退伍证、转业证等）", forms=("original", "copy"), source="government"),
          M("m4", "近期免冠彩色电子照片", forms=("electronic",), notes="可在服务站现场采集"),
          M("m5", "优抚对象身份证明（如烈士证明书、残疾军人证）", False, ("original", "copy"), source="government")],
         [SIT("s1", "申领对象？", [OPT("s1a", "退役军人"), OPT("s1b", "其他优抚对象", ["m5"], ["m3"])])],
         TL(30, 20), steps(("受理", 1), ("审核", 5), ("制证", 12), ("发放", 2)), online=3,
         place="各区市县退役军人服务中心；各街道（乡镇）、社区（村）退役军人服务站")

    rt = "《中华人民共和国道路运输条例》"
    rtr = "《道路货物运输及站场管理规定》"
    main_item("freight", "transport", "000127001000", "道路货物运输经营许可（普通货运）", "licensing", lv, [rt, rtr],
              ["使用总质量4500千克以上普通货运车辆从事道路普通货物运输经营的经营者"], TL(20, 5))
    item("freight_new", "transport", "000127001001", "道路货物运输经营许可（普通货运，新办）", "licensing", lv, [rt, rtr],
         ["有与其经营业务相适应并经检测合格的车辆", "有符合规定条件的驾驶人员", "有健全的安全生产管理制度"],
         [FORM("m1", "道路货物运输经营申请表"), LICENCE("m2"), IDC("m3", "负责人"),
          M("m4", "机动车行驶证", False, ("original", "electronic"), source="government", lic="机动车行驶证"),
          M("m5", "拟投入车辆承诺书", False, ("original",), blank="拟投入车辆承诺书.docx"),
          M("m6", "驾驶人员从业资格证", forms=("original", "electronic"), source="government",
            lic="道路运输从业人员从业资格证"),
          M("m7", "安全生产管理制度文本", forms=("original",), defer=True)],
         [SIT("s1", "车辆是否已购置？", [OPT("s1a", "已购置", ["m4"]), OPT("s1b", "尚未购置", ["m5"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), online=4, variant="new", parent="freight")
    item("freight_change", "transport", "000127001002", "道路货物运输经营许可（普通货运，变更）", "licensing", lv, [rt, rtr],
         ["经营者名称、法定代表人、经营地址或者经营范围变更"],
         [FORM("m1", "道路运输经营许可变更申请表"),
          M("m2", "道路运输经营许可证", forms=("original", "electronic"), source="government", lic="道路运输经营许可证"),
          LICENCE("m3", notes="提交变更后的营业执照，可通过电子证照库调取")],
         [], TL(20, 3), steps(("受理", 1), ("审查", 1), ("决定", 1)), online=4, variant="change", parent="freight")
    item("freight_cancel", "transport", "000127001004", "道路货物运输经营许可（普通货运，注销）", "licensing", lv,
         [rt, rtr], ["经营者终止道路货物运输经营"],
         [FORM("m1", "道路运输经营许可注销申请表"),
          M("m2", "道路运输经营许可证及车辆道路运输证", forms=("original",), source="government",
            notes="交回纸质证件")],
         [], ON_SPOT, SPOT_STEPS, online=4, variant="cancellation", parent="freight")

    pp = "《排污许可管理条例》"
    ep = "《中华人民共和国环境保护法》第四十五条"
    main_item("permit", "eco", "000128001000", "排污许可", "licensing", lv, [ep, pp],
              ["纳入固定污染源排污许可分类管理名录、实行重点管理或者简化管理的排污单位"], TL(20, 10), online=4)
    item("permit_new", "eco", "000128001001", "排污许可（首次申请）", "licensing", lv, [ep, pp],
         ["依法取得建设项目环境影响评价审批意见或者按规定办理环境影响登记表备案",
          "污染防治设施、污染物排放符合国家和地方标准", "自行监测方案符合规定"],
         [M("m1", "排污许可证申请表", forms=("electronic",), notes="在全国排污许可证管理信息平台填报"),
          M("m2", "守法承诺书", forms=("original", "electronic"), blank="排污许可守法承诺书.docx"),
          LICENCE("m3"),
          M("m4", "建设项目环境影响报告书（表）批准文件或者环境影响登记表备案材料", forms=("electronic",),
            source="government"),
          M("m5", "污染物排放口和监测点位示意图、自行监测方案", forms=("electronic",)),
          M("m6", "排污许可证申请前信息公开情况说明", False, ("electronic",), notes="实行重点管理的提交"),
          M("m7", "重点污染物排放总量控制指标来源说明", False, ("electronic",), defer=True)],
         [SIT("s1", "管理类别？", [OPT("s1a", "简化管理"), OPT("s1b", "重点管理", ["m6", "m7"])])],
         TL(20, 10), steps(("受理", 1), ("技术审查", 6), ("决定", 2), ("发证", 1)),
         specials=[special("现场核查及技术评估", 10, "《中华人民共和国行政许可法》第四十五条")], online=4,
         variant="new", parent="permit")
    item("permit_change", "eco", "000128001002", "排污许可（变更）", "licensing", lv, [ep, pp],
         ["排污单位名称、住所、法定代表人等事项变更，或者污染物排放情况发生变化"],
         [M("m1", "排污许可证变更申请表", forms=("electronic",)),
          M("m2", "排污许可证", forms=("original", "electronic"), source="government", lic="排污许可证"),
          M("m3", "与变更排污许可事项有关的材料", forms=("electronic",))],
         [], TL(20, 5), steps(("受理", 1), ("审查", 3), ("决定", 1)), online=4, variant="change", parent="permit")
    item("permit_renew", "eco", "000128001003", "排污许可（延续）", "licensing", lv, [ep, pp],
         ["排污许可证有效期届满需继续排放污染物，在有效期届满60日前提出申请"],
         [M("m1", "排污许可证延续申请表", forms=("electronic",)),
          M("m2", "排污许可证", forms=("original", "electronic"), source="government", lic="排污许可证"),
          M("m3", "排污许可证执行报告及自行监测数据情况说明", forms=("electronic",))],
         [], TL(20, 10), steps(("受理", 1), ("审查", 7), ("决定", 2)), online=4, variant="renewal", parent="permit")
    item("eia", "eco", "000128002001", "建设项目环境影响报告表审批", "licensing", lv,
         ["《中华人民共和国环境影响评价法》第二十二条", "《建设项目环境保护管理条例》"],
         ["建设项目依法应当编制环境影响报告表", "建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划"],
         [FORM("m1", "建设项目环境影响报告表审批申请"),
          M("m2", "建设项目环境影响报告表", forms=("original", "electronic"), source="intermediary"),
          M("m3", "编制单位和编制人员承诺", forms=("original",), source="intermediary")],
         [], TL(30, 15), steps(("受理", 1), ("技术评估", 8), ("审查", 4), ("决定", 2)),
         specials=[special("技术评估专家评审", 15, "《中华人民共和国行政许可法》第四十五条")], online=4)


@part
def items_street_and_others():
    slv = ["street", "community"]
    elder = "《中华人民共和国老年人权益保障法》"
    sa = "《社会救助暂行办法》"
    pop = "《中华人民共和国人口与计划生育法》"
    popl = "《辽宁省人口与计划生育条例》"
    for dept, base in (("taoyuan", "000121004001"), ("fuzhou", "000121004001")):
        item("elder_allow_" + dept, dept, base, "高龄津贴申请", "benefit", slv, [elder],
             ["具有本市户籍，年满80周岁的老年人（具体年龄段和发放标准以本市现行规定为准）"],
             [FORM("m1", "高龄津贴申请表"), IDC("m2", "老年人"), HUKOU("m3", "老年人"),
              M("m4", "社会保障卡或者本人银行账户", forms=("original", "electronic"), source="government",
                lic="社会保障卡", notes="用于发放津贴"),
              IDC("m5", "代办人", False), M("m6", "代办人与老年人关系说明", False, ("original",),
                                          notes="亲属代办提交；社区工作人员上门代办的无需提交")],
             [SIT("s1", "办理方式？", [OPT("s1a", "老年人本人到场"), OPT("s1b", "亲属代办", ["m5", "m6"]),
                                    OPT("s1c", "社区工作人员上门代办")])],
             TL(20, 10), steps(("社区受理", 1), ("街道审核", 4), ("区级审批", 4), ("发放", 1)), online=3)
        item("birth_plan_" + dept, dept, "000125004001", "生育登记", "publicService", slv, [pop, popl],
             ["夫妻双方或者一方户籍在本地，或者女方在本地居住"],
             [M("m1", "生育登记信息表", forms=("original", "electronic"), notes="可通过网上办理，现场由窗口录入后签字确认"),
              IDC("m2", "夫妻双方"), MARRIAGE("m3")],
             [], ON_SPOT, SPOT_STEPS, online=4)
    item("temp_aid", "taoyuan", "000121002003", "临时救助申请", "benefit", slv, [sa + "第四十七条", sa + "第四十八条"],
         ["因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或者个人",
          "因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭"],
         [FORM("m1", "临时救助申请书"), IDC("m2"), HUKOU("m3", "申请人", False, "本市户籍的提交，可通过电子证照库调取"),
          M("m4", "居住证", False, ("original", "electronic"), source="government", lic="居住证",
            notes="非本市户籍在本市居住的提交"),
          M("m5", "家庭经济状况核对授权书", forms=("original",), blank="家庭经济状况核对授权书.docx"),
          M("m6", "遭遇困难的证明材料（如医疗费用票据、事故认定书）", forms=("original", "copy"), source="other",
            defer=True, notes="情况紧急的，可先行救助后补充材料")],
         [SIT("s1", "户籍情况？", [OPT("s1a", "本市户籍", ["m3"]), OPT("s1b", "非本市户籍", ["m4"])]),
          SIT("s2", "是否属于情况紧急需先行救助？", [OPT("s2a", "否"), OPT("s2b", "是（先行救助，事后补充说明）", [], ["m5"])])],
         TL(20, 10), steps(("受理", 1), ("调查核实", 5), ("审批", 3), ("发放", 1)),
         specials=[special("救助结果公示", 7, sa)], online=3)
    item("elder_card", "taoyuan", "000125005001", "老年人优待证办理", "publicService", slv, [elder],
         ["年满60周岁的本市户籍老年人，或者持有本市居住证的60周岁以上老年人"],
         [IDC("m1", "老年人"), M("m2", "近期免冠彩色照片", False, ("original", "electronic"), notes="1寸；现场可拍照的无需提交"),
          M("m3", "居住证", False, ("original", "electronic"), source="government", lic="居住证"),
          IDC("m4", "代办人", False)],
         [SIT("s1", "户籍情况？", [OPT("s1a", "本市户籍"), OPT("s1b", "外地户籍，持本市居住证", ["m3"])]),
          SIT("s2", "是否由他人代办？", [OPT("s2a", "本人办理"), OPT("s2b", "他人代办", ["m4", "m2"])])],
         ON_SPOT, SPOT_STEPS, online=4)
    item("homestead", "fuzhou", "000124003001", "农村村民宅基地审批", "licensing", slv,
         ["《中华人民共和国土地管理法》第六十二条", "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》"],
         ["本集体经济组织成员，以户为单位申请", "符合一户一宅规定，无宅基地或者现有宅基地面积未达到标准需分户建房",
          "选址符合国土空间规划和村庄规划，不占用永久基本农田"],
         [FORM("m1", "农村宅基地和建房（规划许可）申请表"), IDC("m2", "申请人（户主）"), HUKOU("m3"),
          M("m4", "农村宅基地使用承诺书", forms=("original",), blank="农村宅基地使用承诺书.docx"),
          M("m5", "村民小组会议讨论通过意见及村级公示情况", forms=("original",), source="other",
            notes="由村民委员会出具"),
          M("m6", "住宅设计图或者选用的通用设计图", forms=("original",), defer=True),
          PROPERTY("m7", "原宅基地不动产权证书", False, "拆旧建新的提交，可通过电子证照库调取"),
          M("m8", "原宅基地退出协议", False, ("original",), notes="拆旧建新的提交")],
         [SIT("s1", "申请类型？", [OPT("s1a", "分户新建"), OPT("s1b", "拆旧建新", ["m7", "m8"])])],
         TL(20, 15), steps(("村级审查", 5), ("乡镇受理", 1), ("联审实地踏勘", 6), ("审批", 3)),
         specials=[special("村级公示", 5, "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》")],
         online=2, place="复州城镇便民服务中心综合窗口；各村便民服务站（村级审查、代办）")

    item("cdw", "urban", "000129001001", "城市建筑垃圾处置核准", "licensing", ["city", "district"],
         ["《城市建筑垃圾管理规定》"],
         ["建设单位、施工单位或者运输单位需要处置建筑垃圾", "有建筑垃圾分类处置方案和消纳场所",
          "运输车辆具备全密闭运输机械装置或者密闭苫盖装置"],
         [FORM("m1", "城市建筑垃圾处置核准申请表"), LICENCE("m2"),
          M("m3", "建筑垃圾处置方案", forms=("original",)),
          M("m4", "建筑垃圾消纳场所证明", forms=("original", "copy"), source="other"),
          M("m5", "运输车辆机动车行驶证", False, ("original", "electronic"), source="government", lic="机动车行驶证"),
          M("m6", "与运输单位签订的运输合同", False, ("original", "copy"))],
         [SIT("s1", "申请人类型？", [OPT("s1a", "运输单位", ["m5"]), OPT("s1b", "建设单位或者施工单位（委托运输）", ["m6"])])],
         TL(20, 5), steps(("受理", 1), ("审查", 2), ("决定", 2)), online=4)
    item("billboard", "urban", "000129002001", "设置大型户外广告设施审批", "licensing", ["city", "district"],
         ["《城市市容和环境卫生管理条例》"],
         ["设置地点符合本市户外广告设施设置规划", "设施结构安全、外型美观，内容健康"],
         [FORM("m1", "户外广告设施设置申请表"), LICENCE("m2"),
          M("m3", "设施设计效果图和位置示意图", forms=("original",)),
          PROPERTY("m4", "设置场地的不动产权证书", False, "在自有建筑物上设置的提交，可通过电子证照库调取"),
          M("m5", "场地使用协议", False, ("original",), notes="在他人建筑物或者场地上设置的提交"),
          M("m6", "结构安全计算书或者安全检测报告", forms=("original",), source="intermediary", defer=True)],
         [SIT("s1", "设置场地权属？", [OPT("s1a", "自有", ["m4"]), OPT("s1b", "他人所有", ["m5"])])],
         TL(20, 10), steps(("受理", 1), ("审查", 4), ("现场勘查", 3), ("决定", 2)), online=3)
    item("teacher", "edu", "000130001001", "教师资格认定", "licensing", ["city", "district"],
         ["《中华人民共和国教师法》", "《教师资格条例》", "《〈教师资格条例〉实施办法》"],
         ["遵守宪法和法律，热爱教育事业，具有良好的思想品德", "具备规定的学历", "取得教师资格考试合格证明",
          "普通话水平达到规定等级", "身体条件符合要求"],
         [M("m1", "教师资格认定申请表", forms=("electronic",), notes="网上报名后自动生成，现场确认签字"),
          IDC("m2"), M("m3", "学历证书", forms=("original",), source="other", notes="学历信息可在线核验，核验通过的无需提交"),
          M("m4", "中小学教师资格考试合格证明", forms=("electronic",), source="government", notes="在线核验"),
          M("m5", "普通话水平测试等级证书", forms=("original", "electronic"), source="government"),
          M("m6", "指定医院出具的体检结论", forms=("original",), source="intermediary"),
          M("m7", "个人承诺书", forms=("original",), blank="教师资格认定个人承诺书.docx")],
         [], TL(30, 20), steps(("受理", 1), ("审查", 14), ("决定", 3), ("发证", 2)), online=3)


# @@ITEMS@@


def build():
    for fn in PARTS:
        fn()
    return {
        "format": "yichuang-catalog", "formatVersion": 1, "kind": "full", "version": 1,
        "generatedAt": "2026-11-01T09:00:00+08:00", "issuer": "大连市营商环境建设局（培训用目录）",
        "items": ITEMS,
    }


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "training-catalog.json")
    doc = build()
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, out)
    print("wrote %d items to %s" % (len(doc["items"]), out))
