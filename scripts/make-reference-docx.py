#!/usr/bin/env python3
"""Makes templates/reference.docx, the styles `plancheck render -o FILE.docx` gives pandoc.

Starts from pandoc's own default reference document and sets the layout of GB/T 9704-2012:
A4; margins 37/35/28/26 mm (top/bottom/left/right); body 仿宋 3号 (16 pt) on a fixed 28.95 pt
line (22 lines a page) with a two-character first-line indent; headings black (黑体, 楷体, 仿宋
bold); Latin text in Times New Roman; the language zh-CN; tables with every border; the page
number as `— 1 —` in the footer. The file is the same, byte for byte, on every run with the
same pandoc (fixed entry order and timestamps).

    python3 scripts/make-reference-docx.py            # writes templates/reference.docx
    python3 scripts/make-reference-docx.py OUT.docx
"""
import io
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
FOOTER_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
FOOTER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"

LATIN = "Times New Roman"
BODY_SIZE = 32            # half-points: 3号, 16 pt
LINE = 579                # twentieths of a point: 28.95 pt, exactly (225 mm / 22 lines)
INDENT = 640              # two characters of 16 pt, in twips
TABLE_SIZE = 24           # 小四, 12 pt: a table of eight columns still fits the width

for prefix, uri in (("w", W), ("r", R)):
    ET.register_namespace(prefix, uri)


def w(name):
    return f"{{{W}}}{name}"


def element(name, children=(), **attributes):
    node = ET.Element(w(name), {w(key): str(value) for key, value in attributes.items()})
    node.extend(children)
    return node


def fonts(east_asia, latin=LATIN):
    return element("rFonts", ascii=latin, hAnsi=latin, cs=latin, eastAsia=east_asia)


def run_properties(east_asia, size=BODY_SIZE, bold=False, latin=LATIN):
    children = [fonts(east_asia, latin)]
    if bold:
        children += [element("b"), element("bCs")]
    children += [element("color", val="000000"), element("sz", val=size), element("szCs", val=size)]
    return element("rPr", children)


def body_paragraph(indent=True, before=0, after=0, justify="both", line=LINE, rule="exact"):
    children = [element("spacing", before=before, after=after, line=line, lineRule=rule)]
    if indent:
        children.append(element("ind", firstLineChars=200, firstLine=INDENT))
    else:
        children.append(element("ind", firstLineChars=0, firstLine=0))
    children.append(element("jc", val=justify))
    return element("pPr", children)


def replace(style, *properties):
    for new in properties:
        old = style.find(new.tag)
        if old is not None:
            style.remove(old)
        style.append(new)


def find_style(styles, style_id):
    for style in styles.findall(w("style")):
        if style.get(w("styleId")) == style_id:
            return style
    return None


def set_styles(styles_xml):
    styles = ET.fromstring(styles_xml)
    defaults = styles.find(w("docDefaults"))
    run_default = defaults.find(w("rPrDefault"))
    run_default.clear()
    run_default.append(element("rPr", [fonts("仿宋"), element("sz", val=BODY_SIZE), element("szCs", val=BODY_SIZE),
                                       element("lang", val="zh-CN", eastAsia="zh-CN", bidi="ar-SA")]))
    paragraph_default = defaults.find(w("pPrDefault"))
    paragraph_default.clear()
    paragraph_default.append(element("pPr", [element("spacing", before=0, after=0, line=LINE, lineRule="exact")]))

    layout = {
        "Normal": (body_paragraph(indent=False), run_properties("仿宋")),
        "BodyText": (body_paragraph(), run_properties("仿宋")),
        "Compact": (body_paragraph(indent=False, justify="left", line=300, rule="auto"),
                    run_properties("仿宋", TABLE_SIZE)),
        # The document's title: 2号 (22 pt) 宋体 bold, centred, with a blank line under it.
        "Title": (body_paragraph(indent=False, after=LINE, justify="center", line=700),
                  run_properties("宋体", 44, bold=True)),
        "Heading1": (body_paragraph(indent=False, after=LINE, justify="center", line=700),
                     run_properties("宋体", 44, bold=True)),
        "Heading2": (body_paragraph(), run_properties("黑体")),
        "Heading3": (body_paragraph(), run_properties("楷体")),
        "Heading4": (body_paragraph(), run_properties("仿宋", bold=True)),
    }
    for level in range(5, 10):
        layout[f"Heading{level}"] = (body_paragraph(), run_properties("仿宋"))
    for style_id, (paragraph, run) in layout.items():
        style = find_style(styles, style_id)
        if style is None:
            sys.exit(f"make-reference-docx: pandoc's styles.xml has no style {style_id}")
        replace(style, paragraph, run)

    # Every other style that names a font or a colour of its own (captions, block quotes,
    # hyperlinks, …) keeps its size but is set in black 仿宋 and Times New Roman.
    for style in styles.findall(w("style")):
        properties = style.find(w("rPr"))
        if properties is None or style.get(w("styleId")) in layout:
            continue
        for old in properties.findall(w("rFonts")) + properties.findall(w("color")):
            properties.remove(old)
        if style.get(w("styleId")) not in ("VerbatimChar", "SourceCode"):
            properties.insert(0, fonts("仿宋"))
        properties.insert(1, element("color", val="000000"))

    table = find_style(styles, "Table")
    if table is None:
        sys.exit("make-reference-docx: pandoc's styles.xml has no table style")
    border = dict(val="single", sz=4, space=0, color="000000")
    replace(table, element("tblPr", [
        element("tblW", type="pct", w=5000),
        element("tblBorders", [element(side, **border)
                               for side in ("top", "left", "bottom", "right", "insideH", "insideV")]),
        element("tblCellMar", [element("left", w=85, type="dxa"), element("right", w=85, type="dxa")]),
    ]))
    for conditional in table.findall(w("tblStylePr")):
        table.remove(conditional)
    table.append(element("tblStylePr", [element("rPr", [element("b"), element("bCs")])], type="firstRow"))
    return ET.tostring(styles, encoding="UTF-8", xml_declaration=True)


FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
""".encode()

FOOTER_ID = "rIdPlancheckFooter"

# A4 (210 × 297 mm) and the margins, in twips (1 mm = 56.7 twips); the footer's baseline about
# 7 mm under the text area.
SECTION = (f'<w:sectPr><w:footerReference w:type="default" r:id="{FOOTER_ID}"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" '
           'w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')


def set_section(document_xml):
    text = document_xml.decode()
    if "<w:sectPr />" not in text:
        sys.exit("make-reference-docx: pandoc's document.xml has changed; the page was not set")
    if f'xmlns:r="{R}"' not in text:
        text = text.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
    return text.replace("<w:sectPr />", SECTION).encode()


def add_footer_relationship(relationships_xml):
    ET.register_namespace("", PACKAGE_RELATIONSHIPS)
    relationships = ET.fromstring(relationships_xml)
    ET.SubElement(relationships, f"{{{PACKAGE_RELATIONSHIPS}}}Relationship",
                  {"Type": FOOTER_TYPE, "Id": FOOTER_ID, "Target": "footer1.xml"})
    return ET.tostring(relationships, encoding="UTF-8", xml_declaration=True)


def add_footer_content_type(types_xml):
    ET.register_namespace("", CONTENT_TYPES)
    types = ET.fromstring(types_xml)
    ET.SubElement(types, f"{{{CONTENT_TYPES}}}Override", {"PartName": "/word/footer1.xml", "ContentType": FOOTER_CONTENT})
    return ET.tostring(types, encoding="UTF-8", xml_declaration=True)


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    target = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "templates" / "reference.docx"
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True,
                             stdout=subprocess.PIPE).stdout
    source = zipfile.ZipFile(io.BytesIO(default))
    parts = {name: source.read(name) for name in source.namelist()}
    parts["word/styles.xml"] = set_styles(parts["word/styles.xml"])
    parts["word/document.xml"] = set_section(parts["word/document.xml"])
    parts["word/_rels/document.xml.rels"] = add_footer_relationship(parts["word/_rels/document.xml.rels"])
    parts["[Content_Types].xml"] = add_footer_content_type(parts["[Content_Types].xml"])
    parts["word/footer1.xml"] = FOOTER
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name in ["[Content_Types].xml"] + sorted(name for name in parts if name != "[Content_Types].xml"):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, parts[name])
    target.write_bytes(output.getvalue())
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
