# json round trip: dumps (compact, indented, sorted) and loads of nested records of dicts,
# lists, str, float, int, bool and None
# smoke size: 2 (bench/interp/run --smoke)
import json
import sys


def make_records(count, seed):
    records = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        records.append({
            "id": i,
            "name": f"user{seed % 10007}",
            "score": (seed % 100000) / 7.0,
            "active": seed % 3 == 0,
            "tags": ["t%d" % (seed % (k + 5)) for k in range(seed % 6)],
            "address": {"street": "%d Main St" % (seed % 999), "zip": "%05d" % (seed % 99999),
                        "geo": [seed % 180 - 90.5, seed % 360 - 180.25]},
            "note": None if seed % 5 else "caf\u00e9 \"quoted\" \\ line\nbreak",
        })
    return records, seed


n = int(sys.argv[1]) if len(sys.argv) > 1 else 230
seed = 7
checksum = 0
size = 0
for rnd in range(n):
    records, seed = make_records(200, seed)
    doc = {"round": rnd, "records": records, "meta": {"count": len(records), "ok": True}}
    compact = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    back = json.loads(compact)
    again = json.loads(pretty)
    assert back == again
    checksum = (checksum * 31 + len(compact) + 7 * len(pretty)
                + sum(r["id"] for r in back["records"])) % 1000000007
    size += len(compact)
print(checksum, size)
print(json.dumps(back["records"][0], sort_keys=True))
