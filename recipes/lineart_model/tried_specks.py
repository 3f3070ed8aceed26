"""The bundled line-art model's raw specks on the held-out sets (see the card): how sure the model is of them, a
picture of the first twelve on the cartoons (`tried_specks.png`: input | ink | truth, 40 px around each, enlarged),
and hysteresis that keeps ink above 0.5 only where it touches ink above a high threshold, against plain ink > 0.5.
Run from the repository root: `python recipes/lineart_model/tried_specks.py` (a few minutes on 2 cores)"""
from pathlib import Path
import numpy as np
from PIL import Image
from skimage import measure
from skimage.filters import apply_hysteresis_threshold
from colorkit.lineart import lineart_sets, lineart, line_stats, LineStats

HERE, PAIRS = Path(__file__).parent, Path('../shared/data/sketch-pairs')
sets = lineart_sets([PAIRS/'openmoji', PAIRS/'edges2shoes'])
inks = {k: [lineart(s.image, 'model', page=False, render_size=max(s.image.shape[:2])) for s in v] for k, v in sets.items()}

def crop(a, y, x, r=20): # the 2r px square from (y - r, x - r), enlarged three times
    y, x = max(0, y - r), max(0, x - r)
    a = a if a.ndim == 3 else np.stack([a] * 3, -1)
    return np.asarray(Image.fromarray(a[y:y + 2 * r, x:x + 2 * r]).resize((6 * r, 6 * r), Image.NEAREST))
sure, tiles = [], []
for s, ink in zip(sets['cartoons'], inks['cartoons']):
    for r in measure.regionprops(measure.label(ink > 0.5, connectivity=2), intensity_image=ink):
        if r.area >= 10: continue
        sure.append(r.intensity_max)
        y, x = map(int, r.centroid)
        tile = [crop(a, y, x) for a in (s.image, (255 - ink * 255).astype(np.uint8), np.where(s.lines, 0, 255).astype(np.uint8))]
        if tile[0].shape[:2] == (120, 120): tiles.append(np.concatenate(tile, 1))
Image.fromarray(np.concatenate(tiles[:12], 0)).save(HERE/'tried_specks.png')
sure = np.array(sure)
print(f"cartoons: {len(sure)} raw specks; their largest ink: median {np.median(sure):.2f}, {(sure >= 0.9).mean():.0%} at 0.9 or more")
for name, samples in sets.items():
    for high in (None, 0.8, 0.9, 0.95):
        st = LineStats()
        for s, ink in zip(samples, inks[name]): st = st + line_stats(ink > 0.5 if high is None else apply_hysteresis_threshold(ink, 0.5, high), s.lines, s.flat)
        print(name, 'ink > 0.5' if high is None else f'hysteresis 0.5/{high}', {k: round(v, 3) for k, v in st.scores().items()})
