"The screenshot of `colorkit serve` in the docs (serve.png): the sample photo with three hints, run from the repository root"
import shutil
from pathlib import Path
from playwright.sync_api import sync_playwright
from colorkit.serve import serve_app, background_server

HINTS = [(0.30, 0.42, '#e0b000'), (0.75, 0.45, '#c0392b'), (0.12, 0.80, '#2e86c1')] # shares of width and height, colour
with background_server(serve_app()) as url, sync_playwright() as p:
    browser = p.chromium.launch(executable_path=shutil.which('chromium'), args=['--no-sandbox'])
    page = browser.new_page(viewport={'width': 1000, 'height': 820})
    page.goto(url)
    page.set_input_files('#file', 'nbs/images/parrots_gray.jpg')
    page.wait_for_function("document.querySelector('#result').dataset.seq == '1'", timeout=60_000)
    for i, (x, y, colour) in enumerate(HINTS, 2):
        page.fill('#color', colour)
        box = page.locator('#stage').bounding_box()
        page.mouse.click(box['x'] + box['width'] * x, box['y'] + box['height'] * y)
        page.wait_for_function(f"document.querySelector('#result').dataset.seq == '{i}'", timeout=60_000)
    page.eval_on_selector('#split', "e => { e.value = 20; e.dispatchEvent(new Event('input')); }") # a fifth before, the rest after
    page.screenshot(path=str(Path(__file__).parent/'serve.png'))
    browser.close()
