"hints_grid.jpg: Kodak photos colorized by the hint model with no hints and with 10 hints simulated from the truth (circled), and the truth"
import numpy as np
from pathlib import Path
from PIL import Image
from colorkit.evaluate import truth_hints
from colorkit.inference import colorize
from pictures import dots

rows = []
for i, name in enumerate(['kodim03', 'kodim05', 'kodim14', 'kodim23']):
    f = Path(f'../shared/data/photos-eval/kodak24_{name}.png')
    truth = np.asarray(Image.open(f).convert('RGB'))
    hints = truth_hints(truth, 10, seed=(1, i))
    rows.append(np.concatenate([np.asarray(Image.open(f).convert('L').convert('RGB')), np.asarray(colorize(f)),
                                dots(colorize(f, hints=hints), hints), truth], 1))
grid = Image.fromarray(np.concatenate(rows, 0))
grid.resize((grid.width // 2, grid.height // 2), Image.LANCZOS).save(Path(__file__).parent/'hints_grid.jpg', quality=90)
