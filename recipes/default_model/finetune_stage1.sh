#!/usr/bin/env bash
# The fine-tunes of stage 1 that the card's "Tried since" records (tried_224, tried_control, tried_longer), as one
# script: stage 1 (`$AUTO`) trained once more with only the crop size, the epochs and the learning rate changed, the
# decoding chosen on the validation photos, then scored on Kodak24 beside stage 1. Each tried_*/run.sh calls it as
#   recipes/default_model/finetune_stage1.sh NAME SIZE EPOCHS LR
# NAME names the working folder (/work/train/NAME) and the model file in it; the log, the history, the decoding table and
# the Kodak24 report land in the calling script's folder, $HERE. Running it again resumes where it stopped.
set -euo pipefail
NAME=$1 SIZE=$2 EPOCHS=$3 LR=$4
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-$DATA/photos-eval}
WORKDIR=${WORKDIR:-/work/train/$NAME}
AUTO=${AUTO:-$WORKDIR/automatic.pth}
colorkit train "$DATA/photos-train" "$DATA/photos-more" --out "$WORKDIR/$NAME.pth" --workdir "$WORKDIR" \
  --kind classifier --decoder pyramid --arch efficientnet_lite0 --init "$AUTO" \
  --size "$SIZE" --bs 16 --freeze-epochs 0 --epochs "$EPOCHS" --gan-epochs 0 --lr "$LR" --render-size 256
cp "$WORKDIR/train.log" "$WORKDIR/history.jsonl" "$WORKDIR/decoding.csv" "$HERE/"
colorkit evaluate "$EVAL" --baseline gray --model "$AUTO" --model "$WORKDIR/$NAME.pth" --out "$HERE/eval"
