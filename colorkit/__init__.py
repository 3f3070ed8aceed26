__version__ = "0.1.0"

# `from colorkit import colorize` works for every public name, importing only the module that defines it, on first use:
# importing colorkit itself stays free, and `colorkit.io` or `colorkit.inference` never load the training stack.
import ast as _ast, pathlib as _pathlib

_MODULES = ('color', 'io', 'data', 'models', 'hints', 'metrics', 'learner', 'classify', 'diverse', 'fit', 'gan', 'inference', 'train', 'evaluate', 'export', 'deploy',
            'lineart', 'autoregressive', 'serve') # in dependency order (the command line's `main` stays in colorkit.cli)

def _public_names() -> dict:
    "name -> module, read from each module's `__all__` without importing it"
    names, here = {}, _pathlib.Path(__file__).parent
    for mod in _MODULES:
        for node in _ast.parse((here/f'{mod}.py').read_text()).body:
            if isinstance(node, _ast.Assign) and any(getattr(t, 'id', None) == '__all__' for t in node.targets):
                for name in _ast.literal_eval(node.value):
                    if name not in _MODULES: names.setdefault(name, mod) # `colorkit.lineart` is always the module
    return names

_names = None
def __getattr__(name:str):
    global _names
    if _names is None: _names = _public_names()
    if name not in _names: raise AttributeError(f"module 'colorkit' has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module(f'colorkit.{_names[name]}'), name)

def __dir__(): return sorted({*globals(), *(_names or _public_names())})
