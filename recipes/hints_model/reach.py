"""`ClassColorizer.hint_reach` and `hint_tone` of the bundled default, measured on sixths of its validation photos (never Kodak24)
with hints simulated from the truth. From the repository root, e.g. (2026-12-06: chosen on sixths 0 and 3, checked on the rest):
    python recipes/hints_model/reach.py 0,3 "0,10;0.1,10;0.15,10;0.2,10;0.15,7;0.15,14" 10,20
    python recipes/hints_model/reach.py 1,2,4,5 "0,10;0.15,10" 10,20
A setting is "reach,tone"; reach 0: hints heard at their own cells only (the model as trained)."""
import sys, time
from colorkit.inference import get_colorizer
from colorkit.evaluate import evaluate_hints
files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()]
sel = [f for k in sys.argv[1].split(',') for f in files[int(k)::6]]
m = get_colorizer('default')
counts = tuple(int(c) for c in sys.argv[3].split(',')) if len(sys.argv) > 3 else (10,)
for setting in sys.argv[2].split(';'):
    m.hint_reach, m.hint_tone = map(float, setting.split(','))
    t0 = time.time()
    for r in evaluate_hints(sel, {'default': m}, counts=counts).itertuples():
        print(f"reach {m.hint_reach} tone {m.hint_tone} hints {r.hints}: CIEDE2000 {r.delta_e:.3f}, BHR {r.bhr:.3f}, false colour {r.false_colour:.3f}, region {r.region:.3f} ({time.time()-t0:.0f} s)", flush=True)
