"""Non-English handouts: Spanish and French print with their language, unhyphenated, and
narrate with gTTS in that language, or fail clearly with Piper (no voice installed); Arabic
is set from the right in print and declared right to left in every edition."""

from __future__ import annotations

import dataclasses
import re
import shutil
import zipfile

import pdfplumber
import pytest
import requests
from pypdf import PdfReader

from conftest import FIXTURES, PROJECT, needs_kokoro, write_handouts
from handout.pdf import render as printing
from handout.build import build
from handout.errors import HandoutError
from handout.read.document import load_documents, parse_html
from handout.read.script import text_of
from test_engines import FakeGoogle

HYPHENATED = re.compile(r"\w[-\u2010\u00ad]$")
"""A line ending inside a word: hyphen-minus, WeasyPrint's U+2010, or a soft hyphen."""

LANGUAGES = {"es": ("Cómo tomar su medicamento", "electroencefalografía"),
             "fr": ("Comment prendre votre médicament", "électroencéphalographie")}


@pytest.fixture(params=sorted(LANGUAGES))
def handout(request, settings):
    settings.source.mkdir(parents=True)
    shutil.copy(FIXTURES / "robust" / f"{request.param}.md", settings.source)
    return request.param


def printed_lines(settings, lang: str) -> list[str]:
    reader = PdfReader(settings.out / lang / f"{lang}.pdf")
    return [line for page in reader.pages for line in page.extract_text().split("\n")]


def test_pdf_has_the_language_and_no_hyphenation(settings, handout):
    build(settings, ("pdf",))
    reader = PdfReader(settings.out / handout / f"{handout}.pdf")
    assert reader.trailer["/Root"]["/Lang"] == handout
    assert reader.metadata.title == LANGUAGES[handout][0]
    lines = printed_lines(settings, handout)
    assert any(LANGUAGES[handout][1] in line for line in lines)
    broken = [line for line in lines if HYPHENATED.search(line)]
    assert not broken, broken


def test_control_with_hyphenation_on_words_are_split(settings, handout, monkeypatch):
    """Proof that the test above can fail: with `hyphens: auto`, these words break."""
    render = printing.render_html
    monkeypatch.setattr(printing, "render_html", lambda *a: render(*a).replace(
        "hyphens: none", "hyphens: auto"))
    build(settings, ("pdf",))
    assert any(HYPHENATED.search(line) for line in printed_lines(settings, handout))


def test_a_soft_hyphen_does_not_split_a_word(settings):
    """Starlight's German guide writes "Konfigurations&shy;option", a place the word may
    break: print broke it there, "Konfigurations‐" / "option", a word split over two lines
    that large print must not show, and that text extraction gives as two words with a
    hyphen (U+2010) between them, so that a search for it found nothing."""
    sentence = ("Die Darstellung kann mit Starlights Konfigurations&shy;option konfiguriert "
                "werden.")
    write_handouts(settings.source, {"de.md": "---\ntitle: Codeblöcke\nlang: de\n---\n\n"
                                               + " ".join([sentence] * 12) + "\n"})
    build(settings, ("pdf",))
    lines = printed_lines(settings, "de")
    assert not [line for line in lines if HYPHENATED.search(line)]
    assert sum(line.count("Konfigurationsoption") for line in lines) == 12


def test_narrated_with_gtts_in_the_handouts_language(settings, handout, monkeypatch):
    google = FakeGoogle()
    monkeypatch.setattr(requests.Session, "send",
                        lambda session, request, **kw: google.send(session, request, **kw))
    build(settings.replace(engine="gtts"), ("audio",))
    assert google.requests and {r["lang"] for r in google.requests} == {handout}
    spoken = " ".join(r["text"] for r in google.requests)
    assert LANGUAGES[handout][0] in spoken and LANGUAGES[handout][1] in spoken
    transcript = (settings.out / handout / "audio" / "01-dosis.txt" if handout == "es" else
                  settings.out / handout / "audio" / "01-posologie.txt").read_text("utf-8")
    assert LANGUAGES[handout][1] in transcript


@needs_kokoro  # the message names the engine that would speak it
def test_piper_without_a_voice_for_the_language_fails_clearly(settings, handout):
    with pytest.raises(HandoutError) as caught:
        build(settings.replace(engine="piper"), ("audio",))
    assert str(caught.value) == (
        f"{settings.source / (handout + '.md')}:3: no Piper voice for language '{handout}' is "
        f"installed: set 'voice' to the path of a Piper voice for '{handout}' (see README, "
        "'Speech engines and voices'), or leave 'engine' unset to narrate with kokoro")


SPANISH = """\
---
title: Su tratamiento
author: Clínica Central
date: 2025-03-15
lang: es
---

Lea esto. Su médico dice: <q>tome agua</q>.[^1]

## Uno

Texto.

## Dos

Texto.

## Tres

Texto.

## Cuatro

Texto.

## Cinco

Texto.

[^1]: Pregunte en la farmacia.
"""


def test_print_is_in_the_handouts_language(settings):
    """Page numbers, the contents, the notes, the byline, the date and the quotation marks
    are the handout's language's own."""
    write_handouts(settings.source, {"es.md": SPANISH})
    build(settings, ("pdf",))
    lines = printed_lines(settings, "es")
    pages = len(PdfReader(settings.out / "es" / "es.pdf").pages)
    assert [line for line in lines if line.startswith("Página ")] == \
        [f"Página {n} de {pages}" for n in range(1, pages + 1)]
    assert "Por Clínica Central" in lines and "15 de marzo de 2025" in lines
    assert "Índice" in lines and any(re.search(r"^Uno\W.*página 1$", line) for line in lines)
    assert "Notas" in lines
    assert any("«tome agua»" in line for line in lines)
    assert not any(re.search(r"\b(Page|Contents|Notes|By)\b", line) for line in lines)


def test_web_daisy_feed_and_tags_are_in_the_handouts_language(settings):
    from mutagen.id3 import ID3

    write_handouts(settings.source, {"es.md": SPANISH})
    [manifest] = build(settings)
    folder = settings.out / "es"
    page = (folder / "web" / "index.html").read_text("utf-8")
    for words in ("Ir al folleto", "Índice", "Escuchar el título y la introducción (",
                  "Escuchar esta sección (", " segundos)", "Transcripción de «Uno»",
                  ", las palabras dichas, en texto", "Otras formas de leer y escuchar",
                  "Las grabaciones usan una voz sintética.", "PDF en letra grande",
                  "Por Clínica Central", "15 de marzo de 2025", ">Notas<",
                  'data-read-along-help="O escuche desde cualquier frase: haga clic en ella'):
        assert words in page, words
    assert not re.search(r">(Contents|Notes|Listen to|Transcript of)\b", page)
    transcript = (folder / "web" / "transcripts" / "01-uno.html").read_text("utf-8")
    assert "<h1>Transcripción: Uno</h1>" in transcript and "Volver al folleto" in transcript
    ncc = (folder / "daisy" / "ncc.html").read_text("utf-8")
    assert 'name="ncc:narrator" content="Voz sintética: fake; fake-voice"' in ncc
    assert '<h1 id="notes">Notas</h1>' in (folder / "daisy" / "content.html").read_text()
    feed = (settings.out / "feed.xml").read_text("utf-8")
    assert "<language>es</language>" in feed
    assert "<description>Folletos narrados, leídos en voz alta" in feed
    tags = ID3(folder / "audio" / manifest["audio"]["sections"][1]["file"])
    assert str(tags["TLAN"]) == "spa"
    [comment] = tags.getall("COMM")
    assert comment.lang == "spa" and str(comment) == "Voz sintética: fake; fake-voice"
    spoken = (folder / "audio" / "00-es.txt").read_text("utf-8")
    assert spoken.startswith("Su tratamiento\n\nPor Clínica Central\n\n15 de marzo de 2025")


def test_every_catalogue_translates_every_message_with_the_same_blanks():
    """Each language's catalogue says everything handout says, in every form its plural
    rule has, with the same {placeholders} as the English: a message left out or a plural
    form left empty would be said in English in the middle of that language's audio. Every
    label a callout is given is among them: a French lesson's "Key points" and a German
    "Prerequisites" were said in English."""
    from babel.messages.pofile import read_po

    from handout.language import CALLOUT_LABELS, TRANSLATIONS, Words, words_for
    from handout.read import generators

    assert set(generators.CALLOUT_LABELS.values()) <= set(CALLOUT_LABELS)

    english = Words()
    messages = {getattr(english, f.name) for f in dataclasses.fields(Words)
                if f.name not in ("locale", "translations")} | set(CALLOUT_LABELS)
    catalogues = sorted(TRANSLATIONS.glob("*.po"))
    assert len(catalogues) >= 18
    for path in catalogues:
        with path.open("rb") as po:
            catalogue = read_po(po)
        translated = {message.id: message.string for message in catalogue if message.id}
        assert set(translated) == messages, path.name
        for english_words, said in translated.items():
            forms = said if isinstance(said, tuple) else (said,)
            assert len(forms) == (catalogue.num_plurals if isinstance(said, tuple) else 1)
            for form in forms:
                assert form.strip(), f"{path.name}: {english_words!r} has an empty form"
                assert set(re.findall(r"{\w+}", form)) <= \
                    set(re.findall(r"{\w+}", " ".join(english_words) if isinstance(
                        english_words, tuple) else english_words)), (path.name, form)
        words = words_for(path.stem.replace("_", "-"))
        assert words.locale == str(catalogue.locale) and words.table != english.table


def test_a_lesson_s_boxes_are_labelled_in_its_language(settings):
    """A French lesson's `!!! keypoints` was said "Keypoints", Python-Markdown's title from
    its kind, and "Fin de l'encadré « keypoints »"; a `todo` "Todo"; and a `prereq`
    "Prerequisites", in English, in the French voice."""
    write_handouts(settings.source, {"lecon.md": """\
        ---
        title: Leçon
        lang: fr
        ---

        !!! keypoints

            Lavez-vous les mains.

        !!! todo

            Appeler le médecin.

        ::: prereq
        Savoir lire.
        :::

        !!! info

            Ouvert le lundi.
        """})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Leçon", "Points clés", "Lavez-vous les mains.", "Fin de l’encadré « points clés ».",
        "À faire", "Appeler le médecin.", "Fin de l’encadré « À faire ».", "Prérequis",
        "Savoir lire.", "Fin de l’encadré « prérequis ».", "Info", "Ouvert le lundi.",
        "Fin de l’encadré « info »."]


def test_words_that_run_the_other_way_are_set_their_own_way(settings):
    """An English paragraph in an Arabic leaflet was set from the right, its sentences in
    the wrong order ("Please ask at the .This leaflet is also available in English"): it
    runs from the left margin now, in order, and so do an English list and table, while
    the Arabic around them stays at the right; and the print check reads it all in order."""
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    write_handouts(settings.source, {"mixed.ar.md": """\
        ---
        title: نشرة صحية
        ---

        هذه فقرة عربية عن الدواء. خذ الدواء مرتين في اليوم مع الطعام، ولا تتوقف عن أخذه
        قبل أن تتحدث مع طبيبك. إذا نسيت جرعة فخذها عندما تتذكر، إلا إذا اقترب موعد الجرعة
        التالية. احفظ الدواء بعيدا عن متناول الأطفال وفي مكان بارد وجاف.

        This leaflet is also available in English. Please ask at the front desk, or call us.

        - The first item, in English.
        - The second item, in English.

        | Name | Dose |
        |---|---|
        | Medicine (tablets). | One, twice a day. |

        COVID-19 هو مرض تنفسي يسببه فيروس.

        ## نبذه عن CoronaMelder

        - البند الأول
        - Temporary Exposure Keys (TEKs)
        - تجربتنا كانت في Vivantes Friedrichshain: https://www.vivantes.de/
        """})
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert re.search(r'<p dir="ltr"><span [^>]*>This leaflet', html) and '<ul dir="ltr">' in html
    assert re.search(r'<table dir="ltr"[ >]', html) and "<li dir" not in html
    assert html.count('dir="ltr"') == 3 and 'dir="rtl"' not in html  # the Arabic: the page's
    # A heading or an item that names something in Latin letters, or gives an address, is
    # Arabic still; an English item among Arabic ones keeps its marker on the list's side.
    mixed = document.sections[1].html
    assert re.search(r'<li><p dir="ltr" class="turned"><span [^>]*>Temporary', mixed)
    assert mixed.count("dir=") == 1
    build(settings, ("pdf",))
    pdf = settings.out / "mixed-ar" / "mixed-ar.pdf"
    with pdfplumber.open(pdf) as opened:
        lines = [line for page in opened.pages for line in page.extract_text_lines(y_tolerance=9)]
        width = opened.pages[0].width
    english = next(line for line in lines if line["text"].startswith("This leaflet"))
    assert english["text"].startswith("This leaflet is also available in English. Please")
    assert english["x0"] == pytest.approx(72, abs=0.5)
    arabic = [line for line in lines if re.search("[\u0600-\u06ff\ufe70-\ufeff]", line["text"])
              and "•" not in line["text"]]
    assert len(arabic) >= 5  # the title, the paragraph's lines, COVID-19's, the page number
    assert all(line["x1"] == pytest.approx(width - 72, abs=0.5) for line in arabic)
    first_item = next(line for line in lines if "first item" in line["text"])
    assert first_item["text"].startswith("• The first item")
    keys = next(line for line in lines if "Temporary" in line["text"])
    # "البند الأول", drawn from the left: "الأول" copies as one font or another joins it
    item = next(line for line in lines if line["text"].endswith("دنبلا •"))
    assert keys["text"] == "Temporary Exposure Keys (TEKs) •"  # by its marker, at the right
    assert keys["x1"] == pytest.approx(item["x1"], abs=0.5)
    assert not [f for f in check_pdf(document, pdf, settings) if f.rule == "text"]


def test_a_persian_handout_prints_and_says_handouts_own_words_in_persian(settings):
    """Persian had no catalogue: its PDFs said "Contents" and "Page 1 of 12" in English
    (the Open Source Guides' Persian pages, tests of the print check)."""
    from handout.check.pdf import _read_glyphs, words_of

    folder = right_to_left(settings, ("pdf", "audio"), "fa")
    [page] = _read_glyphs(folder / "fa.pdf")
    printed = [w for text in page.words("rtl") for w in words_of(text)]
    assert printed[-4:] == words_of("صفحه 1 از 1")
    assert " ".join(words_of("تهیه‌شده توسط درمانگاه مرکزی")) in " ".join(printed)
    assert not {"page", "by", "contents"} & set(printed)
    spoken = (folder / "audio" / "00-fa.txt").read_text("utf-8")
    assert spoken.startswith("چگونه داروی خود را مصرف کنید\n\nتهیه‌شده توسط درمانگاه مرکزی")


def test_an_urdu_handout_says_handouts_own_words_in_urdu_with_its_full_stop(settings):
    """Urdu had no catalogue: its audio said "Table. 1 row." and "By" in English. A
    sentence of Urdu ends with "۔", so a table's cell gets that, not ".", and one that ends
    in a question mark, "؟", gets nothing more (it was given "." in Arabic too)."""
    settings.source.mkdir(parents=True)
    shutil.copy(FIXTURES / "robust" / "ur.md", settings.source)
    from handout.read.document import load_documents

    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1] == "منجانب مرکزی کلینک"
    assert said[-3:] == ["جدول۔ 1 قطار۔", "دن: پیر۔ خوراک: کیا آپ نے گولی لی؟",
                         "ہر روز پانی پئیں۔"]


@pytest.mark.fonts
def test_an_urdu_handout_prints_its_page_numbers_in_urdu(settings):
    """Urdu's own letters (ے, ہ) and full stop are not in DejaVu Sans: printed, they need
    Noto Naskh Arabic, from fonts-noto-core, as the build says."""
    from conftest import require

    from handout.check.pdf import _read_glyphs, words_of
    from handout.fonts import unprintable

    # whether a font the layout can find has them, as the build asks (`unprintable`)
    require(not unprintable("صفحہ ے۔"), "Debian's fonts-noto-core")
    folder = right_to_left(settings, ("pdf",), "ur")
    [page] = _read_glyphs(folder / "ur.pdf")
    printed = [w for text in page.words("rtl") for w in words_of(text)]
    assert printed[-4:] == words_of("صفحہ 1 از 1")
    assert " ".join(words_of("منجانب مرکزی کلینک")) in " ".join(printed)


@pytest.mark.parametrize("lang, counts", [
    ("pl", {1: "1 wiersz.", 3: "3 wiersze.", 5: "5 wierszy.", 12: "12 wierszy.",
            22: "22 wiersze."}),
    ("ru", {1: "1 строка.", 3: "3 строки.", 11: "11 строк.", 21: "21 строка."}),
    ("ar", {1: "صف واحد.", 2: "صَفّانِ.", 3: "3 صفوف.", 11: "11 صفًا.", 100: "100 صف."}),
    ("he", {1: "שורה אחת.", 2: "שתי שורות.", 3: "3 שורות.", 11: "11 שורות."}),
    ("fr", {0: "0 ligne.", 1: "1 ligne.", 2: "2 lignes."}),
    ("es", {0: "0 filas.", 1: "1 fila.", 2: "2 filas."}),
    ("zh-TW", {1: "共 1 列。", 4: "共 4 列。"}),
    ("zh", {4: "共 4 行。"}),
    ("sw", {1: "1 row.", 4: "4 rows."}),  # no catalogue: English
])
def test_a_count_is_said_in_the_languages_grammar_of_number(lang, counts):
    from handout.language import words_for

    words = words_for(lang)
    assert {n: words.count(words.rows, n) for n in counts} == counts


def test_a_german_handout_says_and_prints_handouts_own_words_in_german(settings):
    """What handout adds to a German handout (a table's and a quotation's announcements,
    the page numbers) is German, not English said by a German voice."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"de.md": (
        "---\ntitle: Ihr Medikament\nlang: de\n---\n\nNehmen Sie es morgens.\n\n"
        "## Dosis\n\n| Alter | Dosis |\n| --- | --- |\n| Kinder | 5 ml |\n| Erwachsene | 10 ml |\n\n"
        "> Trinken Sie viel Wasser.\n")})
    [document] = load_documents(settings)
    said = [u.spoken for s in document.sections for u in s.script]
    assert "Tabelle. 2 Zeilen." in said and "Zitat." in said and "Ende des Zitats." in said
    assert not any(re.search(r"\b(Table|rows?|Quote|End of)\b", words) for words in said)
    build(settings, ("pdf",))
    assert "Seite 1 von 1" in printed_lines(settings, "de")


def test_callouts_and_a_missing_pictures_box_are_labelled_in_the_handouts_language(settings):
    """A Spanish GitHub alert was labelled "Warning" and said "Warning ... Fin de: warning",
    and a missing picture without a description "(no description was given)", in English."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"es.md": (
        "---\ntitle: Vacunas\nlang: es\n---\n\n> [!WARNING]\n> No conduzca.\n\n"
        "!!! note\n    Beba agua.\n\n![](falta.png)\n\n!!! info\n    Pregunte.\n")})
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Advertencia", "No conduzca.", "Fin de: advertencia.", "Nota",
                        "Beba agua.", "Fin de: nota.",
                        "Imagen no disponible: (no se dio ninguna descripción)",
                        "Información", "Pregunte.", "Fin de: información."]


def right_to_left(settings, editions=("pdf", "audio", "web", "daisy", "epub"), lang="ar"):
    """The folder of the right-to-left fixture `lang` (Arabic, Persian) built."""
    settings.source.mkdir(parents=True)
    shutil.copy(FIXTURES / "robust" / f"{lang}.md", settings.source)
    build(settings, editions)
    return settings.out / lang


def test_an_urdu_item_that_opens_with_an_english_name_runs_right_to_left(settings):
    """An Urdu study guide's "Microsoft Foundry مقامی حل" (a local solution) has more Latin
    letters than Urdu ones: it was turned left to right, its words printed in the wrong
    order, and the check failed the page. Its words are half Urdu, and it runs as its
    list does; an English sentence among them still turns."""
    write_handouts(settings.source, {"guide.md": (
        "---\ntitle: مطالعہ\nlang: ur\n---\n\n- Ollama پلیٹ فارم کی تعیناتی\n"
        "- Microsoft Foundry مقامی حل\n- فریم ورک کا تقابلی تجزیہ\n\n"
        "This guide is also in English.\n")})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [(element.tag, text_of(element)) for element in body.iter()
            if element.get("dir")] == [("p", "This guide is also in English.")]


def test_an_address_in_a_right_to_left_handout_keeps_its_last_slash(settings, caplog):
    """The Open Source Guides in Persian: an address written as a link's words lost its last
    "/" to the line's other end, "/https://www.example.org/help". (One printed after a
    link's words still breaks where a line ends, its halves laid out from the right.) The
    rule that keeps it asked for `unicode-bidi`, which WeasyPrint does not support, and
    every build's log said "Ignored `unicode-bidi: embed`"."""
    write_handouts(settings.source, {"conduct.md": (
        "---\ntitle: آزمون\nlang: fa\n---\n\n[منشور اخلاقی Django](https://www.djangoproject"
        ".com/conduct/) و [منشور اخلاقی Citizen](http://citizencodeofconduct.org/) نیز دو نمونۀ "
        "خوب دیگر هستند.\n\nبرای اطلاعات بیشتر به https://www.example.org/help/ مراجعه کنید.\n")})
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "conduct" / "conduct.pdf") as pdf:
        words = [word["text"] for word in pdf.pages[0].extract_words()]
    assert "https://www.example.org/help/" in words
    assert [r.getMessage() for r in caplog.records  # the stylesheet's every rule is read
            if r.name.startswith("weasyprint") and r.getMessage().startswith("Ignored")] == []


def test_a_right_to_left_handout_is_printed_from_the_right(settings):
    """Arabic: lines start at the right margin and are ragged at the left; list markers,
    the quotation bar and the page number stand at the right."""
    folder = right_to_left(settings, ("pdf",))
    with pdfplumber.open(folder / "ar.pdf") as pdf:
        [page] = pdf.pages
        right = page.width - 72  # the 1 inch margin
        # Arabic is set in Noto Naskh Arabic where it is installed, its colon and digits in
        # Atkinson Hyperlegible, whose glyphs pdfplumber finds 6 pt lower on one baseline.
        lines = page.extract_text_lines(y_tolerance=9)
        title_block, paragraph = lines[:3], max(lines, key=lambda line: line["x1"] - line["x0"])
        for line in title_block + [paragraph]:
            assert line["x1"] == pytest.approx(right, abs=0.5)
        assert all(line["x0"] > 72 + 144 for line in title_block)  # ragged at the left
        # "الصفحة 1 من 1", in Arabic, which pdfplumber gives in the order it is drawn.
        page_number = next(line for line in lines if line["text"] == "1 نم 1 ةحفصلا")
        assert page_number["x1"] == pytest.approx(right, abs=0.5)
        bullets = [char for char in page.chars if char["text"] == "•"]
        assert len(bullets) == 2
        for bullet in bullets:
            words = [char for char in page.chars if char["text"] not in "• "
                     and abs(char["top"] - bullet["top"]) < 5]
            assert words and bullet["x0"] > max(char["x1"] for char in words)
        # The quotation's bar is drawn as the quote's box less the box inside its border.
        inner, outer = sorted((box for box in page.rects if 10 < box["height"] < 40),
                              key=lambda box: box["width"])
        bar = (inner["x1"], outer["x1"]) if inner["x0"] == outer["x0"] else \
            (outer["x0"], inner["x0"])
        assert bar[0] > page.width / 2 and bar[1] - bar[0] == pytest.approx(0.25 * 18)


METRICS_AR = ("على سبيل المثال, "
              "[Homebrew](https://github.com/Homebrew/brew/blob/bbed7246bc5c5b7acb8c1d427d10b43e090dfd39/docs/Analytics.md) "
              "يجدون أن Google Analytics يساعدهم في تحديد أولويات العمل:")
"""Line 28 of the Open Source Guides' Arabic article on metrics (github/opensource.guide,
_articles/ar/metrics.md at commit ebc9678e39b55ff5e5c8801d1960904692188e90; CC BY 4.0),
byte for byte: a link to Homebrew's page on analytics in an Arabic sentence."""


def test_an_address_broken_across_lines_of_arabic_reads_left_to_right(settings):
    """Each line of an address printed after its link in a right-to-left handout is laid
    out on its own, where a slash ending it took the Arabic's direction and stood at its
    left: "/Homebrew/brew/blob" then "/bbed…/docs", a wrong address read as printed. Each
    part reads left to right, in the address's order, and the page passes the check."""
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    write_handouts(settings.source, {"ar.md": "---\ntitle: المقاييس\nlang: ar\n---\n\n"
                                              + METRICS_AR + "\n"})
    build(settings, ("pdf",))
    address = re.search(r"\((https://[^)]+)\)", METRICS_AR).group(1)
    with pdfplumber.open(settings.out / "ar" / "ar.pdf") as pdf:
        [page] = pdf.pages
        rows: dict[int, list] = {}
        for char in page.chars:
            rows.setdefault(round(char["top"]), []).append(char)
    printed = ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])).replace(
        "\u200e", "") for _, row in sorted(rows.items())]
    parts = [part for line in printed for part in re.findall(r"[\w./:-]+", line)
             if re.search(r"[./:]", part) and re.search(r"[a-z]", part) and part in address]
    assert len(parts) >= 3 and "".join(parts) == address, printed
    [document] = load_documents(settings)
    assert check_pdf(document, settings.out / "ar" / "ar.pdf", settings) == []


CONDUCT_AR = """\
## لماذا تحتاج إلى مُدوّنة سلوك (Code of Conduct)؟

تُعدّ مدونة السلوك وثيقة تُحدّد التوقعات والمعايير السلوكية للمشاركين في مشروعك. إن اعتماد مدونة سلوك وتطبيقها يُسهم في خلق بيئة اجتماعية إيجابية داخل مجتمع المشروع.

تساعد مدونات السلوك في حماية جميع المشاركين — وليس المشاركين فقط، بل أيضًا أنت كمشرف أو مطوّر للمشروع. فبمرور الوقت، قد تؤدي المواقف غير البنّاءة من بعض الأعضاء إلى شعورك بالإرهاق أو فقدان الحافز تجاه العمل.
"""
"""Lines 15 to 19 of the Open Source Guides' Arabic code of conduct (github/opensource.guide,
_articles/ar/code-of-conduct.md at commit ebc9678e39b55ff5e5c8801d1960904692188e90; CC BY
4.0), byte for byte: Arabic as it is written for adults, with a vowel sign or a shadda here
and there ("مُدوّنة", "تُعدّ", "البنّاء")."""


def test_arabic_with_vowel_signs_passes_the_print_check(settings):
    """A vowel sign is drawn as a mark with no width, a little right of the letter drawn
    after it, and the check took that letter for the start of a new line: 18 of the
    Open Source Guides' 24 Arabic and Persian pages failed it, with every word after the
    first vowel sign "missing or out of reading order"."""
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    write_handouts(settings.source, {"ar.md": "---\ntitle: مدونة السلوك\nlang: ar\n---\n\n"
                                              + CONDUCT_AR})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert check_pdf(document, settings.out / "ar" / "ar.pdf", settings) == []


def test_letters_weasyprint_maps_wrongly_are_a_warning_that_names_the_cause(settings):
    """Where a font draws a letter as two glyphs ("أً": alef, hamza and a vowel sign),
    WeasyPrint gives one glyph the cluster's text and the other none, for every word
    after it (Kozea/WeasyPrint#2841): the copied text is wrong, which the check says, with
    why, as a warning, since the page prints right and no author can write it otherwise."""
    from handout.check.pdf import check_pdf
    from handout.findings import WARNING
    from handout.read.document import load_documents

    write_handouts(settings.source, {"ar.md": "---\ntitle: خطأ\nlang: ar\n---\n\n"
                                              "هذا خطأً في مشروع. اسأل أي مسؤول.\n"})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    [finding] = check_pdf(document, settings.out / "ar" / "ar.pdf", settings)
    assert finding.rule == "text" and finding.severity == WARNING
    assert "out of reading order" in finding.message
    assert "Kozea/WeasyPrint#2841" in finding.message and "prints right" in finding.message
    with pdfplumber.open(settings.out / "ar" / "ar.pdf") as pdf:
        naskh = all("Naskh" in c["fontname"] for c in pdf.pages[0].chars
                    if "\u0600" <= c["text"][:1] <= "\u06ff")
    # Where the font that meets it least is not installed, the finding says how to get it.
    assert ("Install fonts-noto-core" in finding.message) is not naskh


CONDUCT_HI = """\
## मुझे आचार संहिता की आवश्यकता क्यों है?

आचार संहिता एक दस्तावेज है जो आपके प्रोजेक्ट के प्रतिभागियों के लिए व्यवहार की अपेक्षाएं स्थापित करता है। आचार संहिता को अपनाने और लागू करने से आपके समुदाय के लिए एक सकारात्मक सामाजिक माहौल बनाने में मदद मिल सकती है।

आचार संहिता न केवल आपके प्रतिभागियों को, बल्कि स्वयं को भी सुरक्षित रखने में मदद करती है। यदि आप किसी प्रोजेक्ट को बनाए रखते हैं, तो आप पा सकते हैं कि अन्य प्रतिभागियों का अनुत्पादक रवैया आपको समय के साथ अपने काम के बारे में थका हुआ या नाखुश महसूस करा सकता है।
"""
"""Lines 13 to 17 of the Open Source Guides' Hindi code of conduct (github/opensource.guide,
_articles/hi/code-of-conduct.md at commit ebc9678e39b55ff5e5c8801d1960904692188e90; CC BY
4.0), byte for byte."""


@pytest.mark.fonts
def test_hindi_that_weasyprint_maps_wrongly_is_a_warning_that_says_so(settings):
    """Devanagari draws "ि" before its consonant and joins consonants into one glyph, and
    WeasyPrint gives one glyph of each such cluster all its text, for every word after:
    the Open Source Guides' Hindi, Sanskrit and Tamil pages all copy wrongly from the PDF.
    The check says why, as a warning; it had said only that thousands of words were
    missing, as an error no author could clear."""

    from conftest import font_installed, require
    from handout.check.pdf import check_pdf
    from handout.findings import WARNING
    from handout.read.document import load_documents

    require(font_installed("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
            "Debian's fonts-noto-core")
    write_handouts(settings.source, {"hi.md": "---\ntitle: आचार संहिता\nlang: hi\n---\n\n"
                                              + CONDUCT_HI})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    [finding] = check_pdf(document, settings.out / "hi" / "hi.pdf", settings)
    assert finding.rule == "text" and finding.severity == WARNING
    assert "Hindi's ि before its consonant" in finding.message
    assert "fonts-noto-core" not in finding.message  # no Arabic on the page


@pytest.mark.fonts
def test_thai_that_weasyprint_maps_wrongly_is_a_warning_that_says_so(settings):
    """Thai's ำ is drawn as a ring, with no width, and the glyph of า: WeasyPrint gives the
    ring no text and า all of it, and every า after copies as ำ. A Thai leaflet on
    chemotherapy's side effects (sweep AF, oyadata) failed the check with 255 words
    "missing", from its first, where the Tamil and Hindi pages' same cause was a warning."""

    from conftest import font_installed, require
    from handout.check.pdf import check_pdf
    from handout.findings import WARNING
    from handout.read.document import load_documents

    require(font_installed("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"),
            "Debian's fonts-noto-core")
    write_handouts(settings.source, {"th.md": "---\ntitle: ผลข้างเคียง\nlang: th\n---\n\n"
                                              "## บทนำ\n\nยาเคมีบำบัดเป็นวิธีการรักษาหลักสำหรับ"
                                              "โรคมะเร็งหลายชนิด อย่างไรก็ตาม การจัดการอาการ\n"})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    [finding] = check_pdf(document, settings.out / "th" / "th.pdf", settings)
    assert finding.rule == "text" and finding.severity == WARNING
    assert "Thai's ำ as a ring and า" in finding.message


@pytest.mark.fonts
def test_arabic_is_set_in_noto_naskh_arabic_where_it_is_installed(settings):
    """Naskh, the hand Arabic is read in most, from fonts-noto-core; fontconfig had chosen
    DejaVu Sans."""

    from conftest import font_installed, require

    require(font_installed("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"),
            "Debian's fonts-noto-core")
    write_handouts(settings.source, {"ar.md": "---\ntitle: مدونة السلوك\nlang: ar\n---\n\n"
                                              + CONDUCT_AR})
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "ar" / "ar.pdf") as pdf:
        arabic = [c for page in pdf.pages for c in page.chars
                  if any("\u0600" <= letter <= "\u06ff" for letter in c["text"])]
    faces = {c["fontname"].split("+")[-1] for c in arabic}
    assert len(arabic) > 300 and faces == {"Noto-Naskh-Arabic", "Noto-Naskh-Arabic-Bold"}


@pytest.mark.fonts
@pytest.mark.parametrize("lang, text, face", [
    ("si", "මෙම චර්යා සංග්‍රහය සියලු ප්‍රජා අවකාශයන්හි අදාළ වේ.", "Noto-Sans-Sinhala"),
    ("gu", "આ આચારસંહિતા બધી સમુદાય જગ્યાઓમાં લાગુ પડે છે.", "Noto-Sans-Gujarati"),
    ("pa", "ਇਹ ਨਿਯਮ ਸਾਰੀਆਂ ਥਾਵਾਂ ਤੇ ਲਾਗੂ ਹੁੰਦੇ ਹਨ।", "Noto-Sans-Gurmukhi"),
])
def test_sinhala_gujarati_and_punjabi_are_set_in_noto_sans(settings, lang, text, face):
    """Codes of conduct in Sinhala and Gujarati (sweep CN) were printed in Noto Serif Sinhala
    and Noto Serif Gujarati, fontconfig's choice, where every other script is sans; Punjabi's
    "।" in Noto Sans Takri."""

    from conftest import font_installed, require

    noto = f"/usr/share/fonts/truetype/noto/{face.replace('-', '')}-Regular.ttf"
    require(font_installed(noto), "Debian's fonts-noto-core")
    write_handouts(settings.source, {f"{lang}.md": f"---\ntitle: {lang}\nlang: {lang}\n---\n\n"
                                                   f"{text}\n"})
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / lang / f"{lang}.pdf") as pdf:
        faces = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars
                 if ord(c["text"][:1] or " ") > 0x900}
    assert faces == {face}


RESOURCES_FA = """\
شما همچنین می‌توانید از منابع زیر برای کشف و مشارکت در پروژه‌های جدید کمک بگیرید:

* [GitHub Explore](https://github.com/explore/)
* [Open Source Friday](https://opensourcefriday.com)
* [First Timers Only](https://www.firsttimersonly.com/)
* [CodeTriage](https://www.codetriage.com/)
* [24 Pull Requests](https://24pullrequests.com/)
* [Up For Grabs](https://up-for-grabs.net/)
* [First Contributions](https://firstcontributions.github.io)
"""
"""Lines 209 to 217 of the Open Source Guides' Persian guide to contributing
(github/opensource.guide, _articles/fa/how-to-contribute.md at commit
ebc9678e39b55ff5e5c8801d1960904692188e90; CC BY 4.0), byte for byte."""


def test_a_persian_list_of_english_names_and_numbers_passes_the_print_check(settings):
    """"24 Pull Requests" prints, in a right-to-left line, as "Pull Requests 24" would;
    read as the latter, its words were out of order, and the search for "Pull" went on to
    the next "pull request": 2,715 words of the guide were reported missing."""
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    write_handouts(settings.source, {"fa.md": "---\ntitle: منابع\nlang: fa\n---\n\n"
                                              + RESOURCES_FA + "\nهر pull request باید "
                                              "کوچک باشد.\n"})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert check_pdf(document, settings.out / "fa" / "fa.pdf", settings) == []


def test_a_letters_points_are_left_out_of_its_word_as_print_places_them_apart():
    """Hebrew's points and Arabic's vowel signs are drawn, and copied from a PDF, before or
    after their letter as the font places them: the check compares words without them."""
    from handout.check.pdf import words_of

    assert words_of("בְּרוּכִים הַבָּאִים") == ["ברוכים", "הבאים"]
    assert words_of("مُدوّنة") == ["مدونة"]
    assert words_of("Relato\u0301rio") == ["relatório"]  # composed first, then kept


def test_a_right_to_left_pdf_passes_the_print_check(settings, monkeypatch):
    """Its words read from the right in the source's order, and its Arabic letters are set
    in a face that has them; its lines read as drawn, from the left, its words are out of
    order. (A line of Arabic in a left-to-right handout is read from the right too, so the
    handout's direction alone no longer shows it.)"""
    import handout.check.pdf
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    folder = right_to_left(settings, ("pdf",))
    [document] = load_documents(settings)
    assert document.meta.direction == "rtl"
    assert check_pdf(document, folder / "ar.pdf", settings) == []
    monkeypatch.setattr(handout.check.pdf, "logical_order",
                        lambda line, rtl=True: ["".join(word) for word in line])
    [finding] = check_pdf(document, folder / "ar.pdf", settings)
    assert finding.rule == "text" and "out of reading order" in finding.message


def test_a_persian_pdf_passes_the_print_check_with_its_zero_width_non_joiners(settings):
    """Persian writes "می‌دهد" with a zero-width non-joiner, which print draws nothing for:
    the check reads the word whole, as the source has it."""
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    folder = right_to_left(settings, ("pdf",), "fa")
    [document] = load_documents(settings)
    assert document.meta.direction == "rtl" and "\u200c" in document.sections[0].html
    assert check_pdf(document, folder / "fa.pdf", settings) == []


def test_a_right_to_left_handout_says_so_in_every_edition(settings):
    folder = right_to_left(settings)
    for page in (folder / "web" / "index.html", folder / "daisy" / "content.html",
                 folder / "daisy" / "ncc.html"):
        assert re.search(r'<html[^>]* lang="ar"[^>]* dir="rtl"', page.read_text("utf-8")), page
    with zipfile.ZipFile(folder / "ar.epub") as book:
        package = book.read("EPUB/package.opf").decode()
        chapters = [book.read(name).decode() for name in book.namelist()
                    if name.endswith(".xhtml")]
    assert '<spine page-progression-direction="rtl">' in package
    assert chapters and all(re.search(r'<html[^>]* dir="rtl"', text) for text in chapters)


def test_a_left_to_right_handout_says_so_and_keeps_the_default_progression(settings):
    write_handouts(settings.source, {"es.md": SPANISH})
    build(settings, ("pdf", "audio", "web", "epub"))
    assert '<html lang="es" dir="ltr">' in \
        (settings.out / "es" / "web" / "index.html").read_text("utf-8")
    with zipfile.ZipFile(settings.out / "es" / "es.epub") as book:
        assert "<spine>" in book.read("EPUB/package.opf").decode()


def test_every_language_is_tagged_with_its_three_letter_code(settings):
    """ID3 and MP4 take ISO 639-2 codes: Hebrew, outside the common ones, is "heb"."""
    from mutagen.id3 import ID3

    from handout.audio.audiobook import read_m4b
    from handout.audio.tags import language_code

    write_handouts(settings.source, {"he.md": "---\ntitle: התרופה שלך\nlang: he\n---\n\n"
                                              "שתו מים כל יום.\n"})
    [manifest] = build(settings, ("audio",))
    folder = settings.out / "he" / "audio"
    tags = ID3(folder / manifest["audio"]["sections"][0]["file"])
    assert str(tags["TLAN"]) == "heb" and tags.getall("COMM")[0].lang == "heb"
    assert read_m4b(folder / "he.m4b").language == "heb"
    assert [language_code(tag) for tag in ("fa-IR", "sw", "tlh", "x-klingon", "en-GB")] == \
        ["fas", "swa", "tlh", "und", "eng"]


NOTO = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf")
"""A face of Debian's fonts-noto-cjk and one of fonts-noto-core: the packages the build
names when no installed font has a handout's letters."""


@pytest.mark.fonts
@pytest.mark.parametrize("lang, text, face", [
    ("zh", "每天早上服用一片，饭后服用。骨头不好，请直接问医生。", "NotoSansCJKSC"),
    ("zh-Hant", "每天早上服用一片，飯後服用。骨頭不好，請直接問醫生。", "NotoSansCJKTC"),
    ("ja", "毎朝一錠、食後に飲んでください。骨が弱い方は医師に直接相談してください。",
     "NotoSansCJKJP"),
    ("ko", "매일 아침 식후에 한 알을 드세요. 궁금한 점은 의사에게 물어보세요.", "NotoSansCJKKR"),
    ("hi", "हर सुबह खाने के बाद एक गोली लें। कोई सवाल हो तो डॉक्टर से पूछें।",
     "NotoSansDevanagari"),
])
def test_with_the_fonts_the_build_names_installed_each_script_prints_in_its_own_face(
        settings, caplog, lang, text, face):
    """The advice the build gives works: with fonts-noto-cjk and fonts-noto-core installed,
    nothing is called unprintable, the words print (and extract) as written, and Chinese,
    Japanese and Korean each take their own forms of the characters they share (fontconfig
    alone gave "zh" and "zh-Hant" the Japanese ones)."""

    from conftest import font_installed, require

    require(all(font_installed(path) for path in NOTO),
            "Debian's fonts-noto-cjk and fonts-noto-core")
    write_handouts(settings.source, {"leaflet.md": f"""
        ---
        title: T
        lang: {lang}
        ---

        {text}
        """})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        build(settings, ["pdf"])
    assert not [r for r in caplog.records if "cannot print" in r.getMessage()]
    with pdfplumber.open(settings.out / "leaflet" / "leaflet.pdf") as pdf:
        [page] = pdf.pages
        # The body's characters; the footer ("第 1 页，共 1 页") is in the handout's language.
        printed = [c for c in page.chars if c["text"].strip() and c["text"] in text
                   and c["top"] < page.height - 72]
        assert "".join(c["text"] for c in printed).replace(" ", "") == \
            text.replace(" ", "")
    letters = [c for c in printed if c["text"].isalpha()]
    assert letters and all(face in c["fontname"].replace("-", "") for c in letters), \
        {c["fontname"] for c in letters}


@pytest.mark.fonts
@pytest.mark.parametrize("lang, words, face", [
    ("zh", "克隆仓库", "NotoSansCJKSC"), ("zh-Hant", "複製儲存庫", "NotoSansCJKTC"),
    ("zh-HK", "複製儲存庫", "NotoSansCJKHK"), ("ja", "リポジトリを取得", "NotoSansCJKJP"),
    ("ko", "저장소 복제", "NotoSansCJKKR"),
])
def test_code_in_chinese_japanese_or_korean_prints_in_the_monospace_face(
        settings, lang, words, face):
    """The National Diet Library's Japanese README printed its commands and its directory
    tree in Atkinson Hyperlegible, the tree's columns out of line: the stylesheet's
    `:lang(ja)` face outweighed `code`. Code is monospace in every language, its own
    language's characters in that language's face."""

    from conftest import font_installed, require

    require(font_installed(NOTO[0]), "Debian's fonts-noto-cjk")
    write_handouts(settings.source, {"leaflet.md": f"""
        ---
        title: T
        lang: {lang}
        ---

        {words}: `git clone --recursive`

        ```
        ndlocr_cli
        ├── main.py  # {words}
        ```
        """})
    build(settings, ["pdf"])
    with pdfplumber.open(settings.out / "leaflet" / "leaflet.pdf") as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
    faces = {c["text"]: c["fontname"].split("+")[-1].replace("-", "") for c in chars}
    assert all(faces[letter] == "IBMPlexMono" for letter in "gitclonrsvndmapy├─.#_"), faces
    assert all(face in faces[letter] for letter in words.replace(" ", "")), faces


def test_a_link_address_prints_whole_in_a_right_to_left_line(settings):
    """The address printed after a link's words reads left to right inside a Hebrew line,
    as a reader types it; the bidi algorithm scattered it ("//:https(" ... "/a.org)")."""
    write_handouts(settings.source, {"he.md": """
        ---
        title: בדיקה
        lang: he
        ---

        שלח [אימייל](https://example.org/sign/) היום.
        """})
    build(settings, ["pdf"])
    with pdfplumber.open(settings.out / "he" / "he.pdf") as pdf:
        latin = sorted((c for c in pdf.pages[0].chars if c["text"].isascii()
                        and c["text"].strip()), key=lambda c: (round(c["top"]), c["x0"]))
    line = [c for c in latin if round(c["top"]) == round(latin[0]["top"])]
    # Left to right on the page: the stop that ends the sentence, then "(address)" mirrored.
    assert "".join(c["text"] for c in line) == ".)https://example.org/sign/("


@pytest.mark.fonts
def test_the_check_reads_chinese_japanese_and_korean_letter_by_letter(settings):
    """A bold phrase inside a Japanese sentence, and Korean words that print breaks
    between lines, were called missing: letters of scripts that break between any two of
    them are compared one by one, and these PDFs, right as printed, pass."""

    from conftest import font_installed, require
    from handout.check.pdf import check_pdf
    from handout.read.document import load_documents

    require(all(font_installed(path) for path in NOTO),
            "Debian's fonts-noto-cjk and fonts-noto-core")
    korean = ("프로젝트를 홍보하기 위한 실질적인 작업을 시작하기 전에 프로젝트가 무엇을 하고 왜 "
              "중요한지 설명할 수 있어야 합니다. 무엇이 여러분의 프로젝트를 색다르고 흥미롭게 "
              "만드나요? 여러분의 프로젝트가 사람들의 문제를 해결해주기 때문입니다.")
    write_handouts(settings.source, {
        "ja.md": "---\ntitle: 熱中症\nlang: ja\n---\n\n汗ばむ運動を1日30分、**出発前日まで**"
                 "行う。作業中は、こまめに水分を取ってください。\n",
        "ko.md": f"---\ntitle: 홍보\nlang: ko\n---\n\n{korean}\n"})
    build(settings, ["pdf"])
    for document in load_documents(settings):
        pdf = settings.out / document.slug / f"{document.slug}.pdf"
        assert [str(f) for f in check_pdf(document, pdf, settings)] == []


def test_a_language_its_text_is_not_written_in_is_warned_about(settings, caplog):
    """A Word file saved on a Ukrainian computer said it was Ukrainian while its text was
    English (found on docxjs's test files), and a Russian leaflet copied into an English
    template kept `lang: en`: the voice of the wrong language would read each, in silence.
    The tag to write is named; an Open Source Guide in Arabic had none, and was told only to
    "correct 'lang'"."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {
        "ru.md": "---\ntitle: Приём\nlang: en\n---\n\nПринимайте по одной таблетке утром, "
                 "после еды, запивая водой.\n",
        "en.md": "---\ntitle: Dose\nlang: en\n---\n\nTake one tablet each morning with water "
                 "(in Russian: «утром»).\n",
        "zh.md": "---\ntitle: 服药\nlang: en\n---\n\n每天早上饭后用水送服一片。如果您漏服了一次，请在想起时"
                 "尽快服用，但不要一次服用两片。如有疑问，请咨询您的药剂师或医生。\n",
        "contributing.md": "# دليل المساهمة\n\nمرحباً بك في هذا المشروع. نحن سعداء بمساهمتك في تطوير "
                 "البرنامج.\n",
        # Taiwan's vaccination page: 'lang: zh' printed the simplified "第 1 页" under it
        "tw.md": "---\ntitle: 疫苗\nlang: en\n---\n\n我們在關閉自費疫苗查詢功能之前，支援醫院。"
                 "這是為了讓大家，能夠順利預約疫苗。請查看網站，或者打電話。\n"})
    load_documents(settings)
    assert sorted(r.getMessage() for r in caplog.records) == [
        f"{settings.source / 'contributing.md'}: the handout's language is English (en), but "
        "most of its text is in Arabic letters, which the English voice would read: add "
        "'lang: ar' to its front matter",
        f"{settings.source / 'en.md'}:6: the English voice cannot read Cyrillic letters, so 1 "
        "word in the sentences it reads is printed but not said (\"утром\"): to have them "
        "said, write beside each how it sounds in Latin letters",
        f"{settings.source / 'ru.md'}:3: the handout's language is English (en), but most of "
        "its text is in Cyrillic letters, which the English voice would read: correct 'lang' "
        "in the front matter to 'lang: ru'",
        f"{settings.source / 'tw.md'}:3: the handout's language is English (en), but most of "
        "its text is in Chinese characters (CJK), which the English voice would read: correct "
        "'lang' in the front matter to 'lang: zh-Hant'",
        f"{settings.source / 'zh.md'}:3: the handout's language is English (en), but most of "
        "its text is in Chinese characters (CJK), which the English voice would read: correct "
        "'lang' in the front matter to 'lang: zh'"]


def test_serbian_in_either_alphabet_is_told_no_other_language(settings, caplog):
    """A university's Serbian course (sweep BG, sr-nyu-dl-index), `lang: sr` in Latin
    letters, was told to "correct 'lang' in the front matter to 'lang: bs'", Bosnian, which
    the identifier guessed: Serbian is written in both alphabets, and its voice reads both.
    Bosnian in Cyrillic letters is no mismatch either, and Croatian in them is told of its
    letters, but to take no other language's tag."""
    from handout.read.document import load_documents

    latin = ("Ovo je kurs dubokog učenja na Njujorškom univerzitetu. Svake nedelje čitate "
             "materijal, gledate predavanja i radite domaće zadatke iz programiranja.")
    cyrillic = ("Ово је курс дубоког учења на Њујоршком универзитету. Сваке недеље читате "
                "материјал, гледате предавања и радите домаће задатке из програмирања.")
    write_handouts(settings.source, {
        "sr.md": f"---\ntitle: Kurs\nlang: sr\n---\n\n{latin}\n",
        "sr-cyrl.md": f"---\ntitle: Курс\nlang: sr-Latn\n---\n\n{cyrillic}\n",
        "bs.md": f"---\ntitle: Курс\nlang: bs\n---\n\n{cyrillic}\n",
        "hr.md": f"---\ntitle: Курс\nlang: hr\n---\n\n{cyrillic}\n"})
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records if "most of its text" in r.getMessage()] \
        == [f"{settings.source / 'hr.md'}:3: the handout's language is Croatian (hr), but most "
            "of its text is in Cyrillic letters, which the Croatian voice would read: correct "
            "'lang' in the front matter to its language's tag"]


def test_chinese_or_korean_around_english_names_is_not_said_to_be_in_latin_letters(
        settings, caplog):
    """Free-Programming-Books' Chinese guide (tests/corpus) is Chinese around English names
    and addresses (GitHub, Pull Request, Free-Programming-Books): counted letter by letter,
    its 389 Latin letters outnumbered its 294 Chinese characters, and the build told its
    author to correct its `lang`, which would have had the English voice read the Chinese.
    Its Korean guide's opening (below: lines 9 to 13 and 18, byte for byte) the same.
    Counted as they are said, a character of Chinese or Korean against a word of English,
    they are no mismatch; an English page tagged Chinese still is."""
    from handout.read.document import load_documents

    real = PROJECT / "tests" / "corpus" / "github" / "fpb-HOWTO.zh.md"
    lines = [
        "**`Free-Programming-Books` 에 오신 것을 환영합니다!**", "",
        "우리는 GitHub 에 첫 Pull Request (PR) 를 보내주시는 신입 기여자들을 환영합니다. 다음 리소스들은 "
        "당신에게 도움이 될 수 있습니다:", "",
        "* [About Pull Requests](https://docs.github.com/en/pull-requests/collaborating-with-"
        "pull-requests/proposing-changes-to-your-work-with-pull-requests/about-pull-requests) "
        "*(in english)*",
        "* [YouTube - Markdown Crash Course](https://www.youtube.com/watch?v=HUBNt18RFbo) "
        "*(in english)*"]
    korean = "\n".join(lines) + "\n"
    write_handouts(settings.source, {
        "ko.md": f"---\ntitle: How-To at a glance\nlang: ko\n---\n\n{korean}",
        "en.md": "---\ntitle: Dose\nlang: zh\n---\n\nTake one tablet each morning with water. "
                 "If you miss a dose, take it as soon as you remember.\n"})
    shutil.copy(real, settings.source / real.name)
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records if "most of its text" in r.getMessage()] \
        == [f"{settings.source / 'en.md'}:3: the handout's language is Chinese (zh), but most "
            "of its text is in Latin letters, which the Chinese voice would read: correct "
            "'lang' in the front matter to 'lang: en'"]


WUHAN2020_PT = (FIXTURES / "language" / "wuhan2020-README_PT.md").read_text("utf-8")
"""Lines 23 to 28 of wuhan2020/wuhan2020's README_PT.md (blob 4104173c at commit
caa569282ba1aaa8b2b501a1e3c5d9894eee16f5; MIT, its LICENSE beside it), byte for byte: a
heading and two paragraphs of Portuguese, 143 words. The README has no front matter."""


def test_a_handout_in_other_words_than_its_language_is_warned_about(settings, caplog):
    """wuhan2020's Portuguese README, with no front matter, was narrated by the English voice,
    its PDF said "Contents" and "Page 1 of 3", and nothing said why: its letters are Latin, as
    English's are, so only its words tell. A language a file's name gives is weighed too."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"leia.md": WUHAN2020_PT, "named.en.md": WUHAN2020_PT})
    load_documents(settings)
    assert sorted(r.getMessage() for r in caplog.records) == [
        f"{settings.source / 'leia.md'}:1: this handout reads as Portuguese, but no 'lang' is "
        "given, so it is narrated in English: add 'lang: pt' to its front matter",
        f"{settings.source / 'named.en.md'}:1: this handout reads as Portuguese, but its file "
        "name gives 'lang' as 'en', so it is narrated in English: if it is in Portuguese, add "
        "'lang: pt' to its front matter"]
    assert all(r.levelname == "WARNING" for r in caplog.records)


def test_a_handout_in_a_language_told_apart_from_a_kindred_one_by_no_one_is_warned_about(
        settings, caplog):
    """A Croatian page on health insurance with no `lang` (sweep CG, hr-zdravstveno) was
    narrated in English with no warning: the identifier told it 0.74 Croatian and 0.25
    Bosnian, each less than it must be sure of, though both sure it was no English. The
    languages kindred to the likeliest count with it, and the likeliest is named."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"osiguranje.md": (
        "---\ntitle: Zdravstveno osiguranje\n---\n\nZdravstveno osiguranje pokriva troškove "
        "liječenja kod liječnika i u bolnici. Svaki stanovnik koji živi i radi u Hrvatskoj "
        "mora biti osiguran, pa tako i studenti i strani državljani. Prijavu podnosite u "
        "najbližoj ispostavi zavoda, od ponedjeljka do petka. Ponesite osobnu iskaznicu i "
        "potvrdu o prebivalištu. Za djecu se ne plaća ništa.\n")})
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'osiguranje.md'}:1: this handout reads as Croatian, but no "
        "'lang' is given, so it is narrated in English: add 'lang: hr' to its front matter"]


INDONESIAN_VACCINES = (
    "### Siapa yang bisa mendapatkan vaksin COVID-19?\nAnda bisa mendapatkan vaksin secara "
    "gratis jika Anda termasuk dalam kelompok yang memenuhi syarat yang ditetapkan oleh "
    "pemerintah. Jika Anda berniat bepergian ke luar negeri, Anda bisa membayar sendiri untuk "
    "mendapatkan vaksin.\n\n### Bagaimana cara menggunakan situs web ini?\nAnda bisa "
    "menggunakannya untuk mencari rumah sakit di daerah Anda. Jika kolom 'Ketersediaan' di "
    "sebelah kanan bertuliskan 'Tersedia', maka akan ada vaksin yang bisa diberikan. Jika "
    "tertulis 'Tidak Tersedia', maka rumah sakit tersebut tidak ada janji terbuka.\n")


def test_a_handout_in_a_language_with_a_kindred_one_is_warned_about(settings, caplog):
    """An Indonesian page with no `lang` (sweep CH, id-vaccinate) was narrated by the English
    voice with no word: the identifier split its certainty between Indonesian and Malay,
    kindred languages, and was sure enough of neither alone. Their certainty is counted
    together (`language._classified`)."""
    from handout.language import _language_identifier
    from handout.read.document import load_documents

    ranked = dict(_language_identifier().rank(INDONESIAN_VACCINES))
    assert ranked["id"] < 0.99 < ranked["id"] + ranked["ms"]
    write_handouts(settings.source, {"vaksin.md": INDONESIAN_VACCINES})
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records if "reads as" in r.getMessage()] == [
        f"{settings.source / 'vaksin.md'}:1: this handout reads as Indonesian, but no 'lang' is "
        "given, so it is narrated in English: add 'lang: id' to its front matter"]


def test_a_handout_whose_words_are_its_language_or_too_few_is_not_warned_about(
        settings, caplog):
    """No warning where the words agree with `lang` (`pt`, `pt-BR`), where they are too few
    to tell (fewer than 40), or where they are code, which is in no spoken language: an
    English handout showing a Portuguese file is English prose around code. Nor where the
    author gave `lang` (here `en`, over a Portuguese quotation) and no passage reads as it:
    a choice made is not second-guessed; a bilingual handout's passages are
    (`test_a_passage_in_another_language_is_warned_of_at_its_line_and_marked`)."""
    from handout.read.document import load_documents

    words = " ".join(WUHAN2020_PT.split("\n\n")[1].split()[:40])
    write_handouts(settings.source, {
        "pt.md": f"---\ntitle: Plataforma\nlang: pt\n---\n\n{WUHAN2020_PT}",
        "br.md": f"---\ntitle: Plataforma\nlang: pt-BR\n---\n\n{WUHAN2020_PT}",
        "chosen.md": f"---\ntitle: Plataforma\nlang: en\n---\n\n{WUHAN2020_PT}",
        "short.md": f"---\ntitle: Plataforma\n---\n\n{words}\n",
        "code.md": "---\ntitle: The README\n---\n\nThe project's README.md begins "
                   f"like this:\n\n```markdown\n{WUHAN2020_PT}```\n"})
    documents = load_documents(settings)
    assert len(documents) == 5
    assert [r.getMessage() for r in caplog.records] == []


def test_code_in_a_right_to_left_handout_runs_from_the_left(settings):
    """An Arabic handout's code block was set from the right margin, as its text is."""
    write_handouts(settings.source, {"ar.md": "---\ntitle: الدواء\nlang: ar\n---\n\n"
                                              "اكتب الأمر التالي:\n\n```\ndose = 5\n```\n"})
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "ar" / "ar.pdf") as pdf:
        [page] = pdf.pages
        [code] = [line for line in page.extract_text_lines() if "dose" in line["text"]]
        assert code["x0"] < 72 + 30 and code["x1"] < page.width / 2


BILINGUAL_BINS = (
    "---\ntitle: Bin collection / Casgliadau biniau\n{lang}---\n\n## English\n\n"
    "Your bins are collected every Tuesday. Put them out by 7am. If you have a question, "
    "call us on 01234 567890 between 9am and 5pm, Monday to Friday. Thank you very much "
    "for recycling with us this year, and for keeping the streets clean.\n\n## Cymraeg\n\n"
    "Mae eich biniau'n cael eu casglu bob dydd Mawrth. Rhowch nhw allan erbyn 7am. Os oes "
    "gennych gwestiwn, ffoniwch ni ar 01234 567890 rhwng 9am a 5pm, dydd Llun i ddydd "
    "Gwener. Diolch yn fawr am ailgylchu gyda ni eleni.\n")
"""A council's bin collection leaflet in English and Welsh (sweep AH's tiny bil.md), its
English half lengthened to be the larger."""


@pytest.mark.parametrize("lang", ["lang: en\n", ""])
def test_a_passage_in_another_language_is_warned_of_at_its_line_and_marked(
        settings, caplog, lang):
    """A bilingual leaflet, 'lang: en', was narrated in English with its Welsh half read by
    the English voice, and no warning; with no `lang`, had its Welsh half been the larger, it
    was told to add 'lang: cy', which would have the Welsh voice read the English. The Welsh
    passage is warned of at its heading's line, and its elements carry `lang="cy"` for a
    reader's own screen reader."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"bins.md": BILINGUAL_BINS.format(lang=lang)})
    document = load_documents(settings)[0]
    line = 10 if lang else 9
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        f"{settings.source / 'bins.md'}:{line}: this passage reads as Welsh, but the "
        "handout's language is English, so the English voice reads it, with English's rules: "
        "to have it narrated in Welsh, make it a handout of its own, with 'lang: cy'"]
    assert document.sections[2].html.startswith('<h2 id="cymraeg" lang="cy">Cymraeg</h2>\n'
                                                '<p lang="cy">')
    assert 'lang=' not in document.sections[1].html


def test_an_english_handout_is_told_english_by_its_little_words_without_the_model(
        settings, monkeypatch):
    """Each part of an English handout is asked which language it is in, to find a passage in
    another (above); plain English is told by its little words (`plainly_english`), without
    the identifier's model, which takes half a second to load, and every edit of an English
    handout with its `lang` would wait for it; so is the long words' English of a conclusion
    (the sample's, whose build waited 0.4 s more). Its Welsh half still needs the model."""
    import handout.language
    from handout.read.document import load_documents

    english = BILINGUAL_BINS.format(lang="lang: en\n").split("## Cymraeg")[0]
    write_handouts(settings.source, {"bins.md": english + "## Recycling\n\n" + (
        "Please rinse your tins and bottles before you put them in the blue bin, and keep "
        "the lid closed so that the rain does not get in. Thank you for your help.\n"
        "\n## In conclusion\n\nIn conclusion, regular recycling plays a crucial role in "
        "reducing landfill waste, and offers clear benefits to households and councils. "
        "However, its impact depends on careful sorting, involving a balance between "
        "convenience, cost, collection schedules and contamination in your area.\n")})
    monkeypatch.setattr(handout.language, "_language_identifier", lambda: pytest.fail(
        "the identifier's model was loaded for plain English"))
    assert len(load_documents(settings)[0].sections) == 4
    write_handouts(settings.source, {"bins.md": BILINGUAL_BINS.format(lang="lang: en\n")})
    with pytest.raises(pytest.fail.Exception):
        load_documents(settings)


def test_a_passage_marked_with_another_language_has_its_rules_and_a_warning(settings, caplog):
    """A bilingual leaflet's French half, in `<div lang="fr" markdown="1">`, was given its
    language in the web page, EPUB and DAISY book, but the English voice said it with
    English's rules, "Sortez-les avant 7 hours", and nothing was said of it (sweep AH's
    bildiv.md). Its numbers and units are said by French's rules, and the build warns, at
    the line that marks it, that the English voice reads it."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"bins.md": (
        "---\ntitle: Bin collection\nlang: en\n---\n\n## English\n\nPut your bins out by "
        "7 h.\n\n## Français\n\n<div lang=\"fr\" markdown=\"1\">\n\nSortez-les avant 7 h.\n\n"
        "</div>\n")})
    document = load_documents(settings)[0]
    assert [u.spoken for u in document.sections[1].script] == [
        "English", "Put your bins out by 7 hours."]
    assert [u.spoken for u in document.sections[2].script] == [
        "Français", "Sortez-les avant sept heures."]
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        f"{settings.source / 'bins.md'}:12: the passage marked lang=\"fr\" is narrated by the "
        "English voice, with French's rules for numbers and units; the web page, EPUB and "
        "DAISY book give it its language: to have it narrated in French, make it a handout "
        "of its own, with 'lang: fr'"]


NEPALI_BODY = (  # sweep BH, ne-body (how-body-works.md), lines 8-18 without their pictures
    "चित्रलाई zoom in गरेर हेर्नुस। मोबाइलबाट हेर्दै हुनुन्छ भने\n\n"
    "अब माथिको चित्रमा हरियो अन्डरलाइन गरिएको Circulatory System रक्त संचार या नि की नशा "
    "(arteries and veins) को कुरा गरौ।\n\n"
    "यै कारण हो, व्रत या नि की महिना दिनमा व्रत या नि की १५ १६ कति घण्टा बस्नि चलन छ, त्यो राम्रो "
    "हो किनकी कोषहरु भोको भएपछि रगतमा जम्मा भएका unused nutrients हरु लिन थाल्छन्।\n\n"
    "यसलाई Autophagy भनिन्छ, जुन mechanism recently 2009 2010 तिर medically proven भयो।\n")
CHINESE_NOTE = (  # sweep BM, typora-software (常用软件总结.md), lines 4-11
    "- wireshark 流量分析软件，终端输入wireshark可快速打开\n- Antsword webshell连接软件\n- Sublime Text 编"
    "辑器\n- typora markdown文件编辑器，终端输入typora可快速打开\n- 010editor 十六进制编辑器 \n- Psensor 查看电脑"
    "温度\n- Timeshift 系统定期备份软件\n-  Zenmap 端口扫描器\n")


@pytest.mark.parametrize("body, told", [(NEPALI_BODY, "ne"), (CHINESE_NOTE, "zh")])
def test_the_tag_suggested_for_a_page_in_other_letters_is_one_to_write(settings, caplog, body,
                                                                      told):
    """A Nepali page with no `lang` (sweep BH, ne-body) was told to add 'lang: hi', as the
    identifier took it for Hindi, and a simplified Chinese note (sweep BM, typora-software)
    'lang: wuu', Wu Chinese, which has no voice here: Nepali is told from Hindi by its
    little words (`language.DEVANAGARI_WORDS`), and a variety of Chinese is written `zh`."""
    from handout.language import reads_as
    from handout.read.document import load_documents

    assert reads_as(body, sure=0.5, fewest=5) == {"ne": "hi", "zh": "wuu"}[told]
    write_handouts(settings.source, {"page.md": f"---\ntitle: T\n---\n\n{body}"})
    load_documents(settings)
    assert [r.getMessage().rsplit("would read: ", 1)[1] for r in caplog.records] == [
        f"add 'lang: {told}' to its front matter"]


@pytest.mark.parametrize("found, text, tag", [
    ("hi", "यह दवा दिन में दो बार लेनी है और खाने के बाद लेनी है।", "hi"),
    ("hi", "ही गोळी दिवसातून दोन वेळा घ्यायची आहे आणि जेवणानंतर घ्यायची आहे.", "mr"),
    ("hi", "यो औषधि दिनमा दुई पटक खानुहोस् र खाना खाएपछि खानु राम्रो हो। पानी पनि पिउनुपर्छ।",
     "ne"),
    ("wuu", "每天早上饭后用水送服一片。", "zh"), ("wuu", "這是為了讓大家能夠順利預約疫苗。", "zh-Hant"),
    ("yue", "佢哋今日唔喺度。", "yue"),
    ("fr", "Prenez un comprimé.", "fr"),
])
def test_the_tag_to_write_is_one_with_a_voice(found, text, tag):
    """What the identifier names is told as the tag an author should write."""
    from handout.language import tag_to_write

    assert tag_to_write(found, text) == tag


BURMESE_NOTES = (  # sweep BH, my-2024-04-08-IGCSE-O-Level-CS-Unit-1, lines 19-21
    "\nဒါပေမယ့် ကွန်ပျူတာ အနေနဲ့ကျ ဒီလို Analogue Data တွေကို process မလုပ်နိုင်ဘူး။ ပြောနေ"
    "ကျအတိုင်း ကွန်ပျူတာဆိုတာ 0 or 1 ကိုပဲ ကိုင်တွယ်နိုင်တယ်ပေါ့။ ဘာလို့လဲဆိုတော့ ကွန်ပျူတာ"
    " ဆိုတာ Logic Gate ကလေးတွေ အများကြီးစုထားတာမျိုး။ ဒီ Logic Gate တွေက   0 or 1 ဆိုတဲ့ Di"
    "gital Data တွေကိုပဲ process လုပ်နိုင်တယ်။ AND OR NAND NOR NOT ဆိုတဲ့ ဒီ အခြေခံ logic g"
    "ate တွေအကြောင်း နောက်မှ အကျယ်တဝင့် ရှင်းကြမယ်။ ဒီ 0 or 1 ဆိုတဲ့ information ကို regist"
    "er ဆိုတဲ့ အကောင်သေးသေးလေးတွေထဲမှာ သိမ်းထားကြတယ်။\n\n")


def test_a_page_mostly_in_burmese_is_weighed_by_its_letters(settings, caplog):
    """Burmese writes no spaces between its words: weighed by words, a phrase of it was one,
    and a student's IGCSE notes in Burmese with no `lang` (sweep BH), their English terms
    ("Analogue Data", "process", "Logic Gate") among them, were told nothing and narrated
    by the English voice. Weighed by their letters as Chinese is (`SYLLABLE_SCRIPTS`), they
    are mostly Burmese, and the identifier, asked of the Burmese alone
    (`language.other_letters`), names it. With no `lang`, it is read as Burmese
    (`test_a_page_in_letters_of_one_language_is_read_in_it`)."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"notes.md": f"---\ntitle: T\nlang: en\n---\n\n"
                                                 f"{BURMESE_NOTES}"})
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'notes.md'}:3: the handout's language is English (en), but most "
        "of its text is in Myanmar letters, which the English voice would read: correct "
        "'lang' in the front matter to 'lang: my'"]


@pytest.mark.parametrize("body, lang", [
    ("## บทนำ\n\n- ให้ยาป้องกันตามแผนก่อนได้รับยาเคมีบำบัด\n"
     "- แนะนำให้รับประทานอาหารมื้อเล็กๆ บ่อยครั้ง\n", "th"),
    ("# ការចូលរួមចំណែកដំបូង\n\nគម្រោងនេះមានគោលបំណងជួយអ្នកចាប់ផ្តើមក្នុងការចូលរួម\n", "km"),
    ("## መግቢያ\n\nእንደ አባላት፣ አስተዋጽዖ አበርካቾች እና መሪዎች ቃል እንገባለን። ይህንን ማህበረሰብ ለሁሉም ሰው\n", "am"),
    (BURMESE_NOTES, "my"),
])
def test_a_page_in_letters_of_one_language_is_read_in_it(settings, caplog, body, lang):
    """A page with no `lang` in letters that only one language is written in, Thai, Khmer,
    Lao, Burmese or Amharic's (`language.script_language`), is read in that language: sweep
    CH's Thai leaflet on chemotherapy was warned of, and narrated in English, each of its
    characters by its name ("Thai letter E1A…"), and a Khmer README's title too, its name's
    "kh" a country's code, no language's."""
    from handout.read.document import load_documents

    write_handouts(settings.source, {"page.md": f"---\ntitle: Adverse effects\n---\n\n{body}",
                                     "README.kh.md": body})
    documents = load_documents(settings)
    assert [document.meta.lang for document in documents] == [lang, lang]
    assert not [r for r in caplog.records if "most of its text" in r.getMessage()]


def test_the_identifier_is_asked_of_the_words_in_other_letters():
    """The whole of sweep BH's Burmese IGCSE notes, its English terms and code among them,
    were told to add 'lang: en' once weighed as Burmese: the identifier weighed each English
    word against each Burmese phrase. It is asked of the words not in the language's own
    letters."""
    from handout.language import other_letters

    assert other_letters("en", "CAMBRIDGE တက္ကသိုလ်ရဲ့ research တွေ အရဆိုရင် (၆၀) bits") == \
        "တက္ကသိုလ်ရဲ့ တွေ အရဆိုရင် (၆၀)"
