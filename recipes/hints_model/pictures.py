"What the picture scripts of this card share (grid.py, camera.py, grid_stage3.py): how a hint is drawn, and the camera's hints"
import numpy as np
from PIL import Image, ImageDraw
from colorkit.hints import Hint

CAMERA_HINTS = [Hint(100, 60, '#6fa8dc'), Hint(300, 470, '#6aa84f'), Hint(250, 200, '#3d2b1f')] # on skimage's camera: sky blue, grass green, glove brown

def dots(im:Image.Image, hints:list) -> np.ndarray:
    "`im` as an RGB array with each hint drawn on it: a dot of its colour, ringed in white"
    draw = ImageDraw.Draw(im)
    for h in hints: draw.ellipse([h.x - 6, h.y - 6, h.x + 6, h.y + 6], fill=h.color, outline='white', width=2)
    return np.asarray(im.convert('RGB'))
