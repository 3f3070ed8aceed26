"""The README's pictures, made with the public API:
1. `readme_grid.png`: Kodak24 photos (never trained on) shown in black and white: input | the previous default model
   (if OLD names its file) | the bundled model | the original. The same photos as before, chosen before this model
   existed, plus the two with the worst CIEDE2000 of the bundled model in `eval/per_image.csv`: failures included.
2. `bw_grid.png`: real black-and-white photos that ship with scikit-image (`camera`, `coins`, and the CC0 textures
   `grass` and `brick`; free to use) and the sample photo of the repository: input | the bundled model.
Run from the repository root: `OLD=old_default.pth python recipes/default_model/readme_grid.py`"""
import os
from pathlib import Path
import numpy as np, pandas as pd, matplotlib.pyplot as plt, skimage.data
from PIL import Image
from colorkit.inference import colorize

HERE, EVAL = Path(__file__).parent, Path('../shared/data/photos-eval')

def grid(rows:list, titles:list, fname, width:float=2.6):
    fig, axs = plt.subplots(len(rows), len(titles), figsize=(width * len(titles), width * 0.72 * len(rows)), squeeze=False)
    for i, row in enumerate(rows):
        for j, img in enumerate(row):
            axs[i, j].imshow(np.asarray(img), cmap='gray' if np.asarray(img).ndim == 2 else None, vmin=0, vmax=255); axs[i, j].axis('off')
            if i == 0: axs[i, j].set_title(titles[j], fontsize=9)
    fig.tight_layout(); fig.savefig(fname, dpi=90); plt.close(fig)

per_image = pd.read_csv(HERE/'eval'/'per_image.csv')
worst = per_image[per_image.model == 'default'].sort_values('delta_e').image.tolist()[-2:]
names = [f"kodak24_kodim{n:02d}.png" for n in (3, 7, 15, 22)] + worst
files = [EVAL/n for n in dict.fromkeys(names)]
gray = [Image.open(f).convert('L') for f in files]
models = ([('previous default', os.environ['OLD'])] if os.environ.get('OLD') else []) + [('colorkit (bundled model)', None)]
cols = [colorize(gray, m) for _, m in models]
grid([[g, *(c[i] for c in cols), Image.open(f)] for i, (f, g) in enumerate(zip(files, gray))],
     ['input (gray)', *(n for n, _ in models), 'original'], HERE/'readme_grid.png')

bw = [Image.fromarray(getattr(skimage.data, n)()) for n in ('camera', 'coins', 'grass', 'brick')] + [Image.open('nbs/images/parrots_gray.jpg')]
grid([[b, c] for b, c in zip(bw, colorize(bw))], ['black-and-white input', 'colorkit'], HERE/'bw_grid.png', width=3.4)
