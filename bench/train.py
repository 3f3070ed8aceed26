"""Training throughput of colorkit's L1 pretraining and GAN phases against a plain-PyTorch loop of the same models.

Same in-memory batches of real photos (128 px, batch 16), same generator (EfficientNet-Lite0 DynamicUnet) and
critic (PatchCritic), same optimisers, 2 threads; the runs alternate and each figure is a median over repeats.
The library's cost (fastai Learner, callbacks, typed batches) should stay within 10% of the plain loop.
The last row compares the supervised phase of the two default recipes, both through colorkit on the same batches:
the classifier on the quarter-size pyramid decoder (the default since the object-colour model) against the
full-size DynamicUnet with L1 (the default before it).
Run: `python bench/train.py [--batches 6] [--repeats 3] [--archs efficientnet_lite0 resnet18 pix2pix]`"""
import argparse, copy, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, median_time, machine, row, print_rows
setup(2)
import warnings; warnings.filterwarnings('ignore')
import torch, torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader as TorchDL
from fastai.data.core import DataLoaders
from fastai.data.load import DataLoader
from fastai.callback.core import Callback, CancelValidException
from colorkit.data import LabDataLoaders
from colorkit.models import unet_colorizer, PatchCritic, Pix2PixUnet
from colorkit.learner import colorizer_learner
from colorkit.classify import classifier_learner
from colorkit.gan import ConditionalGAN, lsgan_loss

class NoValidation(Callback):
    def before_validate(self): raise CancelValidException

def real_batches(data, n, size=128, bs=16):
    "`n` batches of (l, ab) from real photos, as plain tensors"
    dls = LabDataLoaders.from_folder(data, size=size, bs=bs, valid_pct=0., num_workers=0, seed=0)
    dls.train.drop_last = False
    res = []
    while len(res) < n: res += [tuple(t.as_subclass(torch.Tensor)[:bs] for t in b) for b in dls.train]
    return [b for b in res if len(b[0]) == bs][:n] or res[:n]

def plain_l1_epoch(g, opt, dl):
    for l, ab in dl:
        loss = F.l1_loss(g(l), ab)
        opt.zero_grad(); loss.backward(); opt.step()

def plain_gan_epoch(g, d, opt_g, opt_d, dl, lambda_l1=100.):
    for l, ab in dl:
        fake = g(l)
        loss_d = (lsgan_loss(d(l, ab), True) + lsgan_loss(d(l, fake.detach()), False)) / 2
        opt_d.zero_grad(); loss_d.backward(); opt_d.step()
        d.requires_grad_(False)
        loss_g = lsgan_loss(d(l, fake), True) + lambda_l1 * F.l1_loss(fake, ab)
        opt_g.zero_grad(); loss_g.backward(); opt_g.step()
        d.requires_grad_(True)

def make_generator(arch, size):
    return Pix2PixUnet(n_down=7) if arch == 'pix2pix' else unet_colorizer(arch, size=size, pretrained=False)

def run(data, archs=('efficientnet_lite0',), n_batches=6, repeats=3, size=128, bs=16) -> list:
    batches = real_batches(data, n_batches, size, bs)
    l_all, ab_all = torch.cat([b[0] for b in batches]), torch.cat([b[1] for b in batches])
    ds = TensorDataset(l_all, ab_all)
    ref_dl = TorchDL(ds, batch_size=bs, shuffle=False)
    lib_dls = DataLoaders(DataLoader(ds, bs=bs, shuffle=False), DataLoader(ds, bs=bs))
    n_img = len(ds)
    rows = []
    for arch in archs:
        torch.manual_seed(0)
        g0 = make_generator(arch, size)
        # L1 phase
        g_ref = copy.deepcopy(g0); opt = torch.optim.Adam(g_ref.parameters(), 1e-4)
        learn = colorizer_learner(lib_dls, model=copy.deepcopy(g0), pretrained=False, metrics=[], cbs=NoValidation())
        learn.create_opt()
        lib = lambda: learn.fit(1, 1e-4)
        ref = lambda: plain_l1_epoch(g_ref, opt, ref_dl)
        with learn.no_bar(), learn.no_logging():
            t_lib, t_ref = _alternate(lib, ref, repeats)
        rows.append(row(f'L1 training {arch} {size}px bs {bs}', n_img / t_lib, n_img / t_ref, ref_name='plain loop'))
        if arch == 'pix2pix': continue
        # GAN phase
        torch.manual_seed(0); d0 = PatchCritic()
        g_ref, d_ref = copy.deepcopy(g0), copy.deepcopy(d0)
        opt_g, opt_d = (torch.optim.Adam(m.parameters(), 2e-4, betas=(0.5, 0.999)) for m in (g_ref, d_ref))
        learn = colorizer_learner(lib_dls, model=copy.deepcopy(g0), pretrained=False, metrics=[], cbs=NoValidation())
        learn.add_cb(ConditionalGAN(copy.deepcopy(d0)))
        lib = lambda: learn.fit(1, 2e-4)
        ref = lambda: plain_gan_epoch(g_ref, d_ref, opt_g, opt_d, ref_dl)
        with learn.no_bar(), learn.no_logging():
            t_lib, t_ref = _alternate(lib, ref, repeats)
        rows.append(row(f'GAN training {arch} {size}px bs {bs}', n_img / t_lib, n_img / t_ref, ref_name='plain loop'))
    rows.append(recipe_row(lib_dls, n_img, repeats, size, bs))
    return rows

def recipe_row(dls, n_img, repeats, size, bs) -> dict:
    "Supervised phase, whole network unfrozen: the classifier on the pyramid decoder against the old DynamicUnet + L1 recipe"
    torch.manual_seed(0)
    new = classifier_learner(dls, pretrained=False, metrics=[], cbs=NoValidation())
    old = colorizer_learner(dls, pretrained=False, metrics=[], cbs=NoValidation())
    for learn in (new, old): learn.unfreeze(); learn.create_opt()
    with new.no_bar(), new.no_logging(), old.no_bar(), old.no_logging():
        t_new, t_old = _alternate(lambda: new.fit(1, 1e-4), lambda: old.fit(1, 1e-4), repeats)
    return row(f'supervised phase, default recipe {size}px bs {bs}', n_img / t_new, n_img / t_old, ref_name='DynamicUnet + L1 (old default)')

def _alternate(a, b, repeats):
    "Median times of `a` and `b`, run alternately after one warm-up each"
    a(); b()
    ta, tb = [], []
    for _ in range(repeats):
        t = time.perf_counter(); a(); ta.append(time.perf_counter() - t)
        t = time.perf_counter(); b(); tb.append(time.perf_counter() - t)
    return sorted(ta)[len(ta) // 2], sorted(tb)[len(tb) // 2]

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--data', type=Path, default=Path(__file__).parent.parent.parent/'shared/data/photos-train')
    p.add_argument('--batches', type=int, default=6)
    p.add_argument('--repeats', type=int, default=3)
    p.add_argument('--archs', nargs='+', default=['efficientnet_lite0'])
    a = p.parse_args()
    print(machine())
    print_rows(run(a.data, a.archs, a.batches, a.repeats))
