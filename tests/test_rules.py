"""Rule data is validated on load: clear errors name the file, place and problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.rules import (
    RuleError,
    RuleSet,
    builtin_languages,
    load_rule_file,
    parse_rules,
    rules_for,
)
from cleaner.rules.factors import required_factors

from .test_families import RULE_LANGUAGES


def test_builtin_languages() -> None:
    assert set(builtin_languages()) >= set(RULE_LANGUAGES)


def test_english_always_applies() -> None:
    families = {r.family for r in rules_for("de").rules}
    assert "legal disclaimer" in families
    assert any(r.source.startswith("phrases/de") for r in rules_for("de").rules)
    assert any(r.source.startswith("phrases/en") for r in rules_for("de").rules)


def test_invalid_regex_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "mine.toml"
    f.write_text('[[drop_line]]\nfamily = "x"\npatterns = [\n  "(unclosed",\n]\n', "utf-8")
    with pytest.raises(RuleError, match=r"mine\.toml:4: invalid regular expression '\(unclosed'"):
        load_rule_file(f)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[drop_lines]]\nfamily='x'\npatterns=['a']\n", "unknown rule kind 'drop_lines'"),
        ("[[drop_line]]\npatterns=['a']\n", "needs a 'family'"),
        ("[[drop_line]]\nfamily='x'\npatterns='a'\n", "must be a list of strings"),
        ("[[drop_line]]\nfamily='x'\npatterns=['a']\ncolour='red'\n", "unknown key"),
        ("[[drop_line]]\nfamily='x'\npatterns=['a']\nmax_words=0\n", "positive integer"),
        ("[[drop_line]\n", "not valid TOML"),
        ("[[drop_line]]\nfamily='x'\npatterns=['a']\nfollowed_by='anything'\n", "for cut_tail"),
        ("[[cut_tail]]\nfamily='x'\npatterns=['a']\nfollowed_by='nothing'\n", "for cut_tail"),
        ("[[drop_line]]\nfamily='x'\npatterns=['{{verb}} it']\n", r"unknown term \{\{verb\}\}"),
        ("terms = 'a'\n", r"\[terms\] must be a table"),
        ("[terms]\nverb = []\n", "verb: must be a non-empty list of strings"),
        ("[terms]\nVerb = ['a']\n", "a name is lower-case letters"),
    ],
)
def test_malformed_rule_files(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rules(text, "user.toml")


def test_terms_are_written_once_and_shared_by_patterns(tmp_path: Path) -> None:
    """A ``[terms]`` list is one alternation wherever a pattern names it."""
    f = tmp_path / "site.toml"
    f.write_text(
        "[terms]\nverb = ['show', 'afficher']\nthing = ['summary', 'résumé']\n\n"
        '[[drop_line]]\nfamily = "button"\nanchor = "full"\n'
        "patterns = ['{{verb}} (?:the )?{{thing}}', '{{thing}} {{verb}}']\n",
        "utf-8",
    )
    rules = load_rule_file(f)
    for line in ("Show the summary", "Afficher résumé", "Résumé afficher"):
        assert rules.first("drop_line", line, 2) is not None, line
    for line in ("Show the verb", "{{verb}} summary"):
        assert rules.first("drop_line", line, 3) is None, line


def test_missing_rule_file_is_clear(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read rule file"):
        load_rule_file(tmp_path / "absent.toml")


def test_user_rule_file_extends_phrases(tmp_path: Path) -> None:
    f = tmp_path / "site.toml"
    f.write_text(
        '[[drop_line]]\nfamily = "site promo"\nreason = "promo of our site"\n'
        "patterns = ['^Visit the Daily Planet shop']\n",
        "utf-8",
    )
    pipe = cleaner.default_pipeline().configure("phrases", extra_rules=f)
    text = (
        "The council approved the new school budget on Monday after a long debate.\n\n"
        "Visit the Daily Planet shop for mugs"
    )
    result = pipe.run(text)
    assert "Daily Planet" not in result.body
    assert any(r.reason == "promo of our site" for r in result.removed)


def test_patterns_are_read_as_nfc(tmp_path: Path) -> None:
    """The text is NFC after the normalize step, so a pattern typed decomposed (an editor
    may save "é" as "e" + U+0301) or with a precomposed Devanagari nukta letter matches."""
    f = tmp_path / "site.toml"
    decomposed = "cafe\u0301 du commerce"  # "café" as "e" + combining acute
    nukta = "\u0959\u092c\u0930"  # "ख़बर" with the precomposed KHHA, which NFC splits
    f.write_text(
        f'[[drop_line]]\nfamily = "promo"\npatterns = ["^{decomposed}", "^{nukta}"]\n', "utf-8"
    )
    pipe = cleaner.default_pipeline().configure("phrases", extra_rules=f)
    prose = "The council approved the new school budget on Monday after a long debate."
    for line in ("Café du commerce: our shop", "\u0959\u092c\u0930 of the day"):
        result = pipe.run(f"{prose}\n\n{line}")
        assert line.split()[0] not in result.body, line
        assert any(r.reason == "promo" for r in result.removed)


def test_custom_step_bad_pattern() -> None:
    from cleaner.steps import drop_lines_matching

    with pytest.raises(RuleError, match="invalid regular expression"):
        drop_lines_matching("[oops")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsubscribe to (?:our|the) newsletter", {"subscribe to our", "subscribe to the"}),
        (r"^(?:click|tap) here to (?:join|follow)", {" here to join", " here to follow"}),
        (
            r"^get (?:it|the app) on (?:google play|the app store)",
            {" on google play", " on the app store"},
        ),
        (r"[Ss]hare this", {"share this"}),
        (r"\w+ \d+", None),  # no literal at all
        (r"(?:foo)?ba", None),  # "ba" is too short to be worth it
        (r"\p{Lu}{3} breaking", {" breaking"}),  # a Unicode property: any character
        (r"\p{Lu}{3}\s*\p{N}+", None),  # only properties and spaces: always searched
        (r"\((?:ap|afp)(?: photo)?\)", {"(ap", "(afp"}),  # the run goes on into the group
        (r"(?:©|\(c\)|copyright)\s*\d{4}", {"©", "(c)", "copyright"}),  # "©" is rare
        (r"^\W*(?:en|fr)(?:\s*/\s*(?:en|fr))+\W*$", None),  # "en", "fr": in every line
    ],
)
def test_required_factors(pattern: str, expected: set[str] | None) -> None:
    found = required_factors(pattern)
    assert found == (frozenset(expected) if expected is not None else None)


def _corpus_lines() -> list[str]:
    from .conftest import SAMPLES
    from .test_families import ARTICLES, CASES

    lines = [
        line
        for path in sorted(SAMPLES.glob("**/*.txt"))
        for line in path.read_text("utf-8").splitlines()
    ]
    for case in CASES:
        lines.extend(str(case["text"]).splitlines())
    for paragraphs in ARTICLES.values():
        lines.extend(paragraphs)
    # Case and folding traps: capitals, long s, sharp s, dotted I, Kelvin sign, ligatures.
    lines += ["SUBSCRIBE TO OUR NEWSLETTER", "Straße gesperrt", "İstanbul haber", "ﬁnd us"]
    return [line.strip() for line in lines if line.strip()]


def test_rule_shortcuts_never_skip_a_match() -> None:
    """Every rule that matches a line is among the rules the shortcut lets through."""
    lines = _corpus_lines()
    checked = 0
    for lang in builtin_languages():
        rules = rules_for(lang)
        for index, rule in enumerate(rules.rules):
            for line in lines:
                if rule.pattern.search(line):
                    checked += 1
                    assert index in rules.may_fire_of_kind(rule.kind, line), (rule.source, line)
                    assert rules.first(rule.kind, line, 1) is not None, (rule.source, line)
    assert checked > 100


_WORDS = ["share", "Read", "more", "news", "ß", "straße", "İ", "über", "comments", "app"]


@st.composite
def _pattern(draw: st.DrawFn) -> str:
    """A small rule pattern: words, alternations, optional groups, classes, anchors."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(["word", "alt", "opt", "space", "class", "anchor", "start", "group"])
        )
        word = draw(st.sampled_from(_WORDS))
        other = draw(st.sampled_from(_WORDS))
        parts.append(
            {
                "word": regex.escape(word),
                "alt": f"(?:{regex.escape(word)}|{regex.escape(other)})",
                "opt": f"(?:{regex.escape(word)} )?",
                "space": r"\s+",
                "class": "[Ss]hare",
                "anchor": r"\b",
                "start": "^",
                "group": f"({regex.escape(word)}|{regex.escape(other)}s?)",
            }[kind]
        )
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(
    _pattern(),
    st.lists(st.sampled_from([*_WORDS, " ", "  ", "-", "SHARE", "READ MORE"]), max_size=8),
)
def test_shortcut_never_skips_a_generated_match(pattern: str, pieces: list[str]) -> None:
    """Whatever the pattern, a line it matches is never skipped by the required strings."""
    toml = f"[[drop_line]]\nfamily='x'\npatterns=[{json.dumps(pattern)}]\n"
    rules = RuleSet(tuple(parse_rules(toml, "generated.toml")))
    text = "".join(pieces)
    for index, rule in enumerate(rules.rules):
        if rule.pattern.search(text):
            assert index in rules.may_fire_of_kind("drop_line", text)
            assert rules.first("drop_line", text, 1) is rule


def test_absent_on_a_page_never_hides_a_line_that_fires() -> None:
    """The one-pass page test says "absent" only where no line of the page fires."""
    lines = _corpus_lines()
    page = "\n".join(lines)
    for lang in builtin_languages():
        rules = rules_for(lang)
        for kind in ("no_article", "comment_meta", "head_line"):
            if any(rules.first(kind, line, 1) for line in lines):
                assert not rules.absent(kind, page), (lang, kind)
    english = rules_for("en")
    assert english.absent("no_article", "The council met on Monday.\nIt voted.")
    assert not english.absent("no_article", "The council met.\nPlease enable cookies")


def test_built_in_rules_cost_nothing_on_lines_that_lack_their_strings() -> None:
    """Every built-in phrase rule has required strings or is a set of literal lines, so it
    is tried only on the lines that hold them; the few that cannot (patterns of capitals
    and figures, two-letter language codes) are listed here. A rule added without any
    (an alternative of two letters, such as "ap", is too short to be one) is searched on
    every line of every page: this test names it."""
    from pathlib import Path

    from cleaner.rules import rules_for

    allowed = {("en", "syndication id"), ("en", "share widget"), ("en", "language switcher")}
    allowed |= {("en", "source tag"), ("en", "timestamp")}  # a clock time: figures only
    allowed |= {("en", "audio player")}  # a player's "00:00 / 05:32" and "1x": figures
    allowed |= {("id", "credit line")}  # editors' initials: "(ant/ANTARA)", lines of 3 words
    folder = Path(__file__).resolve().parents[1] / "cleaner" / "rules" / "phrases"
    gated = set()
    for lang in sorted(p.stem for p in folder.glob("*.toml")):
        for rule in rules_for(lang).rules:
            own = rule.source.startswith(f"phrases/{lang}")
            if own and rule.factors is None and rule.literals is None:
                gated.add((lang, rule.family, rule.source))
    assert {(lang, family) for lang, family, _ in gated} <= allowed, sorted(gated)


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (r"^(?-i:\p{Lu}\w+)\s+is\s+(?:an?\s+)?(?:editor|writer)\b", "Anna is a writer"),
        (r"^\p{Han}{2,4}[，,][^。]{0,15}记者[。，]", "王明，本报记者。"),
        (r"[^\p{L}]{2}reporter", "12reporter"),  # a negated class with a property
        (r"[]\p{Ll}]{3}editor", "]a]editor"),  # a "]" first in the class
    ],
)
def test_required_strings_of_patterns_with_unicode_properties(pattern: str, line: str) -> None:
    """Python's parser cannot read the regex module's ``\\p{...}``: the required strings
    are read from the pattern with each property, and each class holding one, widened to
    any character, so a line the pattern matches always holds one of them."""
    factors = required_factors(pattern)
    assert factors, pattern  # the rule is gated, not searched on every line
    assert regex.search(pattern, line, regex.IGNORECASE)
    assert any(f in line.casefold() for f in factors)
