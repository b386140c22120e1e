#!/usr/bin/env python3
"""An independent reading of the rules for the indicators added for issue #6 (PAFB7, PAFC23, NI61, NI66, PAFC63,
PAFC18, MISSING, the adoption scorecard, BVPI51 and the workforce indicators), written from the rules text in
samples/data/ssda903/README.md, not from the library. It reads the CSV files only. Period 01/04/2006-31/03/2007.

    python3 oracle_ssda903_more.py              # the figures
    python3 oracle_ssda903_more.py --children   # and every child's decision

The Episodes and Header tables are read with oracle_ssda903.py's reader (validation, merging, periods of care,
placements); the other tables are read here.
"""
import csv
import datetime as dt
import os
import sys

import oracle_ssda903 as base

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "..", "ssda903")
START, END = base.PERIOD_START, base.PERIOD_END
FOSTER = {"U%d" % i for i in range(1, 7)} | {"F%d" % i for i in range(1, 7)}
RESIDENTIAL = {"K1", "K2", "R1"}
PARTICIPATED = {"PN%d" % i for i in range(1, 7)}
# England and Wales bank holidays 2005-2008 (the working days NI 66 needs in this sample).
HOLIDAYS = {dt.date(*x) for x in [
    (2005, 1, 3), (2005, 3, 25), (2005, 3, 28), (2005, 5, 2), (2005, 5, 30), (2005, 8, 29), (2005, 12, 26), (2005, 12, 27),
    (2006, 1, 2), (2006, 4, 14), (2006, 4, 17), (2006, 5, 1), (2006, 5, 29), (2006, 8, 28), (2006, 12, 25), (2006, 12, 26),
    (2007, 1, 1), (2007, 4, 6), (2007, 4, 9), (2007, 5, 7), (2007, 5, 28), (2007, 8, 27), (2007, 12, 25), (2007, 12, 26),
    (2008, 1, 1), (2008, 3, 21), (2008, 3, 24), (2008, 5, 5), (2008, 5, 26), (2008, 8, 25), (2008, 12, 25), (2008, 12, 26)]}


def plus_months(when, months):
    m = when.month - 1 + months
    y = when.year + m // 12
    m = m % 12 + 1
    for day in (when.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(when)


def working_day(start, n):
    """The n-th working day after start (start is day 0)."""
    assert start.year >= 2005, start
    when = start
    while n > 0:
        when += dt.timedelta(days=1)
        if when.weekday() < 5 and when not in HOLIDAYS:
            n -= 1
    return when


def rows(name):
    with open(os.path.join(FOLDER, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def date(text):
    return base.parse_date(text) if text else None


def load():
    _, merged = base.read_folder(FOLDER)
    dob = {c: base.parse_date(r["DOB"]) for c, r in merged["Header"].items()}
    for c, r in merged["OC3"].items():
        dob.setdefault(c, base.parse_date(r["DOB"]))
    eps = {}
    for (child, _), row in merged["Episodes"].items():
        e = base.Episode(row)
        e.rec = row.get("REC", "")
        eps.setdefault(child, []).append(e)
    periods = {c: base.build_periods(sorted(v, key=lambda e: e.decom)) for c, v in eps.items()}
    oc2 = {r["CHILD"]: r for r in rows("oc2_2006-07.csv")}
    for c, r in oc2.items():
        dob.setdefault(c, base.parse_date(r["DOB"]))
    reviews = {}
    for name in ("reviews_2005-06.csv", "reviews_2006-07.csv"):
        for r in rows(name):
            reviews.setdefault(r["CHILD"], []).append((date(r["REVIEW"]), r["REVIEW_CODE"].upper()))
    for v in reviews.values():
        v.sort()
    ad1 = {r["CHILD"]: r for r in rows("ad1_2006-07.csv")}
    placed = {}
    for r in rows("placed_adoption_2006-07.csv"):
        placed.setdefault(r["CHILD"], []).append(date(r["DATE_PLACED"]))
    missing = {}
    for r in rows("missing_2006-07.csv"):
        missing.setdefault(r["CHILD"], []).append((r["MISSING"].upper(), date(r["MIS_START"])))
    children = sorted(set(periods) | set(dob) | set(oc2) | set(reviews) | set(ad1) | set(placed) | set(missing))
    return children, dob, periods, oc2, reviews, ad1, placed, missing


def current_period(ps, when):
    for p in ps:
        if p.start <= when and (p.eps[-1].dec is None or p.eps[-1].dec > when):
            return p
    return None


def adopted(ps):
    for p in reversed(ps):
        end = p.eps[-1].dec
        if end is not None and START <= end <= END and p.eps[-1].rec in ("E11", "E12"):
            return p
    return None


def main():
    show = "--children" in sys.argv
    children, dob, periods, oc2, reviews, ad1, placed, missing = load()
    results, decisions = {}, {}

    def decide(ind, child, den, num, why, amount=1):
        n, d = results.setdefault(ind, [0, 0])
        results[ind] = [n + (amount if num else 0), d + (1 if den else 0)]
        decisions.setdefault(ind, []).append((child, den, num, why))

    reviews_begin = min(r[0] for v in reviews.values() for r in v)
    for c in children:
        ps = periods.get(c, [])
        cur = current_period(ps, END)
        born = dob.get(c)
        age = base.age_at(born, END) if born and born <= END else None
        # PAFB7
        if cur and age is not None and age < 16:
            place = [e for e in cur.eps if e.decom <= END and (e.dec is None or e.dec > END)][-1].place
            if place.startswith("T"):
                # In a temporary placement: classified by the placement it is a break from (the one before it).
                earlier = [e.place for e in cur.eps if e.decom <= END and not e.place.startswith("T")]
                place = earlier[-1] if earlier else place
            if place != "P1":
                decide("PAFB7", c, True, place in FOSTER or place in base.ADOPTION, place)
        # PAFC23
        a = adopted(ps)
        six = cur is not None and cur.start <= base.minus_months(END, 6)
        if six or a:
            decide("PAFC23", c, six, a is not None, "adopted" if a else "6 months")
        # NI61, ADOPTA1, ADOPTA2
        if a:
            # The decision: AD1 DATE_INT, else PlacedAdoption DATE_PLACED (the decision's date, DfE rules 115, 552).
            decision = date(ad1.get(c, {}).get("DATE_INT", "")) or max((x for x in placed.get(c, []) if a.start <= x <= a.eps[-1].dec), default=None)
            # Placed: the start of the last run of A episodes before the adoption (T0-T4 inside it skipped).
            when = None
            for e in reversed(a.eps):
                if e.place in base.ADOPTION:
                    when = e.decom
                elif not e.place.startswith("T"):
                    break
            ok = decision is not None and when is not None and when <= plus_months(decision, 12)
            decide("NI61", c, True, ok, "placed %s decision %s" % (when, decision))
            # The adoption scorecard (indicators-current.md, "Adoption"): in the cohort when placed for adoption before the
            # order (a last run of A episodes, `when`) and the period of care's start is in the data (first episode RNE S).
            if when is not None and a.eps[0].rne == "S":
                first = max(i for i, e in enumerate(a.eps) if e.decom == when and e.place in base.ADOPTION)
                days = (when - a.start).days
                decide("ADOPT_A1", c, True, True, "%d days" % days, days)
                # Foster carers who adopt (FOSTER_CARE 1, or the run began with RNE T/U): back over episodes joined by
                # L, T, U (or after a temporary placement) to the one that began the placement with them.
                adjusted = when
                if ad1.get(c, {}).get("FOSTER_CARE") == "1" or a.eps[first].rne in ("T", "U"):
                    i = first
                    while i > 0 and (a.eps[i].rne in ("L", "T", "U") or a.eps[i].place.startswith("T") or a.eps[i - 1].place.startswith("T")):
                        i -= 1
                    adjusted = a.eps[i].decom
                adjusted_days = (adjusted - a.start).days
                decide("ADOPT_A10", c, True, True, "%d days" % adjusted_days, adjusted_days)
                decide("ADOPT_A3", c, True, adjusted < plus_months(a.start, 14), "moved in %s, entered %s" % (adjusted, a.start))
                order = next((e.decom for e in a.eps if e.ls in ("E1", "D1")), None)
                match = date(ad1.get(c, {}).get("DATE_MATCH", ""))
                if order and match:
                    gap = max(0, (match - order).days)
                    decide("ADOPT_A2", c, True, True, "%d days" % gap, gap)
        # NI66
        if cur and cur.start <= END - dt.timedelta(days=28):
            held_dates = [r[0] for r in reviews.get(c, []) if cur.start <= r[0] <= END]
            # First review: 28 days before 1 April 2011, 20 working days from then.
            first_due = cur.start + dt.timedelta(days=28) if cur.start < dt.date(2011, 4, 1) else working_day(cur.start, 20)
            i = 0
            if cur.start < reviews_begin:
                # Began before the Reviews data: the review before the first in them is unknown, never assumed.
                if held_dates:
                    held = 1 if held_dates[0] <= first_due else 2
                    due = plus_months(held_dates[0], 3 if held == 1 else 6)
                    i = 1
                else:
                    held, due = 2, plus_months(reviews_begin - dt.timedelta(days=1), 6)
            else:
                held, due = 0, first_due
            ok, why = True, "all on time"
            while due <= END:
                nxt = held_dates[i] if i < len(held_dates) else None
                if (START <= due and (nxt is None or nxt > due)) or nxt is None:
                    ok, why = False, "due %s, held %s" % (due, nxt)
                    break
                held += 1
                i += 1
                due = plus_months(nxt, 3 if held == 1 else 6)
            decide("NI66", c, True, ok, why)
        # PAFC63
        if cur and cur.start < END - dt.timedelta(days=28) and age is not None and age >= 4:
            # PN0 (under 4 at the review) is disregarded.
            year = [code for when, code in reviews.get(c, []) if START <= when <= END and code != "PN0"]
            if year:
                decide("PAFC63", c, True, all(code in PARTICIPATED for code in year), " ".join(year))
        # PAFC18 (without the area's percentage: the looked-after percentage)
        if cur and cur.start <= dt.date(2006, 3, 31) and age is not None and age >= 10:
            decide("PAFC18", c, True, oc2.get(c, {}).get("CONVICTED", "").upper() in ("1", "Y", "TRUE"), "OC2 %s" % oc2.get(c, {}).get("CONVICTED"))
        # MISSING
        if any(p.start <= END and (p.eps[-1].dec is None or p.eps[-1].dec > START) for p in ps):
            decide("MISSING", c, True, any(k == "M" and START <= s <= END for k, s in missing.get(c, [])), "missing")

    # BVPI51: child-days DECOM <= D < DEC within the year, in foster and residential episodes.
    days = {"Foster": 0, "Residential": 0}
    for c in children:
        for p in periods.get(c, []):
            for e in p.eps:
                service = "Foster" if e.place in FOSTER else "Residential" if e.place in RESIDENTIAL else None
                if service:
                    first = max(e.decom, START)
                    after = e.dec if e.dec is not None and e.dec <= END else END + dt.timedelta(days=1)
                    days[service] += max(0, (after - first).days)
    spend = {"Foster": 0.0, "Residential": 0.0}
    for r in csv.DictReader(open(os.path.join(HERE, "..", "finance.csv"), encoding="utf-8")):
        if date(r["PeriodStart"]) >= START and date(r["PeriodEnd"]) <= END:
            spend[r["Service"]] += float(r["GrossExpenditure"])
    total_days = days["Foster"] + days["Residential"]

    print("indicator  numerator  denominator  value")
    for ind in ["PAFB7", "PAFC23", "NI61", "NI66", "PAFC63", "PAFC18", "MISSING", "ADOPT_A1", "ADOPT_A10", "ADOPT_A2", "ADOPT_A3"]:
        n, d = results.get(ind, [0, 0])
        days_unit = ind.startswith("ADOPT_") and ind != "ADOPT_A3"
        value = "no value" if d == 0 else ("%.2f days" % (n / d) if days_unit else "%.2f%%" % (100.0 * n / d))
        print("%-10s %9s %12s  %s" % (ind, n, d, value))
    print("BVPI51     %9.2f %12s  £%.2f per child per week  (foster %d days, residential %d days; %.4f child-weeks)"
          % (spend["Foster"] + spend["Residential"], "%d/7" % total_days, (spend["Foster"] + spend["Residential"]) * 7 / total_days,
             days["Foster"], days["Residential"], total_days / 7))
    for s in ("Foster", "Residential"):
        print("  %s: £%.2f over %d days = £%.2f per week" % (s, spend[s], days[s], spend[s] * 7 / days[s]))

    # Workforce: the latest AsAt within the year; totals from the team figures.
    teams = [r for r in csv.DictReader(open(os.path.join(HERE, "..", "workforce.csv"), encoding="utf-8"))]
    latest = max(date(r["AsAt"]) for r in teams if START <= date(r["AsAt"]) <= END)
    snap = [r for r in teams if date(r["AsAt"]) == latest]
    num = lambda k: sum(float(r[k] or 0) for r in snap)
    perm, agency, vacant = num("PermanentFte"), num("AgencyFte"), num("VacantFte")
    est = sum(float(r["Establishment"]) if r["Establishment"] else float(r["PermanentFte"]) + float(r["AgencyFte"]) + float(r["VacantFte"]) for r in snap)
    cases = [r for r in snap if r["Caseloads"]]
    sup = [r for r in snap if r["SupervisionsHeld"]]
    print("workforce as at %s: permanent %.1f, agency %.1f, vacant %.1f" % (latest, perm, agency, vacant))
    print("SWVACANCY   %.1f / %.1f = %.2f%%" % (vacant, perm + agency + vacant, 100 * vacant / (perm + agency + vacant)))
    print("SWAGENCY    %.1f / %.1f = %.2f%%" % (agency, perm + agency, 100 * agency / (perm + agency)))
    print("SWTARGET    %.1f / %.1f = %.2f%%" % (perm + agency, est, 100 * (perm + agency) / est))
    cn = sum(int(r["Caseloads"]) for r in cases)
    cd = sum(float(r["PermanentFte"]) + float(r["AgencyFte"]) for r in cases)
    print("CASELOAD    %d / %.1f = %.2f" % (cn, cd, cn / cd))
    sn, sd = sum(int(r["SupervisionsHeld"]) for r in sup), sum(int(r["SupervisionsDue"]) for r in sup)
    print("SUPERVISION %d / %d = %.2f%%" % (sn, sd, 100.0 * sn / sd))
    # Turnover and sickness (indicators-current.md, "Workforce"): LeaversFte and SickDaysLost summed over every row with
    # AsAt in the year, over PermanentFte at the latest snapshot (sickness × 253 working days for a twelve-month year).
    year_rows = [r for r in teams if START <= date(r["AsAt"]) <= END]
    leavers = sum(float(r["LeaversFte"]) for r in year_rows)
    sick = sum(float(r["SickDaysLost"]) for r in year_rows)
    print("SW_TURNOVER %.1f / %.1f = %.2f%%" % (leavers, perm, 100 * leavers / perm))
    print("SW_SICKNESS %.1f / (%.1f x 253 = %.1f) = %.2f%%" % (sick, perm, perm * 253, 100 * sick / (perm * 253)))
    print("SW_SICKDAYS %.1f / %.1f = %.2f days per FTE" % (sick, perm, sick / perm))
    if show:
        for ind, ds in decisions.items():
            for c, den, n, why in ds:
                print("%s %s den=%s num=%s %s" % (ind, c, den, n, why))


if __name__ == "__main__":
    main()
