"""Cleaning on a Dask cluster (``pip install "cleaner[dask]"``): not yet implemented."""

from __future__ import annotations

import sys
from typing import Any


def run_cli(args: Any) -> int:
    """``cleaner clean --engine dask``."""
    print("cleaner clean: --engine dask is not available yet", file=sys.stderr)
    return 2
