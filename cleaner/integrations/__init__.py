"""Adapters that run cleaning on existing distributed engines (see :mod:`.dask`)."""
