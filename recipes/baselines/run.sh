#!/usr/bin/env bash
# The two trained baselines of the evaluation table (issue: 'Baselines to keep in the table'), trained by colorkit on the
# same photos as the bundled model, side by side on the 2-core machine (one thread each, so they share it evenly):
#   resnet18 + L1: fastai DynamicUnet on resnet18 (no ImageNet weights offline: from scratch), L1 only (the tutorial recipe);
#   pix2pix: the pix2pix U-Net and conditional PatchGAN critic trained together from scratch (lambda_l1 = 100).
# Epochs are chosen so that each run takes about as long as the bundled model's (see README.md here).
#   nohup recipes/baselines/run.sh > /tmp/baselines.out 2>&1 &
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
EVAL=${EVAL:-../shared/data/photos-eval}
WORKDIR=${WORKDIR:-/work/train/baselines}
HERE=recipes/baselines
mkdir -p "$WORKDIR"
R18_EPOCHS=${R18_EPOCHS:-4}
P2P_EPOCHS=${P2P_EPOCHS:-6}
export OMP_NUM_THREADS=1
colorkit train "$DATA" --out "$WORKDIR/resnet18_l1.pth" --workdir "$WORKDIR/resnet18_l1" --arch resnet18 --size 128 --bs 16 \
  --freeze-epochs 0 --epochs "$R18_EPOCHS" --gan-epochs 0 --workers 1 > "$WORKDIR/resnet18_l1.out" 2>&1 &
colorkit train "$DATA" --out "$WORKDIR/pix2pix.pth" --workdir "$WORKDIR/pix2pix" --arch pix2pix --size 128 --bs 16 \
  --freeze-epochs 0 --epochs 0 --crit-epochs 0 --gan-epochs "$P2P_EPOCHS" --lambda-l1 100 --gan-lr 2e-4 --workers 1 \
  > "$WORKDIR/pix2pix.out" 2>&1 &
wait
cp "$WORKDIR/resnet18_l1/train.log" $HERE/resnet18_l1.log; cp "$WORKDIR/pix2pix/train.log" $HERE/pix2pix.log
unset OMP_NUM_THREADS
colorkit evaluate "$EVAL" --baseline gray --model colorkit/weights/default.pth --model "$WORKDIR/resnet18_l1.pth" \
  --model "$WORKDIR/pix2pix.pth" --out $HERE/eval
