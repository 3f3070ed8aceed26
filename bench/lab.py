"""Throughput of colorkit's Lab conversions against scikit-image, same images, same run.

A batch of 64 RGB images of 256x256 (float32, and uint8 as the data pipeline passes them), 2 threads.
Run: `python bench/lab.py [--repeats N]`"""
import sys, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, median_time, row, main
setup(2)
import numpy as np, torch
from skimage.color import rgb2lab, lab2rgb
from colorkit.color import rgb_to_lab, lab_to_rgb

def run(repeats:int=7, n:int=64, size:int=256) -> list:
    g = torch.Generator().manual_seed(0)
    rgb = torch.rand(n, 3, size, size, generator=g)
    rgb8 = (rgb * 255).round().to(torch.uint8)
    lab = rgb_to_lab(rgb)
    rgb_np, rgb8_np, lab_np = (t.permute(0, 2, 3, 1).numpy() for t in (rgb, rgb8, lab))
    rate = lambda fn: n / median_time(fn, repeats)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return [row(f'rgb_to_lab float32 {n}x{size}x{size}', rate(lambda: rgb_to_lab(rgb)), rate(lambda: rgb2lab(rgb_np)), ref_name='skimage'),
                row(f'rgb_to_lab uint8 {n}x{size}x{size}', rate(lambda: rgb_to_lab(rgb8)), rate(lambda: rgb2lab(rgb8_np)), ref_name='skimage'),
                row(f'lab_to_rgb float32 {n}x{size}x{size}', rate(lambda: lab_to_rgb(lab)), rate(lambda: lab2rgb(lab_np)), ref_name='skimage')]

if __name__ == '__main__': main(run, __doc__, repeats=7)
