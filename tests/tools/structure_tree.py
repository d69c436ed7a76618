#!/usr/bin/python3
"""Prints a tagged PDF's structure tree, one element a line, indented by depth, with the text
its marked content holds: "  H2 教育背景", "    Figure alt=照片". Reads the tree the way an
assistive technology does (/StructTreeRoot, /K, MCIDs on /Pg), not the page's geometry.

usage: structure_tree.py FILE.pdf
Exits 2 when the PDF has no structure tree."""
import re
import sys

import pypdf
from pypdf.generic import ContentStream


def to_unicode(font):
    """A CID font's code -> text map from its ToUnicode CMap (bfchar and bfrange entries)."""
    cmap = {}
    stream = font.get_object().get("/ToUnicode")
    if stream is None:
        return cmap
    data = stream.get_object().get_data().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, dest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            cmap[int(code, 16)] = bytes.fromhex(dest).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dest in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            first = bytes.fromhex(dest).decode("utf-16-be")
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                cmap[code] = first[:-1] + chr(ord(first[-1]) + i)
    return cmap


def marked_text(reader):
    """(page object id, MCID) -> the text drawn inside that marked-content sequence, the
    glyph codes of its TJ operators read through the fonts' ToUnicode maps."""
    texts = {}
    for page in reader.pages:
        page_id = page.indirect_reference.idnum
        fonts = page["/Resources"].get_object().get("/Font", {})
        maps = {name: to_unicode(font) for name, font in fonts.items()}
        open_ids = []  # the MCID of each open BDC/BMC, None for one without
        cmap = {}
        content = ContentStream(page.get_contents(), reader)
        for operands, op in content.operations:
            if op == b"BDC":
                props = operands[1].get_object() if len(operands) > 1 else {}
                open_ids.append(props.get("/MCID") if isinstance(props, dict) else None)
            elif op == b"BMC":
                open_ids.append(None)
            elif op == b"EMC" and open_ids:
                open_ids.pop()
            elif op == b"Tf":
                cmap = maps.get(operands[0], {})
            elif op in (b"TJ", b"Tj"):
                mcid = next((m for m in reversed(open_ids) if m is not None), None)
                if mcid is None:
                    continue
                parts = operands[0] if op == b"TJ" else [operands[0]]
                for part in parts:
                    if not isinstance(part, (bytes, str)) or isinstance(part, float):
                        continue
                    raw = part.original_bytes if hasattr(part, "original_bytes") else bytes(part)
                    key = (page_id, int(mcid))
                    for i in range(0, len(raw) - 1, 2):
                        code = raw[i] << 8 | raw[i + 1]
                        texts[key] = texts.get(key, "") + cmap.get(code, "")
    return texts


def walk(reader):
    root = reader.trailer["/Root"].get("/StructTreeRoot")
    if root is None:
        sys.exit(2)
    texts = marked_text(reader)
    out = []
    top = root.get_object()["/K"]
    top = top if isinstance(top, list) else [top]
    stack = [(k.get_object(), 0, None) for k in reversed(top)]
    while stack:  # depth first, an explicit stack: a tree may be deep
        element, depth, page = stack.pop()
        page = element.get("/Pg", page)
        page_id = page.idnum if page is not None else None
        kids = element.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        own = ""
        children = []
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, int):
                own += texts.get((page_id, kid), "")
            elif kid.get("/Type") == "/MCR":
                own += texts.get((kid.get("/Pg").idnum, int(kid["/MCID"])), "")
            elif kid.get("/Type") == "/OBJR":
                continue
            else:
                children.append(kid)
        line = "  " * depth + element["/S"][1:]
        if "/Alt" in element:
            line += " alt=" + str(element["/Alt"])
        if "/Lang" in element:
            line += " lang=" + str(element["/Lang"])
        own = " ".join(own.split())
        if own:
            line += " " + own
        out.append(line)
        for child in reversed(children):
            stack.append((child, depth + 1, element.get("/Pg", page)))
    return out


if __name__ == "__main__":
    print("\n".join(walk(pypdf.PdfReader(sys.argv[1]))))
