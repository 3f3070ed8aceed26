#!/usr/bin/env bash
# The recipe of colorkit's bundled default model (colorkit/weights/default.pth), in two stages:
#   1. the automatic colorizer: a classifier trained on both photo folders ($WORKDIR/automatic.pth; the default until
#      2026-12-06);
#   2. the hint training of recipes/hints_model/run.sh, fine-tuned from stage 1, so that the default takes colour hints.
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine
# (or a CUDA machine: the same commands run there unchanged):
#   nohup recipes/default_model/run.sh > /tmp/default_model.out 2>&1 &
# Checkpoints and samples go to $WORKDIR; the log, the loss plot, the decoding table and the last sample grid of stage 1
# are copied next to this script, and both stages are evaluated on Kodak24 (photos-eval), which plays no part in
# training or in choosing the decoding. Running it again resumes where it stopped.
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/train/default}
HERE=recipes/default_model
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/automatic.pth" --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite0 --size 128 --bs 16 --freeze-epochs 1 --epochs 24 \
  --gan-epochs 0 --lr 1e-3
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/losses.png" "$WORKDIR/decoding.csv" $HERE/
cp "$(ls -t "$WORKDIR"/l1/samples_*.png | head -1)" $HERE/samples.png
PHOTOS=$DATA INIT="$WORKDIR/automatic.pth" OUT=colorkit/weights/default.pth recipes/hints_model/run.sh
colorkit evaluate "$EVAL" --baseline gray --model "$WORKDIR/automatic.pth" --model default --out $HERE/eval
OLD=${OLD:-} python $HERE/readme_grid.py # the README's pictures (OLD: a previous model file, for comparison)
