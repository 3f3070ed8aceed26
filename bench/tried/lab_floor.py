"""Why the float32 Lab conversions stay short of 10x skimage here: the time the least it must compute takes,
against skimage's whole conversion, same images, same run (the setting of `bench/lab.py`).

Float input needs two powers of every value: the sRGB curve (x^2.4) before the matrix and the cube root after it.
PyTorch computes a power as `log`, multiply, `exp` (one `torch.pow` call measured slower), so the conversion holds at
least four transcendental passes over the pixels. The rows time, over the same cache-sized blocks as `rgb_to_lab`: one
copy (a pass that computes nothing), the two powers alone, done in place, the conversion's two matrix products
alone (sRGB to XYZ, f(XYZ) to Lab), and the whole conversion. Each ratio is skimage's time over the row's; the times
of the parts add up, so if the powers and the products together take more than a tenth of skimage's time, no eager
PyTorch version of the conversion reaches 10x. `lab_to_rgb` is the same with one power (the inverse sRGB curve; its
cube is two multiplications), timed against skimage's `lab2rgb`. Run: `python bench/tried/lab_floor.py`"""
import sys, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent))
from common import setup, median_time, machine, row, print_rows
setup(2)
import torch
from skimage.color import rgb2lab, lab2rgb
from colorkit.color import rgb_to_lab, lab_to_rgb, _pixelwise # its own blocking, to time the powers as it runs them

def run(repeats:int=7, n:int=64, size:int=256) -> list:
    x = torch.rand(n, 3, size, size, generator=torch.Generator().manual_seed(0))
    lab = rgb_to_lab(x)
    x_np, lab_np = (t.permute(0, 2, 3, 1).numpy() for t in (x, lab))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        ref, ref_inv = (median_time(lambda: fn(a), repeats) * 1000 for fn, a in ((rgb2lab, x_np), (lab2rgb, lab_np)))
    power = lambda b: torch.log(b).mul_(1/2.4).exp_()
    two_powers = lambda b: power(b).log_().mul_(1/3).exp_() # the exponents differ from the conversion's; the work does not
    m = torch.rand(3, 3, generator=torch.Generator().manual_seed(1))
    products = lambda: _pixelwise(lambda b: torch.matmul(m, torch.matmul(m, b)), x)
    steps = [('one copy pass', lambda: _pixelwise(torch.clone, x), ref, 'rgb2lab'),
             ('two powers alone', lambda: _pixelwise(two_powers, x), ref, 'rgb2lab'),
             ('two 3x3 matrix products alone', products, ref, 'rgb2lab'),
             ('whole rgb_to_lab', lambda: rgb_to_lab(x), ref, 'rgb2lab'),
             ('one power alone', lambda: _pixelwise(power, x), ref_inv, 'lab2rgb'),
             ('two 3x3 matrix products alone', products, ref_inv, 'lab2rgb'),
             ('whole lab_to_rgb', lambda: lab_to_rgb(lab), ref_inv, 'lab2rgb')]
    return [row(f'{name}, {n}x{size}x{size}, ms', median_time(fn, repeats) * 1000, r, 'ms', f'skimage {r_name}', lower_is_better=True)
            for name, fn, r, r_name in steps]

if __name__ == '__main__':
    print(machine())
    print_rows(run())
