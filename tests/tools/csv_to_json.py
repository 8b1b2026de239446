"""Reads a CSV file as Excel does (utf-8-sig, RFC 4180) and prints its rows as a JSON list of lists."""
import csv
import json
import sys

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
