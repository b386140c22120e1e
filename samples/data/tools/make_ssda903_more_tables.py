#!/usr/bin/env python3
"""Adds the Reviews, OC2, AD1, PlacedAdoption and Missing tables for 2006-07 to the synthetic SSDA903 sample,
consistent with the children and episodes already there (samples/data/ssda903/*.csv). All of it is made up.

Seeded (random.Random(20070401)): two runs give identical bytes. Run from samples/data/tools/:

    python3 make_ssda903_more_tables.py

It reads the existing Header and Episodes files through oracle_ssda903.py's reader (the same validation and merging),
so the deliberately bad rows of episodes_2006-07.csv are left out here too.
"""
import datetime as dt
import os
import random

import oracle_ssda903 as base

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "..", "ssda903")
START, END = base.PERIOD_START, base.PERIOD_END
rng = random.Random(20070401)
# The 2005-06 Reviews table (issue 15) draws its codes from its own generator, so every 2006-07 table is unchanged.
rng_prev = random.Random(20060401)
PREV_START = dt.date(2005, 4, 1)


def d(x):
    return x.strftime("%d/%m/%Y") if x else ""


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


def load():
    _, merged = base.read_folder(FOLDER)
    dob = {c: base.parse_date(r["DOB"]) for c, r in merged["Header"].items()}
    by_child = {}
    for (child, _), row in merged["Episodes"].items():
        e = base.Episode(row)
        e.rec = row.get("REC", "")
        by_child.setdefault(child, []).append(e)
    periods = {}
    for child, eps in by_child.items():
        eps.sort(key=lambda e: e.decom)
        periods[child] = base.build_periods(eps)
    return dob, periods


def write(name, header, rows):
    with open(os.path.join(FOLDER, name), "w", newline="\n", encoding="utf-8") as fh:
        fh.write(",".join(header) + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")


def main():
    dob, periods = load()
    children = sorted(periods)
    reviews, oc2, ad1, placed, missing = [], [], [], [], []
    reviews_prev = []
    for child in children:
        born = dob.get(child)
        for p in periods[child]:
            end = p.eps[-1].dec
            if p.start > END or (end is not None and end <= START):
                continue  # not looked after in 2006-07
            # Reviews held in 2006-07, following the statutory rhythm from the period's start, some late.
            when = p.start + dt.timedelta(days=rng.randint(10, 30))  # 20 working days is about 28 days
            n = 1
            while when <= END and (end is None or when < end):
                if when >= START:
                    age = base.age_at(born, when) if born else 10
                    code = "PN0" if age < 4 else rng.choice(["PN1"] * 5 + ["PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN7"])
                    reviews.append((child, d(born), d(when), code))
                elif when >= PREV_START:
                    # The same rhythm's reviews held in 2005-06: the earlier return's Reviews table.
                    age = base.age_at(born, when) if born else 10
                    code = "PN0" if age < 4 else rng_prev.choice(["PN1"] * 5 + ["PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN7"])
                    reviews_prev.append((child, d(born), d(when), code))
                gap = rng.randint(75, 100) if n == 1 else rng.randint(160, 190)  # 3 months ~ 90 days, 6 months ~ 182
                when += dt.timedelta(days=gap)
                n += 1
            # Missing from care: about one child in twelve, once or twice.
            if rng.random() < 0.08:
                first = max(p.start, START)
                last = min(end - dt.timedelta(days=1) if end else END, END)
                if first <= last:
                    for _ in range(rng.randint(1, 2)):
                        s = first + dt.timedelta(days=rng.randint(0, (last - first).days))
                        kind = "M" if rng.random() < 0.7 else "A"
                        back = s + dt.timedelta(days=rng.randint(0, 3))
                        missing.append((child, d(born), kind, d(s), d(back)))
            # Adopted in 2006-07: AD1 (decision, match) and PlacedAdoption.
            if end is not None and START <= end <= END and p.eps[-1].rec in ("E11", "E12"):
                first_a = next((e for e in p.eps if e.place in base.ADOPTION), None)
                home = p.placements[-1].start
                anchor = first_a.decom if first_a else home
                decision = max(p.start, anchor - dt.timedelta(days=rng.randint(150, 460)))
                order = next((e.decom for e in p.eps if e.ls in ("E1", "D1")), None)
                match = max(decision, (order or decision), anchor - dt.timedelta(days=rng.randint(10, 60)))
                ad1.append((child, d(born), d(decision), "" if rng.random() < 0.1 else d(match), rng.choice(["0", "1"]), rng.choice(["1", "2"]), rng.choice(["MM", "MF", "FF", "M", "F"]), "L0"))
                if first_a:
                    placed.append((child, d(born), d(first_a.decom), d(end), "E11"))
        # OC2: looked after at 31/03/2007, continuously since 31/03/2006 or before.
        current = next((p for p in periods[child] if p.start <= END and (p.eps[-1].dec is None or p.eps[-1].dec > END)), None)
        if current is not None and current.start <= dt.date(2006, 3, 31) and born and rng.random() >= 0.03:
            age = base.age_at(born, END)
            convicted = ("1" if rng.random() < 0.12 else "0") if age >= 10 else ""
            yn = lambda p=0.85: "1" if rng.random() < p else "0"
            oc2.append((child, d(born), "" if age < 4 or age > 16 else str(rng.randint(4, 30)), "", convicted,
                        yn(), yn(), yn(0.8), yn(0.9), "1" if age >= 10 and rng.random() < 0.05 else "0", "", ""))
    write("reviews_2006-07.csv", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], reviews)
    write("reviews_2005-06.csv", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], reviews_prev)
    write("oc2_2006-07.csv", ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                              "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], oc2)
    write("ad1_2006-07.csv", ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"], ad1)
    write("placed_adoption_2006-07.csv", ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"], placed)
    write("missing_2006-07.csv", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"], missing)
    print("reviews 2005-06 %d, " % len(reviews_prev) + "reviews %d, oc2 %d, ad1 %d, placed_adoption %d, missing %d" % (len(reviews), len(oc2), len(ad1), len(placed), len(missing)))


if __name__ == "__main__":
    main()
