"""Writes the render size chosen with `measure.py` (`LINEART_RENDER_SIZE`, 512; it was 256) into the bundled line-art
model (its weights untouched). From the repository root: `python recipes/lineart_model/render_size/set_render_size.py`"""
from colorkit.models import load_colorizer, save_colorizer, LINEART_MODEL
from colorkit.lineart import LINEART_RENDER_SIZE
m = load_colorizer(LINEART_MODEL)
save_colorizer(m, LINEART_MODEL, render_size=LINEART_RENDER_SIZE,
               render_size_rule='line F-score on held-out cartoons at 384 to 768 px, and pages of real drawings looked at (render_size/measure.py)')
