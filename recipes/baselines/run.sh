#!/usr/bin/env bash
# The two trained baselines of the evaluation table, trained by colorkit on the same photos as the bundled model:
#   resnet18 + L1: fastai DynamicUnet on resnet18 (no ImageNet weights offline: from scratch), L1 only (the tutorial recipe);
#   pix2pix: the pix2pix U-Net and conditional PatchGAN critic trained together from scratch (lambda_l1 = 100).
#            The committed run kept the GAN epoch with the smallest validation colourfulness gap (epoch 1), a rule colorkit
#            has since replaced by colour_score (P2P_KEEP=score); the default here, last, is the original pix2pix recipe.
# Each gets about the bundled model's CPU time, ~94 thread-minutes (see README.md here), one thread each, side by side;
# /usr/bin/time records each run's CPU time in <run>.cpu (user and system seconds). Run from the repository root:
#   nohup recipes/baselines/run.sh > /tmp/baselines.out 2>&1 &
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
EVAL=${EVAL:-../shared/data/photos-eval}
WORKDIR=${WORKDIR:-/work/train/baselines}
HERE=recipes/baselines
mkdir -p "$WORKDIR"
R18_EPOCHS=${R18_EPOCHS:-8}
P2P_EPOCHS=${P2P_EPOCHS:-24}
P2P_KEEP=${P2P_KEEP:-last}
export OMP_NUM_THREADS=1
/usr/bin/time -f "%U %S" -o "$WORKDIR/resnet18_l1.cpu" colorkit train "$DATA" --out "$WORKDIR/resnet18_l1.pth" \
  --workdir "$WORKDIR/resnet18_l1" --kind regression --arch resnet18 --size 128 --bs 16 \
  --freeze-epochs 0 --epochs "$R18_EPOCHS" --gan-epochs 0 --no-tune --workers 1 > "$WORKDIR/resnet18_l1.out" 2>&1 &
/usr/bin/time -f "%U %S" -o "$WORKDIR/pix2pix.cpu" colorkit train "$DATA" --out "$WORKDIR/pix2pix.pth" \
  --workdir "$WORKDIR/pix2pix" --kind regression --arch pix2pix --size 128 --bs 16 \
  --freeze-epochs 0 --epochs 0 --crit-epochs 0 --gan-epochs "$P2P_EPOCHS" --lambda-l1 100 --gan-lr 2e-4 \
  --keep "$P2P_KEEP" --no-tune --workers 1 > "$WORKDIR/pix2pix.out" 2>&1 &
wait
for run in resnet18_l1 pix2pix; do cp "$WORKDIR/$run/train.log" "$HERE/$run.log"; cp "$WORKDIR/$run.cpu" "$HERE/"; done
unset OMP_NUM_THREADS
colorkit evaluate "$EVAL" --baseline gray --model colorkit/weights/default.pth --model "$WORKDIR/resnet18_l1.pth" \
  --model "$WORKDIR/pix2pix.pth" --out $HERE/eval
