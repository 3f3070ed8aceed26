"""Throughput of colorkit's Lab DataLoaders (decode, random crop, flip, Lab) against the common tutorial pattern:
a per-item `Dataset` that calls `skimage.color.rgb2lab` in `__getitem__`. Same files, crop size, batch size and
workers, same run. Run: `python bench/data.py [--n 512] [--sizes 256 128] [--workers 2]`"""
import argparse, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, median_time, machine, row, print_rows
setup(2)
import numpy as np, torch
from PIL import Image
from torch.utils.data import Dataset, DataLoader
import torchvision.transforms as T
from skimage.color import rgb2lab
from fastai.data.transforms import get_image_files
from colorkit.data import LabDataLoaders

class SkimageLabDataset(Dataset):
    "The tutorial pattern: open, random resized crop and flip with torchvision, `rgb2lab` per item"
    def __init__(self, files, size, min_scale=0.35):
        self.files = files
        self.tfm = T.Compose([T.RandomResizedCrop(size, scale=(min_scale, 1.)), T.RandomHorizontalFlip()])
    def __len__(self): return len(self.files)
    def __getitem__(self, i):
        img = self.tfm(Image.open(self.files[i]).convert('RGB'))
        lab = torch.from_numpy(rgb2lab(np.asarray(img)).astype(np.float32)).permute(2, 0, 1)
        return lab[:1] / 50 - 1, lab[1:] / 110

def _epoch(dl):
    n = 0
    for xb, yb in dl: n += len(xb)
    return n

def run(data:Path, n:int=512, sizes=(256, 128), bs:int=32, workers:int=2, repeats:int=3) -> list:
    return [_run(data, n, size, bs, workers, repeats) for size in sizes]

def _run(data, n, size, bs, workers, repeats):
    files = sorted(get_image_files(data))[:n]
    ref = DataLoader(SkimageLabDataset(files, size), batch_size=bs, shuffle=True, num_workers=workers, drop_last=True,
                     persistent_workers=workers > 0)
    dls = LabDataLoaders.from_folder(data, size=size, bs=bs, num_workers=workers, valid_pct=0.)
    dls.train.items = files
    dls.train.n = len(files)
    ours = dls.train
    n_img = len(files) // bs * bs
    return row(f'data loading {size}px, bs {bs}, {workers} workers', n_img / median_time(lambda: _epoch(ours), repeats, 1),
               n_img / median_time(lambda: _epoch(ref), repeats, 1), ref_name='skimage Dataset')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--data', type=Path, default=Path(__file__).parent.parent.parent/'shared/data/photos-train')
    p.add_argument('--n', type=int, default=512)
    p.add_argument('--sizes', type=int, nargs='+', default=[256, 128])
    p.add_argument('--bs', type=int, default=32)
    p.add_argument('--workers', type=int, default=2)
    p.add_argument('--repeats', type=int, default=3)
    a = p.parse_args()
    print(machine())
    print_rows(run(a.data, a.n, a.sizes, a.bs, a.workers, a.repeats))
