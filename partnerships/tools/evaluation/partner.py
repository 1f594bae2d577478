"""The page partner contacts (and library staff) answer an evaluation round
on, reached by their private link without logging in, and the thank-you page
after it.

The pages show one round of one partnership and nothing else: no other
partner's answers. They are never cached, indexed or passed on to other sites
as referrer, since the link itself is the key. Answers are stored by
``submit_answers``.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from partnerships.tools.common import bound
from partnerships.tools.evaluation.answers import (
    by_link,
    invitation_for,
    submit_answers,
)
from partnerships.tools.evaluation.forms import AnswerForm
from partnerships.tools.evaluation.results import library_label, organisation_of

REFUSALS = {"unknown", "expired", "answered", "closed"}


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
        invitation = invitation_for(token)
    except ValidationError as error:
        return _refusal(request, error)
    questions = list(invitation.round.questions.all())
    form = AnswerForm(**bound(request), questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            submit_answers(token, answers=form.answers())
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
                "organisation": organisation_of(invitation, library_label(request)),
                "round": invitation.round,
                "partnership": invitation.partnership,
                "manager": invitation.partnership.project_manager,
                "form": form,
                "themes": form.themes(),
            },
        )
    )


def thanks(request, token):
    """The page after answering. A used link stays in e-mails and browser
    histories for ever, so the page names no partnership, round or person."""
    answered = list(by_link(token).values_list("answered_at", flat=True))
    if not answered:
        return _refusal(request, ValidationError("", code="unknown"))
    if answered[0] is None:
        return _private(redirect("partners:evaluation_answer", token=token))
    return _private(
        TemplateResponse(request, "partnerships/partner/evaluation_thanks.html", {})
    )
