"""A figure found in text: where it is, what it counts, and what it can mean."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wirelint.numbers.interval import Interval


class Kind(str, Enum):
    """What a figure is. Only counts, percentages, ratios and money are claims of quantity."""

    COUNT = "count"
    PERCENT = "percent"
    RATIO = "ratio"
    MONEY = "money"
    MEASURE = "measure"
    DURATION = "duration"
    FRACTION = "fraction"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    AGE = "age"
    ORDINAL = "ordinal"
    PHONE = "phone"
    ADDRESS = "address"
    SCORE = "score"
    NAME = "name"
    """A number that is part of a name: "Article 50", "F-16", "G8", "Radio 4"."""
    MODIFIER = "modifier"
    """A compound adjective: "three-way talks", "a two-day visit"."""

    @property
    def is_amount(self) -> bool:
        """True for kinds that state how many or how much (the ones figure rules compare)."""
        return self in AMOUNTS


AMOUNTS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.RATIO, Kind.MONEY})


@dataclass(frozen=True)
class Quantity:
    """One figure in a text.

    ``start``/``end`` cover the figure with its qualifier and unit
    ("more than 380,000", "$2.5bn", "48 hours"); ``figure`` is the written
    figure without the qualifier. The counted noun ("people") and the event
    ("killed") are what the figure is about.
    """

    start: int
    end: int
    text: str
    figure: str
    kind: Kind
    value: Interval
    qualifier: str = ""
    unit: str = ""
    noun: str = ""
    """The counted noun, lower case and singular ("fighter"); empty when none was found."""
    noun_end: int = -1
    """Where the counted noun ends (``end`` when there is none)."""
    modifiers: tuple[str, ...] = ()
    """Words between the figure and its noun ("pro-government")."""
    event: str = ""
    """What happened to the things counted: killed, injured, arrested, displaced, missing."""
    attributive: bool = False
    """The event is named only by a participle before the noun ("20 convicted robbers", "12 wounded soldiers"): it
    says what the people are, not what happened in the sentence, so it ties no list to a total of that event."""
    vague: bool = False
    definite: bool = False
    """Preceded by "the", "these", "both" and the like: a reference back, not new information."""
    rounding: float = 0.0
    """Half the step of the last written digit when the figure is visibly rounded (380,000; 2.5bn; 12%)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def phrase_end(self) -> int:
        """End of the figure and its counted noun."""
        return max(self.end, self.noun_end)

    @property
    def range(self) -> Interval:
        """The values the figure allows, widened by its rounding."""
        return self.value.widened(self.rounding)

    def compatible(self, other: Quantity) -> bool:
        """True when both figures can be right at once."""
        return self.range.overlaps(other.range)
