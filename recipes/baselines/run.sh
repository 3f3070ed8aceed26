#!/usr/bin/env bash
# The two trained baselines of the evaluation table, trained by colorkit on the same photos as the bundled model:
#   resnet18 + L1: fastai DynamicUnet on resnet18 (no ImageNet weights offline: from scratch), L1 only (the tutorial recipe);
#   pix2pix: the pix2pix U-Net and conditional PatchGAN critic trained together from scratch (lambda_l1 = 100).
#            The committed run kept the GAN epoch with the smallest validation colourfulness gap (epoch 1), a rule colorkit
#            has since replaced by colour_score (P2P_KEEP=score); the default here, last, is the original pix2pix recipe.
# Each gets about the bundled model's CPU time, ~94 thread-minutes (see README.md here), one thread each, side by side;
# /usr/bin/time records each run's CPU time in <run>.cpu (user and system seconds). Run from the repository root:
#   nohup recipes/baselines/run.sh > /tmp/baselines.out 2>&1 &
# One of them alone, on both threads, with its log, CPU time and evaluation in a folder of its own:
#   RUNS=pix2pix THREADS=2 OUT=recipes/baselines/pix2pix_last nohup recipes/baselines/run.sh > /tmp/baselines.out 2>&1 &
set -euo pipefail
DATA=${DATA:-../shared/data/photos-train}
EVAL=${EVAL:-../shared/data/photos-eval}
WORKDIR=${WORKDIR:-/work/train/baselines}
OUT=${OUT:-recipes/baselines}
RUNS=${RUNS:-"resnet18_l1 pix2pix"}
R18_EPOCHS=${R18_EPOCHS:-8}
P2P_EPOCHS=${P2P_EPOCHS:-24}
P2P_KEEP=${P2P_KEEP:-last}
mkdir -p "$WORKDIR" "$OUT"
train() {  # train RUN [colorkit train options]: what the two runs share
  local run=$1; shift
  OMP_NUM_THREADS=${THREADS:-1} /usr/bin/time -f "%U %S" -o "$WORKDIR/$run.cpu" colorkit train "$DATA" \
    --out "$WORKDIR/$run.pth" --workdir "$WORKDIR/$run" --size 128 --bs 16 --no-tune --workers 1 "$@" > "$WORKDIR/$run.out" 2>&1
}
models=(); declare -A pid
for run in $RUNS; do
  case $run in
    resnet18_l1) train resnet18_l1 --kind regression --arch resnet18 --freeze-epochs 0 --epochs "$R18_EPOCHS" --gan-epochs 0 & ;;
    pix2pix) train pix2pix --kind regression --arch pix2pix --freeze-epochs 0 --epochs 0 --crit-epochs 0 \
               --gan-epochs "$P2P_EPOCHS" --lambda-l1 100 --gan-lr 2e-4 --keep "$P2P_KEEP" & ;;
    *) echo "unknown run: $run (resnet18_l1, pix2pix)" >&2; exit 2 ;;
  esac
  pid[$run]=$!; models+=(--model "$WORKDIR/$run.pth")
done
for run in $RUNS; do  # a failed training stops the script here, naming its log, before anything is copied
  wait "${pid[$run]}" || { echo "$run failed: see $WORKDIR/$run.out" >&2; exit 1; }
done
for run in $RUNS; do cp "$WORKDIR/$run/train.log" "$OUT/$run.log"; cp "$WORKDIR/$run.cpu" "$OUT/"; done
colorkit evaluate "$EVAL" --baseline gray --model colorkit/weights/default.pth "${models[@]}" --out "$OUT/eval"
