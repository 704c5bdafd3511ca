#!/bin/sh
# Score the tagger on data/timex-dev (every passage counts as dev), extra args go to `depesche eval timex`.
#   scripts/timex_dev_eval.sh [--errors 50]
cd "$(dirname "$0")/.." || exit 1
DEV=$(ls data/timex-dev/keyinline | sed 's/\.key\.xml$//' | paste -sd, -)
exec .venv/bin/depesche eval timex data/timex-dev --dev "$DEV" --dev-only "$@"
