#!/usr/bin/python3
"""Writes the generated bad inputs of tests/data/corpus/bad: a corrupt PNG, a decompression bomb
(a PNG whose header claims 60000 × 60000 RGBA pixels, 14.4 GB decoded, in a few hundred bytes),
a 1,000-column table and HTML nested 10,000 deep."""
import os
import struct
import zlib

BAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "corpus", "bad")


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, rows):
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    body = zlib.compress(b"".join(b"\0" + bytes(4 * width) for _ in range(rows)), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def write(name, data):
    with open(os.path.join(BAD, name), "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


# a real PNG up to its image data, then noise: the signature and header are right, the data is not
good = png(16, 16, 16)
write("corrupt.png", good[:41] + bytes((i * 37 + 11) % 256 for i in range(400)))
# only the first row is there: a decoder that trusts the header allocates 14.4 GB first
write("bomb.png", png(60000, 60000, 1)[:33] + png(60000, 1, 1)[33:])

columns = 1000
table = ["| " + " | ".join(f"列{i}" for i in range(1, columns + 1)) + " |",
         "|" + "---|" * columns,
         "| " + " | ".join(str(i) for i in range(1, columns + 1)) + " |"]
write("wide-table.md",
      "# 钱多多\n\n## 技能\n\n" + "\n".join(table) + "\n\n## 教育经历\n\n- 2015–2019　南开大学\n")

depth = 10000
nest = "<div>" * depth + "Nested text" + "</div>" * depth
write("deep-html.md", "# Deep Nesting\n\n## Experience\n\n" + nest + "\n\n- Engineer, 2020–2024\n")
