"""hints_stage3.jpg: the same ten truth hints given to the default and to `hints` (stage 3, trained with the reach on), beside
the gray input, each model without hints, and the truth; four Kodak photos, then scikit-image's `camera` (a real
black-and-white photo, three hints as in camera.py). From the repository root."""
import numpy as np
from pathlib import Path
from PIL import Image
from skimage import data
from colorkit.evaluate import truth_hints
from colorkit.inference import colorize
from pictures import CAMERA_HINTS, dots

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
Image.fromarray(np.concatenate([np.asarray(cam.convert('RGB'))] + [dots(colorize(cam, m, hints=CAMERA_HINTS), CAMERA_HINTS) for m in ('default', 'hints')], 1)
                ).save(Path(__file__).parent/'camera_stage3.jpg', quality=88)
