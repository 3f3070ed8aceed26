#!/usr/bin/env bash
# The recipe of colorkit's bundled default model (colorkit/weights/default.pth).
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine:
#   nohup recipes/default_model/run.sh > /tmp/default_model.out 2>&1 &
# Checkpoints and samples go to $WORKDIR (default /work/train/default); the log, loss plot and the last sample
# grid are copied next to this script at the end. Running it again resumes where it stopped.
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
WORKDIR=${WORKDIR:-/work/train/default}
colorkit train "$DATA" --out colorkit/weights/default.pth --workdir "$WORKDIR" \
  --arch efficientnet_lite0 --size 128 --bs 16 --freeze-epochs 1 --epochs 10 --crit-epochs 1 --gan-epochs 5 \
  --lambda-l1 100 --lr 1e-3 --gan-lr 2e-4
cp "$WORKDIR/train.log" "$WORKDIR/losses.png" "$WORKDIR/history.jsonl" recipes/default_model/
cp "$WORKDIR/gan/gan_losses.png" recipes/default_model/ 2>/dev/null || true
cp "$(ls -t "$WORKDIR"/*/samples_*.png | head -1)" recipes/default_model/samples.png
