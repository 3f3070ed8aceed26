"""Time per sample of a 256 px colouring with the sampling model (`DiverseColorizer`): features once per photo, the
coarse 32x32 grid sampled cell by cell on the band of rows each cell depends on, then the upsampler. Reference: the
same sampler without the cache, re-running the whole network (feature U-Net and coarse colorizer on the whole grid)
for every cell, as a naive implementation would; it is timed on the first `--cells` cells and extrapolated to the
1024 of the grid. 2 threads, median of repeats. Run: `python bench/diverse.py [--repeats 3] [--samples 4]`"""
import argparse, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, machine, row, print_rows, median_time
setup(2)
import torch
import torch.nn.functional as F

def naive_cells_per_s(model, l:torch.Tensor, n_cells:int) -> float:
    "Cells per second of sampling that re-runs the feature U-Net and the coarse colorizer on the whole grid for each cell"
    h, w = l.shape[-2] // model.factor, l.shape[-1] // model.factor
    tokens = torch.zeros(l.shape[0], h, w, dtype=torch.long)
    t = time.perf_counter()
    with torch.no_grad():
        for k in range(n_cells):
            i, j = divmod(k, w)
            feats = model.features(l).as_subclass(torch.Tensor)
            logits = model.coarse(tokens, F.avg_pool2d(feats, model.factor))[:, :, i, j]
            tokens[:, i, j] = torch.multinomial(F.softmax(logits, 1), 1)[:, 0]
    return n_cells / (time.perf_counter() - t)

def run(model=None, size:int=256, samples:int=4, repeats:int=3, cells:int=48) -> list:
    from colorkit.inference import get_colorizer
    from colorkit.models import DIVERSE_MODEL
    model = get_colorizer(DIVERSE_MODEL if model is None else model)
    l = torch.randn(1, 1, size, size)
    n_cells = (size // model.factor) ** 2
    per_sample = median_time(lambda: model.sample_ab(l, samples), repeats=repeats, warmup=1) / samples
    one = median_time(lambda: model.sample_ab(l, 1), repeats=repeats, warmup=1)
    naive = n_cells / naive_cells_per_s(model, l, cells) # seconds for one sample, extrapolated
    ref = f'naive sampling (extrapolated from {cells} cells)'
    return [row(f'one colouring, {size} px, seconds (ratio: ref/ours)', one, naive, unit='s', ref_name=ref, lower_is_better=True),
            row(f'per sample, {samples} at once, {size} px, seconds (ratio: ref/ours)', per_sample, naive, unit='s', ref_name=ref, lower_is_better=True)]

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--model', help='model file (default: the bundled sampling model)')
    p.add_argument('--size', type=int, default=256)
    p.add_argument('--samples', type=int, default=4)
    p.add_argument('--repeats', type=int, default=3)
    a = p.parse_args()
    print(machine())
    print_rows(run(a.model, a.size, a.samples, a.repeats))
