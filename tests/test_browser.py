"""The web edition in a real browser: Debian's chromium driven by Playwright, checked with the
axe-core rules, by keyboard alone, and at 400% zoom (a 320 CSS pixel wide viewport).

Needs `playwright` (pip), `/usr/bin/chromium` (apt) and `axe-core` (npm, global or in
`node_modules/`). `.ci/run` installs all three for its second pass, where a missing one
fails the test instead of skipping it (see `conftest.require`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import PROJECT, require, write_handouts
from handout.build import build

CHROMIUM = Path(os.environ.get("HANDOUT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = os.environ.get("HANDOUT_SCREENSHOTS")
pytestmark = pytest.mark.browser
"""A folder to keep the 400% zoom screenshot in, for a person to look at."""

HANDOUT = """\
---
title: Taking your tablets safely
subtitle: A guide for patients
author: The Pharmacy Team
date: 2024-05-02
lang: en-GB
description: When and how to take your tablets.
---

Read this leaflet before you start.[^1]

## When to take them

Take one 2mg tablet in the morning and one at night, with a glass of water.

- Swallow it whole.
- Do not crush or chew it.

| Time | Dose |
| --- | --- |
| Morning | 2mg |
| Night | 2mg |

## If you feel unwell

> Stop taking the tablets and call your doctor straight away.

Find more at [our website](https://example.org/a/very/long/address/that/must/wrap/at/400/percent).

[^1]: Keep it: you may need to read it again.
"""


def find_axe() -> Path | None:
    candidates = [os.environ.get("HANDOUT_AXE_JS", ""),
                  str(PROJECT / "node_modules" / "axe-core" / "axe.min.js")]
    npm = shutil.which("npm")
    if npm:
        root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True).stdout.strip()
        candidates.append(str(Path(root) / "axe-core" / "axe.min.js"))
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    from handout.config import Settings

    root = tmp_path_factory.mktemp("web")
    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, editions=("audio", "web"))
    return (settings.out / "tablets" / "web" / "index.html").as_uri()


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require(sync_playwright is not None, "the playwright package")
    require(CHROMIUM.is_file(), str(CHROMIUM))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    axe = find_axe()
    require(axe is not None, "axe-core (npm install -g axe-core)")
    return axe.read_text("utf-8")


def run_axe(page, axe_source: str) -> list[dict]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return result


def test_axe_finds_no_violations(browser, page_url, axe_source):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_url)
    violations = run_axe(page, axe_source)
    assert violations == [], json.dumps(violations, indent=1)
    # The rules really ran: axe reports what it checked.
    checked = page.evaluate("async () => (await axe.run(document)).passes.map(p => p.id)")
    assert {"html-has-lang", "landmark-one-main", "region", "bypass", "heading-order",
            "color-contrast", "document-title", "link-name"} <= set(checked)
    page.close()


def test_transcript_page_has_no_violations(browser, page_url, axe_source):
    page = browser.new_page()
    page.goto(page_url)
    href = page.get_attribute("a[href$='-when-to-take-them.html']", "href")
    page.goto(page_url.rsplit("/", 1)[0] + "/" + href)
    assert "Take one 2 milligram" in page.inner_text("main")
    assert run_axe(page, axe_source) == []
    page.close()


def test_enhanced_contrast_rule_passes(browser, page_url, axe_source):
    """WCAG 1.4.6 (7:1) is an AAA rule that axe leaves off unless asked."""
    page = browser.new_page()
    page.goto(page_url)
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: ['color-contrast-enhanced']});
        return {violations: r.violations.length, passes: r.passes.length ?
                r.passes[0].nodes.length : 0};
    }""")
    assert result["violations"] == 0
    assert result["passes"] > 10
    page.close()


def test_keyboard_alone_reaches_every_player(browser, page_url):
    page = browser.new_page()
    page.goto(page_url)
    players = page.locator("audio").count()
    assert players == 3
    reached, first = [], None
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => {
            const e = document.activeElement;
            return e ? {tag: e.tagName, src: e.getAttribute('src') || e.getAttribute('href'),
                        text: e.textContent.trim().slice(0, 40)} : null }""")
        if focused is None or focused["tag"] == "BODY":
            continue
        key = (focused["tag"], focused["src"], focused["text"])
        if key == first:
            break
        first = first or key
        if focused["tag"] == "AUDIO":
            reached.append(focused["src"])
    # Each native player holds several controls (play, volume, menu), each a Tab stop.
    expected = page.evaluate("() => [...document.querySelectorAll('audio')].map(a => "
                             "a.getAttribute('src'))")
    assert sorted(set(reached)) == sorted(expected), reached
    assert all(src.startswith("../audio/") for src in reached)
    page.close()


def test_first_tab_is_a_visible_skip_link_with_a_focus_outline(browser, page_url):
    page = browser.new_page()
    page.goto(page_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e);
        return {href: e.getAttribute('href'), outline: s.outlineStyle,
                width: parseFloat(s.outlineWidth), visible: e.getBoundingClientRect().width > 0}
    }""")
    assert focused["href"] == "#main"
    assert focused["outline"] == "solid" and focused["width"] >= 3 and focused["visible"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.close()


def test_reflows_at_400_percent_without_sideways_scrolling(browser, page_url, tmp_path):
    # 1280 CSS pixels at 400% zoom is a 320 pixel wide viewport (WCAG 1.4.10).
    page = browser.new_page(viewport={"width": 320, "height": 256})
    page.goto(page_url)
    widths = page.evaluate("""() => ({scroll: document.documentElement.scrollWidth,
                                       client: document.documentElement.clientWidth,
                                       body: getComputedStyle(document.body).fontSize})""")
    assert widths["scroll"] <= widths["client"], widths
    assert float(widths["body"].removesuffix("px")) >= 24
    overflowing = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right >
                document.documentElement.clientWidth + 1).map(e => e.tagName)""")
    assert overflowing == []
    for player in page.locator("audio").all():
        assert player.bounding_box()["width"] <= 320
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "web-400-percent.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 1000
    page.close()


def test_page_works_without_script(browser, page_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(page_url)
    assert page.locator("audio[controls]").count() == 3
    assert page.locator("script").count() == 0
    context.close()


def test_the_audiobook_the_page_offers_plays_from_a_chapter(browser, page_url):
    """A real client reads the M4B: Chromium loads it in an <audio>, reports the length of
    the sections together, seeks to a chapter's start and plays on from there."""
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    folder = Path(url2pathname(urlparse(page_url).path)).parent.parent
    audio = json.loads((folder / "manifest.json").read_text("utf-8"))["audio"]
    sections = sum(s["duration"] for s in audio["sections"])
    chapters = audio["audiobook"]["chapters"]
    assert [c[0] for c in chapters] == [s["heading"] for s in audio["sections"]]
    chapter = chapters[2][1] / 1000
    page = browser.new_page()
    page.goto(page_url)
    link = page.locator("footer a[href$='.m4b']")
    assert link.inner_text().startswith("The whole handout for an audiobook app")
    heard = page.evaluate("""async ([href, chapter]) => {
        const audio = document.createElement('audio');
        audio.muted = true;  // lets a headless page play without a click
        audio.src = href;
        document.body.append(audio);
        await new Promise((loaded, failed) => {
            audio.onloadedmetadata = loaded;
            audio.onerror = () => failed(new Error('cannot play: ' + audio.error.message));
        });
        const duration = audio.duration;
        audio.currentTime = chapter;
        await new Promise(seeked => { audio.onseeked = seeked; });
        const from = audio.currentTime;
        await audio.play();
        await new Promise(wait => setTimeout(wait, 1500));
        audio.pause();
        return {duration, from, to: audio.currentTime};
    }""", [link.get_attribute("href"), chapter])
    assert abs(heard["duration"] - sections) <= 0.1, heard
    assert abs(heard["from"] - chapter) <= 0.05, heard
    assert heard["to"] >= heard["from"] + 0.5, heard
    page.close()
