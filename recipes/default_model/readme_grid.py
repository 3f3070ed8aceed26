"The before/after grid at the top of the README: four Kodak photos, gray input, the bundled model, the original."
from pathlib import Path
from colorkit.evaluate import image_grid, _predictions, GRAY
EVAL = Path('../shared/data/photos-eval')
files = [EVAL/f'kodak24_kodim{n:02d}.png' for n in (3, 7, 15, 22)]
kept = {GRAY: dict(_predictions(files, GRAY, None, 4)), 'colorkit (bundled model)': dict(_predictions(files, None, None, 4))}
image_grid(files, kept, Path(__file__).parent/'readme_grid.png')
