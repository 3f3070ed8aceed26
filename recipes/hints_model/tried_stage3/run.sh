#!/usr/bin/env bash
# Tried: a third stage of the hint recipe (12 more epochs from the hint model, now the bundled default.pth), because ten hints take only 21%
# off the CIEDE2000 (the issue asks 30%) and the hint paths were still learning when each earlier stage ended.
# Judged first on the default split's 180 validation photos with 0 and 10 hints simulated from the truth (Kodak24 only
# for the model card). Run from the repository root (about 35 minutes on 2 cores):
#   nohup recipes/hints_model/tried_stage3/run.sh > /work/train/hints3.out 2>&1 &
set -euo pipefail
PHOTOS=${PHOTOS:-../shared/data}
WORK=${WORK:-../hints_training3}
OUT=${OUT:-/work/train/hints3.pth}
HERE=recipes/hints_model/tried_stage3
colorkit train "$PHOTOS/photos-train" "$PHOTOS/photos-more" --out "$OUT" --init colorkit/weights/default.pth --hints --workdir "$WORK" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 0 --epochs 12 --lr 1e-3
cp "$WORK/train.log" "$WORK/decoding.csv" $HERE/
colorkit evaluate "$PHOTOS" --only "$WORK/valid_files.txt" --model colorkit/weights/default.pth --model "$OUT" --hints 0,10 --no-fd --out $HERE/valid
rm -f $HERE/valid/grid.png # the validation photos are not shipped
