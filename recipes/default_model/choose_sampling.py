"""Choose the default classifier's sampling settings on validation photos (never Kodak): per (top_p, coherence) at
sample_temperature 1, pooled BHR and false colour over every sample, diversity, best/mean CIEDE2000, colour_score.
usage: python recipes/default_model/choose_sampling.py VALID_FILES STEP MODEL OUT.json"""
import sys, json, itertools
from pathlib import Path
from colorkit.evaluate import evaluate, evaluate_diverse, sample_hue_stats, GRAY
from colorkit.inference import get_colorizer
from colorkit.metrics import colour_score

valid, step, name, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
files = [Path(f) for f in Path(valid).read_text().split()][::step]
model = get_colorizer(name)
_, one, _ = evaluate(files, {'one': model}, baseline_gray=True, fd=False)
gray_de = one[GRAY]['delta_e']
rows = []
def row(**r):
    r['score'] = colour_score(r['bhr'], r['fc'], r['de_mean'], gray_de)
    rows.append(r); print({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}, flush=True)
o = one['one']
row(p='one', c=0., bhr=o['bhr'], fc=o['false_colour'], de_best=o['delta_e'], de_mean=o['delta_e'], div=0.)
for p, c in itertools.product([0.8, 0.9, 0.95], [8., 16., 32.]):
    model.coherence, model.top_p = c, p
    df, kept = evaluate_diverse(files, model, n=4, temperature=1., seed=0)
    hs = sample_hue_stats(kept)
    row(p=p, c=c, bhr=hs.bhr, fc=hs.false_colour, de_best=df.delta_e_best.mean(), de_mean=df.delta_e_mean.mean(), div=df.diversity.mean())
Path(out).write_text(json.dumps(dict(gray_de=gray_de, n=len(files), rows=rows), indent=1))
