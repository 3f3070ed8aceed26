"""Write README.md from nbs/index.ipynb (nbdev-readme needs Quarto, which this project does not require).

Markdown cells are copied, code cells become fenced Python blocks followed by their text output; cells marked
`#| hide` are left out, and image links relative to nbs/ are made relative to the repository root.
Run `python .ci/make_readme.py`; `.ci/run` fails if README.md is not what this writes."""
import json, posixpath, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def cell_md(cell) -> str:
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown':
        return re.sub(r'\]\((?!https?:|#|/)([^)\s]+)\)', lambda m: f"]({posixpath.normpath('nbs/' + m.group(1))})", src)
    lines = src.splitlines()
    if any(re.match(r'#\|\s*hide', l) for l in lines): return ''
    code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
    out = ''.join(''.join(o.get('text', '')) or ''.join(o.get('data', {}).get('text/plain', ''))
                  for o in cell.get('outputs', []))
    return f"```python\n{code}\n```" + (f"\n\n```\n{out.rstrip()}\n```" if out.strip() else '')

def readme() -> str:
    nb = json.loads((root/'nbs/index.ipynb').read_text())
    parts = [cell_md(c) for c in nb['cells']]
    return "<!-- generated from nbs/index.ipynb by .ci/make_readme.py: edit the notebook, not this file -->\n\n" + \
           '\n\n'.join(p for p in parts if p.strip()) + '\n'

if __name__ == '__main__':
    text = readme()
    if '--check' in sys.argv:
        if (root/'README.md').read_text() != text: sys.exit("README.md is out of date: run `python .ci/make_readme.py`")
    else: (root/'README.md').write_text(text)
