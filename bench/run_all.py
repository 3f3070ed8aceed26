"""Run every benchmark (Lab, data, train, infer, upsample, diverse, startup) and write `bench/results.md`: the machine, and for each figure
colorkit's number, the reference's, and their ratio, all measured in the same run (medians over repeats).
Run on a quiet machine: `python bench/run_all.py [--quick]`"""
import argparse, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, machine
setup(2)
import lab, data, train, infer, upsample, diverse, startup

HERE = Path(__file__).parent
PHOTOS = HERE.parent.parent/'shared/data/photos-train'

def table(rows) -> str:
    lines = ['| benchmark | colorkit | reference | reference value | ratio |', '|---|---|---|---|---|']
    for r in rows:
        lines.append(f"| {r['benchmark']} | {r['colorkit']:.1f} {r['unit']} | {r['reference_name']} | "
                     f"{r['reference']:.1f} {r['unit']} | {r['ratio']:.2f}x |")
    return '\n'.join(lines)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--quick', action='store_true', help='fewer repeats and batches')
    a = p.parse_args()
    reps = 3 if a.quick else 7
    photos = PHOTOS if PHOTOS.exists() else HERE.parent/'nbs/images'
    sections = [('Lab conversions (`bench/lab.py`)', lambda: lab.run(reps)),
                ('Data loading (`bench/data.py`)', lambda: data.run(photos, repeats=max(3, reps // 2))),
                ('Training throughput (`bench/train.py`)', lambda: train.run(photos, n_batches=4 if a.quick else 6, repeats=3)),
                ('Inference, one 12 MP photo (`bench/infer.py`)', lambda: [r for colour, fmt in [(False, 'png'), (False, 'jpg'), (True, 'png')] for r in infer.run(colour, 3, fmt)]),
                ('Upsampling chroma to 12 MP (`bench/upsample.py`)', lambda: upsample.run(3)),
                ('Diverse colorization, time per sample (`bench/diverse.py`)', lambda: diverse.run(repeats=reps // 2 or 1)),
                ('Start-up of the command line (`bench/startup.py`)', lambda: startup.run(repeats=max(3, reps // 2)))]
    out = [f"# Benchmark results", "", f"Machine: {machine()}", f"Date: {time.strftime('%Y-%m-%d')}", "",
           "Each ratio compares colorkit with a reference measured in the same run; for rates higher is better, for "
           "times and memory the ratio is reference / colorkit, so above 1 means colorkit is better.", ""]
    for title, fn in sections:
        print(title, flush=True)
        rows = fn()
        out += [f"## {title}", "", table(rows), ""]
    (HERE/'results.md').write_text('\n'.join(out))
    print('\n'.join(out))
