#!/usr/bin/env python3
"""Validates a Yichuang catalog document (full or delta) and prints a summary.

Usage:
  check_catalog.py CATALOG.json [--min-items N] [--min-departments N] [--require-levels city,district,...]
  check_catalog.py --base FULL.json DELTA.json     (also checks that the delta applies to the base)

Exit status: 0 when the document is valid, 1 when errors were found, 2 on usage or read errors.
Python 3 standard library only.
"""
import argparse
import collections
import json
import re
import sys

FORMAT = "yichuang-catalog"
FORMAT_VERSION = 1
TYPES = {"licensing", "penalty", "enforcement", "levy", "benefit", "inspection", "confirmation", "reward",
         "adjudication", "otherPower", "publicService"}
VARIANTS = {None, "new", "change", "renewal", "cancellation"}
LEVELS = ["city", "district", "street", "community"]
FORMS = {"original", "copy", "electronic"}
SOURCES = {"applicant", "government", "intermediary", "other"}
# GB/T 2260 codes of Dalian and its county-level divisions
DALIAN_AREAS = {"210200", "210202", "210203", "210204", "210211", "210212", "210213", "210214", "210224", "210281",
                "210283"}
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
USCC_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$")
BASIC_RE = re.compile(r"^[0-9A-Z]{12}$")
CODE_RE = re.compile(r"^(?P<basic>[0-9A-Z]{12})-(?P<area>\d{12})-000-(?P<credit>[0-9A-Z]{18})-1-00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$")
PHONE_RE = re.compile(r"^(0\d{2,3}-\d{5,8}|\d{5,8})$")
ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

ITEM_KEYS = {
    "code": str, "basicCode": str, "name": str, "parentCode": (str, type(None)), "variant": (str, type(None)),
    "type": str, "department": dict, "levels": list, "areaCodes": list, "legalBasis": list, "conditions": list,
    "situations": list, "materials": list, "timeLimit": dict, "fees": list, "steps": list, "specialSteps": list,
    "place": str, "hours": str, "consultPhone": str, "complaintPhone": str, "onlineDepth": int,
    "itemVersion": int, "effectiveFrom": str, "effectiveTo": (str, type(None)),
}
MATERIAL_KEYS = {
    "id": str, "name": str, "required": bool, "forms": list, "copies": int, "source": str,
    "licenseType": (str, type(None)), "deferrable": bool, "blankForm": (str, type(None)),
    "sample": (str, type(None)), "notes": str,
}


def uscc_check_char(first17):
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_valid(code):
    return bool(USCC_RE.match(code)) and uscc_check_char(code[:17]) == code[17]


assert uscc_check_char("91350100M000100Y4") == "3", "GB 32100 published example must pass"


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: %s" % (where, msg))

    def keys(self, where, obj, spec):
        if not isinstance(obj, dict):
            self.err(where, "must be an object")
            return False
        ok = True
        for k, t in spec.items():
            if k not in obj:
                self.err(where, "missing key '%s'" % k)
                ok = False
            elif t is int and not is_int(obj[k]):
                self.err(where, "'%s' must be an integer" % k)
                ok = False
            elif t is not int and not isinstance(obj[k], t):
                self.err(where, "'%s' has the wrong type" % k)
                ok = False
        for k in obj:
            if k not in spec:
                self.warn(where, "unknown key '%s'" % k)
        return ok

    def string_list(self, where, name, value, allow_empty=True):
        if not all(isinstance(s, str) and s.strip() for s in value):
            self.err(where, "'%s' must hold non-empty strings" % name)
        if not allow_empty and not value:
            self.err(where, "'%s' must not be empty" % name)

    def check_item(self, it, idx):
        where = "items[%d]" % idx
        if isinstance(it, dict) and isinstance(it.get("code"), str):
            where = "item %s" % it["code"]
        if not self.keys(where, it, ITEM_KEYS):
            return
        if not it["name"].strip():
            self.err(where, "empty name")
        if not BASIC_RE.match(it["basicCode"]):
            self.err(where, "basicCode must be 12 characters of digits/capitals")
        if it["type"] not in TYPES:
            self.err(where, "unknown type '%s'" % it["type"])
        if it["variant"] not in VARIANTS:
            self.err(where, "unknown variant '%s'" % it["variant"])
        if it["variant"] is not None and it["parentCode"] is None:
            self.err(where, "a handling variant needs a parentCode")
        dept = it["department"]
        if self.keys(where + " department", dept, {"name": str, "creditCode": str}):
            if not dept["name"].strip():
                self.err(where, "empty department name")
            if not uscc_valid(dept["creditCode"]):
                self.err(where, "department creditCode '%s' is not a valid GB 32100 code" % dept["creditCode"])
        m = CODE_RE.match(it["code"])
        if not m:
            self.err(where, "code does not follow basicCode-area12-000-creditCode-1-00")
        else:
            if m.group("basic") != it["basicCode"]:
                self.err(where, "code does not start with its basicCode")
            if isinstance(dept, dict) and m.group("credit") != dept.get("creditCode"):
                self.err(where, "code does not contain the department's creditCode")
            if m.group("area")[:6] not in it["areaCodes"]:
                self.err(where, "the code's area %s is not among areaCodes" % m.group("area"))
        lv = it["levels"]
        if not lv or any(x not in LEVELS for x in lv) or len(set(lv)) != len(lv):
            self.err(where, "levels must be a non-empty subset of %s without repeats" % LEVELS)
        areas = it["areaCodes"]
        if not areas or any(a not in DALIAN_AREAS for a in areas) or len(set(areas)) != len(areas):
            self.err(where, "areaCodes must be distinct Dalian GB/T 2260 codes")
        self.string_list(where, "legalBasis", it["legalBasis"], allow_empty=False)
        for lb in it["legalBasis"]:
            if isinstance(lb, str) and not lb.startswith("《"):
                self.warn(where, "legal basis '%s' does not start with a title in 《》" % lb)
        self.string_list(where, "conditions", it["conditions"])
        self.check_materials_and_situations(where, it)
        self.check_time(where, it)
        for i, f in enumerate(it["fees"]):
            self.keys("%s fees[%d]" % (where, i), f, {"name": str, "amount": str, "basis": str})
        for i, s in enumerate(it["steps"]):
            if self.keys("%s steps[%d]" % (where, i), s, {"name": str, "days": int}) and s["days"] < 0:
                self.err(where, "step days must not be negative")
        for i, s in enumerate(it["specialSteps"]):
            if self.keys("%s specialSteps[%d]" % (where, i), s, {"name": str, "maxDays": int, "basis": str}) \
                    and s["maxDays"] <= 0:
                self.err(where, "specialSteps maxDays must be positive")
        for k in ("consultPhone", "complaintPhone"):
            if not PHONE_RE.match(it[k]):
                self.err(where, "%s '%s' is not a phone number" % (k, it[k]))
        if not 0 <= it["onlineDepth"] <= 4:
            self.err(where, "onlineDepth must be 0..4")
        if it["itemVersion"] < 1:
            self.err(where, "itemVersion must be >= 1")
        if not DATE_RE.match(it["effectiveFrom"]):
            self.err(where, "effectiveFrom must be YYYY-MM-DD")
        if it["effectiveTo"] is not None:
            if not DATE_RE.match(it["effectiveTo"]):
                self.err(where, "effectiveTo must be YYYY-MM-DD or null")
            elif it["effectiveTo"] < it["effectiveFrom"]:
                self.err(where, "effectiveTo is before effectiveFrom")
        if not it["place"].strip() or not it["hours"].strip():
            self.err(where, "place and hours must not be empty")

    def check_materials_and_situations(self, where, it):
        ids = set()
        optional = set()
        for i, mat in enumerate(it["materials"]):
            mw = "%s materials[%d]" % (where, i)
            if not self.keys(mw, mat, MATERIAL_KEYS):
                continue
            if not ID_RE.match(mat["id"]):
                self.err(mw, "bad material id '%s'" % mat["id"])
            if mat["id"] in ids:
                self.err(mw, "duplicate material id '%s'" % mat["id"])
            ids.add(mat["id"])
            if not mat["required"]:
                optional.add(mat["id"])
            if not mat["name"].strip():
                self.err(mw, "empty name")
            if not mat["forms"] or any(f not in FORMS for f in mat["forms"]) or \
                    len(set(mat["forms"])) != len(mat["forms"]):
                self.err(mw, "forms must be a non-empty subset of %s" % sorted(FORMS))
            if mat["copies"] < 1:
                self.err(mw, "copies must be >= 1")
            if mat["source"] not in SOURCES:
                self.err(mw, "unknown source '%s'" % mat["source"])
            if mat["licenseType"] is not None:
                if not mat["licenseType"].strip():
                    self.err(mw, "licenseType must be null or a licence type name")
                if "electronic" not in mat["forms"]:
                    self.warn(mw, "has a licenseType but 'electronic' is not among its forms")
            for k in ("blankForm", "sample"):
                if mat[k] is not None and not mat[k].strip():
                    self.err(mw, "%s must be null or a file name" % k)
        sit_ids = set()
        added = set()
        for i, sit in enumerate(it["situations"]):
            sw = "%s situations[%d]" % (where, i)
            if not self.keys(sw, sit, {"id": str, "question": str, "options": list}):
                continue
            if sit["id"] in sit_ids:
                self.err(sw, "duplicate situation/option id '%s'" % sit["id"])
            sit_ids.add(sit["id"])
            if len(sit["options"]) < 2:
                self.err(sw, "a situation needs at least two options")
            for j, opt in enumerate(sit["options"]):
                ow = "%s options[%d]" % (sw, j)
                if not self.keys(ow, opt, {"id": str, "label": str, "addMaterials": list, "removeMaterials": list}):
                    continue
                if opt["id"] in sit_ids:
                    self.err(ow, "duplicate situation/option id '%s'" % opt["id"])
                sit_ids.add(opt["id"])
                for ref in opt["addMaterials"] + opt["removeMaterials"]:
                    if ref not in ids:
                        self.err(ow, "refers to unknown material '%s'" % ref)
                for ref in opt["addMaterials"]:
                    added.add(ref)
                    if ref in ids and ref not in optional:
                        self.warn(ow, "adds material '%s' that is already required" % ref)
                if set(opt["addMaterials"]) & set(opt["removeMaterials"]):
                    self.err(ow, "adds and removes the same material")
        for mid in sorted(optional - added):
            self.warn(where, "optional material '%s' is never added by a situation" % mid)

    def check_time(self, where, it):
        t = it["timeLimit"]
        if not self.keys(where + " timeLimit", t, {"legalDays": int, "promisedDays": int, "onTheSpot": bool}):
            return
        if t["onTheSpot"]:
            if t["legalDays"] != 0 or t["promisedDays"] != 0:
                self.err(where, "an on-the-spot item must have legalDays and promisedDays 0")
        else:
            if t["promisedDays"] <= 0:
                self.err(where, "promisedDays must be positive unless onTheSpot")
            if t["legalDays"] > 0 and t["promisedDays"] > t["legalDays"]:
                self.err(where, "promisedDays exceeds legalDays")
            if t["legalDays"] < 0:
                self.err(where, "legalDays must not be negative")
            total = sum(s.get("days", 0) for s in it["steps"] if isinstance(s, dict) and is_int(s.get("days")))
            if it["steps"] and total > t["promisedDays"]:
                self.warn(where, "steps add up to %d days, more than promisedDays %d" % (total, t["promisedDays"]))

    def check_document(self, doc, base=None):
        if not isinstance(doc, dict):
            self.err("document", "must be a JSON object")
            return
        kind = doc.get("kind")
        for key, want in (("format", FORMAT), ("formatVersion", FORMAT_VERSION)):
            if key not in doc and kind == "delta":
                self.warn("document", "delta without '%s'" % key)
            elif doc.get(key) != want:
                self.err("document", "%s must be %r" % (key, want))
        if kind == "full":
            for key in ("generatedAt", "issuer"):
                if not isinstance(doc.get(key), str) or not doc[key].strip():
                    self.err("document", "a full catalog needs '%s'" % key)
        if kind not in ("full", "delta"):
            self.err("document", "kind must be 'full' or 'delta'")
        if not is_int(doc.get("version")) or doc.get("version", 0) < 1:
            self.err("document", "version must be a positive integer")
        if "generatedAt" in doc and not (isinstance(doc["generatedAt"], str) and DATETIME_RE.match(doc["generatedAt"])):
            self.err("document", "generatedAt must be an ISO 8601 date-time with offset")
        items = doc.get("items")
        if not isinstance(items, list):
            self.err("document", "items must be a list")
            return
        if kind == "delta":
            bv = doc.get("baseVersion")
            if not is_int(bv) or not is_int(doc.get("version")) or bv >= doc["version"]:
                self.err("document", "a delta needs an integer baseVersion lower than version")
            if not isinstance(doc.get("removed"), list) or not all(isinstance(c, str) for c in doc["removed"]):
                self.err("document", "a delta needs a 'removed' list of codes")
        codes = collections.Counter(it.get("code") for it in items if isinstance(it, dict))
        for c, n in codes.items():
            if n > 1:
                self.err("document", "code %s occurs %d times" % (c, n))
        for i, it in enumerate(items):
            self.check_item(it, i)
        # parent references: within the document, or (for a delta) within the base it applies to
        known = {it.get("code"): it for it in items if isinstance(it, dict)}
        if kind == "delta" and base is not None:
            merged = {it["code"]: it for it in base.get("items", [])}
            for c in doc.get("removed", []):
                if c not in merged:
                    self.err("delta", "removes %s, which the base does not hold" % c)
                merged.pop(c, None)
            if doc.get("baseVersion") != base.get("version"):
                self.err("delta", "baseVersion %s does not match the base's version %s"
                         % (doc.get("baseVersion"), base.get("version")))
            merged.update(known)
            known = merged
        if kind == "full" or base is not None:
            for it in known.values():
                pc = it.get("parentCode")
                if pc is None:
                    continue
                parent = known.get(pc)
                if parent is None:
                    self.err("item %s" % it.get("code"), "parentCode %s is not in the catalog" % pc)
                elif parent.get("parentCode") is not None:
                    self.err("item %s" % it.get("code"), "parent %s is itself a sub-item" % pc)
        parents = {it.get("parentCode") for it in known.values() if it.get("parentCode")}
        for it in items:
            if isinstance(it, dict) and not it.get("materials") and it.get("code") not in parents:
                self.err("item %s" % it.get("code"), "has no materials and no sub-items")


def summary(doc):
    items = [it for it in doc.get("items", []) if isinstance(it, dict)]
    parents = {it.get("parentCode") for it in items if it.get("parentCode")}
    handled = [it for it in items if it.get("code") not in parents]
    depts = collections.Counter(it["department"]["name"] for it in items if isinstance(it.get("department"), dict))
    levels = collections.Counter(lv for it in items for lv in it.get("levels", []))
    types = collections.Counter(it.get("type") for it in items)
    mats = [m for it in items for m in it.get("materials", [])]
    lines = [
        "document: kind=%s version=%s%s issuer=%s" % (
            doc.get("kind"), doc.get("version"),
            " baseVersion=%s" % doc.get("baseVersion") if doc.get("kind") == "delta" else "", doc.get("issuer")),
        "items: %d (main items grouping variants: %d, handleable items: %d, sub-items: %d)" % (
            len(items), len(parents), len(handled), sum(1 for it in items if it.get("parentCode"))),
        "departments: %d" % len(depts),
    ]
    for name, n in sorted(depts.items(), key=lambda x: (-x[1], x[0])):
        lines.append("  %3d  %s" % (n, name))
    lines.append("levels: " + ", ".join("%s=%d" % (lv, levels.get(lv, 0)) for lv in LEVELS))
    lines.append("types: " + ", ".join("%s=%d" % (t, n) for t, n in sorted(types.items())))
    lines.append("variants: " + ", ".join("%s=%d" % (v, n) for v, n in sorted(
        collections.Counter(it.get("variant") for it in items if it.get("variant")).items())))
    lines.append("on-the-spot items: %d; items with fees: %d; items with special steps: %d; with situations: %d" % (
        sum(1 for it in items if it.get("timeLimit", {}).get("onTheSpot")),
        sum(1 for it in items if it.get("fees")), sum(1 for it in items if it.get("specialSteps")),
        sum(1 for it in items if it.get("situations"))))
    lic = collections.Counter(m.get("licenseType") for m in mats if m.get("licenseType"))
    lines.append("materials: %d; from the licence library: %d (%d licence types); deferrable: %d; optional: %d" % (
        len(mats), sum(lic.values()), len(lic), sum(1 for m in mats if m.get("deferrable")),
        sum(1 for m in mats if not m.get("required"))))
    lines.append("licence types: " + "、".join(sorted(lic)))
    lines.append("online depth: " + ", ".join("%d=%d" % (d, n) for d, n in sorted(
        collections.Counter(it.get("onlineDepth") for it in items).items())))
    area_use = collections.Counter(a for it in items for a in it.get("areaCodes", []))
    lines.append("area codes used: %d of %d" % (len(area_use), len(DALIAN_AREAS)))
    return lines, len(handled), len(depts), levels


def main(argv):
    ap = argparse.ArgumentParser(description="Validate a Yichuang catalog document and print a summary.")
    ap.add_argument("catalog")
    ap.add_argument("--base", help="full catalog a delta applies to")
    ap.add_argument("--min-items", type=int, default=0, help="minimum number of handleable items")
    ap.add_argument("--min-departments", type=int, default=0)
    ap.add_argument("--require-levels", default="", help="comma-separated levels that must occur")
    ap.add_argument("--show-warnings", action="store_true")
    args = ap.parse_args(argv)
    try:
        with open(args.catalog, encoding="utf-8") as f:
            doc = json.load(f)
        base = None
        if args.base:
            with open(args.base, encoding="utf-8") as f:
                base = json.load(f)
    except (OSError, ValueError) as e:
        print("error: cannot read catalog: %s" % e, file=sys.stderr)
        return 2
    chk = Checker()
    chk.check_document(doc, base)
    if isinstance(doc, dict):
        lines, handled, ndepts, levels = summary(doc)
        print("\n".join(lines))
        if handled < args.min_items:
            chk.err("document", "only %d handleable items, at least %d wanted" % (handled, args.min_items))
        if ndepts < args.min_departments:
            chk.err("document", "only %d departments, at least %d wanted" % (ndepts, args.min_departments))
        for lv in filter(None, args.require_levels.split(",")):
            if lv not in LEVELS:
                chk.err("arguments", "unknown level '%s'" % lv)
            elif not levels.get(lv):
                chk.err("document", "no item is handled at level '%s'" % lv)
    print("warnings: %d" % len(chk.warnings))
    if args.show_warnings:
        for w in chk.warnings:
            print("  warning: " + w)
    print("errors: %d" % len(chk.errors))
    for e in chk.errors:
        print("  error: " + e)
    print("RESULT: %s" % ("OK" if not chk.errors else "INVALID"))
    return 0 if not chk.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
