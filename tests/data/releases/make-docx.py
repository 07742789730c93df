#!/usr/bin/env python3
"""Writes 11-training-docx.docx from 11-training-docx.source.txt: a minimal Word document, one
paragraph a line, split into runs the way Word splits them (so the reader must join runs)."""
import os
import zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "11-training-docx.source.txt"), encoding="utf-8").read().splitlines()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
paragraphs = []
for line in lines:
    words = line.split(" ")
    half = len(words) // 2
    runs = [" ".join(words[:half]) + (" " if half else ""), " ".join(words[half:])]
    xml_runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r>' for r in runs if r)
    paragraphs.append(f"<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>{xml_runs}</w:p>")
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
            + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")
content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile(os.path.join(here, "11-training-docx.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("word/document.xml", document)
