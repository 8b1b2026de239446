#!/usr/bin/env python3
"""Fails when a file in tests/golden/ was compared with by no test.

Usage: golden_usage.py RECORD_FOLDER GOLDEN_FOLDER TEST_PROGRAM

ctest runs this after every test case of TEST_PROGRAM has run, each in its own process, each
writing to RECORD_FOLDER the test cases it started and the golden files it asked for
(tests/support/test_record.h). When some test cases did not run (ctest -R, -E), nothing can be
said: exit 77, which ctest shows as skipped.
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

record_folder, golden_folder, program = sys.argv[1:4]

listing = subprocess.run([program, "--list-test-cases", "--reporters=xml", "--no-version"],
                         capture_output=True, text=True, check=True).stdout
all_cases = {case.get("name") for case in ElementTree.fromstring(listing).iter("TestCase")}

ran, used = set(), set()
if os.path.isdir(record_folder):
    for name in os.listdir(record_folder):
        with open(os.path.join(record_folder, name), encoding="utf-8") as record:
            for line in record:
                kind, _, value = line.rstrip("\n").partition("\t")
                (ran if kind == "case" else used).add(value)

not_run = sorted(all_cases - ran)
if not_run:
    print(f"{len(not_run)} of {len(all_cases)} test cases did not run (a partial run?), so the golden files "
          f"are not judged; the first: {not_run[0]}")
    sys.exit(77)

goldens = sorted(os.listdir(golden_folder))
unused = [name for name in goldens if name not in used]
for name in unused:
    print(f"tests/golden/{name} is compared with by no test: remove it, or add the test that uses it")
asked_for_but_missing = sorted(used - set(goldens))
for name in asked_for_but_missing:
    print(f"tests/golden/{name} is asked for by a test but does not exist")
if unused or asked_for_but_missing:
    sys.exit(1)
print(f"all {len(goldens)} golden files are used ({len(all_cases)} test cases ran)")
