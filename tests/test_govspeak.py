"""GOV.UK's Govspeak (alphagov/govspeak), which councils, NHS bodies and charities copy from
GOV.UK: its callouts, boxes, steps and buttons print and speak as GOV.UK shows them, never as
their marks.

The Govspeak quoted here is GDS's own guide to it, alphagov/govspeak-preview
`app/assets/markdown/guide.md` at commit d157b08b00bf7e6fe4a6c5d2af2018dd92940183 (MIT,
Copyright (c) 2018 Government Digital Service), copied byte for byte; the whole guide is in
tests/corpus/govuk/."""

from __future__ import annotations

from handout.check.lint import lint_source
from handout.findings import INFO, WARNING
from handout.read.document import load_documents, parse_html
from handout.read.generators import convert_syntax
from handout.read.script import text_of
from tests.conftest import write_handouts
from tests.test_generators import said_and_printed


def boxes_of(settings, markdown: str) -> list[tuple[str, str]]:
    """(label, words) of every callout box in a one-file handout `markdown`, outermost
    first; the label is "" for a box without one."""
    write_handouts(settings.source, {"page.md": markdown})
    [document] = load_documents(settings)
    found = []
    for section in document.sections:
        for box in parse_html(section.html).iter("div"):
            if "admonition" in (box.get("class") or "").split():
                title = box.find("p[@class='admonition-title']")
                found.append((text_of(title).strip() if title is not None else "",
                              " ".join(text_of(box).split())))
    return found


def test_an_information_callout_is_a_box_labelled_information(settings):
    """`^...^` printed its carets and was said with them."""
    page = ("### Information callouts\n\n"
            "This looks like:\n\n"
            "^This is useful information that's worth knowing.^\n")
    said, printed = said_and_printed(settings, page)
    assert "^" not in printed
    assert boxes_of(settings, page) == [
        ("Information", "Information This is useful information that's worth knowing.")]
    start = said.index("Information")
    assert said[start:start + 3] == ["Information",
                                     "This is useful information that's worth knowing.",
                                     "End of information."]


def test_carets_and_percent_signs_in_ordinary_markdown_are_left_alone(settings):
    """A page without Govspeak's marks is not read as Govspeak."""
    said, printed = said_and_printed(settings, (
        "# Doses\n\n"
        "About 50% of people take 2^3 tablets, or x^2^.\n\n"
        "% of people\n"))
    assert "About 50% of people take 2^3 tablets, or x2." in printed
    assert "% of people" in printed
    assert "Information" not in said and "Warning" not in said


def test_a_warning_callout_is_a_box_labelled_warning(settings):
    """`%...%` printed its percent signs and was said with them."""
    page = ("### Warning callouts\n\n"
            "This looks like:\n\n"
            "%You will be fined or put in prison if you don't do this thing.%\n")
    said, printed = said_and_printed(settings, page)
    assert "%" not in printed
    assert boxes_of(settings, page) == [
        ("Warning", "Warning You will be fined or put in prison if you don't do this thing.")]
    start = said.index("Warning")
    assert said[start:start + 3] == [
        "Warning", "You will be fined or put in prison if you don't do this thing.",
        "End of warning."]


def test_a_call_to_action_is_a_box_without_its_marks(settings):
    """`$CTA` ... `$CTA` printed its marks and was said "dollar C T A" (Govspeak's README and
    tests: a call-to-action box, on lines of its own or on one line)."""
    page = ("Some text\n\n"
            "$CTA\n"
            "Click here to start the tool\n"
            "$CTA\n\n"
            "$CTA Click here to start the program $CTA\n\n"
            "Here is some text\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed and "CTA" not in printed
    assert boxes_of(settings, page) == [("", "Click here to start the tool"),
                                        ("", "Click here to start the program")]
    assert said == ["Page", "Some text", "Click here to start the tool", "End of box.",
                    "Click here to start the program", "End of box.", "Here is some text"]


CONTACT = """\
$C
Financial Conduct Authority  
<consumer.queries@fca.org.uk>  
Telephone: 0800 111 6768  
Monday to Friday, 8am to 6pm  
Saturday, 9am to 1pm  
[Find out about call charges](/call-charges)  
$C
"""


def test_a_contact_is_a_box_labelled_contact_with_its_lines(settings):
    """`$C` ... `$C` printed its marks and was said "dollar C"."""
    page = "This creates a contact box, which looks like this:\n\n" + CONTACT
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed
    [(label, words)] = boxes_of(settings, page)
    assert label == "Contact"
    assert words.startswith("Contact Financial Conduct Authority consumer.queries@fca.org.uk "
                            "Telephone: 0800 111 6768 Monday to Friday, 8am to 6pm")
    start = said.index("Contact")
    assert said[start + 1] == "Financial Conduct Authority, consumer.queries at fca.org.uk"
    assert said[start + 2].startswith("Telephone: 0800 111 6768, Monday to")
    assert said[-1] == "End of contact."
    assert not any("$" in line or "dollar" in line for line in said)


def test_an_address_is_a_box_labelled_address_a_line_each(settings):
    """`$A` ... `$A` printed its marks, said "dollar A", and ran its lines into one."""
    page = ("This creates an address box, which looks like this:\n\n"
            "$A\n"
            "HM Revenue and Customs\n"
            "Bradford\n"
            "BD98 1YY\n"
            "$A\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed
    assert boxes_of(settings, page) == [
        ("Address", "Address HM Revenue and Customs Bradford BD98 1YY")]
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    [box] = [d for d in parse_html(document.sections[0].html).iter("div")
             if "address" in (d.get("class") or "").split()]
    assert len(list(box.iter("br"))) == 2  # three lines
    start = said.index("Address")
    assert said[start:start + 3] == ["Address", "HM Revenue and Customs, Bradford, BD98 1YY",
                                     "End of address."]


def test_an_example_is_a_box_labelled_example_once(settings):
    """`$E` ... `$E` printed its marks and was said "dollar E". The guide's example has no
    label of its own; the README's says "**Example**:" itself, and is not labelled twice."""
    page = ("This looks like:\n\n"
            "$E\n"
            "Open the pod bay doors.\n"
            "$E\n\n"
            "creates an example box\n\n"
            "$E\n"
            "**Example**: Open the pod bay doors\n"
            "$E\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed
    assert boxes_of(settings, page) == [("Example", "Example Open the pod bay doors."),
                                        ("", "Example: Open the pod bay doors")]
    start = said.index("Example")
    assert said[start:start + 3] == ["Example", "Open the pod bay doors.", "End of example."]
    assert "Example: Open the pod bay doors" in said


def test_an_examples_own_bold_label_on_its_line_is_its_label(settings):
    """Pension Wise's tax page opens its examples with "**Example**" on a line of its own:
    the word ran into the first sentence, "Example Your pot is £60,000", and the box
    ended "End of box.", never announced (sweep H)."""
    page = ("You can take 25% tax free.\n\n$E\n**Example**\nYour pot is £60,000.\n"
            "You buy an annuity.\n$E\n")
    said, printed = said_and_printed(settings, page)
    assert said[-4:] == ["Example", "Your pot is £60,000.", "You buy an annuity.",
                         "End of example."]
    assert boxes_of(settings, page) == [("Example", "Example Your pot is £60,000. You buy an "
                                                    "annuity.")]


def test_an_example_opened_by_its_own_bold_label_ends_as_an_example(settings):
    """Pension Wise's page on benefits opens an example with its label in bold before its
    words, "$E" over "**Example** You're 67 and applying for Housing Benefit.": the box,
    not labelled twice, ended "End of box.", where the same box with its label on a line
    of its own, or none, ends "End of example." (sweep AL). So does the README's
    "**Example**: Open the pod bay doors"."""
    page = ("Intro.\n\n$E\n**Example** You're 67 and applying for Housing Benefit.\n$E\n\n"
            "After.\n\n$E\n**Example**: Open the pod bay doors\n$E\n")
    said, _ = said_and_printed(settings, page)
    assert said[1:] == ["Intro.", "Example. You're 67 and applying for Housing Benefit.",
                        "End of example.", "After.", "Example: Open the pod bay doors",
                        "End of example."]
    assert boxes_of(settings, page) == [
        ("", "Example You're 67 and applying for Housing Benefit."),
        ("", "Example: Open the pod bay doors")]


def test_steps_are_a_numbered_list(settings):
    """`s1.` ... printed "s1." and ran the steps into one paragraph, said as one sentence."""
    page = ("This example follows the [style guide](https://www.gov.uk/guidance/style-guide/"
            "a-to-z-of-gov-uk-style#steps) and looks like:\n\n"
            "s1. Add numbers.\n"
            "s2. Check numbers.\n"
            "s3. Love numbers.\n\n\n"
            "Steps need an extra line break after the final step.\n")
    said, printed = said_and_printed(settings, page)
    assert "s1." not in printed and "s2." not in printed
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    [steps] = parse_html(document.sections[0].html).iter("ol")
    assert [" ".join(text_of(item).split()) for item in steps] == [
        "Add numbers.", "Check numbers.", "Love numbers."]
    start = said.index("1. Add numbers.")
    assert said[start:start + 4] == ["1. Add numbers.", "2. Check numbers.", "3. Love numbers.",
                                     "Steps need an extra line break after the final step."]


def test_a_button_is_its_link(settings):
    """`{button}` printed "{button}" and was said "button"; GOV.UK draws the link as a
    button. The guide's start button, on one line and over three."""
    page = ("which looks like this:\n\n"
            "{button start}[Start now](https://gov.uk/random){/button}\n\n"
            "which looks like this:\n\n"
            "{button start cross-domain-tracking:UA-XXXXXX-Y}\n"
            "  [Start now](https://example.com/external-service/start-now)\n"
            "{/button}\n")
    said, printed = said_and_printed(settings, page)
    assert "{" not in printed and "button" not in printed
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    links = [(text_of(a), a.get("href"))
             for a in parse_html(document.sections[0].html).iter("a")]
    assert links == [("Start now", "https://gov.uk/random"),
                     ("Start now", "https://example.com/external-service/start-now")]
    assert said[1:] == ["which looks like this:", "Start now", "which looks like this:",
                        "Start now"]
    converted, _ = convert_syntax(page)
    assert converted.count("\n") == page.count("\n")  # headings keep the author's lines


def test_a_contact_or_link_gov_uk_fills_in_goes_with_a_warning(settings, tmp_path):
    """`[Contact:<id>]` and `[embed:link:<id>]` (Govspeak's tests) printed and were said as
    their ids; only GOV.UK's publisher can fill them in."""
    page = ("For help:\n\n"
            "[Contact:4f3383e4-48a2-4461-a41d-f85ea8b89ba0]\n\n"
            "Read [embed:link:5572fee5-f38f-4641-8ffa-64fed9230ad4] first.\n")
    said, printed = said_and_printed(settings, page)
    assert "Contact:" not in printed and "embed" not in printed and "4f3383e4" not in printed
    assert said[1:] == ["For help:", "Read first."]
    source = write_handouts(tmp_path / "lint", {"page.md": page}) / "page.md"
    findings = [f for f in lint_source(source) if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("3", WARNING), ("5", WARNING)]
    assert "a contact's details that GOV.UK fills in" in findings[0].message
    assert "a link that GOV.UK fills in" in findings[1].message


def test_a_legislative_list_keeps_its_numbers_and_levels(settings):
    """`$LegislativeList` (Govspeak's README) printed its marks; its items lost their levels
    and "1." became a list inside the item, its number said by nobody."""
    page = ("The list:\n\n"
            "$LegislativeList\n"
            "* 1. Item 1\n"
            "* 2. Item 2\n"
            "  * a) Item 2a\n"
            "  * b) Item 2b\n"
            "    * i. Item 2 b i\n"
            "    * ii. Item 2 b ii\n"
            "* 3. Item 3\n"
            "$EndLegislativeList\n\n"
            "After.\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed and "LegislativeList" not in printed
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    [outer] = [e for e in parse_html(document.sections[0].html) if e.tag == "ul"]
    def words(items):
        return [" ".join(text_of(item).split()) for item in items]
    assert words(outer) == ["1. Item 1",
                            "2. Item 2 a) Item 2a b) Item 2b i. Item 2 b i ii. Item 2 b ii",
                            "3. Item 3"]
    [second] = outer[1].findall("ul")
    assert words(second) == ["a) Item 2a", "b) Item 2b i. Item 2 b i ii. Item 2 b ii"]
    assert words(second[1].find("ul")) == ["i. Item 2 b i", "ii. Item 2 b ii"]
    assert " ".join(said[2:-1]) == ("1. Item 1 2. Item 2 a) Item 2a b) Item 2b "
                                    "i. Item 2 b i ii. Item 2 b ii 3. Item 3")


def test_a_legislative_list_prints_no_bullets_and_says_each_item_whole(settings):
    """GOV.UK shows a legislative list with the author's numbers and no bullets: print put a
    bullet before each number ("• 1. Item 1"), and the voice said "1." alone, then "Item 1",
    the number's full stop taken for a sentence's end."""
    import pdfplumber

    from handout.build import build

    page = ("---\ntitle: Rights\n---\n\n$LegislativeList\n* 1. Item 1\n* 2. Item 2\n"
            "  * a) Item 2a\n  * b) Item 2b\n* 3. Item 3\n$EndLegislativeList\n")
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "1. Item 1", "2. Item 2", "a) Item 2a", "b) Item 2b", "3. Item 3"]
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "page" / "page.pdf") as pdf:
        lines = [" ".join(line.split()) for line in pdf.pages[0].extract_text().split("\n")]
    assert [line for line in lines if "Item" in line] == [
        "1. Item 1", "2. Item 2", "a) Item 2a", "b) Item 2b", "3. Item 3"]


def test_a_download_box_is_a_box_without_its_marks(settings):
    """The guide's `$D` download box printed "$D Download ... $D", said "dollar D"."""
    page = ("This is what download links look like:\n\n"
            "$D\n"
            "[Download 'Jobcentre Plus form for employment' (PDF, 43KB)]()\n"
            "$D\n\n"
            "When linking to PDFs, don't put the trailing slash '/' at the end.\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed
    assert boxes_of(settings, page) == [
        ("", "Download 'Jobcentre Plus form for employment' (PDF, 43KB)")]
    assert said[2:4] == ["Download 'Jobcentre Plus form for employment' (PDF, 43 kilobytes)",
                         "End of box."]


def test_a_table_with_a_short_rule_and_row_headers_is_a_table(settings):
    """The guide's table printed as a paragraph of pipes, its rule `-|-` shorter than its
    header; each `# Theory test` row was a heading of the handout, a part of its own. (The
    callout makes the page Govspeak: `#` before a row is not Markdown's.)"""
    page = ("^This is useful information that's worth knowing.^\n\n"
            "This is what that table looks like on GOV.UK:\n\n"
            "Test type | Weekday | Evening, weekend and bank holiday\n"
            "-|-\n"
            "# Theory test | 31 | 31\n"
            "# Abridged theory | 24 | 24\n"
            "# Practical test | 62 | 75\n\n"
            "Tables with 2 columns do not usually need headings in the first column.\n")
    said, printed = said_and_printed(settings, page)
    assert "|" not in printed and "#" not in printed and "-|-" not in printed
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    assert len(document.sections) == 1
    [table] = parse_html(document.sections[0].html).iter("table")
    rows = [[" ".join(text_of(cell).split()) for cell in row] for row in table.iter("tr")]
    assert rows == [["Test type", "Weekday", "Evening, weekend and bank holiday"],
                    ["Theory test", "31", "31"], ["Abridged theory", "24", "24"],
                    ["Practical test", "62", "75"]]
    assert [cell.find("strong") is not None for cell in table.iter("td")][::3] == [True] * 3
    assert any("Theory test" in line and "31" in line for line in said)


def test_devolved_content_is_a_box_saying_where_it_applies(settings):
    """Govspeak's test `:scotland: I am very devolved\\n and very scottish \\n:scotland:`
    printed the marks (or a flag's name, read as an emoji shortcode)."""
    page = ("^This is useful information that's worth knowing.^\n\n"
            ":scotland: I am very devolved\n and very scottish \n:scotland:\n")
    said, printed = said_and_printed(settings, page)
    assert ":scotland:" not in printed and "flag" not in printed.lower()
    assert boxes_of(settings, page)[1] == (
        "This section applies to Scotland",
        "This section applies to Scotland I am very devolved and very scottish")
    start = said.index("This section applies to Scotland")
    assert said[start + 1] == "I am very devolved and very scottish"


def test_a_legislative_list_before_an_example_leaves_the_example_its_box(settings):
    """`$EndLegislativeList` starts with `$E`, the example box's mark: read as one, it
    opened a box that ran to the example's first `$E`, and the example lost its box."""
    page = ("$LegislativeList\n"
            "* 1. Item 1\n"
            "$EndLegislativeList\n\n"
            "$E\n"
            "Open the pod bay doors.\n"
            "$E\n")
    said, printed = said_and_printed(settings, page)
    assert "$" not in printed and "ndLegislativeList" not in printed
    assert boxes_of(settings, page) == [("Example", "Example Open the pod bay doors.")]


def test_an_external_link_mark_is_the_link(settings):
    """Govspeak's tests: `x[a link](http://rubyforge.org)x` printed "x" around the link."""
    page = "x[a link](http://rubyforge.org)x\n\nx[an xx link](http://x.com)x\n"
    said, printed = said_and_printed(settings, page)
    write_handouts(settings.source, {"page.md": page})
    [document] = load_documents(settings)
    links = [(text_of(a), a.get("href"))
             for a in parse_html(document.sections[0].html).iter("a")]
    assert links == [("a link", "http://rubyforge.org"), ("an xx link", "http://x.com")]
    assert "xa link" not in printed and ")x" not in printed
    assert said[1:] == ["a link", "an xx link"]


def test_a_callout_or_box_written_with_spaces_inside_its_marks_is_govspeak(settings):
    """Govspeak's own tests write `% I am very helpful %` and `$C help, send cake $C`: the
    page was not taken for Govspeak (a closing mark after a space, a box on one line), and
    printed its marks."""
    said, printed = said_and_printed(settings, "The following is very helpful\n"
                                               "% I am very helpful %\n")
    assert "%" not in printed
    assert said[1:] == ["The following is very helpful", "Warning", "I am very helpful",
                        "End of warning."]
    said, printed = said_and_printed(settings, "$C help, send cake $C\n")
    assert "$" not in printed
    assert said[1:] == ["Contact", "help, send cake", "End of contact."]


def test_a_highlighted_answer_and_figure_are_boxes(settings):
    """Govspeak's tests: `{::highlight-answer}` and `{stat-headline}` printed their marks
    and were said "highlight-answer"."""
    said, printed = said_and_printed(settings, (
        "this \n{::highlight-answer}Lead in to *BIG TEXT*\n{:/highlight-answer}\n\n"
        "this \n{stat-headline}*13.8bn* Age of the universe in years{/stat-headline}\n"))
    assert "{" not in printed and "highlight" not in printed and "headline" not in printed
    assert said[1:] == ["this", "Lead in to BIG TEXT", "End of box.", "this",
                        "13.8bn Age of the universe in years", "End of box."]


def test_a_bar_chart_mark_goes_and_its_table_stays(settings, tmp_path):
    """`{barchart}` after a table (Govspeak's README, "Barcharts") asks GOV.UK's JavaScript
    to draw the table as a bar chart: it was read as one more row of the table, or made a
    one-column table a paragraph of pipes, "col --- val". The table prints and is said;
    the mark goes, with a note that the chart is not drawn."""
    page = ("Cases by year:\n\n"
            "|col|\n|---|\n|val|\n{barchart}\n\n"
            "| Year | Cases |\n|------|-------|\n| 2020 | 5 |\n{barchart stacked compact}\n")
    said, printed = said_and_printed(settings, page)
    assert "barchart" not in printed and "|" not in printed
    assert said[1:] == ["Cases by year:", "Table. 1 row.", "col: val.", "Table. 1 row.",
                        "Year: 2020. Cases: 5."]
    source = write_handouts(tmp_path / "lint", {"page.md": page}) / "page.md"
    findings = [f for f in lint_source(source) if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("6", INFO), ("11", INFO)]
    assert "bar chart" in findings[0].message


def test_attached_pictures_by_number_and_by_file_name_go_with_a_warning(settings, tmp_path):
    """Govspeak's `!!1` (the page's first attached picture, `attached-image` in its
    lib/govspeak.rb) and the README's `[Image:filename.png]` and `[Attachment:file.txt]`,
    whose ids are file names, printed and were said as written: GOV.UK fills them in from
    its own records, as it does `[Contact:<id>]`."""
    page = ("Some text\n\n!!1\n\n"
            "[Image:filename.png]\n\n"
            "Read [AttachmentLink:my form.pdf] today.\n")
    said, printed = said_and_printed(settings, page)
    assert "!!" not in printed and "filename" not in printed and "form.pdf" not in printed
    assert said[1:] == ["Some text", "Read today."]
    source = write_handouts(tmp_path / "lint", {"page.md": page}) / "page.md"
    findings = [f for f in lint_source(source) if f.rule == "generator-syntax"]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in findings] == [
        ("3", WARNING), ("5", WARNING), ("7", WARNING)]
    assert "'!!1' is a picture that GOV.UK fills in" in findings[0].message
