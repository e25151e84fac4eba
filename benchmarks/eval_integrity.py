"""Evaluate the WL6xx integrity rules on stories spliced from the real corpora.

    python benchmarks/eval_integrity.py               # 300 hosts per corpus (a few minutes)
    python benchmarks/eval_integrity.py --hosts 100 --seed 7 --show 5

Cases are built at run time from ``../shared/corpora`` and never written to
the repository:

* merges (WL601 expected at the first sentence of the other story): the lede
  of an unrelated article from a different section, or from the same
  section, glued to the end of a paragraph with no space (with or without a
  transition word), inserted as paragraphs between two of the host's, put in
  place of the host's last paragraphs, or appended after them; a wire
  donor's dateline is kept half of the time;
* duplicates (WL602 expected at the second copy): a paragraph pasted again
  (next to itself or further on), a sentence of 8 words or more pasted into
  another paragraph or as a paragraph of its own;
* with ``--new-shapes``, shapes WL601 was not fitted on: the first sentence of
  the other story's lede appended alone, the other story appended to a host
  without a headline, and (a control) an on-topic paragraph written from
  the host's own names and headline with a transition word;
* with ``--held-out``, the fifth round's merges never fitted on (two paragraphs inserted, same-section stories
  about other names, one short sentence appended, a dateline or a quotation first, hard-wrapped copy, a wire
  host with a blank line): ``benchmarks/integrity_heldout.py``;
* controls (nothing expected): on-topic transitions ("Meanwhile," and the
  like put before one of the host's own paragraphs), two of the host's
  paragraphs run together with no space, a later paragraph of the host moved
  up (background on a person the story involves), a standfirst or a caption
  that repeats a body sentence;
* untouched articles: every article of both corpora, WL6 findings counted per
  100 articles for each corpus.

Transition words, cut points, donors and the number of paragraphs vary per
case (seeded). ``--show N`` prints N missed cases and N flagged controls per
kind, the way an editor would read them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.api import default_engine  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.finding import Finding  # noqa: E402
from wirelint.fixer import apply_edits  # noqa: E402

CORPORA = next(
    (path for path in (REPO.parent / "shared" / "corpora", REPO.parents[1] / "shared" / "corpora") if path.is_dir()),
    REPO.parent / "shared" / "corpora",
)
"""``../shared/corpora`` beside the checkout (or beside the folder of worktrees)."""
MERGE_TRANSITIONS = (
    "",
    "",
    "Meanwhile, ",
    "Separately, ",
    "In other news, ",
    "Elsewhere, ",
    "In a separate development, ",
)
ON_TOPIC_TRANSITIONS = (
    "Meanwhile, ",
    "Separately, ",
    "Elsewhere, ",
    "At the same time, ",
    "In a separate development, ",
)
_SIGN_OFF = re.compile(r"\s*\n\s*Reuter\s*\n?\x03\s*$|\s*\x03\s*$", re.IGNORECASE)
_LOWER_FIRST = {"The", "A", "An", "This", "These", "Its", "Their", "Some", "Many", "More", "Most", "Shares", "Net"}


@dataclass
class Story:
    corpus: str
    section: str
    headline: str
    paragraphs: list[str]
    dateline: str = ""
    sign_off: str = ""

    def body(self, paragraphs: list[str]) -> str:
        joiner = "\n    " if self.corpus == "reuters" else "\n\n"
        return joiner.join(paragraphs) + self.sign_off


@dataclass
class Case:
    kind: str
    corpus: str
    headline: str
    paragraphs: list[str]
    host: Story
    expect: str | None = None
    at: int | None = None
    """Offset in the body of the first character of the other story or of the second copy."""
    extra: dict[str, object] = field(default_factory=dict)

    def body(self) -> str:
        return self.host.body(self.paragraphs)


def load(name: str) -> list[Story]:
    stories = []
    for line in (CORPORA / name).read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        item = json.loads(line)
        if name.startswith("reuters"):
            body = item["body"]
            sign = _SIGN_OFF.search(body)
            sign_off = body[sign.start() :] if sign else ""
            body = body[: sign.start()] if sign else body
            paragraphs = [p for p in re.split(r"\n    ", body) if p.strip()]
            section = (item.get("topics") or ["none"])[0]
            stories.append(Story("reuters", section, item["headline"], paragraphs, item.get("dateline", ""), sign_off))
        else:
            paragraphs = [p for p in item["body"].split("\n\n") if p.strip()]
            stories.append(Story("bbc", item["section"], item["headline"], paragraphs))
    return stories


def prose(paragraph: str) -> bool:
    """A paragraph of running text: 12 words or more, ending a sentence."""
    return len(paragraph.split()) >= 12 and bool(re.search(r"[.!?][\"'”’)]*\s*$", paragraph))


def usable(story: Story, paragraphs: int) -> bool:
    return len(story.paragraphs) >= paragraphs and all(prose(p) for p in story.paragraphs[:paragraphs])


def offset_of(host: Story, paragraphs: list[str], index: int, within: int = 0) -> int:
    joiner = "\n    " if host.corpus == "reuters" else "\n\n"
    return sum(len(p) + len(joiner) for p in paragraphs[:index]) + within


def with_transition(transition: str, text: str) -> str:
    if not transition:
        return text
    first = text.split(" ", 1)[0]
    if first in _LOWER_FIRST:
        text = first.lower() + text[len(first) :]
    return transition + text


def donor_opening(rng: random.Random, donor: Story, count: int, dateline: bool) -> list[str]:
    paragraphs = list(donor.paragraphs[:count])
    if dateline and donor.dateline:
        paragraphs[0] = f"{donor.dateline.strip()} {paragraphs[0]}"
    return paragraphs


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases = []
    n = len(host.paragraphs)

    def merge(kind: str, paragraphs: list[str], at: int, transition: str) -> None:
        cases.append(
            Case(f"merge {kind} ({relation})", host.corpus, host.headline, paragraphs, host, "WL601", at,
                 {"transition": transition})
        )

    taken = rng.randint(1, min(3, len(donor.paragraphs)))
    transition = rng.choice(MERGE_TRANSITIONS)
    # run-on: the other story glued to a paragraph's last sentence, running to the end
    cut = rng.randint(1, n - 1)
    other = donor_opening(rng, donor, taken, False)
    glued = host.paragraphs[cut - 1].rstrip()
    first = with_transition(transition, other[0])
    paragraphs = [*host.paragraphs[: cut - 1], glued + first, *other[1:]]
    merge("run-on", paragraphs, offset_of(host, paragraphs, cut - 1, len(glued)), transition)
    # paragraphs inserted between two of the host's
    cut = rng.randint(1, n - 1)
    transition = rng.choice(MERGE_TRANSITIONS)
    other = donor_opening(rng, donor, rng.randint(1, min(2, len(donor.paragraphs))), rng.random() < 0.5)
    other[0] = with_transition(transition, other[0])
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    merge("inserted", paragraphs, offset_of(host, paragraphs, cut), transition)
    # the other story in place of the host's last paragraphs, or appended after them
    for kind, cut in (("replaces the end", rng.randint(2, n - 1) if n > 2 else 1), ("appended", n)):
        transition = rng.choice(MERGE_TRANSITIONS)
        other = donor_opening(rng, donor, rng.randint(1, min(3, len(donor.paragraphs))), rng.random() < 0.5)
        other[0] = with_transition(transition, other[0])
        paragraphs = [*host.paragraphs[:cut], *other]
        merge(kind, paragraphs, offset_of(host, paragraphs, cut), transition)
    return cases


def variants(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    """Merges of shapes the rule was not fitted on: only the first sentence of the other story's lede
    appended as a last paragraph, and one or two of its paragraphs appended to a host without a headline."""
    n = len(host.paragraphs)
    first = sentences(donor.paragraphs[0])[0]
    transition = rng.choice(MERGE_TRANSITIONS)
    paragraphs = [*host.paragraphs, with_transition(transition, first)]
    short = Case(f"merge short tail ({relation})", host.corpus, host.headline, paragraphs, host, "WL601",
                 offset_of(host, paragraphs, n), {"transition": transition})
    transition = rng.choice(MERGE_TRANSITIONS)
    other = donor_opening(rng, donor, rng.randint(1, min(2, len(donor.paragraphs))), rng.random() < 0.5)
    other[0] = with_transition(transition, other[0])
    paragraphs = [*host.paragraphs, *other]
    bare = Case(f"merge no headline ({relation})", host.corpus, "", paragraphs, host, "WL601",
                offset_of(host, paragraphs, n), {"transition": transition})
    return [short, bare]


_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
_ON_TOPIC_TEMPLATES = (
    "{transition}{first} said on Monday that {second} had not yet answered the latest questions about {topic}.",
    "{transition}{first} told reporters that talks with {second} on {topic} would go on for several more weeks.",
    "{transition}officials close to {first} said {second} was expected to set out its view on {topic} soon.",
)


def on_topic(rng: random.Random, host: Story) -> list[Case]:
    """On-topic paragraphs written from the host's own names and headline: a transition word, two of the
    names it uses most and a word of its headline, put in the middle or at the end (nothing expected)."""
    names = Counter(m.group() for p in host.paragraphs for m in _NAME_RUN.finditer(p) if m.start() > 0)
    common = [name for name, _ in names.most_common(4)]
    topic = [w for w in re.findall(r"[A-Za-z]{5,}", host.headline) if w.lower() not in {"after", "about", "their"}]
    if len(common) < 2 or not topic:
        return []
    first, second = rng.sample(common, 2)
    text = rng.choice(_ON_TOPIC_TEMPLATES).format(
        transition=rng.choice(ON_TOPIC_TRANSITIONS), first=first, second=second, topic=rng.choice(topic).lower()
    )
    text = text[0].upper() + text[1:]
    cut = rng.choice([rng.randint(1, len(host.paragraphs) - 1), len(host.paragraphs)])
    paragraphs = [*host.paragraphs[:cut], text, *host.paragraphs[cut:]]
    return [Case("control on-topic paragraph from its names", host.corpus, host.headline, paragraphs, host)]


_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[\"“]?[A-Z])")
"""A full stop after a lower-case word, then a capital: not "U.S.", "Jr." or "11.1"."""


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def duplicates(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    source = rng.randrange(n)
    target = rng.choice([source + 1, rng.randint(source + 1, n)])
    paragraphs = [*host.paragraphs[:target], host.paragraphs[source], *host.paragraphs[target:]]
    cases.append(
        Case(
            "duplicate paragraph",
            host.corpus,
            host.headline,
            paragraphs,
            host,
            "WL602",
            offset_of(host, paragraphs, target),
        )
    )
    long = [
        (i, " ".join(s.split())) for i, p in enumerate(host.paragraphs) for s in sentences(p) if len(s.split()) >= 8
    ]
    if long:
        index, sentence = rng.choice(long)
        later = [i for i in range(n) if i != index]
        target = rng.choice(later)
        paragraphs = list(host.paragraphs)
        if rng.random() < 0.5:
            paragraphs[target] = paragraphs[target].rstrip() + " " + sentence
            at = offset_of(host, paragraphs, target, len(paragraphs[target]) - len(sentence))
        else:
            paragraphs.insert(target + 1, sentence)
            at = offset_of(host, paragraphs, target + 1)
        if at > offset_of(host, paragraphs, index):
            cases.append(Case("duplicate sentence", host.corpus, host.headline, paragraphs, host, "WL602", at))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    p = rng.randint(1, n - 1)
    paragraphs = list(host.paragraphs)
    paragraphs[p] = with_transition(rng.choice(ON_TOPIC_TRANSITIONS), paragraphs[p])
    cases.append(Case("control on-topic transition", host.corpus, host.headline, paragraphs, host))
    p = rng.randint(0, n - 2)
    paragraphs = list(host.paragraphs)
    transition = rng.choice(("", "", *ON_TOPIC_TRANSITIONS))
    paragraphs[p : p + 2] = [paragraphs[p].rstrip() + with_transition(transition, paragraphs[p + 1])]
    cases.append(Case("control run together", host.corpus, host.headline, paragraphs, host))
    named = [i for i in range(2, n) if re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", host.paragraphs[i])]
    if named:
        q = rng.choice(named)
        p = rng.randint(1, q - 1)
        paragraphs = list(host.paragraphs)
        moved = paragraphs.pop(q)
        paragraphs.insert(p, with_transition(rng.choice(("", *ON_TOPIC_TRANSITIONS)), moved))
        cases.append(Case("control background moved up", host.corpus, host.headline, paragraphs, host))
    long = [" ".join(s.split()) for p in host.paragraphs for s in sentences(p) if len(s.split()) >= 8]
    if long:
        case = Case("control standfirst/caption repeats body", host.corpus, host.headline, list(host.paragraphs), host)
        case.extra = {"subheadline": rng.choice(long), "caption": rng.choice(long)}
        cases.append(case)
    return cases


def record(case: Case) -> tuple[str, int | None]:
    """The JSON line of a case, and the offset in it of the expected finding."""
    head = {"headline": case.headline}
    if "subheadline" in case.extra:
        head["subheadline"] = case.extra["subheadline"]
        head["associations"] = {"picture": {"description_text": case.extra["caption"]}}
    prefix = json.dumps(head, ensure_ascii=False)[:-1] + ', "body_text": '
    body = case.body()
    at = None
    if case.at is not None:
        at = len(prefix) + len(json.dumps(body[: case.at], ensure_ascii=False)) - 1
    return prefix + json.dumps(body, ensure_ascii=False) + "}", at


def lint(lines: list[str]) -> tuple[str, list[Finding]]:
    source = "\n".join(lines) + "\n"
    result = default_engine().lint_source("cases.jsonl", source, Settings(select=("WL6",)))
    if result.errors:
        raise SystemExit(f"lint errors: {result.errors[:3]}")
    return source, result.findings


def by_line(source: str, findings: list[Finding]) -> tuple[list[int], dict[int, list[Finding]]]:
    starts = [0] + [m.end() for m in re.finditer("\n", source)]
    found: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        found[finding.line - 1].append(finding)
    return starts, found


def evaluate(cases: list[Case], show: int) -> dict[str, list[int]]:
    """Per kind: [cases, hits (positives) or flagged (controls)]."""
    lines, expected = zip(*(record(case) for case in cases), strict=True)
    source, findings = lint(list(lines))
    starts, found = by_line(source, findings)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    shown: Counter[str] = Counter()
    for number, case in enumerate(cases):
        row = tally[f"{case.corpus}: {case.kind}"]
        row[0] += 1
        here = found.get(number, [])
        if case.expect:
            at = starts[number] + expected[number]
            hit = any(f.code == case.expect and abs(f.start - at) <= 2 for f in here)
            row[1] += hit
            if case.expect == "WL602":
                fixes = tally[f"{case.corpus}: duplicate fixed, every other word kept"]
                fixes[0] += 1
                fixes[1] += hit and _fix_keeps_the_host(case, source, starts[number], here)
            if not hit and shown[case.kind] < show:
                shown[case.kind] += 1
                _show("MISSED " + case.kind, case, here, source)
        else:
            row[1] += bool(here)
            if here and shown[case.kind] < show:
                shown[case.kind] += 1
                _show("FLAGGED " + case.kind, case, here, source)
    return tally


def _fix_keeps_the_host(case: Case, source: str, start: int, findings: list[Finding]) -> bool:
    """Whether the WL602 fixes turn the case back into its host article, word for word."""
    end = source.index("\n", start)
    edits = [f for f in findings if f.code == "WL602"]
    fixed, _ = apply_edits(source[:end], edits)
    body = json.loads(fixed[start:])["body_text"]
    return body.split() == case.host.body(case.host.paragraphs).split()


def _show(title: str, case: Case, findings: list[Finding], source: str) -> None:
    print(f"\n=== {title} [{case.corpus}] {case.headline[:70]} {case.extra.get('transition', '')!r}")
    for index, paragraph in enumerate(case.paragraphs):
        print(f"  [{index}] {paragraph[:160]!r}")
    for finding in findings:
        print(f"  -> {finding.code} {finding.message[:160]} @ {source[finding.start : finding.start + 60]!r}")


def untouched(stories: list[Story], show: int) -> tuple[int, int, int]:
    """(articles, articles with a WL6 finding, WL6 findings) over the untouched articles."""
    lines = [
        json.dumps({"headline": s.headline, "body_text": s.body(s.paragraphs)}, ensure_ascii=False) for s in stories
    ]
    source, findings = lint(lines)
    _, found = by_line(source, findings)
    for number in list(found)[:show]:
        story = stories[number]
        print(f"\n=== UNTOUCHED [{story.corpus}/{story.section}] {story.headline[:70]}")
        for finding in found[number]:
            print(f"  -> {finding.code} {finding.message[:200]} @ {source[finding.start : finding.start + 80]!r}")
    return len(stories), len(found), len(findings)


def build(rng: random.Random, stories: list[Story], hosts: int, new_shapes: bool = False, seed: int = 0,
          held_out: bool = False) -> list[Case]:
    hosts_pool = [s for s in stories if usable(s, 3)]
    donors = [s for s in stories if usable(s, 2)]
    by_section: dict[str, list[Story]] = defaultdict(list)
    for story in donors:
        by_section[story.section].append(story)
    cases: list[Case] = []
    for host in rng.sample(hosts_pool, min(hosts, len(hosts_pool))):
        same = [s for s in by_section[host.section] if s is not host]
        other = [s for s in donors if s.section != host.section]
        for relation, pool in (("same section", same), ("other section", other)):
            if pool:
                donor = rng.choice(pool)
                cases.extend(merges(rng, host, donor, relation))
                if new_shapes:
                    cases.extend(variants(rng, host, donor, relation))
        if new_shapes:
            # a generator of its own, so that the other cases stay those of the same seed without it
            cases.extend(on_topic(random.Random(zlib.crc32(f"{seed}:{host.headline}".encode())), host))
        if held_out:
            from integrity_heldout import held_out as held_out_cases  # it imports this module

            cases.extend(held_out_cases(random.Random(zlib.crc32(f"held-out {seed}:{host.headline}".encode())),
                                        host, same, other))
        cases.extend(duplicates(rng, host))
        cases.extend(controls(rng, host))
    return cases


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=300, help="host articles per corpus")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--show", type=int, default=0, help="missed cases and flagged controls to print per kind")
    parser.add_argument("--skip-untouched", action="store_true")
    parser.add_argument(
        "--new-shapes",
        action="store_true",
        help="add shapes WL601 was not fitted on: merges (short tail, no headline) and on-topic paragraphs "
        "written from the host's own names",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="add the fifth round's held-out merges (benchmarks/integrity_heldout.py): two paragraphs inserted, "
        "same-section stories about other names, short sentence tails, dateline or quotation first, hard-wrapped",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rng = random.Random(args.seed)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows: list[tuple[str, int, int]] = []
    for name in ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"):
        stories = load(name)
        tally = evaluate(build(rng, stories, args.hosts, args.new_shapes, args.seed, args.held_out), args.show)
        for kind, (count, hits) in sorted(tally.items()):
            rows.append((kind, count, hits))
            if "held-out" in kind:
                group = "recall, held-out merged stories (WL601)"
            elif "merge" in kind:
                group = "recall, merged stories (WL601)"
            elif "fixed" in kind:
                group = "WL602 fixes that give back the host word for word"
            elif "duplicate" in kind:
                group = "recall, duplicated text (WL602)"
            else:
                group = "controls flagged (any WL6)"
            totals[group][0] += count
            totals[group][1] += hits
        if not args.skip_untouched:
            articles, _flagged, found = untouched(stories, args.show)
            rows.append((f"{stories[0].corpus}: untouched articles (WL6 findings per 100)", articles, found))
    print(f"\n{'case':<62} {'n':>6} {'hits':>6} {'rate':>7}")
    for kind, count, hits in rows:
        rate = 100 * hits / count if "per 100" in kind else hits / count
        print(f"{kind:<62} {count:>6} {hits:>6} {rate:>7.3f}")
    print()
    for group, (count, hits) in sorted(totals.items()):
        print(f"{group:<62} {count:>6} {hits:>6} {hits / count:>7.3f}")
    print(f"\n({time.perf_counter() - started:.0f} s, seed {args.seed}, {args.hosts} hosts per corpus)")


if __name__ == "__main__":
    main()
