"""The partnership CRM's records."""

from partnerships.models.agreement import (
    Agreement,
    AgreementClause,
    AgreementSection,
    ClauseTemplate,
)
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
from partnerships.models.registers import Contact, Organisation, StrategicGoal

__all__ = [
    "ActivityStatus",
    "Agreement",
    "AgreementClause",
    "AgreementSection",
    "Audience",
    "CalendarFeed",
    "Challenge",
    "ClauseTemplate",
    "CommunicationActivity",
    "Contact",
    "EvaluationAnswer",
    "EvaluationInvitation",
    "EvaluationQuestion",
    "EvaluationRound",
    "EvaluationTheme",
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
    "Risk",
    "RiskStatus",
    "StageTransition",
    "StrategicGoal",
    "Task",
    "TeamMember",
]
