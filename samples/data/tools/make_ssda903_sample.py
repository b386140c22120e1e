#!/usr/bin/env python3
"""Generate the bundled SYNTHETIC SSDA903 (children looked after) sample.

Nothing here describes a real person: ids, dates of birth, postcodes (outward codes
XX1..XX9 / YY1..YY9) and URNs are all invented. The sample is a made-up mid-sized
council with about 300 children over three annual returns (2004-05, 2005-06, 2006-07).

How it works:
  1. Every child gets a FULL episode history (it may start years before April 2004).
     Rule children (R01..) are written out by hand below; ordinary children (C0001..)
     are simulated from a fixed seed.
  2. Each annual return is then cut from the histories the way a council's system
     would: every episode open at any time in that April-March year, with DEC/REC
     filled only if the episode ended on or before that year's 31 March. So an
     episode open across a year end appears in both returns.
  3. A few deliberate data errors are added to episodes_2006-07.csv (see README.md).

Run:  python3 make_ssda903_sample.py      (writes ../ssda903/*.csv and ../population.csv)
The output is byte-for-byte deterministic: one seeded random.Random, no clock, no set
iteration order, no hash-dependent ordering.
"""

import csv
import datetime as dt
import os
import random

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "ssda903"))
POP_FILE = os.path.normpath(os.path.join(HERE, "..", "population.csv"))

# The fixed seed (the last day of the 2006-07 reporting year). Changing it changes every C-child.
rng = random.Random(20070331)

# The three returns: (label, first day, last day).
YEARS = [
    ("2004-05", D(2004, 4, 1), D(2005, 3, 31)),
    ("2005-06", D(2005, 4, 1), D(2006, 3, 31)),
    ("2006-07", D(2006, 4, 1), D(2007, 3, 31)),
]
WINDOW_START = YEARS[0][1]
SIM_END = YEARS[-1][2]  # nothing is known after 31/03/2007: later endings become "open"

EP_COLS = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
           "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
HDR_COLS = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
OC3_COLS = ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]


# ----------------------------------------------------------------------------- helpers

def d(s):
    """Parse dd/mm/yyyy (used for the hand-written rule children)."""
    day, month, year = s.split("/")
    return D(int(year), int(month), int(day))


def fmt(x):
    return x.strftime("%d/%m/%Y") if x else ""


def birthday(dob, years):
    """The date a child turns `years`; a 29 February birthday falls on 28 February in
    non-leap years (the convention in indicators.md)."""
    y = dob.year + years
    try:
        return D(y, dob.month, dob.day)
    except ValueError:
        return D(y, 2, 28)


def age_on(dob, at):
    return at.year - dob.year - (1 if at < birthday(dob, at.year - dob.year) else 0)


def wchoice(pairs):
    """Weighted choice from [(value, weight), ...]; list order is fixed so draws are stable."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def days(n):
    return dt.timedelta(days=n)


class Ep:
    """One episode of the full (untruncated) history."""

    def __init__(self, decom, rne, ls, place, dec=None, rec=None, cin="N1", provider="PR1",
                 pl_post="XX1", urn="", rpc=""):
        self.decom, self.rne, self.ls, self.place = decom, rne, ls, place
        self.dec, self.rec = dec, rec
        self.cin, self.provider, self.pl_post, self.urn, self.rpc = cin, provider, pl_post, urn, rpc


class Child:
    def __init__(self, cid, sex, dob, ethnic):
        self.cid, self.sex, self.dob, self.ethnic = cid, sex, dob, ethnic
        self.upn = ""
        self.mother = ""
        self.mc_dob = None
        self.home_post = "XX1"
        self.eps = []          # full history, sorted by DECOM
        self.oc3 = {}          # year label -> (IN_TOUCH, ACTIV, ACCOM)
        self.no_oc3 = False    # a care leaver the council forgot to return (rule child R25)


# ----------------------------------------------------------------------------- code tables

# Legacy (pre-2014) foster codes dominate, as in real 2004-07 data; a few current codes appear
# because the library must map both families.
FOSTER = [("F1", 15), ("F2", 15), ("F3", 20), ("F4", 25), ("F5", 10), ("F6", 15)]
REC_END = [("E4A", 34), ("E13", 12), ("E41", 8), ("E4B", 5), ("E3", 5), ("E8", 10),
           ("E45", 4), ("E46", 3), ("E47", 2), ("E48", 2), ("E15", 1), ("E16", 1), ("E2", 1)]
CIN_CODES = [("N1", 60), ("N2", 3), ("N3", 4), ("N4", 9), ("N5", 14), ("N6", 3), ("N7", 1), ("N8", 6)]
ETHNIC = [("WBRI", 74), ("WIRI", 3), ("WOTH", 4), ("MWBC", 6), ("MOTH", 2), ("ABAN", 3),
          ("APKN", 2), ("BCRB", 3), ("BAFR", 1), ("CHNE", 1), ("OOTH", 1)]
RPC = [("CARPL", 20), ("CHILD", 15), ("LAREQ", 15), ("PLACE", 25), ("STAND", 10), ("CREQB", 5),
       ("ALLEG", 3), ("OTHER", 7)]


def pick_place(age, allow_current=True):
    if age < 1:
        p = wchoice([("F", 88), ("R3", 6), ("P1", 6)])
    elif age < 10:
        p = wchoice([("F", 84), ("P1", 8), ("K2", 3), ("Z1", 2), ("R2", 1), ("R1", 2)])
    elif age < 16:
        p = wchoice([("F", 60), ("K2", 20), ("R1", 4), ("S1", 5), ("P1", 5), ("K1", 2), ("Z1", 2),
                     ("R2", 2)])
    else:
        p = wchoice([("F", 35), ("K2", 15), ("H5", 25), ("P2", 15), ("R1", 5), ("Z1", 5)])
    if p == "F":
        p = wchoice(FOSTER)
        # a handful of current codes: U1-U6 mirror F1-F6 (library maps legacy to current)
        if allow_current and rng.random() < 0.03:
            p = "U" + str(rng.randint(1, 6))
    return p


def provider_for(place):
    if place[0] in "FU":
        return wchoice([("PR1", 70), ("PR4", 30)])
    if place[0] == "A":
        return wchoice([("PR1", 60), ("PR2", 25), ("PR3", 15)])
    if place in ("K2", "K1", "R1"):
        return wchoice([("PR1", 45), ("PR4", 40), ("PR5", 15)])
    if place in ("R2", "S1", "R5"):
        return wchoice([("PR3", 60), ("PR5", 40)])
    return "PR1"


def urn_for(place):
    # made-up Ofsted-style URNs (SC9xxxxx) for registered homes only; others leave URN empty
    if place in ("K1", "K2", "R1"):
        return "SC9%05d" % rng.randint(1, 400)
    return ""


def pl_post_for(place, home_post):
    if place == "P1":
        return home_post  # placed with parents: at home
    if rng.random() < 0.2:
        return "YY%d" % rng.randint(1, 9)  # out of area
    return "XX%d" % rng.randint(1, 9)


# ----------------------------------------------------------------------------- simulation

def simulate_period(child, start, first_rne="S", force_adoption=None, max_len=None):
    """One period of care from `start`. Returns (episodes, end date or None if open)."""
    dob = child.dob
    age = age_on(dob, start)
    eighteen = birthday(dob, 18)

    # Legal status at entry depends on age: youth-justice statuses only for 10+.
    if age >= 10 and rng.random() < 0.06:
        ls0 = rng.choice(["J1", "J2", "J3"])
    else:
        ls0 = wchoice([("V2", 45), ("C1", 35), ("L1", 5), ("L2", 7), ("L3", 1), ("C2", 4)])
    youth_justice = ls0.startswith("J")

    # Length of the period: short / medium / until 18 (or adoption for the youngest).
    adoption = force_adoption if force_adoption is not None else (
        age < 5 and not youth_justice and rng.random() < 0.45)
    kind = wchoice([("short", 32), ("medium", 25), ("long", 43)])
    if youth_justice:
        length = rng.randint(3, 75)
    elif kind == "short":
        length = rng.randint(7, 180)
    elif kind == "medium":
        length = rng.randint(181, 900)
    else:
        length = (eighteen - start).days
    if max_len:
        length = min(length, max_len)
    end = min(start + days(max(length, 2)), eighteen)

    # Legal-status changes (RNE L when nothing else changes the same day).
    ls_events = []
    ls = ls0
    t = start
    if ls in ("L1", "L2", "L3"):
        t = t + days(rng.randint(1, 8))
        ls = "C1"
        ls_events.append((t, ls))
    if ls == "V2" and (adoption or rng.random() < 0.15):
        t = t + days(rng.randint(30, 300))
        ls = "C1"
        ls_events.append((t, ls))
    if ls == "C1" and (adoption or rng.random() < 0.85):
        t = t + days(rng.randint(60, 300))
        ls = "C2"
        ls_events.append((t, ls))

    adopt_date = None
    if adoption:
        if ls not in ("C2",):
            t = t + days(rng.randint(60, 200))
            ls = "C2"
            ls_events.append((t, ls))
        t = t + days(rng.randint(120, 400))
        ls_events.append((t, "E1" if rng.random() < 0.7 else "D1"))  # placement / freeing order
        adopt_date = t + days(rng.randint(45, 240))
        end = adopt_date + days(rng.randint(90, 365))  # adoption order some months after placing
        if end > eighteen:  # cannot happen for under-5s, kept as a guard
            end = eighteen

    # Placement changes (RNE P). Stability profile per period: most stable, a tail unstable.
    profile = wchoice([("stable", 66), ("moderate", 26), ("unstable", 8)])
    mean = {"stable": 1100, "moderate": 300, "unstable": 60}[profile]
    stop = adopt_date if adopt_date else end
    stop_eff = min(stop, SIM_END)
    pls = []  # (date, place, kind) kind: 'S' first, 'P' new carer, 'U' same carer
    place = pick_place(age)
    if youth_justice:
        place = rng.choice(["K2", "K1", "R5", "K2"])
    pls.append((start, place, first_rne))
    t = start
    while True:
        nxt = t + days(max(7, int(rng.expovariate(1.0 / mean))))
        if nxt >= stop or youth_justice:
            break
        if rng.random() < 0.04 and (stop_eff - nxt).days > 45:
            # a temporary (T0-T4) placement of a few days, always followed by a proper move,
            # never open at 31 March and never immediately before an adoptive placement
            t_end = nxt + days(rng.randint(3, 21))
            pls.append((nxt, "T%d" % rng.randint(0, 4), "P"))
            pls.append((t_end, pick_place(age_on(dob, t_end)), "P"))
            t = t_end
        else:
            new_place = pick_place(age_on(dob, nxt))
            pls.append((nxt, new_place, "P"))
            t = nxt
    if adopt_date:
        # Either new adopters (P) or the foster carers adopt (U: same carer, new placement type).
        same_carer = rng.random() < 0.35 and pls[-1][1][0] in "FU"
        a_place = "A1" if rng.random() < 0.75 else "A2"
        if rng.random() < 0.12:
            a_place = "A%d" % rng.randint(3, 6)  # current codes, a handful
        pls.append((adopt_date, a_place, "U" if same_carer else "P"))
        if same_carer and rng.random() < 0.5:
            # the placement order is made the day the carers become prospective adopters:
            # legal status and placement change, same carer -> RNE T
            ls_events[-1] = (adopt_date, ls_events[-1][1])

    # Merge placement and legal-status change dates into episodes.
    pl_by_date = {p[0]: p for p in pls}
    ls_by_date = {}
    for when, new_ls in ls_events:
        if start < when < end:
            ls_by_date[when] = new_ls
    # nothing after 31/03/2007 is known yet
    dates = sorted(set([p[0] for p in pls if p[0] < end] + list(ls_by_date)))
    dates = [x for x in dates if x <= SIM_END]
    eps = []
    cur_ls = ls0
    cur_place = None
    cin = wchoice(CIN_CODES)
    for i, when in enumerate(dates):
        pl = pl_by_date.get(when)
        new_ls = ls_by_date.get(when)
        if i == 0:
            rne = first_rne
        elif pl and new_ls:
            rne = "B" if pl[2] == "P" else "T"
        elif pl:
            rne = pl[2]
        else:
            rne = "L"
        if new_ls:
            cur_ls = new_ls
        if pl:
            cur_place = pl[1]
            provider = provider_for(cur_place)
            urn = urn_for(cur_place)
            post = pl_post_for(cur_place, child.home_post)
        rpc = ""
        if rne in ("P", "B") and when >= D(2006, 4, 1):
            # REASON_PLACE_CHANGE: this made-up council started recording it in 2006-07
            rpc = wchoice(RPC)
        eps.append(Ep(when, rne, cur_ls, cur_place, cin=cin, provider=provider, pl_post=post,
                      urn=urn, rpc=rpc))
    for a, b in zip(eps, eps[1:]):
        a.dec, a.rec = b.decom, "X1"  # the next episode starts the same day
    last = eps[-1]
    if end > SIM_END:
        return eps, None
    last.dec = end
    if adopt_date and end < eighteen:
        last.rec = rng.choice(["E11", "E12"])
    elif end >= eighteen:
        last.rec = wchoice([("E8", 40), ("E5", 20), ("E6", 20), ("E17", 15), ("E7", 5)])
    elif youth_justice:
        last.rec = wchoice([("E14", 60), ("E9", 25), ("E8", 15)])
    elif age_on(dob, end) >= 16 and rng.random() < 0.3:
        last.rec = rng.choice(["E5", "E6"])
    else:
        last.rec = wchoice(REC_END)
    return eps, end


def simulate_history(child, first_start, allow_return=True, max_len=None):
    eps = []
    t = first_start
    while True:
        period, end = simulate_period(child, t, max_len=max_len)
        eps.extend(period)
        if end is None or not allow_return:
            break
        # Some children come back: a new period of care (RNE S) after a gap.
        if eps[-1].rec in ("E11", "E12", "E5", "E6", "E17", "E7", "E9") or age_on(child.dob, end) >= 17:
            break
        if rng.random() > 0.28:
            break
        t = end + days(rng.randint(14, 540))
        if t > SIM_END or t >= birthday(child.dob, 18) - days(30):
            break
    return eps


def add_short_breaks(child, lo, hi, ls="V3"):
    """Short breaks (LS V3/V4) between lo and hi, each 1-4 nights, never touching another
    episode (a clear day either side)."""
    eps = []
    t = lo + days(rng.randint(2, 20))
    place = rng.choice(["K2", "F2", "F4", "K2"])
    provider = provider_for(place)
    urn = urn_for(place)
    while True:
        end = t + days(rng.randint(1, 4))
        if end > hi - days(2) or t > SIM_END:
            break
        e = Ep(t, "S", ls, place, cin="N2", provider=provider,
               pl_post=pl_post_for(place, child.home_post), urn=urn)
        if end <= SIM_END:
            e.dec, e.rec = end, "E4A"
        eps.append(e)
        t = end + days(rng.randint(28, 90))
    return eps


def visible(eps):
    return any(e.decom <= SIM_END and (e.dec is None or e.dec >= WINDOW_START) for e in eps)


# ----------------------------------------------------------------------------- rule children

def R(cid, sex, dob, ethnic, rows, oc3=None, no_oc3=False, mother=None):
    """A hand-written rule child. rows: (DECOM, RNE, LS, PLACE, DEC, REC)."""
    c = Child(cid, sex, d(dob), ethnic)
    c.home_post = "XX%d" % (1 + int(cid[1:]) % 9)
    carers = {}  # one provider / postcode / URN per PLACE code, so repeat stays look alike
    for decom, rne, ls, place, dec, rec in rows:
        if place not in carers:
            carers[place] = (provider_for(place), pl_post_for(place, c.home_post), urn_for(place))
        provider, post, urn = carers[place]
        c.eps.append(Ep(d(decom), rne, ls, place, d(dec) if dec else None, rec,
                        cin="N2" if ls in ("V3", "V4") else "N1",
                        provider=provider, pl_post=post, urn=urn))
    if oc3:
        c.oc3["2006-07"] = oc3
    c.no_oc3 = no_oc3
    if mother:
        c.mother, c.mc_dob = "1", d(mother)
    return c


def rule_children():
    rc = []
    # R01: the only episode ends exactly on 31/03/2007 -> not looked after at 31 March.
    rc.append(R("R01", "2", "14/06/1998", "WBRI", [
        ("12/05/2005", "S", "C1", "F2", "20/09/2005", "X1"),
        ("20/09/2005", "L", "C2", "F2", "31/03/2007", "E41")]))
    # R02: short breaks only (V3), one of them open across 31/03/2007.
    rows = []
    start = d("06/05/2005")
    while start + days(4) < d("30/03/2007"):
        rows.append((fmt(start), "S", "V3", "K2", fmt(start + days(2)), "E4A"))
        start += days(35)
    rows.append(("30/03/2007", "S", "V3", "K2", None, None))
    rc.append(R("R02", "1", "03/03/1996", "WBRI", rows))
    # R03: short breaks with the same foster carer between two periods of full care (V2).
    rc.append(R("R03", "2", "22/07/1999", "MWBC", [
        ("05/01/2006", "S", "V2", "F3", "20/06/2006", "E4A"),
        ("14/07/2006", "S", "V3", "F3", "16/07/2006", "E4A"),
        ("18/08/2006", "S", "V3", "F3", "20/08/2006", "E4A"),
        ("02/10/2006", "S", "V2", "F3", None, None)]))
    # R04: B move, then the foster carers become adopters: U (same carer) is not a new placement.
    rc.append(R("R04", "1", "09/11/2003", "WBRI", [
        ("15/11/2005", "S", "C1", "F1", "01/05/2006", "X1"),
        ("01/05/2006", "B", "C2", "F2", "01/10/2006", "X1"),
        ("01/10/2006", "U", "C2", "A1", None, None)]))
    # R05: legal-status-only changes (L) and a T move (new legal status, same carer).
    rc.append(R("R05", "2", "17/02/2002", "WBRI", [
        ("03/04/2006", "S", "V2", "F4", "12/06/2006", "X1"),
        ("12/06/2006", "L", "C1", "F4", "30/09/2006", "X1"),
        ("30/09/2006", "L", "C2", "F4", "14/12/2006", "X1"),
        ("14/12/2006", "P", "C2", "F2", "10/03/2007", "X1"),
        ("10/03/2007", "T", "E1", "A2", None, None)]))
    # R06: exactly 3 placements, the first began before and was open on 1 April 2006.
    rc.append(R("R06", "1", "30/05/1994", "WIRI", [
        ("10/10/2005", "S", "C1", "K2", "15/02/2006", "X1"),
        ("15/02/2006", "L", "C2", "K2", "20/06/2006", "X1"),
        ("20/06/2006", "P", "C2", "F3", "15/01/2007", "X1"),
        ("15/01/2007", "P", "C2", "F1", None, None)]))
    # R07: a placement that ended exactly on 01/04/2006 is not open in the year.
    rc.append(R("R07", "2", "11/12/2000", "WBRI", [
        ("01/09/2005", "S", "C2", "F2", "01/04/2006", "X1"),
        ("01/04/2006", "P", "C2", "F5", "01/11/2006", "X1"),
        ("01/11/2006", "P", "C2", "F3", None, None)]))
    # R08: a temporary placement (T1) between two foster placements is not counted.
    rc.append(R("R08", "1", "05/08/1997", "BCRB", [
        ("20/02/2006", "S", "C1", "F2", "15/07/2006", "X1"),
        ("15/07/2006", "P", "C1", "T1", "29/07/2006", "X1"),
        ("29/07/2006", "P", "C1", "F6", None, None)]))
    # R09: leaves care and returns after a gap; placements in both periods count.
    rc.append(R("R09", "2", "19/01/1993", "WBRI", [
        ("10/05/2006", "S", "V2", "F1", "30/06/2006", "E4A"),
        ("15/09/2006", "S", "V2", "K2", "01/12/2006", "X1"),
        ("01/12/2006", "B", "C1", "F4", None, None)]))
    # R10: a gap starts a new period of care even though the RNE was keyed as P.
    rc.append(R("R10", "1", "23/04/1996", "WBRI", [
        ("01/03/2004", "S", "C1", "F2", "01/06/2004", "X1"),
        ("01/06/2004", "L", "C2", "F2", "01/08/2004", "E4A"),
        ("10/10/2004", "P", "C2", "F2", None, None)]))
    # R11: NI63 period of care began exactly 30/09/2004 (in); placement 12/02/2005 (in).
    rc.append(R("R11", "2", "02/02/2000", "ABAN", [
        ("30/09/2004", "S", "C1", "F1", "12/02/2005", "X1"),
        ("12/02/2005", "B", "C2", "F3", None, None)]))
    # R12: NI63 period of care began 01/10/2004 (one day late: out of the denominator).
    rc.append(R("R12", "1", "08/07/1998", "WBRI", [
        ("01/10/2004", "S", "C2", "F2", None, None)]))
    # R13: NI63 current placement began exactly 31/03/2005 (in the numerator).
    rc.append(R("R13", "1", "26/10/1995", "WBRI", [
        ("01/06/2004", "S", "C1", "K2", "31/03/2005", "X1"),
        ("31/03/2005", "B", "C2", "F1", None, None)]))
    # R14: NI63 current placement began 01/04/2005 (one day late: denominator only).
    rc.append(R("R14", "2", "13/05/1997", "WBRI", [
        ("20/09/2003", "S", "C2", "F4", "01/04/2005", "X1"),
        ("01/04/2005", "P", "C2", "F2", None, None)]))
    # R15: aged 16 at 31/03/2007 (out of NI63).
    rc.append(R("R15", "1", "14/08/1990", "WBRI", [
        ("05/03/2002", "S", "C2", "F1", None, None)]))
    # R16: turns 16 exactly on 31/03/2007 (out of NI63).
    rc.append(R("R16", "2", "31/03/1991", "MWBC", [
        ("18/11/2001", "S", "C2", "F3", None, None)]))
    # R17: turns 16 on 01/04/2007, so aged 15 at 31/03/2007 (in NI63).
    rc.append(R("R17", "1", "01/04/1991", "WBRI", [
        ("07/05/2002", "S", "C2", "F5", None, None)]))
    # R18: placed for adoption (A1) in 2006; the foster placement before began 15/01/2005 (in).
    rc.append(R("R18", "2", "27/08/2002", "WBRI", [
        ("10/06/2004", "S", "C1", "F1", "18/10/2004", "X1"),
        ("18/10/2004", "L", "C2", "F1", "15/01/2005", "X1"),
        ("15/01/2005", "P", "C2", "F3", "01/09/2006", "X1"),
        ("01/09/2006", "L", "E1", "F3", "20/11/2006", "X1"),
        ("20/11/2006", "P", "E1", "A1", None, None)]))
    # R19: placed for adoption (current code A5); the placement before began 01/06/2005 (out).
    rc.append(R("R19", "1", "04/12/2001", "WBRI", [
        ("01/02/2004", "S", "C1", "F2", "15/07/2004", "X1"),
        ("15/07/2004", "L", "C2", "F2", "01/06/2005", "X1"),
        ("01/06/2005", "P", "C2", "F5", "10/10/2006", "X1"),
        ("10/10/2006", "B", "E1", "A5", None, None)]))
    # R20: history starts mid-period of care: the first episode in any file is RNE P from 2002
    # (the 2001 episode before it ended before April 2004, so no return holds it).
    rc.append(R("R20", "2", "15/09/1995", "WBRI", [
        ("03/05/2001", "S", "C1", "K2", "12/11/2002", "X1"),
        ("12/11/2002", "P", "C2", "F3", None, None)]))
    # Care leavers: 19th birthday in 2006-07 (born 01/04/1987 .. 31/03/1988).
    # R21: looked after on 1 April 2004 (aged 16); OC3 in touch, education, suitable.
    rc.append(R("R21", "2", "12/09/1987", "WBRI", [
        ("14/02/2002", "S", "C2", "K2", "03/03/2003", "X1"),
        ("03/03/2003", "P", "C2", "F1", "19/09/2004", "X1"),
        ("19/09/2004", "P", "C2", "H5", "12/09/2005", "E5")], oc3=("YES", "F2", "B1")))
    # R22: refuses contact, no information.
    rc.append(R("R22", "1", "28/11/1987", "WBRI", [
        ("05/07/2003", "S", "V2", "K2", "30/01/2005", "X1"),
        ("30/01/2005", "P", "V2", "P2", "28/11/2005", "E6")], oc3=("REFU", "0", "0")))
    # R23: not in touch, though the row carries an EET activity and suitable accommodation
    # (from an earlier contact): the IN_TOUCH gate decides -> denominator only.
    rc.append(R("R23", "2", "06/06/1987", "WOTH", [
        ("22/10/2000", "S", "C2", "F4", "06/06/2005", "E8")], oc3=("NO", "P4", "U1")))
    # R24: died -> out of the cohort.
    rc.append(R("R24", "1", "19/03/1988", "WBRI", [
        ("11/01/2004", "S", "C1", "K2", "20/05/2004", "X1"),
        ("20/05/2004", "L", "C2", "K2", "19/03/2006", "E8")], oc3=("DIED", "0", "0")))
    # R25: looked after on 1 April 2004 at 16, but no OC3 row was returned -> denominator only.
    rc.append(R("R25", "1", "30/04/1987", "BCRB", [
        ("15/08/2002", "S", "C2", "K2", "30/04/2005", "E8")], no_oc3=True))
    # R26: 19 in the year but came into care after the 1 April when 16 (1/4/2004) -> not in cohort.
    rc.append(R("R26", "2", "02/02/1988", "WBRI", [
        ("15/06/2004", "S", "V2", "H5", "02/02/2006", "E5")]))
    # R27: born 01/04/1987: 16 on 01/04/2003, so the 1 April that counts is 01/04/2003; came
    # into care 10/06/2003 -> not in cohort (looked after on 1/4/2004 does not count).
    rc.append(R("R27", "1", "01/04/1987", "WBRI", [
        ("10/06/2003", "S", "V2", "F5", "01/04/2005", "E17")]))
    # R28: born 01/04/1987, looked after 2000-2003 (before any return here) -> no episodes,
    # no Header row; cohort by its OC3 row, DOB from OC3.
    rc.append(R("R28", "2", "01/04/1987", "WBRI", [
        ("12/05/2000", "S", "C2", "F3", "15/12/2003", "E4A")], oc3=("YES", "P1", "C1")))
    # R29: returned home (RHOM), in training/employment, unsuitable accommodation.
    rc.append(R("R29", "1", "17/10/1987", "WBRI", [
        ("09/09/2003", "S", "V2", "F2", "15/05/2004", "E4A")], oc3=("RHOM", "F4", "V2")))
    # R30: no longer requires services (NREQ), parenting (G6), suitable accommodation.
    rc.append(R("R30", "2", "25/01/1988", "WBRI", [
        ("02/02/2002", "S", "C2", "F3", "25/01/2006", "E17")], oc3=("NREQ", "G6", "S1"),
        mother="14/08/2003"))
    # R31: three placements, the third beginning on the last day of the year (31/03/2007).
    rc.append(R("R31", "1", "10/10/2000", "WBRI", [
        ("01/08/2006", "S", "C1", "F2", "05/12/2006", "X1"),
        ("05/12/2006", "P", "C1", "K2", "31/03/2007", "X1"),
        ("31/03/2007", "B", "C2", "F4", None, None)]))
    return rc


# ----------------------------------------------------------------------------- C-children

def new_c_child(n):
    sex = rng.choice(["1", "2"])
    c = Child("C%04d" % n, sex, None, wchoice(ETHNIC))
    c.home_post = "XX%d" % rng.randint(1, 9)
    return c


def general_child(n):
    """An ordinary child: entry date and age drawn, history simulated, redrawn until some
    episode falls inside the three returns."""
    while True:
        c = new_c_child(n)
        if rng.random() < 0.45:
            first = rand_date(D(1996, 1, 1), D(2004, 3, 31))
        else:
            first = rand_date(D(2004, 4, 1), D(2007, 3, 25))
        band = wchoice([((0, 364), 18), ((365, 1825), 17), ((1826, 3652), 20),
                        ((3653, 5843), 38), ((5844, 6480), 7)])
        c.dob = first - days(rng.randint(*band))
        if c.dob.month == 4 and c.dob.day == 1 and c.dob.year == 1987:
            continue  # keep the 1 April 1987 edge to the rule children
        c.eps = simulate_history(c, first)
        if visible(c.eps):
            return c


def care_leaver(n, cohort_end_year):
    """A young person whose 19th birthday falls in the year ending 31 March `cohort_end_year`,
    looked after on the 1 April after their 16th birthday."""
    c = new_c_child(n)
    while True:
        c.dob = rand_date(D(cohort_end_year - 20, 4, 2), D(cohort_end_year - 19, 3, 31))
        sixteen = birthday(c.dob, 16)
        april = D(sixteen.year, 4, 1) if sixteen <= D(sixteen.year, 4, 1) else D(sixteen.year + 1, 4, 1)
        first = rand_date(birthday(c.dob, 11), april - days(30))
        leave = rand_date(april + days(60), birthday(c.dob, 18))
        c.eps = simulate_history(c, first, allow_return=False, max_len=(leave - first).days)
        if looked_after(c.eps, april):
            return c


def looked_after(eps, at):
    return any(e.ls not in ("V3", "V4") and e.decom <= at and (e.dec is None or e.dec > at)
               for e in eps)


def short_break_child(n):
    c = new_c_child(n)
    c.dob = rand_date(D(1991, 6, 1), D(2001, 12, 31))
    lo = rand_date(D(2003, 10, 1), D(2006, 3, 1))
    hi = min(rand_date(lo + days(200), lo + days(1100)), D(2007, 6, 30))
    c.eps = add_short_breaks(c, lo, hi, ls="V4" if rng.random() < 0.35 else "V3")
    return c


OC3_TOUCH = [("YES", 70), ("NO", 8), ("REFU", 5), ("NREQ", 6), ("RHOM", 8)]
OC3_ACTIV = [("F1", 5), ("P1", 2), ("F2", 20), ("P2", 6), ("F3", 3), ("P3", 2), ("F4", 18),
             ("P4", 8), ("G4", 6), ("G5", 22), ("G6", 8), ("0", 3)]
OC3_ACCOM = [("B1", 6), ("C1", 10), ("D1", 8), ("E2", 3), ("G2", 3), ("H1", 14), ("K1", 8),
             ("R2", 2), ("S1", 12), ("T1", 10), ("U1", 12), ("V2", 3), ("0", 3)]


def oc3_row():
    touch = wchoice(OC3_TOUCH)
    if touch in ("NO", "REFU"):
        return (touch, "0", "0")
    return (touch, wchoice(OC3_ACTIV), wchoice(OC3_ACCOM))


# ----------------------------------------------------------------------------- assembly

def build():
    children = rule_children()
    n = 0
    plain = []
    # ~230 ordinary children
    for _ in range(236):
        n += 1
        plain.append(general_child(n))
    # some ordinary children also had short breaks before coming into care or between periods
    for c in plain:
        if rng.random() < 0.05:
            ls = "V3" if rng.random() < 0.7 else "V4"
            first = c.eps[0].decom
            lo = max(first - days(rng.randint(150, 400)), birthday(c.dob, 2))
            if first > WINDOW_START + days(200) and (first - lo).days > 90:
                c.eps = add_short_breaks(c, lo, first, ls) + c.eps
    # care leavers: 19th birthday in 2004-05, 2005-06, 2006-07
    for year_end, count in ((2005, 6), (2006, 8), (2007, 9)):
        for _ in range(count):
            n += 1
            plain.append(care_leaver(n, year_end))
    # children who only ever had short breaks
    for _ in range(10):
        n += 1
        plain.append(short_break_child(n))
    children.extend(plain)

    for c in children:
        c.eps.sort(key=lambda e: e.decom)
        # schoolchildren get a made-up UPN ("X9" + digits: not a valid real UPN format)
        if age_on(c.dob, D(2005, 1, 1)) in range(4, 17) and c.cid[0] == "C" and rng.random() < 0.8:
            c.upn = "X9%011d" % (int(c.cid[1:]) * 7919)
        # a few older girls are mothers (baby born before April 2004 so the Header row is the
        # same in every year's return)
        if c.cid[0] == "C" and c.sex == "2" and age_on(c.dob, D(2004, 4, 1)) >= 15 and rng.random() < 0.12:
            c.mother = "1"
            c.mc_dob = rand_date(birthday(c.dob, 14) + days(300), D(2004, 3, 20))

    # OC3 rows: everyone whose 19th birthday falls in a return year and who was looked after
    # on the 1 April after their 16th birthday (from the FULL history), except R25.
    for c in children:
        if c.cid[0] == "R":
            continue  # rule children carry hand-set OC3 rows
        for label, ys, ye in YEARS:
            if ys <= birthday(c.dob, 19) <= ye:
                sixteen = birthday(c.dob, 16)
                april = D(sixteen.year, 4, 1) if sixteen <= D(sixteen.year, 4, 1) else D(sixteen.year + 1, 4, 1)
                if looked_after(c.eps, april):
                    c.oc3[label] = oc3_row()
    # The temporary-placement rule children (issue 15), built last so that the random draws of every child above are
    # unchanged, and placed after R31 so that rule children stay first in every file.
    at = next(i for i, c in enumerate(children) if c.cid == "R31") + 1
    children[at:at] = temporary_placement_children()
    return children


def temporary_placement_children():
    """R32, R33: temporary placements T0-T4 are current codes, not placements (indicators.md, "Temporary placements")."""
    rc = []
    # R32: the worked example: one foster home (U4) since 2004, the carer's holidays (T3) in August 2006 and February 2007,
    # back to the same carer by RNE P each time -> 1 placement for NI62 (3 if the returns were moves), NI63 placement
    # began 2004.
    rc.append(R("R32", "2", "12/05/2000", "WBRI", [
        ("01/03/2004", "S", "C2", "U4", "01/08/2006", "X1"),
        ("01/08/2006", "P", "C2", "T3", "15/08/2006", "X1"),
        ("15/08/2006", "P", "C2", "U4", "19/02/2007", "X1"),
        ("19/02/2007", "P", "C2", "T3", "26/02/2007", "X1"),
        ("26/02/2007", "P", "C2", "U4", None, None)]))
    # R33: the same foster home since 2004, in hospital (T1) from 28/03/2007 and still there on 31 March: in the placement
    # it is a break from (U4 since 2004) for NI63 and PAF B7.
    rc.append(R("R33", "1", "03/09/2001", "WBRI", [
        ("01/06/2004", "S", "C2", "U4", "28/03/2007", "X1"),
        ("28/03/2007", "P", "C2", "T1", None, None)]))
    return rc


def slice_year(c, ys, ye):
    """The rows of child c in the return for ys..ye: episodes open at any time in the year;
    DEC/REC only if the episode had ended by the year's 31 March."""
    rows = []
    for e in c.eps:
        if e.decom <= ye and (e.dec is None or e.dec >= ys):
            ended = e.dec is not None and e.dec <= ye
            rows.append({
                "CHILD": c.cid, "DECOM": fmt(e.decom), "RNE": e.rne, "LS": e.ls, "CIN": e.cin,
                "PLACE": e.place, "PLACE_PROVIDER": e.provider,
                "DEC": fmt(e.dec) if ended else "", "REC": e.rec if ended else "",
                "REASON_PLACE_CHANGE": e.rpc, "HOME_POST": c.home_post, "PL_POST": e.pl_post,
                "URN": e.urn})
    return rows


def pick_error_children(children):
    """Ordinary children to carry the deliberate errors. Each is looked after at 31/03/2007 in
    an episode that began on or before 31/03/2006 (so it is in both the 2005-06 and 2006-07
    returns with DEC empty in both) in a foster placement. A conflict on PLACE (F to another F)
    then changes nothing the indicators read, and the two extra bad rows are rejected anyway."""
    found = []
    for c in children:
        if c.cid[0] != "C" or not c.eps:
            continue
        e = c.eps[-1]
        if e.dec is None and D(2004, 10, 1) <= e.decom <= D(2006, 3, 1) and e.place[0] == "F" \
                and e.ls not in ("V3", "V4"):
            found.append(c)
    return found[0], found[1], found[2]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(k, "") for k in cols])


def main():
    children = build()
    conflict_c, feb31_c, q9_c = pick_error_children(children)
    os.makedirs(OUT_DIR, exist_ok=True)
    for label, ys, ye in YEARS:
        ep_rows, hdr_rows, oc3_rows = [], [], []
        for c in children:  # rule children first, then C0001..
            rows = slice_year(c, ys, ye)
            if label == "2006-07" and c is conflict_c:
                # CONFLICT: the 2006-07 copy of an episode also in 2005-06 gives another
                # foster code; the later file's copy must be rejected.
                old = rows[-1]["PLACE"]
                rows[-1]["PLACE"] = "F5" if old != "F5" else "F4"
            if label == "2006-07" and c is feb31_c:
                bad = dict(rows[-1])
                bad.update(DECOM="31/02/2007", RNE="P", DEC="", REC="", REASON_PLACE_CHANGE="")
                rows.append(bad)  # INVALID DATE: a keying error
            if label == "2006-07" and c is q9_c:
                bad = dict(rows[-1])
                bad.update(DECOM="14/11/2006", RNE="P", PLACE="Q9", DEC="", REC="",
                           REASON_PLACE_CHANGE="")
                rows.append(bad)  # UNKNOWN PLACE code Q9
            ep_rows.extend(rows)
            if rows:
                hdr_rows.append({"CHILD": c.cid, "SEX": c.sex, "DOB": fmt(c.dob), "ETHNIC": c.ethnic,
                                 "UPN": c.upn, "MOTHER": c.mother, "MC_DOB": fmt(c.mc_dob)})
            if label in c.oc3:
                t, a, acc = c.oc3[label]
                oc3_rows.append({"CHILD": c.cid, "DOB": fmt(c.dob), "IN_TOUCH": t, "ACTIV": a,
                                 "ACCOM": acc})
        write_csv(os.path.join(OUT_DIR, "episodes_%s.csv" % label), EP_COLS, ep_rows)
        write_csv(os.path.join(OUT_DIR, "header_%s.csv" % label), HDR_COLS, hdr_rows)
        write_csv(os.path.join(OUT_DIR, "oc3_%s.csv" % label), OC3_COLS, oc3_rows)

    # Population (made-up mid-year estimates, ~45,000 children aged 0-17).
    pop = [
        ("2004-05", [11950, 12680, 15420, 5130]),
        ("2005-06", [12040, 12540, 15510, 5190]),
        ("2006-07", [12180, 12390, 15560, 5240]),
    ]
    bands = [(0, 4), (5, 9), (10, 15), (16, 17)]
    rows = []
    for year, counts in pop:
        for (lo, hi), p in zip(bands, counts):
            rows.append({"Year": year, "AgeFrom": lo, "AgeTo": hi, "Population": p})
    write_csv(POP_FILE, ["Year", "AgeFrom", "AgeTo", "Population"], rows)

    print("children:", len(children))
    print("error rows: conflict %s, 31/02/2007 %s, Q9 %s" % (conflict_c.cid, feb31_c.cid, q9_c.cid))


if __name__ == "__main__":
    main()
