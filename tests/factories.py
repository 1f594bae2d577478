"""Factories for the project's models; page factories default their parent."""

import json
from datetime import timedelta

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Site

from cms import roles
from cms.models import (
    CaseIndexPage,
    CasePage,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    LibraryIdentity,
    StageChecklistItem,
    StageGuidance,
    StandardPage,
    ToolboxIndexPage,
    ToolPage,
)
from partnerships.models import (
    Agreement,
    AgreementClause,
    Challenge,
    ClauseTemplate,
    CommunicationActivity,
    Contact,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    Meeting,
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    Questionnaire,
    QuestionnaireQuestion,
    ReminderSettings,
    Risk,
    StrategicGoal,
    Task,
    TeamMember,
)
from partnerships.models.communication import new_token, token_digest


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="da_DK")
    last_name = factory.Faker("last_name", locale="da_DK")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("password")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


def home_page():
    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="da")


def stream(*blocks):
    """StreamField JSON from (block_type, value) pairs."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Guiden"
    slug = "guiden"
    parent = factory.LazyFunction(home_page)


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Kapitel {n}: Hvordan samarbejder vi?")
    number = factory.Sequence(lambda n: n + 1)
    summary = "Om at finde fælles mål med partnerne."
    body = stream(("paragraph", "<p>Et partnerskab kræver fælles mål.</p>"))
    parent = factory.LazyFunction(
        lambda: GuideIndexPage.objects.first() or GuideIndexPageFactory()
    )


class ToolboxIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolboxIndexPage

    title = "Værktøjskassen"
    slug = "vaerktoejskassen"
    parent = factory.LazyFunction(home_page)


class ToolPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolPage

    title = factory.Sequence(lambda n: f"Værktøj {n}")
    summary = "Et værktøj til at planlægge samarbejdet."
    tool_type = "template"
    body = stream(("paragraph", "<p>Sådan bruger I værktøjet.</p>"))
    parent = factory.LazyFunction(
        lambda: ToolboxIndexPage.objects.first() or ToolboxIndexPageFactory()
    )


class CaseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseIndexPage

    title = "Inspiration"
    slug = "inspiration"
    parent = factory.LazyFunction(home_page)


class CasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CasePage

    title = factory.Sequence(lambda n: f"Case {n}")
    library = "Eksempelby Bibliotek"
    respondent_role = "Udviklingschef"
    year_from = 2011
    outline = "<p>Biblioteket og museet lavede udstillinger sammen.</p>"
    experience = "<p>Vi lærte at lytte.</p>"
    challenges = "<p>Tid.</p>"
    barriers = "<p>Forskellige kulturer.</p>"
    purpose = "<p>Nye brugere.</p>"
    library_gain = "<p>Synlighed.</p>"
    parent = factory.LazyFunction(
        lambda: CaseIndexPage.objects.first() or CaseIndexPageFactory()
    )


class FilmPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FilmPage

    title = "Filmen"
    slug = "film"
    parent = factory.LazyFunction(home_page)


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "Om siden"
    parent = factory.LazyFunction(home_page)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Kulturhus {n}")
    sector = "culture"


class StrategicGoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategicGoal

    title = factory.Sequence(lambda n: f"Mål {n}")


class PartnershipFactory(factory.django.DjangoModelFactory):
    """A partnership in initiation; ``ready=True`` meets the agreement gate."""

    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Partnerskab {n}")
    project_manager = factory.SubFactory(UserFactory, groups=[roles.PROJECT_MANAGERS])

    @factory.post_generation
    def ready(self, create, value, **kwargs):
        if create and value:
            self.purpose = "Flere unge læsere."
            self.partner_roles.add(PartnerRole(organisation=OrganisationFactory()))
            self.goal_links.add(PartnershipGoal(goal=StrategicGoalFactory()))
            self.save()


class StageGuidanceFactory(factory.django.DjangoModelFactory):
    """A stage's guidance; ``checklist=["...", ...]`` adds its checklist."""

    class Meta:
        model = StageGuidance
        django_get_or_create = ["stage"]
        skip_postgeneration_save = True

    stage = "initiation"

    @factory.post_generation
    def checklist(self, create, value, **kwargs):
        if create and value:
            for order, text in enumerate(value):
                StageChecklistItem.objects.create(
                    guidance=self, text=text, sort_order=order
                )


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Faker("name", locale="da_DK")
    organisation = factory.SubFactory(OrganisationFactory)


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMember

    partnership = factory.SubFactory(PartnershipFactory)
    user = factory.SubFactory(UserFactory, groups=[roles.PROJECT_MANAGERS])


class PartnerRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerRole

    partnership = factory.SubFactory(PartnershipFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Opgave {n}")
    stage = factory.SelfAttribute("partnership.stage")


# Stage-tool records. They are created directly (history is still written, by
# the system account); tests of a tool's services call the services instead.


class ClauseTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClauseTemplate

    section = "purpose"
    heading = factory.Sequence(lambda n: f"Standardafsnit {n}")
    body = "Parterne arbejder sammen om {purpose}."


class AgreementFactory(factory.django.DjangoModelFactory):
    """An unsigned agreement of the partnership's current cycle with
    ``clauses`` (default 2) clauses."""

    class Meta:
        model = Agreement
        skip_postgeneration_save = True

    partnership = factory.SubFactory(PartnershipFactory)
    cycle = factory.SelfAttribute("partnership.cycle")

    @factory.post_generation
    def clauses(self, create, count, **kwargs):
        if create:
            AgreementClauseFactory.create_batch(
                2 if count is None else count, agreement=self, **kwargs
            )


class AgreementClauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreementClause

    agreement = factory.SubFactory(AgreementFactory, clauses=0)
    partnership = factory.SelfAttribute("agreement.partnership")
    section = "purpose"
    heading = factory.Sequence(lambda n: f"Afsnit {n}")
    body = "Parterne arbejder sammen."
    sort_order = factory.Sequence(lambda n: n)


class CommunicationActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunicationActivity

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Aktivitet {n}")
    audience = "staff"
    planned_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(7))


class QuestionnaireFactory(factory.django.DjangoModelFactory):
    """A questionnaire with one scale and one written question."""

    class Meta:
        model = Questionnaire
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Spørgeskema {n}")

    @factory.post_generation
    def questions(self, create, questions, **kwargs):
        if not create:
            return
        questions = questions or [
            ("cooperation", "scale", "Fungerer samarbejdet?"),
            ("next_step", "text", "Hvad skal vi gøre nu?"),
        ]
        for order, (theme, kind, text) in enumerate(questions):
            QuestionnaireQuestion.objects.create(
                questionnaire=self, theme=theme, kind=kind, text=text, sort_order=order
            )


class EvaluationRoundFactory(factory.django.DjangoModelFactory):
    """A round of the partnership's current cycle with ``questions`` (default
    2) questions; ``invite=[contact, ...]`` adds an invitation per contact."""

    class Meta:
        model = EvaluationRound
        skip_postgeneration_save = True

    partnership = factory.SubFactory(PartnershipFactory)
    cycle = factory.SelfAttribute("partnership.cycle")
    title = factory.Sequence(lambda n: f"Evaluering {n}")

    @factory.post_generation
    def questions(self, create, count, **kwargs):
        if create:
            EvaluationQuestionFactory.create_batch(
                2 if count is None else count, round=self, **kwargs
            )

    @factory.post_generation
    def invite(self, create, contacts, **kwargs):
        for contact in (contacts or []) if create else []:
            EvaluationInvitationFactory(round=self, contact=contact)


class EvaluationQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvaluationQuestion

    round = factory.SubFactory(EvaluationRoundFactory, questions=0)
    partnership = factory.SelfAttribute("round.partnership")
    theme = "cooperation"
    kind = factory.Iterator(["scale", "text"])
    text = factory.Sequence(lambda n: f"Spørgsmål {n}?")
    sort_order = factory.Sequence(lambda n: n)


class EvaluationInvitationFactory(factory.django.DjangoModelFactory):
    """An invitation with a private link; pass ``token=`` to know the link."""

    class Meta:
        model = EvaluationInvitation

    class Params:
        token = factory.LazyFunction(lambda: new_token()[0])

    round = factory.SubFactory(EvaluationRoundFactory)
    partnership = factory.SelfAttribute("round.partnership")
    contact = factory.SubFactory(ContactFactory)
    token_digest = factory.LazyAttribute(lambda o: token_digest(o.token))
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Partnermøde {n}")
    held_on = factory.LazyFunction(timezone.localdate)


class ChallengeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Challenge

    title = factory.Sequence(lambda n: f"Typisk udfordring {n}")
    suggested_mitigation = "Aftal det tidligt."
    sort_order = factory.Sequence(lambda n: 900 + n)


class RiskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Risk

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Risiko {n}")
    likelihood = 2
    impact = 2


class ReminderSettingsFactory(factory.django.DjangoModelFactory):
    """A user's reminder switches, all on unless switched off:
    ``ReminderSettingsFactory(user=user, tasks=False)``."""

    class Meta:
        model = ReminderSettings

    user = factory.SubFactory(UserFactory)


class LibraryIdentityFactory(factory.django.DjangoModelFactory):
    """The library's identity for the default site, filled in. With a logo:
    ``LibraryIdentityFactory(logo=wagtail_factories.ImageFactory())``."""

    class Meta:
        model = LibraryIdentity

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = "Havneby Bibliotek"
    address = "Kajgade 2\n8888 Havneby"
    contact_person = "Lis Holm"
    contact_email = "lis@havneby-bibliotek.example.dk"
    contact_phone = "88 88 12 34"


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app (django-otp); codes from django_otp.oath.totp."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(UserFactory)
    name = "app"
    confirmed = True


class RecoveryCodesFactory(factory.django.DjangoModelFactory):
    """A user's one-time recovery codes: RecoveryCodesFactory(codes=["abcd2345"])."""

    class Meta:
        model = "otp_static.StaticDevice"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    name = "Recovery codes"

    @factory.post_generation
    def codes(self, create, codes, **kwargs):
        if create and codes:
            for code in codes:
                self.token_set.create(token=code)
