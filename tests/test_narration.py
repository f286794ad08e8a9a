"""Narration: the words a listener hears, exactly, for every kind of content."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from handout.read.document import load_documents, parse_html
from handout.config import Settings
from handout.read.words import compile_lexicon, respell, spoken_words
from tests.conftest import FIXTURES, PROJECT, write_handouts


def fixture_document(**changes):
    settings = Settings(source=FIXTURES / "audio", templates=PROJECT / "templates",
                        engine="fake", **changes)
    return load_documents(settings)[0]


def test_one_section_with_everything_reads_as_a_listener_expects():
    section = fixture_document().sections[1]
    said = "Take lor-azzapam exactly as prescribed, for example 2 milligrams at 10:30 PM, " \
           "and keep it below 25 degrees Celsius."
    assert [(u.text, u.pause, u.spoken) for u in section.script] == [
        ("Your dose", 1.0, "Your dose"),
        (said.replace("lor-azzapam", "Lorazepam"), 0.8, said),
        ("1. Swallow the tablet with water.", 0.5, "1. Swallow the tablet with water."),
        ("2. Wait 2 to 4 hours before driving.", 0.5, "2. Wait 2 to 4 hours before driving."),
        ("Keep a diary.", 0.5, "Keep a diary."),
        ("Tell your pharmacist.", 0.5, "Tell your pharmacist."),
        ("Table. 2 rows.", 0.5, "Table. 2 rows."),
        ("Time: Morning. Dose: 2 milligrams.", 0.5, "Time: Morning. Dose: 2 milligrams."),
        ("Time: Night. Dose: 5 millilitres.", 0.8, "Time: Night. Dose: 5 millilitres."),
        ("Image: A white round tablet marked L2.", 0.8,
         "Image: A white round tablet marked L2."),
        ("Read the NHS guidance about 50 percent of doses. (note 1)", 0.8,
         "Read the NHS guidance about 50 percent of doses. (note 1)"),
        ("Note 1: Ask your doctor before you stop.", 0.5,
         "Note 1: Ask your doctor before you stop."),
    ]


def test_every_utterance_points_at_the_element_that_shows_it():
    document = fixture_document()
    section = document.sections[1]
    tree = markdown_tree(section.html + document.notes_html)
    shown = {e.get("id"): e for e in tree.iter() if e.get("id")}
    refs = [u.ref for u in section.script]
    assert len(set(refs)) == len(refs) and all(ref in shown for ref in refs)
    tags = [shown[ref].tag for ref in refs]
    assert tags == ["h2", "span", "span", "span", "span", "span", "table", "tr", "tr", "img",
                    "span", "span"]
    # each sentence's span holds exactly the printed words of what is said
    assert "".join(shown[refs[2]].itertext()) == "Swallow the tablet with water."
    assert shown[refs[-1]].get("class") == "sentence"
    assert "Ask your doctor before you stop." in "".join(shown[refs[-1]].itertext())
    assert shown[refs[-2]].find("sup") is not None  # the footnote reference stays inside


def test_a_paragraph_is_read_sentence_by_sentence(tmp_path):
    write_handouts(tmp_path / "source", {"a.md": """
        # Your tablets

        Take **one tablet** each day. Dr. Patel says so, e.g. with water; then rest.
        Do not drive! Is that clear? Yes.

        - First item. Second sentence of the item.
        """})
    settings = Settings(source=tmp_path / "source", engine="fake", sentence_pause=0.3)
    [document] = load_documents(settings)
    script = document.sections[0].script
    assert [(u.text, u.pause) for u in script[1:]] == [
        ("Take one tablet each day.", 0.3),
        ("Doctor Patel says so, for example with water; then rest.", 0.3),
        ("Do not drive!", 0.3),
        ("Is that clear?", 0.3),
        ("Yes.", 0.8),
        ("First item.", 0.3),
        ("Second sentence of the item.", 0.5),
    ]
    tree = markdown_tree(document.sections[0].html)
    spans = [s for s in tree.iter("span") if s.get("class") == "sentence"]
    assert ["".join(s.itertext()).strip() for s in spans] == [
        "Take one tablet each day.", "Dr. Patel says so, e.g. with water; then rest.",
        "Do not drive!", "Is that clear?", "Yes.", "First item.",
        "Second sentence of the item."]
    assert spans[0].find("strong").text == "one tablet"
    # Sentences of one paragraph are one paragraph of the transcript.
    assert document.sections[0].transcript.split("\n\n")[1].startswith(
        "Take one tablet each day. Doctor Patel says so")


@pytest.mark.parametrize("lang, paragraph, sentences", [
    ("ar", "خذ قرصا كل صباح. إذا نسيت الجرعة، خذها عندما تتذكر؟ لا تأخذ جرعتين.",
     ["خذ قرصا كل صباح.", "إذا نسيت الجرعة، خذها عندما تتذكر؟", "لا تأخذ جرعتين."]),
    ("he", "קח כדור אחד בבוקר. אל תיקח שתי מנות.", ["קח כדור אחד בבוקר.", "אל תיקח שתי מנות."]),
    ("hi", "हर सुबह एक गोली लें। अगर आप खुराक भूल जाएँ, तो याद आते ही ले लें।",
     ["हर सुबह एक गोली लें।", "अगर आप खुराक भूल जाएँ, तो याद आते ही ले लें।"]),
    ("am", "በየቀኑ አንድ ክኒን ይውሰዱ። ከምግብ በኋላ ይውሰዱ።", ["በየቀኑ አንድ ክኒን ይውሰዱ።", "ከምግብ በኋላ ይውሰዱ።"]),
    ("zh", "每天早上服用一片，饭后服用。如果忘记服药，请尽快补服！",
     ["每天早上服用一片，饭后服用。", "如果忘记服药，请尽快补服！"]),
    ("ja", "毎朝一錠飲んでください。「飲み忘れた」ときは、すぐ飲んでください。",
     ["毎朝一錠飲んでください。", "「飲み忘れた」ときは、すぐ飲んでください。"]),
])
def test_sentences_end_where_scripts_without_capitals_end_them(tmp_path, lang, paragraph,
                                                               sentences):
    """A stop followed by a word in a script without capitals ends a sentence, as do the
    danda, Ethiopic's full stop and the Chinese and Japanese stops, which no space follows:
    each sentence is narrated, timed and highlighted on its own, as in English. (A whole
    paragraph was one utterance in Arabic, Hebrew, Hindi, Amharic, Chinese and Japanese.)"""
    write_handouts(tmp_path / "source", {"a.md": f"""
        ---
        title: T
        lang: {lang}
        ---

        {paragraph}
        """})
    settings = Settings(source=tmp_path / "source", engine="fake")
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script[1:]] == sentences
    spans = [s for s in markdown_tree(document.sections[0].html).iter("span")
             if s.get("class") == "sentence"]
    assert ["".join(s.itertext()).strip() for s in spans] == sentences


def test_a_sentence_boundary_inside_bold_text_splits_the_bold(tmp_path):
    write_handouts(tmp_path / "source", {"a.md": """
        # Split

        Please read **all of this. Really all** of it.
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    tree = markdown_tree(document.sections[0].html)
    spans = [s for s in tree.iter("span") if s.get("class") == "sentence"]
    assert [ET.tostring(s, encoding="unicode").split(">", 1)[1] for s in spans] == [
        "Please read <strong>all of this.</strong></span> ",
        "<strong>Really all</strong> of it.</span>"]


def markdown_tree(html: str):
    from handout.read.document import parse_html

    return parse_html(html)


def test_title_section_says_title_author_and_date_first():
    script = fixture_document().sections[0].script
    assert [u.text for u in script] == [
        "Taking Lorazepam Safely", "By Test Clinic", "5 March 2024",
        "This leaflet is for people starting a new medicine."]
    assert script[0].spoken == "Taking lor-azzapam Safely"


def test_pauses_come_from_the_settings():
    section = fixture_document(heading_pause=2.0, paragraph_pause=1.5,
                               item_pause=0.25).sections[1]
    assert [u.pause for u in section.script[:4]] == [2.0, 1.5, 0.25, 0.25]


def test_lexicon_changes_only_the_audio_and_front_matter_wins(tmp_path):
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Dosing
        pronunciations:
          Lorazepam: lor-AZ-front
        ---

        Lorazepam and lorazepam, not Lorazepamine; Lorazepam's effect.
        """})
    settings = Settings(source=tmp_path / "source", engine="fake",
                        pronunciations={"Lorazepam": "from-settings", "Dosing": "doe-sing"})
    document = load_documents(settings)[0]
    last = document.sections[0].script[-1]
    assert last.spoken == ("lor-AZ-front and lor-AZ-front, not Lorazepamine; "
                           "lor-AZ-front's effect.")
    assert last.text == "Lorazepam and lorazepam, not Lorazepamine; Lorazepam's effect."
    assert document.sections[0].script[0].spoken == "doe-sing"
    assert "doe-sing" not in document.sections[0].transcript
    assert "Lorazepam" in document.sections[0].transcript
    assert "Lorazepam and lorazepam" in document.sections[0].html
    assert document.meta.title == "Dosing"


@pytest.mark.parametrize("printed, said", [
    ("Take 2mg twice", "Take 2 milligrams twice"),
    ("1 mg", "1 milligram"),
    ("5 mL", "5 millilitres"),
    ("0.5 mcg", "0.5 micrograms"),
    ("2–4 mg", "2 to 4 milligrams"),
    ("ages 2-4", "ages 2 to 4"),
    ("e.g. water, i.e. not juice, etc.", "for example water, that is not juice, et cetera."),
    ("useful? E.g. a link. I.e. the board.", "useful? For example a link. That is the board."),
    # a theatre company's blog (sweep AQ), "(e.g we had a tour", "i.e the box office",
    # without their last stop, said "e g" and "i e"; "eg" and "ie" with none
    ("(e.g we had a tour), i.e the box office; eg, the bar, ie the stage. E.g this.",
     "(for example we had a tour), that is the box office; for example, the bar, that is the "
     "stage. For example this."),
    ("Visit example.ie, use IE 11 or an x-ie tool; eg. and ie. stay.",
     "Visit example.ie, use IE 11 or an x-ie tool; eg. and ie. stay."),
    # a reading list's pages, chapters and editions: "P P thirty-five dash fifty-eight",
    # "seventy-seven P P", "C H two", "first Ed", "second eden"
    ("Read pp35-58, p15-36 (77 pp) of the p53 paper; Ch 2, ch. 3.",
     "Read pages 35 to 58, pages 15 to 36 (77 pages) of the p53 paper; Chapter 2, chapter 3."),
    ("Jones (1st ed), Smith (2nd ed.), Lee 2nd edn, 120pp.",
     "Jones (1st edition), Smith (2nd edition), Lee 2nd edition, 120 pages."),
    # a price's "pp" is per person after a range with its sign once and spaced after yen
    # (sweep BS, menton-practical line 67, menton-restaurants line 39, japan-budget lines 9,
    # 31, 104): "9 pounds to 34 pounds pages", "~¥28,000 pp" as letters, "(2 ppl)" as written
    ("Dinners run £9–34pp, ~£52–65pp; ~¥28,000 pp (2 ppl), ~¥1,000 pp/day.",
     "Dinners run £9 to £34 per person, about £52 to £65 per person; about ¥28,000 per person "
     "(2 people), about ¥1,000 per person per day."),
    # a sea's temperatures (sweep BS, jersey-practical line 9): "per minute about 9"
    ("Max ~15°C / min ~9°C. Max. 20 °C, min -2°C; 5 min / max 10 min",
     "Maximum about 15 degrees Celsius, minimum about 9 degrees Celsius. Maximum 20 degrees "
     "Celsius, minimum -2 degrees Celsius; 5 minutes, max 10 minutes"),
    # an arrow between names or amounts with more words around them (sweep BS, japan-budget
    # lines 23, 27, 60): "Airport transfer HND, Akasaka", "Fly London, Nice", "5 pounds, 7"
    ("Airport transfer HND → Akasaka (arrival). Fly London → Nice at 09:45. SmartEX "
     "Mishima→Kyoto (reserved). Price £5 → £7 from May. In Settings → You will see it.",
     "Airport transfer HND to Akasaka (arrival). Fly London to Nice at 9:45 AM. SmartEX Mishima "
     "to Kyoto (reserved). Price £5 to £7 from May. In Settings, You will see it."),
    # an arrow between a worked answer's equations (sweep CP, comparing-fractions lines
    # 27-38): "Common denominator = 12 to 2 divided by 3", heard as a range
    ("Common denominator = 12 → side = 3 + 1. So x = 2 → y = 4, and 1 → 2.",
     "Common denominator = 12 gives side = 3 + 1. So x = 2 gives y = 4, and 1 to 2."),
    # an energy guide's arrows (sweep CX, 03-weather-energy-bills): "280 kilowatt hours, 110
    # kilowatt hours", "cloudy days to more lighting", "40 pounds to Accurate within"
    ("Output dropped from 280 kWh → 110 kWh due to cloud cover. Cloudy days → more lighting. "
     "App prediction: £32–£40 → Accurate within 10%.",
     "Output dropped from 280 kilowatt hours to 110 kilowatt hours due to cloud cover. Cloudy "
     "days, more lighting. App prediction: £32 to £40, Accurate within 10 percent."),
    # a chain of arrows, a menu path (sweep CT, windows11-guide lines 151, 168): "Cut to
    # Navigate to destination, Right-click to Paste", "to" and pauses mixed
    ("Right-click file → Cut → Navigate to destination → Paste. Go Settings → System → "
     "Storage. Fly London → Paris.", "Right-click file, Cut, Navigate to destination, Paste. Go "
     "Settings, System, Storage. Fly London to Paris."),
    # a route both ways (sweep BS, menton-practical line 29, japan-budget line 26): "Airport
    # left right arrow Nice left right arrow Menton"; a key pressed keeps its name
    ("Airport ↔ Nice ↔ Menton. Shuzenji Station↔Kikuya. Press ↔ to swap.",
     "Airport and Nice and Menton. Shuzenji Station and Kikuya. Press left right arrow to swap."),
    # a rating's stars (sweep BS, menton-restaurants lines 35, 39, japan-budget line 104),
    # which were taken out as a page's decoration: "4.5 (1,640)", "1 Michelin", "3 hotel"
    ("4.5★ (1,640). 4.6–4.7★. 1★ Michelin, 2★ Michelin. A 3★ hotel, 5☆ from 200 reviews.",
     "4.5 stars (1,640). 4.6 to 4.7 stars. 1 Michelin star, 2 Michelin stars. A 3-star hotel, "
     "5 stars from 200 reviews."),
    # days shortened (sweep BS, menton-restaurants lines 18, 78): "Closed Sunday + Mon",
    # "Sat noon to 2 PM", the short names said "mon" and "sat"
    ("Closed Sun + Mon. Hours: Sat 12:00–14:00.",
     "Closed Sunday and Monday. Hours: Saturday noon to 2 PM."),
    # a chat's export (sweep BS, card-decline line 14): "four eleven zero eight Z"
    ("Created: 2025-12-20T04:11:08Z; at 2025-12-20T16:11+01:00, 2025-12-20T16:11:00.5-05:30.",
     "Created: 20 December 2025, 4:11 AM UTC; at 20 December 2025, 4:11 PM UTC plus 1, 20 "
     "December 2025, 4:11 PM UTC minus 5 hours 30 minutes."),
    # a budget's and guides' shortenings (sweep BS, japan-budget line 9, jersey-practical
    # line 10, menton-practical line 19): "est cost, night", "eleven K N", "avg"
    ("Est. Cost/Night; winds ~11kn, avg ~51-min delay. Est. 1892.",
     "Estimated Cost per Night; winds about 11 knots, average about 51-min delay. Est. 1892."),
    # a reading list's "cf." and "viz.", said "C F" and "viz", where "e.g." was in full
    ("(cf. Smith 2019), viz. three. Cf. the list.",
     "(compare Smith 2019), namely three. Compare the list."),
    ("50%", "50 percent"),
    ("below 25°C", "below 25 degrees Celsius"),
    ("a 90° angle", "a 90 degree angle"),
    ("at 10:30 pm. Then", "at 10:30 PM. Then"),
    ("on 2024-03-05", "on 5 March 2024"),
    ("10 mg/kg a day", "10 milligrams per kilogram a day"),
    ("3x daily", "3 times daily"),
    # a vacancy's title (sweep CU, ipswich-lia): "2 times library and information advisors"
    ("2x library and information advisors, 3 x Support Workers; 2x the dose, 3x more "
     "volunteers, take 2x with meals, 2x weekly visits.",
     "2 library and information advisors, 3 Support Workers; 2 times the dose, 3 times more "
     "volunteers, take 2 times with meals, 2 times weekly visits."),
    ("It speeds up 2x using caches.", "It speeds up 2 times using caches."),
    # digitalgov's guidelines for event presenters: "Keep the file size under 25 MB", "M B"
    ("slides under 25 MB, photos of 10MB, 512 kB; MB ChB, Team GB",
     "slides under 25 megabytes, photos of 10 megabytes, 512 kilobytes; MB ChB, Team GB"),
    # a privacy notice's sources, Vancouver's style: "consent 2:38", "store 1 to 1"
    ("to consent [2:38]. In the store [1:1], not read [3]. See [1]. Press [2].",
     "to consent. In the store, not read. See 1. Press 2."),
    # a source cited after an amount (sweep CX, 08-boiler-tips): "55 pounds 2 annually"
    ("This can save you upto £55 [2] annually, or 10 [3] a month; see [2] here.",
     "This can save you upto £55 annually, or 10 a month; see 2 here."),
    # a hackathon's dates: "January twenty-ninth February ninth"
    ("runs Jan 29th-Feb 9th", "runs January 29th to February 9th"),
    # a forest school's fire policy: "at a forty-five oh angle"
    ("strike at a 45º angle, at 25ºC", "strike at a 45 degree angle, at 25 degrees Celsius"),
    # the A11Y Project's advice on fonts: "twelve dash fourteen P T", "sixteen P X"
    ("at least 12-14pt, 16px on screen", "at least 12 to 14 points, 16 pixels on screen"),
    ("No. 5 and No. I said", "number 5 and No. I said"),
    ("St. John's wort", "Saint John's wort"),
    ("see https://www.nhs.uk/medicines/x/", "see web address nhs.uk"),
    ("email help@clinic.org", "email help at clinic.org"),
    ("salt & pepper", "salt and pepper"),
    ("**bold** and `code` #tag", "bold and code tag"),
    # a year's letter in a citation (sweep CS, wikidata-for-digipres line 86): "2021 grams"
    ("(Wikidata, 2021g; Smith et al., 2019h) and (flour, 2000g)",
     "(Wikidata, 2021g; Smith et al., 2019h) and (flour, 2000 grams)"),
])
def test_words_are_expanded(printed, said):
    assert spoken_words(printed) == said


@pytest.mark.parametrize("printed, said", [
    # Fee schedules and a school calendar (helper h3's tables of numbers)
    ('the City\'s Exhibit "1" attached', 'the City\'s Exhibit "1" attached'),  # not "1 inch"
    ("a 2\" diameter pipe", "a 2 inch diameter pipe"),
    ("$75+ $3 per lot; aged 65+", "$75+ $3 per lot; aged 65 or more"),
    ("**G/L** ends; 5 g/L", "G/L ends; 5 grams per litre"),
    ("$0.20/sq ft, N/C", "$0.20 per square foot, no charge"),
    ("RESOLUTION NO. 259", "RESOLUTION number 259"),
    ("Ordinance 82-2011 and Case No. 54-89; ages 2-4", "Ordinance 82-2011 and Case number "
     "54-89; ages 2 to 4"),
    ("Appeal of Type II, III, IV; Type II, II, or IV; Type II, I think",
     "Appeal of Type 2, 3, 4; Type 2, 2, or 4; Type 2, I think"),
    ("Fee: $25.00*¹, $25.00¹ and Costs²; 10 m²", "Fee: $25.00, $25.00 and Costs; 10 square "
     "metres"),
    ("¹ Basic building permit.", "Note 1: Basic building permit."),
    ("Jr. High", "Junior High"),
    ("Passed (4-1 vote), a 3-2 win", "Passed (4 to 1 vote), a 3 to 2 win"),
])
def test_numbers_in_fee_tables_are_said_as_meant(printed, said):
    assert spoken_words(printed) == said


@pytest.mark.parametrize("printed, said", [
    ("We won 3-1, lost 1-2, drew 2-2 and beat Ashby 4-0.",
     "We won 3 to 1, lost 1 to 2, drew 2 to 2 and beat Ashby 4 to 0."),
    ("Home: Ashby. Score: 3-1. Away: Coalville.", "Home: Ashby. Score: 3 to 1. Away: Coalville."),
    ("FT: Ashby 2-1 Coalville; Arsenal vs. Spurs, 2-0", "FT: Ashby 2 to 1 Coalville; Arsenal "
     "versus Spurs, 2 to 0"),
    # a chess club's match report and a badminton match (sweep CM)
    ("We went 1-0 up. It was 4-1 to us.", "We went 1 to 0 up. It was 4 to 1 to us."),
    ("Games 21-19, 18-21, 21-15.", "Games 21 to 19, 18 to 21, 21 to 15."),
    ("Volleyball: 25-23, 25-21", "Volleyball: 25 to 23, 25 to 21"),
    ("See Tables 3-1, 3-2.", "See Tables 3-1, 3-2."),
    ("The results are in Table 3-1.", "The results are in Table 3-1."),
    ("See Figure 3-1 for the cells.", "See Figure 3-1 for the cells."),
])
def test_a_score_after_a_word_of_results_is_said_with_to(printed, said):
    """A club's results (sweep AD), "We won 3-1, lost 1-2 … beat Ashby 4-0" and a Score
    column's "3-1", said the scores that end below their start "three dash one", where the
    rising "1-2" was "1 to 2": both with "to"; a figure's or a table's number stays. So are
    a score that "up" or "to us" follows and a match's games listed together."""
    assert spoken_words(printed) == said


@pytest.mark.parametrize("lang, printed, said", [
    ("fr", "Score 3-1 pour Lyon. Victoire 2-0 contre Nice. Voir le tableau 3-1.",
     "Score 3 à 1 pour Lyon. Victoire 2 à 0 contre Nice. Voir le tableau 3-1."),
    ("es", "Resultado 3-1. El Betis ganó 2-1.", "Resultado 3 a 1. El Betis ganó 2 a 1."),
    ("it", "La Roma ha vinto 2-1.", "La Roma ha vinto 2 a 1."),
    ("pt", "O Benfica venceu por 3-0.", "O Benfica venceu por 3 a 0."),
    ("de", "Endstand 2-0. Bayern gewann 3-1 gegen Köln. Siehe Seite 3-1.",
     "Endstand 2 zu 0. Bayern gewann 3 zu 1 gegen Köln. Siehe Seite 3-1."),
])
def test_a_score_after_a_word_of_results_is_said_in_its_language(lang, printed, said):
    """A French club's "Score 3-1" was "trois tiret un", a falling pair being no range: after
    a word of results a score takes its language's word, "trois à un", "drei zu eins", as
    English's takes "to"; a page's or a table's number stays."""
    assert spoken_words(printed, lang) == said


@pytest.mark.parametrize("printed, said", [
    ("Monday 2nd Dec - AVFC at home, half past midnight ko.",
     "Monday 2nd December, AVFC at home, half past midnight kick-off."),
    ("EFC away, 1am ko; KO 3pm; k/o 7pm", "EFC away, 1am kick-off; kick-off 3pm; kick-off 7pm"),
    ("a KO in round 3; Ko Samui", "a KO in round 3; Ko Samui"),
])
def test_a_kick_off_beside_its_time_is_said_in_full(printed, said):
    """A football club's viewings of its matches (sweep AD), "half past midnight ko", "1am
    ko", were said "koh": beside a time it is the kick-off; a boxer's KO is not."""
    assert spoken_words(printed) == said


@pytest.mark.parametrize("printed, said", [
    ("Injuries (such as Anterior Cruciate Ligament injuries [ACL]) are common.",
     "Injuries (such as Anterior Cruciate Ligament injuries (ACL)) are common."),
    ("This device measures rotational force [torque].",
     "This device measures rotational force (torque)."),
    ("Your [Clinic Name] here. A fact [citation needed]. See [1]. Tick [ ] here.",
     "Your Clinic Name here. A fact citation needed. See 1. Tick unticked box here."),
    ("See [the business case] for more.", "See the business case for more."),
    # a London Assembly article's (sweep BN, asylum-transport): run on with no pause
    ("Crossed by November 2 [since the start of 2024] – more than last year, or an ESOL "
     "[English for Speakers of Other Languages] class, not an NHS [free for all] one.",
     "Crossed by November 2 (since the start of 2024) – more than last year, or an ESOL "
     "(English for Speakers of Other Languages) class, not an NHS free for all one."),
    # an interview's notes and times (sweep CW): "knows everything laughs and is capable"
    ("[00:12:40] SMITH: Yes. [Laughter] She knew everything [laughs] and [crosstalk] so.",
     "(00:12:40) SMITH: Yes. (Laughter) She knew everything (laughs) and (crosstalk) so."),
])
def test_words_in_square_brackets_after_a_word_are_an_aside(printed, said):
    """A knee study's information sheet glosses its terms in square brackets, "Anterior
    Cruciate Ligament injuries [ACL])", "measures rotational force [torque].": the brackets
    were taken out and the words run on, "injuries ACL )", with no pause; they are said as
    round brackets are. A placeholder, a citation's mark, a number and a box stay, and so
    do words the sentence goes on after, as a link's that W3C's pages print in brackets."""
    assert spoken_words(printed) == said


@pytest.mark.parametrize("written, voiced", [
    ("Copies: $.50, mailing $.39", "Copies: 50 cents, mailing 39 cents"),
    ("Fee: $75+ $3 per lot", "Fee: 75 dollars+ 3 dollars per lot"),
])
def test_cents_written_without_their_nought_are_cents(written, voiced):
    from handout.read.numbers import say_numbers

    assert say_numbers(spoken_words(written), "en") == voiced


def test_lexicon_matches_whole_words_either_first_letter_case():
    lexicon = compile_lexicon({"GABA": "gabba", "GABAergic": "gabba-ergic",
                               "armodafinil": "armo-daffinil"})
    assert respell("GABA, GABAergic, Gaba; Armodafinil and armodafinils.", lexicon) == \
        "gabba, gabba-ergic, Gaba; armo-daffinil and armodafinils."


def test_code_is_announced_not_spelled(tmp_path):
    """Code is announced, then said a line at a time as print sets it: a chatbot's meal plan
    in a code block, a day a line, was one run of words ("…berries Tuesday: eggs"). A
    number's percent sign is kept, where HackMD's `<iframe width="100%">` (sweep CS) was
    said "width 100 "; a printf format's is a symbol, left out. A typographic apostrophe is
    a word's, as a straight one is: a song sheet's lyrics in code (sweep CW) were "We ll". An
    arrow, R's `<-`, is a symbol (sweep CZ: "anscombe_tidy <- anscombe" was said
    "anscombe_tidy - anscombe", a minus)."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Code

        Type this:

            dose = 2 * tablets
            print(dose)
            width="100%" printf("%d", 5)
            We’ll take a cup o’ kindness
            tidy <- anscombe; 5 -> x; ls -la
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    texts = [u.text for u in script]
    assert texts[-6:] == ["Code example, 5 lines, as printed:", "dose 2 tablets", "print dose",
                          'width "100%" printf " d", 5', "We’ll take a cup o’ kindness",
                          "tidy anscombe; 5 x; ls -la"]


def said_with_pictures(tmp_path, shown: bool) -> list[str]:
    """What the first section of the handout in `tmp_path` says, its pictures, `shot.png`,
    there if `shown`, else missing."""
    if shown:
        (tmp_path / "source" / "shot.png").write_bytes(
            (FIXTURES / "robust" / "box.png").read_bytes())
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    return [u.text for u in script]


@pytest.mark.parametrize("shown, said", [
    (True, ["Image: A screenshot of the volumes page.", "Image: A map. Drawn in 2024"]),
    (False, ["Picture not available: A screenshot of the volumes page.",
             "Picture not available: A map. Drawn in 2024"])])
def test_a_caption_that_repeats_a_pictures_description_is_said_once(tmp_path, shown, said):
    """LibCrowds' volumes page sets a caption under each screenshot in its own words,
    `<br><small>*A screenshot of the volumes page*</small>`: the description was said
    twice, "Picture not available: A screenshot of the volumes page, A screenshot of the
    volumes page" (and "Image: …. …" with the picture there). A caption in other words is
    said after it."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Volumes

        ![A screenshot of the volumes page](shot.png)
        <br><small>*A screenshot of the Volumes page.*</small>

        ![A map](shot.png)
        <br><small>*Drawn in 2024*</small>
        """})
    assert said_with_pictures(tmp_path, shown)[1:] == said


@pytest.mark.parametrize("shown, said", [
    (True, ["Image: Keys on a table.", "Caption: Return every key, and keep proof.",
            "Image: A coin.", "Caption: From 14 to 60 days."]),
    (False, ["Picture not available: Keys on a table. Caption: Return every key, and keep "
             "proof.", "Picture not available: A coin. Caption: From 14 to 60 days"])])
def test_a_pictures_caption_is_said_whether_or_not_it_is_there(tmp_path, shown, said):
    """A US page on deposits captions its timeline picture with the deadlines, "from 14 to
    60 days depending on your state" (sweep CL, deposit-limits line 53): with the picture
    missing, the caption was printed and said nowhere; with it there, a caption ending in
    a stop was said and shown with two, "…keep proof that you did.."."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Deposits

        ![Keys on a table](shot.png "Return every key, and keep proof.")

        ![A coin](shot.png "From 14 to 60 days")
        """})
    assert said_with_pictures(tmp_path, shown)[1:] == said


def test_a_missing_pictures_description_of_two_sentences_is_one_box(tmp_path):
    """A citizen science lesson (sweep CC, citsci-lesson line 28; repro altsplit) describes
    a picture it lacks in two sentences, `![A fridge door. It is open.](door.jpg)`: each
    sentence was its own span for the read-along, each with the box's class, and printed
    as two boxes, "Picture not available: A fridge door." and an unlabelled "It is open."
    The box holds the whole description, one sentence."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Fridge

        ![A fridge door. It is open.](door.jpg)
        """})
    [section] = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0].sections
    boxes = [span for span in parse_html(section.html).iter("span")
             if span.get("class") == "missing-picture"]
    assert [" ".join("".join(box.itertext()).split()) for box in boxes] == [
        "Picture not available: A fridge door. It is open."]
    assert [u.text for u in section.script][1:] == [
        "Picture not available: A fridge door. It is open."]


@pytest.mark.parametrize("shown, said", [
    (True, ["Image: A gravel trail. The descent into Bretton Country Park",
            "Image: A road sign, hard times are ahead. (hot face) At least they let you know"]),
    (False, ["Picture not available: A gravel trail. The descent into Bretton Country Park",
             "Picture not available: A road sign, hard times are ahead. (hot face) At least "
             "they let you know"])])
def test_a_caption_on_the_line_under_a_picture_is_said_after_a_stop(tmp_path, shown, said):
    """A cycling blog (englanduro) writes each caption on the line under its picture, or
    after it with an emoji first: with the picture there it was said "Image: …. The
    descent…", but "Picture not available" ran into it, "…rolling Yorkshire hills in
    background The descent into Bretton Country Park", "…hard times are ahead(hot face) At
    least…". A picture not to be had ends with a stop, as one shown does."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Ride

        ![A gravel trail](shot.png)
        The descent into Bretton Country Park

        ![A road sign, hard times are ahead](shot.png)🥵 At least they let you know
        """})
    assert said_with_pictures(tmp_path, shown)[1:] == said


def test_an_emoji_in_code_is_said_by_its_name_as_print_names_it(tmp_path):
    """Print names an emoji in code ("Write `🙂` to smile" prints "(slightly smiling
    face)"), where no font has it; the voice dropped it: "Write to smile"."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Smile

        Write `🙂` to smile, or `💊` to say so.

            echo "💊 taken"
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Write slightly smiling face to smile, or pill to say so.",
        "Code example, 1 line, as printed:", 'echo " pill taken"']


def test_an_address_in_code_is_said_as_an_address(tmp_path):
    """A church's page wrote its e-mail address as code, "Email `hello@compassionacts.uk`":
    the voice said "Email hello compassionacts.uk", its "@" a pause, the address wrong."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Contact

        Email `hello@compassionacts.uk`. Run `a@b c`.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.spoken for u in script][1:] == [
        "Email hello at compassionacts.U K.", "Run a at b c."]


def test_the_signs_a_reader_types_in_code_are_said(tmp_path):
    """A help page's code (sweep CD, Mastodon's and Zulip's help) lost its signs to pauses:
    "`@alice@example.com`" was "alice example.com", "`http://`" "http:", "`chmod a+x`"
    "chmod a x", "`apt update && apt upgrade`" two commands run together and a path's
    slashes nothing. A comment's "#" and a tag's "</" are still no words."""
    assert spoken_script(tmp_path, "Mention `@alice@example.com`, start with `https://`, "
                                   "run `chmod a+x app && ./app` and open "
                                   "`Drive/Notes/[Your Vault]`.\n\n"
                                   "    curl -o /etc/apt/z.asc https://example.com/z.asc\n"
                                   "    # done </b>") == [
        "Mention at alice at example.com, start with https colon slash slash, run chmod a "
        "plus x app ampersand ampersand . slash app and open Drive slash Notes slash Your "
        "Vault.", "Code example, 2 lines, as printed:",
        "curl -o slash etc slash apt slash z.asc https colon slash slash example.com slash "
        "z.asc", "done b"]


def test_a_date_or_a_time_alone_in_code_is_said_as_prose_says_it(tmp_path):
    """A hiking club's timetable (sweep AX, ucsd-hikes static-copy.md lines 26 and 79) set
    its dates and times in code, "| Week 2 | `1/18/2020` | `9:00 am` |": said "1 18 2020",
    and `3/2/2019` day first, where the same dates in prose are "January 18, 2020" and
    "March 2, 2019". A version's number in code stays code's, and a date year first."""
    assert spoken_script(tmp_path, "| Week | Date | Meet Time |\n| --- | --- | --- |\n"
                                   "| Week 2 | `1/18/2020` | `9:00 am` |\n"
                                   "| Week 8 | `3/2/2019` | `10:00 am` |\n\n"
                                   "Install `1.5` on `2020-01-18`.") == [
        "Table. 2 rows.", "Week: Week 2. Date: January 18, 2020. Meet Time: 9 AM.",
        "Week: Week 8. Date: March 2, 2019. Meet Time: 10 AM.",
        "Install 1.5 on 2020-01-18."]


def test_code_keeps_its_words_where_prose_is_expanded(tmp_path):
    # R's integer literal is not litres, nor a date in a command a day of the year.
    write_handouts(tmp_path / "source", {"a.md": """
        # Code

        Run `ls`. It takes `-9L` and 2mg on `2024-03-05`, from 2024-03-05.

            x <- c(1, -9L)
            touch 2024-03-05 at 10:30 pm
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Run ls.",
        "It takes -9L and 2 milligrams on 2024-03-05, from 5 March 2024.",
        "Code example, 2 lines, as printed:",
        "x c 1, -9L",
        "touch 2024-03-05 at 10:30 pm"]
    assert all("\ue000" not in u.spoken and "litre" not in u.spoken for u in script)


def test_a_letter_in_a_plain_text_block_is_read_as_prose(tmp_path):
    """An e-mail guide's example message in a ```` ```text ```` block (sweep CT, D7) was
    said "Code example, 5 lines, as printed:" and cut at its line breaks, "…still
    available", a pause, "for lunch on Tuesday": its sentences, as prose. A plain text
    block of lines with no sentence is still code, line by line."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Mail

        ```text
        Hi Sarah,

        I wanted to check if you're still available
        for lunch on Tuesday. Let me know!

        Thanks,
        John
        ```

        ```text
        Monday: oats
        Tuesday: eggs
        ```
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Hi Sarah,", "I wanted to check if you're still available for lunch on Tuesday.",
        "Let me know!", "Thanks, John", "Code example, 2 lines, as printed:", "Monday: oats",
        "Tuesday: eggs"]


def test_a_sentence_that_ends_in_a_footnote_reference_ends_there(tmp_path):
    write_handouts(tmp_path / "source", {"a.md": """
        # Notes

        Read this first.[^1] It is short. Take 3.5 mg daily.

        [^1]: A note.
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [u.text for u in document.sections[0].script][1:4] == [
        "Read this first. (note 1)", "It is short.", "Take 3.5 milligrams daily."]



def test_a_table_or_list_in_a_note_is_read_with_the_note(tmp_path):
    """A Word endnote holding a table (apache/tika's testWORD_endnote_table.docx) printed the
    table and never said it, and the note's paragraph of its back link alone kept a
    sentence's mark, which the EPUB check then found never read. A note's table and list
    are read after its first words, and nothing in a note is marked that is not said."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Notes

        Read this first.[^1]

        [^1]: The act in force:

            | Act | Year |
            | --- | --- |
            | Cat Property Act | 2025 |

            - kept by the clinic
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    script = document.sections[0].script
    assert [u.text for u in script][1:] == [
        "Read this first. (note 1)", "Note 1: The act in force:", "Table. 1 row.",
        "Act: Cat Property Act. Year: 2025.", "kept by the clinic"]
    marked = {span.get("id") for span in parse_html(document.notes_html)
              .iter("span") if span.get("class") == "sentence"}
    assert marked and marked <= {u.ref for u in script}


def test_a_line_break_is_a_pause_where_the_line_ends_in_a_word(tmp_path):
    """An address written line by line was said as one run ("Patient Advice Service 12 High
    Street Leeds"): each line that ends in a word is said with a comma after it, but for a
    sentence that goes on in lower case on the next line."""
    write_handouts(tmp_path / "source", {
        "en.md": "# Contact\n\nWrite to us at:  \nPatient Advice Service  \n12 High Street<br>"
                 "Leeds LS1 4AB\n\nWe may increase  \nor reduce the amount.\n",
        "zh.md": "---\ntitle: T\nlang: zh\n---\n\n地址  \n北京市朝阳区\n"})
    documents = {d.slug: d for d in load_documents(Settings(source=tmp_path / "source",
                                                            engine="fake"))}
    assert [u.text for u in documents["en"].sections[0].script][1:] == [
        "Write to us at: Patient Advice Service, 12 High Street, Leeds LS1 4AB",
        "We may increase or reduce the amount."]  # a sentence broken across lines: no pause
    assert [u.text for u in documents["zh"].sections[0].script][1:] == ["地址， 北京市朝阳区"]


@pytest.mark.parametrize("lang, body, said", [
    ("en", "Line one https://a.example.org/x/<br>\nLine two https://b.example.org/y<br>\n"
     "Line three", "Line one web address a.example.org, Line two web address b.example.org, "
     "Line three"),
    ("en", "Line one https://a.example.org/  \nLine two",
     "Line one web address a.example.org, Line two"),
    ("it", '<p>Per gli sviluppatori <a href="https://developers.italia.it/it/anpr/">'
     'https://developers.italia.it/it/anpr/</a><br>\nPer le discussioni</p>',
     "Per gli sviluppatori indirizzo web developers punto italia punto it, Per le "
     "discussioni"),
])
def test_a_line_break_after_a_web_address_is_a_pause(tmp_path, lang, body, said):
    """ANPR's contacts page (sweep BO, it-anpr-contatti lines 26-28) ends a line with a link
    whose words are its address, "…developers.italia.it/it/anpr/", then "Per le
    discussioni…": said "…punto it Per le discussioni" with no pause, as a line's end is a
    pause only after a word, and the address's last "/" was none. A break after an address
    is a pause, as after any word."""
    assert spoken_script(tmp_path, body, lang) == [said]


def test_a_forms_fields_one_a_line_are_each_a_label_a_pause_and_a_blank(tmp_path):
    """A consent form's signature lines (sweep BE, va-cms-consent lines 22-24), "Name
    (printed)<tab>____</br>", "Signature<tab><tab>____</br>", "Date<tab><tab><tab>____", and
    the same broken by two spaces (repro r2), were said "Name (printed) blank Signature
    blank Date blank", with no pause. Each is a field: its label, a pause, "blank", and the
    line ends. Lines that end in a word keep their comma, and a blank alone in a sentence
    stays in it."""
    assert spoken_script(tmp_path, (
        "Name (printed)\t___________</br>\nSignature\t\t___________</br>\n"
        "Date\t\t\t___________\n\n"
        "Name: ___________  \nDate ___________\n\n"
        "Recorded voice (initial here ______)</br>\nScreen recording (initial here ______)\n\n"
        "My name is ___________  \nand I agree.")) == [
        "Name (printed): blank. Signature: blank. Date: blank.",
        "Name: blank. Date: blank.",
        "Recorded voice (initial here blank), Screen recording (initial here blank)",
        "My name is blank and I agree."]


def test_a_table_cell_holding_a_list_is_read_word_by_word(tmp_path):
    """Word puts paragraphs and lists in cells: their words must not run together
    ("Cell withA Bullet list"), nor their items (18F's lists of signs in a table's cells,
    "goals and needs Includes how"), and a cell that ends a sentence gets no second full
    stop."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Cells

        <table><tr><td><p>Take with</p><ul><li>water</li><li>food.</li></ul></td>
        <td>Twice a day</td></tr></table>

        <table><tr><td><ul><li>Research (surveys)</li><li>Tiny fonts, etc.</li>
        <li>Staff</li></ul></td></tr></table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    # (the second table, of one cell, is a box round a list, read as a list)
    assert [u.text for u in script][-4:] == [
        "Take with water, food. Twice a day.", "Research (surveys)", "Tiny fonts, et cetera.",
        "Staff"]



def test_merged_nested_and_laid_out_tables_are_read_cell_by_cell_under_their_columns(tmp_path):
    """Word's tables, as mammoth writes them: a cell merged down two rows moved the next
    row's cells under the wrong columns ("Day: 2pm. Time: Diabetes clinic."), a table in a
    cell was read twice and its rows counted with the outer table's, a header cell's
    paragraph left a space before its colon ("Day : Monday"), and a heading in a cell ran
    into the text after it ("Parking Park in car park B.")."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Tables

        <table><tr><th><p>Day</p></th><th><p>Time</p></th><th><p>Clinic</p></th></tr>
        <tr><td rowspan="2">Monday</td><td>10am</td><td>Eye clinic</td></tr>
        <tr><td>2pm</td><td>Diabetes clinic</td></tr>
        <tr><td colspan="2">Tuesday all day</td><td>Closed</td></tr></table>

        <table><tr><th>Item</th><th>Notes</th></tr>
        <tr><td>Glasses</td><td><table><tr><td>reading</td><td>distance</td></tr></table></td></tr>
        <tr><td>Medicines</td><td>All of them</td></tr></table>

        <table><tr><td><h3>Parking</h3><p>Park in car park B</p><h3>Buses</h3>
        <p>Take the number 7.</p></td></tr></table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    said = [u.text for u in script][1:]
    assert said == [
        "Table. 3 rows.", "Day: Monday. Time: 10am. Clinic: Eye clinic.",
        # the day merged down is said again, as what the row is for
        "Day: Monday. Time: 2pm. Clinic: Diabetes clinic.", "Day: Tuesday all day. Clinic: Closed.",
        "Table. 2 rows.", "Item: Glasses. Notes: reading, distance.",
        "Item: Medicines. Notes: All of them.",
        # a table of one cell lays its words out: they are read as a page's are
        "Parking", "Park in car park B", "Buses", "Take the number 7."]


def test_a_table_in_a_cell_says_each_of_its_rows(tmp_path):
    """Magento's guide to navigating with the keyboard sets each system's keys in a table in
    the cell beside it, "Next Page | Alt + Right" over "Previous Page | Alt + Left": they
    were one run of words, "Command: Next Page Alt + Right Previous Page Alt + Left". Each
    row is a sentence, its first cell the label of the others."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Keys

        <table>
          <thead><tr><th>Environment</th><th>Command</th></tr></thead>
          <tbody><tr><td>Windows</td><td>
            <table><tbody>
              <tr><td>Next Page</td><td><pre>Alt + Right</pre></td></tr>
              <tr><td>Previous Page</td><td><pre>Alt + Left</pre></td></tr>
            </tbody></table>
          </td></tr></tbody>
        </table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Table. 1 row.",
        "Environment: Windows. Command: Next Page: Alt + Right. Previous Page: Alt + Left."]


def test_a_header_row_with_an_empty_corner_names_the_columns(tmp_path):
    """The W3C's tutorial on tables writes its corner as a plain empty cell over the rows'
    own headers, `<td></td><th>Produced</th><th>Sold</th>`: the row was counted as data and
    its names never paired with the figures ("Produced. Sold. Teddy Bears. 50,000.")."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Sales

        <table>
          <tr><td></td><th scope="col">Produced</th><th scope="col">Sold</th></tr>
          <tr><th scope="row">Teddy Bears</th><td>50,000</td><td>30,000</td></tr>
          <tr><th scope="row">Board Games</th><td>10,000</td><td>5,000</td></tr>
        </table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Table. 2 rows.", "Teddy Bears. Produced: 50,000. Sold: 30,000.",
        "Board Games. Produced: 10,000. Sold: 5,000."]


def test_a_table_of_two_header_rows_names_each_value_by_both(tmp_path):
    """pandas writes columns of two levels as two header rows, "Adults" across "Booked" and
    "Free" (sweep BI, repro mini/mhead): the table was "3 rows", its lower header row said
    as data, and each value named by the top row alone, "Adults: 10. Adults: 2.". A header
    row is never counted, and a cell's name joins its header cells top to bottom; a row
    naming pandas' index under them ("income bins", kiwi-rents) names the first column."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Places

        <table border="1" class="dataframe">
          <thead>
            <tr><th></th><th colspan="2">Adults</th><th colspan="2">Children</th></tr>
            <tr><th></th><th>Booked</th><th>Free</th><th>Booked</th><th>Free</th></tr>
            <tr><th>Town</th><th></th><th></th><th></th><th></th></tr>
          </thead>
          <tbody>
            <tr><th>Leeds</th><td>10</td><td>2</td><td>3</td><td>7</td></tr>
            <tr><th>York</th><td>8</td><td>4</td><td>5</td><td>1</td></tr>
          </tbody>
        </table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Table. 2 rows.", "Town: Leeds. Adults, Booked: 10. Adults, Free: 2. Children, "
        "Booked: 3. Children, Free: 7.", "Town: York. Adults, Booked: 8. Adults, Free: 4. "
        "Children, Booked: 5. Children, Free: 1."]


def test_a_numbered_list_in_a_table_cell_says_its_numbers(tmp_path):
    """apache/tika's numbered-list document puts "1. Within cell 1" in a table cell: printed
    with its number, said without it ("Within cell 1"). A cell's numbered list says its
    numbers, as a list outside tables does, and its items part as a bulleted list's in a
    cell do: they ran together, "1. Ring the ward 2. Give your name"."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Steps

        <table><tr><th>Task</th><th>Steps</th></tr>
        <tr><td>Book</td><td><ol><li>Ring the ward</li><li>Give your name</li></ol></td></tr>
        <tr><td>Go</td><td><ol start="3"><li>Arrive early.</li><li>Sign in</li></ol></td></tr>
        </table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Table. 2 rows.", "Task: Book. Steps: 1. Ring the ward, 2. Give your name.",
        "Task: Go. Steps: 3. Arrive early. 4. Sign in."]


def test_bullets_typed_in_a_table_cell_are_not_said(tmp_path):
    """A list typed in a Markdown table's cell, its lines broken with `<br>`, "- Rest<br>-
    Sleep", was said "- Rest, - Sleep", and with stars "star Rest, star Sleep". Its bullets
    are not said, as a Markdown list's are not; a line that is not a list keeps its sign."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Plan

        | When | What to do |
        |---|---|
        | Evening | - Rest<br>- Sleep |
        | Night | * Rest<br>* **Sleep** well |
        | Day | Walk<br>- 5 minutes |
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][2:] == [
        "When: Evening. What to do: Rest, Sleep.", "When: Night. What to do: Rest, Sleep well.",
        "When: Day. What to do: Walk, - 5 minutes."]


def test_a_list_in_a_table_cell_ends_before_the_words_after_it(tmp_path):
    """A couch-to-5k blog's plan puts a note under each day's list of steps, `<ul>…<li>Jog 5
    minutes</li></ul><small><em>Originally week 5, day 1</em></small>`: it was said "Walk 3
    minutes, Jog 5 minutes Originally week 5, day 1", the last step run into the note that
    print shows under the list. The list ends with a stop where words follow it."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Plan

        <table><tr><th>Week</th><th>Workout</th></tr>
        <tr><th>5</th><td><ul><li>Walk 3 minutes</li><li>Jog 5 minutes</li></ul>
        <small><em>Originally week 5, day 1</em></small></td></tr>
        <tr><th>6</th><td><ol><li>Walk</li><li>Jog</li></ol>Then rest</td></tr>
        <tr><th>7</th><td><ul><li>Walk</li><li>Jog</li></ul></td></tr>
        </table>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "Table. 3 rows.",
        "Week: 5. Workout: Walk 3 minutes, Jog 5 minutes. Originally week 5, day 1.",
        "Week: 6. Workout: 1. Walk, 2. Jog. Then rest.", "Week: 7. Workout: Walk, Jog."]


def test_a_forms_cells_end_where_their_words_do(tmp_path):
    """A parish council's grant form (Word): "Yes/No*" over "If yes, please provide
    details:" in one cell was said "Yes, No If yes, please provide details:.", without a
    stop between and with one after the colon; a church's job form's "Name and address of"
    over "present employer:" was "Name and address of. present employer:."; a survey's
    answer "No" beside its count was "number 193"; and "Registration No:" was "no". The
    AUDIT questionnaire's answers under its scores, "| Have you been injured…? | No | / |
    Yes |", were "0: number 2: Yes", the next column's name taken for a number's."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Form

        <table><tr><td><p>Yes/No*</p><p>If yes, please provide details:</p></td></tr>
        <tr><td><p>Name and address of</p><p>present employer:</p></td></tr>
        <tr><td><p>Charity Registration No:</p></td><td>1234567</td></tr>
        <tr><td>No</td><td>193</td></tr></table>

        | Question | 0 | 1 | 2 |
        |---|---|---|---|
        | Have you been injured because of your drinking? | No | / | Yes |
        | Do you drink every day? | No | Sometimes | Yes |
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.spoken for u in script][2:] == [
        "Yes, No. If yes, please provide details.", "Name and address of present employer.",
        "Charity Registration number 1 2 3 4 5 6 7.", "No, 193.", "Table. 2 rows.",
        "Question: Have you been injured because of your drinking? 0: No, 2: Yes.",
        "Question: Do you drink every day? 0: No, 1: Sometimes. 2: Yes."]


def test_links_side_by_side_are_said_apart(tmp_path):
    """A Spanish clinic's page ends with two buttons, links on lines of their own in a
    `<div>`: "Llamar Ahora Enviar Email" was said as one phrase. A citation's link is no
    button."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Cita

        <div style="text-align: center; margin: 3rem 0;">
          <a href="tel:+34926966446" class="btn">Llamar Ahora</a>
          <a href="mailto:info@example.es" class="btn">Enviar Email</a>
        </div>

        <div style="text-align: center;">
          <p>¿Ya eres paciente?</p>
        </div>

        The lungs.<a href="#c1">[1]</a><a href="#c2">[2]</a>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == ["Llamar Ahora (+34 926 96 64 46), Enviar Email",
                                            "¿Ya eres paciente?",
                                            "The lungs."]


def test_a_videos_chapters_are_moments_into_it_not_times_of_day(tmp_path):
    """A time that is a link to a video at a moment is that far into the video: a Logseq
    journal's chapters of a YouTube video (sweep AZ, logseq-journal2 lines 26-49),
    "[00:00](…&t=0s) - Intro", "[00:26](…&t=26s)", "[05:00](…)", were said "midnight,
    Intro", "12:26 AM", "5 AM". A chapter's time written without a link in a list of such
    links is one too; a time of day in a list of none stays one."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Video notes

        Chapters:

        - [00:00](https://www.youtube.com/watch?v=GmfM8VCAu-I&t=0s) - Intro
        - [00:26](https://www.youtube.com/watch?v=GmfM8VCAu-I&t=26s) - Phantom processes
        - 05:00 - Commands
        - [1:02:03](https://vimeo.com/76979871#t=3723s) - Outro

        Open:

        - 09:00 - Doors
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.spoken for u in script][1:] == [
        "Chapters:", "0 minutes, Intro", "26 seconds, Phantom processes",
        "5 minutes, Commands", "1 hour 2 minutes 3 seconds, Outro", "Open:", "9 AM, Doors"]


def test_a_transcripts_times_are_moments_into_the_recording(tmp_path):
    """A transcript's turn opens with its time into the recording: a podcast's (sweep CW,
    D5) "0:00:14.1" was heard "zero zero zero fourteen point one" and "00:12:34" "zero zero
    twelve thirty-four", run into the speaker's name. A time of day stays one."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Episode 5

        0:00:14.1 **Adam Garrett-Harris** Welcome.

        [00:12:34] SMITH: Yes. [1:02:03] more.

        09:30 Doors open.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == [
        "14 seconds, Adam Garrett-Harris Welcome.", "12 minutes 34 seconds, SMITH: Yes.",
        "(1:02:03) more.", "9:30 AM Doors open."]


def test_signs_initials_and_lists_cut_short_are_said_as_a_reader_reads_them(tmp_path):
    """Real pages of the third round: "U.S." cut a sentence in two ("…the U.S." / "Postal
    Service…"), "etc." ran into the next sentence and lost its stop, code spans of symbols
    alone left holes ("the  in .pdb", "What Does Mean?"), a key to press vanished ("Press
    to finish"), a menu path ran on, a mathematical 𝑥 was spelled as a code point, and a
    form's boxes as symbols."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Symbols

        Ask at the U.S. Department of Health. Bring your ID, passport, etc. The nurse checks.

        The `*` in `*.pdb` matches. What Does `>>` Mean?

        Press # to finish, then * to go back. Select Settings > Display. We use C#.

        Take 𝑥 milligrams: ☐ Yes ☒ No ☐. Choose `Dispensary` > `Prescription`.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.spoken for u in script][1:] == [
        "Ask at the U.S. Department of Health.", "Bring your ID, passport, et cetera.",
        "The nurse checks.", "The star in .pdb matches.", "What Does greater than greater than Mean?",
        "Press hash to finish, then star to go back.", "Select Settings, Display.",
        "We use C sharp.", "Take x milligrams: unticked box Yes ticked box No unticked box.",
        # a menu path of code (mSupply's documentation) as one of words
        "Choose Dispensary, Prescription."]


def test_code_of_symbols_alone_is_named_in_a_language_that_names_them(tmp_path):
    """A guide to links in French (sweep CN, as its Hindi and Tamil translations) wrote
    "entre `]` et `(`", which was said "entre et": the code taken out as symbols."""
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        lang: fr
        ---

        # Liens

        Pas d'espace entre `]` et `(` dans un lien.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert script[-1].spoken == ("Pas d'espace entre crochet fermant et parenthèse ouvrante "
                                 "dans un lien.")


@pytest.mark.parametrize("lang, written, said", [
    ("ne", "भर्ना शुल्क रु. १,००,००० हो।", "भर्ना शुल्क १००००० रूपैयाँ हो।"),
    ("bn", "মোট খরচ ৳১,৫০,০০০ টাকা।", "মোট খরচ 1,50000 টাকা।"),
    ("ur", "۱۵ اگست ۲۰۲۳ کو آئیں۔", "15 اگست 2023 کو آئیں۔"),
])
def test_a_transcript_keeps_the_digits_the_writer_wrote(tmp_path, lang, written, said):
    """A Nepali fee's "रु. १,००,०००", a Bengali one's "৳১,৫০,০০০" and an Urdu date's "۱۵ اگست
    ۲۰۲۳" were in the transcript and the captions as "रु. 1,00,000", "৳1,50,000" and "15 اگست
    2023" (sweep CN): not the page a reader follows along. The voice is given what it reads."""
    write_handouts(tmp_path / "source", {"a.md": f"""
        ---
        lang: {lang}
        ---

        # ক

        {written}
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert (script[-1].text, script[-1].spoken) == (written, said)


def test_a_box_titled_with_a_question_ends_with_one_stop(tmp_path):
    """A real MkDocs page's box "Why should we care?" ended "End of why should we care?."."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Boxes

        !!! note "Why should we care?"
            Because it matters.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][-1] == "End of why should we care."


def test_a_box_titled_with_a_name_keeps_its_capitals_at_its_end(tmp_path):
    """"FontAwesome icons" ended "End of fontAwesome icons." (an MkDocs page), and a title in
    title case, "Pay Attention", "End of pay Attention."."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Boxes

        !!! note "FontAwesome icons"
            Icons.

        !!! note "Pay Attention"
            Now.
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script if u.text.startswith("End")] == [
        "End of FontAwesome icons.", "End of Pay Attention."]

def test_a_date_opening_a_list_item_is_no_ordered_list(tmp_path):
    """A Danish association's statutes (Stovby Klit Grundejerforening) list the dates they
    were revised, "* 31. august 1969", "* 8. august 1993": each bullet held an ordered list
    numbered from its day, whose bold "31." was drawn against the bullet. A day and its stop
    before a month's name is a date, in a line of its own too; a list numbered by hand,
    "* 1. Punkt", and an English "1. January" stay lists."""
    write_handouts(tmp_path / "source", {
        "da.md": "---\ntitle: T\nlang: da\n---\n\nRevideret den 29. juli 1969\n\n"
                 "* 31. august 1969\n* 8. august 1993\n\n12. maj 2001\n\n* 1. Punkt\n",
        "en.md": "---\ntitle: T\nlang: en\n---\n\n1. January: New Year\n"})
    documents = {d.slug: d for d in load_documents(Settings(source=tmp_path / "source",
                                                            engine="fake"))}
    tree = markdown_tree(documents["da"].sections[0].html)
    assert [" ".join("".join(item.itertext()).split()) for item in tree.iter("li")] == [
        "31. august 1969", "8. august 1993", "Punkt", "Punkt"]  # "* 1. Punkt": a list in one
    assert [ol.get("start") for ol in tree.iter("ol")] == [None]  # "* 1. Punkt"'s
    assert [u.spoken for u in documents["da"].sections[0].script[1:4]] == [
        "Revideret den 29. juli 1969", "31. august 1969", "8. august 1993"]
    assert len(list(markdown_tree(documents["en"].sections[0].html).iter("ol"))) == 1


def test_a_tilde_between_numbers_is_a_range_in_print_and_in_speech(tmp_path):
    """Japanese, Chinese and Korean write a range with a tilde and no spaces: it printed as
    a subscript from one tilde to the next ("12杯(200400ml)", two cups becoming twelve) and
    the voice skipped it. A chemical formula keeps its subscript."""
    write_handouts(tmp_path / "source", {
        "ja.md": "---\ntitle: T\nlang: ja\n---\n\n作業中は、コップ1~2杯(200~400ml）の水分を取る。\n",
        "zh.md": "---\ntitle: T\nlang: zh\n---\n\n每次1~2片。\n",
        "en.md": "---\ntitle: T\nlang: en\n---\n\nDrink H~2~O, 1~2 glasses.\n"})
    documents = {d.slug: d for d in load_documents(Settings(source=tmp_path / "source",
                                                            engine="fake"))}
    ja, zh, en = (documents[name].sections[0] for name in ("ja", "zh", "en"))
    assert "".join(markdown_tree(ja.html).itertext()).strip() == \
        "作業中は、コップ1~2杯(200~400ml）の水分を取る。"
    assert [u.spoken for u in ja.script[1:]] == [
        "作業中は、コップ1から2杯(200から400 ミリリットル）の水分を取る。"]  # ml named by CLDR
    assert [u.spoken for u in zh.script[1:]] == ["每次1至2片。"]
    tree = markdown_tree(en.html)
    assert [s.text for s in tree.iter("sub")] == ["2"]
    assert [u.spoken for u in en.script[1:]] == ["Drink H 2 O, 1 to 2 glasses."]


def test_a_numbered_list_inside_another_is_said_with_its_letters(tmp_path):
    """Print marks a numbered list inside another with letters ("a.", "b."), but the voice
    said "1.", "2." (Word's lettered sub-steps); a list starting at 3 keeps its number."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Steps

        3. Wash
            1. Soap
            2. Rinse
        4. Dry
            - Towel
                1. Fold
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == ["3. Wash", "a. Soap", "b. Rinse", "4. Dry", "Towel",
                                            "a. Fold"]


def test_a_list_s_fourth_roman_item_is_not_intravenous(tmp_path):
    """The recheck: a Word list's fourth item in capital Roman numerals was said "I V.",
    as intravenous "IV" is; its voice says "IV." as "roman four"."""
    write_handouts(tmp_path / "source", {"a.md": """
        # Steps

        <ol type="I" start="3"><li>Read</li><li>Sign it IV.</li></ol>
        """})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.text for u in script][1:] == ["III. Read", "IV. Sign it I V."]


def spoken_script(tmp_path, body: str, lang: str = "en") -> list[str]:
    """What the voice is given for `body`, a handout's only section, heading left out."""
    write_handouts(tmp_path / "source", {"a.md": f"---\nlang: {lang}\n---\n\n# T\n\n{body}\n"})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    return [u.spoken for u in script][1:]


def test_the_power_of_one_letter_is_said_not_taken_for_a_note(tmp_path):
    """The R Markdown paper's maths `$x^2 + 1$` printed "x² + 1" and was said "x + 1": a
    raised number after a word is a note's number, left unsaid ("vomiting¹"), but a single
    letter is no word a note hangs on."""
    assert spoken_script(tmp_path, "Solve $x^2 + 1$ for x. Vomiting¹ may happen.") == [
        "Solve x squared + 1 for x.", "Vomiting may happen."]


def test_a_passages_raised_verse_numbers_are_said_as_verses_not_notes(tmp_path):
    """A Bible reading pasted with its verses numbered in superscript (sweep CR, a church
    bulletin) was said "one And now", "Note 2: In the midst", and a number inside a sentence
    was dropped; notes' numbers, a mark then its note, are still notes."""
    assert spoken_script(tmp_path, (
        "¹Grace to you. ² In trial, joy abounded. On their own, ⁴ they pleaded.\n\n"
        "⁵ And more.")) == ["Verse 1, Grace to you.", "Verse 2, In trial, joy abounded.",
                            "On their own, verse 4, they pleaded.", "Verse 5, And more."]
    assert spoken_script(tmp_path, (
        "A permit ¹ and a fee ² apply.\n\n¹ Basic permit.\n\n² Yearly fee.")) == [
        "A permit and a fee apply.", "Note 1: Basic permit.", "Note 2: Yearly fee."]


def test_notes_numbers_raised_together_are_silent_as_one_is(tmp_path):
    """Two notes' numbers raised after a word, as a page copied from Wikipedia or a chatbot
    marks its sources ("ages<sup>2</sup><sup>1</sup>"), were "ages squared"; a list of them
    ("vomiting<sup>2,3</sup>") "vomiting 2, 3", and one in brackets "early 1". They are
    silent, as one note's number is; a unit's power is still said."""
    assert spoken_script(tmp_path, (
        "It affects all ages<sup>2</sup><sup>1</sup>. Watch for vomiting<sup>2,3</sup>. "
        "It starts early<sup>[1]</sup>. Rashes<sup>1–3</sup> pass. A room of 9 m<sup>2</sup>."
        )) == ["It affects all ages.", "Watch for vomiting.", "It starts early.",
               "Rashes pass.", "A room of 9 square metres."]


def test_a_line_numbered_by_hand_after_a_line_break_starts_with_its_number(tmp_path):
    """A Jupyter Book's questions (sweep BI, jb-covid-intro lines 8-17; repro mini/nump),
    numbered "1.)" one a line with hard line breaks, were each said with the next number at
    its end, "Questions we answer: 1.)", "Who pays the water bill? 2.)": a line break before
    a line's own number starts a sentence, and the number's stop ends none."""
    assert spoken_script(tmp_path, "Questions we answer:  \n1.) Who pays the water bill?  \n"
                                   "2.) When is rent due?  \n3) Can I keep a pet?") == [
        "Questions we answer:", "1.) Who pays the water bill?", "2.) When is rent due?",
        "3) Can I keep a pet?"]


def test_superscripts_and_subscripts_are_said_apart_from_their_base(tmp_path):
    """The R Markdown paper's `$T^A_S$` was said "TAS", one word, and so were HTML's and
    pymdownx's scripts ("H2O", "Cmax", "12 m2"). Each is said apart, as screen readers
    say them; a raised number is a power or a unit's ("square metres"), a note's mark is
    silent, and an ordinal's or a French abbreviation's letters stay in their word. An
    ion's charge, bookdown's `Fe^2+^`, was "Fe 2 or more", and "Fe²⁺" "Fe", a note's mark."""
    assert spoken_script(tmp_path, (
        "Let $T^A_S$ be the onset. Water is H<sub>2</sub>O, and H~2~O. Cmax is "
        "C<sub>max</sub>. A room of 12 m<sup>2</sup> holds x^2^ and E = mc<sup>2</sup>. "
        "The price<sup>*</sup> and the note<sup>1</sup> go. The 1<sup>st</sup> dose. "
        "Iron is Fe^2+^, Fe²⁺ or Fe<sup>3+</sup>; salt is Na⁺ and Cl<sup>-</sup>.")) == [
        "Let T A S be the onset.", "Water is H 2 O, and H 2 O.", "Cmax is C max.",
        "A room of 12 square metres holds x squared and E = mc squared.",
        "The price and the note go.", "The 1st dose.",
        "Iron is F E 2 plus, F E 2 plus or F E 3 plus; salt is N A plus and C L minus."]
    assert spoken_script(tmp_path, "Le 1<sup>er</sup> jour, M<sup>me</sup> Dupont.",
                         "fr") == ["Le premier jour, madame Dupont."]
    # a letter raised after a number that no ordinal raises is a note's mark, said apart:
    # a provisional year (sweep BI, eol-report's captions) was "2022 to 23p", as pence
    assert spoken_script(tmp_path, "Deaths in 2022/23^p^ were provisional. In "
                                   "2023/24^p,1^ too.") == [
        "Deaths in 2022 to 23 p were provisional.", "In 2023 to 24 p too."]


def test_a_note_s_star_or_dagger_is_silent_and_a_key_s_star_is_said(tmp_path):
    """A star was "star" opening the note it marks ("* see note") and nothing after the
    word it marks ("Price*"), so a listener heard a symbol in one place and not its
    partner. A note's mark is silent wherever it is, as a note's raised number is; a star
    standing alone mid-sentence is a key to press, and named."""
    assert spoken_script(tmp_path, (
        "The Price\\* is low; Text† too, 5 mg\\*, estimated (\\*). Press \\* to go back.\n\n"
        "\\* Prices include tax.\n\n\\*\\* Only on weekdays.\n\n† Not on Sundays.\n\n"
        "(\\*) Estimated.")) == [
        "The Price is low; Text too, 5 milligrams, estimated.", "Press star to go back.",
        "Prices include tax.", "Only on weekdays.", "Not on Sundays.", "Estimated."]
    assert spoken_script(tmp_path, "\\* siehe Hinweis. Der Preis\\* gilt.", "de") == [
        "siehe Hinweis.", "Der Preis gilt."]


def test_a_star_between_numbers_is_times(tmp_path):
    """A plain text's multiplication, "2*3" and "5 * 3", was said "2 3" and "5 star 3"."""
    assert spoken_script(tmp_path, "Take 2\\*3 and 5 \\* 3.") == ["Take 2 times 3 and 5 times 3."]
    assert spoken_script(tmp_path, "Rechne 2\\*3 und 5 \\* 3.", "de") == [
        "Rechne 2 mal 3 und 5 mal 3."]


def test_a_table_with_no_words_is_a_box_to_write_in_and_is_not_said(tmp_path):
    """The USDS DITAP packet's "Use the space below to take notes" is a table of one empty
    cell: it was said "Table. 1 row." and, once rows with no words were not counted,
    "Table. 0 rows.". A form's columns over blank rows are said as its header row, and its
    rows counted: an after-school club's four rows for emergency contacts were "1 row". A
    grid to tick, its rows named and empty, names its columns: a club's sessions were
    "Table. 2 rows. AM. PM.", the five days they are on never said. Both are said to be
    tables to fill in ("Table. 3 rows." over a form's names said nothing of their boxes)."""
    said = spoken_script(tmp_path, "Notes go below.\n\n<table><tr><td> </td></tr></table>\n\n"
                                   "| Name | Date |\n|---|---|\n| | |\n| | |\n\n"
                                   "| | MON | TUES | WED |\n|---|---|---|---|\n| AM | | | |\n"
                                   "| PM | | | |\n\nThe end.\n")
    assert said[-8:] == ["Notes go below.", "Table to fill in. 2 rows.", "Name. Date.",
                         "Table to fill in. 2 rows.", "Monday. Tuesday. Wednesday.", "AM.",
                         "PM.", "The end."]
    assert spoken_script(tmp_path, "| Day | Mon | Wed |\n|---|---|---|\n| Club | Yes | No |\n") \
        == ["Table. 1 row.", "Day: Club. Monday: Yes. Wednesday: No."]  # "wed no"


def test_a_table_to_fill_in_with_a_total_row_names_its_columns(tmp_path):
    """A budget in a Word file (sweep CB, repro total) gave its equipment "| Item |
    Specification | Quantity | Unit cost (USD) | Total (USD) |" over an empty row and "|
    TOTAL (USD) | | | | |": said "Table. 1 row. Item: TOTAL (USD).", its columns never
    named, where without the total row it was a table to fill in. The total row is said
    after the columns, as a row; a total row with values is a table's row as it was."""
    assert spoken_script(tmp_path, "| Item | Quantity | Total (USD) |\n|---|---|---|\n"
                                   "| | | |\n| TOTAL (USD) | | |\n") == [
        "Table to fill in. 2 rows.", "Item. Quantity. Total (USD).", "Item: TOTAL (USD)."]
    assert spoken_script(tmp_path, "| Posten | Betrag |\n|---|---|\n| | |\n| Summe | |\n",
                         "de") == ["Tabelle zum Ausfüllen. 2 Zeilen.", "Posten. Betrag.",
                                   "Posten: Summe."]
    assert spoken_script(tmp_path, "| Item | Cost |\n|---|---|\n| Pens | 5 |\n"
                                   "| Total | 5 |\n") == [
        "Table. 2 rows.", "Item: Pens. Cost: 5.", "Item: Total. Cost: 5."]

def test_a_unit_alone_in_its_cell_is_said_with_the_number_before_it(tmp_path):
    """A camp's recipe book (sweep CI, camp-menu) gives each amount's unit a column of its
    own, "bacon | 600 | g": "600. g.", whose "g" and "tsp" the voice spelled. A unit under
    its column's name stays in its cell."""
    assert spoken_script(tmp_path, "<table><tr><td>bacon</td><td>600</td><td>g</td></tr>"
                                   "<tr><td>baking powder</td><td>1</td><td>tsp</td></tr>"
                                   "</table>") == [
        "Table. 2 rows.", "bacon. 600 grams.", "baking powder. 1 teaspoon."]
    assert spoken_script(tmp_path, "| Food | Qty |\n|---|---|\n| Rice | 2 |\n| Salt | g |\n") \
        == ["Table. 2 rows.", "Food: Rice. Qty: 2.", "Food: Salt. Qty: g."]


def test_a_labels_no_written_against_its_number_is_number(tmp_path):
    """An after-school club's handbook: "(Registration No136114)" was "no one hundred
    thirty-six thousand one hundred fourteen"."""
    assert spoken_script(tmp_path, "We are registered with Ofsted (Registration No136114).") \
        == ["We are registered with Ofsted (Registration number 1 3 6 1 1 4)."]


def test_a_labels_no_before_a_bracket_or_colon_is_number(tmp_path):
    """A Ugandan study's consent form: "National ID No. (NIN)" and "Hospital No.:" were said
    "no", a refusal; an answer before a bracket stays one."""
    said = spoken_script(tmp_path, "National ID No. (NIN) and Hospital No.: below.\n\n"
                                   "Is it yes? No. (Tick one.)")
    assert "National ID number." in said[0] and "Hospital number." in said[0]
    assert "No." in said[-1] and "number" not in said[-1]


def test_a_distance_before_what_it_measures_is_singular(tmp_path):
    """A cycling club's guide: "200km rides" was "200 kilometres rides"; "750ml size
    bottles" "750 millilitres size"."""
    assert spoken_script(tmp_path, "Used on 200km rides, with 750ml size bottles. "
                                   "A 10 km walk. Ride 200km a day.") == [
        "Used on 200 kilometre rides, with 750 millilitre size bottles.",
        "A 10 kilometre walk.", "Ride 200 kilometres a day."]


def test_a_running_session_s_distances_before_what_they_measure_are_singular(tmp_path):
    """A running club's sessions (sweep AK, run-club-dropdowns): "The 600m intervals at 5km
    pace" was "The 600 metres intervals at 5 kilometres pace", and "200m recoveries" "200
    metres recoveries". A distance that says how far, "5 km north", "10 km away", counts."""
    assert spoken_script(tmp_path, "The 600m intervals at 5km pace, then 200m recoveries. "
                                   "Then 400m repeats. It is 5 km north, 10 km away.") == [
        "The 600 metre intervals at 5 kilometre pace, then 200 metre recoveries.",
        "Then 400 metre repeats.", "It is 5 kilometres north, 10 kilometres away."]


def test_any_unit_after_a_and_its_number_names_a_size_in_the_singular(tmp_path):
    """An accessibility audit's "a 12 ft ramp" was "a 12 feet ramp", a clinic's "a 30 min
    session" "a 30 minutes session", a scout group's "a 45º angle" "a 45 degrees angle", a
    fever leaflet's "a 15 kg (33 lb) child" "a 15 kilograms (33 pounds) child"; a measure
    that goes on counting keeps its plural."""
    assert spoken_script(tmp_path, "Fit a 12 ft ramp at a 5º angle. Book a 30 min session or "
                                   "an 8 hr shift. It is 12 ft long. Lift a 5 kg or heavier "
                                   "box. Dose a 15 kg (33 lb) child.") == [
        "Fit a 12 foot ramp at a 5 degree angle.", "Book a 30 minute session or an 8 hour shift.",
        "It is 12 feet long.", "Lift a 5 kilograms or heavier box.",
        "Dose a 15 kilogram (33 pound) child."]


def test_australian_and_new_zealand_telephone_numbers_are_said_digit_by_digit(tmp_path):
    """A disability provider's table of advocacy lines: "1300 555 450" was "one thousand
    three hundred five hundred fifty-five four hundred fifty"; "(02) 9876 5432" "nine
    thousand eight hundred seventy-six"."""
    assert spoken_script(tmp_path, "Call 1300 555 450, 1800 643 787 or (02) 9876 5432. "
                                   "In Auckland (09) 123 4567, or +44 7873311410.") == [
        "Call 1 3 0 0, 5 5 5, 4 5 0, 1 8 0 0, 6 4 3, 7 8 7 or 0 2, 9 8 7 6, 5 4 3 2.",
        "In Auckland 0 9, 1 2 3, 4 5 6 7, or plus 4 4, 7 8 7 3 3 1 1 4 1 0."]


def test_a_blank_an_extension_an_open_plural_and_an_honorific_are_said(tmp_path):
    """A school quiz's "learn how to _____ from cyber crimes" was said with a hole in it;
    an Alberta page's "ext. 7019" was "seven thousand nineteen"; "child/ren" was "child,
    ren"; a police programme's "Smt. Lakshmi" was two sentences, "smt" spelled."""
    assert spoken_script(tmp_path, "Learn how to _____ from cyber crimes. Call ext. 7019 "
                                   "about your child/ren. Smt. Lakshmi Devi spoke.") == [
        "Learn how to blank from cyber crimes.",
        "Call extension 7 0 1 9 about your children.", "Shrimati Lakshmi Devi spoke."]


def test_a_row_of_dots_closing_a_heading_is_not_said_blank(tmp_path):
    """A charity's vacancy (sweep BC, lch-temp-office lines 3 and 15), titled "Vacancy -
    Temporary Office Support help needed ......" over "#### **To apply........**" and
    "#### About you……..", dots a Word author pads headings with, was said "To apply blank".
    A row of dots in a sentence is a line to write on still, and an ellipsis stays. Nor do
    the dots title the section's MP3, its chapter or its link in the contents."""
    write_handouts(tmp_path / "source", {"a.md": "---\ntitle: Office help needed ......\n---"
                                                 "\n\n#### **To apply........**\n\n#### About "
                                                 "you……..\n\n#### What next...\n\nName "
                                                 ".......... please.\n"})
    sections = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0].sections
    assert [u.spoken for s in sections for u in s.script] == ["Office help needed", "To apply",
                                                              "About you", "What next...",
                                                              "Name blank please."]
    # the headings that title the MP3s, the audiobook's chapters and the contents' links
    assert [s.heading for s in sections] == ["Office help needed", "To apply", "About you",
                                             "What next..."]


def test_words_in_a_script_the_voice_cannot_read_are_left_out_of_an_english_sentence(tmp_path):
    """Services Australia's list of translations, "[العربية / Arabic](...)", was said
    "Arabic alif Arabic lam ... Arabic", "myanmar letter one zero one nine ... Burmese" and
    "Chinese letter Chinese letter ... Chinese", twenty items of it. A line in that script
    alone is left unsaid too: the handout is English, with a third of its words or more in
    Latin letters (a handout mostly in another script is read, and its `lang` warned of:
    `test_a_handout_all_in_letters_the_voice_cannot_read_is_still_read`)."""
    assert spoken_script(tmp_path, "- [العربية / Arabic](a.pdf)\n- [မြန်မာ / Burmese](b.pdf)\n"
                                   "- [简体中文 / Chinese](c.pdf)\n- [Русский / Russian](d.pdf)"
                                   "\n\n你好世界") == [
        "Arabic", "Burmese", "Chinese", "Russian"]


def test_what_stood_with_words_left_out_goes_with_them(tmp_path):
    """An English emergency card and a Persian and English code of conduct (sweep CY) kept
    the slash, the quotation marks and the label of words left out: "EMERGENCY / طوارئ /
    EMERGENCIA" was said "EMERGENCY slash slash EMERGENCIA", "1. تصحیح / Correction" "one.
    slash Correction", a table's cell in Arabic its column's name alone, "Phrase.", and a
    list's "ZH: 我需要帮助" "ZH"."""
    write_handouts(tmp_path / "source", {"a.md": (
        "# Card\n\n## EMERGENCY / طوارئ / EMERGENCIA\n\n### 1. تصحیح / Correction\n\n"
        "\"I need help\" / \"أحتاج مساعدة\"\n\n"
        "| Language | Phrase | Said |\n|---|---|---|\n"
        "| Arabic | أحتاج مساعدة | ahtaaj musaa'ada |\n\n"
        "- ES: Necesito ayuda\n- ZH: 我需要帮助\n")})
    sections = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0].sections
    assert [u.spoken for s in sections for u in s.script][1:] == [
        "EMERGENCY, EMERGENCIA", "1. Correction", "\"I need help\"", "Table. 1 row.",
        "Language: Arabic. Said: ahtaaj musaa'ada.", "ES: Necesito ayuda"]


def test_a_bilingual_label_whose_words_are_left_out_is_not_said_alone(tmp_path):
    """An Arabic and English code of conduct (sweep CY) opened each step with "تأثير المجتمع
    | Community Impact:" and Arabic, over the same label with English: the first was unsaid
    where its Arabic was long, and said "Community Impact." where it was short, so the label
    was heard twice in one step and once in the other."""
    assert spoken_script(tmp_path, "**تأثير المجتمع | Community Impact:** انتهاك من خلال "
                                   "حادثة واحدة.\n\n**Community Impact:** A single "
                                   "violation.\n") == ["Community Impact: A single violation."]


def test_cyrillic_beside_english_is_printed_not_said(tmp_path, caplog):
    """An English emergency card (sweep CY) gave its phrases in Russian and Kazakh, a table
    of them: "Мне нужна помощь" was said "em en ye en u zhe…" and "Маған көмек керек" with
    "Cyrillic letter four nine three" for its ғ, with no warning. Serbian's voice reads
    Cyrillic, and says it."""
    write_handouts(tmp_path / "source", {
        "a.md": "# Phrases for an emergency\n\nIn Russian, ask for help with Мне нужна "
                "помощь.\n\nМаған көмек керек.\n",
        "b.md": "---\ntitle: Fraze\nlang: sr\n---\n\nKažite Треба ми помоћ.\n"})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        english, serbian = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [u.spoken for u in english.sections[0].script] == [
        "Phrases for an emergency", "In Russian, ask for help with."]
    assert [u.spoken for u in serbian.sections[0].script] == ["Fraze", "Kažite Треба ми помоћ."]
    assert [r.getMessage().split(", so ")[0] for r in caplog.records] == [
        f"{tmp_path / 'source' / 'a.md'}:5: the English voice cannot read Cyrillic letters",
        f"{tmp_path / 'source' / 'a.md'}:3: the English voice cannot read Cyrillic letters"]


TELUGU_LEAFLET = """There is no delete button on the internet. Think before you post.

3. ఇంటర్నెట్ లో డిలీట్ బటన్ లేదు

ఏదైనా పోస్ట్ చేసే ముందు ఆలోచించండి.

విటమిన్ C ఉన్న ఆహారం తినండి.

Call the helpline.
"""


def test_a_passage_in_letters_the_voice_cannot_read_is_printed_not_said(tmp_path, caplog):
    """A bilingual cyber-safety leaflet's Telugu half was said letter by letter by the
    English voice ("Telugu i, Telugu an, Telugu ta…"), with no warning. It is printed, left
    unsaid, and the author told where and how to have it narrated; so is a sentence with a
    vitamin's letter in it, which went to the English voice whole."""
    write_handouts(tmp_path / "source", {"a.md": f"# Safe online\n\n{TELUGU_LEAFLET}"})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.spoken for u in document.sections[0].script] == [
        "Safe online", "There is no delete button on the internet.", "Think before you post.",
        "Call the helpline."]
    assert "ఇంటర్నెట్ లో డిలీట్ బటన్ లేదు" in document.sections[0].html
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'source' / 'a.md'}:5: the English voice cannot read Telugu letters, so "
        "3 passages are printed but not said (the first: \"3. ఇంటర్నెట్ లో డిలీట్ బటన్ "
        "లేదు\"): to have them narrated, put them in a handout of their own, with their "
        "'lang'"]


def test_a_passage_in_other_letters_holding_latin_in_brackets_is_named(tmp_path, caplog):
    """A Hinglish note on telmisartan, "यह एंजियोटेंसिन रिसेप्टर ब्लॉकर्स (ARBs) नामक दवाओं…",
    stopped its whole handout with a fault: the passage noted was what the voice would
    have been left with, "(ARBs)", in which no Devanagari letter was found to name."""
    write_handouts(tmp_path / "source", {"a.md": (
        "# Telmisartan\n\nTelmisartan is a blood pressure medicine.\n\n"
        "यह एंजियोटेंसिन रिसेप्टर ब्लॉकर्स (ARBs) नामक दवाओं के वर्ग से संबंधित है।\n")})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.spoken for u in document.sections[0].script] == [
        "Telmisartan", "Telmisartan is a blood pressure medicine."]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'source' / 'a.md'}:5: the English voice cannot read Devanagari letters, "
        "so 1 passage in them is printed but not said (the first: \"यह एंजियोटेंसिन रिसेप्टर "
        "ब्लॉकर्स (ARBs)…\"): to have them narrated, put them in a handout of their own, with "
        "their 'lang'"]


def test_a_private_use_character_and_a_lone_vowel_sign_are_not_named_nor_said(
        tmp_path, caplog):
    """A Sinhala page pasted from a PDF (sweep AT, sa-sinhalese line 18) held a vowel sign
    alone, "ඉල්ලා ා සිටීම", and a private-use character, U+10003B, inside a word: the warning
    named "Sinhala letters or ? letters", and the character went to the English voice once
    the Sinhala words around it were left out. The vowel sign's script is named, and the
    character, a font's own code, is not said (print keeps it)."""
    write_handouts(tmp_path / "source", {"a.md": (
        "# Request\n\nRequest an Individual Healthcare Identifier ඉල්ලා ා සිටීම, "
        "සං \U0010003bෝධනය or \ue100 change it.\n")})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.spoken for u in document.sections[0].script] == [
        "Request", "Request an Individual Healthcare Identifier, or change it."]
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        f"{tmp_path / 'source' / 'a.md'}:3: the English voice cannot read Sinhala letters, so "
        "5 words in the sentences it reads are printed but not said (\"ඉල්ලා\", \"ා\", "
        "\"සිටීම\", \"සං\", \"ෝධනය\"): to have them said, write beside each how it sounds in "
        "Latin letters"]


def test_a_bilingual_form_in_chinese_characters_is_no_chinese_handout(tmp_path, caplog):
    """A university's consent form gives each English paragraph, then its Chinese: counted
    a character a word, the Chinese was "most of its text", the author was told to make the
    whole form Chinese, and the English voice read the Chinese ("Chinese letter Chinese
    letter…"). With a third of its words in the voice's own letters a handout is
    bilingual: its Chinese is printed, left unsaid, and the author told so."""
    write_handouts(tmp_path / "source", {"consent.md": """\
        ---
        title: Consent
        lang: en
        ---

        Conditions of participation:

        参与条件：

        Participants must be over 18 years old.

        参与者须年满18周岁。

        I understand that my participation is voluntary.

        我了解我的参加是自愿的。
        """})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.text for u in document.sections[0].script] == [
        "Consent", "Conditions of participation:", "Participants must be over 18 years old.",
        "I understand that my participation is voluntary."]
    assert "参与者须年满18周岁" in document.sections[0].html
    [warning] = [r.getMessage() for r in caplog.records]
    assert "cannot read Chinese characters (CJK), so 3 passages are printed but not said" \
        in warning and "correct 'lang'" not in warning


def test_a_title_in_letters_the_voice_cannot_read_is_warned_of_as_the_title(tmp_path, caplog):
    """An English leaflet whose Word title property was Chinese: the author was told to "put
    them in a Word document of their own", which cannot be done with a title. The title has
    a warning of its own, saying to write it in the voice's language, and where."""
    write_handouts(tmp_path / "source", {"a.md": """\
        ---
        title: 健康指南
        lang: en
        ---

        Take one tablet each morning with water. Do not take more than one a day.

        每天早上用水服用一片。

        Keep the tablets away from children, in a cool dry place.
        """})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.text for u in document.sections[0].script] == [
        "Take one tablet each morning with water.", "Do not take more than one a day.",
        "Keep the tablets away from children, in a cool dry place."]
    path = tmp_path / "source" / "a.md"
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}: the English voice cannot read Chinese characters (CJK), so the title "
        "\"健康指南\" is printed but not said: to have it said, write the title in English "
        "(its 'title' in the front matter, or with none, its first heading)",
        f"{path}:8: the English voice cannot read Chinese characters (CJK), so 1 passage in "
        "them is printed but not said (the first: \"每天早上用水服用一片。\"): to have them "
        "narrated, put them in a handout of their own, with their 'lang'"]


def test_a_passage_left_unsaid_is_warned_of_by_its_letters_at_its_line(tmp_path, caplog):
    """An emergency card (sweep CY) was warned of as "Latin letters", from the label of its
    passage "AR: أحتاج مساعدة", at the heading above that held the phrase too; and a code
    of conduct's Arabic comma alone after a link as "? letters"."""
    write_handouts(tmp_path / "source", {"a.md": (
        "# Help\n\n## Asking: \"أحتاج مساعدة\"\n\nSay it slowly to the staff at the "
        "desk.\n\nAR: أحتاج مساعدة جداً الآن\n"), "b.md": (
        "# Covenant\n\nThis is adapted from the Covenant.\n\nوهو مقتبس من "
        "[Covenant](https://example.org)، الإصدار 2.1.\n")})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [r.getMessage().split(", so ")[0] for r in caplog.records] == [
        f"{tmp_path / 'source' / 'a.md'}:7: the English voice cannot read Arabic letters",
        f"{tmp_path / 'source' / 'a.md'}:3: the English voice cannot read Arabic letters",
        f"{tmp_path / 'source' / 'b.md'}:5: the English voice cannot read Arabic letters"]


def test_words_left_out_of_a_sentence_are_warned_of_at_their_line(tmp_path, caplog):
    """"Ask for עזרה (help) or مساعدة at the desk." was said "Ask for (help) or at the
    desk." with no warning, where a whole passage in those letters is warned of. Code is
    said as written, its letters too, and is not counted."""
    write_handouts(tmp_path / "source", {"a.md": (
        "# Help\n\nWe are here to help.\n\nAsk for עזרה (help) or مساعدة at the desk.\n\n"
        "Type `שלום` to start, or say עזרה again.\n")})
    with caplog.at_level("WARNING", "handout.diagnostics"):
        document = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0]
    assert [u.spoken for u in document.sections[0].script] == [
        "Help", "We are here to help.", "Ask for (help) or at the desk.",
        "Type שלום to start, or say again."]
    assert "Ask for עזרה (help) or مساعدة at the desk." in document.sections[0].html
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'source' / 'a.md'}:5: the English voice cannot read Hebrew letters or "
        "Arabic letters, so 2 words in the sentences it reads are printed but not said "
        "(\"עזרה\", \"مساعدة\"): to have them said, write beside each how it sounds in Latin "
        "letters"]


@pytest.mark.parametrize("body", [
    "ఏదైనా పోస్ట్ చేసే ముందు ఆలోచించండి.",
    # a Georgian page with no `lang` (sweep CY): its sentence with Latin names in it was
    # said as the names alone, "(YouTube- ) (fyigeo.com- ).", the one before it whole
    "ჩვენ ვწერთ ყოველდღე ახალ სტატიებს.\n\nუყურეთ ვიდეოდ (YouTube-ზე) ან წაიკითხეთ "
    "სტატიად (fyigeo.com-ზე).",
])
def test_a_handout_all_in_letters_the_voice_cannot_read_is_still_read(tmp_path, body):
    """A handout whose `lang` is wrong is warned of as such (`warn_language_mismatch`), and
    read: it is not a passage quoted in another script, and its listener would hear
    nothing. So is each of its sentences whole, a name in Latin letters or none."""
    assert spoken_script(tmp_path, body) == body.split("\n\n")


def test_it_and_us_in_a_shouted_warning_are_words(tmp_path):
    """A hurricane page's "IT IS VERY IMPORTANT" was said "I T is very important"; the IT
    team and the US stay initialisms."""
    assert spoken_script(tmp_path, "IT IS VERY IMPORTANT to leave. CALL US NOW. The IT team "
                                   "and the US embassy.") == [
        "It IS VERY IMPORTANT to leave.", "CALL Us NOW.", "The IT team and the US embassy."]


def test_an_extension_written_x_after_a_number_is_an_extension(tmp_path):
    """An Ontario clinic's "ext. 7019 or x218" was "times 218"; "2L containers" "2 litres
    containers". "Take 3 x 2 tablets" is still "times"."""
    assert spoken_script(tmp_path, "Call 555-123-4567 x218 or ext. 7019 or x220. Use 2L "
                                   "containers. Take 3 x 2 tablets.") == [
        "Call 5 5 5, 1 2 3, 4 5 6 7 extension 2 1 8 or extension 7 0 1 9 or extension 2 2 0.",
        "Use 2 litre containers.", "Take 3 times 2 tablets."]


def test_a_processors_x86_and_x64_are_no_counts(tmp_path):
    """A game's modding guide for Windows: "(x86 and x64)" and "Program Files (x86)" were
    "times 86 and times 64", a folder that does not exist. "Take it x2 daily" is a count."""
    assert spoken_script(tmp_path, "Install both (x86 and x64), not into Program Files (x86). "
                                   "Take it x2 daily.") == [
        "Install both (x86 and x64), not into Program Files (x86).", "Take it times 2 daily."]


def test_a_password_in_code_is_said_as_written(tmp_path):
    """A course on passwords (sweep CT, D3): "`Purple!Elephant7Sunrise#Coffee`" and
    "`Blue@Chair&Running7Moon`" were said "Purple!Elephant7Sunrise Coffee" and "Blue at
    Chair Running7Moon", their "#" and "&" taken out with code's symbols: as written, as a
    password in prose is. Other code still loses its symbols."""
    assert spoken_script(tmp_path, "Try `Purple!Elephant7Sunrise#Coffee` or "
                                   "`Blue@Chair&Running7Moon`, not `a & b`.") == [
        "Try Purple!Elephant7Sunrise#Coffee or Blue@Chair&Running7Moon, not a b."]


def test_a_macs_keys_are_said_by_their_names(tmp_path):
    """A Mac app's user guide: "Shortcuts for copy and paste are `⌘C` and `⌘V`" was said "…
    are C and V", and "⌥⌘Esc" outside code reached the voice, which said nothing for it."""
    assert spoken_script(tmp_path, "Copy with `⌘C`, or press ⌥⌘Esc to force quit.") == [
        "Copy with Command C, or press Option Command Esc to force quit."]


def test_a_macs_command_key_is_said_once_and_in_full(tmp_path):
    """A Mac cheat sheet (sweep CT, D5): "Command (⌘) + C" was said "Command ( Command ) +
    C", and "Cmd+Shift+4", kept as a password, spelled "C M D plus Shift plus 4". A key
    with another's sign after it, "Ctrl (⌘)", is two; a password stays as written."""
    assert spoken_script(tmp_path, "Copy with Command (⌘) + C, capture with Cmd+Shift+4 or "
                                   "`Cmd+Shift+4`. Zoom out: Cmd + -. Use Ctrl (⌘) + V to "
                                   "paste. Not IwmdBa@7h.") == [
        "Copy with Command + C, capture with Command+Shift+4 or Command plus Shift plus 4.",
        "Zoom out: Command + minus.", "Use Ctrl ( Command ) + V to paste.", "Not IwmdBa@7h."]


def test_arrow_keys_and_the_tilde_are_said_by_their_names(tmp_path):
    """A Mac cheat sheet (sweep AN): `⌘⌥-↑` … `⌘⌥-→` were all said "Command Option -",
    `⌘-~` "Command -", `Ctrl + ↓` "Ctrl", the arrows and the tilde dropped with code's
    symbols; "Press ← or → to move" was "Press ← or, to move", and "Type ~ before" lost its
    tilde. An arrow between words is still "to"; a key before a full stop is the key, where
    "Press ↑ or →." lost its "→", taken for an arrow that ends a line. Typed, "Use -> to go
    on" was "Use, to go on"."""
    assert spoken_script(tmp_path, "Move up: `⌘⌥-↑`. Move down: `Ctrl + ↓`. Next window: "
                                   "`⌘-~`. Press ← or → to move between pages. Type ~ before "
                                   "your user name. London → Paris. Press ↑ or →. Use -> to "
                                   "go on, or <- to go back.") == [
        "Move up: Command Option up arrow.", "Move down: Ctrl plus down arrow.",
        "Next window: Command tilde.", "Press left arrow or right arrow to move between pages.",
        "Type tilde before your user name.", "London to Paris.",
        "Press up arrow or right arrow.", "Use right arrow to go on, or left arrow to go back."]


def test_the_minus_key_after_a_modifier_is_said(tmp_path):
    """An accessibility page (sweep CT, D4): "Ctrl + - to zoom out" was heard "control plus
    to zoom out", the key that zooms in, the voice silent for the sign; in code, `Ctrl + -`
    was "Ctrl plus -". A subtraction's dash stays."""
    assert spoken_script(tmp_path, "Ctrl + + to zoom in, Ctrl + - to zoom out. On a Mac, "
                                   "⌘ + -. In code, `Ctrl + -` and `Ctrl++`. Take 5 - 2.") == [
        "Ctrl + + to zoom in, Ctrl + minus to zoom out.", "On a Mac, Command + minus.",
        "In code, Ctrl plus minus and Ctrl plus plus.", "Take 5 - 2."]


def test_a_menu_path_and_keys_in_code_keep_their_joining_signs(tmp_path):
    """A screen reader's guide (sweep AN): `Settings > Display > Text size` was "Settings
    Display Text size", where the same path in prose pauses at each step, and `Ctrl + C`
    "Ctrl C", where `<kbd>Ctrl+C</kbd>` is "Ctrl plus C". A shell's `ls > out.txt` and a
    sum's `a+b` are no path nor keys."""
    assert spoken_script(tmp_path, "Open `Settings > Display > Text size`. Press `Ctrl + C`, "
                                   "then `Alt+Tab`. Run `ls > out.txt` with `a+b`.") == [
        "Open Settings, Display, Text size.", "Press Ctrl plus C, then Alt plus Tab.",
        "Run ls out.txt with a plus b."]


def test_two_keys_in_code_with_a_slash_between_are_one_or_the_other(tmp_path):
    """A screen reader's README (sweep AN, adg-shortcuts): "`Down`/`Up` reads the next
    line" and "`H`/`Shift + H`" were said "Down slash Up" and "H slash Shift H". Code that
    is no key, a path's "`docs`/`api`", keeps its slash."""
    assert spoken_script(tmp_path, "`Down`/`Up` reads the next line. Press `H`/`Shift + H` "
                                   "for headings. See `docs`/`api`.") == [
        "Down or Up reads the next line.", "Press H or Shift plus H for headings.",
        "See docs / api."]


def test_a_route_tables_turn_arrows_are_named(tmp_path):
    """A convoy's route (sweep AM, iow-convoy saturday.md) signs its turns in a column:
    "&#x21b0;" (↰), "&#x21b1;" (↱), "&#x21c4;" (⇄) and a mini roundabout's "&#x29BD;" (⦽)
    were said as nothing, where "↑" in the same column was "up arrow". Each arrow is named
    as a screen reader names it, by its Unicode name."""
    assert spoken_script(tmp_path, "| Sign | Direction |\n| --- | --- |\n"
                                   "| &#x21b0; | Left at T-Junction |\n"
                                   "| &#x29BD; | Straight across the mini roundabout |\n"
                                   "| &#x21c4; | Dogleg Right then Left |") == [
        "Table. 3 rows.", "Sign: up arrow with tip left. Direction: Left at T-Junction.",
        "Sign: up arrow through circle. Direction: Straight across the mini roundabout.",
        "Sign: right arrow over left arrow. Direction: Dogleg Right then Left."]


def test_circa_before_a_year_is_said_in_full(tmp_path):
    """A parish's saints for the week (sweep AD), "St Cecilia (c.230AD)" and "(c.100AD)",
    were said "C 230AD": "circa", and the era set apart from its year; "built c. 1850" was
    two sentences. A capital C is a vitamin's, and "c." before a word a list's letter, as
    is one opening an item before a number: a survey's "c. 3 open-ended questions" after
    "a." and "b." (sweep BE) was "circa 3"."""
    assert spoken_script(tmp_path, "Friday -- St Cecilia (c.230AD); Hilda (680AD). Built c. "
                                   "1850. Take vitamin C, 500 mg. See c. and d. below.\n\n"
                                   "b. 13 questions.\n\nc. 3 open-ended questions.") == [
        "Friday – St Cecilia (circa 230 AD); Hilda (680 AD).", "Built circa 1850.",
        "Take vitamin C, 500 milligrams.", "See c. and d. below.", "b. 13 questions.",
        "c. 3 open-ended questions."]


def test_a_keys_sign_in_kbd_is_said_by_its_name(tmp_path):
    """A screen reader's shortcuts (sweep AG): "<kbd>VO + ;</kbd>" and "<kbd>Ctrl +
    .</kbd>" were said "VO +" and "Ctrl +.", the keys taken for a sentence's marks, and
    "Press <kbd>Ctrl</kbd> + <kbd>;</kbd>" lost its key: each named, the "+" in a key's
    box "plus"."""
    assert spoken_script(tmp_path, "| Shortcut | Description |\n| --- | --- |\n"
                                   "| <kbd>VO + ;</kbd> | Lock the keys |\n"
                                   "| <kbd>Ctrl + .</kbd> | Stop speaking |\n\n"
                                   "Press <kbd>Ctrl</kbd> + <kbd>;</kbd> or <kbd>Ctrl+/</kbd>"
                                   " to lock.") == [
        "Table. 2 rows.", "Shortcut: VO plus semicolon. Description: Lock the keys.",
        "Shortcut: Ctrl plus full stop. Description: Stop speaking.",
        "Press Ctrl + semicolon or Ctrl plus slash to lock."]


def test_a_bold_lead_in_without_a_stop_ends_before_the_sentence_after_it(tmp_path):
    """A co-op's guide opens its paragraphs with a bold lead-in and no stop, "**A shopping
    experience customers will enjoy** With a group shop…": the voice ran them into one
    sentence. Bold inside a sentence, or before lower case, runs on as before."""
    assert spoken_script(tmp_path, "**Customers will enjoy it** With a shop, they see more.\n\n"
                                   "Take **two tablets** Then rest.\n\n**Bold** and more.") == [
        "Customers will enjoy it. With a shop, they see more.", "Take two tablets Then rest.",
        "Bold and more."]


def test_a_day_and_month_after_appointments_is_a_date(tmp_path):
    """A county's vaccination page: "Appointments for 2/9 and 2/10" was "2 9 and 2 out of
    10". A fraction there stays one, with its article: "half an hour"."""
    write_handouts(tmp_path / "source", {"a.md": "---\nlang: en-US\n---\n\n# T\n\n"
                   "Appointments for 2/9 and 2/10 are open. Appointments last 1/2 hour.\n"})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    assert [u.spoken for u in script][1:] == [
        "Appointments for February 9 and February 10 are open.",
        "Appointments last half an hour."]


def test_exported_pages_links_tags_ranges_and_gradients(tmp_path):
    """From a food pantry's WordPress export, co-op notes in HackMD and a venue's access
    checklist: "[sign up][2]" was "sign up (note 2)", taken for a chatbot's numbered source;
    "- #action back-fill notes" a heading; "between meals to reduce upset" "between meals
    and reduce upset"; a ramp's "1:12" "one twelve"."""
    assert spoken_script(tmp_path, (
        "Please [sign up][2] to volunteer.\n\n- #action back-fill notes\n\nTake them between "
        "meals to reduce upset, between 2pm-4pm. The ramp is no steeper than 1:12.\n\n"
        "[2]: https://example.org/volunteer\n")) == [
        "Please sign up to volunteer.", "action back-fill notes",
        "Take them between meals to reduce upset, between 2pm and 4pm.",
        "The ramp is no steeper than 1 in 12."]
    html = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].html
    assert "<h1" not in html and "#action back-fill notes" in html


def test_a_price_list_s_amounts_are_said_with_what_they_are_for(tmp_path):
    """A dentist's "from £999" was "from 9 pounds 9 9", an emergency number; a village
    hall's "£15 p/h" "15 pounds p per hour"; a workshop's "$75 / month" "75 dollars, month"
    and "$75/mo" "slash mo"; and "~$3742" lost its "about"."""
    assert spoken_script(tmp_path, "Braces from £999. Call 999. Hire £15 p/h, or £5pp. Rent "
                                   "£850 pcm. Fees $75 / month, $75/mo or $100 /month, "
                                   "~$3742 in all.") == [
        "Braces from 999 pounds.", "Call 9 9 9.",
        "Hire 15 pounds per hour, or 5 pounds per person.", "Rent 850 pounds a month.",
        "Fees 75 dollars a month, 75 dollars a month or 100 dollars a month, about 3742 "
        "dollars in all."]


def test_money_named_by_its_letters_is_said_as_money(tmp_path):
    """A Bangladeshi passport office's page in English gave its fees as "TK 4,025" and "Tk.
    500": said "T K four thousand…", and "Tk." ended a sentence, its amount said alone;
    "Rs 500", as "Rs. 21" is, is rupees."""
    assert spoken_script(tmp_path, "Regular delivery: TK 4,025 or Tk. 500 or Rs 500. Fees "
                                   "are paid in Tk. Cards are taken.") == [
        "Regular delivery: 4,025 taka or 500 taka or 500 rupees.", "Fees are paid in Tk.",
        "Cards are taken."]


def test_a_loss_in_brackets_is_said_with_its_minus(tmp_path):
    """Accounts write a loss in brackets, "| Administrative expenses | (2,562,208) |",
    "(£1,234)", "£(1,234)", "(1.2)%" (sweep CQ, D1): the brackets were not said, so a loss
    was heard as income. Alone in a cell, with a currency sign or thousands commas, or a
    percent after it, the figure is a minus; a number in brackets in prose, a year, a
    note's number or an area code stays as written. Pence per share, "(17.50)p" before the
    next cell, were taken for a page, "(17.50)page 6" (D3)."""
    assert spoken_script(tmp_path, "| Item | 2024 £ | Note |\n| --- | --- | --- |\n"
                                   "| Revenue | 369,860 | 3 |\n"
                                   "| Administrative expenses | (2,562,208) | (4) |\n"
                                   "| Profit on disposal | (181) | (5) |\n"
                                   "| Loss per share | (17.50)p | 6 |\n\n"
                                   "A loss of (£1,234), or £(1,234). Margin (1.2)%. See note "
                                   "(3) of the 2023 report (2019). Call: (425) 366-3500.") == [
        "Table. 4 rows.", "Item: Revenue. 2024 pounds: 369,860. Note: 3.",
        "Item: Administrative expenses. 2024 pounds: −2,562,208. Note: (4).",
        "Item: Profit on disposal. 2024 pounds: −181. Note: (5).",
        "Item: Loss per share. 2024 pounds: −17.50 pence. Note: 6.",
        "A loss of −1,234 pounds, or −1,234 pounds.", "Margin −1.2 percent.",
        "See note (3) of the 2023 report (2019).", "Call: 4 2 5, 3 6 6, 3 5 0 0."]


def test_an_x_in_brackets_between_words_is_a_placeholder_not_a_ticked_box(tmp_path):
    """A letter template's "After [X] years at £5, we are raising the fee" (sweep CQ, D13)
    was said "After ticked box years"; a form's boxes stay boxes."""
    assert spoken_script(tmp_path, "After [X] years at £5, we are raising the fee.\n\n"
                                   "[X] I agree. Yes [X] No [ ].") == [
        "After X years at 5 pounds, we are raising the fee.",
        "Ticked box I agree.", "Yes ticked box No unticked box."]


def test_a_yearly_amount_with_its_scale_or_a_rate_is_said_a_year(tmp_path):
    """An income-band table's "£750k p.a." was said "750 thousand pounds p.a.", the letters
    read out, as a rate of interest's "3% p.a." was: "p.a." after a price with no scale
    was "a year" already. Where its stop ends the sentence, the sentence keeps one."""
    assert spoken_script(tmp_path, "Band J is £750k p.a. Band K is £1.2m pa, and savings "
                                   "earn 3% p.a. before tax.") == [
        "Band J is 750 thousand pounds a year.",
        "Band K is 1.2 million pounds a year, and savings earn 3 percent a year before tax."]


def test_currency_codes_and_european_millions_are_said_as_money(tmp_path):
    """An NGO's annual report in English: "EUR 300" was "yur three hundred", "USD 45.50" "U S
    D forty-five point five zero", "20 CHF" "twenty C H F", "EUR 70 mio / year" "seventy
    mee-oh, year"."""
    assert spoken_script(tmp_path, "Grants of EUR 300, USD 45.50 and 20 CHF. A budget of EUR "
                                   "70 mio / year, for 4 mln people. We see 100 visits/month "
                                   "and a EUR 5 fee.") == [
        "Grants of 300 euros, 45 US dollars 50 cents and 20 Swiss francs.",
        "A budget of 70 million euros per year, for 4 million people.",
        "We see 100 visits per month and a 5 euro fee."]


def test_chapters_in_roman_numerals_quadrants_and_morning_hours_are_read(tmp_path):
    """An easy-read draft of a disability act cited "Chapter II of the Act", said "chapter
    roman two"; the VA's "810 Vermont Ave. NW" ended a sentence at "Ave."; a library's "Sat
    10:00–16:00" was "10 o'clock to 4 PM"."""
    assert spoken_script(tmp_path, "See Chapter II of the Act and World War II. Write to "
                                   "810 Vermont Ave. NW, Washington. Open Sat 10:00–16:00.") == [
        "See Chapter 2 of the Act and World War 2.",
        "Write to 810 Vermont Avenue, NW, Washington.", "Open Saturday 10 AM to 4 PM."]


def test_a_law_s_part_in_capitals_before_roman_numerals_is_a_number(tmp_path):
    """A society's bylaws head their articles "ARTICLE IV: Duties of Officers", said "ARTICLE
    I V" in the heading and the text, where "Article IV" was "Article 4"; so a section, a
    part, a chapter and a schedule in capitals, their word said as a word."""
    assert spoken_script(tmp_path, "See ARTICLE IV and Article IV for details. SECTION II, "
                                   "PART III, CHAPTER IX and SCHEDULE I. World War II.") == [
        "See Article 4 and Article 4 for details.",
        "Section 2, Part 3, Chapter 9 and Schedule 1.", "World War 2."]


def test_a_range_of_thousands_shortened_and_a_month_s_year_with_a_plus_are_said(tmp_path):
    """A club's call for speakers: "5k-10k attendees" was left as written, "5k-10 thousand",
    where "£10k" is "10 thousand pounds"; "October 2026+" was "October 2026 or more", as a
    count is, where it means from then on. A count with a plus keeps its "or more"."""
    assert spoken_script(tmp_path, "Our events draw 5k-10k attendees and 1.5M–2M viewers. "
                                   "We need speakers for October 2026+. Aged 65+.") == [
        "Our events draw 5 thousand to 10 thousand attendees and 1.5 million to 2 million "
        "viewers.", "We need speakers for October 2026 onwards.", "Aged 65 or more."]


def test_a_monarchs_number_in_roman_numerals_is_said_as_an_ordinal(tmp_path):
    """A history club's handout said "Henry roman eight" and "Elizabeth roman two"; a lone
    "I" after a name stays the pronoun where a verb follows it."""
    assert spoken_script(tmp_path, "King Henry VIII's wives. Pope John Paul II and Elizabeth "
                                   "I of England. Henry II, III and IV. The day Charles I met "
                                   "her, Henry Ford and Apollo XI.") == [
        "King Henry the eighth's wives.",
        "Pope John Paul the second and Elizabeth the first of England.",
        "Henry the second, the third and the fourth.",
        "The day Charles I met her, Henry Ford and Apollo XI."]


def test_a_heading_broken_over_two_lines_names_its_section_with_a_space(tmp_path):
    """"## Line<br>two" named its section, its MP3's title and its chapter "Linetwo"."""
    write_handouts(tmp_path / "source", {"a.md": "# Work<br>Informed *consent*\n\n"
                                                 "Text.\n\n## Line<br>two\n\nMore.\n"})
    [handout] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert handout.meta.title == "Work Informed consent"
    assert [s.heading for s in handout.sections][1:] == ["Line two"]


def test_an_easy_read_table_is_read_as_pictures_beside_sentences(tmp_path):
    """Easy Read lays a page out as a table, a picture beside each sentence: it was read as
    data, "Table. 2 rows. Picture: Image: A calendar. What it means: Go every 6 months.",
    and where Markdown's header row was the first picture and sentence, the first sentence
    named the second's column ("Image: A smiling dentist.: Image: A calendar.")."""
    picture = (FIXTURES / "audio" / "tablet.png").read_bytes()
    (tmp_path / "source").mkdir()
    for name in ("dentist.png", "calendar.png"):
        (tmp_path / "source" / name).write_bytes(picture)
    header = ("| Picture | What it means |\n| --- | --- |\n| ![A smiling dentist](dentist.png) "
              "| You will see the **dentist**. |\n| ![A calendar](calendar.png) | Go every 6 "
              "months. |")
    entry = ("| ![A smiling dentist](dentist.png) | You will see the **dentist**. |\n"
             "| --- | --- |\n| ![A calendar](calendar.png) | Go every 6 months. |")
    for table in (header, entry):
        assert spoken_script(tmp_path, table) == [
            "Image: A smiling dentist. You will see the dentist.",
            "Image: A calendar. Go every 6 months."]
    assert spoken_script(tmp_path, "| Dose | When |\n| --- | --- |\n| 1 | Morning |\n"
                                   "| 2 | Night |")[0] == "Table. 2 rows."
    answers = ("| Venue | Step-free access |\n| --- | --- |\n| Library | ![Yes](dentist.png) |"
               "\n| Town Hall | ![No](calendar.png) |")  # pictures for answers: names kept
    assert spoken_script(tmp_path, answers)[1:] == [
        "Venue: Library. Step-free access: Image: Yes.",
        "Venue: Town Hall. Step-free access: Image: No."]


def test_a_telephone_number_spelled_with_letters_is_said_as_one(tmp_path):
    """The VA's depression page gave "1-877-4AID-VET", which was "one dash eight hundred
    seventy-seven dash four A I D V E T"."""
    assert spoken_script(tmp_path, "Call 1-877-4AID-VET or 1-800-FDA-1088.") == [
        "Call 1, 8 7 7, 4, AID, VET or 1, 8 0 0, FDA, 1 0 8 8."]


def test_a_box_with_a_long_label_ends_as_a_box(tmp_path):
    """A residents' handbook's disclosures, each labelled with an instruction, ended "End of
    see options for how and where to park."."""
    said = spoken_script(tmp_path, "<details><summary>See options for how and where to "
                                   "park</summary>\n\nUse the car park.\n\n</details>\n\n"
                                   "!!! warning\n    Keep it cold.\n")
    assert "End of box." in said and "End of warning." in said
    assert not any(line.startswith("End of see") for line in said)


def test_a_slash_before_dose_is_per_only_after_an_amount(tmp_path):
    """A prescribing guide's "check the timing/dose" was "the timing per dose": a slash
    between one thing and "dose" joins two things to check; after an amount it is "per"."""
    assert spoken_script(tmp_path, "Check the timing/dose. Use 3 puffs/dose, or 5 mg/dose. "
                                   "Doses/day vary.") == [
        "Check the timing, dose.", "Use 3 puffs per dose, or 5 milligrams per dose.",
        "Doses per day vary."]


def test_a_dash_in_a_cell_and_a_row_of_one_cell_are_said_as_a_reader_takes_them(tmp_path):
    """A hall's "Villager Discount Price: -" said the column's name and nothing; a
    library's one-cell rows among its charges ("Suggest", and a note under them) were each
    said as the first column's value ("Reservations: Suggest.") and counted as rows. A row
    of one cell beside a cell merged down from above is data."""
    table = ("<table>\n<tr><th>Service</th><th>Price</th><th>Discount</th></tr>\n"
             "<tr><td><strong>Suggest</strong></td></tr>\n"
             "<tr><td>Hall</td><td>£15</td><td>-</td></tr>\n"
             "<tr><td rowspan=\"2\">Room</td><td>£8</td><td>–</td></tr>\n"
             "<tr><td>£9</td></tr>\n"
             "<tr><td>Items not returned are charged.</td></tr>\n</table>")
    assert spoken_script(tmp_path, table) == [
        "Table. 3 rows.", "Suggest.", "Service: Hall. Price: 15 pounds.",
        "Service: Room. Price: 8 pounds.", "Service: Room. Price: 9 pounds.",
        "Items not returned are charged."]


def test_a_currency_sign_alone_in_a_cell_is_passed_over(tmp_path):
    """A cake-sale rota not yet filled in (sweep DA), "| Ladybirds | **£ .  ** |", said
    "Amount raised: pound": a sign with no amount is an empty cell, as a dash is."""
    table = ("| Class | Amount raised |\n|---|---|\n| Eagles | **£22.10** |\n"
             "| Ladybirds | **£ .  ** |\n| Owls | $ |")
    assert spoken_script(tmp_path, table) == [
        "Table. 3 rows.", "Class: Eagles. Amount raised: 22 pounds 10.", "Class: Ladybirds.",
        "Class: Owls."]


def test_a_row_of_a_bold_label_alone_heads_the_rows_below_it(tmp_path):
    """A county's fee schedule groups its fees under rows of a bold label with the other
    cells empty, "| **Rezoning** | |": each was said as a fee ("Fee: Rezoning.") and
    counted as a row. A label not in bold, or in bold beside words, is the row's data."""
    table = ("| Fee | Cost |\n|---|---|\n| **Rezoning** | |\n| Small site | $100 |\n"
             "| Large site | $250 |\n| Permits | |\n| **Sign** permit | $20 |\n")
    assert spoken_script(tmp_path, table) == [
        "Table. 4 rows.", "Rezoning.", "Fee: Small site. Cost: 100 dollars.",
        "Fee: Large site. Cost: 250 dollars.", "Fee: Permits.",
        "Fee: Sign permit. Cost: 20 dollars."]


def test_a_row_repeating_one_bold_label_is_said_once_as_a_heading(tmp_path):
    """A school's fundraising table starts each year with a row that repeats it in bold in
    every cell, "| **2017** | **2017** | **2017** |" (a cell merged across the row, which
    Markdown cannot write): it was said "Date: 2017. Class: 2017. Amount Raised: 2017." and
    counted as a row. It heads the rows below it, said once; a row of the same amount in
    every cell, not all in bold, is data."""
    table = ("| Date | Class | Amount Raised |\n|---|---|---|\n"
             "| Friday 9th Dec | Swans | **£51.15** |\n| **2017** | **2017** | **2017** |\n"
             "| Friday 6th Jan | Wrens | **£29.50** |\n| **£5** | **£5** | £5 |\n")
    assert spoken_script(tmp_path, table) == [
        "Table. 3 rows.", "Date: Friday 9th December. Class: Swans. Amount Raised: 51 pounds 15.",
        "2017.", "Date: Friday 6th January. Class: Wrens. Amount Raised: 29 pounds 50.",
        "Date: 5 pounds. Class: 5 pounds. Amount Raised: 5 pounds."]


def test_a_timetable_titled_across_its_top_is_read_under_its_columns(tmp_path):
    """A shuttle's timetable: its title across the top was every column's name ("Shuttle
    Timetable: Operating Days. Shuttle Timetable: Shuttles…"), and the evening row never
    said which days it runs, merged down from the morning's."""
    table = ('<table>\n<tr><th colspan="3">Shuttle Timetable</th></tr>\n'
             "<tr><td>Operating Days</td><td>Shuttles</td><td>Departure Time</td></tr>\n"
             '<tr><td rowspan="2">Monday and Friday</td><td>Morning</td><td>8:00</td></tr>\n'
             "<tr><td>Evening</td><td>17:30</td></tr>\n</table>")
    assert spoken_script(tmp_path, table) == [
        "Table: Shuttle Timetable. 2 rows.",
        "Operating Days: Monday and Friday. Shuttles: Morning. Departure Time: 8 o'clock.",
        "Operating Days: Monday and Friday. Shuttles: Evening. Departure Time: 5:30 PM."]


def test_a_forms_labels_beside_empty_boxes_under_a_title_are_said_alone(tmp_path):
    """An NHS Digital form: a title across the top, then rows of a label beside an empty
    box to write in. The first label was taken for the columns' names, so it was never
    said, and came before every other ("Name: Job title. Name: Email address"); the title's
    own full stop was said twice ("…the person above.. 3 rows.")."""
    table = ('<table>\n<tr><td colspan="2"><p><b>A2. Approver details</b></p>'
             "<p>I authorise the person above. </p></td></tr>\n"
             "<tr><td>Name</td><td> </td></tr>\n<tr><td>Job title</td><td> </td></tr>\n"
             "<tr><td>Date</td><td> </td></tr>\n</table>")
    assert spoken_script(tmp_path, table) == [
        "Table: A2. Approver details. I authorise the person above. 3 rows.", "Name.",
        "Job title.", "Date."]


def test_a_forms_labels_and_values_under_a_title_have_no_row_of_names(tmp_path):
    """A physiotherapy prescription from Word (elexis-vorlagen): "Personalien" across the
    top over rows of a label and a field to fill in, "Name | [Patient.Name]", some left
    blank. Its first row was taken for the columns' names, "Name: Vorname. Patient.Name:
    Patient.Vorname" for each of its ten rows. A row of names over times and blanks it is
    not like, "Day | Hours" over "Monday | 8-12" and "Sunday | ", names its columns still."""
    form = ('<table>\n<tr><td colspan="2"><b>Personalien</b></td></tr>\n'
            "<tr><td>Name</td><td>Müller</td></tr>\n<tr><td>Vorname</td><td>Anna</td></tr>\n"
            "<tr><td>Telefon</td><td>044 123 45 67</td></tr>\n"
            "<tr><td>Arbeitgeber</td><td> </td></tr>\n</table>")
    assert spoken_script(tmp_path, form, "de") == [
        "Tabelle: Personalien. 4 Zeilen.", "Name. Müller.", "Vorname. Anna.",
        "Telefon. 0 4 4, 1 2 3, 4 5, 6 7.", "Arbeitgeber."]
    hours = ('<table>\n<tr><td colspan="2"><b>Opening hours</b></td></tr>\n'
             "<tr><td>Day</td><td>Hours</td></tr>\n<tr><td>Monday</td><td>8-12</td></tr>\n"
             "<tr><td>Sunday</td><td> </td></tr>\n</table>")
    assert spoken_script(tmp_path / "hours", hours)[1] == "Day: Monday. Hours: 8 to 12."


def test_a_header_row_with_no_rows_under_it_is_said_as_that_row(tmp_path):
    """A guide's template left a table of suppliers unfilled, "| Provider | Website |" over
    its rule and no rows: "Table. 1 row." was said, as if a row were there."""
    assert spoken_script(tmp_path, "| Provider | Website |\n| --- | --- |\n\nAfter.") == [
        "Provider. Website.", "After."]


def test_a_month_s_grid_is_read_by_its_weekdays_names(tmp_path):
    """A school calendar heads each month with the weekdays' letters: "T: H" could be
    Tuesday or Thursday, a holiday on the fourth."""
    grid = ("| S | M | T | W | T | F | S |\n|---|---|---|---|---|---|---|\n"
            "| | 1 | 2 | 3 | H | 5 | 6 |\n")
    assert spoken_script(tmp_path, grid) == [
        "Table. 1 row.", "Monday: 1. Tuesday: 2. Wednesday: 3. Thursday: H. Friday: 5. "
        "Saturday: 6."]


def test_a_line_of_zero_width_spaces_is_no_sentence(tmp_path):
    """A ferry's timetable had six zero-width spaces on a line of their own, left by a web
    editor: an utterance of no sound, and a sentence of no words marked on the page."""
    write_handouts(tmp_path / "source", {"a.md": "# T\n\nFirst.\n\n\u200b\u200b\u200b\n\n"
                                                 "Last\u200b.\n"})
    [section] = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0].sections
    assert [u.spoken for u in section.script] == ["T", "First.", "Last."]
    assert section.html.count('class="sentence"') == 2


def test_a_consent_form_s_open_plurals_with_a_slash_are_said_as_words(tmp_path):
    """"Parent(s)/Carer(s)", the first field of most UK consent forms, was "Parent(s)
    divided by Carers", and "Parent(s)/ other adult(s)" "parent ess slash other adults"."""
    assert spoken_script(tmp_path, "Name of Parent(s)/Carer(s). Parent(s)/ other adult(s) "
                                   "with authority.") == [
        "Name of Parents, Carers.", "Parents, other adults with authority."]


def test_numbers_to_call_are_dialled_wherever_they_come_from(tmp_path):
    """A Singapore school's "Tel: 6261 5537" and a Canadian crisis line's "Crisis Text
    (2pm-2am ET): 258258" were said as thousands; a charity's bank account number in its
    table "sixty-two billion…"; a safeguarding lead's "07749869360" eleven digits with no
    pause."""
    assert spoken_script(tmp_path, "Tel: 6464 0111 / 6482 3564. Crisis Text (2pm-2am ET): "
                                   "258258\n\n| | |\n|---|---|\n| Bank | FNB |\n| Account "
                                   "Number | 62870007575 |\n\nCall Cheryl on 07749869360 or "
                                   "02079460958.") == [
        "Tel: 6 4 6 4, 0 1 1 1, or 6 4 8 2, 3 5 6 4.",
        "Crisis Text (2pm to 2am Eastern Time): 2 5 8 2 5 8", "Table. 2 rows.", "Bank. FNB.",
        "Account Number. 6 2 8 7 0 0 0 7 5 7 5.",
        "Call Cheryl on 0 7 7 4 9, 8 6 9 3 6 0 or 0 2 0, 7 9 4 6, 0 9 5 8."]


def test_a_school_s_timetable_and_a_practice_s_hours_are_said_as_laid_out(tmp_path):
    """A Singapore school's "Dismissal Time" header over two columns took the name of the
    "Remarks" after it, and "P4<br><br>" was "P4,."; opening hours a line each ran together
    after a bracket, "(Monday to Thursday) 8 AM"; a dental practice's "Wed: Closed" was
    "wed"; an Indian residents' association's "Rs. 21" was two sentences, "R S." and
    "21"."""
    table = ("<table>\n<tr><th>Level</th><th colspan=\"2\">Dismissal Time</th>"
             "<th>Remarks</th></tr>\n<tr><td>P4<br><br> </td><td colspan=\"2\">1.15 pm</td>"
             "<td>Late on Thursday.</td></tr>\n</table>")
    assert spoken_script(tmp_path, f"{table}\n\nOpen:<br>\n8am to 5pm (Monday to Thursday)"
                                   "<br>\n8am to 4pm (Friday)\n\n- Wed: Closed\n\n"
                                   "Net Banking - Rs. 21 + GST, or ₹500.") == [
        "Table. 1 row.",
        "Level: P4. Dismissal Time: 1:15 PM. Remarks: Late on Thursday.",
        "Open: 8am to 5pm (Monday to Thursday), 8am to 4pm (Friday)",
        "Wednesday: Closed", "Net Banking, 21 rupees + GST, or 500 rupees."]


def test_labels_one_a_line_in_a_form_s_cell_are_each_a_sentence(tmp_path):
    """A consent form's cell of "Name:" over "Relationship to child:" was said "Name:
    Relationship to child.", as if the name were that; and "Signature:" over "Please print
    your name:" and "Date:" likewise. A label over its answer keeps its colon, and one
    whose words go on below it still runs on."""
    table = ("<table>\n<tr><td><p>Name:</p><p>Relationship to child:</p></td>"
             "<td><p>Signature:</p><p>Please print your name:</p><p>Date:</p></td>"
             "<td><p>Please bring:</p><p>Your NHS number</p></td>"
             "<td><p>Symptoms include:</p><p>fever and a cough</p></td></tr>\n</table>")
    assert spoken_script(tmp_path, table) == [
        "Table. 1 row.", "Name. Relationship to child. Signature. Please print your name. "
        "Date. Please bring: Your NHS number. Symptoms include: fever and a cough."]


def test_a_time_with_hrs_after_it_is_said_on_the_clock(tmp_path):
    """A workshop's AGM minutes: "Start Time: 13:00 hrs" was "1 PM hours", "13:31hrs" "1:31
    PMhrs" and "1330 hrs" "one thousand three hundred thirty hours". A count of hours stays
    one."""
    assert spoken_script(tmp_path, "Start Time: 13:00 hrs. Ended at 13:31hrs. Next at 1330 "
                                   "hrs, from 0830 hours. We gave 1000 hours.") == [
        "Start Time: 1 PM.", "Ended at 1:31 PM.", "Next at 1:30 PM, from 8:30 AM.",
        "We gave 1000 hours."]


def test_four_digits_on_the_24_hour_clock_by_a_time_zone_or_a_departure_are_a_time(tmp_path):
    """Sweep CE: a project's call agendas, "calls are at 0100 UTC" and "at 1500UTC", were
    "zero one zero zero U T C" and "one thousand five hundred U T C"; a timetable's
    "departs 0645" "zero six four five". Years and counts stay numbers."""
    assert spoken_script(tmp_path, "Calls are at 0100 UTC or 1500UTC. Briefing 0930Z. "
                                   "The ferry departs 0645 and arrives 0810. Open from 0800 "
                                   "to 1000. From 1900 to 2000 we grew. We sold 1500 at "
                                   "1200 each.") == [
        "Calls are at 1 AM UTC or 3 PM UTC.", "Briefing 9:30 AM UTC.",
        "The ferry departs 6:45 AM and arrives 8:10 AM.", "Open from 8 AM to 10 AM.",
        "From 1900 to 2000 we grew.", "We sold 1500 at 1200 each."]


def test_a_shifts_hours_in_four_digits_each_are_times(tmp_path):
    """Sweep CU, D5: a UK advert's "Hours: 0900-1700 Mon-Fri" and a rota's "Shifts
    0700-1900" were read as telephone numbers, "0 9 0 0, 1 7 0 0". A number to call, a
    range of years and a range with no word of hours before it stay as they were."""
    assert spoken_script(tmp_path, "Hours: 0900-1700 Mon-Fri. Shifts 0700-1900, nights "
                                   "2000 – 0800. Open 24 hours: call 0800-1234. Monitoring "
                                   "2015-2030. Room 0900-1700.") == [
        "Hours: 9 AM to 5 PM Monday to Friday.", "Shifts 7 AM to 7 PM, nights 8 PM to 8 AM.",
        "Open 24 hours: call 0 8 0 0, 1 2 3 4.", "Monitoring 2015 to 2030.",
        "Room 0 9 0 0, 1 7 0 0."]


def test_an_offset_from_utc_after_a_time_is_no_time(tmp_path):
    """Sweep CE: a community call's "10:00-11:00 UTC+8:00" (from apache/hudi's syncs) was
    "10 o'clock to 11 o'clock UTC+8 o'clock"; a time before a zone is on the 24-hour
    clock."""
    assert spoken_script(tmp_path, "Calls are 10:00-11:00 UTC+8:00. Or 9:30 GMT-5:30.") == [
        "Calls are 10 AM to 11 AM UTC plus 8.", "Or 9:30 AM GMT minus 5 hours 30 minutes."]


def test_the_hour_after_midnight_written_from_zero_is_said_on_the_12_hour_clock(tmp_path):
    """Sweep CE: a festival's line-up, "11PM - 0AM", "0AM - 0:30AM", "0:30AM - 01AM", was
    "eleven PM to zero A M", "zero thirty" and "zero one A M"; "open 00:00 to 24:00" ended
    "twenty four zero zero". A decimal below one stays one."""
    assert spoken_script(tmp_path, "Sets run 11PM - 0AM, 0AM - 0:30AM and 0:30AM - 01AM. "
                                   "The bar is open 00:00 to 24:00. Take 0.5 ml.") == [
        "Sets run 11PM to midnight, midnight to 12:30 AM and 12:30 AM to 1AM.",
        "The bar is open midnight to midnight.", "Take 0.5 millilitres."]


def test_a_bold_title_over_its_text_on_the_next_line_ends_there(tmp_path):
    """A safeguarding policy written in Google Docs set each section as a bold title, a
    line break and its text: "1. Introduction, This Safeguarding Policy outlines…", nothing
    telling the listener that a section began. A bold name over an address keeps its
    comma."""
    assert spoken_script(tmp_path, "**1. Introduction**<br>\nThis policy outlines our "
                                   "commitment.\n\n**Ofsted**<br>\nStore Street<br>\n"
                                   "Manchester") == [
        "1. Introduction. This policy outlines our commitment.",
        "Ofsted, Store Street, Manchester"]


def test_a_country_s_domain_is_spelled_for_the_voice_and_printed_as_written(tmp_path):
    """A Canadian crisis page's "kidshelpphone.ca" ended "dot kah", and a South African
    one's "sadag.co.za" "co dot zah": the voice is given the country in capitals, which it
    spells; the transcript keeps the address as written, and a code that is a word stays
    one after a sentence run into the next ("It ended.so")."""
    write_handouts(tmp_path / "source", {"a.md": "# T\n\nSee kidshelpphone.ca or write to "
                                                 "help@sadag.co.za. It ended.so what. Run "
                                                 "goostats.sh on page-1.md.\n"})
    [section] = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0].sections
    assert [(u.text, u.spoken) for u in section.script][1:] == [
        ("See kidshelpphone.ca or write to help at sadag.co.za.",
         "See kidshelpphone.C Eh or write to help at sadag.co.Z Eh."),
        ("It ended.so what.", "It ended.so what."),
        ("Run goostats.sh on page-1.md.", "Run goostats.sh on page-1.md.")]


def test_an_act_s_section_written_s_is_said_as_a_section(tmp_path):
    """A village hall's AGM minutes: "the terms of the s. 106 agreement" was cut into two
    sentences at "s.", said "ess"."""
    assert spoken_script(tmp_path, "We met the terms of the s. 106 agreement. Under s.17 of "
                                   "the Act we wrote. It is user B's. Often we agree.") == [
        "We met the terms of the section 106 agreement.",
        "Under section 17 of the Act we wrote.", "It is user B's.", "Often we agree."]


def test_an_access_guide_s_routes_sizes_relay_numbers_and_places_are_said(tmp_path):
    """An exhibition's visit guide: the bus route "X68" in a list of routes was "extension
    68"; Relay UK's "18001" "eighteen thousand and one"; a lift's "1.1m x 1.4m" said "ex";
    a what3words link, "https://w3w.co/goats.fees.noises", "w3w.co", the place lost; and a
    sentence run into the next, "closed.Read", "closed dot read"."""
    assert spoken_script(tmp_path, "Bus: 76, X68, 168. Textphone: 18001 0800 123 4567. The "
                                   "lift is 1.1m x 1.4m. What3Words: "
                                   "https://w3w.co/goats.fees.noises\n\nApplications "
                                   "closed.Read about it. Email Office@Surgery.Net or see "
                                   "Carers.Org now.") == [
        "Bus: 76, X68, 168.", "Textphone: 1 8 0 0 1, 0 8 0 0, 1 2 3, 4 5 6 7.",
        "The lift is 1.1 metres by 1.4 metres.",
        "What3Words: web address w3w.co/goats.fees.noises",
        "Applications closed. Read about it.",
        "Email Office at Surgery.Net or see Carers.Org now."]


def test_two_names_joined_by_a_dot_are_one_name(tmp_path):
    """A prayer list's footer (sweep BL), "The document was created with Spire.Doc for
    Python.", printed whole, was said "Spire. Doc for Python", two sentences, as a sentence
    run into the next is. A name joined to a name is one; a sentence run into one that
    opens as sentences do ("London.The hall") is two still."""
    assert spoken_script(tmp_path, "The document was created with Spire.Doc for Python. We "
                                   "met in London.The hall was full.") == [
        "The document was created with Spire.Doc for Python.",
        "We met in London. The hall was full."]


def test_a_header_of_long_questions_names_its_columns(tmp_path):
    """A risk assessment's header row asks its questions, "Who might be harmed and how?":
    a long header is a header, each answer said under its question."""
    assert spoken_script(tmp_path, "| What are the hazards? | Who might be harmed and how, and "
                                   "what are you already doing? |\n|---|---|\n| Hot drinks "
                                   "| Children burning themselves |") == [
        "Table. 1 row.", "What are the hazards?: Hot drinks. Who might be harmed and how, and "
        "what are you already doing?: Children burning themselves."]


def test_british_opening_hours_with_dots_are_times(tmp_path):
    """A children's centre's programme: "Every 2nd Monday 11.30-1.00" was "eleven point
    three zero to one point zero zero". A range of measures stays one."""
    assert spoken_script(tmp_path, "Every 2nd Monday 11.30-1.00. Open 9.30 - 12.30 and "
                                   "1.30-4.30. Weigh 2.50-3.75 kg.") == [
        "Every 2nd Monday 11:30 to 1 o'clock.", "Open 9:30 to 12:30 and 1:30 to 4:30.",
        "Weigh 2.50 to 3.75 kilograms."]


def test_an_american_mixed_number_with_a_hyphen_is_a_whole_and_a_fraction(tmp_path):
    """A translated US health page's "2-1/2 weeks" was "2-half a weeks", and "1-1/2
    tablets" "1 to half a tablets"."""
    assert spoken_script(tmp_path, "Wait 2-1/2 weeks. Take 1-1/2 tablets.") == [
        "Wait 2 and a half weeks.", "Take 1 and a half tablets."]


def test_a_note_s_star_after_a_name_and_a_space_is_silent_as_its_key_is(tmp_path):
    """A workshop's AGM minutes marked members without a vote "Callum Hall *", said "Callum
    Hall star", while the key, "(*) Member present, but did not vote", said nothing: the
    listener heard "star" and never what it meant. A key to press is still said, and a star
    named as the thing it is: the W3C's "Required fields are marked in red with an *" lost
    the very mark it described, taken for a note's."""
    assert spoken_script(tmp_path, "(*) Member present, but did not vote.\n\n1. Callum Hall *"
                                   "\n2. Ann Lee\n\nPress * to go back. Expand *.dat now.\n\n"
                                   'They say "Required fields are marked in red with an *". '
                                   'Press "#" to finish. A * marks it.') == [
        "Member present, but did not vote.", "1. Callum Hall", "2. Ann Lee",
        "Press star to go back.", "Expand star.dat now.",
        'They say "Required fields are marked in red with an asterisk".',
        'Press "hash" to finish.', "A star marks it."]
    # a phone's service code and a key pressed with another: "dial 06", "hit alt- to add"
    assert spoken_script(tmp_path, "Dial *#06# or \\*111#. Hit **alt-#** or Shift+\\* now.") \
        == ["Dial star hash 0 6 hash or star 1 1 1 hash.", "Hit alt-hash or Shift+star now."]


def test_a_care_leaflet_s_rules_ranges_formats_arrows_and_units_are_said(tmp_path):
    """Diabetes and medicines leaflets: the "15:15 rule" was "3:15 PM rule"; "£1.50-2.00"
    ended "two point zero zero", and a membership review's "£1,000-2,500" (sweep CQ, D6)
    "1,000 pounds to 2,500"; "DD/MM/YYYY" was "dee dee, em em, yyy-eye"; "fluids down →
    urgent care" said "down to urgent care"; insulin's "0.1 u/kg" "you per kilogram"."""
    assert spoken_script(tmp_path, "Follow the 15:15 rule. Tablets cost £1.50-2.00, plans "
                                   "£1,000-2,500. Date "
                                   "(DD/MM/YYYY). If you cannot keep fluids down → urgent "
                                   "care. London → Paris. Give 0.1 u/kg. I Would Die 4 U.") == [
        "Follow the 15 15 rule.",
        "Tablets cost 1 pound 50 to 2 pounds, plans 1,000 pounds to 2,500 pounds.",
        "Date (day, month, year).", "If you cannot keep fluids down, urgent care.",
        "London to Paris.", "Give 0.1 units per kilogram.", "I Would Die 4 U."]


def test_a_date_or_a_time_to_write_in_is_said_as_one(tmp_path):
    """A consent form's "Date: __/__/____" was said "Date: slash slash blank", "..../..../..."
    "colon slash slash blank", and "Time: ___:___ am/pm" "blank colon blank am, pm"."""
    assert spoken_script(tmp_path, "Signed: ____________ Date: __/__/____\n\n"
                                   "Date of birth: ..../..../........\n\nTime: ___:___ am/pm") \
        == ["Signed: blank Date: day, month, year", "Date of birth: day, month, year",
            "Time: blank AM or PM"]
    assert spoken_script(tmp_path, "Fecha: __/__/____", "es") == ["Fecha: día, mes, año"]
    # a Brazilian visa form's, its sentence's stop after it (apache/poi's test file)
    assert spoken_script(tmp_path, "Data: ______/______/______.", "pt") == [
        "Data: dia, mês, ano."]


def test_an_arrow_typed_as_dash_and_greater_than_is_an_arrow(tmp_path):
    """apache/tika's numbered-list test document writes "1.2->1.1" and "b. -> e.": said
    "1.2-more than 1.1" and "b. - e.", the ">" taken for a comparison."""
    assert spoken_script(tmp_path, "Step 1.2->1.1 is next. If it fails -> call the ward "
                                   "at once. Age >18.") == [
        "Step 1.2 to 1.1 is next.", "If it fails, call the ward at once.", "Age more than 18."]


def test_a_british_time_alone_with_a_dot_is_a_time(tmp_path):
    """A children's centre's programme: "Saturday 11.30 Picnic" and "Doors open at 7.30"
    were "eleven point three zero". A price at that stays one."""
    assert spoken_script(tmp_path, "Saturday 11.30 Picnic. Doors open at 7.30 today. "
                                   "Tickets at 2.50 each.") == [
        "Saturday 11:30 Picnic.", "Doors open at 7:30 today.", "Tickets at 2.50 each."]


def test_a_british_time_with_a_dot_after_before_after_or_till_is_a_time(tmp_path):
    """A student union's page on emergency contraception (ecsu-web, female_resources.md),
    "available 7 days a week before 3.30 from any pharmacist", said "three point three
    zero"; so after "after" and "till". An amount of a unit or a price stays one."""
    assert spoken_script(tmp_path, "Available 7 days a week before 3.30 from any pharmacist. "
                                   "Open after 12.15 till 5.30. Take it after 2.50 mg, not "
                                   "before 1.25 litres, at 2.50 each.") == [
        "Available 7 days a week before 3:30 from any pharmacist.",
        "Open after 12:15 till 5:30.",
        "Take it after 2.50 milligrams, not before 1.25 litres, at 2.50 each."]


def test_a_british_time_with_a_dot_before_its_weekday_is_a_time(tmp_path):
    """Sweep CE: a school's term dates, "Pupils return 9.15 Tuesday 1st November" and
    "School ends 3.30 Friday 30th March", were "nine point one five" and "three point three
    zero". A price before a weekday stays one."""
    assert spoken_script(tmp_path, "Pupils return 9.15 Tuesday 1st November. School ends "
                                   "3.30 on Friday. It costs 3.50 Monday to Friday.") == [
        "Pupils return 9:15 Tuesday 1st November.", "School ends 3:30 on Friday.",
        "It costs 3.50 Monday to Friday."]


def test_a_sentence_without_a_full_stop_is_said_in_pieces_every_word_once(tmp_path):
    """A pasted list of keywords and a clause with no stop for pages were each one
    utterance, and one highlighted span: Piper needed 5.3 GB for 4,000 characters of one.
    Each is now said in pieces under `LONGEST_UTTERANCE`, cut after a comma where there is
    one and between words where there is none, every word once and in order."""
    from handout.read.words import LONGEST_UTTERANCE

    keywords = ", ".join(["asthma", "inhaler", "spacer", "peak flow", "steroid"] * 60)
    clause = " ".join(["and the tenant shall keep the premises in good repair"] * 60)
    write_handouts(tmp_path / "source", {"a.md": f"# Terms\n\n{keywords}\n\n{clause}\n"})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    script = document.sections[0].script[1:]
    assert all(len(u.text) <= LONGEST_UTTERANCE for u in script)
    listed = [u.text for u in script if "asthma" in u.text]
    assert len(listed) > 1 and " ".join(listed) == keywords
    assert all(piece.endswith(",") for piece in listed[:-1])
    said = [u.text for u in script if u.text not in listed]
    assert len(said) > 1 and " ".join(said) == clause
    # The page shows each piece as the sentence the voice is reading.
    spans = [s for s in markdown_tree(document.sections[0].html).iter("span")
             if s.get("class") == "sentence"]
    assert [" ".join("".join(s.itertext()).split()) for s in spans] == listed + said
    assert [s.get("id") for s in spans] == [u.ref for u in script]


def test_a_table_cell_as_long_as_an_article_is_said_sentence_by_sentence(tmp_path):
    """A Word layout table's cell of 7,555 words (an article saved from the web) was one
    utterance of 94,377 characters: a row that long is said sentence by sentence, each
    piece showing at its row; a row of ordinary length stays one utterance."""
    from handout.read.words import LONGEST_UTTERANCE

    article = " ".join(f"Paragraph {n} of the article has words, and more words."
                       for n in range(1, 61))
    write_handouts(tmp_path / "source", {"a.md": f"""
        # Article

        <table><tr><td>Journal</td><td>Issue 3</td></tr>
        <tr><td>{article}</td><td>End</td></tr></table>
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    script = document.sections[0].script[1:]
    assert [u.text for u in script[:2]] == ["Table. 2 rows.", "Journal. Issue 3."]
    pieces = script[2:]
    assert all(len(u.text) <= LONGEST_UTTERANCE for u in pieces)
    assert len(pieces) == 61 and " ".join(u.text for u in pieces) == f"{article} End."
    assert [u.text for u in pieces[::60]] == [
        "Paragraph 1 of the article has words, and more words.", "End."]
    assert len({u.ref for u in pieces}) == 1 and pieces[0].ref != script[1].ref


def test_a_long_code_block_said_in_pieces_keeps_every_piece_code(tmp_path):
    """Code cut into pieces stays code in each: `-9L` is never "minus 9 litres"."""
    lines = "\n".join(f"    x{n} <- c(1, -9L)" for n in range(80))
    write_handouts(tmp_path / "source", {"a.md": f"# Code\n\n{lines}\n"})
    script = load_documents(Settings(source=tmp_path / "source", engine="fake"))[0] \
        .sections[0].script
    pieces = [u.spoken for u in script][2:]
    assert len(pieces) > 1
    assert " ".join(pieces) == " ".join(f"x{n} c 1, -9L" for n in range(80))
    assert all("\ue000" not in piece and "\ue001" not in piece for piece in pieces)
