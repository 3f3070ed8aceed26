#!/usr/bin/env bash
# Is stage 1 limited by its training steps? Its validation loss ended level with its training loss (3.067 and 3.05:
# no overfitting), and an encoder with 40% more parameters (tried_lite2) ended at the same loss after the same steps,
# which is what a model short of steps, not of capacity or data, does. The control (tried_control: 7 epochs at lr 3e-4)
# was too short and too slow to tell. So: stage 1 (`$AUTO`) trained a second one-cycle as long as its first (24
# epochs at lr 1e-3, a warm restart), nothing else changed: 128 px crops, the same photos and split.
# `$AUTO` is the automatic model of recipes/default_model/run.sh; it is also the bundled default.pth of commit cc8ba3a:
#   git show cc8ba3a:colorkit/weights/default.pth > /work/train/longer/automatic.pth
# Run from the repository root:  nohup recipes/default_model/tried_longer/run.sh > /tmp/longer.out 2>&1 &
# Running it again resumes where it stopped. The log, the history, the decoding table and the Kodak24 report land
# next to this script.
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/train/longer}
HERE=recipes/default_model/tried_longer
AUTO=${AUTO:-/work/train/longer/automatic.pth}
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/longer.pth" --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite0 --init "$AUTO" \
  --size 128 --bs 16 --freeze-epochs 0 --epochs 24 --gan-epochs 0 --lr 1e-3 --render-size 256
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/decoding.csv" $HERE/
colorkit evaluate "$EVAL" --baseline gray --model "$AUTO" --model "$WORKDIR/longer.pth" --out $HERE/eval
