#!/usr/bin/env bash
# The recipe of colorkit's bundled line-art model (colorkit/weights/lineart.pth).
# Run from the repository root, with colorkit installed (`pip install -e ".[train]"`), on a 2-core CPU machine
# (or a CUDA machine: the same commands run there unchanged):
#   nohup recipes/lineart_model/run.sh > /tmp/lineart_model.out 2>&1 &
# Four steps. 1: 24 L1 epochs on 3000 synthetic cartoons and the sketch pairs less their held-out 10% (33 min).
# 2: 6 epochs fine-tuning from step 1 with the small real sets repeated (openmoji twice, edges2shoes ten times per
# epoch), since step 1, dominated by the cartoons, left the shoe photos nearly blank (11 min). 3: 6 more epochs with
# half the inputs blurred (sigma up to 2 px) and half given grain (15 min). 4: the conditional PatchGAN: one L1 epoch at
# lr 1e-4, one critic epoch, 14 GAN epochs (pix2pix loss, L1 weight 100; the best validation line F-score kept), since
# L1 alone keeps white where a soft edge is uncertain (78 min). Training data, checkpoints and samples go to
# $WORKDIR, $WORKDIR-ft, $WORKDIR-aug and $WORKDIR-gan; the logs and loss plots are copied next to this script, and
# every method is measured on the held-out sets (synthetic seeds from 1,000,000 and the held-out 10% of each pair
# folder). Running it again resumes.
set -euo pipefail
DATA=${DATA:-../shared/data}
PAIRS="$DATA/sketch-pairs/openmoji $DATA/sketch-pairs/edges2shoes"
WORKDIR=${WORKDIR:-/work/train/lineart}
OUT=${OUT:-colorkit/weights/lineart.pth}
HERE=recipes/lineart_model
colorkit train-lineart --out "$WORKDIR/base.pth" --workdir "$WORKDIR" --pairs $PAIRS --cartoons 3000 --size 128 --bs 16 \
  --epochs 24 --lr 1e-3 --nf 32
colorkit train-lineart --out "$WORKDIR/ft.pth" --workdir "$WORKDIR-ft" --init "$WORKDIR/base.pth" --pairs $PAIRS --repeat 2 10 \
  --cartoons 3000 --size 128 --bs 16 --epochs 6 --lr 3e-4 --nf 32
colorkit train-lineart --out "$WORKDIR/aug.pth" --workdir "$WORKDIR-aug" --init "$WORKDIR/ft.pth" --pairs $PAIRS --repeat 2 10 \
  --cartoons 3000 --size 128 --bs 16 --epochs 6 --lr 3e-4 --nf 32 --blur 2 --noise 0.05
colorkit train-lineart --out "$OUT" --workdir "$WORKDIR-gan" --init "$WORKDIR/aug.pth" --pairs $PAIRS --repeat 2 10 \
  --cartoons 3000 --size 128 --bs 16 --epochs 1 --lr 1e-4 --crit-epochs 1 --gan-epochs 14 --nf 32 --blur 2 --noise 0.05
cp "$WORKDIR/train.log" $HERE/train_base.log; cp "$WORKDIR-ft/train.log" $HERE/train_ft.log; cp "$WORKDIR-aug/train.log" $HERE/train_aug.log
cp "$WORKDIR-gan/train.log" "$WORKDIR-gan/history.jsonl" "$WORKDIR-gan/losses.png" $HERE/
cp "$(ls -t "$WORKDIR-gan"/gan/samples_*.png | head -1)" $HERE/samples.png
colorkit evaluate-lineart --out $HERE/eval --pairs $PAIRS --model "$OUT"
python $HERE/readme_grid.py # the README picture
