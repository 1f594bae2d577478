"""Server-rendered SVG charts for the evaluation results: readable without
JavaScript, with a title and description for screen readers. Pages show
the same figures as a data table next to each chart."""

from dataclasses import dataclass
from itertools import count

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# Colour-blind-safe (Okabe–Ito), each with at least 3:1 contrast on white.
COLOURS = ["#0072b2", "#d55e00", "#007a5a", "#a0447a", "#8a6d00", "#555555"]
WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 56
LEGEND_ROW = 20
_ids = count(1)


@dataclass(frozen=True)
class Series:
    """One named row of values; ``None`` where there is no value."""

    label: str
    values: list[float | None]


def _svg(title: str, description: str, body: list[str], height: int) -> SafeString:
    uid = next(_ids)
    return mark_safe(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'aria-labelledby="chart-title-{uid} chart-desc-{uid}">'
        f'<title id="chart-title-{uid}">{escape(title)}</title>'
        f'<desc id="chart-desc-{uid}">{escape(description)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _empty(title: str) -> SafeString:
    message = _("No scores yet.")
    body = [
        f'<rect x="0" y="0" width="{WIDTH}" height="80" fill="#f5f5f5"/>',
        f'<text x="{WIDTH // 2}" y="45" text-anchor="middle" '
        f'font-size="16" fill="#333">{escape(message)}</text>',
    ]
    return _svg(title, message, body, 80)


def _axes(min_value: float, max_value: float, plot_height: int) -> list[str]:
    """Horizontal grid lines with their values, one per whole number."""
    lines = []
    for step in range(int(min_value), int(max_value) + 1):
        y = _y(step, min_value, max_value, plot_height)
        lines.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#ccc" stroke-width="1"/>'
            f'<text x="{LEFT - 8}" y="{y + 5:.1f}" text-anchor="end" '
            f'font-size="13" fill="#333">{step}</text>'
        )
    return lines


def _legend(series: list[Series], top: int) -> list[str]:
    items = []
    for index, one in enumerate(series):
        y = top + index * LEGEND_ROW
        colour = COLOURS[index % len(COLOURS)]
        items.append(
            f'<rect x="{LEFT}" y="{y}" width="14" height="14" fill="{colour}"/>'
            f'<text x="{LEFT + 20}" y="{y + 12}" font-size="13" fill="#333">'
            f"{escape(one.label)}</text>"
        )
    return items


def _fit(label: str, width: float) -> str:
    """``label`` shortened with an ellipsis to about ``width`` pixels; the
    table next to the chart has it in full."""
    room = max(int(width / 7.5), 4)
    return label if len(label) <= room else label[: room - 1].rstrip() + "…"


def _y(value: float, min_value: float, max_value: float, plot_height: int) -> float:
    share = (value - min_value) / (max_value - min_value)
    return TOP + plot_height - share * plot_height


def bar_chart(
    *,
    title: str,
    categories: list[str],
    series: list[Series],
    max_value: float,
    min_value: float = 0,
    description: str = "",
) -> SafeString:
    """Grouped bars: one group per category, one bar per series."""
    if not series or not any(v is not None for s in series for v in s.values):
        return _empty(title)
    plot_height = HEIGHT - TOP - BOTTOM
    plot_width = WIDTH - LEFT - RIGHT
    group_width = plot_width / len(categories)
    bar_width = group_width * 0.8 / len(series)
    body = _axes(min_value, max_value, plot_height)
    for group, category in enumerate(categories):
        x0 = LEFT + group * group_width + group_width * 0.1
        for index, one in enumerate(series):
            value = one.values[group]
            if value is None:
                continue
            y = _y(value, min_value, max_value, plot_height)
            body.append(
                f'<rect x="{x0 + index * bar_width:.1f}" y="{y:.1f}" '
                f'width="{bar_width - 2:.1f}" height="{TOP + plot_height - y:.1f}" '
                f'fill="{COLOURS[index % len(COLOURS)]}">'
                f"<title>{escape(one.label)}, {escape(category)}: {value:.1f}</title>"
                "</rect>"
            )
        body.append(
            f'<text x="{x0 + group_width * 0.4:.1f}" y="{TOP + plot_height + 20}" '
            f'text-anchor="middle" font-size="13" fill="#333">'
            f"{escape(_fit(category, group_width))}</text>"
        )
    legend_top = HEIGHT - BOTTOM + 32
    body += _legend(series, legend_top)
    return _svg(title, description, body, legend_top + len(series) * LEGEND_ROW)


def line_chart(
    *,
    title: str,
    x_labels: list[str],
    series: list[Series],
    max_value: float,
    min_value: float = 0,
    description: str = "",
) -> SafeString:
    """One line per series across the x labels; a gap where a value is missing."""
    if not series or not any(v is not None for s in series for v in s.values):
        return _empty(title)
    plot_height = HEIGHT - TOP - BOTTOM
    band = (WIDTH - LEFT - RIGHT) / len(x_labels)

    def x(position: int) -> float:
        # Each point sits in the middle of its own band, so the labels under
        # the first and last points fit inside the chart.
        return LEFT + band * (position + 0.5)

    body = _axes(min_value, max_value, plot_height)
    for position, label in enumerate(x_labels):
        body.append(
            f'<text x="{x(position):.1f}" y="{TOP + plot_height + 20}" '
            f'text-anchor="middle" font-size="13" fill="#333">'
            f"{escape(_fit(label, band))}</text>"
        )
    for index, one in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        points = [
            (x(position), _y(value, min_value, max_value, plot_height), value)
            for position, value in enumerate(one.values)
            if value is not None
        ]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _value in points)
            body.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" '
                f'stroke-width="3"/>'
            )
        for px, py, value in points:
            body.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5" fill="{colour}">'
                f"<title>{escape(one.label)}: {value:.1f}</title></circle>"
            )
    legend_top = HEIGHT - BOTTOM + 32
    body += _legend(series, legend_top)
    return _svg(title, description, body, legend_top + len(series) * LEGEND_ROW)
