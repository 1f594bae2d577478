"""The partnership lifecycle stages: the vocabulary the guide is organised by.

Pure Python, no queries. The CRM builds its transition rules on these stages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The public listing of a stage's material lives at <home>/fase/<stage>/.
STAGE_ROUTE = "fase/{code}/"


class Stage(models.TextChoices):
    INITIATION = "initiation", _("Initiation")
    AGREEMENT = "agreement", _("Agreement")
    COMMUNICATION = "communication", _("Communication")
    EVALUATION = "evaluation", _("Evaluation")
    CONCLUDED = "concluded", _("Concluded or renewed")

    @property
    def number(self) -> int:
        return list(Stage).index(self) + 1

    @property
    def description(self) -> str:
        return STAGE_DESCRIPTIONS[self]


STAGE_DESCRIPTIONS = {
    Stage.INITIATION: _(
        "Find the right partners, agree on a shared purpose and check that the "
        "partnership serves the library's strategy."
    ),
    Stage.AGREEMENT: _(
        "Put the cooperation in writing: who does what, who contributes what "
        "and what each party gains."
    ),
    Stage.COMMUNICATION: _(
        "Keep colleagues, partners and the public informed while the "
        "partnership does its work."
    ),
    Stage.EVALUATION: _(
        "Reflect together on the cooperation, the progress and the results."
    ),
    Stage.CONCLUDED: _(
        "End the partnership well, or renew it with a new agreement, and pass "
        "on what was learnt."
    ),
}
