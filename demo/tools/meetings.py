"""Demo meetings and risk registers: a start-up meeting with minutes,
decisions and action items, a next meeting on the calendar, and a risk
register seeded from the typical challenges plus one risk of its own."""

from datetime import date, timedelta

from partnerships.models import Level
from partnerships.tools.meetings.services import (
    add_action_item,
    create_meeting,
    mark_action_item,
    update_meeting,
)
from partnerships.tools.risks.services import add_risk, seed_risks, update_risk

KICKOFF = "Opstartsmøde"
NEXT = "Næste partnerskabsmøde"
MINUTES = (
    "Parterne fortalte om deres organisationer, og hvad de hver især håber at "
    "få ud af samarbejdet. Vi gennemgik idéen og de første aktiviteter, og "
    "drøftede, hvem der skal involveres hos hver part."
)
DECISIONS = (
    "Vi mødes hver anden måned på skift hos parterne.\n"
    "Projektlederen skriver et udkast til samarbejdsaftalen."
)
ACTION_ITEMS = [
    ("Skriv udkast til samarbejdsaftalen", 14, True),
    ("Send deltagerliste og referat til alle parter", 3, True),
    ("Find datoer for de første aktiviteter", 30, False),
]
OWN_RISK = {
    "title": "Nøgleperson hos partneren går på barsel",
    "description": (
        "Partnerens kontaktperson går på barsel til foråret, og der er ikke "
        "udpeget en afløser endnu."
    ),
    "likelihood": Level.HIGH,
    "impact": Level.MEDIUM,
    "mitigation": (
        "Aftal en afløser i god tid, og lad afløseren deltage i et møde, før "
        "overdragelsen sker."
    ),
}


def load(partnership, *, manager, started: date, today: date) -> None:
    """The start-up meeting (held ``started``) and its action items, the next
    meeting, and the risk register; nothing if the partnership has meetings."""
    if partnership.meetings.exists():
        return
    kickoff = create_meeting(
        partnership,
        user=manager,
        title=KICKOFF,
        held_on=started,
        location="Hovedbiblioteket, mødelokale 2",
    )
    kickoff = update_meeting(
        kickoff,
        user=manager,
        title=kickoff.title,
        held_on=kickoff.held_on,
        location=kickoff.location,
        participants=kickoff.participants,
        agenda=kickoff.agenda,
        minutes=MINUTES,
        decisions=DECISIONS,
    )
    for title, days, done in ACTION_ITEMS:
        due = started + timedelta(days=days)
        task = add_action_item(
            kickoff, user=manager, title=title, assignee=manager, due_date=due
        )
        if done and due < today:
            mark_action_item(task, user=manager)
    create_meeting(
        partnership,
        user=manager,
        title=NEXT,
        held_on=today + timedelta(days=21),
        location="Hos partneren",
    )
    risks = seed_risks(partnership, user=manager)
    if risks:
        first = risks[0]
        update_risk(
            first,
            user=manager,
            title=first.title,
            owner=first.owner,
            description=first.description,
            likelihood=Level.HIGH,
            impact=Level.HIGH,
            mitigation=first.mitigation,
        )
    add_risk(partnership, user=manager, owner=manager, **OWN_RISK)
