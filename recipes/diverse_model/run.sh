#!/usr/bin/env bash
# The recipe of colorkit's bundled sampling model (colorkit/weights/diverse.pth), used by `colorkit colorize --samples N`.
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine:
#   nohup recipes/diverse_model/run.sh > /tmp/diverse_model.out 2>&1 &
# The feature U-Net's encoder starts from the bundled default model's (a classifier on another decoder, so only its
# encoder carries over); the log is written next to this script, and the model's samples are scored on Kodak24
# (photos-eval) into eval/, next to the bundled default model.
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
EVAL=${EVAL:-../shared/data/photos-eval}
HERE=recipes/diverse_model
WORK=${WORK:-../diverse_training} # checkpoints: run the script again to resume
colorkit train-diverse "$DATA" --out colorkit/weights/diverse.pth --init colorkit/weights/default.pth --workdir "$WORK" \
  --size 128 --bs 16 --freeze-epochs 1 --epochs 4 --lr 1e-3 --temperature 0.8
cp "$WORK/train.log" $HERE/train.log
python - "$EVAL" "$HERE/eval" <<'PY'
import sys
from colorkit.evaluate import diverse_report
print(diverse_report(sys.argv[1], sys.argv[2]))
PY
