"""The page partner contacts answer an evaluation round on, reached by their
private link without logging in, and the thank-you page after it.

The pages show one round of one partnership and nothing else: no other
partner's answers. They are never cached, indexed or passed on to other sites
as referrer, since the link itself is the key. Answers are stored by
``submit_answers``.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from partnerships.models import EvaluationInvitation, EvaluationTheme, QuestionKind
from partnerships.models.communication import token_digest
from partnerships.models.evaluation import SCALE_MAX, SCALE_MIN
from partnerships.tools import evaluation as services

SCALE_CHOICES = [
    (SCALE_MIN, _("1 – not at all")),
    *((score, str(score)) for score in range(SCALE_MIN + 1, SCALE_MAX)),
    (SCALE_MAX, _("5 – to a high degree")),
]
REFUSALS = {"unknown", "expired", "answered", "closed"}


class AnswerForm(forms.Form):
    """One field per question of the round: a 1–5 choice for scale questions,
    a text box for written ones. Whether the answers will do is for
    ``submit_answers`` to say."""

    use_required_attribute = False

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            if question.kind == QuestionKind.SCALE:
                field = forms.TypedChoiceField(
                    choices=SCALE_CHOICES,
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect,
                )
            else:
                field = forms.CharField(
                    required=False,
                    max_length=5000,
                    widget=forms.Textarea(attrs={"rows": 5}),
                )
            field.label = question.text
            field.help_text = question.help_text
            self.fields[services.answer_field(question)] = field

    def answers(self) -> dict:
        return {
            question.pk: self.cleaned_data.get(services.answer_field(question))
            for question in self.questions
        }

    def themes(self) -> list[dict]:
        """The questions with their fields, grouped by theme, in order."""
        themes = []
        for theme in EvaluationTheme:
            items = [
                {"question": question, "field": self[services.answer_field(question)]}
                for question in self.questions
                if question.theme == theme
            ]
            if items:
                themes.append({"label": theme.label, "items": items})
        return themes


def _private(response):
    """The link in the address is the key to the page: keep it out of caches,
    search engines and other sites' logs."""
    response["Cache-Control"] = "no-store"
    # Not "no-referrer": browsers then send "Origin: null" with the form's
    # POST, which Django's CSRF check refuses. Same-origin keeps the link out
    # of other sites' logs all the same.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _refusal(request, error: ValidationError):
    code = getattr(error, "code", None)
    return _private(
        TemplateResponse(
            request,
            "partnerships/partner/evaluation_refused.html",
            {"code": code, "message": error.messages[0]},
            status=404 if code == "unknown" else 410,
        )
    )


def answer(request, token):
    try:
        invitation = services.invitation_for(token)
    except ValidationError as error:
        return _refusal(request, error)
    questions = list(invitation.round.questions.all())
    # Not "request.POST or None": a POST with no answers at all must still be
    # validated, and refused, rather than shown as a fresh form.
    data = request.POST if request.method == "POST" else None
    form = AnswerForm(data, questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_answers(token, answers=form.answers())
        except ValidationError as error:
            if getattr(error, "code", None) in REFUSALS:
                return _refusal(request, error)
            form.add_error(None, error)
        else:
            return _private(redirect("partners:evaluation_thanks", token=token))
    return _private(
        TemplateResponse(
            request,
            "partnerships/partner/evaluation_answer.html",
            {
                "invitation": invitation,
                "round": invitation.round,
                "partnership": invitation.partnership,
                "manager": invitation.partnership.project_manager,
                "form": form,
                "themes": form.themes(),
            },
        )
    )


def thanks(request, token):
    invitation = (
        EvaluationInvitation.objects.select_related(
            "round", "partnership__project_manager", "contact"
        )
        .filter(token_digest=token_digest(token))
        .first()
    )
    if invitation is None:
        return _refusal(request, ValidationError("", code="unknown"))
    if invitation.answered_at is None:
        return _private(redirect("partners:evaluation_answer", token=token))
    return _private(
        TemplateResponse(
            request,
            "partnerships/partner/evaluation_thanks.html",
            {
                "invitation": invitation,
                "round": invitation.round,
                "partnership": invitation.partnership,
                "manager": invitation.partnership.project_manager,
            },
        )
    )


urlpatterns = [
    path("evaluation/<str:token>/", answer, name="evaluation_answer"),
    path("evaluation/<str:token>/tak/", thanks, name="evaluation_thanks"),
]
