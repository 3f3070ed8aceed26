"Shared helpers for the benchmarks: timing by medians over repeats, thread setup and a machine description."
import argparse, os, platform, statistics, time
import torch

def setup(threads:int=2):
    "Pin PyTorch (and the BLAS/OpenMP pools of numpy and skimage) to `threads` threads"
    for v in ('OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS'): os.environ.setdefault(v, str(threads))
    torch.set_num_threads(threads)

def median_time(fn, repeats:int=7, warmup:int=3) -> float:
    "Median wall time of `fn()` over `repeats` calls, after `warmup` untimed calls"
    for _ in range(warmup): fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter(); fn(); times.append(time.perf_counter() - t)
    return statistics.median(times)

def machine() -> str:
    "One line describing this machine"
    cpu = platform.processor() or platform.machine()
    try: cpu = next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name'))
    except (OSError, StopIteration): pass
    return f"{cpu}, {os.cpu_count()} cores, torch {torch.__version__}, {torch.get_num_threads()} threads, Python {platform.python_version()}"

def row(name:str, ours:float, ref:float, unit:str='img/s', ref_name:str='reference', lower_is_better:bool=False) -> dict:
    "A result row: our figure, the reference's, and the ratio, above 1 when colorkit is better (ours/ref for rates, ref/ours for times)"
    return dict(benchmark=name, colorkit=ours, reference=ref, reference_name=ref_name, unit=unit,
                ratio=ref / ours if lower_is_better else ours / ref)

def print_rows(rows):
    for r in rows:
        print(f"{r['benchmark']:<40} colorkit {r['colorkit']:9.1f} {r['unit']:<6} {r['reference_name']} "
              f"{r['reference']:9.1f} {r['unit']:<6} ratio {r['ratio']:5.2f}x")

def main(run, doc:str, repeats:int):
    "The command line of a benchmark whose one option is `--repeats`: print the machine, then the rows of `run(repeats)`"
    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument('--repeats', type=int, default=repeats)
    args = p.parse_args()
    print(machine())
    print_rows(run(args.repeats))
