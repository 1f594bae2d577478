"""Factories for the project's models; page factories default their parent."""

import json

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms import roles
from cms.models import (
    CaseIndexPage,
    CasePage,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    StandardPage,
    ToolboxIndexPage,
    ToolPage,
)
from partnerships.models import (
    Contact,
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    StrategicGoal,
)


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
    year = 2011
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


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Faker("name", locale="da_DK")
    organisation = factory.SubFactory(OrganisationFactory)
