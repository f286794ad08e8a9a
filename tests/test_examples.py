"""The sample Spanish and French leaflets in examples/: built into a PDF and MP3s in their
language. Here with the fake engine, so it is fast; test_voices.py builds them with the real
voices, offline, and listens to them."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from conftest import PROJECT
from handout.audio.engines import FakeEngine
from handout.build import build

EXAMPLES = {
    "es": ("paracetamol", "Paracetamol 500 mg", "Página 1 de 3",
           "La doctora Pérez le espera el dos de abril a las nueve y treinta, en la segunda "
           "planta."),
    "fr": ("amoxicilline", "Amoxicilline 500 mg", "Page 1 sur 2",
           "Le docteur Martin vous reverra le quinze mars deux mille vingt-cinq à huit heures "
           "trente, au premier étage."),
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_the_sample_leaflet_builds_in_its_language(settings, lang):
    slug, title, footer, sentence = EXAMPLES[lang]
    shutil.copytree(PROJECT / "examples" / lang, settings.source)
    engine = FakeEngine()
    [manifest] = build(settings, ("pdf", "audio"), engine=engine)
    pdf = PdfReader(settings.out / slug / f"{slug}.pdf")
    assert pdf.trailer["/Root"]["/Lang"] == lang and pdf.metadata.title == title
    assert pdf.pages[0].extract_text().rstrip().endswith(footer)
    assert sentence in engine.spoken  # what the voice was given: numbers and dates in words
    assert not any(character.isdigit() for said in engine.spoken for character in said)
    transcripts = "".join((settings.out / slug / "audio" / s["transcript"]).read_text()
                          for s in manifest["audio"]["sections"])
    assert "500 miligramos" in transcripts or "500 milligrammes" in transcripts
    assert len(manifest["audio"]["sections"]) == 6 if lang == "es" else 5
