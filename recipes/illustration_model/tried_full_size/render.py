"""The two-step polish at the drawings' full size (tried 2026-12-06, not shipped; figures in ../README.md).

Scores a two-step model on the recipe's validation drawings at render size 256, 384 with both steps at 384, and 384 with
the coarse step still seeing 256 px (a patched `coarse_ab`: the library has no such option). The polish scored was the
one `two_step.sh` leaves after its L1 phase, read from that run's working folder; the one-step rows of the card are
`colorkit evaluate ... --only VALID --illustration --no-fd --render-size N --model illustration`. From the repository root:
    python recipes/illustration_model/tried_full_size/render.py ../two_step_training/valid_files.txt ../two_step_training/l1/latest.pth
"""
import math, sys, types
import torch, torch.nn.functional as F
from colorkit.color import ab_at
from colorkit.evaluate import evaluate
from colorkit.twostep import two_step_colorizer

def polish_from(checkpoint):
    "The bundled illustration model as the coarse step, with the polish of a `two_step.sh` checkpoint"
    m = two_step_colorizer('colorkit/weights/illustration.pth')
    m.load_state_dict(torch.load(checkpoint, map_location='cpu', weights_only=True)['model'])
    return m.eval()

def coarse_at(m, size:int):
    "`m` with its coarse step shown the input shrunk to at most `size` px (a multiple of 32 each side)"
    def coarse_ab(self, x):
        h, w = x.shape[-2:]
        s = min(1., size / max(h, w))
        small = x if s == 1 else F.interpolate(x, size=(math.ceil(h * s / 32) * 32, math.ceil(w * s / 32) * 32),
                                               mode='bilinear', antialias=True, align_corners=False)
        with torch.no_grad(): ab = self.coarse.predict_ab(small)
        return ab_at(ab.float(), (h, w))
    m.coarse_ab = types.MethodType(coarse_ab, m)
    return m

if __name__ == '__main__':
    valid, checkpoint = sys.argv[1:3]
    files = [l.strip() for l in open(valid) if l.strip() and not l.startswith('#')]
    runs = {'both steps at 256': (polish_from(checkpoint), 256), 'both steps at 384': (polish_from(checkpoint), 384),
            'coarse at 256, polish at 384': (coarse_at(polish_from(checkpoint), 256), 384)}
    for name, (m, r) in runs.items():
        s = evaluate(files, {name: m}, baseline_gray=False, render_size=r, fd=False, illustration=True)[1][name]
        print(f"{name}: CIEDE2000 {s['delta_e']:.2f}, BHR {s['bhr']:.3f}, false colour {s['false_colour']:.3f}, bleeding {s['bleeding']:.1f}", flush=True)
