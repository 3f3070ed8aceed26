"""camera_hints.jpg: a real black-and-white photo (scikit-image's `camera`) with three hints: the default without hints,
then with them heard at their cells alone (`hint_reach` 0, as before 2026-12-06), then as bundled. From the repository root."""
from pathlib import Path
import numpy as np
from PIL import Image, ImageDraw
from skimage import data
from colorkit.inference import colorize, get_colorizer
from colorkit.hints import Hint

model, cam = get_colorizer('default'), Image.fromarray(data.camera())
hints = [Hint(100, 60, '#6fa8dc'), Hint(300, 470, '#6aa84f'), Hint(250, 200, '#3d2b1f')] # sky blue, grass green, glove brown
reach = model.hint_reach
panels = [colorize(cam, model)]
for r in (0., reach):
    model.hint_reach = r
    im = colorize(cam, model, hints=hints)
    draw = ImageDraw.Draw(im)
    for h in hints: draw.ellipse([h.x - 6, h.y - 6, h.x + 6, h.y + 6], fill=h.color, outline='white', width=2)
    panels.append(im)
Image.fromarray(np.concatenate([np.asarray(p.convert('RGB')) for p in panels], 1)).save(Path(__file__).parent/'camera_hints.jpg', quality=88)
