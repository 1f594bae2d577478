"""Server-rendered SVG charts for the evaluation results and the strategy
reports: readable without JavaScript, with a title and description for screen
readers. Pages show the same figures as a data table next to each chart."""

from dataclasses import dataclass
from itertools import count, cycle
from math import cos, pi, sin

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


def _empty(title: str, message: str = "") -> SafeString:
    message = message or _("No scores yet.")
    body = [
        f'<rect x="0" y="0" width="{WIDTH}" height="80" fill="#f5f5f5"/>',
        f'<text x="{WIDTH // 2}" y="45" text-anchor="middle" '
        f'font-size="16" fill="#333">{escape(message)}</text>',
    ]
    return _svg(title, message, body, 80)


def _axes(
    min_value: float, max_value: float, plot_height: int, step: int = 1
) -> list[str]:
    """Horizontal grid lines with their values, one every ``step`` whole
    numbers."""
    lines = []
    for value in range(int(min_value), int(max_value) + 1, step):
        y = _y(value, min_value, max_value, plot_height)
        lines.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#ccc" stroke-width="1"/>'
            f'<text x="{LEFT - 8}" y="{y + 5:.1f}" text-anchor="end" '
            f'font-size="13" fill="#333">{value}</text>'
        )
    return lines


def nice_scale(largest: float, lines: int = 8) -> tuple[int, int]:
    """The top of a count axis and its grid step: whole numbers, at most
    about ``lines`` grid lines, the top at or above ``largest``."""
    step, factors = 1, cycle([2, 2.5, 2])  # 1, 2, 5, 10, 20, 50, ...
    while largest / step > lines:
        step = int(step * next(factors))
    top = max(step, -(-int(largest) // step) * step)
    return top, step


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
    step: int = 1,
    decimals: int = 1,
    empty: str = "",
) -> SafeString:
    """Grouped bars: one group per category, one bar per series; a grid line
    every ``step``, values shown with ``decimals`` decimals, ``empty`` said
    when there is no value."""
    if not series or not any(v is not None for s in series for v in s.values):
        return _empty(title, empty)
    plot_height = HEIGHT - TOP - BOTTOM
    plot_width = WIDTH - LEFT - RIGHT
    group_width = plot_width / len(categories)
    bar_width = group_width * 0.8 / len(series)
    body = _axes(min_value, max_value, plot_height, step)
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
                f"<title>{escape(one.label)}, {escape(category)}: "
                f"{value:.{decimals}f}</title>"
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


@dataclass(frozen=True)
class Node:
    """One organisation around the centre of a network picture: its group
    (a sector, placed together) and the weight of its tie to the centre."""

    label: str
    group: str
    weight: int


NETWORK_SIZE = 640


def network_chart(
    *, title: str, centre: str, nodes: list[Node], description: str = ""
) -> SafeString:
    """The centre in the middle and the nodes on a circle around it, a group's
    nodes side by side in the group's colour; each tie to the centre is as
    thick as its weight. The legend names the groups."""
    if not nodes:
        return _empty(title, _("No partners yet."))
    middle = NETWORK_SIZE / 2
    radius = NETWORK_SIZE / 2 - 110
    groups = list(dict.fromkeys(node.group for node in nodes))
    heaviest = max(node.weight for node in nodes)
    body = []
    labels = []
    for position, node in enumerate(nodes):
        angle = 2 * pi * position / len(nodes) - pi / 2
        x, y = middle + radius * cos(angle), middle + radius * sin(angle)
        colour = COLOURS[groups.index(node.group) % len(COLOURS)]
        width = 1 + 7 * node.weight / heaviest
        tip = f"{escape(node.label)} ({escape(node.group)}): {node.weight}"
        body.append(
            f'<line x1="{middle}" y1="{middle}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.7">'
            f"<title>{tip}</title></line>"
        )
        labels.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}">'
            f"<title>{tip}</title></circle>"
        )
        if len(nodes) <= 40:
            anchor = (
                "start"
                if cos(angle) > 0.1
                else "end"
                if cos(angle) < -0.1
                else "middle"
            )
            lx, ly = x + 12 * cos(angle), y + 12 * sin(angle) + 4
            labels.append(
                f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" '
                f'font-size="12" fill="#333">{escape(_fit(node.label, 100))}</text>'
            )
    body += labels
    body.append(
        f'<circle cx="{middle}" cy="{middle}" r="34" fill="#1d2125"/>'
        f'<text x="{middle}" y="{middle + 4}" text-anchor="middle" '
        f'font-size="12" fill="#fff">{escape(_fit(centre, 64))}</text>'
    )
    body += _legend([Series(group, []) for group in groups], NETWORK_SIZE + 8)
    return _svg(
        title,
        description,
        body,
        NETWORK_SIZE + 16 + len(groups) * LEGEND_ROW,
    )
