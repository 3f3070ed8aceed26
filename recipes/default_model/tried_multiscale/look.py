"""Tried 2026-12-06, not adopted (see ../README.md): the three decodings side by side on four Kodak photos and the sample, written to /tmp. Run from the repository root."""
import torch, torch.nn.functional as F, numpy as np
from PIL import Image
from colorkit.models import load_colorizer
from colorkit.inference import model_input, render_shape, compose, upsampler, image_lightness
from colorkit.color import AB_SCALE, lab_to_rgb
torch.set_num_threads(2)
model = load_colorizer('default').eval(); up = upsampler(model, None)
files = ['../shared/data/photos-eval/kodak24_kodim03.png', '../shared/data/photos-eval/kodak24_kodim05.png', '../shared/data/photos-eval/kodak24_kodim14.png',
         '../shared/data/photos-eval/kodak24_kodim24.png', 'nbs/images/parrots_gray.jpg']
import os; files = [f if os.path.exists(f) else f.replace('.png', '.jpg') for f in files]
def logits_at(l, r):
    x, (h, w) = model_input(l, r), render_shape(*l.shape[-2:], r)
    with torch.no_grad(): out = model(x)
    st = x.shape[-1] / out.shape[-1]
    return out[..., :max(1, round(h / st)), :max(1, round(w / st))]
rows = []
for f in files:
    l, _ = image_lightness(f)
    lg = {r: logits_at(l, r) for r in (128, 256)}
    a128 = F.interpolate(lg[128], size=lg[256].shape[-2:], mode='bilinear', align_corners=False)
    H, W = l.shape[-2:]
    outs = []
    for name, lo, t, u in [('now r256 T.65 tau.15', lg[256], .65, .15), ('r256 T1 tau0', lg[256], 1., 0.), ('geo T1 tau0', (lg[256] + a128) / 2, 1., 0.)]:
        ab = model.decode_ab(lo, (H, W), t, u)[0] * AB_SCALE * 0.85
        lab = compose(l, ab, upsample=up)
        outs.append(np.asarray(lab if isinstance(lab, Image.Image) else lab))
    row = np.concatenate([np.asarray(Image.fromarray(o).resize((384, round(384 * H / W)))) for o in outs], 1)
    rows.append(row)
w = max(r.shape[1] for r in rows)
Image.fromarray(np.concatenate([r for r in rows], 0)).save('/tmp/multiscale_look.jpg', quality=90)
