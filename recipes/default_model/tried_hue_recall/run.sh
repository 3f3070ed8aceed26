#!/usr/bin/env bash
# Tried on the bundled default (2026-12-06), not shipped: 8 more epochs of it with `--hue-recall 1`, the cross-entropy
# plus (false colour less hue recall) of the decoded colours (`colorkit.classify.soft_hue_recall`), hints simulated as in
# its own training (the default takes hints, so `--init default` keeps them). Figures in README.md here.
# Run from the repository root:  nohup recipes/default_model/tried_hue_recall/run.sh > /tmp/hue_recall.out 2>&1 &
# Running it again resumes where it stopped. The log, the decoding table and the Kodak24 report land next to this script.
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/hr/work}
HERE=recipes/default_model/tried_hue_recall
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/hue_recall.pth" --init default --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 0 --epochs 8 --lr 5e-4 --hue-recall 1
cp "$WORKDIR/train.log" "$WORKDIR/decoding.csv" $HERE/
colorkit evaluate "$EVAL" --baseline gray --model default --model "$WORKDIR/hue_recall.pth" --out $HERE/eval
rm -f $HERE/eval/grid.png # it shows the evaluation photos
