"""The version of the code, kept static so that importing the package reads no metadata."""

__version__ = "0.1.0"
"""The version of the code (the data has its own, :data:`xinjiang_fta.DATA_VERSION`)."""
