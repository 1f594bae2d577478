"""Demo communication plans: the activities in each partnership's demo spec,
with a message, a sender and the project manager as responsible."""

from datetime import date, timedelta

from partnerships.models import ActivityStatus, Audience
from partnerships.tools.communication.services import add_activity

# What each audience is told, and by whom, unless the spec says otherwise.
MESSAGES = {
    Audience.STAFF: (
        "Hvad partnerskabet går ud på, hvad det betyder for vagterne, og hvem "
        "man spørger, når brugerne vil vide mere.",
        "Projektlederen",
    ),
    Audience.PARTNER_STAFF: (
        "Hvornår aktiviteterne ligger, hvad partneren skal stille med, og hvor "
        "man finder materialet.",
        "Partneren",
    ),
    Audience.PUBLIC: (
        "Hvad man kan være med til, hvornår og hvor, og at det er gratis.",
        "Biblioteket og partnerne",
    ),
    Audience.PRESS: (
        "Hvorfor biblioteket og partnerne gør det sammen, og hvad borgerne får "
        "ud af det.",
        "Biblioteket",
    ),
}


def load(partnership, spec: dict, *, manager, today: date) -> None:
    """Add the spec's activities that the plan does not have yet."""
    existing = set(partnership.communication_activities.values_list("title", flat=True))
    for activity in spec["plan_activities"]:
        if activity["title"] in existing:
            continue
        message, sender = MESSAGES[Audience(activity["audience"])]
        add_activity(
            partnership,
            user=manager,
            title=activity["title"],
            audience=activity["audience"],
            channel=activity["channel"],
            message=message,
            sender=sender,
            planned_on=today + timedelta(days=activity["days_from_now"]),
            responsible=manager,
            status=ActivityStatus.DONE if activity["done"] else ActivityStatus.PLANNED,
        )
