#!/usr/bin/env bash
# The recipe of colorkit's bundled default model (colorkit/weights/default.pth).
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine
# (or a CUDA machine: the same command runs there unchanged):
#   nohup recipes/default_model/run.sh > /tmp/default_model.out 2>&1 &
# Checkpoints and samples go to $WORKDIR; the log, the loss plot, the decoding table and the last sample grid are
# copied next to this script at the end, and the model is evaluated on Kodak24 (photos-eval), which plays no part
# in training or in choosing the decoding. Running it again resumes where it stopped.
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/train/default}
HERE=recipes/default_model
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out colorkit/weights/default.pth --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite0 --size 128 --bs 16 --freeze-epochs 1 --epochs 24 \
  --gan-epochs 0 --lr 1e-3
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/losses.png" "$WORKDIR/decoding.csv" $HERE/
cp "$(ls -t "$WORKDIR"/l1/samples_*.png | head -1)" $HERE/samples.png
colorkit evaluate "$EVAL" --baseline gray --out $HERE/eval
OLD=${OLD:-} python $HERE/readme_grid.py # the README's pictures (OLD: the previous model file, for comparison)
