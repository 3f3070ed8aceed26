"""A decoding that favours each cell's likeliest hue family (tried 2026-12-06, not shipped; figures in ../README.md).

Before the annealed mean, each coloured class's probability is multiplied by its hue family's share of the cell's
coloured probability (smoothed over 3x3 cells) to the power k, and renormalised so that the coloured mass stays as it
was; k 0 is the shipped decoding. A k written nK sharpens the shares of all seven groups, near-neutral included (the
first variant tried). Each k is scored by `tune_decoding` on every 6th validation photo. From the repository root:
    python recipes/default_model/tried_family/family.py 0,1,3,n2   # AUTO=the automatic model (stage 1 of run.sh), the default then
"""
import math, os, sys, types
import torch, torch.nn.functional as F
from colorkit.color import ab_at, AB_SCALE
from colorkit.models import load_colorizer
from colorkit.train import tune_decoding

def family_decoder(model, k:float, neutral:bool=False):
    "A `decode_ab` for `model` that sharpens the hue families' shares by the power `k` (`neutral`: the near-neutral group's too)"
    c = model.centers.float()
    hue = torch.atan2(c[:, 1], c[:, 0]) % (2 * math.pi)
    group = torch.where(c.norm(dim=1) < 12, 6, (hue / (math.pi / 3)).long().clamp(max=5)) # families 0-5, 6 near-neutral
    G = F.one_hot(group, 7).float() # (classes, groups)
    def decode_ab(self, logits, size, temperature=None, tau=None):
        p = self.probs(logits, temperature, tau)
        if k and neutral:
            p = p * torch.einsum('bghw,qg->bqhw', F.avg_pool2d(torch.einsum('bqhw,qg->bghw', p, G), 3, 1, 1, count_include_pad=False).clamp(min=1e-6) ** k, G)
            p = p / p.sum(1, keepdim=True)
        elif k:
            mass = F.avg_pool2d(torch.einsum('bqhw,qg->bghw', p, G), 3, 1, 1, count_include_pad=False)
            coloured = mass[:, :6].sum(1, keepdim=True)
            w = (mass[:, :6] / coloured.clamp(min=1e-6)).clamp(min=1e-6) ** k
            w = w * coloured / (w * mass[:, :6]).sum(1, keepdim=True).clamp(min=1e-9) # the coloured mass kept
            p = p * torch.einsum('bghw,qg->bqhw', torch.cat([w, torch.ones_like(mass[:, 6:])], 1), G)
            p = p / p.sum(1, keepdim=True)
        return ab_at(torch.einsum('bqhw,qc->bchw', p, self.centers) / AB_SCALE, size)
    return types.MethodType(decode_ab, model)

if __name__ == '__main__':
    files = [l.strip() for l in open('recipes/default_model/valid_files.txt') if l.strip()][::6]
    for arg in sys.argv[1].split(','):
        m, k = load_colorizer(os.environ.get('AUTO', '/work/train/default/automatic.pth')), float(arg.lstrip('n'))
        m.decode_ab = family_decoder(m, k, neutral=arg.startswith('n'))
        res = tune_decoding(m, files, temperatures=(0.5, 0.65), taus=(0.15, 0.3), saturations=(0.85,), render_sizes=(256,))
        print(f"k {arg}:"); print(res.round(4).to_string(), flush=True)
