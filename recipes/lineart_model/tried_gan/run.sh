#!/usr/bin/env bash
# Tried: the conditional PatchGAN phase on top of the bundled line-art model, because its L1 training keeps the
# median (white) where a soft edge is uncertain: on the held-out shoe photos it draws with precision 1.00 but recall
# 0.27. One L1 epoch at a low rate (the command needs one), the critic pretrained for one epoch, then 3 GAN epochs
# (pix2pix loss, L1 weight 100); the GAN epoch kept is the best validation line F-score. Same data and augmentation as
# the shipped last stage. Run from the repository root (about 25 minutes on 2 cores):
#   nohup recipes/lineart_model/tried_gan/run.sh > /work/train/lineart_gan.out 2>&1 &
set -euo pipefail
DATA=${DATA:-../shared/data}
PAIRS="$DATA/sketch-pairs/openmoji $DATA/sketch-pairs/edges2shoes"
WORKDIR=${WORKDIR:-/work/train/lineart-gan}
HERE=recipes/lineart_model/tried_gan
colorkit train-lineart --out "$WORKDIR/gan.pth" --workdir "$WORKDIR" --init lineart --pairs $PAIRS --repeat 2 10 \
  --cartoons 3000 --size 128 --bs 16 --epochs 1 --lr 1e-4 --crit-epochs 1 --gan-epochs 3 --nf 32 --blur 2 --noise 0.05
cp "$WORKDIR/train.log" $HERE/
colorkit evaluate-lineart --out $HERE/eval --pairs $PAIRS --model "$WORKDIR/gan.pth"
