"""The built-in steps, one module each, and helpers to build steps of your own."""

from .article import ArticleStep
from .custom import drop_lines_matching, line_filter
from .dedupe import DedupeStep
from .density import DensityStep
from .header import HeaderStep
from .language import LanguageStep
from .markdown import MarkdownStep
from .markup import MarkupStep
from .normalize import NormalizeStep
from .phrases import PhrasesStep

__all__ = [
    "ArticleStep",
    "DedupeStep",
    "DensityStep",
    "HeaderStep",
    "LanguageStep",
    "MarkdownStep",
    "MarkupStep",
    "NormalizeStep",
    "PhrasesStep",
    "drop_lines_matching",
    "line_filter",
]
