"""`python -m generator` runs the `sdkgen` command."""

from .cli import entry

entry()
