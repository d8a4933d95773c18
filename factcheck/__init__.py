"""factcheck: a ledger of claims anchored in their sources, and the findings across them."""
from __future__ import annotations


def __getattr__(name: str) -> str:
    # the version is read from package metadata only when asked for: importlib.metadata
    # costs more start-up time than the rest of `factcheck --help`
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("factcheck")
        except PackageNotFoundError:  # a source tree that is not installed
            return "0+unknown"
    raise AttributeError(name)
