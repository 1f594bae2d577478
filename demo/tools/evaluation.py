"""Demo evaluation rounds: the partners' contacts and the project manager (as
the library's staff) answer through their links (scores and written
answers), and the project manager records the joint discussion. Nobody is
emailed: the demo people have example addresses."""

from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from partnerships.models import Contact, EvaluationRound, QuestionKind, Questionnaire
from partnerships.tools.evaluation.answers import submit_answers
from partnerships.tools.evaluation.services import complete_round, invite, start_round

# Written answers by theme, one per answering contact in turn.
WRITTEN = {
    "cooperation": [
        "Vi har fundet en god rytme med møderne. Det tog lidt tid at forstå, "
        "hvem hos biblioteket der beslutter hvad.",
        "Rollerne er klare nu. Referaterne kunne komme lidt hurtigere ud.",
    ],
    "progress": [
        "Sommerferien forsinkede os, men planen blev indhentet i efteråret.",
        "Det hjalp, at vi havde en fast kontaktperson hos hinanden.",
    ],
    "results": [
        "Vi har mødt mange nye familier, som ikke kendte til os før.",
        "Vores frivillige har fået lyst til at lave mere sammen med biblioteket.",
    ],
    "next_step": [
        "Vi vil gerne fortsætte og tage skolerne med næste gang.",
        "Fortsæt, men med færre og større arrangementer.",
    ],
}
# Scores per theme for a round: (first contact, second contact, ...).
SCORES = {
    "early": {"cooperation": 4, "progress": 3, "results": 2, "next_step": 5},
    "final": {"cooperation": 5, "progress": 4, "results": 4, "next_step": 5},
}
# The library's own view, a little more critical than the partners'.
LIBRARY_SCORES = {
    "early": {"cooperation": 3, "progress": 3, "results": 2, "next_step": 4},
    "final": {"cooperation": 4, "progress": 3, "results": 3, "next_step": 5},
}
LIBRARY_WRITTEN = {
    "cooperation": "Vi bruger mere tid på koordinering, end vi havde regnet med.",
    "progress": "Planen holdt, men vi var for optimistiske med efteråret.",
    "results": "Flere nye lånere, men vi mangler tal fra partnerne.",
    "next_step": "Fortsæt, og aftal fra starten hvordan vi måler resultaterne.",
}
SUMMARY = (
    "Parterne gennemgik svarene sammen. Samarbejdet fungerer, og resultaterne "
    "er bedre end ventet. Kommunikationen internt hos partnerne kan styrkes."
)
DECISIONS = (
    "Referater sendes senest tre dage efter hvert møde.\n"
    "Partnerne inviterer selv deres frivillige til næste opstartsmøde."
)


def _answers(round, index: int, level: str) -> dict:
    answers = {}
    for question in round.questions.all():
        if question.kind == QuestionKind.SCALE:
            answers[question.pk] = max(1, SCORES[level][question.theme] - index % 2)
        else:
            texts = WRITTEN[question.theme]
            answers[question.pk] = texts[index % len(texts)]
    return answers


def _library_answers(round, level: str) -> dict:
    return {
        question.pk: LIBRARY_SCORES[level][question.theme]
        if question.kind == QuestionKind.SCALE
        else LIBRARY_WRITTEN[question.theme]
        for question in round.questions.all()
    }


def run_round(
    partnership,
    *,
    manager,
    title: str,
    started,
    level: str = "final",
    answering: int | None = None,
    completed=None,
) -> EvaluationRound | None:
    """A round started at ``started``: every partner contact and the project
    manager are invited, the first ``answering`` contacts answer (all by
    default, and then the project manager too), and with
    ``completed`` (a date) the joint discussion is recorded. Nothing happens
    without a questionnaire or partner contacts, or if the round exists."""
    questionnaire = Questionnaire.objects.order_by("pk").first()
    contacts = list(
        Contact.objects.filter(
            organisation__partner_roles__partnership=partnership
        ).order_by("name")
    )
    if (
        questionnaire is None
        or not contacts
        or partnership.evaluation_rounds.filter(title=title).exists()
    ):
        return None
    round = start_round(
        partnership,
        user=manager,
        questionnaire=questionnaire,
        title=title,
        at=started,
    )
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
    ):
        links = invite(
            round, user=manager, contacts=contacts, members=[manager], at=started
        )
    *partners, (_invitation, staff_token) = links
    everyone = answering is None
    answering = len(partners) if everyone else answering
    for index, (_invitation, token) in enumerate(partners[:answering]):
        submit_answers(
            token,
            answers=_answers(round, index, level),
            at=min(started + timedelta(days=2 + index), timezone.now()),
        )
    if everyone:
        submit_answers(
            staff_token,
            answers=_library_answers(round, level),
            at=min(started + timedelta(days=1), timezone.now()),
        )
    if completed is not None:
        complete_round(
            round,
            user=manager,
            held_on=completed,
            summary=SUMMARY,
            decisions=DECISIONS,
        )
    return round
