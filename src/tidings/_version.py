"""The package version, in a module of its own so that modules of the package can read it
without importing the package's ``__init__`` (which imports the pipeline lazily)."""

__version__ = "0.1.0"  # keep in step with pyproject.toml
