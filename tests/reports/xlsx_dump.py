#!/usr/bin/env python3
"""Prints an XLSX workbook as text, for golden tests a person can read: each sheet's name, its
frozen panes and autofilter, then every non-empty cell as REF<TAB>TYPE<TAB>VALUE, where TYPE is
s (shared string), n (number), b (boolean), str/inlineStr, or f (a formula, which tenken must
never write). usage: xlsx_dump.py WORKBOOK.xlsx"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def shared_strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in root.findall("m:si", NS)]


def sheet_paths(z):
    book = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    for s in book.find("m:sheets", NS):
        yield s.get("name"), "xl/" + target[s.get(f"{{{NS['r']}}}id")].lstrip("/").removeprefix("xl/")


def show(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def main(path):
    with zipfile.ZipFile(path) as z:
        strings = shared_strings(z)
        for name, sheet in sheet_paths(z):
            root = ET.fromstring(z.read(sheet))
            print(f"== sheet {name}")
            pane = root.find(".//m:pane", NS)
            if pane is not None:
                print(f"frozen at {pane.get('topLeftCell')}")
            auto = root.find("m:autoFilter", NS)
            if auto is not None:
                print(f"autofilter {auto.get('ref')}")
            for c in root.iter(f"{{{NS['m']}}}c"):
                kind = c.get("t", "n")
                if c.find("m:f", NS) is not None:
                    print(f"{c.get('r')}\tf\t{show(c.find('m:f', NS).text or '')}")
                    continue
                v = c.find("m:v", NS)
                if kind == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                elif v is None:
                    continue
                elif kind == "s":
                    value = strings[int(v.text)]
                else:
                    value = v.text or ""
                print(f"{c.get('r')}\t{kind}\t{show(value)}")


if __name__ == "__main__":
    main(sys.argv[1])
