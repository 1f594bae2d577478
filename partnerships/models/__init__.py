"""The partnership CRM's records."""

from partnerships.models.agreement import (
    Agreement,
    AgreementClause,
    AgreementSection,
    ClauseTemplate,
)
from partnerships.models.cases import CaseConsent, CaseProposal
from partnerships.models.checklists import ChecklistTick
from partnerships.models.checkpoint import ChainCheckpoint
from partnerships.models.communication import (
    ActivityStatus,
    Audience,
    CalendarFeed,
    CommunicationActivity,
)
from partnerships.models.evaluation import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    EvaluationTheme,
    QuestionKind,
    Questionnaire,
    QuestionnaireQuestion,
)
from partnerships.models.meetings import Challenge, Level, Meeting, Risk, RiskStatus
from partnerships.models.partnership import (
    PartnerRole,
    Partnership,
    PartnershipGoal,
    PartnershipQuerySet,
    StageTransition,
    Task,
    TeamMember,
)
from partnerships.models.privacy import Erasure, ErasureSeal, LegalBasis
from partnerships.models.registers import Contact, Organisation, StrategicGoal
from partnerships.models.reminders import ReminderSent, ReminderSettings

__all__ = [
    "ActivityStatus",
    "Agreement",
    "AgreementClause",
    "AgreementSection",
    "Audience",
    "CalendarFeed",
    "CaseConsent",
    "CaseProposal",
    "ChainCheckpoint",
    "Challenge",
    "ChecklistTick",
    "ClauseTemplate",
    "CommunicationActivity",
    "Contact",
    "Erasure",
    "ErasureSeal",
    "EvaluationAnswer",
    "EvaluationInvitation",
    "EvaluationQuestion",
    "EvaluationRound",
    "EvaluationTheme",
    "LegalBasis",
    "Level",
    "Meeting",
    "Organisation",
    "PartnerRole",
    "Partnership",
    "PartnershipGoal",
    "PartnershipQuerySet",
    "QuestionKind",
    "Questionnaire",
    "QuestionnaireQuestion",
    "ReminderSent",
    "ReminderSettings",
    "Risk",
    "RiskStatus",
    "StageTransition",
    "StrategicGoal",
    "Task",
    "TeamMember",
]
