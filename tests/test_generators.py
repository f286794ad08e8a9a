"""Other tools' syntax: Markdown written for Jekyll, Hugo, MkDocs, Docusaurus, Starlight,
Pandoc, MyST, Obsidian and GitHub prints and speaks as the reader needs it, never as its markup; code keeps it."""

from __future__ import annotations

import logging
import re
import shutil

import pytest

from handout.check.lint import lint_source
from handout.findings import INFO, WARNING
from handout.read.document import load_documents, parse_html, render_markdown
from handout.read.generators import convert_syntax
from handout.read.script import text_of
from tests.conftest import FIXTURES, PROJECT, said_and_printed, write_handouts

REAL = FIXTURES / "real"
CORPUS = PROJECT / "tests" / "corpus"


@pytest.fixture
def real(settings):
    """The three fixtures of other tools' syntax, parsed: {name: Document}."""
    shutil.copytree(REAL, settings.source)
    return {d.slug: d for d in load_documents(settings)}


def callouts(html: str) -> list[tuple[str, str]]:
    """(label, words) of every callout box, outermost first."""
    body = parse_html(html)
    found = []
    for box in body.iter("div"):
        if "admonition" in (box.get("class") or "").split():
            title = box.find("p[@class='admonition-title']")
            found.append((text_of(title).strip(), " ".join(text_of(box).split())))
    return found


def test_every_callout_syntax_is_a_labelled_box(real):
    [section] = real["callouts"].sections
    boxes = callouts(section.html)
    assert [label for label, _ in boxes] == [
        "Warning", "Challenge", "Solution", "Ask first", "Python-Markdown admonition",
        "Danger: Collapsible", "Important", "Callout", "Tip"]
    words = dict(boxes)
    assert words["Warning"] == "Warning Pandoc fenced div: keep the tablets dry."
    assert words["Challenge"] == "Challenge Try it Count the tablets. Solution There are ten."
    assert words["Important"] == "Important GitHub alert: call the clinic."
    assert words["Callout"] == "Callout Breathing Breathe slowly."
    assert words["Tip"] == "Tip Hugo notice: drink water."


def test_callouts_are_spoken_with_their_label_and_end(real):
    [section] = real["callouts"].sections
    said = [u.text for u in section.script]
    start = said.index("Challenge")
    assert said[start:start + 7] == ["Challenge", "Try it", "Count the tablets.", "Solution",
                                     "There are ten.", "End of solution.", "End of challenge."]
    assert said[said.index("Important"):said.index("Important") + 3] == [
        "Important", "GitHub alert: call the clinic.", "End of important."]
    # every utterance after the title points at an element of the printed section
    ids = {e.get("id") for e in parse_html(section.html).iter() if e.get("id")}
    assert all(u.ref in ids for u in section.script[1:])



def test_a_warning_titled_empty_keeps_its_kind(settings):
    """Zulip's help (sweep CD, desktop-app-install-guide.md line 44) hides a box's title bar
    with an empty title, `!!! warn ""`: printed as a plain box, as a tip titled "" is, and
    said "… End of box."; `!!! warn` was labelled "Warn". A warning keeps its kind's label."""
    write_handouts(settings.source, {"boxes.md": """\
        # Boxes

        !!! warn ""
            The app will not update.

        !!! danger ""
            Keep away.

        !!! warn
            Plain.

        !!! tip ""
            It updates itself.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "Warning", "The app will not update.", "End of warning.", "Danger", "Keep away.",
        "End of danger.", "Warning", "Plain.", "End of warning.", "It updates itself.",
        "End of box."]
    assert [text_of(title) for title in parse_html(document.sections[0].html).iter("p")
            if title.get("class") == "admonition-title"] == ["Warning", "Danger", "Warning"]


def test_a_warning_with_a_title_of_its_own_still_says_it_is_a_warning(settings):
    """A box titled by its author ("!!! warning \"Do not drive\"", Obsidian's "> [!warning]
    Fasting") printed and sounded as any other box: a reader could not tell a warning from
    a note. A warning's, caution's or danger's kind comes before its title and its end
    names it; a note's title stands alone, and a title that says "Warning" is not doubled."""
    write_handouts(settings.source, {"boxes.md": """\
        # Boxes

        !!! warning "Do not drive"
            You may feel sleepy.

        > [!caution] Fasting
        > Do not eat.

        !!! note "Parking"
            Park in B.

        !!! danger "Danger to life"
            Keep away.

        !!! caution "Note"
            A caution titled with another kind's label keeps it.
        """, "kasten.md": """\
        ---
        lang: de
        ---

        # Kästen

        !!! warning "Nicht Auto fahren"
            Sie können müde werden.
        """})
    documents = {d.source.name: d for d in load_documents(settings)}
    said = [u.text for u in documents["boxes.md"].sections[0].script]
    assert said[1:] == ["Warning: Do not drive", "You may feel sleepy.", "End of warning.",
                        "Caution: Fasting", "Do not eat.", "End of caution.",
                        "Parking", "Park in B.", "End of parking.",
                        "Danger to life", "Keep away.", "End of danger to life.",
                        "Note", "A caution titled with another kind's label keeps it.",
                        "End of note."]
    assert [label for label, _ in callouts(documents["boxes.md"].sections[0].html)] == [
        "Warning: Do not drive", "Caution: Fasting", "Parking", "Danger to life", "Note"]
    german = [u.text for u in documents["kasten.md"].sections[0].script]
    assert german[1:] == ["Warnung: Nicht Auto fahren", "Sie können müde werden.",
                          "Ende: Warnung."]


def test_quarto_callouts_are_labelled_boxes(settings):
    """Quarto's `::: {.callout-warning}` printed and spoke as a plain paragraph: no box, no
    "Warning" (found on Quarto's own callout page)."""
    write_handouts(settings.source, {"q.md": """
        # Driving

        ::: {.callout-warning}
        Do not drive after taking this medicine.
        :::

        ::: callout-tip
        Take it at night.
        :::

        ::: {.callout-note}
        ## Before you start {#sec-start}

        Read the leaflet.
        :::

        ::: {.callout-caution title="If you feel dizzy"}
        Sit down.
        :::
        """})
    [document] = load_documents(settings)
    assert callouts(document.sections[0].html) == [
        ("Warning", "Warning Do not drive after taking this medicine."),
        ("Tip", "Tip Take it at night."),
        # the title Quarto shows, once (it was "Note" / "Before you start")
        ("Before you start", "Before you start Read the leaflet."),
        ("Caution: If you feel dizzy", "Caution: If you feel dizzy Sit down.")]

def test_rst_directives_in_markdown_are_boxes_pictures_and_text(settings):
    """France's mesconseilscovid writes its answers as mistune reads them, `.. question::`
    with the answer indented under it: the answers were code blocks, their HTML printed
    and said as words."""
    write_handouts(settings.source, {"faq.md": """
        # Symptoms

        .. question:: What should I do on the 2<sup>nd</sup> day?
            :open: true

            Stay at **home**.

            <p>Drink water.</p>

        .. warning::

            Call 111.

        .. toc::

        .. faq-item:: Who can help?

            Your pharmacist.

        After.
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert "<pre" not in html and "<code" not in html
    assert callouts(html) == [("What should I do on the 2nd day?",  # its tags gone
                               "What should I do on the 2nd day? Stay at home. Drink water."),
                              ("Warning", "Warning Call 111.")]
    assert [u.text for u in document.sections[0].script][-4:] == [
        "End of warning.", "Who can help?", "Your pharmacist.", "After."]


def test_code_keeps_its_syntax_and_the_text_has_none(real):
    [section] = real["callouts"].sections
    body = parse_html(section.html)
    [code] = body.iter("pre")
    assert text_of(code) == "::: warning\nA code example keeps its fences.\n:::\n"
    for pre in body.iter("pre"):
        pre.clear()
    prose = text_of(body)
    for syntax in (":::", "!!!", "???", "[!", "{:", "{{", "{%", "> "):
        assert syntax not in prose


def test_liquid_and_hugo_syntax_is_carried_over(real, caplog):
    [section] = real["templates"].sections
    body = parse_html(section.html)
    said = [u.text for u in section.script]
    # highlight: a code block, its content untouched
    [code] = body.iter("pre")
    assert code.find("code").get("class") == "language-ruby"
    assert text_of(code) == 'puts "{{ not a template here }}"\n'
    # Jekyll's footnote tags: a footnote, read after the paragraph
    assert "A note (note 1) in Jekyll's way." in said
    assert "Note 1: The note's words." in said
    # Hugo's figure and the pictures with template paths: boxes with their descriptions
    assert [text_of(b) for b in body.iter("span") if b.get("class") == "missing-picture"] == [
        "Picture not available: A white round tablet",
        "Picture not available: The same tablet",
        "Picture not available: A missing picture",
        "Picture not available: A tablet in a figure. Caption: One tablet"]
    assert "Video: How to take it" in said
    assert [label for label, _ in callouts(section.html)] == ["Morning"]
    text = text_of(body)
    for syntax in ("{%", "%}", "{{", "}}", "{:", "TOC", "navigation"):
        assert syntax not in text.replace(text_of(code), "")


def test_a_liquid_filter_given_a_label_after_an_address_is_a_link(settings):
    """An Austrian surgery's page of prices (page_prices.md, line 15) links with its site's
    own filter, `{{ 'https://www.gesundheitskasse.at/…' | external_link: 'Krankenkasse zur
    Rückerstattung einreichen' }}`: its words were lost, the PDF printed the long address and
    the voice said the host. A link whose words are the label; Liquid's own string filters
    and an address in an attribute keep the value."""
    write_handouts(settings.source, {"prices.md": """\
        ---
        lang: de
        ---
        # Preise

        Diese können Sie bei Ihrer {{ 'https://www.gesundheitskasse.at/cdscontent/?contentid=1'\
         | external_link: 'Krankenkasse zur Rückerstattung einreichen' }}.

        <img src="{{ '/images/x.png' | relative_url }}" alt="X"> {{ '/a/' | append: 'b.html' }}
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [link] = body.iter("a")
    assert (link.get("href"), text_of(link)) == (
        "https://www.gesundheitskasse.at/cdscontent/?contentid=1",
        "Krankenkasse zur Rückerstattung einreichen")
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "Diese können Sie bei Ihrer Krankenkasse zur Rückerstattung einreichen.",
        "Bild nicht verfügbar: X. /a/"]


def test_an_include_of_a_file_beside_the_handout_is_a_warning_to_copy_its_words(settings,
                                                                                 caplog):
    """The DWP's accessibility manual gives a page's substance in `{% include
    './partials/zoom-on-os-x.md' %}`: it was left out with a note that it "has no words for
    this handout", and the check passed. A file the include names that is there, beside
    the handout or in `_includes/`, is a warning naming it; any other stays a note. The
    build says the warning too: only the check did, and an author who builds was not told
    that a page's substance was missing."""
    source = write_handouts(settings.source, {
        "page.md": "# Magnifiers\n\nTest with a magnifier.\n\n"
                   "{% include './partials/zoom.md' %}\n\n{% include navigation.html %}\n"})
    (source / "partials").mkdir()
    (source / "partials" / "zoom.md").write_text("## Zoom\n\nTurn it on.\n")
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message)
                for f in lint_source(source / "page.md") if f.rule == "generator-syntax"]
    warning = ("the words of './partials/zoom.md', which this includes, are not in the "
               "handout: copy them here in place of '{% include './partials/zoom.md' %}'")
    assert findings[0] == ("5", WARNING, warning)
    assert findings[1][:2] == ("7", INFO)
    with caplog.at_level(logging.WARNING, logger="handout"):
        load_documents(settings)
    assert [record.getMessage() for record in caplog.records] == [
        f"{source / 'page.md'}:5: {warning}"]


def test_a_pymdown_snippet_is_an_include_left_out(settings, caplog):
    """Material for MkDocs' pages end with PyMdown's `--8<-- "includes/abbreviations.md"`,
    which was printed and said "--8 -- includes/abbreviations.md". A snippet is an include
    this handout cannot follow, as a Jekyll `{% include %}` is: left out with a note, or a
    warning where the file it names is beside the handout (one a line in a block between
    two `--8<--` too); in code it is shown as written."""
    source = write_handouts(settings.source, {"keys.md": """\
        # Keys

        Press the key.

        --8<-- "includes/abbreviations.md"

        --8<--
        partials/zoom.md:mac
        footer.md
        --8<--

        ```
        --8<-- "shown.md"
        ```
        """})
    (source / "partials").mkdir()
    (source / "partials" / "zoom.md").write_text("Turn it on.\n")
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message)
                for f in lint_source(source / "keys.md") if f.rule == "generator-syntax"]
    warning = ("the words of 'partials/zoom.md', which this includes, are not in the "
               "handout: copy them here in place of 'partials/zoom.md:mac'")
    assert findings == [
        ("5", INFO, "snippet '--8<-- \"includes/abbreviations.md\"' has no words for this "
                    "handout: left out"),
        ("8", WARNING, warning),
        ("9", INFO, "snippet 'footer.md' has no words for this handout: left out")]
    with caplog.at_level(logging.WARNING, logger="handout"):
        [document] = load_documents(settings)
    assert [record.getMessage() for record in caplog.records] == [
        f"{source / 'keys.md'}:8: {warning}"]
    assert [u.text for u in document.sections[0].script][:3] == [
        "Keys", "Press the key.", "Code example, 1 line, as printed:"]
    [code] = parse_html(document.sections[0].html).iter("pre")
    assert text_of(code) == '--8<-- "shown.md"\n'


def test_inline_code_loses_its_inlinehilite_language(settings):
    """PyMdown InlineHilite colours a code span by the language after `#!` (MkDocs
    Material's "Use Python's `` `#!python range()` `` function"): "#!python" was printed
    and said, "!python range". A shebang's path (`#!/bin/sh`) is code."""
    said, printed = said_and_printed(settings, "# Code\n\nUse Python's `#!python range()` "
                                               "function, not `#!/bin/sh`.\n")
    assert "Use Python's range() function, not #!/bin/sh." in printed
    assert "python" not in said[-1]


def test_dropped_syntax_is_one_finding_on_its_line(tmp_path):
    """Information, but for a value left out of a sentence ("Written by ."): a warning."""
    findings = [f for f in lint_source(REAL / "templates.md") if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("7", INFO), ("29", INFO), ("31", INFO), ("43", WARNING)]
    assert "'{% include navigation.html %}'" in findings[0].message
    assert "'{{ author_name }}'" in findings[3].message and "gap" in findings[3].message
    assert [f.where.rsplit(":", 1)[1] for f in lint_source(REAL / "templates.md")
            if f.rule in ("generator-syntax", "front-matter-key") and f.fails(strict=True)
            ] == ["43"]


def test_the_lint_reads_the_author_lines_without_template_noise(tmp_path):
    """A shortcode's address or a Liquid variable is not a bare address, and lines keep
    their numbers after the syntax is carried over."""
    text = ("---\ntitle: T\nlang: en\n---\n\n{{< youtube id=\"https://youtu.be/x\" >}}\n\n"
            "[Home]({{ site.baseurl }}/index.html)\n\nTake it *slowly*.\n")
    findings = lint_source(write_handouts(tmp_path, {"a.md": text}) / "a.md")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [
        ("generator-syntax", "6"), ("italic", "10")]


@pytest.mark.parametrize("body", [
    "::: note\nA\n:::\n",
    "> [!NOTE]\n> A\n\nB\n",
    "{: .note}\nA\n\nB\n",
    "Words.\n\n> A\n{: .callout}\n",
    "{% highlight js %}\nx\n{% endhighlight %}\n",
    "{% raw %}\n{{ x }}\n{% endraw %}\n",
    "{{< notice note >}}\nA\n{{< /notice >}}\n",
    "import X from './x';\n\n<Tabs>\nA\n</Tabs>\n",
    ":::{note} Title\n:class: dropdown\nA\n:::\n\n(label)=\n## B\n",
    "See [[Page#Part|words]] and ![[a b.png]].\n",
    "```{r}\n#| echo: false\nx\n```\n\n```{r}\n#| label: a\ny\n```\n",
    "<Grid>\n\t<Card\n\t\ttitle=\"A\"\n\t>\n\t\tWords.\n\t</Card>\n</Grid>\n",
    "## Done :tada:\n\n`:tada:` :+1:\n",
    '=== "Adults"\n\n    Two.\n\n=== "Children"\n\n    One.\n\nAfter.\n',
    "$$\nE = mc^2\n$$\n\nA $2 \\times 5$ B.\n",
    "A.\n\n> B. {.is-info}\n\n>C.{.is-warning}\n\nD {.fragment}\n",
    "#1 tip.\n\n> #2 tip.\n",
    "1️⃣ Warm.\n2️⃣ Water.\n\n## 🔟 Rest\n",
    "```{glossary}\nA\n  B.\n\nC\n  D.\n```\n\nE.\n",
    ":::{glossary}\nA\n  B.\n",
    'A `#!python x`.\n\n--8<-- "a.md"\n\n--8<--\nb.md\n--8<--\n',
])
def test_every_preprocessor_keeps_the_line_count(body):
    converted, _ = convert_syntax(body)
    assert converted.count("\n") == body.count("\n")


MYST_AND_OBSIDIAN = """\
    ---
    title: Other tools
    ---

    :::{note} Dealing with complex DOIs
    :class: dropdown
    Use the _full_ address.
    :::

    :::{card} Open an issue
    :link: https://example.org/issues/new
    If you find a barrier, open an issue.
    :::

    :::tip{icon="heart"}
    Drink water.
    :::

    ::: details Opening hours {open}
    Monday to Friday.
    :::

    (dose-label)=
    ## Dose

    A parenthetical citation {cite:p}`cockett2015` and {ref}`the dose section <dose-label>`.
    See [[#Dose]], [[Tablets#Storage|where to keep them]] and [[Tablets]].

    [[toc]]

    > [!info] In _Live Preview_, right-click
    > ![[Blister pack.png]]

    ```
    (code-label)=
    {cite:p}`kept in code` and [[kept in code]]
    ```
    """


def test_myst_obsidian_and_starlight_syntax_print_as_words(settings):
    """MyST directives keep their titles and lose their options, its targets and roles
    leave their words; Obsidian's wikilinks are the words Obsidian shows; Starlight's
    `{icon="heart"}` is not a title, nor VitePress' `{open}` after one (printed "Opening hours
    {open}"). Code keeps all of it."""
    write_handouts(settings.source, {"other.md": MYST_AND_OBSIDIAN})
    shutil.copy(FIXTURES / "robust" / "box.png", settings.source / "Blister pack.png")
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    text = " ".join(text_of(parse_html(html)).split())
    assert [label for label, _ in callouts(html)] == [
        "Dealing with complex DOIs", "Open an issue", "Tip", "Opening hours",
        "In Live Preview, right-click"]
    for words in ("Use the full address.", "If you find a barrier, open an issue.",
                  "A parenthetical citation cockett2015 and the dose section.",
                  "See Dose, where to keep them and Tablets."):
        assert words in text, text
    prose = text.split("(code-label)=")[0]
    for syntax in (":class:", ":link:", "dose-label", "{cite", "[[", "icon=", "_Live", "toc"):
        assert syntax not in prose, syntax
    code = "".join(parse_html(html).find(".//pre").itertext())
    assert "(code-label)=" in code and "{cite:p}`kept in code` and [[kept in code]]" in code
    picture = parse_html(html).find(".//img")
    assert picture.get("alt") == "Blister pack" and picture.get("src") == "Blister%20pack.png"
    spoken = " ".join(u.text for section in document.sections for u in section.script)
    assert "See Dose, where to keep them and Tablets." in spoken
    prose = spoken.split("code-label")[0]
    assert "code-label" in spoken and not re.search(r"class|icon|cite|label", prose), prose


def test_an_obsidian_picture_is_described_by_the_words_after_its_bar(settings):
    """Obsidian embeds a picture as `![[map.png|A map of the clinic]]`, its words after the
    bar (a size, `|300`, is no description): it was described by its file's name, "map"."""
    write_handouts(settings.source, {"visit.md": """\
        # Your visit

        ![[map.png|A map of the clinic|300]]

        ![[ward.png|300x200]]
        """})
    for name in ("map.png", "ward.png"):
        shutil.copy(FIXTURES / "robust" / "box.png", settings.source / name)
    [document] = load_documents(settings)
    assert [image.get("alt") for image in parse_html(document.html).iter("img")] == [
        "A map of the clinic", "ward"]


def test_an_obsidian_note_embed_is_left_out_with_a_warning(settings, caplog):
    """Obsidian's help page on discounts embeds two blocks of its refund policy,
    `![[退款政策#^discount-then-refund]]` on a line of its own: each was printed and said as
    the other note's name, "退款政策", twice, and the rules they hold were lost unannounced."""
    write_handouts(settings.source, {"discounts.md": """\
        # Discounts

        ### Refunds

        ![[Refund policy#^discount-then-refund]]

        ![[Refund policy#^purchase-then-refund|Refunds]]

        See [[Refund policy]] for more.
        """})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    text = " ".join(text_of(parse_html(document.html)).split())
    assert "Refunds See Refund policy for more." in text and text.count("Refund policy") == 1
    warnings = [r.getMessage() for r in caplog.records if "embed" in r.getMessage()]
    assert len(warnings) == 2 and warnings[0].endswith(
        "discounts.md:5: a note's embed, 'Refund policy#^discount-then-refund', is left "
        "out: what it shows is in another note; copy its words here")


@pytest.mark.parametrize("front, link, words", [
    ("id: ffec2853\nupdated: 1658332135180\ncreated: 1595352354163\n",
     "[[graph view|dendron.topic.graph-view]]", "graph view"),
    ("id: ffec2853\nupdated: 1658332135180\ncreated: 1595352354163\n",
     "[[parking|hospital.parking]]", "parking"),
    ("", "[[publishing|dendron://dendron.dendron-site/dendron.topic.publish.config.seo]]",
     "publishing"),
    ("", "[[fixFrontmatter Doctor action|dendron.topic.doctor#fixfrontmatter]]",
     "fixFrontmatter Doctor action"),
    ("", "[[Printer settings|the settings page]]", "the settings page"),
    ("", "[[Tablets|tablets.md]]", "tablets.md"),
    # with no words, the note by the last part of its name, as Dendron titles it
    ("", "[[dendron.topic.graph-view]]", "graph view"),
    ("", "[[dendron.topic.doctor#fixfrontmatter]]", "doctor"),
    ("", "[[notes.v1.2]]", "notes.v1.2"),
])
def test_a_dendron_wikilink_shows_the_words_before_its_bar(settings, caplog, front, link,
                                                           words):
    """Dendron writes a wikilink's words first, `[[graph view|dendron.topic.graph-view]]`,
    the other way round from Obsidian: its help on front matter (sweep BM,
    dendron.topic.frontmatter lines 35, 36, 41, 63) printed and said "Used to label nodes in
    dendron.topic.graph-view". A Dendron note (its front matter's `id` and its times in
    milliseconds) reads every link so; a target named as Dendron names a note, a hierarchy or
    `dendron://`, is no words on any page (with no words before its bar, the last part of its
    name is); Obsidian's words after the bar stay. A note's
    embed, `![[dendron.topic.x#section]]`, was left out as "Obsidian's embed"."""
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        said, printed = said_and_printed(settings, f"---\ntitle: Help\n{front}---\n\n"
                                         f"Used to label {link} here.\n\n"
                                         "![[dendron.topic.x#section]]\n")
    assert f"Used to label {words} here." in said and f"Used to label {words} here." in printed
    warnings = [r.getMessage() for r in caplog.records if "embed" in r.getMessage()]
    assert len(warnings) == 1 and "a note's embed, 'dendron.topic.x#section'" in warnings[0]
    assert "Obsidian" not in warnings[0]


def test_a_myst_embed_is_left_out_with_a_note(settings):
    """MyST's guide to citations (tests/corpus) embeds a note from elsewhere on its site,
    `![](#page-site-options-note)`: it was a picture with no description, printed and said
    as one, and `invoke check` failed the page for its missing alt text."""
    write_handouts(settings.source, {"cite.md": """\
        # Citations

        Number your references.

        ![](#page-site-options-note)

        ![The options](options.png)
        """})
    (settings.source / "options.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Citations", "Number your references.", "Image: The options."]
    findings = lint_source(settings.source / "cite.md")
    assert [(f.rule, f.where.rsplit(":", 1)[1], f.severity) for f in findings
            if f.rule in ("image-alt", "generator-syntax")] == [("generator-syntax", "5", INFO)]


def test_myst_directives_in_backtick_fences_are_what_myst_shows(settings):
    """MyST's ```` ```{warning} ````, `{code}`, `{figure}` and `{list-table}` fences: a
    callout (with a directive inside it), code without its options, a picture with its
    caption, a table with its header; the syntax shown inside other code stays."""
    write_handouts(settings.source, {"myst.md": """\
        ---
        title: Directives
        ---

        ````{warning}
        Keep the tablets dry.

        ```{code} yaml
        :filename: store.yml
        place: dry
        ```
        ````

        ```{figure} Blister pack.png
        :label: blister
        :alt: A blister pack of twelve tablets
        The pack your tablets come in.
        ```

        ```{list-table} Doses by age
        :header-rows: 1
        :label: doses
        * - Age
          - Dose
        * - Adult
          - 2 mg, twice
            a day
        ```

        ````markdown
        ```{note}
        :class: shown-as-syntax
        ```
        ````
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", settings.source / "Blister pack.png")
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    body = parse_html(html)
    [(label, words)] = callouts(html)
    assert label == "Warning" and words.startswith("Warning Keep the tablets dry. place: dry")
    codes = ["".join(pre.itertext()) for pre in body.iter("pre")]
    assert codes[0].strip() == "place: dry"
    assert codes[1].strip() == "```{note}\n:class: shown-as-syntax\n```"
    picture = body.find(".//img")
    assert picture.get("alt") == "A blister pack of twelve tablets"
    assert picture.get("src") == "Blister%20pack.png"
    assert picture.get("title") == "The pack your tablets come in."  # print's caption
    rows = [[" ".join(text_of(cell).split()) for cell in row] for row in body.iter("tr")]
    assert rows == [["Age", "Dose"], ["Adult", "2 mg, twice a day"]]
    prose = " ".join(text_of(body).split()).split("```{note}")[0]
    for syntax in (":label:", ":alt:", ":header-rows:", ":filename:", "{figure}", "* -"):
        assert syntax not in prose, syntax
    spoken = [u.text for u in document.sections[0].script]
    assert spoken[spoken.index("Doses by age") + 2] == "Age: Adult. Dose: 2 milligrams, twice a day."


@pytest.mark.parametrize("fence, close", [("```{glossary}", "```"),
                                          (":::{glossary}", ":::")])
def test_a_myst_glossary_is_a_definition_list(settings, fence, close):
    """The Python-GIS book's glossary (```` ```{glossary} ````, each term at the left margin,
    its definition indented two spaces under it, `` {term}`Name` `` roles inside) was one
    code block of 237 lines: 51 pages of monospace, said as "Code example, 237 lines, as
    printed". It is a definition list, each term then its definition (two terms stacked
    share one), and a role is its words."""
    write_handouts(settings.source, {"glossary.md": f"""\
        ---
        title: Glossary
        ---

        {fence}
        :sorted:
        Argument
          The value passed to a function when it is called. Similar to a {{term}}`parameter`.

        Commit
          Verb: The process of writing {{term}}`changes <Git merge>`
          to a repository.

          Noun: A specific instance of changes.

        Coordinate transformation
        Reprojection
          See {{term}}`Map reprojection`.
        {close}

        After the glossary.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [glossary] = body.iter("dl")
    assert [(item.tag, " ".join(text_of(item).split())) for item in glossary] == [
        ("dt", "Argument"),
        ("dd", "The value passed to a function when it is called. Similar to a parameter."),
        ("dt", "Commit"),
        ("dd", "Verb: The process of writing changes to a repository. "
               "Noun: A specific instance of changes."),
        ("dt", "Coordinate transformation"), ("dt", "Reprojection"),
        ("dd", "See Map reprojection.")]
    assert not list(body.iter("pre"))
    said = [u.text for u in document.sections[0].script]
    assert said[:4] == ["Glossary", "Argument", "The value passed to a function when it is called.",
                        "Similar to a parameter."]
    assert said[-1] == "After the glossary." and not any("Code" in words for words in said)


@pytest.mark.parametrize("fence, close", [("```", "```"), (":::", ":::")])
def test_myst_options_written_as_yaml_are_options(settings, fence, close):
    """MyST reads a directive's options as `:key: value` lines or as YAML between two `---`
    lines. A Turing Way page's figure set `height`, `name` and `alt` so, and printed and said
    "Picture not available: --- height: 400px name: robot alt: A robot…", and a note's
    `class: dropdown` was a rule over a heading "class: dropdown". Now the YAML is read as
    the options (`alt` the description), as the `:key:` form is, never printed or said."""
    write_handouts(settings.source, {"myst.md": f"""\
        ---
        title: Drop-in sessions
        ---

        ```{{figure}} robot.png
        ---
        height: 400px
        name: robot
        alt: A robot in the middle of a group of people.
        ---
        An illustration by Scriberia.
        ```

        {fence}{{note}}
        ---
        class: dropdown
        ---
        A note with options in YAML.
        {close}
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", settings.source / "robot.png")
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    picture = body.find(".//img")
    assert picture.get("alt") == "A robot in the middle of a group of people."
    assert picture.get("title") == "An illustration by Scriberia."
    [(label, words)] = callouts(document.sections[0].html)
    assert (label, words) == ("Note", "Note A note with options in YAML.")
    prose = " ".join(text_of(body).split())
    said = " ".join(u.text for u in document.sections[0].script)
    for syntax in ("---", "height", "400px", "name:", "class", "dropdown"):
        assert syntax not in prose and syntax not in said, syntax
    assert not list(body.iter("hr")) and not list(body.iter("h2"))


def test_a_myst_figure_left_open_keeps_the_authors_lines():
    """Every preprocessor keeps the number of lines (headings and the lint name the
    author's line), also for a directive whose fence the text never closes (it runs to the
    end, as an open code fence does)."""
    body = "Text.\n\n```{figure} a.png\n:alt: A box\nIts caption.\n"
    converted, _ = convert_syntax(body)
    assert converted.split("\n")[2] == '![A box](a.png "Its caption.")'
    assert len(converted.split("\n")) == len(body.split("\n"))


def test_a_myst_link_without_words_says_the_title_of_its_target(settings):
    """`[](#label)` is filled in with the heading its target marks, as MyST does; a target
    on another page (unknown here) is said by its label's words, never as "see ."; a
    `` {ref}`fig:link` `` to a figure of the page is its caption (sweep CZ: it printed
    "(fig:link)")."""
    write_handouts(settings.source, {"myst.md": """\
        ---
        title: Targets
        ---

        Read the dose first, see [](#dose:first). Settings are in [](#site-options).
        Click the link ({ref}`fig:link`).

        ```{figure} link.png
        ---
        name: fig:link
        ---
        The link to the notebook.
        ```

        (dose:first)=
        ## Your first dose
        """})
    [document] = load_documents(settings)
    text = " ".join(text_of(parse_html(document.sections[0].html)).split())
    assert "see Your first dose. Settings are in site options." in text, text
    assert "Click the link (The link to the notebook.)." in text, text


def test_quarto_and_r_markdown_chunks_show_only_their_code(settings):
    """Chunk options (`#| echo: false`) are the tool's; a chunk they hide is not shown."""
    write_handouts(settings.source, {"survey.md": """\
        ---
        title: Recoding missing values
        ---

        ```{r setup, include=FALSE}
        knitr::opts_chunk$set(echo = TRUE)
        ```

        ```{r}
        #| echo: false
        #| include: false
        library(tidyverse)
        ```

        The survey codes missing answers as negative numbers.

        ```{r}
        #| label: survey
        survey |> mutate(missing = Code < 0)
        ```
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    blocks = ["".join(pre.itertext()) for pre in parse_html(html).iter("pre")]
    assert blocks == ["survey |> mutate(missing = Code < 0)\n"]
    text = text_of(parse_html(html))
    assert "#|" not in text and "library" not in text and "knitr" not in text
    assert "The survey codes missing answers as negative numbers." in text


def test_mdx_components_leave_their_words_as_markdown(settings):
    """Starlight's MDX: tags over several lines go whole, and the words the tags indent are
    Markdown, not code; a line that only starts like a tag is words. A card's title labels
    its box, as the site shows it over the card."""
    write_handouts(settings.source, {"home.md": """\
        # Home

        <CardGrid stagger>
        \t<Card title="Delightful docs" icon="open-book">
        \t\tIncludes navigation, **search** and more.
        \t</Card>
        </CardGrid>

        <Testimonial
          name="Rachel"
          cite="https://example.org/status/1"
        >
          Starlight is great.
        </Testimonial>

        <Tablets are white
        and round.
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    text = " ".join(text_of(parse_html(html)).split())
    assert text == ("Delightful docs Includes navigation, search and more. Starlight is great. "
                    "<Tablets are white and round.")
    assert "<pre" not in html and "<strong>search</strong>" in html
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "Code example" not in said and "Rachel" not in said


def test_emoji_are_printed_and_said_as_their_names(settings):
    """The print fonts have no emoji and a voice skips them: each is named, as a screen
    reader names it, shortcodes (`:tada:`) too, and MkDocs Material's Twemoji names
    (`:man_raising_hand:`, in its page on annotations, printed and said with its colons); a
    time and code keep their colons."""
    write_handouts(settings.source, {"emoji.md": """\
        ---
        title: Your tablets 💊
        ---

        ## Done :tada: today

        ✅ Take one at 10:30:00 with food 👍🏽. Type `:tada: 💊` to celebrate.

        Raise your hand :man_raising_hand: if you need help.

        © NHS 2024 ™, with ❤ and ❤️.

        :warning: **Do not** unplug the reader.

        <<< @/snippets/snippet.js{2}
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "Your tablets"  # an emoji closing it decorates it
    html = "".join(section.html for section in document.sections)
    text = " ".join(text_of(parse_html(html)).split())
    assert "Done (party popper) today" in text
    assert "(check mark button) Take one at 10:30:00 with food (thumbs up)." in text
    assert parse_html(html).find(".//code").text == ":tada: 💊"
    assert "Raise your hand (man raising hand) if you need help." in text
    assert "© NHS 2024 ™, with ❤ and (red heart)." in text  # symbols written as text stay
    # `:warning:` is gemoji's text-style "⚠", printed and never said (sweep CD): the emoji
    assert "(warning) Do not unplug the reader." in text
    assert "snippet" not in text  # VitePress's import of a file of the site's
    said = [u.text for section in document.sections for u in section.script]
    assert "Done (party popper) today" in said
    assert "(warning) Do not unplug the reader." in said


def test_a_web_address_keeps_what_looks_like_a_shortcode(settings):
    """A Vietnamese university's health insurance guide links its form on SharePoint, whose
    addresses hold "/:b:/" (a PDF) or "/:x:/" (a spreadsheet): made emoji, the link led to
    "sharepoint.com/🅱/g/...", and print and voice said "(B button (blood type))"."""
    form = "https://contoso.sharepoint.com/:x:/s/clinic/EaBc123?e=4tYq1"
    leaflet = "https://contoso.sharepoint.com/:b:/s/clinic/EdXyz789?e=Qw12"
    write_handouts(settings.source, {"forms.md": f"""\
        ---
        title: Shared files
        lang: en
        ---

        Fill in the [referral form]({form}) :tada: and see {leaflet} on our site.
        """})
    [document] = load_documents(settings)
    page = parse_html("".join(section.html for section in document.sections))
    assert [link.get("href") for link in page.iter("a")] == [form, leaflet]
    text = " ".join(text_of(page).split())
    assert leaflet in text and "(party popper)" in text and "button" not in text
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "button" not in said and "(party popper)" in said


def test_emoji_are_named_in_the_handouts_language(settings):
    """A Spanish or French voice says the emoji's name in its own language (CLDR's names),
    in the title and the text alike; a language without names keeps the English ones."""
    write_handouts(settings.source, {
        "es.md": "---\ntitle: Sus 💊 pastillas\nlang: es\n---\n\n## Listo :tada: hoy\n\n"
                 "✅ Tome una con comida 👍🏽.\n",
        "fr.md": "---\ntitle: Vos 💊 comprimés\nlang: fr-CA\n---\n\n⚠️ Avec de l’eau.\n",
        "sw.md": "---\ntitle: Dawa 💊 leo\nlang: sw\n---\n\nMaji 🎉.\n"})
    documents = {d.slug: d for d in load_documents(settings)}
    spanish, french, swahili = documents["es"], documents["fr"], documents["sw"]
    assert spanish.meta.title == "Sus (píldora) pastillas"
    said = [u.text for section in spanish.sections for u in section.script]
    assert "Listo (cañón de confeti) hoy" in said
    assert "(botón de marca de verificación) Tome una con comida (pulgar hacia arriba)." in said
    assert french.meta.title == "Vos (pilule) comprimés"
    assert "(symbole d’avertissement) Avec de l’eau." in \
        [u.text for section in french.sections for u in section.script]
    assert swahili.meta.title == "Dawa (pill) leo"


def test_an_emoji_glued_to_a_word_is_a_word_apart(settings):
    """A Korean guide's label (sweep BA, notion-ko-guide line 12), "**✅Link**", printed and
    said "(체크 표시 버튼)Link", the emoji's name glued to the word; so did one after a
    word. Chinese and Japanese, which space no words, keep the name where it was."""
    said, printed = said_and_printed(settings, """\
        ---
        title: 가이드
        lang: ko
        ---

        Words first.

        **✅Link** and 완료✅ today.

        <div lang="ja" markdown="1">確認✅完了</div>
        """)
    assert "(체크 표시 버튼) Link and 완료 (체크 표시 버튼) today." in said
    assert "(체크 표시 버튼) Link" in printed and "確認(" in printed


def test_the_emoji_that_open_a_heading_are_decoration_and_go(settings):
    """A chatbot heads each part of its answer with an emoji ("## 💊 Your inhalers"), and
    authors copy them: named as a screen reader names them, they printed "(lungs) Living
    Well with Asthma" as the title at 28 points, and were said before every heading and in
    every file's name. Those that open a heading go, and so do those that close it after
    its words ("How to borrow 🚀" was said "(rocket)"), any that close a heading that an
    emoji opened ("⚠️ Disclaimer 🚫" was "Disclaimer (prohibited)") and any among the words
    of one ("💧 Fluids & 🍎 Carbohydrates" printed "(red apple)" in a sick-day sheet's
    contents); those among the words of another, which may be what it says, a flag, and a
    heading of emoji alone, are named as anywhere else. A table's column heading is a
    heading: "| 💊 Drug |" was said before each row's dose, "(pill) Drug: Paracetamol", and
    a tick opening one beside it, "| ✓ Correct |", "tick Correct"."""
    write_handouts(settings.source, {
        "asthma.md": "# 🫁 Living Well with Asthma\n\nIntro.\n\n"
                     "## 💊 Your **inhalers**\n\nCarry it 💊.\n\n"
                     "## ⚠️ ⚠️ Signs of an attack\n\nCall 999.\n\n"
                     "## Done 🎉\n\nPets.\n\n## 🎉\n\nDone.\n\n## A 🎉 B\n\nMore.\n\n"
                     "## ⚠️ Disclaimer 🚫\n\nAdvice only.\n\n## Dogs allowed? ✅\n\nYes.\n\n"
                     "## 💧 Fluids & 🍎 Carbohydrates\n\nDrink.\n\n"
                     "| 💊 Drug | 👨 Adult dose | Sunday | ✓ Checked |\n|---|---|---|---|\n"
                     "| Paracetamol | 500 mg | ❌ | ✓ |\n",
        "titled.md": "---\ntitle: 🫁 Breathing\n---\n\nWords.\n"})
    documents = {d.slug: d for d in load_documents(settings)}
    document = documents["asthma"]
    assert document.meta.title == "Living Well with Asthma"
    assert documents["titled"].meta.title == "Breathing"
    assert [s.heading for s in document.sections] == [
        "Living Well with Asthma", "Your inhalers", "Signs of an attack", "Done",
        "(party popper)", "A (party popper) B", "Disclaimer", "Dogs allowed? (check mark button)",
        "Fluids & Carbohydrates"]
    body = parse_html("".join(s.html for s in document.sections))
    assert [" ".join(text_of(h).split()) for h in body.iter("h2")] == [
        "Your inhalers", "Signs of an attack", "Done", "(party popper)", "A (party popper) B",
        "Disclaimer", "Dogs allowed? (check mark button)", "Fluids & Carbohydrates"]
    assert [" ".join(text_of(th).split()) for th in body.iter("th")] == [
        "Drug", "Adult dose", "Sunday", "Checked"]
    assert "(cross mark)" in text_of(body)
    assert body.find(".//h2/strong").text == "inhalers"
    said = [u.text for section in document.sections for u in section.script]
    assert "Carry it (pill)." in said and "(lungs)" not in " ".join(said)


def test_the_emoji_that_close_a_heading_are_decoration_and_go(settings):
    """A pregnancy guide written as a chatbot writes (sweep BK, repro emoji-title) closes its
    headings with an emoji, "# Pregnancy Week-by-Week Guide 🤱", "## Your first scan 🩺",
    which were its title, printed, said and tagged "(breast-feeding)", and its section's
    "(stethoscope)". Those that close a heading after its words go, several too, and so do
    those that close a title in the front matter; a tick answering a heading, a keycap, an
    emoji among its words and one alone stay, named as anywhere else."""
    write_handouts(settings.source, {
        "guide.md": "# Pregnancy Week-by-Week Guide 🤱\n\nIntro.\n\n"
                    "## Your first scan 🩺\n\nAt 12 weeks.\n\n"
                    "## Eating well 🥦 🍎\n\nFruit.\n\n"
                    "## Scans 🩺 and tests\n\nBlood.\n\n## Dogs allowed? ✅\n\nYes.\n\n"
                    "## Step 1️⃣\n\nBook.\n\n## 🤱\n\nFeed.\n",
        "titled.md": "---\ntitle: Breathing 🫁\n---\n\nWords.\n"})
    documents = {d.slug: d for d in load_documents(settings)}
    document = documents["guide"]
    assert document.meta.title == "Pregnancy Week-by-Week Guide"
    assert documents["titled"].meta.title == "Breathing"
    headings = ["Your first scan", "Eating well", "Scans (stethoscope) and tests",
                "Dogs allowed? (check mark button)", "Step 1", "(breast-feeding)"]
    assert [s.heading for s in document.sections] == ["Pregnancy Week-by-Week Guide",
                                                      *headings]
    body = parse_html("".join(s.html for s in document.sections))
    assert [" ".join(text_of(h).split()) for h in body.iter("h2")] == headings
    said = [u.text for section in document.sections for u in section.script]
    assert "Your first scan" in said and "(stethoscope)" not in said[:3]


def test_the_emoji_that_open_a_rows_label_are_decoration_and_go(settings):
    """A recipe's nutrition table (sweep AW, pistachio-gelato lines 54-62) opens each row's
    label with an emoji, "| 🔥 Energy (kcal) |", "| 💪 Protein (g) |", printed and said
    "(fire) Energy", "(flexed biceps) Protein (g)", the grams "jee", where an emoji opening
    a column's heading goes. A row's label is a heading of its row: the emoji go, and the
    grams are said. An emoji alone in a cell, or in another column, says something, and
    stays."""
    write_handouts(settings.source, {"gelato.md": """\
        # Nutrition

        | Value | per 100g |
        | :--- | ---: |
        | 🔥 Energy (kcal) | 193 |
        | 💪 Protein (g) | 6.4 |
        | ✅ | 🧂 Salted |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    assert [[" ".join(text_of(cell).split()) for cell in row] for row in body.iter("tr")] == [
        ["Value", "per 100g"], ["Energy (kcal)", "193"], ["Protein (g)", "6.4"],
        ["(check mark button)", "(salt) Salted"]]
    said = [u.spoken for section in document.sections for u in section.script]
    assert said[2:4] == ["Value: Energy (kilocalories). per 100 grams: 193.",
                         "Value: Protein (grams). per 100 grams: 6.4."]


def test_a_flag_is_named_with_its_country_as_the_language_writes_it(settings):
    """dssg-pt's README opens "# 😷️🇵🇹 Dados relativos à pandemia COVID-19 em Portugal": its
    title printed "(bandeira portugal)", the country in lower case as the `emoji` package
    keeps CLDR's names. (The emoji that open a heading now go, as decoration.) So do the
    flags of a bilingual README's languages, with a slash between: "# :uk: / :us: Transport
    and Income" was titled "(flag: United States) Transport…", its heading "/ (flag:
    United States) Transport…"."""
    write_handouts(settings.source, {
        "pt.md": "---\nlang: pt-PT\n---\n\n# 😷️🇵🇹 Dados relativos à pandemia\n\n"
                 "Texto 😷️🇵🇹.\n",
        "uk.md": "# :uk: / :us: Transport and Income\n\nText.\n\n## 🇬🇧 / 🇺🇸 Opening hours\n\n"
                 "Open.\n\n## 🇬🇧 | 🇺🇸 Closing days\n\nClosed.\n",
        "it.md": "---\ntitle: Dati 🇮🇹 e 🇵🇹\nlang: it\n---\n\nTesto.\n"})
    documents = {d.slug: d for d in load_documents(settings)}
    assert documents["pt"].meta.title == "Dados relativos à pandemia"
    assert [u.text for u in documents["pt"].sections[0].script][-1] == \
        "Texto (rosto com máscara médica)(bandeira Portugal)."
    assert documents["it"].meta.title == "Dati (bandiera Italia) e (bandiera Portogallo)"
    assert [s.heading for s in documents["uk"].sections] == [
        "Transport and Income", "Opening hours", "Closing days"]


def test_a_backslash_ending_a_line_is_a_line_break():
    """Pandoc's and CommonMark's line break, and kramdown's two backslashes; an escaped
    backslash after a folder's name, and code, keep theirs."""
    body = parse_html(render_markdown("Encode it to: \\\n`x`, which works.\n\n"
                                      "A folder C:\\\\\nnext\n\n    code \\\n")[0])
    first, second = body.findall("p")
    assert first.find("br") is not None and "\\" not in text_of(first)
    assert text_of(second) == "A folder C:\\\nnext"
    assert body.find(".//pre").findtext("code") == "code \\\n"
    # kramdown's two backslashes (a Jekyll library's address)
    kramdown = parse_html(render_markdown("Hauptstraße 39\\\\\n87784 Westerheim\n")[0])
    assert kramdown.find("p/br") is not None and "\\" not in text_of(kramdown)


def test_words_between_runs_of_underscores_are_bold_italics_not_lines_to_write_on(settings):
    """A school's lockdown plan (sweep BB, what-to-do-during-a-lockdown line 91), "___we will
    lower or reduce the effects of post trauma.___": its closing run, after the full stop,
    was taken for a line to write on, which printed both runs and was said "blank … blank".
    CommonMark reads bold italics; "Name: _____" and a time to write in stay lines."""
    said, printed = said_and_printed(settings, (
        "# Plan\n\nEven a little more,\n___we will lower the effects of post trauma.___\n\n"
        "Keep calm: ___stay in the room.___\n\nName: _____ Time: ___:___\n"))
    assert said == ["Plan", "Even a little more, we will lower the effects of post trauma.",
                    "Keep calm: stay in the room.", "Name: blank Time: blank"]
    assert "_" not in printed.split("Name")[0]
    assert printed.count("_") == 11
    html = render_markdown("Keep calm: ___stay in the room.___\n")[0]
    assert "<strong><em>stay in the room.</em></strong>" in html


def test_markdown_inside_details_is_markdown(settings):
    """GitHub reads the Markdown inside `<details>`; so do we, links and emphasis too, and in
    its summary."""
    write_handouts(settings.source, {"sky.md": """\
        # Sky

        <details>
        <summary>When is Andromeda best seen?</summary>

        The constellation [Andromeda](<https://de.wikipedia.org/wiki/Andromeda_(Sternbild)>)
        is best seen in **November**.

        </details>

        <details>
          <summary>**Android**</summary>

        Open the app.
        </details>

        1. Or:

           <details>
           <summary>**iOS**</summary>

           Open it.

           </details>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    # A summary in bold (sweep CD, Home Assistant's guide) printed its asterisks
    assert callouts(html) == [("When is Andromeda best seen?", (
        "When is Andromeda best seen? The constellation Andromeda is best seen in November.")),
        ("Android", "Android Open the app."), ("iOS", "iOS Open it.")]
    assert "<strong>Android</strong>" in html and "markdown" not in html
    assert '<a href="https://de.wikipedia.org/wiki/Andromeda_(Sternbild)">Andromeda</a>' in html
    assert "<strong>November</strong>" in html


def test_markdown_marked_inside_plain_html_is_markdown(settings):
    """kramdown (Jekyll) reads `markdown="1"` at any depth; Python-Markdown only where every
    element around it is marked too. The VA's style guide (vets-design-system-documentation,
    dates-and-numbers.md) printed its two examples as one line, "8:00 a.m. to 5:30 p.m. ET
    8:00 a.m. to noon ET", and Jekyll's upgrading page printed `jekyll serve` with its
    backticks. An element written about in code, `<div>`, is no element around one."""
    write_handouts(settings.source, {"hours.md": """\
        # Office hours

        Write `<div>` and `<details>` blocks so.

        <div class="do-dont">
        <div class="do-dont__do">
        <h3 class="do-dont__heading">Like this</h3>
        <div class="do-dont__content" markdown="1">
        8:00 a.m. to 5:30 p.m. ET

        Run `jekyll serve`.
        </div>
        </div>
        </div>

        <details>

        Kept.

        </details>
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    assert [text_of(p).strip() for p in body.iter("p")][:3] == [
        "Write <div> and <details> blocks so.", "8:00 a.m. to 5:30 p.m. ET",
        "Run jekyll serve."]
    assert [code.text for code in body.iter("code")] == ["<div>", "<details>", "jekyll serve"]
    assert "markdown" not in "".join(section.html for section in document.sections)


def test_indented_tags_around_a_marked_element_are_html(settings, caplog):
    """A theatre's access page (zoo-access, sweep AQ) writes each venue as a Bootstrap card,
    its inner tags indented four spaces or more, `<div class="card">` over `    <div
    class="card-header">`, `      <h2>All venues</h2>` and `    <div class="card-body"
    markdown="1">`, its `    </div>` after a blank line: they printed as three code boxes,
    said "Code example, 2 lines, as printed: div class card-header. h2 All venues h2", the
    heading started no section, and the `<div>` was warned of as never closed. They are
    HTML, as kramdown and GitHub read them; indented code after a paragraph stays code."""
    write_handouts(settings.source, {"access.md": """\
        ---
        title: Access
        ---

        Intro text.

        <div class="card">
            <div class="card-header">
              <h2>All venues</h2>
            </div>
            <div class="card-body" markdown="1">

        Assistance dogs are always welcome.

            </div>
        </div>

        After the card.

            <p>indented code stays code</p>
        """})
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Access", "All venues"]
    assert [u.spoken for u in document.sections[1].script] == [
        "All venues", "Assistance dogs are always welcome.", "After the card.",
        "Code example, 1 line, as printed:", "p indented code stays code p"]
    assert document.sections[1].html.count("<pre") == 1
    assert "never closed" not in caplog.text


def test_a_paragraph_that_only_links_to_the_top_is_left_out(settings):
    """The VA's Digital Service Handbook (va-digital-service-handbook, digital-standards.md)
    ends each standard with `<a href="#">Return to top</a>`: printed twelve times and said
    after each, a way back up that paper and a recording cannot follow; and an observatory's
    handbook (sweep BW, lapo-exhibits) floats "top" so in a span, said 19 times. A link to
    the top inside a sentence keeps its words."""
    write_handouts(settings.source, {"standards.md": """\
        # Digital standards

        ## Work in the open

        Publish your code.

        <a href="#">Return to top</a>

        [Back to top](#top)

        <span style='float:right;'>[top](#)</span>

        See [the list at the top](#) first.
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Digital standards", "Work in the open", "Publish your code.",
                    "See the list at the top first."]
    assert "to top" not in "".join(section.html for section in document.sections)


def test_a_tag_written_over_several_lines_is_one_element(settings):
    """The VA's pattern pages (vets-design-system-documentation, ask-users-for/email-address.md)
    write a web component's tag over four lines, `<va-link-action` then `href=`, `text=`,
    `type=`, then `></va-link-action>`: the lines printed as text and the `>` was a quotation,
    said "Quote. End of quote." A component so written keeps its Markdown; a `<` in prose
    opens nothing."""
    write_handouts(settings.source, {"email.md": """\
        # Email address

        <va-link-action
          href="https://staging.va.gov/mock-form-patterns/phone-and-email-address"
          text="View an example"
          type="secondary"
        ></va-link-action>

        <va-alert
          status="info">
        Use **your** email.
        </va-alert>

        If x <5 and
        y > 3 we stop.
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Email address", "Use your email.", "If x less than 5 and y more than 3 "
                    "we stop."]
    html = "".join(section.html for section in document.sections)
    assert "blockquote" not in html and "va-link-action" not in html and "href=" not in html


def test_a_table_whose_delimiter_row_does_not_match_its_header_is_a_table(settings):
    """The CDC's NBS 7 guide (NEDSS-SystemAdminGuide, docs/support.md) heads a two-column
    table with a three-cell delimiter row, which kramdown shows as a table: it printed as a
    paragraph of pipes, its delimiters said ":--- :--- :---"."""
    write_handouts(settings.source, {"support.md": """\
        # Support

        | If you need help with… | Start here |
        |:---|:---|:---|
        | Readiness or staffing | [Before you deploy](https://example.org/before) |
        | Deployment steps | Deploy NBS 7 |

        | Age | Dose | Note |
        |---|---|
        | 5 | 2 ml | with food |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    tables = [[[text_of(cell).strip() for cell in row] for row in table.iter("tr")]
              for table in body.iter("table")]
    assert tables == [
        [["If you need help with…", "Start here"], ["Readiness or staffing", "Before you deploy"],
         ["Deployment steps", "Deploy NBS 7"]],
        [["Age", "Dose", "Note"], ["5", "2 ml", "with food"]]]
    assert not any("---" in u.text for section in document.sections for u in section.script)


def test_rows_of_pipes_with_no_row_of_dashes_are_a_table_with_no_header(settings, tmp_path):
    """A Jekyll site's directory of helplines (madebysimon/OPUS, sos/international.md)
    writes its rows with no header and no row of dashes, "| Samaritans |
    https://www.samaritans.org | Tel: 116 123 |", which kramdown shows as a table: they
    printed their pipes and were said as one run. A single such line stays text, and so do
    rows in code; the lint says GitHub shows them as text."""
    write_handouts(settings.source, {"helplines.md": """\
        # Helplines

        | Samaritans | https://www.samaritans.org | Tel: 116 123 |
        | Shout | Text **SHOUT** to 85258 |

        | Alone | line |

        ```
        | a | b |
        | c | d |
        ```
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    tables = [[[text_of(cell).strip() for cell in row] for row in table.iter("tr")]
              for table in body.iter("table")]
    assert tables == [[["Samaritans", "https://www.samaritans.org", "Tel: 116 123"],
                       ["Shout", "Text SHOUT to 85258", ""]]]
    assert body.find(".//th") is None and body.find(".//strong").text == "SHOUT"
    assert "| Alone | line |" in text_of(body) and "| a | b |" in text_of(body)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:4] == ["Table. 2 rows.", "Samaritans. web address samaritans.org. "
                         "Tel: 116 123.", "Shout. Text SHOUT to 85258."]
    [finding] = [f for f in lint_source(settings.source / "helplines.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":3") and "kramdown" in finding.message \
        and finding.severity == INFO


def test_rows_over_a_tables_header_row_are_rows_and_the_table_is_a_table(settings):
    """A hackerspace's income and expenditure, a spreadsheet pasted into Wiki.js (sweep CV,
    07 line 167), has two rows and an empty one over its header row and row of dashes: the
    whole was one paragraph, its pipes printed for a page and more and its seventy rows'
    figures said as one run, and the lint said nothing. The table is a table from its header
    row, as on GitHub; the rows over it are a table with no header row, and are noted."""
    write_handouts(settings.source, {"money.md": """\
        # Money

        | - | June | May |
        | Net cash | $6,917.16 | -$9,482.55 |
        | Income | June | May |
        | ------ | ---- | --- |
        | Bond | $225.00 | $310.00 |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    tables = [[[text_of(cell).strip() for cell in row] for row in table.iter("tr")]
              for table in body.iter("table")]
    assert tables == [[["-", "June", "May"], ["Net cash", "$6,917.16", "-$9,482.55"]],
                      [["Income", "June", "May"], ["Bond", "$225.00", "$310.00"]]]
    assert "|" not in text_of(body)
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "Table. 1 row. Income: Bond. June: $225.00. May: $310.00." in said
    [finding] = [f for f in lint_source(settings.source / "money.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":3") and "no row of dashes" in finding.message


def test_a_table_indented_under_a_list_item_is_not_noted_as_rows_without_dashes(settings):
    """A bribery policy (sweep BC, mt-bribery line 42; repro lint-table) indents its table
    four spaces under "1. The table below sets out…": the build read its header row, but the
    lint noted "rows of pipes with no row of dashes under the first", the row of dashes not
    seen for its indent. Rows with no dashes so indented are noted still."""
    write_handouts(settings.source, {"gifts.md": """\
        # Gifts

        1. The table below sets out who approves gifts.

            | Value | Who approves |
            | ----- | ------------ |
            | Less than £100 | Nobody |

        2. Keep a record.

            | Samaritans | Tel: 116 123 |
            | Shout | Text 85258 |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    assert [text_of(cell).strip() for cell in body.iter("th")] == ["Value", "Who approves"]
    [finding] = [f for f in lint_source(settings.source / "gifts.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":11") and "no row of dashes" in finding.message


def test_a_tables_rows_parted_by_blank_lines_print_as_text_and_its_dashes_are_silent(
        settings):
    """An energy charity's sample bill parts its table's rows with blank lines, "| Bill line
    | Example |", a blank line, "|-----------|---------|": it is no table, on GitHub nor
    here, and prints its pipes, but its row of dashes was said "----------- ---------", a
    cue of a tenth of a second in the captions and transcript, and the lint said nothing
    (sweep AM). The row is silent, and the lint says to remove the blank lines."""
    write_handouts(settings.source, {"bill.md": """\
        # Sample bill

        Here is an example:

        | Bill line | Example |

        |-----------|---------|

        | Standing charge | £18.00 |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    assert body.find(".//table") is None and "|-----------|---------|" in text_of(body)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Here is an example:", "Bill line, Example", "Standing charge, £18.00"]
    [finding] = [f for f in lint_source(settings.source / "bill.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":5") and "remove the blank lines" in finding.message \
        and finding.severity == INFO


def test_markdown_features_print_and_speak(real):
    [section] = real["features"].sections
    body = parse_html(section.html)
    said = [u.text for u in section.script]
    assert [text_of(li).strip() for li in body.iter("li")] == [
        "Done: Collect the prescription", "To do: Book the review"]
    assert "The price was (deleted: ten pounds) five pounds." in said
    assert "Read the leaflet. (note 1)" in said and said[-1] == "Note 1: The leaflet is in the box."
    assert said[said.index("Dose"):said.index("Dose") + 2] == [
        "Dose", "The amount you take at one time."]
    assert [a.get("href") for a in body.iter("a")] == ["#fn-1", "https://www.nhs.uk"]
    assert body.find(".//br") is not None
    assert "Kept as Markdown inside HTML." in said
    assert "Day: Monday. Dose: One tablet." in said


def test_headings_that_start_at_level_three_still_make_sections(settings):
    write_handouts(settings.source, {"lesson.md": """\
        ---
        title: A lesson
        ---

        Introduction.

        ### First part

        One.

        #### A detail

        Two.

        ### Second part

        Three.
        """})
    [document] = load_documents(settings)
    assert [(s.heading, s.level, s.line) for s in document.sections] == [
        ("A lesson", 1, 4), ("First part", 3, 7), ("Second part", 3, 15)]


def test_a_handout_without_title_takes_its_first_heading_or_file_name(settings, caplog):
    """A file's name is made readable for a title, without the language's tag a site names
    its translations with ("first-aid_kit.es.md" was "First aid kit es"), nor the date a
    post's name opens with ("2026 06 14 second after trinity news"); and so it is for
    a page whose first headings, after its text, are an example's, not its title
    (Obsidian's guides: "Basic formatting syntax" was titled "This is a heading 1", from
    its `#` shown under its `##` sections, and "Callouts" "Change the title", its first
    `###`, deeper than its sections; Immich's README "Features", not its `<h3>` at the
    top); and for a page named as a title is, with spaces, whose first `##` comes after
    its text (Obsidian's "Sales tax" was titled by its first section, "Tax exemption",
    which was then said again where it stands). A first line with no stop over the page's
    `##` parts is its title: an association's constitution was titled "PREAMBLE"."""
    write_handouts(settings.source, {"first-heading.md": "## Your tablets\n\nWords.\n",
                                     "no_heading_at_all.md": "Just words.\n",
                                     "first-aid_kit.es.md": "Palabras para leer.\n",
                                     "2026-06-14-trinity-news.md": "Notices.\n",
                                     "2020-04-02.md": "Quorum was confirmed.\n",
                                     "Basic formatting syntax.md": "Some words.\n\n## Headings"
                                     "\n\nLike this:\n\n# This is a heading 1\n",
                                     "Callouts.md": "Some words.\n\n### Change the title\n\n"
                                     "A title.\n\n## Types\n\nMany.\n",
                                     "Sales tax.md": "Obsidian collects sales tax.\n\n"
                                     "## Tax exemption\n\nYou may be exempt.\n",
                                     "energy_tips.md": "Save energy.\n\n## Heating\n\n"
                                     "Turn it down.\n",
                                     "rules.md": "Rules of the Riverside Walking Club\n\n"
                                     "> Adopted at the AGM\n\n## Preamble\n\nWe walk.\n\n"
                                     "## Article 1 - Name\n\nIts name.\n",
                                     "README.md": '<p align="center"><img src="https://'
                                     'example.org/logo.png"></p>\n<h3 align="center">Immich '
                                     '- photo backup</h3>\n\n## Links\n\nDocs.\n\n'
                                     '# Features\n\nBackup.\n'})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        documents = {d.slug: d for d in load_documents(settings)}
    assert documents["first-heading"].meta.title == "Your tablets"
    assert [s.heading for s in documents["first-heading"].sections] == ["Your tablets"]
    assert documents["no_heading_at_all"].meta.title == "No heading at all"
    assert documents["first-aid_kit-es"].meta.title == "First aid kit"
    assert documents["2026-06-14-trinity-news"].meta.title == "Trinity news"  # sweep CR
    # a TSC's minutes named by their day were "2020 04 02", said as three numbers (sweep CV)
    assert documents["2020-04-02"].meta.title == "2020-04-02"
    assert documents["2020-04-02"].sections[0].script[0].text == "2 April 2020"
    assert documents["basic-formatting-syntax"].meta.title == "Basic formatting syntax"
    assert documents["callouts"].meta.title == "Callouts"
    assert documents["sales-tax"].meta.title == "Sales tax"
    assert [s.heading for s in documents["sales-tax"].sections] == ["Sales tax",
                                                                   "Tax exemption"]
    assert documents["energy_tips"].meta.title == "Heating"
    assert documents["rules"].meta.title == "Rules of the Riverside Walking Club"
    assert [s.heading for s in documents["rules"].sections] == [
        "Rules of the Riverside Walking Club", "Preamble", "Article 1 - Name"]
    # a README's centred `<h3>` under its logo from the site (a box here) is its title; its
    # "# Features", after its sections, was
    assert documents["readme"].meta.title == "Immich - photo backup"
    assert "Callouts.md:1: no title and no heading that opens the handout: the file name, " \
           "'Callouts', is used" in " ".join(r.getMessage() for r in caplog.records)
    assert "rules.md:1: no title: the first line, 'Rules of the Riverside Walking Club', is " \
           "used" in " ".join(r.getMessage() for r in caplog.records)
    assert [re.sub(r"^.*source/", "", r.getMessage()) for r in caplog.records
            if "first-aid" not in r.getMessage() and "rules.md" not in r.getMessage()
            ][-2:] == [
        "first-heading.md:1: no title: the first heading, 'Your tablets', is used; add "
        "'title: ...' to the front matter",
        "no_heading_at_all.md:1: no title and no heading: the file name, 'No heading at all', "
        "is used; add 'title: ...' to the front matter"]


def test_a_title_typed_in_bold_over_the_parts_headings_is_the_title(settings, caplog):
    """Google Docs' "Download as Markdown" writes a document's title as a line in bold over
    its `#` headings, and Word's authors type one so: the first part's heading was taken
    for the title and the title printed under it as bold body text. A line in bold is the
    title only where no one `#` heading is: not over a handout's one `#` heading, not a
    sentence, not a box to tick."""
    write_handouts(settings.source, {
        "falls.md": "**Falls prevention at home**\n\n# Why falls happen\n\nAt home.\n\n"
                    "# Making your home safer\n\nKeep stairs clear.\n",
        "no-heading.md": "**Your new inhaler**\n\n## Using it\n\nShake it first.\n",
        "clinic.md": "**Riverside Clinic**\n\n# Your tablets\n\nTake one a day.\n",
        "sentence.md": "**Read all of this leaflet before you start.**\n\nTake one a day.\n",
        "box.md": "**☐ Your responsibilities**\n\nKeep the data safe.\n"})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        documents = {d.slug: d for d in load_documents(settings)}
    assert {slug: d.meta.title for slug, d in documents.items()} == {
        "falls": "Falls prevention at home", "no-heading": "Your new inhaler",
        "clinic": "Your tablets", "sentence": "Sentence", "box": "Box"}
    assert [s.heading for s in documents["falls"].sections] == [
        "Falls prevention at home", "Why falls happen", "Making your home safer"]
    said = [u.text for s in documents["falls"].sections for u in s.script]
    assert said.count("Falls prevention at home") == 1
    assert [u.text for u in documents["clinic"].sections[0].script][:3] == [
        "Your tablets", "Riverside Clinic", "Take one a day."]
    assert sorted(re.sub(r"^.*source/", "", r.getMessage()).split(":")[0]
                  for r in caplog.records if "no title" in r.getMessage()) == [
        "box.md", "sentence.md"]


def test_a_template_picture_path_is_found_in_the_source_folder(settings):
    """`{{site.baseurl}}/images/x.png` and `{{ '/images/x.png' | relative_url }}` are the
    site's own addresses: with the template part removed, the source folder is the site."""
    import io

    from PIL import Image

    write_handouts(settings.source, {"site.md": """\
        # Site pictures

        ![A white tablet]({{site.baseurl}}/images/tablet.png)

        <img src="{{ '/images/tablet.png' | relative_url }}" alt="The same tablet">
        """})
    (settings.source / "images").mkdir()
    picture = io.BytesIO()
    Image.new("RGB", (30, 20), "white").save(picture, "PNG")
    (settings.source / "images" / "tablet.png").write_bytes(picture.getvalue())
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [i.get("src") for i in body.iter("img")] == ["images/tablet.png"] * 2
    assert not any(e.get("class") == "missing-picture" for e in body.iter("span"))


def test_a_list_on_the_line_after_a_paragraph_is_a_list(settings):
    """GitHub starts a list on the line after a paragraph's; Python-Markdown ran the items
    into the paragraph, and the voice said each item's number at the end of the item before
    ("... present: 1." / "Keep your child comfortable 2."), as real fever and dosing pages
    were written. A number other than 1 does not interrupt a paragraph, as in CommonMark."""
    write_handouts(settings.source, {"fever.md": """\
        # Fever

        If no red flags are present:
        1. Keep your child comfortable.
        2. Give plenty of fluids.

        **Never:**
        - Give aspirin to children.
        - Exceed 4 doses in 24 hours.

        The dose was 5 mg in
        2. May, which is not a list.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [text_of(item).strip() for item in body.iter("li")] == [
        "Keep your child comfortable.", "Give plenty of fluids.", "Give aspirin to children.",
        "Exceed 4 doses in 24 hours."]
    said = [u.text for u in section.script]
    assert said[1:3] == ["If no red flags are present:", "1. Keep your child comfortable."]
    assert "The dose was 5 milligrams in 2. May, which is not a list." in " ".join(said)


def test_a_quote_at_the_margin_on_the_line_after_a_list_is_after_it(settings):
    """A Ukrainian refugees' guide gives its general advice as a quote on the line after
    its list of papers: Python-Markdown took it into the last item, for non-citizens only.
    At the margin it ends the list, as on GitHub; indented to an item's text, it is the
    item's."""
    write_handouts(settings.source, {"papers.md": """\
        # Papers

        * your passport;
        * **Non-citizens**: proof of residence.
        > Give the office as much information as you can.

        1. One

           > About one.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [child.tag for child in body] == ["ul", "blockquote", "ol"]
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "your passport;", "Non-citizens: proof of residence.", "One About one."]


def test_an_items_number_alone_over_its_sub_items_is_an_empty_item(settings):
    """A charity constitution (sweep CF) numbers a clause of sub-clauses alone, "2." over
    sub-clauses set in under it, with or without a space after it: without, "2." was run
    into clause 1's words and the next clause, "3.", printed and said as "2."; with one,
    its number was printed but never said. As in CommonMark, it is an empty item, its
    number printed and said; a number alone under a paragraph is the paragraph's."""
    write_handouts(settings.source, {"membership.md": """\
        # Membership

        1. Membership is open to adults.
        2.
            1. The trustees may refuse an application.
            2. The trustees must give reasons.
        3. Membership is not transferable.

        Fees are paid in
        2.

        1. Members vote.
        2.\x20
            1. The chair votes last.
        3. Votes are counted.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    outer = [ol for ol in body.iter("ol") if ol.find("li/ol") is not None]
    assert [len(ol.findall("li")) for ol in outer] == [3, 3]
    assert [" ".join(u.text.split()) for u in section.script][1:] == [
        "1. Membership is open to adults.", "2.", "a. The trustees may refuse an application.",
        "b. The trustees must give reasons.", "3. Membership is not transferable.",
        "Fees are paid in 2.", "1. Members vote.", "2.", "a. The chair votes last.",
        "3. Votes are counted."]


def test_a_list_numbered_with_brackets_is_a_list(settings):
    """"1)", "2)" number a list in CommonMark (GitHub, Obsidian) and as people number a
    leaflet's steps; Python-Markdown ran them into one paragraph, printed as one run of
    text. A number after the first may not start a list under a paragraph's line, and
    code keeps its brackets."""
    write_handouts(settings.source, {"appointment.md": """\
        # Before your appointment

        Please do these things:

        1) Stop eating six hours before
        you come in.
        2) Bring your medicines:
            1) the tablets,
            2) the inhaler.
        3) Ask someone to drive you home.

        Two reasons, (1) the sedation and
        2) the drops, which is not a list.

        4) Start again at four.

        Then:

        ```
        1) code stays as it is
        ```
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    lists = [(item.tag, item.get("start")) for item in body.iter() if item.tag in ("ol", "ul")]
    assert lists == [("ol", None), ("ol", None), ("ol", "4")]
    assert [" ".join(u.text.split()) for u in section.script][2:8] == [
        "1. Stop eating six hours before you come in.", "2. Bring your medicines:",
        "a. the tablets,", "b. the inhaler.", "3. Ask someone to drive you home.",
        "Two reasons, (1) the sedation and 2) the drops, which is not a list."]
    paragraphs = [" ".join(text_of(p).split()) for p in body.iter("p")]
    assert "Two reasons, (1) the sedation and 2) the drops, which is not a list." in paragraphs
    assert "1) code stays as it is" in text_of(next(body.iter("code")))


def test_bullets_typed_or_pasted_as_characters_are_a_list(settings):
    """Text pasted from Word, a PDF or an email keeps its bullets as characters ("•\tYour
    medicines"): Markdown read the lines as one paragraph, printed "• Your medicines • A
    friend" in one run and said without a pause. A single line that starts with a dash is
    an aside, not a list."""
    write_handouts(settings.source, {"pasted.md": """\
        # What to bring
        Please bring:
        •\tYour medicines
        ·         A friend

        –\tYour glasses
        – Your hearing aid

        – and, if you like, a book.

        ```
        • code keeps its bullet
        ```
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "Your medicines", "A friend", "Your glasses", "Your hearing aid"]
    paragraphs = [" ".join(text_of(p).split()) for p in body.iter("p")]
    assert "– and, if you like, a book." in paragraphs
    assert "• code keeps its bullet" in text_of(next(body.iter("code")))


def test_lines_of_hyphens_typed_against_their_words_are_a_list(settings):
    """Notes taken together in HackMD (sweep BA, hackmd-foss-week3 lines 212-218) typed a
    room's answers one a line with a hyphen and no space, "-GitHub" over "-figshare":
    Markdown read one paragraph, printed and said "-GitHub -figshare -ftp server". Two such
    lines or more are a list, as typed dashes are; one line, "-v is verbose", and minus
    signs before numbers stay as written."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Week 3
        lang: en
        ---

        **Room 3:**
        -GitHub
        -figshare
        -ftp server

        A flag:
        -v is verbose.

        -5 degrees
        -10 degrees
        """)
    assert said == ["Week 3", "Room 3:", "GitHub", "figshare", "ftp server",
                    "A flag: -v is verbose.", "-5 degrees -10 degrees"]


def test_an_arrow_bullet_in_bold_is_a_list_item_in_bold(settings):
    """A scout group's page (German) opens two lines in bold with arrows, "**→ Schnupper
    einfach unverbindlich vorbei!**": the arrow was said as the word "nach" (to), and in
    English as a comma, the lines run together. Each is an item in bold; an arrow between
    words stays an arrow."""
    write_handouts(settings.source, {"mitglied.md": """\
        ---
        lang: de
        ---

        # Mitglied werden

        **→ Schnupper einfach vorbei!**  
        **→ Bitte melde dich vorher.**

        Von A → B.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [(" ".join(text_of(item).split()), item.find(".//strong") is not None)
            for item in body.iter("li")] == [("Schnupper einfach vorbei!", True),
                                             ("Bitte melde dich vorher.", True)]
    said = [u.spoken for u in document.sections[0].script]
    assert said[1:] == ["Schnupper einfach vorbei!", "Bitte melde dich vorher.",
                        "Von A nach B."]


def test_word_wingdings_bullets_copied_from_a_pdf_are_a_list(settings):
    """A copy from a PDF made in Word keeps Word's Wingdings bullets as private-use
    characters (▪ U+F0A7, ➢ U+F0D8, ❖ U+F076, ➔ U+F0E8), which printed as boxes with the
    lines in one run, and were said as one breath. They are bullets, as "•" is."""
    write_handouts(settings.source, {"bring.md": (
        "# Bring\n\n\uf0a7 Your tablets\n\uf0a7 Your glasses\n\n\uf0d8 A friend\n"
        "\uf076 Questions\n\uf0e8 A book\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "Your tablets", "Your glasses", "A friend", "Questions", "A book"]
    assert not re.search("[\ue000-\uf8ff]", document.sections[0].html)


def test_a_word_web_pages_list_comments_leave_a_list(settings):
    """A residents' association's minutes, saved from Word as a web page and converted to
    Markdown, kept each item's bullet between Word's list comments, "<!--\\\\[if
    !supportLists]-->·<spaces><!--\\\\[endif]-->Expired term": it printed "·" and was said
    as a paragraph. Each is a list item, its bullet gone, as with a typed bullet."""
    write_handouts(settings.source, {"minutes.md": (
        "# Minutes\n\nElections\n\n"
        "<!--\\\\[if !supportLists]-->·         <!--\\\\[endif]-->Expired term\n\n"
        "<!--[if !supportLists]-->·         <!--[endif]-->New term\n\nCathy was re-elected.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "Expired term", "New term"]
    assert "·" not in document.sections[0].html


def test_lines_that_open_with_an_arrow_or_a_diamond_are_a_list(settings):
    """A web page or an email copied as text keeps its arrows and diamonds for bullets, "→
    Call 999 in an emergency" over "→ Call 111 for advice": they ran into one paragraph,
    said "to Call 9 9 9 … to Call 1 1 1". They are bullets, as "•" is."""
    write_handouts(settings.source, {"help.md": (
        "# Help\n\n→ Call 999 in an emergency\n→ Call 111 for advice\n\n◆ Rest\n❖ Drink\n"
        "\nSee page 4 → for more.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "Call 999 in an emergency", "Call 111 for advice", "Rest", "Drink"]
    assert [u.spoken for u in document.sections[0].script][1:3] == [
        "Call 9 9 9 in an emergency", "Call 1 1 1 for advice"]
    assert document.sections[0].script[-1].spoken == "See page 4, for more."


def test_a_chatbots_lines_that_open_with_an_emoji_are_a_list(settings):
    """A chatbot writes a list as lines that open with an emoji, "✅ Take your preventer"
    over "❌ Do not smoke", or "🔹 Book a review": Markdown ran them into one paragraph,
    said in one breath with every emoji named. Two or more such lines are a list, their
    emoji kept where they mean something ("(cross mark) Do not smoke") and gone where they
    are only a bullet; one line that opens with a meaningful emoji stays a paragraph."""
    write_handouts(settings.source, {"asthma.md": (
        "# Do and do not\n\n✅ Take your preventer every day\n✅ Carry your reliever\n"
        "❌ Do not smoke\n\n🔹 Check your inhaler technique\n🔹 Book a yearly review\n\n"
        "👉 Call 999 in an emergency.\n\n⚠️ Keep it dry.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "(check mark button) Take your preventer every day",
        "(check mark button) Carry your reliever", "(cross mark) Do not smoke",
        "Check your inhaler technique", "Book a yearly review", "Call 999 in an emergency."]
    assert [" ".join(text_of(p).split()) for p in body.findall("p")] == ["(warning) Keep it dry."]
    said = [u.text for u in document.sections[0].script]
    assert said[1:4] == ["(check mark button) Take your preventer every day",
                         "(check mark button) Carry your reliever", "(cross mark) Do not smoke"]


def test_lines_that_open_with_a_tick_or_a_box_are_a_list(settings):
    """A leaflet's dos and don'ts typed with ticks and crosses, "✓ Take it with food" over
    "✗ Don't drive", and a checklist's boxes, "☐ Booked a review": Markdown ran them into
    one paragraph, said in one breath, "tick Take it with food cross Don't drive". Two or
    more such lines are a list, each mark kept as its item's first word; one stays. A
    heavy cross, "✖", a feature table's "no", was said nothing: the cell sounded empty."""
    write_handouts(settings.source, {"dos.md": (
        "# Dos and don'ts\n\n✓ Take it with food\n✗ Don't drive\n✖ Don't drink\n\n"
        "☐ Booked a review\n☑ Read the leaflet\n\n✓ Done.\n\n| Feature | Flit |\n|---|---|\n"
        "| Lock files | ✖ |\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "✓ Take it with food", "✗ Don't drive", "✖ Don't drink", "☐ Booked a review",
        "☑ Read the leaflet"]
    assert [" ".join(text_of(p).split()) for p in body.findall("p")] == ["✓ Done."]
    assert [u.spoken for u in document.sections[0].script][1:6] == [
        "tick Take it with food", "cross Don't drive", "cross Don't drink",
        "Unticked box Booked a review", "Ticked box Read the leaflet"]
    assert document.sections[0].script[-1].spoken == "Feature: Lock files. Flit: cross."


def test_a_chatbots_keycap_numbers_are_numbers(settings):
    """A chatbot numbers its steps with keycap emoji, one a line ("1️⃣ Keep warm"), and its
    headings ("## 2️⃣ Food"): the lines ran into one paragraph, printed and said "(keycap:
    1) Keep warm. (keycap: 2) …". Such lines are a numbered list, a heading's keycap its
    number, and a keycap among words the key it shows ("Press 1️⃣", "🔟", "#️⃣")."""
    write_handouts(settings.source, {"winter.md": (
        "# Winter\n\nThe steps:\n\n1️⃣ Keep warm at night.\n2️⃣ Drink water.\n🔟 Rest.\n\n"
        "## 2️⃣ Food\n\nPress 1️⃣ for the surgery, or #️⃣ to hear this again.\n\n"
        "```\n1️⃣ in code\n```\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Winter", "2. Food"]
    body = parse_html(document.sections[0].html)
    [numbered] = body.iter("ol")
    assert [" ".join(text_of(item).split()) for item in numbered.iter("li")] == [
        "Keep warm at night.", "Drink water.", "Rest."]
    said = [u.spoken for s in document.sections for u in s.script]
    assert said[2:5] == ["1. Keep warm at night.", "2. Drink water.", "3. Rest."]
    assert "Press 1 for the surgery, or hash to hear this again." in said
    assert "1️⃣ in code" in document.sections[1].html


def test_the_emoji_before_a_label_are_decoration_and_go(settings):
    """A chatbot puts an emoji before each label ("💡 **Tip:**", "⚠️ Warning:"), which
    printed and was said "(light bulb) Tip:": before a label, in a paragraph, a quote or
    an item, it goes; before words that are no label it says something, and stays. A
    Welsh app's README lists its features so, a name in bold before a dash, "🎤 **Adnabod
    Lleferydd Amser Real** - Gweld…": it was "(microphone) Adnabod…" on every item."""
    write_handouts(settings.source, {"tips.md": (
        "# Tips\n\n> 💡 **Remember:** flu jabs are free.\n\n⚠️ Warning: do not drive.\n\n"
        "📞 **Call us**: 0800 123 456.\n\n- 📌 **Note:** keep them dry.\n\n"
        "💊 Take one tablet.\n\n⚠️ 5: the fifth step.\n\n"
        "- 🎤 **Speech Recognition** - See what you say\n- 📴 **Offline** – No internet\n"
        "- ✅ **Take it** daily\n")})
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[1:12] == ["Quote.", "Remember: flu jabs are free.", "End of quote.",
                          "Warning: do not drive.", "Call us: 0800 123 456.",
                          "Note: keep them dry.", "(pill) Take one tablet.",
                          "(warning) 5: the fifth step.", "Speech Recognition, See what you say",
                          "Offline – No internet", "(check mark button) Take it daily"]
    printed = " ".join(text_of(parse_html(document.sections[0].html)).split())
    assert "(light bulb)" not in printed and "(telephone" not in printed


def test_a_tick_or_a_cross_before_a_label_in_a_list_answers_for_it_and_stays(settings):
    """A museum's access list (sweep CJ) answers each of its places with a mark, "- ✅
    Toilets: ground floor, step-free", "- ❌ Café: first floor, no lift", "- ⚠️ Garden:
    cobbled path": the marks went as a label's decoration, and a reader and a listener lost
    the yes, the no and the take care. A decorating emoji before a label still goes."""
    write_handouts(settings.source, {"access.md": (
        "# Access\n\n- ✅ Toilets: ground floor, step-free\n- ❌ Café: first floor, no lift\n"
        "- ⚠️ Garden: cobbled path\n- ✔️ **Lift:** to all floors\n- 📞 Phone: 0800 123 456\n\n"
        "⚠️ Warning: do not drive.\n")})
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[1:7] == ["(check mark button) Toilets: ground floor, step-free",
                         "(cross mark) Café: first floor, no lift",
                         "(warning) Garden: cobbled path", "(check mark) Lift: to all floors",
                         "Phone: 0800 123 456", "Warning: do not drive."]


def test_an_emoji_opening_a_bold_label_over_a_box_is_decoration_and_goes(settings):
    """A work permit guide in Chinese (sweep BT, zh-d2 line 91) heads a box of questions
    with a bold label alone on its line, "<strong>✅ 检查清单</strong>": printed and said
    "(勾号按钮) 检查清单", where its "⚠️ 注意:" and "💡 实用提示:" lost theirs. A tick
    before bold words in an item, or before words after them, answers for them, and stays."""
    write_handouts(settings.source, {"d2.md": (
        "---\nlang: zh-CN\n---\n\n# 许可\n\n<div style=\"padding:20px\">\n"
        "  <strong style=\"color:#166534\">✅ 检查清单</strong>\n  <ul>\n"
        "    <li>是否提前获得学校推荐信？</li>\n  </ul>\n</div>\n\n"
        "<div><strong>✅ 可以</strong> 工作。</div>\n\n- **❌ 现金**\n")})
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[1:3] == ["检查清单", "是否提前获得学校推荐信？"]
    assert [s for s in said if "可以" in s or "现金" in s] == ["(勾号按钮) 可以", "(叉号) 现金"]
    printed = " ".join(text_of(parse_html(document.sections[0].html)).split())
    assert "检查清单" in printed and "(勾号按钮) 检查清单" not in printed


def test_items_lettered_by_hand_keep_their_lines(settings):
    """A consent form pasted from Word letters its items, "a.<tab>We may store…": Markdown
    ran them into one paragraph, printed in one run and said "…your details. b." then "We
    may contact you.". Each is a line of its own, its label kept; a lone "a." and letters
    out of order are words."""
    write_handouts(settings.source, {"consent.md": """\
        # Consent
        You agree that:

        a.\tWe may store your details.
        b.\tWe may contact you by phone.
        c.\tYou can withdraw at any time.

        Your rights: (i) to see them and
        (ii) to correct them.

        Plan a. Then see
        c. Smith, who wrote it.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [" ".join(u.text.split()) for u in section.script][2:5] == [
        "a. We may store your details.", "b. We may contact you by phone.",
        "c. You can withdraw at any time."]
    body = parse_html(section.html)
    lettered = [p for p in body.iter("p") if text_of(p).lstrip().startswith("a.")][0]
    assert [line.split()[0] for line in text_of(lettered).split("\n")] == ["a.", "b.", "c."]
    assert len(list(lettered.iter("br"))) == 2
    assert not [p for p in body.iter("p") if "Plan a." in text_of(p)][0].findall(".//br")


def test_parts_lettered_under_a_numbered_question_keep_their_lines(settings):
    """A maths worksheet (comp2421's ws00.md) letters a question's parts on lines indented
    under it, "    g.  $10^2$" over "    h.  $-10^0$": they ran into one paragraph, and the
    next line's label was taken for the unit of the number before it, "10² grams. 10²
    hours", "0.1 page". Each part is a line and a sentence of its own, also where the
    worksheet keeps only some of its letters ("a.", "b.", "g.", "h."); a label "p." before
    a decimal is no page."""
    write_handouts(settings.source, {"ws00.md": """\
        # Worksheet

        1.  Write in decimals.

            a.  $1^2$
            b.  $2^2$
            g.  $10^2$
            h.  $-10^0$
            o.  $9 \\times 0.1$
            p.  $0.95 \\times 10^3$
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [u.spoken for u in section.script][2:] == [
        "a. 1 squared", "b. 2 squared", "g. 10 squared", "h. −10 to the power of 0",
        "o. 9 times 0.1", "p. 0.95 times 10 cubed"]
    [parts] = [p for p in parse_html(section.html).iter("p") if "a." in text_of(p)]
    assert len(list(parts.iter("br"))) == 5


def test_clauses_numbered_in_brackets_and_their_nested_parts_keep_their_lines(settings):
    """A model charity constitution (sweep CF) numbers its clauses "(1)", "(2)" one a line,
    and sets "(i)", "(ii)" in under a clause's "(a)": the clauses printed as one paragraph,
    those ending with ";" said as one sentence, and "(i)" and "(ii)" ran into one, "(b)"
    too. Each is a line and a sentence of its own, as a printed constitution sets them."""
    write_handouts(settings.source, {"rules.md": """\
        # Membership
        Membership ends if:

        (1) the member dies;
        (2) the member resigns by written notice;
        (3) a sum due is not paid.

        (4) In this clause:
            (a) the charity includes any company in which it:
                (i) holds more than half of the shares; or
                (ii) may appoint trustees.
            (b) a connected person is one in clause 34.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [" ".join(u.text.split()) for u in section.script][2:] == [
        "(1) the member dies;", "(2) the member resigns by written notice;",
        "(3) a sum due is not paid.", "(4) In this clause:",
        "(a) the charity includes any company in which it:",
        "(i) holds more than half of the shares; or", "(ii) may appoint trustees.",
        "(b) a connected person is one in clause 34."]
    body = parse_html(section.html)
    clauses = [p for p in body.iter("p") if text_of(p).startswith("(")]
    assert [len(text_of(p).split("\n")) for p in clauses] == [3, 5]
    assert [len(list(p.iter("br"))) for p in clauses] == [2, 4]


def test_words_set_in_under_clauses_in_brackets_continue_the_clause(settings):
    """A model charity constitution (sweep CF) sets a clause's last words in by four spaces
    after a blank line, "    whichever is the greater.", and a clause's whole text under its
    heading, "(1) **General provisions**", as Pandoc's `fancy_lists` reads them: each was a
    code example, printed in a box and said "Code example, 1 line, as printed". They are the
    clause's words; code set in under a paragraph of words stays code."""
    write_handouts(settings.source, {"rules.md": """\
        # Quorum
        (1) **General provisions**

            No trustee may:
            (a) buy goods from the charity;
            (b) sell goods to the charity;

            unless the members agree.
        (2) A quorum is:
            (a) three members; or
            (b) one tenth of the membership,

            whichever is the greater.
        (3) A representative counts.

        Run this:

            make quorum
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    said = [" ".join(u.text.split()) for u in section.script]
    assert said[1:12] == [
        "(1) General provisions", "No trustee may:", "(a) buy goods from the charity;",
        "(b) sell goods to the charity;", "unless the members agree.", "(2) A quorum is:",
        "(a) three members; or", "(b) one tenth of the membership,",
        "whichever is the greater.", "(3) A representative counts.", "Run this:"]
    body = parse_html(section.html)
    assert [text_of(code) for code in body.iter("code")] == ["make quorum\n"]


def test_steps_labelled_by_hand_are_lines_and_sentences_of_their_own(settings):
    """Instructions copied from a web page or a chatbot label each line with a word and a
    number, "Step 1: Turn the heating off", and often end no line with a stop: the lines
    ran into one paragraph, printed in one run and said in one breath, "…heating off, Step
    2: Put…"; lettered lines without stops were cut after the next line's label ("…your
    details b." then "We may contact you"). Each such line is a line of its own and a
    sentence of its own; numbers that do not follow on ("Chapter 3", "Chapter 5") are
    words."""
    write_handouts(settings.source, {"radiator.md": """\
        # Bleeding a radiator
        Follow these steps:
        Step 1: Turn the heating off
        Step 2: Put a cloth under the valve
        Step 3 – Turn the key a quarter turn

        a. We may store your details
        b. We may contact you

        Chapter 3 – heating, and the boiler in the winter months
        Chapter 5 – hot water, in the kitchen and in the bathroom
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [" ".join(u.text.split()) for u in section.script][1:] == [
        "Follow these steps:", "Step 1: Turn the heating off",
        "Step 2: Put a cloth under the valve", "Step 3 – Turn the key a quarter turn",
        "a. We may store your details", "b. We may contact you",
        "Chapter 3 – heating, and the boiler in the winter months Chapter 5 – hot water, in "
        "the kitchen and in the bathroom"]
    body = parse_html(section.html)
    steps, lettered, chapters = body.findall("p")
    assert [line.strip() for line in text_of(steps).split("\n")] == [
        "Follow these steps:", "Step 1: Turn the heating off",
        "Step 2: Put a cloth under the valve", "Step 3 – Turn the key a quarter turn"]
    assert len(list(steps.iter("br"))) == 3 and len(list(lettered.iter("br"))) == 1
    assert not list(chapters.iter("br"))


def test_rows_copied_from_a_spreadsheet_are_a_table(settings):
    """A table copied from a spreadsheet or a Word table into a plain editor keeps its cells
    split by tabs: the rows ran into one paragraph, said "Medicine Dose When Paracetamol 500
    milligrams Morning …". Two or more lines of as many cells are a table, the first row its
    header; fields and lettered lines with a tab after their label are not, and the lines
    keep their numbers."""
    write_handouts(settings.source, {"doses.md": (
        "# Doses\n\nMedicine\tDose\tWhen\nParacetamol\t500 mg\tMorning\n"
        "Ibuprofen & food\t200 mg\tEvening\n\nTel:\t020 7946 0958\nEmail:\thelp@example.org\n"
        "\na.\tWe may store your details.\nb.\tWe may call you.\n\n## Next\n\nText.\n")})
    [document] = load_documents(settings)
    first, second = document.sections
    body = parse_html(first.html)
    [table] = body.iter("table")
    assert [[text_of(cell) for cell in row] for row in table.iter("tr")] == [
        ["Medicine", "Dose", "When"], ["Paracetamol", "500 mg", "Morning"],
        ["Ibuprofen & food", "200 mg", "Evening"]]
    assert [cell.tag for cell in next(table.iter("tr"))] == ["th", "th", "th"]
    assert [u.spoken for u in first.script][1:3] == [
        "Table. 2 rows.", "Medicine: Paracetamol. Dose: 500 milligrams. When: Morning."]
    assert len(body.findall("p")) == 2 and not list(body.iter("ol"))  # fields, lettered lines
    assert second.line == 13


def test_a_numbered_clause_with_a_tab_after_its_number_is_a_list_item(settings):
    """Singapore's government privacy statement (an Isomer site's, sweep H) writes its
    clauses "4.<tab>If you provide us with personal data:", sub-clauses "i)<tab>" indented
    under it: the clause and its first sub-clause were a one-row table, said "Table. 1
    row." before the clause's words, and the next sub-clauses a code block."""
    write_handouts(settings.source, {"privacy.md": (
        "# Privacy\n\n3.\tYou can decline cookies.\n\n4.\tIf you give us personal data:\n"
        "    i)\tWe may share it with other agencies.\n\n    ii)\tWe will not share it "
        "without your consent.\n\n5.\tWe keep your data safe.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert not list(body.iter("table")) and not list(body.iter("pre"))
    [numbered] = body.iter("ol")
    assert [" ".join(text_of(item).split()) for item in numbered.findall("li")] == [
        "You can decline cookies.", "If you give us personal data: i) We may share it with "
        "other agencies. ii) We will not share it without your consent.",
        "We keep your data safe."]


def test_words_a_pdf_broke_at_a_lines_end_are_whole_again(settings):
    """Text copied from a PDF keeps the words its layout broke with a hyphen at a line's
    end: "medi-" over "cation" printed "medi- cation" and was said "medi cation". A word the
    handout writes whole elsewhere is whole; any other keeps its hyphen, as a compound
    ("follow-up") must; a hyphen before "and" is the author's."""
    write_handouts(settings.source, {"pills.md": """\
        # Your medicine
        Take your medi-
        cation with food. Book a follow-
        up visit. Use short- and long-
        term plans.

        Your medication is important.

        ## Next
        Text.
        """})
    [document] = load_documents(settings)
    first = document.sections[0]
    [paragraph, _] = parse_html(first.html).findall("p")
    assert " ".join(text_of(paragraph).split()) == (
        "Take your medication with food. Book a follow-up visit. Use short- and long-term "
        "plans.")
    assert [u.text for u in first.script][1:4] == [
        "Take your medication with food.", "Book a follow-up visit.",
        "Use short- and long-term plans."]
    assert document.sections[1].line == 9  # the lines are the author's still


def test_a_sentence_a_pdf_paste_broke_over_paragraphs_is_one_again(settings):
    """A school's enrolment notice pasted from a council's poster (sweep DA) had a blank
    line in the middle of its sentences: the list's item ended at "their 3rd", "birthday
    (August)." printed as a paragraph outside the list, and the voice paused between the
    halves; a bullet typed after a stop, "week. • For more", printed as it stands. A line
    that ends a sentence, or too short to be a line's worth, or before a capital, stays."""
    write_handouts(settings.source, {"enrol.md": """\
        # Enrolment
        • Children will be able to start nursery the school term after their 3rd

        birthday (August; January; April).

        • To register for Primary 1 please

        complete the online form during enrolment week. • For more information, visit us.

        Short lines of a poem

        stay as they are.

        A line that ends its sentence here.

        then one in lower case.

        ## Next
        Text.
        """})
    [document] = load_documents(settings)
    first = document.sections[0]
    assert [" ".join(text_of(item).split()) for item in parse_html(first.html).iter("li")] == [
        "Children will be able to start nursery the school term after their 3rd birthday "
        "(August; January; April).",
        "To register for Primary 1 please complete the online form during enrolment week.",
        "For more information, visit us."]
    assert [u.text for u in first.script][1:4] == [
        "Children will be able to start nursery the school term after their 3rd birthday "
        "(August; January; April).",
        "To register for Primary 1 please complete the online form during enrolment week.",
        "For more information, visit us."]
    assert [text_of(paragraph) for paragraph in parse_html(first.html).findall("p")][-4:] == [
        "Short lines of a poem", "stay as they are.", "A line that ends its sentence here.",
        "then one in lower case."]
    assert document.sections[1].line == 18  # the lines are the author's still


def test_a_letters_address_and_signature_keep_their_lines(settings):
    """An appointment letter's address, "Anytown Surgery" over "12 High Street" over "Leeds
    LS1 4AB", and its signature printed in one run, "Yours sincerely, Dr A Jones Consultant
    Cardiologist". Short lines that end no sentence and open with a capital keep their
    lines, said with a pause at each; a wrapped sentence, and short sentences one a line, do
    not."""
    write_handouts(settings.source, {"letter.md": """\
        # Your appointment

        Anytown Surgery
        12 High Street
        Leeds LS1 4AB

        Your appointment is on
        Tuesday at 10:30am.

        Take one tablet daily.
        Do not drive.

        Yours sincerely,
        Dr A Jones
        Consultant Cardiologist
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    address, wrapped, sentences, signature = parse_html(section.html).findall("p")
    assert [line.strip() for line in text_of(address).split("\n")] == [
        "Anytown Surgery", "12 High Street", "Leeds LS1 4AB"]
    assert len(list(address.iter("br"))) == 2 and len(list(signature.iter("br"))) == 2
    assert not list(wrapped.iter("br")) and not list(sentences.iter("br"))
    said = [u.spoken for u in section.script]
    assert said[1] == "Anytown Surgery, 12 High Street, Leeds L-S 1, 4 A-B"
    assert said[-1] == "Yours sincerely, Dr A Jones, Consultant Cardiologist"


def test_an_address_of_lines_of_short_parts_with_commas_between_keep_their_lines(settings):
    """A research information sheet's contacts (sweep BE, bham-statsig-pis lines 70-76),
    "**Karla Hemming**" over "Institute of Public Health Research, The University of
    Birmingham, United Kingdom" over "Email: …", and its team's names over their address,
    were printed and said in one run, "…United Kingdom Email: …", "…Dr Laura Kudrna
    Institute of…": lines longer than a short line's, but of short parts, each opening with
    a capital, with commas between, keep their lines too. A wrapped sentence, whose words
    go on in lower case after a comma, does not."""
    write_handouts(settings.source, {"contact.md": """\
        # Contact

        **Karla Hemming**
        Institute of Public Health Research, The University of Birmingham, United Kingdom
        Email: k.hemming@bham.ac.uk

        Professor Karla Hemming, Professor Richard Lilford, Dr Laura Kudrna
        Institute of Public Health Research, The University of Birmingham, United Kingdom

        If you have questions, please contact the study team at the University of Birmingham
        Institute of Public Health Research, who will reply within a week
        """})
    [document] = load_documents(settings)
    contact, team, wrapped = parse_html(document.sections[0].html).findall("p")
    assert [len(list(p.iter("br"))) for p in (contact, team, wrapped)] == [2, 1, 0]
    assert [u.text for u in document.sections[0].script][1:4] == [
        "Karla Hemming, Institute of Public Health Research, The University of Birmingham, "
        "United Kingdom", "Email: k.hemming at bham.ac.uk",
        "Professor Karla Hemming, Professor Richard Lilford, Dr Laura Kudrna, Institute of "
        "Public Health Research, The University of Birmingham, United Kingdom"]


def test_a_telephone_number_wrapped_onto_a_line_of_its_own_is_one_number(settings):
    """A scraped Irish page wrapped at 80 columns (sweep CL, ie-homeless-agencies lines
    193-194) broke "Migrant Rights Centre Ireland, 13 Lower Dorset Street, Dublin 1. Tel:
    (01) 889" over "7570": the paragraph was taken for an address's lines, printed "7570"
    alone under it and said "eight hundred and eighty-nine, seven thousand five hundred and
    seventy". Digits alone under a line ending in digits are a number wrapped."""
    write_handouts(settings.source, {"help.md": """\
        # Help

        Migrant Rights Centre, 13 Lower Dorset Street, Dublin 1. Tel: (01) 889
        7570
        """})
    [document] = load_documents(settings)
    [paragraph] = parse_html(document.sections[0].html).findall("p")
    assert not list(paragraph.iter("br"))
    assert [u.text for u in document.sections[0].script][1:] == [
        "Migrant Rights Centre, 13 Lower Dorset Street, Dublin 1.", "Tel: (01) 889 7570"]
    assert document.sections[0].script[-1].spoken == "Tel: 0 1, 8 8 9, 7 5 7 0"


def test_an_address_after_a_colon_in_a_list_item_keeps_its_lines(settings):
    """Every French accessibility statement ends with the Défenseur des droits' address in a
    list item, "Envoyer un courrier par La Poste :" over its three lines: they ran into one,
    "Libre réponse 71120 75342 Paris", two numbers heard as one. Short lines after a line
    that ends with a colon keep their lines, up to the list's next item."""
    write_handouts(settings.source, {"declaration.md": """\
        ---
        title: Déclaration d'accessibilité
        lang: fr
        ---

        -   Contacter le délégué du Défenseur des droits dans votre région
        -   Envoyer un courrier par La Poste (gratuit, ne pas mettre de timbre) :
            Défenseur des droits
            Libre réponse 71120
            75342 Paris CEDEX 07
        -   Nous essayons de répondre :
            dans les 2 jours.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    items = parse_html(section.html).findall(".//li")
    assert len(list(items[1].iter("br"))) == 3 and not list(items[2].iter("br"))
    assert [u.text for u in section.script][2] == (
        "Envoyer un courrier par La Poste (gratuit, ne pas mettre de timbre) : Défenseur des "
        "droits, Libre réponse 71120, 75342 Paris CEDEX 07")


def test_a_paragraph_of_fields_keeps_its_lines(settings):
    """A leaflet's contact details, "Tel: …" over "Email: …", and its questions and answers,
    "Q. How long will it take?" over "A. About two weeks.", ran into one paragraph, printed
    in one run and said as one. A paragraph whose every line is a field keeps its lines,
    each a sentence (a chatbot's labels in bold too); one with a line that is not (prose
    that wraps after a colon) and a numbered list do not."""
    write_handouts(settings.source, {"contact.md": """\
        # Contact us
        Tel: 020 7946 0958
        Email: help@example.org
        Opening hours: 9am to 5pm

        Q. How long will it take?
        A. About two weeks.

        **Phone:** 0800 123 4567
        **Hours**: 9am to 5pm

        Remember: take it daily
        with food.

        1. First: wash your hands
        2. Then: dry them
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    contact, answers, bold, prose = body.findall("p")
    assert [line.strip() for line in text_of(contact).split("\n")] == [
        "Tel: 020 7946 0958", "Email: help@example.org", "Opening hours: 9am to 5pm"]
    assert len(list(contact.iter("br"))) == 2 and len(list(answers.iter("br"))) == 1
    assert len(list(bold.iter("br"))) == 1
    assert not list(prose.iter("br")) and not list(body.find("ol").iter("br"))
    assert [u.spoken for u in section.script][1:6] == [
        "Tel: 0 2 0, 7 9 4 6, 0 9 5 8", "Email: help at example.org",
        "Opening hours: 9am to 5pm", "Q. How long will it take?", "A. About two weeks."]


def test_a_label_in_bold_alone_over_its_list_is_a_field_of_its_own(settings):
    """An exam technique page's mark schemes (sweep AO's ge-exam-technique) write
    "**Reading:** Levels based on analysis depth" over "**Writing:** " with nothing after it,
    its value the list below: printed on one line, "… analysis depth Writing:", and said so
    with no pause. A label alone is a field, and the list ends the fields' paragraph."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Marks\nlang: en-GB\n---\n\n**Reading:** Levels based on analysis depth\n"
        "**Writing:** \n- Content (24 marks)\n- Technical accuracy (16 marks)\n"))
    assert said[1:] == ["Reading: Levels based on analysis depth, Writing:",
                        "Content (24 marks)", "Technical accuracy (16 marks)"]
    assert "depth\nWriting:" in printed and "**" not in printed


def test_lines_of_links_alone_in_a_div_are_markdown(settings):
    """A school's COVID-19 page (sweep AO's decoy-covid) lists its documents in a `<div
    class="cf infoButtons">`, a tab before each `[Remote Education Information](/docs/….pdf)`
    and no blank line: they printed as written, brackets and all, and the voice said their
    addresses. Lines that are each a link alone, up to the `</div>`, are Markdown, each on
    its own line, as the same `<div>` with blank lines was."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Remote learning\nlang: en-GB\n---\n\nThe documents below.\n\n"
        "<div class=\"cf infoButtons\">\n\t[Remote Education Information](/docs/remote ed.pdf)"
        "\n\t[Key Stages 1 & 2 Guidance](https://example.org/ks.pdf)\n</div>\n"))
    assert said[1:] == ["The documents below.",
                        "Remote Education Information, Key Stages 1 and 2 Guidance"]
    assert "Information\nKey Stages" in printed and "](" not in printed


def test_markdown_after_a_blank_line_in_a_div_is_markdown(settings):
    """CommonMark ends an HTML block at a blank line, so GitHub reads what follows as
    Markdown: a French health page's helpline link in a `<div>` printed as
    "[0 800 009 110](tel:0800009110)" and was said with its address. A `<div>` whose words
    share its line stays HTML, as there."""
    write_handouts(settings.source, {"vaccins.md": """\
        ---
        title: Vaccins
        lang: fr
        ---

        <div class="callout">

        Appelez le [0 800 009 110](tel:0800009110), **gratuit**.

        </div>

        <div>raw *text*</div>
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert '<a href="tel:0800009110">0 800 009 110</a>, <strong>gratuit</strong>' in section.html
    assert "raw *text*" in section.html
    said = [u.text for u in section.script]
    assert "Appelez le 0 800 009 110, gratuit." in said and "raw text" in said


def test_markdown_after_a_heading_and_a_blank_line_in_a_div_is_markdown(settings):
    """A library's summer reading page (sweep BD, darien-summer-kids line 101) opens each
    column, `<div class="col-md-4">`, with its heading, `<h3>…</h3>`, and then a blank
    line: CommonMark's HTML block ends there, and GitHub reads the paragraph after it as
    Markdown, but it printed "See [our **opening** times](https://…) today." as written and
    the voice said the address. Whole elements on their lines before the blank line end the
    block as nothing would."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Summer\nlang: en\n---\n\n<div class=\"col\">\n<h3>Opening</h3>\n\n"
        "See [our **opening** times](https://example.org/times) today.\n\n</div>\n"))
    assert said[1:] == ["Opening", "See our opening times today."]
    assert "See our opening times today." in printed and "](" not in printed
    assert "**" not in printed


def test_paragraphs_in_a_div_that_opens_onto_text_stay_paragraphs(settings):
    """A prayer exported from WordPress (sweep CR, opensiddur-dew) opens `<div
    class="english">` straight onto its first stanza: its stanzas and essay printed as one
    block and were read as one paragraph. CommonMark ends the HTML block at the first blank
    line, and each paragraph stays one; a `<div>` with no blank line inside stays whole."""
    write_handouts(settings.source, {"dew.md": """\
        ---
        title: Dew
        lang: en
        ---

        <div class="english">
        Give us dew;
        sweeten the land.

        Strengthen us with plenty.
        </div>

        <div>
        One *line*
        </div>
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert "sweeten the land.</span></p>\n<p>" in section.html
    assert "One *line*" in section.html
    assert len({u.paragraph for u in section.script[1:]}) == 3


def test_zulips_tabs_are_labelled_boxes_and_its_include_is_warned_of(settings, caplog):
    """Zulip's help centre (sweep CD, desktop-app-install-guide.md) was printed
    "{start_tabs}", "{tab|mac}", "{!app-will-update-tip.md!}" and said "start tabs", "tab
    mac", its included tip lost with no warning. Each tab is a box titled as Zulip titles
    it, and the include is left out with a warning naming its line; in code, all is kept."""
    source = write_handouts(settings.source, {"page.md": """\
        # Install

        {start_tabs}

        {tab|mac}

        {!app-will-update-tip.md!}

        1. Download Zulip for macOS.

        {tab|linux-with-apt}

        1. Run Zulip from the **Start** menu.

        {end_tabs}

        In code:

            {tab|mac}
        """})
    warning = ("the words of 'app-will-update-tip.md', which this includes, are not in the "
               "handout: copy them here in place of '{!app-will-update-tip.md!}'")
    with caplog.at_level(logging.WARNING, logger="handout"):
        [document] = load_documents(settings)
    assert [record.getMessage() for record in caplog.records] == [
        f"{source / 'page.md'}:7: {warning}"]
    assert callouts(document.sections[0].html) == [
        ("macOS", "macOS Download Zulip for macOS."),
        ("Linux with APT", "Linux with APT Run Zulip from the Start menu.")]
    assert [u.text for u in document.sections[0].script][1:] == [
        "macOS", "1. Download Zulip for macOS.", "End of macOS.", "Linux with APT",
        "1. Run Zulip from the Start menu.", "End of Linux with APT.", "In code:",
        "Code example, 1 line, as printed:", "tab mac"]


def test_vitepress_tabs_are_labelled_boxes(settings):
    """A manga reader's settings (sweep CD, mihon reader-settings.md line 17) write
    VitePress's tabs, `::: tabs` over `== Paged (right to left)`: printed "Swipe left for
    previous page. == Long strip Default way…", the next tab's title and words run into the
    last item of the one before, and the voice named no tab. Each is a box with its title."""
    write_handouts(settings.source, {"page.md": """\
        # Reading mode

        ::: tabs key:mode
        == Paged (right to left)
        Right to left.

        - Swipe right for next page.
        == Long strip
        Webtoons.
        :::

        After.
        """})
    [document] = load_documents(settings)
    assert callouts(document.sections[0].html) == [
        ("Paged (right to left)", "Paged (right to left) Right to left. Swipe right for next "
                                  "page."),
        ("Long strip", "Long strip Webtoons.")]
    assert [u.text for u in document.sections[0].script][1:] == [
        "Paged (right to left)", "Right to left.", "Swipe right for next page.",
        "End of paged (right to left).", "Long strip", "Webtoons.", "End of long strip.",
        "After."]


def test_tabs_after_a_closing_div_make_no_code_block(settings):
    """A library's summer page (sweep BD, darien-summer-kids line 195; repro
    empty-code-tabbed-div) had three tabs after a `</div>`, and two `</div>` that closed
    nothing under it: Python-Markdown read the tabs as an indented code block, printed as an
    empty frame and said "Code example, 0 lines, as printed:". Spaces and tabs after a line
    of box tags mean nothing, as without them."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Columns\nlang: en\n---\n\n<div class=\"col-md-4\">\n"
        "<p>Words here.</p>\n</div>\t\t\t\n</div>\n</div>\n"))
    assert said[1:] == ["Words here."]
    html = render_markdown("<div class=\"col-md-4\">\n<p>Words here.</p>\n</div>\t\t\t\n"
                           "</div>\n</div>\n")[0]
    assert "<pre" not in html


def test_a_discount_class_quote_is_a_div_and_a_list_group_a_list(settings):
    """Discount (rdiscount, a Jekyll engine) makes a quote whose first line is `%class%` a
    `<div>` of that class: a Scout council's camp pages (sweep BD, cub-summer-camp lines
    26-78, cub-camp-fees; repro listgroup) put their links so in Bootstrap's list groups,
    printed "%list-group% Register for Day Camp" in a quote and said "Quote. %list-group% …
    End of quote.", the links under "More Information" run into one line. No quote and no
    class's name now, and a list group's links are a list, one a line."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Camp links\nlang: en\n---\n\nRegister before June 1.\n\n> %list-group%\n"
        "> <a href=\"https://example.org/register/\" class=\"list-group-item\">Register for Day"
        " Camp</a>\n> <a href=\"https://example.org/fees/\" class=\"list-group-item\">Camp Fee"
        " Information</a>\n\nAfter.\n\n> %lead%\n> Kept *words*.\n"))
    assert said[1:] == ["Register before June 1.", "Register for Day Camp",
                        "Camp Fee Information", "After.", "Kept words."]
    assert "Day Camp\nCamp Fee" in printed and "%" not in printed
    [document] = load_documents(settings)
    assert document.html.count("<li") == 2 and "<blockquote" not in document.html


def test_markdown_after_a_line_of_several_div_tags_is_markdown(settings):
    """A Cub Scout pack's packing list lays its columns out with two tags on a line,
    `<div id="sections"><div>` and `</div><div>`: its headings and lists printed as "##
    Clothes Bag * Uniform * Raincoat", said with "star" for each bullet. What follows the
    blank line is Markdown, as after one `<div>` alone."""
    write_handouts(settings.source, {"checklist.md": """\
        ---
        title: Packing list
        ---

        Check off each item.

        <div id="sections"><div>

        ## Clothes Bag
        * Uniform
        * Raincoat

        </div><div>

        ## Toilet Kit
        * Towel

        </div></div>
        """})
    [document] = load_documents(settings)
    said = [u.spoken for section in document.sections for u in section.script]
    assert said == ["Packing list", "Check off each item.", "Clothes Bag", "Uniform",
                    "Raincoat", "Toilet Kit", "Towel"]
    assert "##" not in document.html and "* " not in document.html


def test_markdown_after_a_blank_line_in_an_html_section_is_markdown(settings):
    """Canada's digital playbook (canada-ca/digital-playbook-guide-numerique) wraps each
    part of a page in `<section>`: its heading printed as "## Part one", its list as
    "- first item - second item", all one paragraph, and two checklists of 40 items were
    one run-on sentence in the voice. As in a `<div>`, what follows a blank line is
    Markdown, and its headings start sections."""
    write_handouts(settings.source, {"playbook.md": """\
        ---
        title: Playbook
        ---

        Intro.

        <section id="part">

        ## Part one

        Some text.

        - first item
        - second item

        </section>

        <article>

        ## Part two

        More text.

        </article>
        """})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Playbook", "Part one", "Part two"]
    assert [u.text for u in document.sections[1].script] == [
        "Part one", "Some text.", "first item", "second item"]
    assert "##" not in document.sections[1].html and "<li>" in document.sections[1].html


def test_an_indented_tag_in_a_div_is_html_not_code(settings):
    """A county's library pages (Jekyll, kramdown) indent the HTML in a panel as their
    template does: `<div class="...">`, a blank line, `    <p class="ma0"><a href=...>`.
    Four spaces in, it was a code block, read "Code example, 1 line, as printed: p class
    ma0 a href..."; it is the link it is on the site, and its arrow is not said "to". A
    title written with an HTML entity, "&amp;", is the character: it was said "amp"."""
    write_handouts(settings.source, {"loans.md": """\
        ---
        title: Borrowing periods &amp; overdue charges
        ---

        <div class="{% include /c/generic-panel.html %}">

            <p class="ma0"><a href="/elibrary/">eLibrary periods &amp; allowances &rarr;</a></p>

        </div>

        We don't charge for reserving a title.

            indented code stays code
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "Borrowing periods & overdue charges"
    [section] = document.sections
    assert '<p class="ma0">' in section.html and "<code>indented code" in section.html
    said = [u.spoken for u in section.script]
    assert said[:3] == ["Borrowing periods and overdue charges", "eLibrary periods and allowances",
                        "We don't charge for reserving a title."]


def test_a_paragraph_left_open_is_closed_at_the_blank_line(settings):
    """A library's accessibility page left a `<p>` open: every heading after it printed as
    "## Magnifiers" and ran into the sentence before it when said. CommonMark ends the HTML
    block at the blank line, and so do we."""
    write_handouts(settings.source, {"library.md": """\
        # Access

        ## Large print

        Books are on the Main Level.
        <p>This collection is made possible by a fund.
        <br />

        ## Magnifiers

        Ask at the *Front Desk*.
        """})
    [document] = load_documents(settings)
    assert [section.heading for section in document.sections][1:] == ["Large print",
                                                                      "Magnifiers"]
    assert [u.text for u in document.sections[2].script] == ["Magnifiers",
                                                             "Ask at the Front Desk."]


def test_every_tab_is_a_box_labelled_with_its_title(settings):
    """Tabs hold alternatives, and their titles say whom each is for: GitBook's
    `{% tab title="Adults" %}` and Docusaurus' `<TabItem label="Adults">` printed and said
    "Two tablets." "One tablet." with no "Adults" or "Children" (the tester's probe), and
    MkDocs' `=== "Adults"` printed its marker and its content as code (Material's own
    admonitions page); a tab on one line, as Docusaurus' guide to tabs writes them, lost its
    label too."""
    write_handouts(settings.source, {"tabs.md": """\
        # Dose

        {% tabs %}
        {% tab title="Adults" %}
        Two tablets.
        {% endtab %}
        {% tab title="Children" %}
        One tablet.
        {% endtab %}
        {% endtabs %}

        import TabItem from '@theme/TabItem';

        <Tabs>
          <TabItem value="adults" label="Adults">
            Two tablets.
          </TabItem>
          <TabItem value="Children">
            One tablet.
          </TabItem>
        </Tabs>

        <Tabs>
          <TabItem value="win" label="Windows" default>Use Ctrl + C to copy.</TabItem>
          <TabItem value="mac" label="MacOS">Use Command + C.</TabItem>
        </Tabs>

        === "Adults"

            Take two tablets.

            - with water

        === "`Children`"

            Take one tablet.

        {{< tabs >}}
        {{< tab "Adults" >}}
        Two tablets.
        {{< /tab >}}
        {{< /tabs >}}
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("Adults", "Adults Two tablets."), ("Children", "Children One tablet."),
        ("Adults", "Adults Two tablets."), ("Children", "Children One tablet."),
        ("Windows", "Windows Use Ctrl + C to copy."), ("MacOS", "MacOS Use Command + C."),
        ("Adults", "Adults Take two tablets. with water"),
        ("Children", "Children Take one tablet."),
        ("Adults", "Adults Two tablets.")]
    assert "<pre" not in html and "===" not in html
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:5] == ["Adults", "Two tablets.", "End of adults.", "Children"]


def test_a_tabs_heading_that_repeats_its_label_is_left_out(settings):
    """Zap-Hosting's Palworld guide heads each tab, `<TabItem label="Via Webinterface">`, with
    `#### Via Webinterface`: printed and said twice, "Via Webinterface. Via Webinterface. …
    End of Via Webinterface.". The heading goes, its anchor kept on the label; one in other
    words, and one after the tab's first words, stay."""
    write_handouts(settings.source, {"tabs.mdx": """\
        ---
        title: Set a password
        ---

        import TabItem from '@theme/TabItem';

        <Tabs>
        <TabItem value="web" label="Via Webinterface" default>

        #### Via webinterface

        Open **Settings**. See [above](#via-webinterface).

        </TabItem>
        <TabItem value="ftp" label="Via FTP">

        #### Using an FTP program

        Connect.

        </TabItem>
        </Tabs>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("Via Webinterface", "Via Webinterface Open Settings. See above."),
        ("Via FTP", "Via FTP Using an FTP program Connect.")]
    body = parse_html(html)
    [label] = [p for p in body.iter("p") if p.get("id") == "via-webinterface"]
    assert " ".join(text_of(label).split()) == "Via Webinterface"
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:4] == ["Via Webinterface", "Open Settings.", "See above."]


def test_a_hugo_part_to_open_keeps_its_title_and_a_table_its_caption(settings):
    """A French vaccination guide (Hugo) keeps each part in `{{% collapse "Vaccins
    obligatoires" %}}`: nine titles were left out, and "un. Diphtérie, deux. Tétanos" was
    heard without being told they are the mandatory vaccines. Its table's caption, an
    attribute list under it, `{caption="…" class="table-wrap"}`, was read as a last row,
    "Âge: caption=… class=table-wrap"."""
    write_handouts(settings.source, {"vaccins.md": """\
        ---
        title: Vaccins
        lang: fr
        ---

        {{%collapse "Vaccins obligatoires" %}}
        1. Diphtérie
        2. Tétanos
        {{% /collapse %}}

        | Âge | Vaccins |
        |---|---|
        | 2 mois | DTCaP |
        {caption="Calendrier des vaccins en *2026*." class="table-wrap"}
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert callouts(section.html)[0][0] == "Vaccins obligatoires"
    assert "<caption>Calendrier des vaccins en 2026</caption>" in section.html
    said = [u.text for u in section.script]
    assert said[1] == "Vaccins obligatoires" and "Diphtérie" in said[2]
    assert "Tableau : Calendrier des vaccins en 2026. 1 ligne." in said
    assert not any("caption=" in words for words in said)


def test_a_hugo_question_keeps_its_question_over_its_answer(settings):
    """A US page on deposit limits asks each question in `{{< faq "Can a landlord charge
    more?" >}}` (sweep CL): the questions were left out with no warning, and "Not legally."
    was printed and heard with nothing before it."""
    write_handouts(settings.source, {"deposits.md": """\
        ## Questions

        {{< faq "Which state has the strictest law?" >}}
        New York: a one-month cap.
        {{< /faq >}}

        {{< faq "Can a landlord charge more than the cap?" >}}
        Not legally.
        {{< /faq >}}
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [label for label, _ in callouts(section.html)] == [
        "Which state has the strictest law?", "Can a landlord charge more than the cap?"]
    said = [u.text for u in section.script]
    assert said.index("Can a landlord charge more than the cap?") + 1 \
        == said.index("Not legally.")


def test_gitbook_hints_are_labelled_boxes(settings):
    """GitBook's `{% hint style="danger" %}` printed and said its warning as a plain
    paragraph, with only an information line in the lint (the tester's probe)."""
    write_handouts(settings.source, {"hints.md": """\
        # Dose

        {% hint style="danger" %}
        Do not take more than 8 tablets in 24 hours.
        {% endhint %}

        {% hint style="info" %}Keep them dry.{% endhint %}
        """})
    [document] = load_documents(settings)
    assert callouts(document.sections[0].html) == [
        ("Danger", "Danger Do not take more than 8 tablets in 24 hours."),
        ("Information", "Information Keep them dry.")]
    said = [u.text for u in document.sections[0].script]
    assert said[1:4] == ["Danger", "Do not take more than 8 tablets in 24 hours.",
                         "End of danger."]


def test_captured_words_go_where_the_page_puts_them(settings):
    """Liquid's `{% capture %}` keeps words for a `{{ name }}`: 18F's page on evaluating bids
    (j02) printed and said its twenty captured lists above the tables, red flags running
    into positive signs, and the cells that should hold them empty."""
    write_handouts(settings.source, {"bids.md": """\
        ---
        title: Bids
        ---

        {% capture flags %}
        - Proposes to *outsource* core work
        - Doesn't value testing
        {% endcapture %}
        {% capture signs %}
        <ul>
          <li>Tests with users</li>
        </ul>
        {% endcapture %}
        {% assign team = "the delivery team" %}

        | Factor | Red flags |
        | --- | --- |
        | Competency | {{ flags }} |

        <table><tr><td>User research</td><td>{{ signs }}</td></tr></table>

        Ask {{ team }} first.

        {{ flags }}
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    cells = [" / ".join(" ".join(text_of(li).split()) for li in td.iter("li"))
             for td in body.iter("td")]
    assert cells == ["", "Proposes to outsource core work / Doesn't value testing", "",
                     "Tests with users"]
    assert body.find(".//td//em").text == "outsource"
    said = [u.text for u in document.sections[0].script]
    assert said[0] == "Bids"
    assert "Ask the delivery team first." in said
    assert said[-2:] == ["Proposes to outsource core work", "Doesn't value testing"]
    assert [len(body.findall(f"./{tag}")) for tag in ("table", "ul")] == [2, 1]


def test_words_captured_for_an_include_left_out_stay_where_they_were_written(settings):
    """W3C WAI's page on older people captures each topic's heading for the title of the
    box it opens, `title=boxtitle`, the same name twenty times over: the include was left
    out, and with it 20 of the page's 26 headings, printed, said and bookmarked nowhere
    (sweep F's first defect). A capture only `{{ name }}` uses still goes there alone."""
    write_handouts(settings.source, {"older.md": """\
        ---
        title: Older people and the web
        ---

        ## Perceivable information

        {::nomarkdown}
        {% capture boxtitle %}
        {:/}

        #### Text size

        {::nomarkdown}
        {% endcapture %}
        {% include box.html type="start" title=boxtitle class="large" %}
        {:/}

        Many older people need large text.

        {% capture boxtitle %}
        #### Color and contrast
        {% endcapture %}
        {% include box.html type="start" title=boxtitle %}

        Many need strong contrast.

        {% capture aside %}Said once, below.{% endcapture %}

        {{ aside }}
        """})
    [document] = load_documents(settings)
    [_, section] = document.sections
    assert [(h.level, h.text) for h in document.headings] == [
        (1, "Older people and the web"), (2, "Perceivable information"), (4, "Text size"),
        (4, "Color and contrast")]
    assert [u.text for u in section.script] == [
        "Perceivable information", "Text size", "Many older people need large text.",
        "Color and contrast", "Many need strong contrast.", "Said once, below."]


def test_a_name_captured_again_holds_its_new_words_from_there(settings):
    """Liquid reads a page from the top: `{{ step }}` after a second `{% capture step %}`
    is its second words. Every one was the last words captured, and a page that reuses a
    name (as W3C WAI's reuses `boxtitle`) said its last box's words in each place."""
    write_handouts(settings.source, {"steps.md": """\
        ---
        title: Steps
        ---

        {% capture step %}Wash your hands.{% endcapture %}
        {% assign when = "before meals" %}
        First: {{ step }}

        {% capture step %}Dry them well.{% endcapture %}
        Then: {{ step }} Always {{ when }}.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Steps", "First: Wash your hands.", "Then: Dry them well.", "Always before meals."]


def test_a_loop_over_a_front_matter_list_is_its_body_once_for_each_entry(settings, tmp_path):
    """A school's term dates (Jekyll, sweep AO's ds-term-dates) list each year's PDF in the
    front matter, `documents:` of `- name: Term Dates 2023-2024` and `path: https://….pdf`,
    and show them by `{% for document in documents %}<a href="{{document.path}}">
    {{document.name}}</a>{% endfor %}`: the loop was left out with notes alone, and the page
    printed and said only the sentence before it. Each entry is the loop's body, filled, a
    Markdown body's lines one after another (more than its lines hold too: a fourth year's
    link was printed "- Term Dates 2025-2026" in the third's item), whole links side by side
    one a line; a loop over what the front matter does not hold is left out with a warning
    at its line."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Term Dates
        lang: en-GB
        documents:
          - name: Term Dates 2022-2023
            path: https://example.org/terms-2022-2023.pdf
          - name: Term Dates 2023-2024
            path: https://example.org/terms-2023-2024.pdf
          - name: Term Dates 2024-2025
            path: https://example.org/terms-2024-2025.pdf
          - name: Term Dates 2025-2026
            path: https://example.org/terms-2025-2026.pdf
        ---
        Please use the links below to download term dates for each academic year.

        <div class="content-grid">
          {% for doc in documents %}<a href="{{doc.path}}">{{doc.name}}</a>{% endfor %}
        </div>

        {% for document in page.documents %}
        - [{{ document.name }}]({{ document.path }})
        {% endfor %}

        ## Staff
        """)
    years = [f"Term Dates {year} to {year + 1}" for year in range(2022, 2026)]
    assert said[1:] == [
        "Please use the links below to download term dates for each academic year.",
        ", ".join(years), *years, "Staff"]
    assert printed.count("Term Dates 2025-2026") == 2 and "{{" not in printed
    assert "- Term" not in printed  # a fourth entry, past the loop's three lines, its own item
    text = ("---\ntitle: T\nlang: en\n---\n\nOur staff:\n\n"
            "{% for person in site.data.staff %}\n- {{ person.name }}\n{% endfor %}\n")
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message) for f in
                lint_source(write_handouts(tmp_path, {"a.md": text}) / "a.md")
                if f.rule == "generator-syntax"]
    assert findings == [("8", WARNING, "a template loop over 'site.data.staff', which the "
                         "page's front matter does not hold: its words are not in the handout")]


def test_a_value_left_out_of_a_sentence_is_a_warning(tmp_path):
    """An unknown `{{ name }}` or tag in a sentence leaves a hole the author must fill (GitHub
    Docs' theme page, g01, printed "how and when you use , you can configure"); one alone
    on its line, or in a table cell, or a tag that never stands for words, only a note."""
    text = ("---\ntitle: T\nlang: en\n---\n\nCall {{ phone }} today.\n\n{{ banner }}\n\n"
            "| a | b |\n| --- | --- |\n| x | {{ cell }} |\n\n{% if x %}Take it.{% endif %}\n\n"
            "How {% data variables.product.product_name %} looks.\n\n"
            # a link's address (18F's handbook): its words stay, no gap
            "See the [benefits links page]({% page \"/benefits-links/\" %}).\n")
    findings = [(f.where.rsplit(":", 1)[1], f.severity) for f in
                lint_source(write_handouts(tmp_path, {"a.md": text}) / "a.md")
                if f.rule == "generator-syntax"]
    assert findings == [("6", WARNING), ("8", INFO), ("12", INFO), ("14", INFO), ("14", INFO),
                        ("16", WARNING), ("18", INFO)]


def test_rubys_erb_tags_are_left_out_a_value_in_a_sentence_with_a_warning(settings):
    """DfE's "Apply for teacher training" writes its pages in Markdown through Ruby's ERB:
    `<%= RecruitmentCycle.cycle_name(...) %>` in a heading and every date in its table of
    deadlines were printed as code and said "%= RecruitmentCycle...", with no warning (sweep
    H). A value in a sentence is a gap to fill; code and comments go quietly."""
    write_handouts(settings.source, {"dates.md": """\
        ---
        title: Dates and deadlines
        ---

        <%# the cycle's dates %>
        Applications open on <%= CycleTimetable.apply_opens.to_fs(:govuk_date) %>.

        <% if FeatureFlag.active?(:x) %>
        Apply early.
        <% end %>

        Keep 5% <% of it %> aside.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Dates and deadlines", "Applications open on.", "Apply early.", "Keep 5 percent aside."]
    findings = [(f.where.rsplit(":", 1)[1], f.severity) for f in
                lint_source(settings.source / "dates.md") if f.rule == "generator-syntax"]
    assert findings == [("6", WARNING), ("8", INFO), ("10", INFO), ("12", INFO)]


def test_a_site_value_left_out_of_a_sentence_is_a_warning_unless_it_is_an_address(tmp_path):
    """The CDC's NBS 7 guide (NEDSS-SystemAdminGuide, deploy-nbs7-microservices.md) writes
    "apply to NBS {{ site.version_latest }}": every `site.` value was taken for the start of
    an address and left out without a word, printing "apply to NBS ."; the site's address
    before a link's path, or alone in a link, is still left out quietly."""
    text = ("---\ntitle: T\n---\n\nThe pages apply to NBS {{ site.version_latest }}.\n\n"
            "[Home]({{ site.url }}) and <a href=\"{{ site.baseurl }}\">us</a>, "
            "{{ site.baseurl }}/x.png.\n")
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message.split("'")[1]) for f in
                lint_source(write_handouts(tmp_path, {"a.md": text}) / "a.md")
                if f.rule == "generator-syntax"]
    assert findings == [("5", WARNING, "{{ site.version_latest }}")]


def test_a_picture_tag_is_a_picture(settings):
    """Eleventy's picture tags vanished with no word: 18F's page on images (j01) lost the
    picture each "Correct" and "Incorrect" example is about, and Eleventy Image's own form
    (the tester's probe) went too."""
    write_handouts(settings.source, {"pictures.md": """\
        # Pictures

        {% image "pill.jpg", "A white round tablet" %}

        {% image_with_class "sign.jpg" "exampleFailure" "Warning do not read this sign" %}

        {% image "cat.jpg", "A tabby cat", "(min-width: 30em) 50vw, 100vw" %}

        {% image "pslf.png" "Screenshot of the (PSLF) form" %}
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(b) for b in body.iter("span") if b.get("class") == "missing-picture"] == [
        "Picture not available: A white round tablet",
        "Picture not available: Warning do not read this sign",
        "Picture not available: A tabby cat",
        # a description's own brackets are no sizes (18F's benefits class)
        "Picture not available: Screenshot of the (PSLF) form"]


def test_an_admonition_closed_by_its_own_line_holds_its_words(settings):
    """The NHS's beta health pages (nhsuk/betahealth) write their care cards as `!!! severe`,
    their words indented two spaces, and a line `!!!`: an empty "Severe" box was printed and
    said, its words after it ending "... rapid !!!", and its heading made a section of its
    own. An indented MkDocs admonition with no closing line is as it was."""
    write_handouts(settings.source, {"dehydration.md": """\
        # Dehydration

        !!! warning
          Babies and the elderly are more at risk.
        !!!

        !!! severe
          ## Call 999 or go to A&E if

          - your pulse is weak or rapid
        !!!

        !!! note
            Drink water.

        ## How to prevent it

        Drink enough.
        """})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Dehydration", "How to prevent it"]
    assert [u.text for u in document.sections[0].script][1:] == [
        "Warning", "Babies and the elderly are more at risk.", "End of warning.",
        "Immediate action required", "Call 999 or go to A&E if", "your pulse is weak or rapid",
        "End of immediate action required.", "Note", "Drink water.", "End of note."]


def test_a_pandoc_list_table_is_a_table(settings):
    """Quarto's guide to tables writes one with Pandoc's list-table filter, `::: {.list-table}`
    over a list of rows, each a list of cells: it was read as a flat list ("Fruit. Price.
    Apple. 1.20."), with no row count and no column names. Its first row is its header, as
    the filter takes it."""
    write_handouts(settings.source, {"prices.md": """\
        # Prices

        ::: {.list-table}
        - - Fruit
          - Price

        - - Apple
          - 1.20

        - - Orange
          - 0.90
        :::

        After the table.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "Table. 2 rows.", "Fruit: Apple. Price: 1.20.", "Fruit: Orange. Price: 0.90.",
        "After the table."]


def test_a_fence_that_opens_a_list_item_is_a_code_block_in_it(settings):
    """Quarto's guide lays its examples out as items that open with a fence, "1. ```bash",
    "- - ``` markdown": the code was printed and said as words ("1. bash cd leaflets",
    "``` markdown https://quarto.org") and the next item swallowed into a code box."""
    write_handouts(settings.source, {"install.md": """\
        # Install

        - ```
          pip install handout
          ```
        - Then open the folder.

        1. ```bash
           cd leaflets
           ```
        2. Build the leaflets.

        - - ``` markdown
            [Quarto](https://quarto.org)
            ```
          - The word Quarto shown as a link.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(code).strip() for code in body.iter("pre")] == [
        "pip install handout", "cd leaflets", "[Quarto](https://quarto.org)"]
    said = [u.text for u in document.sections[0].script]
    assert "Then open the folder." in said and "2. Build the leaflets." in said
    assert "The word Quarto shown as a link." in said
    assert not any("```" in words or "bash" in words for words in said)


def test_fenced_code_inside_an_admonition_is_a_code_block(settings):
    """A fence indented in a MkDocs admonition (the NHS RAP example page, m02: `??? example`
    then ```` ```Python ````) printed "Python print("HA")" as one line of inline code, and
    the voice said "Python" with it; in a list item the same. Code showing the syntax (an
    indented block) keeps it."""
    write_handouts(settings.source, {"code.md": """\
        # Code

        !!! note
            Run this:

            ```python
            print("HA")
            print("HO")
            ```

        1. Type:

            ``` yaml
            a: 1
            ```

        Written so:

            !!! note
                ```python
                x = 1
                ```
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [(code.get("class"), code.text) for code in body.iter("code")] == [
        ("language-python", 'print("HA")\nprint("HO")\n'), ("language-yaml", "a: 1\n"),
        (None, '!!! note\n    ```python\n    x = 1\n    ```\n')]
    assert body.find(".//div/pre") is not None and body.find(".//li/pre") is not None
    said = [u.text for u in document.sections[0].script]
    assert "Code example, 2 lines, as printed:" in said and not any(
        "python" in text.lower() for text in said[:said.index("Written so:")])


def test_icons_and_block_identifiers_are_left_out(settings):
    """MkDocs Material's icons are decoration: "Health RAP Playbook
    :fontawesome-solid-hospital:" was printed and said so (m04), a tab titled with its icon
    too (k01), and icons as a menu path's first step left "found in/ → Settings" (sweep
    CD). Obsidian hides a block's identifier, which printed "mollis. 038507" and was said
    as six digits (o02)."""
    write_handouts(settings.source, {"icons.md": """\
        # Icons

        [Book now :octicons-arrow-right-24:](https://example.org) :simple-x:{ title="X" }

        === ":octicons-file-code-16: Adults"

            Two tablets.

        Take them with food. ^038507

        See [[Headings#^038507]]. Type `:material-phone:` to show the icon.

        Find it in :material-menu:/:fontawesome-solid-ellipsis: → **Settings** → **Search**.
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    text = " ".join(text_of(parse_html(html)).split())
    assert text == ("Book now Adults Two tablets. Take them with food. See Headings. "
                    "Type :material-phone: to show the icon. "
                    "Find it in Settings → Search.")
    assert callouts(html) == [("Adults", "Adults Two tablets.")]


def test_a_hugo_checklist_is_a_list(settings):
    """digital.gov's presenter guidelines (h02) printed each checklist as one paragraph,
    "Make your points relevant ... Don't express ...", whose items the voice ran together
    ("birthday, et cetera Do not use copyrighted images")."""
    write_handouts(settings.source, {"checklist.md": """\
        # Before you come

        {{< checklist >}}
          {{< checkbox >}}Bring your letter.{{< /checkbox >}}
          {{< checkbox >}}Meet these:{{< /checkbox >}}

          {{< checklist-sublist >}}
          {{< checkbox-sublist-item >}} Use large text. {{< /checkbox-sublist-item >}}
          {{< checkbox-sublist-item >}} Number the slides. {{< /checkbox-sublist-item >}}
          {{< /checklist-sublist >}}

          {{< checkbox >}}Arrive 10 minutes early.{{< /checkbox >}}
        {{< /checklist >}}
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [checklist] = [box for box in body.iter("div") if "checklist" in box.get("class", "")]
    [outer] = checklist.findall("ul")
    assert [" ".join(text_of(li).split()) for li in outer.findall("li")] == [
        "Bring your letter.", "Meet these: Use large text. Number the slides.",
        "Arrive 10 minutes early."]
    assert [text_of(li).strip() for li in outer.find("li/ul").findall("li")] == [
        "Use large text.", "Number the slides."]
    said = [u.text for u in document.sections[0].script]
    assert said[1:7] == ["Checklist", "Bring your letter.", "Meet these:", "Use large text.",
                         "Number the slides.", "Arrive 10 minutes early."]


def test_a_mermaid_diagram_is_not_read_as_code(settings):
    """The NHS RAP example page (m02) said its Mermaid flowchart as "Code example, 6 lines,
    as printed: graph LR A Have an idea -- B Make a page ..."; nothing here draws it, so it
    is a box saying so, with the diagram's own description if it has one, and a warning."""
    write_handouts(settings.source, {"diagram.md": """\
        ---
        title: Diagram
        lang: fr
        ---

        ```mermaid
        graph LR
            A[Have an idea] --> B[Make a page];
        ```

        ```mermaid
        flowchart TD
            accTitle: How a page is made
            accDescr: An idea becomes a page.
            A --> B
        ```
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert body.find(".//pre") is None
    assert [text_of(b) for b in body.iter("span") if b.get("class") == "missing-picture"] == [
        "Diagramme non disponible : (aucune description n’a été donnée)",
        "Diagramme non disponible : An idea becomes a page."]
    findings = [(f.where.rsplit(":", 1)[1], f.severity) for f in
                lint_source(settings.source / "diagram.md") if f.rule == "generator-syntax"]
    assert findings == [("6", WARNING), ("11", WARNING)]


def test_a_chart_given_as_code_is_not_read_as_code(settings):
    """A benefits explainer (sweep CQ, D12) gives its charts as ```` ```plotly ```` JSON,
    which printed as pages of JSON and was read aloud line by line ("data: x: 1, 2 …"): 128
    pages and 166 minutes. A chart is a box saying it is not available, with its title, as a
    Mermaid diagram is, and a warning at its line."""
    write_handouts(settings.source, {"chart.md": """\
        ---
        title: Chart
        lang: en
        ---

        ```plotly
        {"data": [{"x": ["1", "2"], "y": [39.6, 12.6], "type": "bar"}],
         "layout": {"title": {"text": "<b>Figure 1.</b> Gains by decile"},
                    "plot_bgcolor": "#ebf2fa"}}
        ```

        ```vega-lite
        {"mark": "bar", "data": {"values": []}}
        ```
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert body.find(".//pre") is None
    assert [" ".join(text_of(b).split()) for b in body.iter("span")
            if b.get("class") == "missing-picture"] == [
        "Diagram not available: Figure 1. Gains by decile",
        "Diagram not available: (no description was given)"]
    assert not any("ebf2fa" in u.text for u in document.sections[0].script)
    findings = [(f.where.rsplit(":", 1)[1], f.message.split(" cannot")[0]) for f in
                lint_source(settings.source / "chart.md") if f.rule == "generator-syntax"]
    assert findings == [("6", "a Plotly chart"), ("12", "a Vega-Lite chart")]


def test_tex_maths_prints_its_characters_not_its_markup(settings):
    """`$2 \\times 5$` (GitHub, Obsidian, Pandoc) printed as written and was said "2 dollars
    times 5$" (the tester's probe): its delimiters go and its commands are the characters
    they print; money stays money, code stays code, and what is not known is a warning. An
    R Markdown paper's Greek letters and styled letters printed as their commands
    ("\\lambda_A", "\\mathcal{Symp}", "\\Omega"): pylatexenc knows TeX's commands."""
    write_handouts(settings.source, {"maths.md": r"""
        # Dose

        The dose is $2 \times 5$ mg. It costs $5 or $10.

        Give $\frac{1}{2}$ or $\frac{a+b}{2}$ if $x \le 3$ and $y \geq 4$; $10 \pm 2\%$, $8 \div 2$.

        $$E = mc^2$$

        Type `$2 \times 5$` to write it. Then $\alpha + 1$ and $\mydose$.

        An R Markdown paper's $\lambda_A \in \mathcal{Symp}$, $\hat{\mu} \pm 1.96\,\sigma$.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "The dose is 2 × 5 mg. It costs $5 or $10.",
        "Give 1/2 or (a+b)/2 if x ≤ 3 and y ≥ 4; 10 ± 2%, 8 ÷ 2.",
        "E = mc²", r"Type $2 \times 5$ to write it. Then α + 1 and \mydose.",
        "An R Markdown paper's λA ∈ Symp, μ̂ ± 1.96 σ."]  # the A lowered: λ<sub>A</sub>
    assert "λ<sub>A</sub> ∈ Symp" in document.sections[0].html
    said = [u.spoken for u in document.sections[0].script]
    assert "The dose is 2 times 5 milligrams." in said
    findings = [(f.where.rsplit(":", 1)[1], f.severity) for f in
                lint_source(settings.source / "maths.md") if f.rule == "generator-syntax"]
    assert findings == [("9", WARNING)]


def test_dollars_around_prose_are_money_not_maths(settings):
    """A residents' association's minutes: "We have $66K in reserve … We receive 20k$/yr in
    dues" lost both its dollars, in print and in the voice, the words between the two signs
    taken for maths; and "20k$", the sign after the amount, was not said."""
    write_handouts(settings.source, {"minutes.md": """
        # Treasurer

        We have $66K in reserve. We receive 20k$/yr in dues, and $pH$ is maths.
        """})
    [document] = load_documents(settings)
    printed = " ".join(text_of(parse_html(document.sections[0].html)).split())
    assert printed == "We have $66K in reserve. We receive 20k$/yr in dues, and pH " \
                      "is maths."
    said = [u.spoken for u in document.sections[0].script]
    assert said[1:] == ["We have 66 thousand dollars in reserve.",
                        "We receive 20 thousand dollars a year in dues, and pH is maths."]


def test_the_quadratic_formula_prints_and_is_said_as_it_means(settings):
    """VitePress' guide to Markdown: `\\ne`, which the README lists, printed as a command, "a
    \\ne 0"; TeX's own fraction, `{a \\over b}`, printed "\\over 2a"; a fraction whose part
    holds braces, the formula written with `\\frac`, printed "-b ± √(b²-4ac)/2a", dividing
    the root alone; and "ax² + bx + c = 0" was said "ax + bx + c = 0", its power taken for
    a note's number."""
    write_handouts(settings.source, {"maths.md": r"""
        # Equations

        When $a \ne 0$, there are two solutions to $(ax^2 + bx + c = 0)$ and they are
        $$ x = {-b \pm \sqrt{b^2-4ac} \over 2a} $$

        The same: $x = \dfrac{-b \pm \sqrt{b^2-4ac}}{2a}$.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "When a ≠ 0, there are two solutions to (ax² + bx + c = 0) and they are x = "
        "(-b ± √(b²-4ac))/2a", "The same: x = (-b ± √(b²-4ac))/2a."]
    said = [u.spoken for u in document.sections[0].script]
    assert "(ax squared + bx + c = 0)" in said[1]
    assert not [f for f in lint_source(settings.source / "maths.md")
                if f.rule == "generator-syntax"]


@pytest.mark.parametrize("tex, printed, said", [
    (r"$\sqrt[3]{27}$ and $\sqrt{4}$", "∛27 and √4", "cube root of 27 and square root of 4"),
    (r"$0.\overline{9} = 1$ and $0.9\overline{5}$", "0.9\u0305 = 1 and 0.95\u0305",
     "0.9 recurring = 1 and 0.95 recurring"),
    (r"$5 \times 2 - 3 + 3 (0.25)^{1/2}$", "5 × 2 − 3 + 3 (0.25)^(1/2)",
     "5 times 2 − 3 + 3 (0.25) to the power of (a half)"),
    (r"$y = -1.5 x + 6$ and $2x - 1$", "y = −1.5 x + 6 and 2x − 1",
     "y = −1.5 x + 6 and 2x − 1"),
    # a physics worked answer (sweep BJ, speed-accel lines 163 and 200)
    (r"$\Delta v = v_{f} - v_{i}$, $v = 0 - (-1.8 \times 9.4) = -16.92$",
     "Δ v = vf − vi, v = 0 − (−1.8 × 9.4) = −16.92",
     "Δ v = v f − v i, v = 0 − (−1.8 times 9.4) = −16.92"),
    (r"$v = \frac{315}{45}$ and $t = \frac{100}{4}$", "v = 315/45 and t = 100/4",
     "v = 315 over 45 and t = 100 over 4"),
    # a physics handout's symbols (sweep CP, suvat-notes): "F = milligrams", "the volume 5",
    # "times 1", and the next formula's "s" after a fraction's 2, "2 seconds"; its units,
    # in words or after a number, stay units
    (r"($F = mg$), the volume $V$, $x_1$ and $\frac{u+v}{2}$ $s = ut$; "
     r"$2 {\text{m}}^{3}$ at $9.8 m/s^2$",
     "(F = mg), the volume V, x1 and (u+v)/2 s = ut; 2 m³ at 9.8 m/s²",
     "(F = mg), the volume V, x 1 and (u+v) divided by 2 s = ut; 2 cubic metres at 9.8 metres "
     "per second squared"),
    # a power in maths after a number (sweep CP, photons-slides): "10$^{-3}$" printed, said
    # "10 dollars -3 $"
    (r"1 L = 1 dm$^3$ = 10$^{-3}$ m$^3$", "1 L = 1 dm³ = 10⁻³ m³",
     "1 litre = 1 dm cubed = 10 to the power of minus 3 cubic metres"),
    # a derivative (sweep CP), said "dy, dx", its division lost
    (r"$\frac{dy}{dx}$", "dy/dx", "dy divided by dx"),
    # an array's columns and words under a formula (sweep CP, density and electrolysis):
    # printed and said "lllV = Ah", "\undersetwaterH₂O"
    (r"$\begin{array}{lll}V& =& Ah\end{array}$ and $\ce{\underset{water}{H2O}}$",
     "V = Ah and H₂O (water)", "V = Ah and H 2 O (water)"),
    # OpenStax's units, a space before the brace (sweep CP, density): printed "kg/m ³", said
    # "kilograms/m" and "1 gram, cm"
    (r"${\text{kg/m} }^{3}$ or $1 {\text{g/cm} }^{3}$", "kg/m³ or 1 g/cm³",
     "kilograms per cubic metre or 1 gram per cubic centimetre"),
    # Google Docs' export escapes "=", "-" and the backslash in maths (sweep CS, test-export
    # line 341): they printed "eipi ̄1", a macron and a soft hyphen, and "a b̄­ c"
    (r"$e^{i\\pi } \= \-1$ and $a \= b \- c$", "eiπ = −1 and a = b − c",
     "e iπ = −1 and a = b − c"),
])
def test_a_worksheet_s_maths_prints_and_is_said_as_it_means(settings, tex, printed, said):
    """A maths worksheet (comp2421's ws00.md) printed and said its maths wrong: the cube
    root `\\sqrt[3]{27}` was "√(27)", "square root of (27)"; the recurring decimal in
    `0.\\overline{9} = 1` lost its bar, "0.9 = 1", a false statement; a minus between
    two terms was said as a range, "2 to 4/8", a power of a fraction `(0.25)^{1/2}` printed
    "(0.25)¹/2" and was said "(0.25) divided by 2", and the letter x before a sign,
    "y = -1.5 x + 6", was said "times". A minus after a subscript, "v_{f} - v_{i}", was a
    pause, "v f, v i", and a number's sign a hyphen, which the voice left unsaid: both are
    the minus sign. A fraction of two numbers, `v = \\frac{315}{45}`, was said "three hundred
    fifteen forty-five", a strength's two numbers: "over"."""
    write_handouts(settings.source, {"ws00.md": f"# Worksheet\n\nWork out {tex}.\n"})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [f"Work out {printed}."]
    assert [u.spoken for u in section.script][1:] == [f"Work out {said}."]


@pytest.mark.parametrize("spacing", [
    r"$\newline$", r"$\\$", r"$\quad$", r"$\,$", r"$\;$", r"$\ $", r"$\vspace{1em}$",
    r"$\hspace{2cm}$", r"$$\newline$$"])
def test_maths_that_is_only_spacing_is_nothing(settings, caplog, spacing):
    """Zettlr's and Obsidian's authors write `$\\newline$` on a line of its own for an
    extra blank line: a French review of the literature (sweep BM, zettlr-revues lines 18
    and 20) printed "\\newline" under a list and a heading, said "newline", with a warning
    that the maths could not all be carried over; `$\\\\$` and `$\\ $` printed "$ $".
    Maths that is only spacing is not printed, not said, and not warned of."""
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        said, printed = said_and_printed(settings, f"# Reviews\n\n- Review on pain\n{spacing}"
                                         f"\n\n## Bibliography\n\nA {spacing} B\n")
    assert said[1:] == ["Review on pain", "Bibliography", "A B"]
    assert " ".join(printed.split()) == "Review on pain Bibliography A B"
    assert not [r for r in caplog.records if "maths" in r.getMessage()]


def test_a_thin_space_in_maths_between_a_number_and_its_unit_is_a_space(settings):
    """A physics handout (sweep BJ, physics-accel lines 120-130) sets a thin space in maths
    between each number and its unit, and the unit's power in maths after it,
    "9.8$\\,$m/s$^2$": those dollars, after a digit, were no maths, so the line printed
    "9.8$,m/s^2$" and was said "twenty five dollars dollar M slash S". A space, and the
    power raised; money and maths of letters stay as they were."""
    write_handouts(settings.source, {"fall.md": "# Free fall\n\nOn Earth g is "
                                     "9.8$\\,$m/s$^2$. After 3$\\,$s it moves at 29.4$\\,$m/s. "
                                     "It costs $5 and $10 for $x$.\n"})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "On Earth g is 9.8 m/s². After 3 s it moves at 29.4 m/s. It costs $5 and $10 for x."]
    said = " ".join(u.spoken for u in section.script)
    assert "dollars" not in said.split("It costs")[0]
    assert "5 dollars and 10 dollars for x" in said


def test_mhchem_formulas_and_equations_print_as_drawn(settings, caplog):
    """A chemistry handout (sweep BJ, acids-salts lines 7, 26, 29, 54-73, 91-115) writes its
    formulas and equations in mhchem's `\\ce{…}`: printed "\\ceHCl - > [100% disassociated]
    H+ + Cl-", said "C E H plus plus O H", with a warning for each of its 32. Counts lowered,
    charges raised, arrows drawn, the words over an arrow in brackets after it; no warning.
    A list's charges too: sweep CP's "Cl-, Br-, I-" printed only the last raised."""
    write_handouts(settings.source, {"acids.md": (
        "# Acids\n\nHydrogen ions ($\\ce{H+}$) and sulfate $(\\ce{SO4^2-})$, $\\ce{Ca(OH)2}$."
        "\n\n$$\\ce{HCl ->[\\text{100\\% disassociated}] H+ + Cl-}$$\n\n"
        "$$\\ce{CH3COOH <=> H+ + CH3COO-}$$\n\nHalides: $\\ce{Cl-, Br-, I-}$\n\n"
        "$$\n\\begin{align*}\n  \\ce{acid + alkali &-> salt + water} \\\\\n"
        "  \\ce{acid + metal oxide &-> salt + water}\n\\end{align*}\n$$\n")})
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "Hydrogen ions (H⁺) and sulfate (SO₄²⁻), Ca(OH)₂.",
        "HCl → (100% disassociated) H⁺ + Cl⁻", "CH₃COOH ⇌ H⁺ + CH₃COO⁻",
        "Halides: Cl⁻, Br⁻, I⁻",
        "acid + alkali → salt + water acid + metal oxide → salt + water"]
    assert not [r for r in caplog.records if "maths" in r.getMessage()]
    said = " ".join(u.spoken for u in section.script)
    assert "(H plus) and sulfate (S O 4 2 minus), C A (O H) 2." in said


def test_a_fraction_counting_a_formula_in_an_equation_divides(settings):
    """A combustion equation's coefficient written as a fraction (sweep CP, haber-contact
    line 49), `\\ce{CH4 + \\frac{3}{2}O2 -> …}`, was said "C H 4 + 3 2 O 2 gives…", read as a
    strength's two numbers: "3 over 2"."""
    write_handouts(settings.source, {"burn.md": (
        "# Burning\n\n$$\\ce{CH4 + \\frac{3}{2}O2 -> 2H2O + CO}$$\n")})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [u.spoken for u in section.script][1:] == ["C H 4 + 3 over 2 O 2 gives 2 H 2 O + C O"]


def test_struck_pieces_side_by_side_are_one_deletion(settings):
    """A chemistry handout (sweep BJ, chem-balanced line 94) cancels a spectator ion by
    striking each of its pieces, "<s>SO</s><sub><s>4</s></sub><sup><s>2-</s></sup>": it
    printed three tiny "(deleted: …)" labels overlapping in the scripts and was said
    "(deleted: SO) (deleted: 4) (deleted: 2-)". One deletion, printed and said once, with
    its equation's arrow said; pieces with words between them stay apart."""
    write_handouts(settings.source, {"ions.md": (
        "# Ions\n\n<b>Zn (s) + Cu</b><sup><b>2+</b></sup><b>+ </b><s><b>SO</b></s><sub><s><b>"
        "4</b></s></sub><sup><s><b>2-</b></s></sup><b> (aq) → Zn</b><sup><b>2+</b></sup>"
        "<b> (aq) + Cu (s)</b>\n\nIt was ~~£50~~ now ~~£40~~.\n")})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    [first, second] = [" ".join(text_of(p).split()) for p in body.iter("p")]
    assert first == "Zn (s) + Cu2++ (deleted: SO42-) (aq) → Zn2+ (aq) + Cu (s)"
    assert [len(p.findall(".//del")) for p in body.iter("p")] == [1, 2]
    deleted = next(body.iter("del"))
    assert [(piece.tag, text_of(piece)) for piece in deleted] == [
        ("span", "SO"), ("sub", "4"), ("sup", "2-")]
    said = [u.spoken for u in section.script]
    assert said[1] == ("Z N solid + C U 2 plus+ (deleted: S O 4 2 minus) aqueous gives Z N 2 "
                       "plus aqueous + C U solid")


def test_sized_brackets_and_a_binomial_print_as_the_maths_they_write(settings):
    """TeX's `\\left( ... \\right)` printed and said "left( a/b right)", `\\bigl[` was a
    warning, and `\\binom{n}{k}` "binomnk"; the power of the bracket, "(a/b)²", was taken
    for a note's number and not said (sweep F's bookdown chapters)."""
    write_handouts(settings.source, {"maths.md": r"""
        # Chances

        The chance is $\binom{n}{k} p$, or $\dbinom{10}{3}$, and the mean
        $\left( \frac{a}{b} \right)^2$, then $\left. \frac{dy}{dx} \right|_{0}$ and
        $\bigl[ x + 1 \bigr]$.

        As Smith wrote (Smith, 2019)².
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "The chance is C(n, k) p, or C(10, 3), and the mean (a/b)², then dy/dx |0 and "
        "[x + 1].", "As Smith wrote (Smith, 2019)²."]
    said = [u.spoken for u in document.sections[0].script]
    assert "and the mean (a divided by b) squared, then dy divided by dx" in said[1]
    assert said[2] == "As Smith wrote (Smith, 2019)."
    assert not [f for f in lint_source(settings.source / "maths.md")
                if f.rule == "generator-syntax"]


def test_dollars_in_a_sentence_are_no_display_maths_across_a_blank_line(settings):
    """Quarto's guide to Markdown says "There can be no blank lines between the opening and
    closing $$ delimiters.": that "$$" was paired with the next formula's opening one, the
    text between read as maths ("/div", "E = mc 2 $$") and the next heading swallowed into
    the note around it. Display maths holds no blank line, as in Pandoc."""
    write_handouts(settings.source, {"maths.md": """\
        # Maths

        ::: {.callout-note}
        There can be no blank lines between the opening and closing $$ delimiters.
        :::

        A formula on its own line:

        $$
        E = mc^2
        $$

        ## Diagrams

        Quarto draws diagrams too.
        """})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Maths", "Diagrams"]
    assert [u.text for u in document.sections[0].script][1:] == [
        "Note", "There can be no blank lines between the opening and closing $$ delimiters.",
        "End of note.", "A formula on its own line:", "E = mc²"]


def test_a_latex_maths_environment_prints_its_characters(settings):
    """bookdown's chapters write display maths as `\\begin{equation}` ... `\\end{equation}`,
    which printed and was said as its commands ("begin equation"). The rows of `align*`
    are lines: sweep CP's physical constants printed as one line, "e = 1.602 × 10⁻¹⁹ C, h =
    6.626 × 10⁻³⁴ J · s", commas not in the source, and said so, with `J \\cdot s` "J, s"."""
    write_handouts(settings.source, {"eq.md": r"""
        # Energy

        \begin{equation}
        E = mc^2
        \end{equation}

        \begin{align*}
        a &= 2 \times 5 \\
        b &= 3
        \end{align*}

        \begin{equation}
        \begin{split}
        c &= 4
        \end{split}
        \end{equation}

        $$
        \begin{align*}
            h &= 6.626 \times 10^{-34} J \cdot s\\
            c &= 3 \times 10^8 m \cdot s^{-1}
        \end{align*}
        $$
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "E = mc²", "a = 2 × 5 b = 3", "c = 4",  # a nested environment's commands go too
        "h = 6.626 × 10⁻³⁴ J · s c = 3 × 10⁸ m · s⁻¹"]
    assert [len(list(p.iter("br"))) for p in body.iter("p")] == [0, 1, 0, 1]
    assert [u.spoken for u in document.sections[0].script][2:] == [
        "a = 2 times 5", "b = 3", "c = 4",
        "h = 6.626 times 10 to the power of minus 34 joule seconds",
        "c = 3 times 10 to the power of 8 metres per second"]


def test_formulas_and_symbols_written_one_a_line_keep_their_lines(settings):
    """Physics notes (sweep CP, suvat lines 10-28) name their symbols one a line, "s -
    displacement" over "u - initial velocity", and write their equations one a line, `$v = u
    + at$` over `$s = ut + \\frac{1}{2}at^2$`: each ran into one line, "v = u + at s = ut +
    1/2at²", and was said so, "… + at s = ut …". Each keeps its line and is a sentence; a
    line of prose among the formulas keeps its own, and maths inside a sentence that wraps
    does not break it."""
    write_handouts(settings.source, {"suvat.md": r"""
        # SUVAT
        s - displacement
        u - initial velocity

        $v = u + at$
        $s = ut + \frac{1}{2}at^2$
        This is proven from the graph.
        $v^2 = u^2 + 2as$:

        The speed $v$ is the distance
        over the time, $v = s/t$.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [len(list(p.iter("br"))) for p in body.iter("p")] == [1, 3, 0]
    assert [u.spoken for u in section.script][1:6] == [
        "s - displacement", "u - initial velocity", "v = u + at",
        "s = ut + 1/2at squared, This is proven from the graph.", "v squared = u squared + 2as:"]


def test_a_step_s_picture_paragraph_and_code_indented_to_its_text_stay_in_the_step(settings):
    """GitHub Docs writes a step's picture or second paragraph three spaces in, under the
    step's words: Python-Markdown ended the list there, and each next step restarted at
    "1." (said "1. ... 1. ... 1."). A table on the line after a paragraph is a table."""
    write_handouts(settings.source, {"steps.md": """
        # Steps

        1. Open the box.

           ![A white box](box.png)

        1. Take out the inhaler.

           Shake it well.

           ```
           press --twice
           ```

        1. Breathe out.

        Doses by age:
        | Age | Dose |
        | --- | --- |
        | 2 to 5 | 5 ml |
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [steps] = body.iter("ol")
    items = steps.findall("li")
    assert [" ".join(text_of(item).split()) for item in items] == [
        "Open the box. Picture not available: A white box",  # box.png is not there
        "Take out the inhaler. Shake it well. press --twice", "Breathe out."]
    assert items[1].find(".//pre") is not None
    said = [u.text for u in document.sections[0].script]
    assert [line for line in said if line[:2] in ("1.", "2.", "3.")] == [
        "1. Open the box.", "2. Take out the inhaler.", "3. Breathe out."]
    [table] = body.iter("table")
    assert [text_of(cell) for cell in table.iter("th")] == ["Age", "Dose"]
    assert "Doses by age:" in said and "Table. 1 row." in said


def test_words_inside_unknown_indented_shortcodes_are_prose_not_code(settings):
    """digital.gov's do/don't table: once its shortcodes were left out, the lines they held
    stood alone, indented, after an emptied line, and printed and were said as a code
    block ("Code example, 14 lines", "Don t take offense")."""
    write_handouts(settings.source, {"pronouns.md": """
        # Pronouns

        {{< do-dont-table caption="Ground rules." >}}
          {{< row >}}
            {{< do-row >}} Share your pronouns. {{< /do-row >}}
            {{< dont-row >}} Don't take offense. {{< /dont-row >}}
          {{< /row >}}
        {{< /do-dont-table >}}
        """})
    [document] = load_documents(settings)
    assert parse_html(document.sections[0].html).find(".//pre") is None
    assert [u.text for u in document.sections[0].script][1:] == [
        "Share your pronouns.", "Don't take offense."]


def table_cells(html: str) -> list[list[str]]:
    """Each row of the first table in `html`, as the words of its cells."""
    [table] = parse_html(html).iter("table")
    return [[" ".join(text_of(cell).split()) for cell in row] for row in table.iter("tr")]


@pytest.mark.parametrize("between", ["", "---\n"])
def test_a_heading_on_the_line_after_a_table_ends_it(settings, between):
    """Sweep CE: a festival's line-up put `---` and `#### In the Yurt` straight under its
    first table's last row, then the next table: the heading was printed in a cell and said
    "Time: In the Yurt.", and the next table's header a row, "Time: Time. Kids: Kids."."""
    write_handouts(settings.source, {"lineup.md": (
        "---\ntitle: Festival times\n---\n\n## In the Main arena\n\n"
        "| Time | Act |\n| --- | --- |\n| 1AM | Closing ceremony |\n" + between +
        "#### In the Yurt\n| Time | Kids |\n| --- | --- |\n| 1PM | Softplay |\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[1].html)
    assert [text_of(heading) for heading in body.iter("h4")] == ["In the Yurt"]
    assert [[text_of(cell) for cell in table.iter("th")] for table in body.iter("table")] \
        == [["Time", "Act"], ["Time", "Kids"]]
    assert len(list(body.iter("hr"))) == len(between) // 4
    assert [u.text for u in document.sections[1].script][1:] == [
        "Table. 1 row.", "Time: 1AM. Act: Closing ceremony.", "In the Yurt",
        "Table. 1 row.", "Time: 1PM. Kids: Softplay."]
    # `invoke check` converts the syntax without Python-Markdown's tables (it stopped there),
    # and finds the heading too
    assert "heading-skip" in {f.rule for f in lint_source(settings.source / "lineup.md")}


def test_pandoc_grid_tables_are_tables_whose_cells_hold_markdown(settings):
    """Quarto's "Markdown Basics" lays its syntax out in grid tables (`+---+`, `+===+`
    under the header, fenced code in a cell): printed as lines of pipes and dashes and
    said as them, where they are tables read cell by cell."""
    write_handouts(settings.source, {"basics.md": """
        # Basics

        +-----------------------------------------+-------------------------------+
        | Markdown Syntax                         | Output                        |
        +=========================================+===============================+
        | ``` markdown                            | *italics*, **bold**           |
        | *italics*, **bold**                     |                               |
        | ```                                     |                               |
        +-----------------------------------------+-------------------------------+
        | Take $2 \\times 5$ tablets               | - one                         |
        |                                         | - two                         |
        +-----------------------------------------+-------------------------------+

        : {tbl-colwidths="[50, 50]"}

        Next.
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert table_cells(html) == [["Markdown Syntax", "Output"],
                                 ["*italics*, **bold**", "italics, bold"],
                                 ["Take 2 × 5 tablets", "one two"]]
    body = parse_html(html)
    assert body.find(".//thead/tr/th") is not None and body.find(".//td/pre") is not None
    assert body.find(".//td/ul") is not None and body.find(".//caption") is None
    said = [u.text for u in document.sections[0].script]
    assert said[1:] == ["Table. 2 rows.", "Markdown Syntax: italics , bold. Output: italics, bold.",
                        "Markdown Syntax: Take 2 times 5 tablets. Output: one, two.", "Next."]


def test_pandoc_simple_and_multiline_tables_are_tables(settings):
    """Pandoc's own test of its tables (test/tables.txt): a simple table (words over
    dashes, no pipes) with its caption, and a multiline table whose rows run over lines
    and are parted by blank lines, were said as "Right Left, ------- ------ 12 12"."""
    write_handouts(settings.source, {"tables.md": """
        # Tables

          Right     Left     Center     Default
        -------     ------ ----------   -------
             12     12        12            12
            123     123       123          123

        Table:  Demonstration of simple table syntax.

        ---------------------------------------------------------------
         Centered   Left             Right
          Header    Aligned        Aligned  Default aligned
        ----------  ---------  -----------  ---------------------------
           First    row               12.0  Example of a row that spans
                                            multiple lines.

           Second   row                5.0  Here's another one.  Note
                                            the blank line between rows.
        ---------------------------------------------------------------

        After.
        """})
    [document] = load_documents(settings)
    tables = list(parse_html(document.sections[0].html).iter("table"))
    assert len(tables) == 2
    said = [u.text for u in document.sections[0].script]
    assert said[1:4] == ["Table: Demonstration of simple table syntax. 2 rows.",
                         "Right: 12. Left: 12. Center: 12. Default: 12.",
                         "Right: 123. Left: 123. Center: 123. Default: 123."]
    assert said[4:7] == [
        "Table. 2 rows.",
        "Centered Header: First. Left Aligned: row. Right Aligned: 12.0. Default aligned: "
        "Example of a row that spans multiple lines.",
        "Centered Header: Second. Left Aligned: row. Right Aligned: 5.0. Default aligned: "
        "Here's another one. Note the blank line between rows."]
    assert said[-1] == "After."


def test_a_multiline_table_opened_by_a_rule_in_columns_has_its_header(settings):
    """A course syllabus (jcolag's 01a_syllabus.md) draws its schedule as a multiline
    table whose first rule is in columns, as its others are: its header was read as the
    first row of a table with none, and each header word over the rule under it made a
    heading in its cell, "Date" over "04 Vendemairy" (three stray headings in the EPUB's
    and the DAISY book's navigation). The header row is the table's header."""
    write_handouts(settings.source, {"syllabus.md": """
        # Schedule

        -------------  -----  ----------------------
        **Date**       **#**  **Lecture Topic**
        -------------  -----  ----------------------
        04 Vendemairy    1    Introductory Definitions

        11 Vendemairy    2    Second Lecture
        -------------  -----  ----------------------

        After.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert not body.findall(".//h2") and len(body.findall(".//table")) == 1
    assert [text_of(th) for th in body.iter("th")] == ["Date", "#", "Lecture Topic"]
    assert [[text_of(td) for td in tr.iter("td")] for tr in body.iter("tr")][1:] == [
        ["04 Vendemairy", "1", "Introductory Definitions"],
        ["11 Vendemairy", "2", "Second Lecture"]]


def test_pandoc_line_blocks_keep_their_lines(settings):
    """PanBook's chapter on line blocks (verse and an address, each line after `| `): the
    lines ran into one paragraph that printed its pipes; each is a line, with the pause
    of a line's end, and a line that starts with a space goes on with the one before."""
    write_handouts(settings.source, {"lines.md": """
        # Line blocks

        | The limerick packs laughs anatomical
        | In space that is quite economical.
        |    But the good ones I've seen
        |    So seldom are clean

        | The Right Honorable Samuel L.
          Constable, Jr.
        | 200 Main Road
        | Berkeley, CA 94718

        | Name | Dose |
        | ---- | ---- |
        | Ann  | 5 ml |
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    verse, address = body.findall("p")
    assert [line.strip() for line in text_of(verse).split("\n")] == [
        "The limerick packs laughs anatomical", "In space that is quite economical.",
        "But the good ones I've seen", "So seldom are clean"]
    assert len(verse.findall(".//br")) == 3 and "|" not in text_of(verse) + text_of(address)
    assert len(address.findall(".//br")) == 2
    said = [u.text for u in document.sections[0].script]
    assert said[1:6] == ["The limerick packs laughs anatomical, In space that is quite economical.",
                         "But the good ones I've seen, So seldom are clean",
                         "The Right Honorable Samuel L. Constable, Junior.",  # said so
                         "200 Main Road, Berkeley, California 94718", "Table. 1 row."]


def test_bookdowns_text_references_are_not_printed_with_their_labels(settings):
    """bookdown's "(ref:theorem-envs) Theorem environments in **bookdown**." defines a
    caption's words: it was printed and said with its label, "(ref:theorem-envs) Theorem
    environments". Where text uses the label, its words are put in."""
    write_handouts(settings.source, {"doses.Rmd": (
        "# Doses\n\n(ref:doses) Doses by age, in **milligrams**.\n\n"
        "```{r doses, echo=FALSE}\nknitr::kable(doses, caption = '(ref:doses)')\n```\n\n"
        "See (ref:doses) above. Ask your pharmacist.\n")})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "See Doses by age, in milligrams. above.", "Ask your pharmacist."]


def test_a_line_block_in_a_quote_keeps_its_lines(settings):
    """The R Markdown Cookbook quotes an address as a line block, each line "> | ": it
    printed as one line, its pipes and all, "| Patient Services | Anytown Hospital"."""
    write_handouts(settings.source, {"lines.md": "# Write to us\n\n> | Patient Services\n"
                                                 "> | Anytown Hospital\n> | 12 High Street\n"})
    [document] = load_documents(settings)
    [quote] = parse_html(document.sections[0].html).iter("blockquote")
    assert [line.strip() for line in text_of(quote).strip().split("\n")] == [
        "Patient Services", "Anytown Hospital", "12 High Street"]


def test_pandoc_citations_are_said_as_a_formatted_page_prints_them(settings):
    """Quarto's guide to citations (`[see @knuth1984, pp. 33-35; also @wickham2015]`,
    `@knuth1984 says`, `see @sec-citations-style`): with no bibliography to format them the
    keys were printed as written and said "at knuth 1984"; each is the author and year an
    author-date style prints, a cross-reference its kind and name, and a mention or an
    email address on a page not written for Pandoc stays as it is."""
    write_handouts(settings.source, {
        "cites.md": """
            ---
            title: Citations
            bibliography: references.bib
            ---

            Blah [see @knuth1984, pp. 33-35; also @wickham2015, chap. 1].
            @knuth1984 [p. 33] says blah, and Wickham says blah [-@wickham2015].
            See @sec-citations-style and @R-base. Mail jo@example.org.
            """,
        "github.md": """
            # Thanks

            Thanks to @nhsengland; see @fig-pathway.
            """})
    documents = {d.slug: d for d in load_documents(settings)}
    said = " ".join(u.text for s in documents["cites"].sections for u in s.script)
    assert "@" not in said
    assert "Blah (see Knuth 1984, pages 33 to 35; also Wickham 2015, chapter 1)" in said
    assert "Knuth (1984, page 33) says blah, and Wickham says blah (2015)." in said
    assert "See Section citations style and R-base. Mail jo at example.org." in said
    printed = text_of(parse_html(documents["cites"].sections[0].html))
    assert "Blah (see Knuth 1984, pp. 33-35; also Wickham 2015, chap. 1)." in printed
    said = " ".join(u.text for s in documents["github"].sections for u in s.script)
    assert "Thanks to @nhsengland; see Figure pathway." in said


def test_a_grid_table_cell_keeps_its_indented_code_and_its_moved_lines(settings):
    """Quarto's guide to citations shows its syntax as indented code in a grid table's
    cell: the cell lost the indent, so the code was a paragraph. And where every line of
    a row had changed length (maths written as the characters it prints), the row's
    cells ran together."""
    write_handouts(settings.source, {"grid.md": """
        # Grid

        +-------------------------------+-----------------+
        | Markdown Format               | Output          |
        +===============================+=================+
        |     Blah Blah [see page 3]    | Blah Blah       |
        +-------------------------------+-----------------+
        | Take $2 \\times 5$ tablets     | Drink $1 \\div 2$ |
        | and $3 \\times 1$ more         | a glass          |
        +-------------------------------+-----------------+
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert parse_html(html).find(".//td/pre") is not None
    assert table_cells(html)[1:] == [["Blah Blah [see page 3]", "Blah Blah"],
                                     ["Take 2 × 5 tablets and 3 × 1 more",
                                      "Drink 1 ÷ 2 a glass"]]


def test_pandoc_raw_blocks_keep_html_and_leave_other_formats_out(settings):
    """PanBook's chapter on raw HTML and LaTeX (```` ```{=html} ````, ```` ```{=latex} ````,
    `` `\\newpage`{=latex} ``): each printed as code and was said ("begin center")."""
    said, printed = said_and_printed(settings, """
        # Raw

        ```{=html}
        <p><strong>Bring</strong> your card.</p>
        ```

        ```{=latex}
        \\begin{center}Only in the PDF\\end{center}
        ```

        Call us`\\newpage`{=latex} today, `<em>please</em>`{=html}.

        ```{=html}
        <table><caption><span data-qmd="Doses."></span></caption>
        <tr><th><span data-qmd="_Age_"></span></th></tr><tr><td>Adult</td></tr></table>
        ```
        """)
    # Quarto fills a span from its data-qmd attribute (the recheck: the caption was lost)
    assert said[1:] == ["Bring your card.", "Call us today, please.", "Table: Doses. 1 row.",
                        "Age: Adult."]
    assert "center" not in printed and "newpage" not in printed


def test_latex_layout_commands_and_index_entries_go(settings):
    """R Markdown pages written for a PDF (`\\newpage`, `\\vspace{1cm}`) and bookdown's
    chapters (`\\index{YAML}` in a sentence): said "newpage", "vspace 1 centimetre",
    "index YAML"."""
    said, printed = said_and_printed(settings, """
        # Layout

        Page one.

        \\newpage

        \\vspace{1cm}

        \\begin{center}
        Centred words.
        \\end{center}

        \\index{YAML}For most formats, set the `highlight` option.
        """)
    assert said[1:] == ["Page one.", "Centred words.",
                        "For most formats, set the highlight option."]
    assert "\\" not in printed and "vspace" not in printed


def test_inline_r_code_is_left_out_with_a_warning(settings):
    """bookdown's chapters (`` `r knitr::combine_words(...)` ``): knitting puts its value
    there; here it printed as code and was said "r knitr combine words"."""
    said, _ = said_and_printed(settings, """
        # Styles

        The possible styles are `r knitr::combine_words(styles)`. Code `x` stays.

        Its syntax is `` `r ''`r R_CODE` ``, as knitr shows it.
        """)
    # knitr's way to show its syntax keeps its code (the recheck: it was left out unnoted)
    assert said[1:] == ["The possible styles are.", "Code x stays.",
                        "Its syntax is r R_CODE, as knitr shows it."]
    notes = lint_source(settings.source / "page.md")
    assert [(f.severity, f.where.rsplit(":", 1)[1]) for f in notes if "knitted" in f.message] \
        == [(WARNING, "3")]


def test_pandoc_example_lists_are_numbered_through_the_page(settings):
    """Pandoc's example lists (`(@)`, `(@good)`, and `(@good)` in the text): printed and
    said as written, "(@good) Second example"."""
    said, _ = said_and_printed(settings, """
        # Examples

        (@) My first example.
        (@good) My second example.

        Explanation of examples.

        (@) A third, numbered on.

        As (@good) shows.
        """)
    assert said[1:] == ["1. My first example.", "2. My second example.",
                        "Explanation of examples.", "3. A third, numbered on.", "As (2) shows."]


def test_bookdown_cross_references_are_their_names(settings):
    """bookdown's chapters ("see Section \\@ref(citations)", "Table \\@ref(tab:doses)"):
    printed as "@ref(citations)" and said "at ref citations"."""
    said, printed = said_and_printed(settings, """
        # Refs

        We will talk about citations in Section \\@ref(citations).
        The doses are in Table \\@ref(tab:dose-by-age).
        """)
    assert said[1:] == ["We will talk about citations in Section citations.",
                        "The doses are in Table dose by age."]
    assert "@" not in printed


def test_bookdown_cross_references_to_a_figure_on_the_page_are_its_number(settings):
    """Sweep CZ: a survey book's "(see Figure \\@ref(fig:recommendations-anscombe-plot))",
    its chunk with a `fig.cap` in the same file, was said "(see Figure recommendations
    anscombe plot)". knitr numbers the chunks that have a caption, labelled in the header
    or on a `#| label:` line, with pictures captioned `(\\#fig:…)`."""
    said, _ = said_and_printed(settings, """
        # Plots

        See Figure \\@ref(fig:anscombe-plot), Figure \\@ref(fig:tidy) and Figure
        \\@ref(fig:map).

        ```{r setup, include=FALSE}
        library(ggplot2)
        ```

        ```{r anscombe-plot, echo=FALSE, fig.cap="Anscombe's quartet"}
        plot(anscombe)
        ```

        ![(\\#fig:map) The map](map.png)

        ```{r}
        #| label: tidy
        #| fig.cap: "Tidy data"
        plot(tidy)
        ```
        """)
    assert said[1] == "See Figure 1, Figure 3 and Figure 2."


def test_minimal_mistakes_notices_after_their_paragraph_are_boxes(settings):
    """minimal-mistakes' documentation writes its notices as kramdown does, the class on
    the line after the paragraph (`{: .notice--warning}`): the line was dropped and the
    warning printed and was said as ordinary text."""
    said, _ = said_and_printed(settings, """
        # Notices

        **Watch out!** This paragraph has been emphasized
        with the `notice--warning` class.
        {: .notice--warning}

        **Please note:** Another paragraph.
        {: .notice--primary}

        After.
        """)
    assert said[1:] == ["Warning", "Watch out!", "This paragraph has been emphasized with the "
                        "notice--warning class.", "End of warning.", "Note",
                        "Please note: Another paragraph.", "End of note.", "After."]


def test_just_the_docs_callouts_are_their_quotes_with_their_titles(settings):
    """just-the-docs' callouts (docs/ui-components/callouts.md): `{: .important }` over a
    quote made a box holding a quote ("Important", "Quote.", ...), `{: .note-title }` over
    one (its first paragraph the title) no box at all, and nested ones took in the
    heading that followed. A site names its own kinds (the page's `_config.yml` has `new`):
    `{: .new }` over a quote was a plain quote, with no "New"."""
    said, _ = said_and_printed(settings, """
        # Callouts

        {: .note-title }
        > My note title
        >
        > A paragraph with a custom title callout

        {: .important }
        > {: .warning }
        > A paragraph

        ## Opaque background
        {: .no_toc .text-delta }

        After.

        {: .new }
        > The library opens on Sundays.
        """)
    assert said[1:] == ["My note title", "A paragraph with a custom title callout",
                        "End of my note title.", "Important", "Warning", "A paragraph",
                        "End of warning.", "End of important.", "Opaque background", "After.",
                        "New", "The library opens on Sundays.", "End of new."]


def test_a_citation_before_a_colon_is_a_citation_but_a_link_definition_is_not(settings):
    """bookdown's chapter on components ("created from the DT package [@R-DT]:"): the colon
    after the brackets was taken for a link's definition's, so the key was printed and said
    "at R DT"; a definition starts its line."""
    said, printed = said_and_printed(settings, """
        # Tables

        Here is a table created from the DT package [@R-DT]:

        See [the guide][@guide].

        [@guide]: https://example.org/guide
        """)
    assert said[1] == "Here is a table created from the DT package (R-DT):"
    assert "the guide" in said[2] and "@R-DT" not in printed


def test_a_note_mark_with_no_note_is_left_out_with_a_warning(settings, caplog):
    """RetroArch's guide (sweep CD, quick-informations.md line 40) cites
    "[Dailymotion](…)[^3]" with no `[^3]:` in the file: printed "(https://…)[^3]" and said
    "Dailymotion[^3]", with no warning. A mark whose note is there, or in code, stays."""
    source = write_handouts(settings.source, {"page.md": """\
        # Video

        - [LibRetro](https://example.org/libretro)[^1]
        - [Dailymotion](https://example.org/retroarch)[^3]

        Write `[^2]` for a note.

        [^1]: The main channel.
        """})
    warning = ("the note mark '[^3]' has no note in this file ('[^3]: …'): left out; write its "
               "note, or take it out")
    with caplog.at_level(logging.WARNING, logger="handout"):
        [document] = load_documents(settings)
    assert [record.getMessage() for record in caplog.records] == [
        f"{source / 'page.md'}:4: {warning}"]
    said = [u.text for u in document.sections[0].script]
    assert said[1:4] == ["LibRetro (note 1)", "Dailymotion", "Write 2 for a note."]
    assert "[^2]" in document.sections[0].html and "[^3]" not in document.sections[0].html


def test_pandoc_inline_notes_are_footnotes(settings):
    """bookdown's chapters write footnotes inline ("a unique label^[You may consider using
    the code chunk labels.] throughout"): the note's words were printed and said in the
    middle of the sentence."""
    said, _ = said_and_printed(settings, """
        # Labels

        Use a unique label^[You may consider using [the chunk's](https://example.org)
        labels, `[x]` included.] throughout the document.

        ## After

        More.
        """)
    assert said[1] == "Use a unique label (note 1) throughout the document."
    assert "Note 1: You may consider using the chunk's labels, x included." in said
    assert said.index("After") > said.index("Use a unique label (note 1) throughout the document.")


def test_wordpress_footnote_shortcodes_are_footnotes(settings):
    """A prayer exported from WordPress (sweep CR, opensiddur-dew) cites its verse in a
    plugin's shortcode, `[foot]…[/foot]`: printed as written, and said "Israel; foot Hosea
    14, verse 5 /foot may Your mercy"."""
    said, printed = said_and_printed(settings, """
        # Dew

        Like dew to Israel;[foot]Hosea 14:5[/foot] may Your mercy well up.
        """)
    assert said[1:] == ["Like dew to Israel; (note 1) may Your mercy well up.",
                        "Note 1: Hosea 14, verse 5"]
    assert "foot]" not in printed


def test_a_pandoc_title_block_is_the_title_and_the_lines_under_it(settings):
    """Pandoc's test suite (test/testsuite.txt) opens with a title block: "% Pandoc Test
    Suite" and its author and date were printed and said with their "%" as one paragraph,
    and the handout took its title from the first heading below."""
    write_handouts(settings.source, {"suite.md": """
        % Pandoc Test Suite
        % John MacFarlane; Anonymous
        % July 17, 2006

        This is a set of tests for pandoc.

        # Headers
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "Pandoc Test Suite"
    said = [u.text for s in document.sections for u in s.script]
    assert said[:3] == ["Pandoc Test Suite", "John MacFarlane; Anonymous, July 17, 2006",
                        "This is a set of tests for pandoc."]
    assert "%" not in text_of(parse_html(document.sections[0].html))


def test_an_html_div_whose_class_names_a_callout_is_a_box(settings):
    """minimal-mistakes' documentation writes notices as HTML too (`<div
    class="notice--info" markdown="1">`, a `<div class="notice--danger">` opening with its
    heading): they printed and were said as ordinary text."""
    write_handouts(settings.source, {"notices.md": """
        # Notices

        <div class="notice--info" markdown="1">
        **Note:** Keep the tablets dry.
        </div>

        <div class="notice--danger">
        <h4>Danger:</h4>
        <p>The pan is hot.</p>
        </div>

        <div class="footnote-like" markdown="1">
        Plain.
        </div>

        <div class="note">
        <h5>ProTip: Line up <code>for</code> loops</h5>
        <p>Keep the code clear.</p>
        </div>
        """})
    [document] = load_documents(settings)
    assert callouts(document.sections[0].html) == [
        ("Information", "Information Note: Keep the tablets dry."),
        ("Danger", "Danger The pan is hot."),
        ("ProTip: Line up for loops", "ProTip: Line up for loops Keep the code clear.")]
    said = [u.text for u in document.sections[0].script]
    assert said[1:] == ["Information", "Note: Keep the tablets dry.", "End of information.",
                        "Danger", "The pan is hot.", "End of danger.", "Plain.",
                        # a title with code kept its spaces (the recheck: "Line upfor")
                        "ProTip: Line up for loops", "Keep the code clear.",
                        "End of ProTip: Line up for loops."]


def test_a_line_of_tildes_in_an_html_comment_opens_no_code_block(settings):
    """R4EPI's outbreak report templates frame their comments in lines of tildes (`<!--
    ~~~~` ... `~~~~ -->`): the closing line was taken for a code fence, whose "info" was cut
    (`~~~~--`), so the comment no longer closed and was printed and said; and, a fence that
    never closed, nothing after it was read for other tools' syntax (its inline R code was
    said "r nrow linelist cleaned")."""
    said, _ = said_and_printed(settings, """
        # Person

        <!-- ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        Describe the cases.
        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ -->

        There were `r nrow(cases)` cases [@who2019].
        """)
    assert said[1:] == ["There were cases (Who 2019)."]


def test_knitr_setup_that_hides_every_chunk_hides_them(settings):
    """R4EPI's outbreak report templates set `knitr::opts_chunk$set(echo = FALSE, ...)` in
    their setup chunk and name no option on the chunks after it: each (their data
    cleaning, 50 lines of R) was printed and read out as a code example."""
    said, printed = said_and_printed(settings, """
        # Report

        ```{r setup, include=FALSE, results='hide'}
        knitr::opts_chunk$set(echo = FALSE,       # hide all code chunks in output
                              warning = FALSE)
        ```

        ```{r read_data, warning = FALSE}
        linelist_raw <- rio::import("linelist.xlsx")
        ```

        Cases by age.

        ```{r show_me, echo = TRUE}
        nrow(linelist_raw)
        ```
        """)
    assert "rio::import" not in printed and "nrow(linelist_raw)" in printed
    assert said[1:3] == ["Cases by age.", "Code example, 1 line, as printed:"]


def test_a_chunk_whose_code_alone_is_hidden_is_left_out_with_a_warning(settings):
    """Sweep CZ: `echo: false` hides a chunk's code, and the published report still shows
    what it computes, a fishery paper's tables (`tbl-cap`) and a report's analysts' names
    (`results='asis'`); they went without a word and the check passed. A chunk that shows
    nothing (`include=FALSE`, `results='hide'`, or only assignments and packages loaded)
    has no warning."""
    said, _ = said_and_printed(settings, """\
        ---
        title: Fishery
        ---

        ```{r setup, include=FALSE}
        contact <- "Ann Lee"
        ```

        Shown in @tbl-landings.

        ```{r}
        #| label: tbl-landings
        #| echo: false
        #| tbl-cap: Landings for each area.
        knitr::kable(landings)
        ```

        ```{r, echo = FALSE, results='asis'}
        writeLines(contact)
        ```

        ```{r, echo = FALSE, results='hide'}
        x <- 1
        ```

        ```{r, echo = FALSE}
        library(dplyr)  # cleaning
        cases <- read(here::here("a.csv")) %>%
          filter(age > 5)
        sex[sex == "Female"] <- "Females"
        ```
        """)
    assert "kable" not in " ".join(said) and "contact" not in " ".join(said)
    notes = [(f.where.rsplit(":", 1)[1], f.message) for f in lint_source(
        settings.source / "page.md") if "chunk's code is hidden" in f.message]
    assert [line for line, _ in notes] == ["11", "18"]
    assert "(the table 'Landings for each area.'), which only R can make" in notes[0][1]


def test_quarto_blocks_as_a_study_s_consent_forms_write_them(settings):
    """Helper h4's participant information sheets: a callout with blank lines round its
    heading, and one closed under a list, had their fences said (":::"); blocks for two
    profiles, German and English, were both read, each paragraph twice in one voice; the
    front matter's `params` were not filled in, nor did `execute: {echo: false}` hide the
    setup code; and a picture described with an emphasised link said Python-Markdown's
    placeholder."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Consent
        lang: en
        params:
          families: 12
        execute:
          echo: false
        ---

        ::: {.callout-note}

        ## Park Boundary

        The boundary of each park.

        :::

        ::: {.note}
        1. We perform an eye test.
        :::

        ::: {.content-visible when-profile="de"}
        Sehr geehrte Teilnehmerin.
        :::
        ::: {.content-visible when-profile="en"}
        Dear participant, thank you to the `r params$families` families.
        :::
        ::: {.content-hidden unless-profile="de"}
        Nur Deutsch.
        :::

        ```{python}
        import pandas as pd
        ```

        ![A sketch for the [*Safer Parks* guidance](https://e.org/x.pdf)](park.png)
        """)
    assert ":::" not in printed and "pandas" not in printed and "klzzwxh" not in printed
    assert said[1:] == [
        "Park Boundary", "The boundary of each park.", "End of Park Boundary.", "Note",
        "1. We perform an eye test.", "End of note.",
        "Dear participant, thank you to the 12 families.",
        "Picture not available: A sketch for the Safer Parks guidance"]


def test_a_wordpress_caption_and_a_material_card_say_their_words_not_their_markup(settings):
    """A Chinese vaccine page exported from WordPress holds its picture's Markdown in a
    `<div>` on one line, which was printed as written and said "! Vaccine schedule (web
    address…"; a Russian guide's MkDocs Material card heads itself `:house:{ .lg .middle }`,
    said ".lg .middle"."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Guide
        ---

        <div class="wp-caption">[![Vaccine schedule](a.png)](http://a.org/a.png)Vaccine schedule

        </div>

        ## :house:{ .lg .middle } Housing { #bolig }

        Text.
        """)
    assert "](" not in printed and "{" not in printed and ".lg" not in printed
    assert said[1:] == ["Picture not available: Vaccine schedule. Vaccine schedule", "Housing",
                        "Text."]  # a thumbnail linking to its picture is the picture


def test_a_chunk_that_shows_a_picture_is_the_picture(settings):
    """A sleep study's information sheet shows its sensor with
    `knitr::include_graphics(...)` in a chunk whose code is hidden: "see image below", then
    nothing."""
    said, _ = said_and_printed(settings, """\
        ---
        title: Sleep
        ---

        ```{r sensor, fig.align='center', echo=FALSE, fig.alt="A small white sensor"}
        knitr::include_graphics("images/sensor.png")
        ```

        ```{r, include=FALSE}
        include_graphics("images/hidden.png")
        ```
        """)
    assert said[1:] == ["Picture not available: A small white sensor"]


def test_a_chunks_picture_is_described_by_its_options_as_yaml_writes_them(settings):
    """r4ds describes its plots in Quarto's options unquoted, `#| fig-alt: |` over lines of
    words: only a value in quotes was read, and every plot's description was lost; a chunk
    that draws a plot said its code and nothing of the plot. `fig-alt` comes before
    `fig-cap`; a plot no page shows (`include: false`) has no box."""
    said, _ = said_and_printed(settings, """\
        ---
        title: Fuel
        ---

        ```{r}
        #| label: fig-themes
        #| fig-cap: The eight built-in themes.
        #| fig-alt: |
        #|   Eight bar charts, each drawn
        #|   with one of the built-in themes.
        knitr::include_graphics("images/themes.png")
        ```

        ```{r}
        #| fig-alt: Scatterplot of fuel economy against engine size.
        #| fig-cap: "Bigger engines use more fuel."
        ggplot(mpg, aes(displ, hwy)) + geom_point()
        ```

        ```{r}
        #| echo: false
        #| fig-cap: A hidden chunk's plot.
        plot(x)
        ```

        ```{r}
        #| include: false
        #| fig-cap: Not shown.
        plot(y)
        ```
        """)
    assert said[1:] == [
        "Picture not available: Eight bar charts, each drawn with one of the built-in themes.",
        "Picture not available: Scatterplot of fuel economy against engine size.",
        "Code example, 1 line, as printed:", "ggplot mpg, aes displ, hwy plus geom_point",
        "Picture not available: A hidden chunk's plot."]


def test_knitrs_blocks_of_markdown_are_boxes(settings):
    """rOpenSci's packaging guide opens with a summary in ```` ```{block, type="summaryblock"}
    ````: knitr's block holds Markdown, but it was printed as code and said "Code example, 3
    lines", its links' addresses read out ("testing testing")."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Packaging guide
        ---

        ```{block, type="summaryblock"}
        Please read our [chapter about testing](#testing) first.

        Then ask the editors.
        ```

        ## Testing {#testing}

        ```{block2, type='rmdwarning'}
        Do **not** drive.
        ```
        """)
    assert said[1:] == ["Summary", "Please read our chapter about testing first.",
                        "Then ask the editors.", "End of summary.", "Testing", "Warning",
                        "Do not drive.", "End of warning."]
    assert "](#" not in printed and "{block" not in printed


def test_a_research_page_s_spacing_note_and_cookie_names_are_not_its_words(settings):
    """A study's glossary opens with a `<br>` before its heading, which kept the heading
    from the title, said twice; a privacy policy's title carries a note ("Data Privacy
    Policy 1"); its cookies "__utma, __utmb" printed bold, "utma,"."""
    write_handouts(settings.source, {"a.md": "<br>\n\n## Glossary\n\nText here.\n",
                                     "b.md": "# Data Privacy Policy ^[Based on a form.]\n\n"
                                             "Cookies: __utma, __utmb, __ga.\n"})
    glossary, policy = load_documents(settings)
    assert glossary.meta.title == "Glossary"
    assert [u.text for s in glossary.sections for u in s.script] == ["Glossary", "Text here."]
    assert policy.meta.title == "Data Privacy Policy"
    assert "<strong>" not in policy.html and "__utma, __utmb, __ga." in policy.html


def test_quarto_cross_references_are_numbered_as_quarto_numbers_them(settings):
    """Quarto's guide to cross-references ("See @fig-elephants for examples. In
    particular, @fig-hanno.") and to citations ("see @sec-citations-style"): Quarto
    prints "Figure 2" and the section's number or name where they were said "Figure
    hanno" and "Section citations style"; `-@fig-hanno`, the number alone."""
    said, _ = said_and_printed(settings, """
        # Elephants

        ![Surus](surus.png){#fig-surus}

        ![Hanno](hanno.png){#fig-hanno}

        In particular, @fig-hanno; see also [@fig-surus; @tbl-sizes] and @sec-style.

        As on the map (Figure -@fig-hanno; Figure -@fig-later).

        | Name | Size |
        |------|------|
        | Hanno | big |

        : Sizes {#tbl-sizes}

        ## Citation *Style* {#sec-style}

        Text.
        """)
    assert "In particular, Figure 2; see also Figure 1; Table 1 and Section Citation Style." \
        in said
    # `-@fig-hanno` is the number alone (sweep CZ: "(Figure Figure 1)")
    assert "As on the map (Figure 2; Figure later)." in said


def test_a_latex_table_is_left_out_with_a_warning(settings):
    """Pandoc's test suite and PanBook's chapter on raw LaTeX hold a `\\begin{tabular}`
    table, which Pandoc gives LaTeX alone: it was said "begin tabular l l hline Animal and
    Number hline Dog and 2"."""
    said, _ = said_and_printed(settings, """
        # LaTeX

        Here's a LaTeX table:

        \\begin{tabular}{|l|l|}\\hline
        Animal & Number \\\\ \\hline
        Dog    & 2      \\\\
        \\end{tabular}

        After.
        """)
    assert said[1:] == ["Here's a LaTeX table:", "After."]
    notes = lint_source(settings.source / "page.md")
    assert [(f.severity, f.where.rsplit(":", 1)[1]) for f in notes if "tabular" in f.message] \
        == [(WARNING, "5")]


def test_a_style_sheet_copied_as_text_is_left_out_with_a_warning(settings):
    """A Kent Ramblers walk converted from its web page (sweep CJ) opens with the page's
    title and its `<style>` element's text, "Walk 7 body { font-family: Arial; … }": it
    printed as a paragraph and was said "color: number 0 0 0 0 0 0". A rule in code stays."""
    said, printed = said_and_printed(settings, """
        Walk 7   body { font-family: Arial, Helvetica; color: #000000; } h2 {color: #008080;}

        # High Elms

        Take the path opposite {the gate}. Set `p { color: red }` in your site.
        """)
    assert said[1:] == ["Walk 7", "High Elms", "Take the path opposite the gate.",
                        "Set p color: red in your site."]
    assert "{the gate}" in printed and "p { color: red }" in printed
    assert "font-family" not in printed and "#008080" not in printed
    notes = lint_source(settings.source / "page.md")
    assert [(f.severity, f.where.rsplit(":", 1)[1]) for f in notes if "CSS" in f.message] \
        == [(WARNING, "1")]


def test_rules_of_single_dashes_and_text_between_rules_are_no_table(settings):
    """A thematic break written "- - -" with words on the next line, and another one
    further down, must not be read as a headerless table running between them."""
    said, printed = said_and_printed(settings, """
        # Breaks

        - - -
        Words after a break.

        More words.

        ## Next

        Text.

        - - -
        """)
    assert "Words after a break." in said and "Next" in said and "Text." in said
    assert "Table" not in " ".join(said)


def test_a_pipe_table_without_closing_pipes_is_no_line_block(settings):
    """GitHub lets a table leave out its closing pipes ("| Name", "| ---", "| Ann"): read
    as a line block, it printed as three lines of words."""
    said, _ = said_and_printed(settings, """
        # Doses

        | Name
        | ---
        | Ann

        After.
        """)
    assert said[1:] == ["Table. 1 row.", "Name: Ann.", "After."]


def test_a_lazy_line_stays_in_its_alert(settings):
    """An NHS page's note ran its sentence onto a line without `>`, which GitHub keeps in
    the note (CommonMark's lazy continuation): it printed outside the box, after "End of
    note"."""
    write_handouts(settings.source, {"lazy.md": """
        # Contact

        > [!NOTE]
        > Write to the team at
        england.team@nhs.net for help.

        - A list after it.
        """})
    [document] = load_documents(settings)
    assert callouts(document.sections[0].html) == [
        ("Note", "Note Write to the team at england.team@nhs.net for help.")]
    assert "A list after it." in text_of(parse_html(document.sections[0].html).find(".//li"))


def test_docsify_callouts_are_tip_and_important_boxes(settings):
    """Docsify's `?>` opens a tip and `!>` an important note: the Wii U hacking guide
    (sweep BF, wiiu-block-updates lines 11-28; repro docsify/tips.md) printed "?> In order
    for this method to work, …" and said "? In order …". Each is a box labelled "Tip" or
    "Important" holding its paragraph, also straight under a heading and before a list that
    interrupts it; `?>` within a paragraph, or in code (PHP's), stays as written."""
    said, printed = said_and_printed(settings, """\
        # Before you start

        ?> Bring your library card.

        !> **Do not** share your PIN
        with anyone.

        #### **Deleting the update folder**
        ?> Your Wii U needs to be in the same network.
        1. Plug your SD Card into your Computer.

        Some words
        ?> stay words.

        ```php
        ?>
        ```
        """)
    assert said[1:] == ["Tip", "Bring your library card.", "End of tip.",
                        "Important", "Do not share your PIN with anyone.", "End of important.",
                        "Deleting the update folder", "Tip",
                        "Your Wii U needs to be in the same network.", "End of tip.",
                        "1. Plug your SD Card into your Computer.", "Some words ? stay words.",
                        "Code example, 1 line, as printed:", "question mark greater than"]
    assert printed.count("?>") == 2 and "!>" not in printed
    [document] = load_documents(settings)
    assert [label for label, _ in callouts(document.html)] == ["Tip", "Important", "Tip"]


def test_an_alerts_title_that_is_a_sentence_with_links_is_its_first_words(settings):
    """Obsidian's help on licences (Spanish): "> [!info] Comprar una licencia comercial no
    incluye [Obsidian Sync](https://obsidian.md/es/sync), ..." printed its links' Markdown in
    the box's bold label. Words after the kind that make a sentence or hold a link are the
    box's first words, its links links, under the kind's label; a title stays a title."""
    write_handouts(settings.source, {"licence.md": """
        # Licences

        > [!info] A commercial licence does not include [Obsidian Sync](https://obsidian.md/sync).
        > Ask us.

        > [!tip] Paying by card
        > Use a debit card.
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert callouts(html) == [
        ("Information", "Information A commercial licence does not include Obsidian Sync. "
                        "Ask us."),
        ("Paying by card", "Paying by card Use a debit card.")]
    assert [link.get("href") for link in parse_html(html).iter("a")] == [
        "https://obsidian.md/sync"]
    said = [u.text for u in document.sections[0].script]
    assert said[1:4] == ["Information", "A commercial licence does not include Obsidian Sync.",
                         "Ask us."]


def test_a_pictures_size_wrapped_onto_the_next_line_is_not_read(settings):
    """Pandoc, writing a Word document's pictures, wraps their size onto a second line, in a
    quote too; the handout found as `pandoc-underline-review.md` (a Word export) printed and
    said 'width="6.268055555555556in" height="2.9965277777777777in"' after the picture."""
    write_handouts(settings.source, {"review.md": """\
        # Review

        > **Output:**
        >
        > ![The results page](media/image2.png){width="6.268055555555556in"
        > height="2.9965277777777777in"}
        >
        > If any issues, write to me.

        ![The form](media/image1.png){width="6.268055555555556in"
        height="2.90625in"}

        The end.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    said = " ".join(u.text for u in section.script)
    assert "width" not in said and "height" not in said and "2.9" not in section.html
    assert "If any issues, write to me. End of quote." in said
    assert said.endswith("The end.")


def test_the_alerts_of_docs_to_markdown_are_left_out(settings):
    """Google Docs' "Docs to Markdown" add-on writes red alerts for the author, a summary
    at the top and one before each picture; a course's Docker instructions
    (kingst/ecs150-projects) printed and said them all."""
    write_handouts(settings.source, {"docker.md": """\
        <p style="color: red; font-weight: bold">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>
        <ul style="color: red; font-weight: bold"><li>See top comment block for details on ERRORs and WARNINGs. <li>In the converted Markdown or HTML, search for inline alerts that start with >>>>>  gd2md-html alert:  for specific instances that need correction.</ul>

        <p style="color: red; font-weight: bold">Links to alert messages:</p><a href="#gdcalert1">alert1</a>

        <p style="color: red; font-weight: bold">>>>>> PLEASE check and correct alert issues and delete this message and the inline alerts.<hr></p>

        ## Getting Started

        1. **docker ps**

            What it does: shows the running containers.

            <p id="gdcalert1" ><span style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image link here (to images/image1.png). Store image on your image server and adjust path/filename/extension if necessary. </span><br>(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br><span style="color: red; font-weight: bold">>>>>> </span></p>

        Compile and run as usual.
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Getting Started", "1. docker ps", "What it does: shows the running containers.",
                    "Compile and run as usual."]
    assert "alert" not in "".join(section.html for section in document.sections)


def test_the_placeholder_description_of_docs_to_markdown_is_no_description(settings):
    """The add-on writes `![alt_text](images/image1.png "image_tooltip")` for a picture
    with no description; the Docker instructions said "Picture not available: alt text"."""
    write_handouts(settings.source, {"docker.md": """\
        # Docker

        ![alt_text](images/image1.png "image_tooltip")

        ![The Docker whale](images/image2.png "image_tooltip")
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Picture not available: (no description was given)",
                        "Picture not available: The Docker whale"]


def test_any_punctuation_escaped_by_google_docs_or_pandoc_prints_without_its_backslash(settings):
    """Google Docs' Markdown export and Pandoc escape punctuation that Python-Markdown does
    not unescape: a Polish research note exported from Google Docs printed
    "sequence=1\\&isAllowed=y", and Pandoc's "Don\\'t" printed its backslash. A Windows
    path keeps its backslashes."""
    write_handouts(settings.source, {"note.md": r"""
        # Note

        Don\'t stop\! Lambda \= 1.7, see \[2\] and sequence=1\&isAllowed=y, 50\% \@ \$5\; ok\?

        Save it in C:\Users\Public.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    printed = [text_of(p) for p in parse_html(section.html).iter("p")]
    assert printed == [
        "Don't stop! Lambda = 1.7, see [2] and sequence=1&isAllowed=y, 50% @ $5; ok?",
        "Save it in C:\\Users\\Public."]


def test_a_table_of_contents_exported_with_its_page_numbers_is_left_out(settings):
    """Google Docs' "Download as Markdown" writes the document's table of contents as links
    to its headings, each with a tab and the page it was on there (as real exports on
    GitHub have it: a software test plan's "[1.1 Purpose\\t2](#1.1-purpose)" under
    "**Table of Contents**"). Printed, they send a reader to pages that are not ours; read
    aloud, they were "Why falls happen 1. Stairs 2.". They go with their label; a link to a
    heading with no page number, and the page numbers of a list in code, stay."""
    write_handouts(settings.source, {"falls.md": (
        "**Falls prevention at home**\n\nTable of Contents \n\n"
        "[**Why falls happen\t1**](#why-falls-happen) \n\n"
        "[**Making your home safer\t2**](#making-your-home-safer) \n\n"
        "[Stairs\t2](#stairs) \n\n"
        "# Why falls happen  {#why-falls-happen}\n\nMost falls happen at home.\n\n"
        "[Stage 2](#stairs)\n\n"
        "# Making your home safer  {#making-your-home-safer}\n\n"
        "### **Stairs** {#stairs}\n\nKeep stairs clear.\n\n"
        "```\n[Stairs\t2](#stairs)\n[Hall\t3](#hall)\n```\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[:5] == ["Falls prevention at home", "Why falls happen",
                        "Most falls happen at home.", "Stage 2", "Making your home safer"]
    assert "Contents" not in " ".join(said) and "Stairs 2" not in " ".join(said[:5])
    assert said[-2:] == ["Stairs 2 stairs", "Hall 3 hall"]  # the code, as written
    findings = [f for f in lint_source(settings.source / "falls.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [("3", INFO)]
    assert "page numbers" in findings[0].message


def test_a_spanish_contents_list_goes_with_its_heading(settings):
    """A Spanish school's FAQ heads its own list of links to its parts "## Contenidos": the
    list went, as an author's contents do, but its heading stayed, printed empty, in the
    handout's contents and as an MP3 that only said "Contenidos"."""
    write_handouts(settings.source, {"preguntas.md": """
        ---
        title: Preguntas
        lang: es
        ---

        ## Contenidos
        - [¿Qué hacemos?](#que-hacemos)
        - [¿Dónde estamos?](#donde-estamos)

        ## ¿Qué hacemos?
        Jugamos.

        ## ¿Dónde estamos?
        En Madrid.
        """})
    [document] = load_documents(settings)
    assert [section.heading for section in document.sections] == [
        "Preguntas", "¿Qué hacemos?", "¿Dónde estamos?"]


def test_a_readmes_contents_linking_to_its_own_github_page_go_with_their_heading(settings):
    """A modding guide's README lists its parts under "## Table of Content" as links to its
    own page on GitHub ("https://github.com/…/Guide#preface"): the list was printed and
    became an MP3 of sixty headings' names. With the page's own links ("#preface") the list
    went, but the heading "Table of Content" stayed. Links to parts of other pages stay."""
    write_handouts(settings.source, {"guide.md": """
        ---
        title: Guide
        lang: en
        ---

        ## Table of Content
        * [Preface](https://github.com/someone/Guide#preface)
        * [Setup](https://github.com/someone/Guide#setup)

        ## Preface
        Read this first.

        ## Setup
        Get ready.

        ## See also
        * [Guide A](https://a.example.org/x#one)
        * [Guide B](https://b.example.org/y#two)
        """})
    [document] = load_documents(settings)
    assert [section.heading for section in document.sections] == [
        "Guide", "Preface", "Setup", "See also"]
    assert [u.text for u in document.sections[-1].script] == ["See also", "Guide A", "Guide B"]


def test_a_title_framed_in_a_table_of_one_cell_prints_no_empty_row_and_is_said_plainly(settings):
    """Google Docs writes a title framed in a table of one cell as a table of a header row
    alone, which Python-Markdown gave an empty row, printed as a strip under the frame;
    and the voice said "Table. 1 row." before the title."""
    write_handouts(settings.source, {"plan.md": """\
        # Plan

        |  Falls Clinic Patient Guide, version 1.0  |
        | ----- |

        | Date | Version |
        | :---: | :---: |
    """})
    [document] = load_documents(settings)
    tables = list(parse_html(document.sections[0].html).iter("table"))
    assert [[text_of(cell) for cell in table.iter() if cell.tag in ("td", "th")]
            for table in tables] == [["Falls Clinic Patient Guide, version 1.0"],
                                     ["Date", "Version"]]
    assert [u.text for u in document.sections[0].script] == [
        "Plan", "Falls Clinic Patient Guide, version 1.0", "Date. Version."]


def test_a_pages_own_list_of_links_to_its_headings_under_its_label_is_left_out(settings):
    """A Parkinson's guide opens with "## Table of Contents" over a list of links to its own
    headings: printed again under the PDF's contents, and read aloud before the guide
    began. A list of links to headings with no such label stays, as a list of choices."""
    write_handouts(settings.source, {"stay.md": (
        "---\ntitle: Hospital stays\n---\n\n<div class=\"table-of-contents\">\n\n"
        "## Table of Contents\n\n- [Appointments](#appointments)\n- [Delirium](#delirium)\n\n"
        "</div>\n\n## Appointments\n\nPlan ahead.\n\nSee:\n\n- [Delirium](#delirium)\n"
        "- [Appointments](#appointments)\n\n## Delirium\n\nA sudden change.\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Hospital stays", "Appointments",
                                                      "Delirium"]
    assert [u.text for s in document.sections for u in s.script] == [
        "Hospital stays", "Appointments", "Plan ahead.", "See:", "Delirium", "Appointments",
        "Delirium", "A sudden change."]
    [finding] = [f for f in lint_source(settings.source / "stay.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":7") and "table of contents is left out" in finding.message


@pytest.mark.parametrize("lang, label", [
    ("lt", "Turinys"), ("sr", "Sadržaj"), ("sr", "Садржај"), ("bg", "Съдържание"),
    ("ga", "Clár ábhair"), ("eu", "Aurkibidea"), ("sq", "Përmbajtja"), ("is", "Efnisyfirlit"),
    ("mt", "Werrej"), ("sl", "Vsebina"), ("cs", "Obsah")])
def test_a_pages_own_contents_go_with_their_label_in_its_language(settings, lang, label):
    """A Lithuanian petition (sweep BG, lt-smaukykla line 16) has "## Turinys" over a list
    of links to its headings, a generator's comment between them (`<!-- TOC-START -->`):
    the list went, and its label stayed, printed and said as an empty section, "Turinys",
    as the label was known in English, Spanish and a dozen languages more only."""
    write_handouts(settings.source, {"page.md": (
        f"---\ntitle: Peticija\nlang: {lang}\n---\n\nĮžanga.\n\n## {label}\n\n"
        "<!-- TOC-START -->\n\n* [Pirma](#pirma)\n* [Antra](#antra)\n\n<!-- TOC-END -->\n\n"
        "## Pirma\n\nTekstas.\n\n## Antra\n\nDaugiau.\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Peticija", "Pirma", "Antra"]
    assert label not in document.sections[0].html


def test_contents_closed_by_their_generators_comment_go(settings):
    """A GDPR statement (sweep CF) has "**Table of Content**" over VS Code's Markdown TOC
    list, its comments around it with no blank line (`<!-- TOC START … -->` … `<!-- TOC
    END -->`): its 31 entries were printed and said in the title section. The list and its
    label go, as they do with no comments."""
    write_handouts(settings.source, {"privacy.md": (
        "---\ntitle: Privacy Statement\n---\n\n**Table of Content**\n\n"
        "<!-- TOC START min:1 max:3 link:true asterisk:false update:true -->\n"
        "- [Who we are](#who-we-are)\n- [Your rights](#your-rights)\n<!-- TOC END -->\n\n"
        "## Who we are\n\nA charity.\n\n## Your rights\n\nYou have rights.\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Privacy Statement", "Who we are",
                                                      "Your rights"]
    assert [u.text for u in document.sections[0].script] == ["Privacy Statement"]
    assert "Table of Content" not in document.sections[0].html


def test_words_in_angle_brackets_that_are_no_html_are_printed_and_warned_of(settings):
    """A Taiwanese site's update thanked "@<USERNAME>": read as a tag, it held the rest of
    the line, which went from print and the voice ("Thanks to @"), and the build said only
    that a tag was removed. Words in angle brackets that name no element of HTML are printed
    as written, with a warning on their line; HTML, a mail merge's field, a component's tag
    and code stay as they were."""
    write_handouts(settings.source, {"updates.md": (
        "---\ntitle: Updates\n---\n\n* Thanks to @<USERNAME>, the site is in Tagalog.\n\n"
        "Dear <your name>, <b>welcome</b>. To <<claimant_name>>.\n\n"
        "Write `<USERNAME>` here.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(e).strip() for e in body if e.tag in ("ul", "p")] == [
        "Thanks to @<USERNAME>, the site is in Tagalog.",
        "Dear <your name>, welcome. To <<claimant_name>>.", "Write <USERNAME> here."]
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message.split(" is ")[0])
                for f in lint_source(settings.source / "updates.md")
                if f.rule == "generator-syntax"]
    assert findings == [("5", WARNING, "'<USERNAME>'"), ("7", WARNING, "'<your name>'")]


def test_a_translation_platforms_tags_are_the_markup_they_stand_for(settings):
    """The Open Source Guides in Turkish kept Crowdin's tags, "{strong2}gönderilerek
    {/strong2}": printed, and said "strong2 gönderilerek /strong2". In code they stay."""
    write_handouts(settings.source, {"conduct.md": (
        "---\ntitle: Davranış\nlang: tr\n---\n\nE-posta {strong2}gönderilerek{/strong2} "
        "bildirin, {em1}lütfen{/em1}.\n\n`{strong2}x{/strong2}`\n")})
    [document] = load_documents(settings)
    assert "<strong>gönderilerek</strong>" in document.html and "<em>lütfen</em>" in document.html
    assert "<code>{strong2}x{/strong2}</code>" in document.html
    assert document.sections[0].script[1].text == "E-posta gönderilerek bildirin, lütfen."


def test_a_link_typed_with_full_width_brackets_is_a_link(settings):
    """A Taiwanese vaccination page in Japanese typed a link's brackets on a Japanese
    keyboard, "[1922ワクチン予約システム]（https://1922.gov.tw）": printed as typed, no link.
    Full-width brackets around words stay as they are."""
    write_handouts(settings.source, {"vaccine.md": (
        "---\ntitle: ワクチン\nlang: ja\n---\n\n[1922ワクチン予約システム]（https://1922.gov.tw）"
        "で予約（無料）。\n")})
    [document] = load_documents(settings)
    assert '<a href="https://1922.gov.tw">1922ワクチン予約システム</a>で予約（無料）。' in document.html


def test_github_docs_autotitle_links_have_their_pages_name(settings):
    """GitHub's site policy links "[AUTOTITLE](/account-and-profile/…/about-notifications)",
    whose words the site fills in: printed and said "AUTOTITLE", which the check then told
    to write in ordinary case."""
    write_handouts(settings.source, {"policy.md": (
        "---\ntitle: Subprocessors\n---\n\nFollow the instructions in [AUTOTITLE]"
        "(/account-and-profile/managing-subscriptions/about-notifications).\n")})
    [document] = load_documents(settings)
    assert document.sections[0].script[1].text == \
        "Follow the instructions in About notifications."
    [finding] = [f for f in lint_source(settings.source / "policy.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":5") and "'About notifications'" in finding.message


def test_a_line_break_inside_chinese_or_japanese_words_is_no_space(settings):
    """A Taiwanese vaccination page wraps its source lines inside words ("希" / "望"): print
    and the voice's text put a space there, "希 望", as English wants between its words.
    Chinese and Japanese write none; Korean does, and code keeps its lines."""
    write_handouts(settings.source, {"vaccine.md": (
        "---\ntitle: 疫苗\nlang: zh-TW\n---\n\n因此架設了此網站，希\n望能幫助**想要\n施打**疫苗的人。\n\n"
        "```\n程式\n碼\n```\n\n한국어\n문장\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(p) for p in body.findall("p")] == [
        "因此架設了此網站，希望能幫助想要施打疫苗的人。", "한국어\n문장"]
    assert text_of(body.find("pre")) == "程式\n碼\n"
    assert [u.text for u in document.sections[0].script][1] == \
        "因此架設了此網站，希望能幫助想要施打疫苗的人。"


def test_one_link_to_a_heading_with_a_page_number_is_no_table_of_contents(settings):
    """Two entries with their pages make a table of contents; one such line is left as
    written."""
    write_handouts(settings.source, {"a.md": "# A\n\n[See the map\t4](#map)\n\n## Map\n\nHere.\n"})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == ["A", "See the map 4"]


def test_a_pages_own_contents_without_a_label_are_left_out(settings):
    """A Vietnamese guide to Panadol's kinds opens with its contents as VS Code's Markdown
    All in One writes them, with no label: they were printed under the PDF's own and read
    before the guide began, each colour's emoji named in English ("(blue circle) PANADOL
    XANH"). Links to headings that are not all the page's own stay."""
    write_handouts(settings.source, {"panadol.md": """\
        ---
        title: Các loại Panadol
        lang: vi
        ---

        - [🔵 PANADOL XANH (Regular)](#-panadol-xanh-regular)
        - [🔴 PANADOL ĐỎ](#-panadol-đỏ)

        ## 🔵 PANADOL XANH (Regular)

        Paracetamol 500mg.

        - [PANADOL ĐỎ](#-panadol-đỏ)
        - [Giá](#giá)

        ## 🔴 PANADOL ĐỎ

        Caffeine 65mg.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == ["Các loại Panadol"]
    assert [u.text for u in document.sections[1].script] == [
        "PANADOL XANH (Regular)", "Paracetamol 500 mi li gam.", "PANADOL ĐỎ", "Giá"]


def test_a_pages_own_contents_of_html_links_to_html_headings_are_left_out(settings):
    """Spotlight PA's Spanish voting guide (sweep AR, spl-guia-votar-2024-lang lines 33-73)
    writes its contents in a Hugo `{{<toc>}}` as HTML links, `- <a href="#spl-heading-1">
    ¿Cuándo es…?</a>`, to HTML headings, `<h2 id="spl-heading-1">`: all 18 entries were
    printed and read before the guide began, where the same list of Markdown links to
    Markdown headings goes with a note. A link to a heading of another page stays."""
    write_handouts(settings.source, {"guia.md": """\
        ---
        title: Guía
        lang: es
        ---

        {{<toc>}}

        - <a href="#h-1">¿Cuándo votar?</a>

        - <a href="#h-2">¿Dónde votar?</a>

        {{</toc>}}

        <h2 id="h-1">¿Cuándo votar?</h2>

        El martes.

        - <a href="https://example.org/otra#h-2">¿Dónde votar?</a>
        - <a href="#h-1">¿Cuándo votar?</a>

        <h2 id="h-2">¿Dónde votar?</h2>

        En la escuela.
        """})
    [document] = load_documents(settings)
    assert [u.text for s in document.sections for u in s.script] == [
        "Guía", "¿Cuándo votar?", "El martes.", "¿Dónde votar?", "¿Cuándo votar?",
        "¿Dónde votar?", "En la escuela."]
    assert any("table of contents is left out" in f.message and f.where.endswith(":7")
               for f in lint_source(settings.source / "guia.md"))


def test_google_docs_contents_with_escaped_or_bookmark_links_are_left_out(settings):
    """Google Docs' "Download → Markdown" escapes the `#` of its contents' links, `[Heading
    IDs](\\#heading-ids)`, with a heading's brackets in the address and `{#id}` after the
    heading (sweep CS, test-export lines 11-67: 30 entries printed in square brackets and
    read in the title section), and "Docs to Markdown" writes bookmark links under "##
    **Index**" (handbook lines 7-18: a first section "Index", a second contents in the
    PDF). Both go, with a note."""
    write_handouts(settings.source, {"handbook.md": """\
        # Staff Handbook

        ## **Index**

        1. [Getting Started](#bookmark=kix.5i78uta9c8sf)  
        2. [Sick Leave](#bookmark=kix.o4awaj3uhdkd)

        Read on.

        [Getting Started](\\#getting-started)

        [Sick Leave (paid)](\\#sick-leave-(paid))

        ## Getting Started {#getting-started}

        Read this on your first day.

        ## Sick Leave (paid) {#sick-leave-(paid)}

        You get 10 sick days each year.
        """})
    [document] = load_documents(settings)
    assert [u.text for s in document.sections for u in s.script] == [
        "Staff Handbook", "Read on.", "Getting Started", "Read this on your first day.",
        "Sick Leave (paid)", "You get 10 sick days each year."]
    notes = [f.where for f in lint_source(settings.source / "handbook.md")
             if "table of contents is left out" in f.message]
    assert len(notes) == 2 and notes[0].endswith(":3")


def test_bold_that_google_docs_closed_after_a_space_is_bold(settings):
    """Google Docs puts the space after a bold word inside the bold, `**Install Docker
    **using`, which CommonMark does not read as bold: the Docker instructions of
    kingst/ecs150-projects printed the asterisks. Code keeps its own."""
    write_handouts(settings.source, {"docker.md": """\
        # Docker

        **Install Docker **using the instructions. Take **one** or **two **tablets.

        Type `**x **y` as it is.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [text_of(bold) for bold in body.iter("strong")] == ["Install Docker", "one", "two"]
    assert [text_of(p) for p in body.iter("p")] == [
        "Install Docker using the instructions. Take one or two tablets.",
        "Type **x **y as it is."]


def test_bold_closed_after_spaces_at_a_line_s_end_or_a_cell_s_border_is_bold(settings):
    """A club's fundraising page closed its bold after spaces before a table cell's border
    and at a line's end, `| **£ .  ** |`, `Total raised: **£722.09 **`: they printed
    their asterisks (and were said without them). There the asterisks open nothing."""
    write_handouts(settings.source, {"raised.md": """\
        # Raised

        | Date | Amount Raised |
        |------|---------------|
        | Friday 14th Jul | **£ .  ** |
        | Friday 21st Jul | **£30.60** |

        Total raised: **£722.09 **
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(bold) for bold in body.iter("strong")] == ["£ .", "£30.60", "£722.09"]
    assert "*" not in "".join(body.itertext())
    assert [text_of(p) for p in body.iter("p")] == ["Total raised: £722.09"]


def test_bold_opened_before_a_space_is_bold(settings):
    """A student union's list of pharmacies (EmmanuelCollegeStudentUnion/ecsu-web,
    female_resources.md) opens its bold before a space, `** Boots (28 Petty Cury) - 01223
    350 213 - open until 6pm.**`, and once before a space at both ends: the items printed
    their asterisks, where bold closed after a space was already bold. A sum's `2 ** 3`, a
    list's bullet, asterisks that close nothing and code stay as written."""
    write_handouts(settings.source, {"pharmacies.md": """\
        # Pharmacies

        - ** Boots (28 Petty Cury) - open until 6pm.**
        - ** Superdrug on Sidney Street. **
        * ** Note:** ask at the counter.

        Work out 2 ** 3 and 4 ** 2 ** 5; type `** x**` as it is.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(bold) for bold in body.iter("strong")] == [
        "Boots (28 Petty Cury) - open until 6pm.", "Superdrug on Sidney Street.", "Note:"]
    assert [text_of(p) for p in body.iter("p")] == [
        "Work out 2 ** 3 and 4 ** 2 ** 5; type ** x** as it is."]


def test_bold_after_a_bold_label_stays_bold(settings):
    """A Starlight course's "Linux Installation" page writes `**SSH Setup**: Check "Install
    OpenSSH server". **Do not skip this.**`: the closing asterisks of the label were taken
    for the opening of bold closed after a space (Google Docs' way), and the sentence
    printed '".** Do not skip this.**', its asterisks said nothing of the bold."""
    said, printed = said_and_printed(settings, """\
        # Installing Ubuntu Server

        6.  **SSH Setup**: Check "Install OpenSSH server". **Do not skip this.**
        """)
    assert "*" not in printed
    [document] = load_documents(settings)
    body = parse_html(document.html)
    assert [text_of(bold) for bold in body.iter("strong")] == ["SSH Setup", "Do not skip this."]


def test_notions_callouts_are_boxes(settings, caplog):
    """Notion exports a callout as `<aside>`, its emoji and its Markdown: a page on FFmpeg
    and one of coding rules lost the box (the `<aside>` removed with a warning) and printed
    the Markdown in it as text, "**compression**" with its asterisks."""
    write_handouts(settings.source, {"ffmpeg.md": """\
        # FFmpeg

        <aside>
        💡 MPEG standards are focused on audio and video **compression**.

        </aside>

        <aside>
        ❌

        Bad

        ```tsx
        queryClient.invalidateQueries();
        ```

        </aside>
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert callouts(section.html) == [
        ("Note", "Note (light bulb) MPEG standards are focused on audio and video compression."),
        ("Note", "Note (cross mark) Bad queryClient.invalidateQueries();")]
    assert "<strong>compression</strong>" in section.html
    assert "aside" not in caplog.text


def test_notions_icon_opening_a_callout_is_decoration(settings, caplog):
    """A callout exported by Notion opens with one of Notion's icons, described by its own
    address (sweep BA, notion-ko-guide line 4; repro notion-icon): it printed a box
    "Picture not available" and was said "Picture not available: (no description was
    given)", and the icon's address in the page's own folder, "/icons/home_blue.svg", was
    warned of as a picture not found. Another picture stays one."""
    caplog.set_level(logging.INFO)
    icon = "https://www.notion.so/icons/light-bulb_red.svg"
    write_handouts(settings.source, {"club.md": f"""\
        # Club notes

        <aside>
        <img src="{icon}" alt="{icon}" width="40px" />

        Bring a packed lunch on Saturday.

        </aside>

        <aside>
        <img src="/icons/home_blue.svg" alt="/icons/home_blue.svg" width="40px" /> Meet at the hall.

        </aside>

        <img src="https://example.org/icons/hall.svg" alt="The hall" />
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert callouts(section.html) == [("Note", "Note Bring a packed lunch on Saturday."),
                                      ("Note", "Note Meet at the hall.")]
    assert [u.text for u in section.script] == [
        "Club notes", "Note", "Bring a packed lunch on Saturday.", "End of note.", "Note",
        "Meet at the hall.", "End of note.", "Picture not available: The hall"]
    assert "notion.so" not in caplog.text and "home_blue" not in caplog.text


def test_a_notion_pages_properties_are_one_a_line(settings):
    """Notion exports a page's properties one a line under its title; a page of coding
    rules ran them into one sentence, "Validity status: Valid Adoption status: ..."."""
    write_handouts(settings.source, {"rule.md": """\
        # Infinite list keys

        Validity status: ✅ Valid
        Importance: 3
        Created time: May 29, 2026 11:35 AM

        Always nest infinite lists.
        Then: invalidate once.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    first, second = parse_html(section.html).findall("p")
    assert len(list(first.iter("br"))) == 2 and not list(second.iter("br"))
    assert text_of(first).split("\n") == [
        "Validity status: (check mark button) Valid", "Importance: 3",
        "Created time: May 29, 2026 11:35 AM"]


def test_logseqs_properties_are_hidden_or_shown_as_logseq_shows_them(settings):
    """Logseq writes a block's properties as `key:: value` lines under it; an outline of
    Unix notes printed and said "time-sharing collapsed:: true" under a dozen points. The
    properties Logseq hides go, without loosening the list; the others are "key: value"
    on a line of their own."""
    write_handouts(settings.source, {"unix.md": """\
        # Unix

        - unix
        \t- time-sharing
        \t  collapsed:: true
        \t\t- UNIX was built for mainframes.
        \t- terminals
        \t  id:: 62479a1b-1111-2222-3333-444455556666
        \t  status:: reviewed
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    said = [u.text for u in section.script]
    assert said[1:] == ["unix", "time-sharing", "UNIX was built for mainframes.",
                        "terminals", "status: reviewed"]
    assert "<p>" not in section.html and "::" not in section.html
    assert re.search(r"terminals<br\s*/?>\s*(<span></span>)?\s*(</span>\s*<span [^>]*>)?"
                     r"status: reviewed", section.html)


def test_marps_layout_keywords_are_not_a_pictures_description(settings):
    """Marp lays a picture out on a slide with keywords in its description; a course's
    slides (thiago-o-dev) said "Picture not available: opacity:0.05 bg". A description
    without them, or a picture whose words only look like them, is kept."""
    write_handouts(settings.source, {"slides.md": """\
        # Slides

        ![opacity:0.05 bg](logo.png)

        ![bg left:40% A nurse at the desk](nurse.png)

        ![w:300](chart.png)

        ![Turn left at the fit-out shop](map.png) and `![bg](code.png)`
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Picture not available: (no description was given)",
                        "Picture not available: A nurse at the desk",
                        "Picture not available: (no description was given)",
                        "Picture not available: Turn left at the fit-out shop. and ! bg code.png"]
    assert "<code>![bg](code.png)</code>" in "".join(s.html for s in document.sections)


def test_hackmds_picture_size_after_its_address_is_no_part_of_it(settings, caplog):
    """HackMD sizes a picture after its address, `![Minion](minion.png =200x200)` (sweep
    CS, codimd-features line 626): the size was taken for part of the address, and the
    warning named '…/minion.png =200x200'. The picture is its file; code keeps its text."""
    write_handouts(settings.source, {"note.md": """\
        # Note

        ![Minion](minion.png =200x200) and ![A map](map.png =200x "The map")

        `![C](d.png =1x2)`
        """})
    (settings.source / "minion.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [image.get("src") for image in body.iter("img")] == ["minion.png"]
    assert [r.getMessage().split(": ", 1)[1] for r in caplog.records
            if "not found" in r.getMessage()] == [
        "picture 'map.png' not found: its description is printed in its place; put the picture "
        "in the source folder or fix the path (paths are relative to the source folder)"]
    assert "![C](d.png =1x2)" in document.sections[0].html


def test_a_pasted_pictures_file_name_is_no_description(settings):
    """Typora describes a pasted picture by its file name, `alt="image-20240819140552028"`,
    which a Chinese page of notes on digraphs said as a number of twenty digits; Obsidian
    writes "Pasted image 20240101123456", and Wiki.js the file's name, "floor_plan_2024-04-
    15.png", said "floor plan 2024 dash 04 dash 15 dot P N G"; an Indonesian news site the
    page's slug, "situasi-vaksinasi-di-kodim-…", said as one long word; a modding guide kept
    GitHub's example, "alt text", for its 35 pictures, and a research information sheet
    an image search's "Related image" (sweep BE), and a borough's news site "Image - " and
    its slug (sweep BN, lbrut-voting), and a blog's uploader the words of its file's name,
    "Tour img 1959392 99 1" (sweep CJ). A description with a date in it, or words joined by
    hyphens among others, stays."""
    write_handouts(settings.source, {"digraph.md": """\
        # Digraph

        <img src="./images/image-20240819140552028.png" alt="image-20240819140552028" style="zoom:50%;" />

        ![Pasted image 20240101123456](pasted.png)

        ![floor_plan_2024-04-15.png](/floor_plan_2024-04-15.png)

        ![PHAA logo- 2new.jpg](logo.jpg)

        ![situasi-vaksinasi-di-kodim-1601-sumba-timur-26-08-2021](vaksin.jpg)

        ![alt text](steam.png)

        ![Related image](saved.jpg)

        ![Image - lbrut-ballot-box](box.jpg)

        ![Tour img 1959392 99 1](tour_img-1959392-99-1.jpg)

        ![Image 2024 of the clinic](clinic.png)

        ![A mother-and-baby unit](unit.png)

        ![Image: the polling station](station.jpg)
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: (no description was given)",
                        "Picture not available: Image 2024 of the clinic",
                        "Picture not available: A mother-and-baby unit",
                        "Picture not available: Image: the polling station"]


def test_typoras_toc_in_lower_case_is_the_contents(settings):
    """Typora and HackMD write the contents as `[toc]`, in lower case, which a Chinese page
    of Linux networking notes printed as "[toc]"; Python-Markdown knows `[TOC]` only."""
    write_handouts(settings.source, {"net.md": """\
        # Linux networking

        [toc]

        ## MTU

        1500 bytes.
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert "[toc]" not in html and 'class="toc"' in html


@pytest.mark.parametrize("marker", ["[[_TOC_]]", "${toc}", "\\[[toc]]", "[TOC maxLevel=1]"])
def test_gitlab_and_azure_wikis_toc_is_the_contents(settings, marker):
    """GitLab's and Azure DevOps wikis' pages (an Azure Bastion troubleshooting page,
    OpenAirInterface's Aerial FAPI tutorial) put `[[_TOC_]]` where the list of headings
    goes: it printed "TOC" and the voice said it. Joplin's notes write `${toc}`, which
    was said "dollar toc". A school's CMS escapes VitePress's marker, `\\[[toc]]` (sweep
    AO's ds-basc): it printed "\\toc" and was said "toc". HackMD's `[TOC maxLevel=1]`
    (sweep CS, codimd-features line 146) printed as written, said "TOC maxLevel=1]"."""
    write_handouts(settings.source, {"wiki.md": f"""\
        # Feature overview

        {marker}

        ## Before you start

        Check the network.

        ## Steps

        Connect.
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert "TOC" not in html and 'class="toc"' in html
    assert "Before you start" in "".join(parse_html(html).find(".//div[@class='toc']")
                                         .itertext())
    assert all("TOC" not in u.text.upper() for section in document.sections
               for u in section.script)


def test_logseqs_clock_drawers_are_left_out(settings):
    """Logseq hides a task's clock drawer; a list of tasks said ":LOGBOOK: CLOCK: 3 January
    2026 Sat 00:14:19 ... :END:" after each one."""
    write_handouts(settings.source, {"tasks.md": """\
        # Tasks

        - Lifecycle concerns
        \t- merge ScriptRunner with the engine
        \t  :LOGBOOK:
        \t  CLOCK: [2026-01-03 Sat 00:14:19]
        \t  :END:
        \t- Destroy() does not run OnDisable
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [u.text for u in section.script][1:] == [
        "Lifecycle concerns", "merge ScriptRunner with the engine",
        "Destroy() does not run OnDisable"]
    assert "<p>" not in section.html


def test_logseqs_tasks_are_task_list_items(settings):
    """Logseq writes a task as `- TODO ...`, `- LATER ...` or `- DONE ...` and shows a box
    to tick; a Logseq list of tasks printed the markers as words. `NOW`, which a list of
    news may start with, stays. A task's priority, `[#A]`, is "(priority A)": a journal
    (sweep AZ, logseq-journal2 line 7) was said "Done: A get video editing software"."""
    write_handouts(settings.source, {"tasks.md": """\
        # Tasks

        - DONE Profiling with the overlay
        - LATER Lifecycle blocks with events
        - TODO Call the GP
        - NOW open on Saturdays
        - Done during development
        - DONE [#A]  get video editing software
        - [#C] tidy the shed
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    assert [u.text for u in section.script][1:] == [
        "Done: Profiling with the overlay", "To do: Lifecycle blocks with events",
        "To do: Call the GP", "NOW open on Saturdays", "Done during development",
        "Done: (priority A) get video editing software", "(priority C) tidy the shed"]
    assert "(priority A) get video" in text_of(parse_html(section.html))


def test_roams_tasks_are_task_list_items(settings, caplog):
    """Roam opens a task with `{{[[TODO]]}}` or `{{[[DONE]]}}` (`{{TODO}}` in older
    exports), a box to tick: Telegroam's README (sweep BM, roam-telegroam line 48), `-
    {{[[TODO]]}} update the Telegram API key above`, lost its box, left out as a template
    value with a warning that it stood for words. In code it stays as written."""
    write_handouts(settings.source, {"tasks.md": """\
        # Tasks

        1. Paste these nodes:

           - API Key:: insert key
             - {{[[TODO]]}} update the Telegram API key above
        - {{[[DONE]]}} Send the agenda
        - {{TODO}} Book the minibus

        `- {{[[TODO]]}} kept`
        """})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    [section] = document.sections
    said = [u.text for u in section.script]
    for words in ("To do: update the Telegram API key above", "Done: Send the agenda",
                  "To do: Book the minibus"):
        assert words in said, said
    assert "- {{[[TODO]]}} kept" in text_of(parse_html(section.html))
    assert not [r for r in caplog.records if "template value" in r.getMessage()]


def test_roams_attributes_are_key_and_value(settings):
    """Roam's attributes open a block with a key of a few words, `- Inbox Name:: [[Inbox]]`:
    Telegroam's README (sweep BM, roam-telegroam lines 45-49) printed and said "Inbox
    Name:: Inbox" and "Latest Update ID::". They are "key: value", as Logseq's properties
    are shown; in code they stay."""
    said, printed = said_and_printed(settings, """\
        # Telegram Bot

        - Inbox Name:: [[Inbox]]
        - API Key:: insert key
        - Latest Update ID::
        - `Kept Key:: value`
        """)
    assert said[1:4] == ["Inbox Name: Inbox", "API Key: insert key", "Latest Update ID:"]
    assert "::" not in " ".join(said[:4]) and "Kept Key:: value" in printed
    assert "Inbox Name: Inbox" in printed and "Latest Update ID:" in printed


def test_logseqs_block_references_are_the_blocks_words(tmp_path):
    """Logseq shows a reference to a block, `((6247...))`, as the block's words; a page
    printed and said the identifier. A block of another page, not at hand, is left out with
    a warning, since its words leave a gap in the sentence."""
    body = ("- matrix-vector product\n"
            "  id:: 62479a1b-1111-2222-3333-444455556666\n"
            "- See ((62479a1b-1111-2222-3333-444455556666)) and "
            "((62479a1b-1111-2222-3333-444455556667)).\n")
    converted, notes = convert_syntax(body)
    assert converted.splitlines()[2] == "- See matrix-vector product and ."
    assert notes == [(2, "a reference to a block of another Logseq page, "
                         "((62479a1b-1111-2222-3333-444455556667)), is left out", WARNING)]


def test_notions_file_name_descriptions_are_no_description(settings):
    """Notion describes a picture by its file name: a Notion page on FFmpeg said
    "Screenshot 2023-08-22 093920.png" and a number of thirteen digits,
    "1592580187419.jpeg"; its default is "Untitled". A file name with words stays, without
    its extension, which was said "dot P N G"."""
    write_handouts(settings.source, {"ffmpeg.md": """\
        # FFmpeg

        ![1592580187419.jpeg](FFmpeg%20bca5/1592580187419.jpeg)

        ![Screenshot 2023-08-22 093920.png](FFmpeg%20bca5/Screenshot_2023-08-22_093920.png)

        ![Untitled](Clinic/Untitled.png)

        ![Blister pack.png](Clinic/Blister_pack.png)
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Picture not available: (no description was given)"] * 3 + [
        "Picture not available: Blister pack"]


def test_a_bracketed_span_that_pandoc_wrapped_keeps_only_its_words(settings):
    """Pandoc wraps a Word document's underlined link across two lines, `[[Azure` /
    `subscription]{.underline}](https://azure.microsoft.com/)`: a MONAI set-up guide
    printed "[Azure subscription]{.underline}" as its link's words."""
    write_handouts(settings.source, {"monai.md": """\
        # Prerequisites

        -   have an active [[Azure
            subscription]{.underline}](https://azure.microsoft.com/) that you
            can use for development purposes,

        See [Introduction to Web
        Applications]{.underline} first.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [" ".join(text_of(a).split()) for a in body.iter("a")] == ["Azure subscription"]
    assert "{" not in section.html and "[" not in section.html


def test_pandocs_empty_anchor_before_a_word_heading_is_left_out(settings):
    """Pandoc turns each heading of a Word document with a table of contents into
    `# []{#_Toc101 .anchor}Before you arrive`: the section was headed "Toc101 .anchor
    Before you arrive", in print, bookmarks and voice."""
    write_handouts(settings.source, {"stay.md": """\
        # []{#_Toc101 .anchor}Before you arrive

        Bring your medicines.

        ## []{#_Toc102 .anchor}[]{#_Toc103 .anchor}On the day

        Arrive early.
        """})
    [document] = load_documents(settings)
    assert [h.text for h in document.headings] == ["Before you arrive", "On the day"]
    assert [u.text for section in document.sections for u in section.script] == [
        "Before you arrive", "Bring your medicines.", "On the day", "Arrive early."]


def test_word_documents_through_pandoc_read_without_its_marks(settings):
    """The corpus's Word files turned into Markdown by Pandoc (`pandoc -f docx -t
    markdown`), as authors convert theirs: a picture whose long description Pandoc wrapped
    had its size said after it ('width="6.26875in" height="6.07in"'); a link underlined
    as a whole printed ".underline"; and the empty HTML comment Pandoc puts between two
    lists, in a grid table's cell, was said "less than exclamation mark dash dash..."."""
    write_handouts(settings.source, {"converted.md": """\
        # Converted

        ![Table Description automatically
        generated](media/image1.png){width="6.26875in"
        height="6.072222222222222in"}

        ☐[[3.3.2 Labels or
        Instructions](http://www.w3.org/TR/WCAG20/#minimize-error-cues)]{.underline}

        +-----------------------------------------------------------------------+
        | -   Answer all questions.                                             |
        |                                                                       |
        | ```{=html}                                                            |
        | <!-- -->                                                              |
        | ```                                                                   |
        | -   Sign and date each form.                                          |
        +-----------------------------------------------------------------------+
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Converted",
                    "Picture not available: Table Description automatically generated",
                    "Unticked box 3.3.2 Labels or Instructions",
                    "Answer all questions.", "Sign and date each form."]
    links = list(parse_html(document.sections[0].html).iter("a"))
    assert [a.get("href") for a in links] == [
        "http://www.w3.org/TR/WCAG20/#minimize-error-cues"]


def test_myst_tabs_and_dropdowns_in_backtick_fences_are_labelled_boxes(settings):
    """Ubuntu's and 2i2c's MyST docs write their tabs as ````` `````{tab-set} ````` holding
    ```` ````{tab-item} Ubuntu ````: the whole set printed as code, its inner fences and
    `:sync:` options too, and the voice said "Code example" over the words."""
    write_handouts(settings.source, {"drivers.md": """\
        # Drivers

        `````{tab-set}
        ````{tab-item} Ubuntu
        :sync: ubuntu

        On Ubuntu, install the drivers on the host:

        ```shell
        sudo ubuntu-drivers install
        ```
        ````
        ````{tab-item} Ubuntu Core
        :sync: core

        Install the snap.
        ````
        `````

        ```{dropdown} Older releases
        Use the archive.
        ```
        """})
    [document] = load_documents(settings)
    assert callouts(document.html) == [
        ("Ubuntu", "Ubuntu On Ubuntu, install the drivers on the host: sudo ubuntu-drivers "
                   "install"),
        ("Ubuntu Core", "Ubuntu Core Install the snap."),
        ("Older releases", "Older releases Use the archive.")]
    code = ["".join(pre.itertext()) for pre in parse_html(document.html).iter("pre")]
    assert code == ["sudo ubuntu-drivers install\n"]
    spoken = " ".join(u.text for s in document.sections for u in s.script)
    assert "tab-" not in spoken and "sync" not in spoken and "```" not in spoken


def test_a_span_naming_a_word_style_keeps_only_its_words(settings):
    """Pages written for Pandoc's Word output name a Word style on a span,
    `[...]{custom-style="Key"}` (a book on running containers marks its key sentences so;
    an SMPTE draft, `{custom-style="smpte-ch-review-highlight"}`): the brackets and the
    style were printed and read, as only `{#id}` and `{.class}` spans were known."""
    write_handouts(settings.source, {"key.md": """\
        # Doses

        Both ways work. [It is about whether the **effect** of a dose can be
        undone.]{custom-style="Key"}

        [Some of the points are shown below.]{custom-style="review-highlight" lang="en"}

        ::: {custom-style="Guidance"}
        Why this matters.
        :::

        A [red]{style="color:red"} word.
        """})
    [document] = load_documents(settings)
    text = " ".join(text_of(parse_html(document.html)).split())
    assert text.endswith("Both ways work. It is about whether the effect of a dose can be "
                         "undone. Some of the points are shown below. Why this matters. "
                         "A red word."), text
    spoken = " ".join(u.text for s in document.sections for u in s.script)
    assert not re.search(r"[\[\]{}]|custom|style", spoken), spoken


def test_a_div_in_a_word_style_is_read_as_the_word_document_shows_it(settings):
    """Public Health Scotland's report templates (sweep BI, eol-report lines 258-275 and
    303 on; phs-offstats-summary; repro mini/div) give each block a Word style on a
    `<Div custom-style = "...">`: its "Heading 1"s printed as paragraphs, one section and
    MP3 of 3,212 words, its "Publication Title" was not the title (the file's name was),
    its subtitle ran into the text, its "Bullet 1"s were paragraphs, and a caption's
    `^p^` printed its carets. A heading style is a heading of its level, the title and
    subtitle styles the handout's, a bullet style a list's item, consecutive ones one
    list, and any other style a block read as Markdown."""
    write_handouts(settings.source, {"waits.md": """\
        ---
        lang: en
        ---

        <Div custom-style = "Publication Title">Hospital waiting times</Div>
        <Div custom-style = "Publication subtitle">Quarter ending 31 March 2024</Div>
        <Div custom-style = "Publication date">Publication date: 4 June 2024</Div>

        <Div custom-style = "Heading 1">Introduction</div>

        Most patients were seen within 12 weeks.

        <div custom-style = "Table or chart caption">
        Table 1: Waits by NHS Board^1,2^
        </div>

        <Div custom-style = "Heading 2">Main Points</div>
        <Div custom-style = "Bullet 1">
        Waiting lists fell by 3%.
        </div>

        <Div custom-style = "Bullet 1">More clinics opened.</div>
        <Div custom-style = "Bullet 2">Two in Leeds.</div>
        """})
    [document] = load_documents(settings)
    assert (document.meta.title, document.meta.subtitle) == ("Hospital waiting times",
                                                             "Quarter ending 31 March 2024")
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, "Hospital waiting times"), (1, "Introduction"), (2, "Main Points")]
    tree = parse_html(document.html)
    assert [h.tag + " " + text_of(h) for h in tree.iter() if h.tag in ("h1", "h2")] == [
        "h1 Introduction", "h2 Main Points"]
    assert [" ".join(text_of(p).split()) for p in tree.iter("p")][:3] == [
        "Publication date: 4 June 2024", "Most patients were seen within 12 weeks.",
        "Table 1: Waits by NHS Board1,2"]
    [caption] = [p for p in tree.iter("p") if "Board" in text_of(p)]
    assert [sup.text for sup in caption.iter("sup")] == ["1,2"]
    outer = tree.find(".//ul")
    items = [" ".join(text_of(li).split()) for li in outer.findall("li")]
    assert items == ["Waiting lists fell by 3%.", "More clinics opened. Two in Leeds."]
    assert " ".join(text_of(li) for li in outer.findall("li/ul/li")) == "Two in Leeds."
    spoken = " ".join(u.text for s in document.sections for u in s.script)
    assert not re.search(r"Div|custom|\^|power", spoken), spoken


def test_inline_code_in_a_word_style_title_is_left_out_of_the_title(settings):
    """Sweep CZ: a PHS summary's "Publication Title" ended in inline code, `` `r
    if_else(...)` ``, and was no title: the handout was titled "Summary", its file's name,
    and the title was read as a paragraph. The code is left out, with its warning at its
    line."""
    write_handouts(settings.source, {"summary.md": """\
        ---
        lang: en
        ---

        <Div custom-style = "Publication Title">
        End of Life Spent at Home `r if_else(final, "", "(Provisional)")`
        </div>

        # About this release

        This release describes the last six months of life.
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "End of Life Spent at Home"
    spoken = [u.text for s in document.sections for u in s.script]
    assert spoken[:2] == ["End of Life Spent at Home", "About this release"]
    notes = lint_source(settings.source / "summary.md")
    assert [f.where.rsplit(":", 1)[1] for f in notes if "knitted" in f.message] == ["6"]


def test_inline_code_in_a_word_style_div_is_named_at_its_own_line(settings):
    """Sweep CZ: inside a `<Div custom-style = "Bullet 1">`, the inline code on the line
    after the `<Div` was named at the `<Div`'s line, one early (a PHS summary, seven
    times); a heading's too."""
    write_handouts(settings.source, {"summary.md": """\
        ---
        title: End of life
        lang: en
        ---

        Main points:
        <Div custom-style = "Bullet 1">
        In `r latest$fy`, there were deaths in Scotland.
        </div>

        <Div custom-style = "Heading 2">
        Deaths in `r year`
        </div>
        """})
    notes = lint_source(settings.source / "summary.md")
    assert [f.where.rsplit(":", 1)[1] for f in notes if "knitted" in f.message] == ["8", "12"]
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["End of life", "Deaths in"]
    assert "Main points:</span></p>\n<ul>\n<li>" in document.html  # the list stays one


def test_joplins_resource_names_are_no_description(settings):
    """Joplin exports a picture described by its resource's name: a Spanish page on
    circuit breakers said "07b4ab5292c769f55d0927aa782b5b0d.png", letter by letter."""
    write_handouts(settings.source, {"breaker.md": """\
        # Circuit breaker

        ![07b4ab5292c769f55d0927aa782b5b0d.png](../_resources/36ec042e991747db95e095834a3653c0.png)

        ![640.jpg](../_resources/189cdc0e730.jpg)

        ![Decaf coffee beans](../_resources/beans.png)
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Picture not available: (no description was given)"] * 2 + [
        "Picture not available: Decaf coffee beans"]


def test_an_equation_docs_to_markdown_could_not_carry_over_is_a_warning():
    """Docs to Markdown puts an alert where an equation was, "gd2md-html alert: equation:
    use MathJax/LaTeX..."; an accelerometer report (find_string id 23137658012) lost its
    equation. The alert goes, and the lint says what is missing and where."""
    body = ("Take the magnitude of the acceleration vector i.e. \n\n"
            '<p id="gdcalert6" ><span style="color: red; font-weight: bold">>>>>>  gd2md-html '
            "alert: equation: use MathJax/LaTeX if your publishing platform supports it. "
            '</span><br>(<a href="#">Back to top</a>)(<a href="#gdcalert7">Next alert</a>)'
            '<br><span style="color: red; font-weight: bold">>>>>> </span></p>\n\n'
            ", where x, y, and z are the readings.\n")
    converted, notes = convert_syntax(body)
    assert "alert" not in converted and converted.count("\n") == body.count("\n")
    assert [(line, severity) for line, _, severity in notes] == [(2, WARNING)]
    assert "equation" in notes[0][1]


def test_lines_logseq_hides_keep_the_list_in_one_piece(settings):
    """A Logseq block often has two hidden properties (`collapsed:: true`, `id:: ...`), and
    a clock drawer three lines: left out as HTML comments, the second one ended the list,
    and the items after it began another, loose one."""
    write_handouts(settings.source, {"notes.md": """\
        # Notes

        - kernel
          collapsed:: true
          id:: 62479a1b-1111-2222-3333-444455556666
        - shell
          :LOGBOOK:
          CLOCK: [2026-01-03 Sat 00:14:19]
          :END:
        - utilities
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    [listed] = body.findall(".//ul")
    assert [" ".join(text_of(item).split()) for item in listed.findall("li")] == [
        "kernel", "shell", "utilities"]
    assert "<p>" not in section.html


def test_logseqs_empty_blocks_leave_the_item_above_an_item(settings):
    """Logseq ends a page with empty blocks, `-`; Python-Markdown read the first as the
    underline of a heading: the last task of a Logseq backlog became a heading "- LATER
    Variables refactor ...", followed by a paragraph "-"."""
    write_handouts(settings.source, {"backlog.md": """\
        # Backlog

        - LATER Variables refactor
        -
        -
        - possible improvements

        Plain text
        -
        """})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:3] == ["To do: Variables refactor", "possible improvements"]
    assert "-" not in said and said[-1] == "Plain text"


def test_a_logseq_heading_over_tab_nested_blocks_is_a_heading_over_a_list(settings):
    """Logseq writes a page's first block without `- ` and nests its children by tabs; a
    journal (sweep AZ, logseq-journal, dalebmisc/logseq-dale 2023_11_11.md) opened `##
    Scratchpad` over `\\t- #pdf tips` and 72 lines nested deeper, printed as 17 pages of
    code and said "Code example, 72 lines, as printed". Its empty block, `\\t-` (2023_12_21.md
    line 2), was "Code example, 1 line, as printed: dash". A page of Markdown whose code
    is indented by a tab under a heading keeps it as code."""
    write_handouts(settings.source, {"2024_01_05.md": """\
        ## Scratchpad
        \t-
        \t- Bought milk
        \t\t- from the shop on Main Street
        \t\t  collapsed:: true
        \t- Call the dentist
        - ## Tasks
        \t- DONE trim hair
        """, "setup.md": """\
        # Setup

        Write this in the settings:

        \t- name: handout
        \t  lang: en
        """})
    logseq, markdown = load_documents(settings)
    said = [u.text for section in logseq.sections for u in section.script]
    assert said == ["Scratchpad", "Bought milk", "from the shop on Main Street",
                    "Call the dentist", "Tasks", "Done: trim hair"]
    html = "".join(section.html for section in logseq.sections)
    assert "<pre" not in html
    outer = parse_html(logseq.sections[0].html).find(".//ul")
    assert [" ".join(text_of(item).split()) for item in outer.findall("li")] == [
        "Bought milk from the shop on Main Street", "Call the dentist",
        "Tasks Done: trim hair"]
    assert "<pre" in "".join(section.html for section in markdown.sections)


def test_logseqs_preview_of_a_page_is_a_link_and_its_video_a_link_with_a_warning(settings,
                                                                                caplog):
    """Logseq shows `{{renderer :linkpreview,[Title](url}})` as a card linking to the page,
    and `{{video url}}` as the video playing; a journal (sweep AZ, logseq-journal lines 3-10)
    printed and said an item holding only ")", and lost its videos with a warning that
    they stood for words the handout did not have. The preview is the link under its
    title; the video its address behind "Video", with a warning that it is left out of
    print and audio."""
    write_handouts(settings.source, {"2024_01_06.md": """\
        - Keto ideas
          - {{renderer :linkpreview,[15 KETO FOODS](https://rumble.com/v3ubgw0-keto.html}})
          - {{renderer :linkpreview,https://example.org/soup}}
          - watch {{video https://youtu.be/Ry3Ni30HBPw}}
          - `{{video x}}` is how
        """})
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [(link.get("href"), text_of(link)) for link in body.iter("a")] == [
        ("https://rumble.com/v3ubgw0-keto.html", "15 KETO FOODS"),
        ("https://example.org/soup", "https://example.org/soup"),
        ("https://youtu.be/Ry3Ni30HBPw", "Video")]
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:4] == ["Keto ideas", "15 KETO FOODS", "web address example.org/soup"] \
        and "watch Video" in said and ")" not in said
    warnings = [r.getMessage() for r in caplog.records if "Logseq's video" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].endswith(
        ":4: Logseq's video 'https://youtu.be/Ry3Ni30HBPw' cannot play in print or audio: "
        "left out, its address kept as a link, 'Video'")
    assert "template value" not in caplog.text


def test_hackmds_embeds_are_links_with_a_warning(settings, caplog):
    """HackMD's features note (sweep CS, codimd-features lines 245-259) embeds a video,
    `{%youtube aqz-KE-bpKQ %}`, and a gist, each under its heading: taken for Liquid tags,
    they were left out with only a note, and the listener heard the headings one after
    another with nothing under them. Each is a link to what it shows, with a warning naming
    its line; one in a code span stays as written."""
    write_handouts(settings.source, {"features.md": """\
        # Features

        ## YouTube

        {%youtube aqz-KE-bpKQ %}

        ## Gist

        {%gist schacon/4277 %} and `{%vimeo 1 %}`
        """})
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    body = parse_html(document.html)
    assert [(link.get("href"), text_of(link)) for link in body.iter("a")] == [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "Video"),
        ("https://gist.github.com/schacon/4277", "Code")]
    assert [u.text for u in document.sections[1].script] == ["YouTube", "Video"]
    assert "{%vimeo 1 %}" in document.sections[2].html
    warnings = [r.getMessage() for r in caplog.records if "HackMD's embed" in r.getMessage()]
    assert len(warnings) == 2 and warnings[0].endswith(
        ":5: HackMD's embed '{%youtube aqz-KE-bpKQ %}' cannot be shown in print or audio: "
        "left out, its address kept as a link, 'Video'"), warnings
    assert "template tag" not in caplog.text


def test_a_picture_by_a_reference_defined_nowhere_is_a_picture_not_available(settings):
    """Google Docs' "Download → Markdown" defines its pictures at the end of the file,
    `[image1]: <data:…>`; a copy without them (sweep CS, test-export lines 311 and 317)
    printed "![][image1]", was said "! image1", and the check asked for a description of
    the first. Each is the box a picture not found is, with a warning naming the reference;
    a picture whose reference is defined, in any case, stays."""
    write_handouts(settings.source, {"export.md": """\
        # Pictures

        ![][image1]

        ![IMG\\_20161231\\_153334114.jpg][image2]

        ![Logo][Logo] and `![][x]`

        [logo]: logo.png
        """})
    (settings.source / "logo.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[1:3] == ["Picture not available: (no description was given)"] * 2, said
    assert "Logo" in said[3] and "x" in said[-1]
    assert "![" not in document.sections[0].html.replace("<code>![][x]</code>", "")
    findings = [(f.where.rsplit(":", 1)[1], f.rule, f.message) for f in
                lint_source(settings.source / "export.md")
                if f.rule in ("image-alt", "generator-syntax")]
    assert [(line, rule) for line, rule, _ in findings] == [
        ("3", "generator-syntax"), ("5", "generator-syntax")]
    assert findings[0][2].startswith("picture '[image1]' is not defined in the page")


def test_markdown_its_inserted_text_is_inserted_text(settings):
    """HackMD and CodiMD mark inserted text `++so++`, as markdown-it's plugin reads it
    (sweep CS, codimd-features line 504): it printed and was said with its plus signs.
    It is PyMdown's `^^inserted^^`; "C++", "i++" and a code span stay as written, and
    PyMdown's keys, `++enter++`, stay keys."""
    write_handouts(settings.source, {"note.md": """\
        # Opening

        The clinic is open ++on Saturdays++ from March.

        - Bring your ++new++ card, C++ and i++, `++x++`.

        Press ++enter++ or ++a++.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(ins) for ins in body.iter("ins")] == ["on Saturdays", "new"]
    assert [text_of(key) for key in body.iter("kbd")] == ["Enter", "A"]
    assert [u.text for u in document.sections[0].script][1:3] == [
        "The clinic is open on Saturdays from March.",
        "Bring your new card, C++ and i++, plus plus x plus plus."]


def test_a_quarto_video_is_a_link_with_a_warning(settings, caplog):
    """Quarto's `{{< video URL >}}` (sweep BI, quarto-reference line 68) was left out with
    no warning, the "Videos" section under it empty: it is its address behind "Video", with
    a warning, as Logseq's `{{video …}}` is; Hugo's `{{< youtube w7Ft2ymGmfc >}}`, named by
    an id, not an address, stays left out."""
    write_handouts(settings.source, {"quarto.md": """\
        # Workshop

        ## Videos

        {{< video https://www.youtube.com/embed/wo9vZccmqwc >}}

        {{< video https://example.org/intro.mp4 title="Getting started" >}}
        """})
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    body = parse_html(document.html)
    assert [(link.get("href"), text_of(link)) for link in body.iter("a")] == [
        ("https://www.youtube.com/embed/wo9vZccmqwc", "Video"),
        ("https://example.org/intro.mp4", "Video: Getting started")]
    warnings = [r.getMessage() for r in caplog.records if "cannot play" in r.getMessage()]
    assert len(warnings) == 2 and warnings[0].endswith(
        ":5: the video 'https://www.youtube.com/embed/wo9vZccmqwc' cannot play in print or "
        "audio: left out, its address kept as a link, 'Video'"), warnings


def test_a_line_notion_bolded_with_its_spaces_is_bold(settings):
    """Notion exports a bold line with the spaces at its ends inside the asterisks: a page
    on FFmpeg (find_string id 20305783406) printed "** if you want to remove wrapper **"."""
    write_handouts(settings.source, {"ffmpeg.md": """\
        # FFmpeg

        ** if you want to remove wrapper **

        Work out 2 ** 3 ** 2 here.
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert [text_of(bold) for bold in body.iter("strong")] == ["if you want to remove wrapper"]
    assert "2 ** 3 ** 2" in section.html


def test_obsidian_comments_are_left_out_as_obsidian_leaves_them_out(settings):
    """The Obsidian Tasks guide comments out a part, its heading and paragraphs, between
    two lines of `%%`: the heading was printed, bookmarked and read, "%%" and all. A
    comment in a sentence or a table cell goes too; code keeps it, as it shows it."""
    real = CORPUS / "obsidian" / "obsidian-tasks-task-dependencies.md"
    write_handouts(settings.source, {"inline.md": """\
        # Statuses

        Intro %%a note to self%% after it.

        | Name | Type |
        | --- | --- |
        | Todo | %%2%%TODO |

        Write `%% I am text in a comment %%` to hide words.
        """})
    shutil.copy(real, settings.source / real.name)
    documents = {d.source.name: d for d in load_documents(settings)}
    guide = documents[real.name]
    headings = [h.text for h in guide.headings]
    assert "Defining dependencies" in headings and "id" in headings
    assert not [h for h in headings if "Duplicate" in h], headings
    text = " ".join(text_of(parse_html(guide.html)).split())
    spoken = " ".join(u.text for s in guide.sections for u in s.script)
    for words in (text, spoken):
        assert "%%" not in words and "This section commented out" not in words
        assert "Task id values are intended to be unique across the whole vault" in words
        assert "Task dependsOn values consist of" in words
    inline = documents["inline.md"]
    text = " ".join(text_of(parse_html(inline.html)).split())
    assert "Intro after it." in text and "TODO" in text and "%%2%%" not in text
    assert "%% I am text in a comment %%" in text
    notes = [f for f in lint_source(settings.source / real.name) if f.rule == "generator-syntax"]
    assert [f.where for f in notes if "Obsidian comment" in f.message] == [
        f"{settings.source / real.name}:83"]


def test_markdown_comment_lines_are_left_out_as_kramdown_leaves_them_out(settings):
    """A church's sermon page (sweep CR) guides its editors in lines of `[comment]: …`,
    which are no links' definitions ("[comment]: ## Bible Reading"): they were printed and
    said, "comment: hash hash Bible Reading". Code keeps them, as it shows them."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Sermon\nlang: en\n---\n\n[comment]: Keep this structure.\n\n"
        "[comment]: ## Bible Reading  \n[//]: # (a note)\n[comment]: ---------\n"
        "## Bible Reading\n\nDear God.\n\n    [comment]: shown\n"))
    assert said[:3] == ["Sermon", "Bible Reading", "Dear God."]
    assert "comment" not in " ".join(said[:3]) and "Keep" not in printed
    assert "[comment]: shown" in printed


def test_a_jsx_style_object_in_a_list_item_is_layout_left_out(settings):
    """Home Assistant's companion guide (sweep CD, getting_started/index.mdx line 53) sets
    its pictures side by side in a list item, `<div style={{display: 'flex'}}>`: printed
    "<div style=>" and said "div style= Picture not available: …". In code it stays."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Set up\nlang: en\n---\n\n1. Open the app.\n\n"
        "   <div style={{display: 'flex', gap: '1rem'}}>\n"
        "     <img alt=\"The app showing no servers\" src=\"none.png\"/>\n   </div>\n\n"
        "2. Write `<div style={{gap: 1}}>`.\n"))
    assert said[1:] == ["1. Open the app.", "Picture not available: The app showing no servers",
                        "2. Write div style gap: 1."]
    assert "style=" not in printed.replace("<div style={{gap: 1}}>", "")


def test_mdx_components_among_words_keep_their_words(settings):
    """A Docusaurus page (AlexaCRM's DataPress guide) defines a component with `export const
    Highlight = ({children, color}) => (...)` and uses it around a sentence: the sentence,
    read as an unknown HTML element, was removed, and the JavaScript printed and read."""
    write_handouts(settings.source, {"addon.mdx": """\
        ---
        title: Forms add-on
        ---

        ## Introduction

        export const Highlight = ({children, color}) => (
          <span
            style={{
              backgroundColor: color,
              padding: '0.2rem',
            }}>
            {children}
          </span>
        );

        {/* Shown to premium users only */}

        <Highlight color="#25c2a0">Paid feature: it comes with the add-on.</Highlight>

        Press <Kbd>Save</Kbd> and then <Badge text="new" /> build the feed.

        Write `<Highlight color="red">` in your own pages.

        ### Show reading mode <Badge type="info" text="On" />
        """})
    [document] = load_documents(settings)
    text = " ".join(text_of(parse_html(document.html)).split())
    spoken = " ".join(u.text for s in document.sections for u in s.script)
    for words in (text, spoken):
        assert "Paid feature: it comes with the add-on." in words, words
        assert "Press Save and then build the feed." in words, words
        # A badge ending a heading gives a setting's default (sweep CD): it was left out
        assert "Show reading mode (On)" in words, words
        for syntax in ("export", "children", "backgroundColor", "/*", "premium users"):
            assert syntax not in words, (syntax, words)
    assert '<Highlight color="red">' in text
    notes = [f for f in lint_source(settings.source / "addon.mdx")
             if f.rule == "generator-syntax" and "export const" in f.message]
    assert [f.where for f in notes] == [f"{settings.source / 'addon.mdx'}:7"]


def test_an_attribute_list_after_a_link_ends_at_its_own_brace(settings):
    """Duet3D's wiki ends a link with `{target=_blank}` and its quote with ` {.is-warning}`;
    Python-Markdown read the two as one list and put the words between at the paragraph's
    end, braces and all ("...thing:3612685} {.is-warning"), and moved an author's own
    "{braces}" after the sentence that follows them."""
    write_handouts(settings.source, {"wiring.md": """\
        # Wiring

        Download link: [Thingiverse](https://www.thingiverse.com/thing:3612685){target=_blank} for the adapter.

        See [the guide](https://example.com){target="_blank"} and {braces} in prose. Then more.
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    printed = " ".join(text_of(parse_html(html)).split())
    assert printed == ("Download link: Thingiverse for the adapter. "
                       "See the guide and {braces} in prose. Then more.")
    said = [u.text for section in document.sections for u in section.script]
    assert said[-3:] == ["Download link: Thingiverse for the adapter.",
                         "See the guide and braces in prose.", "Then more."]


def test_wiki_js_quotes_with_a_class_at_their_end_are_callouts(settings):
    """Duet3D's wiki (Wiki.js, markdown-it-attrs) ends a quote's last line with its class,
    `{.is-info}` or, without a space, `.{.is-warning}`: a callout there, where handout
    printed the braces and said ".is-warning". Any other list at the end of a block's last
    line (reveal.js slides' `{.fragment}`) goes; braces in words stay."""
    write_handouts(settings.source, {"wiring.md": """\
        # Wiring

        > **Plan the upgrade.** Download link: [https://www.thingiverse.com/thing:3612685](https://www.thingiverse.com/thing:3612685){target=_blank} {.is-warning}

        >Before unplugging the connectors, make sure they are properly labelled.{.is-warning}

        > It's also useful to have the [wiring diagram](https://docs.duet3d.com/x){target=_blank} to hand. {.is-info}

        * Let's see it work with Node Debugger {.fragment data-index="3"}
        * Set {a, b} stays {.fragment}
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("Warning", "Warning Plan the upgrade. Download link: "
                    "https://www.thingiverse.com/thing:3612685"),
        ("Warning", "Warning Before unplugging the connectors, make sure they are properly "
                    "labelled."),
        ("Information", "Information It's also useful to have the wiring diagram to hand.")]
    printed = " ".join(text_of(parse_html(html)).split())
    assert "{" not in printed.replace("{a, b}", "") and "is-" not in printed
    assert printed.endswith("Let's see it work with Node Debugger Set {a, b} stays")
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "is-" not in said and "fragment" not in said
    assert "labelled. End of warning." in said and said.endswith("Set a, b stays")


def test_mdx_code_block_fences_hold_the_pages_own_mdx(settings):
    """Docusaurus reads a ```` ```mdx-code-block ```` fence as the page's MDX, not as code:
    micro-lc's iFrames page printed and said its console message with its
    `<console-error-line>` tags and its live example's JavaScript as code, and its npm and
    yarn tabs, opened in one fence and closed in another, as code too."""
    write_handouts(settings.source, {"iframes.md": """\
        # iFrames

        Attempting to do so will result in a console error like:

        ```mdx-code-block
        <console-error-line>
          The loading of "https://www.google.com/" in a frame is denied
        </console-error-line>
        ```

        ```mdx-code-block
        <></>
        <example-frame
          base="/frames/guides/applications/iframes/standard"
          sourceTabs={[
            { filePath: "/config.yaml", isDefault: true }
          ]}
          title="iFrame integration"
        ></example-frame>
        ```

        ```mdx-code-block
        <Tabs groupId="pkg-manager">
        <TabItem value="npm" label="npm" default>
        ```
        ```shell
        npm install @micro-lc/composer
        ```
        ```mdx-code-block
        </TabItem>
        </Tabs>
        ```
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    printed = " ".join(text_of(parse_html(html)).split())
    assert printed == ('Attempting to do so will result in a console error like: The loading of '
                       '"https://www.google.com/" in a frame is denied npm npm install '
                       '@micro-lc/composer')
    assert callouts(html) == [("npm", "npm npm install @micro-lc/composer")]
    said = [u.text for section in document.sections for u in section.script]
    assert said[2].startswith("The loading of") and "Code example" not in said[2]
    assert not any("example-frame" in s or "sourceTabs" in s or "Tabs" in s for s in said)


def test_mdx_admonition_components_are_callouts_with_their_title(settings):
    """Langflow's Docusaurus pages write `<Admonition type="tip" title="Best Practices">`:
    its words were kept but the box and its title were lost; Starlight's `<Aside>` too."""
    write_handouts(settings.source, {"mention-response.md": """\
        import Admonition from "@theme/Admonition";

        # Mention Response

        <Admonition type="caution" title="Troubleshooting">

        If you encounter any issues, consider the following:

        - Ensure the `ChannelId` is correct.

        </Admonition>

        <Aside type="tip">
        Keep your token secure.
        </Aside>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("Caution: Troubleshooting", "Caution: Troubleshooting If you encounter any issues, "
                                     "consider the following: Ensure the ChannelId is correct."),
        ("Tip", "Tip Keep your token secure.")]
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Caution: Troubleshooting",
                        "If you encounter any issues, consider the following:",
                        "Ensure the ChannelId is correct.", "End of caution.",
                        "Tip", "Keep your token secure.", "End of tip."]


def test_mintlify_accordions_steps_and_callouts_keep_their_titles(settings):
    """OpenClaw's Mintlify FAQ (sweep BF, what-is-openclaw lines 11-84) asks each question
    in `<Accordion title="Can my team share one OpenClaw?">` inside `<AccordionGroup>`: the
    tags went with their titles, and the page printed and said ten answers, "Yes. …",
    "No. …", under no question. Each is now a box labelled with its question, as a Hugo
    theme's accordion is; a `<Step title="Bring your card">` in `<Steps>` is a numbered
    item, its title in bold over its words; Mintlify's `<Note>`, `<Tip>`, `<Warning>`,
    `<Info>`, `<Check>` and `<Danger>` are boxes of their kind, and a `<Card title=…>` a box
    labelled with its title. Another component's words in an attribute are noted as lost."""
    source = write_handouts(settings.source, {"faq.mdx": """\
        ---
        title: Library FAQ
        ---

        ## Borrowing

        <AccordionGroup>
          <Accordion title="How many books can I borrow?">
            You can borrow up to 12 books at a time.
          </Accordion>
          <Accordion title="Can I renew online?">Yes, from your account page.</Accordion>
        </AccordionGroup>

        <Steps>
          <Step title="Bring your card">
            Show it at the desk.
          </Step>
          <Step title="Pay the fee">
            Pay by card.
          </Step>
        </Steps>

        <Info>
        Open every day.
        </Info>

        <Check>You are ready.</Check>

        <Card title="Opening hours" icon="clock" href="/hours">
          See when we are open.
        </Card>

        <Frame caption="The front desk">
          Ask here.
        </Frame>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("How many books can I borrow?",
         "How many books can I borrow? You can borrow up to 12 books at a time."),
        ("Can I renew online?", "Can I renew online? Yes, from your account page."),
        ("Information", "Information Open every day."),
        ("Success", "Success You are ready."),
        ("Opening hours", "Opening hours See when we are open.")]
    body = parse_html(html)
    assert [" ".join(text_of(item).split()) for item in body.iter("li")] == [
        "Bring your card Show it at the desk.", "Pay the fee Pay by card."]
    said = [u.text for section in document.sections for u in section.script]
    assert said[2:10] == ["How many books can I borrow?",
                          "You can borrow up to 12 books at a time.", "End of box.",
                          "Can I renew online?", "Yes, from your account page.",
                          "End of Can I renew online.", "1. Bring your card",
                          "Show it at the desk."]
    assert "Step" not in html and "Accordion" not in html
    findings = [(f.where.rsplit(":", 1)[1], f.severity, f.message)
                for f in lint_source(source / "faq.mdx") if f.rule == "generator-syntax"]
    assert ("33", INFO, "'<Frame caption=\"The front desk\">' is for the site's code: left "
                        "out, and with it the words 'The front desk'") in findings


def test_mdx_picture_components_are_pictures_with_their_description(settings, caplog):
    """Langflow's pages show their flows with `<ZoomableImage alt="..." sources={{...}} />`
    (Docusaurus' `<ThemedImage>` is written the same way): its attributes hold JavaScript
    over several lines, and the tag went without a word, its description with it."""
    write_handouts(settings.source, {"mention-response.md": """\
        # Mention Response

        Example of using the component in a flow:

        <ZoomableImage
          alt="Discord Mention Response Flow"
          sources={{
            light: "img/discord/DiscordMentionResponse_flow_example.png",
            dark: "img/discord/DiscordMentionResponse_flow_example_dark.png",
          }}
          style={{ width: "100%", margin: "20px 0" }}
        />

        In this example, the component connects to a text output node.
        """})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    printed = " ".join(text_of(parse_html(html)).split())
    assert printed == ("Example of using the component in a flow: Picture not available: "
                       "Discord Mention Response Flow In this example, the component connects "
                       "to a text output node.")
    said = [u.text for section in document.sections for u in section.script]
    assert "Picture not available: Discord Mention Response Flow" in said
    assert any("mention-response.md:6: picture 'img/discord/DiscordMentionResponse_flow_"
               "example.png' not found" in r.getMessage() for r in caplog.records)


def test_an_id_at_the_end_of_a_paragraph_is_its_anchor(settings):
    """markdown-it-attrs (VitePress, VuePress) gives a block an id written at the end of its
    words; v-mark-docs' example page (example/src/components/Example.md) ends a list item
    with "E.g. `{#attrs-example}`. {#attrs-example}", which printed its braces and was said
    "attrs-example" twice, and Quarto labels a display equation after its `$$`. The id is
    the block's, so a link to it still leads there."""
    said, printed = said_and_printed(settings, """\
        # Attributes

        - Adding custom attributes. E.g. `{#attrs-example}`. {#attrs-example}
        - Headings are turned into links.

        A paragraph with some text. {#p}

        $$
        E = mc^2
        $$ {#eq-energy}

        See [the paragraph](#p).
        """)
    assert printed.split() == ("Adding custom attributes. E.g. {#attrs-example}. "
                               "Headings are turned into links. A paragraph with some text. "
                               "E = mc² See the paragraph.").split()
    assert said[1:] == ["Adding custom attributes.", "For example attrs-example.",
                        "Headings are turned into links.", "A paragraph with some text.",
                        "E = mc²", "See the paragraph."]
    [document] = load_documents(settings)
    page = parse_html(document.html)
    assert page.find(".//li[@id='attrs-example']") is not None
    assert page.find(".//p[@id='eq-energy']") is not None
    assert page.find(".//p[@id='p']") is not None
    assert page.find(".//a[@href='#p']") is not None


def test_a_starlight_aside_on_one_line_is_a_callout(settings):
    """A Starlight course's "Linux Installation" page writes its asides on one line, alone
    in a list item or under one: `<Aside type="note">RHEL defaults to XFS
    filesystem.</Aside>`. The words were kept but the box and its label lost, where the
    same aside over three lines was a box."""
    write_handouts(settings.source, {"linux.mdx": """\
        import { Aside } from '@astrojs/starlight/components';

        # Linux Installation

        1.  **Profile Setup**: Create the default user.
            -   **Important**: The created user is added to `sudoers`.
                <Aside type="caution">Ubuntu disables the root password by default for security.</Aside>
        2.  **Installation Destination**:
            -   <Aside type="note">RHEL defaults to XFS filesystem.</Aside>
            -   Set the hostname.

        <Aside type="tip" title="Before you start">Back up your files.</Aside>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert [(label, words[len(label):].strip()) for label, words in callouts(html)] == [
        ("Caution", "Ubuntu disables the root password by default for security."),
        ("Note", "RHEL defaults to XFS filesystem."),
        ("Before you start", "Back up your files.")]
    said = [u.text for section in document.sections for u in section.script]
    assert said[-11:] == ["Caution", "Ubuntu disables the root password by default for security.",
                          "End of caution.", "2. Installation Destination:", "Note",
                          "RHEL defaults to XFS filesystem.", "End of note.", "Set the hostname.",
                          "Before you start", "Back up your files.", "End of before you start."]
    assert "Aside" not in html


def test_a_page_wrapped_for_its_direction_keeps_its_headings_as_sections(settings, caplog):
    """free-programming-books' Hebrew list of courses is written for GitHub, which shows
    every page left to right, inside `<div dir="rtl" markdown="1">` (its Arabic and Persian pages, and
    the Open Source Guides' Arabic ones, so too): the handout was one section, named after
    the file ("no title and no heading"). A wrapper's direction that differs from the
    handout's stays on the blocks it held."""
    real = CORPUS / "github" / "fpb-free-courses.he.md"
    write_handouts(settings.source, {"mixed.md": """\
        ---
        lang: en
        title: Mixed
        ---

        <div dir="rtl" markdown="1">

        ## בעברית

        שלום עולם.

        </div>
        """})
    shutil.copy(real, settings.source / real.name)
    with caplog.at_level(logging.WARNING, logger="handout.diagnostics"):
        documents = {d.source.name: d for d in load_documents(settings)}
    books = documents[real.name]
    assert books.meta.lang == "he" and books.meta.direction == "rtl"
    assert books.meta.title == "Index"
    assert [s.heading for s in books.sections[1:]] == ["C++", "Python", "R"]
    assert "הדרך שלך ללמוד פייתון" in " ".join(u.text for u in books.sections[2].script)
    assert not [r for r in caplog.records if "no heading" in r.getMessage()]
    [_, hebrew] = documents["mixed.md"].sections
    assert hebrew.heading == "בעברית"
    assert re.search(r'<h2 [^>]*dir="rtl"', hebrew.html) and '<p dir="rtl">' in hebrew.html


def test_headings_in_a_div_that_lays_them_out_start_sections(settings):
    """A Cub Scout pack's kit list sets each `## Clothes Bag` in a `<div>` of its own, for
    two columns on paper, and HL7's plain language summary each `<h4>` in Bootstrap's
    `<div class="collapse"><div class="card card-body">`: no heading started a section
    (one MP3, and HL7's handout had no title), and with one `<div>` never closed the first
    heading was said in the title's part. Such a `<div>` is only layout; a callout's is not."""
    write_handouts(settings.source, {
        "kit.md": "# Kit list\n\nIntro.\n\n<div class=\"col\">\n\n## Clothes\n* Hat\n"
                  "</div>\n<div class=\"col\">\n\n## Food\n* Apple\n</div>\n",
        "open.md": "# Kit list\n\nIntro.\n\n<div id=\"sections\"><div>\n\n## Clothes\n"
                   "* Hat\n</div><div>\n\n## Food\n* Apple\n</div>\n",
        "hl7.md": "<div class=\"collapse\" id=\"summary\">\n<div class=\"card card-body\">\n"
                  "  <h4>What is this guide about?</h4>\n  <p>It helps doctors.</p>\n"
                  "  <h4>Why is this important?</h4>\n  <p>Care must match goals.</p>\n"
                  "</div>\n</div>\n\n<div class=\"notice--info\">\n<h4>Tip</h4>\n"
                  "<p>Ask.</p>\n</div>\n"})
    documents = {d.source.name: d for d in load_documents(settings)}
    for name in ("kit.md", "open.md"):
        assert [(s.heading, [u.text for u in s.script]) for s in documents[name].sections] \
            == [("Kit list", ["Kit list", "Intro."]), ("Clothes", ["Clothes", "Hat"]),
                ("Food", ["Food", "Apple"])]
    hl7 = documents["hl7.md"]
    assert hl7.meta.title == "What is this guide about?"
    assert [s.heading for s in hl7.sections] == ["What is this guide about?",
                                                 "Why is this important?"]
    assert [u.text for u in hl7.sections[1].script][-3:] == ["Tip", "Ask.", "End of tip."]


def test_a_chatbots_citations_copied_as_code_are_left_out_and_its_sources_kept(settings):
    """Leaflets are drafted with chatbots, and a copied ChatGPT answer brings its citations
    as code for sources the copy left behind (Wikipedia's editors list the forms): the
    sample printed and said "worth it. :contentReference[oaicite:0]{index=0}". They go,
    with one warning, as the facts they backed want checking; a source it names as a link
    keeps its link, with the site for its words and without the tag on its address."""
    write_handouts(settings.source, {"flu.md": (
        "# Flu jab\n\n"
        "Adults over 65 are offered the flu vaccine every autumn. "
        ":contentReference[oaicite:0]{index=0}\n\n"
        "- It takes about two weeks to work :contentReference[oaicite:1]{index=1}.\n"
        "- Side effects are mild.\ue200cite\ue202turn0search1\ue202turn0search4\ue201\n"
        "- It is free for carers. citeturn0search2\n"
        "- [cite_start]It is safe in pregnancy[cite: 4, 5-7].\n\n"
        "Book at a pharmacy 【4:0†source】 or at the surgery "
        "[oai_citation:2‡nhs.uk](https://www.nhs.uk/vaccinations/flu-vaccine/"
        "?utm_source=chatgpt.com).\n\n"
        "^[Most people feel fine the next day.]({\"attribution\":{\"attributableIndex\":"
        "\"1009-1\"}}) See [the leaflet](https://example.org/flu?utm_source=chatgpt.com&a=1).\n\n"
        "```\nrate = 0.7  # from the trial :contentReference[oaicite:5]{index=5}\n```\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[:6] == ["Flu jab", "Adults over 65 are offered the flu vaccine every autumn.",
                        "It takes about two weeks to work.", "Side effects are mild.",
                        "It is free for carers.", "It is safe in pregnancy."]
    body = parse_html(document.sections[0].html)
    printed = " ".join(text_of(body).split())
    for code in ("contentReference", "oaicite", "turn0search", "cite", "†", "‡",
                 "attribution", "chatgpt"):
        assert code not in printed.replace("# from the trial :contentReference[oaicite:5]"
                                           "{index=5}", "")
    assert "Book at a pharmacy or at the surgery nhs.uk." in printed
    assert "Most people feel fine the next day. See the leaflet." in printed
    assert [a.get("href") for a in body.iter("a")] == [
        "https://www.nhs.uk/vaccinations/flu-vaccine/", "https://example.org/flu?a=1"]
    assert "rate = 0.7  # from the trial :contentReference[oaicite:5]{index=5}" in \
        text_of(body)  # code keeps what it holds
    findings = [f for f in lint_source(settings.source / "flu.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [("3", WARNING)]
    assert "chatbot's citation" in findings[0].message
    assert "(and those on 5 more lines)" in findings[0].message


def test_a_chatbots_buttons_over_its_code_are_left_out(settings):
    """A note on making a file in Linux, copied from ChatGPT as text, kept the buttons over
    each code block on lines of their own, "bash", "Copy", "Edit" (or "Copy code"): they
    were printed and said before each command, "bash Copy Edit touch notes.txt", eight
    times. They go, with one note; a code block and a word alone on its line stay."""
    write_handouts(settings.source, {"notes.md": (
        "# Notes\n\nCreate the file:\n\nbash\nCopy\nEdit\ntouch notes.txt\n\n"
        "Then:\npython\nCopy code\nprint(1)\n\nCopy\n\nbash\n\n"
        "```\nbash\nCopy\nEdit\n```\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[:6] == ["Notes", "Create the file:", "touch notes.txt", "Then:", "print(1)",
                        "Copy"]
    assert said[6] == "bash"
    assert "bash\nCopy\nEdit" in text_of(parse_html(document.sections[0].html))
    findings = [f for f in lint_source(settings.source / "notes.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [("5", INFO)]
    assert "(2 blocks)" in findings[0].message


def test_a_code_block_holding_only_an_html_comment_is_left_out(settings):
    """Gemini's answers put `<!-- end list -->` in a code block of its own after a list: a
    leaflet on hypertension printed it as a code box and said "Code example, 1 line, as
    printed: !-- end list --". It goes, with a note; a code block with code, and one
    showing a comment inside a longer block, stay."""
    write_handouts(settings.source, {"bp.md": (
        "# Blood pressure\n\n- Walk daily.\n\n```\n<!-- end list -->\n```\n\n"
        "Eat less salt.\n\n````markdown\n```\n<!-- a comment -->\n```\n````\n\n"
        "```html\n<!-- a comment -->\n```\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[:3] == ["Blood pressure", "Walk daily.", "Eat less salt."]
    assert "end list" not in " ".join(said)
    assert [text_of(code) for code in parse_html(document.sections[0].html).iter("pre")] == [
        "```\n<!-- a comment -->\n```\n", "<!-- a comment -->\n"]
    findings = [f for f in lint_source(settings.source / "bp.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [("5", INFO)]
    assert "'<!-- end list -->'" in findings[0].message


def test_a_block_notions_export_lost_is_warned_of(settings):
    """An export of Notion's pages writes `<!-- Unsupported block type: table -->` for a
    block it could not carry over: a template for a meeting's minutes lost its table of
    action items, dropped unseen as a comment. A warning at its line names its kind; the
    same comment in code is code."""
    write_handouts(settings.source, {"minutes.md": (
        "# Minutes\n\n## Action Items\n\n<!-- Unsupported block type: table -->\n\n"
        "<!-- Unsupported block type: child_database -->\n\n"
        "```\nnotion-to-md writes:\n<!-- Unsupported block type: image -->\n```\n")})
    [document] = load_documents(settings)
    assert "Unsupported" not in document.sections[1].html.replace(
        "&lt;!-- Unsupported block type: image --&gt;", "")
    assert "Unsupported block type: image" in document.sections[1].html
    findings = [f for f in lint_source(settings.source / "minutes.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity, f.message.split(" and left")[0])
            for f in findings] == [
        ("5", WARNING, "Notion's export could not carry over a block here (table)"),
        ("7", WARNING, "Notion's export could not carry over a block here (child database)")]


def test_a_source_copilot_numbers_is_a_footnote_giving_its_address(settings):
    """Copilot (Bing Chat) numbers its sources as links in superscript to a list under its
    answer, `[^1^][1]` and `[1]: https://... ""`: the handout printed "ages2 (https://...)"
    and the voice said "people of all ages squared". Each is a footnote giving the source,
    one note for a source cited twice; one whose list was not copied goes, with the
    chatbot-citation warning."""
    write_handouts(settings.source, {"asthma.md": (
        "# Asthma\n\nAsthma causes breathing difficulties[^1^][1]. It affects people of all "
        "ages[^2^][2][^1^][1].\n\nIt often starts in childhood[^3^][3].\n\n"
        "[1]: https://www.nhs.uk/conditions/asthma/ \"\"\n"
        "[2]: https://www.asthmaandlung.org.uk/conditions/asthma \"What is asthma?\"\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Asthma", "Asthma causes breathing difficulties (note 1).",
                    "It affects people of all ages (note 2) (note 1).",
                    "It often starts in childhood.", "Note 1: web address nhs.uk",
                    "Note 2: What is asthma? web address asthmaandlung.org.uk"]
    body = parse_html("".join(section.html for section in document.sections))
    assert "squared" not in " ".join(u.spoken for s in document.sections for u in s.script)
    assert [a.get("href") for a in body.iter("a")] == [
        "#fn-source-1", "#fn-source-2", "#fn-source-1"]
    findings = [f for f in lint_source(settings.source / "asthma.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [("5", WARNING)]


def test_a_source_numbered_after_a_sentence_is_a_footnote(settings):
    """Copilot Chat, Perplexity and footnoted web pages copy a source as a link whose words
    are its number, glued to the sentence it backs, `years.[1](https://...)`: printed
    "years.1 (https://...)", and "user.23" said as a number. Each is a footnote giving its
    address, one to a source however often cited; a number with a space before it, and a
    link to a place in the page, are links as any other."""
    write_handouts(settings.source, {"rates.md": (
        "# Rates\n\nComplications approached 30% in the last 10 years.[1]"
        "(https://www.medscape.org/viewarticle/711126) Accounts include the root user."
        "[2](https://docs.aws.amazon.com/IAM/root.html?utm_source=chatgpt.com)"
        "[[3]](https://www.medscape.org/viewarticle/711126)\n\n"
        "See step [2](#step-2) and page [3](https://example.org/3).\n\n"
        "```\nrate = 0.3  # see.[1](https://example.org/code)\n```\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:4] == ["Complications approached 30 percent in the last 10 years. (note 1)",
                         "Accounts include the root user. (note 2) (note 1)",
                         "See step 2 and page 3."]
    assert said[-2:] == ["Note 1: web address medscape.org",
                         "Note 2: web address docs.aws.amazon.com"]
    body = parse_html("".join(section.html for section in document.sections))
    assert [a.get("href") for a in body.iter("a")] == [
        "#fn-source-1", "#fn-source-2", "#fn-source-1", None, "https://example.org/3"]
    assert body.find(".//pre/code").text.strip() == \
        "rate = 0.3  # see.[1](https://example.org/code)"  # code keeps what it holds


def test_a_page_copied_from_wikipedia_keeps_its_citations_marks_unsaid(settings):
    """An article copied as text keeps Wikipedia's marks, "the lungs.[1][2]", "[citation
    needed]", "[4]:12": the sentences ran into one utterance, said "lungs. 1 2 It is common.
    3 citation needed". They print as written and are silent, each sentence its own; a
    mark over a list of sources, `[3]: https://...`, is a footnote giving the source."""
    write_handouts(settings.source, {"asthma.md": (
        "# Asthma\n\nAsthma is a long-term disease of the lungs.[1][2] It is common.[3] "
        "Symptoms vary.[4]:12[citation needed] See [5] for more.\n\n"
        "[3]: https://www.asthmaandlung.org.uk \"Asthma + Lung UK\"\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Asthma", "Asthma is a long-term disease of the lungs.",
                    "It is common. (note 1)", "Symptoms vary.", "See 5 for more.",
                    "Note 1: Asthma + Lung UK, web address asthmaandlung.org.uk"]
    printed = " ".join(text_of(parse_html(document.sections[0].html)).split())
    assert printed == ("Asthma is a long-term disease of the lungs.[1][2] It is common.1 "
                       "Symptoms vary.[4]:12[citation needed] See [5] for more.")


def test_a_line_of_tags_is_no_heading(settings):
    """Obsidian and Bear file a note with a line of tags, `#health #asthma`, which GitHub,
    Obsidian and CommonMark show as words but Python-Markdown made a heading, "health
    #asthma", printed at 28 points and read as a part. Such a line goes, with a note; a
    tag in a sentence stays, and "#Introduction" alone is a heading written without its
    space."""
    write_handouts(settings.source, {"asthma.md": (
        "---\ntitle: Asthma\n---\n\n#health #patient-info/asthma\n\nAsthma is common.\n\n"
        "#inhalers\n\n## Inhalers\n\nTake them. #todo\n\n#Introduction\n\nWords.\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Asthma", "Inhalers", "Introduction"]
    said = [u.text for s in document.sections for u in s.script]
    assert "health" not in " ".join(said) and "inhalers" not in " ".join(said)
    assert "Take them. todo" in said
    findings = [f for f in lint_source(settings.source / "asthma.md")
                if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("5", INFO), ("9", INFO)]
    assert "'#health #patient-info/asthma'" in findings[0].message


def test_hackmds_line_of_tags_is_no_title(settings):
    """HackMD's minutes open with their tags, `###### tags: `meeting notes` `TODO?``: the
    line became the handout's title, "tags: meeting notes TODO?", printed and said first,
    and the minutes' own title a section under it."""
    write_handouts(settings.source, {"minutes.md": (
        "###### tags: `meeting notes` `TODO?`\n\n# Meeting notes 16.05.2022\n\n"
        "## Attendees\n\nAnna and Ben.\n\n## Tags: the labels we use\n\nWords.\n")})
    [document] = load_documents(settings)
    assert document.meta.title == "Meeting notes 16.05.2022"
    assert [s.heading for s in document.sections][1:] == ["Attendees", "Tags: the labels we use"]
    assert "meeting notes TODO" not in " ".join(u.text for s in document.sections
                                                 for u in s.script)
    assert [f.rule for f in lint_source(settings.source / "minutes.md")
            if f.where.endswith(":1") and f.rule != "language"] == ["generator-syntax"]


def test_hackmds_tags_in_a_quote_are_a_signature_and_its_colour_goes(settings):
    """HackMD's comments (sweep BA, repro hackmd), "> [name=JenHao]", "> [time=Mon, Dec
    26, 2022 4:21 PM]", "> Leave in-line comments! [color=#3b75c6]", printed their
    brackets and were said "name=JenHao", "color= 3b75c6": HackMD shows a name's and a
    time's badge and colours the bar. The name and the time are a signature, the colour
    goes, a quote of a colour alone goes; outside a quote and in code they stay."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Install notes
        lang: en
        ---

        > [name=JenHao]

        > [time=Mon, Dec 26, 2022 4:21 PM]

        Comments:

        > [color=#3b75c6]

        > Leave in-line comments! [color=#3b75c6] [name=Ann] [time=Tue, Dec 27, 2022]

        The tag [name=X] here.

        ```
        > [color=red]
        ```
        """)
    assert said == ["Install notes", "Quote.", "— JenHao", "Monday, December 26, 2022 4:21 PM",
                    "End of quote.", "Comments:", "Quote.",
                    "Leave in-line comments! — Ann, Tuesday, December 27, 2022",
                    "End of quote.", "The tag name=X here.",
                    "Code example, 1 line, as printed:", "color red"]
    assert "color=#3b75c6" not in printed and "[name=X]" in printed


def test_a_line_opening_with_a_number_sign_is_no_heading(settings):
    """"#1 tip: keep warm at night", copied from a blog or a chatbot's answer, is no
    heading on GitHub or in CommonMark; Python-Markdown made it one, printed at 28 points,
    narrated as a section of its own, its sign lost. It is a paragraph that says
    "Number 1"; in a quote too, and in code it is code."""
    write_handouts(settings.source, {"tips.md": (
        "# Winter tips\n\nOur tips.\n\n#1 tip: keep warm at night.\n\n#2: drink water.\n\n"
        "> #3 tip: rest.\n\n```\n#4 in code\n```\n\nWe rank this #5 on the list.\n\n"
        "#Introduction\n\nWords.\n")})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Winter tips", "Introduction"]
    printed = [" ".join(text_of(p).split()) for p in
               parse_html(document.sections[0].html).iter() if p.tag in ("p", "code")]
    assert printed[1:5] == ["#1 tip: keep warm at night.", "#2: drink water.",
                            "#3 tip: rest.", "#4 in code"]
    said = [u.spoken for u in document.sections[0].script]
    assert said[2:4] == ["Number 1 tip: keep warm at night.", "Number 2: drink water."]
    assert "We rank this number 5 on the list." in said


def test_a_chatbots_display_maths_is_maths_and_escaped_brackets_stay(settings):
    """A chatbot sets maths apart between `\\[` and `\\]`, as LaTeX does: the BMI formula
    printed and was said "text BMI = frac text weight (kg) text height (m) 2". It is the
    characters the maths prints, words in it too; Google Docs' escaped brackets, `\\[Insert
    name\\]`, stay brackets."""
    write_handouts(settings.source, {"bmi.md": (
        "# BMI\n\n\\[\n\\text{BMI} = \\frac{\\text{weight (kg)}}{\\text{height (m)}^2}\n\\]\n\n"
        "Write \\[Insert name\\] here, and \\[ \\approx 10\\% \\] less.\n")})
    [document] = load_documents(settings)
    printed = [" ".join(text_of(p).split()) for p in parse_html(document.sections[0].html).iter("p")]
    assert printed == ["BMI = (weight (kg))/(height (m)²)",
                       "Write [Insert name] here, and ≈ 10% less."]
    said = [u.spoken for u in document.sections[0].script]
    assert said[1] == "BMI = (weight (kilograms)) divided by (height (m) squared)"


def test_escaped_square_brackets_in_a_sentence_are_no_box(settings):
    """RMIT's introduction to Harvard referencing tells its reader to "put them in **square
    brackets** \\[ \\]": said "square brackets unticked box", the escaped brackets taken for
    a form's box. They print as brackets and are no box; a box typed in a form, "[ ] yes",
    is still one."""
    write_handouts(settings.source, {"cite.md": (
        "# Citing\n\nPut them in **square brackets** \\[ \\]. Tick: [ ] yes [ ] no.\n")})
    [document] = load_documents(settings)
    [printed] = [" ".join(text_of(p).replace("\u2060", "").split())
                 for p in parse_html(document.sections[0].html).iter("p")]
    assert printed == "Put them in square brackets [ ]. Tick: [ ] yes [ ] no."
    said = [u.spoken for u in document.sections[0].script]
    assert said[1] == "Put them in square brackets." and \
        said[2] == "Tick: unticked box yes unticked box no."
    assert document.sections[0].script[1].text == "Put them in square brackets."


def test_gitbooks_escaped_brackets_are_brackets_and_maths_stays_maths(settings):
    """GitBook escapes every bracket of a page, "email the trainer \\(for contact details,
    see Trainer\\)": taken for TeX's inline maths, the brackets were left out in print and
    speech. Maths between `\\(` and `\\)` is still maths."""
    said, printed = said_and_printed(settings, (
        "# Support\n\nPlease email the trainer \\(for contact details, see "
        "[Trainer](overview/trainer.md)\\).\n\nUnder the Disability Standards for Education "
        "\\(2005\\), ask us \\(e.g. 15,100-16,000\\).\n\nThe area is \\(x^2\\) and \\(a + b\\).\n"))
    assert said[1:] == [
        "Please email the trainer (for contact details, see Trainer).",
        "Under the Disability Standards for Education (2005), ask us (for example 15,100 to "
        "16,000).",
        "The area is x² and a + b."]
    assert "\\(" not in printed and "(2005)" in printed


def test_gitbooks_hints_say_their_kind_and_an_embed_is_its_link(settings):
    """A green GitBook hint (`style="success"`) was said "Success" before an invitation to
    volunteer; GitBook shows it with an icon and no word. An embed, which GitBook shows as
    a card linking to the page, was left out: "Join our community on Slack:" and nothing."""
    said, printed = said_and_printed(settings, (
        "# Support\n\n{% hint style=\"success\" %}\nYou can become a ResLead too!\n"
        "{% endhint %}\n\nJoin our community on Slack:\n\n"
        "{% embed url=\"http://go.unimelb.edu.au/6mhi\" %}\n\n"
        "{% embed url=\"https://rescom.eventbrite.com\" caption=\"Book a training place\" %}\n"))
    assert said[1:4] == ["Tip", "You can become a ResLead too!", "End of tip."]
    assert said[4:] == ["Join our community on Slack:", "web address go.unimelb.edu.au",
                        "Book a training place"]
    html = parse_html(load_documents(settings)[0].sections[0].html)
    assert [a.get("href") for a in html.iter("a")] == [
        "http://go.unimelb.edu.au/6mhi", "https://rescom.eventbrite.com"]


def test_gitbooks_page_references_are_links_named_after_the_page(settings, caplog):
    """A university's HPC guide (GitBook; sweep BF, hpc-quickstart lines 113 and 276) ends
    "…using remote desktop clients here:" over `{% page-ref page="access-hpc/gui-remote-
    desktop.md" %}`, which was left out, the sentence pointing at nothing; a
    `{% content-ref %}` printed its link's words, the bare file name "opening-hours.md".
    Each is a link named after the page, its file's name made readable ("Gui remote
    desktop"; a folder's README its folder's), or the words an author gave the link, and the
    handout says, as for any link to another page, that it is kept as words only."""
    with caplog.at_level(logging.INFO, "handout.diagnostics"):
        said, printed = said_and_printed(settings, (
            "# Getting help\n\nYou can learn how to access the HPC cluster here:\n\n"
            "{% page-ref page=\"access-hpc/gui-remote-desktop.md\" %}\n\n"
            "{% page-ref page=\"scheduling-jobs/README.md\" %}\n\n"
            "Our opening hours are listed here:\n\n{% content-ref url=\"opening-hours.md\" %}\n"
            "[opening-hours.md](opening-hours.md)\n{% endcontent-ref %}\n\n"
            "{% content-ref url=\"fees.md\" %}\n[Fees and fines](fees.md)\n"
            "{% endcontent-ref %}\n"))
    assert said[1:] == ["You can learn how to access the HPC cluster here:",
                        "Gui remote desktop", "Scheduling jobs",
                        "Our opening hours are listed here:", "Opening hours", "Fees and fines"]
    assert ".md" not in printed and "ref" not in printed
    messages = [record.getMessage() for record in caplog.records]
    assert any("page.md:5: the link to 'access-hpc/gui-remote-desktop.md' is kept as its "
               "words only" in message for message in messages)
    assert any("the link to 'opening-hours.md' is kept as its words only" in message
               for message in messages)


def test_a_link_to_a_page_wrapped_over_lines_is_named_at_its_line(settings, caplog):
    """A Citizens Information page saved by a scraper (sweep CL, homeless-agencies lines
    99-104) wraps a link to another of its pages, "](/en/…/jobseekers-" then "allowance/)":
    the note that it is kept as words named no line, and the address with a "\\n" in it."""
    with caplog.at_level(logging.INFO, "handout.diagnostics"):
        said_and_printed(settings, "# Payments\n\nClaim [\nJobseeker's Allowance ](/en/"
                                   "social-welfare/jobseekers-\nallowance/) as usual.\n")
    assert any("page.md:4: the link to '/en/social-welfare/jobseekers-allowance/' is kept as "
               "its words only" in record.getMessage() for record in caplog.records)


def test_a_myst_admonitions_words_after_its_name_are_its_content_when_a_sentence(settings):
    """MyST-Parser (Jupyter Book 1) reads the words after `{warning}` as the box's content: a
    course's one-line warning was printed as the box's title, its link's Markdown with it,
    and said twice ("End of Please note..."). A title-like phrase is mystmd's title."""
    said, printed = said_and_printed(settings, (
        "# Withdrawing\n\n```{warning} Please note that it is your responsibility to check "
        "the dates as [listed in the Calendar](https://example.org/dates).\n```\n\n"
        ":::{tip} Dealing with complex DOIs\n:class: dropdown\nUse the full address.\n:::\n"))
    assert said[1:] == [
        "Warning", "Please note that it is your responsibility to check the dates as listed "
        "in the Calendar.", "End of warning.",
        "Dealing with complex DOIs", "Use the full address.", "End of Dealing with complex DOIs."]
    assert "](" not in printed


def test_liquids_date_filter_on_a_front_matter_date_writes_the_date(settings):
    """A hymnal's pages (Jekyll) write `{{ page.date | date: "%B %-d, %Y" }}` after "Posted
    on" and over a table of readings, its date in the front matter: it was left out, "Posted
    on." said and the table's header an empty row. The date is written as the format asks,
    in English as Jekyll writes it, `%-d` unpadded; a value that is no date is kept."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Hymnal\ndate: 2025-09-12\nlang: en\nhymn: Abide with me\n---\n\n"
        "Posted on {{ page.date | date: \"%B %-d, %Y\" }}; sing {{ page.hymn | date: '%Y' }}"
        ".\n\n| {{ page.date | date: '%d/%m/%Y' }} |\n| :-: |\n| Ex. 24 |\n"))
    assert "Posted on September 12, 2025; sing Abide with me." in printed
    assert "12/09/2025" in printed
    assert not any("{{" in words for words in said)


def test_a_list_items_attribute_list_before_its_words_is_left_out(settings):
    """A Jekyll page of Frances Harper's poem sets its lines as a list, indenting every other
    by a class before its words, `- {.indent-2} Songs for the old and young;` and kramdown's
    `- {:.indent-1} This line…`: printed and said "{.indent-2} Songs…". The list goes, its
    words stay; in code it is code."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Poem\nlang: en\n---\n\n- Let me make the songs for the people,\n"
        "- {.indent-2} Songs for the old and young;\n- {:.indent-1} This line goes in.\n"
        "\nText.\n\n```\n- {.indent-2} kept\n```\n"))
    assert "Songs for the old and young;" in printed and "This line goes in." in printed
    assert "indent" not in printed.split("Text.")[0] and "- {.indent-2} kept" in printed
    assert not any("indent" in words for words in said if "kept" not in words)


def test_kramdowns_extensions_and_contents_placeholder_print_nothing(settings):
    """W3C WAI's pages, in some thirty languages, wrap each Liquid include in
    `{::nomarkdown}` ... `{:/}` (sixteen a page) and set `{::options toc_levels="2" /}`:
    each was printed and said "colon colon nomarkdown". The list kramdown replaces with
    the contents ("- TOC is created automatically." over `{:toc}`) was said in English in a
    Korean handout. A comment's words go with it; code keeps all of it."""
    said, printed = said_and_printed(settings, (
        "# Introduction\n\n{::nomarkdown}\n{% include box.html type=\"start\" %}\n{:/}\n\n"
        "Accessibility matters.\n\n{::options toc_levels=\"2\" /}\n\n"
        "-   TOC is created automatically.\n{:toc}\n\n{::comment}\nDraft: check this.\n"
        "{:/comment}\n\nSee [[the business case]](/business-case/) for more.\n\n"
        "```\n{::nomarkdown}\n```\n"))
    assert said[1:3] == ["Accessibility matters.", "See the business case for more."]
    assert "nomarkdown" not in " ".join(said[1:3]) and "TOC" not in printed
    assert "Draft" not in printed and "business-case" not in printed
    assert "[the business case]" in printed  # as the site prints a link to its own page
    assert printed.split()[-1] == "{::nomarkdown}"


def test_the_contents_placeholder_over_kramdowns_options_prints_nothing(settings):
    """Jekyll's contents placeholder with kramdown's options between it and `{:toc}` (sweep
    CW, D4): "Do not remove this line (it will not be displayed)" was printed, and was all
    its title section said."""
    said, printed = said_and_printed(settings, (
        "# Carols\n\n* Do not remove this line (it will not be displayed)\n"
        "{::options toc_levels=\"2\" /}\n{:toc}\n\n## Silent Night\n\nHoly night.\n"))
    assert "remove" not in printed and "toc" not in printed
    assert said == ["Carols", "Silent Night", "Holy night."]


def test_a_no_toc_heading_over_the_contents_list_goes_with_it(settings):
    """Just the Docs' "#### Table of Contents" marked `{: .no_toc }` over the list kramdown
    replaces by the contents (sweep BJ, acids-bases lines 17-20): the list went and its
    heading stayed, printed and said as an empty heading. It goes with its list; a heading
    so marked over other words stays."""
    said, printed = said_and_printed(settings, (
        "# Chemistry\n\n## Also known as Acids\n{: .no_toc }\n\n#### Table of Contents\n"
        "{: .no_toc }\n\n* Table of Contents\n{:toc}\n\nHey there!\n\n## Acids\n\nSour.\n"))
    assert "Table of Contents" not in printed and "Table of Contents" not in " ".join(said)
    assert said == ["Chemistry", "Also known as Acids", "Hey there!", "Acids", "Sour."]


def test_blowfish_alerts_take_their_type_and_say_alert_in_the_handouts_language(settings):
    """Blowfish's `{{< alert >}}` was labelled "Alert" in English in an Arabic handout, and
    its `type="info"` was not read."""
    said, _ = said_and_printed(settings, (
        "---\ntitle: ضغط الدم\nlang: ar\n---\n\n{{< alert >}}\nلا توقف الدواء.\n"
        "{{< /alert >}}\n\n{{< alert type=\"info\" >}}\nقس ضغطك كل يوم.\n{{< /alert >}}\n"))
    assert said[1:] == ["تنبيه", "لا توقف الدواء.", "نهاية: تنبيه.",
                        "معلومات", "قس ضغطك كل يوم.", "نهاية: معلومات."]


def test_an_address_set_in_by_two_spaces_keeps_its_lines(settings):
    """Code Your Future's Manchester page set its address two spaces in: it printed as one
    line, "Federation House, 2 Federation St, Manchester M4 4BF"."""
    said_and_printed(settings, "# Where we teach\n\n  Federation House,\n"
                               "  2 Federation St,\n  Manchester\n  M4 4BF\n")
    html = load_documents(settings)[0].sections[0].html
    assert html.count("<br") == 3


def test_a_pointing_emoji_before_a_name_or_a_links_words_is_decoration(settings):
    """A clinic's contact page said "(round pushpin) Avrasya Hospital" and "(round pushpin)
    View on Google Maps", where its "📞 **Phone:**" lost its emoji as a label's."""
    said, printed = said_and_printed(settings, (
        "# Contact\n\n📍 **Avrasya Hospital**\n\n"
        "[📍 View on Google Maps](https://maps.example.org/x)\n\n✅ Take it daily\n"))
    assert said[1:] == ["Avrasya Hospital", "View on Google Maps",
                        "(check mark button) Take it daily"]
    assert "📍" not in printed


def test_a_bold_name_over_opening_hours_keeps_the_lines(settings):
    """A library's information sheet: "**Tredyffrin Public Library**" over its hours ran
    into one line, printed and said in one breath; and a Toronto clinic's "**📍Toronto
    area:**" kept its emoji inside the bold label."""
    said, _ = said_and_printed(settings, (
        "# Hours\n\n**Tredyffrin Public Library**\nMonday - Thursday: 9 am - 9 pm\n"
        "Friday - Saturday: 9 am - 5 pm\n\n**📍Toronto area:** call us.\n"))
    assert said[1:] == ["Tredyffrin Public Library", "Monday to Thursday: 9 am to 9 pm",
                        "Friday to Saturday: 9 am to 5 pm", "Toronto area: call us."]


def test_a_wiki_js_callout_s_class_on_the_line_under_its_quote_makes_it_a_callout(settings):
    """Wiki.js's editor puts the class on the line under the quote, no quote marker before
    it, as a makerspace's safety policy has fifteen: each was said "Quote.", its danger
    and its warnings unnamed."""
    write_handouts(settings.source, {"safety.md": """\
        # Safety

        > Never use the lathe alone.
        > Ask a member to stand by.
        {.is-danger}

        > This policy only covers projects in our workshop.
        {.is-info}

        Text.
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert callouts(html) == [
        ("Danger", "Danger Never use the lathe alone. Ask a member to stand by."),
        ("Information", "Information This policy only covers projects in our workshop.")]
    assert [u.text for u in document.sections[0].script][1:4] == [
        "Danger", "Never use the lathe alone.", "Ask a member to stand by."]


def test_a_heading_set_in_by_a_few_spaces_is_a_heading(settings):
    """Three machine-translated health pages set their headings in by a space, which
    CommonMark and GitHub read as headings: they printed "### Monitorar sintomas", marks and
    all. Four spaces are code."""
    write_handouts(settings.source, {"guia.md": """\
        # Guia

         ### Monitorar sintomas

        Texto.

            ## code
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    assert '<h3 id="monitorar-sintomas">Monitorar sintomas</h3>' in html
    assert "<code>## code" in html


def test_an_embedded_video_never_closed_keeps_the_handout_after_it(settings, caplog):
    """A child anaphylaxis guide opens with `<video controls src=…>` and never closes it:
    the video held the whole guide, which went with it, and the build stopped with "the
    handout has no text". The video goes, with its warning; the guide stays."""
    write_handouts(settings.source, {"epipen.md": """\
        # Anaphylaxis

        <video controls src="epipen.mp4">

        ## Step 1

        Take the EpiPen out.
        """})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Anaphylaxis", "Step 1"]
    assert [u.text for u in document.sections[1].script] == ["Step 1", "Take the EpiPen out."]
    assert any("<video> is not allowed" in r.getMessage() for r in caplog.records)


def test_markdown_one_in_curly_quotes_is_read_as_markdown(settings):
    """The VA's pages write `<div markdown=“1”>` with a word processor's quotes: the heading,
    list and link inside printed as text, "### What can I get? - one thing"."""
    said, printed = said_and_printed(settings, """\
        # Services

        <div markdown=“1”>

        ### What can I get?

        - one thing
        - another thing

        [More](https://example.org/more).

        </div>
        """)
    assert said[1:] == ["What can I get?", "one thing", "another thing", "More."]
    assert "###" not in printed and "](" not in printed


def test_an_emoji_closing_a_heading_or_a_link_decorates_it(settings):
    """An air-quality group's "## How to borrow 🚀" was said "(rocket)" and named its MP3
    so; its "[Request a purifier ➡️](…)" ended "(right arrow)". A flag names a country, and
    stays."""
    said, printed = said_and_printed(settings, """\
        # Purifiers

        **[Request a purifier ➡️](https://example.org/form)**

        ## How to borrow 🚀

        Fill out our short form.

        ## Dati 🇮🇹

        Testo.
        """)
    assert said[1:4] == ["Request a purifier", "How to borrow", "Fill out our short form."]
    assert "rocket" not in " ".join(said) and "🚀" not in printed
    assert any("Italy" in line for line in said)


def test_an_include_that_passes_words_and_an_address_is_a_link(settings):
    """A library's joining page drew its button with `{% include button-blue.html text="…"
    url="…" %}`: the words stayed and where to apply went."""
    include = ('{% include /c/button-blue.html text="Apply for a card online now" '
               'url="https://example.org/join" %}')
    write_handouts(settings.source, {"join.md": f"# Joining\n\n{include}\n\n"
                                                "Your library card is free.\n"})
    [handout] = load_documents(settings)
    assert '<a href="https://example.org/join">Apply for a card online now</a>' in handout.html


def test_a_line_a_tag_left_out_emptied_in_nested_divs_is_no_code_block(settings):
    """A university's information sheet (sweep BE, ncl-accent-pis lines 11-16, al-folio's
    theme) sets an include in two nested `<div>`s, eight spaces in: left out, it left its
    spaces, and they were printed as an empty framed code block and said "Code example, 0
    lines, as printed". A line of spaces alone is empty, as Python-Markdown makes it."""
    write_handouts(settings.source, {"study.md": """\
        # Study

        <div class="center">
            <div class="col-sm mt-3 mt-md-0">
                {% include footer.html %}
            </div>
        </div>

        You are invited.
        """})
    [document] = load_documents(settings)
    assert "<pre" not in document.html
    assert [u.text for u in document.sections[0].script][1:] == ["You are invited."]


def test_a_figure_include_is_its_picture_described_by_its_title(settings):
    """al-folio's `{% include figure.liquid path="…" title="…" %}`: a university's
    information sheet (sweep BE, ncl-accent-pis line 13) lost its logo, left out as an
    include. It is the picture at `path`, described by its `alt`, else its `title`, as
    Hugo's figures are."""
    logo = ('{% include figure.liquid path="assets/img/logo.png" title="Newcastle University" '
            'class="img-fluid" %}')
    ward = '{% include figure.html path="assets/img/ward.jpg" alt="A ward" caption="Ward 3" %}'
    write_handouts(settings.source, {"study.md": f"# Study\n\n{logo}\n\n{ward}\n"})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "Picture not available: Newcastle University",
        "Picture not available: A ward. Caption: Ward 3"]


def test_a_jekyll_themes_callout_include_is_a_box_without_a_label(settings):
    """OnlyKey's guide to importing PGP keys (documentation-theme-jekyll) gives each of its
    steps in `{% include callout.html content="**Step 1.** ..." type="default" %}`: the
    theme draws a coloured box with no label, but it was printed under an invented heading,
    "Callout", and said "Callout … End of callout" 26 times. Its `note.html` keeps its
    label."""
    write_handouts(settings.source, {"import.md": """\
        # Import keys

        {% include callout.html content="**Step 1.** Open the app." type="default" %}

        {% include note.html content="Keep your key safe." %}
        """})
    [document] = load_documents(settings)
    boxes = [(box.find("p[@class='admonition-title']"), " ".join(text_of(box).split()))
             for box in parse_html(document.html).iter("div")
             if "admonition" in (box.get("class") or "").split()]
    assert [(title is not None and text_of(title), words) for title, words in boxes] == [
        (False, "Step 1. Open the app."), ("Note", "Note Keep your key safe.")]
    assert [u.text for u in document.sections[0].script][1:] == [
        "Step 1.", "Open the app.", "End of box.", "Note", "Keep your key safe.",
        "End of note."]


def test_a_cached_include_keeps_the_words_it_passes_as_an_include_does(settings):
    """The W3C's pages pass their pull quotes to `{% include_cached blockquote.html
    content="..." %}` (jekyll-include-cache): the quote was left out, and the check said
    the tag "has no words for this handout"."""
    write_handouts(settings.source, {"promise.md": (
        "# Our promise\n\n{% include_cached blockquote.html class=\"pull\" content=\"<p>"
        "Accessibility: it's about people</p>\" %}\n\nWe make our leaflets for everyone.\n")})
    [handout] = load_documents(settings)
    assert [u.text for u in handout.sections[0].script][1:] == [
        "Accessibility: it's about people", "We make our leaflets for everyone."]


def test_an_address_the_copied_page_hid_is_a_warning_on_its_line(tmp_path):
    """A Korean code of conduct, copied from a page served through Cloudflare, gave its
    contact as "[email protected]", said "email protected", with no finding."""
    page = tmp_path / "conduct.md"
    page.write_text("---\ntitle: Conduct\n---\n\nIntro.\n\nWrite to [[email protected]]"
                    "(/cdn-cgi/l/email-protection#5d3e) for help.\n", encoding="utf-8")
    [finding] = [f for f in lint_source(page) if f.rule == "generator-syntax"]
    assert finding.where.endswith(":7") and finding.severity == WARNING
    assert "write the address itself" in finding.message


def test_a_link_drawn_as_a_picture_that_cannot_be_had_keeps_its_words(settings):
    """A food bank's sign-up button was a picture from another site inside its link: it
    printed as a box, "Picture not available: Sign Up!", and the link was lost. With no
    words, the site it links to is its words: a README's 46 sponsors' logos were each "Picture
    not available: (no description was given)", said 46 times over."""
    button = ('<a href="https://example.org/go/123"><img src="https://example.org/sign-up.gif" '
              'alt="Sign Up!"></a>')
    logos = "".join(f'\n  <a href="https://{site}/" target=_blank><img\n    src="https://'
                    f'example.org/sponsor-{site}.png" height="120"\n  /></a>'
                    for site in ("fastapi.tiangolo.com", "www.trendpop.com"))
    write_handouts(settings.source, {"shop.md": f"# Shop\n\n* {button} or scan the QR code\n"
                                                f"\n<p align=\"center\">{logos}\n</p>\n"})
    [handout] = load_documents(settings)
    assert '<a href="https://example.org/go/123">Sign Up!</a> or scan' in handout.html
    assert '<a href="https://www.trendpop.com/">trendpop.com</a>' in handout.html
    assert "missing-picture" not in handout.html
    assert handout.sections[0].script[-1].text == "fastapi.tiangolo.com, trendpop.com"


def test_a_thumbnail_linking_to_its_picture_that_cannot_be_had_is_a_missing_picture(
        settings):
    """A Cub Scout pack's campout page (sweep BD, cub-spring-campout line 70; repro
    linkedpic) shows its map as a thumbnail linking to the picture full size,
    `[![Oest Map][bc_oest_map]][bc_oest_map]`: from another site, it printed "Oest Map" and
    the picture's long address, and was said run into the next line, "Oest Map We can not
    park…". A link to a picture's file holding only that picture is the picture: its box,
    no address, a pause after it, as the same picture unlinked."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Parking\nlang: en\n---\n\n[![Oest Map][map]][map]\nWe can not park "
        "here.\n\n[map]: https://cdn.example.org/orgheaders/2527/oest_map.jpg \"Camp Oest Map\"\n"))
    assert said[1:] == [
        "Picture not available: Oest Map. Caption: Camp Oest Map. We can not park here."]
    assert "Picture not available: Oest Map" in printed and "example.org" not in printed


def test_a_picture_that_cannot_be_had_after_a_link_s_words_is_set_apart(settings):
    """A school's uniform suppliers (sweep AO's decoy-information) link each by its name and
    logo, `<a href="https://myclothing.com/"><span>My Clothing:</span><img src="x.png"
    alt="my clothing uniform"></a>`: the logo's box ran into the name, said "My
    Clothing:Picture not available: my clothing uniform". A space comes before the box."""
    said, printed = said_and_printed(settings, (
        "---\ntitle: Uniform\nlang: en-GB\n---\n\n<div class=\"uniformPics\">\n"
        "\t<a href=\"https://myclothing.com/\"><span>My Clothing:</span><img src=\"logo.png\" "
        "alt=\"my clothing uniform\"></a>\n</div>\n"))
    assert said[1:] == ["My Clothing: Picture not available: my clothing uniform"]
    assert "My Clothing: Picture not available" in printed


def test_a_hugo_shortcode_that_passes_words_keeps_them(settings, caplog):
    """Kubernetes' pages show a glossary's term with `{{< glossary_tooltip text="controllers"
    term_id="controller" >}}`: the shortcode was left out with a note, and the sentence lost
    its noun ("The controller manager runs that carry out...")."""
    write_handouts(settings.source, {"parts.md": """\
        # Cluster parts

        The controller manager runs
        {{< glossary_tooltip text="controllers" term_id="controller" >}}
        that carry out the API's logic.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][-1] == (
        "The controller manager runs controllers that carry out the API's logic.")
    assert not any("glossary_tooltip" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("shown, said", [
    (True, ["Imagen: Un trabajador electoral sostiene pegatinas de votación.",
            "Pie de foto: Un trabajador electoral el 7 de noviembre de 2023. Matt Smith, "
            "For Spotlight PA."]),
    (False, ["Imagen no disponible: Un trabajador electoral sostiene pegatinas de votación. "
             "Pie de foto: Un trabajador electoral el 7 de noviembre de 2023. Matt Smith, "
             "For Spotlight PA"])])
def test_a_hugo_picture_shortcode_is_its_picture_with_caption_and_credit(settings, shown, said):
    """Spotlight PA's Spanish voting guide (sweep AR, spl-guia-votar-2024-lang line 143)
    shows its photographs with its site's own `{{<picture src=… description=… caption=…
    credit=…>}}`: the picture, its description and its caption vanished, with no warning.
    It is a picture as Hugo's `{{< figure >}}` is, described by its `description`, its
    caption and credit under it; a missing file is its box, "Imagen no disponible"."""
    write_handouts(settings.source, {"foto.md": """\
        ---
        title: Foto
        lang: es
        ---

        Texto antes.

        {{<picture src="2023/11/x.jpeg" description="Un trabajador electoral sostiene \
        pegatinas de votación." caption="Un trabajador electoral el 7 de noviembre de 2023." \
        credit="Matt Smith / For Spotlight PA">}}

        Texto después.
        """})
    if shown:
        (settings.source / "2023" / "11").mkdir(parents=True)
        shutil.copy(FIXTURES / "robust" / "box.png", settings.source / "2023" / "11" / "x.jpeg")
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Foto", "Texto antes.", *said, "Texto después."]


def test_a_hugo_book_column_separator_with_a_comment_after_it_goes(settings):
    """Hugo Book's guide writes its columns' separator with a comment after it, `<--->
    <!-- magic separator, between columns -->`, and a Persian list of providers copied it
    (sweep BU, fa-vps-providers line 26; repro t-fa): it was printed "<--->" and said "---",
    where alone on its line it was left out."""
    said, printed = said_and_printed(settings, """\
        ---
        title: آزمون
        lang: fa
        ---

        {{< columns >}} <!-- begin columns block -->
        ## ستون اول
        متن ستون اول.

        <---> <!-- magic separator, between columns -->
        ## ستون دوم
        متن ستون دوم.
        {{< /columns >}}
        """)
    assert "<" not in printed and "-" not in printed
    assert said == ["آزمون", "ستون اول", "متن ستون اول.", "ستون دوم", "متن ستون دوم."]


def test_a_shortcode_listing_the_front_matters_faq_prints_it(settings, caplog):
    """An Arabic page on blood pressure (sweep BU, ar-hypertension line 322) lists the six
    questions and answers of its front matter's `faq:` under "## الأسئلة الشائعة" with
    `{{< faq-list >}}`: they were left out with only a note, the section printed and said
    empty. Each question is in bold over its answer; the lines after keep their numbers. A
    shortcode that leaves a heading with nothing under it is a warning, not a note."""
    write_handouts(settings.source, {"page.md": """\
        ---
        title: ضغط الدم
        lang: ar
        faq:
        - question: هل يجب أن أتناول الدواء؟
          answer: قراءة واحدة مرتفعة ليست كافية.
        - question: هل يمكنني التوقف عن الدواء؟
          answer: لا! العلاج عادة يكون مدى الحياة.
        ---

        ## الأسئلة الشائعة

        {{< faq-list >}}

        ## آراء

        {{< reviews >}}

        ## اتصل بنا

        {{< contact-form >}}
        اتصل بنا عبر البريد.
        """})
    with caplog.at_level(logging.INFO, logger="handout"):
        [document] = load_documents(settings)
    said = [u.text for s in document.sections for u in s.script]
    assert said[1:6] == ["الأسئلة الشائعة", "هل يجب أن أتناول الدواء؟",
                         "قراءة واحدة مرتفعة ليست كافية.", "هل يمكنني التوقف عن الدواء؟", "لا!"]
    body = parse_html(document.sections[1].html)
    assert [" ".join(b.itertext()) for b in body.iter("strong")] == [
        "هل يجب أن أتناول الدواء؟", "هل يمكنني التوقف عن الدواء؟"]
    found = {record.getMessage().split(": ", 1)[0].rsplit(":", 1)[1]: record
             for record in caplog.records if "shortcode" in record.getMessage()}
    assert found["17"].levelno == logging.WARNING
    assert "and the heading 'آراء' has nothing under it" in found["17"].getMessage()
    assert list(found) == ["17"]  # "contact-form", words under its heading: check's note


def test_a_hugo_book_picture_named_by_a_resource_is_that_picture(settings, caplog):
    """Little Go's user manual (Hugo Book) shows its toolbar with `{{< img
    name="play-toolbar-portrait" size="origin" lazy=false >}}`, the front matter's
    `resources:` giving that name a `src` and a `title`: the picture vanished, with no
    warning, and its columns' separator, `<--->`, was printed and said. The picture is
    the resource's file, described by its title; a name no resource has is a warning; the
    columns are blocks one after another."""
    write_handouts(settings.source, {"toolbar.md": """\
        ---
        title: Toolbar in the Play area
        resources:
          - name: play-toolbar-portrait
            src: "toolbar.png"
            title: Toolbar Play area, portrait orientation
          - src: "menu.png"
        ---

        {{< columns size=regular >}}

        The buttons are shown at the bottom, as the next image shows.

        <--->

        {{< img name="play-toolbar-portrait" size="origin" lazy=false >}}

        {{< /columns >}}

        {{< img name="menu.png" >}}

        {{< img name="play-toolbar-landscape" >}}
        """})
    for name in ("toolbar.png", "menu.png"):
        shutil.copy(FIXTURES / "robust" / "box.png", settings.source / name)
    with caplog.at_level(logging.WARNING, logger="handout"):
        [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [(image.get("src"), image.get("alt")) for image in body.iter("img")] == [
        ("toolbar.png", "Toolbar Play area, portrait orientation"), ("menu.png", None)]
    assert [u.text for u in document.sections[0].script][1:3] == [
        "The buttons are shown at the bottom, as the next image shows.",
        "Image: Toolbar Play area, portrait orientation."]
    assert "<---" not in text_of(body)
    [warning] = [record.getMessage() for record in caplog.records
                 if "play-toolbar-landscape" in record.getMessage()]
    assert warning.startswith(f"{settings.source / 'toolbar.md'}:22: shortcode ")
    assert "which no entry under the front matter's 'resources:' names" in warning


def test_a_raspberry_pi_projects_blocks_are_boxes_and_its_web_parts_go(settings):
    """A Raspberry Pi Foundation project's step (raspberrypilearning/chatbot, in Welsh and
    English), as Code Clubs in libraries print them: "--- task ---" and "--- /task ---" were
    printed and said, a part to open's "title: What you will need" over its `---` was a
    heading with an MP3 of its own, and the web's Scratch player left a box of nothing."""
    write_handouts(settings.source, {"chatbot.md": """\
        # Talking chatbot

        --- no-print ---

        <div class="scratch-preview"><iframe src="https://scratch.mit.edu/1"></iframe></div>

        --- /no-print ---

        --- print-only ---

        Here is the finished chatbot.

        --- /print-only ---

        --- task ---

        Click the chatbot sprite and add this code.

        --- /task ---

        ---collapse---
        ---
        title: What you will need
        ---

        - A computer that can run Scratch 3 --- /collapse ---

        --- code ---
        ---
        language: python
        filename: chatbot.py
        ---
        ```python
        print("Hello")
        ```
        --- /code ---
        """})
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Talking chatbot"]
    said = [u.text for u in document.sections[0].script]
    assert said[1:] == [
        "Here is the finished chatbot.", "Task", "Click the chatbot sprite and add this code.",
        "End of task.", "What you will need", "A computer that can run Scratch 3",
        "End of what you will need.", "Code example, 1 line, as printed:", 'print "Hello"']
    assert "---" not in document.sections[0].html and "scratch" not in document.sections[0].html
    # a box, not a to-do's mark, which prints in bold (`.task`): the whole task was bold
    boxes = [e.get("class") for e in parse_html(document.sections[0].html).iter("div")]
    assert "admonition exercise" in boxes and "task" not in " ".join(filter(None, boxes))


def test_a_sites_syntax_shown_in_code_spans_is_printed_as_written(settings):
    """Guides to site tools show their syntax in code: mdBook's `{{#title ...}}`, Jekyll's
    `{% include ... %}` and Obsidian's `[[Page]]` were carried over inside the code too,
    printing "Add `` near the top of the page" and "type ![photo](photo.jpg)" (mdBook's and
    Obsidian's own guides). Outside code they are carried over as before."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Syntax
        ---

        Add `{{#title My Title}}` near the top. Write `{% include footer.html %}` here.

        Link with `[[Three laws of motion]]`, embed with `![[photo.jpg]]`; see [[Guide]].

        Type `{{ site.title }}` to show the site's name.
        """)
    printed = " ".join(printed.split())
    assert "Add {{#title My Title}} near the top. Write {% include footer.html %} here." \
        in printed
    assert "Link with [[Three laws of motion]], embed with ![[photo.jpg]]; see Guide." in printed
    assert "Type {{ site.title }} to show the site's name." in printed
    assert any("Three laws of motion" in utterance for utterance in said)


def test_fenced_code_in_a_quote_or_indented_a_little_is_code(settings):
    """Obsidian's guide to callouts opens one example's fence with a space more, `>  ```md`:
    its closing fence was taken for an opening one, and the callout after it printed as the
    tool's own HTML ("</div>", "<div class=..."). And fenced code in a plain quote printed
    as one line of inline code, its language first, "Example: md **bold**"."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Callouts
        ---

        > [!warning]-
        >  ```md
        > > [!warning]
        > > Lorem ipsum
        > ```

        Aliases: `caution`.

        > [!failure]-
        > ```md
        > > [!failure]
        > ```

        > Example:
        > ```md
        > **bold**
        > ```
        > More words.
        """)
    assert "div" not in printed and "**bold**" in printed
    assert said == ["Callouts", "Warning", "Code example, 2 lines, as printed:",
                    "!warning", "Lorem ipsum", "End of warning.", "Aliases: caution.", "Failure",
                    "Code example, 1 line, as printed:", "!failure", "End of failure.",
                    "Quote.", "Example:", "Code example, 1 line, as printed:", "bold",
                    "More words.", "End of quote."]


def test_three_backticks_around_words_on_one_line_are_a_code_span(settings):
    """A backtick fence's info string holds no backtick (CommonMark), so a command written
    "```chcp 65001```" on its line, in a callout too, "> ```Console.OutputEncoding = …```"
    (sweep BA, obsidian-pt-campo line 66; repro triple-tick), is inline code, as GitHub
    and Obsidian show it. It was taken for an opening fence: "```chcp" printed, the rest of
    the line lost, the callout and the link after it printed and said as markup, and
    `invoke check` warned of a `<div>` never closed at the line under it."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Printer setup
        lang: en
        ---

        Type this first:
        ```chcp 65001```

        See [[Printer settings|the settings page]] for paper sizes.

        > [!tip] Paper
        > Set it up:
        > ```Console.OutputEncoding = System.Text.Encoding.UTF8```
        >
        > Use A4 paper.

        ```
        kept as code
        ```
        """)
    assert "`" not in printed and "[" not in printed
    assert said == ["Printer setup", "Type this first: chcp 65001",
                    "See the settings page for paper sizes.", "Paper",
                    "Set it up: Console.OutputEncoding System.Text.Encoding.UTF8",
                    "Use A4 paper.", "End of paper.", "Code example, 1 line, as printed:",
                    "kept as code"]
    assert not lint_source(settings.source / "page.md")


def test_a_closing_fence_longer_than_the_opening_one_closes_it(settings):
    """A closing fence is a run of at least as many backticks (or tildes) as the opening one
    (CommonMark): a Hebrew guide's ```` ```bash ```` block closed by four backticks (sweep BU,
    he-maakaf-penux lines 66-79; repro t-fence) ran on to the next fence, and the prose after
    it was printed as code and said "Code example, 9 lines"; in a quote too."""
    said, printed = said_and_printed(settings, """\
        ---
        title: Fence
        lang: en
        ---

        Install it:

        ```bash
        pip install numpy
        ````

        Then run it:

        ```bash
        python app.py
        ```

        > ~~~
        > quoted code
        > ~~~~~
        >
        > Quoted words.

        That is all.
        """)
    assert "`" not in printed and "~" not in printed
    assert said == ["Fence", "Install it:", "Code example, 1 line, as printed:",
                    "pip install numpy", "Then run it:", "Code example, 1 line, as printed:",
                    "python app.py", "Quote.", "Code example, 1 line, as printed:",
                    "quoted code", "Quoted words.", "End of quote.", "That is all."]


def test_a_pictures_size_in_place_of_its_words_is_no_description_nor_a_source(settings):
    """Obsidian's guide embeds a picture from the web with its width in place of words,
    `![250](https://…/Engelbart.jpg)`: it was taken for a source cited by number, and
    printed "![1]" over a footnote of its address; its size is no description either."""
    from handout.check.lint import lint_source

    said, printed = said_and_printed(settings, """\
        # Pictures

        Embed one from the web:

        ![250](https://example.org/Engelbart.jpg)

        Wow![2](https://example.org/source)
        """)
    assert said[2] == "Picture not available: (no description was given)"
    assert "![" not in printed and said[3] == "Wow! (note 1)"  # a source cited after "!"
    [finding] = [f for f in lint_source(settings.source / "page.md") if f.rule == "image-alt"]
    assert finding.where.endswith(":5")


def test_an_abbreviation_defined_for_the_page_is_spelled_out_where_first_used(settings):
    """MkDocs Material's guide defines abbreviations for a page, `*[HTML]: Hyper Text
    Markup Language`: only the web page's tooltip held the words, and print and the voice
    said "your DNA appointment" with no word of "Did Not Attend". Each is spelled out in
    brackets where it is first used outside a heading, in every edition."""
    said, printed = said_and_printed(settings, """\
        # Help

        ## Ask PALS

        Ask at the PALS desk about your DNA appointment. PALS is open daily.

        *[PALS]: Patient Advice and Liaison Service
        *[DNA]: Did Not Attend
        """)
    assert said[1:] == ["Ask PALS", "Ask at the PALS (Patient Advice and Liaison Service) desk "
                        "about your DNA (Did Not Attend) appointment.", "PALS is open daily."]
    assert printed.count("Patient Advice") == 1


def test_a_hugo_callout_on_one_line_is_a_box(settings):
    """Docsy's guide writes `{{% alert title="Welcome" %}} **Hello**, world! {{% /alert %}}`
    on one line: it was "Hello, world!" alone, with no box and no title, where the same
    alert over three lines is a box. Its code shows the alert as Hugo does, not with the
    escape that keeps Hugo from running it (`{{%/* alert */%}}`)."""
    said, printed = said_and_printed(settings, """\
        # Alerts

        {{% alert title="Welcome" %}} **Hello**, world! {{% /alert %}}

        ```go-template
        {{%/* alert title="Welcome" */%}} Hello {{%/* /alert */%}}
        ```
        """)
    assert said[1:4] == ["Alert: Welcome", "Hello, world!", "End of alert."]
    assert '{{% alert title="Welcome" %}} Hello {{% /alert %}}' in printed


PRICE_TABLE = """\
    +-----------------+-------------------+--------------+-----------------+----------------------------+
    | **DESCRIPTION** | **SELECTABLE**    | **HANDLING** | **SHIPMENTS     | **COSTS LINKED TO THE      |
    |                 |                   |              | LINKED**        | EXPENSE**                  |
    +:===============:+:=================:+:============:+:===============:+============================+
    | Insurance       | Yes               | Sum          | [/]{.underline} | [For items in the          |
    |                 |                   |              |                 | category                   |
    |                 |                   |              |                 | COMPUTER]{.underline}:     |
    |                 |                   |              |                 |                            |
    |                 |                   |              |                 |   ---------------------    |
    |                 |                   |              |                 |   **UP     **VALUE**       |
    |                 |                   |              |                 |   TO**                     |
    |                 |                   |              |                 |   -------- ------------    |
    |                 |                   |              |                 |   2        5€              |
    |                 |                   |              |                 |                            |
    |                 |                   |              |                 |   OVER     10€             |
    |                 |                   |              |                 |   ---------------------    |
    +-----------------+-------------------+--------------+-----------------+----------------------------+
"""
"""The shape of an Italian online shop's manual (Passweb's, made with Pandoc from Word): a
grid table whose header's bold runs over two lines, a cell whose underlined span runs over
three, and a table of prices in a cell, its header's bold over two lines too."""


def test_a_grid_tables_bold_spans_and_table_in_a_cell_are_read_whole(settings):
    """Passweb's manual printed "** COSTI ASSOCIATI ALLA SPESA**", "[Per Articoli della
    Categoria COMPUTER]{.underline}:" and "FINO A** VALORE**": Google Docs' bold mended
    across the cells' borders and the columns' spaces, and a span was read over two lines
    only. Printed as a record per row, the table in a cell gave four records more, each a
    row of prices under the outer table's labels ("DESCRIPTION 2, SELECTABLE 5€")."""
    from handout.pdf.render import print_html

    import textwrap

    write_handouts(settings.source, {"prices.md": "# Prices\n\n" + textwrap.dedent(PRICE_TABLE)
                                     + "\nThe end.\n"})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    page = parse_html(html)
    headers = [" ".join(text_of(th).split()) for th in page.iter("th")]
    assert headers == ["DESCRIPTION", "SELECTABLE", "HANDLING", "SHIPMENTS LINKED",
                       "COSTS LINKED TO THE EXPENSE", "UP TO", "VALUE"]
    assert all(th.find("strong") is not None for th in page.iter("th"))
    printed = " ".join(text_of(page).split())
    assert "For items in the category COMPUTER:" in printed
    assert "**" not in printed and "{.underline}" not in printed
    stacked = parse_html(print_html(html, 26.0))
    records = [record for record in stacked.iter("table") if record.get("class") == "stacked"]
    assert len(records) == 1
    assert [" ".join(text_of(th).split()) for th in records[0].iter("th")][:5] == headers[:5]


def test_an_accordions_questions_and_the_markdown_of_its_answers_are_read(settings):
    """The VA's mental health page answers eleven questions in the US Web Design System's
    accordion, `<ul><li><button aria-controls=…>` the question, then a `<div>` whose
    Markdown follows a blank line: the questions went with their buttons, and the answers
    printed and said their Markdown, "**Depending on your needs…:** - Get free…
    [Find a Vet Center near you](/find-locations/…)", their list run into one paragraph."""
    write_handouts(settings.source, {"care.md": """
        # Mental health

        <div class="usa-accordion">
        <ul class="usa-unstyled-list">
        <li>
        <button class="usa-accordion-button" aria-controls="q1">Do I need to be enrolled?</button>
        <div id="q1" class="usa-accordion-content">

        No. **Depending on your needs, you can also:**

        - Call us on 1-800-827-1000.
        - [Find a Vet Center](https://www.va.gov/find-locations/).

        </div>
        </li>
        </ul>
        </div>
        """})
    [document] = load_documents(settings)
    html = "".join(section.html for section in document.sections)
    page = parse_html(html)
    printed = " ".join(text_of(page).split())
    assert "**" not in printed and "](" not in printed and "- Call" not in printed
    assert [" ".join(text_of(item).split()) for item in page.iter("li")][1:] == [
        "Call us on 1-800-827-1000.", "Find a Vet Center."]
    assert page.find(".//strong").text == "Do I need to be enrolled?"
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:4] == ["Do I need to be enrolled?",
                         "No. Depending on your needs, you can also:",
                         "Call us on 1-800-827-1000."]


def test_a_first_row_in_bold_under_an_empty_header_row_is_the_header(settings):
    """A dosing table typed with an empty header row over "| **Day** | **Dose** |" was said
    "Day. Dose." and then each row without its columns' names, "Monday. 1 tablet.", and the
    web page had no header cells: the bold row is the header row, as a Word table's first
    row in bold is (`word.bold_header_rows`). Rows all in bold under a row in bold are no
    such table."""
    said, _ = said_and_printed(settings, "---\ntitle: Doses\nlang: en\n---\n\n"
                               "|   |   |\n|---|---|\n| **Day** | **Dose** |\n"
                               "| Monday | 1 tablet |\n| Tuesday | 2 tablets |\n\n"
                               "| | |\n|---|---|\n| **Name** | **Role** |\n"
                               "| **Ann** | **Chair** |\n")
    assert said[1:] == ["Table. 2 rows.", "Day: Monday. Dose: 1 tablet.",
                        "Day: Tuesday. Dose: 2 tablets.", "Table. 2 rows.", "Name. Role.",
                        "Ann. Chair."]
    html = render_markdown("|   |   |\n|---|---|\n| **Day** | **Dose** |\n| Monday | 1 |\n")[0]
    table = parse_html(html).find(".//table")
    assert [text_of(cell) for cell in table.find("thead").iter("th")] == ["Day", "Dose"]
    assert [text_of(cell) for cell in table.find("tbody").iter("td")] == ["Monday", "1"]


def test_a_header_row_of_dashes_alone_is_no_header(settings):
    """A camp's recipe book (sweep CI, camp-menu lines 5-7) types its ingredients under a
    header row of dashes, " - | - | - ": each cell was said "-: bacon.", and print repeated
    the row of dashes at each page's top. The table has no header row."""
    said, printed = said_and_printed(settings, "---\ntitle: Bacon\nlang: en\n---\n\n"
                                     " - | - \n----|----\nbacon|600 g\nmilk|130 ml\n")
    assert said[1:] == ["Table. 2 rows.", "bacon. 600 grams.", "milk. 130 millilitres."]
    table = parse_html(render_markdown(" - | - \n----|----\nbacon|600 g\n")[0]).find(".//table")
    assert table.find("thead") is None and table.find(".//th") is None
    assert [text_of(cell) for cell in table.iter("td")] == ["bacon", "600 g"]


def test_a_titled_picture_on_its_own_line_under_a_step_keeps_its_caption(settings):
    """A recipe's method (sweep CI, paneer-tikka-masala lines 33 and 39) put a picture with
    a title on the line under a step, in the step's item: the title, its caption, was
    neither printed nor said ("Image: Paneer on skewers." alone). A picture in a line of
    words stays in it."""
    from handout.pdf.render import print_html

    markdown = ("1. Marinate for an hour.\n![Paneer on skewers](s.png \"Paneer on the skewer\")\n"
                "2. Heat the oven.\n\nSome ![icon](i.png \"Tip\") words.\n")
    settings.source.mkdir(parents=True, exist_ok=True)
    (settings.source / "s.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    said, _ = said_and_printed(settings, f"---\ntitle: Steps\nlang: en\n---\n\n{markdown}")
    assert said[1:5] == ["1. Marinate for an hour.", "Image: Paneer on skewers.",
                         "Caption: Paneer on the skewer.", "2. Heat the oven."]
    printed = print_html(render_markdown(markdown)[0])
    assert "<figcaption>Paneer on the skewer</figcaption>" in printed
    assert '<img alt="icon" src="i.png" title="Tip" class="in-text"> words.</p>' in printed


def test_words_between_single_tildes_are_struck_through(settings):
    """A job advert (sweep CU, D3) withdrew its closing date as GitHub strikes words through,
    with one tilde each side: "Deadline: ~May 16th~ extended to 10am on May 23rd" printed its
    tildes and was said "Deadline: May 16th extended", the date never marked withdrawn. A
    subscript, `H~2~O`, has no space in it, and a tilde before a number is "about"."""
    said, printed = said_and_printed(settings, "---\ntitle: Jobs\nlang: en\n---\n\n"
                                     "Deadline: ~May 16th~ extended to 10am on May 23rd.\n\n"
                                     "Drink H~2~O, ~5 or ~10 cups.\n")
    assert said[1:] == ["Deadline: (deleted: May 16th) extended to 10am on May 23rd.",
                        "Drink H₂O, about 5 or about 10 cups."]
    assert "(deleted: May 16th)" in printed and "~May" not in printed


def test_a_line_through_spaces_alone_deletes_nothing(settings):
    """A hospital's after-visit summary in Word (sweep AV, AVS2.docx) draws a rule as a run
    of spaces struck through, which printed and was said "(deleted: )", as if an instruction
    had been taken out of a medication list. Struck words are still marked deleted."""
    said, printed = said_and_printed(settings, "---\ntitle: Visit\nlang: en\n---\n\n"
                                     "Take it daily.\n\n<s>                    </s>\n\n"
                                     "The list ends. ~~Old dose~~ new dose.\n")
    assert said[1:] == ["Take it daily.", "The list ends.", "(deleted: Old dose) new dose."]
    assert "deleted: )" not in printed and "(deleted: Old dose)" in printed


def test_rows_of_pipes_under_a_row_of_dashes_are_a_table_with_no_header(settings):
    """A table of cooking temperatures (sweep AW, cooking-temps lines 11-25) opens with its
    row of dashes, "|---------------|-------------|", over "| Beef and Veal | Rare | 50°C
    (122°F) |", with no header row above it, as Pandoc and kramdown read as a table with no
    header row: it printed as one paragraph of pipes and its dashes were said. Its rows are
    a table with no header row, the dashes silent; the lint says to write the columns'
    names over it."""
    write_handouts(settings.source, {"temps.md": """\
        # Cooking temperatures

        |-------|--------------|
        | Lamb  | 60°C (140°F) |
        | Fish  | 50°C (122°F) |
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    tables = [[[text_of(cell).strip() for cell in row] for row in table.iter("tr")]
              for table in body.iter("table")]
    assert tables == [[["Lamb", "60°C (140°F)"], ["Fish", "50°C (122°F)"]]]
    assert body.find(".//th") is None and "---" not in text_of(body)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Table. 2 rows.", "Lamb. 60 degrees Celsius (140 degrees Fahrenheit).",
                        "Fish. 50 degrees Celsius (122 degrees Fahrenheit)."]
    [finding] = [f for f in lint_source(settings.source / "temps.md")
                 if f.rule == "generator-syntax"]
    assert finding.where.endswith(":3") and "columns' names" in finding.message \
        and finding.severity == INFO


def test_a_sites_placeholder_between_dollars_is_left_out_with_a_warning(settings, caplog):
    """The Department for Education's teaching site puts a front-matter block's words in its
    page with `$international-content$` (sweep BZ, git-disabled-support line 35): taken for
    maths, it printed and was said "international-content" where an eligibility warning
    belonged, with no word to the author. Maths of letters stays maths."""
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        said, printed = said_and_printed(settings, "# Support\n\nYou can get support.\n\n"
                                         "$international-content$\n\nWhere $x-y$ is small.\n")
    assert said == ["Support", "You can get support.", "Where x-y is small."]
    assert "international" not in printed and "Where x-y is small." in printed
    assert [r.getMessage() for r in caplog.records
            if "'$international-content$' stands for words" in r.getMessage()]
