"""Choose the illustration model's decoding again with `tune_decoding`'s own-size rule (a drawing smaller than a candidate
render size is seen at its own size, not below the 128 px of training, as `colorize` sees it), on the same 128
validation drawings the recipe chose it on: the split is rebuilt as `colorkit train` made it (seed 42, the held-out
drawings left out). Writes `decoding.csv` here. Run from the repository root: `python recipes/illustration_model/own_size/retune.py`"""
import time
from pathlib import Path
from colorkit.data import LabDataLoaders, read_names
from colorkit.train import tune_decoding
from colorkit.inference import get_colorizer

HERE, ILL = Path(__file__).parent, Path('../shared/data/illustrations')
folders = sorted(p for p in ILL.iterdir() if p.is_dir())
exclude = read_names('recipes/illustration_model/heldout.txt')
dls = LabDataLoaders.from_folder(folders, size=128, bs=16, valid_pct=0.05, seed=42, skip_bad=True, exclude=exclude, num_workers=0)
valid = [str(f) for f in dls.valid_ds.items]
print(f"{len(dls.train_ds)} training, {len(valid)} validation drawings", flush=True)
t = time.time()
res = tune_decoding(get_colorizer('illustration'), valid, render_sizes=(128, 256), upsample='ink', train_size=128)
res.to_csv(HERE/'decoding.csv', index=False)
print(f"{time.time() - t:.0f} s"); print(res.head(8).to_string())
