"""Cleaning on a Dask cluster: ``pip install "cleaner[dask]"``.

The cleaning is the same code as the local engine (:func:`cleaner.batch.clean_one`), so
outputs are byte-identical; Dask only decides where it runs. Workers must see the input and
output paths (a shared file system) when cleaning folders; :func:`clean_bag` works on texts
and needs no shared storage.

From the command line::

    cleaner clean SRC -o OUT --engine dask                           # a local cluster
    cleaner clean SRC -o OUT --engine dask --scheduler tcp://host:8786

From Python::

    import dask.bag as db
    from cleaner.integrations.dask import clean_bag
    results = clean_bag(db.from_sequence(texts, npartitions=8)).compute()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from ..batch import FileOutcome, Runner, Task, clean_one
from ..document import Favor

CHUNK = 2000
"""Tasks sent to the cluster at a time, so memory on the client stays bounded."""


def _clean_text(text: str, favor: Favor) -> dict[str, Any]:
    from .. import clean_document

    return clean_document(text, favor=favor).to_dict()


def clean_bag(texts: db.Bag, *, favor: Favor = "balanced") -> db.Bag:
    """A bag of texts in, a bag of result dicts out (``Result.to_dict()`` form)."""
    mapped: db.Bag = texts.map(_clean_text, favor=favor)
    return mapped


def dask_runner(client: Client, *, chunk: int = CHUNK) -> Runner:
    """A runner for :func:`cleaner.clean_folder` that cleans the files on ``client``."""

    def run(tasks: list[Task]) -> Iterator[FileOutcome]:
        for i in range(0, len(tasks), chunk):
            part = tasks[i : i + chunk]
            bag = db.from_sequence(part, npartitions=max(1, min(len(part), 64)))
            yield from bag.map(clean_one).compute(scheduler=client)

    return run


def connect(address: str | None, workers: int | None = None) -> tuple[Client, Callable[[], None]]:
    """A client for the scheduler at ``address``, or for a new local cluster of processes."""
    if address:
        client = Client(address)
        return client, client.close
    cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def clean_paths(
    paths: Iterable[str], *, client: Client, favor: Favor = "balanced"
) -> list[FileOutcome]:
    """Clean files on the cluster and return their outcomes (results included)."""
    from ..batch import DEFAULT_MAX_BYTES

    tasks = [Task(p, p, None, favor, DEFAULT_MAX_BYTES, keep_result=True) for p in paths]
    return list(dask_runner(client)(tasks))
