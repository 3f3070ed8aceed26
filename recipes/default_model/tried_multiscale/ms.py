"Prototype: does combining class logits from two render sizes (a product of experts) beat one render size, by colour_score on validation photos?"
import sys, torch, torch.nn.functional as F, pandas as pd, numpy as np
from skimage.color import deltaE_ciede2000
from colorkit.models import load_colorizer
from colorkit.inference import model_input, render_shape, compose, upsampler
from colorkit.color import AB_SCALE, ab_at
from colorkit.metrics import HueStats, hue_stats, colour_score
from colorkit.train import _tuning_views, _lab_np
torch.set_num_threads(2)
model = load_colorizer('default').eval()
files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()][::int(sys.argv[1]) if len(sys.argv) > 1 else 1]
up = upsampler(model, None)
T, U, S = (0.5, 0.65, 0.8, 1.0, 1.25), (0., 0.15, 0.3), (0.85, 1.)
variants = ['r256', 'r128', 'geo128+256', 'arith128+256']
stats = {(v, t, u, s): [HueStats(), 0.] for v in variants for t in T for u in U for s in S}
gray_de, views = 0., _tuning_views(files, 256)
def logits_at(l, r):
    x, (h, w) = model_input(l, r), render_shape(*l.shape[-2:], r)
    with torch.no_grad(): out = model(x)
    st = x.shape[-1] / out.shape[-1]
    return out[..., :max(1, round(h / st)), :max(1, round(w / st))]
for l, truth in views:
    gray_de += float(deltaE_ciede2000(truth, _lab_np(compose(l, torch.zeros(2, 1, 1))), channel_axis=-1).mean())
    lg = {r: logits_at(l, r) for r in (128, 256)}
    size = lg[256].shape[-2:]
    al = {r: F.interpolate(v, size=size, mode='bilinear', align_corners=False) for r, v in lg.items()}
    H, W = l.shape[-2:]
    for t in T:
        for u in U:
            dec = lambda lo: model.decode_ab(lo, (H, W), t, u)[0] * AB_SCALE
            abs_ = {'r256': dec(lg[256]), 'r128': dec(lg[128]), 'geo128+256': dec((al[128] + al[256]) / 2)}
            p = (model.probs(al[128], t, u) + model.probs(al[256], t, u)) / 2
            abs_['arith128+256'] = ab_at(torch.einsum('bqhw,qc->bchw', p, model.centers) / AB_SCALE, (H, W))[0] * AB_SCALE
            for v, ab in abs_.items():
                for s in S:
                    lab = _lab_np(compose(l, ab * s, upsample=up))
                    st = stats[(v, t, u, s)]; st[0] += hue_stats(lab, truth); st[1] += float(deltaE_ciede2000(truth, lab, channel_axis=-1).mean())
n = len(views)
rows = [dict(variant=v, temperature=t, tau=u, saturation=s, bhr=hs.bhr, false_colour=hs.false_colour, delta_e=de / n, gray_delta_e=gray_de / n,
             score=colour_score(hs.bhr, hs.false_colour, de / n, gray_de / n)) for (v, t, u, s), (hs, de) in stats.items()]
df = pd.DataFrame(rows).sort_values('score', ascending=False)
df.to_csv('recipes/default_model/tried_multiscale/decoding.csv', index=False)
print(df.groupby('variant').head(1).round(4).to_string())
