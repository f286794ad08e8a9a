"""The project's own words in each handout's language: one table per language, in one place.

Every edition says a few things the author did not write: "Page 3 of 8" and "Contents" in
print, "Table. 2 rows." and "End of quote." in the audio, "Listen to this section" on the
web page, "Handouts" in the feed. `words_for(lang)` gives them in the handout's language
(English, Spanish, French, Italian, Portuguese), or in English for any other language;
`long_date` writes a date as that language does, and `direction` says which way its script
runs (both through Babel's locale data, for any language). The narration's own
normalisation (units, numbers) lives with the speech script, in `read/`.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """What handout says in one language. `{n}`, `{page}` and the like are filled in;
    pairs are (singular, plural)."""

    locale: str
    """Babel's locale for dates: the language, with the region whose usage is followed."""
    quotes: str
    """CSS `quotes`: the quotation marks of the language, outer then inner."""
    page_of: str = "Page {page} of {pages}"
    contents: str = "Contents"
    on_page: str = "page {page}"
    notes: str = "Notes"
    by: str = "By {author}"

    image: str = "Image: {alt}."
    image_without_text: str = "An image with no description."
    caption: str = "Caption: {text}"
    table: str = "Table."
    table_titled: str = "Table: {caption}."
    rows: tuple[str, str] = ("{n} row.", "{n} rows.")
    quote: str = "Quote."
    end_of_quote: str = "End of quote."
    code: tuple[str, str] = ("Code example, {n} line, as printed:",
                             "Code example, {n} lines, as printed:")
    note_cited: str = "(note {n})"
    note: str = "Note {n}: "
    box: str = "box"
    end_of_box: str = "End of {label}."
    picture_missing: str = "Picture not available:"
    done: str = "Done:"
    to_do: str = "To do:"
    deleted: str = "(deleted: {words})"

    skip_to_handout: str = "Skip to the handout"
    introduction: str = "Introduction"
    listen_to_introduction: str = "Listen to the title and introduction ({duration})"
    listen_to_section: str = "Listen to this section ({duration})"
    download_recording: str = "Download the recording"
    transcript_of_introduction: str = "Transcript of the introduction"
    transcript_of: str = "Transcript of “{heading}”"
    transcript_explained: str = ", the words spoken, as text"
    other_editions: str = "Other ways to read and listen"
    synthetic_voice_used: str = "The recordings use a synthetic voice."
    table_scrolls: str = "Table, scrolls sideways"
    minutes: tuple[str, str] = ("{n} minute", "{n} minutes")
    seconds: tuple[str, str] = ("{n} second", "{n} seconds")
    pdf_edition: str = "Large-print PDF, to print"
    complete_edition: str = "The whole handout as one MP3 with chapters ({duration})"
    playlist_edition: str = "Playlist of the sections (M3U)"
    daisy_edition: str = "DAISY talking book, for DAISY players"
    audiobook_edition: str = "The whole handout for an audiobook app (M4B with chapters, " \
                             "{duration})"
    epub_edition: str = ("EPUB talking book, read aloud sentence by sentence in reading apps "
                         "such as Thorium or Apple Books")
    page: str = "Page {n}"
    print_pages: str = "Pages of the large-print edition"
    landmarks: str = "Landmarks"
    start_of_handout: str = "Start of the handout"
    transcript_title: str = "Transcript: {heading}"
    skip_to_transcript: str = "Skip to the transcript"
    back_to_handout: str = "Back to the handout"

    unknown_author: str = "Unknown"
    synthetic_voice: str = "Synthetic voice: {identity}"
    handouts: str = "Handouts"
    handouts_from: str = "Handouts from {author}"
    feed_description: str = ("Narrated handouts, read aloud section by section by a "
                             "synthetic voice.")

    singular_below_two: bool = False
    """French and Portuguese say 0 and 1,5 in the singular; English, Spanish and Italian
    use the singular for exactly one."""

    def count(self, forms: tuple[str, str], n: float) -> str:
        """`forms` for `n` things, in this language's grammar of number."""
        singular = abs(n) < 2 if self.singular_below_two else n == 1
        return forms[0 if singular else 1].format(n=n)


WORDS = {
    "en": Words(locale="en_GB", quotes='"\\201C" "\\201D" "\\2018" "\\2019"'),
    "es": Words(
        locale="es", quotes='"\\00AB" "\\00BB" "\\201C" "\\201D"',
        page="Página {n}", print_pages="Páginas de la edición en letra grande",
        landmarks="Puntos de referencia", start_of_handout="Comienzo del folleto",
        box="recuadro", end_of_box="Fin de: {label}.",
        picture_missing="Imagen no disponible:", done="Hecho:", to_do="Por hacer:",
        deleted="(tachado: {words})",
        audiobook_edition="El folleto completo para una aplicación de audiolibros (M4B con "
                          "capítulos, {duration})",
        epub_edition="Libro hablado EPUB, leído en voz alta frase por frase en aplicaciones "
                     "de lectura como Thorium o Apple Books",
        page_of="Página {page} de {pages}", contents="Índice", on_page="página {page}",
        notes="Notas", by="Por {author}",
        image="Imagen: {alt}.", image_without_text="Una imagen sin descripción.",
        caption="Pie de foto: {text}", table="Tabla.", table_titled="Tabla: {caption}.",
        rows=("{n} fila.", "{n} filas."), quote="Cita.", end_of_quote="Fin de la cita.",
        code=("Ejemplo de código, {n} línea, tal como está impreso:",
              "Ejemplo de código, {n} líneas, tal como está impreso:"),
        note_cited="(nota {n})", note="Nota {n}: ",
        skip_to_handout="Ir al folleto", introduction="Introducción",
        listen_to_introduction="Escuchar el título y la introducción ({duration})",
        listen_to_section="Escuchar esta sección ({duration})",
        download_recording="Descargar la grabación",
        transcript_of_introduction="Transcripción de la introducción",
        transcript_of="Transcripción de «{heading}»",
        transcript_explained=", las palabras dichas, en texto",
        other_editions="Otras formas de leer y escuchar",
        synthetic_voice_used="Las grabaciones usan una voz sintética.",
        table_scrolls="Tabla, se desplaza hacia los lados",
        minutes=("{n} minuto", "{n} minutos"), seconds=("{n} segundo", "{n} segundos"),
        pdf_edition="PDF en letra grande, para imprimir",
        complete_edition="El folleto completo en un MP3 con capítulos ({duration})",
        playlist_edition="Lista de reproducción de las secciones (M3U)",
        daisy_edition="Libro hablado DAISY, para reproductores DAISY",
        transcript_title="Transcripción: {heading}",
        skip_to_transcript="Ir a la transcripción", back_to_handout="Volver al folleto",
        unknown_author="Desconocido", synthetic_voice="Voz sintética: {identity}",
        handouts="Folletos", handouts_from="Folletos de {author}",
        feed_description="Folletos narrados, leídos en voz alta sección por sección por una "
                         "voz sintética."),
    "fr": Words(
        locale="fr", quotes='"\\00AB\\202F" "\\202F\\00BB" "\\201C" "\\201D"',
        page="Page {n}", print_pages="Pages de l’édition en gros caractères",
        landmarks="Repères", start_of_handout="Début du document",
        box="encadré", end_of_box="Fin de l’encadré « {label} ».",
        picture_missing="Image non disponible :", done="Fait :", to_do="À faire :",
        deleted="(barré : {words})",
        audiobook_edition="Le document entier pour une application de livres audio (M4B avec "
                          "chapitres, {duration})",
        epub_edition="Livre audio EPUB, lu phrase par phrase dans les applications de "
                     "lecture comme Thorium ou Apple Books",
        page_of="Page {page} sur {pages}", contents="Sommaire", on_page="page {page}",
        notes="Notes", by="Par {author}",
        image="Image : {alt}.", image_without_text="Une image sans description.",
        caption="Légende : {text}", table="Tableau.", table_titled="Tableau : {caption}.",
        rows=("{n} ligne.", "{n} lignes."), quote="Citation.",
        end_of_quote="Fin de la citation.",
        code=("Exemple de code, {n} ligne, tel qu’imprimé :",
              "Exemple de code, {n} lignes, tel qu’imprimé :"),
        note_cited="(note {n})", note="Note {n} : ",
        skip_to_handout="Aller au document", introduction="Introduction",
        listen_to_introduction="Écouter le titre et l’introduction ({duration})",
        listen_to_section="Écouter cette section ({duration})",
        download_recording="Télécharger l’enregistrement",
        transcript_of_introduction="Transcription de l’introduction",
        transcript_of="Transcription de « {heading} »",
        transcript_explained=", les mots prononcés, en texte",
        other_editions="D’autres façons de lire et d’écouter",
        synthetic_voice_used="Les enregistrements utilisent une voix de synthèse.",
        table_scrolls="Tableau, défile horizontalement",
        minutes=("{n} minute", "{n} minutes"), seconds=("{n} seconde", "{n} secondes"),
        pdf_edition="PDF en gros caractères, à imprimer",
        complete_edition="Le document entier en un seul MP3 avec chapitres ({duration})",
        playlist_edition="Liste de lecture des sections (M3U)",
        daisy_edition="Livre audio DAISY, pour lecteurs DAISY",
        transcript_title="Transcription : {heading}",
        skip_to_transcript="Aller à la transcription", back_to_handout="Retour au document",
        unknown_author="Inconnu", synthetic_voice="Voix de synthèse : {identity}",
        handouts="Documents", handouts_from="Documents de {author}",
        feed_description="Documents lus à voix haute, section par section, par une voix de "
                         "synthèse.",
        singular_below_two=True),
    "it": Words(
        locale="it", quotes='"\\00AB" "\\00BB" "\\201C" "\\201D"',
        page="Pagina {n}", print_pages="Pagine dell’edizione a caratteri grandi",
        landmarks="Punti di riferimento", start_of_handout="Inizio del foglio",
        box="riquadro", end_of_box="Fine del riquadro «{label}».",
        picture_missing="Immagine non disponibile:", done="Fatto:", to_do="Da fare:",
        deleted="(cancellato: {words})",
        audiobook_edition="L’intero foglio per un’app di audiolibri (M4B con capitoli, "
                          "{duration})",
        epub_edition="Libro parlato EPUB, letto frase per frase in app di lettura come "
                     "Thorium o Apple Books",
        page_of="Pagina {page} di {pages}", contents="Indice", on_page="pagina {page}",
        notes="Note", by="Di {author}",
        image="Immagine: {alt}.", image_without_text="Un’immagine senza descrizione.",
        caption="Didascalia: {text}", table="Tabella.", table_titled="Tabella: {caption}.",
        rows=("{n} riga.", "{n} righe."), quote="Citazione.",
        end_of_quote="Fine della citazione.",
        code=("Esempio di codice, {n} riga, come stampato:",
              "Esempio di codice, {n} righe, come stampato:"),
        note_cited="(nota {n})", note="Nota {n}: ",
        skip_to_handout="Vai al foglio informativo", introduction="Introduzione",
        listen_to_introduction="Ascolta il titolo e l’introduzione ({duration})",
        listen_to_section="Ascolta questa sezione ({duration})",
        download_recording="Scarica la registrazione",
        transcript_of_introduction="Trascrizione dell’introduzione",
        transcript_of="Trascrizione di «{heading}»",
        transcript_explained=", le parole pronunciate, come testo",
        other_editions="Altri modi di leggere e ascoltare",
        synthetic_voice_used="Le registrazioni usano una voce sintetica.",
        table_scrolls="Tabella, scorre lateralmente",
        minutes=("{n} minuto", "{n} minuti"), seconds=("{n} secondo", "{n} secondi"),
        pdf_edition="PDF a caratteri grandi, da stampare",
        complete_edition="L’intero foglio in un unico MP3 con capitoli ({duration})",
        playlist_edition="Playlist delle sezioni (M3U)",
        daisy_edition="Libro parlato DAISY, per lettori DAISY",
        transcript_title="Trascrizione: {heading}",
        skip_to_transcript="Vai alla trascrizione", back_to_handout="Torna al foglio",
        unknown_author="Sconosciuto", synthetic_voice="Voce sintetica: {identity}",
        handouts="Fogli informativi", handouts_from="Fogli informativi di {author}",
        feed_description="Fogli informativi letti ad alta voce, sezione per sezione, da una "
                         "voce sintetica."),
    "pt": Words(
        locale="pt_BR", quotes='"\\201C" "\\201D" "\\2018" "\\2019"',
        page="Página {n}", print_pages="Páginas da edição em letra grande",
        landmarks="Pontos de referência", start_of_handout="Início do folheto",
        box="quadro", end_of_box="Fim do quadro “{label}”.",
        picture_missing="Imagem não disponível:", done="Feito:", to_do="A fazer:",
        deleted="(riscado: {words})",
        audiobook_edition="O folheto inteiro para um aplicativo de audiolivros (M4B com "
                          "capítulos, {duration})",
        epub_edition="Livro falado EPUB, lido frase por frase em aplicativos de leitura como "
                     "Thorium ou Apple Books",
        page_of="Página {page} de {pages}", contents="Sumário", on_page="página {page}",
        notes="Notas", by="Por {author}",
        image="Imagem: {alt}.", image_without_text="Uma imagem sem descrição.",
        caption="Legenda: {text}", table="Tabela.", table_titled="Tabela: {caption}.",
        rows=("{n} linha.", "{n} linhas."), quote="Citação.", end_of_quote="Fim da citação.",
        code=("Exemplo de código, {n} linha, como impresso:",
              "Exemplo de código, {n} linhas, como impresso:"),
        note_cited="(nota {n})", note="Nota {n}: ",
        skip_to_handout="Ir para o folheto", introduction="Introdução",
        listen_to_introduction="Ouvir o título e a introdução ({duration})",
        listen_to_section="Ouvir esta seção ({duration})",
        download_recording="Baixar a gravação",
        transcript_of_introduction="Transcrição da introdução",
        transcript_of="Transcrição de “{heading}”",
        transcript_explained=", as palavras faladas, em texto",
        other_editions="Outras formas de ler e ouvir",
        synthetic_voice_used="As gravações usam uma voz sintética.",
        table_scrolls="Tabela, rola para os lados",
        minutes=("{n} minuto", "{n} minutos"), seconds=("{n} segundo", "{n} segundos"),
        pdf_edition="PDF em letra grande, para imprimir",
        complete_edition="O folheto inteiro em um MP3 com capítulos ({duration})",
        playlist_edition="Lista de reprodução das seções (M3U)",
        daisy_edition="Livro falado DAISY, para tocadores DAISY",
        transcript_title="Transcrição: {heading}",
        skip_to_transcript="Ir para a transcrição", back_to_handout="Voltar ao folheto",
        unknown_author="Desconhecido", synthetic_voice="Voz sintética: {identity}",
        handouts="Folhetos", handouts_from="Folhetos de {author}",
        feed_description="Folhetos narrados, lidos em voz alta seção por seção por uma voz "
                         "sintética.",
        singular_below_two=True),
}
"""The project's own words, by primary language tag."""


def words_for(lang: str) -> Words:
    """The project's words in `lang` (a BCP 47 tag), or in English if it has none there."""
    return WORDS.get(lang.split("-")[0].lower(), WORDS["en"])


def long_date(date: dt.date, lang: str = "en") -> str:
    """A date as the title block prints it and the narrator says it: 29 December 2023,
    29 de diciembre de 2023, 1er mars 2024."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date

    locale = words_for(lang).locale
    if lang.split("-")[0].lower() not in WORDS:
        try:  # a language without a table still has its dates written its own way
            locale = str(Locale.parse(lang, sep="-"))
        except (ValueError, UnknownLocaleError):
            pass
    written = format_date(date, "long", locale=locale)
    if locale == "fr" and date.day == 1:
        written = "1er" + written[1:]  # French writes the first of the month as an ordinal
    return written


@functools.cache
def direction(lang: str) -> str:
    """"rtl" for a language whose script runs right to left (Arabic, Hebrew, Persian, Urdu,
    and `pa-Arab` beside `pa`), as Babel's locale data says, else "ltr": the `dir` of every
    page made from the handout, so that its lines start at the right, its list markers
    and quotation bars stand at the right, and punctuation falls where the reader expects."""
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(lang, sep="-").character_order
    except (ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"
