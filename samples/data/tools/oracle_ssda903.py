#!/usr/bin/env python3
"""Independent "oracle" for the SSDA903 sample: computes NI62, NI63, NI147, NI148 and CLA10K
for 2006-07 straight from the CSV files, so the C# implementation can be checked against a
second reading of the same rules. It shares no code with the generator and does not know which
child was built for which rule: it only reads the files.

Usage:
  python3 oracle_ssda903.py [FOLDER] [--population FILE] [--children]

FOLDER defaults to ../ssda903 and FILE to ../population.csv (relative to this script).
--children also prints, for every child and indicator, whether the child is in the numerator,
the denominator only, or excluded, and the rule that decided it.

Standard library only (Python 3.11).
"""

import argparse
import csv
import datetime as dt
import os
import re
import sys

PERIOD_START = dt.date(2006, 4, 1)
PERIOD_END = dt.date(2007, 3, 31)
POP_YEAR = "2006-07"

# ----------------------------------------------------------------------------- code lists
RNE = {"S", "L", "P", "B", "T", "U"}
LS = {"C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4"}
SHORT_BREAK_LS = {"V3", "V4"}
PLACE = ({"A%d" % i for i in range(1, 7)} | {"F%d" % i for i in range(1, 7)}
         | {"U%d" % i for i in range(1, 7)} | {"T%d" % i for i in range(0, 5)}
         | {"H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "Z1"})
TEMPORARY = {"T%d" % i for i in range(0, 5)}
ADOPTION = {"A%d" % i for i in range(1, 7)}
REC = {"E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A", "E4B", "E41",
       "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "X1"}
IN_TOUCH = {"YES", "NO", "DIED", "REFU", "NREQ", "RHOM"}
ACTIV = {"F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"}
EET = {"F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"}
IN_TOUCH_OK = {"YES", "NREQ", "RHOM"}

TABLES = {
    "Episodes": ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                 "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
    "Header": ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    "OC3": ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
}


# ----------------------------------------------------------------------------- dates

def parse_date(text):
    """dd/mm/yyyy or yyyy-mm-dd, strictly; None if not a valid date."""
    text = text.strip()
    try:
        if len(text) == 10 and text[2] == "/" and text[5] == "/":
            return dt.date(int(text[6:10]), int(text[3:5]), int(text[0:2]))
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return dt.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None
    return None


def anniversary(dob, years):
    """Birthday number `years`; 29 February counts on 28 February in non-leap years."""
    y = dob.year + years
    if dob.month == 2 and dob.day == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return dt.date(y, 2, 28)
    return dt.date(y, dob.month, dob.day)


def age_at(dob, when):
    years = when.year - dob.year
    if when < anniversary(dob, years):
        years -= 1
    return years


def minus_months(when, months):
    """Same day `months` earlier, clamped to the month's last day (31/03/2007 - 30 months =
    30/09/2004)."""
    m = when.month - 1 - months
    y = when.year + m // 12
    m = m % 12 + 1
    for day in (when.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(when)


def f(x):
    return x.strftime("%d/%m/%Y") if x else "-"


# ----------------------------------------------------------------------------- reading

class FileStats:
    def __init__(self, name, table):
        self.name, self.table = name, table
        self.read = self.used = self.excluded = self.rejected = 0
        self.rejections = []   # (line, column, value, rule)
        self.exclusions = []   # (line, reason)
        self.superseded = []   # (column, value replaced, value used): a later return corrected an earlier one


def recognise(columns):
    cols = {c.strip().upper() for c in columns}
    for table in ("Episodes", "OC3", "Header"):
        if set(TABLES[table]) <= cols:
            return table
    return None


def validate(table, row):
    """Return (column, value, rule) for the first broken rule, or None."""
    def g(k):
        return row.get(k, "").strip()

    if not g("CHILD"):
        return ("CHILD", "", "CHILD is required")
    if table == "Episodes":
        decom = parse_date(g("DECOM"))
        if decom is None:
            return ("DECOM", g("DECOM"), "DECOM is required and must be a valid date")
        if g("DEC"):
            dec = parse_date(g("DEC"))
            if dec is None:
                return ("DEC", g("DEC"), "DEC must be a valid date")
            if dec < decom:
                return ("DEC", g("DEC"), "DEC is before DECOM")
        if g("RNE") not in RNE:
            return ("RNE", g("RNE"), "RNE not in code list")
        if g("LS") not in LS:
            return ("LS", g("LS"), "LS not in code list")
        if g("PLACE") not in PLACE:
            return ("PLACE", g("PLACE"), "PLACE not in code list (required)")
        if g("REC") and g("REC") not in REC:
            return ("REC", g("REC"), "REC not in code list")
    elif table == "Header":
        if parse_date(g("DOB")) is None:
            return ("DOB", g("DOB"), "DOB is required and must be a valid date")
        if g("SEX") not in ("1", "2"):
            return ("SEX", g("SEX"), "SEX must be 1 or 2")
    elif table == "OC3":
        if parse_date(g("DOB")) is None:
            return ("DOB", g("DOB"), "DOB is required and must be a valid date")
        if g("IN_TOUCH") not in IN_TOUCH:
            return ("IN_TOUCH", g("IN_TOUCH"), "IN_TOUCH not in code list")
        if g("ACTIV") not in ACTIV:
            return ("ACTIV", g("ACTIV"), "ACTIV not in code list")
        acc = g("ACCOM")
        if not (acc == "0" or (len(acc) == 2 and acc[0].isalpha() and acc[0].isascii()
                               and acc[1] in "12")):
            return ("ACCOM", acc, "ACCOM must be a letter and 1/2, or 0")
    return None


def field_equal(col, a, b):
    if col in ("DECOM", "DEC", "DOB", "MC_DOB"):
        return parse_date(a) == parse_date(b) if parse_date(a) and parse_date(b) else a == b
    return a == b


def read_folder(folder):
    """Read every *.csv in the folder, in name order. Copies of a record from returns of
    different collection years (the year in the file name) are reconciled: the later return's
    filled value wins (issue 17), whatever the names' order; copies in one return (or undated)
    that disagree are a conflict and the copy read later is rejected. Returns (stats list,
    merged tables)."""
    stats = []
    merged = {"Episodes": {}, "Header": {}, "OC3": {}}
    for name in sorted(os.listdir(folder)):
        if not name.lower().endswith(".csv"):
            continue
        path = os.path.join(folder, name)
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            try:
                head = next(reader)
            except StopIteration:
                continue
            table = recognise(head)
            if table is None:
                print("warning: %s not recognised (columns %s); skipped" % (name, head), file=sys.stderr)
                continue
            st = FileStats(name, table)
            m = re.search(r"((?:19|20)\d\d)[-_](\d\d)", name)
            year = int(m.group(1)) if m else None
            stats.append(st)
            cols = [c.strip().upper() for c in head]
            for line_no, values in enumerate(reader, start=2):
                if not any(v.strip() for v in values):
                    continue  # a blank line is not a row
                st.read += 1
                row = {cols[i]: (values[i].strip() if i < len(values) else "") for i in range(len(cols))}
                bad = validate(table, row)
                if bad:
                    st.rejected += 1
                    st.rejections.append((line_no,) + bad)
                    continue
                if table == "Episodes" and row["LS"] in SHORT_BREAK_LS:
                    st.excluded += 1
                    st.exclusions.append((line_no, "short break (LS %s) is not time looked after" % row["LS"]))
                    continue
                if table == "Episodes":
                    key = (row["CHILD"], parse_date(row["DECOM"]))
                else:
                    key = row["CHILD"]
                store = merged[table]
                if key not in store:
                    store[key] = dict(row, _src="%s:%d" % (name, line_no),
                                      _years={c: year for c in TABLES[table] if row.get(c)})
                    st.used += 1
                    continue
                prior = store[key]
                years = prior["_years"]
                clash = [c for c in TABLES[table] if row.get(c) and prior.get(c)
                         and not field_equal(c, row[c], prior[c])]
                unordered = [c for c in clash if year is None or years.get(c) is None or years[c] == year]
                if unordered:
                    clash = unordered
                    c = clash[0]
                    st.rejected += 1
                    st.rejections.append((line_no, c, row[c],
                                          "conflicts with %s (%s=%s); earlier copy used"
                                          % (prior["_src"], c, prior[c])))
                    continue
                for c in TABLES[table]:
                    if not row.get(c):
                        continue
                    if not prior.get(c) or (c in clash and year > years[c]):
                        if c in clash:
                            st.superseded.append((c, prior[c], row[c]))
                        prior[c] = row[c]
                        years[c] = year
                    elif c in clash:
                        st.superseded.append((c, row[c], prior[c]))
                    elif year is not None and (years.get(c) is None or year > years[c]):
                        years[c] = year
                st.used += 1
    return stats, merged


# ----------------------------------------------------------------------------- model

class Episode:
    def __init__(self, row):
        self.child = row["CHILD"]
        self.decom = parse_date(row["DECOM"])
        self.dec = parse_date(row["DEC"]) if row.get("DEC") else None
        self.rne = row["RNE"]
        self.ls = row["LS"]
        self.place = row["PLACE"]


class Placement:
    def __init__(self, first):
        self.eps = [first]
        self.start = first.decom
        self.place = first.place

    @property
    def end(self):
        return self.eps[-1].dec

    @property
    def temporary(self):
        return self.place in TEMPORARY

    def open_in(self, start, end):
        return self.start <= end and (self.end is None or self.end > start)

    def __str__(self):
        return "%s %s..%s%s" % (self.place, f(self.start), f(self.end),
                                " (temporary, not counted)" if self.temporary else "")


class PeriodOfCare:
    def __init__(self):
        self.eps = []
        self.placements = []

    @property
    def start(self):
        return self.eps[0].decom


def build_periods(eps):
    """eps sorted by DECOM. New period: first episode, RNE S, or DECOM != previous DEC (a gap;
    a previous episode without DEC is continued by the next). New placement within a period:
    first episode, or RNE S/P/B."""
    periods = []
    prev = None
    for e in eps:
        new_period = (prev is None or e.rne == "S"
                      or (prev.dec is not None and e.decom != prev.dec))
        if new_period:
            periods.append(PeriodOfCare())
        p = periods[-1]
        p.eps.append(e)
        if new_period or e.rne in ("S", "P", "B"):
            p.placements.append(Placement(e))
        else:
            p.placements[-1].eps.append(e)
        prev = e
    return periods


def looked_after_at(eps, when):
    return [e for e in eps if e.decom <= when and (e.dec is None or e.dec > when)]


# ----------------------------------------------------------------------------- indicators

def compute(merged, population):
    episodes = {}
    for (child, _), row in merged["Episodes"].items():
        episodes.setdefault(child, []).append(Episode(row))
    for child in episodes:
        episodes[child].sort(key=lambda e: e.decom)
    header_dob = {c: parse_date(r["DOB"]) for c, r in merged["Header"].items()}
    oc3 = merged["OC3"]

    results = {}
    decisions = {k: {} for k in ("NI62", "NI63", "NI147", "NI148", "CLA10K")}
    warnings = []
    cutoff_period = minus_months(PERIOD_END, 30)    # 30/09/2004
    cutoff_placement = minus_months(PERIOD_END, 24)  # 31/03/2005

    ni62 = [0, 0]
    ni63 = [0, 0]
    cla = 0
    all_children = sorted(set(episodes) | set(header_dob) | set(oc3))
    for child in all_children:
        eps = episodes.get(child, [])
        periods = build_periods(eps)
        open_now = looked_after_at(eps, PERIOD_END)
        la = bool(open_now)
        if len(open_now) > 1:
            warnings.append("%s: %d episodes open at %s" % (child, len(open_now), f(PERIOD_END)))

        # CLA10K
        if la:
            cla += 1
            decisions["CLA10K"][child] = ("numerator", "looked after at %s (episode from %s)"
                                          % (f(PERIOD_END), f(open_now[-1].decom)))
        else:
            decisions["CLA10K"][child] = ("excluded", "not looked after at %s" % f(PERIOD_END))

        # NI62
        if not la:
            decisions["NI62"][child] = ("excluded", "not looked after at %s" % f(PERIOD_END))
        else:
            counted = [pl for p in periods for pl in p.placements
                       if not pl.temporary and pl.open_in(PERIOD_START, PERIOD_END)]
            skipped = [pl for p in periods for pl in p.placements
                       if pl.temporary and pl.open_in(PERIOD_START, PERIOD_END)]
            why = "%d placement(s) open in the year: %s" % (
                len(counted), "; ".join(str(pl) for pl in counted) or "none")
            if skipped:
                why += "; not counted: " + "; ".join(str(pl) for pl in skipped)
            ni62[1] += 1
            if len(counted) >= 3:
                ni62[0] += 1
                decisions["NI62"][child] = ("numerator", why)
            else:
                decisions["NI62"][child] = ("denominator", why)

        # NI63
        dob = header_dob.get(child)
        if not la:
            decisions["NI63"][child] = ("excluded", "not looked after at %s" % f(PERIOD_END))
        elif dob is None:
            decisions["NI63"][child] = ("excluded", "no Header DOB")
        elif age_at(dob, PERIOD_END) >= 16:
            decisions["NI63"][child] = ("excluded", "aged %d at %s (DOB %s)"
                                        % (age_at(dob, PERIOD_END), f(PERIOD_END), f(dob)))
        else:
            current_ep = open_now[-1]
            period = next(p for p in periods if current_ep in p.eps)
            if period.start > cutoff_period:
                decisions["NI63"][child] = ("excluded", "current period of care began %s, after %s"
                                            % (f(period.start), f(cutoff_period)))
            else:
                ni63[1] += 1
                idx = next(i for i, pl in enumerate(period.placements) if current_ep in pl.eps)
                cur = period.placements[idx]
                prev = period.placements[idx - 1] if idx > 0 else None
                if cur.temporary:
                    warnings.append("%s: NI63 current placement is temporary (%s)" % (child, cur))
                if cur.place not in ADOPTION and current_ep.place in ADOPTION:
                    warnings.append("%s: NI63 current placement began as %s and is now %s "
                                    "(same-carer move); read as not placed for adoption"
                                    % (child, cur.place, current_ep.place))
                if cur.start <= cutoff_placement:
                    ni63[0] += 1
                    decisions["NI63"][child] = ("numerator", "period began %s; current placement %s began on or before %s"
                                                % (f(period.start), cur, f(cutoff_placement)))
                elif cur.place in ADOPTION and prev is not None and prev.start <= cutoff_placement:
                    if prev.temporary:
                        warnings.append("%s: NI63 placement before adoption is temporary" % child)
                    ni63[0] += 1
                    decisions["NI63"][child] = ("numerator", "period began %s; placed for adoption %s, placement before it %s began on or before %s"
                                                % (f(period.start), cur, prev, f(cutoff_placement)))
                else:
                    extra = ""
                    if cur.place in ADOPTION:
                        extra = "; placed for adoption but placement before it %s" % (
                            prev if prev else "none")
                    decisions["NI63"][child] = ("denominator", "period began %s; current placement %s began after %s%s"
                                                % (f(period.start), cur, f(cutoff_placement), extra))

        # NI147 / NI148 cohort
        dob_cl = header_dob.get(child)
        if dob_cl is None and child in oc3:
            dob_cl = parse_date(oc3[child]["DOB"])
        reason = None
        in_cohort = False
        if dob_cl is None:
            reason = "no DOB"
        else:
            nineteen = anniversary(dob_cl, 19)
            if not (PERIOD_START <= nineteen <= PERIOD_END):
                reason = "19th birthday %s not in the year" % f(nineteen)
            else:
                sixteen = anniversary(dob_cl, 16)
                april = dt.date(sixteen.year, 4, 1)
                if april < sixteen:
                    april = dt.date(sixteen.year + 1, 4, 1)
                la16 = bool(looked_after_at(eps, april))
                has_oc3 = child in oc3
                if not la16 and not has_oc3:
                    reason = "19 on %s but not looked after on %s (the 1 April when 16) and no OC3 row" % (
                        f(nineteen), f(april))
                elif has_oc3 and oc3[child]["IN_TOUCH"] == "DIED":
                    reason = "OC3 IN_TOUCH DIED"
                else:
                    in_cohort = True
                    basis = ("looked after on %s" % f(april)) if la16 else "not looked after on %s" % f(april)
                    basis += "; OC3 row" if has_oc3 else "; no OC3 row"
        for ind in ("NI147", "NI148"):
            if not in_cohort:
                decisions[ind][child] = ("excluded", reason)
                continue
            if child not in oc3:
                decisions[ind][child] = ("denominator", "19 on %s, %s" % (f(nineteen), basis))
                continue
            r = oc3[child]
            touch = r["IN_TOUCH"]
            if ind == "NI148":
                ok = r["ACTIV"] in EET and touch in IN_TOUCH_OK
                detail = "IN_TOUCH %s, ACTIV %s" % (touch, r["ACTIV"])
            else:
                ok = r["ACCOM"].endswith("1") and touch in IN_TOUCH_OK
                detail = "IN_TOUCH %s, ACCOM %s" % (touch, r["ACCOM"])
            decisions[ind][child] = ("numerator" if ok else "denominator",
                                     "19 on %s, %s; %s" % (f(nineteen), basis, detail))

    for ind in ("NI147", "NI148"):
        den = sum(1 for v in decisions[ind].values() if v[0] != "excluded")
        num = sum(1 for v in decisions[ind].values() if v[0] == "numerator")
        results[ind] = (num, den, 100.0 * num / den if den else None)
    results["NI62"] = (ni62[0], ni62[1], 100.0 * ni62[0] / ni62[1] if ni62[1] else None)
    results["NI63"] = (ni63[0], ni63[1], 100.0 * ni63[0] / ni63[1] if ni63[1] else None)
    pop = population_0_17(population)
    results["CLA10K"] = (cla, pop / 10000.0, cla / (pop / 10000.0) if pop else None)
    return results, decisions, warnings


def population_0_17(path):
    ages = [0] * 18
    total = 0
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if row["Year"].strip() != POP_YEAR:
                continue
            lo, hi = int(row["AgeFrom"]), int(row["AgeTo"])
            for a in range(lo, hi + 1):
                if 0 <= a <= 17:
                    ages[a] += 1
            if lo >= 0 and hi <= 17:
                total += int(row["Population"])
    if ages != [1] * 18:
        raise SystemExit("population bands for %s do not cover ages 0-17 exactly once" % POP_YEAR)
    return total


# ----------------------------------------------------------------------------- output

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=os.path.join(here, "..", "ssda903"))
    ap.add_argument("--population", default=os.path.join(here, "..", "population.csv"))
    ap.add_argument("--children", action="store_true")
    args = ap.parse_args()

    stats, merged = read_folder(args.folder)
    results, decisions, warnings = compute(merged, args.population)
    print_report(stats, merged, results, decisions, warnings, args.children)


def print_report(stats, merged, results, decisions, warnings, per_child):

    print("SSDA903 oracle, period %s to %s" % (f(PERIOD_START), f(PERIOD_END)))
    print()
    print("%-8s %10s %12s %10s" % ("id", "numerator", "denominator", "value"))
    for ind in ("NI62", "NI63", "NI147", "NI148", "CLA10K"):
        num, den, val = results[ind]
        den_s = ("%.4f" % den) if isinstance(den, float) else str(den)
        val_s = "no value" if val is None else "%.2f" % val
        print("%-8s %10d %12s %10s" % (ind, num, den_s, val_s))
    print()
    print("Row accounting (read = used + excluded + rejected)")
    print("%-22s %-9s %5s %5s %9s %9s" % ("file", "table", "read", "used", "excluded", "rejected"))
    for st in stats:
        assert st.read == st.used + st.excluded + st.rejected
        print("%-22s %-9s %5d %5d %9d %9d" % (st.name, st.table, st.read, st.used, st.excluded, st.rejected))
    print("distinct after merging: %d episodes (not V3/V4), %d Header children, %d OC3 rows"
          % (len(merged["Episodes"]), len(merged["Header"]), len(merged["OC3"])))
    for st in stats:
        for line_no, col, val, rule in st.rejections:
            print("  rejected %s line %d, %s=%r: %s" % (st.name, line_no, col, val, rule))
        for col, lost, used in st.superseded:
            print("  superseded while reading %s: %s %r replaced by the later return's %r" % (st.name, col, lost, used))
    if warnings:
        print()
        print("Ambiguity warnings (cases where another reading of the rules could differ):")
        for w in warnings:
            print("  " + w)
    if per_child:
        for ind in ("NI62", "NI63", "NI147", "NI148", "CLA10K"):
            print()
            print("== %s per child" % ind)
            for child in sorted(decisions[ind], key=lambda c: (c[0] != "R", c)):
                status, why = decisions[ind][child]
                if ind in ("NI147", "NI148") and status == "excluded" and "not in the year" in (why or ""):
                    continue  # not a care leaver this year: omit to keep the list readable
                print("%-6s %-11s %s" % (child, status, why))


if __name__ == "__main__":
    main()
