#!/usr/bin/env python3
"""Independent predictions of the current children in need measures on the bundled CIN sample (issue 15).

Reads samples/data/cin/census_2006-07.xml (ElementTree) and samples/data/cin/flat_2006-07/*.csv (csv) and applies the
rows of ../shared/spec/indicators-current.md ("Children in need and child protection") for 01/04/2006-31/03/2007, with
no code of the library: CIN10K, CIN_BY_NEED_*, CIN_DISABLED, REF_NFA, S47_10K, CPP_BY_CATEGORY_* and CPP31_BY_CATEGORY_*.
CinSampleCurrentMeasuresTests.cs holds its output; rerun it after changing the sample:

    python3 tests/ChildrensKpi.Tests/Indicators/Current/cin_sample_current_oracle.py

Rules applied (the spec's words, then the sample README's readings):
- A referral (CINdetails / Referrals row) is read when its CINreferralDate is a real date and, if given, its closure is
  not before it; an invalid referral date rejects the CINdetails and everything in it (N0024, F0007). A bad closure date
  or NFA flag would read as not given (the sample has none).
- In need at 31/03/2007: CINreferralDate <= end, CINclosureDate empty or after end, ReferralNFA not true; each child once,
  on the latest such referral (its PrimaryNeedCode; empty or N0 is "not stated"); a child 18 or over at the end excluded
  (date of birth known), unborn children (no date of birth) counted.
- Disabled: a Disability other than NONE (none recorded: not disabled).
- REF_NFA: referrals dated in the year, NFA true among them. S47_10K: Section47 rows with S47ActualStartDate in the year.
- Plans: CPP_BY_CATEGORY over plans with CPPstartDate in the year; CPP31_BY_CATEGORY over children with a plan open on
  31/03/2007 (start <= end, end empty or after), on the earliest open one; category empty: not stated.
- Population 2006-07 aged 0-17: samples/data/population.csv summed here.
"""
import csv
import datetime as dt
import os
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
CIN = os.path.join(ROOT, "samples", "data", "cin")
START, END = dt.date(2006, 4, 1), dt.date(2007, 3, 31)
CATEGORIES = ["NEG", "PHY", "SAB", "EMO", "MUL"]


def date(text):
    if not text:
        return None
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return "bad"


def truth(text):
    return (text or "").strip().lower() in ("true", "1", "y")


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def population():
    with open(os.path.join(ROOT, "samples", "data", "population.csv"), newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["Year"] == "2006-07" and int(r["AgeTo"]) <= 17]
    return sum(int(r["Population"]) for r in rows)


def read_xml(path):
    """(births, disabilities, referrals, enquiries, plans) of the census, records of rejected referrals left out."""
    births, disabilities, referrals, enquiries, plans = {}, {}, [], [], []
    for child in ET.parse(path).getroot().iter("Child"):
        cid = child.findtext("ChildIdentifiers/LAchildID").strip()
        births[cid] = date(child.findtext("ChildIdentifiers/PersonBirthDate"))
        disabilities[cid] = [d.text.strip() for d in child.iter("Disability") if d.text]
        for details in child.findall("CINdetails"):
            ref = date(details.findtext("CINreferralDate"))
            closed = date(details.findtext("CINclosureDate"))
            if ref in (None, "bad") or (closed not in (None, "bad") and closed < ref):
                continue
            referrals.append((cid, ref, None if closed == "bad" else closed, truth(details.findtext("ReferralNFA")),
                              (details.findtext("PrimaryNeedCode") or "").strip()))
            for s47 in details.findall("Section47"):
                enquiries.append((cid, ref, date(s47.findtext("S47ActualStartDate"))))
            for plan in details.findall("ChildProtectionPlans"):
                plans.append((cid, date(plan.findtext("CPPstartDate")), date(plan.findtext("CPPendDate")),
                              (plan.findtext("InitialCategoryOfAbuse") or "").strip()))
    return births, disabilities, referrals, enquiries, plans


def read_flat(folder):
    def rows(name):
        with open(os.path.join(folder, name), newline="") as f:
            return list(csv.DictReader(f))
    births = {r["LAchildID"]: date(r["PersonBirthDate"]) for r in rows("children.csv")}
    referrals = []
    for r in rows("referrals.csv"):
        ref, closed = date(r["CINreferralDate"]), date(r["CINclosureDate"])
        if ref in (None, "bad") or (closed not in (None, "bad") and closed < ref):
            continue
        referrals.append((r["LAchildID"], ref, None if closed == "bad" else closed, truth(r["ReferralNFA"]), r["PrimaryNeedCode"].strip()))
    enquiries = [(r["LAchildID"], date(r["CINreferralDate"]), date(r["S47ActualStartDate"])) for r in rows("section47.csv")]
    plans = [(r["LAchildID"], date(r["CPPstartDate"]), date(r["CPPendDate"]), r["InitialCategoryOfAbuse"].strip()) for r in rows("plans.csv")]
    return births, {}, referrals, enquiries, plans


def measures(births, disabilities, referrals, enquiries, plans):
    out = {}
    # Children in need at the end, each on its latest open, non-NFA referral.
    latest = {}
    for cid, ref, closed, nfa, need in referrals:
        if not nfa and ref <= END and (closed is None or closed > END):
            if cid not in latest or ref > latest[cid][0]:
                latest[cid] = (ref, need)
    in_need = {}
    for cid, (ref, need) in latest.items():
        born = births.get(cid)
        if born not in (None, "bad") and born <= END and age(born, END) >= 18:
            continue
        in_need[cid] = need if need and need != "N0" else None
    n = len(in_need)
    out["CIN10K"] = n
    for code in ["N%d" % i for i in range(1, 10)] + [None]:
        out["CIN_BY_NEED_" + (code or "NOT_STATED")] = (sum(1 for v in in_need.values() if v == code), n)
    out["CIN_DISABLED"] = (sum(1 for c in in_need if any(d != "NONE" for d in disabilities.get(c, []))), n)
    in_year = [r for r in referrals if START <= r[1] <= END]
    out["REF_NFA"] = (sum(1 for r in in_year if r[3]), len(in_year))
    out["S47_10K"] = len({e for e in enquiries if e[2] not in (None, "bad") and START <= e[2] <= END})
    started = [p for p in plans if START <= p[1] <= END]
    for code in CATEGORIES + [None]:
        out["CPP_BY_CATEGORY_" + (code or "NOT_STATED")] = (sum(1 for p in started if (p[3] or None) == code), len(started))
    earliest_open = {}
    for cid, start, end, category in sorted(plans, key=lambda p: (p[0], p[1])):
        if start <= END and (end is None or end > END) and cid not in earliest_open:
            earliest_open[cid] = category or None
    for code in CATEGORIES + [None]:
        out["CPP31_BY_CATEGORY_" + (code or "NOT_STATED")] = (sum(1 for v in earliest_open.values() if v == code), len(earliest_open))
    return out


def main():
    print("population 2006-07 aged 0-17:", population())
    for label, data in (("census_2006-07.xml", read_xml(os.path.join(CIN, "census_2006-07.xml"))),
                        ("flat_2006-07", read_flat(os.path.join(CIN, "flat_2006-07")))):
        for key, value in measures(*data).items():
            print(label, key, value)


if __name__ == "__main__":
    main()
