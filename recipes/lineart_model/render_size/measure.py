"""Line art of pictures larger than the render size: seen at 256 (the bundled model's recommendation until
2026-12-07), at 512, or at their own size. Held-out synthetic cartoons (never trained on) drawn at 384, 512 and 768 px,
their truth lines and the match tolerance scaled with the picture (2 px per 256), sharp, and at 768 px also blurred
(sigma 2 px: a large scan or photo of a drawing, whose edges are soft at the pixel scale). Writes measure.csv beside
itself. Run from the repository root: `python recipes/lineart_model/render_size/measure.py` (about 10 minutes on 2 cores)"""
from pathlib import Path
import numpy as np, pandas as pd
from skimage.filters import gaussian
from colorkit.lineart import cartoon, lineart, line_stats, coloring_page, LineStats, HELDOUT_SEEDS

rows = []
for size, blur in [(384, 0), (512, 0), (768, 0), (768, 2)]:
    for method in ('model', 'color-edges'):
        stats = {}
        for seed in list(HELDOUT_SEEDS)[:30]:
            c, tol = cartoon(seed, size=size, width=max(2, size // 128)), max(2, size / 128)
            img = c.image if not blur else (gaussian(c.image / 255., blur, channel_axis=-1) * 255).round().astype(np.uint8)
            for r in sorted({256, 512, size}):
                if r > size: continue
                ink = lineart(img, method, page=False, render_size=r)
                raw, page = stats.get(r, (LineStats(), LineStats()))
                stats[r] = (raw + line_stats(ink > 0.5, c.lines, c.flat, tol=tol),
                            page + line_stats(np.asarray(coloring_page(ink)) == 0, c.lines, c.flat, tol=tol))
        for r, (raw, page) in stats.items():
            rows.append(dict(size=size, blur=blur, method=method, render_size=r, raw_f=raw.f_score, raw_recall=raw.recall,
                             raw_precision=raw.precision, page_f=page.f_score, page_recall=page.recall, page_precision=page.precision))
df = pd.DataFrame(rows).round(4)
df.to_csv(Path(__file__).parent/'measure.csv', index=False)
print(df.to_string(index=False))
