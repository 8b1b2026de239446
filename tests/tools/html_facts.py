#!/usr/bin/env python3
"""Reads a dashboard page (status, check or agenda --format html) with python3's HTML parser and
prints what it holds as JSON, so the end-to-end tests can compare the page with --format json:

  title, h1, lang: the <title> text, the <h1> text and <html lang>
  totals, total_texts: {status: count} and {status: the words shown} from the count boxes (li.total)
  overall: the data-done and data-started of the overall line (absent when nothing has started)
  rows: every table row with a status (tr[data-status]): its class, its data- attributes, the text
        of its cells and whether it is in the "needs attention" table
  section_bars: the data-percent of each bar of the section chart
  links: every src, href and xlink:href value; imports: the number of @import and url( in <style>
  scripts: the text of every <script>; text: all the text outside <style> and <script>

Usage: html_facts.py PAGE.html
"""
import html.parser
import json
import sys


class DashboardReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = {"title": "", "h1": "", "lang": None, "totals": {}, "total_texts": {}, "overall": None,
                      "rows": [], "section_bars": [], "links": [], "imports": 0, "scripts": [], "text": ""}
        self.open = []  # the names of the open elements
        self.in_gaps = False
        self.row = None
        self.cell = None
        self.total = None
        self.style = ""

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        classes = (attributes.get("class") or "").split()
        for name in ("src", "href", "xlink:href"):
            if name in attributes:
                self.facts["links"].append(attributes[name])
        if tag == "html":
            self.facts["lang"] = attributes.get("lang")
        if tag == "section" and "gaps" in classes:
            self.in_gaps = True
        if tag == "li" and "total" in classes:
            self.total = {"status": attributes["data-status"], "count": int(attributes["data-count"]), "text": ""}
        if tag == "p" and "overall" in classes:
            self.facts["overall"] = {"done": int(attributes["data-done"]), "started": int(attributes["data-started"])}
        if "section-bar" in classes:
            self.facts["section_bars"].append(int(attributes["data-percent"]))
        if tag == "tr" and "data-status" in attributes:
            data = {name[5:]: value for name, value in attributes.items() if name.startswith("data-")}
            self.row = {"class": classes, "data": data, "cells": [], "in_gaps": self.in_gaps}
        if tag == "td" and self.row is not None:
            self.cell = ""
        if tag not in ("meta", "link", "br", "img", "input", "rect"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
        if tag == "section":
            self.in_gaps = False
        if tag == "td" and self.row is not None and self.cell is not None:
            self.row["cells"].append(self.cell.strip())
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.facts["rows"].append(self.row)
            self.row = None
        if tag == "li" and self.total is not None:
            self.facts["totals"][self.total["status"]] = self.total["count"]
            self.facts["total_texts"][self.total["status"]] = self.total["text"]
            self.total = None
        if tag == "style":
            self.facts["imports"] += self.style.count("@import") + self.style.count("url(")
            self.style = ""

    def handle_data(self, data):
        inside = self.open[-1] if self.open else None
        if inside == "style":
            self.style += data
            return
        if inside == "script":
            self.facts["scripts"].append(data)
            return
        if "title" in self.open and "svg" not in self.open:
            self.facts["title"] += data
        if "h1" in self.open:
            self.facts["h1"] += data
        if self.cell is not None:
            self.cell += data
        if self.total is not None and inside == "span":
            self.total["text"] += data + " "
        self.facts["text"] += data


def main():
    reader = DashboardReader()
    with open(sys.argv[1], encoding="utf-8") as page:
        reader.feed(page.read())
    reader.close()
    print(json.dumps(reader.facts, ensure_ascii=False))


if __name__ == "__main__":
    main()
