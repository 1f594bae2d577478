"""The annual report's contents as headed sections of text and tables, which
the print view and the Word document both render."""

from dataclasses import dataclass, field
from io import BytesIO

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.models import Sector
from partnerships.strategy import figures
from partnerships.tools.common import display_name, file_slug


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list]


@dataclass
class Section:
    key: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    # SVG charts of the same figures, shown in the print view only.
    charts: list = field(default_factory=list)


def _number(value) -> str:
    return "–" if value is None else str(value).replace(".", ",")


def _stage_labels() -> list[str]:
    return [str(stage.label) for stage in figures.STAGES]


def portfolio_section(portfolio: figures.Portfolio) -> Section:
    rows = [
        [
            row.goal.title,
            *row.counts,
            row.total,
            row.gives,
            row.gets,
            row.gives_only,
        ]
        for row in portfolio.goals
    ]
    rows.append([_("No goal"), *portfolio.unlinked, portfolio.unlinked_total])
    rows[-1] += ["", "", ""]
    flagged = [row.goal.title for row in portfolio.flagged]
    return Section(
        "portfolio",
        _("Goal portfolio"),
        [
            _("Goals no open partnership serves: %(goals)s.")
            % {"goals": ", ".join(flagged) if flagged else _("none")},
            _(
                "“Gives without gets”: partnerships that record what the library "
                "gives but not what it gets."
            ),
        ],
        [
            Table(
                _("Partnerships per strategic goal and stage"),
                [
                    _("Goal"),
                    *_stage_labels(),
                    _("Total"),
                    _("Gives recorded"),
                    _("Gets recorded"),
                    _("Gives without gets"),
                ],
                rows,
            )
        ],
    )


def pipeline_section(pipeline: figures.Pipeline) -> Section:
    stage_columns = [
        f"{label}: {what}"
        for label in _stage_labels()
        for what in (_("entered"), _("left"))
    ]
    return Section(
        "pipeline",
        _("Pipeline"),
        [
            _(
                "%(count)s open partnerships have been in their stage for more "
                "than %(days)s days."
            )
            % {"count": pipeline.stuck_count, "days": pipeline.stuck_after},
            _("Moves back: %(back)s. Early ends: %(early)s.")
            % {"back": pipeline.moves_back, "early": pipeline.early_ends},
        ],
        [
            Table(
                _("Entries into and exits from each stage, by quarter"),
                [_("Quarter"), *stage_columns],
                [
                    [q.label, *[n for pair in q.cells for n in pair]]
                    for q in pipeline.quarters
                ],
            ),
            Table(
                _("Conversion to the next stage"),
                [_("Stage"), _("Next stage"), _("Entered"), _("Moved on"), _("Share")],
                [
                    [
                        str(c.stage.label),
                        str(c.to.label),
                        c.entered,
                        c.went_on,
                        "–" if c.percent is None else f"{_number(c.percent)} %",
                    ]
                    for c in pipeline.conversions
                ],
            ),
            Table(
                _("Days in each stage"),
                [
                    _("Stage"),
                    _("Stays"),
                    _("Lower quartile"),
                    _("Median"),
                    _("Upper quartile"),
                ],
                [
                    [
                        str(t.stage.label),
                        t.count,
                        _number(t.lower_quartile),
                        _number(t.median),
                        _number(t.upper_quartile),
                    ]
                    for t in pipeline.time_in_stage
                ],
            ),
            Table(
                _("Partnerships stuck in their stage"),
                [_("Partnership"), _("Stage"), _("In the stage since"), _("Days")],
                [
                    [
                        p.title,
                        p.get_stage_display(),
                        date_format(timezone.localtime(p.since).date()),
                        p.days,
                    ]
                    for p in pipeline.stuck
                ],
            ),
            Table(
                _("Moves back and early ends"),
                [
                    _("When"),
                    _("Partnership"),
                    _("Move"),
                    _("From"),
                    _("To"),
                    _("Reason"),
                ],
                [
                    [
                        date_format(timezone.localtime(t.at).date()),
                        t.partnership.title,
                        t.get_move_display(),
                        t.get_from_stage_display(),
                        t.get_to_stage_display(),
                        t.comment,
                    ]
                    for t in pipeline.unusual
                ],
            ),
        ],
    )


def network_section(network: figures.Network) -> Section:
    repeat = [row.name for row in network.repeat]
    return Section(
        "network",
        _("Partner network"),
        [
            _("Repeat partners (more than one partnership): %(names)s.")
            % {"names": ", ".join(repeat) if repeat else _("none")}
        ],
        [
            Table(
                _("Partner organisations by sector"),
                [_("Sector"), _("Organisations"), _("Partnerships")],
                [[s.label, s.organisations, s.partnerships] for s in network.sectors],
            ),
            Table(
                _("Partner organisations"),
                [
                    _("Organisation"),
                    _("Sector"),
                    _("Partnerships"),
                    *_stage_labels(),
                    _("Years"),
                ],
                [
                    [o.name, o.sector_label, o.partnerships, *o.stages, o.years]
                    for o in network.organisations
                ],
            ),
        ],
    )


def sections(report: dict) -> list[Section]:
    return [
        portfolio_section(report["portfolio"]),
        pipeline_section(report["pipeline"]),
        network_section(report["network"]),
    ]


def scope_line(scope: figures.Scope) -> str:
    """What the report covers, in words."""
    parts = [_("Year %(year)s") % {"year": scope.year}]
    if scope.manager is not None:
        parts.append(
            _("project manager %(name)s") % {"name": display_name(scope.manager)}
        )
    if scope.sector:
        parts.append(
            _("partners in the sector %(sector)s")
            % {"sector": Sector(scope.sector).label}
        )
    return ", ".join(str(part) for part in parts)


def docx_response(report: dict) -> HttpResponse:
    """The annual report as a Word document to download."""
    # python-docx is imported only when a report is asked for: it is slow to
    # import, and most requests never need it.
    from docx import Document

    from partnerships.tools.agreement.docx import DOCX_TYPE, xml_text

    title = _("Annual report %(year)s") % {"year": report["year"]}
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = xml_text(report["library"])
    document.add_heading(title, level=0)
    document.add_paragraph(xml_text(report["library"]), style="Subtitle")
    document.add_paragraph(
        _("%(scope)s. Made %(date)s.")
        % {
            "scope": scope_line(report["scope"]),
            "date": date_format(timezone.localdate()),
        }
    )
    for section in sections(report):
        document.add_heading(section.heading, level=1)
        for paragraph in section.paragraphs:
            document.add_paragraph(xml_text(paragraph))
        for table in section.tables:
            document.add_heading(table.caption, level=2)
            if not table.rows:
                document.add_paragraph(_("None."))
                continue
            grid = document.add_table(rows=1, cols=len(table.headers))
            grid.style = "Table Grid"
            for cell, text in zip(grid.rows[0].cells, table.headers, strict=True):
                cell.paragraphs[0].add_run(xml_text(text)).bold = True
            for values in table.rows:
                cells = grid.add_row().cells
                for cell, value in zip(cells, values, strict=True):
                    cell.text = xml_text(value)
    buffer = BytesIO()
    document.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=DOCX_TYPE)
    name = file_slug(_("annual report"), "aarsrapport")
    response["Content-Disposition"] = (
        f'attachment; filename="{name}-{report["year"]}.docx"'
    )
    return response
