#!/usr/bin/env bash
# Tried on the automatic model (stage 1 of the bundled default, `$AUTO`, the default when this ran): fine-tuning it at 224 px crops instead of 128, so that training sees objects
# at about the scale `colorize` renders them (256 px), with the same loss (no rebalancing) and data.
# Run from the repository root:  nohup recipes/default_model/tried_224/run.sh > /tmp/ft224.out 2>&1 &
# Running it again resumes where it stopped. The log, the history, the decoding table and the Kodak24 report land next to this script.
set -euo pipefail
export AUTO=${AUTO:-/work/train/default/automatic.pth} # written by recipes/default_model/run.sh
HERE=recipes/default_model/tried_224 recipes/default_model/finetune_stage1.sh ft224 224 7 3e-4
