"""Two-step polishes trained with `EdgeL1Loss` spans (2026-12-06) on the validation drawings of the illustration split
(`valid_files.txt` of a `two_step.sh` working folder; never the held-out ones), each with bilinear and `ink` upsampling,
beside the one-step illustration model with `ink` (the shipped file). From the repository root:
    python recipes/illustration_model/edge_spans/valid.py VALID_FILES MODEL_FILE...
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent/'ink'))
from valid import score # the same figures as ink/valid.py's

if __name__ == '__main__':
    valid, *models = sys.argv[1:]
    files = [l.strip() for l in open(valid) if l.strip()]
    print('one step (illustration), ink', score(files, 'illustration', colourfulness=True, upsample='ink'), flush=True)
    for m in models:
        for up in ('bilinear', 'ink'): print(m, up, score(files, m, colourfulness=True, upsample=up, render_size=256), flush=True)
