"""Speech engines: gTTS against a faked Google (no network), chunking, and the test fake.

gTTS sends every request through `requests.Session.send`; the fake below answers it the
way Google's batchexecute endpoint does (a base64 MP3 inside a JSON line), records what
was asked (text, language, speed), and can answer 429 or 5xx or fail to connect.
"""

from __future__ import annotations

import base64
import json
import logging
import urllib.parse

import numpy as np
import pytest
import requests

from handout.audio.encode import encode_mp3
from handout.audio.master import RATE
from handout.audio.engines import GTTS_LIMIT, FakeEngine, GttsEngine, split_for_gtts
from handout.errors import HandoutError

LONG = ("Clonazepam works by enhancing the activity of gamma-aminobutyric acid, a "
        "neurotransmitter that inhibits brain activity, which results in a calming effect on "
        "the central nervous system. Take it with water. Do not drive if it makes you sleepy, "
        "and tell your doctor, your pharmacist, or the nurse at the clinic about every other "
        "medicine you take.")


class FakeGoogle:
    """Stands in for `requests.Session.send`; `answers` are status codes used in turn."""

    def __init__(self, answers=(), offline=False, retry_after=None):
        self.answers = list(answers)
        self.offline = offline
        self.retry_after = retry_after
        self.requests: list[dict] = []
        tone = 0.2 * np.sin(2 * np.pi * 220 * np.arange(RATE // 5) / RATE)
        self.mp3 = encode_mp3(tone.astype(np.float32), 64)

    def send(self, session, request, **kwargs):
        body = urllib.parse.unquote(request.body.removeprefix("f.req=").rstrip("&"))
        text, lang, speed, _ = json.loads(json.loads(body)[0][0][1])
        self.requests.append({"text": text, "lang": lang, "slow": speed is True or
                              speed == "true", "timeout": kwargs.get("timeout")})
        if self.offline:
            raise requests.ConnectionError("Name or service not known")
        response = requests.Response()
        response.request = request
        response.status_code = self.answers.pop(0) if self.answers else 200
        if self.retry_after and response.status_code == 429:
            response.headers["Retry-After"] = str(self.retry_after)
        audio = base64.b64encode(self.mp3).decode()
        response._content = (")]}'\n\n" + json.dumps(
            [["wrb.fr", "jQ1olc", json.dumps([audio]), None, None, None, "generic"]],
            separators=(",", ":"))
        ).encode()
        response._content_consumed = True  # iter_lines reads _content, not the socket
        return response


@pytest.fixture
def google(monkeypatch):
    fake = FakeGoogle()
    monkeypatch.setattr(requests.Session, "send",
                        lambda session, request, **kw: fake.send(session, request, **kw))
    return fake


def engine(tmp_path, sleeps=None, **options) -> GttsEngine:
    return GttsEngine("en-GB", tmp_path / "gtts", sleep=(sleeps.append if sleeps is not None
                                                          else lambda s: None), **options)


def test_long_text_is_sent_in_chunks_under_the_limit_at_sentence_ends(tmp_path, google):
    wave = engine(tmp_path).synthesize(LONG)
    texts = [r["text"] for r in google.requests]
    assert texts == [chunk for chunk, _ in split_for_gtts(LONG)] and len(texts) == 6
    assert all(len(t) <= GTTS_LIMIT for t in texts)
    assert " ".join(texts) == " ".join(LONG.split())
    assert "Take it with water." in texts  # a short sentence is a chunk of its own
    assert {r["lang"] for r in google.requests} == {"en"}  # gTTS's code for en-GB
    assert not any(r["slow"] for r in google.requests)
    # six chunks of 0.2 s each, and a sentence pause after each of the three sentences
    assert wave.duration == pytest.approx(6 * 0.2 + 3 * 0.25, abs=0.1)


def test_slow_speed_asks_for_slow_speech(tmp_path, google):
    engine(tmp_path, speed=0.8).synthesize("Take it with water.")
    assert [r["slow"] for r in google.requests] == [True]


def test_rebuild_sends_no_request(tmp_path, google):
    first = engine(tmp_path).synthesize(LONG)
    sent = len(google.requests)
    again = engine(tmp_path)
    second = again.synthesize(LONG)
    assert len(google.requests) == sent and again.requests_sent == 0
    assert np.array_equal(first.samples, second.samples)


class FakeClock:
    """Time that passes only when the engine sleeps, or when a request is said to take long."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_requests_are_throttled(tmp_path, google):
    clock = FakeClock()
    GttsEngine("en-GB", tmp_path / "gtts", throttle=0.5, sleep=clock.sleep,
               clock=clock).synthesize(LONG)
    # Requests answered at once: the engine waits the whole half second between each.
    assert len(google.requests) == 6 and clock.sleeps == [0.5] * 5


def test_a_slow_answer_counts_towards_the_throttle(tmp_path, google, monkeypatch):
    clock = FakeClock()
    answer = google.send

    def slow_send(session, request, **kwargs):
        clock.now += 0.3  # Google took 0.3 s to answer
        return answer(session, request, **kwargs)

    monkeypatch.setattr(requests.Session, "send", slow_send)
    GttsEngine("en-GB", tmp_path / "gtts", throttle=0.5, sleep=clock.sleep,
               clock=clock).synthesize(LONG)
    assert clock.sleeps == pytest.approx([0.2] * 5)


def test_429_and_5xx_are_retried_with_exponential_backoff(tmp_path, google, caplog):
    google.answers = [429, 503, 500, 200]
    sleeps: list[float] = []
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        engine(tmp_path, sleeps, throttle=0).synthesize("Take it with water.")
    assert len(google.requests) == 4
    assert sleeps == [1.0, 2.0, 4.0]
    assert "gTTS: Google answered 429; retrying in 1 s (attempt 1 of 5)" in [
        r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]


def test_retry_after_is_honoured(tmp_path, google):
    google.answers, google.retry_after = [429, 200], 30
    sleeps: list[float] = []
    engine(tmp_path, sleeps, throttle=0).synthesize("Take it with water.")
    assert sleeps == [30.0]


def test_persistent_refusal_ends_in_one_clear_error(tmp_path, google):
    google.answers = [429] * 10
    sleeps: list[float] = []
    with pytest.raises(HandoutError) as caught:
        engine(tmp_path, sleeps, throttle=0, attempts=4).synthesize("Take it with water.")
    assert len(google.requests) == 4 and sleeps == [1.0, 2.0, 4.0]
    message = str(caught.value)
    assert "\n" not in message and "429" in message and "4 attempts" in message
    assert "--engine piper" in message


def test_other_refusals_are_not_retried(tmp_path, google):
    google.answers = [403]
    with pytest.raises(HandoutError, match=r"refused by Google \(403\)"):
        engine(tmp_path, throttle=0).synthesize("Take it with water.")
    assert len(google.requests) == 1


def test_offline_fails_fast_naming_the_offline_engine(tmp_path, google):
    google.offline = True
    sleeps: list[float] = []
    with pytest.raises(HandoutError) as caught:
        engine(tmp_path, sleeps, throttle=0).synthesize(LONG)
    assert len(google.requests) == 1 and sleeps == []
    message = str(caught.value)
    assert "\n" not in message and "--engine piper" in message and "internet" in message


@pytest.mark.parametrize("text", [
    "Short.",
    "A " * 120,
    "x" * 250,
    "One, two, three, " * 12 + "end.",
])
def test_chunks_never_exceed_the_limit_and_keep_every_word(text):
    chunks = split_for_gtts(text)
    assert all(0 < len(chunk) <= GTTS_LIMIT for chunk, _ in chunks)
    assert "".join(c for c, _ in chunks).replace(" ", "") == text.replace(" ", "")
    assert chunks[-1][1] is True


def test_fake_engine_is_deterministic_and_paced_by_words():
    fake = FakeEngine()
    a, b = fake.synthesize("one two three"), fake.synthesize("one two three")
    assert np.array_equal(a.samples, b.samples)
    assert a.duration == pytest.approx(1.2)
    assert fake.spoken == ["one two three", "one two three"]
