#!/usr/bin/python3
"""Writes fonts/stand-in.ttf: the smallest TrueType font libharu 2.3.0 loads.

libharu cannot load OpenType/CFF fonts and mishandles some TrueType ones
(../shared/docs/libharu-2.3.md), so it never sees a real font: it writes the PDF's
font objects for this stand-in, the text is drawn as glyph codes, and the qpdf pass
(src/pdf/mend_pdf.cpp) puts the real, subset font program, widths and ToUnicode map
in its place. Each embedded font gets a copy renamed in memory
(src/pdf/stand_in_font.cpp), because libharu refuses two fonts of one name.

Run with Debian's python3-fonttools; the output is committed, so building jianli
does not need fontTools.
"""
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

out = sys.argv[1] if len(sys.argv) > 1 else "fonts/stand-in.ttf"
fb = FontBuilder(1000, isTTF=True)
fb.setupGlyphOrder([".notdef", "space"])
fb.setupCharacterMap({0x20: "space"})
empty = TTGlyphPen(None).glyph()
fb.setupGlyf({".notdef": empty, "space": TTGlyphPen(None).glyph()})
fb.setupHorizontalMetrics({".notdef": (1000, 0), "space": (250, 0)})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "Jianli Stand-In", "styleName": "Regular",
                   "psName": "JianliStandIn"})
fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
fb.setupPost()
fb.font["head"].created = fb.font["head"].modified = 0  # the same bytes on every run
fb.save(out)
