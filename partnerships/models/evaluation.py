"""Evaluation: editor-managed questionnaires, and rounds in which every
partner contact first answers in writing through a private link, before the
parties discuss the answers together (the toolkit's reflective method)."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from partnerships.history import HistoricalRecords
from partnerships.models.partnership import Partnership, in_open_partnership
from partnerships.models.registers import Contact

SCALE_MIN, SCALE_MAX = 1, 5


class EvaluationTheme(models.TextChoices):
    COOPERATION = "cooperation", _("Cooperation")
    PROGRESS = "progress", _("Progress")
    RESULTS = "results", _("Results")
    NEXT_STEP = "next_step", _("Next step")


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("Scale from 1 (not at all) to 5 (to a high degree)")
    TEXT = "text", _("Written answer")


class Questionnaire(ClusterableModel):
    """A set of evaluation questions, grouped in themes, that rounds start from."""

    title = models.CharField(_("title"), max_length=255, unique=True)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown to partners above the questions."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        verbose_name = _("evaluation questionnaire")
        verbose_name_plural = _("evaluation questionnaires")

    def __str__(self):
        return self.title


class QuestionnaireQuestion(Orderable):
    questionnaire = ParentalKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    theme = models.CharField(_("theme"), max_length=20, choices=EvaluationTheme.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices)
    text = models.CharField(_("question"), max_length=500)
    help_text = models.CharField(_("help text"), max_length=500, blank=True)

    history = HistoricalRecords()

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class EvaluationRound(models.Model):
    """One round of evaluation: written answers first, then the joint talk."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="evaluation_rounds"
    )
    cycle = models.PositiveSmallIntegerField(_("agreement cycle"), default=1)
    title = models.CharField(_("title"), max_length=255)
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Its questions are copied into the round when it starts."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    completed_on = models.DateField(
        _("joint discussion held on"),
        null=True,
        blank=True,
        help_text=_("Fill in when the joint discussion has taken place."),
    )
    summary = models.TextField(_("joint discussion"), blank=True)
    decisions = models.TextField(_("decisions"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["cycle", "created_at", "id"]
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")

    def __str__(self):
        return self.title

    @property
    def is_completed(self) -> bool:
        return self.completed_on is not None


class EvaluationQuestion(models.Model):
    """A question as asked in one round, copied from the questionnaire so that
    later edits to the questionnaire never change what was answered."""

    round = models.ForeignKey(
        EvaluationRound, on_delete=models.CASCADE, related_name="questions"
    )
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.CharField(_("theme"), max_length=20, choices=EvaluationTheme.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices)
    text = models.CharField(_("question"), max_length=500)
    help_text = models.CharField(_("help text"), max_length=500, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("evaluation question")
        verbose_name_plural = _("evaluation questions")

    def __str__(self):
        return self.text


class EvaluationInvitationQuerySet(models.QuerySet):
    def answered(self):
        return self.filter(answered_at__isnull=False)

    def expiring_unanswered(self, days: int):
        """Links not yet answered that still work but expire within ``days``
        days, in rounds still open of partnerships still open."""
        now = timezone.now()
        return self.filter(
            in_open_partnership(),
            answered_at__isnull=True,
            round__completed_on__isnull=True,
            expires_at__gt=now,
            expires_at__lte=now + timedelta(days=days),
        )


class EvaluationInvitation(models.Model):
    """A private, expiring, single-use link to answer a round, for a partner
    contact or for one of the library's staff on the partnership's team."""

    round = models.ForeignKey(
        EvaluationRound, on_delete=models.CASCADE, related_name="invitations"
    )
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+"
    )
    contact = models.ForeignKey(
        Contact,
        verbose_name=_("contact"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="evaluation_invitations",
    )
    # Library staff (team members) answer the same round, for comparison.
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("library staff member"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="evaluation_invitations",
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField(_("link expires"))
    sent_at = models.DateTimeField(_("invited"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = EvaluationInvitationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["contact__name", "id"]
        verbose_name = _("evaluation invitation")
        verbose_name_plural = _("evaluation invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "contact"], name="unique_invitation_per_contact"
            ),
            models.UniqueConstraint(
                fields=["round", "member"], name="unique_invitation_per_member"
            ),
            models.CheckConstraint(
                condition=models.Q(contact__isnull=False, member__isnull=True)
                | models.Q(contact__isnull=True, member__isnull=False),
                name="invitation_to_contact_or_member",
            ),
        ]

    def __str__(self):
        return self.name if self.is_library else str(self.contact)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_library(self) -> bool:
        """Answered by the library's own staff, not by a partner contact."""
        return self.member_id is not None

    @property
    def name(self) -> str:
        """Who answers: the contact's name, or the staff member's full name."""
        if self.is_library:
            return self.member.get_full_name() or self.member.get_username()
        return self.contact.name

    @property
    def email(self) -> str:
        return (self.member if self.is_library else self.contact).email


class EvaluationAnswer(models.Model):
    """One respondent's answer to one question of a round."""

    invitation = models.ForeignKey(
        EvaluationInvitation, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        EvaluationQuestion, on_delete=models.CASCADE, related_name="answers"
    )
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+"
    )
    score = models.PositiveSmallIntegerField(
        _("score"),
        null=True,
        blank=True,
        validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)],
    )
    text = models.TextField(_("answer"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["question__sort_order", "id"]
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")
        constraints = [
            models.UniqueConstraint(
                fields=["invitation", "question"], name="unique_answer_per_question"
            )
        ]

    def __str__(self):
        return f"{self.question}: {self.score or self.text[:40]}"
