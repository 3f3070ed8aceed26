"""Start-up: `colorkit colorize` on the sample photo against `python -c "import torch"`, same run, alternating.

Colorizing one small photo from the command line is mostly Python start-up and imports; the model runs in a
fraction of a second. The reference is the least any torch program pays. The ratio is the reference's time over
colorkit's (target: at least 0.5, colorkit within 2x of importing torch).
Run: `python bench/startup.py [--repeats N]`"""
import statistics, subprocess, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import setup, row, main
setup(2)

SAMPLE = Path(__file__).parent.parent/'nbs/images/parrots_gray.jpg'
COLORKIT = Path(sys.executable).with_name('colorkit')

def wall(cmd:list) -> float:
    "Seconds `cmd` takes to run, start-up included; it must succeed"
    t = time.perf_counter(); subprocess.run(cmd, check=True, capture_output=True); return time.perf_counter() - t

def run(repeats:int=5) -> list:
    with tempfile.TemporaryDirectory() as out:
        torch_cmd = [sys.executable, '-c', 'import torch']
        ours_cmd = [str(COLORKIT), 'colorize', str(SAMPLE), '--out', out, '--overwrite', '--quiet']
        wall(torch_cmd); wall(ours_cmd) # warm the file cache
        ref, ours = [], []
        for _ in range(repeats): ref.append(wall(torch_cmd)); ours.append(wall(ours_cmd)) # alternating: load changes hit both
    return [row('colorkit colorize, one 512x341 photo, seconds (ratio: ref/ours)', statistics.median(ours), statistics.median(ref),
                unit='s', ref_name='python -c "import torch"', lower_is_better=True)]

if __name__ == '__main__': main(run, __doc__, repeats=5)
