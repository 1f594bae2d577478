"""Demo cooperation agreements: a draft with a few tailored clauses for a
partnership in the agreement stage, a signed one for those past it."""

from datetime import date, timedelta

from cms.stages import Stage
from partnerships.history import acting_as
from partnerships.models import Agreement, ClauseTemplate, StageTransition
from partnerships.tools.agreement.services import (
    add_clause,
    draft_agreement,
    sign_agreement,
    update_clause,
)
from partnerships.tools.agreement.text import parties

ACTIVITIES = (
    "Parterne holder et fælles opstartsmøde, hvor aktiviteterne for det første "
    "halvår lægges fast.\n\n"
    "Biblioteket står for lokaler, udlån af materialer og markedsføring i egne "
    "kanaler. Partnerne står for det faglige indhold og for at invitere deres "
    "egne målgrupper.\n\n"
    "Aktiviteterne og ansvaret for hver af dem skrives ind i den fælles plan, "
    "som partnerskabsgruppen følger op på ved hvert møde."
)
MEETINGS = (
    "Partnerskabsmøder",
    "Partnerskabsgruppen mødes hver anden måned på skift hos parterne. "
    "Biblioteket indkalder og sender et kort referat senest en uge efter "
    "mødet. Haster en beslutning, kan den træffes på et onlinemøde, når alle "
    "parter er med.",
)
# Fictional people who signed for each party.
SIGNERS = [
    "Mette Kjærgaard, bibliotekschef",
    "Jonas Holm, leder",
    "Sofie Lund, direktør",
    "Rasmus Dahl, formand",
    "Camilla Bech, centerleder",
]


def load(partnership, *, manager, today: date) -> None:
    """The partnership's agreement for its stage; nothing if it has one already."""
    if partnership.stage == Stage.INITIATION:
        return
    if Agreement.objects.filter(
        partnership=partnership, cycle=partnership.cycle
    ).exists():
        return
    if partnership.stage == Stage.AGREEMENT:
        with acting_as(manager):
            _tailored_draft(partnership, manager, optional=True)
    elif partnership.is_open:
        # A concluded partnership is read-only: its agreement is made by
        # load_signed() while the demo history passes the agreement stage.
        load_signed(
            partnership, manager=manager, signed_on=_signed_on(partnership, today)
        )


def load_signed(partnership, *, manager, signed_on: date) -> Agreement:
    """A drafted, tailored and signed agreement for the current cycle, e.g.
    just before the demo moves the partnership on to communication."""
    with acting_as(manager):
        agreement = Agreement.objects.filter(
            partnership=partnership, cycle=partnership.cycle
        ).last() or _tailored_draft(partnership, manager, optional=False)
        if agreement.is_signed:
            return agreement
        names = [party["name"] for party in parties(partnership)]
        signatories = "\n".join(
            f"{signer}, {name}" for signer, name in zip(SIGNERS, names, strict=False)
        )
        return sign_agreement(
            agreement, user=manager, signed_on=signed_on, signatories=signatories
        )


def _tailored_draft(partnership, manager, *, optional: bool) -> Agreement:
    agreement = draft_agreement(partnership, user=manager)
    activities = agreement.clauses.filter(section="activities").first()
    if activities is not None:
        update_clause(
            activities, user=manager, heading=activities.heading, body=ACTIVITIES
        )
    heading, body = MEETINGS
    add_clause(
        agreement, user=manager, section="principles", heading=heading, body=body
    )
    personal_data = ClauseTemplate.objects.filter(included_by_default=False).first()
    if optional and personal_data is not None:
        add_clause(agreement, user=manager, template=personal_data)
    return agreement


def _signed_on(partnership, today: date) -> date:
    """A few days before the partnership moved past the agreement stage, or
    else its start date; never later than today."""
    moved = (
        StageTransition.objects.filter(
            partnership=partnership,
            cycle=partnership.cycle,
            from_stage=Stage.AGREEMENT,
            to_stage=Stage.COMMUNICATION,
        )
        .order_by("at")
        .first()
    )
    if moved is not None:
        candidate = moved.at.date() - timedelta(days=3)
    else:
        candidate = partnership.start_date or today - timedelta(days=30)
    return min(candidate, today)
