#!/usr/bin/env python3
"""Generate the bundled SYNTHETIC children in need (CIN) census sample for 2006-07.

Nothing here describes a real person: the two councils, child ids, dates of birth, UPNs
(`X9...`, deliberately not a valid UPN format) and every date are invented.

Two outputs, each a separate made-up council, both for the year 01/04/2006-31/03/2007:
  ../cin/census_2006-07.xml   the XML census form (assessments are Single assessments), about
                              250 children N0001...; referrals from 2004 so that re-referrals and
                              repeat plans have history.
  ../cin/flat_2006-07/*.csv   the flat CSV form with pre-2013 Initial and Core assessments, about
                              150 children F0001...; dates dd/mm/yyyy.

How it works:
  1. Rule children (N0001.. and F0001.., listed first) are written out by hand below: each one
     exercises one rule boundary and is documented, with its hand-worked outcome, in
     ../cin/README.md ("Rule cases").
  2. Ordinary children are simulated as a chain of referrals per child: referral -> assessment(s)
     -> sometimes a section 47 enquiry -> sometimes an initial conference -> sometimes a plan with
     reviews -> closure -> sometimes a later referral. Nothing after 31/03/2007 is known, so any
     event that would fall later is left out (an open assessment, an open plan, an open case).
  3. A few deliberate data errors are written (see README.md, "Deliberate data errors").

This generator never computes an indicator: the expected numbers come from oracle_cin.py, an
independent reading of the rules. It needs working days only to place dates, and uses a
hard-coded holiday list (2003-2007) rather than the rules, so the oracle's rule-based calendar
is checked against a second source.

Run:  python3 make_cin_sample.py
The output is byte-for-byte deterministic: one seeded random.Random, no clock, no set iteration
order, no hash-dependent ordering.
"""

import datetime as dt
import os
import random
from xml.sax.saxutils import escape

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
CIN_DIR = os.path.normpath(os.path.join(HERE, "..", "cin"))
XML_FILE = os.path.join(CIN_DIR, "census_2006-07.xml")
FLAT_DIR = os.path.join(CIN_DIR, "flat_2006-07")

# The fixed seed (the last day of the 2006-07 reporting year).
rng = random.Random(20070331)

PERIOD_START = D(2006, 4, 1)
PERIOD_END = D(2007, 3, 31)  # the census reference date: nothing later is known
HISTORY_START = D(2004, 1, 5)

# England & Wales bank holidays written out by hand for the years the sample touches (not derived
# from the rules on purpose: the oracle derives them, so the two must agree).
BANK_HOLIDAYS = {
    D(2003, 1, 1), D(2003, 4, 18), D(2003, 4, 21), D(2003, 5, 5), D(2003, 5, 26), D(2003, 8, 25),
    D(2003, 12, 25), D(2003, 12, 26),
    D(2004, 1, 1), D(2004, 4, 9), D(2004, 4, 12), D(2004, 5, 3), D(2004, 5, 31), D(2004, 8, 30),
    D(2004, 12, 27), D(2004, 12, 28),
    D(2005, 1, 3), D(2005, 3, 25), D(2005, 3, 28), D(2005, 5, 2), D(2005, 5, 30), D(2005, 8, 29),
    D(2005, 12, 26), D(2005, 12, 27),
    D(2006, 1, 2), D(2006, 4, 14), D(2006, 4, 17), D(2006, 5, 1), D(2006, 5, 29), D(2006, 8, 28),
    D(2006, 12, 25), D(2006, 12, 26),
    D(2007, 1, 1), D(2007, 4, 6), D(2007, 4, 9), D(2007, 5, 7), D(2007, 5, 28), D(2007, 8, 27),
    D(2007, 12, 25), D(2007, 12, 26),
}

# Code lists (data-formats.md). Weights are rough 2006-era shapes; order is fixed so draws are stable.
REFERRAL_SOURCES = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
                    "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"]
SOURCE_WEIGHTS = [3, 2, 1, 2, 8, 4, 10, 4, 3, 2, 1, 1, 5, 12, 2, 2, 1, 28, 2, 4, 3, 2]
NEEDS = [("N1", 48), ("N2", 4), ("N3", 5), ("N4", 10), ("N5", 12), ("N6", 4), ("N7", 2),
         ("N8", 8), ("N9", 4), ("N0", 3)]
CLOSURE_REASONS = [("RC1", 1), ("RC2", 1), ("RC3", 3), ("RC4", 6), ("RC5", 2), ("RC6", 20),
                   ("RC7", 2), ("RC8", 55), ("RC9", 10)]
CATEGORIES = [("NEG", 45), ("EMO", 25), ("PHY", 15), ("SAB", 7), ("MUL", 8)]
ETHNICITIES = [("WBRI", 74), ("WIRI", 2), ("WOTH", 4), ("MWBC", 5), ("MWBA", 1), ("MOTH", 2),
               ("AIND", 2), ("APKN", 2), ("ABAN", 2), ("BCRB", 2), ("BAFR", 2), ("CHNE", 1),
               ("OOTH", 1)]


# ----------------------------------------------------------------------------- helpers

def d(s):
    """Parse dd/mm/yyyy (used for the hand-written rule children, so they read like the README)."""
    day, month, year = s.split("/")
    return D(int(year), int(month), int(day))


def days(n):
    return dt.timedelta(days=n)


def is_working_day(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def add_working_days(start, n):
    """The date that is working day n counting from start as day 0."""
    x = start
    while n > 0:
        x += days(1)
        if is_working_day(x):
            n -= 1
    return x


def add_months(x, n):
    """Calendar months, clamped to the month's end (31/08 + 3 months = 30/11) - the reading the
    README takes for every "plus N months" in the rules."""
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - days(1)).day
    return D(y, m, min(x.day, last))


def wchoice(pairs):
    """Weighted choice from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def rand_date(a, b):
    return a + days(rng.randint(0, (b - a).days))


def known(x):
    """Events after the reference date have not happened yet as far as the census knows."""
    return x if x is not None and x <= PERIOD_END else None


# ----------------------------------------------------------------------------- model
# A date field may hold a str instead of a date: that is how a deliberate bad value is written.

class Assessment:
    def __init__(self, start, auth, kind="Single"):
        self.kind, self.start, self.auth = kind, start, auth


class S47:
    def __init__(self, start, icpc=None, not_required=False):
        self.start, self.icpc, self.not_required = start, icpc, not_required


class Plan:
    def __init__(self, start, end, category, previous, reviews):
        self.start, self.end, self.category = start, end, category
        self.previous, self.reviews = previous, list(reviews)


class Referral:
    def __init__(self, date, source="6", need="N1", closure=None, reason=None, nfa=False,
                 icpc=None, assessments=(), plan_dates=(), s47=(), plans=()):
        self.date, self.source, self.need = date, source, need
        self.closure, self.reason, self.nfa, self.icpc = closure, reason, nfa, icpc
        self.assessments, self.plan_dates = list(assessments), list(plan_dates)
        self.s47, self.plans = list(s47), list(plans)


class Child:
    def __init__(self, cid, dob, gender, ethnicity, referrals=(), use_sex=False, upn=""):
        self.cid, self.dob, self.gender, self.ethnicity = cid, dob, gender, ethnicity
        self.referrals, self.use_sex, self.upn = list(referrals), use_sex, upn


def rc(nfa=False):
    # a referral closed with no further action at the front door closes as RC8-like "no further
    # action"; otherwise any reason, weighted
    return "RC8" if nfa else wchoice(CLOSURE_REASONS)


# ----------------------------------------------------------------------------- rule children: XML
# Each is documented in README.md "Rule cases" with its hand-worked outcome.

def xml_rule_children():
    C, R, A, S, P = Child, Referral, Assessment, S47, Plan
    return [
        # CIN45 on the limit across Easter 2006: referral Fri 10/02/2006, authorised Tue 18/04/2006
        # = working day 45 only because Good Friday 14/04 and Easter Monday 17/04 are skipped.
        C("N0001", d("03/05/1999"), "1", "WBRI", [
            R(d("10/02/2006"), "5A", "N1", d("30/06/2006"), "RC8",
              assessments=[A(d("13/02/2006"), d("18/04/2006"))])]),
        # CIN45 one working day late across Easter: same referral date, authorised Wed 19/04/2006 = 46.
        C("N0002", d("21/11/2001"), "2", "WBRI", [
            R(d("10/02/2006"), "6", "N4", d("14/07/2006"), "RC6",
              assessments=[A(d("10/02/2006"), d("19/04/2006"))])]),
        # CIN45 with the referral on a bank holiday (Mon 28/08/2006, still day 0): authorised Mon
        # 30/10/2006 = 45, within.
        C("N0003", d("09/09/2004"), "1", "MWBC", [
            R(d("28/08/2006"), "2A", "N5", d("15/12/2006"), "RC8",
              assessments=[A(d("29/08/2006"), d("30/10/2006"))])]),
        # CIN45 across Christmas/New Year: referral Mon 06/11/2006, authorised Thu 11/01/2007 = 45.
        C("N0004", d("17/02/1996"), "2", "WBRI", [
            R(d("06/11/2006"), "3A", "N1", None, None,
              assessments=[A(d("07/11/2006"), d("11/01/2007"))])]),
        # ...and one a day later, Fri 12/01/2007 = 46: late.
        C("N0005", d("30/06/1993"), "1", "WOTH", [
            R(d("06/11/2006"), "1A", "N6", d("02/03/2007"), "RC4",
              assessments=[A(d("06/11/2006"), d("12/01/2007"))])]),
        # Re-referral exactly 12 months to the day after the first (15/06/2005 -> 15/06/2006): counts.
        C("N0006", d("11/01/2000"), "2", "WBRI", [
            R(d("15/06/2005"), "5A", "N5", d("15/06/2005"), "RC8", nfa=True),
            R(d("15/06/2006"), "5A", "N5", d("20/09/2006"), "RC8",
              assessments=[A(d("16/06/2006"), d("10/08/2006"))])]),
        # 12 months and a day (14/06/2005 -> 15/06/2006): not a re-referral.
        C("N0007", d("25/07/2002"), "1", "WBRI", [
            R(d("14/06/2005"), "6", "N8", d("20/06/2005"), "RC8", nfa=True),
            R(d("15/06/2006"), "6", "N8", d("30/06/2006"), "RC8", nfa=True)]),
        # NI64: plan 15/05/2004 -> 15/05/2006, exactly two years: counts. Reviews all on time.
        C("N0008", d("04/04/1998"), "2", "BCRB", [
            R(d("19/04/2004"), "3A", "N1", d("30/06/2006"), "RC6", icpc=d("15/05/2004"),
              assessments=[A(d("19/04/2004"), d("11/06/2004"))],
              s47=[S(d("21/04/2004"), d("15/05/2004"))],
              plans=[P(d("15/05/2004"), d("15/05/2006"), "NEG", 0,
                       [d("10/08/2004"), d("01/02/2005"), d("25/07/2005"), d("20/01/2006")])])]),
        # NI64: plan 16/05/2004 -> 15/05/2006, a day short of two years. Its third review
        # (15/08/2005) was after its due date 10/08/2005: NI67 late.
        C("N0009", d("12/12/2003"), "1", "WBRI", [
            R(d("20/04/2004"), "4", "N1", d("31/05/2006"), "RC6",
              assessments=[A(d("20/04/2004"), d("14/06/2004"))],
              s47=[S(d("26/04/2004"), d("16/05/2004"))],
              plans=[P(d("16/05/2004"), d("15/05/2006"), "PHY", 0,
                       [d("12/08/2004"), d("10/02/2005"), d("15/08/2005"), d("10/02/2006")])])]),
        # NI65: a second plan (04/09/2006) after an earlier plan in the data (2005). Its
        # NumberOfPreviousCPP says 0 (inconsistent on purpose): the earlier plan alone makes it count.
        C("N0010", d("08/08/2003"), "2", "WBRI", [
            R(d("07/02/2005"), "6", "N1", d("20/12/2005"), "RC6",
              assessments=[A(d("07/02/2005"), d("24/03/2005"))],
              s47=[S(d("09/02/2005"), d("01/03/2005"))],
              plans=[P(d("01/03/2005"), d("30/11/2005"), "NEG", 0,
                       [d("27/05/2005"), d("18/11/2005")])]),
            R(d("14/08/2006"), "6", "N1", None, None,
              assessments=[A(d("14/08/2006"), d("29/09/2006"))],
              s47=[S(d("14/08/2006"), d("04/09/2006"))],
              plans=[P(d("04/09/2006"), None, "NEG", 0, [d("30/11/2006")])])]),
        # NI65: a first plan in the data with NumberOfPreviousCPP 1 (an earlier plan elsewhere): counts.
        C("N0011", d("19/03/2001"), "1", "APKN", [
            R(d("11/09/2006"), "1A", "N1", None, None,
              assessments=[A(d("11/09/2006"), d("27/10/2006"))],
              s47=[S(d("13/09/2006"), d("02/10/2006"))],
              plans=[P(d("02/10/2006"), None, "EMO", 1, [d("22/12/2006")])])]),
        # ICPC15: S47 Thu 20/04/2006, conference Fri 12/05/2006 = 15 working days (May Day 01/05
        # skipped): within.
        C("N0012", d("02/10/1997"), "2", "WBRI", [
            R(d("19/04/2006"), "2A", "N1", d("22/06/2006"), "RC8", icpc=d("12/05/2006"),
              assessments=[A(d("19/04/2006"), d("01/06/2006"))],
              s47=[S(d("20/04/2006"), d("12/05/2006"))])]),
        # ICPC15: same start, conference Mon 15/05/2006 = 16: late.
        C("N0013", d("14/02/2000"), "1", "WBRI", [
            R(d("19/04/2006"), "5A", "N1", d("30/06/2006"), "RC8", icpc=d("15/05/2006"),
              assessments=[A(d("19/04/2006"), d("05/06/2006"))],
              s47=[S(d("20/04/2006"), d("15/05/2006"))])]),
        # ICPC15: the conference date is only on CINdetails (not on the Section47): the rule falls
        # back to it. S47 Mon 06/11/2006, conference Mon 20/11/2006 = 10: within.
        C("N0014", d("27/05/2005"), "2", "MWBA", [
            R(d("03/11/2006"), "8", "N1", d("26/01/2007"), "RC8", icpc=d("20/11/2006"),
              assessments=[A(d("03/11/2006"), d("15/12/2006"))],
              s47=[S(d("06/11/2006"))])]),
        # ICPC15: two enquiries on one referral. The first (07/08/2006) has ICPCnotRequired true:
        # not in the denominator, and it must NOT borrow the CINdetails conference date. The second
        # (04/09/2006) led to the conference on 18/09/2006 = 10: within.
        C("N0015", d("06/06/1995"), "1", "WBRI", [
            R(d("04/08/2006"), "3A", "N4", d("22/12/2006"), "RC6", icpc=d("18/09/2006"),
              assessments=[A(d("04/08/2006"), d("22/09/2006"))],
              s47=[S(d("07/08/2006"), None, True), S(d("04/09/2006"), d("18/09/2006"))])]),
        # NI67: plan 10/07/2006, reviews 05/10/2006 (due 10/10/2006) and 02/03/2007 (due
        # 05/04/2007), open at 31/03/2007: on time.
        C("N0016", d("15/10/2002"), "2", "WBRI", [
            R(d("12/06/2006"), "6", "N1", None, None, icpc=d("10/07/2006"),
              assessments=[A(d("12/06/2006"), d("28/07/2006"))],
              s47=[S(d("20/06/2006"), d("10/07/2006"))],
              plans=[P(d("10/07/2006"), None, "EMO", 0, [d("05/10/2006"), d("02/03/2007")])])]),
        # NI67: plan 10/07/2006, first review 12/10/2006 (due 10/10/2006): late.
        C("N0017", d("22/04/2003"), "1", "WBRI", [
            R(d("12/06/2006"), "3B", "N1", None, None,
              assessments=[A(d("13/06/2006"), d("25/07/2006"))],
              s47=[S(d("20/06/2006"), d("10/07/2006"))],
              plans=[P(d("10/07/2006"), None, "NEG", 0, [d("12/10/2006"), d("02/03/2007")])])]),
        # NI67: plan 15/01/2007, not yet 3 months old at 31/03/2007: out of NI67 (in CPP10K).
        C("N0018", d("01/01/2006"), "2", "WBRI", [
            R(d("02/01/2007"), "2A", "N1", None, None,
              assessments=[A(d("02/01/2007"), d("26/01/2007"))],
              s47=[S(d("03/01/2007"), d("15/01/2007"))],
              plans=[P(d("15/01/2007"), None, "PHY", 0, [])])]),
        # NI67: a review exactly on its due date (01/12/2006 for a plan of 01/09/2006): on time.
        C("N0019", d("18/08/1999"), "1", "BAFR", [
            R(d("10/08/2006"), "5A", "N2", None, None,
              assessments=[A(d("10/08/2006"), d("08/09/2006"))],
              s47=[S(d("14/08/2006"), d("01/09/2006"))],
              plans=[P(d("01/09/2006"), None, "NEG", 0, [d("01/12/2006")])])]),
        # NI67: plan 31/12/2006, no review yet: 31/12/2006 + 3 months = 31/03/2007 = E, so it is in
        # the denominator, and the first review is due on 31/03/2007 itself: not yet late.
        C("N0020", d("07/07/2004"), "2", "WBRI", [
            R(d("04/12/2006"), "6", "N1", None, None,
              assessments=[A(d("04/12/2006"), d("20/12/2006"))],
              s47=[S(d("11/12/2006"), d("29/12/2006"))],
              plans=[P(d("31/12/2006"), None, "NEG", 0, [])])]),
        # NI67: plan 20/06/2006, review 15/09/2006 on time, then nothing: due 15/03/2007 passed
        # before 31/03/2007 with no review: late.
        C("N0021", d("29/01/2001"), "1", "WBRI", [
            R(d("26/05/2006"), "4", "N1", None, None,
              assessments=[A(d("26/05/2006"), d("30/06/2006"))],
              s47=[S(d("30/05/2006"), d("20/06/2006"))],
              plans=[P(d("20/06/2006"), None, "SAB", 0, [d("15/09/2006")])])]),
        # NI67 month-end: plan 31/08/2006 + 3 months = 30/11/2006 (clamped). Review on 01/12/2006 is
        # a day late (an implementation that rolls 31/11 over to 01/12 would call it on time).
        C("N0022", d("13/03/1998"), "2", "WBRI", [
            R(d("08/08/2006"), "3A", "N1", None, None,
              assessments=[A(d("08/08/2006"), d("06/09/2006"))],
              s47=[S(d("09/08/2006"), d("31/08/2006"))],
              plans=[P(d("31/08/2006"), None, "MUL", 0, [d("01/12/2006"), d("01/03/2007")])])]),
        # CPP10K: a plan ending on 31/03/2007 is not open at 31 March (but ended in the year: NI64
        # denominator, NI67 with E = 31/03/2007).
        C("N0023", d("05/11/2000"), "1", "WBRI", [
            R(d("02/05/2006"), "2B", "N1", None, None,
              assessments=[A(d("02/05/2006"), d("19/06/2006"))],
              s47=[S(d("03/05/2006"), d("24/05/2006"))],
              plans=[P(d("24/05/2006"), d("31/03/2007"), "NEG", 0,
                       [d("21/08/2006"), d("15/02/2007")])])]),
        # Deliberate error: CINreferralDate 2006-02-30. The whole CINdetails and its nested
        # Assessments (authorised 10/04/2006, in the year) are rejected. The child's valid referral of
        # 12/03/2007 is more than 12 months after any February 2006 date, so it is not a re-referral
        # however the bad date might be misread.
        C("N0024", d("10/10/2005"), "2", "WBRI", [
            R("2006-02-30", "5A", "N5", d("28/04/2006"), "RC8",
              assessments=[A(d("01/03/2006"), d("10/04/2006"))]),
            R(d("12/03/2007"), "5A", "N5", None, None)]),
        # Deliberate error: ReferralSource 9Z (unknown). CINdetails and its nested Assessments rejected.
        C("N0025", d("21/02/1994"), "1", "WBRI", [
            R(d("18/09/2006"), "9Z", "N9", d("15/11/2006"), "RC8",
              assessments=[A(d("18/09/2006"), d("25/10/2006"))])]),
        # Data error: an Assessments authorised (05/06/2006) before its referral (12/06/2006) and its
        # start: rejected. The same referral has a second, valid assessment, so NI68 does not depend
        # on the rejection.
        C("N0026", d("30/12/1996"), "2", "WBRI", [
            R(d("12/06/2006"), "6", "N3", d("31/08/2006"), "RC8",
              assessments=[A(d("12/06/2006"), d("05/06/2006")), A(d("13/06/2006"), d("28/07/2006"))])]),
        # Open assessment (no AssessmentAuthorisationDate): not in CIN45, but the referral did go on
        # to an assessment (NI68 numerator).
        C("N0027", d("16/05/2003"), "1", "WBRI", [
            R(d("05/03/2007"), "1B", "N5", None, None, assessments=[A(d("06/03/2007"), None)])]),
        # ICPC15: enquiry started before the year (27/03/2006), conference in it (12/04/2006):
        # out (the denominator is enquiries STARTED in the year).
        C("N0028", d("03/03/2002"), "2", "WBRI", [
            R(d("24/03/2006"), "6", "N1", d("26/05/2006"), "RC8", icpc=d("12/04/2006"),
              assessments=[A(d("24/03/2006"), d("05/05/2006"))],
              s47=[S(d("27/03/2006"), d("12/04/2006"))])]),
        # ICPC15: enquiry started 20/03/2007, no conference yet and ICPCnotRequired not given: out.
        # CIN45: counted from the REFERRAL date (03/07/2006), not the start (24/07/2006): authorised
        # 06/09/2006 = 46 working days after the referral (late; 31 after the start).
        C("N0029", d("11/11/1992"), "1", "WBRI", [
            R(d("03/07/2006"), "9", "N7", d("15/12/2006"), "RC6",
              assessments=[A(d("24/07/2006"), d("06/09/2006"))]),
            R(d("19/03/2007"), "6", "N1", None, None,
              assessments=[A(d("19/03/2007"), None)], s47=[S(d("20/03/2007"))])]),
        # Children using the newer <Sex> (M/F) instead of <GenderCurrent>: read the same.
        C("N0030", d("04/12/2004"), "M", "WBRI", [
            R(d("09/10/2006"), "3C", "N6", d("08/12/2006"), "RC8",
              assessments=[A(d("09/10/2006"), d("23/11/2006"))])], use_sex=True),
        C("N0031", d("28/02/2000"), "F", "CHNE", [
            R(d("16/01/2007"), "10", "N8", None, None,
              assessments=[A(d("17/01/2007"), d("13/03/2007"))],
              plan_dates=[(d("14/03/2007"), None)])], use_sex=True),
    ]


# ----------------------------------------------------------------------------- rule children: flat

def flat_rule_children():
    C, R, S, P = Child, Referral, S47, Plan

    def I(start, auth):
        return Assessment(start, auth, "Initial")

    def K(start, auth):
        return Assessment(start, auth, "Core")

    return [
        # NI59 worked example (working-days.md): referral Fri 22/12/2006, initial assessment
        # authorised Fri 05/01/2007 = 7 working days: within.
        C("F0001", d("14/07/2001"), "1", "WBRI", [
            R(d("22/12/2006"), "6", "N1", None, None, assessments=[I(d("22/12/2006"), d("05/01/2007"))])]),
        # ... and authorised Mon 08/01/2007 = 8: late.
        C("F0002", d("02/02/1999"), "2", "WBRI", [
            R(d("22/12/2006"), "5A", "N4", d("26/01/2007"), "RC8",
              assessments=[I(d("22/12/2006"), d("08/01/2007"))])]),
        # NI60 on the limit across Easter and May Day 2006: core start Mon 13/03/2006, authorised Thu
        # 04/05/2006 = 35.
        C("F0003", d("19/09/2003"), "1", "WBRI", [
            R(d("27/02/2006"), "2A", "N1", d("30/06/2006"), "RC8",
              assessments=[I(d("27/02/2006"), d("10/03/2006")), K(d("13/03/2006"), d("04/05/2006"))])]),
        # ... and Fri 05/05/2006 = 36: late.
        C("F0004", d("07/01/1997"), "2", "MWBC", [
            R(d("27/02/2006"), "6", "N5", d("21/07/2006"), "RC6",
              assessments=[I(d("27/02/2006"), d("08/03/2006")), K(d("13/03/2006"), d("05/05/2006"))])]),
        # NI60 across Christmas: core start Mon 20/11/2006, authorised Thu 11/01/2007 = 35: within.
        C("F0005", d("25/12/2004"), "1", "WBRI", [
            R(d("08/11/2006"), "3A", "N1", None, None,
              assessments=[I(d("08/11/2006"), d("17/11/2006")), K(d("20/11/2006"), d("11/01/2007"))])]),
        # Data error: a Core row authorised (10/01/2007) before its start (15/01/2007): rejected.
        C("F0006", d("30/04/1995"), "2", "WBRI", [
            R(d("03/01/2007"), "4", "N3", None, None,
              assessments=[I(d("03/01/2007"), d("12/01/2007")), K(d("15/01/2007"), d("10/01/2007"))])]),
        # Deliberate error: referrals row with CINreferralDate 31/09/2006: rejected; nothing else
        # refers to it.
        C("F0007", d("12/06/2006"), "1", "WBRI", [R("31/09/2006", "1A", "N1", d("02/10/2006"), "RC8", nfa=True)]),
        # Deliberate error: an extra assessments row with AssessmentType "Specialist": rejected. The
        # same referral has a valid Initial, so NI68 does not depend on it.
        C("F0008", d("03/08/1998"), "2", "WBRI", [
            R(d("04/09/2006"), "5A", "N2", d("17/11/2006"), "RC8",
              assessments=[I(d("04/09/2006"), d("11/09/2006")),
                           Assessment(d("12/09/2006"), d("20/10/2006"), "Specialist")])]),
        # REREF12 exactly 12 months to the day (03/10/2005 -> 03/10/2006): counts.
        C("F0009", d("09/09/2002"), "1", "WBRI", [
            R(d("03/10/2005"), "6", "N5", d("03/10/2005"), "RC8", nfa=True),
            R(d("03/10/2006"), "6", "N5", d("20/12/2006"), "RC8",
              assessments=[I(d("03/10/2006"), d("10/10/2006"))])]),
        # ... 12 months and a day (02/10/2005 -> 03/10/2006): does not.
        C("F0010", d("17/04/2000"), "2", "WBRI", [
            R(d("02/10/2005"), "6", "N5", d("05/10/2005"), "RC8", nfa=True),
            R(d("03/10/2006"), "6", "N5", d("03/10/2006"), "RC8", nfa=True)]),
        # NI59: referral before the year (Mon 27/03/2006), initial authorised in it (Wed 05/04/2006)
        # = 7: in NI59 (counted by authorisation date), but the referral is not in NI68/REF10K.
        C("F0011", d("28/10/1996"), "1", "WBRI", [
            R(d("27/03/2006"), "5A", "N1", d("16/06/2006"), "RC8",
              assessments=[I(d("27/03/2006"), d("05/04/2006"))])]),
        # Open initial assessment (no authorisation): not in NI59; the referral counts for NI68.
        C("F0012", d("01/03/2005"), "2", "WBRI", [
            R(d("26/03/2007"), "1C", "N1", None, None, assessments=[I(d("26/03/2007"), None)])]),
        # ICPC15 across Christmas: S47 Mon 11/12/2006, conference Thu 04/01/2007 = 15: within.
        C("F0013", d("20/05/2006"), "1", "WBRI", [
            R(d("08/12/2006"), "2A", "N1", None, None,
              assessments=[I(d("08/12/2006"), d("15/12/2006"))],
              s47=[S(d("11/12/2006"), d("04/01/2007"))],
              plans=[P(d("04/01/2007"), None, "NEG", 0, [d("29/03/2007")])])]),
        # ... conference Fri 05/01/2007 = 16: late.
        C("F0014", d("06/10/2003"), "2", "WBRI", [
            R(d("08/12/2006"), "3A", "N1", d("16/02/2007"), "RC8",
              assessments=[I(d("08/12/2006"), d("14/12/2006"))],
              s47=[S(d("11/12/2006"), d("05/01/2007"))])]),
        # ICPC15: ICPCnotRequired true: out.
        C("F0015", d("15/08/1999"), "1", "WBRI", [
            R(d("06/06/2006"), "6", "N1", d("28/07/2006"), "RC8",
              assessments=[I(d("06/06/2006"), d("13/06/2006"))],
              s47=[S(d("07/06/2006"), None, True)])]),
        # NI64 exactly two years: plan 01/03/2005 -> 01/03/2007: counts.
        C("F0016", d("26/11/1998"), "2", "WBRI", [
            R(d("07/02/2005"), "6", "N1", d("23/03/2007"), "RC6",
              assessments=[I(d("07/02/2005"), d("14/02/2005"))],
              s47=[S(d("08/02/2005"), d("01/03/2005"))],
              plans=[P(d("01/03/2005"), d("01/03/2007"), "NEG", 0,
                       [d("25/05/2005"), d("21/11/2005"), d("18/05/2006"), d("09/11/2006")])])]),
        # NI64 a day short: plan 02/03/2005 -> 01/03/2007.
        C("F0017", d("11/04/2001"), "1", "WBRI", [
            R(d("08/02/2005"), "3A", "N1", d("16/03/2007"), "RC6",
              assessments=[I(d("08/02/2005"), d("15/02/2005"))],
              s47=[S(d("09/02/2005"), d("02/03/2005"))],
              plans=[P(d("02/03/2005"), d("01/03/2007"), "EMO", 0,
                       [d("26/05/2005"), d("24/11/2005"), d("23/05/2006"), d("21/11/2006")])])]),
        # NI65 second plan: earlier plan 2005 (ended), new plan 05/02/2007 with NumberOfPreviousCPP 1.
        C("F0018", d("13/02/2004"), "2", "WBRI", [
            R(d("10/01/2005"), "6", "N1", d("30/11/2005"), "RC6",
              assessments=[I(d("10/01/2005"), d("17/01/2005"))],
              s47=[S(d("11/01/2005"), d("31/01/2005"))],
              plans=[P(d("31/01/2005"), d("31/10/2005"), "NEG", 0, [d("28/04/2005"), d("20/10/2005")])]),
            R(d("15/01/2007"), "6", "N1", None, None,
              assessments=[I(d("15/01/2007"), d("22/01/2007"))],
              s47=[S(d("16/01/2007"), d("05/02/2007"))],
              plans=[P(d("05/02/2007"), None, "NEG", 1, [])])]),
        # NI67 month-end in February: plan 30/11/2006 + 3 months = 28/02/2007 (clamped); review on
        # 28/02/2007: on time.
        C("F0019", d("24/06/2002"), "1", "WBRI", [
            R(d("06/11/2006"), "5A", "N1", None, None,
              assessments=[I(d("06/11/2006"), d("13/11/2006"))],
              s47=[S(d("13/11/2006"), d("30/11/2006"))],
              plans=[P(d("30/11/2006"), None, "PHY", 0, [d("28/02/2007")])])]),
        # NI67 late second review: plan 03/04/2006, review 30/06/2006 (due 03/07/2006), next due
        # 30/12/2006, held 10/01/2007: late.
        C("F0020", d("09/01/2000"), "2", "WBRI", [
            R(d("13/03/2006"), "6", "N1", None, None,
              assessments=[I(d("13/03/2006"), d("20/03/2006"))],
              s47=[S(d("14/03/2006"), d("03/04/2006"))],
              plans=[P(d("03/04/2006"), None, "NEG", 0, [d("30/06/2006"), d("10/01/2007")])])]),
    ]


# ----------------------------------------------------------------------------- simulation

def simulate_referral(t, form, child_plans):
    """One referral on date t and everything that follows it. form: 'xml' or 'flat'.
    child_plans counts the child's earlier plans (NumberOfPreviousCPP is usually consistent).
    Returns (referral, date after which a new referral may arrive, or None if the case is open)."""
    source = REFERRAL_SOURCES[
        rng.choices(range(len(REFERRAL_SOURCES)), weights=SOURCE_WEIGHTS)[0]]
    need = wchoice(NEEDS)
    ref = Referral(t, source, need)

    # About one referral in eight goes no further (NFA at the front door).
    if rng.random() < 0.13:
        ref.nfa = True
        ref.closure = t + days(rng.randint(0, 3))
        ref.reason = "RC8"
        return ref, ref.closure

    last = t  # the latest thing that happened on this case
    if form == "xml":
        # Single assessment: started within a few days, authorised typically inside 45 working
        # days of the referral with a tail of late ones; not yet authorised if that is after 31/03.
        start = t + days(wchoice([(0, 50), (1, 25), (2, 10), (4, 10), (7, 5)]))
        n = wchoice([(rng.randint(8, 30), 45), (rng.randint(31, 45), 35), (rng.randint(46, 75), 20)])
        auth = max(add_working_days(t, n), start)
        ref.assessments.append(Assessment(start, known(auth)))
        if auth > PERIOD_END:
            return ref, None
        last = auth
    else:
        # Initial assessment: usually within 7 working days of referral (2006 practice ~70%).
        start = t + days(wchoice([(0, 70), (1, 20), (3, 10)]))
        n = wchoice([(rng.randint(1, 7), 70), (rng.randint(8, 20), 30)])
        auth = max(add_working_days(t, n), start)
        ref.assessments.append(Assessment(start, known(auth), "Initial"))
        if auth > PERIOD_END:
            return ref, None
        last = auth
        # About half go on to a core assessment, started soon after the initial.
        if rng.random() < 0.5:
            cstart = auth + days(rng.randint(0, 4))
            n = wchoice([(rng.randint(10, 35), 75), (rng.randint(36, 60), 25)])
            cauth = add_working_days(cstart, n)
            if cstart > PERIOD_END:
                return ref, None
            ref.assessments.append(Assessment(cstart, known(cauth), "Core"))
            if cauth > PERIOD_END:
                return ref, None
            last = cauth

    plan = None
    if rng.random() < 0.25:
        # Section 47 enquiry shortly after the referral (often before the assessment ends).
        s_start = t + days(rng.randint(0, 8))
        if s_start > PERIOD_END:
            return ref, None
        if rng.random() < 0.35:
            ref.s47.append(S47(s_start, None, True))
        else:
            n = wchoice([(rng.randint(4, 15), 70), (rng.randint(16, 30), 30)])
            icpc = add_working_days(s_start, n)
            if icpc > PERIOD_END:
                ref.s47.append(S47(s_start))  # conference not held yet
                return ref, None
            ref.s47.append(S47(s_start, icpc))
            # In the XML some councils repeat the conference date on CINdetails, some do not.
            if form == "xml" and rng.random() < 0.5:
                ref.icpc = icpc
            last = max(last, icpc)
            if rng.random() < 0.75:
                plan = simulate_plan(icpc, child_plans)
                ref.plans.append(plan)
                if plan.end is None:
                    return ref, None
                last = max(last, plan.end)

    # CIN plans (XML only; no indicator uses them) for some assessed cases without a CP plan.
    if form == "xml" and plan is None and rng.random() < 0.3:
        ps = last + days(rng.randint(1, 14))
        pe = ps + days(rng.randint(30, 300))
        if ps <= PERIOD_END:
            ref.plan_dates.append((ps, known(pe)))
            last = pe
    closure = last + days(rng.randint(0, 120))
    if closure > PERIOD_END:
        return ref, None
    ref.closure, ref.reason = closure, rc()
    return ref, closure


def simulate_plan(start, child_plans):
    # Plan lengths: many end within a year, a tail runs past two years (NI64).
    length = wchoice([(rng.randint(60, 365), 60), (rng.randint(366, 700), 25),
                      (rng.randint(701, 1000), 15)])
    end = known(start + days(length))
    horizon = end if end is not None else PERIOD_END
    reviews = []
    due = add_months(start, 3)
    while True:
        # Most reviews are held a little before the due date; about one in twelve is late.
        if rng.random() < 0.08:
            r = due + days(rng.randint(1, 25))
        else:
            r = due - days(rng.randint(0, 21))
        if r > horizon:
            break
        # A review after the plan ended does not happen; a few missing reviews make NI67 late.
        if rng.random() < 0.03:
            r = add_months(r, 6)  # skipped one: the next is held six months later
            if r > horizon:
                break
        reviews.append(r)
        due = add_months(r, 6)
    previous = child_plans + (1 if child_plans == 0 and rng.random() < 0.08 else 0)
    return Plan(start, end, wchoice(CATEGORIES), previous, reviews)


def simulate_child(cid, form, use_sex=False):
    dob = rand_date(D(1989, 6, 1), D(2007, 2, 28))
    gender = rng.choice(["1", "2"])
    if use_sex:
        gender = "M" if gender == "1" else "F"
    upn = "X9%011d" % rng.randint(0, 10 ** 11 - 1) if rng.random() < 0.6 else ""
    child = Child(cid, dob, gender, wchoice(ETHNICITIES), use_sex=use_sex, upn=upn)
    # First referral somewhere from 2004 (or birth) to March 2007; weighted to the recent years so
    # that the reporting year holds most referrals.
    lo = max(HISTORY_START, dob)
    t = rand_date(max(lo, D(2005, 4, 1)), PERIOD_END) if rng.random() < 0.6 else rand_date(lo, PERIOD_END)
    plans = 0
    while True:
        ref, free = simulate_referral(t, form, plans)
        child.referrals.append(ref)
        plans += len(ref.plans)
        if free is None or rng.random() < 0.6:
            break
        # a later referral: sometimes within weeks (re-referral), sometimes much later
        t = free + days(wchoice([(rng.randint(7, 120), 40), (rng.randint(121, 365), 35),
                                 (rng.randint(366, 700), 25)]))
        if t > PERIOD_END:
            break
    return child


# ----------------------------------------------------------------------------- writers

def iso(x):
    return x if isinstance(x, str) else x.isoformat()


def dmy(x):
    if x is None:
        return ""
    return x if isinstance(x, str) else x.strftime("%d/%m/%Y")


def write_xml(children):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<Message>", "  <Header>",
           "    <CollectionDetails><Collection>CIN</Collection><Year>2007</Year>"
           "<ReferenceDate>2007-03-31</ReferenceDate></CollectionDetails>",
           "    <Source><SourceLevel>L</SourceLevel><LEA>990</LEA>"
           "<SoftwareCode>Synthetic sample (make_cin_sample.py)</SoftwareCode></Source>",
           "  </Header>", "  <Children>"]

    def el(indent, name, value):
        out.append("%s<%s>%s</%s>" % ("  " * indent, name, escape(value), name))

    for c in children:
        out.append("    <Child>")
        out.append("      <ChildIdentifiers>")
        el(4, "LAchildID", c.cid)
        if c.upn:
            el(4, "UPN", c.upn)
        el(4, "PersonBirthDate", iso(c.dob))
        el(4, "Sex" if c.use_sex else "GenderCurrent", c.gender)
        out.append("      </ChildIdentifiers>")
        out.append("      <ChildCharacteristics>")
        el(4, "Ethnicity", c.ethnicity)
        out.append("      </ChildCharacteristics>")
        for r in c.referrals:
            out.append("      <CINdetails>")
            el(4, "CINreferralDate", iso(r.date))
            el(4, "ReferralSource", r.source)
            el(4, "PrimaryNeedCode", r.need)
            if r.closure is not None:
                el(4, "CINclosureDate", iso(r.closure))
                el(4, "ReasonForClosure", r.reason)
            if r.icpc is not None:
                el(4, "DateOfInitialCPC", iso(r.icpc))
            el(4, "ReferralNFA", "true" if r.nfa else "false")
            for a in r.assessments:
                out.append("        <Assessments>")
                el(5, "AssessmentActualStartDate", iso(a.start))
                if a.auth is not None:
                    el(5, "AssessmentAuthorisationDate", iso(a.auth))
                out.append("        </Assessments>")
            for ps, pe in r.plan_dates:
                out.append("        <CINPlanDates>")
                el(5, "CINPlanStartDate", iso(ps))
                if pe is not None:
                    el(5, "CINPlanEndDate", iso(pe))
                out.append("        </CINPlanDates>")
            for s in r.s47:
                out.append("        <Section47>")
                el(5, "S47ActualStartDate", iso(s.start))
                el(5, "InitialCPCtarget", iso(add_working_days(s.start, 15)))
                if s.icpc is not None:
                    el(5, "DateOfInitialCPC", iso(s.icpc))
                if s.not_required:
                    el(5, "ICPCnotRequired", "true")
                out.append("        </Section47>")
            for p in r.plans:
                out.append("        <ChildProtectionPlans>")
                el(5, "CPPstartDate", iso(p.start))
                if p.end is not None:
                    el(5, "CPPendDate", iso(p.end))
                el(5, "InitialCategoryOfAbuse", p.category)
                el(5, "LatestCategoryOfAbuse", p.category)
                el(5, "NumberOfPreviousCPP", str(p.previous))
                if p.reviews:
                    out.append("          <Reviews>")
                    for rv in p.reviews:
                        el(6, "CPPreviewDate", iso(rv))
                    out.append("          </Reviews>")
                out.append("        </ChildProtectionPlans>")
            out.append("      </CINdetails>")
        out.append("    </Child>")
    out += ["  </Children>", "</Message>", ""]
    with open(XML_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def write_csv(name, header, rows):
    # Plain comma-joined: no value here contains a comma or quote, so no quoting is needed.
    with open(os.path.join(FLAT_DIR, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


def write_flat(children):
    kids, refs, asses, s47s, plans, reviews = [], [], [], [], [], []
    for c in children:
        kids.append([c.cid, c.upn, dmy(c.dob), c.gender, c.ethnicity])
        for r in c.referrals:
            refs.append([c.cid, dmy(r.date), r.source, r.need, dmy(r.closure), r.reason or "",
                         "true" if r.nfa else "false"])
            for a in r.assessments:
                asses.append([c.cid, dmy(r.date), a.kind, dmy(a.start), dmy(a.auth)])
            for s in r.s47:
                s47s.append([c.cid, dmy(r.date), dmy(s.start), dmy(s.icpc),
                             "true" if s.not_required else "false"])
            for p in r.plans:
                plans.append([c.cid, dmy(p.start), dmy(p.end), p.category, str(p.previous)])
                for rv in p.reviews:
                    reviews.append([c.cid, dmy(p.start), dmy(rv)])
    write_csv("children.csv", ["LAchildID", "UPN", "PersonBirthDate", "GenderCurrent", "Ethnicity"], kids)
    write_csv("referrals.csv", ["LAchildID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode",
                                "CINclosureDate", "ReasonForClosure", "ReferralNFA"], refs)
    write_csv("assessments.csv", ["LAchildID", "CINreferralDate", "AssessmentType",
                                  "AssessmentActualStartDate", "AssessmentAuthorisationDate"], asses)
    write_csv("section47.csv", ["LAchildID", "CINreferralDate", "S47ActualStartDate",
                                "DateOfInitialCPC", "ICPCnotRequired"], s47s)
    write_csv("plans.csv", ["LAchildID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
                            "NumberOfPreviousCPP"], plans)
    write_csv("plan_reviews.csv", ["LAchildID", "CPPstartDate", "CPPreviewDate"], reviews)


def main():
    os.makedirs(FLAT_DIR, exist_ok=True)
    xml_children = xml_rule_children()
    n = len(xml_children)
    for i in range(n + 1, 251):
        # about one child in thirty already uses the newer <Sex> element
        xml_children.append(simulate_child("N%04d" % i, "xml", use_sex=rng.random() < 0.035))
    write_xml(xml_children)

    flat_children = flat_rule_children()
    for i in range(len(flat_children) + 1, 151):
        flat_children.append(simulate_child("F%04d" % i, "flat"))
    # UPNs for the rule children are left empty: they are optional and the README refers to ids.
    write_flat(flat_children)
    print("wrote %s (%d children) and %s (%d children)"
          % (XML_FILE, len(xml_children), FLAT_DIR, len(flat_children)))


if __name__ == "__main__":
    main()
