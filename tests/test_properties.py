"""Property-based tests: generated handouts never crash the build, lose words or speak markup.

Hypothesis writes Markdown from what authors use (headings, lists, tables, emphasis, links,
pictures, code, raw HTML, non-ASCII words, empty and huge parts). Parsing runs on many
examples; the full build (PDF and audio with the fake engine) on fewer, as it is slower.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st
from pypdf import PdfReader

from conftest import FIXTURES, PROJECT
from handout.build import build
from handout.read.document import load_documents
from handout.config import Settings
from handout.errors import HandoutError
from handout.read.words import UNITS, spoken_words

MARKUP = re.compile(r"[#*|`<>\[\]]")
URL = re.compile(r"https?://|www\.|\w+\.(?:org|com|net)/", re.IGNORECASE)

LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçñüößøåæœABCDEFGHKLMNPRSTWZÉÅ"
words = st.text(LETTERS, min_size=2, max_size=10)


@dataclass
class Doc:
    """A generated handout: its Markdown, and the words a reader must see in print."""

    parts: list[str] = field(default_factory=list)
    visible: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    pictures: int = 0

    def add(self, markdown: str, visible=(), hidden=()) -> None:
        self.parts.append(markdown)
        self.visible.extend(visible)
        self.hidden.extend(hidden)

    @property
    def has_content(self) -> bool:
        """Whether the handout shows anything below its front matter."""
        return bool(self.visible) or self.pictures > 0


def build_or_refuse(doc: Doc, action):
    """Run `action`; a handout with nothing to show must be refused with the message that
    says so, and no other handout may be refused (a heading without words is left out)."""
    if not doc.has_content:
        expected = "the handout has no text"
    else:
        return action()
    with pytest.raises(HandoutError, match=expected):
        action()
    return None


# Raw HTML an author might paste, with the words it shows and the words it must not.
HTML_FRAGMENTS = [
    ("<mark>marked</mark> <abbr title='x'>abbreviated</abbr>", ["marked", "abbreviated"], []),
    ("<kbd>keyboard</kbd> and <sub>lowered</sub>", ["keyboard", "lowered"], []),
    ("<script>scriptedword()</script>", [], ["scriptedword"]),
    ("<style>p { font-size: 4pt }</style>", [], ["font-size"]),
    ("<iframe src='http://127.0.0.1:9/'>framedword</iframe>", [], ["framedword"]),
    ("<span onclick='handlerword()'>clickable</span>", ["clickable"], ["handlerword"]),
    ("<a href='javascript:jsword()'>linkword</a>", ["linkword"], ["jsword"]),
    ("<center><script>nestedword</script>centred</center>", ["centred"], ["nestedword"]),
    # A collapsible is printed open, as a box labelled with its summary (issue 11).
    ("<details><summary>summaryword</summary>detailword</details>",
     ["summaryword", "detailword"], []),
    ("<div>divided <b>bolded</b></div>", ["divided", "bolded"], []),
]


@st.composite
def inline_text(draw, doc: Doc, allow_links=True) -> str:
    """A run of words with emphasis, code, links and stray markup characters."""
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        word = draw(words)
        kind = draw(st.sampled_from(["plain"] * 5 + ["bold", "em", "code", "link", "symbol"]))
        if kind == "bold":
            pieces.append(f"**{word}**")
        elif kind == "em":
            pieces.append(f"*{word}*")
        elif kind == "code":
            pieces.append(f"`{word}`")
        elif kind == "link" and allow_links:
            pieces.append(f"[{word}](https://example.org/{draw(words)})")
        elif kind == "symbol":
            pieces.append(f"{word} {draw(st.sampled_from(['<', '>', '#', '|', '5 > 3', 'C#']))}")
        else:
            pieces.append(word)
        doc.visible.append(word)
    return " ".join(pieces)


@st.composite
def documents(draw, max_blocks: int = 8, huge: bool = True) -> Doc:
    doc = Doc()
    doc.add("---\ntitle: Generated handout\n---\n")
    for _ in range(draw(st.integers(0, max_blocks))):
        kind = draw(st.sampled_from(["para", "para", "heading", "list", "olist", "table",
                                     "code", "image", "html", "quote", "empty", "huge"]))
        if kind == "para":
            doc.add(draw(inline_text(doc)))
        elif kind == "heading":
            level = draw(st.integers(2, 4))
            doc.add(f"{'#' * level} {draw(inline_text(doc, allow_links=False))}")
        elif kind in ("list", "olist"):
            items = [draw(inline_text(doc)) for _ in range(draw(st.integers(1, 4)))]
            doc.add("\n".join(f"{'-' if kind == 'list' else f'{n}.'} {item}"
                              for n, item in enumerate(items, 1)))
        elif kind == "table":
            columns = draw(st.integers(1, 3))
            rows = [[draw(words) for _ in range(columns)] for _ in range(draw(st.integers(2, 4)))]
            doc.add("\n".join(["| " + " | ".join(rows[0]) + " |",
                               "|" + " --- |" * columns]
                              + ["| " + " | ".join(row) + " |" for row in rows[1:]]),
                    visible=[w for row in rows for w in row])
        elif kind == "code":
            lines = [" ".join(draw(st.lists(words, min_size=1, max_size=4)))
                     for _ in range(draw(st.integers(1, 3)))]
            doc.add("```\n" + "\n".join(lines) + "\n```",
                    visible=[w for line in lines for w in line.split()])
        elif kind == "image":
            alt = draw(words)
            doc.add(f"![{alt}](box.png)")
            doc.pictures += 1
        elif kind == "html":
            html, shown, hidden = draw(st.sampled_from(HTML_FRAGMENTS))
            doc.add(html, visible=shown, hidden=hidden)
        elif kind == "quote":
            doc.add("> " + draw(inline_text(doc)))
        elif kind == "empty":
            empty = draw(st.sampled_from(["", "   ", "<!-- nothing -->", "-", "|", "#"]))
            doc.add(empty)
        elif kind == "huge" and huge:
            many = draw(st.lists(words, min_size=300, max_size=1500))
            doc.add(" ".join(many), visible=many)
    return doc


def make_project(folder: Path, doc: Doc) -> Settings:
    source = folder / "source"
    source.mkdir()
    (source / "generated.md").write_text("\n\n".join(doc.parts) + "\n", encoding="utf-8")
    (source / "box.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    return Settings(source=source, out=folder / "build", templates=PROJECT / "templates",
                    engine="fake", jobs=1, quiet=True)


def flat(text: str) -> str:
    """Text with compatibility forms folded and all whitespace gone (lines wrap anywhere)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@hypothesis_settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_parsing_never_crashes_and_speech_has_no_markup(doc):
    with tempfile.TemporaryDirectory() as folder:
        settings = make_project(Path(folder), doc)
        documents = build_or_refuse(doc, lambda: load_documents(settings))
    if documents is None:
        return
    [document] = documents
    for section in document.sections:
        for utterance in section.script:
            assert not MARKUP.search(utterance.text), utterance.text
            assert not URL.search(utterance.text), utterance.text
        for word in doc.hidden:
            assert word not in section.transcript and word not in section.html


@hypothesis_settings(max_examples=20, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents(max_blocks=6))
def test_build_never_crashes_and_every_visible_word_is_printed(doc):
    with tempfile.TemporaryDirectory() as folder:
        settings = make_project(Path(folder), doc)
        if build_or_refuse(doc, lambda: build(settings, ("pdf", "audio"))) is None:
            return
        pdf = settings.out / "generated" / "generated.pdf"
        printed = flat("".join(page.extract_text() for page in PdfReader(pdf).pages))
        transcripts = sorted((settings.out / "generated" / "audio").glob("*.txt"))
        spoken = " ".join(path.read_text("utf-8") for path in transcripts)
    missing = [word for word in doc.visible if flat(word) not in printed]
    assert not missing, missing
    # Every word is heard too, but for a unit's abbreviation after a number ("3 mg"),
    # which is said in full, and a word said otherwise alone too ("Rx", "prescription").
    unheard = [word for word in doc.visible if word not in spoken and word not in UNITS
               and spoken_words(word) == word]
    assert not unheard, unheard
    for word in doc.hidden:
        assert word not in printed and word not in spoken
