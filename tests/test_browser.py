"""The web edition in a real browser: Debian's chromium driven by Playwright, checked with the
axe-core rules, by keyboard alone, and at 400% zoom (a 320 CSS pixel wide viewport); the
read-along script followed as the audio really plays; the WebVTT captions read by
Chromium's own parser.

Needs `playwright` (pip), `/usr/bin/chromium` (apt) and `axe-core` (npm, global or in
`node_modules/`). `.ci/run` installs all three for its second pass, where a missing one
fails the test instead of skipping it (see `conftest.require`).
"""

from __future__ import annotations

import json
import os
import re
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
def built(tmp_path_factory):
    """The page's address, the build's manifest, the document and the build folder."""
    from handout.config import Settings
    from handout.read.document import load_documents

    root = tmp_path_factory.mktemp("web")
    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    [manifest] = build(settings, editions=("audio", "web"))
    [document] = load_documents(settings)
    return ((settings.out / "tablets" / "web" / "index.html").as_uri(), manifest, document,
            settings.out / "tablets")


@pytest.fixture(scope="module")
def page_url(built) -> str:
    return built[0]


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
    # The read-along script is there but does not run: no sentence is a Tab stop, nothing
    # is highlighted, and no instruction mentions what cannot happen.
    assert page.locator("script[src='read-along.js']").count() == 1
    assert page.locator(".read-along, .reading, .read-along-help, span[tabindex]").count() == 0
    assert page.locator("span.sentence").count() > 5
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


# --- Reading along --------------------------------------------------------------------------


def expected_parts(built, index: int) -> list[tuple[str, float, float]]:
    """(element id, start, end) of everything section `index`'s recording says, from the
    manifest's clips, not from the page."""
    from handout.editions.common import synchronised

    _, manifest, document, _ = built
    entry = manifest["audio"]["sections"][index]
    return [(p.ref, p.begin, p.until)
            for p in synchronised(document.sections[index], entry["clips"], entry["duration"])]


def spoken_at(parts, seconds: float) -> str:
    return [ref for ref, begin, _ in parts if begin <= seconds][-1]


STATE = """(index) => {
    const audio = document.querySelectorAll('audio')[index];
    const reading = [...document.querySelectorAll('.reading')];
    return {time: audio.currentTime, paused: audio.paused,
            reading: reading.map(e => e.id), focus: document.activeElement.id};
}"""


def test_highlight_follows_the_audio_as_it_plays(browser, built):
    """Play the second section and check, at three moments, that the highlighted element
    is the one the recording is saying: where a chosen sentence starts, after a seek into
    another, and after playing on across the start of a third."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(built[0])
    parts = expected_parts(built, 1)
    assert len(parts) >= 6
    second = parts[2][0]
    page.click(f"#{second}")
    page.wait_for_timeout(400)
    moments = [page.evaluate(STATE, 1)]
    seek = (parts[4][1] + parts[4][2]) / 2
    page.evaluate(f"document.querySelectorAll('audio')[1].currentTime = {seek}")
    page.wait_for_timeout(400)
    moments.append(page.evaluate(STATE, 1))
    page.evaluate(f"document.querySelectorAll('audio')[1].currentTime = {parts[5][1] - 0.3}")
    page.wait_for_timeout(900)
    moments.append(page.evaluate(STATE, 1))
    assert [m["paused"] for m in moments] == [False, False, False]
    assert moments[0]["time"] >= parts[2][1] and moments[2]["time"] > parts[5][1]
    assert [m["reading"] for m in moments] == [[spoken_at(parts, m["time"])] for m in moments]
    assert [m["reading"][0] for m in moments] == [second, parts[4][0], parts[5][0]]
    page.evaluate("document.querySelectorAll('audio')[1].pause()")
    page.close()


def test_keyboard_alone_starts_playback_from_a_sentence(browser, built):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(built[0])
    parts = expected_parts(built, 1)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == parts[0][0]:
            break
    else:
        pytest.fail("Tab never reached the section's text")
    # One Tab stop per section: the next Tab leaves the text.
    assert page.evaluate("document.querySelectorAll('.read-along[tabindex=\"0\"]').length") == 3
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowDown")
    chosen = parts[2][0]
    assert page.evaluate("document.activeElement.id") == chosen
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    state = page.evaluate(STATE, 1)
    assert not state["paused"] and state["reading"] == [chosen] and state["focus"] == chosen
    # Focus shows as a thicker outline; no ring around each line hides the underline.
    focused = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow,
                s.textDecorationLine] }""")
    assert focused[0] == "solid" and focused[1] >= 3 and focused[2] == "none"
    assert "underline" in focused[3]
    assert parts[2][1] <= state["time"] < parts[2][2]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('read-along')") is False
    page.evaluate("document.querySelectorAll('audio')[1].pause()")
    page.close()


def test_axe_finds_nothing_while_reading_along(browser, page_url, axe_source):
    """WCAG A, AA and AAA and axe's best practices, with the script's Tab stops and
    instructions in place and a sentence highlighted."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_url)
    page.click("#s1-2")
    page.evaluate("document.querySelectorAll('audio')[1].pause()")
    assert page.locator(".reading").count() == 1
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                      'best-practice'];
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
        return {violations: r.violations.map(v => [v.id, v.nodes.map(n => n.target)]),
                passes: r.passes.map(p => p.id)};
    }""")
    assert result["violations"] == []
    assert {"color-contrast", "color-contrast-enhanced", "region", "landmark-one-main",
            "aria-allowed-attr"} <= set(result["passes"])
    page.close()


def contrast_against_white(css_colour: str) -> float:
    from handout.colour import contrast_ratio

    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_colour)[:3])
    return contrast_ratio((red, green, blue), (1.0, 1.0, 1.0))


def test_reading_along_at_400_percent(browser, built, tmp_path):
    """320 CSS pixels wide at four device pixels each (1280 px at 400%): a sentence being
    read is outlined at 3:1 or more against the page and underlined, and nothing scrolls
    sideways. The screenshot is kept for a person to look at."""
    context = browser.new_context(viewport={"width": 320, "height": 256},
                                  device_scale_factor=4)
    page = context.new_page()
    page.goto(built[0])
    parts = expected_parts(built, 1)
    ref, begin, until = parts[1]
    page.click(f"#{ref}")
    page.evaluate(f"(() => {{ const a = document.querySelectorAll('audio')[1]; a.pause();"
                  f" a.currentTime = {(begin + until) / 2}; }})()")
    page.wait_for_timeout(500)
    style = page.evaluate("""() => { const e = document.querySelector('.reading');
        const s = getComputedStyle(e), b = e.getBoundingClientRect();
        return {id: e.id, outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                colour: s.outlineColor, line: s.textDecorationLine,
                top: b.top, bottom: b.bottom, height: innerHeight} }""")
    assert style["id"] == ref
    assert style["outline"] == "solid" and style["width"] >= 2
    assert contrast_against_white(style["colour"]) >= 3
    assert "underline" in style["line"]
    assert style["top"] >= 0 and style["bottom"] <= style["height"]  # kept in view
    widths = page.evaluate("""() => ({scroll: document.documentElement.scrollWidth,
                                       client: document.documentElement.clientWidth})""")
    assert widths["scroll"] <= widths["client"], widths
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "web-read-along-400-percent.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10000
    context.close()


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_scrolls_to_the_sentence_smoothly_unless_motion_is_reduced(browser, built, motion):
    context = browser.new_context(viewport={"width": 800, "height": 300},
                                  reduced_motion=motion)
    page = context.new_page()
    page.goto(built[0])
    parts = expected_parts(built, 2)
    far = parts[-1][0]
    moved = page.evaluate("""(id) => {
        const before = scrollY;
        document.getElementById(id).click();      // plays from the last sentence
        document.querySelectorAll('audio')[2].pause();
        return {before: before, after: scrollY};
    }""", far)
    page.wait_for_timeout(1500)
    settled = page.evaluate(f"""() => {{ const b = document.getElementById('{far}')
        .getBoundingClientRect(); return {{top: b.top, bottom: b.bottom, y: scrollY}} }}""")
    assert moved["before"] == 0 and settled["y"] > 0
    assert 0 <= settled["top"] and settled["bottom"] <= 300
    # Reduced motion: the page jumps at once; otherwise it glides there over a few frames.
    assert (moved["after"] == settled["y"]) == (motion == "reduce")
    context.close()


def test_a_reader_who_scrolls_away_is_left_there(browser, built):
    page = browser.new_page(viewport={"width": 800, "height": 200})
    page.goto(built[0])
    parts = expected_parts(built, 1)

    def play_at(seconds: float) -> None:
        page.evaluate(f"document.querySelectorAll('audio')[1].currentTime = {seconds}")
        page.wait_for_timeout(1200)

    def box(ref: str) -> dict:
        return page.evaluate(f"document.getElementById('{ref}').getBoundingClientRect()"
                             ".toJSON()")

    page.click(f"#{parts[1][0]}")
    page.evaluate("document.querySelectorAll('audio')[1].pause()")
    page.wait_for_timeout(300)  # the click's play and the pause have happened
    page.evaluate("window.scrollTo(0, 0)")  # the reader goes back to the title
    page.wait_for_timeout(300)
    play_at(parts[3][1] + 0.1)
    assert page.evaluate("document.querySelector('.reading').id") == parts[3][0]
    assert page.evaluate("scrollY") == 0
    # Once the sentence being read is back in view, the page follows the voice again.
    page.evaluate(f"document.getElementById('{parts[3][0]}').scrollIntoView({{block: 'end'}})")
    page.wait_for_timeout(300)
    assert box(parts[-1][0])["top"] > 200  # the next one is out of sight, below
    play_at(parts[-1][1] + 0.1)
    assert 0 <= box(parts[-1][0])["top"] and box(parts[-1][0])["bottom"] <= 200
    page.close()


def test_a_reader_who_scrolls_away_while_the_recording_loads_is_left_there(browser, built):
    """On a slow connection the recording may still be loading, and then fail or be paused,
    after the reader has scrolled on: the page does not pull them back to the sentence."""
    page = browser.new_page(viewport={"width": 800, "height": 200})
    page.goto(built[0])
    parts = expected_parts(built, 1)
    page.evaluate("""() => {  // play() settles only when the test says, as a slow load would
        const audio = document.querySelectorAll('audio')[1];
        audio.play = () => new Promise((_, reject) => { window.failLoading = reject; });
    }""")
    page.click(f"#{parts[1][0]}")
    page.wait_for_timeout(1000)
    assert page.evaluate("document.querySelector('.reading').id") == parts[1][0]
    assert page.evaluate("scrollY") > 0  # brought into view when chosen
    page.evaluate("window.scrollTo(0, 0)")
    page.evaluate("window.failLoading(new DOMException('no network', 'NotSupportedError'))")
    page.wait_for_timeout(1000)
    assert page.evaluate("scrollY") == 0
    page.close()


def test_chromium_reads_the_captions(browser, built):
    """Each section's WebVTT file through the browser's own parser: one cue per utterance,
    at its recorded times, with the reader's words."""
    _, manifest, document, folder = built
    page = browser.new_page()
    page.goto(built[0])
    for section, entry in zip(document.sections, manifest["audio"]["sections"]):
        text = (folder / "audio" / entry["captions"]).read_text("utf-8")
        cues = page.evaluate("""async (text) => {
            const video = document.createElement('video');
            const track = document.createElement('track');
            track.src = URL.createObjectURL(new Blob([text], {type: 'text/vtt'}));
            video.appendChild(track);
            document.body.appendChild(video);
            track.track.mode = 'hidden';
            await new Promise((loaded, failed) => {
                track.onload = loaded; track.onerror = () => failed('not WebVTT'); });
            return [...track.track.cues].map(c => [c.startTime, c.endTime,
                                                   c.getCueAsHTML().textContent]);
        }""", text)
        assert [c[2] for c in cues] == [u.text for u in section.script]
        assert [[round(c[0], 3), round(c[1], 3)] for c in cues] == entry["clips"]
    page.close()
