"""Pipeline: an ordered list of named steps, and the small protocol a step follows.

A step is anything with a ``name`` that can be called with a :class:`Document`: a subclass
of :class:`Step` (keyword options, validated) or a plain function, which the pipeline wraps
with :class:`FunctionStep`. Steps mark blocks removed through ``doc.remove`` / ``doc.cut``;
the pipeline sets ``doc.step_name`` before each call, so a user's step is explained exactly
like a built-in one.

Pipelines are immutable: ``without``, ``replace``, ``add``, ``move`` and ``configure``
return a new pipeline, so a default can be shared and tweaked safely.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from .document import FAVORS, Document, Favor, Removal, Result
from .gc_pause import gc_paused


class PipelineError(ValueError):
    """A pipeline was built or configured wrongly (unknown step or option, bad value)."""


@runtime_checkable
class StepLike(Protocol):
    """What the pipeline needs of a step: a name, and a call on a document."""

    name: str

    def __call__(self, doc: Document) -> Document | None: ...


class Step:
    """Base class for configurable steps.

    Subclasses set ``name`` and ``defaults`` (option name -> default value) and implement
    :meth:`apply`. Options are given by keyword and checked against ``defaults``, so a typo
    is an error naming the step and the options it knows.
    """

    name: ClassVar[str] = "step"
    defaults: ClassVar[dict[str, Any]] = {}
    builds_blocks: ClassVar[bool] = False
    """True for a step that builds the blocks from ``meta["source_text"]`` itself (normalize):
    a pipeline that starts with it leaves the text unsplit until then."""

    def __init__(self, **options: Any) -> None:
        unknown = sorted(set(options) - set(self.defaults))
        if unknown:
            known = ", ".join(sorted(self.defaults)) or "none"
            raise PipelineError(
                f"step {self.name!r} has no option {', '.join(map(repr, unknown))}; "
                f"its options are: {known}"
            )
        self.options: dict[str, Any] = {**self.defaults, **options}

    def with_options(self, **options: Any) -> Step:
        """A copy of this step with some options changed."""
        return type(self)(**{**self.options, **options})

    def __call__(self, doc: Document) -> Document | None:
        self.apply(doc)
        return None

    def apply(self, doc: Document) -> None:
        """Mark or cut blocks of ``doc``; subclasses implement this."""
        raise NotImplementedError

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.options.items() if self.defaults.get(k) != v}
        args = ", ".join(f"{k}={v!r}" for k, v in changed.items())
        return f"{type(self).__name__}({args})"


class FunctionStep:
    """Wraps a plain function ``f(doc) -> Document | None`` as a named step."""

    def __init__(self, func: Callable[[Document], Document | None], name: str | None = None):
        if not callable(func):
            raise PipelineError(f"a step must be callable, got {func!r}")
        self.func = func
        self.name: str = str(name or getattr(func, "__name__", "custom"))

    def __call__(self, doc: Document) -> Document | None:
        return self.func(doc)

    def __repr__(self) -> str:
        return f"FunctionStep({self.name!r})"


def as_step(
    step: StepLike | Callable[[Document], Document | None], name: str | None = None
) -> StepLike:
    """Turn a step object or a plain function into something the pipeline can run."""
    if isinstance(step, Step | FunctionStep) and name is None:
        return step  # type: ignore[return-value]
    if isinstance(step, Step) and name is not None:
        raise PipelineError("a Step subclass carries its own name; set it on the class")
    if inspect.isclass(step):
        raise PipelineError(f"give an instance of {step.__name__}, not the class itself")
    if callable(step):
        return FunctionStep(step, name or getattr(step, "name", None))
    raise PipelineError(f"a step must be callable, got {step!r}")


class Pipeline:
    """An ordered, immutable list of named steps that turns text into a :class:`Result`."""

    def __init__(self, steps: Iterable[StepLike | Callable[[Document], Document | None]] = ()):
        built = [as_step(s) for s in steps]
        names = [s.name for s in built]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise PipelineError(f"step names must be unique; repeated: {', '.join(dupes)}")
        self._steps: tuple[StepLike, ...] = tuple(built)

    @property
    def names(self) -> list[str]:
        """The step names, in order."""
        return [s.name for s in self._steps]

    def __iter__(self) -> Iterator[StepLike]:
        return iter(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    def __getitem__(self, name: str) -> StepLike:
        return self._steps[self._index(name)]

    def __repr__(self) -> str:
        return f"Pipeline({list(self._steps)!r})"

    def _index(self, name: str) -> int:
        for i, s in enumerate(self._steps):
            if s.name == name:
                return i
        raise PipelineError(f"no step named {name!r}; the steps are: {', '.join(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """A pipeline without the named steps."""
        for n in names:
            self._index(n)
        return Pipeline(s for s in self._steps if s.name not in names)

    def replace(
        self, name: str, step: StepLike | Callable[[Document], Document | None]
    ) -> Pipeline:
        """A pipeline with the named step swapped for another (which keeps its own name)."""
        i = self._index(name)
        steps = list(self._steps)
        steps[i] = as_step(step)
        return Pipeline(steps)

    def add(
        self,
        step: StepLike | Callable[[Document], Document | None],
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> Pipeline:
        """A pipeline with a step added: at the end, or before/after a named step."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        new = as_step(step, name)
        steps = list(self._steps)
        if before is not None:
            steps.insert(self._index(before), new)
        elif after is not None:
            steps.insert(self._index(after) + 1, new)
        else:
            steps.append(new)
        return Pipeline(steps)

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A pipeline with the named step moved before or after another step."""
        step = self[name]
        return self.without(name).add(step, before=before, after=after)

    def reorder(self, names: Sequence[str]) -> Pipeline:
        """A pipeline with the steps in the given order (every step named exactly once)."""
        if sorted(names) != sorted(self.names):
            raise PipelineError(f"reorder needs every step exactly once: {', '.join(self.names)}")
        return Pipeline(self[n] for n in names)

    def configure(self, name: str, **options: Any) -> Pipeline:
        """A pipeline where the named step has some options changed."""
        step = self[name]
        if not isinstance(step, Step):
            raise PipelineError(f"step {name!r} is a plain function and takes no options")
        return self.replace(name, step.with_options(**options))

    def run_document(self, text: str, *, favor: Favor = "balanced") -> Document:
        """Run every step over ``text`` and return the marked-up document."""
        check_text(text)
        if favor not in FAVORS:
            raise PipelineError(f"favor must be one of {', '.join(FAVORS)}, got {favor!r}")
        if self._steps and getattr(self._steps[0], "builds_blocks", False):
            doc = Document(blocks=[], favor=favor)  # the first step splits its own text
        else:
            doc = Document.from_text(text, favor=favor)
        doc.meta["source_text"] = text
        for step in self._steps:
            doc.step_name = step.name
            returned = step(doc)
            if isinstance(returned, Document):
                doc = returned
        doc.step_name = "custom"
        return doc

    def run(self, text: str, *, favor: Favor = "balanced") -> Result:
        """Clean ``text`` and return the body, metadata and what was removed.

        The pipeline is re-run on its own output until the body stops changing (at most a
        few rounds), so cleaning is idempotent: ``run(run(x).body).body == run(x).body``.
        Python's cyclic garbage collector is paused meanwhile (:mod:`cleaner.gc_pause`).
        """
        with gc_paused():
            return self._run(text, favor)

    def _run(self, text: str, favor: Favor) -> Result:
        doc = self.run_document(text, favor=favor)
        removed = doc.removals()
        body = doc.render()
        for _ in range(MAX_EXTRA_ROUNDS):
            if not body:
                break
            # Every round detects the language afresh, as cleaning the body again would:
            # carrying it over breaks idempotence on pages that mix languages.
            again = self.run_document(body, favor=favor)
            new_body = again.render()
            if new_body == body:
                break
            removed.extend(_map_back(again, doc))
            doc = _carry(again, doc)
            body = new_body
        meta = doc.meta
        is_article = bool(meta.get("is_article", True)) and bool(body)
        reason = meta.get("no_article_reason")
        if not body and reason is None:
            reason = "nothing was left after cleaning"
        return Result(
            body=body if is_article else "",
            title=_opt_str(meta.get("title")),
            date=_opt_str(meta.get("date")),
            language=str(meta.get("language") or "und"),
            removed=tuple(removed),
            is_article=is_article,
            no_article_reason=None if is_article else _opt_str(reason),
        )


MAX_EXTRA_ROUNDS = 3


def _map_back(again: Document, first: Document) -> list[Removal]:
    """Removals of a later round, with line numbers mapped back to the original input."""
    kept_lines = [b.index for b in first.blocks if b.removal is None]
    # The body joins kept blocks with blank lines, so block i of the next round sat on
    # line 2*i of the body and came from kept block i of this round.
    out = []
    for r in again.removals():
        i = r.line // 2
        line = kept_lines[i] if i < len(kept_lines) else r.line
        out.append(Removal(r.step, r.reason, r.text, line, r.whole_line))
    return out


def _carry(again: Document, first: Document) -> Document:
    """The later round's document, keeping the first round's metadata where it found some."""
    for key, value in first.meta.items():
        if (key in ("title", "date", "language") and value) or key not in again.meta:
            again.meta[key] = value
    return again


def _opt_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def check_text(text: object) -> None:
    """Raise a clear TypeError for anything that is not ``str``."""
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            "clean() takes str, not bytes: decode the bytes first (for example "
            "text = data.decode('utf-8')), or use cleaner.clean_files() / cleaner.decode_bytes() "
            "which detect the encoding"
        )
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, got {type(text).__name__}")
