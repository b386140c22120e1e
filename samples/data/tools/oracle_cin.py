#!/usr/bin/env python3
"""Independent "oracle" for the CIN census sample: computes NI59, NI60, CIN45, REF10K, REREF12,
NI68, ICPC15, CPP10K, NI64, NI65 and NI67, and the current measure ICPC10K, for 2006-07 from either form of the census:

  - the XML census (one Message/Children/Child...), read with xml.etree (no DTD processing);
  - the flat CSV form (a folder of CSV files, each table recognised by its header row, never by
    its file name).

It shares no code with the generator and does not know which child was built for which rule: it
only reads the files. The England & Wales bank holidays are derived here from the rules in
working-days.md (anonymous Gregorian computus for Easter, substitute days, the proclamation
exceptions), not from a list.

Usage:
  python3 oracle_cin.py [PATH ...] [--population FILE] [--items] [--selftest]

PATH is a census XML file or a folder of flat CSV files; by default both bundled samples
(../cin/census_2006-07.xml and ../cin/flat_2006-07). --items prints every counted item with its
decision and the rule that decided it. --selftest checks the calendar and date arithmetic against
the worked examples in the specification and exits.

Standard library only (Python 3.11).
"""

import argparse
import csv
import datetime as dt
import os
import sys
import xml.etree.ElementTree as ET

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
PERIOD_START = D(2006, 4, 1)
PERIOD_END = D(2007, 3, 31)
POP_YEAR = "2006-07"

# ----------------------------------------------------------------------------- code lists
REFERRAL_SOURCES = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
                    "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"}
NEED_CODES = {"N%d" % i for i in range(0, 10)}
CLOSURE_REASONS = {"RC%d" % i for i in range(1, 10)}
CATEGORIES = {"NEG", "PHY", "SAB", "EMO", "MUL"}
GENDER_CODES = {"0", "1", "2", "9"}
SEX_CODES = {"M", "F", "U"}
BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
ASSESSMENT_TYPES = {"Initial", "Core", "Single"}

# ----------------------------------------------------------------------------- calendar

def easter_sunday(year):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(year, month, day)


def first_monday(year, month):
    x = D(year, month, 1)
    return x + dt.timedelta(days=(0 - x.weekday()) % 7)


def last_monday(year, month):
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    x = nxt - dt.timedelta(days=1)
    return x - dt.timedelta(days=x.weekday())


_HOLIDAY_CACHE = {}


def bank_holidays(year):
    """England and Wales bank holidays for one year, from the rules in working-days.md."""
    if not 1990 <= year <= 2040:
        raise ValueError("year %d outside the supported range 1990-2040" % year)
    if year in _HOLIDAY_CACHE:
        return _HOLIDAY_CACHE[year]
    days = set()
    ny = D(year, 1, 1)
    if ny.weekday() == 5:
        ny = D(year, 1, 3)
    elif ny.weekday() == 6:
        ny = D(year, 1, 2)
    days.add(ny)
    easter = easter_sunday(year)
    days.add(easter - dt.timedelta(days=2))   # Good Friday
    days.add(easter + dt.timedelta(days=1))   # Easter Monday
    early_may = first_monday(year, 5)
    spring = last_monday(year, 5)
    summer = last_monday(year, 8)
    xmas = D(year, 12, 25)
    wd = xmas.weekday()
    if wd == 5:      # Saturday: Christmas substitute Mon 27, Boxing Day substitute Tue 28
        christmas = [D(year, 12, 27), D(year, 12, 28)]
    elif wd == 6:    # Sunday: Boxing Day Mon 26, Christmas substitute Tue 27
        christmas = [D(year, 12, 26), D(year, 12, 27)]
    elif wd == 4:    # Friday: Boxing Day (Saturday) substitute Mon 28
        christmas = [D(year, 12, 25), D(year, 12, 28)]
    else:
        christmas = [D(year, 12, 25), D(year, 12, 26)]
    # Exceptions by proclamation (they replace or add to the rules).
    extra = []
    if year == 1995:
        early_may = D(1995, 5, 8)
    elif year == 1999:
        extra.append(D(1999, 12, 31))
    elif year == 2002:
        spring = D(2002, 6, 4)
        extra.append(D(2002, 6, 3))
    elif year == 2011:
        extra.append(D(2011, 4, 29))
    elif year == 2012:
        spring = D(2012, 6, 4)
        extra.append(D(2012, 6, 5))
    elif year == 2020:
        early_may = D(2020, 5, 8)
    elif year == 2022:
        spring = D(2022, 6, 2)
        extra += [D(2022, 6, 3), D(2022, 9, 19)]
    elif year == 2023:
        extra.append(D(2023, 5, 8))
    days.update([early_may, spring, summer] + christmas + extra)
    _HOLIDAY_CACHE[year] = frozenset(days)
    return _HOLIDAY_CACHE[year]


def is_working_day(x):
    return x.weekday() < 5 and x not in bank_holidays(x.year)


def working_days_between(start, end):
    """Working days in (start, end]: start is day 0 whatever day it is."""
    if end < start:
        raise ValueError("end %s before start %s" % (end, start))
    n, x = 0, start
    while x < end:
        x += dt.timedelta(days=1)
        if is_working_day(x):
            n += 1
    return n


def skipped_holidays(start, end):
    return [x for y in range(start.year, end.year + 1) for x in sorted(bank_holidays(y))
            if start < x <= end and x.weekday() < 5]


def add_months(x, n):
    """Calendar months; a day that does not exist in the target month becomes its last day
    (29/02/2004 + 24 months = 28/02/2006; 31/08 + 3 months = 30/11)."""
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    nxt = D(y + (m == 12), m % 12 + 1, 1)
    last = (nxt - dt.timedelta(days=1)).day
    return D(y, m, min(x.day, last))


def in_period(x):
    return x is not None and PERIOD_START <= x <= PERIOD_END


def fmt(x):
    return x.strftime("%d/%m/%Y") if x else "-"


# ----------------------------------------------------------------------------- parsing

class Bad(Exception):
    """A value that breaks a rule: (column, value, rule)."""

    def __init__(self, column, value, rule):
        super().__init__("%s=%r: %s" % (column, value, rule))
        self.column, self.value, self.rule = column, value, rule


def parse_date(text, column, iso_only=False, required=False):
    text = (text or "").strip()
    if not text:
        if required:
            raise Bad(column, text, "required date missing")
        return None
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return D(int(text[0:4]), int(text[5:7]), int(text[8:10]))
        if not iso_only and len(text) == 10 and text[2] == "/" and text[5] == "/":
            return D(int(text[6:10]), int(text[3:5]), int(text[0:2]))
    except ValueError:
        pass
    raise Bad(column, text, "not a valid date")


def parse_code(text, column, codes, required=False):
    text = (text or "").strip()
    if not text:
        if required:
            raise Bad(column, text, "required code missing")
        return None
    if text not in codes:
        raise Bad(column, text, "unknown code")
    return text


def parse_bool(text, column):
    text = (text or "").strip().lower()
    if not text:
        return None
    if text not in BOOLEANS:
        raise Bad(column, text, "not a boolean")
    return BOOLEANS[text]


def parse_count(text, column):
    text = (text or "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise Bad(column, text, "not a whole number >= 0")
    return int(text)


class Census:
    """Normalised records of one census (either form) plus the row accounting."""

    def __init__(self, name, form):
        self.name, self.form = name, form
        self.referrals = []    # dict(child, date, assessed)
        self.assessments = []  # dict(child, ref, type, start, auth, where)
        self.s47 = []          # dict(child, ref, start, icpc, icpc_source, not_required, where)
        self.plans = []        # dict(child, start, end, previous, reviews, where)
        self.rows = {}         # table -> [read, used, excluded, rejected]
        self.rejections = []   # (table, where, column, value, rule)
        self.warnings = []     # (table, where, column, value, rule): a bad value no indicator uses, left out

    def soft(self, table, where, parse, *args):
        """An item no indicator uses: a bad value is a warning and None, never a rejection of its row."""
        try:
            return parse(*args)
        except Bad as b:
            self.warnings.append((table, where, b.column, b.value, b.rule))
            return None

    def count(self, table, outcome, n=1):
        r = self.rows.setdefault(table, [0, 0, 0, 0])
        r[0] += n
        r[{"used": 1, "excluded": 2, "rejected": 3}[outcome]] += n


# ---- XML

XML_ROWS = ("Child", "CINdetails", "Assessments", "CINPlanDates", "Section47",
            "ChildProtectionPlans", "CPPreviewDate")


def local(tag):
    return tag.rsplit("}", 1)[-1]


def kid(el, name):
    for c in el:
        if local(c.tag) == name:
            return c
    return None


def kids(el, name):
    return [c for c in el if local(c.tag) == name]


def text(el, name):
    c = kid(el, name)
    return None if c is None else (c.text or "").strip()


def count_subtree_rejected(census, el, include_self=True):
    """A rejected record's nested records are rejected too."""
    for node in el.iter():
        if node is el and not include_self:
            continue
        if local(node.tag) in XML_ROWS:
            census.count(local(node.tag), "rejected")


def read_xml(path):
    census = Census(os.path.basename(path), "xml")
    # xml.etree does not fetch external DTDs or entities.
    tree = ET.parse(path)
    root = tree.getroot()
    children_el = kid(root, "Children")
    if local(root.tag) != "Message" or children_el is None:
        raise SystemExit("%s: not a CIN census (no Message/Children)" % path)
    for ci, child in enumerate(kids(children_el, "Child"), 1):
        ids = kid(child, "ChildIdentifiers")
        cid = text(ids, "LAchildID") if ids is not None else None
        where = "Child #%d (%s)" % (ci, cid or "?")
        # Only a missing LAchildID rejects the child, and with it everything nested (it belongs to no one);
        # the characteristics are used by no indicator, so a bad one is a warning.
        if not cid:
            b = Bad("LAchildID", cid or "", "required id missing")
            census.rejections.append(("Child", where, b.column, b.value, b.rule))
            count_subtree_rejected(census, child)
            continue
        census.soft("Child", where, parse_date, text(ids, "PersonBirthDate"), "PersonBirthDate", True)
        if text(ids, "GenderCurrent") is not None:
            census.soft("Child", where, parse_code, text(ids, "GenderCurrent"), "GenderCurrent", GENDER_CODES)
        if text(ids, "Sex") is not None:
            census.soft("Child", where, parse_code, text(ids, "Sex"), "Sex", SEX_CODES)
        census.count("Child", "used")
        for cin in kids(child, "CINdetails"):
            read_xml_cindetails(census, cid, cin, where)
    return census


def read_xml_cindetails(census, cid, cin, child_where):
    where = "%s CINdetails %s" % (child_where, text(cin, "CINreferralDate"))
    # The referral date keys everything nested: without it they are rejected with the referral.
    try:
        ref = parse_date(text(cin, "CINreferralDate"), "CINreferralDate", True, True)
    except Bad as b:
        census.rejections.append(("CINdetails", where, b.column, b.value, b.rule))
        count_subtree_rejected(census, cin)
        return
    referral = {"child": cid, "date": ref, "assessed": False, "where": where}
    # The conference date is read by ICPC15; the codes, closure and NFA by no indicator (warnings).
    try:
        cin_icpc = parse_date(text(cin, "DateOfInitialCPC"), "DateOfInitialCPC", True)
        census.soft("CINdetails", where, parse_code, text(cin, "ReferralSource"), "ReferralSource", REFERRAL_SOURCES)
        census.soft("CINdetails", where, parse_code, text(cin, "PrimaryNeedCode"), "PrimaryNeedCode", NEED_CODES)
        census.soft("CINdetails", where, parse_date, text(cin, "CINclosureDate"), "CINclosureDate", True)
        census.soft("CINdetails", where, parse_code, text(cin, "ReasonForClosure"), "ReasonForClosure", CLOSURE_REASONS)
        census.soft("CINdetails", where, parse_bool, text(cin, "ReferralNFA"), "ReferralNFA")
        census.count("CINdetails", "used")
        census.referrals.append(referral)
    except Bad as b:
        # The referral alone is rejected: its nested items are still the child's and are read.
        census.rejections.append(("CINdetails", where, b.column, b.value, b.rule))
        census.count("CINdetails", "rejected")
        cin_icpc = None

    for a in kids(cin, "Assessments"):
        aw = "%s Assessments" % where
        try:
            start = parse_date(text(a, "AssessmentActualStartDate"), "AssessmentActualStartDate", True)
            census.soft("Assessments", aw, parse_date, text(a, "AssessmentInternalReviewDate"), "AssessmentInternalReviewDate", True)
            auth = parse_date(text(a, "AssessmentAuthorisationDate"), "AssessmentAuthorisationDate", True)
            if auth is not None and auth < ref:
                raise Bad("AssessmentAuthorisationDate", fmt(auth), "authorised before the referral date")
            if auth is not None and start is not None and auth < start:
                raise Bad("AssessmentAuthorisationDate", fmt(auth), "authorised before the assessment start")
        except Bad as b:
            census.rejections.append(("Assessments", aw, b.column, b.value, b.rule))
            count_subtree_rejected(census, a)
            continue
        census.count("Assessments", "used")
        # NI68 (XML reading): any (valid) Assessments element under the referral, open or not.
        referral["assessed"] = True
        census.assessments.append({"child": cid, "ref": ref, "type": "Single", "start": start,
                                   "auth": auth, "where": aw})

    for p in kids(cin, "CINPlanDates"):
        try:
            parse_date(text(p, "CINPlanStartDate"), "CINPlanStartDate", True)
            parse_date(text(p, "CINPlanEndDate"), "CINPlanEndDate", True)
        except Bad as b:
            census.rejections.append(("CINPlanDates", where, b.column, b.value, b.rule))
            census.count("CINPlanDates", "rejected")
            continue
        census.count("CINPlanDates", "excluded")  # no indicator uses CIN plans

    for s in kids(cin, "Section47"):
        sw = "%s Section47 %s" % (where, text(s, "S47ActualStartDate"))
        try:
            start = parse_date(text(s, "S47ActualStartDate"), "S47ActualStartDate", True, True)
            census.soft("Section47", sw, parse_date, text(s, "InitialCPCtarget"), "InitialCPCtarget", True)
            icpc = parse_date(text(s, "DateOfInitialCPC"), "DateOfInitialCPC", True)
            not_required = parse_bool(text(s, "ICPCnotRequired"), "ICPCnotRequired")
        except Bad as b:
            census.rejections.append(("Section47", sw, b.column, b.value, b.rule))
            census.count("Section47", "rejected")
            continue
        census.count("Section47", "used")
        source = "Section47"
        if icpc is None and cin_icpc is not None:
            icpc, source = cin_icpc, "CINdetails"
        census.s47.append({"child": cid, "ref": ref, "start": start, "icpc": icpc,
                           "icpc_source": source if icpc else None,
                           "not_required": bool(not_required), "where": sw})

    for p in kids(cin, "ChildProtectionPlans"):
        pw = "%s plan %s" % (where, text(p, "CPPstartDate"))
        try:
            start = parse_date(text(p, "CPPstartDate"), "CPPstartDate", True, True)
            end = parse_date(text(p, "CPPendDate"), "CPPendDate", True)
            if end is not None and end < start:
                raise Bad("CPPendDate", fmt(end), "plan ends before it starts")
            census.soft("ChildProtectionPlans", pw, parse_code, text(p, "InitialCategoryOfAbuse"), "InitialCategoryOfAbuse", CATEGORIES)
            census.soft("ChildProtectionPlans", pw, parse_code, text(p, "LatestCategoryOfAbuse"), "LatestCategoryOfAbuse", CATEGORIES)
            previous = parse_count(text(p, "NumberOfPreviousCPP"), "NumberOfPreviousCPP")
        except Bad as b:
            census.rejections.append(("ChildProtectionPlans", pw, b.column, b.value, b.rule))
            count_subtree_rejected(census, p)
            continue
        census.count("ChildProtectionPlans", "used")
        reviews = []
        for rv_parent in kids(p, "Reviews"):
            for rv in kids(rv_parent, "CPPreviewDate"):
                try:
                    reviews.append(parse_date(rv.text, "CPPreviewDate", True, True))
                    census.count("CPPreviewDate", "used")
                except Bad as b:
                    census.rejections.append(("CPPreviewDate", pw, b.column, b.value, b.rule))
                    census.count("CPPreviewDate", "rejected")
        census.plans.append({"child": cid, "start": start, "end": end, "previous": previous,
                             "reviews": sorted(reviews), "where": pw})


# ---- flat CSV

FLAT_TABLES = {
    "CinChildren": ["LAchildID", "UPN", "PersonBirthDate", "GenderCurrent", "Ethnicity"],
    "Referrals": ["LAchildID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode",
                  "CINclosureDate", "ReasonForClosure", "ReferralNFA"],
    "Assessments": ["LAchildID", "CINreferralDate", "AssessmentType", "AssessmentActualStartDate",
                    "AssessmentAuthorisationDate"],
    "Section47": ["LAchildID", "CINreferralDate", "S47ActualStartDate", "DateOfInitialCPC",
                  "ICPCnotRequired"],
    "ProtectionPlans": ["LAchildID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
                        "NumberOfPreviousCPP"],
    "ProtectionPlanReviews": ["LAchildID", "CPPstartDate", "CPPreviewDate"],
}


def recognise(header):
    cols = {h.strip() for h in header}
    for table, wanted in FLAT_TABLES.items():
        if cols == set(wanted):
            return table
    return None


def read_flat(folder):
    census = Census(os.path.basename(os.path.normpath(folder)) + "/", "flat")
    tables = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        if not rows:
            continue
        table = recognise(rows[0])
        if table is None:
            print("  (skipped %s: header not recognised)" % name)
            continue
        if table in tables:
            raise SystemExit("two files hold table %s" % table)
        header = [h.strip() for h in rows[0]]
        tables[table] = (name, [(i + 2, dict(zip(header, r))) for i, r in enumerate(rows[1:])
                                if any(c.strip() for c in r)])
    missing = [t for t in FLAT_TABLES if t not in tables]
    if missing:
        raise SystemExit("%s: missing tables %s" % (folder, ", ".join(missing)))

    def rows_of(table):
        return tables[table][1]

    def reject(table, line, b):
        census.rejections.append((table, "%s line %d" % (tables[table][0], line), b.column,
                                  b.value, b.rule))
        census.count(table, "rejected")

    for line, r in rows_of("CinChildren"):
        try:
            if not r["LAchildID"].strip():
                raise Bad("LAchildID", "", "required id missing")
            where = "%s line %d" % (tables["CinChildren"][0], line)
            census.soft("CinChildren", where, parse_date, r["PersonBirthDate"], "PersonBirthDate")
            census.soft("CinChildren", where, parse_code, r["GenderCurrent"], "GenderCurrent", GENDER_CODES | SEX_CODES)
        except Bad as b:
            reject("CinChildren", line, b)
            continue
        census.count("CinChildren", "used")

    referral_index = {}
    for line, r in rows_of("Referrals"):
        cid = r["LAchildID"].strip()
        try:
            ref = parse_date(r["CINreferralDate"], "CINreferralDate", required=True)
            where = "%s line %d" % (tables["Referrals"][0], line)
            census.soft("Referrals", where, parse_code, r["ReferralSource"], "ReferralSource", REFERRAL_SOURCES)
            census.soft("Referrals", where, parse_code, r["PrimaryNeedCode"], "PrimaryNeedCode", NEED_CODES)
            census.soft("Referrals", where, parse_date, r["CINclosureDate"], "CINclosureDate")
            census.soft("Referrals", where, parse_code, r["ReasonForClosure"], "ReasonForClosure", CLOSURE_REASONS)
            census.soft("Referrals", where, parse_bool, r["ReferralNFA"], "ReferralNFA")
        except Bad as b:
            reject("Referrals", line, b)
            continue
        census.count("Referrals", "used")
        referral = {"child": cid, "date": ref, "assessed": False,
                    "where": "%s line %d" % (tables["Referrals"][0], line)}
        census.referrals.append(referral)
        referral_index[(cid, ref)] = referral

    for line, r in rows_of("Assessments"):
        cid = r["LAchildID"].strip()
        try:
            ref = parse_date(r["CINreferralDate"], "CINreferralDate", required=True)
            kind = parse_code(r["AssessmentType"], "AssessmentType", ASSESSMENT_TYPES, True)
            start = parse_date(r["AssessmentActualStartDate"], "AssessmentActualStartDate")
            auth = parse_date(r["AssessmentAuthorisationDate"], "AssessmentAuthorisationDate")
            if auth is not None and auth < ref:
                raise Bad("AssessmentAuthorisationDate", fmt(auth), "authorised before the referral date")
            if auth is not None and start is not None and auth < start:
                raise Bad("AssessmentAuthorisationDate", fmt(auth), "authorised before the assessment start")
        except Bad as b:
            reject("Assessments", line, b)
            continue
        census.count("Assessments", "used")
        where = "%s line %d" % (tables["Assessments"][0], line)
        census.assessments.append({"child": cid, "ref": ref, "type": kind, "start": start,
                                   "auth": auth, "where": where})
        # NI68 (flat reading): an Initial (or Single) row for that child and referral date.
        if kind in ("Initial", "Single") and (cid, ref) in referral_index:
            referral_index[(cid, ref)]["assessed"] = True

    for line, r in rows_of("Section47"):
        try:
            parse_date(r["CINreferralDate"], "CINreferralDate", required=True)
            start = parse_date(r["S47ActualStartDate"], "S47ActualStartDate", required=True)
            icpc = parse_date(r["DateOfInitialCPC"], "DateOfInitialCPC")
            not_required = parse_bool(r["ICPCnotRequired"], "ICPCnotRequired")
        except Bad as b:
            reject("Section47", line, b)
            continue
        census.count("Section47", "used")
        census.s47.append({"child": r["LAchildID"].strip(), "ref": None, "start": start,
                           "icpc": icpc, "icpc_source": "Section47" if icpc else None,
                           "not_required": bool(not_required),
                           "where": "%s line %d" % (tables["Section47"][0], line)})

    plan_index = {}
    for line, r in rows_of("ProtectionPlans"):
        cid = r["LAchildID"].strip()
        try:
            start = parse_date(r["CPPstartDate"], "CPPstartDate", required=True)
            end = parse_date(r["CPPendDate"], "CPPendDate")
            if end is not None and end < start:
                raise Bad("CPPendDate", fmt(end), "plan ends before it starts")
            census.soft("ProtectionPlans", "%s line %d" % (tables["ProtectionPlans"][0], line), parse_code,
                        r["InitialCategoryOfAbuse"], "InitialCategoryOfAbuse", CATEGORIES)
            previous = parse_count(r["NumberOfPreviousCPP"], "NumberOfPreviousCPP")
        except Bad as b:
            reject("ProtectionPlans", line, b)
            continue
        census.count("ProtectionPlans", "used")
        plan = {"child": cid, "start": start, "end": end, "previous": previous, "reviews": [],
                "where": "%s line %d" % (tables["ProtectionPlans"][0], line)}
        census.plans.append(plan)
        plan_index[(cid, start)] = plan

    for line, r in rows_of("ProtectionPlanReviews"):
        cid = r["LAchildID"].strip()
        try:
            start = parse_date(r["CPPstartDate"], "CPPstartDate", required=True)
            rv = parse_date(r["CPPreviewDate"], "CPPreviewDate", required=True)
            if (cid, start) not in plan_index:
                raise Bad("CPPstartDate", r["CPPstartDate"], "no plan with this child and start date")
        except Bad as b:
            reject("ProtectionPlanReviews", line, b)
            continue
        census.count("ProtectionPlanReviews", "used")
        plan_index[(cid, start)]["reviews"].append(rv)
    for plan in census.plans:
        plan["reviews"].sort()
    return census


# ----------------------------------------------------------------------------- indicators

class Result:
    def __init__(self, ind, kind="pct"):
        self.ind, self.kind = ind, kind
        self.num = self.den = 0
        self.items = []   # (where, decision, reason)

    def add(self, where, decision, reason):
        self.items.append((where, decision, reason))
        if decision in ("numerator", "denominator"):
            self.den += 1
        if decision == "numerator":
            self.num += 1


def wd_reason(a, b, limit, what):
    n = working_days_between(a, b)
    hols = skipped_holidays(a, b)
    hol = (" skipping " + ", ".join(fmt(h) for h in hols)) if hols else ""
    return n, "%s %s -> %s = %d working days%s (limit %d)" % (what, fmt(a), fmt(b), n, hol, limit)


def assessment_indicator(census, ind, kind, limit, from_start):
    res = Result(ind)
    for a in census.assessments:
        if a["type"] != kind:
            continue
        w = "%s %s" % (a["child"], a["where"])
        if a["auth"] is None:
            res.add(w, "excluded", "no AssessmentAuthorisationDate: still open")
            continue
        if not in_period(a["auth"]):
            res.add(w, "excluded", "authorised %s, outside the year" % fmt(a["auth"]))
            continue
        base = a["start"] if from_start else a["ref"]
        if base is None:
            res.add(w, "excluded", "no AssessmentActualStartDate to count from")
            continue
        n, why = wd_reason(base, a["auth"], limit, "start" if from_start else "referral")
        res.add(w, "numerator" if n <= limit else "denominator", why)
    return res


def compute(census, population):
    results = []
    results.append(assessment_indicator(census, "NI59", "Initial", 7, False))
    results.append(assessment_indicator(census, "NI60", "Core", 35, True))
    results.append(assessment_indicator(census, "CIN45", "Single", 45, False))

    by_child = {}
    for r in census.referrals:
        by_child.setdefault(r["child"], []).append(r["date"])

    ref10k = Result("REF10K", "rate")
    reref = Result("REREF12")
    ni68 = Result("NI68")
    for r in census.referrals:
        w = "%s referral %s" % (r["child"], fmt(r["date"]))
        if not in_period(r["date"]):
            for res in (ref10k, reref, ni68):
                res.add(w, "excluded", "referral date outside the year")
            continue
        ref10k.add(w, "numerator", "referral in the year")
        cutoff = add_months(r["date"], -12)
        earlier = [x for x in by_child[r["child"]] if cutoff <= x < r["date"]]
        if earlier:
            reref.add(w, "numerator", "earlier referral %s on/after %s" % (fmt(max(earlier)), fmt(cutoff)))
        else:
            prior = [x for x in by_child[r["child"]] if x < r["date"]]
            reref.add(w, "denominator", "no earlier referral on/after %s%s" % (
                fmt(cutoff), " (latest earlier %s)" % fmt(max(prior)) if prior else ""))
        ni68.add(w, "numerator" if r["assessed"] else "denominator",
                 "has an initial/single assessment" if r["assessed"] else "no initial/single assessment")

    # ICPC15 counts the conferences HELD in the year (DateOfInitialCPC in it), whenever their enquiry started.
    icpc = Result("ICPC15")
    for s in census.s47:
        w = "%s %s" % (s["child"], s["where"])
        if s["not_required"]:
            icpc.add(w, "excluded", "ICPCnotRequired true")
        elif s["icpc"] is None:
            icpc.add(w, "excluded", "no initial conference date (not held yet)")
        elif not in_period(s["icpc"]):
            icpc.add(w, "excluded", "conference held %s, outside the year" % fmt(s["icpc"]))
        elif s["icpc"] < s["start"]:
            icpc.add(w, "excluded", "conference before the enquiry start (data error)")
        else:
            n, why = wd_reason(s["start"], s["icpc"], 15, "S47")
            icpc.add(w, "numerator" if n <= 15 else "denominator",
                     why + " [conference date from %s]" % s["icpc_source"])

    # ICPC10K (indicators-current.md): conferences held in the year, each distinct (child, DateOfInitialCPC) once,
    # whether recorded on the Section47 or (older censuses) on the CINdetails; a conference follows an enquiry, so one on
    # a CINdetails with no Section47 is not counted (the s47 rows already carry their CINdetails conference).
    icpc10k = Result("ICPC10K", "rate")
    held = {}
    for x in census.s47:
        if x.get("icpc") is not None and in_period(x["icpc"]):
            held.setdefault((x["child"], x["icpc"]), x["where"])
    for (child, day), w in sorted(held.items()):
        icpc10k.add("%s %s" % (child, w), "numerator", "initial conference held %s" % fmt(day))

    cpp = Result("CPP10K", "rate")
    open_children = {}
    ni64, ni65, ni67 = Result("NI64"), Result("NI65"), Result("NI67")
    plans_by_child = {}
    ni67_case = {}
    for p in census.plans:
        plans_by_child.setdefault(p["child"], []).append(p["start"])
    for p in census.plans:
        w = "%s plan %s-%s" % (p["child"], fmt(p["start"]), fmt(p["end"]))
        is_open = p["start"] <= PERIOD_END and (p["end"] is None or p["end"] > PERIOD_END)
        if is_open:
            open_children.setdefault(p["child"], w)
        # NI64
        if in_period(p["end"]):
            two = add_months(p["start"], 24)
            ni64.add(w, "numerator" if p["end"] >= two else "denominator",
                     "ended %s, two years on %s" % (fmt(p["end"]), fmt(two)))
        else:
            ni64.add(w, "excluded", "did not end in the year")
        # NI65
        if in_period(p["start"]):
            earlier = [x for x in plans_by_child[p["child"]] if x < p["start"]]
            if earlier:
                ni65.add(w, "numerator", "earlier plan from %s in the data" % fmt(max(earlier)))
            elif (p["previous"] or 0) > 0:
                ni65.add(w, "numerator", "NumberOfPreviousCPP %d" % p["previous"])
            else:
                ni65.add(w, "denominator", "first plan")
        else:
            ni65.add(w, "excluded", "did not start in the year")
        # NI67
        if in_period(p["end"]):
            e = p["end"]
        elif is_open:
            e = PERIOD_END
        else:
            ni67.add(w, "excluded", "ended before the year or started after it")
            continue
        if add_months(p["start"], 3) > e:
            ni67.add(w, "excluded", "not yet 3 months old at %s" % fmt(e))
            continue
        due = add_months(p["start"], 3)
        late = None
        walk = []
        for rv in p["reviews"]:
            if rv > e:
                break
            if rv > due:
                late = "review %s after its due date %s" % (fmt(rv), fmt(due))
                break
            walk.append("%s<=%s" % (fmt(rv), fmt(due)))
            due = add_months(rv, 6)
        if late is None and e > due:
            late = "no review by %s (E %s)" % (fmt(due), fmt(e))
        trail = "; reviews " + ", ".join(walk) if walk else "; no reviews"
        # A case is a child: keep each child's plan open at 31 March, else the one that ended last.
        rank = (e, is_open, p["start"])
        kept = ni67_case.get(p["child"])
        verdict = ("denominator", "late: " + late + trail) if late else ("numerator", "on time at E %s, next due %s%s" % (fmt(e), fmt(due), trail))
        if kept is None or rank > kept[0]:
            ni67_case[p["child"]] = (rank, w, verdict)
    for child, (rank, w, (where, why)) in sorted(ni67_case.items()):
        ni67.add(w, where, why)
    for child, w in sorted(open_children.items()):
        cpp.add(w, "numerator", "child with a plan open at 31/03/2007")

    results += [ref10k, reref, ni68, icpc, cpp, ni64, ni65, ni67, icpc10k]
    for r in results:
        if r.kind == "rate":
            r.den = population / 10000
    return results


# ----------------------------------------------------------------------------- output

def population_for(path):
    total = 0
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["Year"] == POP_YEAR and int(r["AgeFrom"]) >= 0 and int(r["AgeTo"]) <= 17:
                total += int(r["Population"])
    return total


def report(census, population, items):
    print("== %s (%s form) ==" % (census.name, census.form))
    print("%-8s %9s %9s  %s" % ("id", "num", "den", "value"))
    results = compute(census, population)
    for r in results:
        if r.kind == "rate":
            print("%-8s %9d %9.4f  %.4f per 10,000" % (r.ind, r.num, r.den, r.num / r.den))
        elif r.den == 0:
            print("%-8s %9d %9d  no value (empty denominator)" % (r.ind, r.num, r.den))
        else:
            print("%-8s %9d %9d  %.4f%%" % (r.ind, r.num, r.den, 100.0 * r.num / r.den))
    print("rows: table                     read   used  excluded  rejected")
    order = XML_ROWS if census.form == "xml" else tuple(FLAT_TABLES)
    tot = [0, 0, 0, 0]
    for t in order:
        r = census.rows.get(t, [0, 0, 0, 0])
        tot = [a + b for a, b in zip(tot, r)]
        print("      %-24s %6d %6d %9d %9d" % (t, *r))
    print("      %-24s %6d %6d %9d %9d" % ("total", *tot))
    assert tot[0] == tot[1] + tot[2] + tot[3]
    for t, where, col, val, rule in census.rejections:
        print("  rejected %s: %s: %s = %r (%s)" % (t, where, col, val, rule))
    for t, where, col, val, rule in census.warnings:
        print("  warning %s: %s: %s = %r (%s; not used, the row is)" % (t, where, col, val, rule))
    if items:
        for r in results:
            print("-- %s items" % r.ind)
            for where, decision, reason in r.items:
                print("  %-11s %s: %s" % (decision, where, reason))
    print()


def selftest():
    checks = [
        (easter_sunday(2006), D(2006, 4, 16)), (easter_sunday(2007), D(2007, 4, 8)),
        (easter_sunday(2008), D(2008, 3, 23)), (easter_sunday(2011), D(2011, 4, 24)),
        (easter_sunday(2038), D(2038, 4, 25)), (easter_sunday(1991), D(1991, 3, 31)),
        (working_days_between(D(2006, 12, 22), D(2007, 1, 5)), 7),
        (working_days_between(D(2006, 12, 22), D(2007, 1, 8)), 8),
        (add_months(D(2006, 6, 15), -12), D(2005, 6, 15)),
        (add_months(D(2008, 2, 29), -12), D(2007, 2, 28)),
        (add_months(D(2004, 2, 29), 24), D(2006, 2, 28)),
        (add_months(D(2006, 8, 31), 3), D(2006, 11, 30)),
        (sorted(bank_holidays(2006)), [D(2006, 1, 2), D(2006, 4, 14), D(2006, 4, 17), D(2006, 5, 1),
                                       D(2006, 5, 29), D(2006, 8, 28), D(2006, 12, 25), D(2006, 12, 26)]),
        (sorted(bank_holidays(2004))[-2:], [D(2004, 12, 27), D(2004, 12, 28)]),
        (sorted(bank_holidays(2005))[-2:], [D(2005, 12, 26), D(2005, 12, 27)]),
        (sorted(bank_holidays(2009))[-2:], [D(2009, 12, 25), D(2009, 12, 28)]),
        (D(2010, 1, 1) in bank_holidays(2010), True), (D(2011, 1, 3) in bank_holidays(2011), True),
        (D(1995, 5, 8) in bank_holidays(1995) and D(1995, 5, 1) not in bank_holidays(1995), True),
        (D(1999, 12, 31) in bank_holidays(1999), True),
        (D(2002, 6, 4) in bank_holidays(2002) and D(2002, 5, 27) not in bank_holidays(2002), True),
        (D(2012, 6, 5) in bank_holidays(2012) and D(2012, 5, 28) not in bank_holidays(2012), True),
        (D(2020, 5, 8) in bank_holidays(2020) and D(2020, 5, 4) not in bank_holidays(2020), True),
        (D(2022, 9, 19) in bank_holidays(2022) and D(2022, 5, 30) not in bank_holidays(2022), True),
        (len(bank_holidays(2022)), 10), (len(bank_holidays(2023)), 9),
    ]
    bad = [(i, got, want) for i, (got, want) in enumerate(checks) if got != want]
    for i, got, want in bad:
        print("selftest %d: got %s, want %s" % (i, got, want))
    print("selftest: %d checks, %d failed" % (len(checks), len(bad)))
    return not bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--population", default=os.path.join(HERE, "..", "population.csv"))
    ap.add_argument("--items", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    if args.selftest:
        sys.exit(0 if selftest() else 1)
    paths = args.paths or [os.path.join(HERE, "..", "cin", "census_2006-07.xml"),
                           os.path.join(HERE, "..", "cin", "flat_2006-07")]
    population = population_for(args.population)
    print("period %s..%s; population aged 0-17 (%s) = %d; working days: England & Wales bank "
          "holidays, start date is day 0\n" % (fmt(PERIOD_START), fmt(PERIOD_END), POP_YEAR, population))
    for p in paths:
        census = read_flat(p) if os.path.isdir(p) else read_xml(p)
        report(census, population, args.items)


if __name__ == "__main__":
    main()
