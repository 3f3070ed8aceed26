"""Tried, not adopted: `rgb_to_lab` for float32 input as one `torch.compile`d (inductor) kernel, against the eager
`colorkit.color.rgb_to_lab` and skimage, same images, same run (the setting of `bench/lab.py`).

The kernel fuses every step (sRGB curve by log/exp, the matrix, a cube root by a bit trick and two Newton steps) into
one pass over the pixels, where the eager version makes about twenty passes over cache-sized blocks. It needs a C++
compiler at run time and compiles once per process (seconds; more on a first run, before inductor's disk cache).
Run: `python bench/tried/lab_compiled.py`"""
import sys, time, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent))
from common import setup, median_time, machine, row, print_rows
setup(2)
import torch
from skimage.color import rgb2lab
from colorkit.color import rgb_to_lab, SRGB_KNEE, LAB_EPS

_XYZN = (torch.tensor([[0.412453, 0.357580, 0.180423], [0.212671, 0.715160, 0.072169], [0.019334, 0.119193, 0.950227]],
                      dtype=torch.float64) / torch.tensor([0.95047, 1., 1.08883], dtype=torch.float64)[:, None]).tolist()
_CBRT_MAGIC = float(0x2a5137a0) # a first guess of the cube root from the float's bits

def _cbrt(t):
    y = (t.view(torch.int32).float() * (1/3) + _CBRT_MAGIC).int().view(torch.float32)
    for _ in range(2): y = (2*y + t / (y*y)) * (1/3) # Newton
    return y

def fused_rgb_to_lab(x):
    "Lab of float32 sRGB `x` (B, 3, H, W), written for the compiler: no in-place steps, no blocks"
    lin = torch.where(x > SRGB_KNEE, torch.exp(2.4 * torch.log((x.clamp(min=SRGB_KNEE) + 0.055) / 1.055)), x / 12.92)
    r, g, b = lin[:, 0], lin[:, 1], lin[:, 2]
    f = lambda t: torch.where(t > LAB_EPS, _cbrt(t.clamp(min=LAB_EPS)), 7.787 * t + 16/116)
    fx, fy, fz = (f(m[0]*r + m[1]*g + m[2]*b) for m in _XYZN)
    return torch.stack([116*fy - 16, 500*(fx - fy), 200*(fy - fz)], 1)

if __name__ == '__main__':
    n, size = 64, 256
    rgb = torch.rand(n, 3, size, size, generator=torch.Generator().manual_seed(0))
    t = time.perf_counter(); compiled = torch.compile(fused_rgb_to_lab, dynamic=False); lab = compiled(rgb)
    print(machine()); print(f"compile and first call: {time.perf_counter() - t:.1f} s; "
                            f"max |difference| from rgb_to_lab: {(lab - rgb_to_lab(rgb)).abs().max():.1e}")
    rate = lambda fn: n / median_time(fn, 7)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        ours, eager, ref = rate(lambda: compiled(rgb)), rate(lambda: rgb_to_lab(rgb)), rate(lambda: rgb2lab(rgb.permute(0, 2, 3, 1).numpy()))
    print_rows([row('compiled rgb_to_lab float32', ours, ref, ref_name='skimage'), row('eager rgb_to_lab float32', eager, ref, ref_name='skimage'),
                row('compiled against eager', ours, eager, ref_name='eager')])
