"""End-to-end colorization of one 12-megapixel photo: decode, L, model at the render size, upsample, Lab->RGB,
encode. The photo is a black-and-white JPEG, what a colorizer is usually given (`--colour`: a colour JPEG, which
costs more to decode). colorkit's default model against the same pipeline with the DeOldify 'stable' generator shape (resnet101
DynamicUnet with self-attention, blur and spectral norm, random weights, render size 560) and with the network shape
of Zhang et al. ECCV16 (random weights, 256 px). Each variant runs in its own process (so peak memory is its own),
2 threads, median of repeats. `--backends`: the bundled model with PyTorch against its ONNX export (onnxruntime), through
`colorize` and through the PyTorch-free `colorkit.deploy.colorize_onnx`.
Run: `python bench/infer.py [--repeats 3] [--fmt png] [--colour] [--backends]`"""
import argparse, json, subprocess, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, machine, row, print_rows

def eccv16() -> 'nn.Module':
    "The layer shapes of the ECCV16 'Colorful Image Colorization' network (313 colour classes, ab at 1/4 size)"
    from torch import nn
    def block(ni, nf, n, stride_last=False, dilation=1):
        layers = []
        for i in range(n):
            s = 2 if stride_last and i == n - 1 else 1
            layers += [nn.Conv2d(ni if i == 0 else nf, nf, 3, s, dilation, dilation=dilation), nn.ReLU(True)]
        return layers + [nn.BatchNorm2d(nf)]
    class ECCV16(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(*block(1, 64, 2, True), *block(64, 128, 2, True), *block(128, 256, 3, True),
                                      *block(256, 512, 3), *block(512, 512, 3, dilation=2), *block(512, 512, 3, dilation=2),
                                      *block(512, 512, 3),
                                      nn.ConvTranspose2d(512, 256, 4, 2, 1), nn.ReLU(True), nn.Conv2d(256, 256, 3, 1, 1), nn.ReLU(True),
                                      nn.Conv2d(256, 256, 3, 1, 1), nn.ReLU(True), nn.Conv2d(256, 313, 1))
            self.out = nn.Conv2d(313, 2, 1, bias=False)
        def forward(self, x):
            ab = self.out(self.body(x).softmax(1))
            return nn.functional.interpolate(ab, scale_factor=4, mode='bilinear', align_corners=False) / 110 # model scale
    return ECCV16()

def _peak_rss_mb() -> float:
    "Peak resident memory of this process since it started (VmHWM; ru_maxrss would include the parent's at fork)"
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024

def _variant(name, photo, repeats, fmt):
    "Run in a fresh process: time colorize + save of `photo`, report median seconds and peak RSS"
    setup(2)
    import warnings; warnings.filterwarnings('ignore')
    import torch
    from colorkit.inference import colorize, save_image
    from colorkit.models import unet_colorizer, load_colorizer, DEFAULT_MODEL
    from fastai.layers import NormType
    if name == 'default':
        model = load_colorizer() if DEFAULT_MODEL.exists() else unet_colorizer(size=128, pretrained=False)
        render = None
    elif name in ('onnx', 'deploy'): # the default model exported: through `colorize`, and through the PyTorch-free `colorize_onnx`
        from colorkit.export import export_onnx
        from colorkit.deploy import colorize_onnx
        model, render = export_onnx('default', Path('/tmp/colorkit_bench_default.onnx')), None
    elif name == 'deoldify':
        model, render = unet_colorizer('resnet101', size=560, pretrained=False, self_attention=True, blur=True, norm_type=NormType.Spectral), 560
    else: model, render = eccv16(), 256
    if isinstance(model, torch.nn.Module): model.eval()
    out = Path(f'/tmp/colorkit_bench_out.{fmt}')
    times = []
    for _ in range(repeats + 1):
        t = time.perf_counter()
        if name == 'deploy': colorize_onnx(model, photo, out=out)
        else: save_image(colorize(photo, model, render), out)
        times.append(time.perf_counter() - t)
    times = sorted(times[1:])
    print(json.dumps(dict(seconds=times[len(times) // 2], peak_mb=_peak_rss_mb(),
                          render=render or getattr(model, 'colorkit_meta', {}).get('render_size', 256) if isinstance(model, torch.nn.Module) else 256)))

def make_photo(colour:bool=False) -> Path:
    "A 12-megapixel (4000x3000) JPEG made from a sample photo, black and white unless `colour`, made once in /tmp"
    path = Path(f"/tmp/colorkit_bench_12mp_{'colour' if colour else 'gray'}.jpg")
    if path.exists(): return path
    from PIL import Image, ImageFilter
    src = Path(__file__).parent.parent/'nbs/images/kodim05.jpg'
    im = Image.open(src).resize((4000, 3000), Image.LANCZOS).filter(ImageFilter.DETAIL)
    (im if colour else im.convert('L')).save(path, quality=92)
    return path

def _measure(names, photo, repeats, fmt) -> dict:
    res = {}
    for name in names:
        out = subprocess.run([sys.executable, __file__, '--variant', name, '--photo', str(photo), '--repeats', str(repeats), '--fmt', fmt],
                             capture_output=True, text=True, check=True)
        res[name] = json.loads(out.stdout.strip().splitlines()[-1])
    return res

def run_backends(repeats:int=3, fmt:str='png') -> list:
    "The bundled model through PyTorch (reference) against its ONNX export, through `colorize` and through `colorize_onnx`"
    photo = make_photo(False)
    res = _measure(['default', 'onnx', 'deploy'], photo, repeats, fmt)
    return [row(f"12 MP gray JPEG -> {fmt}, {label}, seconds (ratio: ref/ours)", res[name]['seconds'], res['default']['seconds'], unit='s',
                ref_name='PyTorch back end', lower_is_better=True) for name, label in [('onnx', 'ONNX via colorize'), ('deploy', 'ONNX via colorize_onnx, no torch')]] + \
           [row(f"12 MP gray JPEG -> {fmt}, {label}, peak MB (ratio: ref/ours)", res[name]['peak_mb'], res['default']['peak_mb'], unit='MB',
                ref_name='PyTorch back end', lower_is_better=True) for name, label in [('onnx', 'ONNX via colorize'), ('deploy', 'ONNX via colorize_onnx, no torch')]]

def run(colour:bool=False, repeats:int=3, fmt:str='png') -> list:
    photo = make_photo(colour)
    res = {}
    for name in ['default', 'deoldify', 'eccv16']:
        out = subprocess.run([sys.executable, __file__, '--variant', name, '--photo', str(photo), '--repeats', str(repeats), '--fmt', fmt],
                             capture_output=True, text=True, check=True)
        res[name] = json.loads(out.stdout.strip().splitlines()[-1])
    d = res['default']
    rows = []
    for ref, label in [('deoldify', "DeOldify-stable shape, 560"), ('eccv16', 'ECCV16 shape, 256')]:
        what = f"12 MP {'colour' if colour else 'gray'} JPEG -> {fmt}"
        rows.append(row(f"{what}, seconds (ratio: ref/ours)", d['seconds'], res[ref]['seconds'], unit='s', ref_name=label, lower_is_better=True))
        rows.append(row(f"{what}, peak MB (ratio: ref/ours)", d['peak_mb'], res[ref]['peak_mb'], unit='MB', ref_name=label, lower_is_better=True))
    return rows

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--colour', action='store_true', help='a colour photo instead of a black-and-white one')
    p.add_argument('--photo', type=Path, help='(internal) the photo a --variant process colorizes')
    p.add_argument('--repeats', type=int, default=3)
    p.add_argument('--fmt', default='png', choices=['jpg', 'png'], help="output format (png: `colorkit colorize`'s default)")
    p.add_argument('--backends', action='store_true', help='the bundled model with the PyTorch and the ONNX back ends instead')
    p.add_argument('--variant')
    a = p.parse_args()
    if a.variant: _variant(a.variant, a.photo, a.repeats, a.fmt)
    else:
        setup(2); print(machine())
        print_rows(run_backends(a.repeats, a.fmt) if a.backends else run(a.colour, a.repeats, a.fmt))
