"""`spread_hints` settings re-checked with one-pixel hints (2026-12-06): ten truth hints on two sixths (60) of the default
model's validation photos (never Kodak24), the shipped setting (first) and seven around it. From the repository root:
    python recipes/hints_model/spread_recheck.py 0,3
"""
import sys, functools
from colorkit import hints, inference
from colorkit.evaluate import evaluate_hints
files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()]
subsets = [int(k) for k in sys.argv[1].split(',')]
sel = [f for k in subsets for f in files[k::6]]
for spread, tone, floor in [(0.2, 20, 0.3), (0.3, 20, 0.3), (0.12, 20, 0.3), (0.2, 40, 0.3), (0.2, 20, 0.1), (0.2, 20, 1.0), (0.3, 40, 0.3), (0.3, 20, 0.1)]:
    inference.spread_hints = functools.partial(hints.spread_hints, spread=spread, tone=tone, floor=floor)
    r = evaluate_hints(sel, counts=(10,)).iloc[0]
    print(f"spread {spread} tone {tone} floor {floor}: CIEDE2000 {r.delta_e:.3f}, BHR {r.bhr:.3f}, false colour {r.false_colour:.3f}, region {r.region:.3f}", flush=True)
