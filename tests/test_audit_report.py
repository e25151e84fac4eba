"""The HTML report: self-contained, totals per family, charts, worst articles; and how Chromium renders it."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from test_audit_archive import DRAFT_PACK, build_archive

from wirelint.audit.outputs import read_findings
from wirelint.audit.summary import family_label, family_of

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
COUNT = 30
MONTHS = ["2004-01", "2004-02", "2004-03", "2004-04", "2004-05", "2004-06"]


class Page(HTMLParser):
    """The parts of a page the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self._open_id: list[str | None] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open_id.append(dict(attrs).get("id"))

    def handle_endtag(self, tag: str) -> None:
        if self._open_id:
            self._open_id.pop()

    def handle_data(self, data: str) -> None:
        for ident in self._open_id:
            if ident:
                self.text_by_id[ident] = self.text_by_id.get(ident, "") + data

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if attrs.get("id")}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    root = tmp_path_factory.mktemp("report")
    archive = build_archive(root / "archive", COUNT)
    result = run_cli(
        "audit", str(archive), "--scheduler", "synchronous", "--no-cache", "--top", "5",
        "--html", str(root / "report.html"), "-o", str(root / "findings.jsonl"),
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    return root / "report.html", read_findings(root / "findings.jsonl")


def test_report_is_self_contained(report: tuple[Path, list[dict]]):
    html = report[0].read_text(encoding="utf-8")
    page = Page(html)
    assert not [tag for tag, _ in page.tags if tag in ("script", "link", "img", "iframe", "object")]
    fetches = [v for _, attrs in page.tags for k, v in attrs.items() if k in ("src", "href") and not v.startswith("#")]
    assert fetches == [], "every link stays inside the page"
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]


def test_report_totals_match_the_findings(report: tuple[Path, list[dict]]):
    path, rows = report
    page = Page(path.read_text(encoding="utf-8"))
    assert page.text_by_id["total-articles"] == str(COUNT)
    assert page.text_by_id["total-findings"] == f"{len(rows):,}"
    families = page.text_by_id["families"]
    for family in {family_of(row["code"]) for row in rows}:
        count = sum(1 for row in rows if family_of(row["code"]) == family)
        assert re.search(rf"{re.escape(family_label(family))}{count:,}\d", families), family


def test_report_charts_time_and_sections_offline(report: tuple[Path, list[dict]]):
    html = report[0].read_text(encoding="utf-8")
    time_section = html[html.index('id="time"') : html.index('id="sections"')]
    assert time_section.count("<svg") == 2
    for month in MONTHS:
        assert f">{month}</text>" in time_section
    sections = html[html.index('id="sections"') : html.index('id="sources"')]
    for name in ("business", "sport", "politics", "tech", "world"):
        assert f">{name}</text>" in sections
    sources = html[html.index('id="sources"') : html.index('id="worst"')]
    assert "feed.jsonl" in sources and "store.parquet" in sources


def table_cells(html: str, table_id: str) -> list[list[str]]:
    """The text of each body cell of a generated table, row by row."""
    table = html[html.index(f'<table id="{table_id}">') :]
    body = table[table.index("<tbody>") : table.index("</tbody>")]
    return [
        [re.sub("<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        for row in body.split("<tr>")[1:]
    ]


def test_worst_articles_link_to_their_findings(report: tuple[Path, list[dict]]):
    path, rows = report
    html = path.read_text(encoding="utf-8")
    page = Page(html)
    links = [a["href"] for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("#article-")]
    assert links == [f"#article-{n}" for n in range(1, 6)]
    assert {link[1:] for link in links} <= page.ids()
    per_article: dict[tuple[str, str | None], list[int]] = {}
    for row in rows:
        counts = per_article.setdefault((row["path"], row["article_id"]), [0, 0, 0])
        counts[("error", "warning", "info").index(row["severity"])] += 1
    shown = [[int(cell.replace(",", "")) for cell in cells[5:8]] for cells in table_cells(html, "worst-table")]
    assert shown == sorted(per_article.values(), reverse=True)[:5], "errors first, then warnings, then info"
    first = html[html.index('id="article-1"') : html.index('id="article-2"')]
    assert first.count("<mark>") == sum(shown[0]), "each finding of the article is shown in context"


def test_worst_articles_rank_errors_above_any_number_of_info_findings(tmp_path: Path):
    """Info-level findings filled the list and the one real error ranked 15th."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (tmp_path / "wirelint.toml").write_text('severity = { WL504 = "info" }\n')
    noisy = "\n\n".join(f"The the council met on day {n}." for n in range(12))
    (archive / "noisy.txt").write_text(f"Noisy story\n\n{noisy}\n")
    (archive / "broken.txt").write_text("Broken story\n\nThe council met.\n\nPowered by automated translation\n")
    (archive / "warned.txt").write_text("Warned story\n\nThe council met.The mayor left.\n")
    report = tmp_path / "report.html"
    result = run_cli(
        "audit", str(archive), "--config", str(tmp_path / "wirelint.toml"), "--scheduler", "synchronous",
        "--no-cache", "--html", str(report),
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    worst = result.output[result.output.index("Worst articles") :].splitlines()[2:5]
    assert [Path(line.split()[-1]).name for line in worst] == ["broken.txt", "warned.txt", "noisy.txt"], result.output
    assert worst[0].split()[:3] == ["1", "0", "0"] and worst[2].split()[:3] == ["0", "0", "12"]
    rule_line = next(line for line in result.output.splitlines() if line.startswith("WL504"))
    assert rule_line.split()[2:6] == ["0", "0", "12", "1"], "the per-rule table splits counts by severity"
    html = report.read_text(encoding="utf-8")
    ranked = [Path(cells[1]).name for cells in table_cells(html, "worst-table")]
    assert ranked == ["broken.txt", "warned.txt", "noisy.txt"]
    rules = {cells[0]: cells[2:6] for cells in table_cells(html, "rules")}
    assert rules["WL102"] == ["1", "0", "0", "1"] and rules["WL504"] == ["0", "0", "12", "1"]


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def console_messages(stderr: str) -> list[str]:
    """Messages the page wrote to the console (errors, CSP violations, failed loads)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def load(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after load, and the console messages of the load."""
    done = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri(), profile=profile)
    return done.stdout, console_messages(done.stderr)


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium is not installed (apt-get install chromium)"
)


@pytest.mark.slow
@needs_chromium
def test_console_capture_sees_a_page_that_breaks_the_policy(tmp_path: Path):
    """The control for the test below: a fetch the page policy blocks does reach the console log."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        '</head><body><img src="https://example.org/x.png"></body></html>',
        encoding="utf-8",
    )
    _, messages = load(page, tmp_path / "profile")
    assert messages and "Content Security Policy" in messages[0]


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("kind", ["report", "trial"])
def test_chromium_renders_the_page_without_console_errors(tmp_path: Path, kind: str):
    archive = build_archive(tmp_path / "archive", COUNT)
    page = tmp_path / f"{kind}.html"
    args = ["audit", str(archive), "--scheduler", "synchronous", "--no-cache", "--html", str(page)]
    if kind == "trial":
        pack = tmp_path / "draft.toml"
        pack.write_text(DRAFT_PACK, encoding="utf-8")
        args += ["--pack", str(pack), "--sample", "5"]
    run_cli(*args)
    dom, messages = load(page, tmp_path / "profile-dom")
    assert messages == []
    shown = Page(dom)
    assert shown.text_by_id["total-articles"] == str(COUNT), "the totals are on the page"
    if kind == "report":
        assert "WL1xx leftovers" in shown.text_by_id["families"]
    else:
        assert "said-everywhere" in shown.text_by_id["trial-rules"]
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / f"audit-{kind}.png"
    screenshot.unlink(missing_ok=True)
    chromium(
        "--hide-scrollbars",
        "--window-size=1280,2000",
        f"--screenshot={screenshot}",
        page.as_uri(),
        profile=tmp_path / "profile-shot",
    )
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
