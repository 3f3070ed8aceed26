"""Two-step polishes trained with `EdgeL1Loss` spans (2026-12-06) on the validation drawings of the illustration split
(`valid_files.txt` of a `two_step.sh` working folder; never the held-out ones), each with bilinear and `ink` upsampling,
beside the one-step illustration model with `ink` (the shipped file). From the repository root:
    python recipes/illustration_model/edge_spans/valid.py VALID_FILES MODEL_FILE...
"""
import sys
from colorkit.evaluate import evaluate

def score(files, model, **kw) -> str:
    "Pooled bleeding, paper, BHR and false colour, and mean CIEDE2000, of `model` on `files` (`evaluate`, `kw` passed on)"
    s = next(iter(evaluate(files, {'m': model}, baseline_gray=False, fd=False, illustration=True, **kw)[1].values()))
    return (f"bleeding {s['bleeding']:6.2f} paper {s['paper_false_colour']:.4f} CIEDE2000 {s['delta_e']:6.3f} "
            f"BHR {s['bhr']:.3f} false colour {s['false_colour']:.3f} colourfulness {s['cf_pred']:.1f} (truth {s['cf_true']:.1f})")

if __name__ == '__main__':
    valid, *models = sys.argv[1:]
    files = [l.strip() for l in open(valid) if l.strip()]
    print('one step (illustration), ink', score(files, 'illustration', upsample='ink'), flush=True)
    for m in models:
        for up in ('bilinear', 'ink'): print(m, up, score(files, m, upsample=up, render_size=256), flush=True)
