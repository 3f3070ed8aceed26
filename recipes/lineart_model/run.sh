#!/usr/bin/env bash
# The recipe of colorkit's bundled line-art model (colorkit/weights/lineart.pth).
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine
# (or a CUDA machine: the same command runs there unchanged):
#   nohup recipes/lineart_model/run.sh > /tmp/lineart_model.out 2>&1 &
# The training data (3000 synthetic cartoons, and the sketch pairs less their held-out 10%), checkpoints and samples
# go to $WORKDIR; the log and the loss plot are copied next to this script, and every method is measured on the
# held-out sets (synthetic seeds from 1,000,000 and the held-out 10% of each pair folder). Running it again resumes.
set -euo pipefail
DATA=${DATA:-../shared/data}
PAIRS="$DATA/sketch-pairs/openmoji $DATA/sketch-pairs/edges2shoes"
WORKDIR=${WORKDIR:-/work/train/lineart}
OUT=${OUT:-colorkit/weights/lineart.pth}
HERE=recipes/lineart_model
colorkit train-lineart --out "$OUT" --workdir "$WORKDIR" --pairs $PAIRS --cartoons 3000 --size 128 --bs 16 \
  --epochs 24 --crit-epochs 1 --gan-epochs 3 --lr 1e-3 --nf 32
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/losses.png" $HERE/
cp "$(ls -t "$WORKDIR"/gan/samples_*.png "$WORKDIR"/l1/samples_*.png 2>/dev/null | head -1)" $HERE/samples.png
colorkit evaluate-lineart --out $HERE/eval --pairs $PAIRS --model "$OUT"
