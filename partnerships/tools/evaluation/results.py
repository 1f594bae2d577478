"""Reading evaluation answers: averages per theme and partner organisation for
a round, the trend across a partnership's rounds, the written answers, and the
CSV export. Averages count every score once, so "All" is the mean of all
scores given in a theme, not the mean of the organisations' means."""

import csv
from collections import defaultdict
from statistics import mean

from django.db.models import Avg, Count, Q
from django.http import HttpResponse
from django.utils.translation import gettext as _

from partnerships.audit import spreadsheet_cell
from partnerships.models import EvaluationAnswer, EvaluationRound, EvaluationTheme
from partnerships.tools.charts import Series, bar_chart, line_chart
from partnerships.tools.common import file_slug


def _average(scores: list[int]) -> float | None:
    return round(mean(scores), 1) if scores else None


def _organisation(contact) -> str:
    return contact.organisation.name if contact.organisation else _("The library")


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


def round_answers(round: EvaluationRound) -> list[EvaluationAnswer]:
    """All answers in the round with their question, contact and organisation."""
    return list(
        EvaluationAnswer.objects.filter(question__round=round)
        .select_related("question", "invitation__contact__organisation")
        .order_by("question__sort_order", "invitation__contact__name", "id")
    )


def round_results(round: EvaluationRound, answers: list[EvaluationAnswer]) -> dict:
    """The round's average score per theme, overall and per partner
    organisation, as a bar chart and its data table; and the written answers
    per question, grouped by theme."""
    scores = defaultdict(list)  # (theme, organisation or None): [scores]
    for answer in answers:
        if answer.score is not None:
            organisation = _organisation(answer.invitation.contact)
            scores[answer.question.theme, organisation].append(answer.score)
            scores[answer.question.theme, None].append(answer.score)
    organisations = sorted({org for _theme, org in scores if org is not None})
    themes = list(EvaluationTheme)
    columns = [*organisations, _("All")]
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
                "degree) for each theme, per partner organisation and for all."
            ),
        ),
        "has_scores": bool(organisations),
        "table": {
            "caption": title,
            "columns": [_("Theme"), *columns],
            "rows": rows,
        },
        "written": written_answers(answers),
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
    order, as a line chart and its data table."""
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


def export_csv(round: EvaluationRound, answers: list[EvaluationAnswer]):
    """The round's answers as CSV, with a byte order mark so that Excel reads
    the Danish letters correctly."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = file_slug(f"{round.partnership.title} {round.title}", "evaluering")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Round"),
            _("Theme"),
            _("Question"),
            _("Organisation"),
            _("Contact"),
            _("Score"),
            _("Answer"),
        ]
    )
    for answer in answers:
        contact = answer.invitation.contact
        writer.writerow(
            [
                spreadsheet_cell(round.title),
                answer.question.get_theme_display(),
                spreadsheet_cell(answer.question.text),
                spreadsheet_cell(_organisation(contact)),
                spreadsheet_cell(contact.name),
                "" if answer.score is None else answer.score,
                spreadsheet_cell(answer.text),
            ]
        )
    return response
