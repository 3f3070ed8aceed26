"""Tried on the bundled default (2026-12-06), not shipped: as `../tried_hue_recall` but with the recall part of
`soft_hue_recall` alone (its false-colour part dropped, so that the cross-entropy alone keeps neutral pixels neutral),
6 epochs. Figures in ../README.md. From the repository root:  nohup python recipes/default_model/tried_recall_only/train.py > /tmp/recall_only.out 2>&1 &
Then: colorkit evaluate ../shared/data/photos-eval --baseline gray --model default --model /work/hr2/recall_only.pth --out recipes/default_model/tried_recall_only/eval"""
import os
import colorkit.classify as C
_soft = C.soft_hue_recall
def recall_only(*a, **k):
    r, fc = _soft(*a, **k)
    return r, fc * 0
C.soft_hue_recall = recall_only
from colorkit.train import train_colorizer
D = os.environ.get('DATA', '../shared/data') # the run itself read /work/shared/data, the same folder
train_colorizer([f'{D}/photos-train', f'{D}/photos-more'], os.environ.get('OUT', '/work/hr2/recall_only.pth'), init='default',
                workdir=os.environ.get('WORKDIR', '/work/hr2/work'),
                kind='classifier', decoder='pyramid', size=128, bs=16, freeze_epochs=0, epochs=6, lr=5e-4, hue_recall=1.)
