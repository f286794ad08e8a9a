"""Cleaning stage of the document model: raw HTML in Markdown may format, never act.

Authors paste Markdown from web pages; what they paste may carry scripts, frames, event
handlers, stylesheets or references to other machines. `clean_tree` keeps a documented
subset of HTML (the elements Markdown itself produces plus a few harmless ones) and drops
everything else from the tree before print or audio sees it, logging a warning for each.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

from handout.config import Settings
from handout.read.sources import SourceFile, consulted, where

log = logging.getLogger("handout.diagnostics")

ALLOWED_ELEMENTS = frozenset("""
    a abbr b blockquote br caption cite code dd del div dl dt em figcaption figure h1 h2 h3
    h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub sup table tbody
    td tfoot th thead tr u ul var
""".split())
"""Raw HTML elements that render; anything else is removed with its content."""

UNWRAPPED_ELEMENTS = frozenset("""
    font center section article aside header footer main nav address
    nobr wbr tt big strike acronym time data dfn label bdi bdo ruby rb form fieldset legend
""".split())
"""Elements removed but whose text is kept, since their words are the author's: layout,
and old or rare inline elements such as `<nobr>`, which a Brazilian health page kept its
telephone numbers in (`188<br><nobr>3326-4111</nobr>`). A ruby's base is kept and its
annotation (`<rt>`) is not. Custom
elements (web components such as `<gcds-details>`, whose names hold a hyphen) are treated
the same way: without their scripts, which are removed, they are only wrappers of words.
So is a web form: a membership page's fee table and how to pay were inside its `<form>`,
and went with it; its controls (`FORM_CONTROLS`) go."""

FORM_CONTROLS = frozenset("input select option optgroup textarea button datalist output".split())
"""A web form's controls, removed with their content (a button's "Join now", a list's
choices): on paper and in the voice they do nothing. One warning for each kind."""

ALLOWED_ATTRIBUTES = frozenset("""
    id class href src alt title colspan rowspan scope lang dir start reversed type datetime
    abbr headers width height
""".split())
"""Attributes kept; event handlers, `style` and everything else are dropped."""

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

ADDRESS = re.compile(r"[a-z][a-z0-9+.-]{1,31}:\S*")
"""An address as CommonMark's autolinks have it: a scheme of two letters or more, a colon."""

URL_ATTRIBUTES = ("href", "src")
BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
"""A "%" in an address that begins no escape of two hexadecimal digits."""
WRAPPED_ADDRESS = re.compile(r"[ \t]*[\r\n][ \t]*|\t")
"""A line break in an address, with the spaces around it, and a tab: what the URL Standard
has a browser remove from an address before reading it."""
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "#", "data:image/")
"""Addresses a link may point to; a picture's `src` must be a file in the source folder
or a `data:image/` URL, since print would otherwise fetch it from elsewhere."""


GENERIC_FRAME_TITLE = re.compile(
    r"(?i)(?:youtube|vimeo|dailymotion|google|embedded|video|audio|media)?[ -]?(?:video[ -])?"
    r"(?:player|maps?|iframe|frame|embed|content|video)?|[\w-]+")
"""A frame's title that names the player, not what it shows ("YouTube video player",
"vimeo-player", "Google Maps"), or is one token: not kept."""
REFUSED_NAMED = 5
"""Pictures from other sites named one by one, before the rest are counted: a guide's row
of 83 flags, each a link to a translation, gave 83 warnings."""


SCHEME_ALONE = re.compile(r"(?:mailto|tel|https?):(?://)?", re.IGNORECASE)
"""A link's address with nothing after its scheme."""

HIDING_CLASSES = frozenset("hidden d-none is-hidden hide invisible".split())
"""Classes the common style sheets (Tailwind, Bootstrap, Bulma, Foundation) hide an element
with. Not `visually-hidden`, `sr-only` or `screen-reader-text`: their words are for those
who listen, so they are kept, and said."""

SHOWING_CLASS = re.compile(r"d-(?:sm|md|lg|xl|xxl)-(?!none$)|(?:sm|md|lg|xl|2xl):(?!hidden$)")
"""A class that shows at a wider screen what a hiding class hides on a phone, Bootstrap's
`d-none d-md-block`, Tailwind's `hidden md:block`: the page shows it."""

HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                          re.IGNORECASE)

PAGE_BLOCKS = ("p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "img")
"""What `aria-hidden` does not take out with it: a page saved with a dialog open marks its
whole content so, and a decorative picture is kept as one (`clean_tree`)."""


def is_hidden(element: ET.Element) -> bool:
    """Whether the web page hides `element` from every reader: its `hidden` attribute (not
    `hidden="until-found"`, which a search opens), a style of `display: none` or
    `visibility: hidden`, a hiding class (`HIDING_CLASSES`), or `aria-hidden="true"` on
    words alone (`PAGE_BLOCKS`). A Netlify contact form's anti-spam field, "Don't fill this
    out if you're human:" (sweep BU, ar-drcil-contact lines 56-63, in Arabic), in a
    `<p class="hidden">`, was printed and said."""
    if "hidden" in element.attrib and element.get("hidden", "").strip().lower() != "until-found":
        return True
    if HIDING_STYLE.search(element.get("style") or ""):
        return True
    classes = (element.get("class") or "").split()
    if HIDING_CLASSES & set(classes) and not any(SHOWING_CLASS.match(c) for c in classes):
        return True
    return (element.get("aria-hidden") or "").strip().lower() == "true" \
        and not any(_local_name(e.tag) in PAGE_BLOCKS for e in element.iter()
                    if isinstance(e.tag, str))


RASTER_DATA = tuple(f"data:image/{kind}" for kind in ("png", "jpeg", "jpg", "gif", "webp"))
"""`data:` pictures a `src` may hold; SVG is refused there, since it can load other files."""


def clean_tree(body: ET.Element, source: SourceFile, settings: Settings) -> ET.Element:
    """Remove from `body`, in place, every element and attribute outside the allowed subset."""
    path = source.path
    # A worklist, not a snapshot of `body.iter()`: unwrapping an element moves its children
    # up into the parent, and they must be examined there too (`<center><script>`).
    _set_buttons_under_headings(body)
    pending = [body]
    unwrapped: dict[str, int] = {}
    hidden = 0  # elements the page hides, named once
    # Each removal named at its own line (six scripts were all at the first): by how many of
    # its kind come before it in the page, which the walk, deepest last, does not keep to.
    in_page = [element for element in body.iter() if isinstance(element.tag, str)]
    position = {id(element): number for number, element in enumerate(in_page)}

    def at(element: ET.Element, tag: str) -> str:
        return where(path, f"<{tag}", occurrence=sum(
            _local_name(other.tag) == tag for other in in_page[:position[id(element)]]))

    while pending:
        parent = pending.pop()
        children = len(pending)
        index = 0
        while index < len(parent):
            child = parent[index]
            if not isinstance(child.tag, str):  # comments and processing instructions
                take_out(parent, child, keep_text=False)
                continue
            tag = _local_name(child.tag)
            if is_hidden(child):
                hidden += 1
                if hidden == 1:
                    log.info("%s: <%s> left out, as the web page hides it", at(child, tag), tag)
                take_out(parent, child, keep_text=False)
            elif ":" in tag:
                # Not HTML: an address in angle brackets (`<wiki:BibTeX>`), which the parser
                # reads as an element holding the rest of the paragraph, or Word's `<o:p>`.
                log.warning("%s: <%s> removed, its text kept (an address is printed as a "
                            "link when written as [words](address))", where(path, f"<{tag}"),
                            tag)
                if ADDRESS.fullmatch(tag) and not child.attrib:
                    child.text = tag + (child.text or "")
                take_out(parent, child, keep_text=True)
            elif tag == "button" and parent.tag in HEADINGS:
                # An accordion's heading (USWDS's `usa-accordion__heading`, Bootstrap's
                # `accordion-header`) holds its words in a button, which took them along.
                take_out(parent, child, keep_text=True)
            elif tag == "button" and child.get("aria-controls") \
                    and "".join(child.itertext()).strip():
                # An accordion's button with no heading around it holds the question the
                # part it opens answers (the VA's mental health page, eleven of them): its
                # words in bold over the answer, where they went with the control.
                child.attrib.clear()
                if parent.tag == "p":
                    child.tag = "strong"
                else:
                    words = ET.Element("strong")
                    words.text, words[:] = child.text, list(child)
                    child.tag, child.text, child[:] = "p", None, [words]
                pending.append(child)
                index += 1
            elif tag in FORM_CONTROLS:
                unwrapped[tag] = unwrapped.get(tag, 0) + 1
                if unwrapped[tag] == 1:
                    log.warning("%s: <%s> removed: a web form's control does nothing on paper",
                                where(path, f"<{tag}"), tag)
                take_out(parent, child, keep_text=False)
            elif "-" in tag and not "".join(child.itertext()).strip() \
                    and not any(COMPONENT_TITLE.fullmatch(name) for name in child.attrib):
                # A web component with no words of its own: what the site fills it with
                # (an NHS toolbox's six resources, from the page's front matter) is missing;
                # an icon's (`<ion-icon>`) is a picture that decorates, and goes unsaid.
                # An NHS toolbox's two lists of resources, at lines 46 and 50, were both at 46.
                (log.info if "icon" in tag else log.warning)(
                    "%s: <%s> removed: it has no words here, so what the web page shows in its "
                    "place is missing; write it out in the handout", at(child, tag), tag)
                take_out(parent, child, keep_text=False)
            elif tag in UNWRAPPED_ELEMENTS or "-" in tag:  # a web component: `<gcds-text>`
                unwrapped[tag] = unwrapped.get(tag, 0) + 1
                if unwrapped[tag] == 1:
                    log.warning("%s: <%s> removed, its text kept", where(path, f"<{tag}"),
                                tag)
                if "-" in tag:
                    _keep_component_title(child)
                take_out(parent, child, keep_text=True)
            elif tag == "picture":
                # Its `<img>`, with the description, is the picture; the `<source>`s are
                # the same in other formats and sizes for a browser to choose from. Delta
                # Chat's Albanian home page (sweep BG) lost four described screenshots.
                for source in [s for s in child if _local_name(s.tag) == "source"]:
                    take_out(child, source, keep_text=False)
                take_out(parent, child, keep_text=True)
            elif tag in ("colgroup", "col"):
                # A column's width (`<col width="150">`, which the parser puts in a
                # `<colgroup>` the author never wrote), of no use on large print: a Magento
                # guide's tables gave four warnings of a "<colgroup>", at no line.
                take_out(parent, child, keep_text=False)
            elif tag not in ALLOWED_ELEMENTS:
                # What a frame shows, named for those who cannot see it: a map's address,
                # a video's title. A contact page lost its address with its map.
                title = " ".join((child.get("title") or "").split()) if tag == "iframe" else ""
                title = "" if GENERIC_FRAME_TITLE.fullmatch(title) else title
                log.warning("%s: <%s> is not allowed in a handout and was removed%s",
                            at(child, tag), tag, ", its title kept" if title else "")
                if title:
                    child.text, child[:] = title, []
                take_out(parent, child, keep_text=bool(title))
            else:
                pending.append(child)
                index += 1
        pending[children:] = pending[children:][::-1]  # the first child is taken up next
    if hidden > 1:
        log.info("%s: %d more elements the web page hides left out", path, hidden - 1)
    for tag, count in unwrapped.items():
        if count > 1:  # one warning for a page's fifteen disclosures, not fifteen
            log.warning("%s: <%s> removed from %d more place%s%s", path, tag, count - 1,
                        "s" if count > 2 else "", "" if tag in FORM_CONTROLS else ", its text kept")
    _head_cells_as_headers(body)
    _cells_opened_in_cells(body)
    _lay_out_layout_tables(body, path)
    _wrap_loose_text(body)
    _adopt_stray_items(body)
    _nest_stray_lists(body)
    _inline_blocks_in_headings(body)
    _blocks_out_of_phrases(body)
    _unique_ids(body)
    _drop_badges(body, path)
    _drop_empty_code(body)
    folder = settings.source.resolve()
    for image in body.iter("img"):
        if (image.get("role") or "").strip().lower() in ("presentation", "none") \
                or (image.get("aria-hidden") or "").strip().lower() == "true":
            # Marked as decoration for a screen reader; kept so as HTML's `alt=""` after
            # those attributes go (`images.is_decorative`), unless it is described.
            image.set("alt", image.get("alt") or "")
        src = image.get("src") or ""
        if src.startswith("/") and not src.startswith("//") \
                and is_inside(src.lstrip("/"), folder) \
                and consulted(folder / unquote(urlsplit(src.lstrip("/")).path)).is_file():
            # A site's own address (`/images/x.png`, or what a template left of
            # `{{ site.baseurl }}/images/x.png`) whose file is in the source folder, which
            # stands for the site; any other absolute path is refused below.
            image.set("src", src.lstrip("/"))
    removed: dict[tuple[str, str], int] = {}
    unlinked: dict[str, int] = {}
    refused = 0
    unnamed = {"missing": 0, "elsewhere": 0}  # refused pictures past `REFUSED_NAMED`
    named: dict[str, int] = {}  # how many times each address was named: the next is further on

    def named_at(address: str) -> str:
        key = address.strip().lower()
        named[key] = named.get(key, 0) + 1
        return where(path, address.strip(), occurrence=named[key] - 1, body_first=True)

    for element in body.iter():
        for name in list(element.attrib):
            value = element.attrib[name]
            if name not in ALLOWED_ATTRIBUTES:
                if name.startswith("on") or name == "style":
                    kind = (name, element.tag)
                    removed[kind] = removed.get(kind, 0) + 1
                    if removed[kind] == 1:
                        log.warning("%s: attribute %s on <%s> removed",
                                    where(path, f'{name}="{value}', f"{name}='{value}",
                                          f"{name}={value}", f"{name}="), name, element.tag)
                del element.attrib[name]
            elif name == "src" and not is_inside(value, folder):
                refused += 1
                # a site's "/img/map.png", missing; not a file of this computer's outside it
                site = re.match(r"/(?!/)", value.strip()) and not Path(unquote(value)).exists()
                if refused <= REFUSED_NAMED and site:
                    log.warning("%s: picture %r not found: an address starting with / is "
                                "looked for in the source folder, so put the picture at %s, "
                                "or correct the address; its description is printed in its "
                                "place", named_at(value), _shortened(value, 80),
                                folder / unquote(value.strip().lstrip("/")))
                elif refused <= REFUSED_NAMED:
                    log.warning("%s: refused to load %r: pictures must be files inside the "
                                "source folder (or data: images); its description is printed "
                                "in its place", named_at(value), _shortened(value, 80))
                else:
                    unnamed["missing" if site else "elsewhere"] += 1
                del element.attrib[name]
            elif name == "href" and SCHEME_ALONE.fullmatch("".join(value.split())):
                # What a template left of `mailto:{{ site.email }}` (warned about where the
                # template was): a link to nowhere, which EPUB refuses; its words stay.
                del element.attrib[name]
            elif name in URL_ATTRIBUTES and not _is_safe_url(value):
                if element.tag == "a":  # not "on <a>", which a Word author cannot read
                    log.warning("%s: link to %r removed, its words kept: a link goes to a "
                                "web page (https://…), an e-mail address (mailto:) or a "
                                "telephone number (tel:)", named_at(value),
                                _shortened(value, 60))
                else:
                    log.warning("%s: address %r on <%s> removed", named_at(value),
                                _shortened(value, 60), element.tag)
                del element.attrib[name]
            elif name == "href" and _is_relative(value) and _is_own_place(value, path):
                # A place in this page written with the page's own file name, as GitBook
                # writes it: the JJazzLab FAQ's "[VST/AU plugins](faq.md#can-i-use-vst-au-
                # plugins-with-jjazzlab)" inside faq.md was kept as words only.
                element.set(name, "#" + urlsplit(value.strip()).fragment)
            elif name == "href" and _is_relative(value):
                # Another page of the author's site, or a file beside the handout: no
                # edition carries it, so the EPUB and web page would link to nothing. The
                # reader loses nothing, so it is information, not a warning (a docs page
                # holds dozens), and once for each address (`unlinked`).
                unlinked[value.strip()] = unlinked.get(value.strip(), 0) + 1
                del element.attrib[name]
            elif name == "href":
                # "balance% 2सी": a translator's slip in an address, whose "%" begins no
                # escape, made the EPUB invalid; a browser reads it as "%25". An address
                # wrapped onto the next line, as pages saved by html2text wrap theirs at 78
                # columns, is one address, its line break dropped as a browser drops it: a
                # Citizens Information page's "…/carers/half-\nrate-carers-allowance/",
                # printed after its link, stopped the PDF's layout (`raqm_layout() failed`).
                element.set(name, BARE_PERCENT.sub("%25", WRAPPED_ADDRESS.sub("", value)))
    for value, count in unlinked.items():
        # Each line would be the same, naming the first line that has it: docx4j's rFonts
        # page, linking 15 times to 'rPr.docx', printed 15 identical lines. An address
        # wrapped over lines is found by its first line and named whole, as one line: a
        # Citizens Information page's (sweep CL) was named with no line and a "\n" in it.
        shown = WRAPPED_ADDRESS.sub("", value)
        log.info("%s: %s kept as %s words only: a handout links to web addresses "
                 "(https://…) and to its own headings", where(path, value.split("\n")[0]),
                 f"the link to {_shortened(shown, 60)!r} is" if count == 1 else
                 f"the {count} links to {_shortened(shown, 60)!r} are",
                 "its" if count == 1 else "their")
    if unnamed["missing"]:  # a guide's seven "/images/add/…png" were "from other sites"
        log.warning("%s: %d more pictures not found in the source folder: their descriptions "
                    "are printed in their place", path, unnamed["missing"])
    if unnamed["elsewhere"]:
        log.warning("%s: refused to load %d more pictures from other sites: their "
                    "descriptions are printed in their place", path, unnamed["elsewhere"])
    for (name, tag), count in removed.items():
        if count > 1:  # one warning for a table's sixty styled cells, not sixty
            log.warning("%s: attribute %s removed from %d more <%s> element%s", path,
                        name, count - 1, tag, "s" if count > 2 else "")
    return body


BADGE = re.compile(r"^(?:https?:)?//(?:(?:[\w-]+\.)*(?:shields\.io|badgen\.net|badge\.fury\.io"
                   r"|travis-ci\.(?:org|com)|circleci\.com|appveyor\.com)/"
                   r"|[^?#]*(?:badges?(?![a-z])|/_apis/build/status)"
                   r"(?![^?#]*\.(?:png|jpe?g|gif|webp)(?:[?#]|$)))", re.IGNORECASE)
"""The address of a status badge: a picture a web service draws of a project's state (its
build passing, its version, its licence, its downloads) from shields.io and the like, or
named a badge (GitHub's `workflows/CI/badge.svg`, Codecov's `graph/badge.svg`), but not a
photograph or a logo named so (`nhs-badge.png`)."""

SEPARATORS = re.compile(r"[\s·•|–—-]*")
"""What stands between the badges of a row ("&middot;", "|")."""


def _drop_badges(body: ET.Element, path: Path) -> None:
    """Take out status badges (`BADGE`), with a link that holds nothing else, and a
    paragraph left with nothing but the marks between them. A README opens with a row of
    them; none can be had here, and each was printed as a box and said "Picture not
    available: CI status", "Picture not available: Coverage"... before the first word.
    What they show is a web page's live state, which paper and a recording cannot keep."""
    parents = {child: parent for parent in body.iter() for child in parent}
    dropped = [image for image in body.iter("img")
               if BADGE.match("".join((image.get("src") or "").split()))]
    emptied = []  # where badges stood, which may hold nothing else
    for image in dropped:
        parent = parents[image]
        if parent.tag == "a" and len(parent) == 1 and not (parent.text or "").strip() \
                and not (image.tail or "").strip():
            image, parent = parent, parents[parent]
        if re.match(r"[.,;:!?)]", image.tail or ""):  # "... with React [badge]." ends "React."
            index = list(parent).index(image)
            if index:
                parent[index - 1].tail = (parent[index - 1].tail or "").rstrip()
            else:
                parent.text = (parent.text or "").rstrip()
        take_out(parent, image, keep_text=False)
        emptied.append(parent)
    if not dropped:
        return
    take_out_emptied(emptied, parents, SEPARATORS)
    _take_out_emptied_tables(emptied, parents)
    log.info("%s: %s left out: %s a web service's live state (a build, a version, a "
             "licence), which a page or a recording cannot keep",
             where(path, dropped[0].get("src")),
             "a status badge is" if len(dropped) == 1 else f"{len(dropped)} status badges are",
             "it shows" if len(dropped) == 1 else "they show")


def _take_out_emptied_tables(emptied: list[ET.Element],
                             parents: dict[ET.Element, ET.Element]) -> None:
    """Take out each table whose data cells hold nothing now that its badges are out (a
    cell of `emptied` among them): a README (sweep CC, mutualaid-readme lines 1-3) set its
    badges in a table, `|CircleCI|Demo site|Test site|` over a row of them, which was
    left a grid with one empty row, said "Table to fill in. 1 row. CircleCI. Demo site.
    Test site." A table with words in a data cell keeps its header and its words."""
    tables = []
    for place in dict.fromkeys(emptied):
        holder = place
        while holder in parents and holder.tag != "table":
            holder = parents[holder]
        if holder.tag == "table" and holder not in tables:
            tables.append(holder)
    for table in tables:
        cells = list(table.iter("td"))
        if cells and table in parents and not any(
                len(cell) or (cell.text or "").strip() for cell in cells):
            take_out(parents[table], table, keep_text=False)


def _head_cells_as_headers(body: ET.Element) -> None:
    """Make each cell of a row in a table's `<thead>` a header cell: the rows there are the
    header, whatever their cells' tag. A conference's shuttle timetable (sweep AX,
    sigcomm-shuttle lines 11-27) wrote its column names as `<td>` cells in a `<thead>`, and
    they were printed as an ordinary row and said as one, "Table. 2 rows. To Shangri-La.
    Departure Time.", each row after it without its columns' names."""
    for head in body.iter("thead"):
        for cell in (cell for row in head if row.tag == "tr" for cell in row):
            if cell.tag == "td":
                cell.tag = "th"


def _cells_opened_in_cells(body: ET.Element) -> None:
    """Give a cell typed as HTML in a pipe table's cell, "| **PAC** | <td colspan=2> ≈27.7
    |", the place of the cell it was typed in. A gelato's nutrition table (sweep CI,
    red-velvet lines 58-59) meant its value to span two columns: the parser closed the pipe
    table's cell before it, and the row printed an empty cell, the value under the next
    column and a cell of its own past the table's edge. The spanning cell takes the empty
    cell's place, and the row's empty cells past the table's columns go."""
    def span(cell: ET.Element) -> int:
        return int(cell.get("colspan", "1")) if cell.get("colspan", "1").isdigit() else 1

    def empty(cell: ET.Element) -> bool:
        return not len(cell) and not (cell.text or "").strip()

    for table in body.iter("table"):
        rows = [[cell for cell in row if cell.tag in ("td", "th")] for row in table.iter("tr")]
        rows_of = dict(zip(map(id, table.iter("tr")), rows))
        columns = sum(map(span, rows[0])) if rows else 0
        for row in table.iter("tr"):
            cells = rows_of[id(row)]
            extra = sum(map(span, cells)) - columns
            for before, cell in list(zip(cells, cells[1:])):
                if extra > 0 and span(cell) > 1 and empty(before):
                    if before.get("align") and not cell.get("align"):
                        cell.set("align", before.get("align"))
                    row.remove(before)
                    cells.remove(before)
                    extra -= 1
            while extra > 0 and len(cells) > 1 and empty(cells[-1]):
                row.remove(cells.pop())
                extra -= 1


def _lay_out_layout_tables(body: ET.Element, path: Path) -> None:
    """Replace each table that holds a table with what its cells hold, one cell after
    another, row by row: a layout table, as a web page saved as Word draws its columns.

    A VA job announcement (apache/tika's 017097.docx) nested tables five deep, with
    spacer columns a few letters wide: in large print its 64 KB printed on 1,013 pages, a
    letter to a line, and its first row, taken for a header, again on every page. Its
    tables are the page's layout, not data a reader follows across: laid out one cell
    after another, they read as the page does. A table with header cells is data, whatever
    its cells hold (a list of glasses with "reading" and "distance" side by side in one
    cell), and so is a table left with no table in it."""
    from handout.read.script import own_rows  # which imports this module

    laid_out = 0
    while True:
        outer = next((table for table in body.iter("table")
                      if any(inner is not table for inner in table.iter("table"))
                      and not any(cell.tag == "th" for row in own_rows(table) for cell in row)),
                     None)
        if outer is None:
            break
        parent = next(element for element in body.iter() if outer in list(element))
        index = list(parent).index(outer)
        cells = [cell for row in own_rows(outer) for cell in row if cell.tag in ("td", "th")]
        blocks = [block for caption in outer.iter("caption") if caption in list(outer)
                  for block in _as_blocks(caption)]
        blocks += [block for cell in cells for block in _as_blocks(cell)]
        parent.remove(outer)
        for offset, block in enumerate(blocks):
            parent.insert(index + offset, block)
        if outer.tail and outer.tail.strip():
            _append_text(parent, index + len(blocks) - 1, outer.tail)
        laid_out += 1
    if laid_out:
        log.info("%s: %d table%s holding tables laid out as %s cells, one after another: "
                 "large print has no room for tables side by side, and a listener hears "
                 "them in this order", where(path, "<table"), laid_out,
                 "s" if laid_out > 1 else "", "their" if laid_out > 1 else "its")


def _as_blocks(cell: ET.Element) -> list[ET.Element]:
    """What `cell` holds as block elements: its blocks as they are, and each run of words
    and phrases between them in a `<p>`."""
    from handout.read.script import BLOCK_TAGS  # which imports this module

    blocks: list[ET.Element] = []
    run: ET.Element | None = None

    def words(text: str | None) -> None:
        nonlocal run
        if text and text.strip():
            if run is None:
                run = ET.Element("p")
                blocks.append(run)
            _append_text(run, len(run) - 1, text)

    words(cell.text)
    for child in list(cell):
        tail, child.tail = child.tail, None
        if child.tag in BLOCK_TAGS:
            blocks.append(child)
            run = None
        elif run is not None or "".join(child.itertext()).strip() or child.tag == "img":
            if run is None:
                run = ET.Element("p")
                blocks.append(run)
            run.append(child)
        words(tail)
    return blocks


def _wrap_loose_text(body: ET.Element) -> None:
    """Put words left directly in `body` (by an unwrapped or removed element) in a `<p>`.

    Sections are made of `body`'s elements, so text between them would reach neither
    print nor audio.
    """
    loose = [(0, body.text)] + [(index + 1, child.tail) for index, child in enumerate(body)]
    body.text = None if not (body.text or "").strip() else body.text
    for child in body:
        if (child.tail or "").strip():
            child.tail = None
    for offset, (position, text) in enumerate((p, t) for p, t in loose if (t or "").strip()):
        paragraph = ET.Element("p")
        paragraph.text = text.strip()
        body.insert(position + offset, paragraph)
    body.text = None


CODE_RULE = re.compile(r"\s*(?:([=\-*_~#+.])\1{2,}\s*)*")
"""Code of nothing but rows of one mark repeated, `=======`: a rule drawn in text."""


def _drop_empty_code(body: ET.Element) -> None:
    """Take out each code block with no text left in it, which would print as an empty frame
    and be said "Code example, 0 lines, as printed:": whatever left it empty (a library's
    page, sweep BD darien-summer-kids line 195, had tabs after a `</div>`, which
    Python-Markdown read as an indented code block of nothing); or only a rule
    (`CODE_RULE`): a makerspace's constitution converted by Pandoc (sweep BW,
    hacman-constitution lines 66, 82, 93…) underlines each of its 30 articles' headings with
    an indented `=======`, said "Code example, 1 line, as printed: equals equals…"."""
    for parent in list(body.iter()):
        for child in list(parent):
            if child.tag == "pre" and CODE_RULE.fullmatch("".join(child.itertext())) \
                    and child.find(".//img") is None:
                take_out(parent, child, keep_text=False)


def _adopt_stray_items(body: ET.Element) -> None:
    """Put a list item written outside any list (`<li>…</li>` on its own among a Markdown
    list's `- ` items) into the list just before it, and the list after it too, where
    nothing but space parts them; or, with no list before it, into a list of its own: a
    page of tips for staying safe had its list split in two round such an item, whose
    bullet printed in the margin, and EPUB forbids an item with no list."""
    for parent in list(body.iter()):
        if parent.tag in ("ul", "ol", "menu"):
            continue
        index = 0
        while index < len(parent):
            item = parent[index]
            if item.tag != "li":
                index += 1
                continue
            before = parent[index - 1] if index else None
            if before is not None and before.tag in ("ul", "ol") \
                    and not (before.tail or "").strip():
                items = before
            else:
                items = ET.Element("ul")
                parent.insert(index, items)
            parent.remove(item)
            items.append(item)
            items.tail, item.tail = item.tail, None
            index = list(parent).index(items) + 1
            after = parent[index] if index < len(parent) else None
            if after is not None and after.tag == items.tag and not (items.tail or "").strip():
                items.extend(list(after))
                items.tail = after.tail
                parent.remove(after)


def _nest_stray_lists(body: ET.Element) -> None:
    """Move a list written straight inside a list (`<ul><li>Thing 2</li><ul>…</ul>`, as
    Jekyll's navigation tutorial has it) into the item before it, where HTML puts a
    sub-list: browsers show it so, but EPUB forbids it and the speech script, which reads
    a list item by item, skipped its items."""
    for parent in list(body.iter()):
        if parent.tag not in ("ul", "ol"):
            continue
        for child in list(parent):
            if child.tag not in ("ul", "ol"):
                continue
            index = list(parent).index(child)
            item = parent[index - 1] if index else None
            if item is None or item.tag != "li":
                item = ET.Element("li")
                parent.insert(index, item)
            parent.remove(child)
            item.append(child)


def _inline_blocks_in_headings(body: ET.Element) -> None:
    """Make a `<div>` or `<p>` inside a heading a `<span>`: Docusaurus pages label a
    heading's platform so (`### accessibilityLanguage <div className="label ios">iOS</div>`),
    which a browser shows on the heading's line but EPUB refuses (a heading holds only
    phrasing content)."""
    for heading in body.iter():
        if heading.tag in HEADINGS:
            for inner in heading.iter():
                if inner is not heading and inner.tag in ("div", "p"):
                    inner.tag = "span"


def _unique_ids(body: ET.Element) -> None:
    """Give an id written twice (Section508.gov's sample-size page has two tables
    `id="table-approaches-to-confidence"`) a number after the first: EPUB refuses a
    repeated id (RSC-005), and a link to it goes to the first, as a browser's does. A
    heading keeps its own: the contents link to it."""
    taken = {h.get("id") for h in body.iter() if h.tag in HEADINGS and h.get("id")}
    for element in body.iter():
        given = element.get("id")
        if given is None or element.tag in HEADINGS:
            continue
        unique, count = given, 1
        while unique in taken:
            count += 1
            unique = f"{given}-{count}"
        element.set("id", unique)
        taken.add(unique)


BLOCKS = frozenset("p div ul ol dl table blockquote pre figure h1 h2 h3 h4 h5 h6".split())
PHRASES = frozenset("mark ins del em strong b i u s small span".split())


def _blocks_out_of_phrases(body: ET.Element) -> None:
    """Put a phrase element that holds whole blocks inside each of them instead:
    CriticMarkup highlights, inserts or deletes a block of paragraphs as `<mark
    class="critic block"><p>…</p></mark>`, which a browser shows but EPUB refuses (a
    phrase holds only phrasing content), as it does a paragraph inside a sentence."""
    for outer in list(body.iter()):
        if outer.tag not in PHRASES or not any(child.tag in BLOCKS for child in outer):
            continue
        phrase = (outer.tag, dict(outer.attrib))
        outer.tag = "div"
        for block in outer:
            if block.tag not in BLOCKS:
                continue
            inner = ET.Element(phrase[0], phrase[1])
            inner.text, block.text = block.text, None
            for child in list(block):
                block.remove(child)
                inner.append(child)
            block.append(inner)


def _shortened(value: str, most: int) -> str:
    """`value` for a message: whole, or its start and its end with the cut marked between
    them ("…"). A Polish blog post's links to itself in four languages (sweep CG,
    pl-couchers), addresses that differ only in their last letters ("…-couchers-org-en",
    "…-org-hu"), were four identical lines, each cut after its first sixty letters."""
    if len(value) <= most:
        return value
    end = (most - 1) // 3
    return value[:most - 1 - end] + "…" + value[len(value) - end:]


def _local_name(tag: str) -> str:
    """`svg` for `{http://www.w3.org/2000/svg}svg`: foreign elements are named plainly."""
    return tag.rsplit("}", 1)[-1]


def _is_safe_url(value: str) -> bool:
    compact = "".join(value.split()).lower()
    if not _has_scheme(compact):
        return True  # a relative path, resolved (and confined) by the print stage
    return compact.startswith(SAFE_SCHEMES)


def _is_relative(href: str) -> bool:
    """True for an address of another page or file (`./contributing.md`, `/docs/`), not a
    place in this handout (`#dose`) nor an address with a scheme."""
    compact = "".join(href.split())
    return bool(compact) and not compact.startswith("#") and not _has_scheme(compact)


def _is_own_place(href: str, path: Path) -> bool:
    """Whether `href` is a place in the page at `path` named with the page's own file,
    `faq.md#vst-plugins` in faq.md (or `./faq.md#…`)."""
    parts = urlsplit(href.strip())
    return bool(parts.fragment and parts.path) and not parts.query \
        and (path.parent / unquote(parts.path)).resolve() == path.resolve()


def _has_scheme(compact: str) -> bool:
    """Whether an address (without white space) starts with a scheme, `https:` or `wiki:`."""
    return ":" in compact.split("/")[0]


def is_inside(src: str, folder: Path) -> bool:
    """True for a raster `data:image/` URL, or a relative path to a file under `folder`.

    SVG data URLs are refused: an SVG can itself point at other files and machines.

    Symlinks and `..` are resolved first, so neither can lead out of the folder.
    """
    compact = "".join(src.split())
    if compact.lower().startswith(RASTER_DATA):
        return True
    parts = urlsplit(compact)
    if parts.scheme or parts.netloc or compact.startswith(("/", "\\")):
        return False
    folder = folder.resolve()
    target = (folder / unquote(parts.path)).resolve()
    return target.is_relative_to(folder)


COMPONENT_TITLE = re.compile(r"(?:[a-z]+-)*(?:title|heading|summary)")
"""Attributes in which a web component holds words it shows as its title: the GC Design
System's `<gcds-details details-title="Navigation au clavier">`, Shoelace's `<sl-details
summary>`, Calcite's `heading`."""


def _keep_component_title(component: ET.Element) -> None:
    """Print and say a web component's title, held in an attribute, in bold on a line of
    its own before its text, as the component shows it: a French government page's fifteen
    disclosures had lost their titles with their element."""
    words = " ".join(" ".join(component.get(name, "") for name in component.attrib
                              if COMPONENT_TITLE.fullmatch(name)).split())
    if not words or words in " ".join("".join(component.itertext()).split()):
        return
    title = ET.Element("strong")
    title.text = words
    title.tail = None
    line_break = ET.Element("br")
    line_break.tail = component.text
    component.text = None
    component.insert(0, title)
    component.insert(1, line_break)


def take_out_emptied(emptied: list[ET.Element], parents: dict[ET.Element, ET.Element],
                     left: re.Pattern[str]) -> None:
    """Take out each paragraph of `emptied` (children of `parents`) that holds nothing now
    but text `left` matches: where pictures were left out, a paragraph of them alone."""
    for paragraph in dict.fromkeys(emptied):
        if paragraph.tag == "p" and not len(paragraph) \
                and left.fullmatch(paragraph.text or "") and paragraph in parents:
            take_out(parents[paragraph], paragraph, keep_text=False)


def _set_buttons_under_headings(body: ET.Element) -> None:
    """A button in a heading beside the heading's own words, a control that opens the part
    below, is its words in bold under the heading, as an accordion's button with no heading
    around it is: HL7's plain language summary, `<h3>Plain Language Summary <button
    aria-controls="…">Welcome! … Click Here to see the Plain Language Summary</button>`, was
    printed and said as one long heading. A heading whose words are all in its button (an
    accordion's) keeps them, as `clean_tree` does."""
    for parent in list(body.iter()):
        for heading in [child for child in parent if child.tag in HEADINGS]:
            inside = {child: holder for holder in heading.iter() for child in holder}
            buttons = [b for b in heading.iter("button") if "".join(b.itertext()).strip()]
            own = "".join(heading.itertext())
            for button in buttons:
                own = own.replace("".join(button.itertext()), "", 1)
            if not buttons or not own.strip():
                continue
            after = list(parent).index(heading) + 1
            for button in reversed(buttons):
                take_out(inside[button], button, keep_text=False)
                words = ET.Element("strong")
                words.text, words[:] = " ".join((button.text or "").split()), list(button)
                below = ET.Element("p")
                below.append(words)
                below.tail, heading.tail = heading.tail, "\n"
                parent.insert(after, below)


def take_out(parent: ET.Element, child: ET.Element, keep_text: bool) -> None:
    """Take `child` out of `parent`, keeping its tail text and, if asked, its contents."""
    index = list(parent).index(child)
    parent.remove(child)
    moved = list(child) if keep_text else []
    for offset, grandchild in enumerate(moved):
        parent.insert(index + offset, grandchild)
    _append_text(parent, index - 1, child.text if keep_text else None)
    if moved:
        moved[-1].tail = (moved[-1].tail or "") + (child.tail or "")
    else:
        _append_text(parent, index - 1, child.tail)


def _append_text(parent: ET.Element, before: int, text: str | None) -> None:
    """Add `text` after child number `before` of `parent` (or at its start if -1)."""
    if not text:
        return
    if before >= 0:
        parent[before].tail = (parent[before].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
