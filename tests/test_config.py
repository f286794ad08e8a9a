"""Settings: read from [tool.handout], validated all at once, unknown keys named."""

from __future__ import annotations

from pathlib import Path

import pytest

from handout.config import Settings, load_settings, settings_from_mapping
from handout.errors import HandoutError
from tests.conftest import PROJECT


def test_project_settings_are_the_documented_defaults():
    settings = load_settings(PROJECT)
    # The handout's language chooses the engine and voice unless a setting says otherwise.
    assert (settings.edition, settings.engine, settings.voice) == ("large", "auto", "")
    assert settings.voices == {}
    assert settings.body_size == 18
    assert settings.source == Path("source") and settings.out == Path("build")


def test_values_are_typed_and_ranges_checked():
    settings = settings_from_mapping({"edition": "giant", "speed": 1, "paper": "a4"})
    assert settings.body_size == 24 and settings.speed == 1.0 and settings.paper == "a4"


def test_every_problem_is_reported_and_unknown_keys_are_named():
    with pytest.raises(HandoutError) as raised:
        settings_from_mapping({"edtion": "large", "speed": 9.0, "bitrate": "fast",
                               "engine": "festival"})
    messages = [p.message for p in raised.value.problems]
    assert messages[0].startswith("Config value 'edtion': unknown setting")
    assert "Config value 'bitrate': expected int, got str" in messages
    assert len(messages) == 2  # type errors stop before range checks of the same table
    with pytest.raises(HandoutError) as raised:
        settings_from_mapping({"speed": 9.0, "engine": "festival"})
    assert [p.message for p in raised.value.problems] == [
        "Config value 'engine': 'festival' is not one of auto, piper, kokoro, espeak, gtts, "
        "fake",
        "Config value 'speed': 9.0 is outside 0.5 to 2.0",
    ]


def test_command_line_options_override_and_are_validated():
    settings = Settings().replace(edition="giant", voice=None)
    assert settings.edition == "giant" and settings.voice == ""
    with pytest.raises(HandoutError, match="'tail_silence': 9.0 is outside 1.0 to 5.0"):
        Settings().replace(tail_silence=9.0)


def test_invalid_toml_names_the_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.handout\nedition = 'large'\n")
    with pytest.raises(HandoutError, match=r"pyproject.toml: invalid TOML"):
        load_settings(tmp_path)


def test_bit_rates_lame_cannot_tag_are_refused():
    with pytest.raises(HandoutError, match="'bitrate': 32 is outside 64 to 320"):
        settings_from_mapping({"bitrate": 32})
    assert settings_from_mapping({"bitrate": 64}).bitrate == 64


def test_listener_settings_take_a_model_folder_and_a_percentage():
    settings = settings_from_mapping({"listen_model": "models/whisper-small",
                                      "listen_threshold": 95})
    assert settings.listen_model == "models/whisper-small" and settings.listen_threshold == 95.0
    assert Settings().listen_model == "" and Settings().listen_threshold == 90.0
    with pytest.raises(HandoutError) as raised:
        settings_from_mapping({"listen_threshold": 0.9e3})
    assert [p.message for p in raised.value.problems] == [
        "Config value 'listen_threshold': 900.0 is outside 0.0 to 100.0"]


def test_pronunciations_can_be_kept_per_language():
    """A respelling is made for one voice: `[tool.handout.pronunciations.fr]` applies to
    French handouts only, an entry outside any table to every language."""
    settings = settings_from_mapping({"pronunciations": {
        "GABA": "gabba", "fr": {"prenez": "preunez"}, "pt-BR": {"remédio": "he-médio"}}})
    assert settings.lexicon_for("en-GB") == {"GABA": "gabba"}
    assert settings.lexicon_for("fr-CA") == {"GABA": "gabba", "prenez": "preunez"}
    assert settings.lexicon_for("pt-br") == {"GABA": "gabba", "remédio": "he-médio"}
    assert settings.lexicon_for("pt-PT") == {"GABA": "gabba"}
    with pytest.raises(HandoutError, match="'pronunciations': must map words to how they"):
        settings_from_mapping({"pronunciations": {"fr": {"prenez": 3}}})


def test_the_projects_respellings_are_for_its_english_voice():
    settings = load_settings(PROJECT)
    assert settings.lexicon_for("en")["Clonazepam"] == "clo-nazzapam"
    assert "Clonazepam" not in settings.lexicon_for("es")


def test_the_projects_language_is_read_as_front_matter_reads_lang():
    """`lang` takes what a handout's `lang` takes; a near miss of a setting's name is
    named as what was meant."""
    assert settings_from_mapping({"lang": "French"}).lang == "fr"
    assert settings_from_mapping({"lang": "pt_br"}).lang == "pt-BR"
    assert Settings().lang == ""
    with pytest.raises(HandoutError) as raised:
        settings_from_mapping({"language": "fr", "lang": "Frnch"})
    assert [p.message for p in raised.value.problems] == [
        "Config value 'language': unknown setting (did you mean 'lang'?)",
        "'lang = \"Frnch\"' is not a language: for French, write 'lang = \"fr\"'"]
