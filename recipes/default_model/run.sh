#!/usr/bin/env bash
# The recipe of colorkit's bundled default model (colorkit/weights/default.pth).
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine:
#   nohup recipes/default_model/run.sh > /tmp/default_model.out 2>&1 &
# Checkpoints and samples go to $WORKDIR; the log, loss plots and the last sample grid are copied next to this
# script at the end, and the model is evaluated on Kodak24 (photos-eval). Running it again resumes where it stopped.
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
EVAL=${EVAL:-../shared/data/photos-eval}
WORKDIR=${WORKDIR:-/work/train/default}
HERE=recipes/default_model
colorkit train "$DATA" --out colorkit/weights/default.pth --workdir "$WORKDIR" \
  --arch efficientnet_lite0 --size 128 --bs 16 --freeze-epochs 1 --epochs 10 --crit-epochs 1 --gan-epochs 5 \
  --lambda-l1 60 --lr 1e-3 --gan-lr 2e-4
python $HERE/calibrate.py colorkit/weights/default.pth "$DATA" # saturation from the validation photos
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/losses.png" "$WORKDIR/gan/gan_losses.png" $HERE/
cp "$(ls -t "$WORKDIR"/gan/samples_*.png | head -1)" $HERE/samples.png
colorkit evaluate "$EVAL" --baseline gray --out $HERE/eval
python $HERE/readme_grid.py
