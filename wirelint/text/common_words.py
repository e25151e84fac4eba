"""Words that say nothing about what a story is about.

Data only. Lexical cohesion (does this paragraph talk about the same things
as the ones before it?) is measured on the words left once these are gone:
function words, the verbs of reporting, time words and the stock vocabulary
every news story shares ("officials", "week", "percent"). A word missing here
only makes two stories look a little more alike.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    """
    a about above across after again against ago all almost along already also although always am among an and
    another any anyone anything are around as at away back be became because become becomes been before being
    below between both but by can cannot could did do does doing done down during each either else enough even
    ever every few for from further had has have having he her here hers herself him himself his how however i
    if in into is it its itself just least less like made make makes making many may me might more most much
    must my myself near neither never no nor not now of off often on once one only onto or other others our
    ours out over own per perhaps rather same several shall she should since so some still such than that the
    their theirs them themselves then there these they this those though through thus to too toward towards
    under until up upon us very via was we were what whatever when where whether which while who whom whose
    why will with within without would yet you your yours
    """.split()
)

NEWS_WORDS = frozenset(
    """
    said says say saying told tells tell added adds according asked announced statement statements report
    reported reports reporting spokesman spokeswoman spokesperson official officials source sources news
    mr mrs ms dr sir
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    day days week weeks month months year years time times morning evening night weekend earlier later
    recent recently currently since last next first second third new old
    two three four five six seven eight nine ten hundred hundreds thousand thousands million millions billion
    percent cent pct mln bln dlrs
    people number part way going get got put take took taken come came went go gone want wanted well
    expected due set including include includes included meanwhile separately elsewhere
    """.split()
)
"""Reporting verbs, calendar words, small numbers and the news vocabulary shared by any two stories."""

TRANSITIONS = ("meanwhile", "separately", "elsewhere")
"""Words that open a paragraph moving to another subject, in the same story or, pasted, in another; the phrases
of that kind ("In other news,", "On another front,") are read by their shape (:mod:`wirelint.text.storyshifts`)."""

NAME_WORDS = frozenset(
    """
    inc corp co cos ltd plc llc lp nv ag sa spa bhd pty group holdings holding company companies corporation
    bank banks international national federal general american british european pacific atlantic
    association union ministry department office agency council committee commission board party government
    university institute centre center foundation trust fund federation league club
    president minister prime chairman chief secretary director executive governor senator mayor
    king queen prince lord sir mr mrs ms dr st north south east west northern southern eastern western
    new united states republic kingdom
    """.split()
)
"""Words that many different names share ("Inc", "Bank", "Minister", "North"): two stories that each
mention a bank or a minister do not share a name by that."""

SECTION_WORDS = frozenset(
    """
    share shares stock stocks market markets price prices company companies firm firms business businesses
    profit profits loss losses sales sale revenue revenues earnings income dividend dividends quarter quarterly
    annual rise rises rose risen fall falls fell fallen increase increased decrease gain gains growth economy
    economic investors investor investment analysts analyst deal deals rate rates interest bank banks
    trade trading industry industrial cost costs money pay paid billion total level levels higher lower
    government minister ministers party parties election elections vote votes voters campaign leader leaders
    political politics policy policies plans plan public country countries national state states law laws
    bill power members member office opposition spending tax taxes issue issues support officials
    police court trial case cases charges killed attack attacks security forces military war troops army
    team teams game games match matches season player players win won winning victory play played
    coach club final cup league title side goal goals points championship record world
    film films music show shows star stars award awards album band series director actor actress chart
    technology software computer computers users online internet phone phones mobile service services
    system systems research researchers data digital network networks site sites
    group groups help need needs work working worked move moves able likely major high low big large small
    long early late good best top end start started make people city area areas home family local region
    """.split()
)
"""Words any two stories of one section share (business: shares, profit; politics: government, minister;
sport: team, match): that two stories both use them says little about whether they are one story."""

BACK_NOUNS = frozenset(
    """
    company companies firm firms bank banks group ministry government agency union unions report survey study
    plan offer deal bill court board department minister official spokesman index issue notes bonds fund
    utility airline carrier club side team band film show singer star player actor game council party chairman
    president statement project scheme proposal sale merger acquisition transaction agreement contract talks
    meeting programme program album book series station network service website site project research
    """.split()
)
"""Things a story names and then calls by their kind: "the company", "the two banks", "the ministry". A
sentence that says "the company" speaks of one the story has already introduced."""

OPEN_ENDINGS = frozenset(
    """
    a an the of to in into onto for on at by with from and or but nor than as per via between among under over
    about against toward towards upon within without during including its their his our your my whose which who
    whom is are was were be been being has have had will would could should may might must can shall not no
    this these those that such very more most less least some any each every both either neither another other
    mr mrs ms dr
    """.split()
)
"""Words a sentence does not end on: a line that stops on one goes on in the next paragraph (wire copy breaks
paragraphs where the typist pressed return: "... said the\n    Bank of England"). A line that stops on any
other word has only lost its full stop."""

REPORTING_VERBS = frozenset(
    """
    said says added adds noted notes told stated explained argued warned estimated predicted forecast believes
    believed thinks thought insisted conceded admitted
    """.split()
)
"""Verbs that attribute words to a speaker: "he added", "said Mr Lund"."""

ORDER_WORDS = (
    "first,",
    "firstly",
    "second,",
    "secondly",
    "thirdly",
    "finally",
    "lastly",
    "other",
    "another",
    "a second",
    "a similar",
    "similar",
    "the other",
    "the rest",
    "the remaining",
    "both",
)
"""Words that open a sentence by placing it after others ("Thirdly, ...", "Other bidders include ...",
"Another issue ..."): the next item of a list the story is giving, not the lede of another story."""

HOUSE_ROLES = frozenset(
    """
    president chairman chairwoman chairperson spokesman spokeswoman spokesperson director treasurer officer
    executive manager secretary partner founder
    """.split()
)
"""Posts held inside an organisation. Named bare before a person ("..., vice president Morton Handel said"),
with no organisation before the post, they speak of the organisation the story is about."""

OPENING_ROLES = frozenset("chairman chairwoman chairperson spokesman spokeswoman spokesperson treasurer".split())
"""Posts that open a sentence bare, capitalised, before the person who holds them ("Chairman S. Mark Salvino
said ..."): only the story's own organisation's (another story's lede names the organisation first). Not
"President", "Director" or "Manager": a head of state, a film director or a team manager opens ledes so."""

WRITER_ROLES = frozenset(
    """
    correspondent editor reporter columnist writer journalist presenter producer contributor analyst blogger
    """.split()
)
"""What a closing note about the writer calls them ("Clark Boyd is technology correspondent for ...")."""
