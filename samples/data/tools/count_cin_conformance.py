#!/usr/bin/env python3
"""An independent count of the CIN census XML files of the shared conformance suite, one return at a time.

Usage: python3 count_cin_conformance.py [FOLDER]   (default ../../../../shared/conformance/cin/fake)

For each file: its collection year (from Header/CollectionDetails/ReferenceDate: 1 April to 31 March), the row
account as ChildrensKpi keeps it (rows are the Child, CINdetails, Assessments, CINPlanDates, Section47,
ChildProtectionPlans and CPPreviewDate elements; CINPlanDates are excluded; a record is rejected only by an item an
indicator reads, and only an unreadable key - LAchildID, CINreferralDate, CPPstartDate - takes its nested rows with it),
and headline counts: the referrals, single assessments, section 47 enquiries and protection plans used, and for that
collection year
  referrals dated in the year            = REREF12's (and NI68's) denominator
  single assessments authorised in it    = CIN45's denominator
It shares no code with ChildrensKpi: ElementTree, datetime and the rules written out below. Two plans of a child with
the same CPPstartDate are copies of one plan (CIN2rows.xml has such a pair): the copy is a used row but not a second
plan. It stops where it would have to follow the merging further: copies that disagree, or a repeated referral date.
"""
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

ROWS = ("Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "CPPreviewDate")
# xs:date and the forms returns write: a date, then optionally a time and/or a zone; the day is the date as written.
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


class Bad(Exception):
    pass


def local(tag):
    return tag.rsplit("}", 1)[-1]


def kids(el, name):
    return [c for c in el if local(c.tag) == name]


def text(el, path):
    for name in path.split("/"):
        found = kids(el, name)
        if not found:
            return None
        el = found[0]
    t = (el.text or "").strip()
    return t or None


def date(value, required=False):
    if value is None:
        if required:
            raise Bad("missing")
        return None
    m = DATE.match(value)
    if not m:
        raise Bad("not a date: %r" % value)
    try:
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise Bad("no such day: %r" % value)
    if not 1800 <= d.year <= 2999:
        raise Bad("outside 1800-2999: %r" % value)
    return d


def flag(value):
    if value is not None and value.lower() not in ("true", "false", "1", "0", "y", "n"):
        raise Bad("not a flag: %r" % value)


def subtree(el):
    return sum(1 for node in el.iter() if local(node.tag) in ROWS)


def count(path):
    root = ET.parse(path).getroot()
    ref = date(text(root, "Header/CollectionDetails/ReferenceDate"))
    end_year = ref.year + 1 if ref.month >= 4 else ref.year
    start, end = datetime.date(end_year - 1, 4, 1), datetime.date(end_year, 3, 31)
    rows = {"read": 0, "used": 0, "excluded": 0, "rejected": 0}
    heads = {"referrals": 0, "assessments": 0, "s47": 0, "plans": 0, "in_year": 0, "authorised": 0}

    def tally(outcome, n=1):
        rows["read"] += n
        rows[outcome] += n

    for children in kids(root, "Children"):
        for child in kids(children, "Child"):
            if text(child, "ChildIdentifiers/LAchildID") is None:
                tally("rejected", subtree(child))
                continue
            tally("used")  # the child's characteristics are used by no indicator: never a rejection
            referral_dates = set()
            plans = {}
            for cin in kids(child, "CINdetails"):
                try:
                    referral = date(text(cin, "CINreferralDate"), True)
                except Bad:
                    tally("rejected", subtree(cin))
                    continue
                assert referral not in referral_dates, "%s: a repeated referral date would be merged" % path
                referral_dates.add(referral)
                try:
                    date(text(cin, "DateOfInitialCPC"))
                    try:
                        closure = date(text(cin, "CINclosureDate"))
                    except Bad:
                        closure = None  # an unreadable closure date is a warning, left out
                    if closure is not None and closure < referral:
                        raise Bad("closed before its referral (CIN-E004)")
                    tally("used")
                    heads["referrals"] += 1
                    heads["in_year"] += start <= referral <= end
                except Bad:
                    tally("rejected")
                for a in kids(cin, "Assessments"):
                    try:
                        begun = date(text(a, "AssessmentActualStartDate"))
                        authorised = date(text(a, "AssessmentAuthorisationDate"))
                        if authorised is not None and (authorised < referral or (begun is not None and authorised < begun)):
                            raise Bad("authorised before its referral or start (CIN-E002, CIN-E001)")
                        tally("used")
                        heads["assessments"] += 1
                        heads["authorised"] += authorised is not None and start <= authorised <= end
                    except Bad:
                        tally("rejected")
                for _ in kids(cin, "CINPlanDates"):
                    tally("excluded")
                for s in kids(cin, "Section47"):
                    try:
                        begun = date(text(s, "S47ActualStartDate"), True)
                        date(text(s, "DateOfInitialCPC"))
                        flag(text(s, "ICPCnotRequired"))
                        tally("used")
                        heads["s47"] += 1
                    except Bad:
                        tally("rejected")
                for p in kids(cin, "ChildProtectionPlans"):
                    reviews = [r for block in kids(p, "Reviews") for r in kids(block, "CPPreviewDate")]
                    try:
                        begun = date(text(p, "CPPstartDate"), True)
                        ended = date(text(p, "CPPendDate"))
                        if ended is not None and ended < begun:
                            raise Bad("ends before it starts (CIN-E003)")
                        previous = text(p, "NumberOfPreviousCPP")
                        if previous is not None and not previous.isdigit():
                            raise Bad("not a count: %r" % previous)
                    except Bad:
                        tally("rejected", 1 + len(reviews))  # a plan's reviews go with it
                        continue
                    tally("used")
                    copy = (ended, text(p, "InitialCategoryOfAbuse"), previous)
                    if begun in plans:
                        assert plans[begun] == copy, "%s: copies of a plan disagree" % path
                    else:
                        plans[begun] = copy
                        heads["plans"] += 1
                    for r in reviews:
                        try:
                            date((r.text or "").strip() or None, True)
                            tally("used")
                        except Bad:
                            tally("rejected")
    assert rows["read"] == rows["used"] + rows["excluded"] + rows["rejected"]
    return ref, "%d-%02d" % (end_year - 1, end_year % 100), rows, heads


def main(folder):
    print("| file | ReferenceDate | year | read | used | excluded | rejected | referrals | assessments | S47 | plans | referrals in year | assessments authorised in year |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted(f for f in os.listdir(folder) if f.endswith(".xml")):
        ref, year, rows, heads = count(os.path.join(folder, name))
        print("| %s | %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            name, ref.isoformat(), year, rows["read"], rows["used"], rows["excluded"], rows["rejected"],
            heads["referrals"], heads["assessments"], heads["s47"], heads["plans"], heads["in_year"], heads["authorised"]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "conformance", "cin", "fake"))
