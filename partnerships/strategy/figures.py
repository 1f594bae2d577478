"""The strategy reports' figures: which goals the partnerships serve, how they
move through the stages, and whom the library works with.

Each figure comes from a fixed number of grouped queries, however many
partnerships there are; only the time in stage reads one row per stage move,
since a median needs every stay.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median, quantiles

from django.conf import settings
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, ExtractQuarter, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import Sector
from cms.stages import Stage
from partnerships.lifecycle import Move, next_stage
from partnerships.models import (
    PartnerRole,
    Partnership,
    PartnershipGoal,
    StageTransition,
    StrategicGoal,
)

STAGES = list(Stage)
# Lists of single partnerships or moves show at most this many; the count
# above them says how many there are in all.
LIST_LIMIT = 50
UNUSUAL_MOVES = [Move.BACK, Move.END_EARLY]


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The first moment of ``year`` and of the year after, in local time."""
    return tuple(
        timezone.make_aware(datetime.combine(date(y, 1, 1), time.min))
        for y in (year, year + 1)
    )


def _concluded_at(partnership="pk"):
    """When the partnership last moved to concluded."""
    return Subquery(
        StageTransition.objects.filter(
            partnership=OuterRef(partnership), to_stage=Stage.CONCLUDED
        )
        .order_by("-at")
        .values("at")[:1]
    )


@dataclass(frozen=True)
class Scope:
    """The partnerships a report covers: those managed by ``manager``, with a
    partner organisation in ``sector``, and (with a ``year``) active that year:
    begun by its end (start date, else when recorded) and not concluded
    before it began (end date, else the move to concluded)."""

    year: int | None = None
    manager: object = None
    sector: str = ""

    def partnerships(self, *, in_year: bool = True):
        partnerships = Partnership.objects.all()
        if self.manager is not None:
            partnerships = partnerships.filter(project_manager=self.manager)
        if self.sector:
            partnerships = partnerships.filter(
                pk__in=PartnerRole.objects.filter(
                    organisation__sector=self.sector
                ).values("partnership_id")
            )
        if self.year is None or not in_year:
            return partnerships
        first, last = date(self.year, 1, 1), date(self.year, 12, 31)
        start, _end = year_bounds(self.year)
        return partnerships.annotate(concluded_at=_concluded_at()).filter(
            Q(start_date__lte=last)
            | Q(start_date__isnull=True, created_at__date__lte=last),
            ~Q(stage=Stage.CONCLUDED)
            | Q(end_date__gte=first)
            | Q(end_date__isnull=True, concluded_at__gte=start),
        )

    def ids(self, *, in_year: bool = True):
        return self.partnerships(in_year=in_year).order_by().values("pk")


def _by_stage(counts: dict) -> list[int]:
    return [counts.get(stage.value, 0) for stage in STAGES]


# Goal portfolio


@dataclass
class GoalRow:
    """A strategic goal and the partnerships serving it, by stage, with how
    many record what the library gives and what it gets."""

    goal: StrategicGoal
    counts: list[int]
    gives: int = 0
    gets: int = 0
    gives_only: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def open(self) -> int:
        return self.total - self.counts[STAGES.index(Stage.CONCLUDED)]

    @property
    def without_active(self) -> bool:
        """A goal the library pursues that no open partnership serves."""
        return self.goal.active and self.open == 0

    @property
    def cells(self) -> list[tuple[Stage, int]]:
        return list(zip(STAGES, self.counts, strict=True))


@dataclass
class Portfolio:
    goals: list[GoalRow]
    unlinked: list[int]

    @property
    def flagged(self) -> list[GoalRow]:
        return [row for row in self.goals if row.without_active]

    @property
    def unlinked_total(self) -> int:
        return sum(self.unlinked)


def portfolio(scope: Scope) -> Portfolio:
    """Per strategic goal, the partnerships in scope serving it by stage; the
    goals the library still pursues, and those it dropped that partnerships
    in scope still serve."""
    gives, gets = ~Q(partnership__library_gives=""), ~Q(partnership__library_gets="")
    grouped = (
        PartnershipGoal.objects.filter(partnership__in=scope.ids())
        .values("goal_id", "partnership__stage")
        .annotate(
            n=Count("id"),
            gives=Count("id", filter=gives),
            gets=Count("id", filter=gets),
            gives_only=Count("id", filter=gives & ~gets),
        )
        .order_by()
    )
    counts = defaultdict(dict)
    balance = defaultdict(lambda: [0, 0, 0])
    for row in grouped:
        counts[row["goal_id"]][row["partnership__stage"]] = row["n"]
        for index, key in enumerate(["gives", "gets", "gives_only"]):
            balance[row["goal_id"]][index] += row[key]
    goals = [
        GoalRow(goal, _by_stage(counts[goal.pk]), *balance[goal.pk])
        for goal in StrategicGoal.objects.order_by("title")
        if goal.active or goal.pk in counts
    ]
    unlinked = (
        scope.partnerships()
        .filter(goal_links__isnull=True)
        .values("stage")
        .annotate(n=Count("id"))
        .order_by()
    )
    return Portfolio(goals, _by_stage({r["stage"]: r["n"] for r in unlinked}))


def goal_matrix(partnerships, goal_ids: list[int]) -> dict[int, set[int]]:
    """Which of ``goal_ids`` each of ``partnerships`` (one page) serves."""
    served = defaultdict(set)
    for partnership_id, goal_id in PartnershipGoal.objects.filter(
        partnership__in=[p.pk for p in partnerships], goal_id__in=goal_ids
    ).values_list("partnership_id", "goal_id"):
        served[partnership_id].add(goal_id)
    return served


# Pipeline


@dataclass
class QuarterRow:
    year: int
    quarter: int
    entered: list[int]
    left: list[int]

    @property
    def label(self) -> str:
        return _("Q%(quarter)s %(year)s") % {
            "quarter": self.quarter,
            "year": self.year,
        }

    @property
    def cells(self) -> list[tuple[int, int]]:
        return list(zip(self.entered, self.left, strict=True))


@dataclass
class Conversion:
    stage: Stage
    to: Stage
    entered: int
    went_on: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.went_on / self.entered, 1) if self.entered else None


@dataclass
class TimeInStage:
    """How long partnerships stayed in a stage before leaving it, in days."""

    stage: Stage
    days: list[float] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.days)

    @property
    def median(self) -> float | None:
        return round(median(self.days), 1) if self.days else None

    @property
    def quartiles(self) -> tuple[float, float] | tuple[None, None]:
        if not self.days:
            return None, None
        if len(self.days) == 1:
            return self.days[0], self.days[0]
        first, _median, third = quantiles(self.days, n=4, method="inclusive")
        return round(first, 1), round(third, 1)

    @property
    def lower_quartile(self):
        return self.quartiles[0]

    @property
    def upper_quartile(self):
        return self.quartiles[1]


@dataclass
class Pipeline:
    quarters: list[QuarterRow]
    conversions: list[Conversion]
    time_in_stage: list[TimeInStage]
    stuck_after: int
    stuck_count: int
    stuck: list[Partnership]
    unusual_counts: dict[str, int]
    unusual: list[StageTransition]

    @property
    def entered(self) -> list[int]:
        return [sum(q.entered[i] for q in self.quarters) for i in range(len(STAGES))]

    @property
    def left(self) -> list[int]:
        return [sum(q.left[i] for q in self.quarters) for i in range(len(STAGES))]

    @property
    def totals(self) -> list[tuple[Stage, int, int]]:
        return list(zip(STAGES, self.entered, self.left, strict=True))

    @property
    def moves_back(self) -> int:
        return self.unusual_counts.get(Move.BACK.value, 0)

    @property
    def early_ends(self) -> int:
        return self.unusual_counts.get(Move.END_EARLY.value, 0)


def _quarters(queryset, moment: str, stage: str | None) -> dict:
    """Counts of ``queryset`` per (year, quarter, stage) of ``moment``."""
    keys = ["year", "quarter", *([stage] if stage else [])]
    rows = (
        queryset.annotate(year=ExtractYear(moment), quarter=ExtractQuarter(moment))
        .values(*keys)
        .annotate(n=Count("id"))
        .order_by()
    )
    return {
        (r["year"], r["quarter"], r[stage] if stage else Stage.INITIATION.value): r["n"]
        for r in rows
    }


def pipeline(scope: Scope, *, now: datetime | None = None) -> Pipeline:
    """Stage moves of the partnerships in scope, in the scope's year (or ever):
    entries and exits per quarter and stage (a new partnership enters
    initiation), the share of entries into a stage that later moved on to the
    next, how long stays that ended then lasted, moves back and early ends.
    The partnerships stuck in their stage are counted as of ``now``."""
    now = now or timezone.now()
    partnerships = scope.partnerships(in_year=False)
    transitions = StageTransition.objects.filter(
        partnership__in=scope.ids(in_year=False)
    )
    created = partnerships
    if scope.year is not None:
        start, end = year_bounds(scope.year)
        transitions = transitions.filter(at__gte=start, at__lt=end)
        created = created.filter(created_at__gte=start, created_at__lt=end)

    entered = _quarters(transitions, "at", "to_stage")
    for key, n in _quarters(created, "created_at", None).items():
        entered[key] = entered.get(key, 0) + n
    left = _quarters(transitions, "at", "from_stage")
    quarters = [
        QuarterRow(
            year,
            quarter,
            [entered.get((year, quarter, s.value), 0) for s in STAGES],
            [left.get((year, quarter, s.value), 0) for s in STAGES],
        )
        for year, quarter in sorted({key[:2] for key in [*entered, *left]})
    ]

    went_on = StageTransition.objects.filter(
        partnership=OuterRef("partnership_id"),
        from_stage=OuterRef("to_stage"),
        move=Move.FORWARD,
        at__gte=OuterRef("at"),
    )
    cohorts = {
        row["to_stage"]: row
        for row in transitions.annotate(went_on=Exists(went_on))
        .values("to_stage")
        .annotate(
            entered=Count("partnership", distinct=True),
            moved_on=Count("partnership", distinct=True, filter=Q(went_on=True)),
        )
        .order_by()
    }
    # Initiation is entered when a partnership is recorded, or moved back.
    moved_forward = StageTransition.objects.filter(
        partnership=OuterRef("pk"), from_stage=Stage.INITIATION, move=Move.FORWARD
    )
    initiation = partnerships
    if scope.year is not None:
        initiation = initiation.filter(
            Q(pk__in=created.values("pk"))
            | Q(
                pk__in=transitions.filter(to_stage=Stage.INITIATION).values(
                    "partnership"
                )
            )
        )
        moved_forward = moved_forward.filter(at__gte=start)
    cohorts[Stage.INITIATION.value] = initiation.annotate(
        went_on=Exists(moved_forward)
    ).aggregate(entered=Count("pk"), moved_on=Count("pk", filter=Q(went_on=True)))
    conversions = []
    for stage in STAGES[:-1]:
        cohort = cohorts.get(stage.value, {})
        conversions.append(
            Conversion(
                stage,
                next_stage(stage),
                cohort.get("entered") or 0,
                cohort.get("moved_on") or 0,
            )
        )

    return Pipeline(
        quarters=quarters,
        conversions=conversions,
        time_in_stage=_time_in_stage(scope),
        stuck_after=settings.PARTNERSHIPS_STUCK_AFTER_DAYS,
        **_stuck(partnerships, now),
        **_unusual(transitions),
    )


def _time_in_stage(scope: Scope) -> list[TimeInStage]:
    """The stays that ended in the scope's year (or ever): each move ends a
    stay that began with the move before it, or when the partnership was
    recorded."""
    stays = {stage: TimeInStage(stage) for stage in STAGES}
    bounds = year_bounds(scope.year) if scope.year is not None else None
    previous_id, began = None, None
    for partnership_id, stage, at, created_at in (
        StageTransition.objects.filter(partnership__in=scope.ids(in_year=False))
        .order_by("partnership_id", "at", "id")
        .values_list("partnership_id", "from_stage", "at", "partnership__created_at")
    ):
        if partnership_id != previous_id:
            previous_id, began = partnership_id, created_at
        if bounds is None or bounds[0] <= at < bounds[1]:
            seconds = max((at - began).total_seconds(), 0)
            stays[Stage(stage)].days.append(round(seconds / 86400, 1))
        began = at
    return list(stays.values())


def _stuck(partnerships, now: datetime) -> dict:
    """Open partnerships in their stage for longer than the setting, the
    longest first, each with ``since`` and ``days``."""
    stuck = (
        partnerships.open()
        .annotate(since=Coalesce(Max("transitions__at"), "created_at"))
        .filter(since__lt=now - timedelta(days=settings.PARTNERSHIPS_STUCK_AFTER_DAYS))
        .order_by("since", "title", "pk")
    )
    listed = list(stuck.select_related("project_manager")[:LIST_LIMIT])
    for partnership in listed:
        partnership.days = (now - partnership.since).days
    return {"stuck_count": stuck.count(), "stuck": listed}


def _unusual(transitions) -> dict:
    unusual = transitions.filter(move__in=UNUSUAL_MOVES)
    counts = unusual.values("move").annotate(n=Count("id")).order_by()
    return {
        "unusual_counts": {row["move"]: row["n"] for row in counts},
        "unusual": list(
            unusual.select_related("partnership", "by").order_by("-at", "-id")[
                :LIST_LIMIT
            ]
        ),
    }


# Partner network


@dataclass
class OrganisationRow:
    pk: int
    name: str
    sector: str
    partnerships: int
    stages: list[int]
    first_year: int | None
    last_year: int | None
    ongoing: bool

    @property
    def sector_label(self) -> str:
        return str(Sector(self.sector).label) if self.sector in Sector else ""

    @property
    def years(self) -> str:
        """The years the organisation's partnerships span: "2024–2026", "2025",
        "2023–now" while one is open."""
        if self.first_year is None:
            return "–"
        if self.ongoing:
            return _("%(first)s–now") % {"first": self.first_year}
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"

    @property
    def is_repeat(self) -> bool:
        return self.partnerships > 1

    @property
    def cells(self) -> list[tuple[Stage, int]]:
        return list(zip(STAGES, self.stages, strict=True))


@dataclass
class SectorRow:
    sector: str
    organisations: int
    partnerships: int

    @property
    def label(self) -> str:
        return str(Sector(self.sector).label) if self.sector in Sector else ""


@dataclass
class Network:
    sectors: list[SectorRow]
    organisations: list[OrganisationRow]

    @property
    def repeat(self) -> list[OrganisationRow]:
        return [row for row in self.organisations if row.is_repeat]


def _year(moment) -> int | None:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return timezone.localtime(moment).year
    return moment.year


def network(scope: Scope, *, today: date | None = None) -> Network:
    """The partner organisations of the partnerships in scope, by sector: how
    many partnerships each shares with the library, in which stages they are,
    and the years they span (up to this year while one is open)."""
    today = today or timezone.localdate()
    roles = PartnerRole.objects.filter(partnership__in=scope.ids())
    concluded = Q(partnership__transitions__to_stage=Stage.CONCLUDED)
    organisations = (
        roles.values("organisation_id", "organisation__name", "organisation__sector")
        .annotate(
            n=Count("partnership", distinct=True),
            open=Count(
                "partnership",
                distinct=True,
                filter=~Q(partnership__stage=Stage.CONCLUDED),
            ),
            first_start=Min("partnership__start_date"),
            first_created=Min("partnership__created_at"),
            last_end=Max("partnership__end_date"),
            last_concluded=Max("partnership__transitions__at", filter=concluded),
        )
        .order_by()
    )
    stages = defaultdict(dict)
    for row in (
        roles.values("organisation_id", "partnership__stage")
        .annotate(n=Count("id"))
        .order_by()
    ):
        stages[row["organisation_id"]][row["partnership__stage"]] = row["n"]
    order = {sector.value: index for index, sector in enumerate(Sector)}
    rows = []
    for row in organisations:
        firsts = [_year(row["first_start"]), _year(row["first_created"])]
        lasts = [_year(row["last_end"]), _year(row["last_concluded"])]
        first = min((y for y in firsts if y), default=None)
        last = (
            today.year if row["open"] else max((y for y in lasts if y), default=first)
        )
        rows.append(
            OrganisationRow(
                pk=row["organisation_id"],
                name=row["organisation__name"],
                sector=row["organisation__sector"],
                partnerships=row["n"],
                stages=_by_stage(stages[row["organisation_id"]]),
                first_year=first,
                last_year=last,
                ongoing=bool(row["open"]),
            )
        )
    rows.sort(key=lambda r: (order.get(r.sector, len(order)), -r.partnerships, r.name))
    sectors = [
        SectorRow(
            row["organisation__sector"], row["organisations"], row["partnerships"]
        )
        for row in roles.values("organisation__sector")
        .annotate(
            organisations=Count("organisation", distinct=True),
            partnerships=Count("partnership", distinct=True),
        )
        .order_by()
    ]
    sectors.sort(key=lambda r: order.get(r.sector, len(order)))
    return Network(sectors, rows)


def first_year() -> int:
    """The earliest year a partnership began or was recorded in (this year
    when there are none), for the year pickers."""
    found = Partnership.objects.aggregate(
        start=Min("start_date"), created=Min("created_at")
    )
    years = [_year(found["start"]), _year(found["created"])]
    return min((y for y in years if y), default=timezone.localdate().year)
