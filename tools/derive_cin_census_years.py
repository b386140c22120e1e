#!/usr/bin/env python3
"""Derives src/ChildrensKpi.Readers/ChildrenInNeed/Data/cin-census-years.json from the CIN census XSDs.

Usage: python3 tools/derive_cin_census_years.py ../shared/reference/cin_schema > src/ChildrensKpi.Readers/ChildrenInNeed/Data/cin-census-years.json

Each XSD CIN_schema_YYYY.xsd is the census of the collection year ending 31 March YYYY (CIN_schema_2025.xsd is the
2024-25 census, the first with <Sex>). For every element the reader checks, the script records the years in which the
element is in the schema and, for a coded element, the years in which each code is. Years before the oldest XSD
(2016-17) are not in ../shared/reference: the data file takes the oldest XSD's elements and codes back to 2008-09 and
says so in "assumedBefore", so that the README can state which years rest on the schema and which on that assumption.
The reader loads only the JSON; this script is how it was made, kept to be re-run when a year's XSD is added.
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
FIRST_YEAR = 2009  # the 2008-09 census, the first children in need census
# The elements the reader checks, by the name the census gives them.
CODED = ["GenderCurrent", "Sex", "Ethnicity", "ReferralSource", "PrimaryNeedCode", "ReasonForClosure",
         "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "Disability"]
PLAIN = ["CINPlanDates", "ExpectedPersonBirthDate", "PersonDeathDate", "AssessmentInternalReviewDate", "InitialCPCtarget"]


def label(year):
    return f"{year - 1}-{year % 100:02d}"


def read(path):
    root = ET.parse(path).getroot()
    types = {}
    for simple in root.iter(XS + "simpleType"):
        name = simple.get("name")
        if name:
            types[name] = [e.get("value") for e in simple.iter(XS + "enumeration")]
    elements = {}
    for element in root.iter(XS + "element"):
        elements.setdefault(element.get("name"), element.get("type"))
    coded = {n: types.get(elements[n], []) for n in CODED if n in elements}
    return set(elements), coded


def ranges(years):
    """Contiguous runs of years, as [from, to] labels."""
    runs, start, last = [], None, None
    for y in sorted(years):
        if start is None:
            start = last = y
        elif y == last + 1:
            last = y
        else:
            runs.append([label(start), label(last)])
            start = last = y
    if start is not None:
        runs.append([label(start), label(last)])
    return runs


def main(folder):
    schemas = {}
    for path in sorted(glob.glob(os.path.join(folder, "CIN_schema_*.xsd"))):
        year = int(re.search(r"(\d{4})\.xsd$", path).group(1))
        schemas[year] = read(path)
    oldest, newest = min(schemas), max(schemas)
    for y in range(FIRST_YEAR, oldest):
        schemas[y] = schemas[oldest]
    items = {}
    for name in CODED + PLAIN:
        present = [y for y in schemas if name in schemas[y][0]]
        item = {"years": ranges(present)}
        if name in CODED:
            codes = {}
            for y in present:
                for code in schemas[y][1].get(name, []):
                    codes.setdefault(code, []).append(y)
            item["codes"] = {code: ranges(ys) for code, ys in codes.items()}
        items[name] = item
    json.dump({
        "source": "CIN census XSDs CIN_schema_%d.xsd to CIN_schema_%d.xsd (liia-tools-pipeline, see ../shared/reference/README.md), derived by tools/derive_cin_census_years.py" % (oldest, newest),
        "firstYear": label(FIRST_YEAR),
        "lastYear": label(newest),
        "assumedBefore": label(oldest),
        "items": items,
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
