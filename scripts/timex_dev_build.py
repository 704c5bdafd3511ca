"""Build data/timex-dev/{keyinline,in} from data/timex-dev/annotations.txt.

Each annotated passage is checked against the raw corpus text (tag-stripped
annotation == corpus paragraphs), so the gold offsets match the source exactly.

    .venv/bin/python scripts/timex_dev_build.py [--raw ../shared/data/raw-de/wikipedia.jsonl]
"""
from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "timex-dev"
DCT = "2021-04-01"  # the Wikipedia crawl behind raw-de was made in April 2021
_TAG = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def parse(path: Path) -> list[dict]:
    docs, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("###"):
            continue
        if line.startswith("###"):
            name, doc_id, spec = (p.strip() for p in line[3:].split("|"))
            paras, _, start = spec.partition("@")
            cur = {"name": name, "id": doc_id, "paras": [int(p) for p in paras.split(",")],
                   "start": start or None, "lines": []}
            docs.append(cur)
        elif cur is not None and line.strip():
            cur["lines"].append(line)
    return docs


def strip(annotated: str) -> str:
    return _TAG.sub(lambda m: m.group(2), annotated)


def to_xml(annotated: str) -> str:
    out, pos = [], 0
    for m in _TAG.finditer(annotated):
        out.append(html.escape(annotated[pos:m.start()], quote=False))
        val, *attrs = m.group(1).split(";")
        extra = "".join(f' {k}="{v}"' for k, v in (a.split("=", 1) for a in attrs))
        out.append(f'<TIMEX2 val="{val}"{extra}>{html.escape(m.group(2), quote=False)}</TIMEX2>')
        pos = m.end()
    out.append(html.escape(annotated[pos:], quote=False))
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", type=Path, default=ROOT.parent / "shared" / "data" / "raw-de" / "wikipedia.jsonl")
    args = ap.parse_args()
    docs = parse(DEV / "annotations.txt")
    wanted = {d["id"] for d in docs}
    corpus = {}
    for line in args.raw.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] in wanted:
            corpus[rec["id"]] = rec["text"].split("\n")
    (DEV / "keyinline").mkdir(exist_ok=True)
    (DEV / "in").mkdir(exist_ok=True)
    n_timex = n_words = 0
    for d in docs:
        source = "\n".join(corpus[d["id"]][i] for i in d["paras"])
        if d["start"]:
            source = source[source.index(d["start"]):]
        annotated = "\n".join(d["lines"])
        if strip(annotated) != source:
            a, b = strip(annotated), source
            k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            raise SystemExit(f"{d['name']}: text differs at {k}: {a[k-30:k+30]!r} vs {b[k-30:k+30]!r}")
        head = (f"<DOC>\n<DOCID>{d['name']}</DOCID>\n<DOCTYPE SOURCE=\"wikipedia\"> {d['id']} </DOCTYPE>\n"
                f"<DATETIME> <TIMEX2 val=\"{DCT}\">{DCT}</TIMEX2> </DATETIME>\n<TEXT>\n")
        tail = "\n</TEXT>\n</DOC>\n"
        (DEV / "keyinline" / f"{d['name']}.key.xml").write_text(head + to_xml(annotated) + tail, encoding="utf-8")
        plain = head.replace(f'<TIMEX2 val="{DCT}">{DCT}</TIMEX2>', DCT)
        (DEV / "in" / f"{d['name']}.sgm").write_text(plain + html.escape(source, quote=False) + tail, encoding="utf-8")
        n_timex += len(_TAG.findall(annotated))
        n_words += len(source.split())
    print(f"{len(docs)} passages, {n_words} words, {n_timex} timexes")
    print("dev list: " + ",".join(d["name"] for d in docs))


if __name__ == "__main__":
    main()
