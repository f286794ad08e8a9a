"""Source lint: each rule fires on a handout that breaks it, with file:line, and stays
quiet on one that does not; the sample handout passes with only information."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from handout.findings import ERROR, INFO, WARNING
from handout.check.lint import lint_source

from conftest import FIXTURES, PROJECT, write_handouts

FRONT = "---\ntitle: A handout\nlang: en\n---\n\n"

# rule: (severity, line of the finding, Markdown that breaks the rule, Markdown that keeps it)
RULES = {
    "title": (WARNING, 1, "---\nlang: en\n---\n\nWords without a title.\n",
              "---\nlang: en\n---\n\n# The title\n\nWords.\n"),
    "language": (WARNING, 1, "---\ntitle: No language\n---\n\nWords.\n",
                 "---\ntitle: A language\nlang: en-GB\n---\n\nWords.\n"),
    "image-alt": (ERROR, 8, FRONT + "Look:\n\n![](tablet.png)\n",
                  FRONT + "Look:\n\n![A white tablet](tablet.png)\n"),
    "heading-skip": (WARNING, 8, FRONT + "## Part\n\n#### Detail\n\nWords.\n",
                     FRONT + "## Part\n\n### Detail\n\nWords.\n"),
    "heading-empty": (WARNING, 8, FRONT + "## Part\n\n###\n\nWords.\n",
                      FRONT + "## Part\n\n### Words\n\nWords.\n"),
    "italic": (WARNING, 6, FRONT + "Take it *every* day, or _never_.\n",
               FRONT + "Take it **every** day, snake_case_name, 2 * 3 * 4, **_always_** and "
               "***ever***.\n\n* a list item\n\n"
               # an icon font's empty element prints nothing (sweep AQ, zoo-access)
               '<i class="fa fa-phone"></i> 0131 356 0646, <i class="icon" /> here\n'),
    "capitals": (WARNING, 6, FRONT + "DO NOT STOP taking it suddenly.\n",
                 FRONT + "It raises GABA activity, as the NHS and the WHO say. Dr Patel MBBS "
                 "MRCGP; CC-BY-SA; ADHD, ASD.\n"),
    "bare-url": (WARNING, 6, FRONT + "See https://example.org/guide for more.\n",
                 FRONT + "See the [medicine guide](https://example.org/guide).\n"),
    "link-text": (WARNING, 6, FRONT + "For the guide, [click here](https://example.org).\n",
                  FRONT + "Read the [medicine guide](https://example.org).\n"),
    "long-sentence": (INFO, 7, FRONT + "A short one.\nThis sentence goes on and on " +
                      "with many more words than anybody needs in order to say something " +
                      "simple about a tablet and a glass of water.\n",
                      FRONT + "A short one. Another short one.\n"),
    "table-header": (WARNING, 6, FRONT + "|   |   |\n|---|---|\n| a | b |\n",
                     FRONT + "| Day | Dose |\n|---|---|\n| Monday | 1 |\n"),
    # a club's constitution pasted from Word (sweep CM): clause b) boxed as code
    "indented-clause": (WARNING, 8, FRONT + "27. a) Any resolution may be passed.\n\n"
                        "          b)   Upon dissolution any assets may be passed on.\n",
                        FRONT + "27. a) Any resolution may be passed.\n\n"
                        "    b) Upon dissolution any assets may be passed on.\n\n"
                        "- a list\n\n      1. nested item with words in it\n\n"
                        "    def main(): return 1\n"),
}


def lint_text(folder: Path, text: str, name: str = "handout.md"):
    write_handouts(folder, {name: text})
    return lint_source(folder / name)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_fires_with_its_line_and_severity(tmp_path, rule):
    severity, line, bad, _ = RULES[rule]
    findings = [f for f in lint_text(tmp_path, bad) if f.rule == rule]
    assert [(f.where, f.severity) for f in findings][:1] == [
        (f"{tmp_path / 'handout.md'}:{line}", severity)]
    assert str(findings[0]).startswith(f"{tmp_path / 'handout.md'}:{line}: {rule}: ")


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_is_quiet_on_a_handout_that_keeps_it(tmp_path, rule):
    _, _, _, good = RULES[rule]
    assert [str(f) for f in lint_text(tmp_path, good) if f.rule == rule] == []


def test_a_title_in_bold_on_the_first_line_is_named_as_the_title(tmp_path):
    """A code of conduct whose title is its first line in bold, as Google Docs and Word's
    authors make one, was told it had no title and that its file's name was printed, where
    the build takes the bold line for its title (`document.bold_title`): the finding says
    so, as information. A first line in bold that is a sentence is no title."""
    [finding] = [f for f in lint_text(tmp_path, "**Code of Conduct for Volunteers**\n\nAll "
                                      "volunteers sign in.\n") if f.rule == "title"]
    assert (finding.where, finding.severity) == (f"{tmp_path / 'handout.md'}:1", INFO)
    assert "title is its first line, in bold, 'Code of Conduct for Volunteers'" in \
        finding.message
    [sentence] = [f for f in lint_text(tmp_path, "**All volunteers sign in at the desk.**\n\n"
                                       "Words.\n") if f.rule == "title"]
    assert sentence.severity == WARNING and "has no title" in sentence.message


def test_capitals_are_quoted_whole_past_a_letter_or_a_number(tmp_path):
    """A makerspace's table saw induction (Word): "LEAVE THE MACHINE AND AREA IN A TIDY
    STATE" was quoted 'LEAVE THE MACHINE AND AREA IN', and a constitution's "# ARTICLE 1 -
    NAME" 'ARTICLE', the run cut at its first letter or number alone."""
    findings = lint_text(tmp_path, FRONT + "LEAVE THE MACHINE AND AREA IN A TIDY STATE.\n\n"
                         "## ARTICLE 1 - NAME\n\nWords.\n")
    assert [f.message.split("'")[1] for f in findings if f.rule == "capitals"] == [
        "LEAVE THE MACHINE AND AREA IN A TIDY STATE", "ARTICLE 1 - NAME"]


def test_a_picture_or_link_by_reference_is_held_to_the_same_rules(tmp_path):
    """Google Docs saves a document's pictures as Markdown references, "![][image1]" with
    the picture's data at the end: a picture with no description was said "An image with
    no description." and the check said nothing."""
    findings = lint_text(tmp_path, FRONT + "![][image1]\n\n![A map of the clinic][image2]\n\n"
                         "For the map, [click here][map].\n\n[map]: https://example.org\n"
                         "[image1]: <data:image/png;base64,iVBORw0KGgo=>\n"
                         "[image2]: <data:image/png;base64,iVBORw0KGgo=>\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("image-alt", "6", ERROR), ("link-text", "10", WARNING)]
    assert "image 'image1' has no alt text: describe it between the brackets, " \
        "![like this][image1]" in str(findings[0])


def test_a_picture_described_by_inline_code_is_named_so(tmp_path):
    """Sweep CZ: a PHS summary describes its chart with R, `` ![`r alt_text`](chart.png) ``,
    and the check said "has no alt text: describe it between the brackets", though the
    author had: its words are R's, written only when the page is knitted."""
    findings = lint_text(tmp_path, FRONT + "![`r alt_text`](chart.png)\n\n![](map.png)\n")
    alt = [f for f in findings if f.rule == "image-alt"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in alt] == [("6", ERROR), ("8", ERROR)]
    assert "is described by inline code, '`r alt_text`', whose words R writes only when the " \
        "page is knitted" in alt[0].message
    assert "has no alt text" in alt[1].message


def test_a_pictures_address_holds_its_parentheses(tmp_path):
    """An Obsidian note's pictures (sweep BA, obsidian-pt-campo lines 21-27) are files named
    "bomba(2).png", which the build reads whole, as CommonMark does: the check named them
    "image '…/bomba(2' has no alt text", the address cut at the first ")"."""
    findings = lint_text(tmp_path, FRONT + "![](https://example.org/imagens/bomba(2).png)\n\n"
                         "![](escondido%20(2).png \"Hidden\")\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [
        ("image-alt", "6"), ("image-alt", "8")]
    assert "'https://example.org/imagens/bomba(2).png'" in findings[0].message
    assert "'escondido%20(2).png'" in findings[1].message


def test_a_finding_after_an_obsidian_callout_with_a_title_is_at_its_line(tmp_path):
    """An Obsidian callout whose title is a sentence, "> [!faq]- E a localização?", is a
    box with its title for first words, two lines the build adds, and one ended by a
    heading gains its closing line: an Obsidian note's picture on line 42 (sweep BA,
    obsidian-pt-campo) was named at line 46, two lines on for each callout above it."""
    findings = lint_text(tmp_path, FRONT + "> [!faq]- E a localização?\n>Esta pergunta.\n\n"
                         "> [!Danger]- Erro?\n> Structs.\n# Pictures\n![](a.png)\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [("image-alt", "12")]


def test_raw_html_image_without_alt_and_table_without_header(tmp_path):
    """A table of one cell frames a note: it has no columns to name."""
    findings = lint_text(tmp_path, FRONT + '<img src="tablet.png">\n\n'
                         "<table><tr><td>a</td><td>b</td></tr></table>\n\n"
                         "<table><tr><td>Bring your letter.</td></tr></table>\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [
        ("image-alt", "6"), ("table-header", "8")]


def test_a_table_s_head_of_td_cells_is_its_header_row(tmp_path):
    """A conference's shuttle timetable (sweep AX, sigcomm-shuttle lines 11-27) wrote its
    column names as `<td>` cells in a `<thead>`, which the handout reads as its header: it
    was told it had no header row."""
    findings = lint_text(tmp_path, FRONT + "<table><thead><tr><td>Bus</td><td>Time</td></tr>"
                         "</thead><tbody><tr><td>Bus 1</td><td>7:20</td></tr></tbody>"
                         "</table>\n")
    assert [f.rule for f in findings] == []


def test_a_picture_marked_as_decoration_needs_no_description(tmp_path):
    """HTML's empty `alt=""`, `role="presentation"` and `aria-hidden="true"` say a picture
    only decorates; `alt=Logo` unquoted describes it. Only the bare `<img>` is a fault."""
    findings = lint_text(tmp_path, FRONT + '<img src="a.png" alt=""> <img src="b.png" '
                         'role="presentation"> <img src="c.png" aria-hidden="true">\n\n'
                         '<img src="d.png" alt=Logo> <img src="e.png" data-alt="Logo">\n')
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [("image-alt", "8")]


def test_an_easy_read_table_needs_no_column_names(tmp_path):
    """Pictures beside their sentences have no columns to name; Markdown asks for a header
    row, which such a table leaves empty, and HTML a `<th>` (sweep DA), which it has not."""
    findings = lint_text(tmp_path, FRONT + "| | |\n|---|---|\n"
                         "| ![A calendar](calendar.png) | Go every 6 months. |\n"
                         '| <img src="phone.png" alt=""> | Phone us first. |\n\n'
                         "| | |\n|---|---|\n| Monday | 9am |\n\n<table>\n"
                         '<tr><td><img src="bus.png" alt="A bus"></td><td>It goes at <b>3pm</b>.'
                         '</td></tr>\n<tr><td><img src="a.png" alt="A"></td><td>Hi.</td></tr>\n'
                         "</table>\n\n<table>\n<tr><td>Monday</td><td>9am</td></tr>\n</table>\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings] == [
        ("table-header", "11"), ("table-header", "20")]


def test_blocks_for_quarto_profiles_in_a_handout_of_no_language_are_named(tmp_path):
    findings = lint_text(tmp_path, "# Consent\n\n::: {.content-visible when-profile=\"de\"}\n"
                         "Hallo.\n:::\n")
    assert [(f.rule, f.severity, f.message) for f in findings if "profile" in f.message] == [
        ("generator-syntax", WARNING, "a block for the Quarto profile 'de' is read with every "
         "other profile's: give the handout's language ('lang: de') to keep only the blocks "
         "of the profile named for it")]


def test_a_link_whose_words_wrap_onto_its_address_s_line_is_no_bare_address(tmp_path):
    """A park user guide's forty links written over two lines were each "bare"."""
    findings = lint_text(tmp_path, FRONT + "See [Escape: The Safer Parks\n"
                         "guidance](https://example.org/g.pdf#page=28), or https://e.org.\n")
    assert [(f.rule, f.message.split("'")[1]) for f in findings if f.rule == "bare-url"] == [
        ("bare-url", "https://e.org.")]


def test_a_links_address_wrapped_onto_the_next_line_is_no_bare_address(tmp_path):
    """A page saved by html2text wraps a link's address at 78 columns ("Allowance
    ](https://…/carers/half-" then "rate-carers-allowance/)"): its first part was called a
    bare address, to be written as a link, which it was."""
    findings = lint_text(tmp_path, FRONT + "You may get [ half-rate Carer's\nAllowance ]("
                         "https://example.org/carers/half-\nrate-allowance/) . See https://e.org\n")
    assert [f.message.split("'")[1] for f in findings if f.rule == "bare-url"] == [
        "https://e.org"]


def test_an_address_in_a_pictures_attributes_is_no_bare_address(tmp_path):
    """A walking diary's WordPress picture (sweep CJ) lists its sizes in `srcset`: each
    address after the first was called bare, though none is printed or said."""
    findings = lint_text(tmp_path, FRONT + "<img src=\"stile.jpg\" alt=\"A stile\" srcset=\""
                         "https://e.org/s-300.webp 300w, https://e.org/s.webp 2000w\" /> See "
                         "<https://e.org/walks> and <a href=\"https://e.org\">"
                         "https://e.org/a</a>.\n")
    assert [f.message.split("'")[1] for f in findings if f.rule == "bare-url"] == [
        "https://e.org/walks", "https://e.org/a"]


def test_a_bare_address_ends_before_chinese_japanese_or_korean_words(tmp_path):
    """A Korean immigration office's guide in Chinese (sweep BT), "或通过（www.hikorea.go.kr）
    在线申请。", was reported as "bare address 'www.hikorea.go.kr）在线申请。'", the
    sentence's rest taken for the address: it ends where the voice's does, at a full-width
    mark or a wide letter, and may follow one with no space."""
    findings = lint_text(tmp_path, "---\ntitle: T\nlang: zh-CN\n---\n\n或通过（www.hikorea."
                         "go.kr）在线申请。见https://x.org/a在线，或www.y.org。\n")
    assert [f.message.split("'")[1] for f in findings if f.rule == "bare-url"] == [
        "www.hikorea.go.kr", "https://x.org/a", "www.y.org"]


def test_a_picture_described_only_by_words_guess_has_no_alt_text(tmp_path):
    """A leaflet pasted from Word into Markdown keeps Word's guess as the picture's
    description, "Diagram Description automatically generated": no one checked it."""
    findings = lint_text(tmp_path, FRONT + "![Diagram Description automatically generated]"
                         "(map.png)\n\n![The way in, by the car park](door.png)\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("image-alt", "6", ERROR)]
    assert "Word's guess" in findings[0].message


def test_a_linked_picture_is_no_bare_address(tmp_path):
    """free-programming-books' Chinese guide (tests/corpus) links two graphs to the page
    that draws them, `[![… Graph](https://…)](https://www.apiseven.com/…)`, as READMEs
    link their badges: the link's address, printed after its picture's
    description, was called a bare address. An address in the text still is one."""
    real = PROJECT / "tests" / "corpus" / "github" / "fpb-HOWTO.zh.md"
    assert [f for f in lint_source(real) if f.rule == "bare-url"] == []
    findings = lint_text(tmp_path, FRONT + "[![Weekly doses](doses.png)](https://example.org/"
                         "chart?week=1) or see https://example.org/guide for more.\n")
    assert [f.message for f in findings if f.rule == "bare-url"] == [
        "bare address 'https://example.org/guide': write it as [words that say what it is]"
        "(address)"]


def test_a_links_words_that_are_an_address_are_named_so(tmp_path):
    """A borough's voting news (sweep BN, lbrut-voting lines 23-35) links
    `[www.richmond.gov.uk/myrichmond](http://…)`: told it had a "bare address", which it has
    not; its link's words are the address, which is read out as one."""
    findings = lint_text(tmp_path, FRONT + "Register at [www.richmond.gov.uk/myrichmond]"
                         "(http://www.richmond.gov.uk/myrichmond) today.\n")
    assert [f.message for f in findings if f.rule == "bare-url"] == [
        "a link's words are its address 'www.richmond.gov.uk/myrichmond': write it as [words "
        "that say what it is](address)"]


def test_code_is_not_linted(tmp_path):
    text = FRONT + "Type `*args* and https://x.org`.\n\n```\nSTOP NOW *really* https://x.org\n```\n"
    assert lint_text(tmp_path, text) == []


def test_a_table_typed_in_a_code_block_is_warned_of_at_its_fence(tmp_path):
    """A walking group's guide to avoiding falls (falls-walk-safe's README, sweep AL) typed
    its "Quick Reference Table of Common Hazards" in a code block: it printed as wrapped
    lines of typed text and was said as one run, and the check said nothing. A table shown
    as Markdown in a block of Markdown's language, as a guide to writing one shows it, is
    meant as written."""
    table = ("| Hazard | Risk | Response |\n|---|---|---|\n"
             "| Wet / icy surface | Slip / loss of balance | Walk slowly, use grip shoes |\n")
    text = (FRONT + "## Hazards\n\n```\n" + table + "```\n\n```markdown\n" + table
            + "```\n\n```python\nprint('|---|')\n```\n")
    findings = [f for f in lint_text(tmp_path, text) if f.rule == "code-table"]
    assert [(f.where, f.severity) for f in findings] == [
        (f"{tmp_path / 'handout.md'}:8", WARNING)]
    assert "take away its fence" in findings[0].message


def test_a_warning_fails_only_with_strict(tmp_path):
    (finding,) = lint_text(tmp_path, FRONT + "Take it *every* day.\n")
    assert not finding.fails(strict=False) and finding.fails(strict=True)
    assert str(finding).endswith("(warning)")


def test_sentences_are_counted_where_the_narration_ends_them_in_any_script(tmp_path):
    """Two Hindi sentences of 14 words, each ended by a danda, and two Arabic ones of 15: no
    sentence of 28 or 30 words (the lint knew only a full stop before a capital, and counted
    a Hindi word as several, cut at its vowel signs)."""
    for lang, sentence, stop in (
            ("hi", "हर सुबह खाने के बाद पानी के साथ एक गोली लें और आराम करें।", "।"),
            ("ar", "خذ قرصا واحدا كل صباح بعد الأكل مع كوب كبير من الماء ثم استرح قليلا.", ".")):
        text = f"---\ntitle: T\nlang: {lang}\n---\n\n{sentence} {sentence}\n"
        assert [f.rule for f in lint_text(tmp_path, text)] == [], lang
        joined = text.replace(f"{stop} ", " ", 1)
        assert [f.message for f in lint_text(tmp_path, joined)] == [
            f"a sentence of {2 * len(sentence.split())} words: sentences of 25 words or "
            "fewer are easier to follow"], lang


def test_the_sample_handout_has_only_information():
    findings = lint_source(PROJECT / "source" / "clonazepam.md")
    assert findings, "the sample has sentences over 25 words"
    assert {f.rule for f in findings} == {"long-sentence"}
    assert not any(f.fails(strict=True) for f in findings)


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "print").glob("*.md")),
                         ids=lambda p: p.stem)
def test_print_fixtures_lint_clean(fixture):
    assert [str(f) for f in lint_source(fixture) if f.fails(strict=True)] == []


def test_no_language_asks_for_the_handouts_own_not_for_english(tmp_path):
    """A Portuguese README with no language got two pieces of advice from `invoke check`:
    the lint's "add 'lang: en'" and the build's "reads as Portuguese ... add 'lang: pt'"."""
    findings = [f for f in lint_text(tmp_path, "# Leia\n\nPalavras.\n") if f.rule == "language"]
    assert [(f.severity, f.message) for f in findings] == [
        (WARNING, "no language, so it is read as English: give the handout's language in the "
                  "front matter as a BCP 47 tag ('lang: en', 'lang: fr', 'lang: pt-BR'), so "
                  "readers and voices pronounce it right")]


def test_a_language_from_the_file_name_is_named_not_asked_for(tmp_path):
    findings = [f for f in lint_text(tmp_path, "# Sprachstil\n\nWörter.\n", "stil.de.md")
                if f.rule == "language"]
    assert [(f.severity, f.message) for f in findings] == [
        (INFO, "the language, 'de', is taken from the file name: if that is wrong, give "
               "'lang' in the front matter")]


def test_a_language_from_a_sites_folder_names_the_folder(tmp_path):
    """GC Forms' French terms of use, `content/fr/sla.md`: "taken from the file name", in
    which its author would find nothing to change."""
    folder = tmp_path / "content" / "fr"
    findings = [f for f in lint_text(folder, "# Conditions\n\nLe service est offert.\n",
                                     "sla.md") if f.rule == "language"]
    assert [(f.severity, f.message) for f in findings] == [
        (INFO, "the language, 'fr', is taken from the folder 'content/fr': if that is wrong, "
               "give 'lang' in the front matter")]


def test_a_projects_lang_is_not_asked_for_again(tmp_path):
    write_handouts(tmp_path, {"horaires.md": "# Horaires\n\nOuvert.\n"})
    assert [f for f in lint_source(tmp_path / "horaires.md", project_lang="fr")
            if f.rule == "language"] == []


def test_a_handout_that_cannot_be_read_is_named_once_and_the_others_are_checked(tmp_path):
    """`invoke check` on a folder with one mistyped date named the date twice, once from
    the lint and once from reading, and checked none of the other handouts' outputs."""
    from handout.check.project import check_project
    from handout.config import Settings

    write_handouts(tmp_path / "source", {
        "dates.md": "---\ntitle: Dates\ndate: 2026-02-30\nlang: en\n---\n\nClosed on Monday.\n",
        "hours.md": "---\ntitle: Hours\nlang: en\n---\n\nOpen from nine until five.\n"})
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    findings = [str(f) for f in check_project(settings) if f.severity != INFO]
    assert findings == [
        f"{tmp_path / 'source' / 'dates.md'}:3: source: 'date' must be a date like "
        "2023-12-29, not '2026-02-30'",
        f"{tmp_path / 'build' / 'hours'}: built: not built yet: run 'invoke build'"]


def test_a_chatbots_words_to_the_author_are_warned_of(tmp_path):
    """A leaflet drafted with a chatbot is pasted with its words to the one who asked, "Sure!
    Here's a patient-friendly leaflet on asthma:" over it and "Would you like me to make a
    version in Spanish?" under it, which the PDF would print and the voice read to patients.
    Each is a warning at its line; an opening for the readers is not."""
    chatty = tmp_path / "asthma.md"
    chatty.write_text("---\ntitle: Asthma\nlang: en\n---\n\n"
                      "Sure! Here's a patient-friendly leaflet on asthma that you can print:\n\n"
                      "## Your inhalers\n\nHere is what to do:\n\n- Take your preventer.\n\n"
                      "Would you like me to make a version in Spanish?\n", encoding="utf-8")
    plain = tmp_path / "surgery.md"
    plain.write_text("---\ntitle: Your operation\nlang: en\n---\n\n"
                     "Here is what you need to know about your operation:\n\n"
                     "- Do not eat after midnight.\n\nWould you like to know more? Call us.\n",
                     encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.severity, f.message)
             for f in lint_source(chatty) if f.rule == "chatbot-words"]
    assert [(line, severity) for line, severity, _ in found] == [("6", WARNING), ("14", WARNING)]
    assert found[0][2].startswith("'Sure! Here's a patient-friendly leaflet on asthma that")
    assert "delete it" in found[1][2] and "'Would you like me to make a version" in found[1][2]
    assert not [f for f in lint_source(plain) if f.rule == "chatbot-words"]
    spanish = tmp_path / "asma.md"
    spanish.write_text("---\ntitle: El asma\nlang: es\n---\n\n¡Claro! Aquí tienes un folleto "
                       "sobre el asma:\n\n## Inhaladores\n\nÚselos cada día.\n\n"
                       "¿Quieres que lo traduzca al inglés?\n", encoding="utf-8")
    assert [f.where.rsplit(":", 1)[1] for f in lint_source(spanish)
            if f.rule == "chatbot-words"] == ["6", "12"]


def test_a_chatbots_offers_at_the_end_are_warned_of_each(tmp_path):
    """A note on Linux's commands, copied from ChatGPT, ended with its offer run on under a
    list's last item, "- `rm`, `cp`, `mv`" over "Let me know if you want this turned into
    a downloadable .md file or pushed to a GitHub repo for you!": no warning, though "Would
    you like me to make a version in Spanish?" had one. Each offer at the end is warned of,
    at its line; a handout's own last words to its readers are not."""
    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: Notes\nlang: en\n---\n\n## Commands\n\n"
                     "- `pwd`, `ls`\n- `rm`, `cp`, `mv`\nLet me know if you want this turned "
                     "into a downloadable .md file or pushed to a GitHub repo for you!\n\n"
                     "I can also format it as a printable cheat sheet.\n\n"
                     "If you want, I can add a section on permissions.\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message) for f in lint_source(notes)
             if f.rule == "chatbot-words"]
    assert [line for line, _ in found] == ["10", "12", "14"]
    assert found[0][1].startswith("'Let me know if you want this turned into a downloadable")
    plain = tmp_path / "club.md"
    plain.write_text("---\ntitle: Club\nlang: en\n---\n\nWe meet on Fridays.\n\n"
                     "Let me know if you want to join: call Ann, who will\n"
                     "want me to ring you back.\n", encoding="utf-8")
    assert not [f for f in lint_source(plain) if f.rule == "chatbot-words"]


def test_a_placeholder_left_unfilled_is_warned_of(tmp_path):
    """A template, or a chatbot's draft, leaves places to fill: "Call us on [Insert phone
    number]", "[Clinic Name]", "[your GP's name]", which the PDF printed and the voice read
    out as written, and an ethics form's "Approval Number [Insert]" (sweep CK). Each is a
    warning at its line; a link's words (`[Contact Details]` over
    its address), a ticked box, a note's number and "[citation needed]" are not."""
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text(
        "---\ntitle: Flu jab\nlang: en\n---\n\n"
        "Call us on [Insert phone number] or visit [Clinic Name]. Approval Number [Insert]."
        "\n\n"
        "Ask [your GP's name] about it on [Date].\n\n"
        "See [the website](https://example.org), [Phone Number][1] and [Contact Details].\n\n"
        "- [x] Booked\n\nIt works.[1] It is safe.[citation needed]\n\n"
        "[1]: https://example.org/phone\n[contact details]: https://example.org/contact\n",
        encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message.split(" is a placeholder")[0])
             for f in lint_source(leaflet) if f.rule == "placeholder"]
    assert found == [("6", "'[Insert phone number]'"), ("6", "'[Clinic Name]'"),
                     ("6", "'[Insert]'"), ("8", '"[your GP\'s name]"'), ("8", "'[Date]'")]
    assert all(f.severity == WARNING for f in lint_source(leaflet) if f.rule == "placeholder")
    others = tmp_path / "others.md"
    others.write_text("---\ntitle: T\nlang: de\n---\n\nRufen Sie [Telefonnummer einfügen] an. "
                      "Llame al [Insertar número de teléfono]. Appelez le [Insérer le numéro].\n",
                      encoding="utf-8")
    assert len([f for f in lint_source(others) if f.rule == "placeholder"]) == 3
    # the Contributor Covenant's "[INSERT CONTACT METHOD]", translated (sweep CH)
    covenants = tmp_path / "covenants.md"
    covenants.write_text("---\ntitle: T\nlang: ms\n---\n\nLapor di [MASUKKAN KAEDAH "
                         "PERHUBUNGAN]. Lapor di [MASUKKAN METODE KONTAK]. Ripoti kwa [WEKA "
                         "NJIA YA MAWASILIANO]. ሪፖርት በ[የእውቂያ ዘዴን አስገባ]።\n", encoding="utf-8")
    assert len([f for f in lint_source(covenants) if f.rule == "placeholder"]) == 4


def test_a_templates_instruction_in_a_comment_is_a_placeholder(tmp_path):
    """An accessibility statement (sweep CF) was "created by <!-- insert site creator here
    -->.", and its "please contact us:" stood over "<!-- Insert feedback contact details
    here -->" alone: the build leaves comments out, which printed "created by ." and gave
    no contact at all, and the check said nothing. Each instruction is a warning at its
    line; a developer's note and a comment in code are not."""
    statement = tmp_path / "statement.md"
    statement.write_text(
        "---\ntitle: Accessibility\nlang: en\n---\n\n"
        "This website was created by <!-- insert site creator here -->. We want it used.\n\n"
        "Please contact us:\n\n<!--\n\nInsert feedback contact details here\n\n-->\n\n"
        "- One\n<!-- Add more items here -->\n\n```html\n<!-- enter your name here -->\n```\n",
        encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message.split(" is a template")[0], f.severity)
             for f in lint_source(statement) if f.rule == "placeholder"]
    assert found == [("6", "'insert site creator here'", WARNING),
                     ("12", "'Insert feedback contact details here'", WARNING)]


def test_a_templates_fields_in_title_case_are_placeholders(tmp_path):
    """A template for a meeting's minutes lists "1. [Agenda Item]" twice and "2. [Agenda
    Item]" under its discussion points, and "[Action Item]": printed and read out, unwarned,
    where "[Clinic Name]" was warned of. Words in Title Case ending in what a field holds
    (Item, Title, Number…) are placeholders; a sentence's words in brackets, a link's and a
    reference to a link defined below are not."""
    minutes = tmp_path / "minutes.md"
    minutes.write_text(
        "---\ntitle: Minutes\nlang: en\n---\n\n## Agenda\n\n1. [Agenda Item]\n\n"
        "1. [Action Item]\n\nSign as [Job Title]; see [the next item], [Agenda item], "
        "[Next Item](#next), [Last Item][1] and [Main Topic].[^1]\n\n"
        "[1]: https://example.org/last\n[main topic]: https://example.org/main\n\n"
        "[^1]: A note.\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message.split(" is a placeholder")[0])
             for f in lint_source(minutes) if f.rule == "placeholder"]
    assert found == [("8", "'[Agenda Item]'"), ("10", "'[Action Item]'"),
                     ("12", "'[Job Title]'")]


def test_a_links_words_parted_from_its_address_are_told_to_join_it(tmp_path):
    """A charity accounts guide's "[list of registered auditors in Scotland]
    (http://icas.org.uk/)" (sweep CQ, D15), a space between the link's words and its
    address, was called a placeholder to fill in: the fix is to take the space out."""
    guide = tmp_path / "guide.md"
    guide.write_text("---\ntitle: Guide\nlang: en\n---\n\nSee the [list of registered "
                     "auditors in Scotland] (http://icas.org.uk/) or [name of examiner].\n\n"
                     "[Please see this NHS page on keeping warm.]](http://www.nhs.uk/warm)\n",
                     encoding="utf-8")
    assert [f.message for f in lint_source(guide) if f.rule == "placeholder"] == [
        "'[list of registered auditors in Scotland]' is a link's words, parted from its address "
        "by a space: take the space out, '](', to make it a link",
        "'[name of examiner]' is a placeholder left unfilled: write what it stands for",
        # a "]" too many (sweep CX, 11-keep-warm), which was called a placeholder too
        "'[Please see this NHS page on keeping warm.]' is a link's words closed twice, ']](': "
        "take one ']' out to make it a link"]


def test_a_key_a_template_value_shows_is_used(tmp_path):
    """A mosque's page of prayer times keeps its six times in its front matter and shows
    them with `{{page.fajr}}`…: the check named "fajr, dhuhr, asr, magrib, isha, jumuah" as
    keys for other tools, not used here. A key no value shows still is one."""
    page = tmp_path / "prayer-times.md"
    page.write_text("---\ntitle: Prayer times\nlang: en\nlayout: page\nfajr: '5:30'\n"
                    "isha: '20:15'\n---\n\nFajr: {{page.fajr}}\n\nIsha: {{ page.isha }}\n",
                    encoding="utf-8")
    assert [f.message for f in lint_source(page) if f.rule == "front-matter-key"] == [
        "keys for other tools, not used here: layout"]


def test_a_templates_instructions_in_lower_case_are_placeholders(tmp_path):
    """GOV.UK's model accessibility statement, as the Department for Education publishes it,
    says "This website is run by [name of organisation]", "get back to you in [number] days",
    "[scope of statement, e.g. website or domain…]", "[provide both details of how to
    report…]" and "[Name of organisation] is committed": printed and said ("run by name of
    organisation"), unwarned, where "[phone number]" was warned of. A sentence's words in
    brackets, a link's, a note's number and a tick box are not placeholders."""
    statement = tmp_path / "statement.md"
    statement.write_text(
        "---\ntitle: Accessibility statement\nlang: en-GB\n---\n\n"
        "This website is run by [name of organisation].\n\n"
        "We will get back to you in [number] days.\n\n"
        "This statement applies to [scope of statement, e.g. website or domain to which the "
        "statement applies].\n\n"
        "Contact: [provide both details of how to report these issues].\n\n"
        "[Name of organisation] is committed to making its website accessible. We do not "
        "plan to fix [example of non-essential document].\n\n"
        "- [ ] Done\n- [x] Checked\n\nIt works.[1] He said [sic] it was one of them; see "
        "[the next item] and [name of the form](https://example.org).\n\n"
        "[1]: https://example.org\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message.split(" is a placeholder")[0])
             for f in lint_source(statement) if f.rule == "placeholder"]
    assert found == [("6", "'[name of organisation]'"), ("8", "'[number]'"),
                     ("10", "'[scope of statement, e.g. website or domain to which the "
                            "statement applies]'"),
                     ("12", "'[provide both details of how to report these issues]'"),
                     ("14", "'[Name of organisation]'"),
                     ("14", "'[example of non-essential document]'")]


def test_figures_to_fill_and_merge_fields_are_placeholders_too(tmp_path):
    """A template's "0XXX XXX XXXX", "XX/XX/XXXX" and "£XXX", "TBC", a long instruction in
    brackets and a mail merge's fields ("«FirstName»", GOV.UK Notify's "((name))") were
    printed and read out as written, unwarned; a year, a size ("XXL"), a web address,
    French and Russian quotation marks, thirty in Roman numerals ("XXX Niedziela
    zwykła") and a class of codes ("10.xx pentru personal", a Romanian hospital's budget
    chapters, which was warned of) are not placeholders. A letter template's "After [X]
    years" (sweep CQ, D13) is one, where a form's ticked box, "[X] I agree", is not."""
    leaflet = tmp_path / "letter.md"
    leaflet.write_text(
        "---\ntitle: Your visit\nlang: en\n---\n\n"
        "Dear «FirstName», your visit on XX/XX/XXXX costs £XXX. Call 0XXX XXX XXXX.\n\n"
        "Room: TBC. Hello ((name)).\n\n"
        "[add the name of your local council or health board here, and its address]\n\n"
        "In 2023, sizes up to XXL; see www.example.org and « bonjour ». XXX Niedziela "
        "zwykła; «Мир».\n\n"
        "To <<claimant_name>>, ref ${ref}. [NHS Logo] [Referring Doctor's Name] [If known, "
        "insert the date]. Insert your translated content here.\n\n"
        "Codes 10.xx pentru personal, 20.xx pentru bunuri; fee £10.XX.\n\n"
        "After [X] years at £5, we raise it. [X] I agree; Yes [X] No [ ].\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], re.match(r"""(['"])(.*?)\1 """, f.message).group(2))
             for f in lint_source(leaflet) if f.rule == "placeholder"]
    assert found == [("6", "«FirstName»"), ("6", "XX/XX/XXXX"), ("6", "XXX"),
                     ("6", "0XXX XXX XXXX"), ("8", "TBC"), ("8", "((name))"),
                     ("10", "[add the name of your local council or health board here, and "
                            "its address]"),
                     ("14", "<<claimant_name>>"), ("14", "${ref}"), ("14", "[NHS Logo]"),
                     ("14", "[Referring Doctor's Name]"), ("14", "[If known, insert the date]"),
                     ("14", "Insert your translated content here"), ("16", "10.XX"),
                     ("18", "[X]")]
    assert "mail-merge field" in next(f.message for f in lint_source(leaflet)
                                      if "«FirstName»" in f.message)


def test_xxx_as_a_labels_whole_value_or_a_cells_is_a_placeholder(tmp_path):
    """An evacuation order's contacts (sweep BB, evacuation-order line 35), "- Emergency
    Services: XXX", were only given a note that the voice might say 'XXX' wrongly, where
    "1800 XXX XXX" was warned of: "XXX" alone after a label or in a cell is a placeholder,
    and the speech check notes it no more. Thirty in Roman numerals before words stays."""
    from handout.check.speech import check_speech
    from handout.config import Settings
    from handout.read.document import load_documents

    write_handouts(tmp_path / "source", {"a.md": (
        "---\ntitle: Contacts\nlang: en\n---\n\n## Contacts\n\n"
        "- Emergency Services: XXX\n- **Police:** XXX\n\n| Who | Number |\n|---|---|\n"
        "| Warden | XXX |\n\n## Readings\n\nPsalm XXX is read, and the NHS called.\n")})
    found = [(f.where.rsplit(":", 1)[1], f.message.split("'")[1])
             for f in lint_source(tmp_path / "source" / "a.md") if f.rule == "placeholder"]
    assert found == [("8", "XXX"), ("9", "XXX"), ("13", "XXX")]
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build", engine="fake")
    assert [f.message.split("'")[1] for f in check_speech(load_documents(settings), settings)
            if f.rule == "pronunciation"] == ["XXX", "NHS"]


def test_a_templates_dummy_latin_is_a_placeholder(tmp_path):
    """A page builder's "Lorem ipsum dolor sit amet" in a part left unwritten was printed and
    read out word by word, unwarned."""
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text("---\ntitle: Your visit\nlang: en\n---\n\nCome at 9 am.\n\n"
                       "## Parking\n\nLorem ipsum dolor sit amet, consectetur adipiscing "
                       "elit.\nSed do eiusmod tempor.\n\n## Food\n\nlorem ipsum.\n",
                       encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message) for f in lint_source(leaflet)
             if f.rule == "placeholder"]
    assert found == [("10", "'Lorem ipsum dolor sit amet' is a template's dummy text, printed "
                            "and read out: write the handout's own words in its place"),
                     ("15", "'lorem ipsum' is a template's dummy text, printed and read out: "
                            "write the handout's own words in its place")]
    assert all(f.severity == WARNING for f in lint_source(leaflet) if f.rule == "placeholder")


def test_a_to_do_note_in_bold_is_an_unfinished_text_not_a_heading(tmp_path):
    """Canada's digital playbook leaves "**\\[TODO: Ajouter / réviser le texte
    d'introduction\\]**" over its parts: it was advised to be made a heading, "## \\[TODO:
    …\\]", backslashes and all, and never named as the unfinished text it is. A bold line
    posing as a heading is named as printed."""
    page = tmp_path / "playbook.md"
    page.write_text("---\ntitle: Accessibilité\nlang: fr\n---\n\nIntro.\n\n"
                    "**\\[TODO: Ajouter / réviser le texte d'introduction\\]**\n\n"
                    "Le gouvernement offre des services.\n\n**Contacts \\& aide**\n\nÉcrivez.\n",
                    encoding="utf-8")
    found = [(f.rule, f.message) for f in lint_source(page)
             if f.rule in ("placeholder", "fake-heading")]
    assert found == [
        ("placeholder", "\"[TODO: Ajouter / réviser le texte d'introduction]\" is a note that "
                        "the text is not finished, printed and read out: finish it and take "
                        "the note out"),
        ("fake-heading", "'Contacts & aide' looks like a heading but is bold text: write it as "
                         "a heading ('## Contacts & aide'), so that it starts a section and "
                         "readers can find it")]


def test_a_name_quoted_in_guillemets_in_persian_is_no_merge_field(tmp_path):
    """Persian quotes with guillemets: opensource.guide's page on the law quotes «GitHub»
    thirteen times, and each was "a mail-merge field". In a letter of Latin letters a name
    run together in guillemets is one; one with a digit or an underscore is one anywhere."""
    persian = tmp_path / "legal.md"
    persian.write_text("---\ntitle: مجوز\nlang: fa\n---\n\n"
                       "بله، پروژه‌های عمومی «GitHub» را همه می‌بینند؛ «Address_1».\n",
                       encoding="utf-8")
    found = [f.message.split("'")[1] for f in lint_source(persian) if f.rule == "placeholder"]
    assert found == ["«Address_1»"]


def test_a_speakers_label_as_a_heading_is_advised_in_bold(tmp_path):
    """An interview's turns headed "### Nick Aspinwall:" under its title (sweep CW, D2)
    made a section each, 79 MP3s and four pages of contents; "use ##", the only advice,
    made the same. A label heading more than one turn is advised in bold; a heading that
    skips a level once, colon or not, is advised its level, and the bold labels are quiet."""
    interview = tmp_path / "interview.md"
    interview.write_text(
        "---\ntitle: Interview\nlang: en\n---\n\n### Interviewer:\nWhen did you start?\n\n"
        "### Volunteer:\nIn 2015.\n\n### Interviewer:\nWhy?\n\n# Notes\n\n### Method:\n"
        "\nBy phone.\n", encoding="utf-8")
    assert [(f.where.rsplit(":", 1)[1], f.message) for f in lint_source(interview)
            if f.rule == "heading-skip"] == [
        ("6", "heading level 3 follows level 1, and 'Interviewer:' heads 2 turns: each "
              "heading starts a section, with its own audio file; write a speaker's label in "
              "bold, **Interviewer:**, not as a heading"),
        ("17", "heading level 3 follows level 1: use ## so the outline has no gap")]
    interview.write_text("---\ntitle: Interview\nlang: en\n---\n\n**Interviewer:**\nWhen?\n"
                         "\n**Volunteer:**\nIn 2015.\n\n**Interviewer:**\nWhy?\n",
                         encoding="utf-8")
    assert lint_source(interview) == []


def test_a_line_of_bold_posing_as_a_heading_is_warned_of(tmp_path):
    """A chatbot marks each part of its answer with a line of bold, `**What is asthma**`,
    as many authors do: it starts no section, has no bookmark and is no heading to a screen
    reader. A warning, as for Word's bold paragraphs; not a bold label ending in a colon,
    a sentence in bold, bold among words, or the first line, which may be the title. The
    heading advised is one level below the heading over it: a note to accounts' "**Cost**"
    under "### 2024" (sweep CQ, D14) was advised "## Cost", which would cut the note in two."""
    leaflet = tmp_path / "asthma.md"
    leaflet.write_text(
        "---\ntitle: Asthma\nlang: en\n---\n\n**Riverside Clinic**\n\nIntro.\n\n"
        "**What is asthma**\n\nA condition.\n\n**Symptoms:**\n\n- Cough\n\n"
        "**Do not stop your inhaler.**\n\nText **bold** here.\n\n## Costs\n\n### 2024\n\n"
        "**Cost**\n\nFigures.\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.severity, f.message)
             for f in lint_source(leaflet) if f.rule == "fake-heading"]
    assert found == [("10", WARNING, "'What is asthma' looks like a heading but is bold text: "
                      "write it as a heading ('## What is asthma'), so that it starts a "
                      "section and readers can find it"),
                     ("26", WARNING, "'Cost' looks like a heading but is bold text: write it "
                      "as a heading ('#### Cost'), so that it starts a section and readers "
                      "can find it")]


def test_a_name_in_bold_that_ends_the_sentence_over_it_is_no_heading(tmp_path):
    """A charity's constitution (sweep CF) names itself in bold between the words of one
    sentence, "The association's name is:" over "**Open Source Geospatial Foundation, UK
    Chapter (OSGeo:UK)**" over "(and in this document it is called the charity)": it was
    told to make the name a heading, a section of the audio in the middle of clause 2. A
    bold line under a colon, with no words going on under it, is still warned of."""
    rules = tmp_path / "constitution.md"
    rules.write_text(
        "---\ntitle: Constitution\nlang: en\n---\n\n## 2. Name\n\n"
        "The association's name is:\n\n**Open Source Geospatial Foundation, UK Chapter "
        "(OSGeo:UK)**\n\n(and in this document it is called the charity).\n\n"
        "Our aims are:\n\n**Mapping for all**\n\nWe teach mapping.\n", encoding="utf-8")
    found = [(f.where.rsplit(":", 1)[1], f.message.split("'")[1])
             for f in lint_source(rules) if f.rule == "fake-heading"]
    assert found == [("16", "Mapping for all")]


def test_a_bilingual_readmes_links_in_bold_and_file_names_are_no_findings(tmp_path):
    """A Welsh app's README, in Welsh and English, was told to make its navigation lines
    headings, "**[English version below](#english) | [Fersiwn Saesneg isod](#english)**"
    (`fake-heading`), and to write "[LICENSE](LICENSE)" and "[DISTRIBUTION.md](…)" in
    ordinary case (`capitals`): a bold line of links only is no heading, nor a file's name
    shouting. A bold line of words and a link's words in capitals stay findings."""
    findings = lint_text(tmp_path, FRONT + "Intro.\n\n**[English version below](#english) | "
                         "[Fersiwn Saesneg isod](#english)**\n\nGweler [LICENSE](LICENSE) a "
                         "[DISTRIBUTION.md](docs/DISTRIBUTION.md) neu [DARLLENWCH](x.md).\n\n"
                         "**[Back to Welsh / Yn ôl i'r Gymraeg](#-cymraeg)**\n\n"
                         "**Part two**\n\nText.\n")
    assert [(f.rule, f.message.split("'")[1]) for f in findings
            if f.rule in ("fake-heading", "capitals")] == [
        ("capitals", "DARLLENWCH"), ("fake-heading", "Part two")]


def test_a_line_of_bold_ending_in_a_no_break_space_is_a_fake_heading(tmp_path):
    """A plain English tip sheet pasted from Google Docs ends each of its numbered tips in
    bold with a no-break space and a space, "**3. Use active verbs most of the time**\u00a0 ":
    none was warned of, where the same lines without them were, and its ten tips were one
    section of 3.3 minutes."""
    sheet = tmp_path / "tips.md"
    sheet.write_text("---\ntitle: Tips\nlang: en\n---\n\nIntro.\n\n"
                     "**3. Use active verbs most of the time**\u00a0 \n\nText.\n\n"
                     "**5. Use lists**\u00a0\n\nText.\n", encoding="utf-8")
    assert [f.message.split("'")[1] for f in lint_source(sheet)
            if f.rule == "fake-heading"] == ["3. Use active verbs most of the time",
                                             "5. Use lists"]


def test_a_clauses_number_and_name_in_two_runs_of_bold_is_a_fake_heading(tmp_path):
    """A student tenancy agreement of 38 pages heads its clauses with their number and name
    in bold apart, `**3** **Grant of Lease**`, `**1.** **Definitions**`: none was warned of
    (where `**Rent**` was), and it was one section of 31 minutes. Two bold words that are not
    a number and a name are no such line."""
    agreement = tmp_path / "tenancy.md"
    agreement.write_text("---\ntitle: Tenancy\nlang: en-GB\n---\n\nIntro.\n\n"
                         "**1.** **Definitions**\n\n1.1 Deposit.\n\n"
                         "**3** **Grant of Lease**\n\n3.1 The Landlord agrees.\n\n"
                         "**Rent** **Weekly**\n\nText.\n", encoding="utf-8")
    assert [(f.where.rsplit(":", 1)[1], f.message.split("'")[1])
            for f in lint_source(agreement) if f.rule == "fake-heading"] == [
        ("8", "1. Definitions"), ("12", "3 Grant of Lease")]


def test_a_chinese_sentence_or_label_or_a_label_and_value_in_bold_is_no_heading(tmp_path):
    """A Chinese tender document (docx2python's LibreOffice conversion) had 120 findings
    calling its bold sentences and labels headings: their stops are "。" and "：", which
    the rule did not know; an evacuation plan's bold "Dial: 999" was told to be a heading.
    The Markdown lint and Word's read a line alike."""
    from tests.test_word import paragraph, write_docx

    leaflet = tmp_path / "zh.md"
    leaflet.write_text("---\ntitle: 须知\nlang: zh\n---\n\n说明。\n\n**请携带您的医保卡和身份证。**\n\n"
                       "**注意事项：**\n\n**Dial: 999**\n\n**服药须知**\n\n正文。\n",
                       encoding="utf-8")
    word = write_docx(tmp_path / "zh.docx", "".join([
        paragraph("须知", "Title"), paragraph("说明。"),
        paragraph("请携带您的医保卡和身份证。", bold=True), paragraph("注意事项：", bold=True),
        paragraph("Dial: 999", bold=True), paragraph("服药须知", bold=True),
        paragraph("正文。")]), lang="zh-CN")
    for path in (leaflet, word):
        assert [f.message.split("'")[1] for f in lint_source(path)
                if f.rule == "fake-heading"] == ["服药须知"]


def test_a_contacts_line_in_bold_is_no_heading(tmp_path):
    """A study's information sheet (Word) prints its researchers' names and e-mail addresses
    in bold under "please contact:": "Dr Ann Example (ann@example.ac.uk)" was told to be a
    heading. So is a web address in bold; a short bold line beside them still is one."""
    from tests.test_word import paragraph, write_docx

    sheet = tmp_path / "sheet.md"
    sheet.write_text("---\ntitle: Sheet\nlang: en\n---\n\nPlease contact:\n\n"
                     "**Dr Ann Example (ann@example.ac.uk)**\n\n**www.example.ac.uk/study**\n\n"
                     "**Your rights**\n\nText.\n", encoding="utf-8")
    word = write_docx(tmp_path / "sheet.docx", "".join([
        paragraph("Sheet", "Title"), paragraph("Please contact:"),
        paragraph("Dr Ann Example (ann@example.ac.uk)", bold=True),
        paragraph("www.example.ac.uk/study", bold=True), paragraph("Your rights", bold=True),
        paragraph("Text.")]))
    for path in (sheet, word):
        assert [f.message.split("'")[1] for f in lint_source(path)
                if f.rule == "fake-heading"] == ["Your rights"]


def test_a_motions_result_in_bold_is_no_heading(tmp_path):
    """Minutes set a motion's result, or its proposer and seconder, on a bold line of its
    own (sweep CV): a users' group's "PASSED" and "PASSED with one abstention", and a parish
    council's "Proposed by Cllr Hand, seconded by Cllr Hull and carried unanimously", were
    each told to be a heading, advice that would have cut the minutes into sections named
    "PASSED". A short bold line beside them still is one, in Markdown and in Word."""
    from tests.test_word import paragraph, write_docx

    results = ["PASSED", "PASSED with one abstention", "Carried unanimously",
               "Proposed by Cllr Hand, seconded by Cllr Hull and carried unanimously"]
    minutes = tmp_path / "minutes.md"
    minutes.write_text("---\ntitle: Minutes\nlang: en-GB\n---\n\nMotion: that Rule 11 goes.\n\n"
                       + "".join(f"**{result}**\n\nText.\n\n" for result in results)
                       + "**Any other business**\n\nText.\n", encoding="utf-8")
    word = write_docx(tmp_path / "minutes.docx", "".join([
        paragraph("Minutes", "Title"), paragraph("Motion: that Rule 11 goes."),
        *(paragraph(result, bold=True) + paragraph("Text.") for result in results),
        paragraph("Any other business", bold=True), paragraph("Text.")]))
    for path in (minutes, word):
        assert [f.message.split("'")[1] for f in lint_source(path)
                if f.rule == "fake-heading"] == ["Any other business"]


def test_a_clause_s_heading_in_bold_is_a_fake_heading(tmp_path):
    """A club's bylaws set their clauses' headings in bold, "**Section 1: Duties of
    officers**", "**Part A: President**": taken for a label and its value ("Dial: 999"),
    they were no finding. A part of a rule book, its number or letter, a colon and a short
    title is a heading; such a line ending a sentence, and a label, are not."""
    from tests.test_word import paragraph, write_docx

    bylaws = tmp_path / "bylaws.md"
    bylaws.write_text("---\ntitle: Club bylaws\nlang: en\n---\n\nOur rules.\n\n"
                      "**Section 1: Duties of officers**\n\n**Part A: President**\n\n"
                      "Duties of the President.\n\n**Part B: see the annex.**\n\n"
                      "**Dial: 999**\n\nText.\n", encoding="utf-8")
    word = write_docx(tmp_path / "bylaws.docx", "".join([
        paragraph("Club bylaws", "Title"), paragraph("Our rules."),
        paragraph("Section 1: Duties of officers", bold=True),
        paragraph("Part A: President", bold=True), paragraph("Duties of the President."),
        paragraph("Part B: see the annex.", bold=True), paragraph("Dial: 999", bold=True),
        paragraph("Text.")]))
    for path in (bylaws, word):
        assert [f.message.split("'")[1] for f in lint_source(path)
                if f.rule == "fake-heading"] == ["Section 1: Duties of officers",
                                                 "Part A: President"]


def test_a_name_in_bold_over_its_address_is_no_heading(tmp_path):
    """Munich's accessibility statement names the office to write to in bold, its address
    on the lines broken under it (`**Landesamt für Digitalisierung, …**  ` over
    "Alexandrastraße 4"): it was told to be a heading. A bold line alone still is one."""
    statement = tmp_path / "statement.md"
    statement.write_text("---\ntitle: Erklärung\nlang: de\n---\n\nBitte schreiben Sie an:\n\n"
                         "**Landesamt für Digitalisierung**  \nAlexandrastraße 4  \n"
                         "80538 München\n\n**Stadt Köln**\\\nTeam Web\n\n**Ihre Rechte**\n\n"
                         "Text.\n", encoding="utf-8")
    assert [f.message.split("'")[1] for f in lint_source(statement)
            if f.rule == "fake-heading"] == ["Ihre Rechte"]


def test_a_word_paragraph_in_large_type_is_a_fake_heading(tmp_path):
    """A forest school's safeguarding policy typed "Managing Risks Posed by Other Children"
    at 16.5 points over 11-point text, as its headings are, but with no Heading style or
    outline level: it printed and played inside the section before, and the check said
    nothing. A paragraph given an outline level is a heading already, and a dated line in
    large type is none."""
    from tests.test_word import paragraph, write_docx

    def large(text: str, outline: bool = False) -> str:
        level = '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>' if outline else ""
        return (f'<w:p>{level}<w:r><w:rPr><w:sz w:val="33"/></w:rPr>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')

    body = "Some ordinary sentence of body text that explains the part above in a few words."
    policy = write_docx(tmp_path / "policy.docx", "".join([
        paragraph("Safeguarding", "Title"), large("Disclosure", outline=True), paragraph(body),
        large("Managing Risks Posed by Other Children"), paragraph(body), paragraph(body),
        large("Created on 01/01/25 by the lead")]))
    assert [f.message for f in lint_source(policy) if f.rule == "fake-heading"] == [
        "'Managing Risks Posed by Other Children' looks like a heading but is large text: give "
        "it a Heading style in Word, so that it starts a section and readers can find it"]


def test_a_picture_described_by_a_placeholder_has_no_alt_text(tmp_path):
    """A modding guide kept GitHub's example description, `![alt text](…)`, for 35 pictures,
    said "Picture not available: alt text", and the check passed them."""
    findings = lint_text(tmp_path, FRONT + "# Setup\n\n![alt text](steam.png)\n\n"
                         "![The Steam library window](library.png)\n")
    assert [(f.rule, f.severity, f.message) for f in findings if f.rule == "image-alt"] == [
        ("image-alt", ERROR, "image 'steam.png' is described only by the placeholder 'alt "
         "text': describe what it shows between the brackets")]


def test_a_comment_never_closed_is_warned_of_where_the_build_warns(tmp_path):
    """`<!-- TODO: check these with reception`, with no `-->`: the build hides the words to
    the end of its paragraph and warns, but the lint said nothing. It warns at the same line,
    in the same words; not of a comment closed, nor of one in code."""
    findings = lint_text(tmp_path, FRONT + "# Opening hours\n\n<!-- checked -->\n\n"
                         "<!-- TODO: check these with reception\nWe are open 9 to 5.\n\n"
                         "Type `<!--` to start a comment.\n\n```html\n<!-- code\n```\n")
    assert [(f.where, f.severity, f.message) for f in findings
            if f.rule == "unclosed-comment"] == [
        (f"{tmp_path / 'handout.md'}:10", WARNING, "the HTML comment opened on line 10 is never "
         "closed: it is left out up to the end of its paragraph (line 11), and what follows is "
         "printed and said; write '-->' where it should end")]


def test_words_in_a_closed_comment_are_not_linted_as_prose(tmp_path):
    """A residents' association's minutes, saved from Word as a web page, keep Word's styles
    in a conditional comment ("<!--[if gte mso 9]><xml> <w:LatentStyles …"), which the build
    leaves out: the lint called its attributes "a sentence of 1396 words". A sentence after
    it is still linted, at its own line."""
    styles = "\n".join(f' <w:LsdException Locked="false" Priority="{n}"\n  Name="heading {n}"/>'
                       for n in range(20))
    long = "This sentence " + "goes on and on " * 8 + "until it ends."
    findings = lint_text(tmp_path, FRONT + "# Minutes\n\n<!--\\\\[if gte mso 9]><xml>\n"
                         f"{styles}\n\n</xml><!\\\\[endif]-->\n\nA short one.\n\n{long}\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings
            if f.rule == "long-sentence"] == [("long-sentence", "54")]


def test_an_html_tables_rows_are_no_sentence(tmp_path):
    """A Czech clinic's price list (sweep CG, cs-cenik), an HTML `<table>` with a row a
    line, was "a sentence of 132 words", its rows run together, where the same rows as a
    pipe table were none. A sentence after the table is still linted, at its own line."""
    rows = "\n".join(f"<tr><td>Vyšetření pro řidičský průkaz, číslo {n}</td><td>650 Kč</td>"
                     "</tr>" for n in range(8))
    long = "This sentence " + "goes on and on " * 8 + "until it ends."
    findings = lint_text(tmp_path, FRONT + "# Prices\n\n<table>\n<tr><th>Výkon</th>"
                         f"<th>Cena</th></tr>\n{rows}\n</table>\n\n{long}\n")
    assert [(f.rule, f.where.rsplit(":", 1)[1]) for f in findings
            if f.rule == "long-sentence"] == [("long-sentence", "20")]


def test_a_vietnamese_sentence_is_counted_in_syllables(tmp_path):
    """Obsidian's help on sales tax, in Vietnamese (sweep W), writes a space between
    syllables, not words: its ordinary sentences of some twenty words, as this one of 37
    syllables, were "a sentence of 37 words", long. Counted in syllables now, 50 allowed."""
    ordinary = ("Để xác định thuế áp dụng cho giao dịch mua của bạn, chúng tôi sử dụng quốc gia "
                "và mã bưu chính mà bạn cung cấp khi thanh toán hoặc trong phần Thanh toán của "
                "tài khoản.")
    long = "Bạn có thể " + "gửi mã số thuế và giấy chứng nhận miễn thuế, " * 5 + "nếu cần."
    front = "---\ntitle: Thuế bán hàng\nlang: vi\n---\n\n"
    findings = lint_text(tmp_path, front + f"{ordinary}\n\n{long}\n")
    assert [(f.where.rsplit(":", 1)[1], f.message) for f in findings
            if f.rule == "long-sentence"] == [
        ("8", "a sentence of 55 syllables: sentences of 50 syllables or fewer are easier to "
         "follow")]


def test_a_div_never_closed_is_warned_of_where_the_build_warns(tmp_path):
    """A `<div>` never closed: the build closes it before the next heading and warns, but
    the lint said nothing. It warns at the same line, in the same words; not of a `<div>`
    closed, nor of one in code, a block or a span (Docsy's "over a `<div>` element")."""
    findings = lint_text(tmp_path, FRONT + "# Opening hours\n\n<div>Closed.</div> A `<div>`.\n\n"
                         "<div class=\"note\">\n\nWe are open 9 to 5.\n\n```html\n<div>\n"
                         "```\n\n## Parking\n\nParking is free.\n\n<div>\n\nLast words.\n")
    assert [(f.where, f.severity, f.message) for f in findings
            if f.rule == "unclosed-div"] == [
        (f"{tmp_path / 'handout.md'}:{line}", WARNING, "this <div> is never closed: it is "
         f"closed {where}, so what follows is read; write </div> where it ends")
        for line, where in ((10, "before the heading on line 18"),
                            (22, "at the end of the handout"))]


def test_meaning_given_by_how_text_looks_is_a_warning(tmp_path):
    """A membership form's "Die fett markierten Felder sind obligatorisch" (the fields in
    bold are required) left a listener unable to tell which fields those were."""
    page = tmp_path / "antrag.md"
    page.write_text("---\ntitle: Antrag\nlang: de\n---\n\n**Name:** ______\n\n"
                    "Die fett markierten Felder sind obligatorisch.\n\n"
                    "Questions shown in red are required. Bold type is easy to read.\n",
                    encoding="utf-8")
    found = [f for f in lint_source(page) if f.rule == "looks"]
    assert [(f.where.rsplit(":", 1)[1], f.message.split(" gives")[0]) for f in found] == [
        ("8", "'fett markierten'"), ("10", "'shown in red'")]
    assert all(f.severity == WARNING for f in found)


def test_a_place_or_a_uniform_s_colour_is_no_meaning_given_by_looks(tmp_path):
    """"is in Redhill", "staff are in yellow jackets", "write in bold capitals" say nothing
    by how text looks; "the fields in bold are required" does."""
    page = tmp_path / "office.md"
    page.write_text("---\ntitle: Office\n---\n\nThe office is in Redhill. Staff are in yellow "
                    "jackets. Write in bold capitals.\n\nThe fields in bold are required.\n",
                    encoding="utf-8")
    assert [f.where.rsplit(":", 1)[1] for f in lint_source(page) if f.rule == "looks"] == ["7"]


def test_a_status_badge_the_build_leaves_out_needs_no_alt_text(tmp_path):
    """Immich's README: a Discord badge with its `alt` misspelt failed the check ("image has
    no alt text"), for a picture the build leaves out of every edition. A picture that is
    no badge still needs its words."""
    findings = lint_text(tmp_path, FRONT + '<p align="center">\n  <a href="https://discord.gg/x">'
                         '<img src="https://img.shields.io/discord/9791.svg?label=Discord" '
                         'atl="Discord"/></a>\n</p>\n\n![](https://img.shields.io/badge/a-b-green)'
                         '\n\nJoin us. <img src="map.png">\n')
    assert [(f.where.rsplit(":", 1)[1], f.rule) for f in findings if f.rule == "image-alt"] \
        == [("12", "image-alt")]


def test_vague_link_words_are_found_in_other_languages_too(tmp_path):
    """Spanish, French, Italian and Portuguese public pages link "haga clic aquí", "cliquez
    ici", "clicca qui", "clique aqui": the rule knew only English, and passed them."""
    findings = lint_text(tmp_path, "---\ntitle: Citas\nlang: es\n---\n\nPara pedir cita, "
                         "[haga clic aquí](https://example.org/cita). [Cliquez ici]"
                         "(https://example.org/rdv). Vea [el calendario de vacunas]"
                         "(https://example.org/calendario).\n")
    assert [f.message.split("'")[1] for f in findings if f.rule == "link-text"] == [
        "haga clic aquí", "Cliquez ici"]
