"""The README's picture of the illustration model, on images that may ship: OpenMoji emoji (CC BY-SA 4.0,
https://openmoji.org; the grid is shared under the same licence), which no colorizer was trained on. Columns: the gray
input | the bundled photo model | the illustration model | the original. The emoji were chosen by name before
looking at any result: a tree, a tomato, a tangerine, a strawberry, a tulip and a sun.
Run from the repository root: `python recipes/illustration_model/readme_grid.py`"""
from pathlib import Path
import numpy as np, matplotlib.pyplot as plt
from PIL import Image
from colorkit.inference import colorize

HERE, EMOJI = Path(__file__).parent, Path('../shared/data/sketch-pairs/openmoji/color')
NAMES = ['1F333', '1F345', '1F34A', '1F353', '1F337', '1F31E'] # deciduous tree, tomato, tangerine, strawberry, tulip, sun with face

files = [EMOJI/f'openmoji_{n}.jpg' for n in NAMES if (EMOJI/f'openmoji_{n}.jpg').exists()]
big = [Image.open(f).convert('RGB').resize((216, 216), Image.LANCZOS) for f in files] # 72 px, shown 3x
gray = [im.convert('L') for im in big]
cols = [gray, colorize(gray, 'default'), colorize(gray, 'illustration'), big]
titles = ['input (gray)', 'photo model', 'illustration model', 'original']
fig, axs = plt.subplots(len(cols), len(files), figsize=(1.6 * len(files), 1.75 * len(cols)), squeeze=False)
for i, (title, row) in enumerate(zip(titles, cols)):
    for j, img in enumerate(row):
        axs[i, j].imshow(np.asarray(img), cmap='gray' if np.asarray(img).ndim == 2 else None, vmin=0, vmax=255); axs[i, j].axis('off')
    axs[i, 0].set_title(title, fontsize=9, loc='left')
fig.tight_layout(); fig.savefig(HERE/'readme_grid.png', dpi=90); plt.close(fig)
