"""Editions, podcast feed: one RSS 2.0 feed (with the iTunes tags) for every handout.

`write_feed` writes `build/feed.xml` after every handout is built: one episode per handout,
whose enclosure is the complete MP3 with its ID3 chapters, so a podcast app plays the
handout section by section. Addresses are made from the `base_url` setting (`--base-url`),
the place where the `build/` folder will be served; without one the feed points at the
files on this computer, which is enough to try it in a local app but not to publish.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from handout import __version__
from handout.config import Settings
from handout.editions.common import hms, publication_date
from handout.read.document import Document
from handout.findings import INFO, Finding
from handout.language import words_for
from handout.outputs import Layout, write_atomic, write_if_changed

progress = logging.getLogger("handout.progress")

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
COVER = "feed-cover-{key}.png"
"""The feed's cover art, named by a hash of its title so a rebuild need not draw it again."""
CHANNEL_REQUIRED = ("title", "link", "description")
"""The channel elements RSS 2.0 requires."""


def rfc822(date: dt.date) -> str:
    """Noon UTC on `date`, so that no time zone moves the episode to another day."""
    return email.utils.format_datetime(
        dt.datetime.combine(date, dt.time(12), tzinfo=dt.timezone.utc))


def base_address(settings: Settings) -> str:
    """Where `build/` will be served, ending in '/'; this folder's file URL if not given."""
    if settings.base_url:
        return settings.base_url.rstrip("/") + "/"
    return settings.out.resolve().as_uri() + "/"


def address(base: str, *parts: str) -> str:
    return base + "/".join(quote(part) for part in parts)


def feed_title(documents: list[Document], settings: Settings) -> str:
    if settings.feed_title:
        return settings.feed_title
    if len(documents) == 1:
        return documents[0].meta.title
    authors = {d.meta.author for d in documents}
    author = authors.pop() if len(authors) == 1 else None
    words = words_for(feed_language(documents))
    return words.handouts_from.format(author=author) if author else words.handouts


def feed_language(documents: list[Document]) -> str:
    """The language most of the handouts are in (the channel has only one)."""
    return (Counter(d.meta.lang for d in documents) or Counter(["en"])).most_common(1)[0][0]


def write_feed(documents: list[Document], manifests: list[dict], settings: Settings) -> Path:
    """Write the podcast feed for every handout that has its audio built; return its path."""
    ET.register_namespace("itunes", ITUNES)
    ET.register_namespace("atom", ATOM)
    base = base_address(settings)
    if not settings.base_url:
        progress.info("feed: no --base-url given, so the feed points at files on this "
                      "computer; give the address where build/ will be served to publish it")
    title = feed_title(documents, settings)
    episodes = [(d, m) for d, m in zip(documents, manifests) if "audio" in m]
    languages = Counter(d.meta.lang for d, _ in episodes) or Counter(["en"])
    dates = [publication_date(d) for d, _ in episodes]

    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", title)
    _text(channel, "link", base)
    descriptions = [d.meta.description for d, _ in episodes if d.meta.description]
    _text(channel, "description",
          words_for(languages.most_common(1)[0][0]).feed_description
          if len(episodes) != 1 or not descriptions else descriptions[0])
    _text(channel, "language", languages.most_common(1)[0][0])
    _text(channel, "generator", f"handout {__version__}")
    if dates:
        _text(channel, "lastBuildDate", rfc822(max(dates)))
        _text(channel, "pubDate", rfc822(max(dates)))
    ET.SubElement(channel, f"{{{ATOM}}}link",
                  {"href": address(base, FEED), "rel": "self", "type": "application/rss+xml"})
    authors = sorted({d.meta.author for d, _ in episodes if d.meta.author})
    if authors:
        _text(channel, f"{{{ITUNES}}}author", ", ".join(authors))
    cover = write_cover(title, settings.out)
    ET.SubElement(channel, f"{{{ITUNES}}}image", {"href": address(base, cover.name)})
    ET.SubElement(channel, f"{{{ITUNES}}}category", {"text": "Education"})
    _text(channel, f"{{{ITUNES}}}explicit", "false")
    _text(channel, f"{{{ITUNES}}}type", "episodic")

    for (document, manifest), date in sorted(zip(episodes, dates), key=lambda e: e[1],
                                             reverse=True):
        meta = document.meta
        layout = Layout(settings.out, document.slug)
        complete = manifest["audio"]["complete"]
        mp3 = layout.audio / complete["file"]
        item = ET.SubElement(channel, "item")
        _text(item, "title", meta.title)
        summary = meta.description or " ".join(
            document.sections[0].transcript.split()[:60])
        _text(item, "description", summary)
        if "web" in manifest:
            _text(item, "link", address(base, document.slug, "web", "index.html"))
        ET.SubElement(item, "enclosure", {
            "url": address(base, document.slug, "audio", complete["file"]),
            "length": str(mp3.stat().st_size), "type": "audio/mpeg"})
        _text(item, "guid", f"handout:{document.slug}", isPermaLink="false")
        _text(item, "pubDate", rfc822(date))
        if meta.author:
            _text(item, f"{{{ITUNES}}}author", meta.author)
        _text(item, f"{{{ITUNES}}}duration", hms(complete["duration"]))
        _text(item, f"{{{ITUNES}}}summary", summary)
        _text(item, f"{{{ITUNES}}}episodeType", "full")
        _text(item, f"{{{ITUNES}}}explicit", "false")

    ET.indent(rss)
    target = settings.out / FEED
    write_if_changed(target, '<?xml version="1.0" encoding="utf-8"?>\n'
                     + ET.tostring(rss, encoding="unicode") + "\n")
    return target


def write_cover(title: str, out: Path) -> Path:
    """The channel's cover art (the title in large print), drawn only when the title changes."""
    import hashlib

    target = out / COVER.format(key=hashlib.sha256(title.encode()).hexdigest()[:12])
    if not target.is_file():
        from handout.audio.cache import CoverCache

        write_atomic(target, CoverCache(out / ".cache").png(title))
    for old in out.glob(COVER.format(key="*")):
        if old != target:
            old.unlink()
    return target


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


# --- Verifying the feed ------------------------------------------------------------------


def validate_feed(path: Path, out: Path) -> list[str]:
    """Every way `path` breaks RSS 2.0's required elements or its enclosures' facts, or []."""
    try:
        rss = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        return [f"not readable XML ({error}): run 'invoke build'"]
    problems = []
    if rss.tag != "rss" or rss.get("version") != "2.0":
        problems.append("the root is not <rss version=\"2.0\">")
    channel = rss.find("channel")
    if channel is None:
        return problems + ["no <channel>"]
    problems += [f"channel has no <{tag}>" for tag in CHANNEL_REQUIRED
                 if not (channel.findtext(tag) or "").strip()]
    for item in channel.findall("item"):
        name = item.findtext("title") or "an item"
        if not (item.findtext("title") or item.findtext("description")):
            problems.append("an item has neither <title> nor <description>")
        enclosure = item.find("enclosure")
        if enclosure is None or not all(enclosure.get(a) for a in ("url", "length", "type")):
            problems.append(f"{name}: <enclosure> needs url, length and type")
            continue
        if enclosure.get("type") != "audio/mpeg":
            problems.append(f"{name}: enclosure type is {enclosure.get('type')}")
        local = _local_file(enclosure.get("url", ""), out)
        if local is not None and (not local.is_file()
                                  or local.stat().st_size != int(enclosure.get("length", -1))):
            problems.append(f"{name}: enclosure length does not match {local}, which was "
                            "made again since the feed: run 'invoke build'")
        try:
            email.utils.parsedate_to_datetime(item.findtext("pubDate") or "")
        except (TypeError, ValueError):
            problems.append(f"{name}: pubDate is not an RFC 822 date")
        if not item.findtext(f"{{{ITUNES}}}duration"):
            problems.append(f"{name}: no itunes:duration")
    return problems


def _local_file(url: str, out: Path) -> Path | None:
    """The built file an enclosure names: its last three path parts are slug/audio/file."""
    from urllib.parse import unquote, urlsplit

    parts = unquote(urlsplit(url).path).split("/")
    return out.joinpath(*parts[-3:]) if len(parts) >= 3 else None


def check_feed(settings: Settings) -> list[Finding]:
    """The feed, when one was built, has RSS 2.0's required parts and true enclosures."""
    path = settings.out / FEED
    if not path.is_file():
        return []
    findings = [Finding(str(path), "feed", problem) for problem in validate_feed(path, settings.out)]
    try:
        link = ET.parse(path).getroot().findtext("channel/link") or ""
    except ET.ParseError:  # `validate_feed` has said so
        return findings
    if link.startswith("file:"):
        findings.append(Finding(str(path), "feed", "addresses point at this computer: build "
                                "with --base-url to publish the feed", INFO))
    return findings
