"""What the check stage reports: one `Finding` per problem, with a severity; and the faults
of an author's words that both the Markdown lint and the Word reader look for.

Errors fail `invoke check`; warnings fail it only with `--strict`; information never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"

VAGUE_LINK_TEXTS = frozenset({
    "click here", "click", "here", "this link", "link", "read more", "more", "this page",
    "this", "go", "learn more",
    "haga clic aquí", "haz clic aquí", "pulse aquí", "aquí", "leer más", "más información",
    "cliquez ici", "cliquer ici", "ici", "en savoir plus", "lire la suite",
    "clicca qui", "fai clic qui", "qui", "leggi di più", "scopri di più",
    "clique aqui", "clica aqui", "aqui", "saiba mais", "leia mais",
    "hier klicken", "hier", "klicken sie hier", "mehr", "weiterlesen", "mehr erfahren"})
"""Link words that say nothing when a listener or a printed page takes them out of context,
in English and in the languages whose public bodies' pages the sweeps read ("haga clic
aquí", "cliquez ici", "clicca qui", "clique aqui" passed the check, where "Go" did not)."""
LONG_CAPITALS = 7
"""A single word in capitals this long is emphasis, not an acronym."""
CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’]+\b(?:(?:[ \t,;:!?-]+\b(?:[A-Z]|\d+)\b)*"
                          r"[ \t,;:!?-]+\b[A-Z][A-Z'’]+\b)+")
"""Words in capitals side by side, with a letter or a number among them ("LEAVE THE AREA
IN A TIDY STATE", "ARTICLE 1 - NAME"), which were quoted only up to it."""
LONG_CAPITAL_WORD = re.compile(rf"\b[A-Z]{{{LONG_CAPITALS},}}\b")


SHORT_WORDS = frozenset("A AN THE TO OF AND OR FOR IN ON AT BY BE IS ARE AS IT DO NOT NO ALL "
                        "ANY YOU YOUR OUR WE US ASK USE GET MAY CAN HOW WHO WHY WHAT YES".split())
"""Short words that a run of capitals is written in, where an acronym is not."""


def reads_as_a_word(word: str) -> bool:
    """Whether a word in capitals is a word typed in capitals ("AWARE", "TO"), not an
    acronym ("NHS", "USDS", "XSL"): a short word, or four letters or more with two vowels."""
    return word in SHORT_WORDS or len(word) >= 4 and sum(c in "AEIOUY" for c in word) >= 2


def in_capitals(words: str) -> str | None:
    """The first run of words in capitals in `words` (or one long word), which is hard to
    read in large print: the Markdown lint and the Word reader both report it. A run is two
    words or more that read as words ("BE AWARE", "VALUE TO THE TEAM"); acronyms side by
    side ("XSL FO", "CC-BY-SA", "ADHD, ASD", "MBBS MRCGP") are not one."""
    for run in CAPITALS_RUN.finditer(words):
        if sum(map(reads_as_a_word, re.findall(r"[A-Z'’]+", run.group(0)))) >= 2:
            return run.group(0)
    capitals = LONG_CAPITAL_WORD.search(words)
    return capitals.group(0) if capitals else None


def says_nothing(link_words: str) -> bool:
    """Whether a link's words ("click here") say nothing where it goes."""
    return re.sub(r"[^\w ]", "", link_words).strip().lower() in VAGUE_LINK_TEXTS


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule it breaks, and what to do."""

    where: str
    rule: str
    message: str
    severity: str = ERROR

    def fails(self, strict: bool) -> bool:
        return self.severity == ERROR or (strict and self.severity == WARNING)

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: {self.message}" + (
            "" if self.severity == ERROR else f" ({self.severity})")


PLACEHOLDER = re.compile(
    r"(?<![\\!\]])\[(?:(?:insert|add|enter|type|fill in|put|list|include|describe|write"
    r"|replace|specify|delete|please|state|provide|explain|outline|choose|select"
    r"|insertar|introducir|añadir|indicar"
    r"|insérer|indiquer|ajouter|einfügen|eintragen|inserire|inserir|adicionar"
    r"|masukkan|isikan|weka|ingiza)\b[^\[\]\n]{1,120}"
    r"|insert"
    r"|(?:name|names|number|date|details|scope|title|address|type|description|example) of\b"
    r"[^\[\]\n]{1,120}"
    r"|[^\[\]\n]{1,60} (?:einfügen|eintragen|ergänzen|አስገባ)"
    r"|[^\[\]\n]{1,60}\binsert\b[^\[\]\n]{0,60}"
    r"|(?:your|the) (?:[^\W\d_][\w'’]* ){0,3}(?:name|number|address|email|website|details"
    r"|date|time)"
    r"|(?:[^\W\d_][\w'’]* ){0,3}(?:Name|Number|Telephone|Address|Email|Website|URL|Date"
    r"|Time|Contact Details|Contact Information|Logo|Seal|Signature|Postcode|Post Code"
    r"|Postal Code|Zip Code|City|Town|Address Line \d)"
    r"|(?-i:(?:[A-Z][\w'’]* ){1,3}(?:Item|Title|Number|Topic|Heading|Description|Amount"
    r"|Owner|Location|Venue|Role|Company|Organi[sz]ation|Department)(?: \d{1,2})?))"
    r"\](?![(\[:])|(?-i:(?<=[^\W\d_] )\[X\](?= [a-z]))", re.I)
"""A placeholder of a template, or of a chatbot's draft, left unfilled: "Call us on [Insert
phone number]", "[Clinic Name]", "[your GP's name]", "[NHS Logo]", which the PDF printed
and the voice read out as written; and words in Title Case that end in what a template's
field holds, "[Agenda Item]", "[Action Item]" (a template for a meeting's minutes), "[Job
Title]", "[Reference Number]", where a word in lower case is a sentence's ("[the next
item]"). An instruction in lower case, what to put there and of what, "[name of
organisation]", "[number] days", "[scope of statement, e.g. website or domain…]", "[provide
both details of how to report…]" (GOV.UK's model accessibility statement, whose voice said
"run by name of organisation"), is one too, and "[Insert]" alone, an ethics form's
"Approval Number [Insert]" (sweep CK), said "Approval Number (Insert)". Not a link's words,
`[Agenda Item](#agenda)`, nor a note's number, `[^1]`. The Contributor Covenant's "[INSERT
CONTACT METHOD]" in its translations (sweep CH), Malay's "[MASUKKAN KAEDAH PERHUBUNGAN]",
Indonesian's "[MASUKKAN METODE KONTAK]", Swahili's "[WEKA NJIA YA MAWASILIANO]", Amharic's
"[የእውቂያ ዘዴን አስገባ]", were published, a code of conduct with no one to report to, and warned
of at most as capitals. A capital X in brackets between words, a letter template's "After
[X] years at £5, we're updating…" (sweep CQ, D13), is a number to fill in, not a ticked
box."""
SPACED_LINK_ADDRESS = re.compile(r"[ \t]+\((?:https?://|www\.|mailto:|/|#)")
"""A link's address after a space, which Markdown does not join to the words before it: a
charity accounts guide's "[list of registered auditors in Scotland] (http://icas.org.uk/)"
(sweep CQ) was called a placeholder to fill in, where the words were right and the space
was the fault."""
DOUBLED_LINK_BRACKET = re.compile(r"\]\((?:https?://|www\.|mailto:|/|#)")
"""A link's words closed twice before its address, which Markdown then does not read as a
link: a borough's keep-warm page (sweep CX, 11-keep-warm) printed "[Please see this NHS page
… keep well.]](http://www.nhs.uk/…)" and was told it was a placeholder to fill in, where
one "]" too many was the fault."""
LOWER_CASE_BRACKETED = re.compile(r"\[[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){1,7}\]")
"""Words in lower case in square brackets in a Word document, which has no Markdown to make
them a link: a form's blanks, "[duration of interview]", "[in-person or as a phone]" (the
Canadian Digital Service's consent notice), which the voice read as part of the sentence."""
ANGLED_PLACEHOLDER = re.compile(r"<(?:insert|add|enter|type|fill in|put|include|describe|write"
                                r"|replace|specify)\b[^<>\n]{1,120}>", re.I)
"""A template's placeholder in angle brackets, "<insert GitHub repo link here (if it
exists)>", as NHS England's publishing checklist (a Word file) heads two of its parts:
printed and said as a section's title."""
INSTRUCTION = re.compile(r"\b(?:Insert|Enter|Type|Add|Write) (?:[\w'’]+ ){0,6}here\b")
"""A template's instruction to its user left in its text, "Insert your translated content
here."."""
FILLER = re.compile(r"(?<![\w@/.-])[\dXx]+(?:(?:[-/.:]|(?<=[Xx]) (?=[\dXx]*[Xx]))[\dXx]+)*(?![\w@])"
                    r"|\b(?:TBD|TBC|TBA)\b")
"""Letters standing where a template's figures go, "call 0XXX XXX XXXX", "XX/XX/XXXX",
"£XXX" (`placeholders` keeps those with "XXX" or "XX" and a separator), or a note that
something is still to be decided, "Venue: TBC": printed and read out as written."""
MERGE_FIELD = re.compile(r"«(?=\w*(?:[a-z][A-Z]|_|\d))[A-Za-z]\w*»|\(\([^()\n]{1,40}\)\)"
                         r"|\{d\.[\w.\[\]]+\}|<<\s*[A-Za-z_][\w.]*\s*>>"
                         r"|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$\{[A-Za-z_][\w.]*\}")
"""A mail merge's field left in the text, as Word shows one ("«FirstName»"), GOV.UK Notify
writes one ("((fullName))"), Carbone ("{d.fullName}"), Docmosis ("<<claimant_name>>") or a
template language ("{{ name }}", "${name}") does: printed, and read out
letter by letter or as code. A field's name is a programmer's, "FirstName", "first_name",
"Address1": a word in Russian or French quotation marks, «Мир», «Google», is no field."""


DUMMY_TEXT = re.compile(r"\bLorem ipsum(?: dolor sit amet)?\b", re.I)
"""The dummy Latin a template or a page builder fills its empty parts with, "Lorem ipsum
dolor sit amet, consectetur...": the PDF printed it and the voice read it out as words."""


TO_DO_NOTE = re.compile(r"\\?\[(?:TODO|TO DO|FIXME|TBD)\b[^\[\]\n]{0,120}?\\?\]")
"""An author's note that the text is unfinished, "[TODO: Ajouter le texte d'introduction]"
(Canada's digital playbook), its brackets escaped or not: printed and read out."""


def placeholders(text: str, in_word: bool = False) -> list[tuple[str, str]]:
    """Each placeholder left unfilled in `text` (`PLACEHOLDER`, `FILLER`, `INSTRUCTION`,
    `TO_DO_NOTE`, `DUMMY_TEXT`, `MERGE_FIELD`), with what to do about it; in a Word document
    (`in_word`), `ANGLED_PLACEHOLDER` and `LOWER_CASE_BRACKETED` too: in Markdown,
    `<insert ...>` is a tag, named by the syntax check, and `[words]` a link's."""
    found = [(match.start(), match.group(), "is a link's words, parted from its address by a "
              "space: take the space out, '](', to make it a link"
              if SPACED_LINK_ADDRESS.match(text, match.end()) else "is a link's words closed "
              "twice, ']](': take one ']' out to make it a link"
              if DOUBLED_LINK_BRACKET.match(text, match.end()) else "is a placeholder left "
              "unfilled: write what it stands for") for match in PLACEHOLDER.finditer(text)]
    found += [(match.start(), match.group(), "is a placeholder left unfilled: write what it "
              "stands for") for pattern in (ANGLED_PLACEHOLDER, LOWER_CASE_BRACKETED)
              for match in pattern.finditer(text) if in_word
              and not any(match.start() == start for start, _, _ in found)]
    found += [(match.start(), match.group(), "looks like a placeholder left unfilled: write "
               "what it stands for, or say in words what is not known yet")
              for match in FILLER.finditer(text) if _to_fill(match)]
    found += [(match.start(), match.group(), "is a template's instruction to you, printed "
               "and read out: write what it asks for in its place")
              for match in INSTRUCTION.finditer(text)]
    found += [(match.start(), match.group().replace("\\", ""), "is a note that the text is "
               "not finished, printed and read out: finish it and take the note out")
              for match in TO_DO_NOTE.finditer(text)]
    found += [(match.start(), match.group(), "is a template's dummy text, printed and read "
               "out: write the handout's own words in its place")
              for match in DUMMY_TEXT.finditer(text)]
    found += [(match.start(), match.group(), "is a mail-merge field, printed and read out as "
               "it is written: merge the document first, or write the words it stands for")
              for match in MERGE_FIELD.finditer(text) if _merged_in(match)]
    return [(words, advice) for _, words, advice in sorted(found)]


def _merged_in(match: re.Match[str]) -> bool:
    """Whether what `MERGE_FIELD` found is a field: one in guillemets named in two words run
    together ("«FirstName»") only in a text of Latin letters. Persian, Arabic and Russian
    quote with guillemets, and opensource.guide's Persian page on the law quotes «GitHub»
    thirteen times, each taken for a field."""
    found = match.group()
    if not found.startswith("«") or re.search(r"[_\d]", found):
        return True
    letters = re.findall(r"[^\W\d_]", match.string)
    return sum("a" <= c.lower() <= "z" for c in letters) * 2 > len(letters)


_WHOLE_VALUE_BEFORE = re.compile(r"(?:[^\W\d_][*_]{0,2}[ \t]*[:：][*_]{0,2}|\|)[ \t]*$")
_WHOLE_VALUE_AFTER = re.compile(r"[ \t]*(?:\||[.,;]?[ \t]*$)", re.M)
"""What comes before and after a value that is a whole field's or cell's: a label's colon
("**Phone:** ", "Phone: ") or a cell's bar before it, the line's or the cell's end after."""


def _to_fill(match: re.Match[str]) -> bool:
    """Whether what `FILLER` found is to be filled in: "TBC", or letters X in a figure's
    place ("XXXX", "XX/XX/XXXX"); not "XXX" alone, thirty in Roman numerals ("XXX Niedziela
    zwykła", a parish's notices), unless it is an amount ("£XXX"); nor a code's digits with
    "xx" for any two after a stop, a class of codes (a Romanian hospital's budget chapters,
    "10.xx pentru personal, 20.xx pentru bunuri și servicii"), unless it is an amount
    ("£10.XX"), or the whole value after a label or in a table's cell ("Emergency Services:
    XXX", an evacuation order's contacts, sweep BB, which only the speech check noted)."""
    found = match.group()
    if found in ("TBD", "TBC", "TBA"):
        return True
    amount = match.string[:match.start()].endswith(("£", "$", "€"))
    if found == "XXX" and _WHOLE_VALUE_BEFORE.search(match.string, 0, match.start()) \
            and _WHOLE_VALUE_AFTER.match(match.string, match.end()):
        return True
    if found == "XXX" or re.fullmatch(r"\d+(?:\.\d+)*(?:\.[Xx]{1,2})+", found):
        return amount
    return bool(re.search(r"[Xx]{3}|[Xx]{2}[-/.:]|[-/.:][Xx]{2}", found))
