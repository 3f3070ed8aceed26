"""hints_stage3.jpg: the same ten truth hints given to the default and to `hints` (stage 3, trained with the reach on), beside
the gray input, each model without hints, and the truth; four Kodak photos, then scikit-image's `camera` (a real
black-and-white photo, three hints as in camera.py). From the repository root."""
import numpy as np
from pathlib import Path
from PIL import Image, ImageDraw
from skimage import data
from colorkit.evaluate import truth_hints
from colorkit.hints import Hint
from colorkit.inference import colorize

def dots(im, hints):
    draw = ImageDraw.Draw(im)
    for h in hints: draw.ellipse([h.x - 6, h.y - 6, h.x + 6, h.y + 6], fill=h.color, outline='white', width=2)
    return np.asarray(im.convert('RGB'))

rows = []
for i, name in enumerate(['kodim03', 'kodim05', 'kodim14', 'kodim23']):
    f = Path(f'../shared/data/photos-eval/kodak24_{name}.png')
    truth = np.asarray(Image.open(f).convert('RGB'))
    hints = truth_hints(truth, 10, seed=(1, i)) # as in grid.py
    rows.append(np.concatenate([np.asarray(Image.open(f).convert('L').convert('RGB')),
                                *[np.asarray(colorize(f, m)) for m in ('default', 'hints')],
                                *[dots(colorize(f, m, hints=hints), hints) for m in ('default', 'hints')], truth], 1))
grid = Image.fromarray(np.concatenate(rows, 0))
grid.resize((grid.width // 2, grid.height // 2), Image.LANCZOS).save(Path(__file__).parent/'hints_stage3.jpg', quality=88)
cam = Image.fromarray(data.camera())
hints = [Hint(100, 60, '#6fa8dc'), Hint(300, 470, '#6aa84f'), Hint(250, 200, '#3d2b1f')] # sky blue, grass green, glove brown
Image.fromarray(np.concatenate([np.asarray(cam.convert('RGB'))] + [dots(colorize(cam, m, hints=hints), hints) for m in ('default', 'hints')], 1)
                ).save(Path(__file__).parent/'camera_stage3.jpg', quality=88)
