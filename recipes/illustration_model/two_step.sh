#!/usr/bin/env bash
# The recipe of colorkit's two-step illustration colorizer (issue 13): the bundled illustration model (made by run.sh, run
# that first) as the frozen coarse step, and a small pix2pix polishing U-Net (1.8 M parameters) trained on top of it at
# 192 px, on the same illustrations with the same held-out 15%. Two runs, the second starting from the first one's file:
# 1. 6 epochs of EdgeL1Loss between neighbours (L1 and the size of each colour change), from "no change" (the polish's
#    last convolution is zero: training starts from the coarse step's colours);
# 2. 4 epochs with the change also matched 8 px apart (--edge-spans 1 8), across the ink lines, whose two sides step 1
#    left too alike (it bled more than the one-step model).
# A conditional-GAN phase after step 2 (--init spans.pth --epochs 0 --crit-epochs 1 --gan-epochs 2, 62 minutes) made it
# bleed more again and raised its CIEDE2000 on the validation drawings (README.md, "The two-step model"), so the recipe stops at 2.
# Its colour reaches full size bilinearly (the model file recommends it); `ink` upsampling suits it better still.
# Run from the repository root with colorkit installed, on a 2-core CPU machine (about 50 minutes of training, 20 more for the evaluations):
#   nohup recipes/illustration_model/two_step.sh > /tmp/two_step.out 2>&1 &
# Running it again resumes from the working folders. The evaluation compares it with the one-step model it refines.
set -euo pipefail
ILL=${ILL:-../shared/data/illustrations}
WORK=${WORK:-../two_step_training}
HERE=recipes/illustration_model
OUT=${OUT:-$WORK/two_step.pth}
COMMON=(--kind two_step --coarse colorkit/weights/illustration.pth --exclude $HERE/heldout.txt --size 192 --bs 16 --freeze-epochs 0 --render-size 256)
colorkit train "$ILL"/*/ "${COMMON[@]}" --workdir "$WORK" --out "$WORK/neighbours.pth" --epochs 6 --gan-epochs 0 --lr 1e-3
colorkit train "$ILL"/*/ "${COMMON[@]}" --workdir "$WORK-spans" --out "$OUT" --init "$WORK/neighbours.pth" \
  --epochs 4 --gan-epochs 0 --lr 3e-4 --edge-spans 1 8
mkdir -p $HERE/two_step
cat "$WORK/train.log" "$WORK-spans/train.log" > $HERE/two_step/train.log
cp "$WORK-spans/decoding.csv" "$WORK-spans/losses.png" $HERE/two_step/
python $HERE/edge_spans/valid.py "$WORK/valid_files.txt" "$WORK/neighbours.pth" "$OUT" | tee $HERE/edge_spans/valid.log
colorkit evaluate "$ILL" --only $HERE/heldout.txt --baseline gray --model colorkit/weights/illustration.pth --model "$OUT" \
  --illustration --upsample ink --out $HERE/two_step/eval
rm -f $HERE/two_step/eval/grid.png # research images: not kept
sed -i 's|^!\[grid\](grid.png)|(The grid of this report is not kept: its images are research data.)|' $HERE/two_step/eval/report.md
