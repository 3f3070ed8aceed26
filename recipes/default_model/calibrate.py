"""Calibrate the saturation of a model file on its own validation photos and store it in the file's meta data.
The validation photos are the ones `colorkit train` held out (same folder, `--valid-pct`, `--seed`); the gain is chosen
so that their mean colourfulness is `--target` (default: half) of the truth's. Kodak24 is not used.
Run: `python recipes/default_model/calibrate.py colorkit/weights/default.pth ../shared/data/photos-train`"""
import argparse
from colorkit.data import LabDataLoaders
from colorkit.evaluate import calibrate_saturation
from colorkit.models import load_colorizer, save_colorizer

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('model'); p.add_argument('data')
p.add_argument('--target', type=float, default=0.5)
p.add_argument('--valid-pct', type=float, default=0.05); p.add_argument('--seed', type=int, default=42)
a = p.parse_args()
model = load_colorizer(a.model)
valid = LabDataLoaders.from_folder(a.data, size=model.colorkit_meta.get('render_size', 128), bs=16, valid_pct=a.valid_pct, seed=a.seed,
                                   skip_bad=True, num_workers=0).valid_ds.items
s = round(calibrate_saturation(model, valid, a.target), 3)
save_colorizer(model, a.model, saturation=s, saturation_calibration=f'{a.target} x the colourfulness of {len(valid)} validation photos')
print(f'{a.model}: saturation {s} (mean colourfulness {a.target} x the truth on {len(valid)} validation photos)')
