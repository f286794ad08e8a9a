"""Numbers said in words in the handout's language, for the voice only.

The speech script keeps digits for a reader ("1 pastilla de 500 miligramos"); the voice is
given words ("una pastilla de quinientos miligramos"), because the engines' own readings
are wrong in ways a listener notices: espeak-ng reads "1 pastilla" as "uno pastilla", "2e"
letter by letter, "8h30" as "huit ache trente" and "91 123 45 67" as one huge number.
`num2words` says each number; this module decides what kind of number it is (an amount of
money, a time, an ordinal, a telephone number, a decimal with a comma, thousands with a
point or a space) and makes it agree with the noun it counts. Spanish, Italian, Portuguese
and French numbers take the gender of that noun ("una pastilla", "duas cápsulas", "vingt et
une heures"): a unit's gender is in its table (`words.SAYINGS`), any other noun's is found
from a short list of the feminine nouns of health leaflets and the endings that mark the
feminine in each language ("-a", "-ción", "-dade"), with the common exceptions ("el día",
"o sintoma"). English, and languages without a table, are left as they are: Piper and
espeak-ng read their numbers correctly.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from babel import Locale

NUM2WORDS = {"es": "es", "fr": "fr", "it": "it", "pt": "pt_BR"}
"""num2words' language for each language numbers are worded in (Portuguese as in Brazil,
as Kokoro speaks it)."""

DECIMAL = {"es": "coma", "fr": "virgule", "it": "virgola", "pt": "vírgula"}
DECIMAL_POINT = {"es": "punto"}
"""The decimal mark's word where the region writes a point (`decimal_point`): Mexico, the
United States and Central America say "tres punto veinticinco"; Spain, and South America
but Peru, write a comma and say "coma". (Swiss Italian and Rwandan French, the other point
regions of these languages in CLDR, keep their language's word.)"""
PLUS = {"es": "más", "fr": "plus", "it": "più", "pt": "mais"}
MINUS = {"es": "menos", "fr": "moins", "it": "meno", "pt": "menos"}
AND_CENTS = {"es": "con", "fr": "et", "it": "e", "pt": "e"}

FUNCTION_WORDS = {
    "es": "de del a al y o u e en con por para cada la las el los lo que se si no más menos "
          "hasta desde entre según como durante antes después tras cuando es son",
    "fr": "de du des d à au aux et ou en par pour sur le la les l que qui ne pas plus moins "
          "avec sans chaque jusqu entre après avant pendant comme si est sont",
    "it": "di del della dei delle a al alla ai alle e o in con per da dal dalla ogni la le il "
          "lo gli l che non più meno fino tra fra dopo prima durante come se è sono",
    "pt": "de do da dos das a ao à aos às e ou em no na nos nas com por para pelo pela cada "
          "o os as que se não mais menos até entre após antes depois durante como é são",
}
"""Words that are not the noun a number counts ("1 de cada 3", "2 o 3 pastillas")."""

FEMININE = {
    "es": "vez veces noche noches tarde tardes leche piel tos mano manos fiebre gente parte "
          "partes sangre nariz sal miel mujer mujeres madre madres clase llave fuente orden",
    "fr": "pastille pastilles gélule gélules goutte gouttes cuillère cuillères dose doses "
          "fois heure heures minute minutes seconde secondes semaine semaines nuit nuits "
          "prise prises ampoule ampoules capsule capsules tablette tablettes unité unités "
          "personne personnes boîte boîtes seringue seringues compresse compresses "
          "ordonnance ordonnances femme femmes fille filles page pages ligne lignes étape "
          "étapes fièvre main mains tasse tasses bouteille bouteilles crème crèmes pommade "
          "pommades piqûre piqûres perfusion perfusions fois année années",
    "it": "dose dosi notte notti parte parti pelle febbre mano unità volta volte ora ore",
    "pt": "vez vezes dose doses noite noites tarde tardes colher colheres pele febre tosse "
          "mão mãos gente parte partes mulher mulheres",
}
"""Feminine nouns of health leaflets whose ending does not say so."""

MASCULINE = {
    "es": "día días problema problemas sistema sistemas programa programas mapa mapas tema "
          "temas clima idioma idiomas esquema esquemas síntoma síntomas análisis paréntesis",
    "fr": "musée lycée",
    "it": "problema problemi sistema sistemi programma programmi tema temi clima cinema",
    "pt": "dia dias problema problemas sistema sistemas programa programas mapa mapas tema "
          "temas clima idioma idiomas sintoma sintomas grama gramas telefonema esquema",
}
"""Masculine nouns with a feminine ending."""

FEMININE_ENDINGS = {
    "es": ("a", "as", "ión", "iones", "dad", "dades", "tud", "tudes", "sis", "umbre"),
    "fr": ("tion", "tions", "sion", "sions", "ette", "ettes", "ure", "ures", "ée", "ées"),
    "it": ("a",),
    "pt": ("a", "as", "ção", "ções", "são", "sões", "dade", "dades", "gem", "gens"),
}

CURRENCIES = {"€": "EUR", "EUR": "EUR", "US$": "USD", "$": "USD", "USD": "USD", "£": "GBP",
              "GBP": "GBP", "R$": "BRL", "BRL": "BRL"}
MONEY = {
    "es": {"EUR": (("euro", "euros"), ("céntimo", "céntimos")),
           "USD": (("dólar", "dólares"), ("centavo", "centavos")),
           "GBP": (("libra", "libras", "f"), ("penique", "peniques")),
           "BRL": (("real", "reales"), ("centavo", "centavos")),
           "peso": (("peso", "pesos"), ("centavo", "centavos"))},
    "fr": {"EUR": (("euro", "euros"), ("centime", "centimes")),
           "USD": (("dollar", "dollars"), ("cent", "cents")),
           "GBP": (("livre", "livres", "f"), ("penny", "pence")),
           "BRL": (("réal", "réaux"), ("centavo", "centavos"))},
    "it": {"EUR": (("euro", "euro"), ("centesimo", "centesimi")),
           "USD": (("dollaro", "dollari"), ("centesimo", "centesimi")),
           "GBP": (("sterlina", "sterline", "f"), ("penny", "penny")),
           "BRL": (("real", "real"), ("centavo", "centavos"))},
    "pt": {"EUR": (("euro", "euros"), ("centavo", "centavos")),
           "USD": (("dólar", "dólares"), ("centavo", "centavos")),
           "GBP": (("libra", "libras", "f"), ("pêni", "pence")),
           "BRL": (("real", "reais"), ("centavo", "centavos"))},
}
"""Money's names, (singular, plural, "f" if feminine), for units and for cents."""


ENGLISH_TELEPHONE = re.compile(
    r"(?<![\w.,+-])(?:(\+\d{1,3}[ .-]?(?:\(0\) ?)?|\+\(\d{1,3}\) ?)"
    r"(\(?\d{1,4}\)?(?:[ .-]\d{2,7}){1,3}|\d{9,11})"
    r"|(\+\d{1,3}[ .]?)?"
    r"(\(?0\d{2,4}\)?(?:[ .-]?\d{3,6}|[ .-]\d{1,2}(?=[ .-]\d{3})){1,3}(?:[ .]\d\d[ .]\d\d)?"
    r"|1-\d{3}-[\dA-Z]{3}-[\dA-Z]{4}|116 ?(?:00[06]|016|111|117|123)(?!\d)|"
    r"1-\d{3}-(?=[\dA-Z]{3,4}-[\dA-Z]*[A-Z])[\dA-Z]{3,4}-[\dA-Z]{3,4}|" + r"1-\d{3}-"
    r"(?=[\dA-Z]*[A-Z])[\dA-Z]{4,8}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}-\d{3}-\d{3,4}|9-1-1"
    r"|[2-9]\d\d-\d{3}-(?=[\dA-Z]*[A-Z])[\dA-Z]{4}"
    r"|\(0\d\) ?\d{3,4}[ .-]?\d{4}|1[38]00[ .-]?\d{3}[ .-]?\d{3}"
    r"|1([ .])[2-9]\d\d\5(?:\d{3}\5\d{4}|\d{7})))"
    r"(?:/(\d{1,4})(?![\d/]|[ .-]\d))?(?![\w-]|[.,]\d)")
"""A telephone number as British and American leaflets write it: 0300 123 4567, 0161-4960000,
07700 900123, 1-800-662-4357, 800-190-590 (Poland's free line for Ukrainians, "8 0 0"
and two numbers after it), 1-800-FDA-1088, the VA's 1-877-4AID-VET, USAGov's
1-844-USAGOV1, (555) 123-4567, +1 (216) 208 7987 (PyCon's incident line, "plus one, two
hundred sixteen, …"), +44
20 7946 0958, +44 (0)20 7946 0958 (the zero dialled from within the country, whose number
was said "seven thousand nine hundred forty-six"), +44 (0) 113 2431751 (a university's,
"two million…"), 0300 123 23 23 (a blood service's, whose pairs were "twenty-three"), +44
7873311410, the CDC's 9-1-1, a group of one digit before one of three, the Dutch suicide
line's "0900-113 0 113" (its last "113" an amount), and Europe's 116 lines, "116 111", the
children's helpline, which was "116 1 1 1", its "111" taken for the NHS's; and
as Australian and New Zealand ones do, (02) 9876 5432, (09) 123 4567, 1300 555 450 and 1800
643 787 (a disability provider's table of advocacy lines, said "one thousand three hundred,
five hundred fifty-five..."); a group of two digits before one of three or more, Ireland's
"0818 07 4000" (sweep CL, the Citizens Information line), "zero seven, four thousand" in
running text. A North American number spaced or dotted after its 1, "1 800
273 8255", "1.800.273.8255", and one whose last seven digits are typed unbroken, "1 800
6686868", as the US crisis line's and Canada's Kids Help Phone's pages write them: "Tel: 1
800 273 8255" was "one, eight hundred, two hundred seventy-three, eight thousand…". A
second number shortened after a slash to the digits that differ, a college's public safety
line "914-367-3001/3333", "0800 123 4567/8", is said "or" and dialled, where it was left
as written, "3 0 0 1/3333"."""

ENGLISH_LABELLED_NUMBER = re.compile(
    r"\b((?:(?:Tel|Ph|Fax)\b\.?|(?:Telephone|Telefon|Phone|Mobile|Mob|Cell|SMS|Text|WhatsApp"
    r"|Hotline"
    r"|Landline|Crisis\s(?:Text|Line))\b)(?:\s?\([^)]*\))?\s?:?\s?)"
    r"(\d{3,}(?:[ .-]\d{2,})*(?:\s?/\s?\d{3,}(?:[ .-]\d{2,})*)*)(?![\w.,]\d|[\w-])",
    re.IGNORECASE)
"""A number after the label that says it is one to call or text, in any country's form: a
Singapore school's "Tel: 6261 5537" and a crisis line's "Crisis Text (2pm-2am ET): 258258"
were "six thousand two hundred sixty-one, five thousand…"; and after a label in the
language of the line's country, a Latvian line's "Telefon: 371 67222922", said "sixty-seven
million…" in an English list of Europe's helplines."""
RELAY_PREFIX = re.compile(r"(?<![\w.,])1800[01](?=\s+\(?0)")
"""Relay UK's prefix before a number, "18001 0800 123 4567" (to call through a
textphone), "18000" before 999's: said "eighteen thousand and one" before the number's
digits."""
LONG_NUMBER = re.compile(r"(?<![\w.,+-])(?![1-9]0+(?!\d))\d{9,}(?![\w-]|[.,]\d)")
"""Nine digits or more, unbroken: an account, a registration or a telephone number (an
amount that large is written with commas, or is round: "1000000000 meals"), said digit by
digit, where a charity's "Account Number | 62870007575" was "sixty-two billion…"."""
UK_GROUPS = ((re.compile(r"02\d{9}"), (3, 4, 4)), (re.compile(r"0[389]\d{9}"), (4, 3, 4)),
             (re.compile(r"0[17]\d{9}"), (5, 6)))
"""How a UK number of eleven digits typed unbroken is grouped when it is read out: "020 7946
0958", "0800 123 4567", "07749 869360" (a safeguarding policy's "07749869360" was eleven
digits with no pause)."""


def grouped(number: str) -> str:
    """`number` in the groups it is read out in, if it is a UK number typed unbroken."""
    for pattern, sizes in UK_GROUPS:
        if pattern.fullmatch(number):
            starts = [sum(sizes[:index]) for index in range(len(sizes) + 1)]
            return " ".join(number[a:b] for a, b in zip(starts, starts[1:]))
    return number


ENGLISH_SHORT_NUMBER = re.compile(
    r"\b(call|dial|ring|phone|text|NHS|TTY:?|extension|text\s+[\"'“‘]?[A-Z]+[\"'”’]?\s+to"
    r"|(?:emergency|helpline|contact|telephone|phone)\s+number|helpline|Health\s?Link"
    r"|police(?=:)"
    r"|on(?=\s+(?!(?:19|20)\d\d\b)\d+\b(?!\s+(?!(?:or|and|if|for|at|any|anytime|when|from"
    r"|free|during|between|in|to|option)\b)[a-z])))(:?\s+\(?)(116 123|\d{3,6})\b"
    r"(?!\s?[.,]\d)"
    r"|()()(?<![\w.,£$€¥₹])(999|911|988|112|116 123|111)(?![\w.,]?\d|\s?%)"
    r"(?!\s+(?!(?:is|was|has|does|says|gives|helps|tells|offers|provides|answers|works"
    r"|covers|runs|opens|lets|means|asks|sends|connects|handles|takes)\b)[a-z]+s\b"
    r"|\s+(?:people|staff|km|kg|percent|per\s?cent)\b)", re.IGNORECASE)
"""An emergency or helpline number: any short number after the word that says it is one
("call 111", "text 85258", "text SHOUT to 85258", the US relay service's "TTY: 711", "on
101", "the non-emergency number 101", India's "Cyber Crime Helpline 1930", which was
"nineteen hundred and thirty"), in brackets after it ("the non-emergency number (101)")
or after a label ("Police: 101", which was "one hundred and one"), and 999, 911, 111, the
US crisis line's 988 and the Samaritans' 116 123 wherever they are ("Contact 111 if you're
worried", "If you cannot get help from 111, call 999", the NHS App's guidance, said "one
hundred eleven"), but after a currency's sign (a dentist's "from £999" was "from 9 pounds
9 9") or before what they count ("111 patients", "111 tablets"), nor at the start of a
longer number ("9889", a Lancet issue's, was "9 8 89").
After "on", not a year nor a count of something, which a noun follows ("up 18% on
2023/24", "based on 1200 replies")."""

ENGLISH_IDENTIFIER = re.compile(r"(?<!\ba )\b((?:number|no\.|reference|ref\.?|code|ID|PIN|"
                                r"passcode|account)\s?:?\s)"
                                r"(\d{3,}(?: \d{3,})+|\d{5,}"
                                r"|(?-i:(?=[A-Z\d/-]*\d)[A-Z\d]+(?:[/-][A-Z\d]+){2,}))"
                                r"(?![\w.,]\d|[/-]?\w)", re.IGNORECASE)
"""A long number that names something, after "number" or "reference" ("Registered charity
number 1234567", "NHS number 485 777 3456", "Reference: 20231104") or a meeting's "access
code: 2821 481 6931" and "meeting ID", or a letter's reference
in three groups or more ("Our ref: ABC/2024/017", said "ABC slash two thousand twenty-four
slash zero seventeen"; not "COVID-19"), or a bank account's, an invoice's "Sort code
20-00-00, account 12345678" (sweep CQ): said digit by digit, group by group, as a person
reads it out, not "one million two hundred thirty-four thousand..."."""


CURRENCY_NAMES = {"£": (("pound", "pounds"), ("penny", "pence")),
                  "$": (("dollar", "dollars"), ("cent", "cents")),
                  "€": (("euro", "euros"), ("cent", "cents")),
                  "R$": (("real", "reais"), ("centavo", "centavos")),
                  **dict.fromkeys(("₹", "Rs.", "Rs"), (("rupee", "rupees"),
                                                             ("paisa", "paise"))),
                  **dict.fromkeys(("KSh", "Ksh"), (("shilling", "shillings"),
                                                  ("cent", "cents"))),
                  **dict.fromkeys(("৳", "Tk.", "Tk", "TK", "BDT"), (("taka", "taka"),
                                                                   ("poisha", "poisha"))),
                  **dict.fromkeys(("¥", "￥", "JPY", "円"), (("yen", "yen"), ("sen", "sen")))}
CURRENCY_NAMES |= {
    sign: ((f"{country} dollar", f"{country} dollars"), ("cent", "cents"))
    for signs, country in ((("US$", "USD"), "US"), (("A$", "AU$", "AUD"), "Australian"),
                           (("C$", "CA$", "CAD"), "Canadian"), (("NZ$", "NZD"), "New Zealand"),
                           (("HK$",), "Hong Kong"), (("S$",), "Singapore"))
    for sign in signs}
CURRENCY_NAMES |= {"EUR": CURRENCY_NAMES["€"], "GBP": CURRENCY_NAMES["£"],
                   "INR": CURRENCY_NAMES["₹"], "KES": CURRENCY_NAMES["KSh"],
                   "CHF": (("Swiss franc", "Swiss francs"), ("centime", "centimes"))}
"""A currency's name by its sign or its ISO 4217 code: "US$10" was "US10 dollars"; an Indian
price's "Rs. 21" was two sentences, "R S." then "21", and "₹500" "rupee five hundred"; a
charity's "EUR 300" was "yur three hundred", and "USD 45.50" "U S D forty-five point five
zero"; a Bangladeshi passport office's fees, "TK 4,025" and "Tk. 500", were "T K" and a
sentence ended at "Tk.". Yen, "¥26,000", "￥500", "JPY 26,000" (and "26,000円", its
character after the amount, `CODE_AFTER_AMOUNT`), as a travel budget written by an
assistant (sweep BS, japan-budget line 11) prices a room beside pounds: "£137 · ¥26,000" was
"137 pounds ·" then the voice's "yen twenty-six thousand", and "26,000円" lost its "円".
China's yuan shares the sign; an English text with it means yen far more often."""

SCALE_LETTERS = {"k": "thousand", "K": "thousand", "m": "million", "M": "million",
                 "mn": "million", "bn": "billion", "B": "billion"}
"""A scale shortened after an amount of money ("$5.5M", "£2bn", "£30k")."""

DOTTED_THOUSANDS = (r"[1-9]\d{0,2}(?:\.\d{3})+(?!\d|\.\d|\s?(?:/|per\s|an?\s)?\s?"
                    r"(?:gal|gallon|litre|liter|l|kWh|kilowatt|unit|share)s?\b)")
"""Thousands parted with a stop after a currency's sign, as much of Europe writes them in an
English sentence: a credit union's savings limit, "£85.000", was said "8 pounds5.000", and
"£1.500" was left to the voice; three digits after a point are no pence. A price of a unit to
a tenth of a penny or a cent, "$3.499/gal", "£0.245 per kWh", is not thousands."""

MONEY_NAMED_TWICE = re.compile(r"\b(pounds?|dollars?|euros?|rupees?|pence|cents?)\s\1\b")
"""A currency said from its sign and written after the amount too, "$50 dollars", "₹500
rupees", as authors write them (sweep CN, in Hinglish): said "50 dollars dollars"."""
ENGLISH_MONEY = re.compile(
    r"(?<![^\W\d_])(" + "|".join(map(re.escape, sorted(CURRENCY_NAMES, key=len, reverse=True)))
    + r")\s?((?>\d{1,3}(?:,\d{3})+|" + DOTTED_THOUSANDS + r"|\d+|(?=\.\d\d(?!\d))))"
    r"(?:\.(\d{2})(?!\d|\.\d)"
    r"|\.(\d+)(?=(?:mn|bn|[kKmMB])\b|\s?(?:[Tt]housand|[Mm]illion|[Bb]illion|lakhs?|crores?)\b))?"
    r"(?![\d.]\d)(\s?(?:[Tt]housand|[Mm]illion|[Bb]illion|lakhs?|crores?)\b|(?:mn|bn|[kKmMB])\b)?"
    r"(\sUSD\b|\s(?:EUR|GBP)\b)?(?:/(hour|hr|h|day|week|wk|month|mo|mth|year|yr)\b)?")
"""An amount of money, which the English voice read sign first and as a decimal: "£64.95"
was "pound sixty-four point nine five"; with its scale shortened, "$5.5M" (the USDS DITAP MAP
case study) was "5 dollars.5M", and "$1.1M/year" "1 dollar.1M/year". A dollar amount
followed by its code, "$48k USD" (the A11Y Project's post on inert), is in US dollars; a
euro or pound amount's own code after it, "€180,000.00 EUR" (docx4j's field formats), goes,
where it was said "180,000 euros EUR". Cents without the nought before them, a county's
"$.39" a mailing, are cents (it was "dollar dot three nine"). India's lakh and crore are
scales as a million is: a health scheme's "₹5 lakh tak" (sweep CN, hi-pmjay, in Hinglish)
was "5 rupees lakh tak". Its scale's word may be capitalised as a title is: a government
jobs page's "invest over $10 Billion" (sweep CU, dta-chief-strategy) was "10 dollars
Billion"."""

PER_TIME = {"hour": "an hour", "hr": "an hour", "h": "an hour", "day": "a day", "week": "a week",
            "wk": "a week", "month": "a month", "mo": "a month", "mth": "a month",
            "year": "a year", "yr": "a year"}
"""What an amount of money is for, after its slash: "$1.1M/year" is "a year", "$75/mo" "a
month"."""


NOT_A_NOUN = frozenset("or and to per a an each for in on off of at from with by plus minus "
                       "more less extra back".split())
"""Words after "a $5" that show the amount is not a noun's ("a $5 or $10 donation")."""


PRICE_ADJECTIVES = ("small|extra|additional|further|flat|one-off|annual|monthly|weekly|yearly"
                    "|daily|nominal|minimum|refundable|non-refundable|optional|fixed|reduced"
                    "|discounted|late|standard|total")
"""Words that may stand between "a" and a price that describes a noun: "a small €3 fee",
as Zap-Hosting's cancellation terms write it, was "a small 3 euros fee"."""


def said_before_a_noun(match: re.Match[str]) -> bool:
    """Whether the amount `match` describes the noun after it, "a $5 fee", "an £8 ticket",
    "a $25K grant", "a small €3 fee" (`PRICE_ADJECTIVES`), which is said as one: "a 5 dollar
    fee" (it was "a 5 dollars fee"). So before a name, a school's "win a £20 Amazon voucher"
    and a holiday guide's "WIN a $100 Caloundra Regional Gallery shop gift voucher" (sweep
    DA), which were "a 20 pounds Amazon voucher", "a 100 dollars Caloundra"."""
    following = re.match(r"\s([A-Za-z]+)\b", match.string[match.end():])
    return bool(re.search(rf"\b[Aa]n? (?:(?:{PRICE_ADJECTIVES}) )?$",
                          match.string[:match.start()])) and bool(following) \
        and following.group(1).lower() not in NOT_A_NOUN


OWN_CODES = {"$": "USD", "€": "EUR", "£": "GBP"}
"""The currency code that may follow an amount with its sign, said by the sign's name."""
SIGN_AND_OWN_CODE = re.compile(r"(?<![\w$])([$€£])\s?(\d+(?:[.,]\d+)*)\s?(USD|EUR|GBP)\b")
"""An amount with its sign and its code, "$8 USD", whose currency was said twice."""


def say_english_money(match: re.Match[str]) -> str:
    """"£64.95" as "64 pounds 95", "$0.99" as "99 cents", "£5 million" and "£5m" as "5
    million pounds": the number first, as it is said; "a 5 dollar fee" before its noun."""
    code = (match.group(6) or "").strip()
    sign = "US$" if match.group(1) == "$" and code == "USD" else match.group(1)
    (unit, units), (cent, cents) = CURRENCY_NAMES[sign]
    before_a_noun = said_before_a_noun(match) and not match.group(6) and not match.group(7)
    if before_a_noun:
        units = unit
    whole, fraction, scale = (match.group(2) or "0").replace(".", ","), \
        match.group(3) or match.group(4), match.group(5)
    after = (f" {code}" if code and OWN_CODES.get(match.group(1)) != code else "") \
        + (f" {PER_TIME[match.group(7)]}" if match.group(7) else "")
    if scale:
        scale = f" {SCALE_LETTERS.get(scale, scale.strip().lower())}"  # "£1million" too
        return f"{whole}{'.' + fraction if fraction else ''}{scale} {units}{after}"
    pence = int(fraction) if fraction else 0
    if whole == "0" and pence:
        return f"{pence} {cent if pence == 1 or before_a_noun else cents}{after}"
    said = f"{whole} {unit if whole == '1' else units}"
    if pence:
        # "£174.03" was "174 pounds 03", heard "…pounds zero three" (sweep CL, a Southwark
        # rent cap): under ten, pence are named, "174 pounds 3 pence", as cents are
        said += f" {pence:02d}" if (match.group(1) == "£" and pence >= 10) or before_a_noun \
            else f" {pence} {cent if pence == 1 else cents}"
    return said + after


ENGLISH_FRACTIONS = {"1/2": "a half", "1/3": "a third", "2/3": "two thirds", "1/4": "a quarter",
                     "3/4": "three quarters"}
ENGLISH_FRACTION = re.compile(r"(?<![\w/.,])(?:(\d+)\s)?([1-9]|1[0-5])(\s?)/\3"
                              r"([2-9]|1[0-6])(?=\s[^\W\d_])")
"""A fraction of a dose, "1/2 tablet" (said "one slash two tablet") or "1 1/2 tablets";
not a date (1/2/2024) or a score. Spaced, "1 / 2 a tablet", only before what it measures
(`MEASURES`, "of", "a"), and not as a count of parts ("Part 1 / 2 of the course",
`COUNTED_PARTS`)."""
COUNTED_PARTS = re.compile(r"\b(?:[Pp]art|[Pp]age|[Ss]tep|[Cc]hapter|[Ss]ection|[Ss]lide|"
                           r"[Qq]uestion|[Ee]pisode|[Ww]eek|[Dd]ay|[Ss]tage|[Ll]evel|[Nn]o\.?)\s$")
ENGLISH_FRACTION_COMPOUND = re.compile(r"(?<![\w/.,])(1/2|1/3|2/3|1/4|3/4)-(?=[^\W\d_])")
COMPOUND_FRACTIONS = {"1/2": "half-", "1/3": "one-third-", "2/3": "two-thirds-",
                      "1/4": "quarter-", "3/4": "three-quarter-"}
"""A fraction that opens a word joined by a hyphen, "3/4-time enrollment" (the GI Bill's
rates, on the VA's style guide page of numbers), "1/4-inch": said "three-quarter-time", where
the voice read "three slash four time"."""
BLOOD_PRESSURE = re.compile(r"(?<![\w/])(\d{2,3})/(\d{2,3})(?![\w/])")
BLOOD_PRESSURE_UNIT = re.compile(r"\s?(?:mmHg|millimetres of mercury|mil+[ií]m[eèé]tr|مل?م زئبق)")
BLOOD_PRESSURE_NAMED = re.compile(r"\b(?:BP|bp|[Bb]lood pressure|[Pp]resi[oó]n arterial|"
                                  r"[Tt]ension art[ée]rielle|[Pp]ressione arteriosa|"
                                  r"[Pp]ress[ãa]o arterial|ضغط الدم|بلڈ پریشر)\b[^.;:\d]{0,30}$")
BLOOD_PRESSURE_BEFORE = re.compile(r"\d{2,3}/\d{2,3}" + BLOOD_PRESSURE_UNIT.pattern
                                   + r"[^\W\d_]*[^.;:\d]{0,20}$")
"""What makes two numbers with a slash a blood pressure ("180 over 120"): its unit after
them (in words, in the other languages, by the time numbers are said), its name shortly
before them in the clause ("BP goal <130/80" was "less than 130 80"), or a blood pressure
with its unit just before them ("below 140/90 mmHg (135/85 at home)", "135 85")."""
BLOOD_PRESSURE_READ = re.compile(r"\b(?:[Rr]eadings?|[Rr]ange|[Nn]ormal|[Tt]arget|[Gg]oal|"
                                 r"[Aa]im|[Ss]ystolic|[Hh]ypertension|[Hh]igh|[Uu]nder|"
                                 r"[Bb]elow|[Aa]bove)\b[^.;:\d]{0,25}$")
"""A word of a reading before two numbers that only a blood pressure can be
(`say_blood_pressure`), as a leaflet on blood pressure writes them once its subject is
clear: "Normal Range is 120/80" and "A reading of 140/90 or higher is high" were "120 80"
and "140 90"."""
BLOOD_PRESSURE_OVER = {"en": "over", "es": "sobre", "fr": "sur", "it": "su", "pt": "por",
                       "ar": "على", "ur": "بٹا"}
"""The word between a blood pressure's two numbers: "140/90 mmHg" was "ciento cuarenta
barra noventa" (the voice reading the slash) in Spanish, and "120/80 ملم زئبق" the English
"slash" in Arabic."""
OUT_OF_TEN = re.compile(r"(?<![\w/.,])(10|\d)/10(?![\w/]|[.,]\d)")
"""A score on a pain or symptom scale, "7/10": "7 out of 10"; not "12/10", a date, which
was "12 out of 10"."""
DECIMAL_SCORE = re.compile(r"(?<![\w/.,])(\d{1,3}\.\d{1,2})/(5|10|20|100)(?![\w/]|[.,]\d)")
"""A score with a decimal out of 5, 10, 20 or 100, as reviews give them: a restaurant
guide written by an assistant (sweep BS, menton-restaurants lines 31, 43) rated one "9.1/10
TheFork", said "nine point one slash ten", where "8/10" was "8 out of 10"; "4.5/5". A
decimal makes it no date. Only a score no higher than its total."""
POINTS_SCORE = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d)?)/(\d{1,3})"
                          r"(?=\s(?:(?:match|game|board)\s)?(?:points?|pts)\b)")
"""Points out of those to be had, before the word "points": a chess club's season report
(sweep CM, online-leagues) gave its teams "5/7 match points" and "2.5/7 match points", said
"5 7 match points" and "2.5 slash 7", where "Score 5/7" was "5 out of 7". Only a score no
higher than its total."""
PLACE_OF_TOTAL = re.compile(r"(?<![\w/.,])(\d{1,3}(?:st|nd|rd|th))/(\d{1,3})(?![\w/]|[.,]\d)")
"""A place among how many, "3rd/8 teams" in the same report: "third slash eight teams", now
"3rd of 8 teams". Only a place no lower than their number."""
OUT_OF_SCALE = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})(?![\w/]|[.,]\d)")
SCALE_BEFORE = re.compile(r"\b(?:RPE|Borg|[Ss]cores?|[Ss]cored|[Rr]atings?|[Rr]ated?|[Pp]ain"
                          r"|[Ee]ffort|[Ee]xertion)\b[^.;!?\d/]{0,25}$")
"""A score out of a total other than 10 after a word of scoring or a scale's name
(`SCALE_BEFORE`), an exercise plan's "Borg 13/20": "13 out of 20", where it was "13 20".
Only a score no higher than its total."""


MEASURES = frozenset("inch inches cup cups teaspoon teaspoons tablespoon tablespoons ounce "
                     "ounces oz pound pounds lb mile miles tablet tablets pill pills dose "
                     "doses pint pints quart quarts gallon gallons hour hours part parts "
                     "piece pieces wedge wedges slice slices".split())
"""What a fraction other than a half, a third or a quarter measures, "3/8 inch", "1/8
teaspoon": said as a fraction only before one (or "of", "1/5 of people"), since "7/10
today" is a score, "9/10 patients" a count and "3/15" a date. The pieces a recipe cuts
into are measures too: a traybake's "Cut up the shallots into 1/8 parts, then the lemons
into 1/4 wedges" (sweep CI) was "into 1 8 parts, then … a quarter of a wedges", and a
gelato's "(≈1/8 tsp)", whose bracket hid the teaspoon, "about 1 8 teaspoon"; now "eighth
parts", "quarter wedges" and "an eighth of a teaspoon"."""


FRACTION_OF_UNITS = re.compile(r"(?<![\w/.,])(?<!\d\s)([1-9])/([2-9]|1[0-6])\s(inches|cups|"
                               r"teaspoons|tablespoons|ounces|pounds|miles|pints|quarts|"
                               r"gallons|hours|tablets|pills|doses)\b")
"""A fraction less than one of a unit in the plural, as a recipe's `1/2"` and "1/2in" are
written out ("1/2 inches"): "half inches thick" was said; one unit, "half an inch"."""


COMPARED_FRACTIONS = re.compile(
    r"(?<![\w/.,])([1-9]\d?)/([2-9]|[1-9]\d)(\s+(?:(?:smaller|bigger|larger|greater|less|more)"
    r"\s+)?(?:or|and|than|versus|vs\.?)\s+)([1-9]\d?)/([2-9]|[1-9]\d)(?![\w/]|[.,]\d)")
"""Two fractions less than one compared, "3/5 or 4/5", "6/10 smaller than 3/5": a maths
worksheet on comparing fractions (sweep CP, comparing-fractions lines 44-68) was said "Which
is smaller: 3 5 or 4 5?", read as a strength's pair, and "Is 6 out of 10 smaller than 3 5?",
a pain score's reading; "three fifths or four fifths" now, and "six tenths". Not in a clause
about dates, "Appointments on 2/9 or 3/9", nor scores, nor before what they measure."""


def say_compared_fractions(text: str) -> str:
    """Fractions compared with one another (`COMPARED_FRACTIONS`) in words, each less than
    one; a date's clause (`words.DATES_BEFORE`) keeps its days."""
    from handout.read.words import DATES_BEFORE

    def words(numerator: str, denominator: str) -> str | None:
        return fraction_words(int(numerator), int(denominator))

    def pair(found: re.Match[str]) -> str:
        first, second = words(found[1], found[2]), words(found[4], found[5])
        following = found.string[found.end():].split(maxsplit=1)[:1]
        if not first or not second or DATES_BEFORE.search(found.string, 0, found.start()) \
                or SCALE_BEFORE.search(found.string, max(0, found.start() - 40), found.start()) \
                or following and following[0].lower().rstrip(".,;:!?)") in {*MEASURES, "of"}:
            return found[0]  # dates, scores, and "1/2 or 1/4 tablet", a dose's fractions
        return f"{first}{found[3]}{second}"

    return COMPARED_FRACTIONS.sub(pair, text)


def fraction_words(numerator: int, denominator: int) -> str | None:
    """A fraction less than one in words, "a half", "three quarters", "three eighths"; None
    for any other (a score, a ratio)."""
    from num2words import num2words

    if numerator >= denominator:
        return None
    written = ENGLISH_FRACTIONS.get(f"{numerator}/{denominator}")
    if written:
        return written
    part = {2: "half", 4: "quarter"}.get(denominator) or num2words(denominator, to="ordinal")
    if numerator == 1:
        return f"a{'n' if part[0] in 'aeiou' else ''} {part}"
    return f"{num2words(numerator)} {'halves' if part == 'half' else part + 's'}"


def say_blood_pressure(match: re.Match[str], lang: str = "en") -> str:
    """"130/80" as "130 over 80" where it is a blood pressure: its unit follows, or it is
    named shortly before it, or a reading's word is before numbers only a blood pressure
    has (`BLOOD_PRESSURE_READ`)."""
    before = match.string[max(0, match.start() - 60):match.start()]
    systolic, diastolic = int(match.group(1)), int(match.group(2))
    named = BLOOD_PRESSURE_UNIT.match(match.string, match.end()) or BLOOD_PRESSURE_NAMED.search(
        before[-45:]) or BLOOD_PRESSURE_BEFORE.search(before) or (
        lang == "en" and 90 <= systolic <= 250 and 40 <= diastolic <= 140
        and systolic - diastolic >= 20 and BLOOD_PRESSURE_READ.search(before[-35:]))
    over = BLOOD_PRESSURE_OVER[lang]
    return f"{match.group(1)} {over} {match.group(2)}" if named else match.group(0)


VULGAR_MEASURE = re.compile(rf"(?<![\w/.,])(?:(\d+)\s?)?([½⅓⅔¼¾])"
                            rf"(?=\s(?:{'|'.join(sorted(MEASURES))})\b)")
"""A fraction written as one character before what it measures, "1¾ pints", "½ pint", as
British recipes write them (sweep AW, the tester's repros): the voice said "one three
quarters pints" and "one half pint". Written with a slash for `ENGLISH_FRACTION` to word,
"one and three quarters pints", "half a pint"."""


def say_english_fractions(text: str) -> str:
    """Fractions, blood pressures ("180/120 mmHg", "180 over 120") and scores ("7/10")
    as they are said, where the voice read the slash."""
    def fraction(match: re.Match[str]) -> str:
        following = match.string[match.end():].split(maxsplit=1)[0].lower().rstrip(".,;:!?)]")
        numerator, denominator = match.group(2), match.group(4)
        if match.group(3) and (following not in {*MEASURES, "of", "a", "an"}
                               or COUNTED_PARTS.search(match.string, 0, match.start())):
            return match.group(0)
        said = ENGLISH_FRACTIONS.get(f"{numerator}/{denominator}") or (
            fraction_words(int(numerator), int(denominator))
            if following in MEASURES or following == "of" else None)
        if said is None:
            return match.group(0)
        if match.group(1):  # 1 1/2 tablets
            return f"{match.group(1)} and {said}"
        if following in NOT_A_NOUN - {"a", "an", "of"} or following == "than":
            # a fraction measuring nothing, "Is 1/2 or 3/5 bigger?", "Compare 2/3 and 3/4"
            # (sweep CP): "half an or", "two thirds of an and"
            return said
        if following == "of":  # 3/4 of a cup
            return said
        if following in ("the", "your", "a", "an", "this", "that", "each", "one"):
            return "half" if said == "a half" else f"{said} of"  # 1/2 the dose
        if re.search(r"\b[Aa]n? $", match.string[:match.start()]) and not match.group(1):
            # a 1/2 inch slice, a 3/8 inch bolt: "a half inch", "a three-eighths inch"
            return COMPOUND_FRACTIONS.get(f"{numerator}/{denominator}", "").rstrip("-") or \
                re.sub(r"^an? ", "one ", said).replace(" ", "-")
        if following.endswith("s") and not following.endswith("ss"):  # 3/4 inches
            return said.removeprefix("a ").removeprefix("an ")  # 1/4 wedges, "quarter"
        article = "an" if following[:1] in "aeiou" or following.startswith(("hour", "honest"))\
            else "a"
        return f"half {article}" if said == "a half" else f"{said} of {article}"  # 1/2 tablet

    slashed = {vulgar: fraction for fraction, vulgar in VULGAR_FRACTIONS.items()}
    text = say_compared_fractions(text)
    text = VULGAR_MEASURE.sub(lambda m: f"{m[1]} " * bool(m[1]) + slashed[m[2]], text)
    text = FRACTION_OF_UNITS.sub(lambda m: m[0].removesuffix("es" if m[3] == "inches" else "s")
                                 if int(m[1]) < int(m[2]) else m[0], text)
    text = ENGLISH_FRACTION.sub(fraction, text)
    text = ENGLISH_FRACTION_COMPOUND.sub(lambda m: COMPOUND_FRACTIONS[m.group(1)], text)
    text = BLOOD_PRESSURE.sub(say_blood_pressure, text)
    from handout.read.words import DATES_BEFORE

    text = POINTS_SCORE.sub(lambda m: f"{m[1]} out of {m[2]}" if float(m[1]) <= int(m[2])
                            else m[0], text)
    text = PLACE_OF_TOTAL.sub(lambda m: f"{m[1]} of {m[2]}" if int(m[1][:-2]) <= int(m[2])
                              else m[0], text)
    text = OUT_OF_TEN.sub(lambda m: m.group() if DATES_BEFORE.search(m.string, 0, m.start())
                          else f"{m.group(1)} out of 10", text)
    text = DECIMAL_SCORE.sub(lambda m: f"{m[1]} out of {m[2]}" if float(m[1]) <= int(m[2])
                             else m[0], text)
    return OUT_OF_SCALE.sub(lambda m: f"{m[1]} out of {m[2]}" if int(m[1]) <= int(m[2])
                            and SCALE_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                            and not DATES_BEFORE.search(m.string, 0, m.start())
                            else m.group(), text)


def digit_by_digit(number: str) -> str:
    """A telephone number's groups, each digit by digit, with a pause between them: "0300
    304" is "0 3 0 0, 3 0 4"; letters stay as they are (1-800-FDA-1088)."""
    return ", ".join(" ".join(group) if group.isdigit() else group
                     for group in re.findall(r"\d+|[A-Z]+", number))


KEYED_CODE = re.compile(r"((?<![\w-])(?:(?-i:PIN|Pin)|passcode|(?:Meeting|Konferenz)-ID"
                        r"|Konferenznummer|Konferenzkennung|Kennwort|Kenncode|Zugangscode"
                        r"|Passwort|code(?=[ \t](?:is|like)\b))"
                        r"(?:[ \t](?:is|like|lautet|ist))?[ \t]?:?[ \t]?)"
                        r"(\d{4,}(?:[ \t]\d{3,})*)(?![\w.,]\d|[\w-])", re.IGNORECASE)
"""A code to key in after its label, four digits or more: a PIN, a meeting's passcode, a
conference's number and its password when it is digits, in English and German. A
telephone service's "die Konferenznummer 16882 und der Pin 24081855" was said
"sechzehntausendachthundert…", and "Your PIN is 2408" "two thousand four hundred eight"
(`ENGLISH_IDENTIFIER` takes five digits or more after its labels, which name numbers of
any kind): said digit by digit, as the keypad takes them. So is a code that "is" or is
"like" a number, a sign-in guide's "Your verification code is 482751" and "a 6-digit code
like 847392" (sweep CT, D8), which were "four hundred eighty-two thousand…"."""


def say_english_telephones(text: str) -> str:
    """Telephone numbers said digit by digit, group by group, for an English voice, which
    read "0300 304 7000" as "zero three zero zero, three hundred four, seven thousand" and
    "call 999" as "call nine hundred ninety-nine"; and numbers that name something
    (`ENGLISH_IDENTIFIER`) or are keyed in (`KEYED_CODE`)."""
    def telephone(match: re.Match[str]) -> str:
        prefix, number = match.group(1) or match.group(3), match.group(2) or match.group(4)
        return (f"plus {digit_by_digit(prefix)}, " if prefix else "") \
            + digit_by_digit(grouped(number)) \
            + (f" or {digit_by_digit(match.group(6))}" if match.group(6) else "")

    text = ENGLISH_TELEPHONE.sub(telephone, RELAY_PREFIX.sub(
        lambda m: digit_by_digit(m.group()) + ",", text))
    text = ENGLISH_LABELLED_NUMBER.sub(lambda m: m.group(1) + ", or ".join(
        map(digit_by_digit, m.group(2).split("/"))), text)  # "Tel: 6464 0111 / 6482 3564"
    text = LONG_NUMBER.sub(lambda m: digit_by_digit(m.group()), text)
    text = ENGLISH_IDENTIFIER.sub(lambda m: m.group(1) + digit_by_digit(m.group(2)), text)
    text = KEYED_CODE.sub(lambda m: m.group(1) + digit_by_digit(m.group(2)), text)
    return ENGLISH_SHORT_NUMBER.sub(
        lambda m: (m.group(1) or "") + (m.group(2) or "")
        + digit_by_digit(m.group(3) or m.group(6)),
        text)


TELEPHONE = re.compile(
    r"(?<![\w.,+-])(?<!\d )(?<!\d:)(?:(\+ ?\d{1,3}(?: ?\(0\))?[ .]?|\(\+\d{1,3}\) ?)"
    r"(\d{1,4}(?:[ .-]?\d{2,8}"
    r"|-\d(?= \d)){1,3}(?: \d{2,8}){0,3}(?: ?- ?\d{1,4}(?!\d))?)"
    r"|(\(?0\d{1,4}\)?(?: ?/ ?\d{2,8})?(?:(?:[ .-]| ?- ?)?\d{2,8}|[ .-]\d(?= \d\d)){1,4}"
    r"(?: ?- ?\d(?!\d))?"
    r"|0-\d{3}(?:-\d{2,4}){2,3}|\d{2,4}(?:[ .-]\d{2,4}){2,}|\d{9,}"
    r"|\(\d{3}\) ?\d{3}[ .-]\d{4}|1-\d{3}-\d{3}-\d{4}"
    r"|116 ?\d{3}))(?![\w-]|:\d)")
"""A telephone (or long identity) number in any other language: "030 1234567", "22 123 45
67", "+49 123 456789", "010-12345678", "80010112345", a German area code and its slash,
"0631/7105-538", and Europe's 116 helplines ("116 117",
the German and Polish doctors' on-call line, was said "116,117"). A group may be a single
digit ("0800 111 0 111", German crisis line, whose "0 111" was said "null tausend
hundertelf"), or its hyphen follow a space ("0621 -293 2212", said "minus"), or end it
with an extension ("0611 1408-0", the switchboard, whose "1408-0" was said as written;
"+49 611 1408 - 900", said "neunhundert" after the number). Not digits a
colon joins to others, a time's: opening hours "08:00-17:00", in a language the build has
no words for times in (Hebrew, Japanese, Persian, Greek), were said "08:0 0, 1 7:00". An
American number, "(425) 366-3500", on a school district's pages in nine languages for its
families, was "three hundred sixty-six to three thousand five hundred" in Ukrainian, and a
hotline's "1-888-351-4024" in Arabic was four amounts. Ukraine's free lines may put their
trunk 0 apart with a hyphen, "0-800-500-335", which was "zero minus eight hundred minus…"
(with spaces, "0 800 505 201", its groups are said as numbers, as they are read). A country
code may stand in brackets, "(+40) 721 206 926", as a Ukrainian guide to Romania writes
it: its groups were joined as thousands, "сімсот двадцять один мільйон…"."""


LABELLED_NUMBER = re.compile(
    r"((?:(?<!\w)(?:Tel|Tél|Fax|Tfn|Tfno|Telf|Mob|Тел|Tlf)(?:\.|(?!\w))|(?<!\w)(?:Telefon"
    r"|Telefoon|Telefono|Teléfono|Telefone|Téléphone|Handy|Mobil|Mobiel|GSM|Celular|Móvil"
    r"|Cellulare|Телефон|Телефона|Факс|טלפון|טל'|פקס|נייד|Telefonu|Cep|WhatsApp"
    r"|Τηλέφωνο|Τηλέφωνα|Κινητό|هاتف|الهاتف|تليفون|تلفون|جوال|الجوال|موبايل|واتساب|فاكس"
    r"|تلفن|موبایل|واتس‌اپ|فون|ٹیلی فون|موبائل|ফোন|মোবাইল|টেলিফোন|[फ\u095e]\u093c?ोन|मोबाइल"
    r"|टेलीफोन|दूरभाष|Organisasjonsnummer|Organisationsnummer|Kontonummer"
    r"|Bankkonto|Personnummer|Fødselsnummer|CPR-nummer|CVR-nummer)(?!\w)"
    r"|電話|电话|傳真|传真|手機|手机|熱線|热线)[ \t]?[:：]?[ \t]?)"
    r"(?!0)(\d{2,}(?:[ .-]\d{2,})+|\d{5,})(?![\w.,]\d|[\w-]|\s*[/-]\s*\d)", re.IGNORECASE)
"""A telephone number after its label, in the languages the handouts are in, whatever its
form: "Tel.: 2345 6789", "Телефон: 2345 6789", "查詢電話：2345 6789" (a Hong Kong line, eight
digits in two groups), "تليفون: 22021000" (a Kuwaiti clinic's, as the Gulf writes its eight
digits, said "twenty-two million..."), which the voices said as two amounts,
"zweitausenddreihundertfünfundvierzig…", as English's "Tel: 6261 5537" was
(`ENGLISH_LABELLED_NUMBER`). Groups of two or three digits are left to the language's way
with them: Ukraine's and Poland's "800 137 200" is said as the numbers it is read in, but
nine digits in other threes are dialled (`nine_in_threes`); and a number that starts with 0
to the rules for those (`TELEPHONE`). Bengali and Hindi label theirs "ফোন", "মোবাইল",
"फ़ोन", "मोबाइल": an Indian mobile's "मोबाइल: 98765 43210" was two amounts. And a Nordic
identifier after its label, as Altinn's guide to writing them has them (sweep CO):
"Organisasjonsnummer: 123 456 789" was "ett hundre og tjuetre millioner…", "Bankkonto: 1234
56 78901" "ett tusen to hundre og trettifire femtiseks…"."""


def four_digits(match: re.Match[str]) -> bool:
    """Whether a number after a telephone's label (`LABELLED_NUMBER`) has a group of four
    digits or more."""
    return max(map(len, re.findall(r"\d+", match.group(2)))) >= 4


def nine_in_threes(match: re.Match[str]) -> bool:
    """Whether a number after a telephone's label (`LABELLED_NUMBER`) is nine digits in three
    groups of three that no free line's 8 opens: a Ukrainian guide's Romanian "Телефон: 723
    653 651" was joined as thousands and said "сімсот двадцять три мільйони…"; Poland's free
    line, "Телефон 800 137 200", is said as the numbers it is read in."""
    return re.fullmatch(r"[0-79]\d\d[ .-]\d{3}[ .-]\d{3}", match.group(2)) is not None


YEAR_BEFORE_AMOUNT = re.compile(r"(?:19|20)\d\d (?=[1-9]\d{0,2}(?:[ .,]\d{3})*(?:,\d\d)?$)")
"""A year, then an amount with thousands grouped, that `TELEPHONE` takes for its groups."""
AMOUNT_CURRENCY_AFTER = re.compile(r"[ \u00a0]?(?:[$€£¥₽₴₺]|лв|[A-Z]{3}(?!\w)"
                                   r"|[Ee]uro|евро|[Dd]olar|[Dd]ollar|долар)")
"""A currency's sign, code or name just after an amount: the year before the amount in
"Die Stiftung gab 2020 46.000 € für das Projekt." (sweep BG, in a dozen languages) is no
telephone number's first group, said "2 0 2 0, 4 6, 0 0 0 Euro"."""
YEAR_AFTER = re.compile(r"(?i:(?<!\w)(?:in|im|en|dans|au|nel|em|no|w|v|y|and|et|und|e|i|och|og"
                        r"|or|ou|o|oder|à|a|to|bis|hasta|until|since|seit|depuis|desde|from"
                        r"|von|de|between|entre|zwischen|tra|fra))\s$|(?:19|20)\d\d\s?[-–]\s?$")
"""A word or a year's dash that a year follows, before an amount with thousands grouped: the
year in "Entre 2019 y 2020 150 000 personas llegaron" was a telephone number's first group,
"dos cero dos cero, ciento cincuenta, cero cero cero", and in French one number with the
amount, "deux milliards vingt millions cent cinquante mille"."""


def say_telephones(text: str) -> str:
    """Telephone numbers digit by digit, group by group, for a voice that reads its own
    language's numbers: espeak-ng read "+49 123 456789" as "plus neunundvierzigtausend..."
    and "010-12345678" as "零一零 一千二百三十四万...". Thousands grouped with spaces
    ("10 000 000") are a number, and so are six digits or fewer in groups, a rule's "20-20-20"
    (every 20 minutes, look 20 feet away for 20 seconds), which Hindi said "do shunya". A
    code to key in is dialled too (`KEYED_CODE`)."""
    def said(match: re.Match[str]) -> str:
        prefix, number = match.group(1), match.group(2) or match.group(3)
        groups = re.findall(r"\d+", number)
        if not prefix and YEAR_BEFORE_AMOUNT.match(number) \
                and (AMOUNT_CURRENCY_AFTER.match(match.string, match.end())
                     or YEAR_AFTER.search(match.string, 0, match.start())):
            # "2020 46.000 €", "en 2020 150 000 personas": a year, then an amount, its spaced
            # groups joined as thousands
            year, amount = number.split(" ", 1)
            return year + " " + re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", amount)
        if not prefix and len(groups) > 1 and not groups[0].startswith("0") \
                and all(len(group) == 3 for group in groups[1:]) and groups[0] != "116":
            # 10 000 000, or a Czech "844 111 140": as written; and so Poland's free line
            # for Ukrainians, "800-190-590", whose hyphens were said "minus"
            return re.sub(r"(?<=\d)-(?=\d)", " ", match.group(0))
        if not prefix and len(groups) > 2 and len("".join(groups)) <= 6 \
                and not groups[0].startswith("0"):
            return match.group(0)
        return (prefix or "") + digit_by_digit(number)

    text = KEYED_CODE.sub(lambda m: m[1] + digit_by_digit(m[2]), text)
    text = LABELLED_NUMBER.sub(lambda m: m[1] + digit_by_digit(m[2])
                               if four_digits(m) or nine_in_threes(m) else m.group(), text)
    return TELEPHONE.sub(said, text)


def say_own_voice_numbers(text: str, lang: str) -> str:
    """Numbers for a voice that reads its language's own (espeak-ng's), where it misreads
    them: telephone numbers (`say_telephones`); a code's hyphen ("COVID-19", said "minus"
    in Ukrainian); thousands with a comma where the decimal mark is a point ("100,000日元",
    "一百 千"); fractions, which most voices read in English (`FRACTION_WORDS`); a
    currency's sign, which most left out (`currency_in_words`); a decimal point in Chinese,
    Japanese and Korean, which it dropped ("2.8亿" as "二八亿"); a Russian or Ukrainian
    decimal comma, in words ("1,5 метра" was "один и пятидесятых"); and a date's day and
    year as the ordinals German, Russian, Ukrainian and Polish say (`german_day`,
    `slavic_date`)."""
    primary = lang.split("-")[0].lower()
    def joined(match: re.Match[str]) -> str:
        return re.sub(r"\D", "", match.group(0))

    text = IBAN.sub(lambda m: " ".join(m.group(1)) + ", " + digit_by_digit(m.group(2)), text)
    text = SHORTENED_THOUSANDS_OF_MONEY.sub(thousands_in_full, text)
    if primary in SLASH_NUMBER_WORDS:
        text = SLASHED_NUMBER.sub(lambda m: f"{m[1]} {SLASH_NUMBER_WORDS[primary]} {m[2]}"
                                  if len(m[1]) > 2 or len(m[2]) == 4 else m.group(), text)
    if primary == "vi":
        text = VIETNAMESE_HOTLINE.sub(lambda m: digit_by_digit(m.group()), text)
    if primary in INDIAN_LANGUAGES:  # "108 ಕರೆ ಮಾಡಿ", "ہیلپ لائن 1122"
        text = INDIAN_SHORT_NUMBER.sub(
            lambda m: (m[1] or "") + digit_by_digit(m[2] or m[3]), text)
    called = called_number(lang)
    if called:  # "Ring 112", "Soita hätänumeroon 112"
        text = called.sub(lambda m: say_called_number(m, lang), text)
        text = called_telephone(lang).sub(lambda m: m[1] + digit_by_digit(m[2])
                                          if len(re.sub(r"\D", "", m[2])) >= 6 else m[0], text)
    if primary == "cy":
        from num2words import num2words

        text = WELSH_ORDINAL.sub(lambda m: num2words(int(m[1]), lang="cy", to="ordinal"), text)
    if primary == "ga":  # "an 3ú Bealtaine", "9.00 r.n."
        text = IRISH_ORDINAL.sub(irish_ordinal, text)
        text = IRISH_TIME.sub(irish_time, text)
    if primary == "el":
        text = GREEK_TELEPHONE.sub(lambda m: digit_by_digit(f"{m[1]} {m[2]}")
                                   if len(m[1] + m[2]) == 10 else m.group(), text)
    if primary == "zh":  # a year's digits one by one, "二零二四年"; an extension's too
        text = CHINESE_YEAR.sub(lambda m: "".join("零一二三四五六七八九"[int(d)]
                                                  for d in m.group()), text)
        text = CHINESE_EXTENSION.sub(lambda m: m.group(1) + digit_by_digit(m.group(2)), text)
    if primary in WHOLE_AMOUNT_MARKS:  # before "1 500,-" is joined, which its comma stopped
        text = WHOLE_AMOUNT_MARKS[primary].sub(lambda m: whole_amount(m, primary), text)
    text = GROUPED_THOUSANDS.sub(joined, say_telephones(text))
    if primary in COMMA_GROUPED_LANGUAGES:  # "50,000 VNĐ", before the currency is said
        text = COMMA_THOUSANDS.sub(comma_grouped, text)
    if primary in PLUS_WORDS:
        before, after = PLUS_WORDS[primary]
        if after:
            text = PLUS_AFTER.sub(lambda m: after.format(m.group(1)), text)
        text = PLUS_BEFORE.sub(before, text)
    text = SLASHED_FRACTION.sub(lambda m: VULGAR_FRACTIONS[m.group(0)], text)
    said = FRACTION_WORDS.get(in_script(primary, text), {})
    text = VULGAR_FRACTION.sub(lambda m: said.get(m.group(0), m.group(0)), text)
    if primary == "de":
        text = EUROS_IN_WORDS.sub(lambda m: f"{m.group(1) or m.group(2)} €", text)
    text = SIGN_AND_OWN_CODE.sub(lambda m: f"{m[2]} {m[3]}" if OWN_CODES[m[1]] == m[3]
                                 else m[0], text)  # "$8 USD": the currency once
    text = sign_and_currency_word(lang).sub(lambda m: m[2], text)  # "₹500 रुपये": once
    text = scaled_currency_amount(lang).sub(lambda m: scaled_currency_in_words(m, lang), text)
    text = CURRENCY_AMOUNT.sub(lambda m: currency_in_words(m, lang), text)
    text = local_currency_amount(lang).sub(lambda m: local_currency_in_words(m, lang), text)
    if primary in COMPARISON_WORDS:
        words = COMPARISON_WORDS[in_script(primary, text)]
        text = COMPARED.sub(lambda m: words[m.group(1)].format(
            m.group(2), ablative=turkish_ablative(m.group(2)) if primary == "tr" else "")
            if m.group(1) in words else m.group(0), text)
    if primary in PERCENT_WORDS:
        text = PERCENT.sub(lambda m: PERCENT_WORDS[primary].format(m.group(1)), text)
    if primary in DROPPED_DECIMAL_POINT:
        text = POINT_DECIMAL.sub(lambda m: point_decimal(m, primary), text)
    if primary in DECIMAL_COMMA_WORDS:
        text = DECIMAL_COMMA.sub(rf"\1{DECIMAL_COMMA_WORDS[primary]}\2", text)
    if primary in ("ru", "uk"):
        from num2words import num2words

        text = MANY_THOUSANDS.sub(joined, COMMA_THOUSANDS.sub(joined, text))
        text = re.sub(r"(?<![\d.,])(\d+),(\d+)(?![\d,]|\.\d)",
                      lambda m: m.group(1) if not m.group(2).strip("0")  # "32,00 євро"
                      else num2words(Decimal(f"{m.group(1)}.{m.group(2)}"), lang=primary),
                      text)
    text = re.sub(r"(?<=[^\W\d_])-(?=\d)", " ", text)
    if primary == "th":
        from num2words import num2words

        text = THAI_GROUPED.sub(lambda m: num2words(int(m.group().replace(",", "")), lang="th"),
                                text)
    if decimal_point(lang):
        text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    if primary == "zh":
        text = re.sub(r"(?<![\d.])\d{5,12}(?!\d)", lambda m: chinese_number(int(m.group(0))),
                      text)
    if primary == "de":
        text = GERMAN_FIRST_DAY.sub(lambda m: german_day(m).rstrip(), text)
        text = GERMAN_DAY.sub(german_day, text)
        text = GERMAN_ORDINAL.sub(german_ordinal, text)
        text = GERMAN_DAY_ALONE.sub(german_day_alone, text)
        text = GERMAN_ONE.sub(german_one, text)
    if primary == "pl":
        text = POLISH_ORDINAL.sub(polish_ordinal, text)
    if primary in ("cs", "sk", "hr", "sl", "hu"):
        text = day_of_month(primary).sub(lambda m: say_day_of_month(m, primary), text)
    if primary in SLAVIC_YEAR_CASES:
        text = slavic_day_ranges(primary).sub(lambda m: slavic_day_range(m, primary), text)
        text = slavic_dates(primary).sub(lambda m: slavic_date(m, primary), text)
        text = slavic_governed(primary).sub(lambda m: slavic_count(m, primary), text)
    if primary in CASE_ENDINGS:
        text = CASE_ENDED.sub(lambda m: case_ended(m, primary), text)
    if primary in ORDINAL_STEMS:  # "на 4-ти април": "на четвърти април"
        text = SUFFIXED_ORDINAL.sub(lambda m: suffixed_ordinal(m, primary), text)
    if primary == "uk":
        from num2words import num2words

        text = UKRAINIAN_THOUSANDS.sub(lambda m: num2words(int(m.group(0)), lang="uk"), text)
    if primary == "bn":
        text = BENGALI_PADDED_COUNT.sub("", text)
    if primary == "th":  # espeak-ng said "15" digit by digit, "nueng ha"
        from num2words import num2words

        text = THAI_COUNT.sub(lambda m: m.group() if re.search(
            r"โทร(?:ศัพท์)?\s*[:.]?\s*$", m.string[:m.start()])
            else num2words(int(m.group()), lang="th"), text)
    if primary == "ko":
        text = KOREAN_COUNT.sub(lambda m: (f"{korean_native(int(m.group(1)))}-" if m.group(1)
                                           else "")
                                + f"{korean_native(int(m.group(2)))} {m.group(3)}", text)
    if primary in CJK_DECIMAL:
        text = re.sub(r"(?<=\d)\.(\d+)",
                      lambda m: CJK_DECIMAL[primary] + " ".join(m.group(1)), text)
    if primary == "he":
        text = HEBREW_NUMBER.sub(hebrew_number, text)
    if primary == "ne":
        text = NEPALI_DECIMAL.sub(r"\1 दशमलव \2", text).translate(DEVANAGARI_DIGITS)
    if primary == "my":
        text = BURMESE_NUMBER.sub(lambda m: burmese_number(m.group()), text)
    if primary == "uz":
        text = UZBEK_CLOCK.sub(uzbek_clock, text)
        text = UZBEK_NUMBER.sub(uzbek_number, text)
    return text


WELSH_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3})(?:af|ail|il|ydd|edd|fed|ed|eg|ain)(?!\w)")
"""A Welsh ordinal in figures, "1af", "2il", "3ydd", "21ain", as a date's day is written
("Ar y 1af o Ebrill"): said "un af", the number and a syllable."""
IRISH_ORDINAL = re.compile(r"(?<![\w.,])([1-9]|[12]\d|3[01])ú(?!\w)")
IRISH_ORDINAL_UNITS = ("", "chéad", "dara", "tríú", "ceathrú", "cúigiú", "séú", "seachtú",
                       "ochtú", "naoú")
IRISH_TIME = re.compile(r"(?<![\w.,])([01]?\d|2[0-3])[.:]([0-5]\d) ?([ri])\.n\.")
"""An Irish ordinal in figures, "an 3ú Bealtaine", and a time with "r.n." (roimh nóin, before
noon) or "i.n." (iar nóin), "idir 9.00 r.n. agus 5.00 i.n.": a notice's opening hours
(sweep CO) were said "an a trí ú" and "a naoi pointe a náid a náid ar en", the ordinal a
number and a letter, the time a decimal and letters. Said "an tríú", "9 a chlog roimh
nóin", as Welsh "3ydd" is "trydydd" (`WELSH_ORDINAL`)."""


def irish_ordinal(match: re.Match[str]) -> str:
    """`IRISH_ORDINAL`'s day in words, "tríú", "aonú déag", "dara is fiche", with the "t-" a
    vowel takes after "an" ("an t-ochtú")."""
    number = int(match[1])
    tens, unit = divmod(number, 10)
    if number < 10:
        said = IRISH_ORDINAL_UNITS[unit]
    elif not unit:
        said = ("deichiú", "fichiú", "tríochadú")[tens - 1]
    else:
        said = ("aonú" if unit == 1 else IRISH_ORDINAL_UNITS[unit]) \
            + ("", " déag", " is fiche", " is tríocha")[tens]
    after_an = re.search(r"(?<!\w)an $", match.string[:match.start()], re.IGNORECASE)
    return ("t-" if after_an and said[0] in "aeiouáéíóú" else "") + said


def irish_time(match: re.Match[str]) -> str:
    """`IRISH_TIME`'s time, "9 a chlog roimh nóin", "5 30 iar nóin", keeping the stop of an
    "i.n." that ends the text, as its sentence's."""
    hour, minutes = int(match[1]), int(match[2])
    return f"{hour} " + (str(minutes) if minutes else "a chlog") \
        + (" roimh nóin" if match[3] == "r" else " iar nóin") \
        + ("." if not match.string[match.end():].strip() else "")


GREEK_TELEPHONE = re.compile(r"(?<![\w.,+–-])(2\d{1,3}|69\d{1,2})[ –-](\d{6,8})(?![\w–-]|[.,]\d)")
"""A Greek telephone number of ten digits, its area code apart, "210 3359002", "210-3359002",
"6944 123456": said as millions, "διακόσια δέκα, τρία εκατομμύρια…"."""
DROPPED_DECIMAL_POINT = {"nl": ",", "pl": ",", "ro": ",", "uk": ",", "th": " จุด "}
"""What a decimal point written the English way ("€25.5", "1.5 raza", "2.5 มิลลิกรัม")
becomes where the language's espeak-ng voice says nothing for the point: Dutch, Polish,
Romanian and Ukrainian decimal comma, which it says ("komma", "przecinek", "virgulă"), or
Thai's word for the point, "จุด". A Belgian surgery's "U betaalt €25.5" was "vijfentwintig
vijf euro", and a Thai dose of "2.5 มิลลิกรัม" "two five milligrams", a tenth of it heard
as ten times."""
DECIMAL_COMMA_WORDS = {"sv": " komma ", "af": " komma "}
"""The word for a decimal comma where the language's voice says another or none: the Swedish
voice said "7,5" as "sju punkt fem", a point, in a Swedish leaflet on gout's "5–7,5 mg", and
the Afrikaans voice "3,5%" and "0,5 mg" as "drie vyf persent", "nul vyf milligram" (sweep
BH), ten times the dose."""
DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d+)(?![\d,]|\.\d)")
POINT_DECIMAL = re.compile(r"(?<![\w.,:/-])(\d+)\.(\d{1,2})(?![\w]|[.,:/-]\d)")
"""A number with one or two decimals after a point (not a version's or a date's parts,
"1.2.3", "1.3.2021")."""


POINT_NUMBERED = re.compile(
    r"(?:(?<![\w-])(?:pkt|punkt|punktu|ust|ustęp|ustępu|art|artykuł|artykułu|rozdział"
    r"|rozdziału|punt|artikel|hoofdstuk|lid|bijlage|alin|articolul|capitolul|punctul|пункт"
    r"|пункту|розділ|розділу|стаття|статті|ข้อ|[Vv]ersi\w*|[Ww]ersj\w*|[Вв]ерсі\w*|WCAG"
    r"|Abschnitt|Kapitel|Absatz|Ziffer|Anlage|Tabelle|Abbildung|kapitola|kapitoly|odstavec"
    r"|bod|bodu|příloha|verze|článok|poglavje|točka"
    r"|HTML|Android|iOS|Windows|Python)\.?|§)\s?$", re.IGNORECASE)
"""What numbers its parts with a point, a clause's "pkt 4.3" or a version's "wersja 2.1":
not a decimal."""


TIME_BEFORE_WORDS = {"nl": ("om", "van", "vanaf", "tot", "tussen", "uur")}
"""The words before a time of day written with a point, "om 8.30", "van 9.00 tot 12.30",
where a language's handouts write decimals with a point too: elsewhere "0.25" is a decimal,
as it is beside another time (`_beside_a_time`). A Dutch association's table of
contributions (sweep BX, nl-nluug-hr line 41), "Factor: 0.25", was "nul vijfentwintig",
taken for a time."""
BRACKETED_CLAUSE = re.compile(r"(?<=[^\W\d_] \()[1-9]\d*\.\d+(?=\))")
"""A clause's number in brackets after a word, a Dutch association's "die niet onder (4.1)
vallen" (sweep BX), said "vier komma een" as a decimal, where "artikel 4.1" is a clause."""


def _beside_a_time(match: re.Match[str]) -> bool:
    """Whether `match` is in a range or a list of times, "8.30-12.30", "8.30, 10.30"."""
    before, after = match.string[:match.start()], match.string[match.end():]
    return bool(re.search(r"(?<![\d.,])\d{1,2}[.:]\d\d\s?(?:[-–—,]|en|of)\s?$", before)
                or re.match(r"\s?(?:[-–—,]|en\b|of\b)\s?\d{1,2}[.:]\d\d(?!\d|[.,]\d)", after))


def point_decimal(match: re.Match[str], lang: str) -> str:
    """A decimal written with a point (`POINT_DECIMAL`) with the mark `lang`'s voice says
    (`DROPPED_DECIMAL_POINT`); as written where it may be a time of day, "8.30" (a time
    the words stage knew by its words before it is said so already): where the language
    names the words before a time (`TIME_BEFORE_WORDS`), only after one or beside another
    time. A clause's number in brackets (`BRACKETED_CLAUSE`) is as written."""
    whole, fraction = match.groups()
    time = len(fraction) == 2 and int(whole) <= 23 and int(fraction) <= 59
    if time and lang in TIME_BEFORE_WORDS:
        time = last_word(match.string[:match.start()]) in TIME_BEFORE_WORDS[lang] \
            or _beside_a_time(match)
    if time or POINT_NUMBERED.search(match.string, 0, match.start()) \
            or BRACKETED_CLAUSE.match(match.string, match.start()):
        return match.group()
    mark = DROPPED_DECIMAL_POINT[lang]
    return whole + mark + (" ".join(fraction) if mark.strip() != "," else fraction)


DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
NEPALI_DECIMAL = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d,]|\.\d)")
"""A number in a Nepali text: espeak-ng's Nepali voice says the digits 0 to 9 in English
("18 वर्ष" was "eighteen वर्ष", every dose and date of a leaflet so) and its own digits
(०-९) in Nepali, in lakhs and crores as Nepal counts ("१२३४५६७", "बाह्र लाख…"). It drops a
decimal point between them ("१२.५" was "बाह्र पाँच"), so the point is said, "दशमलव"."""


BURMESE_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])\d+(?:\.\d+)?(?!\d|[.,]\d)")
"""A whole number or a decimal in a Burmese text (its own digits, ၀-၉, are 0 to 9 by then,
`SAID_ALIKE`): espeak-ng's Burmese voice names each digit and has no number grammar, so
"၅၀၀၀ ကျပ်" was "five zero zero zero kyat" and "၃.၅" "three five", its point dropped. Not
a version's or a date's parts, "1.2.3"."""


@functools.cache
def _burmese_engine():  # type: ignore[no-untyped-def]
    from unicode_rbnf import RbnfEngine  # 0.1 s with its rules: only for a Burmese handout

    return RbnfEngine.for_language("my")


def burmese_number(number: str) -> str:
    """`number` in Burmese words, as Unicode's CLDR spells it (through unicode-rbnf): "5000"
    is "ငါးထောင်", "3.5" "သုံးဒသမငါး", its point "ဒသမ" and the digits after it one by one.
    CLDR's rules for 101 and 1001 give the creaky tone a number takes before the next,
    "ရာ့", "ထောင့်", to a round hundred or thousand too ("ငါးထောင့်" for 5000), where its
    rules for 100 and 1000 show it has none at the end; so it goes there."""
    words = _burmese_engine().format_number(Decimal(number)).text
    return CREAKY_ROUND.sub(r"\1\2", words)


CREAKY_ROUND = re.compile("(\u101b\u102c|\u1011\u1031\u102c\u1004)\u1037(\u103a?)$")
"""The creaky tone's dot (U+1037) on "ရာ" or "ထောင" ending a number's words."""


UZBEK_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
                          r"(?:[.,](\d{1,3}))?(?!\d|[.,]\d)(-(?=[^\W\d_]))?")
"""A number in an Uzbek text, a decimal's comma or point and the hyphen that makes a number
an ordinal ("21-noyabr", "3-bob"): espeak-ng's Uzbek voice has no number rules and names
each digit, so a sweep's (CY) "500 mg" was "besh nol nol milligramm", five hundred heard as
five, and "21-noyabr, 2023" "ikki bir noyabr, ikki nol ikki uch". Thousands may be apart,
"1 500 000", as Uzbek writes them. Not a version's or a date's parts, "1.2.3"."""
UZBEK_CLOCK = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)")
"""A time of day in an Uzbek text, "8:00 dan 17:00 gacha", which the voice said "sakkiz nol
nol … bir yetti nol nol" (sweep CY): the hour, and its minutes if any, in words."""
UZBEK_UNITS = ("nol", "bir", "ikki", "uch", "toʻrt", "besh", "olti", "yetti", "sakkiz",
               "toʻqqiz")
UZBEK_TENS = ("", "oʻn", "yigirma", "oʻttiz", "qirq", "ellik", "oltmish", "yetmish", "sakson",
              "toʻqson")
UZBEK_FRACTIONS = ("", "oʻndan", "yuzdan", "mingdan")
"""A decimal's tenths, hundredths and thousandths: "2,5" is "ikki butun oʻndan besh"."""


def uzbek_words(number: int) -> str:
    """`number` in Uzbek words: "besh yuz", "ikki ming yigirma uch", "bir million"."""
    if number < 10:
        return UZBEK_UNITS[number]
    for scale, name in ((10**9, "milliard"), (10**6, "million"), (1000, "ming"), (100, "yuz")):
        if number >= scale:
            count, rest = divmod(number, scale)
            said = name if count == 1 and scale <= 1000 else f"{uzbek_words(count)} {name}"
            return f"{said} {uzbek_words(rest)}" if rest else said
    tens, unit = divmod(number, 10)
    return UZBEK_TENS[tens] + (f" {UZBEK_UNITS[unit]}" if unit else "")


def uzbek_number(match: re.Match[str]) -> str:
    """`UZBEK_NUMBER`'s number in words; an ordinal's with "-inchi" ("yigirma birinchi
    noyabr"); a decimal's with "butun" and its fraction's denominator."""
    whole, fraction, ordinal = match.groups()
    said = uzbek_words(int(re.sub(r"\D", "", whole)))
    if fraction:
        said += f" butun {UZBEK_FRACTIONS[len(fraction)]} {uzbek_words(int(fraction))}"
    elif ordinal:
        said += ("nchi " if said[-1] in "aeiou" else "inchi ")
    return said


def uzbek_clock(match: re.Match[str]) -> str:
    """`UZBEK_CLOCK`'s time, "sakkiz", "oʻn yetti oʻttiz"."""
    hour, minutes = int(match[1]), int(match[2])
    return uzbek_words(hour) + (f" {uzbek_words(minutes)}" if minutes else "")


HEBREW_NUMBER = re.compile(r"(?:(?<![\w\"'״׳])([בהוכלמש])[-־ ]?)?(?<![\d.,])(\d+(?:\.\d+)?)(?!\d)")
"""A number in a Hebrew text, with the letter of a preposition or conjunction written before
it ("ב-24", "מ-8"): espeak-ng's Hebrew voice says no digits at all, so "יש ליטול 1-2 טבליות
כל 4-6 שעות" was "take tablets every hours"."""


HEBREW_FEMININE_IM = frozenset({"פעמים", "שנים", "ביצים", "שעורים"})
"""Feminine nouns whose plural ends in "-ים" as masculine ones do: "שלוש פעמים", "שלוש
שנים"."""


def hebrew_number(match: re.Match[str]) -> str:
    """The number `HEBREW_NUMBER` found in Hebrew words, joined to the letter before it
    ("בעשרים וארבע"): in the feminine, which Hebrew counts in and most counted nouns of a
    health text take (שעות, טבליות, פעמים aside), in the masculine before a masculine
    plural ("שלושה ימים"; not one after "and", "ו")."""
    from num2words import num2words

    prefix, number = match.group(1) or "", match.group(2)
    noun = re.match(r"\s*(\w+)", match.string[match.end():])
    masculine = noun is not None and noun.group(1).endswith("ים") \
        and noun.group(1) not in HEBREW_FEMININE_IM and not noun.group(1).startswith("ו")
    if number.startswith("0") and number[1:2].isdigit():  # "001", a code: each digit
        words = " ".join(num2words(int(digit), lang="he") for digit in number)
    else:
        words = num2words(Decimal(number) if "." in number else int(number), lang="he",
                          gender="m" if masculine else "f")
    # Apart from letters it touches: "1ש"ח", "100V", "ib2225".
    before = " " if not prefix and match.string[match.start() - 1:match.start()].isalpha() \
        else ""
    after = " " if match.string[match.end():match.end() + 1].isalpha() else ""
    return f"{before}{prefix}{words}{after}"


BENGALI_PADDED_COUNT = re.compile(r"(?<![\w.,:/-])0(?=[1-9]\s?(?:বছর|মাস|সপ্তাহ|দিন|ঘণ্টা|মিনিট"
                                  r"|কপি|জন|টি|বার)(?!\w))")
"""A count padded with a zero to two digits, as Bangladesh's offices write one, "০৫ বছর" (a
passport valid five years), "০২ কপি ছবি": the voice said "shunyo panch bochhor", zero five
years. Only before a unit of time or a count's word, where it is no code."""
THAI_GROUPED = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:,\d{3})+(?![\w,]|\.\d)")
"""A number in a Thai text with its thousands grouped by commas, an amount whatever its size
(no telephone number or code is written so): a leaflet on chemotherapy's side effects had
"ANC < 1,500 cells/mm³" said "น้อยกว่า หนึ่ง ห้า ศูนย์ ศูนย์", digit by digit, as the voice
says a number `THAI_COUNT` leaves to it (sweep AF)."""
THAI_COUNT = re.compile(r"(?<![A-Za-z0-9.,:/@_-])(?:0|[1-9]\d{0,2}|[2-9]\d{3}|[1-9]\d{3,6}"
                        r"(?=\s?บาท))(?![A-Za-z0-9@_]|[.,:/-]\d)")
"""A count in a Thai text, up to three digits, a year, or an amount of baht: not a hotline
("1669", or "191" after "โทร", call), a postcode ("10110"), a number starting with zero,
nor one in a name or an address ("info123@…"), which are said digit by digit."""
CHINESE_YEAR = re.compile(r"(?<![\d.,])\d{4}(?=\s?年|\s?[至到]\s?\d{4}\s?年)")
"""A year in Chinese, "2024年", which is read digit by digit ("二零二四年"): the voice said it as
an amount, "二千二十四年"; so is the first of a range of years, "2019至2020年"."""
CHINESE_EXTENSION = re.compile(r"((?:分機|分机|內線|内线)\s?)(\d{2,6})(?!\d)")
"""An extension after its word, "分機 123", dialled digit by digit: it was "一百二十三"."""
SLASHED_NUMBER = re.compile(r"(?<![\d/.,])([1-9]\d*)/(\d+)(?![\d/-]|[.,]\d| \d)")
SLASH_NUMBER_WORDS = {"sk": "lomeno", "cs": "lomeno", "de": "Strich", "uk": "дріб", "ru": "дробь",
                      "pl": "łamane przez"}
"""The word for a slash between a house's two numbers or a law's number and year, "3230/7",
"Zákon č. 83/1990 Zb.": the Slovak voice said "3237" and "83 990", the German one ran them
together, the Ukrainian one said the English "slash". Only a number of three digits or
more before it, or a year after it: "2/3" is a fraction; nor a German telephone number
after its area code, "0631/7105-538"."""
VIETNAMESE_HOTLINE = re.compile(r"(?<![\w.,])1[89]00[ .]?\d{3,4}(?:[ .]?\d{3})?(?![\w.,]\d|\d)")
"""Vietnam's hotlines, "1900 1234", "1800 599 920": said as a count in the thousands."""
_HELPLINE_LABEL = ("हेल्पलाइन|डायल|ہیلپ لائن|ڈائل|ಸಹಾಯವಾಣಿ|உதவி எண்|ஹெல்ப்லைன்"
                   "|హెల్ప్\u200cలైన్|హెల్ప్ లైన్|ഹെൽപ്പ്\u200cലൈൻ|ഹെൽപ്പ്ലൈൻ|હેલ્પલાઇન"
                   "|ਹੈਲਪਲਾਈਨ|হেল্পলাইন|ହେଲ୍ପଲାଇନ")
_CALL_WORD = ("कॉल|फ़ोन|फोन|डायल|ਕਾਲ|ਡਾਇਲ|کال|ڈائل|ಕರೆ|ಡಯಲ್|அழை|டயல்|కాల్|డయల్|വിളി|ഡയൽ"
              "|કૉલ|કોલ|ડાયલ|କଲ|ଡାଏଲ|কল|ফোন|ডায়াল")
INDIAN_SHORT_NUMBER = re.compile(
    rf"((?<!\w)(?:{_HELPLINE_LABEL})\s?[:：]?\s?)(\d{{3,5}})(?![\w.,-]?\d)"
    rf"|(?<![\w.,₹$€£-])(\d{{3,4}})(?![\w.,-]?\d)"
    rf"(?=(?:[-\s]?[^\s\d.,;:!?।॥۔،]{{1,8}}){{0,2}}\s(?:{_CALL_WORD}))")
"""An emergency or helpline number of India's, 108, 112, 1930, or Pakistan's, 1122, after a
helpline's name or the word to dial it, or before the word to call it, perhaps after a
postposition ("1122 پر کال کریں", "108 ಕರೆ ಮಾಡಿ", "108-ஐ அழைக்கவும்"): said digit by digit, as
it is dialled, where a Kannada, a Tamil and an Urdu probe (sweep AU, probe-multi, probe-ta)
said "one hundred and eight", "one thousand one hundred and twenty-two", as the toll-free
number before it, "1800-180-1551", was already dialled (`TELEPHONE`). After a helpline's name,
India's five-digit lines too, Ayushman Bharat's "हेल्पलाइन 14555", Tele-MANAS' 14416 (sweep
CN, hi-pmjay), which were "fourteen thousand five hundred and fifty-five"."""
INDIAN_LANGUAGES = frozenset({"hi", "mr", "ne", "pa", "gu", "or", "bn", "ta", "te", "kn", "ml",
                              "ur"})
_NORWEGIAN_CALL = r"ring|ringe|ringer|ringt|nødnummer\w*|telefonnummer\w*|nummer\w*"
CALL_WORDS = {
    "sv": r"ring|ringa|ringer|ringde|ringt|slå|larma|nödnummer\w*|larmnummer\w*"
          r"|telefonnummer\w*|nummer\w*",
    "da": r"ring|ringe|ringer|ringet|alarmnummer\w*|nødnummer\w*|telefonnummer\w*|nummer\w*",
    "nb": _NORWEGIAN_CALL, "nn": _NORWEGIAN_CALL, "no": _NORWEGIAN_CALL,
    "fi": r"soita|soittakaa|soitat|soittaa|soittamalla|hätänumero\w*|numero\w*",
    "is": r"hringdu|hringið|hringja|hringir|neyðarnúmer\w*|númer\w*|síma\w*",
    "et": r"helista|helistage|helistada|hädaabinumb\w*|number|numbril|numbrile",
    "lv": r"zvaniet|zvani|zvanīt|zvanot|numurs|numuru|numura|tālrun\w*",
    "lt": r"skambinkite|skambink|skambinti|skambindami|numeriu|numeris|numerį",
    "de": r"(?:(?:rufen|wählen) Sie|ruf|rufe|rufen|ruft|wähle|wählen|wählt)(?: die| den)?"
          r"|Notruf\w*|Nummer",
    "nl": r"bel|bellen|belt|alarmnummer|nummer",
    "ga": r"glaoigh|glaoch|uimhir",
    "cy": r"ffoniwch|ffonio|ffonia|rhif",
}
"""The words before a number that say it is called or dialled: "ring", "soita",
"helista", "zvaniet", "telefonnummer", "hätänumeroon", "Rufen Sie die" (`called_number`)."""
OR_WORDS = {"sv": "eller", "da": "eller", "nb": "eller", "nn": "eller", "no": "eller",
            "fi": "tai", "is": "eða", "et": "või", "lv": "vai", "lt": "arba", "de": "oder",
            "nl": "of", "ga": "nó", "cy": "neu"}
"""The word for "or" between two numbers to call, "Ring 113 eller 112"."""
CALLED_NUMBERS = {"sv": {"1177": "11 77"}, "nb": {"113": "1 1 3"}, "nn": {"113": "1 1 3"},
                  "no": {"113": "1 1 3"}}
"""A country's own emergency and service numbers, as its people say them, beside Europe's
112, which every language of `CALL_WORDS` dials "1 1 2" ("ett ett två", "en en to", "yksi
yksi kaksi", "eins eins zwei"): Norway's ambulance, 113, "en en tre"; Sweden's health
line, 1177, "elva sjuttiosju", as the service calls itself (1177 Vårdguiden), not digit
by digit."""


@functools.cache
def called_number(lang: str) -> re.Pattern[str] | None:
    """Europe's 112, and the numbers of `CALLED_NUMBERS`, where it is clear they are called:
    after a word of `CALL_WORDS` ("Ring 112", "Soita hätänumeroon 112", "Ring
    telefonnummer 1177"), after a label's colon ("Ambulanse: 113") or alone on a line, and
    so not a count ("112 personer"). A Swedish health page (sweep CO, 1177's own "ring 1177
    för sjukvårdsrådgivning") said "ett tusen etthundra sjuttiosju", and "Ring 112" was
    "etthundratolv" in Swedish, "et hundrede tolv" in Danish, "sata kaksitoista" in
    Finnish. Languages that say 112 as an amount (Spain's "ciento doce", Poland's "sto
    dwanaście", France's "cent douze") have no `CALL_WORDS`."""
    primary = lang.split("-")[0].lower()
    if primary not in CALL_WORDS:
        return None
    numbers = ["112", *CALLED_NUMBERS.get(primary, {})]
    after_one = "|".join(f"(?<={number} )" for number in numbers)  # "113 eller 112"
    return re.compile(rf"((?<![\w-])(?:{CALL_WORDS[primary]})[ \t]?:?[ \t]\(?"
                      rf"|(?:{after_one}){OR_WORDS[primary]}[ \t])({'|'.join(numbers)})"
                      rf"(?![\w-]|[.,]\d|[ \t]?\d)"
                      rf"|(?:(?<=: )|^[ \t]*)({'|'.join(numbers)})(?=[ \t]*(?:$|[),;.!?](?!\d)))",
                      re.IGNORECASE | re.MULTILINE)


@functools.cache
def called_telephone(lang: str) -> re.Pattern[str] | None:
    """A telephone number in groups after a word of `CALL_WORDS`, its first digit not 0
    (`TELEPHONE` dials those): an Estonian "helista 600 1234" was "six hundred thousand two
    hundred and thirty-four", its two groups joined, and a Latvian "zvaniet 67 123 456"
    "sixty-seven million…" (sweep CO), where a Finnish "Soita 09 310 10" was dialled."""
    primary = lang.split("-")[0].lower()
    if primary not in CALL_WORDS:
        return None
    return re.compile(rf"((?<![\w-])(?:{CALL_WORDS[primary]})[ \t]?:?[ \t])"
                      r"([1-9]\d{1,3}(?:[ .-]\d{2,4})+)(?![\w-]|[.,]\d)",
                      re.IGNORECASE)


def say_called_number(match: re.Match[str], lang: str) -> str:
    """A number `called_number` found, as `lang`'s country says it."""
    number = match[2] or match[3]
    said = CALLED_NUMBERS.get(lang.split("-")[0].lower(), {}).get(number)
    return (match[1] or "") + (said or digit_by_digit(number))


IBAN = re.compile(r"\b([A-Z]{2})(\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
"""An account's IBAN, "DE27 2145 0000 0012 3456 78", said letter by letter and group by
group, digit by digit: its groups were numbers, "zweitausendeinhundertfünfundvierzig"."""
PLUS_BEFORE = re.compile(r"(?<![\w+])\+ ?(?=\d)")
PLUS_AFTER = re.compile(r"(?<![\d.,])(\d+)\+(?![\w+])")
PLUS_WORDS = {"ar": ("زائد ", "أكثر من {}"), "ur": ("پلس ", "{} سے زائد"),
              "fa": ("به اضافه ", "بیش از {}"), "he": ("פלוס ", None),
              "hi": ("प्लस ", "{} से अधिक"), "bn": ("যোগ ", "{} এর বেশি")}
"""A plus sign before a number (a telephone's country code, "+90 212 665 50 50") and after
one ("20+ سال", twenty years and more), which the Arabic, Urdu, Persian and Hebrew voices
said as the English "plus", and the Hindi and Bengali voices as a sum's plus ("bīs plus
sāl", "kuri jog bochhor"). Not after one in Hebrew, where "6+" is as often a sign typed
before a number in the other direction (Japan's time, "6+" hours ahead)."""
UKRAINIAN_THOUSANDS = re.compile(r"(?<![\d.,:/])[1-9]\d{3,8}(?![\d]|[.,:/]\d)")
"""A whole number of a thousand or more, which the Ukrainian voice says with the wrong form
of "тисяча" ("3500 євро" as "три тисяча п'ятсот", "2000" as "два тисяча"): given to it in
words, which num2words forms right ("три тисячі п'ятсот"). Not one starting with a zero
(a postcode, a code), nor part of a longer figure."""
COMPARED = re.compile(r"(?<![<>=\w])([<>≤≥])\s?([-−]?\d+(?:[.,]\d+)*[^\W\d_]*)")
COMPARISON_WORDS = {
    "de": {"<": "weniger als {}", ">": "mehr als {}", "≤": "höchstens {}", "≥": "mindestens {}"},
    "nl": {"<": "minder dan {}", ">": "meer dan {}", "≤": "hoogstens {}", "≥": "minstens {}"},
    "pl": {"<": "mniej niż {}", ">": "więcej niż {}", "≤": "co najwyżej {}",
           "≥": "co najmniej {}"},
    "ru": {"<": "менее {}", ">": "более {}", "≤": "не более {}", "≥": "не менее {}"},
    "uk": {"<": "менше {}", ">": "більше {}", "≤": "не більше {}", "≥": "не менше {}"},
    "tr": {"<": "{}'{ablative} az", ">": "{}'{ablative} fazla", "≤": "en fazla {}",
           "≥": "en az {}"},
    "vi": {"<": "dưới {}", ">": "trên {}", "≤": "tối đa {}", "≥": "ít nhất {}"},
    "ar": {"<": "أقل من {}", ">": "أكثر من {}", "≤": "على الأكثر {}", "≥": "على الأقل {}"},
    "zh": {"<": "小于{}", ">": "大于{}", "≤": "不超过{}", "≥": "不少于{}"},
    "ja": {"<": "{} みまん", ">": "{} より おおい", "≤": "{} いか", "≥": "{} いじょう"},
    "ko": {"<": "{} 미만", ">": "{} 초과", "≤": "{} 이하", "≥": "{} 이상"},
    "el": {"<": "λιγότερο από {}", ">": "περισσότερο από {}", "≤": "το πολύ {}",
           "≥": "τουλάχιστον {}"},
    "ro": {"<": "mai puțin de {}", ">": "mai mult de {}", "≤": "cel mult {}",
           "≥": "cel puțin {}"},
    "he": {"<": "פחות מ-{}", ">": "יותר מ-{}", "≤": "לכל היותר {}", "≥": "לפחות {}"},
    "fa": {"<": "کمتر از {}", ">": "بیشتر از {}", "≤": "حداکثر {}", "≥": "حداقل {}"},
    "ur": {"<": "{} سے کم", ">": "{} سے زیادہ", "≤": "زیادہ سے زیادہ {}", "≥": "کم از کم {}"},
    "cs": {"<": "méně než {}", ">": "více než {}", "≤": "nejvýše {}", "≥": "nejméně {}"},
    "sk": {"<": "menej ako {}", ">": "viac ako {}", "≤": "najviac {}", "≥": "najmenej {}"},
    "sv": {"<": "mindre än {}", ">": "mer än {}", "≤": "högst {}", "≥": "minst {}"},
    "da": {"<": "mindre end {}", ">": "mere end {}", "≤": "højst {}", "≥": "mindst {}"},
    "nb": {"<": "mindre enn {}", ">": "mer enn {}", "≤": "høyst {}", "≥": "minst {}"},
    "fi": {"<": "alle {}", ">": "yli {}", "≤": "enintään {}", "≥": "vähintään {}"},
    "hu": {"<": "kevesebb, mint {}", ">": "több, mint {}", "≤": "legfeljebb {}",
           "≥": "legalább {}"},
    "bg": {"<": "по-малко от {}", ">": "повече от {}", "≤": "най-много {}", "≥": "най-малко {}"},
    "hr": {"<": "manje od {}", ">": "više od {}", "≤": "najviše {}", "≥": "najmanje {}"},
    "bs": {"<": "manje od {}", ">": "više od {}", "≤": "najviše {}", "≥": "najmanje {}"},
    "lt": {"<": "mažiau nei {}", ">": "daugiau nei {}", "≤": "ne daugiau kaip {}",
           "≥": "ne mažiau kaip {}"},
    "lv": {"<": "mazāk nekā {}", ">": "vairāk nekā {}", "≤": "ne vairāk kā {}",
           "≥": "ne mazāk kā {}"},
    "id": {"<": "kurang dari {}", ">": "lebih dari {}", "≤": "paling banyak {}",
           "≥": "paling sedikit {}"},
    "ms": {"<": "kurang daripada {}", ">": "lebih daripada {}", "≤": "paling banyak {}",
           "≥": "sekurang-kurangnya {}"},
    "hi": {"<": "{} से कम", ">": "{} से अधिक", "≤": "अधिकतम {}", "≥": "कम से कम {}"},
    "bn": {"<": "{} এর কম", ">": "{} এর বেশি", "≤": "সর্বোচ্চ {}", "≥": "কমপক্ষে {}"},
    "th": {"<": "น้อยกว่า {}", ">": "มากกว่า {}", "≤": "ไม่เกิน {}", "≥": "อย่างน้อย {}"},
    "sw": {"<": "chini ya {}", ">": "zaidi ya {}", "≤": "isiyozidi {}", "≥": "angalau {}"},
    "sr": {"<": "мање од {}", ">": "више од {}", "≤": "највише {}", "≥": "најмање {}"},
    "sr-Latn": {"<": "manje od {}", ">": "više od {}", "≤": "najviše {}", "≥": "najmanje {}"},
    "mk": {"<": "помалку од {}", ">": "повеќе од {}", "≤": "најмногу {}", "≥": "најмалку {}"},
    "sl": {"<": "manj kot {}", ">": "več kot {}", "≤": "največ {}", "≥": "najmanj {}"},
    "et": {"<": "alla {}", ">": "üle {}", "≤": "mitte rohkem kui {}", "≥": "vähemalt {}"},
    "ca": {"<": "menys de {}", ">": "més de {}", "≤": "com a màxim {}",
           "≥": "com a mínim {}"},
    "af": {"<": "minder as {}", ">": "meer as {}", "≤": "hoogstens {}", "≥": "minstens {}"},
    "is": {"<": "minna en {}", ">": "meira en {}", "≤": "í mesta lagi {}",
           "≥": "að minnsta kosti {}"},
    "sq": {"<": "më pak se {}", ">": "më shumë se {}", "≤": "jo më shumë se {}",
           "≥": "të paktën {}"},
    "mt": {"<": "inqas minn {}", ">": "aktar minn {}", "≤": "l-aktar {}", "≥": "mill-inqas {}"},
    "eu": {"<": "{} baino gutxiago", ">": "{} baino gehiago", "≤": "gehienez {}",
           "≥": "gutxienez {}"},
    "ga": {"<": "níos lú ná {}", ">": "níos mó ná {}", "≤": "ar a mhéad {}",
           "≥": "ar a laghad {}"},
    "mr": {"<": "{} पेक्षा कमी", ">": "{} पेक्षा जास्त", "≤": "जास्तीत जास्त {}", "≥": "किमान {}"},
    "ne": {"<": "{} भन्दा कम", ">": "{} भन्दा बढी", "≤": "बढीमा {}", "≥": "कम्तीमा {}"},
    "gu": {"<": "{} થી ઓછું", ">": "{} થી વધુ", "≤": "વધુમાં વધુ {}", "≥": "ઓછામાં ઓછું {}"},
    "pa": {"<": "{} ਤੋਂ ਘੱਟ", ">": "{} ਤੋਂ ਵੱਧ", "≤": "ਵੱਧ ਤੋਂ ਵੱਧ {}", "≥": "ਘੱਟੋ-ਘੱਟ {}"},
    "te": {"<": "{} కంటే తక్కువ", ">": "{} కంటే ఎక్కువ", "≤": "గరిష్ఠంగా {}", "≥": "కనీసం {}"},
    "ta": {"≤": "அதிகபட்சம் {}", "≥": "குறைந்தபட்சம் {}"},
    "kn": {"≤": "ಗರಿಷ್ಠ {}", "≥": "ಕನಿಷ್ಠ {}"},
    "ml": {"≤": "പരമാവധി {}", "≥": "കുറഞ്ഞത് {}"},
    "be": {"<": "менш за {}", ">": "больш за {}", "≤": "не больш за {}", "≥": "не менш за {}"},
    "eo": {"<": "malpli ol {}", ">": "pli ol {}", "≤": "maksimume {}", "≥": "minimume {}"},
    "lb": {"<": "manner wéi {}", ">": "méi wéi {}", "≤": "héchstens {}", "≥": "mindestens {}"},
    "ht": {"<": "mwens pase {}", ">": "plis pase {}", "≤": "pa plis pase {}", "≥": "omwen {}"},
    "gd": {"<": "nas lugha na {}", ">": "nas motha na {}", "≤": "aig a' char as motha {}",
           "≥": "aig a' char as lugha {}"},
    "cy": {"<": "llai na {}", ">": "mwy na {}", "≤": "dim mwy na {}", "≥": "o leiaf {}"},
    "hy": {"≤": "առավելագույնը {}", "≥": "առնվազն {}"},
    "ka": {"≤": "მაქსიმუმ {}", "≥": "მინიმუმ {}"},
    "az": {"≤": "ən çoxu {}", "≥": "ən azı {}"},
    "kk": {"≤": "көп дегенде {}", "≥": "кемінде {}"},
    "uz": {"≤": "koʻpi bilan {}", "≥": "kamida {}"},
    "ku": {"≤": "herî zêde {}", "≥": "herî kêm {}"},
    "am": {"≤": "ቢበዛ {}", "≥": "ቢያንስ {}"},
}
"""A comparison before a number ("<5 Jahre", "≥18 лет") in words, before or after the
number as the language puts them: most voices said the number alone, so "<2 years" and
">2 years" were the same words (and "≥ 38" was "38" in Czech, Swedish, Finnish, Hungarian,
Hindi, Thai and others). Japanese in kana, which its voice reads; where the words
follow the number, they follow the counter written on it too ("≥65세" is "65세 이상").
Serbian in the script its text is written in. Tamil, Kannada, Malayalam, Armenian, Georgian,
Azerbaijani, Kazakh, Uzbek, Kurdish and Amharic have words for "≤" and "≥" alone: their "<"
and ">" join a case ending to the number ("18-ից", "18-dən"), which changes with it, and the
Tamil voice says "<" and ">" itself. Welsh says "na" where "nag" goes before a vowel ("llai
nag wyth"), a slip the meaning survives."""
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def in_script(primary: str, text: str) -> str:
    """The key of a table of words for language `primary` as `text` writes it: Serbian's
    words in Latin letters are under "sr-Latn", for a text with no Cyrillic letter."""
    return "sr-Latn" if primary == "sr" and not CYRILLIC.search(text) else primary


def in_letters(lang: str, text: str) -> str:
    """`lang`, or "sr-Latn" for Serbian `text` with no Cyrillic letter (`in_script`): the
    tag whose CLDR words, a unit's, a currency's, a month's, are in the letters `text` is
    written in. Serbian in Latin letters, "Uzmite 5 mg dnevno, 2 km.", was given to the voice
    as "Uzmite 5 милиграма dnevno, 2 километра", its units in Cyrillic mid-sentence, and
    "€5" as "5 евра" (a leftover of earlier sweeps); now "5 miligrama", "2 kilometra" and
    "5 evra", from Babel's sr_Latn, which has every word its Cyrillic has."""
    return "sr-Latn" if in_script(lang.split("-")[0].lower(), text) == "sr-Latn" else lang


PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?[%٪]")
PERCENT_WORDS = {"zh": "百分之{}", "ko": "{}퍼센트", "ar": "{} بالمائة", "he": "{} אחוז",
                 "lb": "{} Prozent", "ht": "{} pousan", "mt": "{} fil-mija"}
"""A percentage where the voice read the sign in English ("pəsˈɛnt") or not at all."""


def turkish_ablative(number: str) -> str:
    """The ablative suffix Turkish writes after a number ("5'ten", "2'den", "10'dan"),
    by the sound its last word ends with: the last digit's, or its tens', or "yüz" and
    "bin" ("-den"), or "milyon" ("-dan")."""
    digits = re.sub(r"\D", "", number).lstrip("0")
    if not digits:
        return "dan"  # sıfır
    last = digits.rstrip("0")[-1]
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return {"3": "ten", "4": "ten", "5": "ten", "6": "dan", "9": "dan"}.get(last, "den")
    if zeros == 1:
        return {"1": "dan", "3": "dan", "4": "tan", "6": "tan", "7": "ten",
                "9": "dan"}.get(last, "den")
    return "dan" if zeros >= 6 else "den"


CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB",
                  "₺": "TRY", "₴": "UAH", "zł": "PLN", "₩": "KRW", "₫": "VND", "₹": "INR",
                  "₪": "ILS", "৳": "BDT", "EUR": "EUR", "CHF": "CHF", "SEK": "SEK",
                  "NOK": "NOK", "DKK": "DKK", "ISK": "ISK",
                  **{code: code for code in ("USD", "GBP", "JPY", "CNY", "PLN", "CZK", "HUF",
                                             "RON", "BGN", "TRY", "UAH", "RUB", "INR")}}
"""Currency signs by their ISO 4217 codes, for the languages espeak-ng reads (those with a
table of their own say `CURRENCIES` with `MONEY`); "¥" is the yuan in Chinese. The codes of
the euro and the Swiss franc too, as German prices write them ("1.000 EUR", "5 CHF"), which
the voice said "Eur" and "C H F", of the Nordic crowns ("500 SEK", "NOK 250"), and of the
other currencies prices in Europe name by their code: "150 PLN", "150 RON", "150 USD" were
said as letters in every language but those with a table."""
_SIGN = "|".join(sorted(map(re.escape, CURRENCY_SIGNS), key=len, reverse=True))
CURRENCY_AMOUNT = re.compile(rf"(?<![A-Za-z0-9_$])({_SIGN})\s?(\d+(?:[.,]\d+)*)(?![\d])|"
                             rf"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?({_SIGN})(?!\w)")
"""An amount with its currency's sign before or after it ("500 ₽", "$20", "30 zł"), whose
sign most voices left out or read in English ("zed el stroke" in Polish itself)."""


SHORTENED_THOUSANDS_OF_MONEY = re.compile(
    rf"(?<![\w.,])(?:({_SIGN})\s?)?(\d+)\s?[kK](?!\w)(?(1)|(?=\s?(?:{_SIGN})(?!\w)))")
"""Thousands of money shortened with a "K", "97K EUR", "€5k", which the voices that read
their own numbers said "97K", "ninety-seven K" (sweep BG, in every language but English):
the number in full, "97000 EUR", whose currency is then named (`currency_in_words`). A "K"
with no currency beside it may be a race's kilometres, "5K", and stays."""


def thousands_in_full(match: re.Match[str]) -> str:
    """`SHORTENED_THOUSANDS_OF_MONEY`'s amount in full, its sign before it kept."""
    return match.group()[:match.start(2) - match.start()] + str(int(match[2]) * 1000)


LOCAL_CURRENCY_SIGNS = {"cs": {"Kč": "CZK"}, "ro": {"lei": "RON"}, "bg": {"лв": "BGN"},
                        "hu": {"Ft": "HUF"}, "hr": {"kn": "HRK"}, "tr": {"TL": "TRY"},
                        "sv": {"kr": "SEK"}, "nb": {"kr": "NOK"}, "nn": {"kr": "NOK"},
                        "no": {"kr": "NOK"}, "da": {"kr": "DKK"}, "is": {"kr": "ISK"},
                        **dict.fromkeys(("hi", "mr"), {"रु": "INR", "रू": "INR", "Rs": "INR"}),
                        "ne": {"रु": "NPR", "रू": "NPR", "Rs": "NPR"},
                        "ta": {"ரூ": "INR", "Rs": "INR"}, "kn": {"ರೂ": "INR", "Rs": "INR"},
                        "te": {"రూ": "INR", "Rs": "INR"}, "ml": {"രൂ": "INR", "Rs": "INR"},
                        "gu": {"રૂ": "INR", "Rs": "INR"}, "pa": {"ਰੁ": "INR", "Rs": "INR"},
                        "or": {"Rs": "INR"}, "bn": {"Rs": "INR", "Tk": "BDT"},
                        "ur": {"Rs": "PKR"}, "si": {"රු": "LKR", "Rs": "LKR"},
                        "vi": {"VNĐ": "VND", "VND": "VND", "đ": "VND"},
                        "id": {"Rp": "IDR"}, "af": {"R": "ZAR"},
                        "sw": {"KSh": "KES", "Ksh": "KES", "KES": "KES", "TSh": "TZS",
                               "TZS": "TZS", "USh": "UGX", "UGX": "UGX", "Sh": "KES"},
                        "th": {"฿": "THB", "THB": "THB"}, "am": {"Br": "ETB", "ETB": "ETB"}}
"""A language's own currency as it shortens it after an amount ("12,50 Kč", "12,50 lei",
"12,50 лв.", "1250 Ft", "12,50 kn", "12,50 TL", "120 kr."), which only its own handouts
mean so: the Czech, Romanian and Bulgarian voices said "dvanáct čárka padesát korun",
"doisprezece virgulă cincizeci lei", "дванадесет цяло и пет нула лева", where "12,50 zł"
was already "12 złotych polskich 50"; the Nordic voices spelled "kr", "K R". Bulgarian's
"лв." and the Nordic "kr." may have their stop, and so may the rupee's "रु." and "Rs.", an
Indian rupee in Hindi and Marathi, a Nepali one in Nepali: a Hindi farmers' advice's "रु.
500" was "ru pānch sau" (sweep AT). So are India's other languages' shortenings, "ரூ.",
"ರೂ.", "రూ.", "രൂ.", "રૂ.", "ਰੁ.", and "Rs." in them, in Bengali and Odia, and in Urdu, a
Pakistani rupee: a Kannada probe's "ರೂ. 250" was "ರೂ", a pause, "two hundred and fifty", and
an Urdu one's "Rs. 250" spelled "R S" (sweep AU). Vietnam's "VNĐ" and "đ" after an amount,
and Indonesia's "Rp" before or after one, are said as a price: a Vietnamese public-services
catalogue's "Phí dịch vụ: 50,000 VNĐ" and "30,000đ" (sweep AY, vi-dichvucong) were spelled
"vê en đê" and "đơ", and Indonesian "Rp 50.000" "er pe". South Africa's rand before an
amount in Afrikaans, "R250,00", was "rand tweehonderd-en-vyftig nul nul", and "R12,50" was
left as written (sweep BH). Kenya's, Tanzania's and Uganda's shillings in Swahili, "KSh
1,500", "TSh 61,782.94", were spelled "K S H", "T S H" (sweep CH, a Swahili probe); Thailand's
"฿1,500" was a bare number, its sign unsaid; and Ethiopia's birr in Amharic, "Br 250", "ETB
1,500", the English letters "B R" and "E T B". Bengali "Tk." and Sinhala "රු." before an
amount, "ফি Tk. 500", "රු. 1,00,000", ended a sentence there and were said "T K" and "ru"
(sweep CN)."""

LOCAL_CURRENCY_NO_COUNTRY = {("sw", "Sh"): re.compile(r" [zy]a Kenya\b")}
"""A language's own sign that names a currency but no country's, and the country in the
name CLDR gives the currency it is taken for, which goes: Swahili "Sh.", a shilling of
Kenya's, Tanzania's or Uganda's, is "500 shilingi", not "500 shilingi za Kenya". A fee's
"Ada ni Sh. 500 kwa mtu." (earlier sweeps' leftovers) was two sentences, "Ada ni Sh." and
"500 kwa mtu.", the shilling spelled "S H"."""

LOCAL_CURRENCY_BEFORE = frozenset({"nb", "nn", "no", "da", "is", "sv", "hi", "mr", "ne", "ta",
                                   "kn", "te", "ml", "gu", "pa", "or", "bn", "ur", "id", "af",
                                   "sw", "th", "am", "si"})
"""The languages that write their own currency's sign before an amount too, a Norwegian
clinic's "koster kr 250" and "kr. 220", Danish "kr. 150", Hindi "रु. 500", as well as after
it."""

LOCAL_CURRENCY_COUNTRY_AFTER = {"vi": " Việt Nam", "id": " Indonesia", "th": "ไทย",
                                "si": "ශ්‍රී ලංකා "}
"""The country's name that CLDR's name of a currency ends with, where the noun comes first:
"50000 đồng", "50000 rupiah", "1500 บาท", as a Vietnamese, an Indonesian and a Thai say
their own money, not "50000 đồng Việt Nam"; and the country Sinhala names before it, "රු.
500" is "500 රුපියල", not "500 ශ්‍රී ලංකා රුපියල"."""

LOCAL_CURRENCY_SCALES = {"id": "ribu|juta|miliar|triliun",
                         **dict.fromkeys(("hi", "ne"), "लाख|करोड़|करोड|हज़ार|हजार|अरब"),
                         "mr": "लाख|कोटी|हजार|अब्ज", "bn": "লক্ষ|লাখ|কোটি|হাজার",
                         "ta": "லட்சம்|கோடி|ஆயிரம்", "te": "లక్షలు|లక్ష|కోట్లు|కోటి",
                         "gu": "લાખ|કરોડ|હજાર", "pa": "ਲੱਖ|ਕਰੋੜ|ਹਜ਼ਾਰ", "ur": "لاکھ|کروڑ|ہزار|ارب"}
"""The words for a thousand, a million and more after an amount with the currency's sign
before it, which go before the currency's name: an Indonesian report's "Rp 1,5 juta" was
"1,5 rupiah juta" (sweep CH), where it is "1,5 juta rupiah". India's lakh and crore too,
after "₹" or "৳" as well as "रु.": an Indian health insurance scheme's "₹5 लाख तक" (sweep
CN, hi-pmjay) was "5 भारतीय रुपए लाख तक", five rupees and then a stray "lakh"; it is "5 लाख
भारतीय रुपए"."""
CURRENCY_WORDS = {**dict.fromkeys(("hi", "mr"), "रुपये|रुपए|रुपया|रूपये|रूपए|रुपयों"),
                  "ne": "रुपैयाँ|रूपैयाँ|रुपियाँ|रुपैयां", "bn": "টাকা|রুপি",
                  "ta": "ரூபாய்கள்|ரூபாய்",
                  "te": "రూపాయలు|రూపాయి", "gu": "રૂપિયા|રૂપિયો", "pa": "ਰੁਪਏ|ਰੁਪਿਆ|ਰੁਪਈਏ",
                  "ur": "روپے|روپیہ|روپیے"}
"""A language's words for the rupee and the taka, which writers put after an amount with
its sign as well, "₹500 रुपये", "৳১,৫০,০০০ টাকা": the sign goes and their word names the
money once, where it was said twice, "500 भारतीय रुपए रुपये" (sweep CN)."""
SCALE_WORD_END = r"(?=$|[\s.,;:!?)\]।॥۔،\"'”’-])"
"""The end of a scale word, which `\\b` misses after a mark, as "करोड़"'s nukta."""

LOCAL_CURRENCY_NOUN_ONLY = {"sv": "en", "nb": "en", "no": "en", "nn": "ei", "da": "en",
                            "is": "ein", **dict.fromkeys(("hi", "mr", "ne", "ta", "kn", "te",
                                                          "ml", "gu", "pa", "or", "bn", "ur",
                                                          "af", "am"))}
"""The languages whose own currency is said without CLDR's name of its country, and their
word for one of it: a Swedish price "120 kr." is "120 kronor", as a Swede says it, not "120
svenska kronor", and "1 kr" is "en krona", where the Swedish voice said "ett krona". The
rupee's "रु." is "500 रुपए", "500 रूपैयाँ", as "₹500" keeps its "भारतीय" (None: "1" is said
as a number); and "R250" is "250 rand", not "250 Suid-Afrikaanse rand", and "Br 250" "250
ብር"."""


@functools.cache
def local_currency_amount(lang: str) -> re.Pattern[str]:
    """An amount before `lang`'s own currency's sign (`LOCAL_CURRENCY_SIGNS`), or after it
    in the languages of `LOCAL_CURRENCY_BEFORE` (the sign then in group 4, the amount in 5,
    and a scale word after it, `LOCAL_CURRENCY_SCALES`, in 6)."""
    primary = lang.split("-")[0].lower()
    signs = LOCAL_CURRENCY_SIGNS.get(primary)
    if not signs:
        return re.compile("(?!)")
    sign = "|".join(map(re.escape, sorted(signs, key=len, reverse=True)))
    scale = rf"(?:\s({LOCAL_CURRENCY_SCALES[primary]}){SCALE_WORD_END})?" \
        if primary in LOCAL_CURRENCY_SCALES else ""
    before = (rf"|(?<![\w.,])({sign})\.?\s?(\d+(?:[.,]\d+|[ \u00a0]\d{{3}}(?!\d))*)(?![\d])"
              rf"{scale}" if primary in LOCAL_CURRENCY_BEFORE else "")
    return re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?({sign})(\.?)(?!\w){before}")


WHOLE_AMOUNT = re.compile(r"(?<=\d),[-–—]{1,2}(?![\d-])"
                          r"|(?<=\d)\.(?:[–—]|-(?=\s*(?:[a-zäöü.,;:)]|$)))(?![\d-])")
"""German's and Dutch's mark of a whole amount, "5,- €", "10,-€", "zwischen 14,- und 60,-
Euro", a Dutch club's "€110,-/jaar", a Swiss fire brigade's "CHF 30.–": the voice said
"fünf" and left the euros out, or said the mark after the currency ("110 euro,- per jaar",
"30 Schweizer Franken.–")."""
WHOLE_AMOUNT_MARKS = {**dict.fromkeys(("de", "nl", "nb", "nn", "no", "da"), WHOLE_AMOUNT),
                      "sv": re.compile(r"(?<=\d):[-–—]{1,2}(?![\d-])")}
"""The languages whose mark of a whole amount (`WHOLE_AMOUNT`) goes: Norwegian and Danish
write it too, and Swedish "1 500:-". A Norwegian club's "kr 1 500,- per år" was "en krone
500,-", "250,- kr" left "kr" spelled, and "kr 250,-" was "250 kroner,-" (sweep BX)."""


def whole_amount(match: re.Match[str], primary: str) -> str:
    """Nothing for `WHOLE_AMOUNT_MARKS`' mark; Swedish ":-" is read "kronor" where no "kr"
    is written beside the amount, "Entré 250:-"."""
    if primary != "sv" or re.match(r"\s?kr\b", match.string[match.end():]) \
            or re.search(r"\bkr\.?\s?[\d \u00a0]*$", match.string[:match.start()]):
        return ""
    return " kr"
_EUROS = r"\d+(?:\.\d{3})*,\d{2}"
EUROS_IN_WORDS = re.compile(rf"(?<![\d.,])({_EUROS})\s?(?:Euro|EUR)\b|(?<![\d.,])({_EUROS})"
                            rf"(?=\s?(?:bis|und|oder|[-–])\s?{_EUROS}\s?(?:Euro|EUR)\b)")
"""An amount with its cents before the word "Euro", "30,50 Euro", "23,00 bis 58,00 Euro",
said "dreißig Komma fünf null Euro": with the sign, which `CURRENCY_AMOUNT` says as
"dreißig Euro fünfzig"."""


EURO_CENTS = {"de": "Cent", "nl": "cent"}
"""What the euro's hundredth is called where the languages with no table of their own pay
in euros (CLDR names no currency's hundredth)."""
CENTS_NAMED = {("af", "ZAR"): "sent"}
"""A currency's hundredth in a language that names it after the cents too: Afrikaans
"R12,50" is "12 rand 50 sent", and "R0,50" "50 sent"."""


@functools.cache
def scaled_currency_amount(lang: str) -> re.Pattern[str]:
    """An amount after a currency's sign (`CURRENCY_SIGNS`) with a scale word of `lang`'s
    after it (`LOCAL_CURRENCY_SCALES`), "₹5 लाख", "৳৫ লক্ষ": sign, amount and scale."""
    scales = LOCAL_CURRENCY_SCALES.get(lang.split("-")[0].lower())
    if not scales:
        return re.compile("(?!)")
    return re.compile(rf"(?<![A-Za-z0-9_$])({_SIGN})\s?(\d+(?:[.,]\d+)*)\s({scales})"
                      rf"{SCALE_WORD_END}")


@functools.cache
def sign_and_currency_word(lang: str) -> re.Pattern[str]:
    """An amount between a currency's sign and `lang`'s word for it (`CURRENCY_WORDS`),
    perhaps with a scale word, "৳৫ লক্ষ টাকা": the sign, then the rest as said. The sign may
    be the language's own (`LOCAL_CURRENCY_SIGNS`): a Hindi notice's "रु. 500 रुपये" was
    "500 रुपए रुपये" (sweep CN)."""
    primary = lang.split("-")[0].lower()
    if primary not in CURRENCY_WORDS:
        return re.compile("(?!)")
    scales = LOCAL_CURRENCY_SCALES.get(primary)
    scale = rf"(?:\s(?:{scales}))?" if scales else ""
    local = "".join(rf"|{re.escape(sign)}\.?" for sign in LOCAL_CURRENCY_SIGNS.get(primary, ()))
    return re.compile(rf"(?<![A-Za-z0-9_$])({_SIGN}{local})\s?(\d+(?:[.,]\d+)*{scale}\s"
                      rf"(?:{CURRENCY_WORDS[primary]}){SCALE_WORD_END})")


def name_of_many(code: str, lang: str) -> str | None:
    """The name of the currency `code` in `lang` in the form a lakh of it takes, a hundred
    thousand, after a space: " भारतीय रुपए"; None where Babel knows no locale."""
    said = amount_in_words("100000", code, lang)
    return said and said.removeprefix("100000")


def scaled_currency_in_words(match: re.Match[str], lang: str) -> str:
    """`scaled_currency_amount`'s amount, its scale word, then its currency's name in the
    form many take, "5 लाख भारतीय रुपए" (`name_of_many`)."""
    said = name_of_many(CURRENCY_SIGNS[match.group(1)], lang)
    return f"{match.group(2)} {match.group(3)}{said}" if said else match.group(0)


def currency_in_words(match: re.Match[str], lang: str) -> str:
    """The amount as written, then its currency's name in `lang` in the form the amount
    takes, from Unicode's CLDR (Babel): "500 российских рублей", "30 złotych polskich"."""
    sign, amount = (match.group(1), match.group(2)) if match.group(1) else \
        (match.group(4), match.group(3))
    code = "CNY" if sign == "¥" and lang.split("-")[0].lower() == "zh" else CURRENCY_SIGNS[sign]
    return amount_in_words(amount, code, lang) or match.group(0)


def local_currency_in_words(match: re.Match[str], lang: str) -> str:
    """An amount in `lang`'s own currency (`local_currency_amount`) as `currency_in_words`
    says it; a stop after the sign stays where it ended the text or a sentence. An
    amount said already is left: CLDR's Romanian name, "lei românești", opens with the sign."""
    primary = lang.split("-")[0].lower()
    if match.re.groups > 3 and match.group(4):  # "kr. 220"
        amount, code = re.sub(r"\s", "", match.group(5)), LOCAL_CURRENCY_SIGNS[primary][
            match.group(4)]  # "kr 1 500 000"
        said = amount_in_words(amount, code, lang)
        if said and match.re.groups > 5 and match.group(6):  # "रु. 1 लाख": many rupees
            said = amount + name_of_many(code, lang)
        stop = ""
    else:
        said = amount_in_words(match.group(1), LOCAL_CURRENCY_SIGNS[primary][match.group(2)],
                               lang)
        stop = match.group(3)
    if said is None or match.string.startswith(said, match.start()):
        return match.group(0)
    sign = match.group(4) if match.re.groups > 3 and match.group(4) else match.group(2)
    if (primary, sign) in LOCAL_CURRENCY_NO_COUNTRY:  # "Sh. 500" as "500 shilingi"
        said = LOCAL_CURRENCY_NO_COUNTRY[primary, sign].sub("", said, count=1)
    if primary in LOCAL_CURRENCY_COUNTRY_AFTER:  # "50000 đồng Việt Nam" as "50000 đồng"
        said = said.replace(LOCAL_CURRENCY_COUNTRY_AFTER[primary], "", 1).lower()
    if primary in LOCAL_CURRENCY_NOUN_ONLY:  # "120 svenska kronor 50" as "120 kronor 50"
        said = re.sub(r"^(\S+) \S+ ", r"\1 ", said)
        if LOCAL_CURRENCY_NOUN_ONLY[primary]:
            said = re.sub(r"^1 ", f"{LOCAL_CURRENCY_NOUN_ONLY[primary]} ", said)
    if match.re.groups > 5 and match.group(6):  # "Rp 1,5 juta" as "1,5 juta rupiah"
        said = re.sub(r"^\S+", lambda m: f"{m.group()} {match.group(6)}", said)
    rest = match.string[match.end():]
    # the stop that ended the text or a sentence, "Entré 120 kr. Barn 60 kr"; not "kr. om året"
    return said + (stop if not rest.strip() or rest[:1].isspace() and rest.lstrip()[0].isupper()
                   else "")


CURRENCY_FORMS = {("ur", "PKR"): ("پاکستانی روپیہ", "پاکستانی روپے")}
"""A currency's name for one of it and for more, where CLDR gives one form only: Urdu's
Pakistani rupee, which CLDR names "پاکستانی روپیہ" whatever the count, so that "Rs. 500" was
"500 روپیہ", where an Urdu writer says "500 روپے" (sweep CN). The forms are CLDR's own for
the rupee in Urdu, which it gives for India's: "بھارتی روپیہ", "بھارتی روپے"."""


def currency_name(code: str, count: Decimal | int | None, locale: Locale) -> str:
    """CLDR's name of the currency `code` in the form `count` takes in `locale`'s language
    (Babel's), or in `CURRENCY_FORMS`."""
    from babel.numbers import get_currency_name

    forms = CURRENCY_FORMS.get((locale.language, code))
    if forms and count is not None:
        return forms[locale.plural_form(count) != "one"]
    return get_currency_name(code, count=count, locale=locale)


def amount_in_words(amount: str, code: str, lang: str) -> str | None:
    """`amount` of the currency `code` in `lang`, or None where Babel knows no locale."""
    from handout.language import babel_locale

    locale = babel_locale(lang)
    if locale is None:
        return None
    # lakhs and crores, "1,00,000", which was one rupee ("1,00000 रुपया")
    amount = re.sub(r"^\d{1,2}(?:,\d\d)+,\d{3}(?=$|\.)", lambda m: m.group().replace(",", ""),
                    amount)
    amount = re.sub(r"[.,]\d{3}(?!\d)", lambda m: m.group(0)[1:], amount)
    cents = re.fullmatch(r"(\d+)[.,](\d\d)", amount)
    if cents and lang.split("-")[0].lower() not in CJK_DECIMAL:
        # "12,50 €" as "12 Euro 50", as a price is said, not "zwölf Komma fünf null"
        whole, cents = cents.groups()
        primary = lang.split("-")[0].lower()
        named = CENTS_NAMED.get((primary, code))
        cent = EURO_CENTS.get(primary) if code == "EUR" else named
        if whole == "0" and cent and cents != "00":
            return f"{int(cents)} {cent}"  # "0,50 €" was "null Euro fünfzig"
        name = said_as_written(currency_name(code, int(whole), locale), lang)
        return f"{whole} {name}" + ("" if cents == "00" else f" {int(cents)}"
                                    + (f" {named}" if named else ""))
    try:
        count = Decimal(amount.replace(",", "."))
    except ArithmeticError:
        count = None
    return f"{amount} {said_as_written(currency_name(code, count, locale), lang)}"


VIETNAMESE_ONSETS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v "
                              "x".split())
"""The consonants a Vietnamese syllable may begin with."""


def said_as_written(words: str, lang: str) -> str:
    """CLDR's name of a unit or a currency as `lang`'s voice says it: in Vietnamese, a
    borrowed word of several syllables written apart, syllable by syllable ("kilôgam" as
    "ki lô gam"), as Vietnamese writes its own words, since its voice read "miligam",
    "mililít", "xentimét" and "euro" as English words."""
    if lang.split("-")[0].lower() != "vi":
        return words
    return re.sub(r"[^\W\d_]+", lambda m: VIETNAMESE_SAID.get(m.group(0).lower()) or
                  vietnamese_syllables(m), words)


VIETNAMESE_SAID = {"euro": "ơ rô", "kilobyte": "ki lô bai", "megabyte": "mê ga bai",
                   "gigabyte": "gi ga bai", "terabyte": "tê ra bai"}
"""Borrowed words whose Vietnamese sound their letters do not give: a file's size in bytes
("3 MB", CLDR's "megabyte") was "me ga by te", its last syllables spelled."""


def vietnamese_syllables(match: re.Match[str]) -> str:
    """A word in Vietnamese letters cut into its syllables: each run of vowels is one
    syllable's, and the consonants between two of them begin the second as far as a
    Vietnamese syllable may begin so ("mi|li|gam"), the rest ending the first ("xen|ti|mét",
    "mic|rô|gam")."""
    word = match.group(0)
    vowel = [unicodedata.normalize("NFD", letter)[0].lower() in "aeiouy" for letter in word]
    runs = [(start, end) for start, end in _runs(vowel) if vowel[start]]
    if len(runs) < 2:
        return word
    cuts = []
    for (_, end), (start, _) in zip(runs, runs[1:]):
        between = word[end:start].lower()
        onset = next((size for size in range(len(between), 0, -1)
                      if between[-size:] in VIETNAMESE_ONSETS), 0)
        cuts.append(start - onset)
    return " ".join(word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)]))


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (start, end) of each run of equal `flags`."""
    edges = [0, *(i for i in range(1, len(flags)) if flags[i] != flags[i - 1]), len(flags)]
    return list(zip(edges, edges[1:]))


VULGAR_FRACTIONS = {"1/2": "½", "1/3": "⅓", "2/3": "⅔", "1/4": "¼", "3/4": "¾"}
SLASHED_FRACTION = re.compile(r"(?<![0-9A-Za-z/.,])(?<!\d )(?:1/[234]|2/3|3/4)"
                              r"(?![0-9A-Za-z/]|[.,]\d)")
"""A half, a third or a quarter written with a slash ("1/2 Tablette"), which most voices
read with the English "slash" ("één slash twee"): written as its fraction, which they
read as one, or which `FRACTION_WORDS` words; not "1 1/2", nor a date ("1/2/2024"). Letters
of other scripts may touch it ("每次1/2片")."""
VULGAR_FRACTION = re.compile("[½⅓⅔¼¾]")
FRACTION_WORDS = {
    "ru": {"½": "половина", "⅓": "треть", "⅔": "две трети", "¼": "четверть",
           "¾": "три четверти"},
    "uk": {"½": "половина", "⅓": "третина", "⅔": "дві третини", "¼": "чверть",
           "¾": "три чверті"},
    "tr": {"½": "yarım", "⅓": "üçte bir", "⅔": "üçte iki", "¼": "çeyrek", "¾": "dörtte üç"},
    "vi": {"½": "nửa", "⅓": "một phần ba", "⅔": "hai phần ba", "¼": "một phần tư",
           "¾": "ba phần tư"},
    "ar": {"½": "نصف", "⅓": "ثلث", "⅔": "ثلثا", "¼": "ربع", "¾": "ثلاثة أرباع"},
    "zh": {"½": "二分之一", "⅓": "三分之一", "⅔": "三分之二", "¼": "四分之一", "¾": "四分之三"},
    "ja": {"½": "にぶんのいち", "⅓": "さんぶんのいち", "⅔": "さんぶんのに", "¼": "よんぶんのいち",
           "¾": "よんぶんのさん"},
    "ko": {"½": "이분의 일", "⅓": "삼분의 일", "⅔": "삼분의 이", "¼": "사분의 일", "¾": "사분의 삼"},
    "el": {"½": "μισό", "⅓": "ένα τρίτο", "⅔": "δύο τρίτα", "¼": "ένα τέταρτο",
           "¾": "τρία τέταρτα"},
    "ro": {"½": "o jumătate", "⅓": "o treime", "⅔": "două treimi", "¼": "un sfert",
           "¾": "trei sferturi"},
    "pl": {"⅓": "jedna trzecia", "⅔": "dwie trzecie"},
    "hu": {"⅓": "egyharmad", "⅔": "kétharmad"},
    "sv": {"½": "en halv", "⅓": "en tredjedel", "⅔": "två tredjedelar", "¼": "en fjärdedel",
           "¾": "tre fjärdedelar"},
    "da": {"⅓": "en tredjedel", "⅔": "to tredjedele"},
    "nb": {"½": "en halv", "⅓": "en tredjedel", "⅔": "to tredjedeler", "¼": "en kvart",
           "¾": "tre kvart"},
    "is": {"½": "hálfur", "⅓": "einn þriðji", "⅔": "tveir þriðju", "¼": "einn fjórði",
           "¾": "þrír fjórðu"},
    "fi": {"½": "puoli", "⅓": "kolmasosa", "⅔": "kaksi kolmasosaa", "¼": "neljäsosa",
           "¾": "kolme neljäsosaa"},
    "et": {"½": "pool", "⅓": "üks kolmandik", "⅔": "kaks kolmandikku", "¼": "veerand",
           "¾": "kolm neljandikku"},
    "lt": {"⅓": "viena trečioji", "⅔": "dvi trečiosios"},
    "lv": {"⅓": "viena trešdaļa", "⅔": "divas trešdaļas"},
    "sk": {"⅓": "jedna tretina", "⅔": "dve tretiny"},
    "sl": {"½": "pol", "⅓": "ena tretjina", "⅔": "dve tretjini", "¼": "ena četrtina",
           "¾": "tri četrtine"},
    "hr": {"½": "pola", "⅓": "jedna trećina", "⅔": "dvije trećine", "¼": "jedna četvrtina",
           "¾": "tri četvrtine"},
    "bs": {"½": "pola", "⅓": "jedna trećina", "⅔": "dvije trećine", "¼": "jedna četvrtina",
           "¾": "tri četvrtine"},
    "sr": {"½": "пола", "⅓": "једна трећина", "⅔": "две трећине", "¼": "једна четвртина",
           "¾": "три четвртине"},
    "sr-Latn": {"½": "pola", "⅓": "jedna trećina", "⅔": "dve trećine", "¼": "jedna četvrtina",
                "¾": "tri četvrtine"},
    "mk": {"½": "половина", "⅓": "една третина", "⅔": "две третини", "¼": "една четвртина",
           "¾": "три четвртини"},
    "bg": {"½": "половин", "⅓": "една трета", "⅔": "две трети", "¼": "една четвърт",
           "¾": "три четвърти"},
    "be": {"½": "палова", "⅓": "адна трэць", "⅔": "дзве трэці", "¼": "чвэрць", "¾": "тры чвэрці"},
    "sq": {"½": "gjysmë", "⅓": "një e treta", "⅔": "dy të tretat", "¼": "një e katërta",
           "¾": "tre të katërtat"},
    "ca": {"½": "mig", "⅓": "un terç", "⅔": "dos terços", "¼": "un quart", "¾": "tres quarts"},
    "eu": {"½": "erdi", "⅓": "heren bat", "⅔": "bi heren", "¼": "laurden bat",
           "¾": "hiru laurden"},
    "eo": {"½": "duono", "⅓": "triono", "⅔": "du trionoj", "¼": "kvarono", "¾": "tri kvaronoj"},
    "ga": {"½": "leath", "⅓": "trian", "⅔": "dhá thrian", "¼": "ceathrú", "¾": "trí cheathrú"},
    "cy": {"½": "hanner", "⅓": "traean", "⅔": "dau draean", "¼": "chwarter",
           "¾": "tri chwarter"},
    "mt": {"½": "nofs", "⅓": "terz", "⅔": "żewġ terzi", "¼": "kwart", "¾": "tliet kwarti"},
    "lb": {"½": "en halwen", "⅓": "en Drëttel", "⅔": "zwee Drëttel", "¼": "e Véierel",
           "¾": "dräi Véierel"},
    "ht": {"½": "mwatye", "⅓": "yon tyè", "⅔": "de tyè", "¼": "yon ka", "¾": "twa ka"},
    "he": {"½": "חצי", "⅓": "שליש", "⅔": "שני שלישים", "¼": "רבע", "¾": "שלושה רבעים"},
    "fa": {"½": "نیم", "⅓": "یک سوم", "⅔": "دو سوم", "¼": "یک چهارم", "¾": "سه چهارم"},
    "ur": {"½": "آدھا", "⅓": "ایک تہائی", "⅔": "دو تہائی", "¼": "ایک چوتھائی",
           "¾": "تین چوتھائی"},
    "hi": {"½": "आधा", "⅓": "एक तिहाई", "⅔": "दो तिहाई", "¼": "एक चौथाई", "¾": "तीन चौथाई"},
    "ne": {"½": "आधा", "⅓": "एक तिहाइ", "⅔": "दुई तिहाइ", "¼": "एक चौथाइ", "¾": "तीन चौथाइ"},
    "bn": {"½": "আধা", "⅓": "এক তৃতীয়াংশ", "⅔": "দুই তৃতীয়াংশ", "¼": "এক চতুর্থাংশ",
           "¾": "তিন চতুর্থাংশ"},
    "pa": {"½": "ਅੱਧਾ", "⅓": "ਇੱਕ ਤਿਹਾਈ", "⅔": "ਦੋ ਤਿਹਾਈ", "¼": "ਇੱਕ ਚੌਥਾਈ", "¾": "ਤਿੰਨ ਚੌਥਾਈ"},
    "gu": {"½": "અડધું", "⅓": "એક તૃતીયાંશ", "⅔": "બે તૃતીયાંશ", "¼": "એક ચતુર્થાંશ",
           "¾": "ત્રણ ચતુર્થાંશ"},
    "ml": {"½": "അര", "⅓": "മൂന്നിലൊന്ന്", "⅔": "മൂന്നിൽ രണ്ട്", "¼": "കാൽ", "¾": "മുക്കാൽ"},
    "sw": {"½": "nusu", "⅓": "theluthi moja", "⅔": "theluthi mbili", "¼": "robo",
           "¾": "robo tatu"},
    "id": {"½": "setengah", "⅓": "sepertiga", "⅔": "dua pertiga", "¼": "seperempat",
           "¾": "tiga perempat"},
    "ms": {"½": "separuh", "⅓": "satu pertiga", "⅔": "dua pertiga", "¼": "suku",
           "¾": "tiga suku"},
    "th": {"½": "ครึ่ง", "⅓": "หนึ่งในสาม", "⅔": "สองในสาม", "¼": "หนึ่งในสี่", "¾": "สามในสี่"},
    "am": {"½": "ግማሽ", "⅓": "አንድ ሦስተኛ", "⅔": "ሁለት ሦስተኛ", "¼": "ሩብ", "¾": "ሦስት ሩብ"},
    "hy": {"½": "կես", "⅓": "մեկ երրորդ", "⅔": "երկու երրորդ", "¼": "մեկ քառորդ",
           "¾": "երեք քառորդ"},
    "ka": {"½": "ნახევარი", "⅓": "მესამედი", "⅔": "ორი მესამედი", "¼": "მეოთხედი",
           "¾": "სამი მეოთხედი"},
    "az": {"½": "yarım", "⅓": "üçdə bir", "⅔": "üçdə iki", "¼": "dörddə bir", "¾": "dörddə üç"},
    "kk": {"½": "жарты", "⅓": "үштен бір", "⅔": "үштен екі", "¼": "төрттен бір",
           "¾": "төрттен үш"},
    "ky": {"½": "жарым", "⅓": "үчтөн бир", "⅔": "үчтөн эки", "¼": "төрттөн бир",
           "¾": "төрттөн үч"},
    "uz": {"½": "yarim", "⅓": "uchdan bir", "⅔": "uchdan ikki", "¼": "chorak",
           "¾": "toʻrtdan uch"},
    "tk": {"½": "ýarym", "⅓": "üçden bir", "⅔": "üçden iki", "¼": "dörtden bir",
           "¾": "dörtden üç"},
    "ku": {"½": "nîv", "⅓": "sêyek", "⅔": "du sêyek", "¼": "çaryek", "¾": "sê çaryek"},
    "mr": {"½": "अर्धा", "⅓": "एक तृतीयांश", "⅔": "दोन तृतीयांश", "¼": "एक चतुर्थांश",
           "¾": "तीन चतुर्थांश"},
    "te": {"½": "అర", "⅓": "మూడో వంతు", "⅔": "మూడింట రెండు వంతులు", "¼": "పావు", "¾": "ముప్పావు"},
    "ta": {"⅓": "மூன்றில் ஒரு பங்கு", "⅔": "மூன்றில் இரண்டு பங்கு"},
    "kn": {"⅓": "ಮೂರನೇ ಒಂದು ಭಾಗ", "⅔": "ಮೂರನೇ ಎರಡು ಭಾಗ"},
    "gd": {"½": "leth", "⅓": "trian", "⅔": "dà thrian", "¼": "cairteal", "¾": "trì cairteil"},
}
"""Fractions in words where the language's espeak-ng voice reads them in English ("½
таблетки" was "a half таблетки", "½ kidonge" "a half kidonge") or not at all ("¾" was
silence in seventy of its languages); German, Dutch, Czech, Polish and a few more read
their own. A half is the word said before a noun ("половина", "yarım", "nửa", "nusu")."""


def chinese_number(n: int) -> str:
    """`n` (below a million million) in Chinese numerals, counted in myriads: 100000 is
    "十万", 1020000 "一百零二万". espeak-ng counts in thousands past 9999, which Chinese
    does not: it said 100000 as "一百千" and 1000000 as "一万"."""
    digits, places = "零一二三四五六七八九", ("千", "百", "十", "")
    groups = [n // 10**8 % 10**4, n // 10**4 % 10**4, n % 10**4]
    said, gap = "", False
    for group, myriad in zip(groups, ("亿", "万", "")):
        if not group:
            gap = bool(said)
            continue
        if said and (gap or group < 1000):
            said += "零"
        written = ""
        for place, digit in zip(places, f"{group:04d}".lstrip("0").rjust(4)):
            if digit == " ":
                continue
            if digit == "0":
                written += "" if written.endswith("零") else "零"
            else:
                written += digits[int(digit)] + place
        said += written.rstrip("零")
        said += myriad
        gap = False
    return said[1:] if said.startswith("一十") else said


GERMAN_DAY = re.compile(r"(?<![\d.])(\b\w+\s)?(\d{1,2})\.\s?(?=(?:Januar|Jänner|Februar|März|"
                        r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)")
"""A day of the month as German writes it, "am 15. Juni", which espeak-ng read as a number
and a full stop ("fünfzehn. Juni")."""
_MONTH = ("(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
          "November|Dezember)")
GERMAN_FIRST_DAY = re.compile(rf"(?<![\d.])(\b\w+\s)?(\d{{1,2}})\.(?=\s+(?:und|oder|bis)\s+"
                              rf"(?:zum\s+)?\d{{1,2}}\.\s?{_MONTH}\b)")
"""The first of two days before one month, "25. und 26. Dezember": espeak-ng said
"fünfundzwanzigste und sechsundzwanzigsten", the first not agreeing with the second."""


def german_day(match: re.Match[str]) -> str:
    """The day as an ordinal, in the form the word before it asks for: "der fünfzehnte
    Juni", "am fünfzehnten Juni" (after a preposition, as a date is most often said), and
    a date alone, as a page's "Stand:" gives it, "fünfzehnter Juni"."""
    from num2words import num2words

    before, day = match.group(1) or "", num2words(int(match.group(2)), lang="de", to="ordinal")
    nominative = before.strip().lower() == "der" or (  # "der erste oder zweite Mai"
        before.strip() in ("und", "oder", "bis")
        and re.search(r"\bder \w+te\s$", match.string[:match.start()]))
    if not before and re.search(r"(?:^|[:\n])\s*$", match.string[:match.start()]):
        return f"{day}r "  # a date alone, "Stand: 3. Dezember 2022": "dritter Dezember"
    return f"{before}{day} " if nominative else f"{before}{day}n "


GERMAN_ORDINAL_NOUNS = {
    **dict.fromkeys("Tag Monat Lebensmonat Stock Zyklus Platz Schritt Termin Durchgang "
                    "Geburtstag Behandlungstag Zyklustag Montag Dienstag Mittwoch Donnerstag "
                    "Freitag Samstag Sonnabend Sonntag".split(), "r"),
    **dict.fromkeys("Woche Kalenderwoche Lebenswoche Schwangerschaftswoche Etage Klasse Dosis "
                    "Impfung Auflage Stunde Ebene Mahlzeit Sitzung Behandlung Teilimpfung "
                    "Auffrischimpfung Spritze Infusion".split(), ""),
    **dict.fromkeys("Jahr Lebensjahr Quartal Halbjahr Obergeschoss Untergeschoss Geschoss "
                    "Jahrhundert Semester Schuljahr Trimenon Trimester".split(), "s")}
"""Nouns a German number with a full stop counts in order ("der 3. Tag", "45.
Kalenderwoche"), with the ending an ordinal takes before each with no article: "zweiter
Tag", "zweite Woche", "zweites Lebensjahr"."""
GERMAN_ORDINAL_ARTICLES = {
    **dict.fromkeys("der die das ins jede jedes meine deine seine ihre unsere eure".split(),
                    "e"),
    **dict.fromkeys("dem den des am im vom zum zur beim jeden jedem einem einen eines "
                    "meinem deinem seinem ihrem unserem eurem meinen deinen seinen ihren "
                    "unseren euren".split(), "en")}
"""Articles before a German ordinal, and the ending it takes after each: "die dritte",
"am dritten", "jeden ersten Freitag" (a group's meetings: it was "jeden eins." and a new
sentence), "ab Ihrem sechzehnten Geburtstag" (a council's identity card page: it was
"sechzehnter"); "der" after a preposition is dative ("in der dritten Woche")."""
GERMAN_PREPOSITIONS = frozenset("in an auf aus bei mit nach seit von zu vor ab bis für über "
                                "unter zwischen während hinter neben".split())
_ORDINAL_NOUN = "|".join(sorted(GERMAN_ORDINAL_NOUNS, key=len, reverse=True))
GERMAN_ORDINAL = re.compile(
    r"(?<![\w.,])(?:(\w+)\s+)?(?:(\w+)\s+)?(?:([1-9]\d{0,2})\.\s?[-–]\s?)?([1-9]\d{0,2})\."
    rf"(?=\s?({_ORDINAL_NOUN})\b|\s(?:[A-ZÄÖÜ]|bis\b|und\b|oder\b))")
"""A number with a full stop before a word, or two joined by a dash ("2.-5. Tag"), and the
two words before them: an ordinal where an article comes before it or one of
`GERMAN_ORDINAL_NOUNS` after it. espeak-ng read "in der 1. Etage" as "eins" and a full stop,
and "2.-5. Tag" as "zwei fünf"."""


GERMAN_DAY_ALONE = re.compile(
    r"(?:(?<![\w.,])((?:am|vom|zum|den|dem|des|beim)\s+)|(?<=ten)(\s+(?:bis(?:\s+zum)?|und"
    r"|oder)\s+))([1-9]|[12]\d|3[01])\.(?=[\s),;:]|$)")
"""A day of the month named without its month, after an article or after a day said
before it ("am 20. eines Monats", "für den 16. bis 18.)", "Für den 9. hat", "mit Anton am
16." at a sentence's end), which the Corona-Warn-App's risk assessment writes twenty
times: espeak-ng said "am zwanzig", "bis achtzehn"; a listener hears "am zwanzigsten"."""


def german_ordinal_ending(before: str, article: str, noun: str | None) -> str | None:
    """The ending of an ordinal after `article` (the word before it, which `before`
    precedes), or before `noun` where there is no article; None where it is no ordinal."""
    ending = GERMAN_ORDINAL_ARTICLES.get(article.lower())
    if ending and article.lower() == "der" and before.lower() in GERMAN_PREPOSITIONS:
        return "en"
    if ending:
        return ending
    if noun:
        return "e" + GERMAN_ORDINAL_NOUNS[noun]
    return None


GERMAN_ARTICLE_AFTER = {"bis": ("zum", "zur"), "ab": ("dem", "der"), "seit": ("dem", "der")}
"""The article a preposition takes before an ordinal and its noun, masculine or neuter and
feminine, where a page leaves it out ("Kinder bis 2. Klasse", "ab 12. Lebensjahr"): the
voice said "bis zweite Klasse"; a listener hears "bis zur zweiten Klasse", as dates are
said (`words._GERMAN_DATE_ARTICLES`)."""


def german_ordinal(match: re.Match[str]) -> str:
    """"in der 1. Etage" as "in der ersten Etage", "2.-5. Tag" as "zweiter bis fünfter Tag",
    "bis 2. Klasse" as "bis zur zweiten Klasse"."""
    from num2words import num2words

    before, article, first, last, noun = match.groups()
    if article is None:
        before, article = "", before or ""
    if noun and article.lower() in GERMAN_ARTICLE_AFTER:
        before = f"{before} {article}" if before else article
        article = GERMAN_ARTICLE_AFTER[article.lower()][GERMAN_ORDINAL_NOUNS[noun] == ""]
    ending = german_ordinal_ending(before or "", article, noun)
    if ending is None:
        return match.group(0)
    said = [num2words(int(n), lang="de", to="ordinal")[:-1] + ending for n in (first, last) if n]
    words = " ".join(w for w in (before, article) if w)
    space = "" if match.string[match.end():match.end() + 1].isspace() else " "  # "1.Tag"
    return f"{words} " * bool(words) + " bis ".join(said) + space


def german_day_alone(match: re.Match[str]) -> str:
    """A day without its month (`GERMAN_DAY_ALONE`) as the ordinal its article asks for,
    "am zwanzigsten"; a sentence that ends on it keeps its full stop."""
    from num2words import num2words

    day = num2words(int(match.group(3)), lang="de", to="ordinal")[:-1] + "en"
    return (match.group(1) or match.group(2)) + day + ("." if match.end() == len(match.string)
                                                       else "")


GERMAN_GENDERS = {
    **dict.fromkeys("Beutel Löffel Esslöffel Teelöffel Messlöffel Tropfen Hub Sprühstoß Stoß "
                    "Tag Monat Liter Milliliter Deziliter Becher Tupfer Strich Schluck "
                    "Meter Zentimeter Millimeter Kilometer Schritt Termin Euro Cent Franken "
                    "Rappen".split(), "m"),
    **dict.fromkeys("Glas Jahr Zäpfchen Pflaster Stück Kind Gramm Milligramm Mikrogramm "
                    "Kilogramm Päckchen Fläschchen Röhrchen Wochenende Quartal Mal "
                    "Dragee Sachet Mittel".split(), "n"),
    **dict.fromkeys("Kapsel Hartkapsel Weichkapsel Dosis Nacht Person Mahlzeit Portion "
                    "Einheit Packung Ampulle Flasche Tasse Messerspitze Spritze Minute "
                    "Sekunde Stunde Woche".split(), "f")}
"""The gender of nouns a German leaflet counts, where the ending does not tell it."""
GERMAN_FEMININE_ENDINGS = ("ette", "ung", "heit", "keit", "ion", "tät", "schaft")
GERMAN_LABELS = frozenset("Kapitel Schritt Stufe Typ Seite Abschnitt Nummer Teil Phase Grad "
                          "Klasse Zimmer Raum Gleis Tabelle Abbildung Anlage Punkt Frage Woche "
                          "Tag Tür Etage Station Ebene Haus Bus Linie Variante".split())
"""Words a number names rather than counts ("Kapitel 1 Einleitung", "Station 1 Ambulanz")."""
GERMAN_DATIVE = frozenset("mit nach von bei aus zu seit unter vor in".split())
GERMAN_ONE = re.compile(r"(?<![\w.,:/+-])(?:(\w+)\s)?1\s([A-ZÄÖÜ][a-zäöüß]+)\b(?![.,]\d)")
"""One of a noun, "je 1 Tablette", "mit 1 Glas Wasser", which espeak-ng said "eins
Tablette": "eine Tablette", "mit einem Glas"."""


def german_one(match: re.Match[str]) -> str:
    """"1" before a noun as the article its gender and case ask for; as written before a
    noun whose gender is not known."""
    before, noun = match.group(1) or "", match.group(2)
    if before in GERMAN_LABELS:  # "Kapitel 1 Einleitung": a number, not one of a thing
        return match.group(0)
    gender = GERMAN_GENDERS.get(noun) or ("f" if noun.endswith(GERMAN_FEMININE_ENDINGS) else None)
    if gender is None:
        return match.group(0)
    dative = before.lower() in GERMAN_DATIVE
    word = {"f": "einer" if dative else "eine"}.get(gender, "einem" if dative else "ein")
    return f"{before} " * bool(before) + f"{word} {noun}"


SLAVIC_YEAR_CASES = {"ru": {"год": "nominative", "года": "genitive", "году": "prepositional"},
                     "uk": {"рік": "nominative", "року": "genitive", "році": "locative"},
                     "pl": {"rok": "nominative", "roku": "genitive"}}
"""The word for "year" after a year, and the case it puts the year in ("2024 года" is "две
тысячи двадцать четвёртого года"); a Polish "w 2024 roku" takes the locative. A year
after a month's name ("15 czerwca 2024") is in the genitive."""


CZECH_DAYS = ("prvního druhého třetího čtvrtého pátého šestého sedmého osmého devátého "
              "desátého jedenáctého dvanáctého třináctého čtrnáctého patnáctého šestnáctého "
              "sedmnáctého osmnáctého devatenáctého dvacátého").split() + [""] * 9 + ["třicátého"]
"""A Czech day of the month as a date says it, the ordinal in the genitive, 1 to 20 and
30 (21 is "dvacátého prvního")."""
SLOVAK_DAYS = ("prvého druhého tretieho štvrtého piateho šiesteho siedmeho ôsmeho deviateho "
               "desiateho jedenásteho dvanásteho trinásteho štrnásteho pätnásteho šestnásteho "
               "sedemnásteho osemnásteho devätnásteho dvadsiateho").split() + [""] * 9 + [
                   "tridsiateho"]
CROATIAN_DAYS = ("prvog drugog trećeg četvrtog petog šestog sedmog osmog devetog desetog "
                 "jedanaestog dvanaestog trinaestog četrnaestog petnaestog šesnaestog "
                 "sedamnaestog osamnaestog devetnaestog dvadesetog").split() + [""] * 9 + [
                     "tridesetog"]
GENITIVE_DAYS = {"cs": (CZECH_DAYS, ()), "sk": (SLOVAK_DAYS, ()),
                 "hr": (CROATIAN_DAYS, ("dvadeset", "trideset"))}
"""A day of the month as the date says it, the ordinal in the genitive, 1 to 20 and 30, and
the words of the tens before 21 to 29 and 31 where they are not the ordinal's (Croatian's
"dvadeset prvog", Slovak's "dvadsiateho prvého"). A Slovak surgery's "Od 13. marca 2022"
and a Croatian "13. ožujka 2022." (sweep CG) were said "trinásť." and "trinaest.", the
number and a stop."""
SLOVENIAN_MONTHS = ("januarja februarja marca aprila maja junija julija avgusta septembra "
                    "oktobra novembra decembra").split()
"""Slovenian's months in the genitive, as a date writes them ("13. marca 2022"), which its
calendar's names (the nominative, "marec") are not; the day was "trinajst." (sweep CG)."""
HUNGARIAN_DAY_ENDINGS = "eaaeeaeae"
"""The ending of a Hungarian day of the month's name by its last digit, 1 to 9 ("5-e",
ötödike; "6-a", hatodika), which espeak-ng says as the day: the first is "1-je", elseje."""


@functools.cache
def day_of_month(lang: str) -> re.Pattern[str]:
    """A day written with its stop before a month's name in the genitive, in Czech ("6.
    listopadu"), Slovak, Croatian and Slovenian (`GENITIVE_DAYS`); in Hungarian, after a
    month's name where no word in lower case follows it ("2017. október 5.", "október 5.,
    hétfő"), as before one espeak-ng says the date."""
    from handout.language import calendar_names

    months = "|".join(SLOVENIAN_MONTHS if lang == "sl" else calendar_names(lang).month_names)
    if lang != "hu":
        return re.compile(rf"(?<![\d.,])([1-9]|[12]\d|3[01])\.\s?(?=(?:{months})\b)",
                          re.IGNORECASE)
    return re.compile(rf"(\b(?:{months})\s)([1-9]|[12]\d|3[01])\.(?=\s*$|\s*[,;:)]"
                      r"|\s+(?-i:(?![a-zá-ű])))", re.IGNORECASE)


def say_day_of_month(match: re.Match[str], lang: str) -> str:
    """The day of `day_of_month` as the date says it: "šestého listopadu", as espeak-ng
    said "6. listopadu" "šest listopadu" (the date a Czech handout is dated, "6. listopadu
    2025"), and "október 5-e", as it said the Hungarian "2017. október 5." ending a sentence
    "öt", where "március 23. óta" was already the date's "huszonharmadika"."""
    day = int(match.group(match.lastindex))
    if lang == "sl":  # "trinajsti" is "trinajstega", "tretji" "tretjega"
        from num2words import num2words

        return re.sub(r"i$", "ega", num2words(day, lang="sl", to="ordinal")) + " "
    if lang in GENITIVE_DAYS:
        days, tens_words = GENITIVE_DAYS[lang]
        tens, units = divmod(day, 10)
        return (days[day - 1] if day <= 20 or not units else " ".join((
            tens_words[tens - 2] if tens_words else days[tens * 10 - 1], days[units - 1]))) \
            + " "
    ending = "je" if day == 1 else HUNGARIAN_DAY_ENDINGS[day % 10 - 1] if day % 10 else \
        "e" if day == 10 else "a"
    rest = match.string[match.end():]
    stop = "." if not rest.strip() or re.match(r"\s+\S", rest) else ""
    return f"{match.group(1)}{day}-{ending}{stop}"


@functools.cache
def slavic_dates(lang: str) -> re.Pattern[str]:
    """A day before a month's name in the genitive ("15 июня"), or a year before the word
    for "year" ("2024 года"), in Russian, Ukrainian or Polish."""
    from handout.language import calendar_names

    months = "|".join(calendar_names(lang).month_names)
    years = "|".join(SLAVIC_YEAR_CASES[lang])
    return re.compile(rf"(?<![\d.,:])(?:([1-9]|[12]\d|3[01])\s(?=(?:{months})\b)|"
                      rf"(1\d{{3}}|20\d\d)\s(?=({years})\b))|"
                      rf"\b((?:{months})\s)(1\d{{3}}|20\d\d)(?![\d.,]\d|\s(?:{years})\b)",
                      re.IGNORECASE)


def slavic_date(match: re.Match[str], lang: str) -> str:
    """A date's day or year as the ordinal it is said as, where espeak-ng said the number
    ("пятнадцать июня" for "пятнадцатого июня", "2024 roku" as "dwa tysiące dwadzieścia
    cztery roku"); after "по" (up to and including) the day is in the accusative, "по
    тридцатое сентября"."""
    if match.group(1):
        number, case, after = int(match.group(1)), "genitive", " "
        if lang != "pl" and last_word(match.string[:match.start()]) == "по":
            return neuter_accusative(number, lang) + after
    elif match.group(2):
        number, case = int(match.group(2)), SLAVIC_YEAR_CASES[lang][match.group(3).lower()]
        after = " "
        if lang == "pl" and re.search(r"\b[wW]\s$", match.string[:match.start()]):
            case = "locative"
    else:  # the year after a month: "czerwca 2024"
        number, case, after = int(match.group(5)), "genitive", ""
    return (match.group(4) or "") + slavic_ordinal(number, lang, case) + after


POLISH_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3})\.\s(?=(roku|dnia|tygodnia|miesiąca|dniu"
                            r"|tygodniu|miesiącu)\b)")
"""An ordinal written with its stop before the year, day, week or month it counts, "do 18.
roku życia" (under eighteen: "osiemnastego roku"), which every Polish vaccination and
privacy notice has: it was said as the number after "do", "do osiemnastu. roku", with a
stop in it."""


def polish_ordinal(match: re.Match[str]) -> str:
    """The ordinal `POLISH_ORDINAL` found, in the genitive ("do 18. roku") or, after "w" or
    "po" or before a locative ("w 5. dniu"), in the locative ("w osiemnastym roku")."""
    noun = match.group(2)
    before = last_word(match.string[:match.start()]).lower()
    locative = noun.endswith("u") and noun != "roku" or before in ("w", "we", "po")
    return slavic_ordinal(int(match.group(1)), "pl", "locative" if locative else "genitive") \
        + " "


def slavic_ordinal(number: int, lang: str, case: str) -> str:
    """`number` as the masculine ordinal of a day or a year in `case`."""
    from num2words import num2words

    if lang == "ru":
        return num2words(number, lang="ru", to="ordinal", case=case, gender="m")
    if lang == "uk":
        return ukrainian_ordinal(number, case)
    words = num2words(number, lang=lang, to="ordinal").split()
    if lang == "pl" and case != "nominative":  # every ordinal word: "dwudziestego piątego"
        ending = {"y": "ego", "i": "iego"} if case == "genitive" else {"y": "ym", "i": "im"}
        words = [re.sub(r"(?<=[^aeiouyąęó])([yi])$", lambda m: ending[m.group(1)], word)
                 if word != "trzy" else word for word in words]
    return " ".join(words)


UKRAINIAN_ORDINAL_ENDINGS = {
    ("genitive", "m"): ("ого", "ього"), ("dative", "m"): ("ому", "ьому"),
    ("locative", "m"): ("ому", "ьому"), ("nominative", "f"): ("а", "я"),
    ("genitive", "f"): ("ої", "ьої"), ("accusative", "n"): ("е", "є"),
    ("genitive", "p"): ("их", "іх")}
"""A Ukrainian ordinal's endings in a case and gender ("p", the plural), for its
masculine's "-ий" and "-ій": "п'ятого", "третього", "перша", "третя", "третє", "третіх"."""


def ukrainian_ordinal(number: int, case: str = "nominative", gender: str = "m") -> str:
    """`number` as a Ukrainian ordinal in `case` and `gender`, only its last word declined
    ("двадцять п'ятого", `UKRAINIAN_ORDINAL_ENDINGS`)."""
    from num2words import num2words

    words = num2words(number, lang="uk", to="ordinal").removeprefix("одна ").split()
    endings = UKRAINIAN_ORDINAL_ENDINGS.get((case, gender))
    if endings:
        words[-1] = re.sub(r"(ий|ій)$", lambda m: endings[m.group(1) == "ій"], words[-1])
    return " ".join(words)


SLAVIC_GOVERNING = {
    "ru": {"genitive": ("до", "от", "ото", "около", "более", "менее", "больше", "меньше",
                        "свыше", "для", "без", "после", "из", "кроме", "у", "старше", "младше",
                        "моложе", "порядка", "течение"),
           "dative": ("к", "ко")},
    "uk": {"genitive": ("до", "від", "близько", "для", "без", "після", "більше", "менше",
                        "біля", "протягом", "впродовж", "старше", "молодше", "крім", "серед")},
    "pl": {"genitive": ("od", "do", "około", "koło", "dla", "bez", "u", "podczas", "ciągu",
                        "powyżej", "poniżej", "spośród", "wśród", "obok", "wokół")}}
"""Words that put a number after them in a case other than the nominative espeak-ng says:
"до 19 лет" is "до девятнадцати лет", "do 19 lat" "do dziewiętnastu lat", "к 10 часам" "к
десяти часам". Russian's "с" and Ukrainian's "з" take the genitive only where they mean
"from" (`FROM_OR_WITH`); with the instrumental they mean "with" ("с 2 детьми")."""
FROM_OR_WITH = {"ru": ("с", "со"), "uk": ("з", "із", "зі")}
FROM_SHOWN_BY = (r"(?:\s[0-5]\d)?\s(?:до|по)\s|\s(?:лет|года|годов|месяцев|месяца|недель|"
                 r"недели|дней|дня|часов|часа|числа|років|року|місяців|місяця|тижнів|тижня|"
                 r"днів|годин)\b")
"""What shows that "с"/"з" before a number means "from": a range's other end ("с 9 до 18"), or
a span of time or an age ("с 18 лет", "з 6 років")."""
POLISH_GENITIVE = {"jeden": "jednego", "dwa": "dwóch", "trzy": "trzech", "cztery": "czterech",
                   "pięć": "pięciu", "sześć": "sześciu", "siedem": "siedmiu", "osiem": "ośmiu",
                   "dziewięć": "dziewięciu", "dziesięć": "dziesięciu", "dwanaście": "dwunastu",
                   "dwadzieścia": "dwudziestu", "trzydzieści": "trzydziestu",
                   "czterdzieści": "czterdziestu", "sto": "stu", "dwieście": "dwustu",
                   "trzysta": "trzystu", "czterysta": "czterystu", "tysiąc": "tysiąca",
                   "tysiące": "tysięcy", "milion": "miliona", "miliony": "milionów"}
"""Polish cardinals in the genitive, which num2words does not give: each word of a
compound is declined ("dwudziestu pięciu"), but "jeden" ending one ("dwudziestu jeden");
the teens end in "-nastu", the tens from fifty in "-dziesięciu", the hundreds from five
hundred in "-uset" (`polish_genitive`)."""


@functools.cache
def slavic_governed(lang: str) -> re.Pattern[str]:
    """A number (and, in Russian, a time's minutes) after a word that governs its case
    (`SLAVIC_GOVERNING`), or after "from" (`FROM_OR_WITH`)."""
    words = [word for governing in SLAVIC_GOVERNING[lang].values() for word in governing]
    number = (r"(\d{1,7})(?: ([0-5]\d))?" if lang == "ru" else r"(\d{1,7})()") \
        + r"(?:–(\d{1,7}))?"  # and a range's end: "до 2–3 днів"
    after = r"(?![\d%]|[.,:/]\d|-\w|,?\s\d)"  # nor a telephone number's groups
    from_ = "|".join(FROM_OR_WITH.get(lang, ()))
    return re.compile(rf"(?<![\w-])(?:({'|'.join(words)})\s{number}{after}"
                      + (rf"|({from_})\s{number}{after}(?={FROM_SHOWN_BY})" if from_
                         else "") + ")", re.IGNORECASE)


def slavic_count(match: re.Match[str], lang: str) -> str:
    """The number `slavic_governed` found (or both ends of its range) in the case the word
    before it asks: one in the feminine before a feminine noun's genitive ("до 1 недели",
    "do 1 godziny")."""
    from num2words import num2words

    word, number, minutes, last = match.groups()[:4] if match.group(1) else match.groups()[4:]
    if minutes and int(number) > 24:
        return match.group(0)
    case = next((case for case, words in SLAVIC_GOVERNING[lang].items()
                 if word.lower() in words), "genitive")
    noun = re.match(r"\s*(\w+)", match.string[match.end():])

    def declined(number: int) -> str:
        feminine = (number % 10 == 1 and number % 100 != 11 and noun is not None
                    and noun.group(1).lower().endswith(("ы", "и", "і", "y", "i")))
        if lang == "pl" and YEAR_OF_LIFE.match(match.string, match.end()):
            return slavic_ordinal(number, "pl", "genitive")  # "do piętnastego roku życia"
        if lang == "pl":
            return polish_genitive(num2words(number, lang="pl"), feminine)
        gender = ("f" if lang == "ru" else "feminine") if feminine else "m"
        said = num2words(number, lang=lang, case=case, gender=gender)
        if lang == "uk":  # num2words' "двохста", "тисячи": "двохсот", "тисячі"; not 90's
            said = re.sub(r"(?<=[хи])ста\b", "сот", said).replace("тисячи", "тисячі")
        return re.sub(r"^(?:одной|однієї) (?=т)", "", said)  # "до тысячи", not "одной тысячи"

    said = declined(int(number)) + (f"–{declined(int(last))}" if last else "")
    if minutes:
        said += " " + ("ноль " * minutes.startswith("0")
                       + num2words(int(minutes), lang="ru", case=case))
    return f"{word} {said}"


YEAR_OF_LIFE = re.compile(r"(?:\s+do\s+\d{1,3})?\s+rok(?:u)?\s+życia\b")
"""A Polish year of a life, "do 15 roku życia", "od 16 do 40 roku życia": an ordinal, the
fifteenth year."""


def polish_genitive(cardinal: str, feminine: bool = False) -> str:
    """A Polish cardinal in words (num2words') in the genitive (`POLISH_GENITIVE`)."""
    words = cardinal.split()
    if words == ["jeden"]:
        return "jednej" if feminine else "jednego"

    def declined(word: str) -> str:
        if word in POLISH_GENITIVE:
            return POLISH_GENITIVE[word]
        if word.endswith("set"):
            return POLISH_GENITIVE[word.removesuffix("set")] + "set"
        return re.sub(r"naście$", "nastu", re.sub(r"dziesiąt$", "dziesięciu", word))

    return " ".join([*map(declined, words[:-1]),
                     words[-1] if words[-1] == "jeden" else declined(words[-1])])


CASE_ENDINGS = {
    "ru": {"ый": ("ordinal", "n", "m"), "ий": ("ordinal", "n", "m"), "ой": ("ordinal", "n", "m"),
           "ая": ("ordinal", "n", "f"), "ое": ("ordinal", "n", "n"), "ее": ("ordinal", "n", "n"),
           "го": ("ordinal", "g", "m"), "ого": ("ordinal", "g", "m"),
           "его": ("ordinal", "g", "m"), "му": ("ordinal", "d", "m"),
           "ому": ("ordinal", "d", "m"), "м": ("ordinal", "p", "m"), "ом": ("ordinal", "p", "m"),
           "й": ("ordinal", "n", "m"), "я": ("ordinal", "n", "f"),
           "х": ("plural", "g", ""), "ых": ("ordinal", "g", "p"), "их": ("ordinal", "g", "p"),
           "ти": ("cardinal", "g", ""), "и": ("cardinal", "g", ""),
           "ю": ("cardinal", "i", ""), "мя": ("cardinal", "i", ""), "ми": ("cardinal", "i", "")},
    "uk": {"ий": ("ordinal", "nominative", "m"), "ій": ("ordinal", "nominative", "m"),
           "го": ("ordinal", "genitive", "m"), "ого": ("ordinal", "genitive", "m"),
           "му": ("ordinal", "dative", "m"), "ому": ("ordinal", "dative", "m"),
           "а": ("ordinal", "nominative", "f"), "я": ("ordinal", "nominative", "f"),
           "ї": ("ordinal", "genitive", "f"),
           "ої": ("ordinal", "genitive", "f"),
           "х": ("plural", "genitive", ""), "ох": ("cardinal", "genitive", ""),
           "ти": ("cardinal", "genitive", ""), "ми": ("cardinal", "instrumental", ""),
           "ма": ("cardinal", "instrumental", "")}}
"""The endings Russian and Ukrainian write after a number's digits to show its case, and
what each makes it: an ordinal ("1-ый класс", "5-го мая", "1-а зміна"), a count ("від
3-ох років", "5-ти минут", "с 2-мя детьми"), or after 2, 3 and 4 a count and else an
ordinal in the plural ("2-х недель", "в 90-х годах"). espeak-ng read the ending as
letters: "три ох", "один ый"."""
CASE_ENDED = re.compile(r"(?<![\d.,])(\d{1,4})-(ый|ий|ій|ой|ая|ое|ее|ого|его|го|ому|му|ом|м|й|"
                        r"ых|их|х|ох|ти|и|ю|мя|ми|ма|а|я|ої|ї)(?!\w)")


def case_ended(match: re.Match[str], lang: str) -> str:
    """A number with its case's ending written after it (`CASE_ENDINGS`), in words."""
    from num2words import num2words

    number, ending = int(match.group(1)), match.group(2)
    kind, case, gender = CASE_ENDINGS[lang].get(ending, (None, "", ""))
    if kind is None:
        return match.group(0)
    if kind == "plural":  # "2-х" is "двух"; "90-х" is "девяностых"
        few = number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14)
        kind, gender = ("cardinal", "") if few else ("ordinal", "p")
    if kind == "cardinal":
        return num2words(number, lang=lang, case=case)
    if lang == "ru":
        return num2words(number, lang="ru", to="ordinal", case=case, gender=gender,
                         plural=gender == "p")
    return ukrainian_ordinal(number, case, gender)


ORDINAL_STEMS = {
    "bg": (("първ", "втор", "трет", "четвърт", "пет", "шест", "седм", "осм", "девет", "десет",
            "единадесет", "дванадесет", "тринадесет", "четиринадесет", "петнадесет",
            "шестнадесет", "седемнадесет", "осемнадесет", "деветнадесет"),
           ("двадесет", "тридесет", "четиридесет", "петдесет", "шестдесет", "седемдесет",
            "осемдесет", "деветдесет"), "двадесет"),
    "mk": (("прв", "втор", "трет", "четврт", "петт", "шест", "седм", "осм", "деветт", "десетт",
            "единаесетт", "дванаесетт", "тринаесетт", "четиринаесетт", "петнаесетт",
            "шеснаесетт", "седумнаесетт", "осумнаесетт", "деветнаесетт"),
           ("дваесет", "триесет", "четириесет", "педесет", "шеесет", "седумдесет",
            "осумдесет", "деведесет"), "дваесетт")}
"""The stems of Bulgarian's and Macedonian's ordinals, first to nineteenth, and of their
tens (cardinals, which a compound ordinal opens with, "двадесет и първи"; a ten's ordinal
adds to it, Macedonian's doubling its last letter, "дваесетти"), to which an ending
written after the digits adds the ordinal's gender and article (`SUFFIXED_ORDINAL`)."""
SUFFIXED_ORDINAL = re.compile(r"(?<![\d.,])([1-9]\d?)-(?:[врмт]|(?=и[яо]|ите|ата|ото))"
                              r"(ият|иот|ия|ите|ата|ото|и|а|о)(?!\w)")
"""A Bulgarian or Macedonian ordinal written with the last letters of its word after a
hyphen: "4-ти" (четвърти), "1-ва" (първа), "2-рия" (втория), "5-то" (пето), or with its
article alone, "5-ото" (петото)."""


def suffixed_ordinal(match: re.Match[str], primary: str) -> str:
    """A Bulgarian or Macedonian ordinal written with its ending (`SUFFIXED_ORDINAL`) in
    words, of the gender and with the article the ending shows: -ви, -ри, -ти, -ми
    masculine, -ва, -ра, -та, -ма feminine, -во, -ро, -то, -мо neuter, -ия, -ият (-иот in
    Macedonian) and -ата, -ото with the article. espeak-ng read the ending as a word: a
    Bulgarian conference's "на 4-ти април" was "четири-ти", "1-ви май" "едно-ви", and a
    guide's "2-рия таб" "две-рия" (sweep BG, bg-ruby-conferences, bg-dfg-sebra)."""
    units, tens, ten_stem = ORDINAL_STEMS[primary]
    number, ending = int(match.group(1)), match.group(2)
    if number < 20:
        return units[number - 1] + ending
    ten, unit = divmod(number, 10)
    if not unit:
        return (ten_stem if ten == 2 else tens[ten - 2] + ten_stem[-1] * (primary == "mk")) \
            + ending
    return f"{tens[ten - 2]} и {units[unit - 1]}{ending}"


SLAVIC_DAY_RANGE_WORDS = {"ru": ("с|со|от", "по|до"), "uk": ("з|із|зі|від", "по|до"),
                          "pl": ("od", "do")}


@functools.cache
def slavic_day_ranges(lang: str) -> re.Pattern[str]:
    """The first day of a range of days in one month, "с 1 по 5 мая", "od 1 do 5 maja", and
    the second when "по" ("up to and including") puts it in the accusative."""
    from handout.language import calendar_names

    months = "|".join(calendar_names(lang).month_names)
    start, end = SLAVIC_DAY_RANGE_WORDS[lang]
    day = r"([1-9]|[12]\d|3[01])"
    return re.compile(rf"(?<![\w-])({start})\s{day}\s({end})\s{day}(?=\s(?:{months})\b)",
                      re.IGNORECASE)


def slavic_day_range(match: re.Match[str], lang: str) -> str:
    """A range of days as ordinals (`slavic_day_ranges`): "с первого по пятое", "з першого
    по п'яте", "od pierwszego"; a second day after "до"/"do" is left to `slavic_date`."""
    start, first, end, last = match.groups()
    tail = neuter_accusative(int(last), lang) if end.lower() == "по" else last
    return f"{start} {slavic_ordinal(int(first), lang, 'genitive')} {end} {tail}"


def neuter_accusative(day: int, lang: str) -> str:
    """A day of the month after Russian's or Ukrainian's "по", "тридцатое", "третє"."""
    from num2words import num2words

    if lang == "ru":
        return num2words(day, lang="ru", to="ordinal", case="accusative", gender="n")
    return ukrainian_ordinal(day, "accusative", "n")


def last_word(text: str) -> str:
    """The last word of `text`, in lower case, with its stop if it is shortened ("godz.")
    and without a bracket before it ("(od")."""
    words = re.findall(r"\w+\.?", text.lower())
    return words[-1] if words else ""


KOREAN_COUNT = re.compile(r"(?<![\d.,:])(?:([1-9]\d?)\s?[-–~〜～]\s?)?([1-9]\d?)\s?"
                          r"(시간|시|가지|개|명|살)(?![\d])")
"""A count or an hour in Korean, or a range of them, which takes Korean's own numbers ("3가지"
is "세 가지", "5시" "다섯 시", "4-6시간" "네-여섯 시간"), where espeak-ng said the Sino-Korean
ones ("삼 가지", "오 시", "사-여섯 시간")."""


def korean_native(n: int) -> str:
    """`n` (1 to 99) in Korean's own numbers, in the form before a counter: 1 "한", 20
    "스무", 21 "스물한"."""
    tens = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")[n // 10]
    units = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")[n % 10]
    return "스무" if n == 20 else tens + units


CJK_DECIMAL = {"zh": "点", "ja": "てん", "ko": "점"}
"""The decimal point as Chinese, Japanese and Korean say it, which the voice is given (the
Korean and Japanese voices said nothing for "."); the digits after it are given one by one,
as they are said: "1点44" was "一点四十四", "1.44亿" in the Open Source Guides' Chinese
article on security ("一点四四亿"), and "0점25" "영 점 이십오"."""
GROUPED_THOUSANDS = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}"
                               r"(?:[ \u00a0\u202f]\d{3}(?![\d.,]|[ \u00a0\u202f]\d)"
                               r"|(?:[ \u00a0\u202f]\d{3})+(?=,\d{1,2}(?!\d)))")
"""Thousands grouped with a space, "100 000", which Ukrainian's voice said "сто нуль нуль
нуль": given as one number; not a telephone number's groups ("0 800 505 201", "8 800 200
01 12", a Czech "844 111 140"), which a third group or a number before them shows, but
for an amount with its decimals ("6 089 750,85 руб.")."""
COMMA_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,]|\.\d)")
"""Thousands marked with commas as English marks them, "100,000", in a Russian or Ukrainian
text, whose decimal mark is the comma: a refugees' guide's "допоможе з житлом 100,000
біженцям" was said "100", its zeros taken for decimals, as "32,00 євро" rightly is. Three
digits after the comma are thousands; two are kopecks."""
COMMA_GROUPED_LANGUAGES = frozenset({"id", "vi", "el", "hy", "ka"})
"""Languages whose decimal mark is the comma, but whose handouts often group thousands with
commas, as English does: a Vietnamese public-services catalogue's "Phí dịch vụ: 50,000 VNĐ"
(sweep AY, vi-dichvucong) was said "năm mươi phẩy không không không", a Greek crop guide's
"μεταξύ 800 και 2,700 GDD" (el-iot-gdd) "δύο κόμμα επτά μηδέν μηδέν", and Indonesian and
Armenian "50,000" likewise. A number so grouped (`COMMA_THOUSANDS`) is thousands
(`comma_grouped`) where its groups are several, or its last ends in "00", or a currency is
beside it, or its text writes decimals with a point ("18.5"); "1,125 kg" stays a decimal,
and "23,5 cm" is one."""
_POINT_DECIMAL_IN_TEXT = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_MONEY_BESIDE = re.compile(r"(?:[$€£¥₫]|Rp\.?|RM|Rs\.?|\b[A-Z]{3})\s?$"
                           r"|^\s?(?:[$€£¥₫đ֏₾]|VNĐ|[A-Z]{3}\b|đồng|rupiah|dram|դրամ|ευρώ"
                           r"|лари|ლარი)")


def comma_grouped(match: re.Match[str]) -> str:
    """A number grouped with commas as thousands (`COMMA_THOUSANDS`) without them, where
    it is one; else as written."""
    text = match.string
    if (match.group(0).count(",") > 1 or match.group(0).endswith("00")
            or _MONEY_BESIDE.search(text[max(0, match.start() - 4):match.start()])
            or _MONEY_BESIDE.search(text[match.end():match.end() + 6])
            or _POINT_DECIMAL_IN_TEXT.search(text)):
        return match.group(0).replace(",", "")
    return match.group(0)


MANY_THOUSANDS = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])"
                            r"(?!8\d\d (?!000)\d{3} \d{3}(?! \d))[1-9]\d{0,2}"
                            r"(?:[ \u00a0\u202f]\d{3})+(?![\d.,]|[ \u00a0\u202f]\d)")
"""Millions grouped with spaces, "10 000 000 гривень", which the Russian and Ukrainian
voices read zero by zero ("десять нуль нуль нуль"); their telephone numbers are written
in other groups ("8 800 200 01 12"), or are Poland's free lines, "800 137 200", which was
"eight hundred million…"."""


@functools.cache
@functools.cache
def decimal_point(lang: str) -> bool:
    """Whether `lang` writes its decimals with a point, so a comma groups thousands (English;
    Spanish in Mexico, the United States and Central America, as CLDR says)."""
    from babel.numbers import get_decimal_symbol

    from handout.language import babel_locale

    locale = babel_locale(lang)
    return locale is not None and get_decimal_symbol(locale) == "."


UK_POSTCODE = re.compile(r"\b([A-Z]{1,2})(\d{1,2})([A-Z]?) (\d)([A-Z]{2})\b")
"""A British postcode, "LS1 4AB", "SW1A 1AA", which the voice read as words ("L S one four
ab", "one ah")."""


def say_postcode(match: re.Match[str]) -> str:
    """"LS1 4AB" as "L-S 1, 4 A-B": each letter said (the hyphens keep the voice from
    reading "A" as the article or "AB" as a word), the district a number, and a pause
    between the two halves, as a postcode is read out."""
    area, district, sub, sector, unit = match.groups()
    return " ".join(filter(None, ("-".join(area), district, sub))) + f", {sector} " \
        + "-".join(unit)


NUMBER_PAIR = re.compile(r"(?<![\w/.,])(?<!\d )(\d+)/(\d+)(?![\w/-]|[.,]\d)(?!\)?\s+of\b)")
"""Two numbers with a slash left after fractions, pressures and scores: a combined strength
("co-codamol 30/500", "5/325") or a rule ("the 15/15 rule"), read "thirty five hundred";
not "1/5 of", which is a fraction, nor "1 3/8" or "1/1-2011"; "3/4" on its own is "three
quarters". A fraction in brackets before "of", ente's "(10/30) of the price", is one too."""


EQUATED = re.compile(r"=\s?[−-]?$")
"""An equals sign just before two numbers with a slash, which makes them a fraction of an
equation, "over": a physics handout's `v = \\frac{315}{45}` (sweep BJ, printed "v = 315/45")
was said "v equals three hundred fifteen forty-five", read as a strength's pair
(`NUMBER_PAIR`)."""


REACTION_COUNT = re.compile(r" ?[A-Z]")
REACTION = re.compile(r"\b(?:gives|is in equilibrium with)\b")
"""A count of a formula in a chemical equation, said as its arrow is ("gives"), written as a
fraction, "CH₄ + 3/2 O₂ → …" (mhchem's `\\frac{3}{2}O2`, sweep CP, haber-contact line 49):
"3 over 2 O 2", where it was "3 2 O 2", a strength's pair (`NUMBER_PAIR`)."""


POWER = re.compile(r"(?<=[^\W_]|\))([⁻⁺]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
"""A power in superscript left after the units (a formula's "mc²", "10⁻³", an area in
"m²" with no number, a bracket's "(height in m)²"), which the voice read as a number beside
it ("m c two", "ten three"): "squared", "cubed", "to the power of minus 3". (A note's
number after a bracket is gone by now, `words.spoken_words`.)"""
FORMULA_SLASH = re.compile(r"(?<=[^\W_]|\))/(?=\()|(?<=\))/(?=[^\W_]|\()|(?<=\S) / (?=\S)"
                           r"|(?<=[₀-₉])/(?=[^\W\d_])")
"""A slash that divides in a formula, beside its brackets, "weight/(height squared)", or
spaced after an equals sign (`words.spoken_words` made any other spaced slash a comma),
"x = total / count", or after a lowered digit, Newton's "F = G m₁m₂/r²" (sweep CP): said
"slash" by the voice, it is "divided by"."""
ION_CHARGE = re.compile(r"(?<=[A-Za-z)\]])([⁰¹²³⁴⁵⁶⁷⁸⁹]*)([⁺⁻])(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
"""An ion's charge in superscript, "Fe²⁺", "Na⁺", "Cl⁻" (a power's sign comes before its
digits, "10⁻³"): "Fe 2 plus", "Cl minus", as a chemist reads it; the voice said nothing
for it, and "Fe 2+" in bookdown's `Fe^2+^` was "Fe 2 or more"."""
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
NUMBER_POWER = re.compile(r"(?<![\w.,])(\d+)([⁻⁺]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
"""A number raised to a power in superscript, "10⁻³", which the voices of languages whose
numbers are worded here said "diez⁻³", "dix⁻³" (the superscript left to them)."""
RAISED_TO = {"es": "elevado a", "fr": "puissance", "it": "elevato alla", "pt": "elevado a"}


def say_number_power(match: re.Match[str], lang: str) -> str:
    """"10⁻³" as "diez elevado a menos tres", "dix puissance moins trois" (`NUMBER_POWER`)."""
    sign, power = match.group(2), int(match.group(3).translate(SUPERSCRIPT_DIGITS))
    return (f"{cardinal(int(match.group(1)), lang)} {RAISED_TO[lang]} "
            f"{MINUS[lang] + ' ' if sign == '⁻' else ''}{cardinal(power, lang)}")


def say_english_power(match: re.Match[str]) -> str:
    sign, power = match.group(1), match.group(2).translate(SUPERSCRIPT_DIGITS)
    if not sign and power in ("2", "3"):
        return " squared" if power == "2" else " cubed"
    return f" to the power of {'minus ' if sign == '⁻' else ''}{power}"


ENGLISH_MINUTES = re.compile(r"(?<![\w:.,])(\d{1,2}):0([1-9])(?![\d:]|[.,]\d)")
"""A time a few minutes past the hour, "8:05", which the voice said "eight zero five": "8
oh 5". The transcript has every other time as it is said (`words.spoken_words`)."""


ENGLISH_DECADE = re.compile(r"(?<![\w'’])(?P<year>1[1-9][0-9]0|20[0-9]0)s\b"
                            r"|['’](?P<short>[1-9]0)s\b"
                            r"|\b(?P<after>(?:the|their|your|his|her|my|our|early|mid|late)"
                            r"[ -])(?P<age>[2-9]0)s\b"
                            r"|(?:(?<=[2-9]0s and )|(?<=[2-9]0s or )|(?<=[2-9]0s to )"
                            r"|(?<=[2-9]0s, ))"
                            r"(?P<listed>[2-9]0)s\b")
"""A decade or an age, "the 1990s", "the '90s", "in their 60s": "nineteen hundred ninety z"
was said. Two digits alone are a decade only after a word that says so ("for 30s" may be
seconds), or after another in a list: "in their 20s and 30s", "the 1960s and 70s" were
"twenties and 30s" (seconds are said by then, `words._say_seconds`)."""


def say_english_decade(match: re.Match[str]) -> str:
    from num2words import num2words

    year, short, after, age, listed = match.group("year", "short", "after", "age", "listed")
    words = num2words(int(year), to="year") if year else num2words(int(short or age or listed))
    return (after or "") + plural_number(words)


ENGLISH_RATIO = re.compile(r"(?<![\w:.,])(\d{1,2}(?:\.\d)?):(\d)(?![\d:]|[.,]\d)")
"""A ratio, "3:1" or "1:4", which no time is (its minutes have two digits): "three colon
one" was said."""
ENGLISH_GRADIENT = re.compile(r"(?<![\w:.,])1:(\d{1,2})(?![\d:]|[.,]\d)")
GRADIENT_NAMED = re.compile(r"\b(?:gradient|slope|ramp|incline|fall|pitch)s?\b[^.;]{0,40}$", re.I)
"""A slope, "a ramp no steeper than 1:12", an access checklist's: said as a clock's "one
twelve"; it is "1 in 12"."""
GRADIENT_AFTER = re.compile(r"\s(?:gradient|slope|ramp|incline)s?\b", re.I)
"""The slope named after its ratio, "a 1:20 gradient" (the tester's walk, sweep AX,
route/walk.md), which was "1 to 20", where "a gradient of 1:20" was "1 in 20"."""
ENGLISH_AGE_GROUP = re.compile(r"\b(?P<after>(?:[Uu]nder|[Oo]ver|[Aa]ged)[ -])(?P<n>\d{1,3})s\b")
"""An age group, "under 5s", "over-65s": "five z" and "sixty-five z" were said."""

ENGLISH_UNDER_GROUP = re.compile(r"(?<![\w-])U(\d{1,3}s|\d\d|[12]\d{3})\b(?![-/.,]\d)")
"""A team's age group or a section's rating limit with "U" for under, "the U12s", "the U1800
champion": a chess club's results (sweep CM, club-champ-2020) had "you one thousand eight
hundred" and "you twelve z". Said "under-12s" (then `ENGLISH_AGE_GROUP`) and "under-1800".
Not a number of one digit or three with no "s", a band's "U2" or "U235"."""
TEAM_ELEVEN = re.compile(r"(?<=\b\d[snrt][tdh] )XI\b|(?<=\b(?:[Ff]irst|[Tt]hird|[Ff]ifth) )XI\b"
                         r"|(?<=\b[Ss]econd |[Ff]ourth )XI\b")
"""A cricket or hockey club's team, "our 2nd XI": "second Roman eleven"; "second eleven"."""


def say_english_age_group(match: re.Match[str]) -> str:
    from num2words import num2words

    return match.group("after") + plural_number(num2words(int(match.group("n"))))


def plural_number(words: str) -> str:
    """A number's words as a plural noun: sixties, sixes, sixty-fives."""
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


CODE_SECTION = re.compile(r"(?<![\w.,])(\d{3})((?:\([a-zA-Z0-9]\))+)(?![\w(])")
"""A section of the US tax code named for a savings plan or a charity, "401(k)", "403(b)",
"501(c)(3)", which a Spanish US-government page keeps in English: said "cuatrocientos
uno(k)", where Americans say it digit by digit, "four oh one k"; also with its letter in
capitals, as an association's constitution writes it (sweep CF), "a 501(C)(3) nonprofit",
which was "five hundred and one C three"."""


def say_code_section(match: re.Match[str], primary: str) -> str:
    """One digit at a time, in words where num2words has the language (a digit alone before
    the letter was shortened, "cuatro cero un k"); English's zero is "oh"."""
    def digit(d: str) -> str:
        if primary == "en":
            return "oh" if d == "0" else d
        return cardinal(int(d), primary) if primary in NUM2WORDS else d

    return " ".join([*map(digit, match.group(1)),
                     *re.findall(r"[a-z]|\d+", match.group(2).lower())])


COUNTED = {"es": "veces personas pacientes casos habitantes usuarios niños niñas muertes visitas "
                "hogares empleados alumnos estudiantes",
          "fr": "fois personnes patients cas habitants utilisateurs enfants décès visites "
                "élèves étudiants",
          "it": "volte persone pazienti casi abitanti utenti bambini decessi visite studenti",
          "pt": "vezes pessoas pacientes casos habitantes usuários utilizadores crianças mortes "
                "visitas alunos estudantes"}
"""Things counted in whole numbers, which no decimal with three places comes before."""


@functools.cache
def english_thousands(lang: str) -> re.Pattern[str]:
    """Thousands grouped with commas the English way in a language that writes its decimals
    with a comma: two or more groups ("1,234,567", no decimal), or one before a thing
    counted whole ("46,370 veces", in the Carpentries' Spanish shell lesson, which the
    voice said "cuarenta y seis coma trescientos setenta veces")."""
    counted = "|".join(COUNTED.get(lang, "").split()) or "(?!)"
    return re.compile(rf"(?<![\w.,])[1-9]\d{{0,2}}(?:(?:,\d{{3}}){{2,}}(?![\d,])"
                      rf"|,\d{{3}}(?=\s(?:{counted})\b))")


EASTERN_ARABIC_NUMBER = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]+"
                                   r"(?:[\u066b\u066c.,][\u0660-\u0669\u06f0-\u06f9]+)*")
"""A number in the digits Arabic (٠١٢) and Persian and Urdu (۰۱۲) write, with their own
decimal mark (٫) and thousands mark (٬): the Arabic voice read a dose, "ريفوتريل ٠٫٥ ملغ"
(Rivotril 0.5 mg), as "zero five milligrams", and "١٬٥٠٠" as "one, five hundred", where
"0.5" and "1,500" it says as meant."""
WESTERN_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                               "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
                               "\u066b\u066c", "01234567890123456789.,")


BRACKETED_DIGITS = re.compile(r"\s?\(([$£€]?)(\d{1,9})(?:[.,]00)?((?:\s[^\W\d_]+){0,2})\)")
"""A number in brackets, perhaps money or with its unit as said: "(14)", "($50.00)",
"(10 percent)" (a percent sign is said before numbers are)."""
BRACKETED_WORDS = re.compile(r"(?<![\w.,])(\d{1,9})\s?\(([^\W\d_][^()\d]{1,80})\)")
MASCULINE_FORMS = ((re.compile(r"(?:una|ún|un|une|uma)$"), "uno"), (re.compile(r"^um$"), "uno"),
                   (re.compile(r"^duas$"), "dois"), (re.compile(r"entas$"), "entos"))
"""A number word's feminine or shortened form and the form num2words writes ("una" and
"veintiún" are "uno", "veintiuno"; "duas", "duzentas" are "dois", "duzentos")."""


@functools.cache
def number_in_words(n: int, lang: str) -> tuple[str, ...]:
    """`n` in `lang`'s words as num2words writes them, compared as `compared_words` does;
    none where num2words does not know the language."""
    from num2words import num2words

    primary = lang.split("-")[0].lower()
    try:
        return compared_words(num2words(n, lang=NUM2WORDS.get(primary, primary)))
    except (NotImplementedError, KeyError, ValueError, OverflowError):
        return ()


def compared_words(text: str) -> tuple[str, ...]:
    """`text`'s words as number words are compared: in small letters without accents,
    hyphens and "and" ("one hundred and twenty" is "one-hundred twenty"), each in the
    form num2words gives (`MASCULINE_FORMS`)."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower())
                    if not unicodedata.combining(c))
    words = []
    for word in re.split(r"[\s\-‐‑,]+", plain):
        for ending, form in MASCULINE_FORMS:
            word = ending.sub(form, word)
        if word and word not in ("and", "y", "e", "et"):
            words.append(word)
    return tuple(words)


def said_once(text: str, lang: str) -> str:
    """`text` without a number's digits in brackets after its words, or its words in
    brackets after its digits, as contracts and formal letters write it ("within fourteen
    (14) days", "seis (6) comprimidos", "30 (thirty) days", "Fifty Dollars ($50.00)"): a
    reader sees both, a listener needs one ("fourteen fourteen days")."""

    def repeats(words: str, n: int) -> bool:
        said = number_in_words(n, lang)
        return bool(said) and compared_words(words)[-len(said):] == said

    def digits_after_words(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 120):match.start()]
        words = compared_words(" ".join(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", before)))
        unit = compared_words(match[3])  # "ten percent (10 percent)"
        if unit and words[-len(unit):] != unit or not re.search(r"[^\W\d_]$", before):
            return match.group()
        words = words[:len(words) - len(unit) - bool(match[1])]  # "Fifty Dollars ($50.00)"
        return "" if repeats(" ".join(words), int(match[2])) else match.group()

    text = BRACKETED_DIGITS.sub(digits_after_words, text)
    return BRACKETED_WORDS.sub(lambda m: m[1] if repeats(m[2], int(m[1])) and
                               len(compared_words(m[2])) == len(number_in_words(int(m[1]), lang))
                               else m.group(), text)


RATIO = re.compile(r"(?<![\w:.,])1:([1-9]\d{0,2}(?:[  .]\d{3})+|[1-9]\d{2,6}|10|20|50)"
                   r"(?![\d:]|[.,]\d)")
RATIO_WORDS = {"es": "a", "fr": "pour", "it": "a", "pt": "para"}
DILUTION_NAMED = re.compile(r"(?:dilu|désinfect|desinfect|disinfett|cloro|chlore|lejía|javel|"
                            r"candeggina|sanitária)[^.;:!?]{0,40}$", re.I)
"""A dilution, "désinfectant 1:10", "1:100": "un pour dix", where the French voice said "une
heure dix" and "un:cent"; a map's scale, "1:25 000", too. Of two digits only where a
dilution or a disinfectant is named just before: "1:10" is also ten past one ("transporte a
la 1:10")."""
PESOS_NAMED = re.compile(r"\$\s?\d[\d.,]*\s?(?:\(?[^()$\d]{0,20}\bpesos?\b|"
                         r"(?:MXN|ARS|COP|CLP|UYU|DOP|CUP)\b)", re.I)
"""A peso named right after an amount in "$" in Spanish of no region: a Mexican youth prize,
"$10,000.00 (Diez mil pesos)", in a Word file marked Spain's Spanish, was announced "diez
mil dólares"; "$150 MXN" likewise. Not "$200, unos 3400 pesos", a dollar price compared."""


FIRST_ROMAN_ITEM = re.compile(r"^I\.(?=\s+[A-Z][a-z])")
"""An outline's first item in capital Roman numerals, "I. Introductions": the English voice
said "eye", where it says "II." as "roman two"."""


@functools.cache
def australian_postcode_pattern() -> re.Pattern[str]:
    """An Australian postcode after its state (`words.AUSTRALIAN_STATES`, shortened or said,
    and those the voice says as written), ending an address or its line, "Canberra ACT
    2601": said "two thousand six hundred and one"; digit by digit, as Australians read it
    (not a year, "the NSW 2024 budget")."""
    from handout.read.words import AUSTRALIAN_STATES

    states = {*AUSTRALIAN_STATES, *AUSTRALIAN_STATES.values(), "NSW", "VIC", "Vic", "TAS",
              "Tas", "New South Wales", "Victoria", "Tasmania"}
    return re.compile(rf"\b({'|'.join(sorted(states, key=len, reverse=True))}) (\d{{4}})\b"
                      r"(?![.,]\d)(?=\s*(?:[,.;)]|$|(?:Australia|or|and)\b))")


ENGLISH_STREET_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)(?=\s+(?:Street|St\b|Avenue|Ave\b"
                                    r"|Road|Rd\b|Place|Pl\b|Floor|Fl\b))")
"""An American street's ordinal in a page in another language, "159th Street": its number,
as the voice has no English suffix to read ("ciento cincuenta y nueve th Street")."""


@functools.cache
def zip_code_after_its_code() -> re.Pattern[str]:
    """An American ZIP code after its state's code (`words.US_STATES`), in a page in another
    language ("New York, NY 10032" on a food pantry's Spanish page, said "diez mil treinta
    y dos"): digit by digit, as English says it (`zip_code_pattern`)."""
    from handout.read.words import US_STATES

    return re.compile(rf"(?<=\b(?:{'|'.join(US_STATES)}) )\d{{5}}(?:-\d{{4}})?\b")


@functools.cache
def zip_code_pattern() -> re.Pattern[str]:
    """An American ZIP code after its state's name (`words.US_STATES`), "California 92037",
    said digit by digit, as a telephone number is."""
    from handout.read.words import US_STATES

    return re.compile(rf"\b({'|'.join(US_STATES.values())}) (\d{{5}})(?:-(\d{{4}}))?\b")


INTERNATIONAL_NUMBER = re.compile(r"(?<![\d+])\+(\d+(?:[ .-]\d+)*)(?!\d|[.,]\d)")
"""A "+" and the digits of a number dialled from abroad, in groups or not."""
TWO_DIGIT_COUNTRY_CODES = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62"
    " 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split())
"""The countries' calling codes of two digits (ITU-T E.164); 1 and 7 are of one, every other
code of three. No code is the start of another, so the digits after a "+" tell where theirs
ends."""


def country_code(digits: str) -> str:
    """The calling code that `digits`, typed after a "+", open with."""
    if digits[0] in "17":
        return digits[0]
    return digits[:2] if digits[:2] in TWO_DIGIT_COUNTRY_CODES else digits[:3]


def spaced_international(match: re.Match[str]) -> str:
    """A "+" and 8 to 15 digits (E.164's most) as a number dialled from abroad, its country
    code apart from the rest and the "+" apart from a word it is glued to, as the rules for
    telephone numbers read one: a Ukrainian guide to Romania's medical help wrote
    "+4021 9277", "+40724024229", "+40721 304 160" and "з ВІЛ+40 744 682 225", which were
    said "+чотири тисячі двадцять один…", "+чотири тисячі сімдесят два…" and as billions, and
    "+407 247 7221", its code "чотириста сім"."""
    number = match.group(1)
    if not 8 <= len(re.sub(r"\D", "", number)) <= 15:
        return match.group(0)
    first = re.match(r"\d+", number).group(0)
    code = country_code(first)
    if len(first) > len(code):  # the code typed with the digits after it
        number = f"{code} {number[len(code):]}"
    glued = match.start() and match.string[match.start() - 1].isalpha()
    return f"{' ' if glued else ''}+{number}"


PASSWORD_RE = re.compile(r"(?<![^\s\"“‘(])(?![^\s@]*(?:://|www\.|@[\w-]+\.[^\W\d_]))"
                         r"(?=[^\s@]*[^\W\d_]\S*\d|\S*\d[^\s@]*[^\W\d_])"
                         r"(?=\S*[a-z])(?=\S*[A-Z])(?=\S*(?:[@#&*!?^+=]|[$~](?!\d)))"
                         r"(?!\S*\b(?i:ctrl|cmd|alt|shift|command|control|option|win)\+)"
                         r"[^\s\"“”‘’()]{8,}(?<![.,;:])")
"""A password or a code given as an example, a word of eight characters or more with no
space that mixes capitals, small letters, digits and a symbol ("IwmdBa@7h",
"Riviere-Table-22-Lune!"). Not an e-mail or a web address, which are said as such, nor an
amount of money, "($1.1M/year)", whose "$" is before a digit, nor one about so much, an
energy guide's "~27.44p/kWh" (sweep CL, london-true-costs line 15), which was passed to the
voice as written, "tilde twenty-seven…", where "~53.56p/day" was "about 53.56 pence per
day". Nor keys pressed together, a cheat sheet's "Cmd+Shift+4" (sweep CT, D5), which
was kept as written and spelled "C M D plus Shift plus 4"."""
PASSWORD_ASIDE = 0x100000
"""The first of the private-use characters (plane 16) that stand for a password while the
words around it are said (`keeps_passwords`; code's stand in plane 15, `script.CODE_ASIDE`)."""


def keeps_passwords(say: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """`say` (`words.spoken_words`, `say_numbers`) with each password in its text
    (`PASSWORD_RE`) set aside and put back as written: a guide to passwords' examples,
    "**IwmdBa@7h**" and "**Riviere-Table-22-Lune!**", were said "IwmdBa@7 hours" and, in
    French, "JpmcBcm@sept heures" and "Riviere-Table-vingt-deux-Lune!", taken for a time
    and a number (sweep AN, facil-fr-password)."""
    @functools.wraps(say)
    def saying(text: str, lang: str = "en") -> str:
        text, kept = set_aside(PASSWORD_RE, text, PASSWORD_ASIDE)
        return put_back(say(text, lang), kept, PASSWORD_ASIDE)
    return saying


def set_aside(pattern: re.Pattern[str], text: str, first: int,
              group: int = 0) -> tuple[str, list[str]]:
    """`text` with each match of `pattern` (its `group`) standing aside as one private-use
    character, from code point `first` on, while the words around it are said; and what
    stands aside, for `put_back`."""
    kept: list[str] = []

    def aside(found: re.Match[str]) -> str:
        kept.append(found.group(group))
        return chr(first + len(kept) - 1)

    return pattern.sub(aside, text), kept


def asides_of(kept: list[str], first: int) -> str:
    """A character class of the characters standing for `kept` (`set_aside`)."""
    return f"[{chr(first)}-{chr(first + max(len(kept), 1) - 1)}]"


def put_back(said: str, kept: list[str], first: int) -> str:
    """`said` with what stood aside (`set_aside`) back as written."""
    return re.sub(asides_of(kept, first), lambda found: kept[ord(found.group()) - first],
                  said) if kept else said


@keeps_passwords
def say_numbers(text: str, lang: str) -> str:
    """`text` with every number in words, as `lang` says it; for English, telephone numbers
    digit by digit, money number first and fractions in words (its voice says the rest
    well); for other languages, telephone numbers digit by digit (`say_telephones`). A
    number in Arabic or Persian digits is given to the voice in the digits 0 to 9
    (`EASTERN_ARABIC_NUMBER`); an Indian script's are by then (`SAID_ALIKE`)."""
    lang = in_letters(lang, text)
    primary = lang.split("-")[0].lower()
    text = EASTERN_ARABIC_NUMBER.sub(lambda m: m.group(0).translate(WESTERN_DIGITS), text)
    text = INTERNATIONAL_NUMBER.sub(spaced_international, text)
    text = said_once(text, lang)
    text = CODE_SECTION.sub(lambda m: say_code_section(m, primary), text)
    if primary == "en":
        text = FIRST_ROMAN_ITEM.sub("Roman one.", text)
        text = zip_code_pattern().sub(lambda m: f"{m[1]}, {' '.join(m[2])}"
                                      + (f", {' '.join(m[3])}" if m[3] else ""), text)
        text = australian_postcode_pattern().sub(lambda m: f"{m[1]} {' '.join(m[2])}", text)
        text = say_english_fractions(say_english_telephones(UK_POSTCODE.sub(say_postcode, text)))
        text = NUMBER_PAIR.sub(lambda m: ENGLISH_FRACTIONS.get(m[0], f"{m[1]} over {m[2]}"
                                                     if EQUATED.search(m.string, 0, m.start())
                                                     or REACTION_COUNT.match(m.string, m.end())
                                                     and REACTION.search(m.string)
                                                     else f"{m[1]} {m[2]}"), text)
        text = ION_CHARGE.sub(lambda m: f" {m[1].translate(SUPERSCRIPT_DIGITS)} "
                              f"{'plus' if m[2] == '⁺' else 'minus'}".replace("  ", " "), text)
        text = POWER.sub(say_english_power, text)
        text = FORMULA_SLASH.sub(lambda m: " divided by " if "/ " not in m[0] or "=" in
                                 m.string[:m.start()] else m[0], text)
        text = ENGLISH_DECADE.sub(say_english_decade, ENGLISH_MINUTES.sub(r"\1 oh \2", text))
        text = TEAM_ELEVEN.sub("eleven", ENGLISH_UNDER_GROUP.sub(
            lambda m: ("Under-" if not m.string[:m.start()].strip()
                       or m.string[:m.start()].rstrip()[-1] in ".!?" else "under-") + m[1], text))
        text = ENGLISH_AGE_GROUP.sub(say_english_age_group, text)
        text = ENGLISH_RATIO.sub(r"\1 to \2", text)
        text = ENGLISH_GRADIENT.sub(lambda m: f"1 in {m.group(1)}" if GRADIENT_NAMED.search(
            m.string, 0, m.start()) or GRADIENT_AFTER.match(m.string, m.end())
            else m.group(0), text)
        text = ENGLISH_SCALE_WORD.sub(lambda m: " million" if m.group(1) else " billion", text)
        text = ENGLISH_MONEY.sub(say_english_money, CODE_AFTER_AMOUNT.sub(
            lambda m: f"{m[4]} {m[1]}{m[2] or ''}{m[3] or ''}", text))
        text = MONEY_NAMED_TWICE.sub(r"\1", text)
        text = ENGLISH_EVENT_METRES.sub(r"\1 metres", text)
        text = ENGLISH_SCALE_RANGE.sub(lambda m: f"{m[1]} {SCALE_LETTERS[m[2]]} to {m[3]} "
                                       f"{SCALE_LETTERS[m[2]]}", text)
        text = RACE_RANGE.sub(r"\1 to ", text)
        return ENGLISH_SCALE.sub(lambda m: m[0] if RACE_BEFORE.search(
            m.string, max(0, m.start() - 20), m.start()) else f"{m[1]} {SCALE_LETTERS[m[2]]}"
                                 + (f" {PER_TIME[m.group(3)]}" if m.group(3) else ""), text)
    if primary not in NUM2WORDS:
        if primary in BLOOD_PRESSURE_OVER:
            text = BLOOD_PRESSURE.sub(lambda m: say_blood_pressure(m, primary), text)
        return say_own_voice_numbers(text, lang)
    point = decimal_point(lang)
    if point:  # "1,500 pesos" was "uno coma quinientos" in Mexico
        text = POINT_NOTATION.sub(lambda m: m.group(0).translate(SWAPPED_SEPARATORS), text)
    else:
        text = english_thousands(primary).sub(lambda m: m.group(0).replace(",", "."), text)
    if primary in BLOOD_PRESSURE_OVER:
        text = BLOOD_PRESSURE.sub(lambda m: say_blood_pressure(m, primary), text)
    pesos = primary == "es" and (peso_country(lang) or PESOS_NAMED.search(text))
    for pattern, say in _rules(primary, "peso" if pesos else "USD", point):
        text = pattern.sub(say, text)
    text = MILLIONS.sub(lambda m: of_millions(m, primary), text)
    if primary == "pt" and european_portuguese(lang):
        text = EUROPEAN_FORMS.sub(lambda m: EUROPEAN_WORDS[m.group(0)], text)
    return " ".join(text.split())


EUROPEAN_WORDS = {"dezesseis": "dezasseis", "dezessete": "dezassete", "dezenove": "dezanove",
                  "um bilhão": "mil milhões", "bilhão": "mil milhões",
                  "bilhões": "mil milhões"}
"""The numbers Portugal says otherwise than Brazil, whose words num2words gives
(`NUM2WORDS`): 16, 17 and 19, and a thousand millions ("dois bilhões" is "dois mil
milhões")."""
EUROPEAN_FORMS = re.compile(r"\b(?:" + "|".join(EUROPEAN_WORDS) + r")\b")


def european_portuguese(lang: str) -> bool:
    """Whether `lang` is Portuguese as Portugal writes it: a region other than Brazil
    ("pt-PT", "pt-AO", "pt-MZ"), as CLDR's locales for them follow Portugal's. A tag with
    no region is Brazil's, as CLDR's "pt" is."""
    from handout.language import babel_locale

    locale = babel_locale(lang)
    return bool(locale and locale.territory and locale.territory != "BR")


# --- Saying one number --------------------------------------------------------------------


MILLIONS_AND_BELOW = re.compile(r"(.*\b(?:millón|millones|billón|billones|milhão|milhões"
                                r"|bilhão|bilhões)\b|)(.*)")
"""A Spanish or Portuguese number's millions, which are masculine whatever they count
("doscientos millones de personas"), and what is below them, which agrees with the noun:
"1 500 000 personas" is "un millón quinientas mil", "1 500 000 pessoas" "um milhão e
quinhentas mil", where Portuguese said "uma milhão" (sweep BO)."""


def cardinal(n: int, lang: str, feminine: bool = False, before_noun: bool = False) -> str:
    """`n` in words, agreeing with a feminine noun, or shortened before a masculine one
    ("un comprimido", "veintiún días", "un giorno")."""
    from num2words import num2words

    # Without the comma num2words writes for Brazil, "mil, novecentos e noventa", which the
    # voice paused at mid-number; Brazil writes none.
    words = num2words(n, lang=NUM2WORDS[lang]).replace(",", "")
    if lang == "it":
        words = words.replace("dicott", "diciott")  # num2words' issue 552: "centodicotto"
    if lang == "es":
        # num2words says "veintiuno mil"; Spanish says "veintiún mil", "treinta y un mil".
        words = re.sub(r"uno mil\b", r"ún mil", words).replace("y ún mil", "y un mil")
        if feminine:
            millions, below = MILLIONS_AND_BELOW.match(words).groups()
            below = re.sub(r"ientos\b", "ientas", re.sub(r"uno\b", "una", below))
            words = millions + below
        elif before_noun:
            words = re.sub(r"veintiuno$", "veintiún", words)
            words = re.sub(r"\buno$", "un", words)
    elif lang == "pt" and feminine:
        millions, below = MILLIONS_AND_BELOW.match(words).groups()
        below = re.sub(r"\bdois\b", "duas", re.sub(r"\bum\b", "uma", below))
        words = millions + re.sub(r"entos\b", "entas", below)
    elif lang == "it" and n == 1:
        words = "una" if feminine else "un" if before_noun else words
    elif lang == "fr" and feminine:
        words = re.sub(r"\bun$", "une", words)
    return words


def ordinal(n: int, lang: str, feminine: bool = False, short: bool = False) -> str:
    """The `n`th in words: "segunda", "deuxième", "primer" (`short`, Spanish before a noun)."""
    from num2words import num2words

    words = num2words(n, lang=NUM2WORDS[lang], to="ordinal")
    if lang == "it":
        words = words.replace("dicott", "diciott")  # "centodicottesimo", as `cardinal` says
    if lang == "fr":
        return "première" if n == 1 and feminine else words
    if feminine:  # "vigésimo primero" -> "vigésima primera", "secondo" -> "seconda"
        return " ".join(word[:-1] + "a" if word.endswith("o") else word
                        for word in words.split())
    if lang == "es" and short:
        words = re.sub(r"(primer|tercer)o$", r"\1", words)
    return words


def decimal(whole: str, fraction: str, lang: str, point: bool = False) -> str:
    """"1,5" as "uno coma cinco", "0,05" as "cero coma cero cinco"; "3.25" as "tres punto
    veinticinco" where the region writes a `point` (and its language says so). More than
    three decimals are said digit by digit: a latitude, "42.6589177", was "quarantadue
    virgola sei milioni e cinquecentottantanovemila..." (pcm-dpc's data dictionary)."""
    mark = DECIMAL_POINT.get(lang, DECIMAL[lang]) if point else DECIMAL[lang]
    if len(fraction) > 3:
        return " ".join([cardinal(int(whole), lang), mark,
                         *(cardinal(int(digit), lang) for digit in fraction)])
    zeros = len(fraction) - len(fraction.lstrip("0"))
    rest = fraction.lstrip("0")
    said = [cardinal(int(whole), lang), mark] + [cardinal(0, lang)] * zeros
    if rest:
        said.append(cardinal(int(rest), lang))
    return " ".join(said)


# --- Which number, and the noun it counts ------------------------------------------------


def is_feminine(word: str, lang: str) -> bool:
    word = word.lower()
    known = _unit_genders(lang).get(word)
    if known is not None:
        return known
    if word in FEMININE[lang].split():
        return True
    if word in MASCULINE[lang].split():
        return False
    return word.endswith(FEMININE_ENDINGS[lang])


@functools.cache
def _unit_genders(lang: str) -> dict[str, bool]:
    """Every word of the language's unit table, feminine or not ("horas": True)."""
    from handout.read.words import SAYINGS

    genders = {}
    for forms in SAYINGS[lang].units.values():
        for form in forms[:2]:
            genders[form.split()[0].lower()] = forms[2:] == ("f",)
    for money, cents in MONEY[lang].values():
        for forms in (money, cents):
            for form in forms[:2]:
                genders[form] = forms[2:] == ("f",)
    return genders


_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*|\d+(?:[.,]\d+)*|[-–])")


def counted_noun(text: str, end: int, lang: str) -> tuple[str | None, bool]:
    """The noun the number ending at `end` counts, and whether it comes straight after it:
    the next word, past other numbers and the words joining them ("1 o 2 pastillas"), or
    None if a function word or a punctuation mark comes first, or a capital: a number
    before a name labels it ("UBS 1 Asa Norte" was "UBS uma Asa Norte")."""
    joining = {"o", "u", "y", "e", "ou", "et", "a", "à"}
    at, adjectives = end, 0
    for step in range(5):
        match = _WORD.match(text, at)
        if match is None:
            return None, False
        word = match.group(1)
        at = match.end()
        if word[0].isdigit() or word in "-–" or word.lower() in joining:
            continue
        if word.lower() in BEFORE_THE_NOUN:  # "1 seule dose", "un solo comprimido"
            adjectives += 1
            continue
        if word.lower() in FUNCTION_WORDS[lang].split() or word.lower() in ("barra", "barre"):
            return None, False  # and the slash, "Ley 51 barra 2003": no "cincuenta y una"
        if word[0].isupper():  # a name the number labels: "UBS 1 Asa Norte", "GRUPO 1 Cereales"
            return None, False
        return word, step == adjectives
    return None, False


BEFORE_THE_NOUN = frozenset(
    "seul seule seuls seules premier première dernier dernière nouveau nouvelle petit petite "
    "grand grande bon bonne solo sola único única primer primera último última nuevo nueva "
    "pequeño pequeña buen buena só primeiro primeira novo nova pequeno pequena boa unico "
    "unica primo prima nuovo nuova piccolo piccola buono buona".split())
"""Adjectives that come between a number and its noun in French, Spanish, Portuguese and
Italian, which agrees with the noun past them: "1 seule dose" was "un seule dose"."""


def _agreeing(lang: str, text: str, end: int) -> tuple[bool, bool]:
    """Whether the number ending at `end` is feminine, and whether its noun follows it at
    once (Spanish says "un comprimido" but "uno o dos comprimidos")."""
    noun, next_to_it = counted_noun(text, end, lang)
    return (noun is not None and is_feminine(noun, lang)), next_to_it


# --- The rules, in the order they apply -----------------------------------------------------


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


SECTION_NUMBER = re.compile(r"(?<![\d.,])(?!0\d)\d{1,3}(?:\.\d{1,3}){2,}(?![\d]|[.,]\d)")
"""A section's number, "1.1.1", which was read as a decimal ("un virgule un.1"): its parts
with the language's "point"; not thousands grouped with points ("1.000.000"), nor a
telephone number's groups, which start with a zero ("01.23.45.67.89", as France writes
them, was "un point vingt-trois point...")."""
SECTION_POINT = {"es": "punto", "fr": "point", "it": "punto", "pt": "ponto"}
VERSION_NUMBER = re.compile(
    r"(?<![\w-])((?:[Vv]ersi(?:on|ón|one|ão|ao|oni|ones|ons|ões)|WCAG|HTML|CSS|EPUB|CC[ -]BY"
    r"(?:-(?:SA|NC|ND))*|Python|Android|iOS|Bluetooth|Windows|macOS|Web|Apache|[AL]?GPL"
    r"|MPL|EUPL|OGL|ODbL)\s?)"
    r"(\d+(?:\.\d+)+)(?![\d]|[.,]\d)")
"""A version's number after its name, "WCAG 2.1", "CC BY 4.0", "versión 1.5", written with
a point where the language's decimal mark is a comma: it was said as a decimal, "WCAG deux
virgule un" (the Canadian Digital Service's accessibility guide), "CC BY quatre virgule
zéro" (the CNCF glossary), and in Italian as a time, "Python tre e undici". Said with the
language's "point", as a version is: "deux point un". A licence's too: "Apache 2.0" was
"deux virgule zéro" in French (the Open Source Guides)."""


HEADING_NUMBER = re.compile(r"^(\d{1,2}\.\d{1,2})\.?(?=\s*[-–—]?\s+[A-ZÀ-ÖØ-Þ])")
"""A section's number of two parts opening its heading or its line, "1.1 Dados do projeto",
"2.1 – O contrato" (of three or more, `SECTION_NUMBER`), said as a version is: it was a
decimal, "um vírgula um"."""
CLAUSE_NUMBER = re.compile(
    r"(?<![\w-])((?:cl[aá]usulas?|art[ií]culos?|artigos?|articles?|articoli|articolo|art\.|"
    r"items?|ítems?|incisos?|apartados?|al[ií]neas?|párrafos?|paragraphes?|sec[cç][aã]o|"
    r"seção|secci[oó]n|sections?|sezione|cap[ií]tulos?|chapitres?|capitolo|§)\s?)"
    r"(\d{1,3}\.\d{1,3})(?![\d]|[.,]\d)", re.IGNORECASE)
"""A clause's number of two parts after the word that names it, "cláusula 2.8", "article
4.2": a decimal, "dois vírgula oito", a hundred and twenty times in a competition's rules."""


POSTCODE = re.compile(r"(?<![\w.,])(?:\d{5}|\d{4}-\d{3})"
                      r"(?=\s+(?!(?:EUR|USD|GBP|CHF|CAD|MXN|ARS|BRL|COP|CLP|PEN|UYU)\b)"
                      r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]|[A-ZÀ-ÖØ-Þ]{2})"
                      r"|(?<=, \d{5}),\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]"
                      r"|(?:(?<=^\d{5})|(?<=, \d{5}))\s[-–]\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+"
                      r"(?:\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*(?:[.,;]|$)"
                      r"|(?<=\bCAP \d{5})\b)"
                      r"|(?:(?<=\bCP )|(?<=\bPostal ))\d{4}-\d{3}(?![\w-])"
                      r"|(?:(?<=\bCEP )|(?<=\bCEP: ))\d{5}-\d{3}(?![\w-])")
"""A postcode of five digits before its town, "20121 Milano", "28001 Madrid", "75001 Paris"
(its town in capitals too, "14000 CAEN", which was "quatorze mille" where "14000 Caen" on
the same leaflet was said digit by digit; also with a comma between them after the
street, "Mayor 5, 13005, Ciudad Real", or a dash opening its line or after the street,
"13005 - Ciudad Real", a clinic's, or
after Italy's "CAP"), said digit by digit: it was a number, "ventimilacentoventuno
Milano". A count of five digits is written with its thousands apart ("20.121 persone").
Brazil's after "CEP", "26535-670", was "dois seis cinco três cinco, seiscentos e setenta".
Portugal's, "1100-053 Lisboa" (or after "Código Postal", "CP"), was "mil e cem-zero
cinquenta e três": its two parts digit by digit, with a pause between."""


FORM_AND_CODE = re.compile(r"\b(tasa|taxa|modelo|modello|modulo|impreso|formulario|código"
                           r"|codigo|codice|numero verde|número verde|llame al|chiama il"
                           r"|ligue para o|ligue o|ligue) ([1-9]\d{0,2}|\d{3}) (\d{3})"
                           r"(?![\w\u00a0\u202f]|[.,]\d| \d)", re.IGNORECASE)
"""A number in two groups that a word before it says is no amount, a form's and the code
after it, or a telephone's: Spain's fee "Tasa 790 012" (sweep BO, es-regreso lines 38, 52
and 61), the fee form 790 with its code 012, was "setecientos noventa doce", and would be
790012 as thousands grouped with spaces (`SPACED_THOUSANDS`), as Italy's short free line
"numero verde 803 116" would be "ottocentotremilacentosedici"."""


def say_form_and_code(match: re.Match[str], lang: str) -> str:
    """A form's number and its code (`FORM_AND_CODE`), or a telephone number, group by
    group, as a telephone number's: "setecientos noventa, cero doce"; Spain's form 790
    names the code it is paid with: "setecientos noventa, código cero doce"."""
    word, form, code = match[1], say_telephone(None, match[2], lang), \
        say_telephone(None, match[3], lang)
    if lang == "es" and match[2] == "790" and word.lower() in ("tasa", "modelo"):
        return f"{word} {form}, código {code}"
    return f"{word} {form}, {code}"


CODE_WITH_ZEROS = re.compile(r"(?:(?<=\bcodice )|(?<=\bcódigo )|(?<=\bcode )|(?<=\bcodigo )"
                             r")0\d(?!\w|[.,]\d)", re.IGNORECASE)
"""A code of two digits with a leading zero after the word "code": pcm-dpc/COVID-19's
"con il codice 04 del Trentino Alto Adige" was "codice quattro", the zero lost, where a
longer code ("067") was said digit by digit as a telephone number is."""


NOT_A_RACE_OR_SCREEN = (r"(?!\w|\s(?:run|race|walk|course|route|app|distances?|TV|screen|video"
                        r"|display|monitor)\b)")
RACE_BEFORE = re.compile(r"(?:\b(?:run|runs|ran|running|jog|jogged|jogging|race|raced|racing"
                         r"|finished|completed)\s(?:the\s|an?\s)?|\bto-)$", re.I)
RACE_RANGE = re.compile(r"(?<![\w.,-])(\d+)[-–](?=\d+k\s(?:run|race|walk|course|route|app"
                        r"|distances?)\b)")
"""A race's distance in kilometres written "k", which the voice says "five K" as runners do,
before a race's word or after a runner's: a parkrun post (sweep CM) had "walk the 5k
course", "I had actually run 5k", "running 5-10k distances" and "a couch-to-5k app" said
"5 thousand", "5-10 thousand distances" (`RACE_RANGE`: now "5 to 10k")."""
ENGLISH_SCALE = re.compile(r"(?<![\w.,$£€])(\d+(?:\.\d+)?)([KM]|k(?=\s))"
                           + NOT_A_RACE_OR_SCREEN +
                           r"(?:/(hour|hr|day|week|wk|month|year|yr)\b)?")
"""A count shortened with "K" or "M", "over 1M people", "we raised 50K", "10k steps",
"1M/year": said "one em people", "fifty kay"; not a race ("a 5K run") nor a screen ("4K
TV"), nor money, which `say_english_money` says."""
ENGLISH_EVENT_METRES = re.compile(r"(?<![\w.,$£€])(\d+)M(?=\s(?:[Ff]reestyle|[Bb]ackstroke"
                                  r"|[Bb]reaststroke|[Bb]utterfly|IM|[Ii]ndividual [Mm]edley"
                                  r"|[Mm]edley|[Hh]urdles|[Rr]elay|[Ss]print|[Ss]teeplechase)\b)")
"""Metres written "M" in a race's name, before its stroke or kind of race: a masters swimming
report's "100M Backstroke" (sweep CM, riccione-2012) was "100 million Backstroke", where the
next row's "50m Backstroke" was "50 metres"."""
ENGLISH_SCALE_RANGE = re.compile(r"(?<![\w.,$£€])(\d+(?:\.\d+)?)([kKM])\s?[-–]\s?"
                                 r"(\d+(?:\.\d+)?)\2(?!-)" + NOT_A_RACE_OR_SCREEN)
"""A range of counts shortened with "k" or "M" at both ends, "5k-10k attendees" (a club's
call for speakers): "5 thousand to 10 thousand", where the first was left as written,
"5k-10 thousand", since "k" is a count's only before a space (`ENGLISH_SCALE`)."""
CODE_AFTER_AMOUNT = re.compile(r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})+|\d+)(\.\d\d(?!\d))?"
                               r"(\s(?:million|billion))?"
                               r"\s?(EUR|USD|GBP|CHF|CAD|AUD|NZD|INR|KES|BDT|JPY|円)(?!\w)")
"""An amount followed by its currency's code, "300 EUR", "1,500.00 USD": said as one with the
code before it ("EUR 300"), where the voice said "three hundred yur"."""
ENGLISH_SCALE_WORD = re.compile(r"(?<=\d)\s?(?:([Mm]io|[Mm]ln)|[Bb]ln)\b(?:\.(?!\s*$))?")
"""Millions and billions shortened as Europe writes them in English, "EUR 70 mio", "4 mln
people", "1.2 bln": said "mee-oh", "M L N"."""
THOUSANDS_OR_MILLIONS = re.compile(r"(?<![\w.,])(\d+)(?:,(\d+))?([kM])(?!\w)")
"""A number shortened with "k" for thousands or "M" for millions, as data notes write
them: dssg-pt's "proporcional a 100k habitantes" was "cem k habitantes", and "1,4M é mais
que 1,3M" "um vírgula quatro M"."""
MILLION_WORDS = {"es": ("millón", "millones"), "fr": ("million", "millions"),
                 "it": ("milione", "milioni"), "pt": ("milhão", "milhões")}
THOUSAND_WORD = {"es": "mil", "fr": "mille", "it": "mila", "pt": "mil"}


def say_shortened_amount(match: re.Match[str], lang: str) -> str:
    """"100k" as "cem mil", "1,4M" as "um vírgula quatro milhões", "2M" "dois milhões"."""
    return shortened_amount(*match.groups(), lang)


OF_MILLIONS = {"es": "de ", "fr": "de ", "it": "di ", "pt": "de "}


def say_shortened_money(match: re.Match[str], lang: str, dollar: str) -> str:
    """Thousands or millions of money, as budgets write them, "5k€", "€5k", "2M€", "5 k€":
    "cinq mille euros", "deux millions d'euros", where "5k€" was "cinq mille€" and "€5k"
    "cinq eurosk". A million's money takes "de" ("d'" before a vowel in French). A capital
    "K" is thousands too, "97K EUR", which was "quatre-vingt-dix-sept K" (sweep BG)."""
    sign_before, whole, fraction, mark, sign_after = match.groups()
    mark = mark.replace("K", "k")
    sign = sign_before or sign_after
    (_, many, *_), _ = MONEY[lang][dollar if sign == "$" else CURRENCIES[sign]]
    of = OF_MILLIONS[lang] if mark == "M" else ""
    if of == "de " and lang == "fr" and many[0] in "aeiouéh":
        of = "d'"
    return f"{shortened_amount(whole, fraction, mark, lang)} {of}{many}"


def shortened_amount(whole: str, fraction: str | None, mark: str, lang: str) -> str:
    """`whole` (and `fraction`) thousands (`mark` "k") or millions ("M") in words."""
    if mark == "k" and not fraction:
        return cardinal(int(whole) * 1000, lang)
    said = decimal(whole, fraction, lang) if fraction else \
        cardinal(int(whole), lang, before_noun=mark == "M")  # "un milione"
    if mark == "k":
        return f"{said} {THOUSAND_WORD[lang]}"
    one, many = MILLION_WORDS[lang]
    return f"{said} {one if whole == '1' and not fraction else many}"


DATE_IN_CODE = re.compile(r"(?<![\w.,+-])(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])-"
                          r"(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2])"
                          r" (?:19|20)\d\d)(?![\w-]| \d)")
"""A date as code keeps it (`script._code_words`: prose's dates are said as dates before
this), year first, "2021-02-16", or last, "16 02 2021", its slashes made spaces:
covid19pt-data's `publicado a `2021-02-16`` and `Relatório de Vacinação nº 1 (27/12/2020
a 14/02/2021)` were said as telephone numbers, "dois zero dois um, zero dois, dezasseis".
Said as its numbers (`say_date_in_code`)."""


def say_version(number: str, lang: str) -> str:
    """A version's number (`VERSION_NUMBER`), its parts joined by the language's "point",
    each a number of its own that agrees with nothing, a leading zero said: "dos punto uno",
    "deux point zéro un"."""
    return f" {SECTION_POINT[lang]} ".join(
        " ".join(cardinal(int(digit), lang) for digit in part) if part[0] == "0"
        and len(part) > 1 else cardinal(int(part), lang) for part in number.split("."))


def say_date_in_code(match: re.Match[str], lang: str) -> str:
    """A date in code (`DATE_IN_CODE`), each of its numbers in words and its leading zero
    said, a pause between them: "dois mil e vinte e um, zero dois, dezasseis"."""
    return ", ".join(("" if part[0] != "0" else f"{cardinal(0, lang)} ")
                     + cardinal(int(part), lang) for part in re.split(r"[ -]", match.group(0)))


AREA_CODE_FIRST = r"|\((?:0\d-)?\d{2,3}\) ?(?:\d{3,4}-(?:\d{4}|\d\d-\d\d)|\d{7,8}(?![.,]\d))"
"""A telephone number with its area code in brackets, as the United States and Mexico
write it in Spanish ("Llame al (501) 661-2336", "(55) 1234-5678"): its number was read
as an amount ("ciento veintitrés-cuatro mil quinientos sesenta y siete"). Mexico may put
its long-distance prefix in the brackets and write the number in pairs, "(01-461)
614-51-64", whose "01" was "uno"; or write its seven or eight digits unbroken, "(661)
6149607" (Tijuana's treasury), which was "seis millones ciento cuarenta y nueve mil…"."""
EXTENSIONS = re.compile(r"(?<=\d{4})(,?\s+(?:[Ee]xt\.?|[Ee]xts\.|[Ee]xtensi(?:ón|ones))"
                        r"\s?:?\s?)(\d{1,5}(?:(?:,\s?|\s+[yo]\s+)\d{1,5}(?!\d))*)"
                        r"(?![\w.,]\d|\w)")
"""Extensions after a telephone number, "(661) 6149607 extensiones 1029, 1030 y 2057",
"973-7000 ext. 1029", as Mexican offices give them: dialled digit by digit, as the number
before them is; they were "mil veintinueve, mil treinta y dos mil cincuenta y siete"."""


VANITY = r"1-\d{3}-(?=[A-Z\d]*[A-Z])[A-Z\d]{3,8}(?:-[A-Z\d]{3,8})?"
"""An American toll-free number with letters for its digits, as the United States' Spanish
pages keep it: USAGov's "1-844-USAGOV1", the CDC's "1-800-CDC-INFO", the FDA's
"1-800-FDA-1088"; it was read as amounts joined by hyphens ("uno-ochocientos cuarenta y
cuatro-USAGOV uno")."""


ITALIAN_FIRST = r"3\d{2}[ .-]\d{6,7}(?![ .-]\d)|80[03][ .-]\d{6}(?![ .-]\d)|"
"""An Italian mobile number, "335 1234567", and a free or shared-cost line, "800 123456",
which were read as amounts ("trecentotrentacinque un milione e duecento..."). (A number
with an area code, "06 1234567", is any language's: its "06" was "sei".)"""
TOLL_FREE_FIRST = r"0\d{4}-\d{3}-\d{4}|01 -\d{3}(?:-\d{2,4}){2,}|" + VANITY + "|"
"""Mexico's long-distance toll-free prefix written as one group, "01800-710-4666" (the
ISSSTE's line): its last four digits were read as an amount ("setecientos diez-cuatro mil
seiscientos sesenta y seis"); or its "01" set apart with a space, "01 -800-20-00-128",
which was "uno" and then the rest."""


PESO_COUNTRIES = frozenset("AR CL CO CU DO MX PH UY".split())
"""Where "$" is the peso: a Mexican or Argentine leaflet's "$1.500" was "mil quinientos
dólares". Without a region, as in the United States' Spanish, it stays the dollar."""


def peso_country(lang: str) -> bool:
    from handout.language import babel_locale

    locale = babel_locale(lang)
    return bool(locale and locale.territory in PESO_COUNTRIES)


SWAPPED_SEPARATORS = str.maketrans(",.", ".,")
POINT_NOTATION = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)"
                            r"(?!\w|[.,]\d)")
"""A number as Mexico, Central America, Peru and the United States write Spanish,
thousands with commas and decimals after a point ("1,500", "2.75"); not a section's
number ("3.2.1") nor a telephone number's groups ("55.1234.5678")."""


EMERGENCY_NUMBER = {"es": re.compile(
    r"(?<![\w.,$€£])911(?![\w,]|\.\d|\s+(?!(?:o|y|si|para|en|desde|cuando|de|ahora|"
    r"inmediatamente|enseguida)\b)[a-záéíóúñ])"), "fr": re.compile(
    r"(?<![\w.,$€£])[2-9]11(?![\w,]|\.\d|\s+(?!(?:ou|et|si|pour|en|au|de|dès|quand|"
    r"maintenant)\b)[a-zà-ÿ])")}
"""The emergency number Spanish reads digit by digit, as it is dialled: "Llame al 911" was
"novecientos once" ("nueve uno uno"; Spain's 112 is "ciento doce", as Spain says it); not a
count of things ("911 casos"). And Québec's service numbers, "Info-Santé 811", "le 911",
"huit-un-un" as Québec says them, where they were "huit cent onze"."""


FRENCH_SHORT_NUMBER = re.compile(
    r"(?:(?<=\ble )|(?<=\bau )|(?<=\bdu )|(?<=numéro )|(?<=composez )|(?<=appelez )"
    r"|(?<=composer )|(?<=appeler ))3\d{3}(?!\w|[.,]\d)"
    r"|(?<=: )3\d{3}(?=\s*(?:$|[),;.](?!\d)|(?:et|ou)\b))", re.IGNORECASE)
"""France's four-digit service numbers, "le 3919" (violences femmes info), "le 3114"
(suicide prevention), "le 3624" (SOS Médecins): said in pairs, "trente-neuf dix-neuf", as
they are advertised and dialled, where they were "trois mille neuf cent dix-neuf"; so
after a colon, alone, as a list of lines gives them ("Pour la prévention du suicide :
3114 et en anglais…"), not before what it counts ("Population : 3200 habitants")."""


@functools.cache
def _rules(lang: str, dollar: str = "USD", point: bool = False) -> list[Rule]:
    """The rules of `lang`, where a bare "$" is the currency `dollar` names, and a decimal
    was written with a `point` (`decimal_point`)."""
    from handout.language import calendar_names

    months = "|".join(calendar_names(lang).month_names)
    thousands = r"[ \u00a0\u202f.]"  # "1 500 000", "1.500.000"
    amount = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
    # Money written the English way, "€50,000", "€3,005.06": no cents have three digits.
    money = rf"{ENGLISH_GROUPED}(?!\d|[.,]\d)|{amount}"
    symbols = "|".join(re.escape(s) for s in sorted(CURRENCIES, key=len, reverse=True))
    named = {name: code for code, ((one, many, *_), _) in MONEY[lang].items()
             if not (lang == "fr" and code == "GBP")  # "2,50 livres" may be a weight
             for name in (one, many)}
    names = "|".join(sorted(named, key=len, reverse=True))
    cents_amount = rf"\d{{1,3}}(?:{thousands}\d{{3}})+,\d\d|\d+[.,]\d\d"
    hour = r"([01]?\d|2[0-3])"
    between = r"h|:|\s?h\s?" + (r"|\." if lang == "it" else "")  # 8h30, 8:30, 8.30
    after = r"(?:\s?(?:h|horas?|heures?|ore|ora)\b)?"  # "a las 8:30 h"

    def one_by_one(digits: re.Match[str]) -> str:
        return " ".join(cardinal(int(digit), lang) for digit in digits.group(0))

    def groups_one_by_one(code: re.Match[str]) -> str:  # "13005", "26535-670"
        return ", ".join(" ".join(cardinal(int(digit), lang) for digit in part)
                         for part in code.group(0).split("-"))

    rules: list[Rule] = [
        (VERSION_NUMBER, lambda m: m.group(1) + say_version(m.group(2), lang)),
        (HEADING_NUMBER, lambda m: say_version(m.group(1), lang)),
        (CLAUSE_NUMBER, lambda m: m.group(1) + say_version(m.group(2), lang)),
        (RATIO, lambda m: f"{cardinal(1, lang)} {RATIO_WORDS[lang]} "
                          f"{re.sub(r'[  .]', '', m.group(1))}"
         if len(m.group(1).replace(" ", "")) > 2
         or DILUTION_NAMED.search(m.string, 0, m.start())
         else m.group()),
        (SECTION_NUMBER, lambda m: m.group(0) if all(
            len(part) == 3 for part in m.group(0).split(".")[1:])
            else f" {SECTION_POINT[lang]} ".join(m.group(0).split("."))),
        # A sign before money, "-5 €", "-€5", "R$ -5,00": the amount is said in words, which
        # the voice says no minus before ("-cinq euros"), so a credit sounded like a charge.
        (re.compile(rf"(?<![\w.,])[-−](?=\s?(?:{symbols})\s?\d"
                    rf"|(?:{money})\s?(?:{symbols})(?![\w$]))"),
         lambda m: MINUS[lang] + " "),
        (re.compile(rf"(?<![\w$])({symbols})\s?[-−](?=\d)"), lambda m: f"{MINUS[lang]} {m[1]} "),
        (re.compile(rf"(?<![\w$.,])(?:({symbols})(?=\d+(?:,\d+)?[kKM](?![\w$]))"
                    rf"|(?=\d+(?:,\d+)?\s?[kKM]\s?(?:{symbols})(?![\w$])))(\d+)(?:,(\d+))?"
                    rf"\s?([kKM])(?:\s?({symbols}))?(?![\w$])"),
         lambda m: say_shortened_money(m, lang, dollar)),
        (re.compile(rf"(?<![\w$])({symbols})\s?({money})(?:\s({names})\b)?"),
         lambda m: say_money_named_once(m, dollar if m[1] == "$" else CURRENCIES[m[1]], named,
                                        lang)),
        (re.compile(rf"(?<![\w.,])({money})\s?({symbols})(?![\w$])"),
         lambda m: say_money(m.group(1), dollar if m.group(2) == "$" else CURRENCIES[m.group(2)],
                             lang)),
        # Money with its name written, "36,15 euro", "3,25 euros", "3.25 pesos": units and
        # cents, as with the sign ("€ 36,15"); it was "trentasei virgola quindici euro".
        (re.compile(rf"(?<![\w.,])({cents_amount})(?![\d]|[.,]\d)\s({names})\b"),
         lambda m: say_money(m.group(1), named[m.group(2)], lang)),
        (re.compile(rf"(?<![\w:.,]){hour}:([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)"),
         lambda m: say_time(int(m.group(1)), int(m.group(2)), lang, int(m.group(3)))),
        (re.compile(rf"(?<![\w:.,]){hour}(?:{between})([0-5]\d)(?![\d:]|\.\d){after}"),
         lambda m: say_time(int(m.group(1)), int(m.group(2)), lang)),
        # Opening hours with a decimal point or comma: "de 8.30 a 13.00 h", "dalle 8,30
        # alle 13,00", "às 8.30": a time where a word for hours or a time's preposition
        # says it is one, else a decimal ("ocho coma treinta").
        (re.compile(rf"(?<![\w:.,]){hour}[.,]([0-5]\d)(?:(?=\s?[–-]\s?\d{{1,2}}[.,]\d\d\s?"
                    rf"(?:h|hs|horas?|ore)\b|\s+(?:a|alle|às|as|y|e)\s+\d{{1,2}}[.,]\d\d)"
                    rf"|\s?(?:h|hs|horas?|ore)\b)"),
         lambda m: say_time(int(m.group(1)), int(m.group(2)), lang)),
        (re.compile(rf"\b(las|ore|das|dalle|desde|hasta|alle|às)\s+{hour}[.,]([0-5]\d)"
                    rf"(?!\d|[.,]\d)"),
         lambda m: f"{m.group(1)} {say_time(int(m.group(2)), int(m.group(3)), lang)}"),
        (re.compile(r"\b(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))(er|ère|re|ème|e)\b"
                    if lang == "fr" else "(?!)"),
         lambda m: say_roman_ordinal(m, lang)),
        (re.compile(r"(?<![\w.])(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))(?=\s+([A-ZÁÉÍÓÚ]\w+))"
                    if lang in ("es", "pt") else "(?!)"),
         lambda m: say_roman_before_name(m, lang)),
        # "2de" is French's "seconde", and "1ere", "3eme", "2ieme" its ordinals typed without
        # accents ("un ere", espeak-ng's English "ere"); "la 1ra. dosis" loses the stop the
        # voice paused at
        (re.compile(r"(?<![\w.,])(\d+)(er|ère|ere|re|i?ème|i?eme|e|nde|nd|de)(?!\w)"
                    if lang == "fr"
                    else r"(?<![\w.,])(\d+)\.?(º|ª|er|°(?=\s+[^\W\d_]{3,})"
                    r"|(?<=\d)[rdtvnm][oa](?=\s+[^\W\d_]{3,}|[,;.]))(?!\w)"
                    r"(?:\.(?=\s+[a-záéíóúñàèìòùç]))?"),
         lambda m: say_ordinal(m, lang)),
        # The first of the month is "premier", "primo", "primeiro" (Spanish says "uno").
        (re.compile(rf"(?<![\w.,])1(?=\s+(?:de\s+)?(?:{months})\b)", re.IGNORECASE),
         lambda m: cardinal(1, lang) if lang == "es" else ordinal(1, lang)),
        # A date's year counts nothing: "17 de março de 2021 incluia" was "duas mil e vinte
        # e uma", agreeing with the verb after it (dssg-pt's COVID-19 data README).
        (re.compile(rf"\b((?:{months})\s+(?:(?:de|del)\s+)?)(\d{{4}})(?![\w.,]\d|\w)",
                    re.IGNORECASE),
         lambda m: m.group(1) + cardinal(int(m.group(2)), lang)),
        (FORM_AND_CODE, lambda m: say_form_and_code(m, lang)),
        (POSTCODE, groups_one_by_one),
        (zip_code_after_its_code(), groups_one_by_one),
        (ENGLISH_STREET_ORDINAL, lambda m: m.group(1)),
        (CODE_WITH_ZEROS, one_by_one),
        (THOUSANDS_OR_MILLIONS, lambda m: say_shortened_amount(m, lang)),
        (DATE_IN_CODE, lambda m: say_date_in_code(m, lang)),
        (EXTENSIONS if lang == "es" else re.compile("(?!)"),
         lambda m: m[1] + re.sub(r"\d+", one_by_one, m[2])),
        (re.compile(r"(?<![\w.,])(\+\d{1,3}[ .]?)?("
                    + (TOLL_FREE_FIRST if lang == "es" else ITALIAN_FIRST if lang == "it"
                       else "") + r"0\d{1,3}[ .-]\d{5,8}(?![ .-]\d)|(?:0\d{4}|\d{1,4})"
                    r"(?:[ .-]\d{2,4}){2,}"
                    r"|(?<!\d[ .])0\d{2,}(?:[ .-]\d{3,})?|\d{5}-\d{3}|\d{4,5}-\d{4}|\d{8,}"
                    + (AREA_CODE_FIRST if lang == "es" else "") + r")(?![\w])"),
         lambda m: year_and_amount(m[2], lang) if not m[1] and YEAR_BEFORE_AMOUNT.match(m[2])
         and YEAR_AFTER.search(m.string, 0, m.start()) else say_telephone(m[1], m[2], lang)),
        (LABELLED_NUMBER, lambda m: m[1] + say_telephone(None, m[2], lang) if four_digits(m)
         else m.group()),
        (EMERGENCY_NUMBER.get(lang, re.compile("(?!)")), one_by_one),
        (FRENCH_SHORT_NUMBER if lang == "fr" else re.compile("(?!)"),
         lambda m: f"{cardinal(int(m.group()[:2]), lang)} {cardinal(int(m.group()[2:]), lang)}"),
        (re.compile(r"(?<![\w/.,])(1/2|½|1/4|¼|3/4|¾|1/3|⅓|2/3|⅔)(?=\s+([^\W\d_]+))"),
         lambda m: say_fraction(m, lang)),
        (NUMBER_POWER, lambda m: say_number_power(m, lang)),
        (OUT_OF if lang == "fr" else re.compile("(?!)"), lambda m: f"{m[1]} sur {m[2]}"),
        (WHOLE_HOUR if lang == "fr" else re.compile("(?!)"), lambda m: ""),
        (NUMBER_DASH_NUMBER if lang in DASH_WORDS else re.compile("(?!)"),
         lambda m: f"{m.group(1)} {DASH_WORDS[lang]} "),
        (ENTERED_ZERO, lambda m: cardinal(0, lang)),
        (re.compile(r"(?<![\w.,])[-−](?=\d)"), lambda m: MINUS[lang] + " "),
        (re.compile(rf"(?<![\d.,])({amount})"), lambda m: say_number(m, lang, point)),
    ]
    return rules


ENTERED_ZERO = re.compile(r"(?<![\w.,-])-0-(?![\w-])")
"""A zero between hyphens, alone, as a tax form asks for one to be entered: the IRS's Spanish
page on the EIC's limits, 'anote “-0-”', was said "menos cero-"."""
WHOLE_HOUR = re.compile(r"(?<=\bheures) 00(?![\d,.]\d)|(?<=\bheure) 00(?![\d,.]\d)")
"""The minutes of a whole hour as Québec's Office de la langue française writes it, "11 h 00":
said "onze heures zéro"."""
OUT_OF = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})(?![\w/]|[.,]\d)")
"""Two numbers with a slash, which the French voice said as one after the other ("RotaTeq
1/3", the first dose of three, was "un trois"): "un sur trois", as French says a dose's
place, a score or a share."""
NUMBER_DASH_NUMBER = re.compile(r"(?<![\d_.,/-])(?<![^\W\d_]{2})(\d+)-(?=\d+(?![\w/-]|[.,]\d))")
DASH_WORDS = {"fr": "tiret", "es": "guion", "it": "trattino", "pt": "hífen"}
"""The word for the hyphen of two numbers that are neither a range (`words.is_range`) nor
a telephone number or postcode (said before it), "loi n° 2005-102", "L. 5122-6", and a
code's article after its letter, "L7124-1": the hyphen joined the numbers' words, "deux
mille cinq-cent deux", heard as 2502."""
MILLIONS = re.compile(r"\b(millón|millones|milhão|milhões|bilhão|bilhões|milione|milioni"
                      r"|millions?|milliards?|miliard[oi]) (?=[^\W\d_])"
                      r"(?!(?:d'|d’)|(?:y|e|o|u|et|ou|ed|od)\b)(\w+)")
"""A number of millions before its noun, which takes "de" ("dos millones de euros", "dois
milhões de pessoas", "due milioni di euro", "deux millions d'euros"): it was "dos
millones euros"; not before a word that is not the noun ("2 millones en 2024")."""
OF = {"es": "de", "fr": "de", "it": "di", "pt": "de"}


@functools.cache
def number_words(lang: str) -> frozenset[str]:
    """The words numbers below a million are said with in `lang`, feminine ones too
    ("un millón quinientas mil personas")."""
    said = (cardinal(n * scale, lang, feminine) for n in range(1000) for scale in (1, 1000)
            for feminine in (False, True))
    return frozenset(word for words in said for word in re.findall(r"\w+", words))


def of_millions(match: re.Match[str], lang: str) -> str:
    millions, word = match.group(1), match.group(2)
    if word.lower() in {*FUNCTION_WORDS[lang].split(), OF[lang], *number_words(lang)}:
        return match.group(0)  # "un millón doscientos mil", "2 millones en 2024"
    if lang == "fr" and word[0].lower() in "aeiouyhéèêàâîôû":
        return f"{millions} d'{word}"
    return f"{millions} {OF[lang]} {word}"


def say_number(match: re.Match[str], lang: str, point: bool = False) -> str:
    """A number with its thousands separators and decimal comma, agreeing with its noun;
    kept apart from a letter it was written against, before it or after it ("B12" is "B
    doce", "2cp" "dois cp", where the voice was given "doiscp")."""
    written = match.group(1)
    space = " " if match.start() and match.string[match.start() - 1].isalpha() else ""
    after = " " if match.string[match.end():match.end() + 1].isalpha() else ""
    written = re.sub(r"[ \u00a0\u202f]", "", written)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written):
        written = written.replace(".", "")
    if comma_groups_thousands(written, match.string, lang):
        written = written.replace(",", "")
    whole, _, fraction = written.replace(".", ",").partition(",")
    if fraction:
        return space + decimal(whole, fraction, lang, point) + after
    feminine, before_noun = _agreeing(lang, match.string, match.end())
    return space + cardinal(int(whole), lang, feminine, before_noun) + after


THOUSANDS_BY_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,000|(?:,\d{3}){2,})(?![\d.,]|,\d)")
"""A number whose commas can only group thousands: "15,000", "1,250,000" (no decimal has
three noughts, nor two commas)."""


def comma_groups_thousands(written: str, text: str, lang: str) -> bool:
    """Whether the commas of `written` ("15,000", "4,500") group thousands, as Latin
    America and the United States write them in Spanish, where Spain writes a decimal: in a
    region that writes a decimal point (`decimal_point`), where they can be nothing else
    (`THOUSANDS_BY_COMMA`), or where another number of `text`, its sentence or table row,
    is written so. A food bank's "más de 15,000 horas" was "quince coma cero cero cero
    horas", and a row's "4,500 | 5,000 familias" "cuatro coma quinientos"."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+", written):
        return False
    return decimal_point(lang) or bool(THOUSANDS_BY_COMMA.fullmatch(written)
                                       or THOUSANDS_BY_COMMA.search(text))


ENGLISH_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
"""An amount written the English way, thousands with commas and cents after a point."""


def say_money(written: str, code: str, lang: str) -> str:
    """"5,50 €" as "cinco euros con cincuenta céntimos"; "€50,000" and "€3,005.06", written
    the English way in a Spanish guide, as fifty thousand, and three thousand and five euros
    and six cents (they were "cincuenta euros" and "tres euros.06"); "0,20 €" as the cents
    alone, as English says "$0.99" (it was "zéro euros et vingt centimes")."""
    if re.fullmatch(ENGLISH_GROUPED, written):
        written = written.replace(",", "").replace(".", ",")
    written = re.sub(r"[ \u00a0\u202f]", "", written)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written):
        written = written.replace(".", "")
    whole, _, fraction = written.replace(".", ",").partition(",")
    units, cents = int(whole), int((fraction + "00")[:2]) if fraction else 0
    (one, many, *gender), (cent, cents_name, *_) = MONEY[lang][code]
    if units == 0 and cents:  # "0,20 €": "venti centesimi", not "zero euro e venti centesimi"
        return f"{cardinal(cents, lang, False, True)} {cent if cents == 1 else cents_name}"
    said = f"{cardinal(units, lang, gender == ['f'], True)} {one if units == 1 else many}"
    if cents:
        said += (f" {AND_CENTS[lang]} {cardinal(cents, lang, False, True)} "
                 f"{cent if cents == 1 else cents_name}")
    return said


def say_money_named_once(match: re.Match[str], code: str, named: dict[str, str],
                         lang: str) -> str:
    """An amount after its currency's sign, whose name may follow it, "$120 050 pesos" in a
    Mexican text (sweep BO): said once, "ciento veinte mil cincuenta pesos", where the
    voice was given "pesos pesos". The name after a "$" says which of the dollars and pesos
    it is, "$5 dólares" in Mexico; after another sign, another currency's name stays."""
    if match[3] and match[1] == "$":
        code = named[match[3]]
    said = say_money(match[2], code, lang)
    if match[3] and named[match[3]] != code:
        said += " " + match[3]
    return said


SECONDS = {"es": ("segundo", "segundos"), "fr": ("seconde", "secondes"),
           "it": ("secondo", "secondi"), "pt": ("segundo", "segundos")}


def say_time(hours: int, minutes: int, lang: str, seconds: int = 0) -> str:
    """"8:30" as "ocho y treinta", "huit heures trente", "otto e trenta", "oito horas e
    trinta"; hours are feminine where the word for hour is. Seconds follow with their
    word: "12:15:45" was "dodici:quindici:quarantacinque", the colons left in."""
    said = cardinal(hours, lang, True, True)  # hora, heure, ora: feminine
    if lang in ("fr", "pt"):
        hour = {"fr": ("heure", "heures"), "pt": ("hora", "horas")}[lang]
        said += " " + hour[0 if hours in (0, 1) else 1]
    joiner = {"es": " y ", "fr": " ", "it": " e ", "pt": " e "}[lang]
    if seconds:
        word = SECONDS[lang][0 if seconds == 1 else 1]
        return f"{said}{joiner}{cardinal(minutes, lang)} {joiner.strip() or 'et'} " \
               f"{cardinal(seconds, lang, lang == 'fr', True)} {word}"
    if minutes:
        return said + joiner + cardinal(minutes, lang)
    return said + (" en punto" if lang == "es" else "")


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
NUMERALS = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
            ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman_value(numeral: str) -> int:
    """The number Roman `numeral` ("XVIII", "iv") stands for."""
    values = [ROMAN[letter] for letter in numeral.upper()]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def roman_numeral(number: int) -> str:
    """`number` (1 or more) in Roman numerals, lower case: 4 is "iv", 1999 "mcmxcix"."""
    roman = ""
    for numeral, value in NUMERALS:
        while number >= value:
            roman, number = roman + numeral, number - value
    return roman


def say_roman_ordinal(match: re.Match[str], lang: str) -> str:
    """A French century or reign in Roman numerals, "XVIIIe siècle", "Ire République": in
    words, "dix-huitième", where espeak-ng spelled it ("iks vé i i i e")."""
    return ordinal(roman_value(match.group(1)), lang, feminine=match.group(2) in ("re", "ère"))


def say_roman_before_name(match: re.Match[str], lang: str) -> str:
    """A Roman numeral before a name, "a nossa VII Caminhada", "las I Jornadas": the
    ordinal, agreeing with the name ("sétima", "primeras"), where espeak-ng said "sete" and
    the letter "i"."""
    noun = match.group(2)
    words = ordinal(roman_value(match.group(1)), lang, feminine=is_feminine(noun, lang))
    if lang == "es" and not is_feminine(noun, lang):
        words = re.sub(r"(primer|tercer)o$", r"\1", words)  # "el III Congreso": "tercer"
    if noun.endswith("s"):
        words = " ".join(word + "s" for word in words.split())
    return words


def say_ordinal(match: re.Match[str], lang: str) -> str:
    n, mark = int(match.group(1)), match.group(2)
    feminine = mark in ("ª", "re", "ère", "ere", "nde", "de") or mark.endswith("a")  # "2da"
    if lang == "fr" and n == 2 and mark in ("nd", "nde", "de"):
        return "seconde" if feminine else "second"
    noun, next_to_it = counted_noun(match.string, match.end(), lang)
    if mark == "°":  # "2° volta": the sign says no gender, the noun does (if a noun)
        feminine = noun is not None and is_feminine(noun, lang)
    short = mark == "er" or (next_to_it and not is_feminine(noun, lang))
    return ordinal(n, lang, feminine, short)


FRACTIONS = {
    "es": {"half": ("medio", "media"), "1/4": "un cuarto de", "3/4": "tres cuartos de",
           "1/3": "un tercio de", "2/3": "dos tercios de"},
    "fr": {"half": ("un demi", "une demi"), "1/4": "un quart de", "3/4": "trois quarts de",
           "1/3": "un tiers de", "2/3": "deux tiers de"},
    "it": {"half": ("mezzo", "mezza"), "1/4": "un quarto di", "3/4": "tre quarti di",
           "1/3": "un terzo di", "2/3": "due terzi di"},
    "pt": {"half": ("meio", "meia"), "1/4": "um quarto de", "3/4": "três quartos de",
           "1/3": "um terço de", "2/3": "dois terços de"},
}
"""A fraction of a dose before its noun: "½ comprimido" is "medio comprimido" (the voice
read "1/2" as "uno dos", and "½" in English), "1/4 de comprimé" "un quart de comprimé"."""
PARTS = {
    "es": {"1/3": "una tercera", "2/3": "dos terceras", "1/4": "una cuarta", "3/4": "tres cuartas"},
    "pt": {"1/3": "uma terça", "2/3": "duas terças", "1/4": "uma quarta", "3/4": "três quartas"},
}
"""A fraction of "partes", as Spanish and Portuguese say it, with an ordinal: "2/3 partes
del vaso" is "dos terceras partes", where it was "dos tercios de partes"."""


def say_fraction(match: re.Match[str], lang: str) -> str:
    written, noun = match.group(1), match.group(2)
    said = FRACTIONS[lang]
    if written in ("1/2", "½"):
        return said["half"][1 if is_feminine(noun, lang) else 0]
    slashed = {sign: fraction for fraction, sign in VULGAR_FRACTIONS.items()}
    fraction = slashed.get(written, written)
    if noun.lower() in ("parte", "partes") and lang in PARTS:
        return PARTS[lang][fraction]
    words = said[fraction]
    if noun.lower() in ("de", "di", "d", "da", "del", "du", "des", "do", "dos", "das", "dei",
                        "delle", "degli", "della"):  # "1/4 de comprimido", "1/3 des patients"
        words = words.rsplit(" ", 1)[0]
    return words


SPACED_THOUSANDS = re.compile(r"(?!\d{3} \d{3} \d{3}$)[1-9]\d{0,2}(?: \d{3}){1,2}")
"""Thousands grouped with spaces, as Spain, Portugal and often Italy write them, "100 000
habitantes", "1 500 000 personas": a number, which was said group by group, "cien cero",
"uno, quinientos, cero cero cero", as a telephone number's. Nine digits in three threes
with no currency beside them are the telephone numbers they are there, Madrid's "915 298
210", Lisbon's "213 456 789", Italy's free line "800 863 116" (sweep BO), and four groups
or more with none a list of numbers ("120 125 130 140") more often than billions."""


def year_and_amount(number: str, lang: str) -> str:
    """A year, then an amount with its thousands grouped (`YEAR_AFTER`), "2020 150 000": the
    year in words and a pause, the amount joined for its own rule to say, agreeing with its
    noun."""
    year, amount = number.split(" ", 1)
    return f"{cardinal(int(year), lang)}, {re.sub(r'[ .]', '', amount)}"


def say_telephone(prefix: str | None, number: str, lang: str) -> str:
    """A telephone number (after its country's `prefix`, "+33 ") group by group, as it is
    written and read aloud ("01 23 45" is "zéro un, vingt-trois, quarante-cinq"); digits
    after a leading zero are said one by one, and so is a group of four digits or more
    (Brazil's 3447-8019, Italy's 0131-229711), but for French's "0800", "zéro huit cents".
    French thousands written with spaces ("1 000 000") are a number, not a phone; so are
    Spanish, Italian and Portuguese ones (`SPACED_THOUSANDS`), left for the amount's rule to
    say agreeing with their noun."""
    digits = number.replace("(", "").replace(")", "")
    groups = re.split(r"[ .-]+", digits)  # "01 -800": one pause
    separators = set(re.findall(r"[ .-]", digits))
    if not prefix and lang != "fr" and SPACED_THOUSANDS.fullmatch(number):
        return number
    if not prefix and separators in ([{" "}, {"."}] if lang == "fr" else [{"."}]) and \
            not groups[0].startswith("0") and all(len(g) == 3 for g in groups[1:]):
        return cardinal(int("".join(groups)), lang)  # thousands: 1 000 000, 10.000.000
    said = []
    if prefix:
        said.append(f"{PLUS[lang]} {cardinal(int(prefix.strip(' .+')), lang)}")
    for group in groups:
        if not group.isdigit():  # a vanity number's letters, "USAGOV1": "USAGOV uno"
            said.append(" ".join(run if run.isalpha() else " ".join(
                cardinal(int(digit), lang) for digit in run)
                for run in re.findall(r"[A-Z]+|\d+", group)))
            continue
        if len(group) > 4 or (len(group) == 4 and not (lang == "fr" and group[0] == "0")) \
                or lang == "it" and not said and re.fullmatch(r"3\d\d", group):
            said.append(" ".join(cardinal(int(digit), lang) for digit in group))
            continue  # 0131-229711, 3447-8019, a mobile's 335: digit by digit, as read out
        zeros = len(group) - len(group.lstrip("0"))
        words = [cardinal(0, lang)] * zeros
        if group.lstrip("0"):
            words.append(cardinal(int(group.lstrip("0")), lang))
        said.append(" ".join(words))
    return ", ".join(said)
