"""Reading evaluation answers: averages per theme and organisation for a
round, the library staff's view next to the partners' per question, the trend
across a partnership's rounds, the written answers, and the CSV and XLSX
exports. Averages count every score once, so "All" is the mean of all scores
given in a theme, not the mean of the organisations' means."""

import csv
import io
from collections import defaultdict
from statistics import mean

from django.db.models import Avg, Count, Q
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.models import LibraryIdentity
from partnerships.audit import spreadsheet_cell
from partnerships.models import EvaluationAnswer, EvaluationRound, EvaluationTheme
from partnerships.tools.charts import Series, bar_chart, line_chart
from partnerships.tools.common import file_slug

# The two respondent groups the results compare.
LIBRARY_STAFF = gettext_lazy("Library staff")
PARTNERS = gettext_lazy("Partners")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _average(scores: list[int]) -> float | None:
    return round(mean(scores), 1) if scores else None


def library_label(request=None) -> str:
    """What library staff are grouped under "by organisation": the library's
    name when it is filled in, else "The library"."""
    identity = LibraryIdentity.current(request)
    return identity.name.strip() if identity.is_filled_in else _("The library")


def organisation_of(invitation, library: str) -> str:
    """The organisation a respondent answers for: their partner organisation,
    or ``library`` (``library_label``) for the library's staff."""
    if invitation.is_library or invitation.contact.organisation is None:
        return library
    return invitation.contact.organisation.name


def group_of(invitation) -> str:
    return str(LIBRARY_STAFF if invitation.is_library else PARTNERS)


def rounds_with_counts(partnership) -> list[EvaluationRound]:
    """The partnership's rounds, the current agreement cycle first, newest
    first within a cycle, with ``invited`` and ``answered`` counts."""
    rounds = partnership.evaluation_rounds.annotate(
        invited=Count("invitations", distinct=True),
        answered=Count(
            "invitations",
            filter=Q(invitations__answered_at__isnull=False),
            distinct=True,
        ),
    ).order_by("-cycle", "-created_at", "-id")
    current = [r for r in rounds if r.cycle == partnership.cycle]
    return current + [r for r in rounds if r.cycle != partnership.cycle]


def round_answers(
    round: EvaluationRound, *, library: str | None = None
) -> list[EvaluationAnswer]:
    """All answers in the round with their question and respondent, partners
    before library staff within each question; each invitation gets its
    ``organisation`` (``organisation_of``; ``library_label()`` by default)."""
    library = library or library_label()
    answers = (
        EvaluationAnswer.objects.filter(question__round=round)
        .select_related(
            "question", "invitation__contact__organisation", "invitation__member"
        )
        .order_by(
            "question__sort_order",
            "question_id",
            "invitation__contact__name",
            "invitation__member__first_name",
            "invitation__member__last_name",
            "id",
        )
    )
    for answer in answers:
        answer.invitation.organisation = organisation_of(answer.invitation, library)
    # Staff have no contact name, which databases sort differently (NULLs).
    return sorted(
        answers,
        key=lambda a: (a.question.sort_order, a.question_id, a.invitation.is_library),
    )


def round_results(round: EvaluationRound, answers: list[EvaluationAnswer]) -> dict:
    """The round's average score per theme, overall and per organisation (the
    library's staff as the library), as a bar chart and its data table; the
    library staff's and the partners' averages per question side by side
    (``comparison``); and the written answers per question, grouped by theme."""
    scores = defaultdict(list)  # (theme, (is library, organisation) or None)
    for answer in answers:
        if answer.score is not None:
            invitation = answer.invitation
            key = (invitation.is_library, invitation.organisation)
            scores[answer.question.theme, key].append(answer.score)
            scores[answer.question.theme, None].append(answer.score)
    organisations = sorted({key for _theme, key in scores if key is not None})
    themes = list(EvaluationTheme)
    columns = [*(name for _library, name in organisations), _("All")]
    keys = [*organisations, None]
    rows = [
        (theme.label, [_average(scores.get((theme, key), [])) for key in keys])
        for theme in themes
    ]
    series = [
        Series(label, [values[index] for _label, values in rows])
        for index, label in enumerate(columns)
    ]
    title = _("Average score per theme, %(round)s") % {"round": round.title}
    return {
        "chart": bar_chart(
            title=title,
            categories=[theme.label for theme in themes],
            series=series if organisations else [],
            max_value=5,
            min_value=0,
            description=_(
                "Bars show the average score from 1 (not at all) to 5 (to a high "
                "degree) for each theme, per organisation and for all."
            ),
        ),
        "has_scores": bool(organisations),
        "table": {
            "caption": title,
            "columns": [_("Theme"), *columns],
            "rows": rows,
        },
        "comparison": comparison(round, answers),
        "written": written_answers(answers),
    }


def comparison(round: EvaluationRound, answers: list[EvaluationAnswer]) -> dict:
    """Per scale question, the library staff's average score next to the
    partners', as a bar chart and its data table."""
    questions = {}
    scores = defaultdict(list)  # (question pk, is library): [scores]
    for answer in answers:
        if answer.score is not None:
            questions[answer.question_id] = answer.question
            scores[answer.question_id, answer.invitation.is_library].append(
                answer.score
            )
    labels = [
        f"{number}. {question.text}"
        for number, question in enumerate(questions.values(), start=1)
    ]
    rows = [
        (label, [_average(scores[pk, True]), _average(scores[pk, False])])
        for label, pk in zip(labels, questions, strict=True)
    ]
    groups = [str(LIBRARY_STAFF), str(PARTNERS)]
    title = _("The library's view and the partners', %(round)s") % {
        "round": round.title
    }
    return {
        "chart": bar_chart(
            title=title,
            categories=labels,
            series=[
                Series(group, [values[index] for _label, values in rows])
                for index, group in enumerate(groups)
            ],
            max_value=5,
            min_value=0,
            description=_(
                "For each question on the scale, one bar shows the library "
                "staff's average score and one the partners', from 1 (not at "
                "all) to 5 (to a high degree)."
            ),
        ),
        # Without the staff's view there is nothing to compare.
        "has_scores": any(values[0] is not None for _label, values in rows),
        "table": {
            "caption": title,
            "columns": [_("Question"), *groups],
            "rows": rows,
        },
    }


def written_answers(answers: list[EvaluationAnswer]) -> list[dict]:
    """[{theme, questions: [{question, answers: [answer]}]}] for the written
    answers, in the themes' and questions' order."""
    by_question = defaultdict(list)
    questions = {}
    for answer in answers:
        if answer.text:
            questions[answer.question_id] = answer.question
            by_question[answer.question_id].append(answer)
    themes = []
    for theme in EvaluationTheme:
        in_theme = [
            {"question": question, "answers": by_question[pk]}
            for pk, question in questions.items()
            if question.theme == theme
        ]
        if in_theme:
            themes.append({"theme": theme.label, "questions": in_theme})
    return themes


def trend(partnership) -> dict:
    """The average score per theme in each of the partnership's rounds, in
    order, as a line chart and its data table; and the library staff's and
    the partners' average in each round (``groups``)."""
    rounds = list(partnership.evaluation_rounds.order_by("cycle", "created_at", "id"))
    averages = {
        (row["question__round"], row["question__theme"]): round(row["average"], 1)
        for row in EvaluationAnswer.objects.filter(
            partnership=partnership, score__isnull=False
        )
        .values("question__round", "question__theme")
        .annotate(average=Avg("score"))
    }
    themes = list(EvaluationTheme)
    rows = [
        (r.title, [averages.get((r.pk, theme.value)) for theme in themes])
        for r in rounds
    ]
    title = _("Average score per theme across the rounds")
    return {
        "groups": _group_trend(partnership, rounds),
        "chart": line_chart(
            title=title,
            x_labels=[r.title for r in rounds],
            series=[
                Series(theme.label, [averages.get((r.pk, theme.value)) for r in rounds])
                for theme in themes
            ]
            if averages
            else [],
            max_value=5,
            min_value=0,
            description=_(
                "One line per theme: the average score from 1 to 5 in each round, "
                "oldest round first."
            ),
        ),
        "has_scores": bool(averages),
        "table": {
            "caption": title,
            "columns": [_("Round"), *[theme.label for theme in themes]],
            "rows": rows,
        },
    }


def _group_trend(partnership, rounds: list[EvaluationRound]) -> dict:
    """The library staff's and the partners' average score in each round."""
    averages = {
        row["question__round"]: row
        for row in EvaluationAnswer.objects.filter(
            partnership=partnership, score__isnull=False
        )
        .values("question__round")
        .annotate(
            library=Avg("score", filter=Q(invitation__member__isnull=False)),
            partners=Avg("score", filter=Q(invitation__member__isnull=True)),
        )
    }

    def average(r, group):
        value = averages.get(r.pk, {}).get(group)
        return None if value is None else round(value, 1)

    groups = {"library": str(LIBRARY_STAFF), "partners": str(PARTNERS)}
    rows = [(r.title, [average(r, group) for group in groups]) for r in rounds]
    title = _("The library's view and the partners' across the rounds")
    return {
        "chart": line_chart(
            title=title,
            x_labels=[r.title for r in rounds],
            series=[
                Series(label, [average(r, group) for r in rounds])
                for group, label in groups.items()
            ]
            if averages
            else [],
            max_value=5,
            min_value=0,
            description=_(
                "One line for the library staff and one for the partners: the "
                "average of all their scores from 1 to 5 in each round, oldest "
                "round first."
            ),
        ),
        "has_scores": any(row["library"] is not None for row in averages.values()),
        "table": {
            "caption": title,
            "columns": [_("Round"), *groups.values()],
            "rows": rows,
        },
    }


def answer_rows(round: EvaluationRound, answers: list[EvaluationAnswer]) -> list:
    """The round's answers as spreadsheet rows, the column names first."""
    header = [
        _("Round"),
        _("Theme"),
        _("Question"),
        _("Respondent group"),
        _("Organisation"),
        _("Respondent"),
        _("Score"),
        _("Answer"),
    ]
    return [header] + [
        [
            round.title,
            answer.question.get_theme_display(),
            answer.question.text,
            group_of(answer.invitation),
            answer.invitation.organisation,
            answer.invitation.name,
            answer.score,
            answer.text,
        ]
        for answer in answers
    ]


def _attachment(response, round: EvaluationRound, extension: str):
    name = file_slug(f"{round.partnership.title} {round.title}", "evaluering")
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


def _csv_cell(value):
    if value is None:
        return ""
    return spreadsheet_cell(value) if isinstance(value, str) else value


def export_csv(round: EvaluationRound, answers: list[EvaluationAnswer]):
    """The round's answers as CSV, with a byte order mark so that Excel reads
    the Danish letters correctly, and text that a spreadsheet would run as a
    formula written as text."""
    response = _attachment(
        HttpResponse(content_type="text/csv; charset=utf-8"), round, "csv"
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    for row in answer_rows(round, answers):
        writer.writerow([_csv_cell(value) for value in row])
    return response


def export_xlsx(round: EvaluationRound, answers: list[EvaluationAnswer]):
    """The same rows as ``export_csv`` as an Excel workbook. Every text is a
    text cell, so one that starts like a formula is shown, never run."""
    # openpyxl is imported when a workbook is made, not at start-up.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Answers")
    for row in answer_rows(round, answers):
        sheet.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", value)
                if isinstance(value, str)
                else value
                for value in row
            ]
        )
    for cells in sheet.iter_rows():
        for cell in cells:
            if cell.data_type == "f":  # openpyxl reads "=…" as a formula
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    content = io.BytesIO()
    workbook.save(content)
    return _attachment(
        HttpResponse(content.getvalue(), content_type=XLSX), round, "xlsx"
    )
