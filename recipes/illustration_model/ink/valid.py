"""Where the figures for `ink_upsample` in the illustration card come from (2026-12-06): on the validation drawings of
the illustration split (`valid_files.txt` of a `run.sh` or `two_step.sh` working folder; never the held-out ones),
the illustration model with bilinear upsampling, with `ink_upsample` at its defaults, and with one setting changed at
a time; and the two-step polish of `two_step.sh`'s L1 phase (its working folder's checkpoint) both ways; and the
default model on every 3rd of its own validation photos with each upsampler. From the repository root:
    python recipes/illustration_model/ink/valid.py ../two_step_training/valid_files.txt ../two_step_training/l1/latest.pth
"""
import functools, sys
from pathlib import Path
from colorkit import inference
from colorkit.inference import ink_upsample
from colorkit.evaluate import evaluate
sys.path.insert(0, str(Path(__file__).parent.parent/'tried_full_size'))
from render import polish_from

def score(files, model, lines=True, colourfulness=False, **kw):
    "Pooled bleeding, paper, BHR and false colour, mean CIEDE2000 (and colourfulness), of `model` on `files` (`evaluate`, `kw` passed on)"
    s = next(iter(evaluate(files, {'m': model}, baseline_gray=False, fd=False, illustration=lines, **kw)[1].values()))
    return (f"bleeding {s['bleeding']:6.2f} paper {s['paper_false_colour']:.4f} " if lines else '') + \
           f"CIEDE2000 {s['delta_e']:6.3f} BHR {s['bhr']:.3f} false colour {s['false_colour']:.3f}" + \
           (f" colourfulness {s['cf_pred']:.1f} (truth {s['cf_true']:.1f})" if colourfulness else '')

if __name__ == '__main__':
    valid, checkpoint = sys.argv[1:3]
    files = [l.strip() for l in open(valid) if l.strip()]
    print('illustration, bilinear', score(files, 'illustration', upsample='bilinear'), flush=True)
    for kw in ({}, dict(sigma_s=10), dict(sigma_s=40), dict(near=1), dict(near=3), dict(sigma_r=5), dict(sigma_r=20)):
        inference.UPSAMPLERS['ink'] = functools.partial(ink_upsample, **kw)
        print('illustration, ink', kw or '(defaults)', score(files, 'illustration', upsample='ink'), flush=True)
    inference.UPSAMPLERS['ink'] = ink_upsample
    two_step = polish_from(checkpoint)
    for up in ('bilinear', 'ink'): print('two-step L1 polish,', up, score(files, two_step, upsample=up, render_size=256), flush=True)
    photos = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()][::3]
    for up in ('guided', 'bilinear', 'ink'): print('default on photos,', up, score(photos, None, lines=False, upsample=up), flush=True)
