"""List the person-name variants an archive merges into one actor, for reading.

    python scripts/merge_variants.py --db FILE

Every group of distinct surface names that share one ``actor_key`` is a merge
the archive makes across documents; reading the list is how merge precision
on a real corpus is judged (see the closing figures in the README).
"""
from __future__ import annotations

import argparse
import collections

import duckdb

from depesche.kb import actor_key


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    con = duckdb.connect(args.db, read_only=True)
    names = [r[0] for r in con.execute("SELECT DISTINCT name FROM entities WHERE type = 'PER'").fetchall()]
    groups = collections.defaultdict(set)
    for name in names:
        groups[actor_key(name)].add(name)
    merged = sorted(sorted(v) for v in groups.values() if len(v) > 1)
    print(f"{len(names)} distinct person names, {len(merged)} merged groups")
    for group in merged:
        print(" | ".join(group))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
