#!/usr/bin/env bash
# The recipe of colorkit's two-step illustration colorizer (issue 13): the bundled illustration model (made by run.sh, run
# that first) as the frozen coarse step, and a small pix2pix polishing U-Net (1.8 M parameters) trained on top of it at
# 192 px with EdgeL1Loss (L1 and the size of colour changes), then the conditional PatchGAN (NoGAN schedule), on the
# same illustrations with the same held-out 15%. Its colour reaches full size bilinearly (the model file recommends it).
# The polish starts as "no change" (its last convolution is zero): training starts from the coarse step's colours.
# Run from the repository root with colorkit installed, on a 2-core CPU machine (about 40 minutes):
#   nohup recipes/illustration_model/two_step.sh > /tmp/two_step.out 2>&1 &
# Running it again resumes from the working folder. The evaluation compares it with the one-step model it refines.
set -euo pipefail
ILL=${ILL:-../shared/data/illustrations}
WORK=${WORK:-../two_step_training}
HERE=recipes/illustration_model
OUT=${OUT:-$WORK/two_step.pth}
colorkit train "$ILL"/*/ --kind two_step --coarse colorkit/weights/illustration.pth --exclude $HERE/heldout.txt --workdir "$WORK" \
  --out "$OUT" --size 192 --bs 16 --freeze-epochs 0 --epochs 6 --crit-epochs 1 --gan-epochs 2 --lr 1e-3 --render-size 256
mkdir -p $HERE/two_step
cp "$WORK/train.log" "$WORK/decoding.csv" "$WORK/losses.png" $HERE/two_step/
colorkit evaluate "$ILL" --only $HERE/heldout.txt --baseline gray --model default --model colorkit/weights/illustration.pth \
  --model "$OUT" --illustration --out $HERE/two_step/eval
rm -f $HERE/two_step/eval/grid.png # research images: not kept
sed -i 's|^!\[grid\](grid.png)|(The grid of this report is not kept: its images are research data.)|' $HERE/two_step/eval/report.md
