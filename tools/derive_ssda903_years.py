#!/usr/bin/env python3
"""Derives src/ChildrensKpi.Readers/Ssda903/Schema/ssda903-years.json from the reference SSDA903 schemas.

Usage: python3 tools/derive_ssda903_years.py [REFERENCE_DIR] > src/ChildrensKpi.Readers/Ssda903/Schema/ssda903-years.json
REFERENCE_DIR defaults to ../shared/reference/ssda903_schema. Needs PyYAML (apt-get install -y python3-yaml).

The schema of a liia-tools year label Y is the 2017 base with every diff of a year <= Y applied in ascending order
(../shared/reference/README.md, "Applying the SSDA903 diffs"). Label Y is the return made in Y, that is the collection
year (Y-1)-(Y): the 2024 diff adds the social worker table "for the 2024 return", which councils first sent for 2023-24.
Each label becomes a block that holds from its collection year until the next block. Two blocks are ours, not the
reference's, and are marked so in the output: 2006-07 (before the reference begins) and 2026-27 (the DoLo table).
"""
import copy
import glob
import json
import os
import re
import sys

import yaml

# The reference's file keys and our table names (data-formats.md).
TABLES = {
    "header": "Header", "episodes": "Episodes", "reviews": "Reviews", "uasc": "UASC", "oc2": "OC2", "oc3": "OC3",
    "ad1": "AD1", "placed_adoption": "PlacedAdoption", "prev_perm": "PrevPerm", "missing": "Missing",
    "social_worker": "SWEpisodes", "DoLo": "DoLo",
}

# Which columns a file must have for its rows to be read. The YAML says which columns a table has, not which a reader
# cannot do without; these are the ones the reader needs, so that 2006-era files without UPN, CIN or the postcodes read.
REQUIRED = {
    "Header": ["CHILD", "SEX", "DOB", "ETHNIC"],
    "Episodes": ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"],
    "Reviews": ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    "UASC": ["CHILD", "SEX", "DOB", "DUC"],
    "OC2": ["CHILD", "DOB", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"],
    "OC3": ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
    "AD1": ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
    "PlacedAdoption": ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    "PrevPerm": ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
    "Missing": ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    "SWEpisodes": ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
    "DoLo": ["CHILD", "DOB", "DOLO_START", "DOLO_END"],
}

# The columns whose latest date says which collection year a file's return is, when neither the caller nor the file
# name does: the start dates of the year's events (an end date typed wrong, e.g. 2999, would move a whole file). Dates of
# birth, DUC (a future date) and DATE_PERM (an earlier order) do not date a return.
YEAR_DATES = {
    "Episodes": ["DECOM"], "Reviews": ["REVIEW"], "AD1": ["DATE_INT"],
    "PlacedAdoption": ["DATE_PLACED"], "Missing": ["MIS_START"],
    "SWEpisodes": ["SW_DECOM"], "DoLo": ["DOLO_START"],
}

# 2006-07 to 2015-16: the code lists the reader accepted before collection years were data, kept as they were.
LEGACY_CODES = {
    ("Episodes", "PLACE"): ["A1", "A2", "A3", "A4", "A5", "A6", "F1", "F2", "F3", "F4", "F5", "F6", "H5", "K1", "K2", "K3",
                            "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
                            "U1", "U2", "U3", "U4", "U5", "U6", "Z1"],
    ("Episodes", "REC"): ["E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A", "E4B", "E41",
                          "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "X1"],
    ("OC3", "ACTIV"): ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"],
}
LEGACY_SOURCE = (
    "Ours, not the reference's (which begins with the 2016-17 return): the code lists ChildrensKpi accepted before "
    "collection years were data, kept unchanged for 2006-07 to 2015-16 so that no earlier result moves. They follow the "
    "DfE's 'Children looked after by local authorities in England: guide to the SSDA903 collection' for those years "
    "(gov.uk, one guide per year, 2006-07 to 2015-16), whose PLACE list changed in 2014-15 (F1-F6 foster and A1-A2 "
    "placed for adoption became U1-U6 and A3-A6); both generations are accepted in every one of these years, as before, "
    "and mapped to the same families. The other columns are the 2016-17 base's."
)
DOLO_SOURCE = (
    "Ours, not the reference's (whose last diff is the 2026 label, 2025-26): the 2025-26 schema plus the deprivation "
    "of liberty orders table, collected from 2026-27 (data-formats.md: CHILD, DOB, DOLO_START, DOLO_END; the DfE "
    "validation rules 700-710 of the lac2026_27 ruleset, ../shared/reference/rules/lac2026_27_rules.tsv, check them)."
)


def apply_diff(schema, diff):
    for key, change in diff.items():
        parts = key.split(".")
        kind, value = change["type"], change.get("value")
        if kind in ("add", "modify"):
            node = schema
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = copy.deepcopy(value)
        elif kind == "rename":
            node = schema
            for part in parts[:-1]:
                node = node[part]
            node[value] = node.pop(parts[-1])
        elif kind == "remove":
            if len(parts) == 2:
                for column in value:
                    schema[parts[0]][parts[1]].pop(column, None)
            else:
                for table in value:
                    schema[parts[0]].pop(table, None)
        else:
            raise SystemExit(f"unknown diff type {kind} in {key}")


def tables_of(schema):
    """Our form of a year: table -> column -> list of codes (a code list) or null (any value of its type)."""
    out = {}
    for key, columns in schema["column_map"].items():
        name = TABLES[key]
        out[name] = {column: ([str(c["code"]) for c in spec["category"]] if "category" in spec else None)
                     for column, spec in columns.items()}
    return dict(sorted(out.items()))


def year_name(start):
    return f"{start}-{(start + 1) % 100:02d}"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference", "ssda903_schema")
    with open(os.path.join(folder, "SSDA903_schema_2017.yml"), encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    diffs = sorted((int(re.search(r"_(\d{4})\.diff", p).group(1)), p) for p in glob.glob(os.path.join(folder, "SSDA903_schema_*.diff.yml")))

    base = tables_of(schema)
    legacy = copy.deepcopy(base)
    for (table, column), codes in LEGACY_CODES.items():
        legacy[table][column] = codes
    blocks = [{"from": year_name(2006), "source": LEGACY_SOURCE, "tables": legacy},
              {"from": year_name(2016), "source": "SSDA903_schema_2017.yml (liia-tools label 2017: the 2016-17 return)", "tables": base}]
    for label, path in diffs:
        with open(path, encoding="utf-8") as f:
            apply_diff(schema, yaml.safe_load(f))
        blocks.append({"from": year_name(label - 1),
                       "source": f"SSDA903_schema_2017.yml with the diffs up to {os.path.basename(path)} (label {label}: the {year_name(label - 1)} return)",
                       "tables": tables_of(schema)})
    latest = copy.deepcopy(blocks[-1]["tables"])
    latest["DoLo"] = {"CHILD": None, "DOB": None, "DOLO_START": None, "DOLO_END": None}
    blocks.append({"from": year_name(2026), "source": DOLO_SOURCE, "tables": dict(sorted(latest.items()))})

    document = {
        "comment": [
            "Generated by tools/derive_ssda903_years.py from ../shared/reference/ssda903_schema (liia-tools-pipeline @ 4aff918); do not edit by hand.",
            "Each block holds from its collection year ('from') until the next block's; the last holds to 'last'.",
            "A column's list is its code list in those years (null: no code list); 'required' are the columns a file must have to be read.",
            "Adding a collection year is adding a block here (and naming the meaning of any new code in the reader's code maps).",
        ],
        "last": year_name(2026),
        "required": REQUIRED,
        "yearDates": YEAR_DATES,
        "blocks": blocks,
    }
    text = json.dumps(document, indent=1, ensure_ascii=False)
    # Code lists on one line each, so that a year's change reads as one line of a diff.
    text = re.sub(r"\[\n\s*((?:\"[^\"\n]*\",?\n\s*)+)\]", lambda m: "[" + ", ".join(re.findall(r"\"[^\"\n]*\"", m.group(1))) + "]", text)
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
