"""The partnership CRM's records."""

from partnerships.models.partnership import (
    PartnerRole,
    Partnership,
    PartnershipGoal,
    PartnershipQuerySet,
    StageTransition,
    Task,
    TeamMember,
)
from partnerships.models.records import (
    Agreement,
    Audience,
    CommunicationActivity,
    EvaluationRound,
)
from partnerships.models.registers import Contact, Organisation, StrategicGoal

__all__ = [
    "Agreement",
    "Audience",
    "CommunicationActivity",
    "Contact",
    "EvaluationRound",
    "Organisation",
    "PartnerRole",
    "Partnership",
    "PartnershipGoal",
    "PartnershipQuerySet",
    "StageTransition",
    "StrategicGoal",
    "Task",
    "TeamMember",
]
