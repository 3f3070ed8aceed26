"""Writes the hint reach chosen with `reach.py` into the bundled default (its weights untouched). From the repository root:
    python recipes/hints_model/set_reach.py"""
from colorkit.models import load_colorizer, save_colorizer, model_file
m = load_colorizer('default')
m.set_decoding(hint_reach=0.15, hint_tone=10.)
save_colorizer(m, model_file('default'), hint_reach_rule='mean CIEDE2000 with ten truth hints on two sixths of the validation photos (reach.py)')
