"""The retention rule: contacts whose partnerships all ended long ago are
listed for a privacy officer to review. Nothing is erased automatically."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from cms.stages import Stage
from partnerships.models import Contact, Partnership


def cutoff(now=None):
    years = settings.PRIVACY_RETENTION_YEARS
    return (now or timezone.now()) - timedelta(days=round(365.25 * years))


def due_for_review(now=None):
    """Contacts of organisations that take part in partnerships, none of
    them open, the newest concluded longer than the retention period ago.
    Each carries ``concluded`` (that newest conclusion). Contacts already
    erased are left out."""
    open_partnership = Partnership.objects.filter(
        partner_roles__organisation=OuterRef("organisation")
    ).exclude(stage=Stage.CONCLUDED)
    return (
        Contact.objects.filter(organisation__isnull=False)
        .exclude(Exists(open_partnership))
        .exclude(name__startswith="[slettet person ")
        .annotate(
            concluded=Max(
                "organisation__partner_roles__partnership__transitions__at",
                filter=Q(
                    organisation__partner_roles__partnership__transitions__to_stage=(
                        Stage.CONCLUDED
                    )
                ),
            )
        )
        .filter(concluded__lt=cutoff(now))
        .select_related("organisation")
        .order_by("concluded", "name")
    )
