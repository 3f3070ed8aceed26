"""camera_hints.jpg: a real black-and-white photo (scikit-image's `camera`) with three hints: the default without hints,
then with them heard at their cells alone (`hint_reach` 0, as before 2026-12-06), then as bundled. From the repository root."""
from pathlib import Path
import numpy as np
from PIL import Image
from skimage import data
from colorkit.inference import colorize, get_colorizer
from pictures import CAMERA_HINTS, dots

model, cam = get_colorizer('default'), Image.fromarray(data.camera())
reach = model.hint_reach
panels = [np.asarray(colorize(cam, model).convert('RGB'))]
for r in (0., reach):
    model.hint_reach = r
    panels.append(dots(colorize(cam, model, hints=CAMERA_HINTS), CAMERA_HINTS))
Image.fromarray(np.concatenate(panels, 1)).save(Path(__file__).parent/'camera_hints.jpg', quality=88)
