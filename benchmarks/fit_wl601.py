"""Measure candidate WL601 signs on spliced cases, fit their weights, and choose the bar on another seed.

    python benchmarks/fit_wl601.py gather 17 /tmp/seed17.json   # every gap's stretches, scored
    python benchmarks/fit_wl601.py gather 5 /tmp/seed5.json
    python benchmarks/fit_wl601.py fit /tmp/seed17.json /tmp/seed5.json [SIGN ...]

``gather`` builds the spliced cases of benchmarks/eval_integrity.py at a seed
(300 hosts per corpus) and reads the untouched articles, and records for
every stretch at every gap its score under the current weights and the
candidate signs of :func:`extras` (none of them weighed by the rule yet).
``fit`` fits a weight for each named sign, one set for a stretch that runs to
the end and one for a stretch between two parts: a logistic regression with
the current score as a fixed offset, the true gap's stretch against the gaps
of controls, of hosts and of the untouched articles of even rank (the fit of
docs/integrity.md). Then, on the second seed's file, it finds the lowest bar
at which on-topic transitions, controls and the untouched articles of odd
rank are flagged no more often than with the current weights and bar, and
prints the recall either way, by shape (one candidate per gap, the
highest-scoring stretch, as the rule takes it). Nothing of the corpora is
written but the measures.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import build, load, record

from wirelint.api import default_engine
from wirelint.text import storybreaks, storyscore
from wirelint.text.cohesion import cosine
from wirelint.text.storysigns import name_stems, paragraph_signs
from wirelint.text.vocabulary import article_vocabulary, stem

_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PRONOUN_SAID = re.compile(
    r"\b(?:he|she|they|it|we)\s+(?:also\s+)?(?:said|added|says|adds|noted|notes|told|stated|explained|argued|warned|"
    r"estimated|predicted|forecast|believes|believed|thinks|thought)\b|\b(?:said|added|says|adds|noted)\s+(?:he|she|they)\b"
)
_ALSO = re.compile(r"\balso\b")
_ORDINAL = re.compile(
    r"^[\"'“‘]?(?:First|Firstly|Second|Secondly|Third|Thirdly|Finally|Lastly|Other|Another|A\s+second|"
    r"A\s+similar|Similar|The\s+other|The\s+rest|The\s+remaining|Two|Three|Four|Five|Both)\b"
)
_DEFINITE = re.compile(r"^[\"'“‘]?The\s+(?:[\w\-]+\s+){0,2}?([a-z][a-z\-]+)\b")
_OTHER = re.compile(r"^[\"'“‘]?(?:\S+\s+){0,3}(?:other|similar|second|further|same)\b")
_SPEAKER = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s){0,2}[A-Z][\w'’\-]+)\s+(?:also\s+)?(?:said|added|says|adds|noted|told)\b"
    r"|\b(?:said|added|says|adds)\s+((?:[A-Z][\w'’\-]+\s?){1,3})"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


def _article(vocabulary) -> dict:
    """Per unit: its paragraph, content stems, name stems, weekdays and years."""
    units = vocabulary.units
    paragraph, para_of, terms, names, days, years, first = -1, [], [], [], [], [], []
    numbered = list(storybreaks._numbered(units))
    for placed, number in numbered:
        if placed.opens_paragraph or not para_of:
            paragraph += 1
        para_of.append(paragraph)
        unit = placed.unit
        terms.append(Counter() if unit.capitals else Counter(unit.terms))
        sign = paragraph_signs(placed.block.text)[number]
        names.append(Counter(s for name, stems in sign.names if vocabulary.is_name(name) for s in stems))
        sentence = placed.block.text[unit.start : unit.end]
        days.append(set(_WEEKDAY.findall(sentence)))
        first.append(sign.names[0][1] if unit.initial_name and sign.names else ())
        years.append(set(_YEAR.findall(sentence)))
    return {"para": para_of, "terms": terms, "names": names, "days": days, "years": years, "first": first}


def _sum(counters) -> Counter:
    total: Counter = Counter()
    for counter in counters:
        total.update(counter)
    return total


def extras(vocabulary, info: dict, start: int, end: int) -> dict[str, float]:
    """Candidate signs of a stretch of units [start, end) (see the module docstring)."""
    n = len(info["para"])
    para, terms, names = info["para"], info["terms"], info["names"]
    inside = range(start, end)
    before, after = range(0, start), range(end, n)
    s_terms, s_names = _sum(terms[i] for i in inside), _sum(names[i] for i in inside)
    b_terms = _sum(terms[i] for i in before) + Counter(vocabulary.top_terms)
    b_names = _sum(names[i] for i in before)
    a_names = _sum(names[i] for i in after)
    prev_par = para[start - 1]
    p_units = [i for i in before if para[i] == prev_par]
    p_terms = _sum(terms[i] for i in p_units)
    out: dict[str, float] = {}
    # names the host uses more than once (or in its headline) outside the stretch, and whether the stretch uses them
    outside = Counter()
    for i in (*before, *after):
        outside.update(set(names[i]))
    top = set(vocabulary.top_terms)
    main = {stem for stem, count in outside.items() if count >= 2 or stem in top}
    hit = sum(1 for stem in main if stem in s_names)
    out["main names in"] = hit / len(main) if main else 0.5
    out["main names none"] = float(bool(main) and hit == 0)
    # names of the stretch found nowhere else in the article
    rest_names = b_names + a_names
    lone = {stem for stem in s_names if stem not in rest_names and stem not in top}
    out["lone names"] = min(len(lone), 6) / 6
    out["lone names share"] = len(lone) / len(s_names) if s_names else 0.0
    # the paragraph before the gap against the stretch
    out["prev cosine"] = cosine(p_terms, s_terms)
    # weekdays and years that clash with the rest of the article
    s_days = set().union(*(info["days"][i] for i in inside))
    r_days = set().union(*(info["days"][i] for i in (*before, *after)))
    out["weekday clash"] = float(bool(s_days and r_days and not (s_days & r_days)))
    s_years = set().union(*(info["years"][i] for i in inside))
    r_years = set().union(*(info["years"][i] for i in (*before, *after)))
    out["year clash"] = float(bool(s_years and r_years and not (s_years & r_years)))
    # the first sentence opens with a name the article has not used
    first_names = names[start]
    sentence = vocabulary.units[start].block.text[vocabulary.units[start].unit.start : vocabulary.units[start].unit.end]
    out["pronoun said"] = float(bool(_PRONOUN_SAID.search(sentence)))
    out["also"] = float(bool(_ALSO.search(sentence)))
    out["ordinal"] = float(bool(_ORDINAL.match(sentence)))
    out["leans back"] = max(out["pronoun said"], out["also"], out["ordinal"])
    unit = vocabulary.units[start].unit
    opening = [stem for stem in info["first"][start] if vocabulary.is_name(stem)] if unit.initial_name else []
    out["opens known name"] = float(bool(info["first"][start]) and all(s in b_names for s in info["first"][start]))
    definite = _DEFINITE.match(sentence)
    out["definite known"] = float(bool(definite) and stem(definite.group(1)) in b_terms)
    out["other"] = float(bool(_OTHER.match(sentence)))
    speakers = [m.group(1) or m.group(2) for m in _SPEAKER.finditer(sentence)]
    out["known speaker"] = float(
        any(name_stems(n.strip()) and all(x in b_names for x in name_stems(n.strip())) for n in speakers)
    )
    out["continues"] = max(
        out["leans back"], out["opens known name"], out["definite known"], out["other"], out["known speaker"]
    )
    del opening
    out["opens new name"] = float(
        bool(vocabulary.units[start].unit.initial_name)
        and bool(first_names)
        and not any(s in b_names for s in first_names)
    )
    out.update(_tiling(info, start, end))
    a_terms = _sum(terms[i] for i in after)
    b_only = _sum(terms[i] for i in before)
    out["after share"] = sum(1 for w in s_terms if w in a_terms) / len(s_terms) if s_terms else 0.0
    out["after names"] = sum(1 for w in s_names if w in a_names) / len(s_names) if s_names else 0.0
    out["before share"] = sum(1 for w in s_terms if w in b_only) / len(s_terms) if s_terms else 0.0
    out["after minus before"] = out["after share"] - out["before share"]
    if end < n:
        next_par = para[end]
        n_units = [i for i in after if para[i] == next_par]
        n_terms = _sum(terms[i] for i in n_units)
        n_names = _sum(names[i] for i in n_units)
        ns = cosine(n_terms, s_terms)
        nb = cosine(n_terms, b_terms)
        out["next-stretch cosine"] = ns
        out["sandwich"] = nb - ns
        out["next-stretch names"] = min(sum(1 for s in n_names if s in s_names), 3) / 3
        out["next-stretch names only"] = float(any(s in s_names and s not in b_names for s in n_names))
        pn = cosine(p_terms, n_terms)
        out["local sandwich"] = pn - max(out["prev cosine"], ns)
        out["prev-next cosine"] = pn
    else:
        for key in (
            "next-stretch cosine",
            "sandwich",
            "next-stretch names",
            "next-stretch names only",
            "local sandwich",
            "prev-next cosine",
        ):
            out[key] = 0.0
    return out


TILING_WINDOW = 2
"""Paragraphs on each side of a gap that TextTiling's block comparison sets against each other."""


def _gap_cosines(info: dict) -> list[float]:
    """TextTiling's block comparison at each paragraph gap: the content stems of the ``TILING_WINDOW``
    paragraphs before it against those of the ones after it (index g: the gap before paragraph g)."""
    if "gaps" not in info:
        paragraphs: list[Counter] = []
        for number, paragraph in enumerate(info["para"]):
            if paragraph == len(paragraphs):
                paragraphs.append(Counter())
            paragraphs[paragraph].update(info["terms"][number])
        k = TILING_WINDOW
        info["gaps"] = [0.0] + [
            cosine(_sum(paragraphs[max(0, g - k) : g]), _sum(paragraphs[g : g + k])) for g in range(1, len(paragraphs))
        ]
    return info["gaps"]


def _depth(gaps: list[float], g: int) -> float:
    """TextTiling's depth at gap g: how far the similarity climbs on each side before it falls again."""
    if g <= 0 or g >= len(gaps):
        return 0.0
    left = right = gaps[g]
    for value in reversed(gaps[1:g]):
        if value < left:
            break
        left = value
    for value in gaps[g + 1 :]:
        if value < right:
            break
        right = value
    return (left - gaps[g]) + (right - gaps[g])


def _tiling(info: dict, start: int, end: int) -> dict[str, float]:
    """Depth scores at the gap where the stretch starts and (for one between two parts) where it ends,
    and the block similarities there, for paragraph gaps only (0 at a glued sentence)."""
    para, gaps = info["para"], _gap_cosines(info)
    opens = start == 0 or para[start] != para[start - 1]
    g1 = para[start] if opens else 0
    g2 = para[end] if end < len(para) else 0
    d1, d2 = _depth(gaps, g1), _depth(gaps, g2)
    return {
        "tt opens": float(bool(g1)),
        "tt dip": 1.0 - gaps[g1] if g1 else 0.0,
        "tt depth": d1,
        "tt depth end": d2,
        "tt both": min(d1, d2) if g2 else d1,
        "tt block": gaps[g1] if g1 else 0.0,
        "tt block end": gaps[g2] if g2 else 0.0,
    }


def gather(seed: int, target: str, hosts: int = 300, untouched: bool = True) -> None:
    engine = default_engine()
    rng = random.Random(seed)
    rows = []
    blocked: Counter = Counter()

    def add(line: str, case: str, kind: str, corpus: str, at: int | None) -> None:
        article = engine.parse("x.jsonl", line).articles[0]
        vocabulary = article_vocabulary(article)
        info = _article(vocabulary)
        seen_true = False
        for found in storybreaks.options(vocabulary, every=True):
            placed = vocabulary.units[found[0].index]
            start, _ = placed.block.source_span(placed.unit.start, placed.unit.end)
            true = at is not None and abs(start - at) <= 2
            seen_true = seen_true or true
            for option in found:
                if option.words.distinct < storyscore.MIN_TERMS:
                    continue
                inserted = option.end < option.article_units
                glued = option.run_on and option.transition and option.new_person
                glued = glued and option.index >= storyscore.GLUED_SENTENCES_BEFORE
                rows.append(
                    [
                        case,
                        kind,
                        corpus,
                        option.index,
                        true,
                        inserted,
                        round(option.score, 4),
                        {k: round(v, 4) for k, v in extras(vocabulary, info, option.index, option.end).items()},
                        glued,
                    ]
                )
        if at is not None and not seen_true:
            blocked[f"{corpus}: {kind}"] += 1

    for name in ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"):
        stories = load(name)
        for number, case in enumerate(build(rng, stories, hosts)):
            if case.expect == "WL602":
                continue
            line, at = record(case)
            add(line, f"{name}:{number}", case.kind, case.corpus, at)
        for rank, story in enumerate(stories if untouched else []):
            line = json.dumps({"headline": story.headline, "body_text": story.body(story.paragraphs)})
            add(line, f"{name}:u{rank}", f"untouched {'even' if rank % 2 == 0 else 'odd'}", story.corpus, None)
    print("true gaps never measured:", dict(sorted(blocked.items())))
    Path(target).write_text(json.dumps(rows))


def _label(row: list) -> int | None:
    _, kind, _, _, true, inserted, *_ = row
    if not true:
        merge = "merge" in kind and os.environ.get("FIT_REAL", "0") == "0"
        return 0 if kind.startswith(("control", "untouched even")) or merge else None
    return 1 if ("inserted" in kind) == inserted else None


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    size = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(size):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                for c in range(col, size + 1):
                    a[r][c] -= factor * a[col][c]
    return [a[i][size] / a[i][i] if a[i][i] else 0.0 for i in range(size)]


def fit_one(rows: list[list], inserted: bool, signs: list[str], ridge: float = 1.0) -> list[float]:
    """Weights of ``signs`` and a bias for one weight set (Newton's method, current score as offset)."""
    data = [
        (row[6], [row[7][s] for s in signs] + [1.0], _label(row))
        for row in rows
        if row[5] == inserted and _label(row) is not None and row[6] > float(os.environ.get("FIT_MIN", "-8"))
    ]
    positives = sum(label for *_, label in data)
    balance = {1: len(data) / (2 * positives), 0: len(data) / (2 * (len(data) - positives))}
    if os.environ.get("FIT_BALANCE", "1") == "0":
        balance = {1: 1.0, 0: 1.0}
    size = len(signs) + 1
    weights = [0.0] * size
    for _ in range(20):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        for offset, x, label in data:
            total = offset + sum(w * v for w, v in zip(weights, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))
            c = balance[label]
            g = c * (p - label)
            v = c * p * (1 - p)
            for i in range(size):
                grad[i] += g * x[i]
                for j in range(i, size):
                    hess[i][j] += v * x[i] * x[j]
        for i in range(size):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i < size - 1:
                hess[i][i] += ridge
                grad[i] += ridge * weights[i]
        step = _solve(hess, grad)
        length = math.sqrt(sum(s * s for s in step))
        if length > 2.0:  # a damped Newton step: the offsets make the first steps overshoot
            step = [s * 2.0 / length for s in step]
        weights = [w - s for w, s in zip(weights, step, strict=True)]
    return weights


def judge(
    rows: list[list], signs: list[str], weights: dict[bool, list[float]], bar: float, use_bias: bool = False
) -> dict[str, tuple[int, int]]:
    """Per kind and corpus: (cases, flagged or found), one candidate per gap as the rule takes it."""
    best: dict[tuple[str, int], list] = {}
    for row in rows:
        w = weights[row[5]]
        score = row[6] + sum(w[i] * row[7][s] for i, s in enumerate(signs)) + (w[-1] if use_bias else 0.0)
        key = (row[0], row[3])
        margin = score + (storyscore.THRESHOLD - storyscore.INSERTED_THRESHOLD if row[5] else 0.0)
        if key not in best or margin > best[key][2]:
            best[key] = [score, row, margin]
    per_case: dict[str, list] = defaultdict(lambda: [None, False, 0])
    lower = storyscore.THRESHOLD - storyscore.INSERTED_THRESHOLD  # a stretch between two parts has a lower bar
    for score, row, _ in best.values():
        merge = score >= bar - (lower if row[5] else 0.0) or (row[8] and score >= storyscore.GLUED_THRESHOLD)
        entry = per_case[row[0]]
        entry[0] = f"{row[2]}: {row[1]}"
        if row[4]:
            entry[1] = entry[1] or merge
        elif not row[1].startswith("merge"):
            entry[1] = entry[1] or merge
            entry[2] += merge
    tally: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for kind, found, count in per_case.values():
        cases, hits = tally[kind]
        tally[kind] = (cases + 1, hits + (count if "untouched" in kind else found))
    return tally


def summary(tally: dict[str, tuple[int, int]], cases: dict[str, int]) -> dict[str, float]:
    merged = [(k, v) for k, v in tally.items() if "merge" in k]
    # cases whose true gap was never measured count as misses
    total = sum(cases.get(k, c) for k, (c, _) in merged)
    out = {"recall": round(sum(h for _, (_, h) in merged) / max(1, total), 4)}
    for corpus in ("bbc", "reuters"):
        out[f"{corpus} on-topic"] = tally.get(f"{corpus}: control on-topic transition", (0, 0))[1]
        out[f"{corpus} untouched odd"] = tally.get(f"{corpus}: untouched odd", (0, 0))[1]
    out["controls"] = sum(h for k, (_, h) in tally.items() if "control" in k)
    return out


def _cases(rows: list[list]) -> dict[str, int]:
    seen: dict[str, set] = defaultdict(set)
    for row in rows:
        seen[f"{row[2]}: {row[1]}"].add(row[0])
    return {k: len(v) for k, v in seen.items()}


def _derive(rows: list[list]) -> list[list]:
    """Signs made of the gathered ones."""
    for row in rows:
        signs = row[7]
        known = (signs["definite known"], signs["known speaker"], signs["opens known name"])
        signs["cont"] = max(signs["leans back"], *known)
    return rows


def fit(first: str, second: str, signs: list[str]) -> None:
    rows = _derive(json.loads(Path(first).read_text()))
    weights = {False: fit_one(rows, False, signs), True: fit_one(rows, True, signs)}
    for inserted in (False, True):
        print(
            "inserted" if inserted else "to the end",
            {s: round(w, 2) for s, w in zip([*signs, "bias"], weights[inserted], strict=True)},
        )
    chosen = _derive(json.loads(Path(second).read_text()))
    cases = _cases(chosen)
    zero = {False: [0.0] * (len(signs) + 1), True: [0.0] * (len(signs) + 1)}
    before = judge(chosen, signs, zero, storyscore.THRESHOLD)
    base = summary(before, cases)
    print("current weights, bar", storyscore.THRESHOLD, base)
    limits = [key for key in base if key != "recall"]
    for use_bias in (False, True):
        for step in range(-20, 41):
            bar = storyscore.THRESHOLD + step * 0.1
            tally = judge(chosen, signs, weights, bar, use_bias)
            after = summary(tally, cases)
            if all(after[key] <= base[key] for key in limits):
                print(
                    f"with the signs (bias {'fitted' if use_bias else 'kept'}), lowest bar within the same"
                    f" false alarms: {bar:.1f}",
                    after,
                )
                for kind in sorted(k for k in tally if "merge" in k):
                    was, now = before[kind][1] / before[kind][0], tally[kind][1] / tally[kind][0]
                    print(f"   {kind:<48} {was:.2f} -> {now:.2f}")
                break


if __name__ == "__main__":
    if sys.argv[1] == "gather":
        gather(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 300, len(sys.argv) < 6)
    else:
        fit(sys.argv[2], sys.argv[3], sys.argv[4:])
