"""Import Presidio's analyzer without its hundred predefined recognizers until one is asked for.

`import presidio_analyzer` runs `presidio_analyzer.predefined_recognizers`, which imports every
recognizer Presidio ships (phone numbers, licence plates of many countries, a URL pattern with
every top-level domain) and compiles their patterns: about a quarter of a second, an eighth of
a one-file run, for recognizers tearline never registers. Presidio itself only takes its three
NLP-engine recognizer classes from that package when it is handed a registry.

So, before Presidio is first imported, that package (and `generic` under it) is put in place
as an empty module of the same name and path whose missing names are found on first use: a
name listed in `ON_DEMAND` by importing only the module that defines it, any other name by
running the package's own `__init__` (everything, exactly as a plain import does); Presidio's
lookup of a recognizer class by name runs it first too. Nothing is left out: it is only later.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = "presidio_analyzer.predefined_recognizers"
LOADER = "presidio_analyzer.recognizer_registry.recognizers_loader_utils"
#: The names Presidio's registry and tearline's recognizers take from the package, with the
#: module (under the package) that defines each.
ON_DEMAND: dict[str, str] = {
    "SpacyRecognizer": "nlp_engine_recognizers.spacy_recognizer",
    "StanzaRecognizer": "nlp_engine_recognizers.stanza_recognizer",
    "TransformersRecognizer": "nlp_engine_recognizers.transformers_recognizer",
    "IpRecognizer": "generic.ip_recognizer",
    "MacAddressRecognizer": "generic.mac_recognizer",
}
#: Subpackages whose own `__init__` imports many recognizers: deferred the same way, so that
#: one module can be imported from them alone.
SUBPACKAGES: tuple[str, ...] = ("generic",)


def defer_predefined_recognizers() -> None:
    """Put the on-demand packages in place, unless Presidio is already imported (or absent)."""
    if "presidio_analyzer" in sys.modules or PACKAGE in sys.modules:
        return
    parent = importlib.util.find_spec("presidio_analyzer")  # a top-level spec imports nothing
    if parent is None or not parent.submodule_search_locations:
        return
    root = Path(parent.submodule_search_locations[0])
    packages = [PACKAGE, *(f"{PACKAGE}.{name}" for name in SUBPACKAGES)]
    paths = [root.joinpath(*name.split(".")[1:]) for name in packages]
    if not all((path / "__init__.py").is_file() for path in paths):
        return
    for name, path in zip(packages, paths, strict=True):
        # the spec from the path: `find_spec` of a subpackage would import its parent
        spec = importlib.util.spec_from_file_location(
            name, path / "__init__.py", submodule_search_locations=[str(path)]
        )
        if spec is None or spec.loader is None:
            return
        package = importlib.util.module_from_spec(spec)
        package.__getattr__ = _finder(package)  # type: ignore[method-assign]
        sys.modules[name] = package
        if name != PACKAGE:  # as the import system binds a subpackage to its parent
            setattr(sys.modules[PACKAGE], name.rsplit(".", 1)[1], package)


def _finder(package: ModuleType) -> Any:
    def find(name: str) -> Any:
        if name.startswith("__") and name != "__all__":
            raise AttributeError(name)
        # a name asked of the package before Presidio itself is imported (the import system
        # finds the package in sys.modules and skips its parent): import Presidio first, as a
        # plain import would, so the package's own imports of it find it whole
        importlib.import_module("presidio_analyzer")
        _complete_discovery()
        if name in package.__dict__:
            return package.__dict__[name]
        if package.__name__ == PACKAGE and name in ON_DEMAND:
            try:
                return getattr(importlib.import_module(f"{PACKAGE}.{ON_DEMAND[name]}"), name)
            except (ImportError, AttributeError):
                pass  # a Presidio laid out otherwise: load the whole package below
        return getattr(_load_all(package), name)

    return find


def _complete_discovery() -> None:
    """Presidio finds a predefined recognizer named in its configuration among the classes
    derived from its EntityRecognizer (`RecognizerListLoader.get_all_existing_recognizers`),
    so only among those imported: have that lookup load the whole package first."""
    utils = importlib.import_module(LOADER)
    loader = utils.RecognizerListLoader
    if getattr(loader.get_all_existing_recognizers, "_loads_all", False):
        return
    original = loader.get_all_existing_recognizers

    def get_all_existing_recognizers(cls: Any = None) -> Any:
        _load_all(sys.modules[PACKAGE])
        return original(cls)

    get_all_existing_recognizers._loads_all = True  # type: ignore[attr-defined]
    loader.get_all_existing_recognizers = staticmethod(get_all_existing_recognizers)


def _load_all(package: ModuleType) -> ModuleType:
    """Run the package's own `__init__` in the module (once): every name is there after it."""
    if "__getattr__" in package.__dict__:
        del package.__getattr__
        assert package.__spec__ is not None and package.__spec__.loader is not None
        package.__spec__.loader.exec_module(package)
    return package
