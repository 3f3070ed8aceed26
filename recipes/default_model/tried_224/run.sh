#!/usr/bin/env bash
# Tried on the automatic model (stage 1 of the bundled default, `$AUTO`, the default when this ran): fine-tuning it at 224 px crops instead of 128, so that training sees objects
# at about the scale `colorize` renders them (256 px), with the same loss (no rebalancing) and data.
# Run from the repository root:  nohup recipes/default_model/tried_224/run.sh > /tmp/ft224.out 2>&1 &
# Running it again resumes where it stopped. The log, the decoding table and the Kodak24 report land next to this script.
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/train/ft224}
HERE=recipes/default_model/tried_224
AUTO=${AUTO:-/work/train/default/automatic.pth} # written by recipes/default_model/run.sh
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/ft224.pth" --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite0 --init "$AUTO" \
  --size 224 --bs 16 --freeze-epochs 0 --epochs 7 --gan-epochs 0 --lr 3e-4 --render-size 256
cp "$WORKDIR/train.log" "$WORKDIR/decoding.csv" $HERE/
colorkit evaluate "$EVAL" --baseline gray --model "$AUTO" --model "$WORKDIR/ft224.pth" --out $HERE/eval
