"""Inspiration cases from concluded partnerships: the prefilled draft case
page (without personal data), the partners' consent, and submitting the draft
to the editors' moderation."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from cms.models import (
    CaseIndexPage,
    CasePage,
    CasePartner,
    LibraryIdentity,
    RelationshipKind,
)
from cms.stages import Stage
from partnerships import concurrency, permissions
from partnerships.history import SYSTEM_USERNAME, save_with_reason
from partnerships.models import (
    CaseConsent,
    CaseProposal,
    Contact,
    EvaluationAnswer,
    EvaluationTheme,
    Organisation,
    Partnership,
    QuestionKind,
)

NAME_REMOVED = gettext_lazy("[name removed]")
EMAIL_REMOVED = gettext_lazy("[e-mail removed]")
PHONE_REMOVED = gettext_lazy("[phone number removed]")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Danish numbers: eight digits, in pairs or fours, perhaps after +45. Years
# such as "2019-2021" have a dash and are left alone.
PHONE = re.compile(r"(?<![\w+])(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?!\w)")
# A single first or last name shorter than this is left alone (it would hit
# ordinary words); full names are always removed.
MIN_NAME_PART = 3

# The quick questions filled from the partners' and staff's written
# evaluation answers, by the theme of the question answered. "library_gain"
# (what one gains from partnering with libraries) takes only the partners'.
ANSWER_QUESTIONS = {
    EvaluationTheme.COOPERATION: "challenges",
    EvaluationTheme.PROGRESS: "barriers",
    EvaluationTheme.RESULTS: "library_gain",
}


def people_names(partnership: Partnership) -> set[str]:
    """The names of everyone the partnership's records name: its partners'
    contacts, the contacts and staff asked in its evaluations, its project
    manager, team and the people who moved it, and the library's contact."""
    contacts = Contact.objects.filter(
        Q(organisation__partner_roles__partnership=partnership)
        | Q(evaluation_invitations__partnership=partnership)
    ).values_list("name", flat=True)
    users = get_user_model().objects.filter(
        Q(pk=partnership.project_manager_id)
        | Q(partnership_memberships__partnership=partnership)
        | Q(evaluation_invitations__partnership=partnership)
        | Q(stage_transitions__partnership=partnership)
    )
    names = set(contacts)
    for user in users.exclude(username=SYSTEM_USERNAME).distinct():
        names.add(user.get_full_name())
        names.update([user.first_name, user.last_name, user.get_username()])
    names.add(LibraryIdentity.current().contact_person)
    found = set()
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        found.add(name)
        found.update(part for part in name.split() if len(part) >= MIN_NAME_PART)
    return found


class Scrubber:
    """Removes personal data from text copied into a case: e-mail addresses,
    phone numbers and the names of the people in the partnership's records
    (case-sensitive, whole words, longest first, so a full name becomes one
    placeholder)."""

    def __init__(self, names):
        words = sorted(names, key=len, reverse=True)
        pattern = "|".join(map(re.escape, words))
        self.names = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)") if words else None

    def __call__(self, text: str) -> str:
        text = EMAIL.sub(str(EMAIL_REMOVED), text)
        text = PHONE.sub(str(PHONE_REMOVED), text)
        if self.names is not None:
            text = self.names.sub(str(NAME_REMOVED), text)
        return text.strip()


def paragraphs(texts) -> str:
    """Plain texts as rich text: each paragraph of each text a <p>."""
    html = []
    for text in texts:
        for part in re.split(r"\n\s*\n", text.strip()):
            if part.strip():
                lines = "<br/>".join(escape(line.strip()) for line in part.splitlines())
                html.append(f"<p>{lines}</p>")
    return "".join(html)


def written_answers(partnership: Partnership) -> dict[str, list[str]]:
    """The written evaluation answers of the partnership's current cycle that
    map to a quick question, by that question's field name. Who answered is
    not kept."""
    answers = (
        EvaluationAnswer.objects.filter(
            partnership=partnership,
            question__kind=QuestionKind.TEXT,
            question__theme__in=list(ANSWER_QUESTIONS),
            question__round__cycle=partnership.cycle,
        )
        .exclude(text="")
        .select_related("question", "invitation")
        .order_by("question__round__created_at", "question__sort_order", "pk")
    )
    found = {}
    for answer in answers:
        field = ANSWER_QUESTIONS[answer.question.theme]
        if field == "library_gain" and answer.invitation.is_library:
            continue
        found.setdefault(field, []).append(answer.text)
    return found


def period(partnership: Partnership) -> tuple[int | None, int | None]:
    """The first and last year of the partnership's stage moves; a single
    year is (year, None)."""
    years = sorted(
        timezone.localtime(at).year
        for at in partnership.transitions.values_list("at", flat=True)
    )
    if not years:
        return None, None
    return years[0], (years[-1] if years[-1] != years[0] else None)


def stages_gone_through(partnership: Partnership) -> list[str]:
    seen = {partnership.stage}
    for from_stage, to_stage in partnership.transitions.values_list(
        "from_stage", "to_stage"
    ):
        seen.update([from_stage, to_stage])
    return [stage.value for stage in Stage if stage.value in seen]


def draft_case(partnership: Partnership) -> CasePage:
    """An unsaved case page prefilled from the partnership's records, with the
    names, e-mail addresses and phone numbers of its people removed."""
    scrub = Scrubber(people_names(partnership))
    partners = list(
        partnership.partner_roles.select_related("organisation").order_by(
            "organisation__name"
        )
    )
    answers = written_answers(partnership)
    year_from, year_to = period(partnership)
    outline = partnership.vision or partnership.purpose
    page = CasePage(
        title=partnership.title,
        library=LibraryIdentity.current().display_name,
        relationship=RelationshipKind.PARTNERSHIP,
        year_from=year_from,
        year_to=year_to,
        outline=paragraphs([scrub(outline)]),
        outcome=paragraphs([scrub(partnership.outcome)]),
        purpose=paragraphs([scrub(partnership.purpose)]),
        experience=paragraphs([scrub(partnership.closing_reflection)]),
        lessons="\n".join(
            scrub(line)
            for round_ in partnership.evaluation_rounds.filter(
                cycle=partnership.cycle
            ).exclude(summary="")
            for line in round_.summary.splitlines()
            if line.strip()
        ),
        stages=stages_gone_through(partnership),
        editor_note=_(
            "Proposed from a concluded partnership on %(date)s. Names, e-mail "
            "addresses and phone numbers were removed from the copied text; read "
            "it through before it is published."
        )
        % {"date": timezone.localdate().isoformat()},
        live=False,
        has_unpublished_changes=True,
    )
    for field, texts in answers.items():
        setattr(page, field, paragraphs(scrub(text) for text in texts))
    page.partners = [
        CasePartner(
            name=role.organisation.name,
            sector=role.organisation.sector,
            contribution=scrub(role.role),
        )
        for role in partners
    ]
    return page


def case_index() -> CaseIndexPage | None:
    """Where proposed cases go: the case index of the site's main language."""
    return (
        CaseIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )


def propose_case(partnership: Partnership, *, user) -> CaseProposal:
    """Propose the concluded partnership's experience as an inspiration case:
    a draft case page under the case index, prefilled and without personal
    data, saved as a revision by ``user``, who needs no page rights. One
    proposal per agreement cycle. Raises PermissionDenied for someone who may
    not propose, ValidationError saying why it cannot be done."""
    with transaction.atomic():
        current = Partnership.objects.select_for_update().get(pk=partnership.pk)
        if current.is_open:
            permissions.require(permissions.can_move(current, user))
            raise ValidationError(
                _("Only a concluded partnership can be proposed as a case."),
                code="not_concluded",
            )
        permissions.require(permissions.can_propose_case(current, user))
        if current.case_proposals.filter(cycle=current.cycle).exists():
            raise ValidationError(
                _("A case has already been proposed from this partnership."),
                code="exists",
            )
        index = case_index()
        if index is None:
            raise ValidationError(
                _(
                    "The site has no case index page to put the case under. Ask "
                    "an editor to create one."
                ),
                code="no_index",
            )
        page = draft_case(current)
        index.add_child(instance=page)
        page.save_revision(user=user)
        log(page, "wagtail.create", user=user)
        proposal = CaseProposal(
            partnership=current, cycle=current.cycle, case_page=page, proposed_by=user
        )
        save_with_reason(proposal, user, _("Proposed as an inspiration case"))
    return proposal


def missing_consent(proposal: CaseProposal) -> list[Organisation]:
    """The partner organisations that have not said yes to the case, by name."""
    return list(
        Organisation.objects.filter(partner_roles__partnership=proposal.partnership_id)
        .exclude(case_consents__proposal=proposal, case_consents__given=True)
        .order_by("name")
    )


def consent_version(proposal: CaseProposal, organisation) -> str:
    """The version a consent form carries: the newest history row of the
    organisation's consent to the case ("0" before any is recorded)."""
    newest = CaseConsent.history.filter(
        proposal_id=proposal.pk, organisation_id=organisation.pk
    ).aggregate(newest=Max("history_id"))["newest"]
    return str(newest or 0)


def record_consent(
    proposal: CaseProposal,
    *,
    organisation,
    given: bool,
    note: str,
    user,
    expected: str | None = None,
) -> CaseConsent:
    """Record a partner organisation's yes or no to publishing the case.
    ``expected`` is the version the form was opened on (``consent_version``).

    A no takes the case out of moderation, and off the public site where it
    is published: the consent's ``taken_offline`` lists the pages unpublished.
    """
    with transaction.atomic():
        partnership = Partnership.objects.select_for_update().get(
            pk=proposal.partnership_id
        )
        permissions.require(permissions.can_propose_case(partnership, user))
        if not partnership.partner_roles.filter(organisation=organisation).exists():
            raise ValidationError(
                _("%(organisation)s is not a partner in this partnership.")
                % {"organisation": organisation},
                code="not_a_partner",
            )
        if expected is not None and expected != consent_version(proposal, organisation):
            raise concurrency.conflict()
        consent = CaseConsent.objects.filter(
            proposal=proposal, organisation=organisation
        ).first() or CaseConsent(
            proposal=proposal, partnership=partnership, organisation=organisation
        )
        consent.given = given
        consent.note = note.strip()
        consent.recorded_by = user
        consent.recorded_at = timezone.now()
        reason = _("Consent to the case recorded: %(answer)s") % {
            "answer": _("yes") if given else _("no")
        }
        save_with_reason(consent, user, reason)
        consent.taken_offline = []
        page = proposal.case_page
        if not given and page is not None:
            state = page.current_workflow_state
            if state is not None:
                state.cancel(user=user)
            consent.taken_offline = take_offline(page, user=user)
    return consent


def take_offline(page, *, user) -> list:
    """Unpublish the case ``page`` and its translations, those that are live:
    a partner has said no, and without every partner's consent the case may
    not stay on the public site. The members who record consent may do this
    without the right to unpublish pages; the page's log names them. Returns
    the pages unpublished."""
    live = list(page.get_translations(inclusive=True).live().specific())
    for translation in live:
        UnpublishPageAction(translation, user=user).execute(skip_permission_checks=True)
    return live


def missing_consent_error(missing) -> ValidationError:
    return ValidationError(
        _(
            "The case cannot be submitted before every partner has consented to "
            "it. Still missing: %(organisations)s."
        )
        % {"organisations": ", ".join(str(o) for o in missing)},
        code="consent_missing",
    )


def submit_case(proposal: CaseProposal, *, user) -> None:
    """Start the editors' moderation of the proposed case once every partner
    has consented; the moderators then approve and publish it as any page."""
    with transaction.atomic():
        partnership = Partnership.objects.select_for_update().get(
            pk=proposal.partnership_id
        )
        permissions.require(permissions.can_propose_case(partnership, user))
        proposal = CaseProposal.objects.select_for_update().get(pk=proposal.pk)
        if missing := missing_consent(proposal):
            raise missing_consent_error(missing)
        if proposal.case_page_id is None:
            raise ValidationError(
                _("The case page has been deleted, so there is nothing to submit."),
                code="no_page",
            )
        page = proposal.case_page
        if page.workflow_in_progress:
            raise ValidationError(
                _("The case is already waiting for moderation."), code="in_moderation"
            )
        if page.live and not page.has_unpublished_changes:
            raise ValidationError(_("The case is already published."), code="published")
        workflow = page.get_workflow()
        if workflow is None:
            raise ValidationError(
                _(
                    "Case pages have no moderation workflow. Ask an administrator "
                    "to give them one."
                ),
                code="no_workflow",
            )
        draft = page.get_latest_revision_as_object()
        try:
            draft.full_clean()
        except ValidationError as error:
            raise ValidationError(
                _(
                    "The case draft is not ready for moderation: %(errors)s Ask an "
                    "editor to complete it in the page editor."
                )
                % {"errors": " ".join(error.messages)},
                code="incomplete",
            ) from error
        workflow.start(page, user)
        proposal.submitted_by = user
        proposal.submitted_at = timezone.now()
        save_with_reason(proposal, user, _("Case submitted for moderation"))


def unlink_deleted_case_page(sender, instance, **kwargs):
    """Signal receiver: before a case page is deleted, in whatever way, clear
    the proposals' link to it through a save, so their history says so."""
    reason = _("The case page “%(title)s” was deleted; the link to it is removed") % {
        "title": instance.title
    }
    for proposal in CaseProposal.objects.filter(case_page_id=instance.pk):
        proposal.case_page = None
        proposal._change_reason = reason
        proposal.save()


def refusal(page) -> str:
    """Why the page may not be submitted or published yet ("" if it may):
    it is a proposed case whose partners have not all consented."""
    proposal = CaseProposal.objects.filter(case_page_id=page.pk).first()
    if proposal is None:
        return ""
    missing = missing_consent(proposal)
    if not missing:
        return ""
    return missing_consent_error(missing).messages[0]


def proposal_for(partnership: Partnership) -> CaseProposal | None:
    """The partnership's case proposal of its current cycle, if any."""
    return (
        partnership.case_proposals.filter(cycle=partnership.cycle)
        .select_related("case_page")
        .first()
    )


def status(proposal: CaseProposal | None) -> str:
    """Where the proposed case stands, in a word the partnership page shows."""
    if proposal is None:
        return ""
    page = proposal.case_page
    if page is None:
        return _("deleted")
    if page.live:
        return _("published")
    if page.workflow_in_progress:
        return _("in moderation")
    return _("draft")


def consent_rows(proposal: CaseProposal) -> list[dict]:
    """Each partner organisation with its recorded consent, if any."""
    consents = {
        consent.organisation_id: consent
        for consent in proposal.consents.select_related("recorded_by")
    }
    return [
        {
            "organisation": role.organisation,
            "consent": consents.get(role.organisation_id),
        }
        for role in proposal.partnership.partner_roles.select_related(
            "organisation"
        ).order_by("organisation__name")
    ]


def partnership_context(partnership: Partnership, user) -> dict:
    """What the partnership's page shows about its inspiration case: the
    proposal's status and links, or the button to propose one."""
    proposal = proposal_for(partnership)
    page = proposal.case_page if proposal is not None else None
    return {
        "case_proposal": proposal,
        "case_status": status(proposal),
        "case_live_url": page.url if page is not None and page.live else "",
        "case_url": (
            reverse("partnerships_case", args=[partnership.pk]) if proposal else ""
        ),
        "can_propose_case": proposal is None
        and permissions.can_propose_case(partnership, user),
        "propose_case_url": reverse("partnerships_case_propose", args=[partnership.pk]),
    }
