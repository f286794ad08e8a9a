"""Reading stage, other tools' syntax: Markdown written for a site generator, read as ours.

Pages arrive from Jekyll, Hugo, Eleventy, MkDocs, Docusaurus, Pandoc (Carpentries), MyST,
Obsidian, Starlight and GitHub, each with syntax of its own that Python-Markdown would print
as text. `GeneratorSyntax` is a Python-Markdown extension of preprocessors, one per family
of syntax, that run before the Markdown is parsed and never inside fenced or indented code
(a code example keeps its tags: that is content):

- `LiquidTags`: Liquid, Jinja and Nunjucks (`{% ... %}`, `{{ ... }}`, `{# ... #}`): code
  highlighting becomes a fenced block, footnote tags become footnotes, `raw` blocks become
  code, picture tags (Eleventy's `{% image "pill.jpg", "A tablet" %}`) become pictures,
  GitBook's hints become callouts, its tabs tabs (below) and its references to pages
  (`page-ref`, `content-ref`) links named after the page, template paths lose
  their template part, front matter values and the words of `capture` and `assign` are
  filled in (a captured list in a table cell as an HTML list), a loop over a front matter
  list is its body once for each entry; everything else (includes of site parts, other
  loops, macros) is dropped with a note.
- `HugoShortcodes`: `{{< ... >}}` and `{{% ... %}}`: figures become pictures (also one a
  page resource names), notices and tabs become callouts, code shortcodes become code,
  checklist items list items, Hugo Book's columns blocks one after another; others are
  dropped with a note, their content kept.
- `KramdownAttributes`: kramdown attribute lists (`{: .callout}`, `{: .notice--warning}`,
  `{:toc}`): a callout class makes the block before (a quote, or the paragraph it ends) or
  after (a paragraph, or a quote) a callout; the rest is dropped. A class list ending a
  block's last line (markdown-it-attrs, as Wiki.js writes it) goes too, but for Wiki.js's
  `{.is-info}` at a quote's end, which makes the quote a callout.
- `DiscountClasses`: Discount's `> %class%` quotes are `<div>`s of the class (a list group's
  links a list).
- `MystDirectives`: MyST's directives in backtick fences (```` ```{warning} ````, `{code}`,
  `{figure}`, `{list-table}`, `{glossary}`): callouts, code, pictures with captions, tables
  and definition lists, their `:option:` lines gone.
- `FencedDivs`: Pandoc fenced divs, Docusaurus and Starlight admonitions and MyST
  directives (`::: name`, `:::tip{icon="heart"}`, `:::{note} Title` ... `:::`), and
  VitePress's `::: tabs`, each `== Title` a tab.
- `PandocSpans`: Pandoc's bracketed spans (`[words]{#id}`): the words stay; a backslash
  ending a line is a line break.
- `LineBlocks`: Pandoc's line blocks (`| ` before each line of verse or an address): each
  line a line.
- `TitleBlock`: Pandoc's title block (`% Title`, `% Author`, `% Date`): a heading and
  lines under it.
- `InlineNotes`: Pandoc's inline footnotes (`^[words]`), and WordPress's (`[foot]words[/foot]`),
  are footnotes.
- `UnmatchedNoteMarks`: a footnote's mark (`[^3]`) with no note in the file goes, with a
  warning.
- `Citations`: Pandoc's citations and cross-references (`[@smith2020, p. 3]`,
  `@fig-dose`): the words a formatted page shows in their place ("(Smith 2020, p. 3)").
- `RawFormats`: Pandoc's raw blocks and spans (```` ```{=html} ````, `` `x`{=latex} ``):
  HTML is HTML, other formats' go.
- `TexLayout`: LaTeX's layout commands on a line of their own (`\newpage`, `\vspace{1cm}`)
  go, as do its index entries, and its tables and drawings (`\begin{tabular}`) with a
  warning.
- `StyleSheetText`: a web page's style sheet rules left as text by a converter from HTML
  (`body { font-family: Arial; }`) go, with a warning.
- `InlineChunks`: R Markdown's inline code (`` `r mean(x)` ``), whose value is not known
  here, goes, with a warning.
- `ExampleLists`: Pandoc's example lists (`(@)`, `(@label)`) are numbered.
- `MystAndObsidian`: MyST's targets and roles, and Obsidian's wikilinks: their words stay
  (in Dendron's notes, the words before the bar); Obsidian's block identifiers (`^038507`) go.
- `GovspeakBlocks`: GOV.UK's Govspeak, in a page that has its marks: information and
  warning callouts are labelled boxes; its call-to-action, contact, address, example,
  download and other boxes are boxes (an address's lines each a line); its steps (`s1.`)
  are a numbered list; a legislative list's items keep the numbers written; its tables'
  short rules and row headers (`# Theory test | 31`) are Markdown's; its devolved content
  (`:wales:`) is a box saying where it applies; its buttons (`{button}`) and
  `x[...](...)x` are links; its highlighted answers and figures are boxes; what GOV.UK
  fills in from its records (`[Contact:<id>]`) goes, with a warning.
- `ObsidianComments`: Obsidian's comments (`%%...%%`) go.
- `CommentLines`: Markdown's comment lines (`[comment]: …`, `[//]: …`) go.
- `TagLines`: a line of Obsidian's or Bear's tags alone (`#health #asthma`) goes.
- `HackMDBadges`: HackMD's tags in a quote, `[name=…]` and `[time=…]` a signature,
  `[color=…]` gone.
- `NumberSigns`: a line that opens with a number sign and a digit ("#1 tip: keep warm"),
  or a tag and more words ("- #action back-fill notes"), is a paragraph, not a heading.
- `WriteInBlanks`: a form's lines to write on ("_____") print as lines, not emphasis marks.
- `IndentedHeadings`: a heading set in by one to three spaces is a heading, as CommonMark
  reads it.
- `GenderStars`: German's gender star ("Sozialarbeiter*innen") prints as written, not as
  an emphasis mark.
- `KeycapNumbers`: lines that open with a keycap emoji ("1️⃣ Keep warm") are a numbered
  list, and a heading's keycap is its number.
- `EmojiShortcodes`: `:tada:` becomes its emoji, which `settle_tree` names "(party popper)";
  MkDocs Material's icons (`:material-phone:`) go.
- `NumberRanges`: a tilde between digits ("1~2 cups", as Chinese, Japanese and Korean write
  a range) stays a tilde, not the start of a subscript.
- `SingleTildes`: words between single tildes (`~May 16th~`), as GitHub strikes them
  through, are struck through.
- `DatesOpeningLines`: a date that opens a line or a list item, "* 31. august 1969", in a
  language that writes its day with a stop, is a date, not an ordered list's number.
- `Diagrams`: Mermaid diagrams noted as warnings (`settle_tree` puts "Diagram not
  available" in their place).
- `TexMaths`: TeX maths (`$2 \\times 5$`) loses its `$` and its common commands become the
  characters they print ("2 × 5").
- `ExecutableChunks`: Quarto's and R Markdown's code chunks lose their options, or go
  when the options hide them.
- `GitHubAlerts`: `> [!NOTE]` quotes.
- `DocsifyCallouts`: Docsify's `?> tip` and `!> important` paragraphs.
- `MarkdownInDetails`: the Markdown inside `<details>` blocks, and in a `<div>` after a
  blank line, is read as Markdown.
- `DocsToMarkdown`: the alerts Google Docs' "Docs to Markdown" add-on writes for the
  author (`<p id="gdcalert1" >`) go.
- `CopiedContents`: a table of contents exported with the page numbers of another layout
  (Google Docs' "Download as Markdown", Word converted) goes, with its label.
- `NumberedSources`: a source numbered where a sentence cites it, a link whose words are
  its number (`years.[1](https://...)`, Copilot's `[^1^][1]`), is a footnote.
- `ChatbotCitations`: the citations a chatbot's answer carries as code
  (`:contentReference[oaicite:0]{index=0}`) go, with a warning; the sources it names as
  links keep their links, without its tag on their addresses; the buttons over its code
  ("bash", "Copy", "Edit") and a code block holding only an HTML comment (Gemini's
  `<!-- end list -->`) go, with a note.
- `NotionPages`: Notion's callouts, `<aside>` ... `</aside>`, are callouts, the
  properties under a page's title are one a line, a line bolded with its spaces
  (`** words **`) is bold, and a block its export lost (`<!-- Unsupported block type:
  table -->`) is warned of.
- `LogseqPages`: Logseq's `key:: value` properties: those it hides go, the others are
  "key: value" on a line of their own; its clock drawers go; its `TODO` and `DONE` tasks
  are task list items; a reference to a block of the page is the block's words.
- `LogseqMacros`: Logseq's `{{video …}}` is a link, "Video", with a warning, and its
  `{{renderer :linkpreview,…}}` the link to the page it previews.
- `RoamPages`: Roam's `{{[[TODO]]}}` and `{{[[DONE]]}}` tasks are task list items, and
  its attributes (`- Inbox Name:: [[Inbox]]`) "key: value".
- `LogseqOutlines`: in a Logseq outline, the blocks nested by tabs under a heading or words
  at the left margin are a list under them, not indented code.
- `MarpPictures`: Marp's layout keywords in a picture's description (`![bg left:40%]`) go.
- `ClosedParagraphs`: a `<p>` left open is closed at the next blank line.
- `MdxLines`: Docusaurus MDX `import` lines and JSX component tags, dropped, but for a
  `<TabItem>`, which is a tab, and an `<Admonition>` or Starlight `<Aside>`, a callout with
  its title (and Mintlify's: `<Note>`, `<Warning>`…, a callout of its kind; `<Accordion>`
  and `<Card>`, a box labelled with their title; `<Step>`, a numbered item, its title in
  bold); an ```` ```mdx-code-block ```` fence's MDX is the page's, and
  a custom element with JavaScript in its attributes (a live example) goes.
- `ContentTabs`: MkDocs Material's `=== "Title"` tabs, their indented content read as
  Markdown.
- `ZulipHelp`: Zulip's help centre's tabs (`{tab|mac}`) are tabs, titled as Zulip titles
  them; its includes (`{!tip.md!}`) go, with a warning.
- `Snippets`: PyMdown's snippets (`--8<-- "file.md"`) go, with a note, as includes do.
- `InlineHilite`: a code span's InlineHilite language (`` `#!python range()` ``) goes.
- `EmptiedLines`: a line that a preprocessor left with spaces alone is empty, as
  Python-Markdown makes such lines first, not an indented code block.
- `NestedFences`: fenced code inside an admonition, a tab or a list item, which
  Python-Markdown's `fenced_code` leaves as text, is code (after `fenced_code` has run).
- `ParenthesisLists`: numbered items written "1)" are numbered items, as in CommonMark.
- `HtmlSubLists`: an HTML list under a Markdown list's item is a list in that item.
- `TabbedTables`: rows copied from a spreadsheet, their cells split by tabs, are a table.
- `BrokenWords`: a word a PDF's layout broke at a line's end ("medi-" over "cation") is
  one word again.
- `PastedParagraphs`: a sentence a PDF's paste broke over paragraphs is one again, and
  a typed bullet after a sentence's stop starts a line of its own.
- `TypedBullets`: lines that start with a typed bullet ("• ", pasted from Word) are
  list items.
- `LetteredLines`: items lettered by hand, one a line ("a.", "b)", "(iii)"), or labelled
  with a word and a number ("Step 1:", "Step 2:"), keep their lines.
- `FieldLines`: a paragraph of fields, one a line ("Tel: 020 7946 0958" over "Email: …"),
  keeps its lines.
- `ShortLines`: a letter's address and its signature, short lines, keep their lines.
- `ListContinuations`: a list item's later paragraphs, pictures and code, and the lists
  nested in it, indented to its text (two spaces after "- ", three after "1. "), belong to
  the item, as on GitHub.
- `HeaderOnlyTables` (a tree processor): a table of a header row alone gets no empty row.
- `BoldHeaderRows` (a tree processor): an empty header row gives way to a first row that
  names the columns in bold.
- `DashHeaderRows` (a tree processor): a header row of dashes alone is no header row.
- `TitledPicturesOnTheirLine` (a tree processor): a picture with a title on its own line
  after a paragraph's or an item's words is a paragraph of its own, its title the caption.
- `ListAfterText` and `TableAfterText` (block processors, not preprocessors): a list or a
  table that starts on the line after a paragraph's, with no blank line between, is a
  list or a table, as on GitHub; `ItemAfterIndentedBlock` (a block processor) likewise
  for an item after an item's later block, and `QuoteAfterList` for a quote at the margin
  after a list.
- `RowsWithoutRule` (a block processor): rows of pipes with no row of dashes are a table
  with no header row, as kramdown reads them (`RowsWithoutRuleNoted` notes them).
- `TableEndsAtHeading` (a block processor): a `#` heading or a rule on the line after a
  table's last row ends the table, as on GitHub.
- `RowsParted` notes a pipe table whose rows are parted by blank lines, its pipes printed.
- `PandocTables` (a block processor): Pandoc's grid, simple and multiline tables, drawn in
  characters, are tables, with their captions (`Table: ...`, or a pipe table's `: ...`).
- `AttributesEndAtTheirBrace` (a tree processor, before `attr_list`): an attribute list
  after a link ends at its first closing brace, the words after it staying in place.
- `IdsEndingABlock` (a tree processor, before `attr_list`): an id at the end of a
  paragraph's or a list item's words (`text {#anchor}`) is that block's id.

MkDocs admonitions (`!!! note`) and collapsibles (`??? note`) are Python-Markdown's and
PyMdown's own extensions. A tab of any tool's (`tab_div`) is a callout labelled with its
title, since print shows every tab at once. Every callout becomes the HTML that
Python-Markdown's `admonition` extension writes (a `div.admonition` whose first
paragraph, `p.admonition-title`, is its label); the preprocessors ask for it with a
`data-callout` label on a `markdown="1"` div, which `settle_tree` completes once the HTML
is parsed. Every preprocessor keeps the number of lines, so a line of the converted text
is the author's line (headings and the lint rely on it). What could not be carried over
is listed in `md.generator_notes` as (line of the body, message, severity), which the
lint reports: information, or a warning where leaving it out leaves a hole in a sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import json
import re
import shlex
import string
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterator, Mapping
from urllib.parse import unquote

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor, ListIndentProcessor
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder
from markdown.inlinepatterns import (IMAGE_LINK_RE, IMAGE_REFERENCE_RE, ImageInlineProcessor,
                                     ImageReferenceInlineProcessor,
                                     ShortImageReferenceInlineProcessor)
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from handout.findings import INFO, WARNING
from handout.read.images import PICTURE_EXTENSION, is_decorative
from handout.read.sanitize import BLOCKS, take_out
from handout.read.script import MATHS_CLASS

if TYPE_CHECKING:
    from handout.language import Words

CALLOUT_LABELS = {
    "note": "Note", "notice": "Note", "nb": "Note", "info": "Information",
    "information": "Information", "tip": "Tip", "hint": "Hint", "warning": "Warning",
    "caution": "Caution", "danger": "Danger", "important": "Important",
    "attention": "Attention", "error": "Error", "alert": "Alert", "success": "Success",
    "question": "Question", "example": "Example", "abstract": "Summary",
    "summary": "Summary", "tldr": "Summary", "failure": "Failure", "bug": "Bug",
    "todo": "To do", "objectives": "Objectives", "questions": "Questions",
    "keypoints": "Key points", "callout": "Callout", "challenge": "Challenge",
    "solution": "Solution", "prereq": "Prerequisites", "discussion": "Discussion",
    "checklist": "Checklist", "testimonial": "Testimonial", "instructor": "Instructor note",
    "spoiler": "Spoiler", "pageinfo": "Note", "secondary": "Note", "activity": "Activity",
    "hints": "Hints", "severe": "Immediate action required", "warn": "Warning",
}
"""Names a callout goes by in the generators (lower case), and the label printed and
spoken at its head when the author gave no title."""

TAB_SHORTCODES = frozenset({"tab", "collapse", "expand", "details", "accordion", "spoiler",
                            "toggle", "faq"})
"""Shortcodes that hold words under a title, a tab of alternatives or a part to open (a
French vaccination guide's `{{% collapse "Vaccins obligatoires" %}}`): printed open, as a
box labelled with its title, which was left out. A question and its answer too, `{{< faq
"Which state has the strictest security deposit law?" >}}` (sweep CL, a US page on deposit
limits): its four answers were printed and said one after another with no question,
"Not legally." heard alone."""
CODE_SHORTCODES = {"code-toggle": "toml", "highlight": "", "code": ""}
FIGURE_SHORTCODES = frozenset({"figure", "img", "image", "picture"})
"""Shortcodes that show a picture: Hugo's own `figure`, and a site's own `img`, `image` and
`picture` (Spotlight PA's, described by its `description` and captioned with its `caption`
and `credit`)."""
COLUMNS_OPEN = re.compile(r"\{\{[<%]-?\s*columns\b", re.I)
COLUMNS_CLOSE = re.compile(r"\{\{[<%]-?\s*/\s*columns\b", re.I)
COLUMN_BREAK = re.compile(r"[ \t]*<--->[ \t]*(?:<!--(?:(?!-->).)*-->[ \t]*)?")
"""Hugo Book's separator between the columns of a `{{< columns >}}` block, which was printed
and said ("-") between the words of a column and the picture beside them; with a comment
after it too, `<---> <!-- magic separator, between columns -->`, as Hugo Book's own guide
writes it and a Persian list of providers copied it (sweep BU, fa-vps-providers line 26),
printed "<--->" and said "---"."""
VIDEO_SHORTCODES = frozenset({"youtube", "vimeo", "video"})
LINK_SHORTCODES = frozenset({"ref", "relref"})
CHECKLIST_ITEMS = {"checkbox": "- ", "checkbox-sublist-item": "  - "}
"""digital.gov's checklist items, each the list item it is drawn as (a sublist's nested
under the item before, with the indent of the line)."""
CHECKLIST_SUBLISTS = frozenset({"checklist-sublist"})
URL_VARIABLES = re.compile(r"(?:(?:site|page|config)\.(?:\w+\.)*)?\w*(?:url|path|root|domain|host)",
                           re.I)
"""Template values that are the start of an address (`{{ site.baseurl }}/images/x.png`,
`{{ page.url }}`), left out without a word. Any other of the site's values stands for words:
the CDC's NBS 7 guide's `{{ site.version_latest }}` ("apply to NBS {{ site.version_latest
}}") left "apply to NBS ." with no finding, where the author is told of the gap."""

QUOTE_MARKERS = r"[ \t]*+(?:>[ \t]?+)*+"
"""A line's indent and quote markers ("> > "), matched without backtracking (possessive
quantifiers), for every pattern that starts with them: as the spaces could be taken two
ways, "> " typed 24 times (a pasted e-mail thread) took 30 s to read."""
FENCE_MARK = r"(`{3,}+(?![^`\n]*`)|~{3,}+)"
"""A code fence's backticks or tildes, as a group, for every pattern that finds a fence. A
backtick fence's info string holds no backtick (CommonMark), so a line "```chcp 65001```",
as an Obsidian note on a console (sweep BA, obsidian-pt-campo line 66) and a repro wrote a
command, is a paragraph with a code span, as GitHub and Obsidian show it; taken for a fence,
it printed "```chcp" and the note's callouts and links after it as raw markup."""
FENCE = re.compile(r"^" + QUOTE_MARKERS + r"[ \t]*+" + FENCE_MARK)
LIST_ITEM = re.compile(r"^[ \t]*([-*+]|\d+[.)])[ \t]")
BLOCK_OPENER = re.compile(r"^[ \t]*(!!!|\?\?\?\+?|===)[ \t]")

Notes = list[tuple[int, str, str]]
"""What could not be carried over: (line of the body, message, severity)."""


EMPHASIS = re.compile(r"(\*\*|\*|`)(\S(?:.*?\S)?)\1"
                      r"|(?<!\w)(__|_)(\S(?:.*?\S)?)\3(?!\w)")
"""Markdown emphasis and code (underscores not inside a word, as in `snake_case`)."""


def unmarked(text: str) -> str:
    """`text` without the marks of Markdown emphasis and code: a title printed as words."""
    return EMPHASIS.sub(lambda found: found.group(2) if found.group(1) else found.group(4),
                        text)


def callout_div(name: str, label: str | None = None) -> str:
    """The opening tag of a callout `name`; `label` (or the name's own) is printed at its head."""
    kind = re.sub(r"[^\w-]", "", name.lower()) or "note"
    shown = unmarked(label) if label is not None \
        else CALLOUT_LABELS.get(kind, kind.capitalize())
    return (f'<div class="admonition {kind}" data-callout="{html.escape(shown, quote=True)}"'
            ' markdown="1">')


def tab_div(title: str | None) -> str:
    """The opening tag of one tab of a set of tabbed alternatives (Hugo's `tab`, GitBook's
    `{% tab %}`, Docusaurus' `<TabItem>`, MkDocs' `=== "Title"`): print shows every tab at
    once, so each is a callout whose label is the tab's title, the words that say whom or
    what it is for ("Adults", "Children")."""
    return callout_div("tab", title.strip() if title and title.strip() else None)


def closes_fence(line: str, fence: str) -> bool:
    """Whether `line` closes a code block opened by `fence` (```` ``` ```` or `~~~`): the
    same character, at least as many, and nothing after them."""
    marker = FENCE.match(line)
    return bool(marker) and marker.group(1)[0] == fence[0] \
        and len(marker.group(1)) >= len(fence) and not line[marker.end():].strip()


def closing_line(lines: list[str], index: int, fence: str) -> int:
    """The line that closes the code block opened by `fence` on line `index`, or the number
    of lines if nothing closes it."""
    end = index + 1
    while end < len(lines) and not closes_fence(lines[end], fence):
        end += 1
    return end


def fenced_blocks(lines: list[str], opening: re.Pattern[str] | None = None
                  ) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each block of `lines` that a line `opening` matches opens (by default any code
    fence), its fence `opening`'s first group: the match, the opening line and the line
    that closes it (`closing_line`, the number of lines if none does). A block is passed
    over whole, so that one written inside another is not found."""
    opening = opening or FENCE
    index = 0
    while index < len(lines):
        found = opening.match(lines[index])
        if not found:
            index += 1
            continue
        end = closing_line(lines, index, found.group(1))
        yield found, index, end
        index = end + 1


def code_mask(lines: list[str], indented_blocks: bool = True) -> list[bool]:
    """For each line, whether it is code: inside a fenced block (the fences too) or, unless
    `indented_blocks` is false, an indented code block (after a blank line that follows
    ordinary text). An HTML comment's lines are not code, even a line of tildes (R4EPI's
    report templates frame their comments in `~~~~`), which opened a code block that never
    closed. Nor is an indented tag inside an HTML element left open (`INDENTED_TAG`): a
    theatre's access page closes its card's `<div class="card-body" markdown="1">` with
    `    </div>` after a blank line, which was code, and its `<div>` was never closed."""
    mask = [False] * len(lines)
    fence: str | None = None
    indented = False
    comment = False  # inside an HTML comment, whose lines of tildes open no code block
    previous_text = ""  # the last non-blank line outside code
    open_elements = 0  # HTML's containers open outside code (CONTAINER_OPENING)
    for index, line in enumerate(lines):
        if fence is None and not indented:
            was_comment, comment = comment, in_comment(line, comment)
            if was_comment or comment or line.lstrip().startswith("<!--"):
                continue
        marker = FENCE.match(line)
        if fence is not None:
            mask[index] = True
            if closes_fence(line, fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            mask[index] = True
            indented = False
            continue
        blank = not line.strip()
        deep = line.startswith(("    ", "\t"))
        if indented and (blank or deep):
            mask[index] = True
            continue
        indented = False
        if indented_blocks and deep and index > 0 and not lines[index - 1].strip() \
                and previous_text \
                and not previous_text.startswith((" ", "\t")) \
                and not LIST_ITEM.match(previous_text) and not BLOCK_OPENER.match(previous_text) \
                and not (open_elements and INDENTED_TAG.match(line)):
            indented = mask[index] = True
            continue
        if not blank:
            previous_text = line
            tags = CODE_SPAN.sub("", line)
            open_elements = max(0, open_elements + len(CONTAINER_OPENING.findall(tags))
                                - len(CONTAINER_CLOSING.findall(tags)))
    # A blank line at the end of an indented block is not code.
    for index in range(len(lines) - 1, -1, -1):
        if mask[index] and not lines[index].strip() and not FENCE.match(lines[index]):
            if index + 1 >= len(lines) or not mask[index + 1]:
                mask[index] = False
    return mask


def paragraph_runs(lines: list[str], mask: list[bool], headings: bool = True
                   ) -> list[list[int]]:
    """The indices of each run of lines with words outside code (`mask`, `code_mask`'s), as
    Markdown's paragraphs run; without `headings`, a heading's line is in none and ends the
    run before it."""
    return _runs([index for index, line in enumerate(lines) if line.strip() and not mask[index]
                  and (headings or not line.lstrip().startswith("#"))])


def in_comment(line: str, comment: bool) -> bool:
    """Whether an HTML comment is still open after `line`, `comment` saying whether one was
    open before it (a comment starts a line of its own)."""
    if not comment and not line.lstrip().startswith("<!--"):
        return False
    return "-->" not in (line if comment else line.split("<!--", 1)[1])


def outside_code(lines: list[str], change: Callable[[str, int], str]) -> list[str]:
    """`lines` with `change(text, first_line)` applied to each run of lines outside code;
    `change` must keep the number of lines of the text it is given."""
    mask = code_mask(lines)
    result: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and mask[end] == mask[start]:
            end += 1
        run = lines[start:end]
        if not mask[start]:
            changed = change("\n".join(run), start).split("\n")
            assert len(changed) == len(run), "a preprocessor must keep the line count"
            run = changed
        result.extend(run)
        start = end
    return result


CODE_SPAN = re.compile(r"(?<![`\\])(\}?)(`+)(?!`)[^\n]+?(?<!`)\2(?!`)")
"""A code span on one line, `` `{% include footer.html %}` ``, or a MyST role's words after
its name, `` {ref}`the dose section <dose-label>` ``, which are no code."""
HIDDEN_SPAN = re.compile("\ue000(\\d+)\ue001")
"""Where `keeping_code_spans` holds a code span aside: characters of Unicode's private use,
which no text has."""


def each_line_outside_code(lines: list[str], pattern: re.Pattern[str],
                           change: Callable[[re.Match[str], int], str],
                           mask: list[bool] | None = None) -> list[str]:
    """`lines` with each match of `pattern` outside code replaced by `change(match,
    line_index)`, the line's index for its note."""
    mask = code_mask(lines) if mask is None else mask
    return [line if masked else pattern.sub(lambda found, index=index: change(found, index), line)
            for index, (line, masked) in enumerate(zip(lines, mask))]


def keeping_code_spans(change: Callable[[str, int], str]) -> Callable[[str, int], str]:
    """`change`, kept from the code spans of the text it is given: a guide to a site's tools
    shows their syntax in code (`` `{% include footer.html %}` ``, `` `[[Page]]` ``), and
    a template's tag or a wikilink carried over there printed "Write `` in your page"."""
    def changed(text: str, first: int) -> str:
        spans: list[str] = []

        def hide(found: re.Match[str]) -> str:
            if found.group(1):
                return found.group(0)
            spans.append(found.group(0))
            return f"\ue000{len(spans) - 1}\ue001"

        return HIDDEN_SPAN.sub(lambda found: spans[int(found.group(1))],
                               change(CODE_SPAN.sub(hide, text), first))

    return changed


def line_of(text: str, position: int, first: int) -> int:
    return first + text.count("\n", 0, position)


HELD_LINE_BREAK = "\ue002"
"""A line break a preprocessor holds back, so that every line after it keeps its number while
the others run and name lines (`LiquidTags.repeated`); `HeldLineBreaks`, after them, makes it
one."""


class HeldLineBreaks(Preprocessor):
    """The line breaks held back (`HELD_LINE_BREAK`) made, once every preprocessor that
    names lines has run."""

    def run(self, lines: list[str]) -> list[str]:
        return [part for line in lines for part in line.split(HELD_LINE_BREAK)]


class EmptiedLines(Preprocessor):
    """A line of spaces alone as deep as code is empty, as Python-Markdown's own first step
    makes every such line before the handout's preprocessors run: a tag one of them leaves
    out keeps its line's indent, and in a `<div>` read as Markdown, eight spaces alone were
    an indented code block, printed as an empty frame and said "Code example, 0 lines, as
    printed" where a university's information sheet (sweep BE, ncl-accent-pis lines 11-16,
    al-folio's theme) set a picture's include in two nested `<div>`s. Fenced code is stashed
    by then (Python-Markdown's `fenced_code`, 25), and an indented block's line of spaces
    alone is a blank line of it either way. A line set in less opens no code block, and
    keeps the lines after it from being one (`HugoShortcodes.carry_over`)."""

    def run(self, lines: list[str]) -> list[str]:
        deep = self.md.tab_length
        return ["" if not line.strip(" \t") and len(line.expandtabs(deep)) >= deep else line
                for line in lines]


def keep_lines(original: str, replacement: str) -> str:
    """`replacement`, padded with line breaks so that it spans as many lines as `original`."""
    missing = original.count("\n") - replacement.count("\n")
    if missing < 0:
        return " ".join(replacement.split("\n"))
    return replacement + "\n" * missing


def heading_left_empty(text: str, match: re.Match[str]) -> str | None:
    """The words of the heading a shortcode `match`, alone on its line, is all there is
    under (the next line with words a heading, or none), or None."""
    if not alone_on_line(text, match):
        return None
    before = [line for line in text[:match.start()].split("\n") if line.strip()]
    after = [line for line in text[match.end():].split("\n") if line.strip()]
    heading = ATX_HEADING.match(before[-1]) if before else None
    if heading is None or after and not ATX_HEADING.match(after[0]):
        return None
    return heading.group(1).strip()


def alone_on_line(text: str, match: re.Match[str]) -> bool:
    """Whether nothing but blanks share the line of `text` that `match` is on."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return not (text[start:match.start()].strip()
                or text[match.end():end if end >= 0 else len(text)].strip())


def among_words(text: str, match: re.Match[str]) -> bool:
    """Whether words share the line of `text` that `match` is on (or its cell, in a table
    whose cells a `|` divides), not counting HTML tags or other template tags, so that
    `match` is part of a sentence."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    before = text[start:match.start()].rsplit("|", 1)[-1]
    after = text[match.end():end if end >= 0 else len(text)].split("|", 1)[0]
    return re.search(r"\w", re.sub(r"<[^>]*>|\{[{%].*?[}%]\}", " ", before + " " + after)) \
        is not None


def image_tag(arguments: str) -> str:
    """The Markdown picture an image tag's quoted `arguments` stand for: the first is its
    source; its description is the first of the others with a space in it (the others are
    a class name or the sizes it is drawn at), else the first of them."""
    source, *others = [double or single for double, single in QUOTED.findall(arguments)]
    words = [text for text in others if not SIZES.search(text)]
    alt = next((text for text in words if " " in text.strip()), words[0] if words else "")
    return f"![{alt}]({source.replace(' ', '%20')})"


def one_line(text: str, block: bool) -> str:
    """Markdown of several lines (a captured list) as one line, where a table cell or the
    line of a `{{ name }}` can hold only one: a list is the HTML list it is (with `block`,
    a line of its own, one whose items are read as Markdown; a nested list's items join
    its own), other lines are joined."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not LIST_ITEM.match(lines[0]):
        return " ".join(text.split())
    items: list[str] = []
    for line in lines:
        marker = LIST_ITEM.match(line)
        if marker:
            items.append(line[marker.end():].strip())
        else:
            items[-1] += " " + line.strip()
    tag = "ol" if LIST_ITEM.match(lines[0]).group(1)[0].isdigit() else "ul"
    markdown = ' markdown="1"' if block else ""
    return f"<{tag}{markdown}>" + "".join(f"<li{markdown}>{item}</li>" for item in items) \
        + f"</{tag}>"


def quote(text: str) -> str:
    return text if len(text) < 60 else text[:57] + "..."


def included_file_is_there(variables: Mapping[str, str], name: str) -> bool:
    """Whether the file an include names is there, beside the handout or in its
    `_includes/` folder (`variables` are the handout's, with its folder)."""
    from handout.read.sources import FOLDER_VARIABLE

    folder = Path(variables.get(FOLDER_VARIABLE, "."))
    return any((place / name).is_file() for place in (folder, folder / "_includes"))


def words_not_included(name: str, written: str) -> str:
    """The warning for an include, `written`, of a file that is there, `name`, whose words
    the handout leaves out."""
    return (f"the words of '{name}', which this includes, are not in the handout: copy them "
            f"here in place of '{quote(written)}'")


def record_added(md: Markdown, at: int, count: int) -> None:
    """Record that `count` lines were put in at index `at`, which no author wrote
    (`author_lines`)."""
    added: list[int] = md.added_lines  # type: ignore[attr-defined]
    added[:] = [line + count if line >= at else line for line in added]
    added.extend(range(at, at + count))


class NotingPreprocessor(Preprocessor):
    """A preprocessor that records in `md.generator_notes` what it could not carry over."""

    def note(self, line: int, message: str, severity: str = INFO) -> None:
        notes: Notes = self.md.generator_notes  # type: ignore[attr-defined]
        if (line, message, severity) not in notes:
            notes.append((line, message, severity))


# --- Liquid, Jinja, Nunjucks ----------------------------------------------------------------

TAG = r"(?<!\{)\{%-?\s*"  # never the inside of a Hugo shortcode, `{{% notice %}}`
END = r"\s*-?%\}(?!\})"
RAW_OPEN = re.compile(TAG + r"raw" + END)
RAW_CLOSE = re.compile(TAG + r"endraw" + END)
COMMENT = re.compile(TAG + r"comment" + END + r".*?" + TAG + r"endcomment" + END, re.S)
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
HIGHLIGHT = re.compile(TAG + r"highlight\s+([\w+#.-]+)[^%]*?" + END)
END_HIGHLIGHT = re.compile(TAG + r"endhighlight" + END)
FOOTNOTE_TAG = re.compile(TAG + r"fn\s+(\w+)" + END)
FOOTNOTE_DETAIL = re.compile(r"\{\{-?\s*([\"'])(.*?)\1\s*\|\s*fndetail:\s*(\w+)\s*-?\}\}", re.S)
LINK_TAG = re.compile(TAG + r"(?:link|post_url)\s+(\S+)" + END)
INCLUDE = re.compile(TAG + r"include(?:_relative|_cached)?\s+(\"[^\"]+\"|'[^']+'|\S+)(.*?)" + END,
                     re.S)
GITBOOK_TAB = re.compile(TAG + r"tab\b(.*?)" + END, re.S)
GITBOOK_HINT = re.compile(TAG + r"hint\b(.*?)" + END, re.S)
GITBOOK_HINTS = {"info": "info", "success": "tip", "warning": "warning", "danger": "danger"}
"""The kinds of GitBook's hints by their styles, which GitBook shows as colours and icons
with no word: a green `success` hint holds a tip ("Success" was said before an invitation
to volunteer)."""
GITBOOK_EMBED = re.compile(TAG + r"embed\s+(.*?)" + END, re.S)
"""GitBook's embed of a page, a video or a form, `{% embed url="..." caption="..." %}`,
shown as a card that links to it."""
GITBOOK_PAGE_REF = re.compile(TAG + r"page-ref\s+(.*?)" + END, re.S)
GITBOOK_CONTENT_REF = re.compile(TAG + r"content-ref\s+(.*?)" + END + r"(.*?)"
                                 + TAG + r"endcontent-ref" + END, re.S)
"""GitBook's card that links to another page of the book, `{% page-ref page="a/b.md" %}`,
or `{% content-ref url="b.md" %}` round the link `[b.md](b.md)`, titled on the site with
the page's title."""
LINK_WORDS = re.compile(r"\[([^\]\n]+)\]\(")
GITBOOK_END = re.compile(TAG + r"end(?:tab|hint)" + END)
GITBOOK_TABS = re.compile(TAG + r"(?:end)?tabs" + END)
IMAGE_TAG = re.compile(TAG + r"([\w-]*(?:image|img|figure|picture|photo)[\w-]*)\s+"
                       r"((?:(?:\"[^\"]*\"|'[^']*')[\s,]*){2,})" + END, re.I)
"""A picture's tag with a quoted source and words (Eleventy Image's `{% image "pill.jpg",
"A white round tablet" %}`, 18F's `{% image_with_class "sign.jpg" "note" "A sign" %}`)."""
QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")
SIZES = re.compile(r"\((?:min|max)-(?:width|height)\b|\d(?:vw|px|em|rem|%)(?:\s*,|\s*$)")
"""An image tag's `sizes` argument, "(min-width: 30em) 50vw", "100vw", which is not its
description; a description's own brackets are not one: 18F's "Screenshot of the (PSLF)
form" was printed as a picture with no description."""
FOR_LOOP = re.compile(TAG + r"for\s+(\w+)\s+in\s+([\w.\[\]]+)([^%]*?)" + END
                      + r"((?:(?!" + TAG + r"for\b).)*?)" + TAG + r"endfor" + END, re.S)
"""A template's loop over a list, `{% for document in documents %}…{% endfor %}`, one that
holds no other (the innermost first)."""
LONE_LINK = re.compile(r"\s*(?:<a\b[^>]*>(?:(?!</?a\b).)*</a>|!?\[[^\]]*\]\([^)]*\))\s*",
                       re.S | re.I)
"""An entry of a loop that is one link, HTML's or Markdown's, and nothing else."""
CAPTURE = re.compile(TAG + r"capture\s+([\w.-]+)" + END + r"(.*?)" + TAG + r"endcapture" + END,
                     re.S)
ASSIGN = re.compile(TAG + r"assign\s+([\w.-]+)\s*=\s*(.*?)" + END, re.S)
OUTPUT_FREE_TAGS = frozenset({
    "if", "elsif", "elif", "else", "unless", "case", "when", "for", "break", "continue",
    "assign", "set", "capture", "block", "extends", "macro", "call", "filter", "with",
    "comment", "raw", "liquid", "tablerow", "import", "from", "do", "let", "tabs"})
"""Liquid's, Jinja's and Nunjucks' tags that never stand for words (with every `end...`):
left out of a sentence, they leave no hole in it."""
ERB_TAG = re.compile(r"<%([=#-]?)\s.*?\s-?%>", re.S)
"""Ruby's ERB, in which Rails services write their Markdown pages (DfE's "Apply for teacher
training": `<%= RecruitmentCycle.cycle_name(...) %>`, a date the page would show): a value
(`<%=`), code (`<%`) or a comment (`<%#`). They were printed, and said "%= RecruitmentCycle
...", with no warning."""
ANY_TAG = re.compile(r"(?<!\{)\{%(?!\s*-?\s*raw\b).*?%\}(?!\})", re.S)
EXPRESSION = re.compile(r"\{\{(?![<%])-?(.*?)-?\}\}", re.S)
STRING_EXPRESSION = re.compile(r"\s*([\"'])(.*?)\1\s*(\|.*)?", re.S)
PARAMETER = re.compile(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*'|\S+)")
LABELLED_FILTER = re.compile(r"\|\s*(\w+)\s*:\s*([\"'])([^\"']*[^\W\d_][^\"']*)\2\s*")
"""A filter given words after an address, `{{ 'https://…' | external_link: 'Krankenkasse zur
Rückerstattung einreichen' }}` (an Austrian surgery's page of prices, a site's own filter):
a link whose words are the label, where the page printed the long address and the voice
said its host. Not Liquid's own filters of strings (`STRING_FILTERS`), whose argument is
part of a value, nor an argument that is itself a path or an address."""
STRING_FILTERS = frozenset({"append", "prepend", "replace", "replace_first", "remove",
                            "remove_first", "split", "join", "default", "date", "slice",
                            "truncate", "truncatewords", "where", "sort", "map"})
ADDRESS = re.compile(r"(?:https?:|mailto:|tel:|/)")


LIQUID_DATE = re.compile(r"\|\s*date\s*:\s*([\"'])(.*?)\1")


def liquid_date(value: str, filters: str) -> str:
    """`value` as Liquid's `date` filter among `filters` writes it, by strftime's format, in
    English as Jekyll does (`{{ page.date | date: "%B %-d, %Y" }}`, "September 12, 2025"),
    and with `%-d`'s day unpadded on every system; `value` itself if there is none, or if it
    is no date. A hymnal's pages said "Posted on." and headed a table with an empty row."""
    from handout.read.sources import DATE

    form, found = LIQUID_DATE.search(filters), DATE.fullmatch(value.strip())
    if form is None or found is None:
        return value
    try:
        day = dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return value
    unpadded = re.sub(r"%-([dmHIMSjy])", lambda flag: str(int(day.strftime(f"%{flag[1]}"))),
                      form.group(2))
    return day.strftime(unpadded)


def page_name(address: str) -> str:
    """A page's name made readable from its file's: `access-hpc/gui-remote-desktop.md` is
    "Gui remote desktop" (a folder's `README.md` or `index.md` its folder's name), its
    hyphens and underscores spaces, as a reader would say it."""
    parts = [part for part in address.split("#")[0].split("/") if part]
    stem = re.sub(r"\.(?:md|mdx|markdown|html?)$", "", parts[-1] if parts else "", flags=re.I)
    if stem.lower() in ("readme", "index") and len(parts) > 1:
        stem = parts[-2]
    words = " ".join(re.split(r"[-_\s]+", stem)).strip()
    return words[:1].upper() + words[1:]


def page_link(address: str, words: re.Match[str] | None = None) -> str:
    """A link to the page at `address`, its words `words`' (a link's words, `[Opening
    hours](…)`) unless they are only its file's name, else the page's name (`page_name`)."""
    if not address.strip():
        return ""
    said = words.group(1).strip() if words else ""
    if not said or said == address.split("/")[-1] or said == address:
        said = page_name(address)
    return f"[{said}](<{address.strip()}>)"


class LiquidTags(NotingPreprocessor):
    """Liquid, Jinja and Nunjucks tags carried over, or dropped with a note."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.variables = variables

    def run(self, lines: list[str]) -> list[str]:
        lines = outside_code(self.raw_blocks(lines), self.highlight_blocks)
        lines = outside_code(lines, keeping_code_spans(self.loops))
        self.stored: dict[str, list[tuple[int, str]]] = {}  # each name's values, by line
        lines = outside_code(lines, keeping_code_spans(self.store_values))
        return outside_code(lines, keeping_code_spans(self.carry_over))

    def loops(self, text: str, first: int) -> str:
        """A loop over a list the front matter holds (`{% for document in documents %}`, or
        `page.documents`) is its body once for each entry, `{{ document.name }}` and
        `{{ document }}` filled from it, as Jekyll and Eleventy write the page: a school's
        term dates, a link to each year's PDF, were left out with no word but notes, and
        the page printed and said only the sentence before them. A loop over anything
        else (the site's data, a collection of pages) is left out with a warning."""
        while (found := FOR_LOOP.search(text)) is not None:
            whole = found.group(0)
            key = re.sub(r"^page\.", "", found.group(2))
            size = self.variables.get(f"{key}.size")
            if size is None:
                self.note(line_of(text, found.start(), first),
                          f"a template loop over '{found.group(2)}', which the page's front "
                          "matter does not hold: its words are not in the handout", WARNING)
                shown = keep_lines(whole, "")
            else:
                entries = range(int(size))
                if "reversed" in found.group(3).split():
                    entries = entries[::-1]
                shown = self.repeated(found.group(4), found.group(1), key, entries, whole)
            text = text[:found.start()] + shown + text[found.end():]
        return text

    def repeated(self, body: str, name: str, key: str, entries: range, whole: str) -> str:
        """`body` once for each of `key`'s `entries`, `{{ name.field }}` filled, on the lines
        the loop `whole` took: a body of lines one after another, one that shares a line its
        entries side by side (whole links one a line, `<br>` between them, where a site's
        grid sets them apart). Entries the loop's lines cannot hold go on its last line, line
        breaks held back between them (`HELD_LINE_BREAK`), so that every line after it keeps
        its number: a fourth term's link in a list of three lines was printed "- Term Dates
        2025-2026" in the third's item."""
        def filled(index: int, counted: int) -> str:
            def value(found: re.Match[str]) -> str:
                inner, bar, filters = found.group(1).strip().partition("|")
                inner = inner.strip()
                if inner == f"{name}" or inner.startswith(f"{name}."):
                    field = f"{key}[{index}]{inner[len(name):]}"
                elif inner in ("forloop.index", "loop.index"):
                    return str(counted)
                else:
                    return found.group(0)
                if field not in self.variables or not STRING_FILTERS.issuperset(
                        re.findall(r"\|\s*(\w+)", bar + filters)):
                    return found.group(0)
                return liquid_date(self.variables[field], bar + filters)
            return EXPRESSION.sub(value, body)

        shown = [filled(index, counted) for counted, index in enumerate(entries, start=1)]
        if "\n" not in body:
            lone = all(LONE_LINK.fullmatch(entry) for entry in shown)
            return ("<br>" if lone else "").join(entry.strip() if lone else entry
                                                 for entry in shown)
        lines = [line for entry in shown for line in entry.strip("\n").split("\n")]
        room = whole.count("\n") + 1
        if len(lines) > room:
            lines[room - 1:] = [HELD_LINE_BREAK.join(lines[room - 1:])]
        return keep_lines(whole, "\n".join(lines))

    def store_values(self, text: str, first: int) -> str:
        """`{% capture name %}...{% endcapture %}` and `{% assign name = "words" %}`: the
        words are kept (their own tags carried over) for where `{{ name }}` puts them, as
        Jekyll and Eleventy do, and nothing is left where they were written. Words captured
        for an include that is left out (`title=boxtitle`, a box's heading) stay where they
        were written: W3C WAI's page for older people lost 20 of its 26 headings so, each
        captured for the title of the box it opens."""
        def capture(match: re.Match[str]) -> str:
            body = textwrap.dedent(match.group(2)).strip("\n")
            line = line_of(text, match.start(2), first)
            self.stored.setdefault(match.group(1), []).append(
                (line, self.carry_over(body, line).strip()))
            if self.passed_to_include(match.group(1), text[match.end():]):
                return keep_lines(match.group(0), match.group(2))
            return keep_lines(match.group(0), "")

        def assign(match: re.Match[str]) -> str:
            literal = STRING_EXPRESSION.fullmatch(match.group(2))
            if literal and not literal.group(3):
                value = literal.group(2)
            elif match.group(2).strip() in self.variables:
                value = self.variables[match.group(2).strip()]
            else:
                return match.group(0)  # a value worked out by the site: left out, with a note
            self.stored.setdefault(match.group(1), []).append(
                (line_of(text, match.start(), first), value))
            return keep_lines(match.group(0), "")

        return ASSIGN.sub(assign, CAPTURE.sub(capture, text))

    def stored_value(self, name: str, line: int) -> str | None:
        """The words `name` was last given above `line`, as Liquid reads a page from the
        top (a name captured again holds its new words from there on); else the first it
        is given below."""
        values = sorted(self.stored.get(name, []), key=lambda value: value[0])
        above = [words for at, words in values if at <= line]
        return above[-1] if above else values[0][1] if values else None

    @staticmethod
    def passed_to_include(name: str, after: str) -> bool:
        """Whether an include in `after`, before `name` is captured again, is given its
        value by name (`{% include box.html title=boxtitle %}`)."""
        again = re.search(TAG + r"capture\s+" + re.escape(name) + END, after)
        return any(value == name for include in INCLUDE.finditer(after, 0, again.start()
                                                                 if again else len(after))
                   for _, value in PARAMETER.findall(include.group(2)))

    @staticmethod
    def highlight_blocks(text: str, first: int) -> str:
        """`{% highlight ruby %}` ... `{% endhighlight %}`: a fenced code block, made first
        so that what it holds is code for every later step."""
        text = HIGHLIGHT.sub(lambda m: f"```{m.group(1)}", text)
        return END_HIGHLIGHT.sub("```", text)

    def raw_blocks(self, lines: list[str]) -> list[str]:
        """`{% raw %}` ... `{% endraw %}`: what it holds is shown as written. Around a fenced
        block the tags just go; around lines of text, they become the fences of a code
        block; within a line, a code span."""
        lines = list(lines)
        mask = code_mask(lines)
        index = 0
        while index < len(lines):
            line = lines[index]
            opening = RAW_OPEN.search(line)
            if not opening or mask[index]:
                index += 1
                continue
            closing = RAW_CLOSE.search(line, opening.end())
            if closing:
                inner = line[opening.end():closing.start()]
                ticks = "``" if "`" in inner else "`"
                lines[index] = f"{line[:opening.start()]}{ticks} {inner} {ticks}" \
                    f"{line[closing.end():]}"
                continue
            end = next((j for j in range(index + 1, len(lines)) if RAW_CLOSE.search(lines[j])),
                       None)
            if end is None:
                lines[index] = RAW_OPEN.sub("", line)
                continue
            inner = [text for text in lines[index + 1:end] if text.strip()]
            fenced = bool(inner) and FENCE.match(inner[0]) and FENCE.match(inner[-1])
            alone = not RAW_OPEN.sub("", line).strip() and not RAW_CLOSE.sub("", lines[end]).strip()
            if fenced or not alone:
                lines[index] = RAW_OPEN.sub("", line)
                lines[end] = RAW_CLOSE.sub("", lines[end])
            else:
                lines[index], lines[end] = "```", "```"
            index = end + 1
        return lines

    def carry_over(self, text: str, first: int) -> str:
        text = COMMENT.sub(lambda m: keep_lines(m.group(0), ""), text)
        text = JINJA_COMMENT.sub(lambda m: keep_lines(m.group(0), ""), text)
        text = FOOTNOTE_TAG.sub(lambda m: f"[^{m.group(1)}]", text)
        text = FOOTNOTE_DETAIL.sub(
            lambda m: keep_lines(m.group(0), f"[^{m.group(3)}]: {html.unescape(m.group(2))}"),
            text)
        text = LINK_TAG.sub(lambda m: m.group(1), text)
        text = IMAGE_TAG.sub(lambda m: keep_lines(m.group(0), image_tag(m.group(2))), text)
        text = INCLUDE.sub(lambda m: self.include(m, text, first), text)
        text = GITBOOK_TABS.sub(lambda m: keep_lines(m.group(0), ""), text)
        text = GITBOOK_TAB.sub(lambda m: keep_lines(m.group(0), tab_div(
            self.parameters(m.group(1)).get("title"))), text)
        text = GITBOOK_HINT.sub(lambda m: keep_lines(m.group(0), callout_div(
            GITBOOK_HINTS.get(self.parameters(m.group(1)).get("style"), "info"))), text)
        text = GITBOOK_END.sub("</div>", text)
        text = GITBOOK_EMBED.sub(lambda m: self.embed(m.group(0), self.parameters(m.group(1))),
                                 text)
        text = GITBOOK_PAGE_REF.sub(lambda m: keep_lines(m.group(0), page_link(
            self.parameters(m.group(1)).get("page", ""))), text)
        text = GITBOOK_CONTENT_REF.sub(lambda m: keep_lines(m.group(0), page_link(
            self.parameters(m.group(1)).get("url", ""), LINK_WORDS.search(m.group(2)))), text)
        text = ANY_TAG.sub(lambda m: self.drop(m, text, first, "template tag"), text)
        text = ERB_TAG.sub(lambda m: keep_lines(m.group(0), "") if m.group(1) == "#"
                           else self.drop(m, text, first, "template value" if m.group(1) == "="
                                          else "template tag"), text)
        return EXPRESSION.sub(lambda m: self.expression(m, text, first), text)

    @staticmethod
    def embed(whole: str, parameters: dict[str, str]) -> str:
        """A GitBook embed as the link its card is: its caption's words, or its address."""
        url, caption = parameters.get("url", ""), parameters.get("caption", "")
        return keep_lines(whole, (f"[{caption}]({url})" if caption else f"<{url}>")
                          if url else "")

    @staticmethod
    def parameters(text: str) -> dict[str, str]:
        """A tag's named parameters (`title="Adults"`), unquoted."""
        return {key: value.strip("\"'") for key, value in PARAMETER.findall(text)}

    def include(self, match: re.Match[str], text: str, first: int) -> str:
        """An include that passes words (`text="..."`) keeps them, as a callout if the
        included part is named like one (fastpages' `alert.html`; `callout.html` is a box with
        no label), as a link if it passes an address too (a library's `button-blue.html
        text="Apply for a card online now" url="https://…"` lost where to apply); others
        are dropped. One that shows a picture (al-folio's `figure.liquid path="…"
        title="…"`, named as `FIGURE_SHORTCODES`) is that picture, described by its `alt`,
        else its `title`, as Hugo's figures are: a university's information sheet (sweep BE,
        ncl-accent-pis line 13) lost its logo."""
        name = match.group(1).strip("\"'")
        stem = re.sub(r"\..*$", "", name.rsplit("/", 1)[-1]).lower()
        words = self.parameters(match.group(2))
        source = words.get("path") or words.get("src")
        if stem in FIGURE_SHORTCODES and source:
            alt = words.get("alt") or words.get("title") or words.get("caption") or ""
            caption = words.get("caption") or ""
            shown = f' "{caption}"' if caption and caption != alt else ""
            return keep_lines(match.group(0), f"![{alt}]({source.replace(' ', '%20')}{shown})")
        said = words.get("text") or words.get("content")
        if not said:
            if included_file_is_there(self.variables, name):
                # The DWP's accessibility manual put a page's whole substance in one, which
                # was left out with a note that it "has no words for this handout".
                self.note(line_of(text, match.start(), first),
                          words_not_included(name, match.group(0)), WARNING)
                return keep_lines(match.group(0), "")
            return self.drop(match, text, first, "included part of the site")
        address = words.get("url") or words.get("href") or words.get("link")
        if address and re.match(r"(?:https?:|mailto:|tel:|/)", address):
            said = f"[{said}]({address})"
        if stem == "callout":
            # documentation-theme-jekyll's callout.html, a coloured box with no label (its
            # note.html, tip.html and warning.html have theirs): OnlyKey's guide to importing
            # PGP keys, its 26 steps in callouts, said "Callout … End of callout" 26 times.
            return keep_lines(match.group(0), f"{callout_div(stem, '')}{said}</div>")
        if stem in CALLOUT_LABELS:
            return keep_lines(match.group(0), f"{callout_div(stem)}{said}</div>")
        return keep_lines(match.group(0), said)

    def expression(self, match: re.Match[str], text: str, first: int) -> str:
        inner = match.group(1).strip()
        literal = STRING_EXPRESSION.fullmatch(inner)
        if literal:  # `{{ '/img/x.png' | url }}`: the address, without the site's prefix
            label = LABELLED_FILTER.match(literal.group(3) or "")
            if label and label.group(1) not in STRING_FILTERS and ADDRESS.match(
                    literal.group(2)) and not ADDRESS.match(label.group(3)) \
                    and not text[:match.start()].endswith(("](", "=\"", "='", "=")):
                return keep_lines(match.group(0), f"[{label.group(3)}]({literal.group(2)})")
            return keep_lines(match.group(0), literal.group(2))
        value = self.stored_value(inner, line_of(text, match.start(), first))
        if value is not None:
            return keep_lines(match.group(0), one_line(value, alone_on_line(text, match)))
        name, bar, filters = inner.partition("|")
        name = re.sub(r"^(page\.meta|page|config\.extra|site\.data)\.", "", name.strip())
        filters = bar + filters
        if name in self.variables \
                and STRING_FILTERS.issuperset(re.findall(r"\|\s*(\w+)", filters)):
            # MkDocs macros and Jekyll's page values from the front matter
            return keep_lines(match.group(0), liquid_date(self.variables[name], filters))
        after = text[match.end():match.end() + 1]
        if URL_VARIABLES.fullmatch(inner) or after in ("/", "?", "#"):
            return keep_lines(match.group(0), "")  # the site's address before a path
        return self.drop(match, text, first, "template value")

    def drop(self, match: re.Match[str], text: str, first: int, what: str) -> str:
        """Leave the tag out, with a note: a warning where that leaves a hole in a sentence
        ("how  looks to you"), which only the author can fill."""
        shown = " ".join(match.group(0).split())
        name = re.match(r"(?:\{[{%]|<%=?)-?\s*(\w*)", match.group(0)).group(1).lower()
        # A link's address, `[benefits links page]({% page "/benefits-links/" %})` (18F's
        # handbook, ten a page): its words stay, and its sentence has no gap.
        address = text[:match.start()].endswith("](") and text[match.end():].startswith(")")
        ruby_code = match.group(0).startswith("<%") and match.group(0)[2:3] != "="
        if among_words(text, match) and not (name.startswith("end") or address or ruby_code
                                             or name in OUTPUT_FREE_TAGS):
            self.note(line_of(text, match.start(), first),
                      f"{what} '{quote(shown)}' stands for words this handout does not have: "
                      "left out, which leaves a gap in its sentence; write the words in its "
                      "place", WARNING)
        else:
            self.note(line_of(text, match.start(), first),
                      f"{what} '{quote(shown)}' has no words for this handout: left out")
        return keep_lines(match.group(0), "")


# --- Hugo shortcodes -----------------------------------------------------------------------

SHORTCODE = re.compile(r"\{\{([<%])-?\s*(/?)\s*([\w-]+)(.*?)\s*(/?)-?\s*[>%]\}\}", re.S)
ESCAPED_SHORTCODE = re.compile(r"\{\{([<%])/\*\s*(.*?)\s*\*/([>%])\}\}", re.S)
"""A shortcode escaped so that Hugo shows it rather than runs it, `{{%/* alert */%}}`."""


def shown_shortcode(found: re.Match[str]) -> str:
    """An escaped shortcode (`ESCAPED_SHORTCODE`) as Hugo shows it, `{{% alert %}}`."""
    return f"{{{{{found[1]} {found[2]} {found[3]}}}}}"


def shortcode_arguments(text: str) -> tuple[list[str], dict[str, str]]:
    """Positional and named arguments of a shortcode, as Hugo reads them."""
    try:
        parts = shlex.split(text.replace("\n", " "), posix=True)
    except ValueError:
        parts = text.split()
    positional, named = [], {}
    for part in parts:
        key, equals, value = part.partition("=")
        if equals and re.fullmatch(r"[\w-]+", key):
            named[key.lower()] = value
        else:
            positional.append(part)
    return positional, named


class HugoShortcodes(NotingPreprocessor):
    """Hugo shortcodes carried over (figures, notices, tabs, code), or dropped with a note.
    A picture may be named by a page resource (Hugo Book's `{{< img name="toolbar" >}}`,
    the front matter's `resources:` giving its `src` and `title`), and Hugo Book's
    `{{< columns >}}` are blocks one after another, their `<--->` separators gone."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.variables = variables

    def run(self, lines: list[str]) -> list[str]:
        # In code, a shortcode escaped so that Hugo shows it rather than runs it (Docsy's
        # guide, `{{%/* alert */%}}`) is shown as Hugo shows it, `{{% alert %}}`.
        mask = code_mask(lines)
        lines = [ESCAPED_SHORTCODE.sub(shown_shortcode, line) if mask[index] else line
                 for index, line in enumerate(lines)]
        columns = 0
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            columns += len(COLUMNS_OPEN.findall(line)) - len(COLUMNS_CLOSE.findall(line))
            if columns > 0 and COLUMN_BREAK.fullmatch(line):
                lines[index] = ""
        return outside_code(lines, keeping_code_spans(self.carry_over))

    def carry_over(self, text: str, first: int) -> str:
        text = ESCAPED_SHORTCODE.sub(lambda found: f"`{shown_shortcode(found)}`", text)
        self.opened: list[str] = []
        text = SHORTCODE.sub(lambda m: self.shortcode(m, text, first), text)
        # A shortcode left out of an indented line leaves its indent, which would keep the
        # next block (a checklist's nested items) from starting a block of its own. Only
        # before a list item: before indented words (a do/don't table's rows) an empty line
        # made them a code block.
        return re.sub(r"(?m)^[ \t]+$(?=\n[ \t]*- )", "", text)

    def shortcode(self, match: re.Match[str], text: str, first: int) -> str:
        closing, name = bool(match.group(2)), match.group(3).lower()
        positional, named = shortcode_arguments(match.group(4))
        whole = match.group(0)
        own_line = alone_on_line(text, match)
        if closing:
            kind = self.opened.pop() if self.opened else ""
            if kind == "callout":
                return keep_lines(whole, "</div>")
            if kind == "code":
                return keep_lines(whole, "```")
            return keep_lines(whole, "")
        paired = self.has_closing(text, match.end(), name) and not match.group(5)
        if name in FIGURE_SHORTCODES:
            source = named.get("src") or (positional[0] if positional else "")
            resource = named.get("name") if not source else None
            if resource and f"resources.{resource}.src" in self.variables:
                source = self.variables[f"resources.{resource}.src"]
                named.setdefault("alt", self.variables.get(f"resources.{resource}.title", ""))
            elif resource:
                self.note(line_of(text, match.start(), first),
                          f"shortcode '{quote(' '.join(whole.split()))}' shows the picture "
                          f"'{resource}', which no entry under the front matter's 'resources:' "
                          "names: left out; add one with its 'src' and 'title'", WARNING)
            alt = named.get("alt") or named.get("description") or named.get("caption") \
                or named.get("title") or ""
            title = named.get("caption") or named.get("title") or ""
            credit = named.get("credit") or named.get("attr") or ""
            if credit:  # "Matt Smith / For Spotlight PA", as Hugo's figure puts its attr
                title = f"{title} {credit}" if re.search(r"[.!?]$", title) \
                    else f"{title}. {credit}" if title else credit
            shown = f' "{title}"' if title and title != alt else ""
            return keep_lines(whole, f"![{alt}]({source}{shown})" if source else "")
        address = named.get("src") or (positional[0] if positional else "")
        if name in VIDEO_SHORTCODES and re.match(r"https?://", address):
            # Quarto's `{{< video https://… >}}` (sweep BI, quarto-reference line 68) was
            # left out with no word: a link, as Logseq's `{{video …}}` is (`LogseqMacros`).
            self.note(line_of(text, match.start(), first),
                      f"the video '{address}' cannot play in print or audio: left out, its "
                      "address kept as a link, 'Video'", WARNING)
            words = f"Video: {named['title']}" if named.get("title") else "Video"
            return keep_lines(whole, f"[{words}]({address})")
        if name in VIDEO_SHORTCODES and named.get("title"):
            return keep_lines(whole, f"Video: {named['title']}")
        if name in LINK_SHORTCODES and positional:
            return keep_lines(whole, positional[0])
        if not paired and named.get("text"):
            # Words passed to be shown, as Kubernetes' `{{< glossary_tooltip text="controllers"
            # term_id="controller" >}}` shows its term: the sentence lost its noun.
            return keep_lines(whole, named["text"])
        if paired and name in CHECKLIST_ITEMS:
            self.opened.append("other")
            start = text.rfind("\n", 0, match.start()) + 1
            return "" if text[start:match.start()].strip() else CHECKLIST_ITEMS[name]
        if paired and name in CHECKLIST_SUBLISTS:
            self.opened.append("other")
            return keep_lines(whole, "")
        if paired and own_line and name in TAB_SHORTCODES:
            self.opened.append("callout")
            return keep_lines(whole, tab_div(named.get("title") or named.get("name")
                                             or named.get("header")
                                             or (positional[0] if positional else None)))
        opens_line = not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
        if paired and (own_line or opens_line) and (name in CALLOUT_LABELS
                                                    or "title" in named or "style" in named):
            # on a line of its own, or opening a line its words and its end are on, as
            # Docsy's guide writes `{{% alert title="Welcome" %}} Hello! {{% /alert %}}`
            self.opened.append("callout")
            kind = next((p for p in positional if p.lower() in CALLOUT_LABELS),
                        named.get("style") or named.get("type") or named.get("variant")
                        or name)
            label = named.get("title") or CALLOUT_LABELS.get(kind.lower()) \
                or CALLOUT_LABELS.get(name, kind.capitalize())
            return keep_lines(whole, callout_div(kind, label))
        if paired and own_line and name in CODE_SHORTCODES:
            self.opened.append("code")
            return keep_lines(whole, f"```{named.get('lang') or CODE_SHORTCODES[name]}")
        listed = self.listed_key(name) if not paired and own_line else None
        if listed is not None:
            return self.listed(listed)
        if paired:
            self.opened.append("other")
        if paired and not (own_line or name in CALLOUT_LABELS):
            return ""  # an inline one (a badge): its words stay in the sentence
        shown = " ".join(whole.split())
        heading = None if paired else heading_left_empty(text, match)
        self.note(line_of(text, match.start(), first),
                  f"shortcode '{quote(shown)}' has no words for this handout: left out"
                  + (", its content kept" if paired else "")
                  + (f", and the heading '{heading}' has nothing under it: write out what "
                     "the web page shows there" if heading else ""),
                  WARNING if heading else INFO)
        return keep_lines(whole, "")

    def listed_key(self, name: str) -> str | None:
        """The front matter's list a shortcode shows, `faq:` for `{{< faq-list >}}` or
        `{{< faq >}}`, as a Hugo theme's template lists it: a list of that name, or of the
        name without its `-list`; None for any other shortcode, or with no such list."""
        if not (name.endswith("-list") or name == "faq"):
            return None
        return next((key for key in (name.removesuffix("-list"), name)
                     if f"{key}.size" in self.variables), None)

    def listed(self, key: str) -> str:
        """The entries of the front matter's list `key`, as its template shows them: each
        entry's question (or `q`, `title`, `name`, else its first field) in bold over its
        other fields, its answer; an entry of words alone an item of a list. On the
        shortcode's one line, line breaks held back between them (`HELD_LINE_BREAK`), as a
        template's loop over such a list is filled (`LiquidTags.repeated`), so that every
        line after it keeps its number. An Arabic page on blood pressure (sweep BU,
        ar-hypertension line 322) lists its six questions and answers under "## الأسئلة
        الشائعة" with `{{< faq-list >}}`: they were left out with only a note, the section
        printed and said empty."""
        blocks = []
        for index in range(int(self.variables[f"{key}.size"])):
            prefix = f"{key}[{index}]."
            fields = {name[len(prefix):]: value.strip() for name, value in self.variables.items()
                      if name.startswith(prefix) and value.strip()}
            if not fields:
                entry = self.variables.get(f"{key}[{index}]", "").strip()
                blocks.append(f"- {entry}" if entry else "")
                continue
            head = next((name for name in ("question", "q", "title", "name") if name in fields),
                        next(iter(fields)))
            blocks.append("\n\n".join([f"**{fields.pop(head)}**", *fields.values()]))
        return HELD_LINE_BREAK.join("\n\n".join(filter(None, blocks)).split("\n"))

    @staticmethod
    def has_closing(text: str, position: int, name: str) -> bool:
        return re.search(r"\{\{[<%]-?\s*/\s*" + re.escape(name) + r"\s*-?[>%]\}\}",
                         text[position:], re.I) is not None


# --- kramdown attribute lists ------------------------------------------------------------

ATTRIBUTE_LINE = re.compile(r"^(" + QUOTE_MARKERS + r")[ \t]*+\{:(?!:)\s*([^}]*)\}\s*$")
TOC_LINE = re.compile(r"^\s*([-*+]|1\.)\s+(TOC|Table of contents)\s*$", re.I)
TRAILING_ATTRIBUTES = re.compile(r"(?:(?<=[^\s)\]*_`>])|(?<=\S)[ \t]+)"
                                 r"\{\.[A-Za-z_][\w-]*(?:[ \t]+(?:[.#][A-Za-z_][\w-]*"
                                 r"|[A-Za-z_][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}]*)))*"
                                 r"[ \t]*\}[ \t]*$")
"""A block's attribute list at the end of its last line, as markdown-it-attrs (Wiki.js) and
reveal.js slides write it (`text. {.is-info}`, `item {.fragment data-index="3"}`): a class
first (an id first is Pandoc's and Quarto's, on a table's caption), after words or a space,
not straight after a link's or emphasis' end (that list is theirs)."""
KRAMDOWN_EXTENSION = re.compile(r"\{::(comment|nomarkdown|options)\b[^}]*\}|\{:/(comment|nomarkdown)?\}")
"""kramdown's extensions that print nothing of their own: `{::nomarkdown}` ... `{:/}` around
raw HTML or a Liquid include (W3C WAI's pages, in some thirty languages, have sixteen, which
were printed and said "colon colon nomarkdown"), `{::options toc_levels="2" /}`, and
`{::comment}` ... `{:/comment}`, whose words go with it."""
LIST_ITEM_ATTRIBUTES = re.compile(r"^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\{:?[ \t]*"
                                  r"[.#][A-Za-z_][\w-]*(?:[ \t]+[.#][A-Za-z_][\w-]*)*[ \t]*\}"
                                  r"[ \t]*(?=\S)")
"""A list item's attribute list before its words, as kramdown writes it (`- {:.indent-1}
This line…`), and as markdown-it-attrs' class is (`- {.indent-2} Songs for the old and
young;`): a poem set as a list, its lines indented by class, printed and said "indent-2"
before every other line."""
WIKI_JS_CALLOUTS = re.compile(r"\.is-(info|success|warning|danger)\b")
"""Wiki.js's classes that make a quote a callout, each its kind."""


class KramdownAttributes(Preprocessor):
    """kramdown's attribute lists: a callout class makes a callout of the quote before it
    (as the Carpentries write `{: .callout}`), of the paragraph it ends (minimal-mistakes'
    `{: .notice--warning}` on the paragraph's last line) or of the paragraph after it;
    `{:toc}` and every other attribute list go."""

    def run(self, lines: list[str]) -> list[str]:
        lines = self.block_attributes_on_their_line(self.without_extensions(lines))
        mask = code_mask(lines)
        lines = [line if mask[index] else LIST_ITEM_ATTRIBUTES.sub(r"\1", line)
                 for index, line in enumerate(lines)]
        changed = True
        while changed:  # a callout inside a callout shows itself once the outer is open
            lines, changed = self.one_pass(lines)
        return lines

    def one_pass(self, lines: list[str]) -> tuple[list[str], bool]:
        mask = code_mask(lines)
        found = [(quote_depth(line), index) for index, line in enumerate(lines)
                 if not mask[index] and ATTRIBUTE_LINE.match(line)]
        if not found:
            return lines, False
        depth, index = min(found)  # the outermost first: its quote holds the inner ones
        prefix, attributes = ATTRIBUTE_LINE.match(lines[index]).group(1, 2)
        classes = [callout_class(c) for c in re.findall(r"\.([\w-]+)", attributes)]
        kind = next((c for c in reversed(classes) if c.removesuffix("-title") in CALLOUT_LABELS),
                    None)
        if kind is None and index + 1 < len(lines) and quote_depth(lines[index + 1]) > depth \
                and (index == 0 or not lines[index - 1].strip(" \t>")):
            # just-the-docs' callouts are the site's own, named in its `_config.yml`: a
            # word's class over a quote is one (`{: .new }`, printed a plain quote)
            kind = next((c for c in reversed(classes) if re.fullmatch(r"[a-z]+(?:-title)?", c)),
                        None)
        titled = kind is not None and kind.endswith("-title")
        kind = kind.removesuffix("-title") if kind else None
        lines = list(lines)
        if kind and index > 0 and lines[index - 1].strip(" \t>") \
                and quote_depth(lines[index - 1]) == depth \
                and not re.match(r"[ \t>]*[#<]|[ \t>]*\{:", lines[index - 1]) \
                and not mask[index - 1]:
            # minimal-mistakes' `{: .notice--warning}` on the line after its paragraph
            start = index - 1
            while start > 0 and lines[start - 1].strip(" \t>") \
                    and quote_depth(lines[start - 1]) == depth:
                start -= 1
            lines[start] = prefix + callout_div(kind) + "\n" + lines[start]
            lines[index] = prefix + "</div>"
            return self.rejoin(lines, start), True
        if kind and index + 1 < len(lines) and quote_depth(lines[index + 1]) > depth:
            # just-the-docs' `{: .note }` above a quote: the quote is the box; with
            # `{: .note-title }` its first paragraph is the box's title
            end = index + 1
            while end < len(lines) and quote_depth(lines[end]) > depth:
                lines[end] = strip_quote(lines[end], depth)
                end += 1
            label = None
            if titled:
                title_end = index + 1
                while title_end < end and lines[title_end].strip(" \t>"):
                    title_end += 1
                label = " ".join(line.strip(" \t>") for line in lines[index + 1:title_end])
                lines[index + 1:title_end] = [prefix] * (title_end - index - 1)
            lines[index] = prefix + callout_div(kind, label)
            if end < len(lines) and not lines[end].strip(" \t>"):
                lines[end] = prefix + "</div>"
                return lines, True
            return lines[:end] + [prefix + "</div>"] + lines[end:], True
        if kind and index > 0 and quote_depth(lines[index - 1]) > depth:
            start = index
            while start > 0 and quote_depth(lines[start - 1]) > depth:
                start -= 1
            for j in range(start, index):
                lines[j] = strip_quote(lines[j], depth)
            opener = prefix + callout_div(kind)
            lines[start] = opener + "\n" + lines[start] if lines[start].strip(" >") else opener
            lines[index] = prefix + "</div>"
            return self.rejoin(lines, start), True
        if kind and index + 1 < len(lines) and lines[index + 1].strip():
            end = index + 1
            while end < len(lines) and lines[end].strip() \
                    and not lines[end].lstrip(" \t>").startswith("</div>"):  # a box's end
                end += 1
            lines[index] = prefix + callout_div(kind)
            if end < len(lines):  # on the blank line after, or before the box's own end
                lines[end] = prefix + "</div>" + lines[end].lstrip(" \t>")
                return lines, True
            return lines + [prefix + "</div>"], True
        before = lines[index - 1] if index > 0 else ""
        if TOC_LINE.match(before) or (attributes.strip() == "toc" and LIST_ITEM.match(before)):
            lines[index - 1] = ""  # the list kramdown replaces ("- TOC is created automatically.")
        elif re.search(r"\.no_toc\b", attributes) and re.match(r"[ \t>]*#{1,6}[ \t]", before) \
                and self.over_contents(lines, index + 1):
            lines[index - 1] = ""  # "#### Table of Contents", the heading of those contents
        lines[index] = prefix
        return lines, True

    @staticmethod
    def over_contents(lines: list[str], start: int) -> bool:
        """Whether the first words from `start` are a list kramdown replaces by the page's
        contents, an item over `{:toc}`: a heading marked `{: .no_toc}` (not in the
        contents) over it is theirs and goes with them. Just the Docs' "#### Table of
        Contents" (sweep BJ, acids-bases lines 17-20) stayed, printed and said as an empty
        heading, when its list had gone."""
        while start < len(lines) and not lines[start].strip():
            start += 1
        after = ATTRIBUTE_LINE.match(lines[start + 1]) if start + 1 < len(lines) else None
        return bool(LIST_ITEM.match(lines[start]) and after and after.group(2).strip() == "toc")

    @staticmethod
    def without_extensions(lines: list[str]) -> list[str]:
        """`lines` without kramdown's extensions (`KRAMDOWN_EXTENSION`) outside code, and
        without a comment's words; a line the extensions alone made is left blank. But one
        between a block and its attribute list is none, as kramdown reads it: the attributes
        move up to the block. Jekyll's contents placeholder, "* Do not remove this line (it
        will not be displayed)" over `{::options toc_levels="2" /}` over `{:toc}` (sweep CW,
        D4), was printed and was the whole of its section's audio."""
        mask = code_mask(lines)
        kept, in_comment, moved = [], False, set()
        for index, line in enumerate(lines):
            if mask[index] or "{:" not in line and not in_comment:
                kept.append(line)
                continue
            parts, position = [], 0
            for found in KRAMDOWN_EXTENSION.finditer(line):
                if not in_comment:
                    parts.append(line[position:found.start()])
                if found.group(1) == "comment":
                    in_comment = True
                elif found.group(0).startswith("{:/") and in_comment:
                    in_comment = False
                position = found.end()
            if not in_comment:
                parts.append(line[position:])
            words = "".join(parts)
            kept.append("" if not words.strip() and line.strip() else words)
            if not in_comment and not words.strip() and line.strip() and index + 1 < len(lines) \
                    and len(kept) > 1 and kept[-2].strip() and not mask[index + 1] \
                    and ATTRIBUTE_LINE.match(lines[index + 1]):
                moved.add(index + 1)
                kept[-1] = lines[index + 1]
        return ["" if index in moved else line for index, line in enumerate(kept)]

    @classmethod
    def block_attributes_on_their_line(cls, lines: list[str]) -> list[str]:
        """A block's attribute list at the end of its last line, as markdown-it-attrs reads
        it (Wiki.js): Duet3D's wiki ends its quotes with ` {.is-info}` or `.{.is-warning}`,
        which printed as written. A Wiki.js callout class makes its quote a callout; any
        other such list goes, as do ids and classes on their own line in Python-Markdown.
        Wiki.js's editor puts the list on the line under the quote, with no quote marker
        (markdown-it reads it as the quote's, going on lazily): a workshop's safety policy
        had fifteen callouts so, each said "Quote."."""
        mask = code_mask(lines)
        lines = list(lines)
        for index in reversed(range(1, len(lines))):
            if not mask[index] and quote_depth(lines[index - 1]) \
                    and lines[index - 1].strip(" \t>") and not mask[index - 1] \
                    and re.fullmatch(r"\{\.[^{}]*\}", lines[index].strip()) \
                    and WIKI_JS_CALLOUTS.search(lines[index]):
                lines[index - 1] += " " + lines[index].strip()
                lines[index] = ""
        for index in reversed(range(len(lines))):  # a callout's tags leave the lines above
            line = lines[index]
            found = None if mask[index] else TRAILING_ATTRIBUTES.search(line)
            if not found or re.match(r"[ \t>]*(?:#|\||:{3,})", line):
                continue  # code, or a heading's, a table row's (Python-Markdown's) or a
                # fenced div's own (`FencedDivs`: a Quarto callout's, blank lines round it)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if following.strip() and quote_depth(following) >= quote_depth(line) \
                    and not LIST_ITEM.match(following.lstrip(" \t>")):
                continue  # not the block's last line
            lines[index] = line[:found.start()].rstrip()
            kind = WIKI_JS_CALLOUTS.search(found.group())
            depth = quote_depth(line) - 1
            opened_after = following.lstrip(" \t>").startswith('<div class="admonition')
            if not kind or depth < 0 or (following.strip() and not opened_after):
                continue
            start = index
            while start > 0 and quote_depth(lines[start - 1]) > depth:
                start -= 1
            for j in range(start, index + 1):
                lines[j] = strip_quote(lines[j], depth)
            prefix = "> " * depth
            if index + 1 < len(lines):  # on the blank line after, or before the next box
                lines[index + 1] = prefix + "</div>" + following.lstrip(" \t>")
            else:
                lines.append(prefix + "</div>")
            lines[start] = prefix + callout_div(kind.group(1)) + "\n" + lines[start]
            lines = cls.rejoin(lines, start)
        return lines

    @staticmethod
    def rejoin(lines: list[str], index: int) -> list[str]:
        """Where a line had to hold two (an opening tag and the first line of a quote), put
        the tag on the blank line before if there is one, else let the count grow by one."""
        first, _, rest = lines[index].partition("\n")
        if not rest:
            return lines
        if index > 0 and not lines[index - 1].strip():
            lines[index - 1], lines[index] = first, rest
            return lines
        return lines[:index] + [first, rest] + lines[index + 1:]


def callout_class(name: str) -> str:
    """A class that names a callout, as a callout's name: minimal-mistakes' notices
    (`notice--warning`, `notice--primary`) are their kind, or a note."""
    name = name.lower()
    if name.startswith("notice--"):
        kind = name.removeprefix("notice--")
        return kind if kind in CALLOUT_LABELS else "note"
    return name


def quote_depth(line: str) -> int:
    """How many quote markers (`>`) open `line`."""
    return re.match(r"^[ \t]*((?:>[ \t]?)*)", line).group(1).count(">")


def strip_quote(line: str, depth: int) -> str:
    """`line` with its quote marker number `depth + 1` taken away."""
    match = re.match(r"^([ \t]*(?:>[ \t]?){%d})[ \t]*>[ \t]?" % depth, line)
    return match.group(1) + line[match.end():] if match else line


DISCOUNT_CLASS = re.compile(r"[ ]{0,3}>[ \t]?%([A-Za-z][\w-]*)%[ \t]*")
"""The first line of a quote that Discount (rdiscount, a Jekyll engine) makes a `<div>` of
that class, `> %list-group%`."""
LIST_GROUP_ITEM = re.compile(r"[ \t]*<a\b[^>]*\bclass=[\"'][^\"']*\blist-group-item\b[^>]*>"
                             r".*</a>[ \t]*", re.I)
"""A link that is an item of Bootstrap's list group, alone on its line."""


class DiscountClasses(Preprocessor):
    """Discount's `> %class%` (rdiscount, as a Jekyll site is built with it): a quote whose
    first line is a class between percent signs is a `<div>` of that class, no quote. A
    Scout council's camp pages (sweep BD, cub-summer-camp lines 26-78, cub-camp-fees) put
    their links so in Bootstrap's list groups: printed "%list-group% Register for Resident
    Camp" in a quote, said "Quote. %list-group% … End of quote.", and four links under "More
    Information" ran into one line. A list group's links (`LIST_GROUP_ITEM`) are its items,
    one a line, as Bootstrap shows them: a list."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = list(lines)
        index = 0
        while index < len(lines):
            found = None if mask[index] or (index and lines[index - 1].strip()) \
                else DISCOUNT_CLASS.fullmatch(lines[index])
            if not found:
                index += 1
                continue
            name = found.group(1)
            lines[index] = f'<div class="{name}" markdown="1">'
            end = index + 1
            while end < len(lines) and not mask[end] and quote_depth(lines[end]) \
                    and lines[end].strip():
                line = strip_quote(lines[end], 0)
                listed = name == "list-group" and LIST_GROUP_ITEM.fullmatch(line)
                lines[end] = "- " + line.strip() if listed else line
                end += 1
            if end < len(lines) and not lines[end].strip():
                lines[end] = "</div>"
            else:
                lines.insert(end, "</div>")
                mask.insert(end, False)
            index = end + 1
        return lines


class AttributesEndAtTheirBrace(AttrListTreeprocessor):
    """An attribute list after a link or other inline element (`[Trigger](url){target=_blank}`)
    ends at its first closing brace, as in kramdown and MkDocs. Python-Markdown's `attr_list`
    reads it to the last brace on the line and puts what lay between at the end of the
    paragraph: Duet3D's wiki printed "Download link: https://...} {.is-warning" and said
    "in prose. Then more. and braces" for "and {braces} in prose. Then more." Runs just
    before `attr_list` (8), which then finds nothing left to misplace."""

    def run(self, doc: ET.Element) -> None:
        for elem in doc.iter():
            if not elem.tail or self.md.is_block_level(elem.tag):
                continue
            found = self.INLINE_RE.match(elem.tail)
            if not found:
                continue
            remainder = get_attrs_and_remainder(found.group(1))[1]
            if not remainder:
                continue  # one attribute list alone: `attr_list` places it well
            end = found.end(1) - len(remainder)  # at the list's own closing brace
            self.assign_attrs(elem, found.group(1)[:end - found.start(1)])
            elem.tail = elem.tail[end + 1:]


TRAILING_ID = re.compile(r"(?:^|[ \t]+)\{[ \t]*(#[A-Za-z_][\w:.-]*(?:[ \t]+[^{}\n]*)?)\}[ \t]*$")
"""An attribute list opening with an id at the end of a block's words, after a space or
alone (`Some text. {#attrs-example}`, a display equation's `$$ {#eq-energy}`)."""


class IdsEndingABlock(AttrListTreeprocessor):
    """An id at the end of a paragraph's or a list item's words, `text {#anchor}`, is that
    block's id, as markdown-it-attrs (VitePress, VuePress) reads it: Python-Markdown's
    `attr_list` takes a block's list only on a line of its own, and v-mark-docs' example
    page printed "... E.g. `{#attrs-example}`. {#attrs-example}" and said "attrs-example"
    twice. A list alone in a paragraph (Quarto's label after a display equation, `$$
    {#eq-energy}`) is the id of the block before it. Runs just before `attr_list` (8)."""

    def run(self, doc: ET.Element) -> None:
        for parent in list(doc.iter()):
            for elem in list(parent):
                if elem.tag in ("p", "li"):
                    self.take_id(parent, elem)

    def take_id(self, parent: ET.Element, elem: ET.Element) -> None:
        last = elem[-1] if len(elem) else None
        if last is not None and last.tag in ("ul", "ol"):
            return  # a list item's nested list: its own items hold their lists
        words = last.tail if last is not None else elem.text
        found = TRAILING_ID.search(words or "")
        if not found:
            return
        kept = words[:found.start()]
        if last is not None:
            last.tail = kept
        else:
            elem.text = kept
        if kept.strip() or last is not None:
            self.assign_attrs(elem, found.group(1))
            return
        index = list(parent).index(elem)
        if elem.tag == "p" and index > 0:  # the label of the block before it
            self.assign_attrs(parent[index - 1], found.group(1))
            parent.remove(elem)


# --- Pandoc bracketed spans --------------------------------------------------------------

SPAN_PART = r"(?:[^\[\]\n]|\[[^\[\]]*\]\([^()\s]*\))"
"""A letter of a bracketed span's words, or a link among them."""
BRACKETED_SPAN = re.compile(rf"(?<![!\]\\])\[({SPAN_PART}*(?:\n{SPAN_PART}+){{0,3}})\]"
                            r"\{(?:[#.]|[A-Za-z][\w-]*=)[^}\n]*\}")
"""A bracketed span, its words (a link among them: Pandoc writes a Word link underlined
as a whole as `[[3.3.2 Labels or` / `Instructions](http://...)]{.underline}`, which
printed ".underline") on one line or, as Pandoc wraps them, up to four (an Italian manual's
grid table wraps "[Per Articoli della" / "Categoria" / "COMPUTER]{.underline}" in a cell,
which printed as written); its attributes
start with an id, a class or a `key=value` (`{custom-style="Key"}`, the Word style a page
written for Pandoc's Word output names, which printed as written). An empty one is an
anchor: Pandoc puts `[]{#_Toc101 .anchor}` before each heading of a Word document it turns
into Markdown, which headed the section "Toc101 .anchor Before you arrive"."""


ESCAPED_BREAK = re.compile(r"(?<!\\)\\$|^(?![^\n]*(?:[&$]|\\[A-Za-z]))[^\n]*(?<![\\:])\\\\$",
                           re.M)
"""A line break written as a backslash ending the line (Pandoc's and CommonMark's), or two
(kramdown's, as a Jekyll library's page writes its address: "Hauptstraße 39\\\\" printed
its backslash, and the postcode ran into the house number); not a folder's, "C:\\\\", nor a
row of LaTeX's maths, "a &= 2 \\times 5 \\\\"."""
WRAPPED_PICTURE_ATTRIBUTES = re.compile(
    r"(!\[[^\]\n]*(?:\n[^\]\n]*){0,3}\]\([^)\n]*\))\{([^{}\n]*(?:\n[^{}\n]*){1,2})\}")
"""A picture's size that Pandoc wrapped onto the next line, as it writes Word's pictures:
`![](media/image2.png){width="6.3in"` / `height="3in"}` (which `attr_list` reads on one
line only), its description wrapped too, as Word's are long ("![Table Description
automatically` / `generated](media/image1.png){width=...": "width="6.27in"
height="6.07in"" was said after it)."""
QUOTE_PREFIX = re.compile(QUOTE_MARKERS)


def drop_wrapped_attributes(found: re.Match[str]) -> str:
    """The picture alone, and the quote markers of the lines its attributes ran onto."""
    later = found.group(2).split("\n")[1:]
    return found.group(1) + "".join("\n" + QUOTE_PREFIX.match(line).group() for line in later)


class PandocSpans(Preprocessor):
    """Pandoc's bracketed spans, `[absolute path]{#absolute-path}` (a glossary's anchors):
    the words stay, the attributes go, as do a picture's attributes wrapped onto a second
    line. A backslash ending a line (`ESCAPED_BREAK`) is the line break Python-Markdown
    writes as two spaces."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, first: ESCAPED_BREAK.sub(
            lambda found: found.group().rstrip("\\") + "  ",
            WRAPPED_PICTURE_ATTRIBUTES.sub(drop_wrapped_attributes,
                                                 BRACKETED_SPAN.sub(r"\1", text))))


LINE_BLOCK_LINE = re.compile(r"^((?:[ ]{0,3}>[ ]?)*+)[ ]{0,3}\|(?: (.*))?$")
PIPE_DELIMITER_ROW = re.compile(r"^[ ]{0,3}\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
"""A pipe table's row under its header (`| --- | :---`), which a line block never has."""


class LineBlocks(Preprocessor):
    """Pandoc's line blocks, a run of lines each opened by `| ` (verse, an address): each
    line printed as a line of its own, its indent kept, and a line that starts with a
    space going on with the line before, as Pandoc has them. They ran together as one
    paragraph that printed its pipes ("| The limerick packs laughs anatomical | Into
    space..."). A run with a line that ends in `|`, or with a pipe table's row of dashes
    (a table written without its closing pipes), is a pipe table's, not a line block."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)
        index = 0
        while index < len(lines):
            if mask[index] or not LINE_BLOCK_LINE.match(lines[index]) \
                    or (index and lines[index - 1].strip()):
                index += 1
                continue
            end = index + 1
            while end < len(lines) and not mask[end] and (
                    LINE_BLOCK_LINE.match(lines[end])
                    or lines[end].startswith(" ") and lines[end].strip()):
                end += 1
            # The row of dashes may follow the run: a header row "|  | 2% | 0,5%" (an
            # empty first cell, no closing pipe) is one line like a line block's.
            if any(line.rstrip().endswith("|") and line.strip() != "|"
                   or PIPE_DELIMITER_ROW.match(line) for line in lines[index:end + 1]):
                index = end
                continue
            for line_index in range(index, end):
                opening = LINE_BLOCK_LINE.match(lines[line_index])
                words = lines[line_index].strip()  # a line going on with the one before
                if opening is not None:  # its indent kept, where Markdown would drop it
                    words = opening.group(2) or ""
                    indent = len(words) - len(words.lstrip(" "))
                    # in a quote (an address quoted, the R Markdown Cookbook's), its marks
                    words = opening.group(1) + ("\u00a0" * indent + words.lstrip(" ")
                                                or "\u00a0")
                ends = line_index + 1 < end and LINE_BLOCK_LINE.match(lines[line_index + 1])
                result[line_index] = words + ("  " if ends else "")
            index = end
        return result


class TitleBlock(Preprocessor):
    """Pandoc's title block, the first lines of a page (`% Pandoc Test Suite`, `% John
    MacFarlane; Anonymous`, `% July 17, 2006`): printed and said with their `%` as one
    paragraph. The title is the page's first heading, whence the handout takes its title,
    and the authors and date are lines under it; a line that starts with a space goes on
    with the one before."""

    def run(self, lines: list[str]) -> list[str]:
        if not lines or not lines[0].startswith("%"):
            return lines
        end = 1
        while end < len(lines) and (lines[end].startswith("%")
                                    or lines[end].startswith(" ") and lines[end].strip()):
            end += 1
        result = list(lines)
        fields: list[list[int]] = []
        for index in range(end):
            if lines[index].startswith("%"):
                fields.append([index])
            else:
                fields[-1].append(index)
        for number, field in enumerate(fields):
            for index in field:
                result[index] = lines[index].lstrip("%").strip()
            if number == 0:
                result[field[0]] = "# " + " ".join(lines[i].lstrip("%").strip() for i in field)
                for index in field[1:]:
                    result[index] = ""
            elif number + 1 < len(fields):
                result[field[-1]] += "  "
        return result


NOTE_MARK = re.compile(r"(`+).+?\1|\[\^([^\]\s]+)\](?!:)", re.S)
"""A footnote's mark, `[^3]` (or a code span, which keeps its text)."""
NOTE_DEFINITION = re.compile(r"^[ \t>]*\[\^([^\]\s]+)\]:")


class UnmatchedNoteMarks(NotingPreprocessor):
    """A footnote's mark whose note the file does not hold, left out with a warning naming
    its line: RetroArch's guide (sweep CD, quick-informations.md line 40) cites
    "[Dailymotion](…)[^3]" with no `[^3]:` under it, which was printed "(https://…)[^3]"
    and said "Dailymotion[^3]", with no word of it in the build or the check."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        defined = {found.group(1) for index, line in enumerate(lines)
                   if not mask[index] and (found := NOTE_DEFINITION.match(line))}

        def unmatched(found: re.Match[str], text: str, first: int) -> str:
            if found.group(1) or found.group(2) in defined:
                return found.group(0)
            self.note(line_of(text, found.start(), first),
                      f"the note mark '{found.group(0)}' has no note in this file "
                      f"('{found.group(0)}: …'): left out; write its note, or take it out",
                      WARNING)
            return ""

        return outside_code(lines, lambda text, first: NOTE_MARK.sub(
            lambda found: unmatched(found, text, first), text))


WORDPRESS_NOTE = re.compile(r"\[(foot|footnote)\]([^\[\]]*?)\[/\1\]", re.I)
"""A footnote as a WordPress plugin writes it in the sentence, `[foot]Hosea 14:5[/foot]`
(sweep CR, opensiddur-dew lines 45 and 58): printed as written and said "Israel; foot
Hosea 14, verse 5 /foot may Your mercy". A footnote, as Pandoc's `^[…]` is."""


class InlineNotes(Preprocessor):
    """Pandoc's inline footnotes, `^[Some examples are adapted from ...]`, as R Markdown and
    bookdown pages write them: Python-Markdown knows only `[^1]`, so the note's words were
    printed and said in the middle of the sentence ("where label is a unique label You may
    consider using the code chunk labels. throughout the document"). Each is a footnote,
    its definition added after the last line, so that every line keeps its number; so is
    WordPress's (`WORDPRESS_NOTE`)."""

    def run(self, lines: list[str]) -> list[str]:
        notes: list[str] = []

        def replace(text: str, first: int) -> str:
            text = WORDPRESS_NOTE.sub(r"^[\2]", text)
            result, position = [], 0
            while True:
                start = self.opening(text, position)
                if start < 0:
                    return "".join(result) + text[position:]
                end = self.closing(text, start + 2)
                if end < 0:
                    return "".join(result) + text[position:]
                notes.append(" ".join(text[start + 2:end].split()))
                result += [text[position:start],
                           keep_lines(text[start:end + 1], f"[^inline-{len(notes)}]")]
                position = end + 1

        lines = outside_code(lines, replace)
        for number, note in enumerate(notes, 1):
            lines += ["", f"[^inline-{number}]: {note}"]
        return lines

    @staticmethod
    def opening(text: str, position: int) -> int:
        """Where the next `^[` outside a code span starts, or -1."""
        while True:
            found = re.compile(r"(`+).+?\1|(?<!\\)\^\[", re.S).search(text, position)
            if found is None:
                return -1
            if not found.group(1):
                return found.start()
            position = found.end()

    @staticmethod
    def closing(text: str, position: int) -> int:
        """Where the `]` that closes a note whose words start at `position` is (brackets
        within it in pairs, code spans skipped), or -1."""
        depth = 0
        while position < len(text):
            span = re.match(r"(`+).+?\1", text[position:], re.S)
            if span:
                position += span.end()
                continue
            char = text[position]
            if char == "\\":
                position += 2
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                if not depth:
                    return position
                depth -= 1
            position += 1
        return -1


CITATION_KEY = r"(-?)@(\{[^{}\n]+\}|\w(?:[\w:.#$%&+?<>~/-]*\w)?)"
CITATION_GROUP = re.compile(r"(`+).+?\1"
                            r"|(?<![!\\\w\]])(?<!^)(?<!\n)\[([^\[\]|]*?@[^\[\]|]*?)\](?![(\[{])"
                            r"|(?<![!\\\w\]])\[([^\[\]|]*?@[^\[\]|]*?)\](?![(\[{:])", re.S)
"""A bracketed citation group, or a code span. A `|` ends it: a grid table's row holds
the lines of several cells. At the start of a line, `[@key]:` is a link's definition."""
CITATION_ITEM = re.compile(rf"^(.*?)(?<![\w@.]){CITATION_KEY}(.*)$", re.S)
IN_TEXT_CITATION = re.compile(rf"(`+).+?\1|(?<![\w@.\\/`\[-]){CITATION_KEY}"
                              r"(?:[ ]\[([^\[\]@\n]+)\](?![(\[{:]))?", re.S)
AUTHOR_YEAR = re.compile(r"^([A-Za-z][A-Za-z'_-]*?)[_:-]?((?:1[5-9]|20)\d\d)[a-z]?(?:[_:-]?\w*)$")
BOOKDOWN_REFERENCE = re.compile(r"(`+).+?\1|\\@ref\(([^()\s]+)\)|[ \t]*\(\\#[\w:.-]+\)", re.S)
"""bookdown's cross-reference, `\\@ref(tab:doses)` after the word for its kind ("Table
\\@ref(tab:doses)"), a label `(\\#tab:doses)`, or a code span."""
CROSS_REFERENCES = {"fig": "Figure", "tbl": "Table", "sec": "Section", "eq": "Equation",
                    "lst": "Listing", "thm": "Theorem", "lem": "Lemma", "cor": "Corollary",
                    "def": "Definition", "exm": "Example", "exr": "Exercise",
                    "apx": "Appendix", "ch": "Chapter"}
"""The prefixes of Quarto's (`@fig-elephant`) and pandoc-crossref's (`@tbl:doses`)
cross-references, and the word each is printed with."""


def cross_reference(key: str) -> str | None:
    """The prefix of `key` if it is a cross-reference's (`fig` of `fig-dose`)."""
    found = re.match(r"([A-Za-z]+)[-:]\w", key)
    return found.group(1) if found and found.group(1).lower() in CROSS_REFERENCES else None


QUARTO_LABEL = re.compile(r"\{#([A-Za-z]+)-([\w-]+)"
                          r"|^[ \t]*#\|[ \t]*label:[ \t]*([A-Za-z]+)-([\w-]+)", re.M)
SECTION_LABEL = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*\{[^}\n]*#(sec-[\w-]+)[^}\n]*\}[ \t]*$", re.M)


def cross_reference_names(text: str) -> dict[str, str]:
    """What Quarto prints for each cross-reference a page labels: its figures, tables and
    the like numbered in the order they come (`{#fig-surus}`, `#| label: fig-plot`), "Figure
    1", "Figure 2", and a section its heading's words ("Section Citation Style")."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for found in QUARTO_LABEL.finditer(text):
        kind, name = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        key = f"{kind}-{name}"
        if kind.lower() in CROSS_REFERENCES and kind.lower() != "sec" and key not in names:
            counts[kind.lower()] = counts.get(kind.lower(), 0) + 1
            names[key] = f"{CROSS_REFERENCES[kind.lower()]} {counts[kind.lower()]}"
    for found in SECTION_LABEL.finditer(text):
        names[found.group(2)] = f"Section {unmarked(found.group(1))}"
    return names


BOOKDOWN_LABEL = re.compile(r"\(\\#(fig|tab|eq):([\w:.-]+)\)")
"""bookdown's label in a caption or after an equation, `(\\#tab:doses)`."""
CHUNK_LABEL = re.compile(r"^[ \t]*(?:label[ \t]*=[ \t]*)?([\"']?)([\w.-]+)\1[ \t]*(?:,|$)")
"""A chunk's label, first in its header, `{r anscombe-plot, fig.cap="…"}`, or `label=`."""
QUARTO_CHUNK_LABEL = re.compile(r"[ \t]*#\|[ \t]*label:[ \t]*([\"']?)([\w.-]+)\1")
"""A chunk's label as Quarto writes it, among its options, `#| label: fig-map`."""
FIGURE_CAPTION_OPTION = re.compile(r"\bfig[.-]cap[ \t]*[:=]")
"""A chunk's caption for its figure, knitr's `fig.cap=` or Quarto's `fig-cap:`."""
TABLE_CAPTION_OPTION = re.compile(r"\bt(?:bl-|ab\.)cap[ \t]*[:=][ \t]*[\"']?"
                                  r"(.*?)(?:[\"']|\s#\||$)")
"""A chunk's caption for its table, knitr's `tab.cap=` or Quarto's `tbl-cap:`, its words."""


def bookdown_names(lines: list[str]) -> dict[str, str]:
    """The number bookdown gives each figure, table and equation a page labels, in the
    order they come, by its key (`fig:anscombe-plot`): a chunk's label when it has a
    `fig.cap`, as knitr names its figure, or a `(\\#tab:doses)` in a caption. Sweep CZ: a
    survey book's "(see Figure \\@ref(fig:recommendations-anscombe-plot))", with the chunk
    in the same file, was said "(see Figure recommendations anscombe plot)"."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}

    def add(kind: str, label: str) -> None:
        if f"{kind}:{label}" not in names:
            counts[kind] = counts.get(kind, 0) + 1
            names[f"{kind}:{label}"] = str(counts[kind])

    index = 0
    while index < len(lines):
        opening = CHUNK_OPENING.match(lines[index])
        if not opening:
            for found in BOOKDOWN_LABEL.finditer(lines[index]):
                add(*found.groups())
            index += 1
            continue
        end = closing_line(lines, index, opening.group(1))
        options = list(itertools.takewhile(CHUNK_OPTION.match, lines[index + 1:end]))
        label = CHUNK_LABEL.match(opening.group(3).lstrip(" ,"))
        for line in options:
            quarto = QUARTO_CHUNK_LABEL.match(line)
            label = quarto or label
        chosen = opening.group(3) + " ".join(options)
        if label and FIGURE_CAPTION_OPTION.search(chosen):
            add("fig", label.group(2))
        index = end + 1
    return names


def cited(key: str, suppress_author: bool = False, in_text: bool = False,
          names: Mapping[str, str] | None = None) -> str:
    """A citation key as the words it stands for: a cross-reference's kind and name
    ("@sec-side-effects" is "Section side effects"); an author and year ("smith2020",
    "Smith_2020a") as an author-date style prints them ("Smith 2020", "Smith (2020)" in a
    sentence, "2020" when the author is left out); any other key as written ("R-base").
    A cross-reference without its prefix, Quarto's `-@fig-map`, is its number alone, after
    the author's own word: a snow crab paper's "(Figure -@fig-management-areas)" was printed
    and said "(Figure Figure 1)" (sweep CZ)."""
    key = key.strip("{}")
    kind = cross_reference(key)
    if kind and names and key in names:
        return names[key].split(" ", 1)[-1] if suppress_author else names[key]
    if kind:
        name = " ".join(re.split(r"[-_:]+", key.split(key[len(kind)], 1)[1]))
        return name if suppress_author else f"{CROSS_REFERENCES[kind.lower()]} {name}"
    found = AUTHOR_YEAR.match(key)
    if not found:
        return key
    author = " ".join(part.capitalize() for part in re.split(r"[_-]+", found.group(1)) if part)
    year = found.group(2)
    if suppress_author:
        return year
    return f"{author} ({year})" if in_text else f"{author} {year}"


class Citations(Preprocessor):
    """Pandoc's citations and cross-references (R Markdown, Quarto, bookdown): there is no
    bibliography here to format them, and they were printed as keys and said "at smith
    2020" or "at sec dash results". Each key becomes the words a reader of the published
    page sees in its place (`cited`): `[see @smith2020, p. 3; @doe2018]` is "(see Smith
    2020, p. 3; Doe 2018)", `@smith2020 says` is "Smith (2020) says", `@fig-dose` is "Figure
    2" when the page labels that figure (`cross_reference_names`), else "Figure dose". A
    key written in a sentence (not in brackets) is a citation only where the handout shows
    it is written for Pandoc, with bracketed citations or a `bibliography` in its front
    matter, since on GitHub "@nhsengland" is a person; a cross-reference's prefix (`fig-`,
    `tbl:`) says what it is anywhere. An email address is neither.
    bookdown's cross-references follow the word for their kind ("Table
    \\@ref(tab:doses)"): the number the page gives it (`bookdown_names`), else the name
    alone ("Table doses"); its labels (`(\\#tab:doses)`) go."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.variables = variables

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        names = cross_reference_names(text)
        pandoc = any(key in self.variables for key in ("bibliography", "csl", "citation")) \
            or any(self.citation(found.group(2) or found.group(3) or "", names) for found in
                   CITATION_GROUP.finditer(text))
        lines = outside_code(lines, lambda text, first: CITATION_GROUP.sub(
            lambda found: found.group(0) if found.group(1) else keep_lines(
                found.group(0), self.citation(found.group(2) or found.group(3), names)
                or found.group(0)), text))

        def in_text(found: re.Match) -> str:
            if found.group(1):
                return found.group(0)
            suppress, key, locator = found.group(2, 3, 4)
            if not pandoc and not cross_reference(key):
                return found.group(0)
            words = cited(key, bool(suppress), in_text=True, names=names)
            if locator:
                words = words[:-1] + f", {locator.strip()})" if words.endswith(")") \
                    else f"{words} ({locator.strip()})"
            return keep_lines(found.group(0), words)

        lines = outside_code(lines, lambda text, first: IN_TEXT_CITATION.sub(in_text, text))
        numbers = bookdown_names(lines)
        return outside_code(lines, lambda text, first: BOOKDOWN_REFERENCE.sub(
            lambda found: found.group(0) if found.group(1) else numbers.get(found.group(2))
            or " ".join(re.split(r"[-_:]+", found.group(2).split(":", 1)[-1]))
            if found.group(2) else "", text))

    @staticmethod
    def citation(group: str, names: Mapping[str, str]) -> str | None:
        """The words of a bracketed citation group, or None if `group` is not one (each of
        its parts, between semicolons, must hold a key)."""
        items = []
        crossed = True
        for part in group.split(";"):
            found = CITATION_ITEM.match(part.strip())
            if not found:
                return None
            prefix, suppress, key, suffix = found.groups()
            crossed = crossed and cross_reference(key) is not None
            items.append(" ".join(" ".join(words.split()) for words in
                                  (prefix, cited(key, bool(suppress), names=names)
                                   + suffix.rstrip())
                                  if words.strip()))
        words = "; ".join(items)
        return words if crossed else f"({words})"


RAW_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\{[ \t]*=([\w-]+)[ \t]*\}[ \t]*$")
RAW_INLINE = re.compile(r"(`+)(.+?)\1(\{=([\w-]+)\})?", re.S)


QUARTO_SPAN = re.compile(r'<span\s+data-qmd(-base64)?="([^"]*)"\s*>\s*</span>')
"""An empty `<span data-qmd="...">` in Quarto's raw HTML, which Quarto fills with the
Markdown in its attribute: a table's caption and headers were lost (found by the recheck)."""


def quarto_span(found: re.Match) -> str:
    words = found.group(2)
    if found.group(1):
        import base64
        import binascii

        try:
            words = base64.b64decode(words).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return found.group(0)
    return f"<span>{html.escape(unmarked(html.unescape(words)), quote=False)}</span>"


class RawFormats(NotingPreprocessor):
    """Pandoc's raw blocks and spans, output for one format only (```` ```{=html} ````,
    `` `\\newpage`{=latex} ``): HTML is the HTML it holds (which `sanitize` cleans, as any
    HTML in a handout); any other format's (LaTeX, Word's, Typst's) is left out, where it
    printed as code and was said ("begin center"), with a note."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        for _, index, end in fenced_blocks(lines):
            opening = RAW_FENCE.match(lines[index])
            if opening:
                result[index] = ""
                if end < len(lines):
                    result[end] = ""
                if opening.group(2).lower() != "html":
                    result[index + 1:end] = [""] * len(lines[index + 1:end])
                    self.note(index, f"a raw {opening.group(2)} block is for that format "
                              "only: it is left out")
                else:
                    result[index + 1:end] = [QUARTO_SPAN.sub(quarto_span, line)
                                             for line in lines[index + 1:end]]

        def inline(found: re.Match, text: str, first: int) -> str:
            if not found.group(3):
                return found.group(0)
            if found.group(4).lower() == "html":
                return found.group(2)
            self.note(line_of(text, found.start(), first),
                      f"raw {found.group(4)} '{quote(found.group(2))}' is for that format "
                      "only: it is left out")
            return keep_lines(found.group(0), "")

        return outside_code(result, lambda text, first: RAW_INLINE.sub(
            lambda found: inline(found, text, first), text))


TEX_LAYOUT = re.compile(
    r"^[ \t]*(?:\\(?:newpage|pagebreak|clearpage|cleardoublepage|bigskip|medskip|smallskip"
    r"|noindent|centering|raggedright|raggedleft|linebreak|newline|tableofcontents"
    r"|listoffigures|listoftables|maketitle|appendix|FloatBarrier|vfill|hfill|par"
    r"|[vh]space\*?[ \t]*\{[^}\n]*\}"
    r"|(?:begin|end)[ \t]*\{(?:center|flushleft|flushright|minipage|multicols|landscape"
    r"|samepage|small|footnotesize|scriptsize|large|Large|raggedright)\}(?:\{[^}\n]*\})*)"
    r"(?:\[[^\]\n]*\])?[ \t]*)+$")
"""A line of LaTeX layout commands only, as R Markdown and Quarto pages written for PDF
have them (`\\newpage`, `\\vspace{1cm}`, `\\begin{center}`)."""


TEX_INDEX = re.compile(r"(`+).+?\1|\\index\{(?:[^{}\n]|\{[^{}\n]*\})*\}", re.S)
"""LaTeX's `\\index{YAML}`, an entry of a book's index, printed only there; or a code span."""


TEX_FLOAT = re.compile(r"^[ \t]*\\begin[ \t]*\{(tabular\*?|tabularx|longtable|tikzpicture|figure\*?"
                       r"|table\*?|wrapfigure)\}")
"""The start of a LaTeX table or drawing, which Pandoc passes to LaTeX alone."""


class TexLayout(NotingPreprocessor):
    """LaTeX's layout commands on a line of their own (`\\newpage`, `\\pagebreak`,
    `\\vspace{2em}`, `\\begin{center}`), which a page written for a PDF made by LaTeX uses to
    lay itself out: they printed as words and were said ("newpage", "vspace 1 centimetre").
    This handout is laid out for large print, so they go; a box's content stays. So do
    bookdown's index entries in a sentence (`\\index{YAML}`), said "index YAML". A LaTeX
    table or drawing (`\\begin{tabular}` ... `\\end{tabular}`), which Pandoc gives LaTeX
    alone and which was said "begin tabular l l hline Animal and Number", goes with a
    warning: only the author can write it as a Markdown table."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = ["" if not mask[index] and TEX_LAYOUT.match(line) else line
                 for index, line in enumerate(lines)]
        index = 0
        while index < len(lines):
            opening = None if mask[index] else TEX_FLOAT.match(lines[index])
            if opening is None:
                index += 1
                continue
            closing = re.compile(r"\\end[ \t]*\{" + re.escape(opening.group(1)) + r"\}")
            end = next((later for later in range(index, len(lines))
                        if closing.search(lines[later])), None)
            if end is None:
                index += 1
                continue
            self.note(index, f"a LaTeX {opening.group(1)} cannot be printed or read aloud "
                      "here: it is left out; write it in Markdown (a table, a picture)",
                      WARNING)
            lines[index:end + 1] = [""] * (end + 1 - index)
            index = end + 1
        return outside_code(lines, lambda text, first: TEX_INDEX.sub(
            lambda found: found.group(0) if found.group(1) else "", text))


STYLE_RULE = re.compile(r"(?<![\w.#-])(?:[a-z*][\w-]*|[.#][\w-]+)(?:[\w.#:>+~*()\[\]=\"' ,-])*?"
                        r"[ \t]*\{[ \t]*[a-z-]+[ \t]*:[^{}:;]+(?:;[ \t]*[a-z-]+[ \t]*:[^{}:;]+)*"
                        r";?[ \t]*\}")
"""A style sheet's rule, a selector and its declarations: "body { font-family: Arial; }",
"h2 {color: #008080;}"."""


class StyleSheetText(NotingPreprocessor):
    """A web page's style sheet left as words where a converter from HTML to Markdown kept
    the text of its `<style>` element: a Kent Ramblers walk (sweep CJ) opened with "Walk 7
    body { font-family: Arial, Helvetica, sans-serif; … } h2 {…}", printed as a paragraph
    and said "color: number 0 0 0 0 0 0". Its rules go, with a warning, as a `<style>`
    element does; the words around them stay. Not in code, nor on a line with a code span."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        for index, line in enumerate(lines):
            if mask[index] or "`" in line or not STYLE_RULE.search(line):
                continue
            self.note(index, "a web page's style sheet (CSS) copied as text is not printed "
                      "or read aloud: it is left out", WARNING)
            lines[index] = " ".join(STYLE_RULE.sub(" ", line).split())
        return lines


INLINE_CHUNK = re.compile(r"(``+).+?\1|(?<!`)`(?:r|\{r\}|\{python\}|\{julia\})[ \t]+([^`]+?)`(?!`)",
                          re.S)
"""Inline code knitting runs: one backtick, as knitr's own pattern has it; a span of two or
more backticks is code and stays."""
EMPTY_CHUNK = re.compile(r"`r[ \t]+(?:''|\"\")\s*`")
"""knitr's way to show its syntax, `` ``r ''`r R_CODE` `` ``: the empty string it runs
first leaves "`r R_CODE`" in a code span."""


class InlineChunks(NotingPreprocessor):
    """R Markdown's and Quarto's inline code (`` `r mean(x)` ``, `` `{python} n` ``), which
    knitting replaces by its value: there is no value here, and it printed as code and was
    said "r mean x". It is left out, with a warning, since a sentence loses a word; but a
    parameter the front matter gives (`` `r params$n` ``, `params: {n: 12}`) is its value."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.variables = variables

    def run(self, lines: list[str]) -> list[str]:
        def chunk(found: re.Match, text: str, first: int) -> str:
            if found.group(1):
                return found.group(0)
            parameter = re.fullmatch(r"params(?:\$|\.|\[\[?[\"'])(\w+)[\"']?\]?\]?",
                                     found.group(2).strip())
            if parameter and f"params.{parameter.group(1)}" in self.variables:
                return keep_lines(found.group(0),
                                  self.variables[f"params.{parameter.group(1)}"])
            self.note(line_of(text, found.start(), first),
                      f"inline code '{quote(found.group(0))}' has a value only when the page "
                      "is knitted: it is left out; write the value in its place", WARNING)
            return keep_lines(found.group(0), "")

        return outside_code(lines, lambda text, first: INLINE_CHUNK.sub(
            lambda found: chunk(found, text, first), EMPTY_CHUNK.sub("", text)))


EXAMPLE_ITEM = re.compile(r"^([ ]{0,3})\(@([\w-]*)\)([ \t]+)")
EXAMPLE_REFERENCE = re.compile(r"(`+).+?\1|\(@([\w-]+)\)", re.S)


class ExampleLists(Preprocessor):
    """Pandoc's example lists: items `(@)` or `(@label)`, numbered on through the whole
    page, and `(@label)` in the text, the number of that item. They printed and were said
    as written ("(@good) Second example"); each item is a numbered list item and each
    reference its number in brackets, "(2)"."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        numbers: dict[str, int] = {}
        result = list(lines)
        count = 0
        for index, line in enumerate(lines):
            item = None if mask[index] else EXAMPLE_ITEM.match(line)
            if item:
                count += 1
                if item.group(2):
                    numbers[item.group(2)] = count
                result[index] = f"{item.group(1)}{count}.{item.group(3)}{line[item.end():]}"
        if not count:
            return lines
        return outside_code(result, lambda text, first: EXAMPLE_REFERENCE.sub(
            lambda found: f"({numbers[found.group(2)]})" if found.group(2) in numbers
            else found.group(0), text))


PARENTHESIS_ITEM = re.compile(r"^( *)(\d{1,9})\)([ \t]+\S)")
"""A numbered item whose number ends in a bracket, "1) Bring your medicines."."""
EMPTY_NUMBERED_ITEM = re.compile(r"^( {0,3})(\d{1,9})[.)][ \t]*$")
"""A numbered item's number alone on its line, "2."."""


class ParenthesisLists(Preprocessor):
    """Numbered lists written "1)", "2)", as CommonMark (GitHub, Obsidian, VS Code) and Pandoc
    read them, and as people number steps in a leaflet: Python-Markdown knows only "1.", and
    ran the steps into one paragraph ("1) Stop eating six hours before. 2) Bring your
    medicines."). Each such marker becomes "1.", "2.", which the lists are then read with.
    As in CommonMark, only a "1)" may start a list straight under a paragraph's line; a
    later number there is the paragraph's own words ("the second (as in\n2) above)").

    An item's number alone on its line over its sub-items set in under it
    (`EMPTY_NUMBERED_ITEM`) is an item too, empty, as CommonMark reads it: a charity
    constitution (sweep CF) wrote clause 8's "2." so, which Python-Markdown ran into clause
    1's words ("1. Membership is open to adults. 2.") and printed its "3." as "2."."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)
        in_list = False  # an item was converted in this run of lines without a blank one
        for index, line in enumerate(lines):
            if not line.strip():
                in_list = False
                continue
            empty = None if mask[index] else EMPTY_NUMBERED_ITEM.match(line)
            if empty and index + 1 < len(lines) and (not index or not lines[index - 1].strip()
                                                     or MARKDOWN_ITEM.match(lines[index - 1])) \
                    and lines[index + 1].startswith(empty.group(1) + "  ") \
                    and lines[index + 1].strip():
                result[index] = f"{empty.group(1)}{empty.group(2)}. "  # its space makes it one
                in_list = True
                continue
            item = None if mask[index] else PARENTHESIS_ITEM.match(line)
            after_blank = index == 0 or not lines[index - 1].strip()
            if item and (after_blank or in_list or item.group(2) == "1"):
                result[index] = f"{item.group(1)}{item.group(2)}.{line[item.end(2) + 1:]}"
                in_list = True
        return result


MARKDOWN_ITEM = re.compile(r"^( {0,3})(?:[*+-]|\d{1,9}[.)])[ \t]+\S")
HTML_LIST_OPENS = re.compile(r"^[ \t]+<(ul|ol)\b[^>]*>\s*$", re.I)
HTML_LIST_ITEM = re.compile(r"^[ \t]*<li\b[^>]*>(.*?)</li>\s*$", re.I)
HTML_LIST_CLOSES = re.compile(r"^[ \t]*</(ul|ol)\s*>\s*$", re.I)


class HtmlSubLists(Preprocessor):
    """A list written in HTML, one `<li>` a line, under an item of a Markdown list, as
    free-programming-books nests each subject's frameworks ("* [PHP](#php)", then
    `<ul dir="rtl">`, `<li><a href="#symfony">Symfony</a></li>`, `</ul>`), is a Markdown list
    in that item: left as HTML in a `markdown="1"` block, it stopped Python-Markdown
    (`ListAfterHtmlList`). Its opening and closing lines become comments, so that the
    others keep their numbers and the item no blank line."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)
        for index, line in enumerate(lines[:-1]):
            item = None if mask[index] else MARKDOWN_ITEM.match(line)
            opening = None if item is None or mask[index + 1] \
                else HTML_LIST_OPENS.match(lines[index + 1])
            if opening is None:
                continue
            entries: list[str] = []  # each item's words, in the lines after the opening
            end = index + 2
            while end < len(lines) and not mask[end] \
                    and (entry := HTML_LIST_ITEM.match(lines[end])):
                entries.append(entry.group(1))
                end += 1
            closing = HTML_LIST_CLOSES.match(lines[end]) if end < len(lines) else None
            if not entries or closing is None \
                    or closing.group(1).lower() != opening.group(1).lower():
                continue
            indent = " " * (len(item.group(1)) + 4)
            marker = "*" if opening.group(1).lower() == "ul" else "1."
            result[index + 1] = result[end] = f"{indent}<!-- -->"
            result[index + 2:end] = [f"{indent}{marker} {words}" for words in entries]
        return result


TYPED_BULLET = re.compile(r"^( {0,3})(?P<emphasis>\*\*|__)?"
                          r"([•◦▪▫‣●■➢➤►▶▸◆❖✦→⇒➔➜·\uf0b7\uf0a7\uf0d8\uf076\uf0e8])"
                          r"[ \t]+(?=\S)")
TYPED_DASH = re.compile(r"^( {0,3})(?:[–—][ \t]+(?=\S)|-(?=[^\W\d_]))")
"""A bullet typed as a character, as text pasted from Word, a PDF or an email keeps it
("• Your medicines", "– A friend", "→ Call 111", often with a tab after it; Word's Symbol
bullet as "·" or U+F0B7, "·<spaces>Your medicines", in an email; Word's Wingdings bullets
▪ ➢ ❖ ➔ as the private-use characters U+F0A7, U+F0D8, U+F076 and U+F0E8 a copy from a PDF
keeps, which printed as boxes, in one run), in bold too ("**→ Come along and try a
session!**", a scout group's, said "nach Schnupper…" in German): a dash only in a run of
two lines or more,
since one line may begin with a dash that is an aside; not a tick or a box, which mean
something (`TICK_OR_BOX`). A hyphen typed against a word, "-GitHub" over "-figshare", is a
dash so too, as notes taken together in HackMD list items (sweep BA, hackmd-foss-week3
lines 213-218), which printed and were said as one run, "-GitHub -figshare -ftp server"."""
WORD_LIST_COMMENTS = re.compile(r"^( {0,3})<!--\\*\[if !supportLists\]-->(.*?)"
                                r"<!--\\*\[endif\]-->")
"""A list item's bullet or number in a web page saved from Word, "<!--[if !supportLists]-->·
<!--[endif]-->Expired term", kept by a converter to Markdown (its brackets escaped, too):
the bullet shows, outside the comments, so the line is a typed bullet's."""
EMOJI_BULLET = re.compile("^( {0,3})([🔹🔸🔷🔶◾◽◼◻👉➡⏩🔘][\ufe0f]?)[ \t]+(?=\\S)")
"""An emoji that is a bullet and nothing more, as a chatbot types one ("🔹 Book a review",
"👉 Call 999"): a bullet, as "•" is."""


class TypedBullets(Preprocessor):
    """Lists whose bullets were typed, or pasted from Word, a PDF or an email, as characters:
    "• Your medicines", "• A friend", which Markdown (CommonMark too) takes for a paragraph,
    so they printed as one run of text, "• Your medicines • A friend • Your glasses", and
    were said without a pause between. Each such line becomes a list item ("- "), as a
    reader sees it; so do a chatbot's lines that open with an emoji, or a leaflet's with a
    tick or a box, two or more together ("✅ Take it daily", "❌ Do not smoke"; "✓ Do",
    "✗ Don't"), the mark kept as their words' first (`opens_with_mark`), or with an emoji
    that is only a bullet (`EMOJI_BULLET`), which goes."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            line = WORD_LIST_COMMENTS.sub(r"\1\2", line)
            bullet = TYPED_BULLET.match(line) or EMOJI_BULLET.match(line)
            dash = TYPED_DASH.match(line)
            neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
            if bullet or dash and any(TYPED_DASH.match(other) for other in neighbours):
                found = bullet or dash
                emphasis = found.groupdict().get("emphasis") or ""
                result[index] = f"{found.group(1)}- {emphasis}{line[found.end():]}"
            elif opens_with_mark(line) and any(map(opens_with_mark, neighbours)):
                result[index] = f"- {line.lstrip()}"  # "✅ Do", "❌ Do not": the mark says it
        return result


TICK_OR_BOX = re.compile("^ {0,3}[✓✔✗✘✖☐☑☒][\ufe0f]?[ \t]+(?=\\S)")
"""A line that opens with a tick, a cross or a box drawn as text, "✓ Take it with food",
"✗ Don't drive", "☐ Booked a review", as a leaflet's dos and don'ts or a checklist types
them."""


def opens_with_mark(line: str) -> bool:
    """Whether `line` opens with a mark that says something and a space, an emoji
    (`opens_with_emoji`) or a tick or a box (`TICK_OR_BOX`): two or more such lines together
    are a list's items, their marks for bullets, kept as their words' first."""
    return bool(TICK_OR_BOX.match(line)) or opens_with_emoji(line)


def opens_with_emoji(line: str) -> bool:
    """Whether `line` opens with an emoji and a space, as a chatbot's lines of "✅ Do" and
    "❌ Do not" do, a list's items with their emoji for bullets."""
    line = line.lstrip(" ")
    if not line or not EMOJI_CANDIDATE.match(line):
        return False
    found = emoji_names()[0].match(line)
    return bool(found and drawn_as_emoji(found) and line[found.end():][:1] in (" ", "\t"))


KEYCAP = re.compile("(?P<key>[0-9#*])\ufe0f?\u20e3|\U0001f51f")
"""A key drawn as a keycap emoji: "1️⃣" to "🔟", "#️⃣", "*️⃣"."""

BLOCK_START = r"(?:[ ]{0,3}+>[ ]?+)*+[ ]{0,3}+"
"""Where a block's words start on its line: after up to three spaces, in a quote too."""

NUMBERED_BY_KEYCAP = re.compile(rf"^({BLOCK_START}(?:#{{1,6}}[ \t]+)?)"
                                "(?:(?P<key>[0-9])\ufe0f?\u20e3|\U0001f51f)[ \t]*(?=\\S)")
"""A line, a quote's line or a heading that opens with a keycap number."""


def keycap_key(found: re.Match) -> str:
    """The key a keycap emoji (`KEYCAP`) shows."""
    return found.group("key") or "10"


class KeycapNumbers(Preprocessor):
    """A chatbot numbers its steps with keycap emoji, one a line ("1️⃣ Keep warm at night",
    "2️⃣ Drink water"), and its headings ("### 1️⃣ Heating"). Those lines ran into one
    paragraph, printed and said "(keycap: 1) Keep warm at night. (keycap: 2) Drink…"; each
    is now an item of a numbered list ("1. Keep warm at night"), and a heading's number is
    written as one ("1. Heating")."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        return [line if mask[index] else NUMBERED_BY_KEYCAP.sub(
                    lambda found: f"{found.group(1)}{keycap_key(found)}. ", line)
                for index, line in enumerate(lines)]


LETTERED_LINE = re.compile(r"^ {0,3}(\()?([a-z]|[A-Z]|[ivx]{1,5}|[IVX]{1,5}|(?<=\()\d{1,3})"
                           r"(?(1)\)|[.)])[ \t]+(?=\S)")
"""A line that opens with a letter or a Roman numeral as its own item's label: "a. We may
store", "b) We may call", "(iii) to correct them"; or with a number in brackets, "(2) The
trustees must", as a constitution numbers its clauses (sweep CF: a model charity
constitution's clauses "(1)", "(2)", "(3)" one a line printed as one paragraph, and said as
one sentence when they ended with ";"). "1." and "1)" are a list's own numbers."""

WORD_NUMBERED_LINE = re.compile(r"^ {0,3}([^\W\d_]{2,20}) (\d{1,3})(?: ?[:.)]| [-–—])"
                                r"[ \t]+(?=\S)")
"""A line that opens with a word and a number as its own label: "Step 1: Turn the heating
off", "Day 2 - take two tablets", "Étape 3 : ouvrez"."""


def line_label(line: str) -> tuple[str, str] | None:
    """The label a line opens with (`LETTERED_LINE`, `WORD_NUMBERED_LINE`) and its style
    (its brackets and stop, or its word), which the labels of one run share."""
    found = LETTERED_LINE.match(line)
    if found:
        return found.group(2), (found.group(1) or "") + line[found.end(2)]
    found = WORD_NUMBERED_LINE.match(line)
    if found:
        return found.group(2), found.group(1).lower()
    return None


class LetteredLines(Preprocessor):
    """Items lettered or numbered in Roman numerals by hand, one a line, "a.<tab>We may
    store your details." then "b.<tab>We may contact you.", as a consent form or a policy
    pasted from Word writes them, or labelled with a word and a number, "Step 1: Turn the
    heating off" then "Step 2: Put a cloth under the valve", as instructions copied from a
    web page or a chatbot write them: Markdown has no such lists, so the lines ran into one
    paragraph, printed in one run and said as one sentence, or cut at each label's stop
    ("…your details. b." then "We may contact you."). In two or more lines whose labels
    follow on in order ("a", "b", "c"; "i", "ii", "iii"; "Step 1", "Step 2"), each label
    starts a line (a line break before it), kept as written; a label after a line break
    starts a sentence (`words._LABELLED_LINE_RE`)."""

    def run(self, lines: list[str]) -> list[str]:
        lines = self.clauses_continued(lines)
        mask = code_mask(lines)
        result = list(lines)
        labelled: list[int] = []  # the lines of the run of labels being read
        expected: tuple[str, str] | None = None  # the next label and its style
        indent = 0  # how far the run's labels are set in
        outer: list[tuple[list[int], tuple[str, str] | None, int]] = []  # runs it is nested in
        for index, line in enumerate(lines):
            # A run indented under a numbered item is the item's sub-parts (a maths
            # worksheet's "1. Write in decimals." over "    a.  $1^2$"); indented code is
            # masked already.
            found = None if mask[index] else line_label(line.lstrip(" \t"))
            if found is None:
                continue
            depth = len(line) - len(line.lstrip(" \t"))
            if expected != found and labelled and depth > indent \
                    and found[0] in ("a", "A", "i", "I", "1"):
                # A run set in under one of the run's items, a clause's "(a)" over "(i)" and
                # "(ii)", goes back to the run when it ends (sweep CF: "(i)" and "(ii)" were
                # one sentence, and the "(b)" after them ran on).
                outer.append((labelled, expected, indent))
                labelled, expected, indent = [], None, depth
            while expected != found and outer and depth < indent:
                self.break_before(result, labelled)
                labelled, expected, indent = outer.pop()
            if expected != found and not (line[:1] in " \t" and self.skips_to(expected, found)):
                self.break_before(result, labelled)
                labelled, indent = [], depth
                if found[0] not in ("a", "A", "i", "I", "1"):
                    expected = None
                    continue
            labelled.append(index)
            expected = (self.following(found[0], labelled), found[1])
        for run in [labelled] + [run for run, _, _ in outer]:
            self.break_before(result, run)
        return result

    @staticmethod
    def clauses_continued(lines: list[str]) -> list[str]:
        """Words set in by four spaces after a blank line, under a paragraph of clauses
        labelled in brackets, "(2) A quorum is:" over "    (b) one tenth of the membership,",
        continue the clause, as Pandoc's `fancy_lists` reads them: a model charity
        constitution (sweep CF) wrote "    whichever is the greater." so, and set a clause's
        whole text in under its heading, "(1) **General provisions**"; each was a code
        example, printed in a box and said "Code example, 1 line, as printed". They are
        words at the margin, kept on their lines."""
        result = list(lines)
        opening = None  # the first line of the paragraph being read
        index = 0
        while index < len(result):
            line = result[index]
            if line.strip():  # a heading ends a paragraph on the line after it
                opening = None if line.lstrip().startswith("#") else opening or line
                index += 1
                continue
            before = result[index - 1] if index else ""
            after = result[index + 1] if index + 1 < len(result) else ""
            if opening is not None and before.strip() and LETTERED_LINE.match(opening) \
                    and opening.lstrip()[:1] == "(" and not opening.startswith(" ") \
                    and (found := line_label(before.lstrip(" \t"))) and "(" in found[1] \
                    and after.startswith(("    ", "\t")) and not FENCE.match(after):
                index += 1
                while index < len(result) and (result[index].startswith(("    ", "\t")) or (
                        not result[index].strip() and index + 1 < len(result)
                        and result[index + 1].startswith(("    ", "\t")))):
                    result[index] = result[index].removeprefix("\t") \
                        if result[index].startswith("\t") else result[index][4:]
                    index += 1
                if index < len(result) and line_label(result[index]):
                    result[index - 1] = result[index - 1].rstrip() + "  "  # "(3)" on its line
                opening = None
                continue
            opening = None
            index += 1
        return result

    @staticmethod
    def skips_to(expected: tuple[str, str] | None, found: tuple[str, str]) -> bool:
        """Whether `found` is a letter further on than `expected`, in its style: an exercise
        indented under its question names only the parts it keeps ("a.", "b.", "g.", "h.")."""
        return expected is not None and expected[1] == found[1] \
            and len(expected[0]) == len(found[0]) == 1 and expected[0].isalpha() \
            and expected[0].islower() == found[0].islower() and found[0] > expected[0]

    @staticmethod
    def following(label: str, labelled: list[int]) -> str:
        """The label after `label`: "b" after "a", "ii" after "i" (a run that began with
        "i" counts in Roman numerals), "j" after "i" in a run of letters, "2" after "1"."""
        from handout.read.numbers import roman_numeral, roman_value

        if label.isdigit():
            return str(int(label) + 1)
        if len(label) > 1 or (label in "iI" and len(labelled) == 1):
            after = roman_numeral(roman_value(label) + 1)
            return after.lower() if label.islower() else after.upper()
        return chr(ord(label) + 1)

    @staticmethod
    def break_before(result: list[str], labelled: list[int]) -> None:
        """A line break (two spaces at the end of the line before) before each label of a
        run of two or more; the lines are kept, so a line is still the author's line."""
        if len(labelled) > 1:
            for index in labelled:
                if index and result[index - 1].strip():
                    result[index - 1] = result[index - 1].rstrip() + "  "


FIELD_LINE = re.compile(r"^(?!(?:\d{1,9}[.)]|[-*+])[ \t])[^\s:#>*|<\\-][^:\n]{0,40}:[ \t]+\S"
                        r"|^[QA]\.[ \t]+\S"
                        r"|^(\*\*|__|\*|_)[^*_:\n]{1,40}(?::\1|\1:)(?:[ \t]+\S|[ \t]*$)")
"""A line that is a field, its label and a colon before its value: "Tel: 020 7946 0958",
"Created time: May 29, 2026" (a Notion page's properties under its title), "Q: Can I
drink?", "**Phone:** 0800 123 4567" (its label in bold or italics, as a chatbot writes
it), or such a label alone, its value the list below ("**Writing:** " over "- Content (24
marks)", an exam technique page's mark schemes, which ran into the line above); or a
question's or an answer's "Q." and "A."."""


DEFINITION_LINE = re.compile(r"[ \t]{0,3}[^\W\d_]{1,2}[ \t]+[-–—][ \t]+[^\W\d_]")
"""A line that names what a letter stands for, "s - displacement" over "u - initial
velocity" (physics notes' symbols, sweep CP, suvat lines 11-15; `FieldLines`): run into one
line, "s - displacement u - initial velocity v - …", and said so."""


WRITE_IN_BLANK = re.compile(r"(?<![^\W\d_])_{3,}(?![^\W\d_])")
"""A line to write on, "Yo, _____ identificado(a) con documento _____, de 20_____": Python-
Markdown took two of them for the marks of the bold and italic words between, which
printed in bold without their lines; not `___words___`, nor a rule of underscores alone."""


UNDERSCORED_WORDS = re.compile(r"(?<![\w\\])(_{3,})(?=[^\W_])[^\n]*?(?<=[^\s_\\])\1(?!\w)")
"""Words in bold italics between runs of underscores, opening them with no space after and
closing them with no space before, as CommonMark reads them: "___we will lower or reduce
the effects of post trauma.___" (a school's lockdown plan, sweep BB), whose closing run,
after the full stop, `WRITE_IN_BLANK` took for a line to write on, which printed both runs
and was said "blank … blank". "Name: _____" and "___:___" stay lines to write on."""


WRITE_IN_DATE = re.compile(r"(?<![^\W\d_])_{2,}(?:[ \t]?[/:.-][ \t]?_{2,})+(?![^\W\d_])")
"""A date or a time to write in, "__/__/____", "___:___", whose pairs of underscores
Python-Markdown took for bold marks: "Date: // blank"."""


class WriteInBlanks(Preprocessor):
    """A form's lines to write on (`WRITE_IN_BLANK`, `WRITE_IN_DATE`) keep their underscores
    as characters, printed as lines, and said as "blank" (`words.BLANK_WORDS`)."""

    def run(self, lines: list[str]) -> list[str]:
        def escaped(found: re.Match[str]) -> str:
            return found.group().replace("_", "\\_")

        def blanks_escaped(words: str) -> str:
            return WRITE_IN_BLANK.sub(escaped, WRITE_IN_DATE.sub(escaped, words))

        def outside_emphasis(line: str) -> str:
            kept = [found.span() for found in UNDERSCORED_WORDS.finditer(line)]
            ends = [0] + [end for span in kept for end in span] + [len(line)]
            return "".join(blanks_escaped(line[ends[i]:ends[i + 1]]) if i % 2 == 0
                           else line[ends[i]:ends[i + 1]] for i in range(len(ends) - 1))

        return outside_code(lines, lambda text, _: "\n".join(
            line if not line.strip(" _\t") else outside_emphasis(line)
            for line in text.split("\n")))


INDENTED_HEADING = re.compile(r"^ {1,3}(?=#{1,6}(?:[ \t]|$))")
"""A heading set in by one to three spaces, which CommonMark, GitHub and kramdown read as a
heading and Python-Markdown as text: three machine-translated health pages printed "###
Monitorar sintomas", its marks and all."""


class IndentedHeadings(Preprocessor):
    """Headings set in by a few spaces (`INDENTED_HEADING`) at the margin."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        return [line if mask[index] else INDENTED_HEADING.sub("", line)
                for index, line in enumerate(lines)]


GENDER_STAR = re.compile(r"(?<=[a-zäöüß])\*(?=in(?:nen)?\b)")
"""German's gender star, "Sozialarbeiter*innen und Sozialpädagog*innen": Python-Markdown
took the two for emphasis marks, printed "innen und Sozialpädagog" in italics without its
stars, and the voice spoke of women only."""


class GenderStars(Preprocessor):
    """German's gender stars (`GENDER_STAR`) keep their stars as characters."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, _: GENDER_STAR.sub(r"\\*", text))


TRANSLATION_TAG = re.compile(r"\{(strong|b|em|i|code|a|link|span)(\d*)\}([^{}\n]*?)\{/\1\2\}")
"""A tag a translation platform (Crowdin, as the Open Source Guides use it) keeps a
sentence's markup in, "{strong2}gönderilerek{/strong2}", left in a translated page: printed
and said, "strong2 gönderilerek /strong2". Its words, in bold or italics as the tag says."""
TRANSLATION_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}


class TranslationTags(Preprocessor):
    """A translation platform's tags (`TRANSLATION_TAG`) as the Markdown they stand for."""

    def run(self, lines: list[str]) -> list[str]:
        def markdown(found: re.Match[str]) -> str:
            mark = TRANSLATION_MARKS.get(found[1], "")
            return f"{mark}{found[3]}{mark}"

        return outside_code(lines, keeping_code_spans(
            lambda text, _: TRANSLATION_TAG.sub(markdown, text)))


FULL_WIDTH_LINK = re.compile(r"(\[[^\[\]\n]+\])（((?:https?://|mailto:|www\.)[^（）\s]+)）")
"""A link whose address is in full-width brackets, as a Japanese or Chinese keyboard types
them, "[1922ワクチン予約システム]（https://1922.gov.tw）": printed with its brackets, and
no link."""


class FullWidthLinks(Preprocessor):
    """Links typed with full-width brackets (`FULL_WIDTH_LINK`) as links."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, keeping_code_spans(
            lambda text, _: FULL_WIDTH_LINK.sub(r"\1(\2)", text)))


AUTOTITLE_LINK = re.compile(r"\[AUTOTITLE\]\(([^()\s]+?)/?(#[^()\s]*)?\)")
"""GitHub Docs' link whose words the site fills in with the title of the page it goes to,
`[AUTOTITLE](/account-and-profile/…/about-notifications)`: printed and said "AUTOTITLE"."""


class AutotitleLinks(NotingPreprocessor):
    """GitHub Docs' `AUTOTITLE` links (`AUTOTITLE_LINK`) with the words of their page's name,
    "About notifications", and a note to check them."""

    def run(self, lines: list[str]) -> list[str]:
        def titled(found: re.Match[str], text: str, first: int) -> str:
            name = unquote(found[1].rsplit("/", 1)[-1]).removesuffix(".md")
            words = " ".join(re.split(r"[-_]+", name)).strip().capitalize() or found[1]
            self.note(line_of(text, found.start(), first), f"the link's words are the title "
                      f"of the page it goes to on GitHub's site: '{words}' is made from its "
                      "address; write the title in its place")
            return f"[{words}]({found[1]}{found[2] or ''})"

        return outside_code(lines, keeping_code_spans(lambda text, first: AUTOTITLE_LINK.sub(
            lambda found: titled(found, text, first), text)))


TEXT_REFERENCE = re.compile(r"^\(ref:([\w:.-]+)\)[ \t]+(\S.*)$")
"""bookdown's text reference, a paragraph "(ref:doses) Doses by age, in **milligrams**."
that defines words a figure's or a table's caption uses, `caption = '(ref:doses)'`: bookdown
shows it only there; it was printed and said with its label."""


class TextReferences(NotingPreprocessor):
    """bookdown's text references (`TEXT_REFERENCE`): the definitions left out, and the words
    put in where text outside code uses them."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        defined: dict[str, str] = {}
        result = list(lines)
        for index, line in enumerate(lines):
            found = TEXT_REFERENCE.match(line)
            if found and not mask[index] and (not index or not lines[index - 1].strip()):
                defined[found[1]] = found[2]
                result[index] = ""
                self.note(index, f"bookdown's text reference '(ref:{found[1]})' is shown "
                                 "where a caption uses it, which only R can draw: left out")
        if not defined:
            return result
        used = re.compile(r"\(ref:(" + "|".join(map(re.escape, defined)) + r")\)")
        return outside_code(result, lambda text, _: used.sub(lambda m: defined[m[1]], text))


class FieldLines(Preprocessor):
    """A paragraph whose every line is a field (`FIELD_LINE`), two or more: a leaflet's
    contact details, "Tel: 020 7946 0958" over "Email: help@example.org", a Notion page's
    properties, a list of questions and answers, "Q. How long will it take?" over "A. About
    two weeks.". Markdown ran the lines into one paragraph, printed in one run, "Tel: 020
    7946 0958 Email: help@example.org", and said as one; each keeps its line (a line break
    after each but the last). A list on the line after the fields ends their paragraph, as
    `ListAfterText` makes it. So does a paragraph whose every line names what a letter
    stands for (`DEFINITION_LINE`)."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        for paragraph in paragraph_runs(lines, code_mask(lines), headings=False):
            paragraph = list(itertools.takewhile(lambda i: not LIST_ITEM.match(lines[i]),
                                                 paragraph))
            if len(paragraph) > 1 and (all(FIELD_LINE.match(lines[i]) for i in paragraph)
                                       or all(DEFINITION_LINE.match(lines[i])
                                              for i in paragraph)):
                for field in paragraph[:-1]:
                    result[field] = result[field].rstrip() + "  "
        return result


SHORT_LINE = 40
"""Characters at most in a line of an address or a letter's signature (`ShortLines`): a
paragraph wrapped by an editor or copied from a page fills its lines far longer."""


LISTED_PARTS = re.compile(r"[\dA-ZÀ-ÖØ-Þ][^,]{0,39}(?:,[ \t]+[\dA-ZÀ-ÖØ-Þ][^,]{0,39})+")
"""A longer line of an address or of names (`ShortLines`), short parts each opening with a
capital or a digit with commas between: "Institute of Public Health Research, The
University of Birmingham, United Kingdom" under "**Karla Hemming**" (sweep BE,
bham-statsig-pis lines 70-76), or "Professor Karla Hemming, Professor Richard Lilford, Dr
Laura Kudrna" over it. A wrapped sentence goes on in lower case after a comma."""


WRAPPED_NUMBER = re.compile(r"\d+(?:[ .-]\d+)*")
"""A line of digits alone under a line ending in digits: a number wrapped, not an address's
line (`ShortLines`). A scraped Irish page wrapped at 80 columns (sweep CL,
ie-homeless-agencies lines 193-194) broke "Tel: (01) 889" over "7570": its line break was
kept, printed so, and said "eight hundred and eighty-nine, seven thousand five hundred…"."""


BOLD_LINE = re.compile(r"(\*\*|__)[^*_\s](?:.*?[^*_\s])?\1")
"""A line in bold, as a library's name heads its opening hours ("**Tredyffrin Public
Library**" over "Monday - Thursday: 9 am - 9 pm"): which ran into one line."""


class ShortLines(Preprocessor):
    """A letter's address, "Anytown Surgery" over "12 High Street" over "Leeds LS1 4AB", and
    its signature, "Yours sincerely," over "Dr A Jones" over "Consultant Cardiologist":
    Markdown ran the lines into one, printed "Anytown Surgery 12 High Street Leeds LS1 4AB".
    A paragraph of two or more short lines (`SHORT_LINE`, or short parts with commas
    between, `LISTED_PARTS`), none ending a sentence and each after the first opening with
    a capital or a digit, as no wrapped sentence goes on, keeps its lines; the voice pauses
    at each, as at an address's line breaks."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        for paragraph in paragraph_runs(lines, code_mask(lines)):
            if self.short_lines([lines[i] for i in paragraph]):
                for line_index in paragraph[:-1]:
                    result[line_index] = result[line_index].rstrip() + "  "
                continue
            for line_index in self.after_a_colon(lines, paragraph):
                result[line_index] = result[line_index].rstrip() + "  "
        return result

    @classmethod
    def after_a_colon(cls, lines: list[str], paragraph: list[int]) -> list[int]:
        """The lines to break in `paragraph` where a line ending with a colon introduces two
        or more short lines up to its end or its list's next item: a French accessibility
        statement's "Envoyer un courrier par La Poste :" over "Défenseur des droits" over
        "Libre réponse 71120" over "75342 Paris CEDEX 07", in a list item, was one line,
        whose postcodes were heard as one number."""
        for place, index in enumerate(paragraph[:-2]):
            if not lines[index].rstrip().endswith(":"):
                continue
            following = []
            for after in paragraph[place + 1:]:
                if re.match(r"\s*(?:[-*+]|\d+[.)])\s", lines[after]):
                    break
                following.append(after)
            if len(following) >= 2 and cls.short_lines([lines[i].strip() for i in following]):
                return [index, *following[:-1]]
        return []

    @staticmethod
    def short_lines(lines: list[str]) -> bool:
        """Whether `lines` are short lines, as described above, all at the same indent of
        fewer than four spaces (a charity set its address two spaces in, to set it off,
        and it printed as one line)."""
        indents = {len(line) - len(line.lstrip(" ")) for line in lines}
        if len(lines) < 2 or len(indents) > 1 or max(indents) > 3 \
                or any(line.lstrip(" ")[:1] == "\t" for line in lines):
            return False
        words = [line.strip() for line in lines]
        if any(WRAPPED_NUMBER.fullmatch(line) and before[-1:].isdigit()
               for before, line in zip(words, words[1:])):
            return False
        return all((len(line) <= SHORT_LINE or LISTED_PARTS.fullmatch(line))
                   and line[-1] not in ".!?;…" for line in words) \
            and all(line[:1].isupper() or line[:1].isdigit() for line in words[1:]) \
            and not any(line.startswith(("#", "|", "<", ">", "-", "*", "+", "!", "[", "`", ":"))
                        and not BOLD_LINE.fullmatch(line)
                        or re.match(r"\d+[.)]\s", line) for line in words)


# --- Emoji shortcodes (GitHub, VitePress, MkDocs) ----------------------------------------------

SHORTCODE_EMOJI = re.compile(r"(`+).+?\1|(?:https?://|www\.)[^\s<>()\[\]\"']+"
                             r"|(:[a-z0-9_+-]+:)(?:\{[^}\n]*\})?", re.S)
"""A shortcode, with any attribute list after it (MkDocs Material's grid cards, `:house:{
.lg .middle }`, which was printed and said, ".lg .middle"), or a code span or a web
address, which keep their text: a SharePoint link's "/:b:/" and "/:x:/" (a PDF's and a
spreadsheet's) were made emoji, "sharepoint.com/🅱/g/...", and the link led nowhere."""


ICON = r":(?:material|fontawesome|octicons|simple)-[\w-]+:(?:\{[^}\n]*\})?"
ICON_SHORTCODE = re.compile(r"(`+).+?\1|[ \t]?" + ICON + r"(?:[ \t]*/[ \t]*" + ICON + r")*"
                            r"(?:[ \t]+(?:→|->|>)(?=[ \t]))?", re.S)
"""An MkDocs Material icon (`:material-phone:`, `:fontawesome-solid-hospital:`), with any
attribute list after it (`{ .heart }`) and the space before it, or a code span. Icons
joined by a slash go together, and so does the arrow after them, where they are a menu
path's first step: Privacy Guides (sweep CD, mobile-browsers.md line 199) writes "found in
:material-menu:/:fontawesome-solid-ellipsis: → **Settings**", printed "found in/ →
Settings" and said "found in/, Settings"."""


class EmojiShortcodes(Preprocessor):
    """`:tada:` and the other gemoji shortcodes GitHub and many site generators draw as
    emoji, and the Twemoji names MkDocs Material draws (`:man_raising_hand:`, printed as
    written): the emoji itself, which `settle_tree` then names. A shortcode must be a known
    one, so that "10:30:45" stays a time. MkDocs Material's icons (`:material-phone:`,
    `:octicons-mark-github-16:`) are decoration beside words: left out, where they were
    printed and said by their names."""

    def run(self, lines: list[str]) -> list[str]:
        lines = outside_code(lines, lambda text, first: ICON_SHORTCODE.sub(
            lambda found: found.group(0) if found.group(1) else "", text))

        def emoji(found: re.Match) -> str:
            code = found.group(2)
            if not code:
                return found.group(0)
            from pymdownx import gemoji_db, twemoji_db

            entry = next((db.emoji[db.aliases.get(code, code)] for db in (gemoji_db, twemoji_db)
                          if db.aliases.get(code, code) in db.emoji), None)
            if not entry:
                return found.group(0)
            # `:warning:` is gemoji's U+26A0, a symbol written as text, which print showed
            # as "⚠" and the voice passed over (sweep CD, "`:warning:` **Do not** unplug
            # the reader"): the shortcode asks for the emoji, as the picture GitHub draws.
            characters = _characters(entry["unicode"])
            return characters + "\ufe0f" if len(characters) == 1 else characters

        return outside_code(lines, lambda text, first: SHORTCODE_EMOJI.sub(emoji, text))


MATHS = re.compile(r"(`+).+?\1|\$\$((?:(?!\n[ \t]*\n).)+?)\$\$"
                   r"|(?<![\\$\w])\$(?=\S)([^$\n]*?[^\s\\$])\$(?![\d$])"
                   r"|\\\((.+?)\\\)"
                   r"|\\begin\{((?:equation|align|gather|multline|eqnarray)\*?)\}(.+?)"
                   r"\\end\{\5\}"
                   r"|\\\[(.+?)\\\]", re.S)
"""TeX maths as GitHub, Obsidian, Pandoc and MkDocs write it (`$2 \\times 5$`, `$$...$$`,
`\\(...\\)`, and a LaTeX environment such as bookdown's `\\begin{equation}`, its lines'
`&` and `\\\\` taken out), or a code span, which keeps its text. As Pandoc has it, an
opening `$` has no space after it and a closing one none before it nor a digit after it,
so "$5 or $10" is money, and display maths holds no blank line: Quarto's guide writes
"the closing $$ delimiters" in a sentence, which was paired with the next formula's opening
`$$`, the text between taken for maths. A chatbot's display maths, `\\[ ... \\]`, is maths
only where it looks so (`DISPLAY_MATHS`): Google Docs and Pandoc escape a bracket so,
`\\[Insert name\\]`."""
DISPLAY_MATHS = re.compile(r"\\\[[ \t]*\n.*\n[ \t]*\\\]|.*(?:\\[A-Za-z]+|[\^_=]).*", re.S)
"""`\\[ ... \\]` that is maths: its marks on lines of their own, or a command, a script or
an equals sign inside."""
INLINE_MATHS = re.compile(r".*(?:\\[A-Za-z]+|[\^_=]).*"
                          r"|(?=.*[^\W\d_])(?!.*[^\W\d_](?:[^\W\d_]|\.)).*", re.S)
"""`\\( ... \\)` that is maths: a command, a script or an equals sign inside, or letters
that make no word nor an abbreviation ("x", "a + b", "2n"; not "e.g."). GitBook escapes
every bracket of a page so, "email the trainer \\(for contact details\\)", "\\(2005\\)",
whose brackets were left out."""
DOLLAR_PLACEHOLDER = re.compile(r"(?=.{8})[a-z]{2,}(?:[-_][a-z]{2,})+")
"""A name between dollars that a site's templates fill in, `$international-content$` (the
Department for Education's teaching site puts a front-matter block's words so, sweep BZ,
git-disabled-support line 35): no maths, which printed and said "international-content"
where an eligibility warning belonged, with no word to the author."""
PROSE_IN_DOLLARS = re.compile(r"^(?!.*(?:\\[A-Za-z]+|[\^_=])).*[^\W\d_]{2,}\s+[^\W\d_]{2,}",
                              re.S)
"""Words between two dollar signs that are prose, not maths (no command, script or equals
sign, and two words in a row): a treasurer's "We have $66K in reserve … We receive 20k$
a year" lost both its dollars, its words taken for a formula."""
GOOGLE_DOCS_MATHS_ESCAPE = re.compile(r"\\([-=])|\\(?=\\[A-Za-z])")
"""Google Docs' "Download as Markdown" escapes `=`, `-` and the backslash inside maths as
it does in text, `$$e^{i\\\\pi } \\= \\-1$$` (sweep CS, test-export line 341): TeX read
`\\=` as a macron accent and `\\-` as a soft hyphen, and `\\\\pi` as a line break and
"pi", so print had "eipi ̄1" and the voice "e ipi", the "=" and "−" lost. In maths `\\=`
and `\\-` are those escapes, and so is `\\\\` before a command's name in maths of one row
(no `&` nor environment, where `\\\\` ends a row)."""
TEX_SPACE = (r"(?:\\newline(?![A-Za-z])|\\\\|\\[,;:! ]|\\q?quad(?![A-Za-z])"
             r"|\\[vh]space\*?\{[^{}\n]*\})")
SPACING_MATHS = re.compile(rf"(`+).+?\1|(?<![\\$\w])(\$\$?)[ \t]*(?:{TEX_SPACE}[ \t]*)+"
                           r"\2(?![\d$])", re.S)
"""Maths that is only spacing between its dollars, `$\\newline$` (as Zettlr's and
Obsidian's authors write an extra blank line), `$\\\\$`, `$\\quad$`, `$\\,$`, `$\\ $`,
`$\\vspace{1em}$`; or a code span, which keeps its text."""
TEX_INFIX_FRACTION = re.compile(r"\\over(?![A-Za-z])")
"""TeX's own fraction, `{a \\over b}`, as pages copied from MathJax write it."""
TEX_COMMAND = re.compile(r"\\([A-Za-z]+)")
TEX_OPERATOR = re.compile(r"\s*([×÷±∓≤≥≠≈≡∝∈∉⊂⊆⊃⊇∪∩→←↔⇒⇔=<>·])\s*")
"""A relation or operator of the maths, which TeX sets with space either side."""
SUPERSCRIPT = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
TEX_SCRIPT = re.compile(r"([\^_])(\{([^{}]*)\}|\\[A-Za-z]+|[^\s{}\\^_])")
"""A superscript or subscript of TeX's maths ("T^A_S", "x_{i+1}"), other than a power of
digits (`SUPERSCRIPT`): printed raised or lowered, as the maths sets it, where the
R Markdown paper's "T^A_S=t^A_S" printed "T<sup>A_S=t</sup>A_S"."""
SCRIPT_MARKS = {"^": "\x02", "_": "\x03"}
SCRIPT_END = "\x04"
SCRIPTED = re.compile("([\x02\x03])([^\x04]*)\x04")
SCRIPT_SYNTAX = {"\x02": "^", "\x03": "~"}


LETTER_STYLES = ("mathcal", "mathbb", "mathfrak", "mathscr", "mathsf", "mathtt", "mathbf",
                 "mathit")
"""Commands that style letters, whose letters print plain: as Unicode's mathematical
letters ("\\mathcal{S}" is "𝒮") they lie outside the print's typeface, and the voice spells
their code points."""
TEX_SIZED_DELIMITER = re.compile(r"\\(?:left|right|middle|[Bb]igg?[lrm]?)(?![A-Za-z])\s*"
                                 r"(?:\.(?!\d))?")
"""A command that sizes the bracket after it, `\\left(` ... `\\right)`, `\\bigl[`: the bracket
stays, and `\\left.`'s invisible one goes. They were printed and said, "left( a/b right)"."""
HANDLED_BY_READER = ("begin", "end", "left", "right", "middle", "big", "Big", "bigg", "Bigg",
                     "bigl", "bigr", "bigm", "Bigl", "Bigr", "Bigm", "biggl", "biggr", "biggm",
                     "Biggl", "Biggr", "Biggm", "over", "dfrac", "tfrac", "binom", "dbinom",
                     "tbinom")
"""Commands the TeX reader itself takes care of, which name no character."""


@functools.cache
def _latex_to_text():
    from pylatexenc.latex2text import (LatexNodes2Text, MacroTextSpec,
                                       get_default_latex_context_db)

    commands = get_default_latex_context_db()
    commands.add_context_category("handout", prepend=True, macros=[
        *(MacroTextSpec(name, simplify_repl="%(1)s") for name in LETTER_STYLES),
        MacroTextSpec("frac", simplify_repl=_fraction),
        MacroTextSpec("sqrt", simplify_repl=_root),
        MacroTextSpec("overline", simplify_repl=_overline),
        MacroTextSpec("ne", simplify_repl="≠")])
    # A command it does not know prints as written, for the reader to see what is missing
    # (and the build warns, `unknown_tex`), where pylatexenc would leave it out.
    commands.set_unknown_macro_spec(_unknown_tex_spec())
    return LatexNodes2Text(latex_context=commands, math_mode="text",
                           strict_latex_spaces="based-on-source")


def _fraction(node, l2tobj) -> str:
    """A fraction, "1/2", its parts bracketed where they need it: the quadratic formula's
    `\\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}` printed "-b ± √(b²-4ac)/2a", another formula."""
    parts = [l2tobj.nodelist_to_text([part]).strip() for part in node.nodeargd.argnlist[-2:]]
    return "/".join(part if re.fullmatch(r"[\w.\x06\x07]+", part) else f"({part})"
                    for part in parts)


ROOT_SIGNS = {"": "√", "2": "√", "3": "∛", "4": "∜"}
"""A root's sign by its degree, `\\sqrt[3]{27}` "∛27"; another degree is raised before
"√"."""


def _root(node, l2tobj) -> str:
    """A root, "√2", "∛27", what it is of bracketed where it needs it: a maths worksheet's
    `\\sqrt[3]{27}` printed "√(27)" and was said "square root of", its degree lost."""
    degree, radicand = (l2tobj.nodelist_to_text([part]).strip() if part else ""
                        for part in node.nodeargd.argnlist[-2:])
    sign = ROOT_SIGNS.get(degree) or degree.translate(SUPERSCRIPT) + "√"
    return sign + (radicand if re.fullmatch(r"[\w.]+", radicand) else f"({radicand})")


def _overline(node, l2tobj) -> str:
    """What is overlined, each character under a combining overline (U+0305), as a
    recurring decimal's digits are written: a maths worksheet's `0.\\overline{9} = 1`
    printed and said "0.9 = 1", a false statement."""
    return "".join(character + "\u0305" for character in
                   l2tobj.nodelist_to_text(node.nodeargd.argnlist[-1:]).strip())


def _infix_fractions(tex: str) -> str:
    """`{a \\over b}` as `\\frac{a}{b}`: the group around `\\over` is its fraction, the
    whole formula where no group holds it."""
    while found := TEX_INFIX_FRACTION.search(tex):
        start, depth = found.start(), 0
        while start > 0 and (depth or tex[start - 1] != "{"):
            depth += {"}": 1, "{": -1}.get(tex[start - 1], 0)
            start -= 1
        end, depth = found.end(), 0
        while end < len(tex) and (depth or tex[end] != "}"):
            depth += {"{": 1, "}": -1}.get(tex[end], 0)
            end += 1
        tex = (f"{tex[:start]}\\frac{{{tex[start:found.start()].strip()}}}"
               f"{{{tex[found.end():end].strip()}}}{tex[end:]}")
    return tex


def _as_written(node) -> str:
    return "\\" + node.macroname


@functools.cache
def _unknown_tex_spec():
    from pylatexenc.latex2text import MacroTextSpec

    return MacroTextSpec("", simplify_repl=_as_written)


CE_ARROWS = {"<=>>": "⇌", "<<=>": "⇌", "<=>": "⇌", "<-->": "⇄", "<->": "↔", "->": "→",
             "<-": "←"}
"""mhchem's arrows, `\\ce{A -> B}`, as the characters it draws."""
CE_ARROW = re.compile(r"\s*&?\s*(<=>>|<<=>|<=>|<-->|<->|->|<-)"
                      r"((?:\[[^\[\]]*(?:\{[^{}]*\}[^\[\]]*)*\]){0,2})\s*")
"""An arrow of mhchem's, with the words it sets over and under it, `->[\\text{heat}]`."""
CE_PART = re.compile(r"\^\{([^{}]*)\}|\^([-+]|\d+[-+]?)|_\{([^{}]*)\}|_(\d+)"
                     r"|(?<=[A-Za-z)\]])(\d+)|(?<=[A-Za-z\d)\]])([-+])(?=$|[(,;])")
"""A formula's charge or count as mhchem writes it: raised, `Ca^2+`, `SO4^{2-}`, `H+` (a sign
that ends the formula, or one of a list's, `Cl-, Br-, I-`, whose "Cl-, Br-" sweep CP's
electrolysis notes printed unraised and the voice spelled "C L, B R"); lowered, `H2O`,
`CH3COO-`, `x_{2}` (a number that opens it, `2H2O`, is a count of the whole and stays)."""


def chemistry(tex: str) -> str:
    """mhchem's `\\ce{…}` (MathJax's and KaTeX's chemistry) in `tex` as the characters it
    draws: a formula's counts lowered, "H₂O", its charge raised, "SO₄²⁻", "H⁺", its arrows
    (`CE_ARROWS`) drawn, "→", "⇌", and the words over an arrow in brackets after it,
    "→ (100% disassociated)"; words stay words. A chemistry handout (sweep BJ, acids-salts
    lines 7, 26, 29, 54-73, 91-115) printed "\\ceHCl - > [100% disassociated] H+ + Cl-",
    said "C E H plus plus O H", with a warning for each of its 32 formulas."""
    def formula(words: str) -> str:
        return " ".join(word if re.fullmatch(r"[a-z]+", word) else CE_PART.sub(
            lambda found: next(part for part in found.groups() if part is not None)
            .translate(SUPERSCRIPT if found[0][0] == "^" or found.group(6) else SUBSCRIPT),
            word) for word in words.replace("&", "").split())

    def equation(found: re.Match) -> str:
        said, start = [], 0
        for arrow in CE_ARROW.finditer(found[1]):
            said.append(formula(found[1][start:arrow.start()]))
            above = [re.sub(r"\\text\s*\{([^{}]*)\}", r"\1", words).strip() for words in
                     re.findall(r"\[((?:[^\[\]{}]|\{[^{}]*\})*)\]", arrow[2])]
            said.append(CE_ARROWS[arrow[1]] + "".join(f" ({words})" for words in above
                                                      if words))
            start = arrow.end()
        return " ".join([*said, formula(found[1][start:])]).strip()

    return CE.sub(equation, tex)


CE = re.compile(r"\\ce\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
"""mhchem's formula or equation, `\\ce{H+ + OH- -> H2O}`, braces one deep inside."""


WORDS_IN_MATHS = ("\x06", "\x07")
"""Marks around the words of maths, `\\text{kg}` and a `\\ce{…}` formula, as `plain_maths`
gives them when asked (`marked`): `TexMaths` sets them in a span of their own, so that the
voice reads them as words and every other letter as a symbol of the maths (`MATHS_CLASS`)."""


def plain_maths(tex: str, marked: bool = False) -> str:
    """TeX maths as the characters it prints ("2 \\times 5" is "2 × 5", "\\frac{1}{2}" is
    "1/2", "x^2" is "x²", "\\lambda_A" is "λ_A"): pylatexenc's table of TeX's commands,
    with a fraction's parts bracketed where they need it and a power of digits raised;
    `marked`, its words between `WORDS_IN_MATHS`."""
    start, end = WORDS_IN_MATHS if marked else ("", "")
    if marked:
        tex = CE.sub(lambda found: start + chemistry(found[0]) + end, tex)
    if "\\begin{" in tex:  # an environment's lines, as `TexMaths` parts them in its own
        tex = re.sub(r"\s*\\\\\s*", ", ", tex.replace("&", "")).strip(", ")
    text = TEX_SIZED_DELIMITER.sub("", re.sub(ENVIRONMENT_MARK, "", chemistry(_set_under(tex))))
    # A binomial coefficient, "C(n, k)": it was "binomnk".
    text = re.sub(r"\\[dt]?binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"C(\1, \2)", text)
    # Words in maths first, so that a fraction of them has no braces inside its parts:
    # a chatbot's `\frac{\text{weight (kg)}}{\text{height (m)}^2}`.
    text = re.sub(r"\\(?:text|textrm|mathrm|mbox)\s*\{([^{}]*)\}", rf"{start}\1{end}", text)
    # A group's last space before its power, as OpenStax writes a unit, `{\text{kg/m} }^{3}`
    # (sweep CP, density lines 49-68): printed "kg/m ³", the power apart from its unit,
    # and said "kilograms/m" and "1 gram, cm"; "kg/m³", "kilograms per cubic metre".
    text = re.sub(r"\s+(?=\}\s*\^)", "", text)
    text = _infix_fractions(re.sub(r"\\[dt]frac(?![A-Za-z])", r"\\frac", text))
    text = re.sub(r"\^(?:\{\s*([-+]?\d+)\s*\}|([-+]?\d+))",
                  lambda m: (m.group(1) or m.group(2)).translate(SUPERSCRIPT), text)
    # A power that is a fraction, `(0.25)^{1/2}`, printed raised it read as a multiplier,
    # "(0.25)¹/2": written as a calculator writes it, "(0.25)^(1/2)".
    text = re.sub(r"\^\{\s*(\d+)\s*/\s*(\d+)\s*\}", "\x05(\\1/\\2)", text)
    text = TEX_SCRIPT.sub(lambda m: SCRIPT_MARKS[m.group(1)] + (
        m.group(3) if m.group(3) is not None else m.group(2)) + SCRIPT_END, text)
    text = " ".join(TEX_OPERATOR.sub(r" \1 ", _latex_to_text().latex_to_text(text)).split())
    # A minus between two terms is TeX's minus sign, not a hyphen, which the voice read
    # as a range, "2 to 4/8".
    # After a subscript too, "v_{f} - v_{i}" (sweep BJ, speed-accel line 163), which was said
    # "v f, v i"; and a sign before a number, "(-1.8", "= -16.92", is the minus sign.
    text = re.sub(r"(?<=[\w)\x04]) - (?=[\w(√∛∜\x02\x03])", " − ",
                  text).replace("\x05", "\\^")
    text = re.sub(r"(?:(?<=[(\[=<>≤≥±×÷])|(?<=[(\[=<>≤≥±×÷] )|^)-(?=\.?\d)", "−", text)
    text = re.sub(r"\s+(?=[)\]}⟩])", "", re.sub(r"(?<=[(\[{⟨])\s+", "", text))  # "( a/b )"
    # Superscripts and subscripts as pymdownx writes them, "T^A^~S~", with no space inside.
    return SCRIPTED.sub(lambda m: SCRIPT_SYNTAX[m.group(1)] + m.group(2).replace(" ", "")
                        + SCRIPT_SYNTAX[m.group(1)], text)


ENVIRONMENT_MARK = re.compile(r"\\begin\{(?:array|tabular)\*?\}\s*(?:\[[a-z]\])?\s*\{[^{}]*\}"
                              r"|\\(?:begin|end)\{[^{}]*\}")
"""Where a LaTeX environment begins or ends, with an array's columns, `{lll}`: an
engineering worked answer (sweep CP, density lines 282 and 290), `\\begin{array}{lll}V& =&
Ah`, printed and said "lllV = Ah", with no warning."""
SET_UNDER = re.compile(r"\\(?:underset|overset)\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
"""Words set under or over a formula, `\\underset{water}{H2O}`: the formula, the words in
brackets after it, "H₂O (water)", as mhchem's words over an arrow are (`chemistry`). An
electrolysis page (sweep CP, electrolysis line 25) printed "\\undersetwaterH₂O" and said it,
with a warning."""


def _set_under(tex: str) -> str:
    """`tex` with its words under or over a formula (`SET_UNDER`) in brackets after it."""
    return SET_UNDER.sub(r"\2 (\1)", tex)


def unknown_tex(tex: str) -> list[str]:
    """The commands of `tex` that `plain_maths` does not know, and so leaves out."""
    known = _latex_to_text().latex_context
    return [name for name in TEX_COMMAND.findall(chemistry(_set_under(tex)))
            if name not in HANDLED_BY_READER
            and known.get_macro_spec(name) is _unknown_tex_spec()]


class TexMaths(NotingPreprocessor):
    """TeX maths, `$2 \\times 5$`: printed as written, and its `$` said as dollars ("2
    dollars times 5$"). Its delimiters go and the common commands become the characters
    they print (`plain_maths`); maths holding a command not known here is a warning. Maths
    that is only spacing (`SPACING_MATHS`) is nothing: a French review of the literature
    (sweep BM, zettlr-revues lines 18 and 20; repro newline) printed "\\newline" under its
    list and heading, said "newline", with a warning that the maths could not all be
    carried over; `$\\\\$` and `$\\ $` were printed and said as "$ $"."""

    def run(self, lines: list[str]) -> list[str]:
        def spacing(found: re.Match) -> str:
            return found.group(0) if found.group(1) else keep_lines(found.group(0), "")

        def maths(found: re.Match, text: str, first: int) -> str:
            if found.group(1):
                return found.group(0)
            if found.group(3) is not None and DOLLAR_PLACEHOLDER.fullmatch(found.group(3)):
                self.note(line_of(text, found.start(), first),
                          f"the site's placeholder '{found.group(0)}' stands for words this "
                          "handout does not have: left out; write the words in its place",
                          WARNING)
                return keep_lines(found.group(0), "")
            if found.group(7) is not None and not DISPLAY_MATHS.fullmatch(found.group(0)) \
                    or found.group(4) is not None and not INLINE_MATHS.fullmatch(found.group(4)) \
                    or found.group(3) is not None and PROSE_IN_DOLLARS.search(found.group(3)):
                if found.group(7) is not None and not found.group(7).strip():
                    # Escaped, "\[ \]" is the brackets named in a sentence, no box to tick
                    # (`words._TYPED_BOX_RE`): a word joiner inside keeps it apart.
                    return f"\\[\u2060{found.group(7)}\\]"
                return found.group(0)  # brackets escaped, "\\[Insert name\\]", "\\(2005\\)"
            tex = re.sub(r"\s*\\\\\s*", ", ", found.group(6).replace("&", "")).strip(", ") \
                if found.group(5) else next(found.group(group) for group in (2, 3, 4, 7)
                                            if found.group(group) is not None)
            if not found.group(5) and not re.search(r"&|\\begin", tex):
                tex = GOOGLE_DOCS_MATHS_ESCAPE.sub(lambda escape: escape[1] or "", tex)
            plain = marked_maths(tex)
            rows = [row for row in re.split(r"\s*\\\\\s*", found.group(6) or tex)
                    if re.sub(r"\\(?:begin|end)\{[^{}]*\}", "", row).strip()]
            if found.group(3) is None and EQUATION_ROWS.search(found.group(0)) \
                    and 1 < len(rows) <= found.group(0).count("\n") + 1:
                plain = "  \n".join(marked_maths(row) for row in rows)  # a line break each
            if unknown_tex(tex):
                self.note(line_of(text, found.start(), first),
                          f"maths '{quote(' '.join(found.group(0).split()))}' could not all "
                          "be carried over: write it in words or plain characters", WARNING)
            return keep_lines(found.group(0), plain)

        def converted(text: str, first: int) -> str:
            text = UNIT_POWER_MATHS.sub(lambda found: plain_maths(found[1]),
                                        SPACING_BEFORE_UNIT.sub(" ", text))
            text = SPACING_MATHS.sub(spacing, text)
            return MATHS.sub(lambda found: maths(found, text, first), text)

        return outside_code(self.formula_lines(lines), converted)

    @staticmethod
    def formula_lines(lines: list[str]) -> list[str]:
        """`lines` with a line break before and after each line that is one formula alone
        (`FORMULA_LINE`) among a paragraph's lines: physics notes (sweep CP, suvat lines
        17-28) write their equations one a line, `$v = u + at$` over `$s = ut +
        \\frac{1}{2}at^2$`, which printed as one line, "v = u + at s = ut + 1/2at²", and
        were said so, "… + at s = ut …"."""
        result = list(lines)
        for paragraph in paragraph_runs(lines, code_mask(lines)):
            for place, index in enumerate(paragraph):
                if len(paragraph) > 1 and FORMULA_LINE.fullmatch(lines[index]):
                    for broken in paragraph[max(place - 1, 0):place + 1]:
                        if broken != paragraph[-1]:
                            result[broken] = result[broken].rstrip() + "  "
        return result


def marked_maths(tex: str) -> str:
    """`tex` in plain characters (`plain_maths`) inside a span the speech knows for maths
    (`MATHS_CLASS`), its words (`\\text{}`) in one of their own; "" for none."""
    plain = plain_maths(tex, marked=True)
    return (f'<span class="{MATHS_CLASS}">' + plain.replace(
        WORDS_IN_MATHS[0], '<span class="words">').replace(WORDS_IN_MATHS[1], "</span>")
        + "</span>") if plain else ""


EQUATION_ROWS = re.compile(r"\\begin\{(?:align|aligned|gather|gathered|eqnarray|multline"
                           r"|split)\*?\}")
"""An environment whose rows, parted by `\\\\`, are equations, each printed on its own line
(`TexMaths`): sweep CP's physical constants, eight rows of `\\begin{align*}`, printed as one
line, "e = 1.602 × 10⁻¹⁹ C, h = 6.626 × 10⁻³⁴ J · s, c = …", commas that are not in the
source, and were said so, one equation running into the next."""


FORMULA_LINE = re.compile(r"[ \t]*\$(?=[^\s$])[^$\n]*[^\s\\$]\$[ \t]*[:.,]?[ \t]*")
"""A line that is one formula in TeX's inline maths, `$v = u + at$`, with a colon or a stop
after it perhaps, `$v^2 = u^2 + 2as$:` (`TexMaths.formula_lines`)."""


SPACING_BEFORE_UNIT = re.compile(
    r"(?<=\d)\$(?:[ \t]*(?:\\[,;:! >]|\\(?:thin|med|thick|en)space(?![A-Za-z])"
    r"|\\q?quad(?![A-Za-z])|~))+[ \t]*\$(?=[^\W\d_]|[°%])")
"""Maths holding only spacing, `$\\,$`, between a number and its unit, as a physics handout
sets a thin space (sweep BJ, physics-accel line 120, "9.8$\\,$m/s$^2$"): a space. Its
dollars, which follow a digit, were no maths (`MATHS`), so the line printed
"9.8$,m/s^2$" and was said "twenty five dollars dollar M slash S". Elsewhere such maths
is nothing (`SPACING_MATHS`)."""
UNIT_POWER_MATHS = re.compile(r"(?<=[^\W_])\$(\^(?:\{\s*[-+]?\d+\s*\}|[-+]?\d+))\$")
"""A power of digits alone in maths straight after a unit, "m/s$^2$": raised, "m/s²", as
the unit's own power is said ("metres per second squared"); or after a number, "10$^{-3}$":
a physics slide (sweep CP, photons-slides line 23), "1 dm$^3$ = 10$^{-3}$ m$^3$", paired
the dollars wrongly, printed "10$^{-3}$" and said "10 dollars -3 $", with no warning."""


RANGE_TILDE = re.compile(r"(`+).+?\1|(?<=\d)~(?=\d)", re.S)
"""A tilde between digits, or a code span, which keeps its text."""


class DatesOpeningLines(Preprocessor):
    """A date that opens a line or a bullet's item, "31. august 1969", "* 8. august 1993", in
    a language of `DAY_WITH_A_STOP`, is a date: its day's stop is escaped, so that it opens
    no ordered list. A Danish association's statutes list the dates they were revised so,
    and each bullet held a list numbered from its day, its two-digit "31." drawn against the
    bullet ("•31."); a run of such lines would be numbered on, 31, 32. Only before a month's
    name in the handout's language (`language.day_and_month`)."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.lang = variables.get("lang", "")

    def run(self, lines: list[str]) -> list[str]:
        from handout.language import day_and_month

        date = re.compile(rf"^((?:[ \t]*[-*+])?[ \t]*)(?={day_and_month(self.lang).pattern})"
                          r"(\d+)\.", re.I | re.M)
        return outside_code(lines, lambda text, first: date.sub(r"\1\2\\.", text))


class NumberRanges(Preprocessor):
    """`1~2` is a range where Chinese, Japanese and Korean write one ("コップ1~2杯(200~400ml)"),
    and with no space to stop it, pymdownx's subscript took everything from one tilde to the
    next: "1~2杯(200~400" printed and said "12杯(200400". Such a tilde is escaped, so it
    stays; `H~2~O` (a letter before the first tilde) is still a subscript."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, first: RANGE_TILDE.sub(
            lambda found: found.group(0) if found.group(1) else "\\~", text))


SINGLE_TILDES = re.compile(r"(`+).+?\1|(?<![\w~\\])~(?=[^\s~/])([^~\n]*?\s[^~\n]*?)"
                           r"(?<=[^\s~\\])~(?![\w~])", re.S)
"""Words struck through between single tildes, or a code span, which keeps its text."""


class SingleTildes(Preprocessor):
    """Words between single tildes, as GitHub strikes them through (one tilde or two), are
    struck through: a community group's job advert (sweep CU, gfsc-community-dev-officer
    line 62) withdrew its closing date so, "Deadline: ~May 16th~ extended to 10am on May
    23rd", which printed its tildes and was said "Deadline: May 16th extended", the date
    never marked withdrawn. Only words with a space between them: without one, `H~2~O`, the
    tildes mark a subscript, as pymdownx reads them."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, first: SINGLE_TILDES.sub(
            lambda found: found.group(0) if found.group(1) else f"~~{found.group(2)}~~", text))


MARKER_AND_TAB = re.compile(r"[ \t]*(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])[.)]\t")
"""A list's number and the tab after it, "4.<tab>If you give us personal data:", over
"<indent>i)<tab>We may share it", as Singapore's government privacy statements are written:
their clauses were a table and a code block."""


class TabbedTables(Preprocessor):
    """A table copied from a spreadsheet or a Word table into a plain editor: its rows one a
    line, its cells split by tabs ("Medicine<tab>Dose<tab>When"). Markdown ran the lines into
    one paragraph, printed in one run with wide gaps and said as one breath, "Medicine Dose
    When Paracetamol 500 milligrams Morning". Two or more lines of as many cells each (two or
    more) are a table, the first its header row, written as HTML a row a line so that the
    lines keep their numbers. Lines whose first cell is a label (a bullet, "a.", "Step 1:",
    "Tel:") are left to the rules for those."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        for block in paragraph_runs(lines, code_mask(lines)):
            if not self.is_table([lines[i] for i in block]) or (
                    block[0] and lines[block[0] - 1].strip()):
                continue
            rows = [lines[i].rstrip().split("\t") for i in block]
            for position, (row, cells) in enumerate(zip(block, rows)):
                tag = "th" if position == 0 else "td"
                cells_html = "".join(f"<{tag}>{html.escape(cell.strip())}</{tag}>"
                                     for cell in cells)
                result[row] = ("<table><thead>" if position == 0 else "") + \
                    f"<tr>{cells_html}</tr>" + ("</thead><tbody>" if position == 0 else "") + \
                    ("</tbody></table>" if position == len(block) - 1 else "")
        return result

    @staticmethod
    def is_table(lines: list[str]) -> bool:
        if len(lines) < 2 or lines[0][:1] in (" ", "\t"):
            return False
        counts = {len(line.rstrip().split("\t")) for line in lines}
        if len(counts) != 1 or counts.pop() < 2:
            return False
        labelled = (TYPED_BULLET, TICK_OR_BOX, LETTERED_LINE, WORD_NUMBERED_LINE, FIELD_LINE,
                    MARKER_AND_TAB)
        return not any(pattern.match(line) for line in lines for pattern in labelled) and \
            not any(line.lstrip().startswith(("|", "<", "#", ">", "-", "*", "+"))
                    for line in lines)


BROKEN_AT_LINE_END = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
"""A word broken by a hyphen at the end of its line, as text copied from a PDF keeps it:
"your medi-" over "cation"."""
WORD_AT_LINE_START = re.compile(r"([ \t]*)([^\W\d_]+)")
SUSPENDED_HYPHEN_WORDS = frozenset(
    "and or to nor und oder bis sowie et ou y o e u en of".split())
"""Words after a hyphen that leaves its word to be finished by the next, "short- and
long-term", "Ein- und Ausgang": the hyphen is the author's, and the line break a space."""


class BrokenWords(Preprocessor):
    """Text copied from a PDF keeps the words its layout broke at a line's end, "take your
    medi-" over "cation with food": Markdown joins the lines with a space, so the page
    printed "medi- cation" and the voice said "medi cation". The two parts are one word
    again, on the line of the second; without its hyphen where the handout writes the word
    whole elsewhere ("medication"), with it otherwise, as "follow-" over "up" is "follow-up",
    a word with its own hyphen (the only way to tell the two apart without a dictionary). A
    hyphen before "and" or "or" ("short-" over "and long-term") is left as written."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        text = "\n".join(lines)
        result = list(lines)
        for index in range(len(lines) - 1):
            if mask[index] or mask[index + 1] or result[index].lstrip().startswith(("#", "|")):
                continue
            head = BROKEN_AT_LINE_END.search(result[index].rstrip())
            tail = WORD_AT_LINE_START.match(result[index + 1])
            if not (head and tail and tail.group(2)[0].islower()) or \
                    tail.group(2).lower() in SUSPENDED_HYPHEN_WORDS:
                continue
            before = result[index].rstrip()[:head.start(1)]
            if not before.strip():
                continue  # a line of the one part alone: left as written
            whole = head.group(1) + tail.group(2)
            written = whole if re.search(rf"\b{whole}\b", text, re.IGNORECASE) else \
                f"{head.group(1)}-{tail.group(2)}"
            result[index] = before.rstrip()
            result[index + 1] = tail.group(1) + written + result[index + 1][tail.end():]
        return result


PASTED_LINE_END = re.compile(r"[a-z,;]$")
"""A line's end that ends no sentence: a word in lower case, a comma or a semicolon."""
PASTED_LINE_START = re.compile(r" {0,3}(?![a-z][.)]\s|[ivx]+[.)]\s)[a-z]")
"""A line that opens in lower case, and not as an answer lettered by hand ("a) Respect")."""
PASTED_BULLET = re.compile(r"(?<=[.!?])[ \t]+(?=•[ \t])")
"""A typed bullet after a sentence's stop, in the middle of a line."""


class PastedParagraphs(Preprocessor):
    """Text pasted from a PDF keeps its lines as paragraphs: a school's enrolment notice
    (sweep DA), pasted from the council's poster, broke "• 3 year olds will be eligible to
    start Early Learning and Childcare the school term after their 3rd" from "birthday
    (August; January; April)." by a blank line, so the list's item ended at "3rd", its
    end printed as a paragraph outside the list, and the voice paused between the halves.
    A line's worth of words (six or more, and no more than thirty: a paragraph typed on one
    line, a pasted list of keywords, is no PDF's line) with no stop at its end, then blank
    lines and a line that opens in lower case, goes on with it, as a Word document's broken
    sentence does (`word.joined_broken_sentences`). A bullet typed after a stop,
    "during enrolment week. • For more information", printed as it stands: it starts a
    line, a list's next item (`TypedBullets`)."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)  # as many lines as written: a finding names the author's line
        for index in range(len(lines)):
            if mask[index] or not result[index].strip():
                continue
            last = result[index]  # the line of the PDF's that ends the paragraph
            while 6 <= len(last.split()) <= 30 and PASTED_LINE_END.search(last.rstrip()) \
                    and not result[index].lstrip().startswith(("#", "|", "<", ">")):
                after = index + 1
                while after < len(lines) and not result[after].strip() and not mask[after]:
                    after += 1
                if after == index + 1 or after == len(lines) or mask[after] or \
                        not PASTED_LINE_START.match(result[after]):
                    break
                end = after + 1  # the rest of its paragraph comes up with it
                while end < len(lines) and result[end].strip() and not mask[end]:
                    end += 1
                last = result[after]
                result[index] = f"{result[index].rstrip()} {last.lstrip()}"
                result[index + 1:end] = result[after + 1:end] + [""] * (after - index)
                if end > after + 1:
                    break  # its last line is further on
            bullet = TYPED_BULLET.match(result[index])
            first, *rest = PASTED_BULLET.split(result[index]) if bullet else [""]
            room = index + 1  # the blank lines after it take the items it held
            while room < len(lines) and room <= index + len(rest) and not result[room].strip() \
                    and not mask[room]:
                room += 1
            if rest and room == index + 1 + len(rest):
                result[index:room] = [first] + [bullet.group(1) + part for part in rest]
        return result


def _characters(code_points: str) -> str:
    """`1f1e6-1f1eb` as the characters it names."""
    return "".join(chr(int(point, 16)) for point in code_points.split("-"))


@functools.cache
def emoji_names() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern matching every emoji gemoji knows (longest sequence first, with any
    presentation selector or skin tone after it), and each one's name ("party popper")."""
    from pymdownx import gemoji_db

    names = {}
    for entry in gemoji_db.emoji.values():
        for code_points in (entry["unicode"], entry.get("unicode_alt")):
            if code_points:
                names[_characters(code_points)] = entry["name"]
    alternatives = sorted(names, key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, alternatives))
                      + ")([\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*)"), names


EMOJI_PRESENTATION = frozenset(chr(point) for first, last in (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE),
    (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4),
    (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
    (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E),
    (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55)) for point in range(first, last + 1))
"""The characters below U+1F000 that are drawn as emoji by default (Unicode's
emoji-data.txt, Emoji_Presentation=Yes). The others (©, ™, ↩, ❤) are text unless an
emoji presentation selector (U+FE0F) follows them."""


EMOJI_CANDIDATE = re.compile("[\u00a9\u00ae\u203c-\u3299\ufe0f\U0001f000-\U0001faff]")
"""A character every emoji gemoji knows holds: © or ®, a symbol from ‼ to ㊙ (the keycaps'
U+20E3 among them), the emoji presentation selector, or one of the emoji planes."""


SPACED_WORD = re.compile(r"[^\W_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
"""A letter or a digit of a script that spaces its words (not Chinese's or Japanese's): an
emoji's name glued to one is a word apart, as a Korean guide's "**✅Link**" (sweep BA,
notion-ko-guide line 12) printed and said "(체크 표시 버튼)Link"."""


def name_emoji(text: str, lang: str = "en") -> str:
    """`text` with each emoji given as its name in brackets ("💊 Take" is "(pill) Take"), as a
    screen reader says it: the print fonts have no emoji, and a voice skips them. The name
    is in the handout's language `lang` (`emoji_name`). Symbols written as text (©, ™, the
    footnotes' ↩︎) stay as they are. A name glued to a word is spaced from it
    (`SPACED_WORD`)."""
    if not EMOJI_CANDIDATE.search(text):  # most text: the full pattern takes 0.03 s to make
        return text
    pattern, names = emoji_names()

    def named(found: re.Match) -> str:
        emoji = found.group(1)
        if keycap := KEYCAP.fullmatch(emoji):  # "Press 1️⃣": the key, not "(keycap: 1)"
            return keycap_key(keycap)
        if not drawn_as_emoji(found):
            return found.group(0)
        before, after = text[max(0, found.start() - 1):found.start()], text[found.end():][:1]
        return (" " if SPACED_WORD.match(before) else "") \
            + f"({emoji_name(emoji, lang) or names[emoji]})" \
            + (" " if SPACED_WORD.match(after) else "")

    return pattern.sub(named, text)


def drawn_as_emoji(found: re.Match) -> bool:
    """Whether a match of `emoji_names`' pattern is drawn as an emoji, not as text (©)."""
    emoji, after = found.groups()
    return "\ufe0e" not in after and ("\ufe0f" in emoji + after or emoji in EMOJI_PRESENTATION
                                      or any(ord(c) >= 0x1F000 for c in emoji))


def undecorated(text: str) -> str:
    """`text` without the emoji that open it and the spaces after them: "💊 Your inhalers"
    is "Your inhalers". (One that ends it may end what it says: "Dati 🇮🇹 e 🇵🇹".) So with a
    slash or a bar between them: a README headed its parts "🇬🇧 / 🇺🇸 Opening hours", the
    flags of the languages it is written for, and "/ (flag: United States) Opening hours"
    was printed and said, where "🇬🇧 🇺🇸 Closing days" lost both."""
    if not EMOJI_CANDIDATE.search(text):
        return text
    pattern, _ = emoji_names()
    first = 0
    for found in pattern.finditer(text):
        between = text[first:found.start()].strip()
        if between and not (first and between in ("/", "|")) or not drawn_as_emoji(found):
            break
        first = found.end()
    return text[first:].lstrip() if first else text


CLOSING_DECORATION = frozenset("➡⬅⬇⬆↗↘👉👇👈🔗🎉🎊✨🚀🥳😊🙂😀😃😄👋🙌👏💪❤💙💚💜🧡💛")
"""Emoji that decorate the end of a link, pointing on or cheering ("Request a purifier
➡️"), where others there say something: "Saturday ❌", "Contains 🥜"."""
CLOSING_WORDS = frozenset("✅❌❎✔✖☑✓✗") | frozenset(map(chr, range(0x1F1E6, 0x1F200)))
"""Emoji that end a heading with what it says, a tick or a cross answering it ("Dogs
allowed? ✅") or a flag naming a country ("## Dati 🇮🇹", "Dati 🇮🇹 e 🇵🇹", its regional
indicators). A heading's other closing emoji decorate it (`without_closing_emoji`)."""


def without_closing_emoji(text: str, any_kind: bool = False, heading: bool = False) -> str:
    """`text` without the decorating emoji that end it after its words: those of
    `CLOSING_DECORATION` ("Request a purifier ➡️"), any where `any_kind`, and in a
    `heading` any but a tick, a cross or a flag, which say something (`CLOSING_WORDS`), or a
    keycap ("Step 1️⃣"). Chatbots and blogs end a heading with one as they open one: a pregnancy
    guide (sweep BK, repro emoji-title) was titled, printed, said and tagged "Pregnancy
    Week-by-Week Guide (breast-feeding)", and its "## Your first scan 🩺" "(stethoscope)"."""
    if not EMOJI_CANDIDATE.search(text):
        return text
    pattern, _ = emoji_names()
    last = len(text)
    for found in reversed(list(pattern.finditer(text))):
        if text[found.end():last].strip() or not drawn_as_emoji(found) \
                or not any_kind and not heading and found.group()[0] not in CLOSING_DECORATION \
                or not any_kind and heading and (found.group()[0] in CLOSING_WORDS
                                                 or KEYCAP.fullmatch(found.group(1))):
            break
        last = found.start()
    return text[:last].rstrip() if last < len(text) and text[:last].strip() else text


TICK_OR_CROSS = re.compile(r"^\s*[✓✔✗✘☑☒]\ufe0f?\s+")
"""A tick or a cross drawn as a text mark, not an emoji, opening a column's name."""


def _undecorate_headings(body: ET.Element) -> None:
    """Take the emoji off the start of each heading that has words after them, and off its
    end after its words: a chatbot heads every part of its answer with one ("## 💊 Your
    inhalers"), and authors copy them. They decorate, and no print font has them: named as
    a screen reader names them, they printed "(lungs) Living Well with Asthma" as the
    title, at 28 points, and a listener heard "(warning)", "(pill)" before every heading,
    and in every file's name; an air-quality group's "How to borrow 🚀", "(rocket)" after.
    So with a link's words: "Request a purifier ➡️" was said "(right arrow)". A heading
    that opened with one is decorated at its end and in its words by any ("## ⚠️ Disclaimer
    🚫" printed "Disclaimer (prohibited)"), and a table's column heading is a heading too
    ("| 💊 Drug |" was said "(pill) Drug" before every row's dose), and so is a row's label,
    its first cell of several (a recipe's nutrition table, sweep AW, pistachio-gelato lines
    54-62, "| 🔥 Energy (kcal) |", "| 💪 Protein (g) |", printed and said "(fire) Energy",
    "(flexed biceps) Protein"); the emoji alone in a cell, "| ✅ |", stays."""
    labels = {id(row[0]) for row in body.iter("tr") if len(row) > 1}
    for heading in body.iter():
        opened = False
        if (heading.tag in (*HEADING_TAGS, "th") or id(heading) in labels) and heading.text \
                and undecorated("".join(heading.itertext())).strip():
            opened = undecorated(heading.text) != heading.text
            heading.text = undecorated(heading.text)
        if (heading.tag in (*HEADING_TAGS, "th") or heading.tag == "a") \
                and len(heading) == 0 and heading.text:
            heading.text = without_closing_emoji(heading.text, any_kind=opened,
                                                 heading=heading.tag in HEADING_TAGS)
        if heading.tag == "th" and heading.text and TICK_OR_CROSS.match(heading.text) \
                and TICK_OR_CROSS.sub("", heading.text).strip():
            # a column's name opened with a tick, as its neighbour's with an emoji, "| ❌
            # Mistake | ✓ Correct |": "tick Correct" was said before every row's words
            heading.text = TICK_OR_CROSS.sub("", heading.text)
        if opened and len(heading) == 0 and EMOJI_CANDIDATE.search(heading.text):
            # and in its words: a sick-day sheet's "## 💧 Fluids & 🍎 Carbohydrates" printed
            # "Fluids & (red apple) Carbohydrates" in its heading and contents
            pattern, _ = emoji_names()
            heading.text = " ".join(pattern.sub(
                lambda found: " " if drawn_as_emoji(found) else found.group(),
                heading.text).split())


POINTING_EMOJI = frozenset("📍📌👉➡🔗")
"""Emoji that point at the words after them, "📍 **Avrasya Hospital**", "[📍 View on Google
Maps](...)": a clinic's contact page said "(round pushpin)" before its name and its map
link, where its "📞 **Telefon:**" had lost its emoji as a label's."""
EMOJI_LABEL = re.compile(r"[^\W\d_][\w'’ -]{0,30}?:(?:\s|$)")
"""A label that opens a paragraph after its emoji: "Tip:", "Remember:", "Call us:"."""
ANSWERING_MARKS = frozenset("✅❌❎✔✖☑✓✗⚠")
"""A tick, a cross or a warning sign before a label in a list's item, which answers for
what it labels, yes, no or take care: a museum's access list (sweep CJ, from an accessible
buildings guide), "- ✅ Toilets: ground floor, step-free", "- ❌ Café: first floor, no
lift", "- ⚠️ Garden: cobbled path", printed and was said without them."""


BOLD_LABEL_LONGEST = 40
"""The most characters a bold line alone (`_heads_on_its_line`) may hold to be a label."""


def _heads_on_its_line(parent: ET.Element, index: int) -> bool:
    """Whether `parent`'s child at `index` is alone on its line over a line break or a
    block of `parent` (a list, a paragraph), as a box's label is: no words before it in
    `parent` or since a line break or a block, and none after it. Not in a list's item or
    a table's cell, where a tick or a cross before bold words answers for them."""
    before = parent.text if index == 0 else parent[index - 1].tail
    if parent.tag in ("li", "td", "th") or (before or "").strip() \
            or index and parent[index - 1].tag not in ("br", *BLOCKS):
        return False
    return not (parent[index].tail or "").strip() and index + 1 < len(parent) \
        and parent[index + 1].tag in ("br", *BLOCKS)


def _undecorate_labels(body: ET.Element) -> None:
    """Take the emoji off the start of a paragraph or an item that a label opens ("💡
    **Tip:** keep a list", "⚠️ Warning: …", "📞 Call: 111"): a chatbot puts one before each
    label, where it decorates what the label says, and it printed and was said "(light
    bulb) Tip:"; so with a feature's name in bold before a dash, as a README lists them
    ("🎤 **Real-time Speech Recognition** - See transcriptions…", said "(microphone) Real-time
    …" on every item). An emoji before words that are no label ("✅ Take it daily") says
    something, and stays, and so does a tick, a cross or a warning sign before a label in a
    list's item (`ANSWERING_MARKS`); but a pointing one (`POINTING_EMOJI`) only points at
    what follows, a place's name or a link's words, and goes there too. A bold label alone
    on its line over a box's list or words (`_heads_on_its_line`) is one too: a work permit
    guide in Chinese (sweep BT, zh-d2 line 91) headed a box of questions "<strong>✅ 检查清单
    </strong>", printed and said "(勾号按钮) 检查清单", where its "⚠️ 注意:" lost its emoji."""
    heading = {id(child) for parent in body.iter() for index, child in enumerate(parent)
               if child.tag in ("strong", "b") and _heads_on_its_line(parent, index)}
    for element in body.iter():
        if element.tag in ("strong", "b") and element.text and (
                EMOJI_LABEL.fullmatch(undecorated(element.text).rstrip() + " ")
                or id(element) in heading
                and len(undecorated(element.text)) <= BOLD_LABEL_LONGEST):
            element.text = undecorated(element.text)  # "**📍Toronto area:**", its label
        if element.tag not in ("p", "li", "a") or not element.text:
            continue
        words = undecorated(element.text)
        if words == element.text:
            continue
        first = element[0] if len(element) else None
        label_in_bold = not words.strip() and first is not None and \
            first.tag in ("strong", "b", "em") and \
            ((first.text or "").rstrip().endswith(":") or (first.tail or "").startswith(":")
             or re.match(r"\s+[-–—]\s", first.tail or "") is not None)
        answers = element.tag == "li" and element.text.lstrip()[:1] in ANSWERING_MARKS
        if (EMOJI_LABEL.match(words) or label_in_bold) and not answers \
                or element.text.lstrip()[:1] in POINTING_EMOJI:
            element.text = words


def emoji_name(emoji: str, lang: str) -> str | None:
    """The name of `emoji` (without its skin tone, as in English) in `lang`, from
    Unicode CLDR's annotations as the `emoji` package carries them (💊 is "píldora" in
    Spanish, "pilule" in French, "pillola" in Italian; German, Arabic, Persian, Russian,
    Turkish, Chinese and others have theirs), or None for English and for a language the
    package has no names in, where gemoji's English name stands."""
    import emoji as cldr

    language = lang.split("-")[0].lower()
    if language == "en" or language not in cldr.LANGUAGES:
        return None
    for sequence in (emoji, emoji + "\ufe0f"):
        name = cldr.demojize(sequence, language=language, delimiters=("\0", "\0"))
        if name.startswith("\0") and name.endswith("\0") and name.count("\0") == 2:
            return _flag_name(emoji, name.strip("\0"), lang) or name.strip("\0").replace("_", " ")
    return None


REGIONAL_INDICATOR_A = 0x1F1E6


def _flag_name(emoji: str, name: str, lang: str) -> str | None:
    """A country's flag named with the country's name as `lang` writes it, from Babel: the
    `emoji` package writes CLDR's names in lower case, which printed "(bandeira portugal)"
    above dssg-pt's Portuguese README. None for any other emoji."""
    from handout.language import babel_locale

    points = [ord(c) - REGIONAL_INDICATOR_A for c in emoji]
    locale = babel_locale(lang)
    if len(points) != 2 or not all(0 <= p < 26 for p in points) or locale is None:
        return None
    country = locale.territories.get("".join(chr(ord("A") + p) for p in points))
    flag = name.split("_", 1)[0]
    return f"{flag} {country}" if country and "_" in name else None


# --- MyST (Jupyter Book) and Obsidian ---------------------------------------------------------

MYST_TARGET = re.compile(r"^[ \t]*\(([\w:.-]+)\)=[ \t]*$", re.M)
MYST_TARGETED_HEADING = re.compile(r"^[ \t]*\(([\w:.-]+)\)=[ \t]*\n(?:[ \t]*\n)*[ \t]*#+[ \t]+(.+?)"
                                   r"[ \t#]*$", re.M)
EMPTY_LINK = re.compile(r"(?<!!)\[\]\(#([\w:.-]+)\)")
MYST_ROLE = re.compile(r"\{[\w:.-]+\}`([^`\n]*?)(?:\s*<[^`<>\n]*>)?`")
WIKILINK = re.compile(r"(!?)\[\[([^\]\n|#]*)(?:#([^\]\n|]*))?(?:\|([^\]\n]*))?\]\](?!\()")
"""Obsidian's link, `[[Page]]`; not `[[words]](/page/)`, a Markdown link whose words are in
brackets, as W3C WAI marks a link to another of its pages."""
VITEPRESS_TOC = re.compile(r"^[ \t]*(?:\\?\[\[_?toc_?\]\]|\[toc(?:[ \t]+maxLevel=\d)?\]"
                           r"|\$\{toc\})[ \t]*$", re.M | re.I)
"""VitePress's table of contents, GitLab's and Azure DevOps wikis' `[[_TOC_]]` (printed
"TOC" and read out where the list of headings belonged), Typora's and HackMD's `[toc]`
in lower case, and Joplin's `${toc}` (said "dollar toc"), which Python-Markdown's `[TOC]`
is; and `\\[[toc]]`, as a school's CMS escapes the marker, printed "\\toc", said "toc".
HackMD's marker may give the depth of its headings, `[TOC maxLevel=1]` (sweep CS,
codimd-features line 146), printed as written and said "TOC maxLevel=1]": it is the list
of them all, as `[TOC]` is."""
PICTURE_FILE = re.compile(r"\.(png|jpe?g|gif|webp|svg)$", re.I)
BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)\^[A-Za-z0-9-]+[ \t]*$", re.M)
"""Obsidian's block identifier, `^038507` at the end of a paragraph (or on a line of its
own after a list or a table), which Obsidian hides."""


MYST_EMBED = re.compile(r"^[ \t]*!\[[^\]\n]*\]\(#([\w:.-]+)\)[ \t]*$", re.M)
"""MyST's embed, `![](#label)` on a line of its own: the content its target marks,
elsewhere on the site, shown here."""
OBSIDIAN_EMBED = re.compile(r"^[ \t]*!\[\[([^\]\n|]*)(?:\|[^\]\n]*)?\]\][ \t]*$", re.M)
"""Obsidian's embed of a note or a part of one, `![[Refund policy#^discount]]` on a line of
its own, or Dendron's note reference, `![[dendron.topic.x#section]]`: the words of another
note, shown here (a picture's is a picture, `wikilink`)."""
DENDRON_TARGET = re.compile(r"dendron://\S+|[\w-]+(?:\.[\w-]+){2,}(?:#[\w-]*)?")
"""A wikilink's target as Dendron names a note, by its place in a hierarchy,
`dendron.topic.graph-view` (a heading's anchor after `#`), or in another vault,
`dendron://vault/note`: never the words a link shows, in Obsidian's order or in Dendron's."""
DENDRON_TIMESTAMP = re.compile(r"\d{12,14}")
"""When a note was created or updated, as Dendron writes it in every note's front matter:
milliseconds since 1970, `1658332135180`."""


def is_dendron_note(variables: Mapping[str, str], text: str) -> bool:
    """Whether a page is a note of Dendron's, which writes a wikilink's words before its bar,
    `[[words|note.id]]`, the other way round from Obsidian: its front matter has an `id`
    and, as milliseconds (`DENDRON_TIMESTAMP`), `updated` and `created`; or it links to
    another vault, `dendron://`."""
    return "id" in variables and all(
        DENDRON_TIMESTAMP.fullmatch(variables.get(key, "")) for key in ("updated", "created")
    ) or "[[dendron://" in text or "|dendron://" in text


class MystAndObsidian(NotingPreprocessor):
    """MyST's targets (`(label)=`, a line of its own) and roles (`` {cite:p}`key` ``,
    `` {ref}`words <label>` ``): the targets go, a role's words stay, and a link with no
    words to a target (`[](#label)`) is the title of the heading it marks, as MyST fills it
    in (or, for a target on another page, its label's words). MyST's embeds (`![](#label)`)
    go, with a note: what they show is elsewhere on the site (one in MyST's guide to
    citations was a picture with no description, which `invoke check` failed). Obsidian's wikilinks
    (`[[Page]]`, `[[Page#Heading|words]]`, `[[#Heading]]`): their words, as Obsidian shows
    them (a link to a block, `[[Page#^038507]]`, the page's name); an embedded picture
    (`![[photo.jpg]]`) is a picture, described by the words after its bar (`![[photo.jpg|A
    photo of the ward|300]]`, its size left aside) or else by its name; an embedded note, or
    a part of one, on a line of its own (`![[Refund policy#^discount]]`) goes, with a
    warning, as its words are another note's. Obsidian's block identifiers
    (`^038507` ending a paragraph) go, as Obsidian hides them. Dendron's wikilinks hold
    their words before the bar, `[[graph view|dendron.topic.graph-view]]`, in a Dendron note
    (`is_dendron_note`), and a target that names a note as Dendron does (`DENDRON_TARGET`)
    is no words anywhere: Dendron's help on front matter (sweep BM, dendron.topic.frontmatter
    lines 35-63) printed and said "Used to label nodes in dendron.topic.graph-view"."""

    def __init__(self, md: Markdown, variables: Mapping[str, str] | None = None):
        super().__init__(md)
        self.variables = variables or {}

    def run(self, lines: list[str]) -> list[str]:
        dendron = is_dendron_note(self.variables, "\n".join(lines))
        titles = {label: heading for label, heading in
                  MYST_TARGETED_HEADING.findall("\n".join(lines))}

        def link_words(found: re.Match) -> str:  # MyST's `[](#label)`: the target's title
            label = found.group(1)
            return titles.get(label) or re.sub(r"[\W_]+", " ", label.split(":")[-1]).strip()

        def embed(found: re.Match, text: str, first: int) -> str:
            self.note(line_of(text, found.start(), first),
                      f"MyST's embed of '#{found.group(1)}' is left out: what it shows is "
                      "elsewhere on the site; copy its words here if the handout needs them")
            return ""

        def note_embed(found: re.Match, text: str, first: int) -> str:
            if PICTURE_FILE.search(found.group(1).split("#")[0].strip()):
                return found.group(0)
            self.note(line_of(text, found.start(), first),
                      f"a note's embed, '{found.group(1).strip()}', is left out: what it "
                      "shows is in another note; copy its words here", WARNING)
            return ""

        def change(text: str, first: int) -> str:
            text = MYST_EMBED.sub(lambda found: embed(found, text, first), text)
            text = OBSIDIAN_EMBED.sub(lambda found: note_embed(found, text, first), text)
            return BLOCK_ID.sub("", WIKILINK.sub(
                lambda found: self.wikilink(found, dendron), MYST_ROLE.sub(
                r"\1", EMPTY_LINK.sub(link_words, MYST_TARGET.sub(
                    "", VITEPRESS_TOC.sub("[TOC]", text))))))

        return outside_code(lines, keeping_code_spans(change))

    @staticmethod
    def wikilink(found: re.Match, dendron: bool = False) -> str:
        embed, page, heading, words = found.groups()
        page, heading = page.strip(), (heading or "").strip()
        if not embed and page and words and (dendron or DENDRON_TARGET.fullmatch(
                words.strip())):
            return page  # Dendron's `[[graph view|dendron.topic.graph-view]]`
        last = re.split(r"[./]", page.split("#")[0])[-1]
        if not embed and not words and DENDRON_TARGET.fullmatch(page) \
                and re.search(r"[^\W\d_]", last):
            # `[[dendron.topic.graph-view]]`: the note by the last part of its name, "graph
            # view", as Dendron titles it, where the whole id was printed and said
            return last.replace("-", " ")
        if heading.startswith("^"):  # a block's identifier, not words: "[[Note#^038507]]"
            heading = ""
        if embed and PICTURE_FILE.search(page):
            # `![[map.png|A map of the clinic|300]]`: its words describe it, a size does not
            described = [part.strip() for part in (words or "").split("|")
                         if part.strip() and not re.fullmatch(r"\d+(?:x\d+)?", part.strip())]
            name = described[0] if described else PICTURE_FILE.sub("", PurePosixPath(page).name)
            return f"![{name}]({page.replace(' ', '%20')})"
        if words and words.strip():
            return words.strip()
        return ", ".join(part for part in (page, heading) if part)


OBSIDIAN_COMMENT = re.compile(r"(`+).+?\1|%%(.*?)%%", re.S)
"""Obsidian's comment, `%%...%%` in a line or over lines of their own, which Obsidian shows
only while editing; or a code span, which keeps its text."""


class ObsidianComments(NotingPreprocessor):
    """Obsidian's comments (`%%...%%`, in a sentence, in a table cell, or over lines of
    their own) go, as Obsidian's reading view and its exports leave them out; a comment
    over lines is noted, since it may hide a part the author will want back.

    The Obsidian Tasks guide comments out a part, "#### Duplicate `id` values" and its
    paragraphs, between two lines of `%%`: its heading was printed, bookmarked and read,
    with "%%" said before and after; a table's cells read "%%2%%TODO"."""

    def run(self, lines: list[str]) -> list[str]:
        def comment(found: re.Match, text: str, first: int) -> str:
            if found.group(1):
                return found.group(0)
            if "\n" in found.group(2).strip():
                self.note(line_of(text, found.start(), first), "an Obsidian comment "
                          "(%%) over several lines is left out, as Obsidian leaves it out "
                          "of reading view")
            return keep_lines(found.group(0), "")

        return outside_code(lines, lambda text, first: OBSIDIAN_COMMENT.sub(
            lambda found: comment(found, text, first), text))


COMMENT_LINE = re.compile(r"[ ]{0,3}\[(?:comment|//|_|#)\]:[ \t].*", re.I)
"""A line written as a comment in Markdown, a link's definition under a label no text uses
(`[comment]: …`, `[//]: # (…)`), which a site's Markdown leaves out whatever follows."""


class CommentLines(Preprocessor):
    """Comment lines (`COMMENT_LINE`) go, however they go on, as kramdown leaves them out:
    a church's sermon page (sweep CR, stgeorges-sermon line 6) told its editors "[comment]:
    Please maintain the follow structure", and "[comment]: ## Bible Reading", which are no
    links' definitions, and they filled the title's track and the first page, "comment:
    hash hash Bible Reading", with only a note of "links to '--------' kept as words"."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, first: "\n".join(
            "" if COMMENT_LINE.fullmatch(line) else line for line in text.split("\n")))


TAG_LINE = re.compile(r"[ ]{0,3}#[^\W\d_][\w/-]*(?:[ \t]+#[^\W_][\w/-]*)*[ \t]*")
"""A line of tags alone, as Obsidian and Bear file a note (`#health #patient-info`): a `#`
and a word with no space between, which is no heading on GitHub, in Obsidian or in
CommonMark, but was one to Python-Markdown. One tag alone is one only in lower case: a
line "#Introduction" is a heading written without its space."""


HACKMD_TAGS = re.compile(r"[ ]{0,3}#{1,6}[ \t]+tags:(?:[ \t]+`[^`\n]*`)+[ \t]*", re.I)
"""HackMD's and CodiMD's tags, a heading of tags in code spans (`###### tags: `meeting
notes``): the first line of a team's minutes, which became the handout's title, "tags:
meeting notes TODO?", printed and said first, its own title made a section under it."""


class TagLines(NotingPreprocessor):
    """A line of Obsidian's or Bear's tags alone (`TAG_LINE`), or HackMD's (`HACKMD_TAGS`),
    goes, with a note: the tags file the note for its writer, and Python-Markdown made the
    line a heading, "health #asthma", printed at 28 points, bookmarked and read as a part
    of the handout. A tag among a sentence's words stays, as written."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        for index, line in enumerate(lines):
            if not mask[index] and (HACKMD_TAGS.fullmatch(line) or TAG_LINE.fullmatch(line) and
                                    (line.count("#") > 1 or line.strip() == line.strip().lower())):
                self.note(index, f"a line of tags, '{line.strip()}', is left out: tags file "
                                 "a note for its writer, and are no heading")
                lines[index] = ""
        return lines


QUOTE_WORDS = re.compile(r"^((?:[ \t]*>[ \t]?)++)(.*)$")
"""A quote's line: its markers ("> > ") and its words."""
HACKMD_BADGE = re.compile(r"[ \t]*\[(name|time|color)=([^\]\n]*)\]", re.I)
"""HackMD's (and CodiMD's) tags in a quote, `[name=JenHao]`, `[time=Mon, Dec 26, 2022 4:21
PM]`, `[color=#3b75c6]`, which it shows as a name's and a time's badges and a coloured bar."""


class HackMDBadges(Preprocessor):
    """HackMD's tags in a quote (`HACKMD_BADGE`) are what HackMD shows: a comment's colour,
    `[color=#3b75c6]`, goes, as it only colours the bar; its writer's name and time are
    kept as a signature after the words, "— JenHao, Mon, Dec 26, 2022 4:21 PM", the time
    said as any date and time are; and a quote that held tags alone and is left empty goes.
    A note's comments (sweep BA, repro hackmd), "> [name=JenHao]", "> [time=Mon, Dec 26,
    2022 4:21 PM]", "> Leave in-line comments! [color=#3b75c6]", printed their brackets
    and were said "name=JenHao", "color= 3b75c6". A tag outside a quote is no tag to HackMD,
    and stays as written."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        emptied = []
        for index, line in enumerate(lines):
            quoted = None if mask[index] else QUOTE_WORDS.match(line)
            if quoted and HACKMD_BADGE.search(quoted.group(2)):
                lines[index] = quoted.group(1) + self.signed(quoted.group(2))
                if not lines[index].replace(">", "").strip():
                    emptied.append(index)
        for index in emptied:  # the quote goes if the tags held all its words
            start, end = index, index
            while start > 0 and QUOTE_LINE.match(lines[start - 1]):
                start -= 1
            while end + 1 < len(lines) and QUOTE_LINE.match(lines[end + 1]):
                end += 1
            if not any(line.replace(">", "").strip() for line in lines[start:end + 1]):
                lines[start:end + 1] = [""] * (end + 1 - start)
        return lines

    @staticmethod
    def signed(words: str) -> str:
        """A quote's `words` with HackMD's tags in place of what HackMD shows of them."""
        tags = {kind.lower(): value.strip() for kind, value in HACKMD_BADGE.findall(words)}
        signature = ", ".join(value for value in (tags.get("name"), tags.get("time")) if value)
        if tags.get("name"):
            signature = "— " + signature
        return " ".join(part for part in (HACKMD_BADGE.sub("", words).strip(), signature)
                        if part)


NUMBER_SIGN = re.compile(rf"^({BLOCK_START}(?:[-*+][ \t]+)?)#(?=\d|[a-z][\w-]*[ \t]+\S)")
"""A line (or a quote's line, or a list item) that opens with a number sign before a
digit, "#1 tip: keep warm at night", "#10 Downing Street", or before a tag in lower case
and more words, as notes taken in HackMD mark theirs ("- #action back-fill the notes",
"#reminder bring your photo ID"), which were headings at 28 points, their sign lost."""


class NumberSigns(Preprocessor):
    """A line that opens with a number sign and a digit (`NUMBER_SIGN`) keeps its sign as
    a character: a numbered tip copied from a blog, a chatbot's answer or a social post
    ("#1 tip: keep warm at night"). It is no heading on GitHub or in CommonMark, where a
    heading's `#` marks are followed by a space; Python-Markdown made it one, printed at
    28 points, bookmarked, narrated as a section of its own and its sign lost ("1 tip:
    keep warm at night"). "#Introduction", a heading typed without its space, stays one."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        return [line if mask[index] else NUMBER_SIGN.sub(r"\1\\#", line)
                for index, line in enumerate(lines)]


# --- MyST directives in backtick fences ------------------------------------------------------

MYST_DIRECTIVE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[ \t]*\{([\w-]+)\}[ \t]*(.*?)[ \t]*$")
MYST_CODE = frozenset({"code", "code-block", "sourcecode", "code-cell"})
MYST_PICTURES = frozenset({"figure", "image"})
MYST_FIGURE_REFERENCE = re.compile(r"\{ref\}`([\w:.-]+)`")
"""MyST's reference by a label alone, `` {ref}`fig:map` ``, which prints the target's title."""
MYST_BLOCKS = MYST_CODE | MYST_PICTURES | {"list-table", "glossary"}
"""MyST's directives, other than admonitions, that are read as what they show."""
MYST_CALLOUTS = {**{name: name for name in CALLOUT_LABELS}, "seealso": "note",
                 "admonition": "note"}
"""MyST's admonition directives, and the callout each is printed as."""
MYST_CONTAINERS = frozenset({"tab-set", "tab-item", "dropdown", "card", "grid", "grid-item",
                             "grid-item-card", "div", "container", "margin", "sidebar",
                             "topic", "epigraph", "pull-quote", "highlights"})
"""MyST's (and sphinx-design's) directives that hold the page's words: as colon fences
(`:::{tab-item} Ubuntu`) they are boxes labelled with their titles, or plain blocks."""
MYST_COLON_GLOSSARY = re.compile(r"^[ \t]*(:{3,})[ \t]*\{glossary\}[ \t]*$")
"""MyST's glossary in a colon fence, `:::{glossary}`: terms and their definitions."""
LIST_TABLE_ROW = re.compile(r"^[ \t]*[*-][ \t]+-[ \t]+(.*)$")
LIST_TABLE_CELL = re.compile(r"^[ \t]*-[ \t]+(.*)$")


class MystDirectives(Preprocessor):
    """MyST's directives in backtick fences (```` ```{warning} ````, ```` ```{code} yaml ````,
    ```` ```{figure} path ````, ```` ```{list-table} Title ````), whose `:option:` lines
    are MyST's, not the page's: an admonition is a callout (its content still read, for
    directives inside it), and so is a container of words (```` ````{tab-set} ```` holding
    ```` ```{tab-item} Ubuntu ````, `{dropdown}`, `{card}`: `MYST_CONTAINERS`, which were
    printed as code with their inner fences, and read as "Code example"), code is code in
    its language, a figure is a picture with its caption, a list table is a table, a glossary
    a definition list. Other names (Quarto's `{r}`, `{python}`) are left
    to `ExecutableChunks`, and fences inside other code are left alone (docs show the
    syntax in them). A reference to a figure of the page by its `name`, `` {ref}`fig:map` ``,
    is the figure's caption, as MyST prints it: a Jupyter Book write-up's
    "({ref}`fig:find_ipynb_link`)" was printed "(fig:find_ipynb_link)" (sweep CZ)."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        captions: dict[str, str] = {}  # each named figure's, for the references to it
        closing: list[tuple[str, str]] = []  # open admonitions: their fence and indent
        index = 0
        while index < len(lines):
            line = lines[index]
            if closing and closes_fence(line, closing[-1][0]):
                result[index] = f"{closing.pop()[1]}:::"
                index += 1
                continue
            colons = MYST_COLON_GLOSSARY.match(line)
            if colons:  # `:::{glossary}`, closed by as many colons
                end = index + 1
                while end < len(lines) and not re.fullmatch(
                        rf"[ \t]*{colons.group(1)}:*[ \t]*", lines[end]):
                    end += 1
                self.glossary(lines, index, end, result)
                index = end + 1
                continue
            opening = MYST_DIRECTIVE.match(line)
            name = opening.group(3).lower() if opening else ""
            fence = FENCE.match(line)
            if fence and name not in MYST_CALLOUTS and name not in MYST_BLOCKS \
                    and name not in MYST_CONTAINERS:
                index = closing_line(lines, index, fence.group(1)) + 1  # code: left alone
                continue
            if not opening:
                index += 1
                continue
            indent, ticks, argument = opening.group(1, 2, 4)
            body = index + 1
            options, body = directive_options(lines, body, result)
            if name in MYST_CALLOUTS or name in MYST_CONTAINERS:
                result[index] = f"{indent}:::{{{name}}} {argument}".rstrip()
                closing.append((ticks, indent))
                index = body
                continue
            end = closing_line(lines, index, ticks)
            content = lines[body:end]
            block = min(end + 1, len(lines)) - index  # lines from the opening to the close
            if name in MYST_CODE:  # the opening moves down over the options
                result[index] = ""
                result[body - 1] = f"{indent}{ticks}{argument}"
            elif name == "glossary":
                self.glossary(lines, index, end, result)
            else:
                made = self.picture(argument, options, content, name) if name in MYST_PICTURES \
                    else self.list_table(argument, options, content)
                if name == "figure" and options.get("name") and "".join(content).strip():
                    captions[options["name"]] = " ".join(" ".join(content).split())
                if made is not None and len(made) <= block:
                    result[index:index + block] = [f"{indent}{text}" if text else ""
                                                   for text in made] + [""] * (block - len(made))
                else:  # a table MyST itself would refuse: its rows as the list they are
                    result[index] = f"{indent}{argument}"
                    if end < len(lines):
                        result[end] = ""
            index = end + 1
        if not captions:
            return result
        return outside_code(result, lambda text, first: MYST_FIGURE_REFERENCE.sub(
            lambda found: captions.get(found.group(1), found.group(0)), text))

    @staticmethod
    def picture(source: str, options: dict[str, str], content: list[str],
                name: str) -> list[str]:
        caption = " ".join(" ".join(content).split()) if name == "figure" else ""
        alt = options.get("alt") or caption
        title = f' "{caption.replace(chr(34), chr(39))}"' if caption else ""
        return [f"![{alt}]({source.replace(' ', '%20')}{title})"]

    @staticmethod
    def glossary(lines: list[str], index: int, end: int, result: list[str]) -> None:
        """The glossary opened on line `index` and closed on line `end` as a definition
        list, line for line in `result`: its terms at its left margin, each definition's
        first line indented under them made `: ` and the rest set in four spaces, as
        Python-Markdown's definition lists are written; its fences and options go. The
        Python-GIS book's glossary (```` ```{glossary} ````, its definitions indented two
        spaces) was one code block of 237 lines, 51 pages of monospace, said as "Code
        example"."""
        content = lines[index + 1:end]
        indent = re.match(r"[ \t]*", lines[index]).group(0)
        margin = min((len(line) - len(line.lstrip()) for line in content if line.strip()),
                     default=0)
        made = [""]
        under = None  # the indent of the definition being read, None under a term
        for line in content:
            depth = len(line) - len(line.lstrip())
            if not line.strip() or DIRECTIVE_OPTION.match(line):
                made.append("")
            elif depth <= margin:
                made.append(f"{indent}{line.strip()}")
                under = None
            elif under is None:
                under = depth
                made.append(f"{indent}: {line[depth:].rstrip()}")
            else:
                made.append(f"{indent}    {line[min(depth, under):].rstrip()}")
        result[index:end + 1] = (made + [""])[:len(lines) - index]  # left open: to the end

    @staticmethod
    def list_table(title: str, options: dict[str, str], content: list[str]
                   ) -> list[str] | None:
        rows: list[list[str]] = []
        for line in content:
            row, cell = LIST_TABLE_ROW.match(line), LIST_TABLE_CELL.match(line)
            if row:
                rows.append([row.group(1).strip()])
            elif cell and rows:
                rows[-1].append(cell.group(1).strip())
            elif line.strip() and rows:
                rows[-1][-1] += " " + line.strip()
            elif line.strip():
                return None
        header = options.get("header-rows", "0").strip()
        if not rows or header != "1" or len({len(row) for row in rows}) != 1:
            return None
        cells = [[cell.replace("|", r"\|") for cell in row] for row in rows]
        table = [f"| {' | '.join(row)} |" for row in cells]
        table.insert(1, "|" + "---|" * len(rows[0]))
        return ([title, ""] if title else [""]) + table


# --- Pandoc fenced divs and Docusaurus admonitions -------------------------------------------

DIV_OPEN = re.compile(r"^[ \t]*(:{3,})[ \t]*(?:\{([^}]*)\}|([\w-]+)(?:\[([^\]]*)\])?)"
                      r"[ \t]*(.*?)[ \t]*:*[ \t]*$")
DIV_CLOSE = re.compile(r"^[ \t]*:{3,}[ \t]*$")
VITEPRESS_TAB = re.compile(r"^[ \t]*==[ \t]+(.*?)[ \t]*$")
DIRECTIVE_OPTION = re.compile(r"^[ \t]*:[\w-]+:(?:[ \t].*)?$")
MYST_YAML_OPTIONS = re.compile(r"^[ \t]*---[ \t]*$")
MYST_YAML_OPTION = re.compile(r"^[ \t]*([\w-]+):[ \t]*(.*?)[ \t]*$")


def directive_options(lines: list[str], start: int, result: list[str]
                      ) -> tuple[dict[str, str], int]:
    """The options of the MyST directive whose body starts on line `start`, blanked in
    `result`, and the line after them: `:alt: A robot` lines, or the same as YAML between
    two `---` lines, which MyST reads alike (`alt: A robot`). A Turing Way page's
    ```` ```{figure} ```` set its `height`, `name` and `alt` so, and they were printed,
    "Picture not available: --- height: 400px name: robot alt: …", and a ```` ```{note} ````'s
    `class: dropdown` a rule over a heading. A `---` without its closing line, or holding
    other than `key: value` lines, is the content's own."""
    options: dict[str, str] = {}
    end = start
    if start < len(lines) and MYST_YAML_OPTIONS.match(lines[start]):
        close = next((n for n in range(start + 1, len(lines))
                      if not MYST_YAML_OPTION.match(lines[n])), len(lines))
        if close < len(lines) and MYST_YAML_OPTIONS.match(lines[close]):
            for line in lines[start + 1:close]:
                key, value = MYST_YAML_OPTION.match(line).groups()
                options[key] = value.strip("\"'")
            result[start:close + 1] = [""] * (close + 1 - start)
            return options, close + 1
    while end < len(lines) and DIRECTIVE_OPTION.match(lines[end]):
        key, _, value = lines[end].strip()[1:].partition(":")
        options[key] = value.strip()
        result[end] = ""
        end += 1
    return options, end


ATTRIBUTE_BLOCK = re.compile(r"^\{[^}]*\}[ \t]*|[ \t]*\{[^}]*\}$")
"""The attributes of a block before its title (Starlight's `:::tip{icon="heart"}`) or after
it (VitePress' `::: details Opening hours {open}`, printed "Opening hours {open}")."""


MYST_OPENING_CONTENT = re.compile(r"[.!?…][\"'”’)*_]*$|\]\(")
"""The words after a MyST admonition's name that are its content, not its title: a sentence
or a link. MyST-Parser (Jupyter Book 1) reads them as content ("```{warning} Please note that
... [listed in the UBC Calendar](...)." was a title, its link's Markdown printed); mystmd
(Jupyter Book 2) as a title ("```{tip} Dealing with complex DOIs")."""


class FencedDivs(NotingPreprocessor):
    """`::: name` ... `:::`, nested or not: a callout when the name is one, else a plain
    block whose content is kept; but a Quarto profile's block (`shown_for_profile`) is kept
    only for the handout's language."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.lang = variables.get("lang", "")

    def run(self, lines: list[str]) -> list[str]:
        lines = self.vitepress_tabs(list(lines))
        mask = code_mask(lines)
        depth = 0
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            opening = DIV_OPEN.match(line)
            if opening and opening.group(2) is not None \
                    and self.shown_for_profile(opening.group(2), index) is False:
                self.leave_out(lines, index, mask)
                continue
            if opening:
                attributes, name, bracket, rest = opening.group(2, 3, 4, 5)
                first_words = ""
                if attributes is not None and re.fullmatch(r"[\w-]+", attributes.strip()):
                    name = attributes.strip()  # MyST's `:::{admonition} Its title`
                    directive_options(lines, index + 1, lines)  # its `:class: dropdown`
                    if name.lower() in MYST_CALLOUTS and name.lower() != "admonition" \
                            and MYST_OPENING_CONTENT.search(rest or ""):
                        first_words, rest = rest, ""
                        name, rest = MYST_CALLOUTS[name.lower()], \
                            "See also" if name.lower() == "seealso" else ""
                elif attributes is not None:
                    classes = re.findall(r"\.([\w-]+)", attributes)
                    name = classes[0] if classes else ""
                    titled = re.search(r"\btitle=([\"'])(.*?)\1", attributes)
                    rest = titled.group(2) if titled else ""  # Quarto's `title="..."`
                rest = ATTRIBUTE_BLOCK.sub("", rest or "")
                label = (bracket or rest or "").strip() or None
                kind = (name or "").lower()
                if kind == "tabs":  # `::: tabs key:os`: its tabs are its boxes
                    label = None
                if kind == "list-table" and self.list_table(lines, index, attributes or "",
                                                            label or ""):
                    continue
                if kind.startswith("callout-"):  # Quarto's callouts
                    kind = kind.removeprefix("callout-")
                    label = label or self.heading_title(lines, index, mask)
                depth += 1
                lines[index] = (callout_div(kind, label) if kind in CALLOUT_LABELS or label
                                else '<div markdown="1">') + first_words
            elif DIV_CLOSE.match(line) and depth:
                depth -= 1
                lines[index] = "</div>"
        return lines

    def vitepress_tabs(self, lines: list[str]) -> list[str]:
        """`lines` with the tabs of VitePress's `::: tabs` (vitepress-plugin-tabs), a line
        `== Title` over each, as tab callouts (`tab_div`), each closed before the next and
        at the set's `:::`. A manga reader's settings (sweep CD, mihon reader-settings.md
        line 17, six sets) printed "Swipe left for previous page. == Paged (left to right)
        Left-to-right…", each tab's title and words run into the last item of the one
        before, and the voice named no tab."""
        mask = code_mask(lines)
        sets: list[list[bool]] = []  # for each open div, [a tabs set, a tab of it open]
        index = 0
        while index < len(lines):
            opening = None if mask[index] else DIV_OPEN.match(lines[index])
            tab = VITEPRESS_TAB.match(lines[index]) if sets and sets[-1][0] else None
            if opening:
                sets.append([(opening.group(3) or "").lower() == "tabs", False])
            elif not mask[index] and DIV_CLOSE.match(lines[index]) and sets:
                if sets.pop()[1]:
                    lines.insert(index, "</div>")
                    mask.insert(index, False)
                    record_added(self.md, index, 1)
                    index += 1
            elif tab and not mask[index]:
                if sets[-1][1]:
                    lines[index:index + 1] = ["</div>", "", tab_div(tab.group(1))]
                    mask[index:index + 1] = [False] * 3
                    record_added(self.md, index + 1, 2)
                    index += 2
                else:
                    lines[index] = tab_div(tab.group(1))
                sets[-1][1] = True
            index += 1
        return lines

    @staticmethod
    def list_table(lines: list[str], index: int, attributes: str, title: str) -> bool:
        """Pandoc's list table (its `list-table` filter, which Quarto's guide uses), `:::
        {.list-table}` over a list of rows each a list of cells, put as the table it is in
        the place of its lines (`MystDirectives.list_table`; its first row the header, as
        the filter takes it): its cells were read as a flat list, "Fruit. Price. Apple.
        1.20". Whether it was made."""
        end = next((n for n in range(index + 1, len(lines))
                    if DIV_CLOSE.match(lines[n]) or DIV_OPEN.match(lines[n])), None)
        if end is None or not DIV_CLOSE.match(lines[end]):
            return False
        header = re.search(r"\bheader-rows=[\"']?(\d+)", attributes)
        table = MystDirectives.list_table(title, {"header-rows": header.group(1) if header
                                                  else "1"}, lines[index + 1:end])
        if table is None or len(table) > end - index:
            return False
        lines[index:end + 1] = [""] + table + [""] * (end - index - len(table))
        return True

    def shown_for_profile(self, attributes: str, index: int) -> bool | None:
        """Whether a Quarto block shown or hidden by profile (`.content-visible
        when-profile="de"`, `unless-profile`, `.content-hidden`) is for this handout, whose
        language is the profile's name: a study's consent form in German and English side
        by side was read whole, each paragraph twice, all in one voice. None where it is
        no such block, or the handout gives no language to choose by (all are kept, with
        a note)."""
        profile = re.search(r"\b(when|unless)-profile=([\"'])(.*?)\2", attributes)
        classes = re.findall(r"\.([\w-]+)", attributes)
        if not profile or not {"content-visible", "content-hidden"} & set(classes):
            return None
        if not self.lang:
            self.note(index, f"a block for the Quarto profile '{profile.group(3)}' is read "
                      "with every other profile's: give the handout's language ('lang: de') "
                      "to keep only the blocks of the profile named for it", WARNING)
            return None
        named = self.lang.split("-")[0].lower() in [
            name.strip().lower() for name in profile.group(3).split(",")]
        matches = named if profile.group(1) == "when" else not named
        return matches if "content-visible" in classes else not matches

    @staticmethod
    def leave_out(lines: list[str], index: int, mask: list[bool]) -> None:
        """Blank the fenced div that opens on line `index`, to its closing fence."""
        depth = 0
        for inner in range(index, len(lines)):
            if mask[inner]:
                lines[inner] = ""
                continue
            depth += 1 if DIV_OPEN.match(lines[inner]) else -1 if DIV_CLOSE.match(
                lines[inner]) else 0
            lines[inner] = ""
            if depth == 0:
                return

    @staticmethod
    def heading_title(lines: list[str], index: int, mask: list[bool]) -> str | None:
        """A Quarto callout's title, given as the heading its body starts with: taken out,
        where it was printed and said after the box's label ("Tip" / "Tip With Title")."""
        for following in range(index + 1, len(lines)):
            if not lines[following].strip():
                continue
            heading = re.match(r"[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*(?:\{[^}]*\}[ \t]*)?$",
                               lines[following])
            if heading and not mask[following]:
                lines[following] = ""
                return heading.group(1)
            return None
        return None


# --- Pandoc's Word styles on a <div> -------------------------------------------------------

WORD_STYLE_DIV = re.compile(r"^[ ]{0,3}<div\s+custom-style\s*=\s*([\"'])(.*?)\1\s*>(.*)$", re.I)
"""A `<div>` naming the Word style its content is given in a page written for Pandoc's Word
output (`<Div custom-style = "Heading 1">Introduction</div>`, as Public Health Scotland's
report templates write every heading, bullet and caption), and the words after it."""
DIV_TAG = re.compile(r"<(/?)div\b[^>]*>", re.I)
WORD_HEADING_STYLE = re.compile(r"heading[ \t]*([1-6])", re.I)
WORD_BULLET_STYLE = re.compile(r"(?:list[ \t]+)?bullet(?:[ \t]*([1-9]))?", re.I)
WORD_NUMBER_STYLE = re.compile(r"list[ \t]+number(?:[ \t]*([1-9]))?", re.I)


class WordStyleDivs(Preprocessor):
    """A `<div custom-style="...">` (`WORD_STYLE_DIV`) read as the knitted Word document
    shows it, since Pandoc's Word writer gives the div's content that style: a "Heading N"
    is a heading of level N, a "Bullet N" or "List Bullet" an item of a list at depth N
    (consecutive ones one list), a "List Number" a numbered one, and any other style an
    ordinary block whose content is Markdown. The title and subtitle styles are the
    handout's own where its front matter gives none (`sources.word_style_titles`). Public
    Health Scotland's end-of-life report (sweep BI, eol-report lines 258-275 and 303 on)
    printed its headings as paragraphs, one section of 3,212 words, its bullets as
    paragraphs, and its captions' `^p^` with their carets, as Python-Markdown reads no
    Markdown in a `<div>`."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result: list[str] = []
        index = 0
        while index < len(lines):
            opening = None if mask[index] else WORD_STYLE_DIV.match(lines[index])
            end = opening and self.closing(lines, index, opening.start(3))
            if end is None:
                result.append(lines[index])
                index += 1
                continue
            close, tail = end
            inner = [opening.group(3), *lines[index + 1:close + 1]]
            if close == index:
                inner = [opening.group(3)[:tail - opening.start(3)]]
                rest = opening.group(3)[tail - opening.start(3):]
            else:
                inner[-1], rest = inner[-1][:tail], inner[-1][tail:]
            rest = DIV_TAG.sub("", rest, count=1).strip()
            block = self.styled(opening.group(2).strip(), inner) + ([""] + [rest] if rest
                                                                    else [])
            # content that starts on the line after the `<div>` stays there, where the
            # notes name it: inline code on a bullet's line was named at the `<div>`'s,
            # one line early (sweep CZ, a PHS summary, lines 64 to 106)
            lead = len(list(itertools.takewhile(lambda line: not line.strip(), inner))) \
                if block else 0
            block = [""] * lead + block
            span = close - index + 1
            before = not lead and bool(result and result[-1].strip() and not result[
                -1].endswith(HELD_LINE_BREAK))
            after = close + 1 < len(lines) and bool(lines[close + 1].strip())
            parts = ([""] if before else []) + block + ([""] if after else [])
            if len(parts) > span and before:
                parts.pop(0)
                result[-1] += HELD_LINE_BREAK
            while len(parts) > span:  # its lines keep theirs, for the notes that name them
                parts[-2:] = [parts[-2] + HELD_LINE_BREAK + parts[-1]]
            result.extend(parts + [""] * (span - len(parts)))
            index = close + 1
        return result

    @staticmethod
    def closing(lines: list[str], index: int, start: int) -> tuple[int, int] | None:
        """The line of the `</div>` that closes the div opened on line `index` (its words
        from `start`), and where on it the tag starts; None if it is never closed."""
        depth = 1
        for number in range(index, len(lines)):
            for tag in DIV_TAG.finditer(lines[number], start if number == index else 0):
                depth += -1 if tag.group(1) else 1
                if depth == 0:
                    return number, tag.start()
        return None

    @staticmethod
    def styled(style: str, inner: list[str]) -> list[str]:
        """The Markdown lines of a div in Word's `style` whose content is `inner`."""
        content = [line.rstrip() for line in inner]
        while content and not content[0].strip():
            content.pop(0)
        while content and not content[-1].strip():
            content.pop()
        if not content:
            return []
        heading = WORD_HEADING_STYLE.fullmatch(style)
        if heading:
            words = " ".join(" ".join(content).split()).lstrip("#").strip()
            return ["#" * int(heading.group(1)) + " " + words]
        item = WORD_BULLET_STYLE.fullmatch(style) or WORD_NUMBER_STYLE.fullmatch(style)
        if item:
            depth = int(item.group(1) or 1)
            marker = "1. " if item.re is WORD_NUMBER_STYLE else "- "
            indent = "    " * depth
            return [indent[4:] + marker + content[0].strip(),
                    *(indent + line.strip() if line.strip() else "" for line in content[1:])]
        return content


# --- reStructuredText-style directives in Markdown ----------------------------------------

RST_DIRECTIVE = re.compile(r"^([ \t]*)\.\.[ \t]+([\w-]+)::[ \t]*(.*?)[ \t]*$")
RST_UNSHOWN = frozenset({"include", "toc", "contents", "meta", "raw", "only", "index"})


class RstDirectives(Preprocessor):
    """Directives written as reStructuredText writes them, which mistune's Markdown reads
    (France's mesconseilscovid writes its answers so): `.. note:: Its title`, then
    `:option:` lines, then the content indented under it. A callout's name makes a labelled
    box; an image or a figure is that picture; a table of contents or an include, which
    only the site can fill, goes; any other directive ("question") is its title in bold
    over its content. The content is taken out of its indent, so that it is read as the
    Markdown it is: it was a code block, its HTML printed and said as words ("div class")."""

    def run(self, lines: list[str]) -> list[str]:
        lines = list(lines)
        mask = code_mask(lines)
        index = 0
        while index < len(lines):
            opening = RST_DIRECTIVE.match(lines[index])
            if not opening or mask[index]:
                index += 1
                continue
            indent, name, title = opening.groups()
            name = name.lower()
            options = {}
            end = index + 1
            while end < len(lines) and DIRECTIVE_OPTION.match(lines[end]):
                key, _, value = lines[end].strip()[1:].partition(":")
                options[key] = value.strip()
                lines[end] = ""
                end += 1
            body = next((len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
                         for line in lines[end:] if line.strip()), 0)
            last = end
            for after in range(end, len(lines)):
                if lines[after].strip() and len(lines[after].expandtabs(4)) \
                        - len(lines[after].expandtabs(4).lstrip()) < max(body, len(indent) + 1):
                    break
                last = after + 1
            content = [indent + line.expandtabs(4)[body:] for line in lines[end:last]]
            if name in RST_UNSHOWN:
                opened, content, closed = [], [], []
            elif name in ("image", "figure"):
                opened, closed = [f"{indent}![{options.get('alt', '')}]({title})", ""], []
            elif name in CALLOUT_LABELS or name == "admonition":
                label = re.sub(r"<[^>]*>", "", title).strip()  # "4<sup>e</sup>" is "4e"
                opened = [indent + callout_div(name, label or None), ""]
                closed = ["", indent + "</div>", ""]
            else:
                opened, closed = ([f"{indent}**{title}**", ""] if title else []), [""]
            lines[index:last] = opened + content + closed
            mask[index:last] = [False] * (len(opened) + len(content) + len(closed))
            index += len(opened) + len(content) + len(closed)
        return lines


# --- MkDocs content tabs -------------------------------------------------------------------

CONTENT_TAB = re.compile(r'^([ \t]*)===[+!]*[ \t]+"(.*)"[ \t]*$')


class ContentTabs(Preprocessor):
    """MkDocs Material's content tabs (PyMdown's `tabbed`), `=== "Adults"` with the tab's
    content indented four spaces under it: each a tab callout (`tab_div`) whose content is
    taken out of its indent, so that it is read as the Markdown it is, not as a code
    block. The callout closes on the blank line after the content (or a line of its own
    at the end of the text)."""

    def run(self, lines: list[str]) -> list[str]:
        lines = list(lines)
        mask = code_mask(lines)
        index = 0
        while index < len(lines):
            opening = CONTENT_TAB.match(lines[index])
            if not opening or mask[index]:
                index += 1
                continue
            indent = opening.group(1).expandtabs(4)
            body = indent + "    "
            end = index + 1  # after the last line of the content
            for after in range(index + 1, len(lines)):
                if lines[after].expandtabs(4).startswith(body):
                    end = after + 1
                elif lines[after].strip():
                    break
            lines[index] = indent + tab_div(opening.group(2))
            for inner in range(index + 1, end):
                lines[inner] = indent + lines[inner].expandtabs(4)[len(body):]
            if end < len(lines) and not lines[end].strip():
                lines[end] = indent + "</div>"
            else:
                lines.insert(end, indent + "</div>")
                mask.insert(end, False)
            index = end + 1
        return lines


# --- GitHub alerts -----------------------------------------------------------------------

ALERT = re.compile(r"^([ \t]*)>[ \t]?\[!(\w+)\]([+-]?)[ \t]*(.*)$")


INTERRUPTS_PARAGRAPH = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|"
                                  + FENCE_MARK + r"|<|\||(?:[-*_][ \t]*){3,}$)")
"""A line that starts a block of its own, where a paragraph's line would go on lazily."""


class GitHubAlerts(Preprocessor):
    """`> [!NOTE]` quotes (GitHub, Obsidian, Hugo's alerts, titled or not): callouts. As
    in any quote, a line of its paragraph without the `>` goes on with it ("lazy"), as
    GitHub shows it: a notice's address broken onto such a line was printed outside it.
    Words after the kind that make a sentence or hold a link (`MYST_OPENING_CONTENT`) are
    the box's first words, under its kind's label: Obsidian's help on licences, "> [!info]
    Comprar una licencia comercial no incluye [Obsidian Sync](...)", printed its links'
    Markdown in the label."""

    def run(self, lines: list[str]) -> list[str]:
        changed = True
        while changed:  # an alert nested in an alert shows itself once the outer is open
            lines, changed = self.one_pass(lines)
        return lines

    def one_pass(self, lines: list[str]) -> tuple[list[str], bool]:
        mask = code_mask(lines)
        for index, line in enumerate(lines):
            found = ALERT.match(line)
            if not found or mask[index]:
                continue
            indent, kind, _, title = found.groups()
            lines = list(lines)
            end = index + 1
            while end < len(lines):
                if lines[end].lstrip().startswith(">"):
                    lines[end] = strip_quote(lines[end], 0)
                elif not (lines[end].strip() and lines[end - 1].strip() and not mask[end]
                          and not INTERRUPTS_PARAGRAPH.match(lines[end])):
                    break  # else a lazy line: the quote's paragraph goes on (CommonMark)
                end += 1
            opening = bool(MYST_OPENING_CONTENT.search(title.strip()))
            lines[index] = indent + callout_div(kind, title.strip() or None if not opening
                                                else None)
            if end < len(lines) and not lines[end].strip():
                lines[end] = indent + "</div>"
            else:
                lines.insert(end, indent + "</div>")
                self.added(end, 1)
            if opening:  # a sentence or a link: the box's first words, under its kind's label
                lines[index + 1:index + 1] = [indent + title.strip(), ""]
                self.added(index + 1, 2)
            return lines, True
        return lines, False

    def added(self, at: int, count: int) -> None:
        record_added(self.md, at, count)


# --- Zulip's help centre ------------------------------------------------------------------

ZULIP_TAB = re.compile(r"^[ \t]*\{(start_tabs|end_tabs|tab\|([\w-]+))\}[ \t]*$")
ZULIP_INCLUDE = re.compile(r"^[ \t]*\{!([\w./-]+)!\}[ \t]*$")
ZULIP_TABS = {"mac": "macOS", "ios": "iOS", "desktop-web": "Desktop/Web", "js": "JavaScript",
              "linux-with-apt": "Linux with APT", "disable": "Disabled"}
"""The titles Zulip's help centre shows for its tabs' keys that are no word capitalised
(`{tab|mac}` is "macOS"); any other key is its words, `{tab|most-systems}` "Most systems"."""


class ZulipHelp(NotingPreprocessor):
    """The marks of Zulip's help centre: its tabs, `{start_tabs}`, `{tab|mac}` …
    `{end_tabs}`, each a tab callout (`tab_div`) titled as Zulip titles it (`ZULIP_TABS`),
    and its includes, `{!app-will-update-tip.md!}`, whose words (a tip, a step) are the
    page's and not in the handout: left out with a warning (`words_not_included`), as a
    snippet whose file is there is. Zulip's desktop-app guide (sweep CD,
    desktop-app-install-guide.md lines 12-148) was printed "{start_tabs}", "{tab|mac}" and
    said "start tabs", "tab mac", "!app-will-update-tip.md!", its tip lost unwarned."""

    def run(self, lines: list[str]) -> list[str]:
        lines = list(lines)
        mask = code_mask(lines)
        tab_open = False
        index = 0
        while index < len(lines):
            if mask[index]:
                index += 1
                continue
            if include := ZULIP_INCLUDE.match(lines[index]):
                self.note(index, words_not_included(include.group(1), lines[index].strip()),
                          WARNING)
                lines[index] = ""
            elif tab := ZULIP_TAB.match(lines[index]):
                lines[index] = "</div>" if tab_open else ""
                if tab.group(2):  # a tab: its box opens under the one it closes
                    title = ZULIP_TABS.get(tab.group(2),
                                           tab.group(2).replace("-", " ").capitalize())
                    if tab_open:
                        lines[index + 1:index + 1] = ["", tab_div(title)]
                        mask[index + 1:index + 1] = [False, False]
                        record_added(self.md, index + 1, 2)
                        index += 2
                    else:
                        lines[index] = tab_div(title)
                tab_open = bool(tab.group(2))
            index += 1
        return lines


# --- Docsify's callouts -------------------------------------------------------------------

DOCSIFY_CALLOUT = re.compile(r"^([ ]{0,3})([!?])>[ \t]*(?=[^\s>])")
DOCSIFY_CALLOUTS = {"!": "important", "?": "tip"}
"""Docsify's callouts, a paragraph opened by `!>` (important) or `?>` (a tip), and the kind
of box each is."""


class DocsifyCallouts(Preprocessor):
    """Docsify's callouts, `?> In order for this method to work, …` and `!> **Do not**
    share your PIN`, are boxes labelled "Tip" and "Important" holding the paragraph they
    open (to a blank line, or a list or heading that interrupts it): the Wii U hacking
    guide's (sweep BF, wiiu-block-updates lines 11-28, wiiu-faq line 39) printed "?> In order
    …" and were said "? In order …", its note to the reader no different from its steps."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result: list[str] = []
        index = 0
        while index < len(lines):
            found = DOCSIFY_CALLOUT.match(lines[index]) if not mask[index] else None
            if found is None or (index and lines[index - 1].strip() and not mask[index - 1]
                                 and not ATX_HEADING.match(lines[index - 1])
                                 and not DOCSIFY_CALLOUT.match(lines[index - 1])):
                result.append(lines[index])  # within another paragraph: its words
                index += 1
                continue
            indent = found.group(1)
            end = index + 1
            while end < len(lines) and lines[end].strip() and not mask[end] \
                    and not INTERRUPTS_PARAGRAPH.match(lines[end]) \
                    and not DOCSIFY_CALLOUT.match(lines[end]):
                end += 1
            result += ["", indent + callout_div(DOCSIFY_CALLOUTS[found.group(2)]),
                       indent + lines[index][found.end():], *lines[index + 1:end],
                       indent + "</div>", ""]
            index = end
        return result


# --- Admonitions closed by a line of their own ---------------------------------------------

CLOSED_ADMONITION = re.compile(r"^([ \t]*)!!![ \t]+([\w-]+)(?:[ \t]+\"?(.*?)\"?)?[ \t]*$")
ADMONITION_CLOSE = re.compile(r"^[ \t]*!!![ \t]*$")


class ClosedAdmonitions(Preprocessor):
    """An admonition closed by a line `!!!` of its own, its words indented less than
    MkDocs' four spaces, as the NHS's beta health pages write their care cards: `!!! severe`,
    `  ## Call 999 or go to A&E if`, the list, `!!!`. Python-Markdown found an empty box,
    and its words after it, ending "... rapid !!!"; the heading started a section of its
    own. It is the box, labelled as its kind (`severe`: "Immediate action required", as
    the NHS labels its red care cards), its words unindented."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result: list[str] = []
        index = 0
        while index < len(lines):
            found = CLOSED_ADMONITION.match(lines[index]) if not mask[index] else None
            end = next((n for n in range(index + 1, len(lines)) if not mask[n] and (
                ADMONITION_CLOSE.match(lines[n]) or CLOSED_ADMONITION.match(lines[n]))),
                None) if found else None
            if found is None or end is None or not ADMONITION_CLOSE.match(lines[end]):
                result.append(lines[index])
                index += 1
                continue
            indent, kind, title = found.groups()
            body = textwrap.dedent("\n".join(lines[index + 1:end])).split("\n")
            result += [indent + callout_div(kind, title or None), "", *body, "",
                       indent + "</div>"]
            index = end + 1
        return result


# --- Raspberry Pi Foundation projects ------------------------------------------------------

PROJECT_MARK = re.compile(r"---[ \t]*/?[ \t]*[a-z][a-z-]*[ \t]*---")
PROJECT_MARKER = re.compile(r"^([ \t]*)---[ \t]*(/?)[ \t]*([a-z][a-z-]*)[ \t]*---[ \t]*$")
"""A block's mark in a Raspberry Pi Foundation project's step (projects.raspberrypi.org,
whose Code Club projects libraries run): `--- task ---` ... `--- /task ---`, `---collapse---`."""
PROJECT_CLOSING_AFTER_WORDS = re.compile(r"(?<=\S)[ \t]+(---[ \t]*/[ \t]*[a-z][a-z-]*"
                                         r"[ \t]*---)[ \t]*$")
"""A block's closing mark written at the end of its last line ("... in Scratch --- /collapse
---"), as some translations have it."""
PROJECT_BOXES = frozenset({"task", "hints", "hint", "challenge", "collapse"})
"""The blocks printed and said as a box, labelled with their kind or (a part to open) the
title its own front matter gives."""


class ProjectBlocks(Preprocessor):
    """A Raspberry Pi Foundation project's blocks: a task, hints, a challenge and a part to
    open (`collapse`, titled by a front matter of its own, `---`, `title: What you will
    need`, `---`) are boxes; what is only for the web (`no-print`: a Scratch project to
    play, a video) is left out, and what is only for print (`print-only`) kept; a `code`
    block's front matter (its language, its file's name) goes, its code stays; any other
    mark goes, its words kept. The marks were printed and said ("--- task ---"), a part's
    title was a heading with an MP3 of its own, and the web's video left a hole."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(PROJECT_MARK.search(line) for line in lines):
            return lines  # most pages: no line to split, no mask to make
        mask = code_mask(lines)
        lines = [PROJECT_CLOSING_AFTER_WORDS.sub(r"\n\1", line) if not mask[n] else line
                 for n, line in enumerate(lines)]
        lines = "\n".join(lines).split("\n")
        mask = code_mask(lines)
        result: list[str] = []
        dropping = 0
        index = 0
        while index < len(lines):
            line = lines[index]
            found = PROJECT_MARKER.match(line) if not mask[index] else None
            index += 1
            if not found:
                if not dropping:
                    result.append(line)
                continue
            indent, closing, kind = found.groups()
            if closing:
                if kind == "no-print":
                    dropping = max(0, dropping - 1)
                elif not dropping:
                    result.append(f"{indent}</div>" if kind in PROJECT_BOXES else "")
                continue
            if kind == "no-print":
                dropping += 1
                continue
            front, index = self.front_matter(lines, index)
            if dropping:
                continue
            if kind in PROJECT_BOXES:
                # a task's box is an exercise's: the class `task` is a to-do's mark, in bold
                box = {"task": "exercise", "collapse": "note"}.get(kind, kind)
                label = front.get("title") or {"task": "Task", "collapse": "More"}.get(kind)
                result += [indent + callout_div(box, label), ""]
            else:
                result.append("")
        return result

    @staticmethod
    def front_matter(lines: list[str], index: int) -> tuple[dict[str, str], int]:
        """The `key: value` lines between two `---` lines that start at `index` (a part's
        title, a code block's language), and the line after them; or none."""
        start = index
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start >= len(lines) or lines[start].strip() != "---":
            return {}, index
        end = start + 1
        fields = {}
        while end < len(lines) and lines[end].strip() != "---":
            key, colon, value = lines[end].partition(":")
            if not colon:
                return {}, index
            fields[key.strip().lower()] = value.strip().strip("\"'")
            end += 1
        return (fields, end + 1) if end < len(lines) else ({}, index)


# --- Google Docs' "Docs to Markdown" add-on ------------------------------------------------

GD2MD_ALERTS = re.compile(r"^<p style=\"color: red; font-weight: bold\">>>>>>  gd2md-html alert:"
                          r".*?>>>>> PLEASE check and correct alert issues.*?</p>[ \t]*$"
                          r"|^[ \t]*<p id=\"gdcalert\d+\" ?>.*?</p>[ \t]*$", re.M | re.S)
"""The add-on's alerts to the author: its summary of them (from "gd2md-html alert: ERRORs"
to "PLEASE check and correct alert issues ...</p>") and each inline alert, a red
`<p id="gdcalert1" >` on a line of its own."""


GD2MD_PICTURE = re.compile(r"!\[alt_text\]\(([^()\s]+)(?:[ \t]+\"image_tooltip\")?\)")
"""A picture the add-on wrote without a description: its placeholders, "alt_text" and the
title "image_tooltip"."""
GD2MD_TOOLTIP = re.compile(r"(!\[[^\]\n]*\]\([^()\s]+)[ \t]+\"image_tooltip\"\)")
"""The add-on's placeholder title on a picture its author described, which a missing
picture's box now says as its caption (`images.replace_with_box`): "The Docker whale.
Caption: image tooltip"."""


SPACE_BEFORE_CLOSING = re.compile(r"(`+).+?\1|(?<![^\s(\[])(\*\*)(?=\S)([^*_`|\n]*?[^\s|])"
                                  r"(?:([ \t])\2(?=\w)|[ \t]+\2(?=[ \t]*(?:\||$)))", re.M)
"""Bold whose closing asterisks follow the space after its last word, `**Install Docker
**using`, as Google Docs writes a bold word with the space after it in bold. Its opening
asterisks start a word: the closing ones of `**SSH Setup**: Check it. **Do not skip
this.**` are not an opening. Not underscores, which Google Docs does not write, and which
begin names: a privacy notice's cookies, "__utma, __utmb", were bold "utma,". Not across a
table's border, nor over the spaces between a table's columns: an Italian manual's grid
table header, "| **SPEDIZIONI | **COSTI ASSOCIATI", was made "|** COSTI", and its table
of prices' "**FINO   **VALORE**" "**FINO**   VALORE**", both printing their asterisks.
Before a line's end or a table cell's border, where they open nothing, the closing
asterisks may follow any spaces: a club's fundraising table, "| **£ .  ** |", and its
"Total raised: **£722.09 **" printed their asterisks."""

SPACE_AFTER_OPENING = re.compile(r"(`+).+?\1|(?<![^\s(\[])\*\*[ \t]+"
                                 r"([^\s*|`](?:[^*`|\n]*?[^\s*|`])?)"
                                 r"(?=\*\*(?![\w*])|[ \t]+\*\*(?=[ \t]*(?:\||$)))", re.M)
"""Bold whose opening asterisks are followed by a space, `** Boots (28 Petty Cury) - …
open until 6pm.**`, as a student union's list of pharmacies writes it: CommonMark opens
no bold there, and the item printed its asterisks. As `SPACE_BEFORE_CLOSING` has it the
other way round, the bold must close on its line, after a word and before no word, or
after spaces at the line's end or a table cell's border: a sum's `2 ** 3`, a list's `* `
bullet and asterisks that close nothing stay as written."""


class DocsToMarkdown(NotingPreprocessor):
    """What Google Docs' "Docs to Markdown" add-on writes for the author, not the reader,
    goes: its red alerts ("gd2md-html alert: inline image link here ... (Back to top)(Next
    alert)"), which a course's Docker instructions printed and said before each picture,
    and the placeholder it gives a picture with no description, "alt_text", which they
    printed and said as its description; where an alert stands for an equation that the
    add-on could not carry over, the lint warns that it is missing. Bold that Google Docs
    closed after a space is closed before it, where CommonMark can read it: the same
    instructions printed "**Install Docker **using the instructions", and a fundraising
    table "| **£ .  ** |" (`SPACE_BEFORE_CLOSING`); and so is bold opened before a space
    (`SPACE_AFTER_OPENING`)."""

    def run(self, lines: list[str]) -> list[str]:
        def drop_alert(found: re.Match[str], text: str, first: int) -> str:
            if "gd2md-html alert: equation" in found.group():
                self.note(line_of(text, found.start(), first),
                          "Docs to Markdown could not carry over an equation here and left "
                          "an alert in its place, which is left out: write the equation in "
                          "its place (as $...$ TeX maths, or in words)", WARNING)
            return "\n" * found.group().count("\n")

        def change(text: str, first: int) -> str:
            text = GD2MD_ALERTS.sub(lambda found: drop_alert(found, text, first), text)
            text = SPACE_AFTER_OPENING.sub(lambda found: found.group() if found.group(1) else
                                           "**" + found.group(2), text)
            text = SPACE_BEFORE_CLOSING.sub(lambda found: found.group() if found.group(1) else
                                            "".join(found.group(2, 3, 2)) +
                                            (found.group(4) or ""), text)
            return GD2MD_TOOLTIP.sub(r"\1)", GD2MD_PICTURE.sub(r"![](\1)", text))
        return outside_code(lines, change)


# --- A table of contents exported with its pages -------------------------------------------

CONTENTS_ENTRY = re.compile(r"^[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+)?(?:\*\*|__)?"
                            r"(?:\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]"
                            r"\((https?://[^()\s#]*)?\\?#(?:[^()\s]|\([^()\s]*\))*\)"
                            r"|<a[ \t]+href=[\"'](https?://[^\"'\s#]*)?#[^\"'\s]*[\"'][ \t]*>"
                            r"([^<>\n]+)</a>)"
                            r"(?:\*\*|__)?(?:&nbsp;)?[ \t]*\\?$")
"""A line that is one link to a heading of the page, or a list's item that is one: an entry
of a table of contents. The link may give the page's own address before the heading's, as a
README's contents do on GitHub ("[Preface](https://github.com/…/Guide#preface)"), and may
be HTML's, `<a href="#spl-heading-1">¿Cuándo es…?</a>`, as Spotlight PA's Hugo site writes
its contents (`entry_words`, `entry_page`). Google Docs' "Download → Markdown" escapes the
`#`, `[Heading IDs](\\#heading-ids)`, and keeps a heading's brackets in its address,
`(\\#special-characters-(feature-request))`, and its "Docs to Markdown" links to a
bookmark, `(#bookmark=kix.5i78uta9c8sf)` (sweep CS, test-export lines 11-67 and
handbook lines 7-18: 30 entries printed in square brackets, as if broken, and read in the
title section; a handbook's "Index" its first section, a second contents under the PDF's)."""


def entry_words(entry: re.Match[str]) -> str:
    """The words of a contents' entry (`CONTENTS_ENTRY`), a Markdown link's or an HTML one's."""
    return entry[1] if entry[1] is not None else entry[4]


def entry_page(entry: re.Match[str]) -> str | None:
    """The page's address before the heading's in a contents' entry (`CONTENTS_ENTRY`), if any."""
    return entry[2] or entry[3]


PAGE_NUMBER = re.compile(r"\t[ \t]*(?:\*\*|__)?(?:\d{1,4}|[ivxlc]{1,6})(?:\*\*|__)?[ \t]*$", re.I)
"""The end of an entry's words as Google Docs ("Download as Markdown") and converters of
Word documents write it: a tab and the page number the heading was on there."""

CONTENTS_LABELS = frozenset({
    "contents", "table of contents", "table of content", "content", "índice",
    "índice de contenido", "índice de contenidos", "contenido", "contenidos",
    "tabla de contenidos", "tabla de contenido", "conteúdo", "sumário", "sumario",
    "table des matières", "sommaire", "inhalt", "inhaltsverzeichnis", "indice", "sommario",
    "spis treści", "содержание", "оглавление", "зміст", "cuprins", "içindekiler", "inhoud",
    "inhoudsopgave", "mục lục", "目录", "目錄", "目次", "목차", "차례", "فهرست",
    "فهرست مطالب", "المحتويات", "جدول المحتويات", "תוכן העניינים", "תוכן עניינים",
    "turinys", "sadržaj", "садржај", "съдържание", "saturs", "clár", "clár ábhair",
    "aurkibidea", "përmbajtja", "tabela e përmbajtjes", "содржина", "efnisyfirlit", "werrej",
    "vsebina", "kazalo", "obsah", "índice de contidos", "contidos", "táboa de contidos",
    "sisukord", "sisällys", "sisällysluettelo", "innehåll", "innehållsförteckning", "indhold",
    "indholdsfortegnelse", "innhold", "innholdsfortegnelse", "tartalom", "tartalomjegyzék",
    "περιεχόμενα", "índex", "sumari", "змест", "cynnwys", "daftar isi", "isi kandungan",
    "yaliyomo", "สารบัญ", "विषय सूची", "সূচিপত্র", "բովանդակություն", "სარჩევი"})
"""What a table of contents is called above it, in the languages the handouts are in: a
Lithuanian petition's "## Turinys" (sweep BG, lt-smaukykla) stayed, an empty section said
"Turinys", when its list went, as the label was known in English, Spanish and a dozen
more only; CLDR's and the languages' own words for it are added for those espeak-ng reads."""
GOOGLE_DOCS_LABELS = frozenset({"index"})
"""What a table of contents is called above links to a Google Docs document's own headings
or bookmarks (`GOOGLE_DOCS_ENTRY`), as a company handbook (sweep CS, handbook line 7)
calls its contents "## **Index**": elsewhere an "Index" may be a page's list of the
sections of a list, which is taken as its title (free-programming-books')."""
GOOGLE_DOCS_ENTRY = re.compile(r"\]\((?:\\#|#(?:bookmark|heading)=)")
"""A link to a heading as Google Docs' "Download → Markdown" writes it, its `#` escaped,
or to a bookmark or heading as "Docs to Markdown" does, `(#bookmark=kix.5i78uta9c8sf)`."""

MARKER_COMMENT = re.compile(r"[ \t]*<!--(?:(?!-->).)*-->[ \t]*")
"""A comment alone on its line, as a contents generator marks where it writes the list
between its label and the list (`<!-- TOC-START -->`, a Lithuanian petition's), and where
the list ends (`<!-- TOC END -->`)."""
LABEL_MARKS = re.compile(r"^[ \t]*#{0,6}[ \t]*|[ \t]*\{#[^}\n]*\}[ \t]*$|\*\*|__|\\$|:[ \t]*$")


HEADING_ATTRIBUTE = re.compile(r"[ \t]*\{#[^}\n]*\}[ \t]*$")
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
"""A heading written with its level's hashes, and its words."""
HTML_HEADING = re.compile(r"^ {0,3}<h[1-6](?:\s[^<>]*)?>(.+?)</h[1-6]>[ \t]*$", re.I)
"""A heading written in HTML on a line of its own, `<h2 id="spl-heading-1">…</h2>`, and its
words."""


class CopiedContents(NotingPreprocessor):
    """A table of contents that came with the page from another layout goes, with its
    label ("Table of Contents", "Índice", "# **Contents**"): Google Docs' "Download as
    Markdown" and the tools that turn a Word document into Markdown write each entry as a
    link to its heading with the page it was on there (`[Side effects\t4](#side-effects)`).
    Those are not the handout's pages: printed, they send a reader to the wrong page, and
    read aloud they are a list of headings and numbers. The PDF has contents of its own,
    with its own page numbers, and the audio a file per section. It takes two entries with
    page numbers, among lines that are each one link to a heading, to make one. It runs
    before Python-Markdown turns tabs into spaces, as the tab is what tells an entry's page
    number from a heading's own last word ("[Stage 2](#stage-2)"). A list of links to the
    page's headings under its label ("## Table of Contents") goes too, page numbers or
    none: a Parkinson's guide's contents were printed again under the PDF's own, and read
    aloud before the guide began."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        index = 0
        while index < len(lines):
            end, numbered, entries, last, docs = index, 0, 0, index, False
            pages = set()  # the addresses before the entries' headings: one page's, or none
            while end < len(lines) and not mask[end] and (
                    not lines[end].strip() or (entry := CONTENTS_ENTRY.match(lines[end]))):
                if lines[end].strip():
                    numbered += bool(PAGE_NUMBER.search(entry_words(entry)))
                    entries += 1
                    last = end
                    pages.add(entry_page(entry))
                    docs = docs or bool(GOOGLE_DOCS_ENTRY.search(lines[end]))
                end += 1
            if len(pages) > 1:  # links to parts of several pages: a list of links
                index = max(end, index + 1)
                continue
            label = index - 1
            while label >= 0 and (not lines[label].strip()
                                  or MARKER_COMMENT.fullmatch(lines[label])):
                label -= 1
            named = LABEL_MARKS.sub("", lines[label]).strip().casefold() if label >= 0 else ""
            labelled = label >= 0 and not mask[label] and (
                named in CONTENTS_LABELS or docs and named in GOOGLE_DOCS_LABELS)
            # not a list run on under its last entry; a generator's comment may close it, as
            # VS Code's Markdown TOC closes its list with `<!-- TOC END -->` (sweep CF, a GDPR
            # statement's 31 entries, printed and read in its title section)
            whole = end == len(lines) or end > last + 1 or bool(MARKER_COMMENT.fullmatch(
                lines[end]))
            if numbered < 2 and not (entries >= 2 and whole and (
                    labelled or self.names_later_headings(lines, index, last))):
                index = max(end, index + 1)
                continue
            first = label if labelled else index
            for dropped in range(first, last + 1):
                lines[dropped] = ""
            self.note(first, "a table of contents with another layout's page numbers (as "
                             "Google Docs and Word export it) is left out: the PDF has its "
                             "own contents, with its own page numbers" if numbered >= 2 else
                             "the page's table of contents is left out: the PDF has its own "
                             "contents, and the audio a file for each section")
            index = last + 1
        return lines

    @staticmethod
    def names_later_headings(lines: list[str], first: int, last: int) -> bool:
        """Whether every entry from line `first` to `last` is the words of a heading below
        them: the page's own contents with no label, as VS Code's Markdown All in One
        writes them (a Vietnamese guide to Panadol's kinds, whose contents were printed
        under the PDF's own and read before it began, each colour's emoji named). The
        headings may be HTML's, as are Spotlight PA's voting guide's (sweep AR,
        spl-guia-votar-2024-lang), whose 18 entries were printed and read before it."""
        def plain(words: str) -> str:
            return re.sub(r"\W+", "", unmarked(words)).casefold()

        # A heading's own identifier, `# Headings {#headings}`, as Google Docs writes it.
        below = {plain(HEADING_ATTRIBUTE.sub("", heading[1])) for heading in (
            ATX_HEADING.match(line) or HTML_HEADING.match(line) for line in lines[last + 1:])
            if heading}
        return all(plain(entry_words(entry)) in below for entry in map(
            CONTENTS_ENTRY.match, lines[first:last + 1]) if entry)


# --- A chatbot's answer, copied ----------------------------------------------------------------

CHATBOT_CITATION = re.compile(
    r"([ \t]*)(?::contentReference\\?\[oaicite:\d+\\?\]\{index=\d+\}"   # ChatGPT's, 2024-25
    r"|\ue200[^\ue200\ue201\n]*\ue201"                                # cite turn0search0, marked
    r"|\b(?:cite|filecite|i)(?:turn\d+[a-z]+\d+)+\b"                  # the same, marks lost
    r"|【[^【】\n]*†[^【】\n]*】"                                        # 【4:0†source】
    r"|\[cite_(?:start|end)\]|\[cite:[ \t]*\d+(?:[ \t]*[-–,][ \t]*\d+)*\]"      # Gemini's
    r"|\[\^\d+\^\]\[\d+\]"                    # Copilot's, its list of sources not copied
    r")(?=([^\n]?))")
"""A citation a chatbot's answer holds, copied as code for a source the copy left behind:
ChatGPT's `:contentReference[oaicite:0]{index=0}` and `citeturn0search0` (between
characters of Unicode's private use area, or with them lost), the assistants'
`【4:0†source】`, Gemini's `[cite_start]` before the words it cites and `[cite: 4, 5]`
after them, and Copilot's `[^1^][1]` where the list of sources it numbers was not copied
(`NumberedSources` makes a note of one that was)."""

CHATBOT_SOURCE = re.compile(r"\[oai_citation(?:_attribution)?:\d+‡([^\[\]\n]*)\]")
"""A source ChatGPT names as a link, `[oai_citation:0‡nhs.uk](https://www.nhs.uk/...)`."""

CHATBOT_ATTRIBUTION = re.compile(r"\^?\[([^\[\]\n]*)\]\(\{\"attribution\":\{\"attributableIndex\":"
                                 r"\"[\d-]+\"\}\}\)")
"""Words ChatGPT marks as drawn from a source, `^[words]({"attribution":{...}})`."""

COPY_BUTTONS = re.compile(r"[ \t]*[A-Za-z][\w+#.-]{0,19}[ \t]*\n"
                          r"[ \t]*(?:Copy[ \t]*\n[ \t]*Edit|Copy(?:[ \t]*code|Edit))[ \t]*$", re.M)
"""The buttons over a code block in ChatGPT's answer, its language and "Copy" and "Edit" (or
"Copy code"), one a line, as an answer copied as text keeps them, its code no longer in a
block: a note on making a file in Linux printed and said "bash Copy Edit touch notes.txt"
eight times."""

COMMENT_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:text|plaintext|markdown|md)?[ \t]*",
                           re.I)
"""The opening of a code block that `fenced_comment` may find holds only an HTML comment."""

FENCED_COMMENT = re.compile(r"\s*(?:<!--.*?-->\s*)+", re.S)
"""A code block's text that is only HTML comments, as Gemini's answers carry `<!-- end list
-->` in a block of its own after a list: a leaflet on hypertension printed it as a code box
and said "Code example, 1 line, as printed: !-- end list --"."""

CHATBOT_TRACKING = re.compile(r"([?&])utm_source=(?:chatgpt\.com|openai)(&?)")
"""The tag ChatGPT adds to the address of every page it links to, `?utm_source=chatgpt.com`."""


class ChatbotCitations(NotingPreprocessor):
    """What a chatbot's answer (ChatGPT's, Gemini's, Copilot's) carries into a handout
    pasted from it goes: its citations copied as code (`CHATBOT_CITATION`), which were
    printed and said as ":contentReference oaicite 0 index 0" after the sentence they
    stood for; the code around a source it names as a link (`CHATBOT_SOURCE`: the link
    stays, with the site for its words) or around words it attributes
    (`CHATBOT_ATTRIBUTION`: the words stay); and the tag it puts on every address it links
    to (`CHATBOT_TRACKING`), 23 more characters of a printed address for a reader to type.
    The lint warns once, at the first citation left out, since the sources they stood for
    are lost: the facts want checking and their sources naming. The buttons over its code
    blocks (`COPY_BUTTONS`) and a code block that holds only an HTML comment
    (`FENCED_COMMENT`) go, with a note."""

    def run(self, lines: list[str]) -> list[str]:
        lines = self.without_fenced_comments(lines)
        dropped: list[int] = []
        buttons: list[int] = []

        def drop_buttons(found: re.Match[str], text: str, first: int) -> str:
            buttons.append(line_of(text, found.start(), first))
            return "\n" * found.group().count("\n")

        def drop(found: re.Match[str], text: str, first: int) -> str:
            dropped.append(line_of(text, found.start(), first))
            return without_citation(found)

        def change(text: str, first: int) -> str:
            text = COPY_BUTTONS.sub(lambda found: drop_buttons(found, text, first), text)
            text = CHATBOT_CITATION.sub(lambda found: drop(found, text, first), text)
            text = CHATBOT_SOURCE.sub(r"[\1]", text)
            text = CHATBOT_ATTRIBUTION.sub(r"\1", text)
            return CHATBOT_TRACKING.sub(
                lambda found: ("?" if found[2] else "") if found[1] == "?" else found[2], text)

        lines = outside_code(lines, change)
        if buttons:
            self.note(buttons[0], COPY_BUTTONS_NOTE.format(count=len(buttons), s=(
                "s" if len(buttons) > 1 else "")))
        if dropped:
            others = len(set(dropped)) - 1
            self.note(dropped[0], CHATBOT_CITATION_NOTE.format(more=(
                f" (and those on {others} more line{'s' if others > 1 else ''})"
                if others else "")), WARNING)
        return lines

    def without_fenced_comments(self, lines: list[str]) -> list[str]:
        """`lines` with each code block that holds only HTML comments (`FENCED_COMMENT`)
        made blank lines, with a note; code blocks are passed over whole, so that one
        inside another (a Markdown example in a ```` ```` ```` block) stays."""
        result = list(lines)
        for _, index, end in fenced_blocks(lines):
            if end < len(lines) and COMMENT_FENCE.fullmatch(lines[index]) and \
                    FENCED_COMMENT.fullmatch("\n".join(lines[index + 1:end])):
                result[index:end + 1] = [""] * (end + 1 - index)
                self.note(index, "a code block holding only an HTML comment, as a chatbot's "
                                 "answer leaves one (Gemini's '<!-- end list -->'), is left out")
        return result


def without_citation(found: re.Match[str]) -> str:
    """What a `CHATBOT_CITATION` leaves in its place: the space before it, but before a
    stop or a comma ("work." not "work ."; "- It", the item it opened, stays one)."""
    space, after = found.groups()
    return "" if after in ".,;:!?)<" else space


COPY_BUTTONS_NOTE = ("a chatbot's buttons over its code, its language, 'Copy' and 'Edit', "
                     "copied with the answer, are left out ({count} block{s}): the code under "
                     "them is no longer marked as code; put it between ``` lines")

CHATBOT_CITATION_NOTE = ("a chatbot's citation, copied as code for a source the copy left "
                         "behind, is left out{more}: check what it backed, and name the "
                         "source in the handout")


# --- Sources numbered in the text ---------------------------------------------------------------

NUMBERED_LINK = re.compile(r"(?<=[^\s\[(])(?<!(?<!\S)!)"
                           r"\[(?:\^(\d{1,3})\^|\[(\d{1,3})\]|(?<!\]\[)(\d{1,3}))\]"
                           r"(?:\[(\d{1,3})\]|\(<?([^\s()<>#][^\s()<>]*)>?\)|(?![(:]|\[\d))")
"""A source numbered where a sentence cites it, a link whose words are its number, straight
after the words it backs: Copilot's `ages[^1^][1]` (a reference to its list of sources),
`years.[1](https://...)`, as Copilot Chat, Perplexity and footnoted web pages copy, and
`lungs.[1]` over a list of sources `[1]: https://...`; not a reference link's number,
`[sign up][2]`, as WordPress's and Pandoc's exports number theirs (a food pantry's links
were "sign up (note 2)", and its headings printed their brackets); nor a picture whose
words are a number, Obsidian's width, `![250](https://...)`, which printed "![1]"."""

SOURCE_DEFINITION = re.compile(r"[ ]{0,3}\[(\d+)\]:[ \t]*<?([^\s>]+)>?"
                               r"(?:[ \t]+\"([^\"\n]*)\")?[ \t]*$")
"""The list of sources under Copilot's answer, one a line: `[1]: https://... "Its title"`."""


class NumberedSources(Preprocessor):
    """A source numbered where a sentence cites it (`NUMBERED_LINK`) is a footnote giving
    its address (and its title, where the list of sources has one), one note to a source
    however often it is cited: the number alone, a link glued to the sentence's last word,
    printed "years.1 (https://...)" and "user.23", and the voice read "years point one",
    "ages squared". A link to a place in the page (`[2](#step-2)`) and a number with a
    space before it ("step [2](...)") are links as any other. The notes' definitions go
    after the last line, so that every line keeps its number."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        listed = {found[1]: (found[2], found[3] or "") for index, line in enumerate(lines)
                  if not mask[index] and (found := SOURCE_DEFINITION.match(line))}
        notes: dict[str, str] = {}  # address: title

        def label(address: str, title: str = "") -> str:
            notes.setdefault(address, title)
            return f"[^source-{list(notes).index(address) + 1}]"

        def note(found: re.Match[str]) -> str:
            number, reference, address = found[1] or found[2] or found[3], found[4], found[5]
            if address:
                return label(address)
            if reference in (None, number) and number in listed:
                return label(*listed[number])
            if found[3] and number in listed and reference in listed:  # two: "lungs.[1][2]"
                return label(*listed[number]) + label(*listed[reference])
            return found.group()  # a reference link of the author's own, or no list

        lines = outside_code(lines, lambda text, _: NUMBERED_LINK.sub(note, text))
        for number, (address, title) in enumerate(notes.items(), 1):
            title = title.strip() and title.strip() + ("" if title.strip()[-1] in ".?!" else ",")
            lines += ["", f"[^source-{number}]: " + " ".join(filter(None, (title, f"<{address}>")))]
        return lines


# --- Notion's exports ------------------------------------------------------------------------

ASIDE_OPEN = re.compile(r"^[ \t]*<aside>[ \t]*$", re.I)
ASIDE_CLOSE = re.compile(r"^[ \t]*</aside>[ \t]*$", re.I)


SPACED_BOLD_LINE = re.compile(r"^([ \t]*)\*\*[ \t]+(\S(?:.*\S)?)[ \t]+\*\*[ \t]*$")
"""A line in bold whose bold takes in the spaces at its ends, `** if you want ... **`, as
Notion exports it; CommonMark does not read it as bold."""


NOTION_LOST_BLOCK = re.compile(r"<!--[ \t]*Unsupported block type:[ \t]*([\w -]*?)[ \t]*-->")
"""What an export of Notion's pages (notion-to-md, as Notion's API gives them) writes for a
block it could not carry over: a template for a meeting's minutes lost its table of action
items, an accessibility statement a picture, each dropped unseen as an HTML comment."""


NOTION_ICON = re.compile(r"<img[ \t]+src=([\"'])((?:https?://(?:www\.)?notion\.so)?/icons/"
                         r"[^\"']+)\1[ \t]+alt=\1\2\1[^>]*>[ \t]*", re.I)
"""One of Notion's own icons as Notion exports it, a picture under `notion.so/icons/` (or
`/icons/`) described by its own address: `<img src="https://www.notion.so/icons/
thought_orange.svg" alt="https://www.notion.so/icons/thought_orange.svg" width="40px" />`."""


class NotionPages(NotingPreprocessor):
    """Notion's callouts, which it exports as `<aside>`, its emoji, its Markdown and
    `</aside>`, each on a line of its own, are callouts labelled "Note": the sanitizer
    removed the `<aside>` and printed the Markdown in it as text (a Notion page of coding
    rules printed its "Bad" and "Good" examples with their backticks). (A page's
    properties, under its title, are fields, one a line: `FieldLines`.) A line in bold
    with spaces inside its asterisks is bold: a page on FFmpeg printed "** if you want to
    remove wrapper **". A block the export could not carry over (`NOTION_LOST_BLOCK`) is
    warned of, naming its kind. One of Notion's icons (`NOTION_ICON`), as a callout opens
    with in place of an emoji, is decoration, left out as an emoji there is not said: a
    Korean guide's callout (sweep BA, notion-ko-guide line 4; repro notion-icon) printed a
    box "Picture not available" and said "Picture not available: (no description was
    given)", and an icon's address in the page's folder, "/icons/home_blue.svg", was a
    warning that the picture was not found."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = [line if masked else NOTION_ICON.sub("", line)
                 for line, masked in zip(lines, mask)]
        for index, line in enumerate(lines):
            for lost in [] if mask[index] else NOTION_LOST_BLOCK.finditer(line):
                kind = lost.group(1).replace("_", " ") or "unnamed"
                self.note(index, f"Notion's export could not carry over a block here ({kind}) "
                                 "and left a comment in its place, so it is missing: copy it "
                                 "from the page in Notion into the handout", WARNING)
        lines = [line if masked else SPACED_BOLD_LINE.sub(r"\1**\2**", line)
                 for line, masked in zip(lines, mask)]
        opened = None
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            if ASIDE_OPEN.match(line):
                opened = index
            elif ASIDE_CLOSE.match(line) and opened is not None:
                lines[opened], lines[index] = callout_div("note"), "</div>"
                opened = None
        return lines


# --- Logseq's pages -------------------------------------------------------------------------

LOGSEQ_PROPERTY = re.compile(r"^([ \t]*)([A-Za-z][\w.-]*)::[ \t]?(.*)$")
LOGSEQ_HIDDEN = frozenset({
    "id", "collapsed", "heading", "background-color", "created-at", "updated-at", "icon",
    "public", "filters", "exclude-from-graph-view", "template", "template-including-parent",
    "logseq.order-list-type"})
"""Properties Logseq keeps for itself and does not show (a block's `id:: 6247...` and
`collapsed:: true`, the card properties of its flashcards)."""


LOGSEQ_TASK = re.compile(r"^([ \t]*[-*+][ \t]+)(TODO|DOING|LATER|WAITING|DONE)[ \t]+(?=\S)")
"""A task of Logseq's (and of Org mode's), `- TODO Call the GP`, `- DONE Book the room`
(not `NOW`, which a list of news may start an item with)."""
LOGSEQ_PRIORITY = re.compile(r"^([ \t]*[-*+][ \t]+(?:\[[ x]\][ \t]+)?)\[#([ABC])\][ \t]+(?=\S)")
"""A block's priority in Logseq, `[#A]` (highest) to `[#C]`, after its task's marker or
opening the block: `- DONE [#A]  get video editing software`."""
EMPTY_ITEM = re.compile(r"^([ \t]*)[-*+][ \t]*$")
"""A list item with nothing in it, as Logseq ends every page (`-`)."""
HIDDEN_LINE = "<span></span>"
"""What a line Logseq hides becomes: nothing shown, and no blank line, which would make the
list around it loose (an HTML comment, two in a row, ended the list)."""
LOGSEQ_DRAWER = re.compile(r"^[ \t]*:(LOGBOOK|PROPERTIES):[ \t]*$")
LOGSEQ_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$")
"""A task's clock drawer, `:LOGBOOK:`, `CLOCK: [2026-01-03 Sat 00:14:19]`, `:END:`, which
Logseq hides."""


LOGSEQ_BLOCK_REFERENCE = re.compile(
    r"(`+).+?\1|\(\(([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\)\)")
"""A reference to a block, `((6247a1b2-...))`, which Logseq shows as the block's words."""


LOGSEQ_MACRO = re.compile(r"(`+).+?\1|\{\{(?:video|youtube|vimeo)[ \t]+(\S+?)[ \t]*\}\}"
                          r"|\{\{renderer[ \t]+:linkpreview,[ \t]*(.+?)[ \t]*\}\}")
"""Logseq's macros that show a video, `{{video https://youtu.be/…}}`, and a preview card of
a page, `{{renderer :linkpreview,[Its title](https://…)}}`, its `)` often written after the
`}}` by the plugin that makes it."""


class LogseqMacros(NotingPreprocessor):
    """Logseq's macros for a video and a page's preview are links: the video's address
    behind the word "Video", with a warning that the video is left out of print and audio,
    and the page's under its title, as Logseq's card shows it. As template values they were
    left out: a journal (sweep AZ, logseq-journal lines 3-10) lost its two videos, with a
    warning that '{{video …}}' stood for words the handout did not have, and printed and
    said an item holding only ")", what was left of its preview of a page. It runs before
    the Liquid tags (`LiquidTags`), which would take them for values to fill in."""

    def run(self, lines: list[str]) -> list[str]:
        def link(found: re.Match[str], index: int) -> str:
            if found.group(1):
                return found.group()
            if found.group(2):
                self.note(index, f"Logseq's video '{found.group(2)}' cannot play in print or "
                                 "audio: left out, its address kept as a link, 'Video'",
                          WARNING)
                return f"[Video]({found.group(2)})"
            shown = found.group(3)
            return shown if shown.startswith("[") else f"<{shown}>"

        return each_line_outside_code(lines, LOGSEQ_MACRO, link)


HACKMD_EMBED = re.compile(r"(`+).+?\1|\{%[ \t]*(youtube|vimeo|gist|slideshare|speakerdeck|pdf"
                          r"|figma)[ \t]+(\S+?)[ \t]*%\}")
"""HackMD's (and CodiMD's) embeds, `{%youtube aqz-KE-bpKQ %}`, `{%gist user/id %}`, `{%pdf
https://… %}`: a video, code, slides or a document shown in the note (`HACKMD_EMBEDS`)."""
HACKMD_EMBEDS = {"youtube": ("Video", "https://www.youtube.com/watch?v="),
                 "vimeo": ("Video", "https://vimeo.com/"),
                 "gist": ("Code", "https://gist.github.com/"),
                 "slideshare": ("Slides", "https://www.slideshare.net/"),
                 "speakerdeck": ("Slides", "https://speakerdeck.com/"),
                 "pdf": ("Document", ""), "figma": ("Design", "")}
"""What each of HackMD's embeds shows, and the address its name or number is at."""


class HackMDEmbeds(NotingPreprocessor):
    """HackMD's embeds (`HACKMD_EMBED`) are links to what they show, behind its kind's word,
    "Video", with a warning that it is left out of print and audio, as Logseq's videos are
    (`LogseqMacros`). As Liquid tags they were left out with a note: HackMD's features note
    (sweep CS, codimd-features lines 245-259) had five headings, "YouTube", "Vimeo", "Gist"
    …, said one after another with nothing under them. It runs before the Liquid tags
    (`LiquidTags`)."""

    def run(self, lines: list[str]) -> list[str]:
        def link(found: re.Match[str], index: int) -> str:
            if found.group(1):
                return found.group()
            words, site = HACKMD_EMBEDS[found.group(2)]
            address = found.group(3) if re.match(r"https?://", found.group(3)) \
                else site + found.group(3)
            self.note(index, f"HackMD's embed '{found.group()}' cannot be shown in print or "
                             f"audio: left out, its address kept as a link, '{words}'",
                      WARNING)
            return f"[{words}]({address})"

        return each_line_outside_code(lines, HACKMD_EMBED, link)


INSERTED_TEXT = re.compile(r"(?<![\w+\\])\+\+(?=[^\s+])([^+\n]*?[^\s+\\])\+\+(?![\w+])")
"""Text marked as inserted as markdown-it's plugin writes it, for HackMD and CodiMD,
`++Inserted text++`; not a language's name, "C++", nor "i++", nor PyMdown's keys,
`++ctrl+alt+del++`, `++enter++`, `++a++` (`pressed_key`)."""


def pressed_key(words: str) -> bool:
    """Whether `++words++` is a key as PyMdown's Keys reads it: a key's name it knows,
    `enter`, or a character, `a`."""
    from pymdownx import keymap_db

    return len(words) == 1 or words in keymap_db.keymap or words in keymap_db.aliases


class InsertedText(Preprocessor):
    """markdown-it's inserted text, `++on Saturdays++` (`INSERTED_TEXT`), is PyMdown's,
    `^^on Saturdays^^`: HackMD's features note (sweep CS, codimd-features line 504) printed
    and said "++Inserted text++" with its plus signs."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, keeping_code_spans(
            lambda text, first: INSERTED_TEXT.sub(lambda found: found.group() if pressed_key(
                found.group(1)) else f"^^{found.group(1)}^^", text)))


PICTURE_REFERENCE = re.compile(r"(`+).+?\1|!\[((?:[^\[\]\n]|\\[\[\]])*)\]\[([^\[\]\n]+)\]")
"""A picture by reference, `![A photo][image2]`, or a code span, which keeps its text."""
REFERENCE_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]+)\]:")


class UndefinedPictures(NotingPreprocessor):
    """A picture by reference whose reference is defined nowhere in the page,
    `![][image1]`, is a picture not to be had: the box that says so, as for a file not
    found, with a warning naming its line. Google Docs' "Download → Markdown" defines its
    pictures at the end of the file, `[image1]: <data:image/png;base64,…>`, and a copy
    without them (sweep CS, test-export lines 311 and 317) printed "![][image1]" and was
    said "! image1", while the check asked for a description of a picture that was not
    there."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        defined = {found[1].strip().casefold() for line, masked in zip(lines, mask)
                   if not masked and (found := REFERENCE_DEFINITION.match(line))}

        def picture(found: re.Match[str], index: int) -> str:
            if found.group(1) or found.group(3).strip().casefold() in defined:
                return found.group()
            self.note(index, f"picture '[{found.group(3)}]' is not defined in the page (Google "
                             "Docs defines its pictures at the end of the file): 'Picture not "
                             "available' is printed in its place; copy its definition, "
                             f"'[{found.group(3)}]: …', back in, or insert the picture as a file",
                      WARNING)
            return f"![{found.group(2)}]()"

        return each_line_outside_code(lines, PICTURE_REFERENCE, picture, mask)


ROAM_TASK = re.compile(r"^([ \t]*[-*+][ \t]+)\{\{(\[\[)?(TODO|DONE)(?(2)\]\])\}\}[ \t]*")
"""A task of Roam's, `- {{[[TODO]]}} Book the minibus`, `- {{[[DONE]]}} …` (`{{TODO}}` in
older exports): the box Roam draws to tick."""
ROAM_ATTRIBUTE = re.compile(r"^([ \t]*[-*+][ \t]+)([^\W\d_][\w'’/&-]*(?: [\w'’/&-]+){0,5})::"
                            r"(?=[ \t]|$)")
"""An attribute of Roam's, a block opening with its key, `- Inbox Name:: [[Inbox]]`, `-
Latest Update ID::` (a key of a few words, capitals and spaces in it, before `::`)."""


class RoamPages(Preprocessor):
    """Roam's tasks, `{{[[TODO]]}}` and `{{[[DONE]]}}` opening a block, are task list items,
    as Markdown's `- [ ]` and Logseq's `- TODO` are (`LogseqPages`): Telegroam's README
    (sweep BM, roam-telegroam line 48; repro roam), `- {{[[TODO]]}} update the Telegram API
    key above`, lost its box, left out as a template value with a warning that it stood
    for words. It runs before the Liquid tags (`LiquidTags`), which would take them so.
    Roam's attributes, `- Inbox Name:: [[Inbox]]` (`ROAM_ATTRIBUTE`), are "key: value", as
    Logseq's properties are shown (`LogseqPages`): the same README's nodes (lines 45-49)
    printed "Inbox Name:: Inbox" and "Latest Update ID::"."""

    def run(self, lines: list[str]) -> list[str]:
        return [line if masked else ROAM_ATTRIBUTE.sub(r"\1\2:", ROAM_TASK.sub(
                    lambda found: found.group(1) + ("[x] " if found.group(3) == "DONE"
                                                    else "[ ] "), line))
                for line, masked in zip(lines, code_mask(lines))]


LOGSEQ_CHILD = re.compile(r"^\t+[-*+](?:[ \t]|$)")
"""A block nested under another in a Logseq outline, its depth told by tabs (`\t- Bought
milk`, `\t\t- from the shop`, and the empty block `\t-`)."""
LOGSEQ_TOP_BLOCK = re.compile(r"^(?:[-*+](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|[A-Za-z][\w.-]*::)")
"""A line a Logseq outline may hold at its left margin: a block (`- `), a heading, or a
property of the page."""


def is_logseq_outline(lines: list[str], mask: list[bool]) -> bool:
    """Whether a page is an outline written by Logseq: blocks nested by tabs under `- `
    blocks, with nothing at the left margin but blocks, headings and the page's properties
    (and the words of its first block, which Logseq writes without `- `), and no line
    indented by spaces alone, as Markdown's code and nested lists are."""
    text = [index for index, line in enumerate(lines) if line.strip() and not mask[index]]
    if not any(LOGSEQ_CHILD.match(lines[index]) for index in text):
        return False
    first_block = next((index for index in text if LIST_ITEM.match(lines[index])
                        or EMPTY_ITEM.match(lines[index])), len(lines))
    return all(lines[index].startswith("\t") or LOGSEQ_TOP_BLOCK.match(lines[index])
               or index < first_block and not lines[index].startswith(" ")
               for index in text)


class LogseqOutlines(Preprocessor):
    """A Logseq outline's heading or words at the left margin, written without `- ` as
    Logseq writes a page's first block, have their children nested under them by tabs,
    which Logseq shows as a list under them: they become that list, one tab less deep. A
    journal (sweep AZ, logseq-journal, 2023_11_11.md) opened `## Scratchpad` over `\t- #pdf
    tips` and its 72 lines nested deeper, which Markdown read as indented code: 17 pages
    of it, said "Code example, 72 lines, as printed". An empty block there, `\t-` under
    `## Scratchpad` (2023_12_21.md), goes, as Logseq's empty blocks do (`LogseqPages`);
    it was said "Code example, 1 line, as printed: dash". It runs before Python-Markdown
    turns tabs into spaces, as the tabs are what tell Logseq's outline from Markdown's
    code, and only where the whole page is such an outline (`is_logseq_outline`)."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        if not is_logseq_outline(lines, mask):
            return lines
        lines = list(lines)
        parent = False  # inside the children of words at the left margin
        for index, line in enumerate(lines):
            if not line.startswith("\t"):
                parent = bool(line.strip()) and not mask[index] and not (
                    LIST_ITEM.match(line) or EMPTY_ITEM.match(line)) and index + 1 < len(
                    lines) and bool(LOGSEQ_CHILD.match(lines[index + 1]))
                continue
            if not parent:
                continue
            lines[index] = line[1:]
            if EMPTY_ITEM.match(lines[index]) and not lines[index].startswith("\t") and not (
                    LIST_ITEM.match(lines[index - 1])):
                lines[index] = ""  # an empty block, with no item above it to hide it in
        return lines


class LogseqPages(NotingPreprocessor):
    """Logseq's properties, `key:: value` on a line of their own under a block (or at the
    top of a page): those Logseq hides go, the others print as Logseq shows them, "key:
    value", on a line of their own. A Logseq outline of Unix notes printed and said
    "time-sharing collapsed:: true" under a dozen of its points. Its tasks, `- TODO ...`
    and `- DONE ...`, are task list items, which Logseq shows as boxes to tick, and their
    clock drawers (`:LOGBOOK:` ... `:END:`) go, as Logseq hides them: a list of tasks said
    ":LOGBOOK: CLOCK: 3 January 2026 Sat 00:14:19 ... :END:" after each. The empty
    blocks Logseq ends a page with, `-` under a list item, go: Python-Markdown read the
    first as the underline of a heading, and the item above it became one ("- LATER
    Variables refactor ..."), followed by a paragraph "-". A block's priority, `[#A]`,
    which Logseq shows as a badge with its letter, is "(priority A)": a journal's task
    (sweep AZ, logseq-journal2 line 7), `- DONE [#A]  get video editing software`, was
    said "Done: A get video editing software", the letter heard as an article."""

    def run(self, lines: list[str]) -> list[str]:
        lines = [line if masked else LOGSEQ_TASK.sub(
                     lambda found: found.group(1) + ("[x] " if found.group(2) == "DONE"
                                                     else "[ ] "), line)
                 for line, masked in zip(lines, code_mask(lines))]
        mask = code_mask(lines)
        lines = [line if masked else LOGSEQ_PRIORITY.sub(r"\1(priority \2) ", line)
                 for line, masked in zip(lines, mask)]
        lines = self.fill_references(lines, mask)
        for index in range(1, len(lines)):
            empty = None if mask[index] else EMPTY_ITEM.match(lines[index])
            if empty and (LIST_ITEM.match(lines[index - 1])
                          or lines[index - 1].endswith(HIDDEN_LINE)):
                # Python-Markdown read a `-` under an item as the underline of a heading.
                lines[index] = empty.group(1) + "  " + HIDDEN_LINE  # the item above goes on
        shown = None  # the line before, not counting hidden properties
        drawer = False
        for index, line in enumerate(lines):
            if not mask[index] and (drawer or LOGSEQ_DRAWER.match(line)):
                drawer = not LOGSEQ_DRAWER_END.match(line)
                lines[index] = line[:len(line) - len(line.lstrip())] + HIDDEN_LINE
                continue
            found = None if mask[index] else LOGSEQ_PROPERTY.match(line)
            if not found:
                shown = index if line.strip() else None
                continue
            indent, key, value = found.groups()
            if key.lower() in LOGSEQ_HIDDEN or key.lower().startswith("card-"):
                lines[index] = indent + HIDDEN_LINE
                continue
            lines[index] = f"{indent}{key}: {value}"
            if shown is not None:
                lines[shown] = lines[shown].rstrip() + "  "
            shown = index
        return lines

    def fill_references(self, lines: list[str], mask: list[bool]) -> list[str]:
        """Each block reference replaced by the words of the block it names, when that
        block is on this page (the block above its `id::` property); else left out, noted."""
        blocks: dict[str, str] = {}
        words = ""
        for line, masked in zip(lines, mask):
            found = None if masked else LOGSEQ_PROPERTY.match(line)
            if found and found.group(2).lower() == "id":
                blocks[found.group(3).strip()] = words
            elif not found and line.strip():
                words = LIST_ITEM.sub("", line).strip()

        def fill(found: re.Match[str], index: int) -> str:
            if found.group(1):
                return found.group()
            if found.group(2) not in blocks:
                self.note(index, f"a reference to a block of another Logseq page, "
                                 f"(({found.group(2)})), is left out", WARNING)
            return blocks.get(found.group(2), "")

        return each_line_outside_code(lines, LOGSEQ_BLOCK_REFERENCE, fill, mask)


# --- Marp's slides ---------------------------------------------------------------------------

MARKDOWN_PICTURE = re.compile(r"(`+).+?\1|!\[([^\]\n]*)\](?=\()", re.S)
MARP_KEYWORD = re.compile(r"bg|fit|contain|cover|auto|vertical|left|right|(?:w|h|width|height|"
                          r"left|right|opacity|brightness|contrast|blur|sepia|grayscale|invert|"
                          r"saturate|hue-rotate|drop-shadow)(?::\S*)?")
MARP_SIZE = re.compile(r"(?:w|h|width|height):\d")


def marp_description(found: re.Match[str]) -> str:
    """A picture's description without Marp's keywords for laying it out on a slide
    (`![bg left:40% A nurse](nurse.jpg)`, `![w:300](chart.png)`), when it has them."""
    if found.group(1):
        return found.group()
    words = found.group(2).split()
    if "bg" not in words and not any(MARP_SIZE.match(word) for word in words):
        return found.group()
    return "![" + " ".join(word for word in words if not MARP_KEYWORD.fullmatch(word)) + "]"


PICTURE_SIZE_AFTER = re.compile(r"(`+).+?\1|(!\[[^\]\n]*\]\(<?[^()<>\s]+>?)[ \t]+=\d*x\d*"
                                r"(?=[ \t]*(?:[\"'][^\"'\n]*[\"'][ \t]*)?\))")
"""A picture's size after its address, `![Minion](minion.png =200x200)`, as HackMD and
markdown-it's imsize write it."""


class MarpPictures(Preprocessor):
    """Marp's keywords in a picture's description, which lay it out on a slide (`bg`,
    `left:40%`, `w:300`, `opacity:0.05`), go: a course's slides said "Picture not
    available: bg left:40 percent" and "opacity:0.05 bg". So does HackMD's size after a
    picture's address (`PICTURE_SIZE_AFTER`), which was taken for part of the address:
    "refused to load '…/minion.png =200x200'" (sweep CS, codimd-features line 626)."""

    def run(self, lines: list[str]) -> list[str]:
        return outside_code(lines, lambda text, first: MARKDOWN_PICTURE.sub(
            marp_description, PICTURE_SIZE_AFTER.sub(
                lambda found: found.group(2) or found.group(), text)))


DETAILS_OPENING = re.compile(r"^([ \t]*<details\b)(?![^>]*\bmarkdown=)([^>]*>)", re.I)
DETAILS_MARKED = re.compile(r"[ \t]*<details\b[^>]*\bmarkdown=[\"']1", re.I)
SUMMARY_OPENING = re.compile(r"^([ \t]*<summary\b)(?![^>]*\bmarkdown=)([^>]*>)", re.I)
"""A `<details>` block's `<summary>` on a line of its own, whose words are Markdown's on
GitHub: Home Assistant's guide (sweep CD, connection_security_level.mdx lines 19, 99, 109)
writes `<summary>**Android**</summary>` under its `<details>`, printed with its asterisks
at the page's left margin (in a list item, Python-Markdown reads it as inline, and it was bold)."""


BLOCK_BOXES = "div|section|article|aside|main|header|footer|nav"
"""HTML's elements that box blocks of a page, as a pattern's alternatives."""
BOX_TAGS_LINE = re.compile(rf"^[ \t]*(?:</?(?:{BLOCK_BOXES})\b[^>]*>[ \t]*)+$", re.I)
"""A line of a `<div>`'s tag alone, or of one of HTML's sections (`<section>`, `<article>`,
…), or of several such tags, opening or closing (`<div id="sections"><div>`,
`</div><div>`): when a blank line follows, what comes after each opening tag is Markdown
(`BOX_TAG_OPENING`). Canada's digital playbook wraps its parts in `<section>`: their
headings, lists and paragraphs printed as one paragraph of "## Part one Some text. - first
item", its two checklists of 40 items one run-on sentence in the voice; a Cub Scout pack's
packing list, with two tags on a line, printed "## Clothes Bag * Uniform * Raincoat", said
with "star" for each bullet."""
BOX_TAG_OPENING = re.compile(rf"(<(?:{BLOCK_BOXES})\b)(?![^>]*\bmarkdown=)([^>]*>)", re.I)
DIV_BEFORE_MARKDOWN = re.compile(r"^([ \t]*<div\b)(?![^>]*\bmarkdown=)([^>]*>)"
                                 r"(?=[ \t]*[^<\s])(?=.*\]\()(?!.*</div>)", re.I)
"""A `<div>` with Markdown after it on its line, as WordPress exports a picture's caption,
`<div class="wp-caption">[![Vaccine schedule](a.png)](a.png)Vaccine schedule`: the link
and the picture's Markdown printed as written and were said ("! Vaccine schedule (web
address…")."""
LINK_LINE = re.compile(r"[ \t]*!?\[[^\]\n]+\]\([^()\n]+\)[ \t]*$")
"""A line that is one Markdown link and nothing else, as a school's site lists its documents
in a `<div>` with no blank line (`<div class="cf infoButtons">` over `\t[COVID-19 Premium
Report](/docs/….pdf)`): CommonMark's HTML block printed them as written, brackets and all,
and the voice said their addresses. Such lines up to the `</div>` are Markdown, each on
its own line (`MarkdownInDetails`)."""
ELEMENT_LINE = re.compile(r"[ \t]*<([a-z][a-z0-9]*)\b[^>]*>.*</\1\s*>[ \t]*$", re.I)
"""A line that is one element, opened and closed on it, `<h3>Opening</h3>`."""
CURLY_MARKDOWN = re.compile(r"\bmarkdown=[“”„″‘’]([01]|block|span)[“”″‘’]")
"""`markdown="1"` with a word processor's curly quotes, as the VA's pages have it: HTML
takes them for the value's letters, and the Markdown inside (a heading, a list, a link)
printed as text."""
FORM_OPENING = re.compile(r"^([ \t]*<(?:form|fieldset)\b)(?![^>]*\bmarkdown=)([^>]*>)[ \t]*$", re.I)
"""A web form's opening tag alone on its line: the blank line that ends its first HTML block
in CommonMark may come after a control or two (`<p>Name <input …></p>`), and a membership
page's fee table followed, as Markdown."""


UNCLOSED_PARAGRAPH = re.compile(r"<p\b[^>]*>(?![\s\S]*</p>)", re.I)


class ClosedParagraphs(Preprocessor):
    """A `<p>` left open is closed at the blank line after it, where CommonMark ends the
    HTML block: a library's accessibility page left one open before `### Magnifiers`, and
    every heading after it printed as "### Magnifiers" and ran into the sentence before it
    in the voice, the rest of the page read as raw HTML."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = list(lines)
        index = 0
        while index < len(lines):
            if mask[index] or not re.search(r"<p\b", lines[index], re.I):
                index += 1
                continue
            end = index
            while end + 1 < len(lines) and lines[end + 1].strip() and not mask[end + 1]:
                end += 1
            block = "\n".join(lines[index:end + 1])
            if UNCLOSED_PARAGRAPH.search(block):
                lines[end] += "</p>"
            index = end + 1
        return lines


class MarkdownInDetails(Preprocessor):
    """`<details>` blocks, as GitHub and many sites render them: the Markdown inside them
    (after the `<summary>`) is Markdown, where Python-Markdown would print it as text. So is
    the Markdown in a `<div>` after a blank line, as CommonMark ends an HTML block there: a
    French health page's helpline, `[0 800 009 110](tel:0800009110)` in a `<div>`, printed
    as that text and was said "tel: eight hundred million...". A web form's Markdown is read
    too (`FORM_OPENING`). A line of box tags alone loses the spaces and tabs after them,
    which mean nothing to HTML: a library's page (sweep BD, darien-summer-kids line 195) had
    three tabs after a `</div>`, which Python-Markdown read as an empty code block, printed
    as an empty frame and said "Code example, 0 lines, as printed:"."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        changed = []
        # The elements open inside the first one marked so, in which an indented tag is
        # HTML, not code: a Hugo page's form held `<div>`s inside `<div>`s, and after the
        # first closed, the next, eight spaces in, was a code block read tag by tag.
        depth = 0
        for index, line in enumerate(lines):
            marking = False
            if not mask[index] and BOX_TAGS_LINE.match(line):
                line = line.rstrip()  # tabs after `</div>` were an indented code block
            if depth and (INDENTED_TAG.match(line) or LINK_LINE.match(line)):
                line = line.lstrip()
            elif not mask[index]:
                line = CURLY_MARKDOWN.sub(r'markdown="\1"', line)
                line = DETAILS_OPENING.sub(r'\1 markdown="1"\2', line)
                if changed and DETAILS_MARKED.match(changed[-1]):
                    line = SUMMARY_OPENING.sub(r'\1 markdown="span"\2', line)
                marked = FORM_OPENING.sub(r'\1 markdown="1"\2', line)
                if marked != line:  # HTML however indented: a Hugo page's form, four
                    marked = marked.lstrip()  # spaces in its `<div>`, was a code block
                if BOX_TAGS_LINE.match(marked) and (self.ends_at_blank(lines, mask, index)
                                                    or self.opens_onto_paragraphs(lines, mask,
                                                                                  index)):
                    marked = BOX_TAG_OPENING.sub(r'\1 markdown="1"\2', marked)
                marked = DIV_BEFORE_MARKDOWN.sub(r'\1 markdown="1"\2', marked)
                links = self.link_lines(lines, mask, index) if BOX_TAGS_LINE.match(marked) \
                    and marked == line else 0
                if links:
                    marked = BOX_TAG_OPENING.sub(r'\1 markdown="1"\2', marked)
                    for link in range(index + 1, index + links):
                        lines[link] = lines[link].rstrip() + "  "  # each on a line of its own
                marking = marked != line
                line = marked
            if depth or marking:
                depth = max(0, depth + len(CONTAINER_OPENING.findall(line))
                            - len(CONTAINER_CLOSING.findall(line)))
            changed.append(line)
        return changed


    @staticmethod
    def ends_at_blank(lines: list[str], mask: list[bool], index: int) -> bool:
        """Whether the HTML block the box's tag at `index` opens ends at a blank line with
        nothing in it but whole elements, one a line (`ELEMENT_LINE`), or none: CommonMark
        reads what follows as Markdown. A library's summer page (sweep BD, darien-summer-kids
        line 101) put a column's heading in its `<div>`, `<h3>Opening</h3>`, before the
        blank line, and the paragraph after it printed its link's Markdown as written."""
        end = index + 1
        while end < len(lines) and not mask[end] and ELEMENT_LINE.match(lines[end]):
            end += 1
        return end < len(lines) and not lines[end].strip()

    @staticmethod
    def opens_onto_paragraphs(lines: list[str], mask: list[bool], index: int) -> bool:
        """Whether the box's tag at `index` opens straight onto lines of text that end at a
        blank line, with more before its closing tag: CommonMark ends the HTML block there
        and reads each paragraph after it. A prayer as WordPress exports it (sweep CR,
        opensiddur-dew line 33), `<div class="english">` over its stanzas and an essay,
        printed as one block three and a half pages long and was read as one paragraph."""
        end, opened = index + 1, re.findall(r"<(\w+)", lines[index])
        if not opened or end >= len(lines) or mask[end] or not lines[end].strip() \
                or lines[end].lstrip().startswith("<"):
            return False
        while end < len(lines) and lines[end].strip() and not mask[end]:
            end += 1
        closing = re.compile(rf"[ \t]*</{opened[-1]}\s*>", re.I)
        return end < len(lines) and not lines[end].strip() and any(
            closing.match(line) for line in lines[end:])

    @staticmethod
    def link_lines(lines: list[str], mask: list[bool], index: int) -> int:
        """How many lines after the `<div>` at `index` are links alone (`LINK_LINE`), with
        its `</div>` on the line after them; 0 if they are none, or something else follows."""
        end = index + 1
        while end < len(lines) and not mask[end] and LINK_LINE.match(lines[end]):
            end += 1
        closed = end < len(lines) and re.fullmatch(r"[ \t]*</div>[ \t]*", lines[end], re.I)
        return end - index - 1 if end > index + 1 and closed else 0


CONTAINER_OPENING = re.compile(rf"<(?:{BLOCK_BOXES}|form|fieldset|details)\b", re.I)
CONTAINER_CLOSING = re.compile(rf"</(?:{BLOCK_BOXES}|form|fieldset|details)\s*>", re.I)


INDENTED_TAG = re.compile(r"(?:[ ]{4,}|[ ]{0,3}\t)[ \t]*</?(?:p|a|div|ul|ol|li|span|img|table|"
                          r"h[1-6]|select|option|input|textarea|button|label|fieldset|legend|"
                          r"form)\b", re.I)
"""An HTML element indented as a site's template indents it, in a `<div>` whose Markdown is
read: `<div class="panel">`, a blank line, `    <p class="ma0"><a href=…>` (a county's
library pages). Indented four spaces it was a code block, read out tag by tag, "Code
example, 1 line, as printed: p class ma0 a href…"; kramdown, which the site was built
with, reads it as HTML. So in a web form (`FORM_OPENING`), its controls indented by a tab."""


HTML_TAG = re.compile(r"(`+).+?\1|<(/?)([a-z][\w-]*)\b([^<>]*?)(/?)>", re.I)
"""An HTML tag, or a code span, whose tags (`<details>` written about) are no elements."""
MARKDOWN_ATTRIBUTE = re.compile(r"\bmarkdown\s*=", re.I)
HTML_CONTAINERS = frozenset("div section article aside details figure header footer main nav "
                            "ul ol li blockquote fieldset form".split())
"""Elements that hold blocks, whose Markdown Python-Markdown reads only when they and every
element around them carry `markdown="1"`."""


class MarkdownInNestedHtml(Preprocessor):
    """The Markdown in an element marked `markdown="1"` inside elements that are not, as
    kramdown (Jekyll) reads it at any depth: Python-Markdown reads it only when every element
    around it is marked too, and printed it as text. The VA's style guide (a
    `<div class="do-dont__content" markdown="1">` inside two plain `<div>`s) printed its two
    examples run together as one line, "8:00 a.m. to 5:30 p.m. ET 8:00 a.m. to noon ET", and
    Jekyll's upgrading page printed its backticks. Each element around a marked one is marked
    too, and a tag indented four spaces or more inside a marked element (`INDENTED_TAG`) is
    HTML, as kramdown and GitHub read it, not code: a theatre's access page (a Bootstrap
    card, `<div class="card">` over `    <div class="card-header">`, `      <h2>All
    venues</h2>` and `    <div class="card-body" markdown="1">`) printed three code boxes,
    said tag by tag, and lost its heading."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        open_containers: list[tuple[int, int, bool]] = []  # line, where its name ends, marked
        to_mark: set[tuple[int, int]] = set()
        indented_tags: list[tuple[int, list[tuple[int, int, bool]]]] = []  # and those open
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            if open_containers and INDENTED_TAG.match(line):
                indented_tags.append((index, list(open_containers)))
            for tag in HTML_TAG.finditer(line):
                code, closing, name, attributes, empty = tag.groups()
                if code:
                    continue
                marked = bool(MARKDOWN_ATTRIBUTE.search(attributes))
                if not closing and marked:
                    to_mark.update((at, end) for at, end, was_marked in open_containers
                                   if not was_marked)
                if name.lower() not in HTML_CONTAINERS or empty:
                    continue
                if closing:
                    if open_containers:
                        open_containers.pop()
                else:
                    open_containers.append((index, tag.start(3) + len(name), marked))
        changed = list(lines)
        for at, end in sorted(to_mark, reverse=True):
            # A list's item is a span to Python-Markdown, whose blocks only "block" reads.
            value = "block" if changed[at][:end].lower().endswith("<li") else "1"
            changed[at] = changed[at][:end] + f' markdown="{value}"' + changed[at][end:]
        for index, around in indented_tags:
            if any(marked or (at, end) in to_mark for at, end, marked in around):
                changed[index] = changed[index].lstrip()
        return changed


TAG_LEFT_OPEN = re.compile(r"^([ \t]*)<([a-z][\w]*(?:-[\w-]+)?)(?=\s|$)[^<>]*$", re.I)
"""A line that opens an HTML tag and leaves it open, its attributes on the lines below."""


class TagsOverSeveralLines(Preprocessor):
    """A web component (an element whose name holds a hyphen) whose opening tag is written
    over several lines, one attribute a line, as kramdown (Jekyll) and browsers read it:
    Python-Markdown, which knows only HTML's own elements, read its lines as a paragraph of
    text and the `>` closing it as a quotation. The VA's pattern pages
    (vets-design-system-documentation) write `<va-link-action` and its `href=`, `text=` and
    `type=` on four lines: they printed as text, with an empty quotation said "Quote. End of
    quote.". The tag's lines are joined as one, followed by as many blank lines, so that
    every line keeps its number. (HTML's own elements so written, `<div` or `<button`,
    Python-Markdown reads inside an HTML block; a `<` in prose opens no element.)"""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = list(lines)
        index = 0
        while index < len(lines):
            opening = None if mask[index] else TAG_LEFT_OPEN.match(lines[index])
            name = opening.group(2).lower() if opening else ""
            if not opening or "-" not in name:
                index += 1
                continue
            end = _opening_tag_end(lines, index, mask)
            if end is None:
                index += 1
                continue
            last, column = end
            joined = " ".join(line.strip() for line in lines[index:last])
            joined = opening.group(1) + joined + " " + lines[last][:column + 1].strip() \
                + lines[last][column + 1:]
            lines[index:last + 1] = [joined] + [""] * (last - index)
            index = last + 1
        return lines


def _opening_tag_end(lines: list[str], start: int, mask: list[bool]) -> tuple[int, int] | None:
    """The line and column of the `>` that closes the tag opened on line `start`, outside
    quoted attribute values, within a few lines; None if there is none there. (MDX's
    `_tag_end` wants attributes alone on each line: here the closing tag may follow the `>`,
    `></va-link-action>`.)"""
    quote = None
    for index in range(start, min(start + 30, len(lines))):
        if index > start and (mask[index] or not lines[index].strip()):
            return None
        for column, character in enumerate(lines[index]):
            if quote:
                quote = None if character == quote else quote
            elif character in "\"'":
                quote = character
            elif character == "<" and (index, column) != (start, lines[start].index("<")):
                return None
            elif character == ">":
                return (index, column) if index > start else None
    return None


def pipe_cells(line: str) -> list[str]:
    """The cells of a pipe table's row, without its outer pipes (a `\\|` or a pipe in a code
    span divides none)."""
    hidden = re.sub(r"(`+).+?\1|\\\|", lambda m: "x" * len(m.group(0)), line.strip())
    edges = [i for i, c in enumerate(hidden) if c == "|"]
    text = line.strip()
    cells, start = [], 0
    for edge in edges:
        cells.append(text[start:edge])
        start = edge + 1
    cells.append(text[start:])
    if text.startswith("|"):
        cells = cells[1:]
    if text.endswith("|") and len(edges) > (1 if text.startswith("|") else 0):
        cells = cells[:-1]
    return cells


class TableColumnsMatched(Preprocessor):
    """A pipe table whose delimiter row has more or fewer cells than its header row, which
    kramdown (Jekyll) shows as a table and Python-Markdown printed as a paragraph of pipes,
    its delimiters said ":--- :--- :---". The CDC's NBS 7 guide (NEDSS-SystemAdminGuide,
    support.md) heads a two-column table with a three-cell delimiter row. The table gets as
    many columns as its widest row: the delimiter row is cut or lengthened to that, and the
    header row gets empty cells to fill it."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        lines = list(lines)
        for index in range(1, len(lines)):
            if mask[index] or mask[index - 1] or not PIPE_DELIMITER_ROW.match(lines[index]) \
                    or "|" not in lines[index - 1]:
                continue
            header, rule = pipe_cells(lines[index - 1]), pipe_cells(lines[index])
            if len(header) == len(rule):
                continue
            end = index + 1
            while end < len(lines) and "|" in lines[end] and lines[end].strip() \
                    and not mask[end]:
                end += 1
            width = max([len(header)] + [len(pipe_cells(row)) for row in lines[index + 1:end]])
            rule = (rule + ["---"] * width)[:width]
            header = header + [" "] * (width - len(header))
            lines[index - 1] = "|" + "|".join(header) + "|"
            lines[index] = "|" + "|".join(rule) + "|"
        return lines


def rows_without_rule(lines: list[str]) -> bool:
    """Whether `lines` are a kramdown table with no header row: two lines or more, each
    opening and closing with a pipe and holding two cells or more, with no row of dashes
    (`PIPE_DELIMITER_ROW`) among them, or one only over the first row (`rule_over_rows`)."""
    return len(lines) >= 2 and all(
        line.strip().startswith("|") and line.rstrip().endswith("|")
        and not line.rstrip().endswith("\\|") and len(pipe_cells(line)) >= 2
        and not PIPE_DELIMITER_ROW.match(line) for line in lines[int(rule_over_rows(lines)):])


def rule_over_rows(lines: list[str]) -> bool:
    """Whether `lines` open with a row of dashes, over the rows with no header row above
    it, as a table of cooking temperatures writes one (sweep AW, cooking-temps line 11,
    "|---------------|-------------|" over "| Beef and Veal | Rare | 50°C (122°F) |"): Pandoc
    and kramdown read its rows as a table with no header row."""
    return bool(lines) and bool(PIPE_DELIMITER_ROW.match(lines[0])) \
        and lines[0].strip().startswith("|")


class RowsWithoutRuleNoted(NotingPreprocessor):
    """Notes each table written as rows of pipes with no row of dashes, which kramdown
    (Jekyll) shows as a table with no header row and GitHub as text (`RowsWithoutRule`
    makes it a table): it reads as meant on a Jekyll site, not on GitHub. A table indented
    under a list's item is read without its indent, as Markdown reads the item's blocks: a
    bribery policy's (sweep BC, mt-bribery line 42), four spaces under "1. The table below
    sets out…", was noted, its row of dashes, indented more than a top-level table's may be
    (`PIPE_DELIMITER_ROW`), not seen, where the build read it as the table it is."""

    def run(self, lines: list[str]) -> list[str]:
        for block in paragraph_runs(lines, code_mask(lines)):
            rows = textwrap.dedent("\n".join(lines[index] for index in block)).split("\n")
            if rows_without_rule(rows) and rule_over_rows(rows):
                self.note(block[0], "a row of dashes over the first row, with no header "
                          "row above it, makes a table with no header row, as Pandoc and "
                          "kramdown read it; GitHub shows it as text: write the columns' "
                          "names over it ('| Meat | Cooked | Temperature |')")
            elif rows_without_rule(rows) or rows_without_rule(
                    rows[:rows_over_header(rows) or 0]):
                self.note(block[0], "rows of pipes with no row of dashes under the first "
                          "are a table with no header row, as kramdown (Jekyll) reads them; "
                          "GitHub shows them as text: add a header row and a row of dashes "
                          "under it ('| Name | Website | Telephone |', '|---|---|---|')")
        return lines


class RowsParted(NotingPreprocessor):
    """Notes a pipe table whose rows are parted by blank lines, a row of dashes a paragraph
    of its own under a row of pipes: an energy charity's sample bill ("| Bill line | Example
    |", a blank line, "|-----------|---------|", …) is no table on GitHub nor here, and its
    pipes print as text (its row of dashes is not said, `words.spoken_words`)."""

    def run(self, lines: list[str]) -> list[str]:
        runs = paragraph_runs(lines, code_mask(lines))
        for before, block in zip(runs, runs[1:]):
            if len(block) == 1 and PIPE_DELIMITER_ROW.match(lines[block[0]]) \
                    and "|" in lines[before[-1]]:
                self.note(before[-1], "a table whose rows are parted by blank lines is no "
                          "table, on GitHub nor here: its pipes are printed as text; remove "
                          "the blank lines between its rows")
        return lines


class RowsWithoutRule(BlockProcessor):
    """Rows of pipes with no row of dashes (`rows_without_rule`), a table with no header row
    as kramdown (Jekyll) reads it: a Jekyll site's directory of helplines, "| Samaritans |
    https://www.samaritans.org | Tel: 116 123 |" a line, printed its pipes and was said as
    one run, "Samaritans, web address samaritans.org, Tel: …, Shout, …". Pipes on paper help
    no reader, so each line is a row of a table with no header row, its cells read as
    Markdown, and a row with fewer cells than the widest gets empty ones, as kramdown
    gives it."""

    def test(self, parent: ET.Element, block: str) -> bool:
        return rows_without_rule(block.split("\n"))

    def run(self, parent: ET.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        rows = [[cell.strip() for cell in pipe_cells(line)]
                for line in lines[int(rule_over_rows(lines)):]]
        width = max(map(len, rows))
        body = ET.SubElement(ET.SubElement(parent, "table"), "tbody")
        for cells in rows:
            row = ET.SubElement(body, "tr")
            for cell in cells + [""] * (width - len(cells)):
                ET.SubElement(row, "td").text = cell


# --- Docusaurus MDX ------------------------------------------------------------------------

MDX_IMPORT = re.compile(r"^(import|export)\s.+?(from\s+['\"].+['\"]|['\"].+['\"])\s*;?"
                        r"(\s*(import|export)\s.+?['\"]\s*;?)*\s*$")
JSX_TAG = re.compile(r"^\s*</?[A-Z][\w.]*(\s[^<>]*)?/?>\s*$")


TAB_ITEM = re.compile(r"^\s*<TabItem\b")
TAB_LABEL = re.compile(r"\blabel=([\"'])(.*?)\1")
TAB_VALUE = re.compile(r"\bvalue=([\"'])(.*?)\1")
"""A Docusaurus or Starlight tab, `<TabItem value="adults" label="Adults">`: the site shows
its `label`, or its `value` when it has none."""
PICTURE_ALT = re.compile(r"\balt=([\"'])(.+?)\1")
PICTURE_ADDRESS = re.compile(r"[\"']([^\"'\s]+\.(?:png|jpe?g|gif|svg|webp|avif))[\"']", re.I)
"""A picture component's description and its first picture file: Docusaurus'
`<ThemedImage alt="..." sources={{ light: useBaseUrl("/img/a.png"), ... }} />`, Langflow's
`<ZoomableImage>`: a picture, where it went with its description."""
MINTLIFY_CALLOUTS = {"Note": "note", "Tip": "tip", "Warning": "warning", "Info": "info",
                     "Check": "success", "Danger": "danger"}
"""Mintlify's callout components, `<Note>`, `<Warning>`, and the kind of box each is (its
`<Check>`, drawn with a tick, is a success)."""
CALLOUT_COMPONENT = re.compile(r"^\s*<(Admonition|Aside|" + "|".join(MINTLIFY_CALLOUTS)
                               + r")(?![\w.])")
CALLOUT_TYPE = re.compile(r"\btype=([\"'])(.*?)\1")
CALLOUT_TITLE = re.compile(r"\btitle=([\"'])(.*?)\1")
"""Docusaurus' `<Admonition type="tip" title="What is a compute hour?">` and Starlight's
`<Aside type="caution" title="...">`: a callout of its type, labelled with its title."""
CALLOUT_COMPONENT_LINE = re.compile(r"^([ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?)"
                                    r"<(Admonition|Aside|TabItem|Accordion|"
                                    + "|".join(MINTLIFY_CALLOUTS)
                                    + r")(?![\w.])([^<>]*)>(.*?)</\2>[ \t]*$")
"""Such a callout on one line, alone or a list item's words, `<Aside type="caution">Do not
share your token.</Aside>`; or a tab so, `<TabItem value="win" label="Windows">Use Ctrl + C
to copy.</TabItem>` (Docusaurus' guide to tabs: "Use Ctrl + C to copy. Use Command + C to
copy.", with no word of which was for which)."""


TITLED_COMPONENT = re.compile(r"^\s*<(Accordion|Card)(?![\w.])")
"""Mintlify's `<Accordion title="Can I renew online?">`, a part to open under its title (as
a Hugo theme's `accordion` is), and its `<Card title="Quick start">`: a box labelled with
the title, which was left out with the tag, so that an FAQ printed and said its answers,
"Yes, from your account page.", under no question."""
STEPS = re.compile(r"^\s*<Steps(?![\w.])")
STEP = re.compile(r"^\s*<Step(?![\w.])")
"""Mintlify's `<Steps>` holding a `<Step title="Bring your card">` for each step: a numbered
list, each item's title in bold over the step's words, as Mintlify numbers them."""
COMPONENT_WORDS = re.compile(r"\b(?:title|label|caption|description)=([\"'])(.*?[^\W\d_].*?)\1")
"""An attribute of another component that holds words the site shows: the tag is left out
with them, which `invoke check` says."""


SNIPPET_IMPORT = re.compile(r"^\s*<<<\s+\S+.*$")
"""VitePress's `<<< @/snippets/code.js{2}`: a file of the site's, shown in its place."""
JSX_TAG_START = re.compile(r"^\s*<[A-Z][\w.]*(\s[^<>]*)?$")
"""The first line of a component tag whose attributes go on over the next lines."""
MDX_EXPORT_BLOCK = re.compile(r"(`+).+?\1|^export[ \t]+(?:const|let|var|function|class|async"
                              r"|default)\b.*?(?=\n[ \t]*\n|\Z)", re.M | re.S)
"""MDX's JavaScript: an `export const Highlight = ({children}) => (...)` statement, which
MDX reads to the next blank line (or a code span, which keeps its text)."""
MDX_INLINE = re.compile(r"(`+).+?\1|\{/\*.*?\*/\}|</?[A-Z][a-z][\w.]*(?:\s[^<>]*)?/?>", re.S)
"""A component's tag among words, `<Highlight color="#25c2a0">Premium</Highlight>`, or an
MDX comment, `{/* ... */}` (or a code span, which keeps its text)."""


MDX_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*mdx-code-block[ \t]*$")
"""Docusaurus' ```` ```mdx-code-block ```` fence, which its tools for pages written as
Markdown put round JSX (`import Tabs ...`, `<TabItem value="cpp">`, a widget): Docusaurus
reads what it holds as the page's own MDX, not as code."""
JSX_FRAGMENT = re.compile(r"^[ \t]*(?:<>|</>)+[ \t]*$")
"""A line of React's empty fragments, `<></>`, which micro-lc's pages put before a widget."""
JSX_WIDGET_START = re.compile(r"^[ \t]*<([a-z][\w]*-[\w-]*)(?=[\s>]|$)")
"""A custom element's tag at the start of a line (`<example-frame`): one whose attributes
hold JavaScript (`sourceTabs={[...]}`) is a live widget of the site's."""


class MdxLines(NotingPreprocessor):
    """Docusaurus' and Starlight's pages are MDX: `import` lines (and VitePress's `<<<`
    snippet imports) and JSX component tags (`<Tabs>`, `<Card title="...">`, a tag over
    several lines) are for the site's code; what lies between the tags is kept, and
    indented only for the tags' sake, so it is read as the Markdown it is, not as an
    indented code block."""

    def run(self, lines: list[str]) -> list[str]:
        lines = self.widgets_left_out(self.mdx_fences_opened(lines))
        fenced = code_mask(lines, indented_blocks=False)
        result = list(lines)
        inside: list[int] = []  # lines within a component, other than tags
        closings: list[str] = []  # what ends each open component: "" or a tab's "</div>"
        steps: list[int] = []  # the steps so far of each `<Steps>` open
        in_steps: list[int] = []  # where each `<Step>` open began
        step_lines: list[tuple[int, int]] = []  # each step's lines, its tags left out
        index = 0
        while index < len(lines):
            line, end = lines[index], index
            one_line = None if fenced[index] else CALLOUT_COMPONENT_LINE.match(line)
            if one_line:  # its words stay on its line, in its box
                indent, name, tag, words = one_line.groups()
                kind, title = CALLOUT_TYPE.search(tag), CALLOUT_TITLE.search(tag)
                label = TAB_LABEL.search(tag) or TAB_VALUE.search(tag)
                result[index] = indent + (
                    tab_div(label.group(2) if label else None) if name == "TabItem" else
                    tab_div(title.group(2) if title else None) if name == "Accordion" else
                    callout_div(kind.group(2) if kind else MINTLIFY_CALLOUTS.get(name, "note"),
                                title.group(2) if title else None)) + words.strip() + "</div>"
                if closings:
                    inside.append(index)
                index += 1
                continue
            if fenced[index] or not (MDX_IMPORT.match(line) or JSX_TAG.match(line)
                                     or JSX_TAG_START.match(line) or SNIPPET_IMPORT.match(line)):
                if closings:
                    inside.append(index)
                index += 1
                continue
            if JSX_TAG_START.match(line):
                end = _tag_end(lines, index)
                if end is None:
                    end = _jsx_tag_end(lines, index)
                if end is None:  # words that only start like a tag: "<Tablets are white"
                    if closings:
                        inside.append(index)
                    index += 1
                    continue
            tag = " ".join(part.strip() for part in lines[index:end + 1])
            result[index:end + 1] = [""] * (end + 1 - index)
            picture = PICTURE_ALT.search(tag) if tag.endswith("/>") else None
            if picture and not MDX_IMPORT.match(tag):
                address = PICTURE_ADDRESS.search(tag)
                described = re.sub(r"([\[\]])", r"\\\1", picture.group(2))
                result[index] = (f"![{described}]"
                                 f"(<{address.group(1) if address else 'missing-picture'}>)")
            elif MDX_IMPORT.match(tag) or SNIPPET_IMPORT.match(tag) or tag.endswith("/>"):
                self.note(index, f"'{quote(tag)}' is for the site's code: left out")
            elif tag.startswith("</"):
                closing = closings.pop() if closings else ""
                result[index] = "" if closing in ("</Step>", "</Steps>") else closing
                if closing == "</Step>" and in_steps:
                    step_lines.append((in_steps.pop() + 1, index))
                elif closing == "</Steps>" and steps:
                    steps.pop()
            elif CALLOUT_COMPONENT.match(tag):
                kind, title = CALLOUT_TYPE.search(tag), CALLOUT_TITLE.search(tag)
                name = CALLOUT_COMPONENT.match(tag).group(1)
                result[index] = callout_div(kind.group(2) if kind else
                                            MINTLIFY_CALLOUTS.get(name, "note"),
                                            title.group(2) if title else None)
                closings.append("</div>")
            elif TITLED_COMPONENT.match(tag) and CALLOUT_TITLE.search(tag):
                result[index] = tab_div(CALLOUT_TITLE.search(tag).group(2))
                closings.append("</div>")
            elif STEPS.match(tag):
                steps.append(0)
                closings.append("</Steps>")
            elif STEP.match(tag) and steps:
                steps[-1] += 1
                title = CALLOUT_TITLE.search(tag)
                # a line after its title, so that the step's words are a paragraph under it
                result[index] = f"{steps[-1]}. " + (f"**{title.group(2)}**" if title else "") \
                    + HELD_LINE_BREAK
                in_steps.append(index)
                closings.append("</Step>")
            elif TAB_ITEM.match(tag):  # its label is the tab's title, as the site shows it
                label = TAB_LABEL.search(tag) or TAB_VALUE.search(tag)
                result[index] = tab_div(label.group(2) if label else None)
                closings.append("</div>")
            else:
                words = COMPONENT_WORDS.search(tag)
                if words:
                    self.note(index, f"'{quote(tag)}' is for the site's code: left out, "
                                     f"and with it the words '{words.group(2)}'")
                closings.append("")
            index = end + 1
        for run in _runs(inside):
            result[run[0]:run[-1] + 1] = textwrap.dedent(
                "\n".join(result[run[0]:run[-1] + 1])).split("\n")
        for first, last in step_lines:  # a step's words are its list item's
            result[first:last] = [f"    {line}" if line.strip() else line
                                  for line in result[first:last]]
        return outside_code(result, self.inline)

    @staticmethod
    def mdx_fences_opened(lines: list[str]) -> list[str]:
        """`lines` without the fences of Docusaurus' ```` ```mdx-code-block ```` blocks,
        whose MDX is the page's: micro-lc's pages printed their console messages'
        `<console-error-line>` tags and their widgets' JavaScript as code, and said them."""
        result = list(lines)
        for _, index, end in fenced_blocks(lines, MDX_FENCE):
            result[index] = ""
            if end < len(lines):
                result[end] = ""
        return result

    def widgets_left_out(self, lines: list[str]) -> list[str]:
        """`lines` without React's empty fragments (`<></>`) and the custom elements whose
        attributes hold JavaScript (micro-lc's `<example-frame sourceTabs={[...]}>`), which
        are the site's live examples: nothing of them can be printed or said."""
        fenced = code_mask(lines, indented_blocks=False)
        result = list(lines)
        for index, line in enumerate(lines):
            if fenced[index]:
                continue
            if JSX_FRAGMENT.match(line):
                result[index] = ""
                continue
            start = JSX_WIDGET_START.match(line)
            end = start and _widget_end(lines, index, start.group(1))
            if end is not None and not any(fenced[index:end + 1]):
                self.note(index, f"the site's live example '<{start.group(1)}>' is left out")
                result[index:end + 1] = [""] * (end + 1 - index)
        return result

    def inline(self, text: str, first: int) -> str:
        """`text` without MDX's `export` statements, comments and the component tags
        among its words, whose words stay: a Docusaurus page's `<Highlight
        color="#25c2a0">Premium feature!</Highlight>`, read as an unknown HTML element, was
        removed with its words, and the `export const Highlight = ...` defining it was
        printed and read."""
        def statement(found: re.Match) -> str:
            if found.group(1):
                return found.group(0)
            code = quote(" ".join(found.group(0).split()))
            self.note(line_of(text, found.start(), first),
                      f"'{code}' is for the site's code: left out")
            return keep_lines(found.group(0), "")

        def tag(found: re.Match) -> str:
            if found.group(1):
                return found.group(0)
            badge = BADGE_TEXT.match(found.group(0))
            if badge and re.match(r"[ \t]*(?:\n|$)", found.string[found.end():]):
                return f"({html.escape(badge.group(2), quote=False)})"
            return keep_lines(found.group(0), "")

        text = JSX_OBJECT_ATTRIBUTE.sub(lambda found: found.group(0) if found.group(1) else "",
                                        text)
        return MDX_INLINE.sub(tag, MDX_EXPORT_BLOCK.sub(statement, text))


JSX_OBJECT_ATTRIBUTE = re.compile(r"(`+).+?\1|(?<=[\w\"'])[ \t]+[\w:-]+=\{\{[^{}\n]*\}\}"
                                  r"(?=[^<>\n]*>)", re.S)
"""A JSX attribute whose value is an object, `<div style={{display: 'flex'}}>`, which is
the site's layout: gone (but in a code span), so the template filter does not leave
`style=` behind. Home Assistant's companion guide (sweep CD, getting_started/index.mdx
lines 53 and 84) set its pictures side by side so in a list item, which was printed
"<div style=>" and said "div style=" before them."""
BADGE_TEXT = re.compile(r"<Badge\b[^<>]*?\btext=([\"'])([^\"'<>]+)\1[^<>]*>")
"""VitePress's and Starlight's badge, `<Badge type="info" text="On" />`, whose words are
in its `text`: a manga reader's settings (sweep CD, mihon reader-settings.md, 33 badges)
give each setting's default so, "### Show reading mode <Badge … text="On" />", and every
default was left out. Where it ends its line, as there, its words stay, in brackets: "Show
reading mode (On)"; among words (a "new" beside a button's name) it decorates, and goes."""


JSX_ATTRIBUTES = re.compile(
    r"""^\s*(?:[\w:.-]++(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?\s*+)*+/?>?\s*$""")
"""A line of a component tag's attributes (`name="Rachel"`, `stagger`, `open={true}`),
perhaps ending the tag."""


def _tag_end(lines: list[str], start: int) -> int | None:
    """The line that ends the component tag begun on line `start`, if every line after it
    up to there holds only attributes (and no more than 20 of them)."""
    for end in range(start + 1, min(start + 21, len(lines))):
        if not JSX_ATTRIBUTES.match(lines[end]):
            return None
        if ">" in lines[end]:
            return end
    return None


def _widget_end(lines: list[str], start: int, name: str) -> int | None:
    """The line that ends the custom element `name` begun on line `start` (its closing tag,
    if it follows the opening one), if its attributes hold JavaScript in braces; else
    None."""
    text = "\n".join(lines[start:start + 40])
    position = _script_tag_end(text)
    if position is None:
        return None
    closing = re.match(r"\s*</" + re.escape(name) + r"\s*>", text[position + 1:])
    if closing:
        position += closing.end()
    if text[position + 1:].split("\n", 1)[0].strip():
        return None  # words after it on its line: not a widget alone
    return start + text[:position + 1].count("\n")


def _jsx_tag_end(lines: list[str], start: int) -> int | None:
    """The line that ends the component tag begun on line `start`, if its attributes hold
    JavaScript in braces (Docusaurus' `<ThemedImage sources={{ light: ..., dark: ... }} />`,
    which `_tag_end` does not follow) and nothing follows it on its line; else None."""
    text = "\n".join(lines[start:start + 40])
    position = _script_tag_end(text)
    if position is None or text[position + 1:].split("\n", 1)[0].strip():
        return None
    return start + text[:position + 1].count("\n")


def _script_tag_end(text: str) -> int | None:
    """Where the tag that opens `text` ends (its `>`), if its attributes hold JavaScript in
    braces (`={`); else None. Quotes and braces are followed, so a `>` within them does not
    end the tag."""
    depth, quote_mark, position = 0, "", text.index("<") + 1
    while position < len(text):
        char = text[position]
        if quote_mark:
            quote_mark = "" if char == quote_mark else quote_mark
        elif char in "\"'`":
            quote_mark = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == ">" and depth == 0:
            break
        position += 1
    else:
        return None
    return position if re.search(r"=\{", text[:position]) else None


def _runs(indices: list[int]) -> list[list[int]]:
    """`indices` (ascending) cut into runs of consecutive numbers."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


# --- PyMdown's inline code and snippets ----------------------------------------------------

INLINE_HILITE = re.compile(r"^#![A-Za-z][\w+#.-]*[ \t]+(?=\S)")
"""PyMdown InlineHilite's language, `#!python ` opening a code span (`` `#!python range()` ``):
MkDocs Material colours the code by it, and shows no `#!python`. A shebang names a path
(`#!/bin/sh`), which is code."""


class InlineHilite(Preprocessor):
    """A code span's InlineHilite language (`INLINE_HILITE`) goes, its code stays: "Use
    Python's `` `#!python range()` `` function" printed "#!python range()" and was said
    "!python range"."""

    def run(self, lines: list[str]) -> list[str]:
        def plain(found: re.Match[str]) -> str:
            span, ticks = found.group(0), found.group(2)
            if found.group(1):  # a MyST role's words, `{ref}`...``
                return span
            return ticks + INLINE_HILITE.sub("", span[len(ticks):-len(ticks)], 1) + ticks

        return outside_code(lines, lambda text, first: CODE_SPAN.sub(plain, text))


SNIPPET = re.compile(r"^[ \t]*-+8<-+(?:[ \t]+(\"[^\"\n]+\"|'[^'\n]+'))?[ \t]*$")
"""PyMdown Snippets' line, `--8<-- "includes/abbreviations.md"`, which MkDocs replaces by
the file's words when it builds the site; alone (`--8<--`), it opens and closes a block of
file names, one a line."""


class Snippets(NotingPreprocessor):
    """PyMdown's snippets (`SNIPPET`) outside code are includes this handout cannot follow:
    each goes, with a note, as a Jekyll `{% include %}` does; a warning (which the build
    says too) where the file it names is there, beside the handout or in its `_includes/`
    folder, whose words are then missing. Material for MkDocs' pages end with `--8<--
    "includes/abbreviations.md"`, which was printed and said, "--8 -- includes/…"."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.variables = variables

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        markers = [index for index, line in enumerate(lines) if not mask[index]
                   and (snippet := SNIPPET.match(line)) and not snippet.group(1)]
        in_block = set()  # the lines of file names between two markers
        for opening, closing in zip(markers[::2], markers[1::2]):
            in_block.update(range(opening + 1, closing))
        for index, line in enumerate(lines):
            snippet = None if mask[index] else SNIPPET.match(line)
            if snippet and snippet.group(1):
                self.leave_out(index, snippet.group(1)[1:-1], line.strip())
            elif index in in_block and line.strip():
                self.leave_out(index, line.strip(), line.strip())
            elif not snippet:
                continue
            lines[index] = ""
        return lines

    def leave_out(self, index: int, name: str, written: str) -> None:
        path = re.sub(r"(?::[\w-]*)+$", "", name)  # `file.md:section`, `file.md:1:3`
        if included_file_is_there(self.variables, path):
            self.note(index, words_not_included(path, written), WARNING)
        else:
            self.note(index, f"snippet '{quote(written)}' has no words for this handout: "
                             "left out")


# --- Code fences ---------------------------------------------------------------------------

FENCE_OPENING = re.compile(r"^" + FENCE_MARK + r"[ \t]*\{?[ \t]*\.?([\w#.+-]*)(.*)$")


class FenceInfo(Preprocessor):
    """Code fences whose opening line carries more than a language, as other tools write
    them (```` ```js title="app.js" ````, ```` ```md {title="page.md"} ````, ```` ```SnackPlayer
    name=Hello ````): the language alone is kept, so that Python-Markdown sees a fence. A
    closing fence longer than the opening one closes it, as CommonMark has it (`closes_fence`),
    and is cut to the opening's length, as Python-Markdown closes a fence with the same run
    only: a Hebrew guide's ```` ```bash ```` block closed by four backticks (sweep BU,
    he-maakaf-penux lines 66-79) ran on to the next fence, its prose after it printed as
    code and said "Code example, 9 lines"."""

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        fence: str | None = None
        comment = False
        for index, line in enumerate(lines):
            if fence is None:
                was_comment, comment = comment, in_comment(line, comment)
                if was_comment or comment or line.lstrip().startswith("<!--"):
                    continue
            marker = FENCE.match(line)
            if not marker:
                continue
            if fence is None:
                fence = marker.group(1)
                opening = FENCE_OPENING.match(line)
                if opening and opening.group(3).strip():
                    result[index] = opening.group(1) + opening.group(2)
            elif closes_fence(line, fence):
                result[index] = line[:marker.start(1)] + fence + line[marker.end(1):]
                fence = None
        return result


INDENTED_FENCE = re.compile(r"^([ ]+)" + FENCE_MARK)
QUOTED_FENCE = re.compile(r"^((?:[ \t]*>[ \t]?)++)" + FENCE_MARK)
QUOTE_LINE = re.compile(r"^[ \t]*>")
SLIGHTLY_INDENTED_FENCE = re.compile(r"^((?:[ \t]*>[ \t]?)*)( {1,3})" + FENCE_MARK)
"""A fence indented by one to three spaces, after any quote markers (each with the space
that is part of it)."""


class SlightlyIndentedFences(Preprocessor):
    """A fence indented by one to three spaces, in a quote or not, that no list item or
    admonition holds, is a fence, as CommonMark has it: it and its code lose that indent,
    so that every later step sees a fence. Obsidian's guide to callouts wrote one so, `>
    ```md`: its closing fence was taken for an opening one, and the callout after it
    printed as the tool's own HTML, "</div>"."""

    def run(self, lines: list[str]) -> list[str]:
        lines = list(lines)
        mask = code_mask(lines)
        for _, index, end in fenced_blocks(lines):  # lines change in place, none added
            opening = SLIGHTLY_INDENTED_FENCE.match(lines[index])
            if opening and not NestedFences.held(lines, mask, index):
                quoted, width = opening.group(1), len(opening.group(2))
                for at in range(index, min(end, len(lines) - 1) + 1):
                    if lines[at].startswith(quoted):
                        rest = lines[at][len(quoted):]
                        lines[at] = quoted + rest[min(width, len(rest) - len(rest.lstrip(" "))):]
        return lines


class NestedFences(Preprocessor):
    """Fenced code indented inside a block (a MkDocs admonition `!!! note`, a tab, a list
    item): Python-Markdown's `fenced_code` finds fences only at the margin, so the
    backticks became a code span, one line of inline code with the language printed and
    said ("python print("HA")"). Each such block is handed to that same preprocessor
    without its indent (after `FenceInfo`), and what it leaves (a placeholder for the code
    block) is put back at the indent, where the block that holds it reads it. It runs
    after `fenced_code`, so the lines need not be kept: the converted text is kept
    already. An indented block that is code itself (a page showing the syntax) is left
    alone. So is fenced code in a quote, `> ```md`, which printed as one line of inline
    code, "Example: md **bold**", its language first."""

    def run(self, lines: list[str]) -> list[str]:
        if "fenced_code_block" not in self.md.preprocessors:
            return lines
        fenced = self.md.preprocessors["fenced_code_block"]
        mask = code_mask(lines)
        result: list[str] = []
        index = 0
        while index < len(lines):
            opening = INDENTED_FENCE.match(lines[index]) or QUOTED_FENCE.match(lines[index])
            end = closing_line(lines, index, opening.group(2)) if opening else len(lines)
            quoted = bool(opening) and ">" in opening.group(1)
            if end >= len(lines) or not (quoted or self.held(lines, mask, index)):
                result.append(lines[index])
                index += 1
                continue
            indent = opening.group(1)
            block = [line[len(indent):] if line.startswith(indent) else line.lstrip(" >")
                     for line in lines[index:end + 1]]
            made = fenced.run(FenceInfo(self.md).run(block))
            if quoted and not (end + 1 < len(lines) and QUOTE_LINE.match(lines[end + 1])):
                made = made[:-1] if made and not made[-1].strip() else made  # the quote ends
            result.extend(indent + line if line.strip() else indent.rstrip() if quoted else line
                          for line in made)
            index = end + 1
        return result

    @staticmethod
    def held(lines: list[str], mask: list[bool], index: int) -> bool:
        """Whether the line `index` is in a block that holds Markdown: the nearest line
        before it with less indent opens an admonition, a tab or a list item, or is a later
        line of the words that do ("    tracking ID, which uses the `G-` format." under
        "    *   **`gtag`**: To enable Google Analytics, set to a Google Analytics v4")."""
        width = len(lines[index]) - len(lines[index].lstrip(" "))
        for before in range(index - 1, -1, -1):
            line = lines[before]
            if line.strip() and len(line) - len(line.lstrip(" ")) < width:
                while before > 0 and lines[before - 1].strip() and not mask[before - 1] \
                        and not (BLOCK_OPENER.match(line) or LIST_ITEM.match(line)):
                    before -= 1
                    line = lines[before]
                return not mask[before] and bool(BLOCK_OPENER.match(line)
                                                  or LIST_ITEM.match(line))
        return False


DIAGRAM_LANGUAGES = {"mermaid": "a Mermaid diagram", "plotly": "a Plotly chart",
                     "vega-lite": "a Vega-Lite chart", "vega": "a Vega chart"}
"""The languages of code blocks that a page's own scripts draw as a diagram or a chart, and
what each is called in a warning. PolicyEngine's articles (sweep CQ, D12, a benefits
explainer) give their charts as ```` ```plotly ```` JSON: printed as pages of JSON (one
line of 18,000 characters) and read aloud, "Code example, 93 lines, as printed: data: x:
1, 2 …", 128 pages and 166 minutes for 2,931 words."""
DIAGRAM_FENCE = re.compile(FENCE.pattern + r"[ \t]*\{?[ \t]*\.?(?P<chart>"
                           + "|".join(DIAGRAM_LANGUAGES) + r")(?![\w-])", re.I)


class Diagrams(NotingPreprocessor):
    """Mermaid diagrams (```` ```mermaid ````), which GitHub, MkDocs and Docusaurus draw,
    and charts given as code (Plotly's and Vega's JSON, `DIAGRAM_LANGUAGES`): there is no
    drawing here, and the source is not for reading aloud ("graph LR A Have an idea -- B"),
    so `settle_tree` prints and says "Diagram not available" in its place; each is a
    warning, since only the author can say in words what it shows."""

    def run(self, lines: list[str]) -> list[str]:
        fence: str | None = None
        for index, line in enumerate(lines):
            marker = FENCE.match(line)
            if fence is None and marker:
                fence = marker.group(1)
                chart = DIAGRAM_FENCE.match(line)
                if chart and chart["chart"].lower() == "mermaid":
                    self.note(index, "a Mermaid diagram cannot be drawn in print or read "
                              "aloud: 'Diagram not available' is printed and said in its "
                              "place; describe what it shows in the diagram's 'accDescr:' "
                              "line, or in words beside it", WARNING)
                elif chart:
                    self.note(index, f"{DIAGRAM_LANGUAGES[chart['chart'].lower()]} cannot be "
                              "drawn in print or read aloud: 'Diagram not available' and its "
                              "title are printed and said in its place; describe what the "
                              "chart shows in words beside it", WARNING)
            elif fence is not None and closes_fence(line, fence):
                fence = None
        return lines


HIDDEN_ADDRESS = re.compile(r"\[email(?:&#160;|&nbsp;|\s|\u00a0)protected\]"
                            r"|/cdn-cgi/l/email-protection")
"""What a web page served through Cloudflare shows in place of an e-mail address, and what
a page copied from it keeps: a Korean code of conduct's contact was said "email
protected"."""


class HiddenAddresses(NotingPreprocessor):
    """An e-mail address the page it was copied from hid (`HIDDEN_ADDRESS`): a warning, since
    the address is not in the handout, and only its author can write it in."""

    def run(self, lines: list[str]) -> list[str]:
        for index, line in enumerate(lines):
            if HIDDEN_ADDRESS.search(line):
                self.note(index, "an e-mail address here was hidden by the web page this was "
                          "copied from, which shows '[email protected]' in its place: write "
                          "the address itself", WARNING)
        return lines


HTML_ELEMENTS = frozenset("""
    a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big
    blink blockquote body br button canvas caption center cite code col colgroup data datalist
    dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form
    frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex
    kbd keygen label legend li link listing main map mark marquee math menu menuitem meta meter
    multicol nav nextid nobr noembed noframes noscript object ol optgroup option output p param
    picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot
    small source spacer span strike strong style sub summary sup svg table tbody td template
    textarea tfoot th thead time title tr track tt u ul var video wbr xmp
    g path rect circle ellipse line polyline polygon text tspan defs use symbol desc stop mask
    pattern clippath lineargradient radialgradient foreignobject marker
    mi mn mo ms mrow msup msub msubsup mfrac msqrt mroot mtext mtable mtr mtd mspace mstyle
    munder mover munderover semantics annotation mpadded mphantom menclose
""".split())
"""The names of HTML's elements, old ones and SVG's and MathML's among them: any other name
in angle brackets is no element of a web page."""
ANGLED_WORDS = re.compile(r"(?<![{\\<])<((?=[a-z]|[A-Z][A-Z0-9_]*\b)[A-Za-z][A-Za-z0-9_]*)"
                          r"((?:[ \t]+[^<>\n=\"']+)*)>(?!>|\}\})")
"""Words in angle brackets that name no element of HTML's (`HTML_ELEMENTS`), "Thanks to
@<USERNAME>", "Dear <your name>": a placeholder of a template. Read as a tag, the element
it opened held the rest of its paragraph, which went with it from print and the voice. Not
a component's tag (`<TabItem>`, named in capitals and small letters), nor one with
attributes (`<youtube id="x">`), nor a mail merge's field (`MERGE_FIELD_TAG`)."""


MERGE_FIELD_TAG = re.compile(r"<<\s*[A-Za-z_][\w.]*\s*>>")
"""A mail merge's field as Docmosis writes it, "<<claimant_name>>": printed as written (the
lint names it, `findings.MERGE_FIELD`), where it was read as a tag and held the rest of its
paragraph."""


class AngledPlaceholders(NotingPreprocessor):
    """Words in angle brackets that are no HTML (`ANGLED_WORDS`) printed and said as written,
    with a warning to write what they stand for."""

    def run(self, lines: list[str]) -> list[str]:
        def escaped(found: re.Match[str], text: str, first: int) -> str:
            if found[1].lower() in HTML_ELEMENTS or f"</{found[1]}" in text:
                return found.group()
            self.note(line_of(text, found.start(), first), f"'{found.group()}' is no part of a "
                      "web page, so it is printed and said as written: if it stands for "
                      "something, write what in its place", WARNING)
            return "&lt;" + found.group()[1:-1] + "&gt;"

        return outside_code(lines, keeping_code_spans(lambda text, first: ANGLED_WORDS.sub(
            lambda found: escaped(found, text, first), MERGE_FIELD_TAG.sub(
                lambda found: html.escape(found.group()), text))))


CHUNK_OPENING = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*\{[ \t]*(\w+)\b([^}]*)\}[ \t]*$")
CHUNK_OPTION = re.compile(r"^[ \t]*#\|")
HIDDEN_CHUNK = re.compile(r"\b(include|echo)[ \t]*[:=][ \t]*(false|FALSE|F)\b")
SHOWN_CHUNK = re.compile(r"\b(echo)[ \t]*[:=][ \t]*(true|TRUE|T)\b")
INCLUDED_PICTURE = re.compile(r"^[ \t]*(?:knitr::)?include_graphics\(\s*(?:c\(\s*)?"
                              r"([\"'])([^\"']+)\1\s*\)?\s*(?:,[^)]*)?\)[ \t]*$")
"""A chunk's code that shows a picture, `knitr::include_graphics("images/sensor.png")`: the
picture is its output, shown though its code is not (`echo=FALSE`)."""
PICTURE_OPTION = re.compile(r"fig[.-](alt|cap)[ \t]*:[ \t]*(?:([\"'])(.*)\2|[|>][-+]?|(\S.*))$")
"""An option line that describes a chunk's picture, `#| fig-alt: …` (its `#|` taken off),
its value in quotes or not, or a block of lines after `|` or `>`, as YAML writes it."""
HEADER_PICTURE_OPTION = re.compile(r"\bfig[.](alt|cap)[ \t]*=[ \t]*([\"'])(.*?)\2")
"""The same in a chunk's header, `{r fig.alt="…"}`."""
HIDDEN_PLOT = re.compile(r"\b(?:include|eval)[ \t]*[:=][ \t]*(?:false|FALSE|F)\b")
"""A chunk's option that leaves its output out of the page, or does not run it."""


def picture_description(header: str, options: list[str]) -> str:
    """What a chunk's options (its header's and its `#|` lines) say its picture shows: its
    `fig-alt`, else its `fig-cap`. r4ds writes them unquoted, "#| fig-alt: |" over lines of
    words, as Quarto's own examples do; only a value in quotes was read, and 32 plots'
    descriptions were lost."""
    found = {option[1]: option[3] for option in HEADER_PICTURE_OPTION.finditer(header)}
    lines = [CHUNK_OPTION.sub("", line, count=1) for line in options]
    for index, line in enumerate(lines):
        option = PICTURE_OPTION.match(line.strip())
        if option is None:
            continue
        value = option[3] if option[2] else option[4] or ""
        if not value:  # a block, "|" or ">", of the lines indented under it
            indent = len(line) - len(line.lstrip())
            block = list(itertools.takewhile(
                lambda following: following.strip() and len(following) - len(
                    following.lstrip()) > indent, lines[index + 1:]))
            value = " ".join(following.strip() for following in block)
        found.setdefault(option[1], value.strip())
    return " ".join((found.get("alt") or found.get("cap") or "").split())


BLOCK_TYPE = re.compile(r"\btype[ \t]*=[ \t]*([\"'])(?:rmd)?(\w+?)(?:block)?\1")
"""The style of knitr's `{block}` or `{block2}` of Markdown (bookdown's), its CSS class:
"summaryblock", "rmdnote", "rmdwarning" are a summary, a note, a warning."""
SHOWS_NOTHING = re.compile(r"\b(?:include|eval|output)[ \t]*[:=][ \t]*(?:false|FALSE|F)\b"
                           r"|\bresults[ \t]*[:=][ \t]*[\"']?(?:hide|false|FALSE)\b")
"""A chunk's option that leaves all its output out of the page: knitr's `include=FALSE`,
`eval=FALSE`, `results='hide'`, Quarto's `output: false`. `echo: false` hides the code alone."""
QUIET_STATEMENT = re.compile(r"[^(]*?<<?-|[\w.$@\[\]\"' ]+?=(?!=)|(?:library|require|source"
                             r"|set\.seed|options|import|from)\b")
"""A statement that shows nothing in the knitted page: an assignment (`cases <- read(…)`,
`n = 3`), or loading a package or a script."""
CONTINUED = re.compile(r"(?:%[^%\s]*%|\|>|[-+*/,(\[{&|=<>~])$")
"""The end of a line that a statement goes on after (`%>%`, `+`, `,`, an open bracket)."""


def shows_nothing(code: list[str]) -> bool:
    """Whether a chunk's `code` is only `QUIET_STATEMENT`s and comments, such as R4EPI's
    data cleaning or a report's setup chunk, whose output no page shows: a chunk whose code
    alone is hidden is warned of only when it might show something (sweep CZ: 25 warnings
    on an outbreak report's first part, most of them for its data cleaning)."""
    depth, continued = 0, False
    for line in code:
        statement = line.split("#", 1)[0].strip()
        if not statement:
            continue
        if not depth and not continued and not QUIET_STATEMENT.match(statement):
            return False
        depth += sum(map(statement.count, "([{")) - sum(map(statement.count, ")]}"))
        continued = bool(CONTINUED.search(statement))
    return True


HIDE_ALL_CHUNKS = re.compile(r"opts_chunk\$set\(([^()]|\([^()]*\))*?\becho[ \t]*=[ \t]*(FALSE|F)\b")
"""knitr's `knitr::opts_chunk$set(echo = FALSE, ...)` in a setup chunk: every chunk after
it is hidden unless it says `echo = TRUE`."""


class ExecutableChunks(NotingPreprocessor):
    """Quarto's and R Markdown's code chunks (```` ```{r} ````, ```` ```{python} ````): the
    `#| echo: false` option lines are the tool's, not the code; a chunk whose options hide
    it (`include: false`, `echo: false`, knitr's `{r setup, include=FALSE}`) is not in the
    published page, so it is left out here too, as is every chunk after a setup chunk that
    hides them all (`knitr::opts_chunk$set(echo = FALSE)`, as R4EPI's report templates
    have it: their data cleaning was read out as code) but one that says `echo = TRUE`;
    and so is every chunk of a Quarto document whose front matter hides them
    (`execute: {echo: false}`: a consent form's setup code was read as "Code example").
    A chunk that only shows a picture (`INCLUDED_PICTURE`) is that picture. knitr's
    `{block}` and `{block2}` hold Markdown, no code: a box (rOpenSci's packaging guide's
    summary was printed as code, its links' addresses read out).

    A chunk whose code alone is hidden (`echo: false`) still shows what it computes in the
    published report, a table or words, which only R or Python can make: it is left out
    with a warning at its line. Sweep CZ: a fishery paper's five tables (its `tbl-cap`
    chunks) and a report's analysts' names (`results='asis'`) went without a word, and
    `invoke check` passed."""

    def __init__(self, md: Markdown, variables: Mapping[str, str]):
        super().__init__(md)
        self.hidden = variables.get("execute.echo", "").lower() == "false"

    def run(self, lines: list[str]) -> list[str]:
        result = list(lines)
        hidden = self.hidden  # what knitr's `opts_chunk$set(echo = FALSE)` makes the default
        for opening, index, end in fenced_blocks(lines, CHUNK_OPENING):
            if opening.group(2) in ("block", "block2"):
                # knitr's blocks of Markdown, a styled box: "type" is its CSS class
                style = BLOCK_TYPE.search(opening.group(3))
                result[index] = callout_div(style.group(2) if style else "note")
                if end < len(lines):
                    result[end] = "</div>"
                continue
            options = index + 1
            while options < end and CHUNK_OPTION.match(lines[options]):
                options += 1
            chosen = opening.group(3) + " ".join(lines[index + 1:options])
            alt = picture_description(opening.group(3), lines[index + 1:options])
            pictures = [INCLUDED_PICTURE.match(line) for line in lines[options:end]
                        if line.strip()]
            if pictures and all(pictures) and not re.search(
                    r"\binclude[ \t]*[:=][ \t]*(?:false|FALSE|F)\b", chosen):
                # its picture, described by its `fig.alt` or `fig.cap` (a study's sensor,
                # "see image below", then nothing)
                shown = [f"![{alt}]({found.group(2)})" for found in pictures]
                result[index:end + 1] = [""] * (end - index) + [" ".join(shown)]
                continue
            # A plot the chunk draws, which only R or Python can make: its description in
            # a box, as a picture not to be had is ("Picture not available: Scatterplot…")
            plot = f"![{alt}]()" if alt and not HIDDEN_PLOT.search(chosen) else ""
            if HIDDEN_CHUNK.search(chosen) or hidden and not SHOWN_CHUNK.search(chosen):
                result[index:end + 1] = [""] * len(lines[index:end]) + [plot]
                if not plot and not SHOWS_NOTHING.search(chosen) \
                        and not shows_nothing(lines[options:end]):
                    caption = TABLE_CAPTION_OPTION.search(chosen)
                    shown = f"the table '{caption.group(1).strip()}'" if caption \
                        else "a table, words or numbers, if it shows any"
                    tool = {"r": "R", "python": "Python"}.get(opening.group(2),
                                                             opening.group(2))
                    self.note(index, f"this {tool} chunk's code is hidden, but the published "
                              f"report shows what it computes ({shown}), which only {tool} "
                              "can make: it is left out here; write it in its place",
                              WARNING)
            elif plot and options - index >= 2:  # the box, a blank line, then the code
                result[index:options] = [plot] + [""] * (options - index - 2) + [lines[index]]
            else:  # the opening moves down over its options, keeping the line count
                result[index:options] = [""] * (options - index - 1) + [lines[index]]
            hidden = hidden or bool(HIDE_ALL_CHUNKS.search("\n".join(lines[index:end])))
        return result


# --- GOV.UK's Govspeak ----------------------------------------------------------------------

GOVSPEAK_CALLOUT = re.compile(r"^([\^%])(?![\^%\[])[ \t]*(\S.*?)[ \t]*\1?[ \t]*$")
"""Govspeak's information callout (`^Worth knowing.^`) and warning callout (`%You will be
fined.%`): a line that starts with the mark (its closing mark is optional, as in
Govspeak), one line long."""
GOVSPEAK_CALLOUT_KINDS = {"^": "information", "%": "warning"}

GOVSPEAK_BOXES = {"CTA": ("call-to-action", ""), "C": ("contact", "Contact"),
                  "A": ("address", "Address"), "E": ("example", "Example"),
                  "D": ("form-download", ""), "!": ("summary", ""), "I": ("place-information", ""),
                  "P": ("place", ""), "AI": ("additional-information", "")}
"""Govspeak's boxes by their mark (`$CTA` ... `$CTA`): the kind of callout each is and its
label ("" for none: GOV.UK shows none, and the words in the box say what it is for)."""
GOVSPEAK_BOX_MARK = "|".join(re.escape(mark) for mark in sorted(GOVSPEAK_BOXES, key=len,
                                                                   reverse=True))
GOVSPEAK_BOX = re.compile(rf"^\$(CTA|(?:{GOVSPEAK_BOX_MARK})(?!\w))(.*)$")
"""A line opening a box: its mark (the longest first, `$CTA` before `$C`) and any words
after it, up to a closing mark (`$CTA Click here to start $CTA`) or on to the line that
ends with one. Only `$CTA` may run into its words (`$CTAClick anywhere`, in Govspeak's
tests); `$EndLegislativeList` is no example box (`$E`)."""
GOVSPEAK_STEP = re.compile(r"^([ \t]*)s(\d+)\.(?=[ \t])")
"""One of Govspeak's steps (`s1. Add numbers.`), an item of a numbered list."""
GOVSPEAK_BUTTON = re.compile(r"^[ \t]*\{button\b[^}\n]*\}\s*(\[[^\]]+\]\([^)]+\))\s*"
                             r"\{/button\}", re.M)
"""A button (`{button start}[Start now](https://...){/button}`, on one line or over three),
which GOV.UK draws as a link styled as a button: here the link."""
GOVSPEAK_EMBED_ID = r"[ \t]*[^\s\[\]](?:[^\[\]\n]*[^\s\[\]])?[ \t]*\](?!\()"
"""The id of an embedded part and its closing bracket: a content id, or a file's name as
Govspeak's README writes one (`filename.png`, `file.txt`); not a Markdown picture's
description, `![Image: the polling station](station.jpg)`, which printed "!(station.jpg)"."""
GOVSPEAK_EMBED = re.compile(r"(`+).+?\1|(?<!!)\[(Contact|embed:[\w:]+|Image|Attachment"
                            r"|AttachmentLink):" + GOVSPEAK_EMBED_ID + r"|(?<![^\n])!!(\d+)", re.S)
"""A part GOV.UK's publisher fills in from its own records by id (`[Contact:<id>]`,
`[embed:link:<id>]`, `[Image:filename.png]`, `[Attachment:<id>]`), or by number (`!!1` at
a line's start, the page's first attached picture): nothing here can fill it in."""
GOVSPEAK_EMBEDDED = {"Contact": "a contact's details", "embed:link": "a link",
                     "Image": "a picture", "embed:attachments:image": "a picture",
                     None: "a picture"}
"""What each kind of `GOVSPEAK_EMBED` stands for (else an attachment; None, `!!1`)."""
GOVSPEAK_BARCHART = re.compile(r"(`+).+?\1|(?<![^\n])[ \t]*\{barchart\b[^}\n]*\}[ \t]*(?![^\n])",
                               re.S)
"""Govspeak's `{barchart}` on the line after a table (`{barchart stacked compact}`), which
asks GOV.UK's JavaScript to draw the table as a bar chart too."""
LEGISLATIVE_ITEM = re.compile(r"^([ \t]*)([-*+][ \t]+)(\w{1,6})([.)])(?=[ \t])")
"""An item of a legislative list (`* 1. Item`, `  * a) Item 2a`): its indent, bullet, and
the number the author gave it, which is part of its words (`1.` in "1. Item 1")."""
GOVSPEAK_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"
                                 r"|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
"""The rule under a table's header row, which kramdown, and so Govspeak, takes with fewer
cells than the header has (the guide's `-|-` under three)."""
CELL_DIVIDER = re.compile(r"(?<!\\)\|")
ROW_HEADER = re.compile(r"^([ \t]*\|?[ \t]*)#(?:[ \t]+|(?=[ \t]*(?:\||$)))([^|]*?)([ \t]*(?:\||$))")
"""A Govspeak row's first cell that is the row's header (`# Theory test | 31 | 31`), which
GOV.UK makes a `<th scope="row">`."""
DEVOLVED_PLACES = {"england": "England", "scotland": "Scotland", "wales": "Wales",
                   "northern-ireland": "Northern Ireland", "london": "London",
                   "england-wales": "England and Wales"}
DEVOLVED = re.compile(rf"(`+).+?\1|(?<![^\n]):({'|'.join(DEVOLVED_PLACES)}):(.*?):\2:", re.S)
"""Govspeak's devolved content (`:scotland:words:scotland:`), which GOV.UK shows in a box
headed "This section applies to Scotland" (its locales/en.yml)."""
EXTERNAL_LINK = re.compile(r"^x(\[[^\]\n]+\]\([^)\n]+\))x", re.M)
"""Govspeak's older mark for a link off GOV.UK (`x[a link](http://rubyforge.org)x`, at the
start of a line): the link."""
GOVSPEAK_HIGHLIGHT = re.compile(r"(`+).+?\1|\{(::highlight-answer|stat-headline)\}(.*?)"
                                r"\{(?::/highlight-answer|/stat-headline)\}", re.S)
"""Govspeak's highlighted answer (`{::highlight-answer}The VAT rate is *20%*
{:/highlight-answer}`) and headline figure (`{stat-headline}*13.8bn* Age of the universe
in years{/stat-headline}`), which GOV.UK shows large in a box: a box."""
GOVSPEAK_LINE_BOXES = frozenset({"A"})
"""The boxes each of whose lines is a line, as GOV.UK breaks an address, without the two
spaces or backslash Markdown asks for (those an author wrote go)."""

GOVSPEAK_MARKS = re.compile(
    r"([\^%])(?![\^%\[])(?=[^\n]*?\S[ \t]+\S)[^\n]*\S[ \t]*\1[ \t]*"  # a callout of words
    rf"|\$(?:{GOVSPEAK_BOX_MARK})[ \t]*"  # a box's mark alone on its line
    rf"|\$({GOVSPEAK_BOX_MARK})(?!\w)[ \t]+\S.*\$\2[ \t]*"  # a box of one line
    r"|[ \t]*s1\.[ \t]+\S.*"  # the first of its steps
    r"|[ \t]*\{button\b[^}\n]*\}.*"  # a button
    r"|\$LegislativeList[ \t]*"  # a list numbered by hand
    r"|x\[[^\]\n]+\]\([^)\n]+\)x.*"  # a link off GOV.UK
    r"|.*\{(?::/highlight-answer|/stat-headline)\}.*"  # the end of a highlight
    r"|.*(?<!!)\[(?:Contact|embed:[\w:]+|Image|Attachment|AttachmentLink):" + GOVSPEAK_EMBED_ID
    + ".*"
    r"|!!\d+.*"  # an attached picture, by number
    r"|[ \t]*\{barchart\b[^}\n]*\}[ \t]*"  # a table drawn as a bar chart
)
"""What makes a page Govspeak: a line that is one of its own marks, none of which
ordinary Markdown writes. A caret or a percent sign in prose ("50%", "2^3", `x^2^`) is not
one, nor is a Pandoc note (`^[words]`) or an Obsidian comment (`%%...%%`)."""


def is_govspeak(lines: list[str], mask: list[bool]) -> bool:
    """Whether the page `lines` (`mask` saying which are code) is written in Govspeak."""
    return any(GOVSPEAK_MARKS.fullmatch(line) for line, code in zip(lines, mask) if not code)


class GovspeakBlocks(NotingPreprocessor):
    """GOV.UK's Govspeak (alphagov/govspeak), which councils, NHS bodies and charities
    copy from GOV.UK, in a page that `is_govspeak`: an information callout (`^...^`) is a
    box labelled "Information", a warning callout (`%...%`) one labelled "Warning", as
    GOV.UK marks them for a screen reader (`role="note" aria-label="Warning"`); a box
    (`$CTA` ... `$CTA`, `GOVSPEAK_BOXES`) is a callout, nested or not; steps (`s1.`) are
    the numbered list GOV.UK shows; a button (`{button}[Start now](...){/button}`) and an
    external link (`x[words](address)x`) are the links they are; a contact, link, picture
    or attachment GOV.UK fills in by its id (`GOVSPEAK_EMBED`) goes, with a warning. A
    legislative list (`$LegislativeList` ... `$EndLegislativeList`) has the numbers its
    author wrote ("1.", "a)", "ii."), not numbers of its own, as GOV.UK shows it. A
    table's rule may have fewer cells than its header (`-|-`), and a row's first cell may
    be its header (`# Theory test`). Devolved content (`:scotland:` ... `:scotland:`) is
    a box labelled as GOV.UK heads it; a highlighted answer or figure
    (`GOVSPEAK_HIGHLIGHT`) a box."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        if not is_govspeak(lines, mask):
            return lines
        lines = outside_code(lines, lambda text, _: GOVSPEAK_BUTTON.sub(
            lambda found: keep_lines(found.group(0), found.group(1)), text))
        lines = outside_code(lines, lambda text, _: EXTERNAL_LINK.sub(r"\1", text))
        lines = outside_code(lines, lambda text, _: GOVSPEAK_HIGHLIGHT.sub(
            lambda found: found.group(0) if found.group(1) else callout_div(
                found.group(2).strip(":"), "") + found.group(3).strip(" \t") + "</div>", text))
        lines = outside_code(lines, lambda text, first: GOVSPEAK_EMBED.sub(
            lambda found: self.embedded(found, text, first), text))
        lines = outside_code(lines, lambda text, first: GOVSPEAK_BARCHART.sub(
            lambda found: self.barchart(found, text, first), text))
        lines = outside_code(lines, lambda text, _: DEVOLVED.sub(
            lambda found: found.group(0) if found.group(1) else callout_div(
                "devolved", f"This section applies to {DEVOLVED_PLACES[found.group(2)]}")
            + found.group(3).strip(" \t") + "</div>", text))
        mask = code_mask(lines)
        opened: list[tuple[str, int]] = []  # the boxes open: (mark, line of the mark)
        legislative = False  # inside a `$LegislativeList`
        for index, line in enumerate(lines):
            if mask[index]:
                continue
            if opened and line.rstrip().endswith("$" + opened[-1][0]):
                mark, start = opened.pop()
                lines[index] = line.rstrip()[:-len(mark) - 1].rstrip() + "</div>"
                if mark in GOVSPEAK_LINE_BOXES:
                    self.break_lines(lines, start + 1, index)
                continue
            box = GOVSPEAK_BOX.match(line)
            if box and self.box_closes(lines, mask, index, box):
                mark, words = box.group(1), box.group(2).strip()
                kind, label = GOVSPEAK_BOXES[mark]
                at = index if words else next((at for at in range(index + 1, len(lines))
                                                if lines[at].strip()), index)
                first = words or lines[at]
                if label and unmarked(first).strip().rstrip(":").lower() == label.lower():
                    # "**Example**" on a line of its own is the box's label, as GOV.UK's
                    # pension pages write it: it ran into the first sentence ("Example
                    # Your pot is..."), and the box ended "End of box."
                    label = unmarked(first).strip().rstrip(":")
                    words = ""
                    if at != index:
                        lines[at] = ""
                elif label and unmarked(first).lower().startswith(label.lower()):
                    label = ""  # "**Example**: Open the pod bay doors" says it already
                if words.endswith("$" + mark):  # a box of one line
                    lines[index] = callout_div(kind, label) \
                        + words[:-len(mark) - 1].strip() + "</div>"
                else:
                    lines[index] = callout_div(kind, label) + words
                    opened.append((mark, index))
                continue
            if line.strip() == "$LegislativeList":
                legislative = True
                lines[index] = ""
                continue
            if line.strip() == "$EndLegislativeList" and legislative:
                legislative = False
                lines[index] = ""
                continue
            item = LEGISLATIVE_ITEM.match(line) if legislative else None
            if item:  # nested two spaces deeper, which Python-Markdown wants as four
                indent, bullet, number, stop = item.groups()
                lines[index] = f"{indent * 2}{bullet}{number}\\{stop}" + line[item.end():]
                continue
            if GOVSPEAK_TABLE_RULE.match(line) and index and "|" in lines[index - 1]:
                self.mend_table(lines, mask, index)
                continue
            step = GOVSPEAK_STEP.match(line)
            if step:
                lines[index] = f"{step.group(1)}{step.group(2)}." + line[step.end():]
                continue
            callout = GOVSPEAK_CALLOUT.match(line)
            if callout:
                mark, words = callout.groups()
                lines[index] = callout_div(GOVSPEAK_CALLOUT_KINDS[mark]) + words + "</div>"
        return lines

    def embedded(self, found: re.Match[str], text: str, first: int) -> str:
        """A `GOVSPEAK_EMBED` left out, with a warning: GOV.UK fills it in from records
        only its publisher holds, so the page has a hole the author must fill."""
        if found.group(1):
            return found.group(0)
        what = GOVSPEAK_EMBEDDED.get(found.group(2), "an attachment")
        self.note(line_of(text, found.start(), first),
                  f"'{quote(found.group(0))}' is {what} that GOV.UK fills in from its own "
                  "records and cannot be shown here: it is left out; write its words into "
                  "the page", WARNING)
        return ""

    def barchart(self, found: re.Match[str], text: str, first: int) -> str:
        """A `GOVSPEAK_BARCHART` left out, with a note: the table holds every figure the
        chart would draw, and print and speech give them as the table."""
        if found.group(1):
            return found.group(0)
        self.note(line_of(text, found.start(), first),
                  f"'{quote(found.group(0).strip())}': GOV.UK draws the table above as a bar "
                  "chart too; the handout gives its figures as the table")
        return ""

    @staticmethod
    def mend_table(lines: list[str], mask: list[bool], rule: int) -> None:
        """The Govspeak table whose rule is line `rule`, as Python-Markdown reads tables:
        the rule has as many cells as the header row (it printed as a paragraph of pipes),
        and a row's header, `# Theory test`, is its words in bold (it was a heading, and
        split the handout into a part for every row)."""
        header = lines[rule - 1].strip()
        count = len(CELL_DIVIDER.split(header.strip("|")))
        edge = "|" if lines[rule].strip().startswith("|") else ""
        lines[rule] = edge + "|".join(["---"] * count) + edge
        lines[rule - 1] = ROW_HEADER.sub(r"\1\2\3", lines[rule - 1])
        for index in range(rule + 1, len(lines)):
            if mask[index] or "|" not in lines[index] or not lines[index].strip():
                break
            lines[index] = ROW_HEADER.sub(
                lambda found: found.group(1) + (f"**{found.group(2).strip()}**"
                                                if found.group(2).strip() else "")
                + found.group(3), lines[index])

    @staticmethod
    def break_lines(lines: list[str], start: int, end: int) -> None:
        """Lines `start` to `end` (not included) each a line of their own."""
        filled = [index for index in range(start, end) if lines[index].strip()]
        for index in filled[:-1]:
            lines[index] = re.sub(r"[ \t\\]*$", "", lines[index]) + "  "
        if filled:
            lines[filled[-1]] = re.sub(r"[ \t\\]*$", "", lines[filled[-1]])

    @staticmethod
    def box_closes(lines: list[str], mask: list[bool], index: int, box: re.Match[str]) -> bool:
        """Whether the box opened on line `index` closes: on its own line, or on a later
        line (outside code) that ends with its mark. One that never does is no box, as
        in Govspeak, and its mark stays."""
        closing = "$" + box.group(1)
        if box.group(2).strip().endswith(closing):
            return True
        return any(line.rstrip().endswith(closing) and not code
                   for line, code in zip(lines[index + 1:], mask[index + 1:]))


# --- The extension ---------------------------------------------------------------------------


class KeepConvertedText(Preprocessor):
    """Keeps the text as the preprocessors above leave it (line for line the author's), in
    `md.converted_lines`, for what finds headings and lints by line."""

    def run(self, lines: list[str]) -> list[str]:
        self.md.converted_lines = list(lines)  # type: ignore[attr-defined]
        return lines



class ListAfterText(BlockProcessor):
    """A list that starts on the line after a paragraph's is a list, as CommonMark (GitHub,
    GitLab, Docusaurus, VitePress) has it: a bullet, or a number that starts at 1, may
    interrupt a paragraph. Python-Markdown wants a blank line first, and ran the items into
    the paragraph: real leaflets' "Never:" and "If no red flags are present:", each followed
    by their list, printed as one run of text and were said "... present: 1." / "Keep
    your child comfortable 2.". The block is cut before the list's first line; the paragraph
    and the list are then read as usual."""

    START = re.compile(r"\n(?=[ ]{0,3}(?:[-*+]|1[.)])[ \t]+\S)")

    def test(self, parent: ET.Element, block: str) -> bool:
        first = block.split("\n", 1)[0]
        return not (LIST_ITEM.match(first) or first.startswith(("    ", "\t", "|"))) \
            and bool(self.START.search(block))

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        cut = self.START.search(block)
        blocks[:0] = [block[:cut.start()], block[cut.end():]]
        return False  # the paragraph before the list is read by the processors after this


class QuoteAfterList(BlockProcessor):
    """A quote that starts at the margin on the line after a list's is a quote after the
    list, as CommonMark (GitHub) has it: a `>` may interrupt a paragraph, and one at the
    margin is in no item. Python-Markdown took it into the list's last item: a Ukrainian
    refugees' guide's general advice, "> Рекомендується надати…", printed and read as part
    of its last item, for non-citizens only. The block is cut before the quote."""

    START = re.compile(r"\n(?=>)")

    def test(self, parent: ET.Element, block: str) -> bool:
        return bool(LIST_ITEM.match(block)) and bool(self.START.search(block))

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        cut = self.START.search(block)
        blocks[:0] = [block[:cut.start()], block[cut.end():]]
        return False  # the list is read by Python-Markdown's list processors


class ListAfterHtmlList(BlockProcessor):
    """A Markdown list straight after a list written in HTML inside a `markdown="1"` block
    starts a list of its own. Python-Markdown keeps such an HTML list as an element whose
    items are not yet parsed, and its list processors, taking it for the list to carry on,
    failed on its missing items (IndexError), and no handout in the folder was built. A
    marker element set after it, taken out once the page is parsed (`ListBreaks`), makes
    the next item start a list."""

    def test(self, parent: ET.Element, block: str) -> bool:
        last = self.lastChild(parent)
        return last is not None and last.tag in ("ul", "ol") and not len(last) \
            and bool(LIST_ITEM.match(block))

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        ET.SubElement(parent, LIST_BREAK)
        return False  # the list itself is read by Python-Markdown's list processors


LIST_BREAK = "handout-list-break"
"""The marker element `ListAfterHtmlList` sets between two lists."""


class ListBreaks(Treeprocessor):
    """Take out `ListAfterHtmlList`'s markers."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for marker in parent.findall(LIST_BREAK):
                parent.remove(marker)


class AbbreviationsSpelledOut(Treeprocessor):
    """An abbreviation defined for the page (`*[PALS]: Patient Advice and Liaison Service`,
    Python-Markdown's and MkDocs' way) spelled out in brackets where it is first used
    outside a heading, "PALS (Patient Advice and Liaison Service)", as plain-language
    guidance asks: its words were only a web page's tooltip, and print and the voice had
    none ("your DNA appointment", the listener hearing genes for "did not attend")."""

    def run(self, root: ET.Element) -> None:
        headings = {id(element) for heading in root.iter() if heading.tag in HEADING_TAGS
                    for element in heading.iter("abbr")}
        spelled: set[str] = set()
        for abbreviation in root.iter("abbr"):
            title, short = abbreviation.get("title") or "", abbreviation.text or ""
            if id(abbreviation) in headings or not title or short in spelled:
                continue
            spelled.add(short)
            abbreviation.tail = f" ({title}){abbreviation.tail or ''}"


CJK_CHARACTER = "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
"""A character of Chinese or Japanese, its punctuation and full-width forms among them."""
CJK_LINE_BREAK = re.compile(rf"(?<={CJK_CHARACTER})[ \t]*\n[ \t]*(?={CJK_CHARACTER})")
"""A line's end in a paragraph between two characters of Chinese or Japanese, which write
no space between words: nothing, as CSS's rule for breaks between them (CSS Text 3) and
markdown-it's `cjk-breaks` make it, where print and the transcript put a space inside a
word ("希 望", a Taiwanese vaccination page's "hope"). Korean writes spaces; its breaks
stay spaces."""


class CJKLineBreaks(Treeprocessor):
    """Lines' ends between characters of Chinese or Japanese taken out (`CJK_LINE_BREAK`),
    but in code."""

    def run(self, root: ET.Element) -> None:
        def join(element: ET.Element) -> None:
            if element.tag in ("pre", "code"):
                return
            if element.text and "\n" in element.text:
                element.text = CJK_LINE_BREAK.sub("", element.text)
            for child in element:
                join(child)
                if child.tail and "\n" in child.tail:
                    child.tail = CJK_LINE_BREAK.sub("", child.tail)

        join(root)


class DescribedPicture:
    """A Markdown picture's description as the plain text of what is between its brackets:
    a link there whose words are emphasised left Python-Markdown's placeholder for them
    ("for the klzzwxh:0003 guidance", said and printed), and emphasis its asterisks. One
    with nothing between them, `![](logo.png)`, has no `alt` at all, as its author has
    still to describe it: Python-Markdown writes `alt=""`, which in HTML (as in a page's own
    `<img alt="">`) marks a picture that only decorates (`images.is_decorative`).

    Mixed into Python-Markdown's own patterns for pictures, as the nodes its placeholders
    stand for are kept only while the inline patterns run (Markdown 3.11.4 lets them go at
    the end of the run)."""

    md: Markdown

    def handleMatch(self, m: re.Match[str], data: str  # noqa: N802 (Python-Markdown's name)
                    ) -> tuple[ET.Element | None, int | None, int | None]:
        from markdown.util import INLINE_PLACEHOLDER_RE

        image, start, end = super().handleMatch(m, data)  # type: ignore[misc]
        if image is None:
            return image, start, end
        stashed = self.md.treeprocessors["inline"].stashed_nodes  # type: ignore[attr-defined]

        def plain(text: str) -> str:
            def stashed_text(found: re.Match[str]) -> str:
                node = stashed.get(found.group(1), "")
                return plain(node if isinstance(node, str) else "".join(node.itertext()))

            return INLINE_PLACEHOLDER_RE.sub(stashed_text, text)

        alt = re.sub(r"(\*{1,3}|(?<!\w)_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2",
                     plain(image.get("alt") or ""))
        if alt.strip():
            image.set("alt", alt)
        else:
            image.attrib.pop("alt", None)
        return image, start, end


class DescribedImage(DescribedPicture, ImageInlineProcessor):
    """`![description](picture.png)`, described (`DescribedPicture`)."""


class DescribedImageReference(DescribedPicture, ImageReferenceInlineProcessor):
    """`![description][picture]`, described (`DescribedPicture`)."""


class DescribedShortImageReference(DescribedPicture, ShortImageReferenceInlineProcessor):
    """`![picture]`, described (`DescribedPicture`)."""


class HeaderOnlyTables(Treeprocessor):
    """A table written as its header row alone has no body: Python-Markdown gives it an
    empty row, which printed as an empty strip under a title framed in a one-cell table
    (as Google Docs writes one to Markdown)."""

    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            body = table.find("tbody")
            if table.find("thead") is not None and body is not None and len(body) == 1 \
                    and not "".join(body.itertext()).strip() \
                    and all(len(cell) == 0 for cell in body[0]):
                table.remove(body)


class DashHeaderRows(Treeprocessor):
    """A table whose header row is only dashes, " - | - | - " (as a camp's recipe book types
    a table with no names for its columns, sweep CI, camp-menu lines 5-7), has no header
    row: each cell was said "-: bacon. -: 600.", and print repeated a row of three dashes
    at each page's top."""

    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead")
            if head is not None and all(re.fullmatch(r"\s*[-–—]+\s*", "".join(cell.itertext()))
                                        for row in head for cell in row):
                table.remove(head)


class TitledPicturesOnTheirLine(Treeprocessor):
    """A picture with a title on a line of its own at the end of a paragraph or a list item
    is a paragraph of its own, as one after a blank line is, so that its title is its
    caption: a recipe's method (sweep CI, paneer-tikka-masala lines 33 and 39) put a
    picture under a step, "![paneer](/pix/paneer-01.webp "Paneer ready to be marinated on
    the skewer")", and its title was neither printed nor said."""

    def run(self, root: ET.Element) -> None:
        for block in [block for block in root.iter() if block.tag in ("p", "li")]:
            picture = block[-1] if len(block) else None
            before = (block[-2].tail if len(block) > 1 else block.text) or ""
            if picture is None or picture.tag != "img" or not picture.get("title", "").strip() \
                    or (picture.tail or "").strip() or not before.strip() \
                    or not before.rstrip(" \t").endswith("\n"):
                continue
            block.remove(picture)
            if len(block):
                block[-1].tail = before.rstrip()
            else:
                block.text = before.rstrip()
            paragraph = ET.Element("p")
            paragraph.append(picture)
            picture.tail = None
            if block.tag == "li":
                block.append(paragraph)
            else:
                parent = next(element for element in root.iter() if block in list(element))
                parent.insert(list(parent).index(block) + 1, paragraph)


class BoldHeaderRows(Treeprocessor):
    """A table whose header row is empty and whose first row names its columns in bold over
    rows not in bold (`script.names_in_bold`, as `word.bold_header_rows` asks of Word's) has
    that row for its header: a dosing table typed "|   |   |" over "| **Day** | **Dose** |"
    was said "Day. Dose." and then "Monday. 1 tablet.", each row without its columns' names,
    where print stacks the rows under them, and the web page had no header cells."""

    def run(self, root: ET.Element) -> None:
        from handout.read.script import in_bold, names_in_bold

        for table in root.iter("table"):
            head, body = table.find("thead"), table.find("tbody")
            if head is None or body is None or len(head) != 1 or len(body) < 2 \
                    or "".join(head.itertext()).strip():
                continue
            first, *rest = list(body)
            said = [cell for row in rest for cell in row if "".join(cell.itertext()).strip()]
            if names_in_bold(list(first)) and said and not all(map(in_bold, said)):
                head.remove(head[0])
                body.remove(first)
                head.append(first)
                for cell in first:
                    cell.tag = "th"


class ItemAfterIndentedBlock(ListIndentProcessor):
    """An item that follows a list item's later block with no blank line is an item of its
    own list, as CommonMark has it ("   ![A box](box.png)" and then "2. Take out the
    inhaler."; "    More about green ones." and then "- Pears"): Python-Markdown reads a
    block indented into a list as one piece, and took the item into the block above, as
    words of its paragraph or as a list nested in the wrong item. The block is cut before
    the first line that starts an item at a shallower level (four spaces a level, as
    `ListContinuations` leaves them); both parts are then read as usual."""

    def test(self, parent: ET.Element, block: str) -> bool:
        return super().test(parent, block) and self.shallower_item(block) is not None

    def shallower_item(self, block: str) -> int | None:
        """Where in `block` the first line that starts an item shallower than its first
        line's level begins, if one does."""
        lines = block.split("\n")
        level = (len(lines[0]) - len(lines[0].lstrip(" "))) // self.tab_length
        position = len(lines[0]) + 1
        for line in lines[1:]:
            indent = len(line) - len(line.lstrip(" "))
            if list_item(line) and indent // self.tab_length < level:
                return position
            position += len(line) + 1
        return None

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        cut = self.shallower_item(block)
        blocks[:0] = [block[:cut - 1], block[cut:]]
        return False  # the indented block is read by the processors after this


class TableAfterText(ListAfterText):
    """A table that starts on the line after a paragraph's is a table, as GitHub has it
    ("Doses by age:" and its table on the next line): Python-Markdown wants a blank line
    first, and printed the table as a paragraph of pipes, said "Age Dose --- ---". The
    block is cut before the table's header row, as `ListAfterText` cuts before a list."""

    START = re.compile(r"\n(?=[^\n]*\|[^\n]*\n[ ]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*"
                       r"\|?[ \t]*(?:\n|$))")

    def test(self, parent: ET.Element, block: str) -> bool:
        if block.startswith("|"):
            return rows_over_header(block.split("\n")) is not None
        return not block.startswith(("    ", "\t")) and bool(self.START.search(block))

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        rows = blocks[0].startswith("|")
        super().run(parent, blocks)
        return rows  # rows over the header are read from the first processor, as a table


def rows_over_header(lines: list[str]) -> int | None:
    """How many rows of pipes `lines` open with over a table's header row and its row of
    dashes, as a spreadsheet pasted into Wiki.js gives them: a hackerspace's income and
    expenditure (sweep CV, 07 line 167), two rows and an empty one over "| Income AUD | June
    2026 |" and its dashes, was one paragraph, its pipes printed for a page and more, its
    seventy rows' figures said as one run. GitHub shows the table from its header row; the
    rows over it are rows with no header row (`RowsWithoutRule`) where there are two or
    more. None if the first row of dashes is under the first row, or there is none."""
    rule = next((index for index, line in enumerate(lines) if PIPE_DELIMITER_ROW.match(line)),
                None)
    return rule - 1 if rule is not None and rule >= 2 \
        and all(line.lstrip().startswith("|") for line in lines[:rule]) else None


class TableEndsAtHeading(BlockProcessor):
    """A pipe table ends at a `#` heading or a rule on the line after its last row, as
    GitHub has it: Python-Markdown's tables take every line up to a blank one. A festival's
    line-up (sweep CE) ran its first table's last row, `---`, `#### In the Yurt` and the
    next table on together: the heading was printed in a cell, marks and all, and said "Time:
    In the Yurt.", and the next table's header and rule were rows ("Time: Time. Kids: Kids.").
    The block is cut before the heading or the rule."""

    END = re.compile(r"\n(?=[ ]{0,3}(?:#{1,6}(?:[ \t][^\n]*)?|([-*_])[ \t]*(?:\1[ \t]*){2,})"
                     r"(?:\n|$))")

    def test(self, parent: ET.Element, block: str) -> bool:
        tables = self.parser.blockprocessors  # none where only the syntax is converted
        return "\n" in block and "table" in tables \
            and bool(self.END.search(block, block.find("\n") + 1)) \
            and tables["table"].test(parent, block)

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        cut = self.END.search(block, block.find("\n") + 1)  # after its header's rule
        blocks[:0] = [block[:cut.start()], block[cut.end():]]
        return False  # the table, then the heading or rule, are read as usual


GRID_BORDER = re.compile(r"^[ ]{0,3}\+(?:[-=:]+\+)+[ \t]*$")
DASH_RULE = re.compile(r"^[ ]{0,3}-{2,}(?:[ ]+-{2,})+[ \t]*$")
FULL_RULE = re.compile(r"^[ ]{0,3}-{3,}[ \t]*$")
TABLE_CAPTION = re.compile(r"^[ ]{0,3}(?:Table)?:[ \t]+(.*?)[ \t]*(?:\{[^}\n]*\})?[ \t]*$",
                           re.S)
"""Pandoc's tables drawn in characters: a grid table's borders (`+----+:---:+`, `+====+`
under its header), the rules of dashes of a simple or multiline table (one group of dashes
per column, and a multiline table's full-width first and last rules), and a table's
caption, a paragraph of its own before or after it (`Table: Doses`, `: Doses {#tbl-doses}`,
Quarto's `: {tbl-colwidths="[50, 50]"}` with attributes only)."""


def table_kind(block: str) -> str | None:
    """Which of Pandoc's tables drawn in characters `block` starts: "grid", "simple" (a
    header line over a rule, or a rule first, with no header) or "multiline" (a full rule
    first, then the header and its rule; or a rule in columns first, as a course syllabus
    draws its schedule, whose header was read as a headerless table's first row and its
    cells' words over the rule under them as headings); else None."""
    lines = block.split("\n")
    if len(lines) >= 3 and GRID_BORDER.match(lines[0]) \
            and lines[1].lstrip(" ").startswith(("|", "+")):
        return "grid"
    if len(lines) >= 4 and DASH_RULE.match(lines[0]) and lines[1].strip() \
            and any(DASH_RULE.match(line) for line in lines[2:-1]):
        return "multiline"  # its first rule in columns, over a header and its rule
    if len(lines) >= 2 and DASH_RULE.match(lines[0]):
        return "simple"
    if len(lines) >= 3 and DASH_RULE.match(lines[1]) and lines[0].strip() \
            and not FULL_RULE.match(lines[0]):
        return "simple"
    if len(lines) >= 3 and FULL_RULE.match(lines[0]) and lines[1].strip() \
            and any(DASH_RULE.match(line) for line in lines[2:]):
        return "multiline"
    return None


def dash_columns(rule: str) -> list[int]:
    """Where each column of a simple or multiline table starts, from its rule of dashes:
    as Pandoc has it, a column runs from the start of its dashes to the start of the next's
    (the first from the margin)."""
    return [0] + [found.start() for found in re.finditer(r"-+", rule)][1:]


def slice_line(line: str, starts: list[int]) -> list[str]:
    return [line[start:end].strip() if end is not None else line[start:].strip()
            for start, end in zip(starts, [*starts[1:], None])]


def dash_rows(lines: list[str], starts: list[int]) -> list[list[str]]:
    """The rows of a simple or multiline table's part `lines`: with blank lines among them
    (a multiline table) each run of lines is one row, its cells' lines joined; else each
    line is a row."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    if not any(not line.strip() for line in lines):
        runs = [[line] for line in lines if line.strip()]
    return [[("\n".join(part for part in parts if part))
             for parts in zip(*(slice_line(line, starts) for line in run))]
            for run in runs if run]


def grid_rows(lines: list[str]) -> tuple[list[list[tuple[str, int]]], int]:
    """A grid table's rows, each a list of (cell text, columns it spans), and how many of
    them are the header (those above its `+====+` border; none if it has none)."""
    indent = min(len(line) - len(line.lstrip(" ")) for line in lines)
    lines = [line[indent:].rstrip() for line in lines]
    bounds = [index for index, char in enumerate(lines[0]) if char == "+"]
    rows: list[list[tuple[str, int]]] = []
    header = 0
    content: list[str] = []
    for line in lines[1:]:
        if not GRID_BORDER.match(line):
            content.append(line)
            continue
        if content:
            rows.append(grid_cells(content, bounds))
        content = []
        if "=" in line:
            header = len(rows)
    if content:
        rows.append(grid_cells(content, bounds))
    return rows, header


def grid_cells(content: list[str], bounds: list[int]) -> list[tuple[str, int]]:
    """One row of a grid table, from its lines `content` and the columns' borders `bounds`:
    a border no line has a `|` at is inside a cell that spans columns. A line whose `|`
    moved (a preprocessor changed the words before it: `$2 \\times 5$` is "2 × 5") is cut
    at its `|`s instead."""
    intact = [line for line in content if len(line) == bounds[-1] + 1]
    inner = bounds[1:-1] if not intact else [bound for bound in bounds[1:-1]
             if all(len(line) <= bound or line[bound] in "|+" for line in intact)]
    kept = [bounds[0], *inner, bounds[-1]]
    pieces: list[list[str]] = [[] for _ in kept[1:]]
    for line in content:
        if len(line) == bounds[-1] + 1 and all(line[bound] in "|+" for bound in kept):
            parts = [line[start + 1:end] for start, end in zip(kept, kept[1:])]
        else:
            parts = line.strip().strip("|").split("|")
            if len(parts) != len(pieces):
                parts = [line[start + 1:end] for start, end in zip(kept, kept[1:])]
        for piece, part in zip(pieces, parts):
            piece.append(part.rstrip())
    spans = [sum(1 for bound in bounds if start < bound <= end)
             for start, end in zip(kept, kept[1:])]
    # The space after each `|` is the border's; more is the cell's own (indented code).
    pieces = [[line[1:] for line in piece] if all(line[:1] in ("", " ") for line in piece)
              else piece for piece in pieces]
    return [("\n".join(piece).strip("\n"), span) for piece, span in zip(pieces, spans)]


LIST_SEPARATOR = re.compile(r"^[ \t]*```\{=html\}[ \t]*\n[ \t]*<!--[ \t]*-->[ \t]*\n[ \t]*```[ \t]*$",
                            re.M)
"""What Pandoc writes between two lists that follow each other, an empty HTML comment in a
raw block: in a grid table's cell, which only fenced code is taken out of, it was said
"less than exclamation mark dash dash dash dash greater than" (apache/poi's visa form,
through Pandoc)."""


class PandocTables(BlockProcessor):
    """Pandoc's tables drawn in characters, which R Markdown, Quarto and bookdown pages and
    `knitr::kable` and `pander` write: grid tables (`+----+----+`, cells that hold lists
    and code), simple tables (columns of words over dashes, no pipes) and multiline tables
    (rows of several lines between full rules). Python-Markdown knows none, so they printed
    as paragraphs of pipes and dashes and were said so ("Right Left Center Default, -------
    ------"). Each is a table, with a header row where it has one, its cells read as
    Markdown, and its caption (`Table: ...`, or `: ...`, before or after it, as for a pipe
    table) as the table's caption."""

    def test(self, parent: ET.Element, block: str) -> bool:
        return table_kind(block) is not None or bool(TABLE_CAPTION.match(block))

    def run(self, parent: ET.Element, blocks: list[str]) -> bool:
        caption = TABLE_CAPTION.match(blocks[0])
        if caption:
            last = parent[-1] if len(parent) else None
            if len(blocks) > 1 and table_kind(blocks[1]):
                blocks.pop(0)
                self.table(parent, blocks, caption.group(1))
            elif last is not None and last.tag == "table" and last.find("caption") is None:
                blocks.pop(0)  # a pipe table's, or a table's above
                self.add_caption(last, caption.group(1))
            else:
                return False
            return True
        return self.table(parent, blocks, None)

    def table(self, parent: ET.Element, blocks: list[str], caption: str | None) -> bool:
        kind = table_kind(blocks[0])
        lines = blocks[0].split("\n")
        taken = 1
        ending = FULL_RULE if kind == "multiline" else DASH_RULE
        if kind != "grid" and not (len(lines) > 1 and (ending.match(lines[-1])
                                                      or kind == "simple"
                                                      and not DASH_RULE.match(lines[0]))):
            # a multiline table, or a simple one with no header, ends at its closing rule
            # a blank line or more below
            while taken < len(blocks) and not (ending.match(blocks[taken].split("\n")[-1])
                                               or DASH_RULE.match(blocks[taken].split("\n")[-1])):
                if re.match(r"[ ]{0,3}#", blocks[taken]):  # a heading: this was no table
                    return False
                taken += 1
            if taken >= len(blocks):
                return False
            lines = "\n\n".join(blocks[:taken + 1]).split("\n")
            taken += 1
        del blocks[:taken]
        if kind == "grid":
            rows, header = grid_rows(lines)
        else:
            rows, header = self.dash_table(kind, lines)
        table = ET.SubElement(parent, "table")
        if caption:
            self.add_caption(table, caption)
        head = [row for row in rows[:header] if any(text.strip() for text, _ in row)]
        for part, cell_tag, part_rows in (("thead", "th", head), ("tbody", "td", rows[header:])):
            if not part_rows:
                continue
            section = ET.SubElement(table, part)
            for row in part_rows:
                tr = ET.SubElement(section, "tr")
                for text, span in row:
                    cell = ET.SubElement(tr, cell_tag)
                    if span > 1:
                        cell.set("colspan", str(span))
                    self.fill(cell, text)
        if not caption and blocks and TABLE_CAPTION.match(blocks[0]):
            self.add_caption(table, TABLE_CAPTION.match(blocks.pop(0)).group(1))
        return True

    @staticmethod
    def dash_table(kind: str, lines: list[str]) -> tuple[list[list[tuple[str, int]]], int]:
        rules = [index for index, line in enumerate(lines) if DASH_RULE.match(line)]
        if FULL_RULE.match(lines[-1]) or (DASH_RULE.match(lines[-1]) and len(rules) > 1
                                          or DASH_RULE.match(lines[-1]) and rules[0] > 0):
            lines = lines[:-1]
        if kind == "multiline":
            lines = lines[1:]
            rules = [index - 1 for index in rules if index]
        rule = rules[0]
        starts = dash_columns(lines[rule])
        header = dash_rows(lines[:rule], starts) if rule else []
        if len(header) > 1:  # a multiline header: its lines are one row
            header = [["\n".join(cells) for cells in zip(*header)]]
        body = dash_rows(lines[rule + 1:], starts)
        return [[(text, 1) for text in row] for row in header + body], len(header)

    def fill(self, cell: ET.Element, text: str) -> None:
        """`cell` holding `text` read as Markdown, fenced code included; a single paragraph
        is the cell's own text, as a pipe table's cells are."""
        fenced = self.parser.md.preprocessors["fenced_code_block"] \
            if "fenced_code_block" in self.parser.md.preprocessors else None
        lines = LIST_SEPARATOR.sub("", text).split("\n")
        if fenced is not None and any(FENCE.match(line) for line in lines):
            lines = fenced.run(lines)
        self.parser.parseChunk(cell, "\n".join(lines))
        if len(cell) == 1 and cell[0].tag == "p":
            paragraph = cell[0]
            cell.remove(paragraph)
            cell.text = paragraph.text
            cell.extend(list(paragraph))

    @staticmethod
    def add_caption(table: ET.Element, text: str) -> None:
        if text.strip():
            caption = ET.Element("caption")
            caption.text = " ".join(text.split()).removesuffix(".")  # said "Table: ...\. 3 rows."
            table.insert(0, caption)


FENCE_OPENING_ITEM = re.compile(r"^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+)" + FENCE_MARK
                                + r"(.*)$")
"""A list item (or a list's first item nested in one, "- - ```") whose first line opens a
fence, as Quarto's guide lays its examples out: "1. ```bash"."""


class FenceOpeningItems(Preprocessor):
    """A fence that opens a list item on the marker's line, put on the line under it, at the
    item's words' column, where a fence in an item is read (`ListContinuations`,
    `NestedFences`): Quarto's guide printed "``` markdown https://quarto.org" as words, and
    "1. ```bash" was said "1. bash cd leaflets"."""

    def run(self, lines: list[str]) -> list[str]:
        # One at a time: until its fence is on a line of its own, its closing fence looks
        # like an opening one, and the lines after it like code.
        while True:
            mask = code_mask(lines)
            index = next((n for n, line in enumerate(lines)
                          if not mask[n] and FENCE_OPENING_ITEM.match(line)), None)
            if index is None:
                return lines
            markers, fence, info = FENCE_OPENING_ITEM.match(lines[index]).groups()
            lines = [*lines[:index], markers.rstrip() + " ",
                     " " * len(markers.expandtabs(4)) + fence + info, *lines[index + 1:]]


class ListContinuations(Preprocessor):
    """A list item's content indented to its text, as GitHub, CommonMark and the editors
    authors write in (VS Code, Obsidian, Typora) read it: its later paragraphs, pictures and
    code ("1. Open the box." then, after a blank line, "   ![A box](box.png)"), and the
    lists nested in it ("- Apples" then "  - Green ones", "1. First" then "   1. One a").
    Python-Markdown wants four spaces for each level, so a step's picture ended the list and
    each next step began a new one at "1." (a real GitHub Docs page's steps, said "1. ...
    1. ..."), and a nested list was read as more items of the list around it (docsy's
    example page printed and said its eleven items as one flat list of eleven).

    Each line of a list is moved to where Python-Markdown reads it at the same level: a
    nested item's marker to four spaces a level, an item's later blocks four spaces in from
    its marker, keeping how far the author indented them past its text; lines already four
    spaces in stay where they are. Left as they are: a line that continues the paragraph
    above it with less indent (CommonMark's "lazy" line), and code outside lists. A next
    item that follows such a block with no blank line is cut from it by
    `ItemAfterIndentedBlock`."""

    def run(self, lines: list[str]) -> list[str]:
        mask = code_mask(lines)
        result = list(lines)
        # The open items, outermost first: where the author put their marker and text, and
        # where Python-Markdown reads their blocks (four spaces past the marker's level).
        holding: list[tuple[int, int, int]] = []
        shift = 0  # how far the lines of the block being read move
        index = 0
        while index < len(lines):
            line = lines[index]
            indent = len(line) - len(line.lstrip(" "))
            tight = index > 0 and bool(lines[index - 1].strip())
            item, fence = list_item(line), FENCE.match(line)
            if not line.strip() or (mask[index] and not holding):
                index += 1
                continue
            if item or not tight or fence:  # a fence, too, ends a paragraph
                while holding and indent < min(holding[-1][1], holding[-1][0] + 4):
                    holding.pop()
            elif holding and indent < min(holding[-1][1], holding[-1][0] + 4):
                index += 1  # a lazy line: it goes with its paragraph as it is
                continue
            if not holding and not item:
                index += 1
                continue
            if item:
                # An outermost item stays where it is, in a box's or a tab's indent as well.
                placed = holding[-1][2] if holding else indent
                shift = placed - indent
                holding.append((indent, item_text_column(item), placed - placed % 4 + 4))
            elif not tight or fence:
                marker, text, blocks = holding[-1]
                shift = blocks + past_text(indent, marker, text) - indent
            result[index] = moved(line, shift)
            if fence:  # a code block in the item moves as a whole, its own indents kept
                end = min(closing_line(lines, index, fence.group(1)), len(lines) - 1)
                result[index + 1:end + 1] = [moved(code, shift)
                                             for code in lines[index + 1:end + 1]]
                index = end
            index += 1
        return result


PYTHON_MARKDOWN_ITEM = re.compile(r"^ *(?:[-*+]|\d{1,9}\.)( +)(?=\S)")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
"""A list item's first line as Python-Markdown knows one (a bullet, or a number and a dot),
at any indent; and a line that is a rule, not an item ("- - -", "* * *")."""


def list_item(line: str) -> re.Match[str] | None:
    """`line`'s list marker and the spaces after it, if `line` starts a list item."""
    return None if THEMATIC_BREAK.match(line) else PYTHON_MARKDOWN_ITEM.match(line)


def item_text_column(item: re.Match[str]) -> int:
    """Where an item's text starts, which CommonMark indents its content to: after its
    marker and the spaces after it, or one space after it when five or more follow (the
    rest is then an indented code block)."""
    spaces = len(item.group(1))
    return item.end() if spaces <= 4 else item.end() - spaces + 1


def past_text(indent: int, marker: int, text: int) -> int:
    """How far a later block of the item whose marker is at `marker` and text at `text` is
    indented past the item's content: past four spaces from the marker where it reaches
    them (Python-Markdown's reading, the same for paragraphs), else past the text; but a
    block four spaces past the text is code, as CommonMark has it, even where it does not
    reach four past the marker's four ("1. Run:" and "       pip install", seven in)."""
    from_marker, from_text = indent - marker - 4, indent - text
    return from_marker if from_marker >= 4 or 0 <= from_marker and from_text < 4 \
        else from_text


def moved(line: str, shift: int) -> str:
    """`line` indented `shift` spaces further in, or out (never past its first character)."""
    if not line.strip():
        return line
    if shift >= 0:
        return " " * shift + line
    return line[min(-shift, len(line) - len(line.lstrip(" "))):]


class GeneratorSyntax(Extension):
    """Registers the preprocessors above, after Python-Markdown's own clean-up of the text
    (priority 30; `CopiedContents` before it) and before its fenced code blocks are taken
    out (25), and the block and tree processors."""

    def __init__(self, variables: Mapping[str, str] | None = None, **kwargs):
        self.variables = dict(variables or {})
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.generator_notes = []  # type: ignore[attr-defined]
        md.added_lines = []  # type: ignore[attr-defined]
        # Any ASCII punctuation can be escaped, as in CommonMark: Google Docs and Pandoc
        # write "Don\'t" and "1\&2", whose backslash Python-Markdown printed.
        md.ESCAPED_CHARS.extend(sorted(set(string.punctuation) - set(md.ESCAPED_CHARS)))
        # Before the clean-up turns tabs into spaces: a tab marks an entry's page number.
        md.preprocessors.register(CopiedContents(md), "copied_contents", 30.5)
        md.preprocessors.register(LogseqOutlines(md), "logseq_outlines", 30.4)
        md.preprocessors.register(SlightlyIndentedFences(md), "slightly_indented_fences", 29.99)
        md.preprocessors.register(NumberedSources(md), "numbered_sources", 29.96)
        md.preprocessors.register(ChatbotCitations(md), "chatbot_citations", 29.95)
        # First: Govspeak's `$C` boxes would be TeX maths, its `%` callouts comments.
        md.preprocessors.register(GovspeakBlocks(md), "govspeak_blocks", 29.9)
        md.preprocessors.register(ObsidianComments(md), "obsidian_comments", 29.8)
        md.preprocessors.register(CommentLines(md), "comment_lines", 29.795)
        md.preprocessors.register(TagLines(md), "tag_lines", 29.79)
        md.preprocessors.register(HackMDBadges(md), "hackmd_badges", 29.787)
        md.preprocessors.register(NumberSigns(md), "number_signs", 29.785)
        md.preprocessors.register(WriteInBlanks(md), "write_in_blanks", 29.783)
        md.preprocessors.register(GenderStars(md), "gender_stars", 29.782)
        md.preprocessors.register(TranslationTags(md), "translation_tags", 29.7815)
        md.preprocessors.register(FullWidthLinks(md), "full_width_links", 29.7814)
        md.preprocessors.register(AutotitleLinks(md), "autotitle_links", 29.7813)
        md.preprocessors.register(TextReferences(md), "text_references", 29.7812)
        md.preprocessors.register(IndentedHeadings(md), "indented_headings", 29.781)
        md.preprocessors.register(DocsToMarkdown(md), "docs_to_markdown", 29.7)
        md.preprocessors.register(WordStyleDivs(md), "word_style_divs", 29.65)
        md.preprocessors.register(ContentTabs(md), "content_tabs", 29.6)
        md.preprocessors.register(ZulipHelp(md), "zulip_help", 29.59)
        md.preprocessors.register(RstDirectives(md), "rst_directives", 29.55)
        md.preprocessors.register(MdxLines(md), "mdx_lines", 29.5)
        md.preprocessors.register(RoamPages(md), "roam_pages", 29.15)
        md.preprocessors.register(LogseqMacros(md), "logseq_macros", 29.1)
        md.preprocessors.register(HackMDEmbeds(md), "hackmd_embeds", 29.05)
        md.preprocessors.register(UndefinedPictures(md), "undefined_pictures", 29.04)
        md.preprocessors.register(InsertedText(md), "inserted_text", 29.03)
        md.preprocessors.register(LiquidTags(md, self.variables), "liquid_tags", 29)
        md.preprocessors.register(Snippets(md, self.variables), "snippets", 28.9)
        md.preprocessors.register(HugoShortcodes(md, self.variables), "hugo_shortcodes", 28)
        md.preprocessors.register(InlineHilite(md), "inline_hilite", 27.5)
        md.preprocessors.register(GitHubAlerts(md), "github_alerts", 27)
        md.preprocessors.register(DocsifyCallouts(md), "docsify_callouts", 26.99)
        md.preprocessors.register(ProjectBlocks(md), "project_blocks", 26.95)
        md.preprocessors.register(ClosedAdmonitions(md), "closed_admonitions", 26.94)
        md.preprocessors.register(NotionPages(md), "notion_pages", 26.9)
        md.preprocessors.register(LogseqPages(md), "logseq_pages", 26.85)
        md.preprocessors.register(MarpPictures(md), "marp_pictures", 26.84)
        md.preprocessors.register(DiscountClasses(md), "discount_classes", 26.83)
        md.preprocessors.register(MarkdownInDetails(md), "markdown_in_details", 26.8)
        md.preprocessors.register(TagsOverSeveralLines(md), "tags_over_several_lines", 26.81)
        md.preprocessors.register(TableColumnsMatched(md), "table_columns_matched", 26.79)
        md.preprocessors.register(RowsWithoutRuleNoted(md), "rows_without_rule_noted", 26.78)
        md.preprocessors.register(RowsParted(md), "rows_parted", 26.77)
        md.preprocessors.register(MarkdownInNestedHtml(md), "markdown_in_nested_html", 26.75)
        md.preprocessors.register(ClosedParagraphs(md), "closed_paragraphs", 26.7)
        md.preprocessors.register(KramdownAttributes(md), "kramdown_attributes", 26.5)
        md.preprocessors.register(MystDirectives(md), "myst_directives", 26.2)
        md.preprocessors.register(FencedDivs(md, self.variables), "fenced_divs", 26)
        md.preprocessors.register(PandocSpans(md), "pandoc_spans", 25.9)
        md.preprocessors.register(LineBlocks(md), "line_blocks", 25.89)
        md.preprocessors.register(TitleBlock(md), "title_block", 25.888)
        md.preprocessors.register(InlineNotes(md), "inline_notes", 25.887)
        md.preprocessors.register(UnmatchedNoteMarks(md), "unmatched_note_marks", 25.8865)
        md.preprocessors.register(ExampleLists(md), "example_lists", 25.885)
        md.preprocessors.register(Citations(md, self.variables), "citations", 25.88)
        md.preprocessors.register(RawFormats(md), "raw_formats", 25.875)
        md.preprocessors.register(TexLayout(md), "tex_layout", 25.87)
        md.preprocessors.register(StyleSheetText(md), "style_sheet_text", 25.868)
        md.preprocessors.register(InlineChunks(md, self.variables), "inline_chunks", 25.865)
        md.preprocessors.register(MystAndObsidian(md, self.variables), "myst_and_obsidian",
                                  25.85)
        md.preprocessors.register(EmojiShortcodes(md), "emoji_shortcodes", 25.84)
        md.preprocessors.register(NumberRanges(md), "number_ranges", 25.83)
        md.preprocessors.register(SingleTildes(md), "single_tildes", 25.8295)
        md.preprocessors.register(DatesOpeningLines(md, self.variables), "dates_opening_lines",
                                  25.829)
        md.preprocessors.register(TexMaths(md), "tex_maths", 25.825)
        md.preprocessors.register(ExecutableChunks(md, self.variables), "executable_chunks",
                                  25.82)
        md.preprocessors.register(FenceInfo(md), "fence_info", 25.8)
        md.preprocessors.register(Diagrams(md), "diagrams", 25.7)
        md.preprocessors.register(HiddenAddresses(md), "hidden_addresses", 25.69)
        md.preprocessors.register(KeepConvertedText(md), "keep_converted_text", 25.5)
        md.preprocessors.register(AngledPlaceholders(md), "angled_placeholders", 25.49)
        md.preprocessors.register(KeycapNumbers(md), "keycap_numbers", 25.47)
        md.preprocessors.register(TabbedTables(md), "tabbed_tables", 30.4)
        md.preprocessors.register(BrokenWords(md), "broken_words", 25.465)
        md.preprocessors.register(PastedParagraphs(md), "pasted_paragraphs", 25.462)
        md.preprocessors.register(TypedBullets(md), "typed_bullets", 25.46)
        md.preprocessors.register(LetteredLines(md), "lettered_lines", 25.455)
        md.preprocessors.register(FieldLines(md), "field_lines", 25.452)
        md.preprocessors.register(ShortLines(md), "short_lines", 25.451)
        md.preprocessors.register(ParenthesisLists(md), "parenthesis_lists", 25.45)
        md.preprocessors.register(FenceOpeningItems(md), "fence_opening_items", 25.41)
        md.preprocessors.register(ListContinuations(md), "list_continuations", 25.4)
        md.preprocessors.register(HtmlSubLists(md), "html_sub_lists", 25.3)
        # After Python-Markdown's fenced code blocks (25), before its HTML blocks (20).
        md.preprocessors.register(NestedFences(md), "nested_fences", 24)
        md.preprocessors.register(HeldLineBreaks(md), "held_line_breaks", 23.9)
        md.preprocessors.register(EmptiedLines(md), "emptied_lines", 23.8)
        # Just before the paragraph (10), after lists (30, 40), headings and tables.
        md.parser.blockprocessors.register(ListAfterText(md.parser), "list_after_text", 11)
        # Before Python-Markdown's lists (40, 30).
        md.parser.blockprocessors.register(ListAfterHtmlList(md.parser),
                                           "list_after_html_list", 45)
        md.parser.blockprocessors.register(QuoteAfterList(md.parser), "quote_after_list", 46)
        md.parser.blockprocessors.register(TableAfterText(md.parser), "table_after_text", 10.5)
        md.parser.blockprocessors.register(RowsWithoutRule(md.parser), "rows_without_rule", 10.6)
        # Just before Python-Markdown's tables (75), which the heading after one ran into.
        md.parser.blockprocessors.register(TableEndsAtHeading(md.parser),
                                           "table_ends_at_heading", 75.5)
        # Just before Python-Markdown's indented blocks in a list (90).
        md.parser.blockprocessors.register(ItemAfterIndentedBlock(md.parser),
                                           "item_after_indented_block", 90.5)
        # Above indented code (80), which took a simple table's header indented two more
        # spaces than its rule.
        md.parser.blockprocessors.register(PandocTables(md.parser), "pandoc_tables", 85)
        # Python-Markdown's own names and priorities, which these replace.
        md.inlinePatterns.register(DescribedImage(IMAGE_LINK_RE, md), "image_link", 150)
        md.inlinePatterns.register(DescribedImageReference(IMAGE_REFERENCE_RE, md),
                                   "image_reference", 140)
        md.inlinePatterns.register(DescribedShortImageReference(IMAGE_REFERENCE_RE, md),
                                   "short_image_ref", 125)
        md.treeprocessors.register(AttributesEndAtTheirBrace(md), "attributes_end_at_their_brace",
                                   8.5)
        md.treeprocessors.register(IdsEndingABlock(md), "ids_ending_a_block", 8.4)
        md.treeprocessors.register(ListBreaks(md), "list_breaks", 8.3)
        md.treeprocessors.register(HeaderOnlyTables(md), "header_only_tables", 8.2)
        md.treeprocessors.register(DashHeaderRows(md), "dash_header_rows", 8.15)
        md.treeprocessors.register(TitledPicturesOnTheirLine(md), "titled_pictures", 8.05)
        md.treeprocessors.register(BoldHeaderRows(md), "bold_header_rows", 8.1)
        md.treeprocessors.register(AbbreviationsSpelledOut(md), "abbreviations_spelled_out", 6.9)
        md.treeprocessors.register(CJKLineBreaks(md), "cjk_line_breaks", 6.8)

    def reset(self) -> None:
        pass


def author_lines(md: Markdown) -> list[str] | None:
    """The text as the preprocessors left it (`KeepConvertedText`), one line for each of
    the author's: a line a preprocessor had to add (`md.added_lines`) is joined to the one
    before it, unless that one is a fence. An Obsidian callout with a sentence for its
    title (`GitHubAlerts`) adds two, its words and a blank line under its box's opening, and
    the lint named an Obsidian note's picture on line 42 at line 46 (sweep BA,
    obsidian-pt-campo). None for a body of blank lines, which no preprocessor sees."""
    converted = getattr(md, "converted_lines", None)
    if converted is None:
        return None
    lines = list(converted[:-2])
    for index in sorted(getattr(md, "added_lines", ()), reverse=True):
        if 0 < index < len(lines) and not FENCE.match(lines[index - 1]):
            lines[index - 1] = " ".join(filter(None, (lines[index - 1].rstrip(),
                                                      lines.pop(index).strip())))
    return lines


def convert_syntax(body: str, variables: Mapping[str, str] | None = None) -> tuple[str, Notes]:
    """`body` with the generators' syntax carried over, line for line (`author_lines`), and
    the notes on what was left out: what the lint reads."""
    md = Markdown(extensions=[GeneratorSyntax(variables)])
    md.convert(body)
    lines = author_lines(md)
    return ("\n".join(lines) if lines is not None else body,
            md.generator_notes)  # type: ignore[attr-defined]


# --- After parsing ---------------------------------------------------------------------------

PASTED_PICTURE_NAME = re.compile(r"(?:(?:image|Pasted image|Screenshot|Screen Shot|IMG|Untitled)"
                                 r"(?:[ _-]?\d[\d _.-]{3,})?|\d{4}[\d _.-]*|\d+(?=\.\w+$)"
                                 r"|[0-9a-f]{16,}|(?:[^\W\d_]+[ _-])+img[ _-]\d{5,}[\d _-]*)"
                                 r"(?:\.(?:png|jpe?g|gif|webp))?", re.I)
"""The description an editor gives a picture pasted into a page, its file name: Typora's
"image-20240819140552028", Obsidian's "Pasted image 20240101123456", Notion's "Untitled"
and "Screenshot 2023-08-22 093920.png", Joplin's resources
("07b4ab5292c769f55d0927aa782b5b0d.png"), a camera's "IMG_1234.JPG", and the words a blog's
uploader made of "tour_img-1959392-99-1.jpg", "Tour img 1959392 99 1" (sweep CJ), said with
its number in full. It describes nothing. An author's "Screenshot 3" stays: it numbers the
pictures for the reader."""

PICTURE_PATH = re.compile(r"(?:[a-z]:|file:)?[\\/]*(?:[^\\/]+[\\/])+[^\\/]+"
                          r"\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)", re.I)
"""The description Word 2003 and 2007 gave a picture inserted from a file: the file's
path ("C:\\Documents and Settings\\Owner\\My Documents\\My Pictures\\logo.gif"), which
the voice read out, "Image: C: Documents and Settings..."."""


FILE_NAME_DESCRIPTION = re.compile(r"(?:[\w.()-]+|[\w .()-]*\d[\w .()-]*)"
                                   r"\.(?:png|jpe?g|gif|bmp|tiff?|svg|webp)", re.I)
"""A picture's file name as its description, as Wiki.js's asset picker and many sites'
uploaders give it, and Word the name of a picture inserted from a file: a workshop's
"floor_plan_thumbnail_2024-04-15.png" was said "floor plan thumbnail 2024 dash 04 dash 15
dot P N G", and a handbook's "PHAA logo- 2new.jpg" likewise. A name of words alone with
spaces ("Blister pack.png", an Obsidian embed's) may describe what it shows."""

SLUG_DESCRIPTION = re.compile(r"[^\W_A-Z]+(?:[-_][^\W_A-Z]+){3,}")
"""A web page's slug, its words in lower case joined by hyphens, as a news site's uploader
names a picture and gives the name as its description: an Indonesian district's
"situasi-vaksinasi-di-kodim-1601-sumba-timur-26-08-2021" was said as one long word and
two numbers."""

EXPORTED_NAME_DESCRIPTION = re.compile(
    r"[\w .,&()'’-]*[^\W_]_(?:[\w&()'’-]+_)*(?:cmyk|rgb|pms|spot|\d?col(?:ou?r)?|bw|mono"
    r"|hi-?res|lo-?res|web|print|final|logo|v\d+|\d+(?:px|dpi)?)"
    r"|[^\W_]+(?:[ -][^\W_]+)*(?:_[^\W_]+(?:[ -][^\W_]+)*){2,}", re.I)
"""A picture's file name without its extension as its description, its words joined by
underscores, or ending in what a designer names an export for ("_cmyk", "_rgb", "_2col",
"_hires", "_v2"): a university's consent form described its faculty's logo "Social and
Political Science_2col_cmyk", said "Image: Social and Political Science 2col cmyk.", and
unflagged."""

AUTOMATIC_DESCRIPTION = re.compile(
    r"(?:^|\s)(?:Description automatically generated|Automatically generated description"
    r"|Description générée automatiquement|Automatisch generierte Beschreibung"
    r"|Descripción generada automáticamente|Descrizione generata automaticamente"
    r"|Descrição gerada automaticamente)(?: with (?:low|medium|high) confidence)?\.?$"
    r"|(?:^|\s)AI-generated content may be incorrect\.?$"
    r"|\s*AI\s?生成的内容可能不正确[。.]?$")
"""The end of the description Word guesses for a picture when it is inserted (since
2019): "A picture containing graphical user interface Description automatically
generated", and since 2024 "A qr code with a white background AI-generated content may be
incorrect.", which the voice read out whole, and Chinese Word's "图形用户界面, 文本 AI 生成
的内容可能不正确。" (microsoft/markitdown's test.docx), said "Image, AI 。." and passed the
check. A guess no one checked, often wrong."""


MACHINE_ADDRESS = re.compile(r"cid:\S+|https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+:\d+(?:/\S*)?",
                             re.I)
"""The content-ID an e-mail program gives a pasted picture ("cid:6B0A1595-404A-…") or an
address ("accueil.pole-emploi.intra:8501") as its description: a French guide's logo was
said as a string of numbers and letters."""
PICTURE_SIZE = re.compile(r"\d+(?:\s?[x×]\s?\d+)?(?:px)?")
"""A picture's size in place of its description, as Obsidian writes its width, `![250](…)`."""
PLACEHOLDER_DESCRIPTION = re.compile(r"(?:alt(?:[ _-]?text)?|image|img|picture|photo"
                                     r"|enter image description here|image description"
                                     r"|related image)[.:]?",
                                     re.I)
"""The words a template or an editor puts in a picture's description for the author to
replace, `![alt text](…)` (GitHub's own example, copied into a modding guide's 35 pictures,
each said "Picture not available: alt text"), Stack Overflow's "enter image description
here", or a bare "image"; and "Related image", the name an image search gives a picture
saved from it, which a research information sheet in Word kept (sweep BE, aloi-infosheet),
said "Image: Related image."."""


NAMED_PICTURE = re.compile(r"(?:image|img|picture|photo)\s?[-–:]\s?(.+)", re.I)
"""A description that names the picture before what should describe it, "Image -
lbrut-ballot-box", as a borough news site's template writes every post's picture from its
file's name (sweep BN, lbrut-voting line 12): said "Image: Image, lbrut-ballot-box"."""


def describes_nothing(alt: str) -> bool:
    """Whether a picture's description is empty, only its file's name or path
    (`PASTED_PICTURE_NAME`, `FILE_NAME_DESCRIPTION`, `EXPORTED_NAME_DESCRIPTION`,
    `SLUG_DESCRIPTION`, `PICTURE_PATH`), a
    machine's address for it (`MACHINE_ADDRESS`), its size (`PICTURE_SIZE`), a placeholder
    (`PLACEHOLDER_DESCRIPTION`), or Word's unchecked guess (`AUTOMATIC_DESCRIPTION`), which
    describe nothing; so is "Image - " before any of these or a shorter slug
    (`NAMED_PICTURE`)."""
    alt = alt.strip()
    if named := NAMED_PICTURE.fullmatch(alt):
        return describes_nothing(named.group(1)) \
            or bool(re.fullmatch(r"[^\W_A-Z]+(?:[-_][^\W_A-Z]+)+", named.group(1)))
    return not alt or any(pattern.fullmatch(alt) for pattern in (
        PASTED_PICTURE_NAME, FILE_NAME_DESCRIPTION, EXPORTED_NAME_DESCRIPTION, SLUG_DESCRIPTION,
        PICTURE_PATH, MACHINE_ADDRESS, PICTURE_SIZE, PLACEHOLDER_DESCRIPTION)) \
        or bool(AUTOMATIC_DESCRIPTION.search(alt))


def _drop_links_to_the_top(body: ET.Element) -> None:
    """Remove each paragraph that is only a link to the top of the page (`href="#"` or
    `"#top"`, which HTML scrolls to the top): a web page's way back up, which paper and a
    recording cannot follow. The VA's Digital Service Handbook ends each of its digital
    standards with `<a href="#">Return to top</a>`: its digital standards page printed it
    twelve times and the listener heard "Return to top" after each; an observatory's
    volunteer handbook floats `<span style='float:right;'>[top](#)</span>` right of each part
    (sweep BW, lapo-exhibits line 39), which printed and was said "top" 19 times."""
    if any(element.get("id", "").lower() == "top" for element in body.iter()):
        return
    for parent in list(body.iter()):
        for child in list(parent):
            if child.tag != "p" or (child.tail or "").strip():
                continue
            links = [link for link in child.iter("a")
                     if (link.get("href") or "").strip().lower() in ("#", "#top")]
            if len(links) == 1 and "".join(child.itertext()).strip() \
                    == "".join(links[0].itertext()).strip():
                parent.remove(child)  # in a span of its own too, `<span style=…>[top](#)`


ATTRIBUTE_ROW = re.compile(r"\{[^{}]*\bcaption=([\"'])(.*?)\1[^{}]*\}", re.S)


def _attribute_row_as_caption(table: ET.Element) -> None:
    """A pipe table's attribute list on the line under it, as a Hugo theme gives a table its
    caption (`{caption="Calendrier des vaccins…" class="table-wrap"}`): Python-Markdown read
    it as the table's last row, said "Âge: caption=…class=table-wrap". It is the caption."""
    rows = list(table.iter("tr"))
    if not rows or table.find("caption") is not None:
        return
    cells = list(rows[-1])
    found = ATTRIBUTE_ROW.fullmatch("".join(cells[0].itertext()).strip()) if cells else None
    if not found or any("".join(cell.itertext()).strip() for cell in cells[1:]):
        return
    for parent in table.iter():
        if rows[-1] in list(parent):
            parent.remove(rows[-1])
            break
    PandocTables.add_caption(table, found.group(2))


def _drop_heading_repeating_tab(tab: ET.Element, title: ET.Element, label: str) -> None:
    """Take out a tab's first heading when it is the tab's label again (in lower case and
    without marks), its anchor moved to the label: Zap-Hosting's guides head each tab, `<TabItem
    label="Via Webinterface">`, with `#### Via Webinterface`, printed and said twice, "Via
    Webinterface. Via Webinterface. … End of Via Webinterface."."""
    heading = tab[1] if len(tab) > 1 else None
    if heading is None or heading.tag not in HEADING_TAGS or (title.tail or "").strip() \
            or re.findall(r"\w+", "".join(heading.itertext()).lower()) \
            != re.findall(r"\w+", label.lower()):
        return
    if heading.get("id"):
        title.set("id", heading.get("id"))
    take_out(tab, heading, keep_text=False)


def settle_tree(body: ET.Element, lang: str = "en") -> ET.Element:
    """Make the parsed HTML of a converted page print and speak: callouts get their label
    as the first paragraph (`p.admonition-title`); collapsible blocks (`<details>`, which
    paper cannot fold) become callouts with their summary as the label; task list boxes
    become the words "Done:" or "To do:"; a `<div>` whose class names a callout is one
    (`_box_callout_div`); a Mermaid diagram is a box saying it is not
    available, with its description if it has one (`_replace_diagrams`); struck-out text
    is marked "(deleted: ...)", since a line through words is lost on a low-vision reader
    (and the print stylesheet draws no lines through text) while the words may matter
    ("~~$50~~ $40"); a picture's file name or path is no description (`describes_nothing`),
    nor is a picture marked as decoration that is all a link shows.
    These words are in the handout's language `lang`."""
    from handout.language import CALLOUT_LABELS as LABELS_TRANSLATED
    from handout.language import direction, words_for

    words = words_for(lang)
    _replace_diagrams(body, words)
    _drop_links_to_the_top(body)
    for spacer in [child for child in body if child.tag == "p" and len(child)
                   and not "".join(child.itertext()).strip()
                   and all(inner.tag == "br" for inner in child)]:
        take_out(body, spacer, keep_text=False)  # a line of `<br>`, spacing: before the
        # first heading, it kept the heading out of the title, said twice (a glossary)
    for table in body.iter("table"):
        _attribute_row_as_caption(table)
    _join_deletions(body)
    # A box to tick in a list is a task; one in a web form ("☐ Send me the newsletter") is
    # a box, where it was announced "To do:".
    tasks = {box for item in body.iter("li") for box in item.iter("input")}
    for element in body.iter():
        if element.tag == "input" and element not in tasks and \
                (element.get("type") or "").lower() in ("checkbox", "radio"):
            element.tag, element.text = "span", "☑ " if element.get("checked") is not None \
                else "☐ "
            element.attrib.clear()
        if element.tag == "details":
            element.tag = "div"
            kind = next((c for c in (element.get("class") or "").split()
                         if c.lower() in CALLOUT_LABELS), "note")
            element.attrib.pop("open", None)
            element.set("class", f"admonition {kind}")
            summary = element.find("summary")
            if summary is not None:
                summary.tag = "p"
                summary.attrib.clear()
                summary.set("class", "admonition-title")
            else:
                element.set("data-callout", CALLOUT_LABELS.get(kind.lower(), "Note"))
        if element.tag == "div" and element.get("data-callout") is None:
            _box_callout_div(element)
        classes = (element.get("class") or "").split()
        if element.tag == "div" and classes[:1] == ["admonition"] and len(classes) > 1 \
                and len(element) and element[0].get("class") == "admonition-title" \
                and element[0].text == classes[1].capitalize() and not len(element[0]) \
                and element[0].text not in LABELS_TRANSLATED:
            # Python-Markdown titles `!!! keypoints` by its kind, "Keypoints": said so in
            # a French lesson, where "Points clés" is its label (translated below).
            element[0].text = CALLOUT_LABELS.get(classes[1].lower(), element[0].text)
        if element.tag == "div" and classes[:1] == ["admonition"] and len(classes) > 1 \
                and classes[1] in URGENT_CALLOUTS and not (element.get("data-callout") or "") \
                and not (len(element) and element[0].get("class") == "admonition-title"):
            # A warning titled "", `!!! warn ""`, as Zulip's help hides a box's title bar
            # (sweep CD, desktop-app-install-guide.md line 44): printed as a plain box and
            # said "… End of box.", as a tip titled "" is. It keeps its kind's label.
            element.set("data-callout", CALLOUT_LABELS[classes[1]])
        label = element.get("data-callout")
        if label is not None:
            del element.attrib["data-callout"]
            if label.strip():
                title = ET.Element("p", {"class": "admonition-title"})
                title.text = words.label(label.strip())
                title.tail = element.text
                element.text = None
                element.insert(0, title)
                if "tab" in classes:
                    _drop_heading_repeating_tab(element, title, label)
        if element.get("class") == "admonition-title" and element.text and not len(element):
            element.text = words.label(element.text)  # "!!! warning", a <summary> "Note"
        if element.tag == "input" and (element.get("type") or "").lower() == "checkbox":
            done = element.get("checked") is not None
            element.tag = "strong"
            element.attrib.clear()
            element.set("class", "task")
            element.text = words.done if done else words.to_do
            element.tail = " " + (element.tail or "").lstrip()
        if element.tag == "img" and not is_decorative(element) \
                and describes_nothing(element.get("alt") or ""):
            element.attrib.pop("alt", None)  # to be described (`images.is_decorative`)
        elif element.tag == "img" and PICTURE_EXTENSION.search(element.get("alt") or ""):
            element.set("alt", PICTURE_EXTENSION.sub("", element.get("alt")))
        if element.tag == "a" and not "".join(element.itertext()).strip():
            for image in element.iter("img"):  # a link's only words: it names where it goes
                if is_decorative(image):
                    del image.attrib["alt"]
        if element.tag in ("del", "s", "strike") and not "".join(element.itertext()).strip() \
                and not any(child.tag == "img" for child in element.iter()):
            # A line through spaces alone, as a hospital's visit summary (Word) draws a rule
            # over its last paragraph: no words were deleted, where "(deleted: )" was said.
            element.tag = "span"
        elif element.tag in ("del", "s", "strike"):
            element.tag = "del"
            opening, closing = words.deleted.split("{words}")
            element.text = opening + (element.text or "")
            if len(element):
                element[-1].tail = (element[-1].tail or "") + closing
            else:
                element.text += closing
    for callout in body.iter("div"):
        title = callout.find("p[@class='admonition-title']")
        if title is not None and not len(title):
            _name_urgent_kind(title, callout, words, lang)
    _undecorate_headings(body)
    _undecorate_labels(body)
    _drop_wordless_links(body)
    _unwrap_layout_divs(body, lang)
    _direct_blocks(body, direction(lang))  # before emoji are named, in English in some
    _name_emoji(body, lang)
    return body


STRUCK = ("del", "s", "strike")
"""The tags that draw a line through words."""


def _struck_piece(element: ET.Element) -> ET.Element | None:
    """The struck element `element` is, or holds alone as a subscript or superscript,
    "<sub><s>4</s></sub>"; None for another."""
    if element.tag in STRUCK:
        return element
    if element.tag in ("sub", "sup") and len(element) == 1 and element[0].tag in STRUCK \
            and not (element.text or "").strip() and not (element[0].tail or "").strip():
        return element[0]
    return None


def _join_deletions(body: ET.Element) -> None:
    """Struck pieces side by side, with nothing between them, are one deletion: a formula
    struck through as a Word document writes it, each part on its own, "<s>SO</s><sub><s>4
    </s></sub><sup><s>2-</s></sup>" (sweep BJ, chem-balanced line 94, a cancelled spectator
    ion), printed three "(deleted: …)" labels, tiny and overlapping in the scripts, and
    said "(deleted: SO) (deleted: 4) (deleted: 2-)": one, "(deleted: SO₄²⁻)"."""
    for parent in list(body.iter()):
        run: list[ET.Element] = []
        for child in [*list(parent), None]:
            if child is not None and _struck_piece(child) is not None \
                    and (not run or not run[-1].tail):
                run.append(child)
                continue
            if len(run) > 1:
                joined = ET.Element("del")
                parent.insert(list(parent).index(run[0]), joined)
                for piece in run:
                    parent.remove(piece)
                    struck = _struck_piece(piece)
                    if piece is struck:
                        piece.tag, piece.attrib = "span", {}
                    else:
                        piece.remove(struck)
                        piece.text = struck.text
                        piece.extend(list(struck))
                    joined.append(piece)
                joined.tail, run[-1].tail = run[-1].tail, None
            run = [child] if child is not None and _struck_piece(child) is not None else []


def _drop_wordless_links(body: ET.Element) -> None:
    """A link with no words and nothing in it, a translation's copy of its heading's anchor
    (`### [](https://…#reflect)Heading`, the Open Source Guides in Bengali), goes: the EPUB
    and web page linked from nothing a screen reader could name, which Ace calls serious."""
    parents = {child: parent for parent in body.iter() for child in parent}
    for link in [a for a in body.iter("a") if a.get("href") is not None and not len(a)
                 and not (a.text or "").strip()]:
        take_out(parents[link], link, keep_text=False)


RUNS_ONE_WAY = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "th", "td",
                          "caption", "figcaption", "summary"})
"""Blocks whose words run in one direction, as one paragraph's do (`_direct_blocks`)."""
ONE_WAY_GROUPS = {"ul": "li", "ol": "li", "table": "td", "dl": "dd"}
"""Blocks that run one way as a whole when every one of their parts does: a list's markers
and a table's columns then start from that side too."""
NOT_OWN_WORDS = frozenset({"ul", "ol", "table", "pre", "code", "kbd", "samp"})
"""What inside a block does not tell which way its own words run: a list or table nested
in it (which is directed on its own), and code."""
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _direct_blocks(parent: ET.Element, inherited: str) -> None:
    """Give each block whose words run the other way from the page's their own `dir`: an
    English paragraph in an Arabic leaflet was set from the right, its full stops at its
    left and its sentences in the wrong order ("Please ask at the .This leaflet is also
    available in English"), and an Arabic one in an English leaflet the same. A list or a
    table all of whose items or cells run that way is turned as a whole
    (`ONE_WAY_GROUPS`). An item that runs the other way from its list keeps the list's
    side for its marker, its words turned in a paragraph of their own (`_turn_item`): an
    English course among Hebrew ones had its bullet in the margin, and a list whose items
    alternated zig-zagged between the margins. A `dir` the author gave ("ltr", "rtl")
    stands."""
    for child in parent:
        written = (child.get("dir") or "").lower()
        if written in ("ltr", "rtl"):
            _direct_blocks(child, written)
            continue
        child.attrib.pop("dir", None)  # "auto": worked out here, as a browser would
        runs = None
        if child.tag in RUNS_ONE_WAY:
            runs = words_direction(own_words(child))
        elif child.tag in ONE_WAY_GROUPS:
            words = [own_words(part) for part in child.iter()
                     if part.tag in (ONE_WAY_GROUPS[child.tag], "th", "dt")]
            # an empty cell goes either way
            parts = {words_direction(said) for said in words if said.strip()}
            runs = parts.pop() if len(parts) == 1 else None
        elif child.tag == "li" and words_direction(own_words(child)) not in (None, inherited):
            _turn_item(child)
        if runs is not None and runs != inherited:
            child.set("dir", runs)
            if parent.tag == "li" and child.tag == "p":  # on the list's side, by its marker
                child.set("class", " ".join(filter(None, (child.get("class"), "turned"))))
        _direct_blocks(child, runs or inherited)


def _turn_item(item: ET.Element) -> None:
    """Put the words an item opens with in a paragraph of their own, which `_direct_blocks`
    then turns, so that the item itself, and its marker, stay on its list's side."""
    from handout.read.script import BLOCK_TAGS

    first_block = next((index for index, child in enumerate(item)
                        if child.tag in BLOCK_TAGS), len(item))
    if not (item.text or "").strip() and not first_block:
        return  # its words are in paragraphs already
    words = ET.Element("p")
    words.text, item.text = item.text, None
    words.extend(item[:first_block])
    del item[:first_block]
    item.insert(0, words)


def own_words(element: ET.Element) -> str:
    """The words of `element` that tell which way it runs (`NOT_OWN_WORDS`), without web
    addresses: "جدول تطعيمات البيبي : https://…" is Arabic."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in NOT_OWN_WORDS:
            parts.append(own_words(child))
        parts.append(child.tail or "")
    return WEB_ADDRESS.sub("", "".join(parts))


def words_direction(text: str) -> str | None:
    """"rtl" if `text` opens with a letter written right to left (Arabic, Hebrew) and most
    of its words are, "ltr" if it opens with one written left to right and most are, None
    otherwise: so "نبذه عن CoronaMelder" (about CoronaMelder) and "COVID-19 مرض تنفسي" run
    right to left, as their sentences do, and so does "مسکن / Housing". Words, not letters:
    an Urdu study guide's "Microsoft Foundry مقامی حل" (a local solution) has more Latin
    letters than Urdu ones, and was turned left to right, its words in the wrong order."""
    import unicodedata

    kinds = [next((kind for character in word if (kind := unicodedata.bidirectional(
        character)) in ("L", "R", "AL")), None) for word in text.split()]
    first = next((kind for kind in kinds if kind), None)
    rightward, leftward = kinds.count("L"), kinds.count("R") + kinds.count("AL")
    if first == "L" and rightward > leftward:
        return "ltr"
    if first in ("R", "AL") and leftward > rightward:
        return "rtl"
    return None


URGENT_CALLOUTS = frozenset({"warning", "caution", "danger", "important", "attention", "error",
                             "alert", "warn"})
"""Callouts whose kind a reader must hear even under a title of the author's own: a box
titled "Fasting" printed and sounded as any note, where it was a warning."""


def _name_urgent_kind(title: ET.Element, callout: ET.Element, words: Words, lang: str) -> None:
    """Put a warning's kind before its own title ("Warning: Fasting") in a span that the
    box's end names ("End of warning."), unless the title already says it."""
    kind = next((name for name in (callout.get("class") or "").split()
                 if name in URGENT_CALLOUTS), None)
    if kind is None:
        return
    named = words.label(CALLOUT_LABELS[kind])
    labels = {words.label(label).casefold() for label in CALLOUT_LABELS.values()}
    if named.casefold() in (title.text or "").casefold() \
            or (title.text or "").strip(" :").casefold() in labels:
        return  # "Warning: …" already, or a kind's own label ("Note" over a caution)
    colon = "：" if lang.split("-")[0].lower() in ("zh", "ja") else ": "
    kind_words = ET.SubElement(title, "span", {"class": "admonition-kind"})
    kind_words.text, kind_words.tail, title.text = named + colon.rstrip(), \
        colon[len(colon.rstrip()):] + (title.text or ""), None


LAYOUT_ATTRIBUTES = frozenset({"dir", "align", "style", "lang"})
"""What a `<div>` that only lays its words out carries: their direction, alignment, style
and language; with a class or an id it is something (a callout, a link's target)."""
STYLED_DIRECTION = re.compile(r"(?:^|;)\s*direction\s*:\s*(rtl|ltr)\b", re.I)
LAYOUT_STYLE = re.compile(r"(?:\s*(?:direction|text-align|unicode-bidi)\s*:\s*[\w-]+\s*(?:;|$))*"
                          r"\s*", re.I)
"""A style that only lays words out, "direction: rtl; text-align: right": any other
(a background, a picture) is no wrapper's, and the sanitizer names it as it takes it out."""


def _unwrap_layout_divs(body: ET.Element, lang: str) -> None:
    """Take the blocks out of a `<div>` around the page's words that only sets their
    direction or alignment, as right-to-left Markdown is written for GitHub, which shows
    every page left to right (`<div dir="rtl" markdown="1">`, `<div style="direction: rtl"
    align="right">`): its headings start sections only where they stand in the page itself,
    so every Arabic, Persian and Hebrew page of the Open Source Guides and of
    free-programming-books was one section, and one with no heading had the file's name
    for a title. The handout's language sets the direction (`language.direction`); a
    wrapper's own direction or language, where it differs, stays on each block it held.
    A `<div>` of any class that holds headings and is no callout is layout too
    (`_holds_headings`)."""
    from handout.language import direction

    index = 0
    while index < len(body):
        wrapper = body[index]
        if wrapper.tag != "div" or not (set(wrapper.attrib) <= LAYOUT_ATTRIBUTES
                                        and LAYOUT_STYLE.fullmatch(wrapper.get("style") or "")
                                        or _holds_headings(wrapper)):
            index += 1
            continue
        styled = STYLED_DIRECTION.search(wrapper.get("style") or "")
        written = (wrapper.get("dir") or (styled.group(1) if styled else "")).lower()
        kept = {"dir": written} if written in ("rtl", "ltr") and written != direction(lang) \
            else {}
        if wrapper.get("lang") and wrapper.get("lang") != lang:
            kept["lang"] = wrapper.get("lang")
        blocks = list(wrapper)
        for block in blocks:
            for name, value in kept.items():
                block.attrib.setdefault(name, value)
        if (wrapper.text or "").strip():  # words straight inside it: a paragraph of them
            words = ET.Element("p", kept)
            words.text = wrapper.text.strip()
            blocks.insert(0, words)
        if blocks:
            blocks[-1].tail = (blocks[-1].tail or "") + (wrapper.tail or "")
        body[index:index + 1] = blocks  # examined again: a wrapper may hold another


def _holds_headings(wrapper: ET.Element) -> bool:
    """Whether `wrapper`, a `<div>` that is no box (no callout's), holds headings of its
    own, or in such a `<div>` of its own: one that lays a page's parts out in columns or
    cards (`<div class="col">` around each `## Clothes` of a Cub Scout pack's kit list,
    Bootstrap's `<div class="collapse"><div class="card card-body">` around each `<h4>` of
    HL7's plain language summary) is only layout, and its headings are the page's."""
    if (wrapper.get("class") or "").split()[:1] == ["admonition"] \
            or wrapper.get("data-callout") is not None:
        return False
    return any(child.tag in HEADING_TAGS or child.tag == "div" and _holds_headings(child)
               for child in wrapper)


def _box_callout_div(element: ET.Element) -> None:
    """An HTML `<div>` whose class names a callout, as minimal-mistakes' documentation
    writes its notices (`<div class="notice--info" markdown="1">`), made a callout: it
    printed and was said as ordinary text. A heading it opens with is its label."""
    classes = (element.get("class") or "").split()
    if "admonition" in classes:
        return
    kind = next((callout_class(c) for c in classes if callout_class(c) in CALLOUT_LABELS), None)
    if kind is None:
        return
    element.set("class", f"admonition {kind}")
    first = element[0] if len(element) else None
    if first is not None and first.tag in HEADING_TAGS and not (element.text or "").strip():
        first.tag = "p"
        first.attrib.clear()
        first.set("class", "admonition-title")
        if len(first):  # "Line up <code>for</code> loops:" keeps its spaces
            last = first[-1]
            last.tail = (last.tail or "").rstrip().removesuffix(":") or None
        else:
            first.text = (first.text or "").rstrip().removesuffix(":")
    else:
        element.set("data-callout", CALLOUT_LABELS[kind])


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


DIAGRAM_DESCRIPTION = re.compile(r"^[ \t]*accDescr[ \t]*(?::(.*)$|\{([^}]*)\})", re.M)
DIAGRAM_TITLE = re.compile(r"^[ \t]*accTitle[ \t]*:(.*)$", re.M)
"""Mermaid's accessible description (`accDescr: ...` or `accDescr { ... }`) and title."""


def _replace_diagrams(body: ET.Element, words: Words) -> None:
    """Every Mermaid diagram's code block in `body` replaced by a box, as a missing picture
    is (`read.images`): "Diagram not available:" and the diagram's own description, else
    "(no description was given)", in the handout's language (`words`)."""
    for parent in list(body.iter()):
        for index, pre in enumerate(list(parent)):
            code = pre.find("code") if pre.tag == "pre" else None
            classes = (code.get("class") or "").split() if code is not None else []
            language = next((name for name in DIAGRAM_LANGUAGES for kind in classes
                             if kind.lower() in (name, f"language-{name}")), None)
            if language is None:
                continue
            source = "".join(code.itertext())
            found = DIAGRAM_DESCRIPTION.search(source) or DIAGRAM_TITLE.search(source)
            said = next((text for text in found.groups() if text), "") if found else ""
            if language != "mermaid":
                said = _chart_title(source)
            paragraph = ET.Element("p")
            box = ET.SubElement(paragraph, "span", {"class": "missing-picture"})
            label = ET.SubElement(box, "strong")
            label.text = words.diagram_missing
            label.tail = f" {' '.join(said.split()) or words.no_description}"
            paragraph.tail = pre.tail
            parent[index] = paragraph


def _chart_title(source: str) -> str:
    """The title of a chart given as JSON (`DIAGRAM_LANGUAGES`), Plotly's `layout.title`
    (a benefits explainer's "Figure 1. Distributional impact of Universal Credit by income
    decile", sweep CQ) or Vega's `description` or `title`, its markup taken out; else
    nothing."""
    try:
        chart = json.loads(source)
    except ValueError:
        return ""
    if not isinstance(chart, dict):
        return ""
    layout = chart.get("layout")
    title = layout.get("title") if isinstance(layout, dict) else None
    title = title or chart.get("description") or chart.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    return re.sub(r"<[^>]*>", " ", title) if isinstance(title, str) else ""


CODE_TAGS = frozenset({"code", "pre", "kbd", "samp"})


def change_text_outside_code(element: ET.Element, change: Callable[[str], str]) -> None:
    """Each piece of text in `element` outside code (`CODE_TAGS`) passed through `change`."""
    if element.text and element.tag not in CODE_TAGS:
        element.text = change(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in CODE_TAGS:
            change_text_outside_code(child, change)
        if child.tail:
            child.tail = change(child.tail)


def _name_emoji(element: ET.Element, lang: str) -> None:
    """Every emoji outside code in `element`'s text named in `lang` (`name_emoji`)."""
    change_text_outside_code(element, lambda text: name_emoji(text, lang))
