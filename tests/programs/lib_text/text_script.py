# A small report generator using the text modules together: records read from JSON,
# summarised with struct-packed binary rows, pretty-printed and wrapped for display.
import json
import pprint
import string
import struct
import textwrap

CONFIG = """
{
  "title": "Inventory report",
  "width": 48,
  "items": [
    {"sku": "A-100", "name": "Widget", "qty": 12, "price": 2.5,
     "notes": "A small widget used in a great many assemblies; sold by the dozen."},
    {"sku": "B-220", "name": "Gadget", "qty": 3, "price": 19.99,
     "notes": "Gadgets are fragile.  Handle with care!  Back-ordered until spring."},
    {"sku": "C-305", "name": "Doohickey", "qty": 0, "price": 7.0, "notes": ""},
    {"sku": "D-410", "name": "Thingamajig", "qty": 150, "price": 0.35,
     "notes": "Bulk item -- priced per unit; well-known, long-lasting, self-sealing."}
  ]
}
"""

cfg = json.loads(CONFIG)
width = cfg["width"]
print(cfg["title"].center(width, "="))
row = struct.Struct("<6sHf")
blob = bytearray()
for item in cfg["items"]:
    blob += row.pack(item["sku"].encode(), item["qty"], item["price"])
print(len(blob), row.size, blob[:row.size].hex())
line = string.Template("$sku  ${name}: $qty x $$${price}")
total = 0.0
for raw, qty, price in row.iter_unpack(bytes(blob)):
    sku = raw.rstrip(b"\0")
    item = next(i for i in cfg["items"] if i["sku"] == sku.decode())
    total += qty * round(price, 2)
    print(line.substitute(item, sku=sku.decode()))
    if item["notes"]:
        print(textwrap.indent(textwrap.fill(item["notes"], width - 4, fix_sentence_endings=True), "    "))
print(string.Formatter().format("{0:>{1}}", f"total: {total:.2f}", width))
summary = {i["sku"]: {"qty": i["qty"], "value": round(i["qty"] * i["price"], 2)} for i in cfg["items"]}
pprint.pprint(summary, width=width)
print(json.dumps(summary, indent="\t", sort_keys=True))
print(textwrap.shorten(" ".join(i["notes"] for i in cfg["items"]), width))
print(textwrap.dedent("""\
    Done.
      (generated)
    """), end="")
