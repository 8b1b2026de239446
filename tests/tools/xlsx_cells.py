#!/usr/bin/python3
"""Reads a workbook with openpyxl (an independent reader) and prints what the tests check, as JSON:
every sheet's name, frozen cell, auto-filter range, column widths and cell values. Dates become
{"date": "YYYY-MM-DD"}, so a test can tell a real date from text that looks like one. A .csv file
is read with Python's csv module."""
import csv
import datetime
import json
import sys

import openpyxl


def value_of(cell):
    value = cell.value
    if isinstance(value, datetime.datetime):
        return {"date": value.date().isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    return value


if sys.argv[1].endswith(".csv"):
    # A CSV file with Python's csv module instead: whether it starts with a BOM, and its rows.
    with open(sys.argv[1], "rb") as raw:
        bom = raw.read(3) == b"\xef\xbb\xbf"
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as text:
        json.dump({"bom": bom, "rows": list(csv.reader(text))}, sys.stdout, ensure_ascii=False)
    sys.exit(0)

workbook = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in workbook.worksheets:
    sheets.append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "widths": {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()},
        "rows": [[value_of(cell) for cell in row] for row in sheet.iter_rows()],
    })
json.dump({"title": workbook.properties.title, "sheets": sheets}, sys.stdout, ensure_ascii=False)
