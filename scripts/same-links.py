#!/usr/bin/env python3
"""Compares the links and happenings of two `tidings timeline --json` outputs of one folder, as made
by two builds of Tidings: a change meant to make linking faster must leave them as they were.

  tidings timeline --json FOLDER > before.json   (one build)
  tidings timeline --json FOLDER > after.json    (the other)
  python3 scripts/same-links.py before.json after.json

Prints how many events, links and happenings both hold and the first differences; exits 1 when
any event, its happening, its report count or any of its links (event, weight, names shared,
evidence, same happening) differs.
"""
import json
import sys

LINK_FIELDS = ("event", "weight", "shared", "evidence", "same_happening")


def events(path):
    with open(path, encoding="utf-8") as f:
        return {event["id"]: event for event in json.load(f)}


def main(before_path, after_path):
    before, after = events(before_path), events(after_path)
    differences = []
    for missing in sorted(before.keys() - after.keys()):
        differences.append(f"{missing}: only in {before_path}")
    for added in sorted(after.keys() - before.keys()):
        differences.append(f"{added}: only in {after_path}")
    links = 0
    for id in sorted(before.keys() & after.keys()):
        a, b = before[id], after[id]
        for field in ("happening", "reports"):
            if a[field] != b[field]:
                differences.append(f"{id}: {field} {a[field]!r} -> {b[field]!r}")
        first = [tuple(json.dumps(link[k]) for k in LINK_FIELDS) for link in a["links"]]
        second = [tuple(json.dumps(link[k]) for k in LINK_FIELDS) for link in b["links"]]
        links += len(first)
        if first != second:
            differences.append(f"{id}: links {first} -> {second}")
    happenings = {event["happening"] for event in before.values() if event["reports"] > 1}
    print(f"{len(before)} events, {links} links, {len(happenings)} happenings of several articles")
    for line in differences[:20]:
        print(line)
    print(f"{len(differences)} differences" if differences else "identical")
    return 1 if differences else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
