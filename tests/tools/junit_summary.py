#!/usr/bin/env python3
"""Reads a JUnit XML report with a real XML parser and prints what it holds as JSON, so the
end-to-end tests can compare the counts the report declares with the test cases it has.

Usage: junit_summary.py REPORT.xml   (exits 1 with the parser's message if it is not XML)
"""
import json
import sys
import xml.etree.ElementTree as ElementTree

COUNTS = ("tests", "failures", "errors", "skipped")


def declared(element):
    return {name: int(element.get(name, "-1")) for name in COUNTS}


def outcome(case):
    for kind in ("failure", "error", "skipped"):
        if case.find(kind) is not None:
            return kind
    return "passed"


def counted(cases):
    outcomes = [outcome(case) for case in cases]
    return {"tests": len(cases), "failures": outcomes.count("failure"), "errors": outcomes.count("error"),
            "skipped": outcomes.count("skipped")}


def describe_case(case):
    described = {key: case.get(key) for key in ("name", "classname", "file", "line") if case.get(key) is not None}
    described["outcome"] = outcome(case)
    for kind in ("failure", "skipped"):
        child = case.find(kind)
        if child is not None:
            described["type"] = child.get("type")
            described["message"] = child.get("message")
            described["text"] = child.text or ""
    output = case.find("system-out")
    if output is not None:
        described["output"] = output.text or ""
    return described


def main(path):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        print(f"{path}: not well-formed XML: {error}", file=sys.stderr)
        return 1
    suites = []
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        output = suite.find("system-out")
        suites.append({"name": suite.get("name"), "declared": declared(suite), "counted": counted(cases),
                       "output": output.text if output is not None else None,
                       "cases": [describe_case(case) for case in cases]})
    all_cases = root.findall("testsuite/testcase")
    print(json.dumps({"root": root.tag, "name": root.get("name"), "declared": declared(root),
                      "counted": counted(all_cases), "suites": suites}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
