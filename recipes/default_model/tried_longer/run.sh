#!/usr/bin/env bash
# Is stage 1 limited by its training steps? Its validation loss ended level with its training loss (3.067 and 3.05:
# no overfitting), and an encoder with 40% more parameters (tried_lite2) ended at the same loss after the same steps,
# which is what a model short of steps would show (the hypothesis; it did not hold, see the card). The control
# (tried_control: 7 epochs at lr 3e-4) was too short and too slow to tell. So: stage 1 (`$AUTO`) trained a second one-cycle as long as its first (24
# epochs at lr 1e-3, a warm restart), nothing else changed: 128 px crops, the same photos and split.
# `$AUTO` is the automatic model of recipes/default_model/run.sh; it is also the bundled default.pth of commit cc8ba3a:
#   git show cc8ba3a:colorkit/weights/default.pth > /work/train/longer/automatic.pth
# Run from the repository root:  nohup recipes/default_model/tried_longer/run.sh > /tmp/longer.out 2>&1 &
# Running it again resumes where it stopped. The log, the history, the decoding table and the Kodak24 report land
# next to this script.
set -euo pipefail
HERE=recipes/default_model/tried_longer recipes/default_model/finetune_stage1.sh longer 128 24 1e-3
