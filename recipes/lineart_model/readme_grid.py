"""The README's line-art picture, made with the public API: the sample photo of the repository (`nbs/images/kodim23.jpg`)
and a held-out synthetic cartoon, each beside its coloring page from the bundled line-art model and from the best
classical filter (`color-edges`).
Run from the repository root: `python recipes/lineart_model/readme_grid.py`"""
from pathlib import Path
import numpy as np, matplotlib.pyplot as plt
from colorkit.io import open_image
from colorkit.lineart import lineart, cartoon, HELDOUT_SEEDS

HERE = Path(__file__).parent
inputs = [np.asarray(open_image('nbs/images/kodim23.jpg')), cartoon(HELDOUT_SEEDS[3]).image]
cols = [('input', lambda im: im), ('colorkit lineart (model)', lambda im: lineart(im)),
        ('color-edges filter', lambda im: lineart(im, 'color-edges'))]
fig, axs = plt.subplots(len(inputs), len(cols), figsize=(3.2 * len(cols), 2.6 * len(inputs)), squeeze=False)
for i, im in enumerate(inputs):
    for j, (title, f) in enumerate(cols):
        axs[i, j].imshow(np.asarray(f(im)), cmap='gray', vmin=0, vmax=255); axs[i, j].axis('off')
        if i == 0: axs[i, j].set_title(title, fontsize=9)
fig.tight_layout(); fig.savefig(HERE/'readme_lineart.png', dpi=90); plt.close(fig)
