"""How `HINT_SIZE` was chosen (2026-12-06): ten truth hints on the default model's validation photos (its
`valid_files.txt`, never Kodak24), each sixth of them at a time, for each side of the square a point hint fills at
the render size. Prints CIEDE2000 (mean), BHR and false colour (pooled) and the share of hint regions right, per
subset and size. From the repository root:
    python recipes/hints_model/hint_size.py 1,5 0,1,2,3,4,5     # all 180 photos, as in nbs/02a_hints.ipynb
    python recipes/hints_model/hint_size.py 1,3,5,7,11,21 3     # the wider sweep, on one sixth
"""
import functools, sys
from colorkit import hints, inference
from colorkit.evaluate import evaluate_hints

if __name__ == '__main__':
    sizes, subsets = ([int(v) for v in a.split(',')] for a in sys.argv[1:3])
    files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()]
    for k in subsets:
        for size in sizes:
            inference.hint_channels = functools.partial(hints.hint_channels, size=size) # what `colorize_iter` calls
            r = evaluate_hints(files[k::6], counts=(10,)).iloc[0]
            print(f"photos {k}::6, size {size}: CIEDE2000 {r.delta_e:.3f}, BHR {r.bhr:.3f}, false colour {r.false_colour:.3f}, "
                  f"region right {r.region:.3f}", flush=True)
