#!/usr/bin/env bash
# The recipe of colorkit's bundled illustration model (colorkit/weights/illustration.pth): the automatic photo model
# (stage 1 of the default, `$AUTO`) fine-tuned by `colorkit train --init` on the illustration sets, with a seeded 15%
# of every set held out for evaluation (runs of 10 frames for the video frames of tomjerry, whose neighbours are
# near-copies) and never trained on.
# Run from the repository root with colorkit installed, on a 2-core CPU machine (about 40 minutes):
#   nohup recipes/illustration_model/run.sh > /tmp/illustration_model.out 2>&1 &
# Running it again resumes from the working folder. The data are research-only: the model card says so, and no image
# of them is kept in the repository (the evaluation's grid is deleted).
set -euo pipefail
ILL=${ILL:-../shared/data/illustrations}
WORK=${WORK:-../illustration_training}
HERE=recipes/illustration_model
AUTO=${AUTO:-/work/train/default/automatic.pth} # written by recipes/default_model/run.sh
colorkit holdout "$ILL"/*/ --out $HERE/heldout.txt --pct 0.15 --seed 0 --block tomjerry=10
colorkit train "$ILL"/*/ --out colorkit/weights/illustration.pth --init "$AUTO" --exclude $HERE/heldout.txt --workdir "$WORK" \
  --kind classifier --decoder pyramid --size 128 --bs 16 --freeze-epochs 1 --epochs 8 --lr 1e-3 --upsample ink
cp "$WORK/train.log" "$WORK/decoding.csv" "$WORK/losses.png" $HERE/
colorkit evaluate "$ILL" --only $HERE/heldout.txt --baseline gray --model default --model colorkit/weights/illustration.pth \
  --illustration --out $HERE/eval
rm -f $HERE/eval/grid.png # research images: not kept
sed -i 's|^!\[grid\](grid.png)|(The grid of this report is not kept: its images are research data.)|' $HERE/eval/report.md
