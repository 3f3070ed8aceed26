"""Choose the default classifier's sampling settings on validation photos (never Kodak): per (top_p, coherence) at
sample_temperature 1, pooled BHR and false colour over every sample, diversity, best/mean CIEDE2000, colour_score."""
import sys, json, itertools
import numpy as np, torch
from pathlib import Path
from skimage.color import rgb2lab
from colorkit.inference import get_colorizer, colorize_iter, raising, colorize
from colorkit.evaluate import diversity
from colorkit.metrics import image_metrics, hue_stats, HueStats, colour_score
from colorkit.io import open_image

# usage: python recipes/default_model/choose_sampling.py VALID_FILES STEP MODEL OUT.json
valid, step, name, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
files = [Path(f) for f in Path(valid).read_text().split()][::step]
model = get_colorizer(name)
truths = {f: np.asarray(open_image(f)) for f in files}
gray_de = np.mean([image_metrics(np.asarray(o.convert('RGB')), truths[f])['delta_e'] for f, o in zip(files, colorize(files, model='gray'))])
rows = []
def row(**r):
    r['score'] = colour_score(r['bhr'], r['fc'], r['de_mean'], gray_de)
    rows.append(r); print({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}, flush=True)
one = dict(zip(files, [np.asarray(o.convert('RGB')) for o in colorize(files, model=model)]))
hs = sum((hue_stats(rgb2lab(one[f]), rgb2lab(truths[f])) for f in files), HueStats())
de = float(np.mean([image_metrics(one[f], truths[f])['delta_e'] for f in files]))
row(p='one', c=0., bhr=hs.bhr, fc=hs.false_colour, de_best=de, de_mean=de, div=0.)
for p, c in itertools.product([0.8, 0.9, 0.95], [8., 16., 32.]):
    model.sample_temperature, model.coherence, model.top_p = 1., c, p
    torch.manual_seed(0)
    hs, dbest, dmean, div = HueStats(), [], [], []
    for f, imgs in raising(colorize_iter(files, model, samples=4)):
        preds = [np.asarray(i.convert('RGB')) for i in imgs]
        hs = sum((hue_stats(rgb2lab(q), rgb2lab(truths[f])) for q in preds), hs)
        d = [image_metrics(q, truths[f])['delta_e'] for q in preds]
        dbest.append(min(d)); dmean.append(np.mean(d)); div.append(diversity(preds))
    row(p=p, c=c, bhr=hs.bhr, fc=hs.false_colour, de_best=float(np.mean(dbest)), de_mean=float(np.mean(dmean)), div=float(np.mean(div)))
Path(out).write_text(json.dumps(dict(gray_de=gray_de, n=len(files), rows=rows), indent=1))
