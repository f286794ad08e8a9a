"""Speech engines: text in, audio samples out, behind one small protocol (`base`).

`piper` (offline neural voices; English by default, any language by a voice's path),
`kokoro` (offline neural voice for Spanish, French, Italian and Portuguese), `espeak`
(robotic, for any other language espeak-ng knows), `gtts` (Google's voice; needs the
internet) and `fake` (deterministic and instant, for tests) each implement it; `choice`
picks one for a handout's language and settings and opens it. Heavy imports (numpy,
onnxruntime, gTTS) happen only when an engine is opened or speaks, so a build with nothing
to narrate loads none, though it looks its voice up here.
"""

from handout.audio.engines.base import SENTENCE_GAP, SpeechEngine, Waveform
from handout.audio.engines.choice import choose_voice, open_engine, voice_catalogue
from handout.audio.engines.fake import FakeEngine
from handout.audio.engines.gtts import GTTS_LIMIT, GttsEngine, split_for_gtts
from handout.audio.engines.piper import (PiperEngine, PiperVoiceInfo, check_piper_language,
                                         file_md5, find_piper_voice, installed_voices,
                                         piper_identity, verify_voice)

__all__ = ["SENTENCE_GAP", "SpeechEngine", "Waveform", "choose_voice", "open_engine",
           "voice_catalogue", "FakeEngine", "GTTS_LIMIT", "GttsEngine", "split_for_gtts",
           "PiperEngine", "PiperVoiceInfo", "check_piper_language", "file_md5",
           "find_piper_voice", "installed_voices", "piper_identity", "verify_voice"]
