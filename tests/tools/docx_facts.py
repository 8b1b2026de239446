#!/usr/bin/env python3
"""Reads a .docx as Word would and prints, as JSON, the facts the Word tests check: the page,
the default and heading fonts, the language, the tables' widths and borders, the footer, and the
paragraphs in order with their colours. Independent of plancheck: it parses the XML itself.

    python3 tests/tools/docx_facts.py FILE.docx
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def attributes(node):
    return {key.replace(W, ""): value for key, value in node.attrib.items()} if node is not None else {}


def run_facts(properties):
    if properties is None:
        return {}
    return {"fonts": attributes(properties.find(W + "rFonts")), "size": attributes(properties.find(W + "sz")).get("val"),
            "color": attributes(properties.find(W + "color")).get("val"), "bold": properties.find(W + "b") is not None,
            "lang": attributes(properties.find(W + "lang"))}


def main(path):
    package = zipfile.ZipFile(path)
    document = ET.fromstring(package.read("word/document.xml"))
    styles = ET.fromstring(package.read("word/styles.xml"))
    body = document.find(W + "body")
    section = body.find(W + "sectPr")
    facts = {"page": attributes(section.find(W + "pgSz")), "margins": attributes(section.find(W + "pgMar"))}
    facts["default_run"] = run_facts(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
    facts["styles"] = {}
    for style in styles.findall(W + "style"):
        paragraph = style.find(W + "pPr")
        facts["styles"][style.get(W + "styleId")] = {
            "run": run_facts(style.find(W + "rPr")),
            "spacing": attributes(paragraph.find(W + "spacing")) if paragraph is not None else {},
            "indent": attributes(paragraph.find(W + "ind")) if paragraph is not None else {},
            "table_borders": {side.tag.replace(W, ""): attributes(side) for side in
                              style.findall(f"{W}tblPr/{W}tblBorders/*")},
        }
    facts["tables"] = []
    for table in body.iter(W + "tbl"):
        rows = table.findall(W + "tr")
        facts["tables"].append({
            "style": attributes(table.find(f"{W}tblPr/{W}tblStyle")).get("val"),
            "width": attributes(table.find(f"{W}tblPr/{W}tblW")),
            "columns": [int(attributes(column).get("w", 0)) for column in table.findall(f"{W}tblGrid/{W}gridCol")],
            "header_repeated": rows and rows[0].find(f"{W}trPr/{W}tblHeader") is not None,
            "rows": len(rows)})
    facts["paragraphs"] = []
    for paragraph in body.iter(W + "p"):
        text = "".join(node.text or "" for node in paragraph.iter(W + "t"))
        colors = sorted({attributes(color).get("val") for color in paragraph.iter(W + "color")})
        style = attributes(paragraph.find(f"{W}pPr/{W}pStyle")).get("val")
        borders = [side.tag.replace(W, "") + ":" + attributes(side).get("color", "")
                   for side in paragraph.findall(f"{W}pPr/{W}pBdr/*")]
        facts["paragraphs"].append({"text": text, "style": style, "colors": colors, "borders": borders})
    footer_id = attributes(section.find(W + "footerReference")).get("id") or section.find(W + "footerReference").get(R + "id")
    relationships = ET.fromstring(package.read("word/_rels/document.xml.rels"))
    target = next(rel.get("Target") for rel in relationships if rel.get("Id") == footer_id)
    footer = ET.fromstring(package.read("word/" + target))
    facts["footer"] = {"text": "".join(node.text or "" for node in footer.iter(W + "t")),
                       "fields": [node.text.strip() for node in footer.iter(W + "instrText")]}
    facts["numbering_used"] = any(True for _ in body.iter(W + "numPr"))
    json.dump(facts, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
