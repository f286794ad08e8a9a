"""Podcast edition: an RSS 2.0 feed with the iTunes tags, one episode per handout whose
enclosure is the complete chaptered MP3, addressed from --base-url."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
import zipfile

import pytest

from conftest import write_handouts
from handout.build import build
from handout.errors import HandoutError
from handout.editions.common import hms
from handout.editions.feed import ITUNES, check_feed, validate_feed
from handout.findings import INFO

FIRST = """\
---
title: Taking your tablets
author: The Pharmacy Team
date: 2024-05-02
lang: en
description: When and how to take your tablets.
---

## When

Take one in the morning.
"""

SECOND = """\
# Looking after your eyes

Wear sunglasses outside.
"""


@pytest.fixture
def feed(settings):
    settings = dataclasses.replace(settings, base_url="https://example.org/leaflets")
    write_handouts(settings.source, {"tablets.md": FIRST, "eyes.md": SECOND})
    manifests = build(settings, editions=("audio", "feed"))
    return settings, ET.parse(settings.out / "feed.xml").getroot(), manifests


def test_feed_has_the_rss_required_elements(feed):
    settings, rss, _ = feed
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "Handouts"
    assert channel.findtext("link") == "https://example.org/leaflets/"
    assert channel.findtext("description")
    assert channel.findtext("language") == "en"
    cover = channel.find(f"{{{ITUNES}}}image").get("href")
    assert cover.startswith("https://example.org/leaflets/feed-cover-")
    assert (settings.out / cover.rsplit("/", 1)[1]).is_file()
    assert channel.findtext(f"{{{ITUNES}}}explicit") == "false"
    assert validate_feed(settings.out / "feed.xml", settings.out) == []


def test_one_episode_per_handout_with_the_complete_mp3(feed):
    settings, rss, manifests = feed
    items = {i.findtext("title"): i for i in rss.iter("item")}
    assert set(items) == {"Taking your tablets", "Looking after your eyes"}
    item = items["Taking your tablets"]
    enclosure = item.find("enclosure")
    mp3 = settings.out / "tablets" / "audio" / "tablets.mp3"
    assert enclosure.attrib == {"url": "https://example.org/leaflets/tablets/audio/tablets.mp3",
                                "length": str(mp3.stat().st_size), "type": "audio/mpeg"}
    manifest = next(m for m in manifests if m["handout"] == "tablets")
    assert item.findtext(f"{{{ITUNES}}}duration") == hms(manifest["audio"]["complete"]["duration"])
    assert item.findtext("pubDate") == "Thu, 02 May 2024 12:00:00 +0000"
    assert item.findtext("description") == "When and how to take your tablets."
    assert item.findtext("guid") == "handout:tablets"
    # A handout without a description is described by its first words.
    assert items["Looking after your eyes"].findtext("description").startswith(
        "Looking after your eyes")


def test_without_a_base_url_the_feed_points_here_and_check_says_so(settings):
    write_handouts(settings.source, {"tablets.md": FIRST})
    build(settings, editions=("audio", "feed"))
    rss = ET.parse(settings.out / "feed.xml").getroot()
    assert rss.find("channel/item/enclosure").get("url").startswith("file:///")
    assert rss.findtext("channel/title") == "Taking your tablets"
    findings = check_feed(settings)
    assert [f.severity for f in findings] == [INFO]


def test_validator_reports_a_wrong_length(feed):
    settings, _, _ = feed
    path = settings.out / "feed.xml"
    text = path.read_text("utf-8")
    size = (settings.out / "eyes" / "audio" / "eyes.mp3").stat().st_size
    path.write_text(text.replace(f'length="{size}"', 'length="12"'), "utf-8")
    assert any("enclosure length does not match" in p for p in validate_feed(path, settings.out))


def test_feed_refuses_audio_of_older_text(settings):
    write_handouts(settings.source, {"tablets.md": FIRST})
    build(settings, editions=("audio", "feed"))
    write_handouts(settings.source, {"tablets.md": FIRST.replace("in the morning",
                                                                 "at night")})
    with pytest.raises(HandoutError, match=r"tablets.md:9: the audio of this section was "
                       r"built from older text: build the audio edition too "
                       r"\(--editions audio,feed\)"):
        build(settings, editions=("feed",))
    build(settings, editions=("audio", "feed"))
    assert validate_feed(settings.out / "feed.xml", settings.out) == []


def test_feed_title_setting_names_the_channel(settings):
    write_handouts(settings.source, {"tablets.md": FIRST, "eyes.md": SECOND})
    build(dataclasses.replace(settings, feed_title="Leaflets from the eye clinic"),
          editions=("audio", "feed"))
    channel = ET.parse(settings.out / "feed.xml").getroot().find("channel")
    assert channel.findtext("title") == "Leaflets from the eye clinic"
    assert sorted(i.findtext("title") for i in channel.iter("item")) == [
        "Looking after your eyes", "Taking your tablets"]


def test_a_markdown_description_is_described_in_words(settings):
    """Docsy's example page writes its description in Markdown ('It can be **bold** or
    _italic_'): podcast apps, the EPUB and the DAISY book show it as text, without marks,
    and on one line, where a YAML block's line breaks were kept in their metadata."""
    write_handouts(settings.source, {"page.md": """\
        ---
        title: Example Page
        description: |
          A short lead description. It can be **bold** or
          _italic_, with [a link](https://gohugo.io).
        ---

        Some text.
        """})
    build(settings, editions=("pdf", "audio", "daisy", "epub", "feed"))
    [item] = ET.parse(settings.out / "feed.xml").getroot().iter("item")
    words = "A short lead description. It can be bold or italic, with a link."
    with zipfile.ZipFile(settings.out / "page" / "page.epub") as epub:
        opf = epub.read("EPUB/package.opf").decode()
    assert f"<dc:description>{words}</dc:description>" in opf
    assert item.findtext("description") == words  # YAML's line breaks, one line
    ncc = (settings.out / "page" / "daisy" / "ncc.html").read_text("utf-8")
    assert f'<meta name="dc:description" content="{words}"' in ncc


def test_check_reports_an_unreadable_file_it_reads_without_stopping(settings):
    """An ill-formed feed.xml (a control character in a description) stopped `invoke check`
    with a Python traceback, as a web page not in UTF-8 and a broken manifest did: each is
    now a finding naming the file, and the check goes on to the rest."""
    from handout.check.project import check_project

    write_handouts(settings.source, {"tablets.md": FIRST, "eyes.md": SECOND})
    build(settings, editions=("pdf", "audio", "daisy", "web", "feed"))
    out = settings.out
    (out / "feed.xml").write_bytes(b"<rss><channel><description>\x02</description>")
    (out / "tablets" / "daisy" / "ncc.html").write_bytes(b"<html><body><h1>When</body>")
    (out / "tablets" / "web" / "index.html").write_bytes(b"<html>\xff\xfe</html>")
    (out / "eyes" / "manifest.json").write_bytes(b'{"pdf": ')
    findings = {(f.where, f.rule): f.message for f in check_project(settings)}
    assert findings[(str(out / "feed.xml"), "feed")].startswith("not readable XML (not "
                                                                  "well-formed")
    assert findings[(str(out / "tablets" / "daisy" / "ncc.html"), "daisy")].startswith(
        "not readable XHTML (mismatched tag")
    assert findings[(str(out / "tablets" / "web" / "index.html"), "web")].startswith(
        "not readable as UTF-8")
    assert findings[(str(out / "eyes" / "manifest.json"), "built")].startswith(
        "not readable (Expecting value")
    assert all(message.endswith("'invoke build'") for (where, _), message in findings.items()
               if where.endswith(("feed.xml", "manifest.json")))
