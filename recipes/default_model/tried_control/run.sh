#!/usr/bin/env bash
# The control for the fine-tuning attempts of the card's "Tried since" (224 px crops, hue rebalancing, ...): the automatic
# model (stage 1, `$AUTO`) fine-tuned exactly as `tried_224/run.sh` did, with nothing changed: 128 px crops, as it was
# trained. What a fine-tune changes by itself (more epochs, a new one-cycle) is then not credited to the change tried.
# `$AUTO` is written by recipes/default_model/run.sh; it is also the bundled default.pth of commit cc8ba3a:
#   git show cc8ba3a:colorkit/weights/default.pth > /work/train/control/automatic.pth
# Run from the repository root:  nohup recipes/default_model/tried_control/run.sh > /tmp/control.out 2>&1 &
# Running it again resumes where it stopped. The log, the history, the decoding table and the Kodak24 report land next to this script.
set -euo pipefail
HERE=recipes/default_model/tried_control recipes/default_model/finetune_stage1.sh control 128 7 3e-4
