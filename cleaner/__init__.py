"""cleaner: turn scraped news text into clean article bodies, and say what was removed.

>>> import cleaner
>>> text = ("Share\\n\\nThe council approved the new school budget on Monday after a long "
...         "debate.\\n\\nAdvertisement")
>>> cleaner.clean(text)
'The council approved the new school budget on Monday after a long debate.'

:func:`clean` returns the body; :func:`clean_document` returns a :class:`Result` with title,
date, language and every removal with its reason. :func:`default_pipeline` gives the
:class:`Pipeline` of named steps, which you can change (``without``, ``replace``, ``add``,
``move``, ``configure``).
"""

from __future__ import annotations

from functools import cache

from .batch import BatchError, Report, clean_files, clean_folder
from .decode import BinaryDataError, decode_bytes
from .document import FAVORS, Block, Document, Favor, Removal, Result
from .evaluate import Scores, evaluate
from .pipeline import FunctionStep, Pipeline, PipelineError, Step
from .preload import preload
from .rules import RuleError
from .steps import (
    ArticleStep,
    DedupeStep,
    DensityStep,
    HeaderStep,
    LanguageStep,
    MarkdownStep,
    MarkupStep,
    NormalizeStep,
    PhrasesStep,
    drop_lines_matching,
    line_filter,
)

__version__ = "0.1.0"

STEP_CLASSES: dict[str, type[Step]] = {
    cls.name: cls
    for cls in (
        NormalizeStep,
        MarkupStep,
        MarkdownStep,
        LanguageStep,
        PhrasesStep,
        DedupeStep,
        DensityStep,
        HeaderStep,
        ArticleStep,
    )
}
"""The built-in steps by name, in their default order."""


def default_pipeline() -> Pipeline:
    """The default pipeline: normalize, markup, markdown, language, phrases, dedupe, density,
    header, article."""
    return Pipeline(cls() for cls in STEP_CLASSES.values())


@cache
def _default() -> Pipeline:
    return default_pipeline()


def clean_document(
    text: str, *, favor: Favor = "balanced", pipeline: Pipeline | None = None
) -> Result:
    """Clean ``text`` and return the body with title, date, language and what was removed.

    ``favor`` moves the precision/recall trade-off: ``"precision"`` removes more (cleaner
    output), ``"recall"`` keeps more (less risk of losing article text).
    """
    return (pipeline or _default()).run(text, favor=favor)


def clean(text: str, *, favor: Favor = "balanced", pipeline: Pipeline | None = None) -> str:
    """The clean article body of ``text``: paragraphs separated by one blank line."""
    return clean_document(text, favor=favor, pipeline=pipeline).body


__all__ = [
    "FAVORS",
    "STEP_CLASSES",
    "ArticleStep",
    "BatchError",
    "BinaryDataError",
    "Block",
    "DedupeStep",
    "DensityStep",
    "Document",
    "Favor",
    "FunctionStep",
    "HeaderStep",
    "LanguageStep",
    "MarkdownStep",
    "MarkupStep",
    "NormalizeStep",
    "PhrasesStep",
    "Pipeline",
    "PipelineError",
    "Removal",
    "Report",
    "Result",
    "RuleError",
    "Scores",
    "Step",
    "clean",
    "clean_document",
    "clean_files",
    "clean_folder",
    "decode_bytes",
    "default_pipeline",
    "drop_lines_matching",
    "evaluate",
    "line_filter",
    "preload",
]
