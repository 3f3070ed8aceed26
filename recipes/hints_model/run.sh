#!/usr/bin/env bash
# Stage 2 of colorkit's default model (colorkit/weights/default.pth; recipes/default_model/run.sh runs both stages):
# the automatic photo model of stage 1 ($INIT) fine-tuned by `colorkit train --init $INIT --hints` on the same photos
# and the same validation split, its first convolution grown from 1 to 4 inputs (L, then a hint's a, b and mask; the
# new filters start at zero), with hints simulated from the truth on every training batch (none for half the images):
# 16 epochs, then 12 more from the result (the default), then 12 more from that with the reach on in training (`hints`). Then
# Kodak24, with 0 to 20 hints simulated from the truth, against the automatic model. Run from the repository root with
# colorkit installed, on a 2-core CPU machine (about two hours):
#   nohup recipes/hints_model/run.sh > /tmp/hints_model.out 2>&1 &
# Running it again resumes from the working folders.
set -euo pipefail
PHOTOS=${PHOTOS:-../shared/data}
WORK=${WORK:-../hints_training}
INIT=${INIT:-/work/train/default/automatic.pth} # stage 1, written by recipes/default_model/run.sh
OUT=${OUT:-colorkit/weights/default.pth}
HERE=recipes/hints_model
colorkit train "$PHOTOS/photos-train" "$PHOTOS/photos-more" --out "$WORK/stage1.pth" --init "$INIT" --hints --workdir "$WORK" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 0 --epochs 16 --lr 1e-3
colorkit train "$PHOTOS/photos-train" "$PHOTOS/photos-more" --out "$OUT" --init "$WORK/stage1.pth" --hints --workdir "${WORK}2" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 0 --epochs 12 --lr 1e-3
cat "$WORK/train.log" "${WORK}2/train.log" > $HERE/train.log
cp "${WORK}2/decoding.csv" "${WORK}2/losses.png" $HERE/
colorkit evaluate "$PHOTOS/photos-eval" --baseline gray --model "$INIT" --model "$OUT" --hints 0,1,2,5,10,20 --out $HERE/eval
# The reach of a hint's say (0.15, tone 10, chosen on validation photos by reach.py) goes into the file, weights untouched
python $HERE/set_reach.py # into colorkit/weights/default.pth, the default OUT
# Stage 3, the bundled `hints` (about two hours): 12 more epochs from the default, now trained as it decodes, with the reach on
HINTS=${HINTS:-colorkit/weights/hints.pth}
colorkit train "$PHOTOS/photos-train" "$PHOTOS/photos-more" --out "$HINTS" --init "$OUT" --hints --workdir "${WORK}3" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 0 --epochs 12 --lr 1e-3
cp "${WORK}3/train.log" "${WORK}3/decoding.csv" "${WORK}3/losses.png" $HERE/stage3/
colorkit evaluate "$PHOTOS/photos-eval" --baseline gray --model "$OUT" --model "$HINTS" --hints 0,1,2,5,10,20 --out $HERE/stage3/eval
