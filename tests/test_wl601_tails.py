"""WL601 on another story's tail (issue 17, integrity19).

- Another story's last paragraphs appended at the end open as later paragraphs do ("He said the orchestra ..."):
  from the fifth paragraph on, the text shares no name and almost no word with the story, none of its headline's
  or subject's words, so it is reported (a tail apart), however it opens.
- A story's own last paragraph that brings in a new person speaks of the story's subject ("the tolls", "the
  council") and stays quiet.
- "In other news," before a paragraph at the end says unrelated news follows: reported.
- A results story's notes on its table's figures, sharing little with the rows, stay the story's own.
- A last paragraph that goes on by a pronoun the story used ("Born in Lyon ..., she ...", "It said ...") is the
  story's own background or plan, whatever new places it names (integrity20).

The stories below are my own.
"""

from wirelint.api import lint_text

_BRIDGE = (
    "Harbour bridge tolls to rise\n\n"
    "The city council voted on Tuesday to raise tolls on the harbour bridge by a fifth from April, after a long "
    "debate among councillors about traffic, maintenance and the cost of steel.\n\n"
    "The mayor, Jana Novak, said the extra money would pay for repairs to the bridge's cables and that cyclists "
    "would still cross for free.\n\n"
    "Opposition councillors said the tolls would push drivers onto the old coast road, and that the repairs "
    "should have been paid for out of last year's surplus.\n\n"
)


def _wl601(text: str) -> list[int]:
    return [finding.line for finding in lint_text(text, "story.txt") if finding.code == "WL601"]


def test_another_storys_last_paragraphs_pointing_back_are_reported() -> None:
    text = _BRIDGE + (
        "The new tolls will be reviewed by the council's transport committee next winter.\n\n"
        "He said the orchestra had rehearsed for six weeks in a disused aircraft hangar, and that the violinists "
        "had complained bitterly about the cold.\n\n"
        "The season opens with three symphonies by composers from the Baltic states, and every ticket for the "
        "first night sold out within an hour.\n"
    )
    assert _wl601(text) == [11]


def test_the_storys_own_last_paragraph_on_a_new_person_is_quiet() -> None:
    text = _BRIDGE + (
        "Petra Halova, who runs a haulage firm in the port, said her drivers would now take the longer road inland "
        "and that the council had not asked local businesses before the vote on the tolls.\n"
    )
    assert _wl601(text) == []


def test_other_news_at_the_end_is_reported() -> None:
    text = _BRIDGE + (
        "In other news, the city's zoo has welcomed twin snow leopard cubs, the first born there in twenty years, "
        "and keepers say both are feeding well.\n"
    )
    assert _wl601(text) == [9]


def test_a_results_storys_notes_are_its_own() -> None:
    text = (
        "KESTREL FOODS <KSTF> 4TH QTR NET\n\n"
        "Shr 41 cts vs 33 cts\n"
        "Net 4,210,000 vs 3,385,000\n"
        "Revs 61.2 mln vs 55.8 mln\n\n"
        "Year\n\n"
        "Shr 1.52 dlrs vs 1.21 dlrs\n"
        "Net 15.6 mln vs 12.4 mln\n\n"
        "NOTE: 1986 year net includes pretax gain of 2,300,000 dlrs from the sale of a bakery in Ohio.\n\n"
        "1985 net includes charge of 900,000 dlrs for the closing of a warehouse and the termination of a "
        "pension plan for retired drivers.\n"
    )
    assert _wl601(text) == []


def test_the_storys_closing_biography_by_a_pronoun_is_its_own() -> None:
    """A last paragraph that goes on about the story's subject by a pronoun the story used ("her agent", then
    "Born in Lyon ..., she ...") is the story's background, however many new places and prizes it names
    (integrity20)."""
    text = (
        "Pianist calls off spring concerts\n\n"
        "The pianist Helene Marchand has called off her spring concerts in Asia after injuring a wrist, her agent "
        "said on Thursday.\n\n"
        "Marchand, 68, was due to give 14 recitals in Tokyo, Seoul and Singapore from the middle of March.\n\n"
        "Her agent said tickets would be refunded and that the recitals might be rearranged for the autumn.\n\n"
        "Born in Lyon in 1957, she trained at the Paris Conservatoire from the age of nine, recorded the complete "
        "Beethoven sonatas twice for two labels, and taught for three decades at academies in Vienna and Geneva "
        "while touring widely through South America.\n"
    )
    assert _wl601(text) == []


def test_a_companys_closing_plan_after_it_said_is_its_own() -> None:
    """"It said ..." after a company story that spoke of the company as "it" goes on with that company's plans."""
    text = (
        "HARTWELL STORES SEES LOWER YEAR PROFIT\n\n"
        "Hartwell Stores Inc said it expects profit for the year to fall, hurt by heavy discounting in its "
        "clothing departments over the winter.\n\n"
        "Hartwell said it had cut prices in the autumn to clear unsold stock and that sales of coats had been "
        "weak in most regions.\n\n"
        "Hartwell said it was confident about the coming year.\n\n"
        "It said during the summer months it hopes to trim freight expenses incurred on furniture shipments "
        "from Asian suppliers.\n\n"
        "The company said that in early June a distribution centre near Omaha will open under its management, "
        "and provisions for startup expenses have been made.\n"
    )
    assert _wl601(text) == []


_STORM = (
    "Gales close schools on Skye\n\n"
    "Schools across Skye and Lochalsh were closed on Friday after gales brought down trees and power lines "
    "overnight, Highland Council said.\n\n"
    "Crews worked through the night to clear the road to Portree, where a lorry was blown onto its side.\n\n"
    "Forecasters issued an amber warning for wind until Saturday morning.\n\n"
)


def test_a_closing_meanwhile_paragraph_on_the_events_knock_on_is_the_storys_own() -> None:
    """'Meanwhile,' opening the last paragraph, on what the storm did elsewhere (ferries cancelled, a hall turned
    into a shelter for residents without power), is the story going on, as it is inside a paragraph
    (integrity20)."""
    text = _STORM + (
        "Meanwhile, CalMac cancelled its afternoon sailings from Mallaig and Oban, and church volunteers in "
        "Broadford opened their hall as a shelter for residents left without power and heating.\n"
    )
    assert _wl601(text) == []


def test_a_closing_paragraph_that_turns_away_to_other_news_is_still_reported() -> None:
    text = _STORM + (
        "In other news, organisers of the Galway oyster festival said ticket sales had doubled this year, with "
        "chefs from Brittany and Portugal among the guests.\n"
    )
    assert _wl601(text) == [9]
