"""The words of numbers: spelled-out values, scales, units, currencies, months.

Data only, so a newsroom can see at a glance what the engine knows and a
missing unit is a one-word change.
"""

from __future__ import annotations

from wirelint.numbers.data import vague
from wirelint.text.calendar import MONTHS as MONTHS  # the one list, re-exported for the number engine
from wirelint.text.calendar import WEEKDAYS as WEEKDAYS

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
SHORT_SCALES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "million": 1e6, "thousand": 1e3, "trillion": 1e12,
}
"""Scales written after digits: ``$2.5bn``, ``5.93 mln``, ``3 million``."""

DOZEN = 12

VAGUE: dict[str, tuple[float, float]] = vague()
"""Vague quantifiers as the closed interval an editor would accept for them (from quantities.toml)."""

CURRENCY_SYMBOLS = ("US$", "A$", "C$", "HK$", "NZ$", "S$", "R$", "$", "£", "€", "¥", "Rs")
CURRENCY_WORDS = frozenset(
    """
    dollar dollars dlr dlrs pound pounds stg sterling euro euros yen franc francs mark marks guilder guilders
    lira lire peso pesos rupee rupees yuan renminbi rouble roubles ruble rubles cent cents ct cts penny pence
    dinar dinars riyal riyals rand krona kronor krone kroner crown crowns shekel shekels naira baht ringgit
    """.split()
)
CURRENCY_CODES = frozenset("USD GBP EUR JPY CHF CNY INR AUD CAD HKD".split())

PERCENT_WORDS = ("per cent", "percent", "pct", "percentage points", "percentage point", "%")

DURATION_UNITS = frozenset(
    """
    second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks fortnight fortnights
    month months mth mths year years yr yrs decade decades century centuries qtr qtrs quarter quarters
    """.split()
)
MEASURE_UNITS = frozenset(
    """
    km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters cm mm ft feet foot
    inch inches yard yards kg kgs kilo kilos kilogram kilogrammes kilograms gram grams g tonne tonnes ton tons lb lbs
    ounce ounces oz litre litres liter liters gallon gallons barrel barrels bpd acre acres hectare hectares
    sq degree degrees mph kph kmh mw gw kw megawatt megawatts gigawatt gigawatts kilowatt kilowatts kwh
    gb mb tb kb gbps mbps kbps ghz mhz bit bits byte bytes megabyte megabytes gigabyte gigabytes terabyte terabytes
    pixel pixels megapixel megapixels point points pts bushel bushels bale bales carat carats calorie calories
    volt volts watt watts knot knots storey storeys lap laps yd yds
    """.split()
)
"""Units that make a figure a measurement, not a count of things."""

METRE_SPORTS = frozenset(
    "race sprint hurdles freestyle breaststroke backstroke butterfly medley relay final title record pool".split()
)
"""Words after ``100m`` that make the ``m`` metres, not million."""


LABELS = frozenset(
    """
    article chapter section clause paragraph flight route page room platform gate no number vol volume level
    grade stage type model series channel radio version tier division league formula group phase act part
    highway interstate bus line track unit ward district zone box pier terminal row seat car bay lot item
    window windows resolution rule regulation table figure appendix schedule annex protocol amendment
    """.split()
)
"""Capitalised labels that make the following number a name: "Article 50", "Flight 370"."""

STREET_TYPES = frozenset(
    """
    street st road rd avenue ave lane ln boulevard blvd square sq place pl drive dr way court ct terrace crescent
    close gardens parade row highway hwy
    """.split()
)

SCORE_WORDS = frozenset(
    """
    win wins won victory victories defeat defeats defeated loss lost lose draw drew drawn lead led leads leading
    beat beats beaten beating thrashing thrashed scoreline trail trailed trailing home away success triumph
    rout routed aggregate
    """.split()
)
"""Words near ``3-1`` that make it a result, not a range."""
