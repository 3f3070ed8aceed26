# Re-choose the illustration model's decoding with tune_decoding's own-size rule, on the same 128 validation drawings
import time
from pathlib import Path
from colorkit.data import LabDataLoaders, read_names
from colorkit.train import tune_decoding
from colorkit.inference import get_colorizer
ILL = Path('../shared/data/illustrations')
folders = sorted(str(p) + '/' for p in ILL.iterdir() if p.is_dir())
exclude = read_names('recipes/illustration_model/heldout.txt')
dls = LabDataLoaders.from_folder([Path(f) for f in folders], size=128, bs=16, valid_pct=0.05, seed=42, skip_bad=True, exclude=exclude, num_workers=0)
valid = [str(f) for f in dls.valid_ds.items]
print(len(dls.train_ds), 'training,', len(valid), 'validation', flush=True)
Path('/tmp/illtune/valid_files.txt').write_text('\n'.join(valid) + '\n')
t = time.time()
res = tune_decoding(get_colorizer('illustration'), valid, render_sizes=(128, 256), upsample='ink', train_size=128)
res.to_csv('/tmp/illtune/decoding.csv', index=False)
print(f'{time.time() - t:.0f} s', flush=True); print(res.head(8).to_string(), flush=True)
