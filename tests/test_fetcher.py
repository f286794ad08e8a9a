"""Confinement: rendering reads nothing outside the project and touches no network.

Two layers guard it: `sanitize` removes picture addresses that lead outside the source
folder, and print's `confined_fetcher` refuses any URL outside the allowed roots. Each layer
is tested alone (the other switched off), and a control test shows that with both off the
same handout does reach the server and the secret file, so these tests can fail.
"""

from __future__ import annotations

import base64
import http.server
import logging
import os
import threading
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import FIXTURES, write_handouts
from handout.pdf import render as printing
from handout.read import document
from handout.build import build
from handout.pdf.fetcher import confined_fetcher

SECRET = "TOPSECRETSAUCE"


@pytest.fixture
def server():
    """An HTTP server on 127.0.0.1 that records every request it receives."""
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server API)
            requests.append(self.path)
            body = b"body { color: red } p::before { content: 'INJECTED' }"
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.requests = requests
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def hostile_handout(base: str, secret: Path) -> str:
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
           f"width='10' height='10'><image xlink:href='{base}/svg-inner.png' width='10' "
           f"height='10'/></svg>")
    svg_url = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return f"""\
---
title: Hostile
---

Safe words before.

![remote picture]({base}/markdown.png)

![escaping picture](../outside/{secret.name})

![linked picture](link-out.png)

![absolute picture]({secret})

<img src="file://{secret}" alt="file picture">

<img src="{svg_url}" alt="svg picture">

<link rel="stylesheet" href="{base}/link.css"><link rel="stylesheet" href="{secret.with_suffix('.css').as_uri()}">

<style>@import url("{base}/import.css"); @import "../outside/secret.css"; p {{ color: red }}</style>

<div style="background: url('{base}/inline-bg.png')">Styled block words.</div>

<base href="{base}/base/">

<object data="{base}/object.png" type="image/png">object fallback</object>

<embed src="{base}/embed.png" type="image/png">

<iframe src="{base}/iframe.html"></iframe>

<video poster="{base}/poster.png"></video>

<img src="box.png" alt="a black box">

Safe words after.
"""


@pytest.fixture
def hostile(settings, tmp_path, server):
    """A source folder whose handout tries every way out, and a secret file outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.png"
    Image.new("RGB", (30, 30), "black").save(secret)
    (outside / "secret.css").write_text(f'body::after {{ content: "{SECRET}" }}',
                                        encoding="utf-8")
    source = write_handouts(settings.source, {"hostile.md": hostile_handout(server.base, secret)})
    (source / "box.png").write_bytes((FIXTURES / "robust" / "box.png").read_bytes())
    os.symlink(secret, source / "link-out.png")
    return source / "hostile.md"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pdf_images(path: Path) -> set[tuple[int, int]]:
    """The pixel sizes of the pictures in the PDF."""
    return {image.image.size for page in PdfReader(path).pages for image in page.images}


def assert_confined(settings, server, pictures=frozenset({(120, 60)})) -> None:
    pdf = settings.out / "hostile" / "hostile.pdf"
    text = pdf_text(pdf)
    assert "Safe words before." in text and "Safe words after." in text
    assert SECRET not in text and "INJECTED" not in text
    assert server.requests == []
    assert pdf_images(pdf) == pictures  # the box from the source folder, nothing else


def test_nothing_outside_is_read_and_no_request_is_made(settings, hostile, server, caplog):
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    build(settings, ("pdf", "audio"))
    assert_confined(settings, server)
    transcript = (settings.out / "hostile" / "audio" / "00-hostile.txt").read_text("utf-8")
    assert SECRET not in transcript and "127.0.0.1" not in transcript
    warnings = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    for line, what in [(7, "refused to load 'http"), (9, "refused to load '../outside/"),
                       (11, "refused to load 'link-out.png'"), (13, "refused to load '/"),
                       (15, "refused to load 'file://"), (19, "<link> is not allowed"),
                       (21, "<style> is not allowed"), (23, "attribute style on <div>"),
                       (25, "<base> is not allowed"), (27, "<object> is not allowed"),
                       (29, "<embed> is not allowed"), (31, "<iframe> is not allowed"),
                       (33, "<video> is not allowed")]:
        assert any(w.startswith(f"{hostile}:{line}: {what}") for w in warnings), (line, what)


def test_the_fetcher_alone_confines_print(settings, hostile, server, monkeypatch, caplog):
    monkeypatch.setattr(document, "clean_tree", lambda body, source, settings: body)
    monkeypatch.setattr(document, "check_images", lambda body, source, folder, lang: None)
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    build(settings, ("pdf",))
    # Unsanitized, <base> points every relative address (the box too) at the server,
    # where the fetcher refuses it; so no picture at all is printed.
    assert_confined(settings, server, pictures=set())
    refused = [r.getMessage() for r in caplog.records
               if r.name == "handout.diagnostics" and "refused to load" in r.getMessage()]
    assert any(f"{server.base}/link.css" in w for w in refused)
    assert any(f"{server.base}/import.css" in w for w in refused)
    assert any(w.startswith(f"{hostile}:7: refused to load {server.base}/markdown.png")
               for w in refused)


def test_the_sanitizer_alone_confines_print(settings, hostile, server, monkeypatch):
    monkeypatch.setattr(printing, "confined_fetcher", lambda roots, source: None)
    build(settings, ("pdf",))
    assert_confined(settings, server)


def test_control_without_either_layer_the_handout_escapes(settings, hostile, server,
                                                          monkeypatch):
    """Proof that the tests above can fail: unprotected, the same handout leaks."""
    monkeypatch.setattr(document, "clean_tree", lambda body, source, settings: body)
    monkeypatch.setattr(document, "check_images", lambda body, source, folder, lang: None)
    monkeypatch.setattr(printing, "confined_fetcher", lambda roots, source: None)
    build(settings, ("pdf",))
    pdf = settings.out / "hostile" / "hostile.pdf"
    assert server.requests
    assert SECRET in pdf_text(pdf) and "INJECTED" in pdf_text(pdf)
    assert (30, 30) in pdf_images(pdf)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/x.png", "https://example.org/x.css", "ftp://example.org/x",
    "file:///etc/passwd", "file://otherhost/share/x.png",
])
def test_fetcher_refuses_outside_urls(tmp_path, url, caplog):
    source = tmp_path / "source"
    source.mkdir()
    handout = source / "h.md"
    handout.write_text(f"line one\n![x]({url})\n", encoding="utf-8")
    fetcher = confined_fetcher([source], handout)
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)
    assert [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"] == [
        f"{handout}:2: refused to load {url}: handouts may only use "
        "files inside the source folder; it was left out"]


def test_fetcher_resolves_escapes_and_symlinks(tmp_path):
    source, outside = tmp_path / "source", tmp_path / "outside"
    source.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (source / "inside.txt").write_text("inside")
    os.symlink(outside / "secret.txt", source / "link.txt")
    os.symlink(outside, source / "dirlink")
    fetcher = confined_fetcher([source], source / "h.md")
    response = fetcher.fetch((source / "inside.txt").as_uri())
    assert response.read() == b"inside"
    response.close()
    for escape in (f"{source.as_uri()}/../outside/secret.txt", (source / "link.txt").as_uri(),
                   (source / "dirlink" / "secret.txt").as_uri(),
                   f"{source.as_uri()}/%2e%2e/outside/secret.txt"):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(escape)


def test_fetcher_serves_data_urls(tmp_path):
    fetcher = confined_fetcher([tmp_path], tmp_path / "h.md")
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"


def test_etc_passwd_never_reaches_the_pdf(settings):
    if not Path("/etc/passwd").is_file():
        pytest.skip("no /etc/passwd here")
    first = Path("/etc/passwd").read_text().split(":")[0]
    write_handouts(settings.source, {"p.md": """\
        # Passwords

        ![p](/etc/passwd) ![q](../../../../../../etc/passwd) ![r](file:///etc/passwd)

        <object data="/etc/passwd"></object><iframe src="/etc/passwd"></iframe>

        <style>@import "/etc/passwd";</style>

        Only this.
        """})
    build(settings, ("pdf",))
    text = pdf_text(settings.out / "p" / "p.pdf")
    assert "Only this." in text
    assert f"{first}:x:" not in text and "/bin/" not in text
