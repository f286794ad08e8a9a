"""Makes this machine look like a fresh Debian one to WeasyPrint, for CI's first pass.

Debian's Chromium depends on libharfbuzz-subset0, which a fresh Debian lacks; without it
WeasyPrint subsets fonts with fontTools instead, and behaves differently (it warns, and
fontTools dates each font it writes). With this folder first on PYTHONPATH, WeasyPrint
finds no HarfBuzz-Subset, whatever the machine has installed; nothing else changes.
"""

import importlib.abc
import importlib.util
import sys


class _HideHarfBuzzSubset(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "weasyprint.pdf.fonts":
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None:
            return None
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.harfbuzz_subset = None

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _HideHarfBuzzSubset())
