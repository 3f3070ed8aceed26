"""Writes the render size chosen with `measure.py` (512, was 256) into the bundled line-art model (its weights
untouched). From the repository root: `python recipes/lineart_model/render_size/set_render_size.py`"""
from colorkit.models import load_colorizer, save_colorizer, LINEART_MODEL
m = load_colorizer(LINEART_MODEL)
save_colorizer(m, LINEART_MODEL, render_size=512,
               render_size_rule='line F-score on held-out cartoons at 384 to 768 px, and pages of real drawings looked at (render_size/measure.py)')
