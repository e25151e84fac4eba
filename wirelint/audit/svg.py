"""Charts as inline SVG: no script, no library, no network, so a report works offline.

Colours come from the page's CSS classes (``bar``, ``axis``, ``label``); each
bar carries a ``<title>`` that browsers show as a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR_HEIGHT = 22
LABEL_WIDTH = 220
VALUE_WIDTH = 90
MAX_LABEL = 28


def _short(label: str, limit: int = MAX_LABEL) -> str:
    """A label cut to fit; a path keeps its end, where the file name is."""
    if len(label) <= limit:
        return label
    return "…" + label[-(limit - 1) :] if "/" in label else label[: limit - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def bar_chart(items: Sequence[tuple[str, float, str]], title: str, width: int = 720) -> str:
    """Horizontal bars, one row per ``(label, value, tooltip)``."""
    height = BAR_HEIGHT * len(items) + 8
    top = max((value for _, value, _ in items), default=0) or 1
    span = width - LABEL_WIDTH - VALUE_WIDTH
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>'
    ]
    for index, (label, value, tooltip) in enumerate(items):
        y = 4 + index * BAR_HEIGHT
        length = max(span * value / top, 1 if value else 0)
        parts.append(
            f"<g><title>{escape(tooltip)}</title>"
            f'<text class="label" x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(_short(label))}</text>'
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{BAR_HEIGHT - 6}"/>'
            f'<text class="value" x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}">{_number(value)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: Sequence[tuple[str, float, str]], title: str, width: int = 720, height: int = 240) -> str:
    """Vertical bars over an ordered axis (time): ``(label, value, tooltip)``; some labels are skipped to fit."""
    left, bottom, top_margin = 56, 36, 12
    plot_width, plot_height = width - left - 8, height - bottom - top_margin
    top = max((value for _, value, _ in items), default=0) or 1
    step = plot_width / max(len(items), 1)
    every = max(1, round(len(items) / 12))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>'
    ]
    for fraction in (0, 0.5, 1):
        y = top_margin + plot_height * (1 - fraction)
        parts.append(
            f'<line class="axis" x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="label" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(top * fraction)}</text>'
        )
    for index, (label, value, tooltip) in enumerate(items):
        bar = plot_height * value / top
        x = left + index * step
        parts.append(
            f'<g><title>{escape(tooltip)}</title><rect class="bar" x="{x + step * 0.1:.1f}" '
            f'y="{top_margin + plot_height - bar:.1f}" width="{max(step * 0.8, 1):.1f}" height="{bar:.1f}"/></g>'
        )
        if index % every == 0:
            parts.append(
                f'<text class="label" x="{x + step / 2:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
