"""Cost of the upsamplers that bring chroma from the render size to a photo's: `ink_upsample` (the illustration model's)
and `bilinear_upsample` against `guided_upsample` (the photo models'), same inputs, same run; and the band-wise
transpose between `domain_filter`'s passes (inside `ink_upsample`) against PyTorch's `transpose(...).contiguous()`.

A 12-megapixel L (4000x3000) with random content and ab at the render size (256x192), 2 threads.
Run: `python bench/upsample.py [--repeats N]`"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, median_time, row, main
setup(2)
import torch
from colorkit.inference import guided_upsample, bilinear_upsample, ink_upsample
from colorkit.inference import _swapped # the one private piece measured: what made `ink_upsample` faster

def run(repeats:int=3, h:int=3000, w:int=4000) -> list:
    g = torch.Generator().manual_seed(0)
    l, ab = torch.rand(1, h, w, generator=g) * 100, torch.rand(2, 192, 256, generator=g) * 40 - 20
    t = lambda fn: median_time(lambda: fn(l, ab), repeats, warmup=1)
    ref = t(guided_upsample)
    rows = [row(f'{fn.__name__} {h * w / 1e6:.0f} MP, seconds (ratio: ref/ours)', t(fn), ref, unit='s', ref_name='guided_upsample', lower_is_better=True)
            for fn in (bilinear_upsample, ink_upsample)]
    x, out = torch.rand(3, w, h, generator=g), torch.empty(3, h, w) # three channels laid out (C, W, H), as a pass leaves them
    ours, plain = median_time(lambda: _swapped(x, out), repeats, warmup=1), median_time(lambda: x.transpose(-1, -2).contiguous(), repeats, warmup=1)
    return rows + [row(f'transpose (3, {w}, {h}) between passes, ms (ratio: ref/ours)', 1e3 * ours, 1e3 * plain, unit='ms', ref_name='transpose().contiguous()', lower_is_better=True)]

if __name__ == '__main__': main(run, __doc__, repeats=3)
