#!/usr/bin/env python3
"""An independent reading of the current looked-after measures of issue 15 (CLA_STARTS ... CLA_UASC, OC2_*), written from
shared/spec/indicators-current.md, not from the library, over the SSDA903 sample. Period 01/04/2006-31/03/2007.

    python3 oracle_current.py              # the figures
    python3 oracle_current.py --children   # and every child's decisions

Episodes are read with oracle_ssda903.py's reader (validation, merging, V3/V4 left out, periods of care); the
Missing, UASC and OC2 tables are read here.
"""
import csv
import os
import sys

import oracle_ssda903 as base

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "..", "ssda903")
START, END = base.PERIOD_START, base.PERIOD_END

CEASED = {
    "CLA_CEASED_ADOPTED": {"E11", "E12"},
    "CLA_CEASED_SGO": {"E45", "E46", "E47", "E48", "E43", "E44"},
    "CLA_CEASED_HOME": {"E4A", "E4B"},
    "CLA_CEASED_CAO": {"E41"},
    "CLA_CEASED_INDEP": {"E5", "E6"},
    "CLA_CEASED_OTHER": {"E13", "E14", "E15", "E16", "E17", "E2", "E3", "E7", "E8", "E9"},
}


def group(place):
    """indicators-current.md, placement at 31 March."""
    if place[0] in "UF":
        return "CLA_FOSTER"
    if place[0] == "A":
        return "CLA_PLACED_ADOPT"
    if place == "P1":
        return "CLA_WITH_PARENTS"
    if place in ("P2", "H5", "K3"):
        return "CLA_INDEP"
    if place in ("K1", "K2", "R1", "R2", "R3", "R5", "S1"):
        return "CLA_RESIDENTIAL"
    return "CLA_PLACE_OTHER"


def main():
    per_child = "--children" in sys.argv
    _, merged = base.read_folder(FOLDER)
    by_child = {}
    for row in merged["Episodes"].values():
        e = base.Episode(row)
        e.rec = row.get("REC", "")
        by_child.setdefault(e.child, []).append(e)
    periods = {c: base.build_periods(sorted(eps, key=lambda e: e.decom)) for c, eps in by_child.items()}
    missing = {}
    with open(os.path.join(FOLDER, "missing_2006-07.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            missing.setdefault(r["CHILD"], set()).add((r["MISSING"].upper(), base.parse_date(r["MIS_START"])))

    # UASC: a row per child; DUC, the day the status ceased, empty while it holds.
    uasc = {}
    with open(os.path.join(FOLDER, "uasc_2006-07.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            uasc[r["CHILD"]] = base.parse_date(r["DUC"]) if r["DUC"].strip() else None

    counts = {k: 0 for k in ["CLA_STARTS", "CLA_CEASED", "LA31", "LA_YEAR", "CLA_MISSING", "INCIDENTS", "CLA_AWAY", "CLA_UASC"]}
    counts.update({k: 0 for k in CEASED})
    counts.update({k: 0 for k in ["CLA_FOSTER", "CLA_PLACED_ADOPT", "CLA_WITH_PARENTS", "CLA_INDEP", "CLA_RESIDENTIAL", "CLA_PLACE_OTHER"]})
    for c in sorted(periods):
        notes = []
        ps = periods[c]
        # Start: a period of care beginning in the year whose first episode is RNE S; each child once.
        if any(START <= p.start <= END and p.eps[0].rne == "S" for p in ps):
            counts["CLA_STARTS"] += 1
            notes.append("start")
        # Cease: a period ending in the year with a REC other than X1; the child's last one gives the reason.
        ceases = [p.eps[-1] for p in ps if p.eps[-1].dec and START <= p.eps[-1].dec <= END and p.eps[-1].rec not in ("", "X1")]
        if ceases:
            counts["CLA_CEASED"] += 1
            rec = ceases[-1].rec
            for k, codes in CEASED.items():
                counts[k] += rec in codes
            notes.append("ceased " + rec)
        # At 31 March: the episode open then; a temporary one reads as the latest earlier non-temporary one of the period.
        for p in ps:
            open_now = [i for i, e in enumerate(p.eps) if e.decom <= END and (e.dec is None or e.dec > END)]
            if open_now:
                counts["LA31"] += 1
                kept = [e for e in p.eps[:open_now[-1] + 1] if e.place not in base.TEMPORARY]
                g = group(kept[-1].place) if kept else "CLA_PLACE_OTHER"
                counts[g] += 1
                notes.append(g)
                # UASC at 31 March: a UASC row whose DUC is empty or after the year's end.
                if c in uasc and (uasc[c] is None or uasc[c] > END):
                    counts["CLA_UASC"] += 1
                    notes.append("UASC")
        # Looked after during the year: a period starting on or before its end and not ending before its start.
        if any(p.start <= END and (p.eps[-1].dec is None or p.eps[-1].dec >= START) for p in ps):
            counts["LA_YEAR"] += 1
            m = [s for k, s in missing.get(c, ()) if k == "M" and START <= s <= END]
            a = [s for k, s in missing.get(c, ()) if k == "A" and START <= s <= END]
            if m:
                counts["CLA_MISSING"] += 1
                counts["INCIDENTS"] += len(m)
                notes.append("missing %d" % len(m))
            if a:
                counts["CLA_AWAY"] += 1
                notes.append("away")
        if per_child and notes:
            print(c, ", ".join(notes))
    # OC2: looked after at 31 March in a period of care begun on or before 1 April; age at 31 March (Header DOB, else
    # OC3's, else OC2's); the item 1 counts, 0 or blank does not; an OC2 row of a child outside the cohort is not counted.
    oc2 = {}
    with open(os.path.join(FOLDER, "oc2_2006-07.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            oc2[r["CHILD"]] = r
    dob = {c: base.parse_date(r["DOB"]) for c, r in merged["OC3"].items()}
    dob.update({c: base.parse_date(r["DOB"]) for c, r in oc2.items() if c not in dob})
    dob.update({c: base.parse_date(r["DOB"]) for c, r in merged["Header"].items()})
    items = {"OC2_DENTAL": ("TEETH_CHECK", 0, 99), "OC2_IMMUNISATIONS": ("IMMUNISATIONS", 0, 99),
             "OC2_DEVELOPMENT": ("HEALTH_CHECK", 0, 4), "OC2_CONVICTED": ("CONVICTED", 10, 99)}
    oc2_counts = {k: [0, 0] for k in items}
    for c, ps in sorted(periods.items()):
        if not any(p.start <= START and (p.eps[-1].dec is None or p.eps[-1].dec > END) for p in ps) or c not in dob:
            continue
        age = base.age_at(dob[c], END)
        for k, (col, lo, hi) in items.items():
            if lo <= age <= hi:
                oc2_counts[k][1] += 1
                oc2_counts[k][0] += oc2.get(c, {}).get(col, "").strip() == "1"
    pop = base.population_0_17(os.path.join(HERE, "..", "population.csv"))
    print("population 0-17 %s: %d" % (base.POP_YEAR, pop))
    print("CLA_STARTS %d (%.4f per 10,000)" % (counts["CLA_STARTS"], counts["CLA_STARTS"] * 10000 / pop))
    print("CLA_CEASED %d (%.4f per 10,000)" % (counts["CLA_CEASED"], counts["CLA_CEASED"] * 10000 / pop))
    for k in CEASED:
        print("%s %d / %d" % (k, counts[k], counts["CLA_CEASED"]))
    for k in ["CLA_FOSTER", "CLA_PLACED_ADOPT", "CLA_WITH_PARENTS", "CLA_INDEP", "CLA_RESIDENTIAL", "CLA_PLACE_OTHER"]:
        print("%s %d / %d" % (k, counts[k], counts["LA31"]))
    print("CLA_MISSING %d / %d" % (counts["CLA_MISSING"], counts["LA_YEAR"]))
    print("CLA_MISSING_INCIDENTS %d / %d" % (counts["INCIDENTS"], counts["CLA_MISSING"]))
    print("CLA_AWAY %d / %d" % (counts["CLA_AWAY"], counts["LA_YEAR"]))
    print("CLA_UASC %d / %d" % (counts["CLA_UASC"], counts["LA31"]))
    for k, (n, d) in oc2_counts.items():
        print("%s %d / %d" % (k, n, d))


if __name__ == "__main__":
    main()
