"""Hints spread by optimisation, Levin et al. 2004 (tried 2026-12-06, not shipped; figures in ../README.md).

Replaces `spread_hints` (as `colorize_iter` calls it) with a sparse solve: a residual field that is smooth where
4-neighbours have similar lightness (weights exp(-dL^2 / 2 sigma^2)), pulled towards no correction by mu, and held at
each hint's residual over a square of 2 * half + 1 pixels. Ten truth hints on every 6th validation photo of the
default model's split, `spread_hints` first. From the repository root:
    python recipes/hints_model/tried_optimisation/levin.py 5:1e-4:4 10:1e-4:4 10:1e-3:4 5:1e-3:0
"""
import sys
import numpy as np, torch, scipy.sparse as sp, scipy.sparse.linalg as spl
import colorkit.inference as inference
from colorkit.hints import render_pixel, spread_hints
from colorkit.evaluate import evaluate_hints

def optimised_spread(sigma:float, mu:float, half:int, strength:float=100.):
    "A `spread_hints` that solves for the residual field by optimisation"
    def spread(ab, l, hints, image_size, **kwargs):
        if not hints: return ab
        h, w = ab.shape[-2:]
        idx, L = np.arange(h * w).reshape(h, w), l[0].double().numpy()
        pairs = [(idx[:, :-1], idx[:, 1:], L[:, :-1] - L[:, 1:]), (idx[:-1], idx[1:], L[:-1] - L[1:])]
        rows = np.concatenate([np.r_[a.ravel(), b.ravel()] for a, b, _ in pairs])
        cols = np.concatenate([np.r_[b.ravel(), a.ravel()] for a, b, _ in pairs])
        vals = np.concatenate([np.tile(np.exp(-d.ravel() ** 2 / (2 * sigma ** 2)), 2) for _, _, d in pairs])
        W = sp.csr_matrix((vals, (rows, cols)), shape=(h * w, h * w))
        held, rhs = np.zeros((h, w)), np.zeros((2, h, w))
        for hint in hints:
            cx, cy = render_pixel(hint, image_size, (h, w))
            cx, cy = min(w - 1, cx), min(h - 1, cy) # a hint on the last half pixel
            ys, xs = slice(max(0, cy - half), cy + half + 1), slice(max(0, cx - half), cx + half + 1)
            held[ys, xs] = strength
            rhs[:, ys, xs] = strength * (np.array(hint.ab) - ab.reshape(-1, 2, h, w)[0, :, cy, cx].double().numpy())[:, None, None]
        solve = spl.factorized((sp.diags(np.asarray(W.sum(1)).ravel() + mu + held.ravel()) - W).tocsc())
        return ab + torch.from_numpy(np.stack([solve(r.ravel()) for r in rhs])).to(ab.dtype).view(2, h, w)
    return spread

if __name__ == '__main__':
    files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()][::6]
    settings = [None] + [(float(s), float(m), int(q)) for s, m, q in (a.split(':') for a in sys.argv[1:])]
    for st in settings:
        inference.spread_hints = spread_hints if st is None else optimised_spread(*st)
        r = evaluate_hints(files, {'hints': 'default'}, counts=(10,)).iloc[0]
        print(st or 'spread_hints', f"CIEDE2000 {r.delta_e:.2f}, BHR {r.bhr:.3f}, false colour {r.false_colour:.3f}, region {r.region:.3f}", flush=True)
