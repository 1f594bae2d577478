"""The strategy reports' pages (read-only): goal portfolio, pipeline, partner
network, and the annual report as a print view and a Word document."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from partnerships import permissions
from partnerships.strategy import figures
from partnerships.strategy.forms import MatrixFilter, StrategyFilter
from partnerships.strategy.report import docx_response, scope_line, sections
from partnerships.tools.charts import Node, Series, bar_chart, network_chart, nice_scale
from partnerships.tools.evaluation.results import library_label

MATRIX_PAGE = 50
# The network picture draws the organisations with most partnerships; more
# would not be readable. The table next to it lists every one.
NETWORK_LIMIT = 60


def _filter(request, *, require_year: bool = False) -> StrategyFilter:
    """The report's filter, read from the query string, after checking that
    the user may read the reports."""
    permissions.require(permissions.can_see_strategy(request.user))
    data = request.GET.copy()
    form = StrategyFilter(data, require_year=require_year)
    if require_year and not data.get("year"):
        data["year"] = str(form.fields["year"].choices[0][0])
        form = StrategyFilter(data, require_year=True)
    form.is_valid()
    return form


def _query(request, *drop: str) -> str:
    query = request.GET.copy()
    for key in drop:
        query.pop(key, None)
    return query.urlencode()


TITLES = {
    "portfolio.html": gettext_lazy("Goal portfolio"),
    "pipeline.html": gettext_lazy("Pipeline"),
    "network.html": gettext_lazy("Partner network"),
    "report.html": gettext_lazy("Annual report"),
    "report_print.html": gettext_lazy("Annual report"),
}


def _render(request, template: str, form: StrategyFilter, context: dict):
    return TemplateResponse(
        request,
        f"partnerships/strategy/{template}",
        {
            "form": form,
            "stages": figures.STAGES,
            "page_title": TITLES[template],
            **context,
        },
    )


def count_chart(title: str, description: str, categories, series) -> str:
    """Bars of whole counts, the axis scaled to the largest."""
    largest = max((v for one in series for v in one.values if v is not None), default=0)
    top, step = nice_scale(largest or 1)
    return bar_chart(
        title=title,
        description=description,
        categories=[str(c) for c in categories],
        series=series if categories else [],
        max_value=top,
        step=step,
        decimals=0,
        empty=_("Nothing to show for this choice."),
    )


def portfolio_chart(portfolio: figures.Portfolio) -> str:
    return count_chart(
        _("Partnerships per strategic goal, by stage"),
        _(
            "One group of bars per goal, one bar per stage; the table below "
            "has the same figures."
        ),
        [row.goal.title for row in portfolio.goals],
        [
            Series(str(stage.label), [row.counts[index] for row in portfolio.goals])
            for index, stage in enumerate(figures.STAGES)
        ],
    )


def pipeline_charts(pipeline: figures.Pipeline) -> dict:
    labels = [stage.label for stage in figures.STAGES]
    moves = count_chart(
        _("Entries into and exits from each stage"),
        _("Two bars per stage; the table below has the same figures by quarter."),
        labels,
        [Series(_("Entered"), pipeline.entered), Series(_("Left"), pipeline.left)],
    )
    stays = pipeline.time_in_stage
    largest = max((s.upper_quartile or 0 for s in stays), default=0)
    top, step = nice_scale(largest or 1)
    time_chart = bar_chart(
        title=_("Days in each stage"),
        description=_(
            "Lower quartile, median and upper quartile of the days spent in "
            "each stage; the table below has the same figures."
        ),
        categories=[str(label) for label in labels],
        series=[
            Series(_("Lower quartile"), [s.lower_quartile for s in stays]),
            Series(_("Median"), [s.median for s in stays]),
            Series(_("Upper quartile"), [s.upper_quartile for s in stays]),
        ],
        max_value=top,
        step=step,
        empty=_("No partnership has left a stage in this period."),
    )
    return {"moves_chart": moves, "time_chart": time_chart}


def network_picture(network: figures.Network, library: str) -> str:
    drawn = sorted(network.organisations, key=lambda r: -r.partnerships)[:NETWORK_LIMIT]
    drawn = [row for row in network.organisations if row in drawn]
    description = _(
        "The library in the middle, its partner organisations around it grouped "
        "by sector; the thicker the line, the more partnerships. The table below "
        "has the same figures."
    )
    if len(drawn) < len(network.organisations):
        description += " " + _(
            "The %(count)s organisations with most partnerships are drawn."
        ) % {"count": len(drawn)}
    return network_chart(
        title=_("The library's partner network"),
        centre=library,
        nodes=[Node(row.name, row.sector_label, row.partnerships) for row in drawn],
        description=description,
    )


@require_safe
def portfolio(request):
    """Per strategic goal, the partnerships serving it by stage; the goals
    no open partnership serves; a matrix of partnerships and goals."""
    form = _filter(request)
    if form.errors:
        return _render(request, "portfolio.html", form, {})
    scope = form.scope()
    figures_ = figures.portfolio(scope)
    goals = [row.goal for row in figures_.goals]
    matrix_filter = MatrixFilter(request.GET)
    context = {
        "portfolio": figures_,
        "chart": portfolio_chart(figures_),
        "matrix_filter": matrix_filter,
        "query": _query(request, "goal", "stage", "p"),
    }
    if matrix_filter.is_valid():
        listed = matrix_filter.narrow(scope.partnerships()).select_related(
            "project_manager"
        )
        page = Paginator(listed.order_by("title", "pk"), MATRIX_PAGE).get_page(
            request.GET.get("p")
        )
        served = figures.goal_matrix(page.object_list, [goal.pk for goal in goals])
        context |= {
            "goals": goals,
            "page": page,
            "matrix": [
                (p, [goal.pk in served[p.pk] for goal in goals])
                for p in page.object_list
            ],
            "page_query": _query(request, "p"),
        }
    return _render(request, "portfolio.html", form, context)


@require_safe
def pipeline(request):
    """Stage moves per quarter, conversion, time in stage, the partnerships
    stuck in their stage, moves back and early ends."""
    form = _filter(request)
    if form.errors:
        return _render(request, "pipeline.html", form, {})
    figures_ = figures.pipeline(form.scope())
    return _render(
        request,
        "pipeline.html",
        form,
        {"pipeline": figures_, **pipeline_charts(figures_)},
    )


@require_safe
def network(request):
    """The partner organisations by sector, repeat partners, and the network
    picture."""
    form = _filter(request)
    if form.errors:
        return _render(request, "network.html", form, {})
    figures_ = figures.network(form.scope())
    return _render(
        request,
        "network.html",
        form,
        {
            "network": figures_,
            "picture": network_picture(figures_, library_label(request)),
        },
    )


@require_safe
def annual_report(request):
    """The year's portfolio, pipeline and network in one: a page to choose
    the year, a print view (``?format=print``) and a Word file
    (``?format=docx``)."""
    form = _filter(request, require_year=True)
    kind = request.GET.get("format", "")
    if form.errors or kind not in {"print", "docx"}:
        unknown = kind not in {"", "print", "docx"}
        return _render(request, "report.html", form, {"format_unknown": unknown})
    scope = form.scope()
    report = {
        "year": scope.year,
        "scope": scope,
        "library": library_label(request),
        "portfolio": figures.portfolio(scope),
        "pipeline": figures.pipeline(scope),
        "network": figures.network(scope),
    }
    if kind == "docx":
        return docx_response(report)
    charts = {
        "portfolio": [portfolio_chart(report["portfolio"])],
        "pipeline": list(pipeline_charts(report["pipeline"]).values()),
        "network": [network_picture(report["network"], report["library"])],
    }
    parts = sections(report)
    for part in parts:
        part.charts = charts[part.key]
    return _render(
        request,
        "report_print.html",
        form,
        {
            **report,
            "sections": parts,
            "scope_line": scope_line(scope),
            "query": _query(request, "format"),
        },
    )
