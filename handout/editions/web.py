"""Editions, web page: the handout as one accessible web page with a player per section.

`build_web` writes `build/<slug>/web/index.html` from the `Document` and the audio the build
already made (no second narration): the text in large type, each section opening with a
native `<audio controls>` player for its MP3 (referenced relatively, `../audio/…`, so the
`build/<slug>/` folder is published as one) and a link to an HTML transcript of exactly what
is spoken. The page needs no script: semantic landmarks, a skip link, `lang`, 7:1 contrast,
a thick visible focus outline, and a single column in relative units that reflows at 400%
zoom. The Atkinson Hyperlegible faces are copied beside it so it looks as the print does.

With script, it reads along: each player carries the times at which its recording says
every element of the text (`common.synchronised`, from the narration's own clips), and
`read-along.js` (copied beside the page from the templates) highlights the sentence being
said, keeps it in view, and plays from a sentence the reader clicks or chooses with the
keyboard.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from handout.colour import MIN_CONTRAST, contrast_ratio
from handout.config import Settings
from handout.editions.common import (close_heading_gaps, copy_fonts, copy_images,
                                     describe_pictures, scope_header_cells, synchronised)
from handout.findings import Finding
from handout.language import Words, words_for
from handout.outputs import Layout, write_atomic
from handout.read.document import Document, Section, long_date, parse_html

progress = logging.getLogger("handout.progress")

TEMPLATE = "web.html.j2"
TRANSCRIPT_TEMPLATE = "web-transcript.html.j2"
STYLESHEET = "web.css"
SCRIPT = "read-along.js"


@dataclass(frozen=True)
class WebSection:
    """One section as the page shows it: heading, player, transcript, then the text."""

    section: Section
    heading_html: str
    body_html: str
    mp3: str
    transcript: str
    duration: str
    read_along: str
    """JSON: [element id, start, end] in seconds for everything the recording says."""


def spoken_duration(seconds: float, words: Words | None = None) -> str:
    """'3 minutes 5 seconds', as a listener would say it, counted in whole seconds as a
    player's clock counts them (38.5 s shows as 0:38), so the two never disagree."""
    words = words or words_for("en")
    minutes, secs = divmod(int(seconds), 60)
    parts = []
    if minutes:
        parts.append(words.count(words.minutes, minutes))
    if secs or not minutes:
        parts.append(words.count(words.seconds, secs))
    return " ".join(parts)


def split_heading(section: Section, words: Words | None = None,
                  body: ET.Element | None = None) -> tuple[str, str]:
    """The section's heading HTML and the rest, with tables made scrollable on their own;
    `body`: the section's HTML already parsed (and its headings renumbered)."""
    body = parse_html(section.html) if body is None else body
    elements = list(describe_pictures(body, words or words_for("en")))
    head = ""
    if section.index > 0 and elements:
        head = ET.tostring(elements.pop(0), encoding="unicode", method="html")
    parts = []
    for element in elements:
        html = ET.tostring(element, encoding="unicode", method="html")
        if element.tag == "table":
            # Reflow (WCAG 1.4.10) exempts data tables: let a wide one scroll by itself,
            # reachable by keyboard, instead of making the whole page scroll sideways.
            label = (words or words_for("en")).table_scrolls
            html = (f'<div class="table-scroll" role="region" tabindex="0" '
                    f'aria-label="{label}">{html}</div>')
        parts.append(html)
    return head, "\n".join(parts)


def build_web(document: Document, settings: Settings, audio: dict) -> dict:
    """Write the web page of `document` beside its audio; return its manifest entry."""
    from handout.pdf.render import template_environment

    layout = Layout(settings.out, document.slug)
    folder = layout.folder / "web"
    entries = audio["sections"]
    progress.info("%s: writing the web page", document.slug)
    env = template_environment(settings)
    stylesheet = (settings.templates / STYLESHEET).read_text("utf-8")
    words = words_for(document.meta.lang)
    sections = []
    transcripts = []
    bodies = [parse_html(section.html) for section in document.sections]
    close_heading_gaps(bodies, title=True)  # the page's title is its h1
    from handout.read.word import label_list_items

    for body in bodies:
        scope_header_cells(body)
        label_list_items(body)
    for section, entry, parsed in zip(document.sections, entries, bodies):
        head, body = split_heading(section, words, parsed)
        transcript = f"transcripts/{Path(entry['file']).stem}.html"
        timings = [[par.ref, round(par.begin, 3), round(par.until, 3)]
                   for par in synchronised(section, entry["clips"], entry["duration"])]
        sections.append(WebSection(section, head, body, f"../audio/{entry['file']}",
                                   transcript, spoken_duration(entry["duration"], words),
                                   json.dumps(timings, separators=(",", ":"))))
        transcripts.append((transcript, section))
    links = _edition_links(document, layout, audio, words)
    from handout.pdf.render import contents_numbered  # as print numbers it

    html = env.get_template(TEMPLATE).render(
        document=document, meta=document.meta, sections=sections, stylesheet=stylesheet,
        long_date=long_date, links=links, words=words,
        notes="".join(ET.tostring(note, encoding="unicode", method="html") for note in
                      describe_pictures(parse_html(document.notes_html), words)),
        contents_numbered=contents_numbered(tuple(s.section for s in sections[1:])))
    write_atomic(folder / "index.html", html)
    write_atomic(folder / SCRIPT, (settings.templates / SCRIPT).read_text("utf-8"))
    for name, section in transcripts:
        write_atomic(folder / name, env.get_template(TRANSCRIPT_TEMPLATE).render(
            document=document, meta=document.meta, section=section, words=words,
            stylesheet=stylesheet.replace('url("fonts/', 'url("../fonts/')))
    copy_fonts(folder / "fonts")
    images = copy_images(document.html, settings, folder)
    keep = {name for name, _ in transcripts}
    for stale in (folder / "transcripts").glob("*.html"):
        if f"transcripts/{stale.name}" not in keep:
            stale.unlink()
    return {"file": "web/index.html", "players": len(sections), "script": SCRIPT,
            "transcripts": sorted(keep), "images": images}


def _edition_links(document: Document, layout: Layout, audio: dict,
                   words: Words) -> list[tuple[str, str]]:
    """The other editions of this handout, for the page's footer, relative to `web/`."""
    links = []
    if layout.pdf.is_file():
        links.append((f"../{layout.pdf.name}", words.pdf_edition))
    complete = audio.get("complete", {})
    if complete.get("file"):
        duration = spoken_duration(complete.get("duration", 0), words)
        links.append((f"../audio/{complete['file']}",
                      words.complete_edition.format(duration=duration)))
    audiobook = audio.get("audiobook", {})
    if audiobook.get("file"):
        links.append((f"../audio/{audiobook['file']}", words.audiobook_edition.format(
            duration=spoken_duration(audiobook.get("duration", 0), words))))
    if layout.playlist.is_file():
        links.append((f"../audio/{layout.playlist.name}", words.playlist_edition))
    links.append(("../daisy/ncc.html", words.daisy_edition))
    if layout.epub.is_file():
        links.append((f"../{layout.epub.name}", words.epub_edition))
    return links


# --- Verifying the page ------------------------------------------------------------------


def check_web(document: Document, layout: Layout, web: dict) -> list[Finding]:
    """The page exists, declares its language, and has a working player per section."""
    import io

    import tinyhtml5

    page = layout.folder / web.get("file", "web/index.html")
    where = str(page)
    if not page.is_file():
        return [Finding(where, "web", "missing: run 'invoke build --editions web'")]
    try:
        text = page.read_text("utf-8")
    except UnicodeDecodeError as error:
        return [Finding(where, "web", f"not readable as UTF-8 ({error}): run 'invoke build "
                                      "--editions web'")]
    root = tinyhtml5.parse(io.StringIO(text),  # never taken for a path
                           namespace_html_elements=False)
    findings = []
    if not root.get("lang"):
        findings.append(Finding(where, "web-lang", "the page does not declare its language"))
    if root.find(".//main") is None:
        findings.append(Finding(where, "web-landmarks", "no <main> landmark"))
    first_link = root.find(".//body/a")
    if first_link is None or not first_link.get("href", "").startswith("#"):
        findings.append(Finding(where, "web-skip-link", "the page does not start with a "
                                                        "skip link"))
    players = root.findall(".//audio")
    if len(players) != len(document.sections):
        findings.append(Finding(where, "web-players", f"{len(players)} players for "
                                                      f"{len(document.sections)} sections"))
    for player in players:
        if player.get("controls") is None:
            findings.append(Finding(where, "web-players", "a player has no controls"))
        src = player.get("src", "")
        if not (page.parent / src).is_file():
            findings.append(Finding(where, "web-players", f"player plays missing {src}"))
    for script in root.iter("script"):
        if script.get("src") and not (page.parent / script.get("src")).is_file():
            findings.append(Finding(where, "web-script", f"script {script.get('src')} "
                                                         "missing"))
    pages = [page]
    for link in root.iter("a"):
        href = link.get("href", "")
        if href.startswith("transcripts/"):
            if (page.parent / href).is_file():
                pages.append(page.parent / href)
            else:
                findings.append(Finding(where, "web-transcripts", f"transcript {href} missing"))
    for shown in pages:
        low = [(words, ratio) for words, ratio in text_contrasts(shown) if ratio < MIN_CONTRAST]
        if low:
            words, ratio = min(low, key=lambda run: run[1])
            findings.append(Finding(str(shown), "web-contrast", f"{len(low)} run(s) of text "
                                    f"under {MIN_CONTRAST:.0f}:1 against their background, "
                                    f"lowest {ratio:.1f}:1 ({words.strip()[:40]!r})"))
    return findings


def text_contrasts(page: Path) -> list[tuple[str, float]]:
    """(words, contrast ratio) of every run of text on `page`, coloured as a screen shows it.

    WeasyPrint lays the page out for the screen, so each text box carries the colour the
    CSS cascade gives it; its background is the nearest one painted behind it (white if
    none is).
    """
    from handout.pdf import font_configuration, import_weasyprint

    weasyprint = import_weasyprint()
    from weasyprint.formatting_structure import boxes

    white = (1.0, 1.0, 1.0)
    runs = []

    def walk(box, behind) -> None:
        painted = box.style["background_color"]
        if painted.alpha > 0:
            behind = tuple(painted.to("srgb").coordinates)
        if isinstance(box, boxes.TextBox) and box.text.strip():
            colour = tuple(box.style["color"].to("srgb").coordinates)
            runs.append((box.text, contrast_ratio(colour, behind)))
        if isinstance(box, boxes.ParentBox):
            for child in box.all_children():
                walk(child, behind)

    with font_configuration() as fonts:
        screen = weasyprint.HTML(filename=str(page), media_type="screen")
        for laid_out in screen.render(font_config=fonts).pages:
            walk(laid_out._page_box, white)
    return runs
