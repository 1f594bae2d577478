from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from cms.api_fields import ChoiceField, LinesField, TagsField
from cms.blocks import FigureBlock
from cms.fields import ChoiceSetField
from cms.models.base import (
    ChildRouteMixin,
    DanishSlugMixin,
    SectionIndexMixin,
    StageMixin,
    StagePageQuerySet,
)
from cms.navigation import breadcrumbs_for
from cms.stages import Stage

TEXT_FEATURES = ["bold", "italic", "ul", "ol", "link"]
YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]
QUICK_QUESTIONS = ["experience", "challenges", "barriers", "purpose", "library_gain"]


class Sector(models.TextChoices):
    PUBLIC = "public", _("Public sector")
    PRIVATE = "private", _("Private business")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    EDUCATION = "education", _("Education and research")
    CULTURE = "culture", _("Arts and culture")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class RelationshipKind(models.TextChoices):
    """How the library and its partners were tied together."""

    PARTNERSHIP = "partnership", _("Partnership")
    COMMISSION = "commission", _("Commission or assignment")
    SPONSORSHIP = "sponsorship", _("Sponsorship")
    OTHER = "other", _("Other kind of cooperation")


class TargetGroup(models.TextChoices):
    """Who the activities of a case were for."""

    CHILDREN = "children", _("Children")
    YOUNG_PEOPLE = "young_people", _("Young people")
    FAMILIES = "families", _("Families")
    ADULTS = "adults", _("Adults")
    SENIORS = "seniors", _("Older people")
    NEWCOMERS = "newcomers", _("Newcomers to Denmark")
    BUSINESSES = "businesses", _("Businesses")
    EVERYONE = "everyone", _("Everyone")


class TargetGroupSetField(ChoiceSetField):
    """The target groups of a case, as a list of ``TargetGroup`` values."""

    choice_class = TargetGroup


def years_covered(periods) -> list[int]:
    """Every year that one of the (first, last) periods runs through, newest
    first; a period missing one end is that single year."""
    years = set()
    for first, last in periods:
        first, last = first or last, last or first
        if first is not None:
            years.update(range(first, max(first, last) + 1))
    return sorted(years, reverse=True)


def _filter_choice(label, all_label, choices) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, required=False, choices=[("", all_label), *choices]
    )


class CaseFilterForm(forms.Form):
    sector = _filter_choice(_("Partner sector"), _("All sectors"), Sector.choices)
    fase = _filter_choice(_("Stage"), _("All stages"), Stage.choices)
    kind = _filter_choice(
        _("Kind of relationship"), _("All kinds"), RelationshipKind.choices
    )
    target_group = _filter_choice(
        _("Target group"), _("All target groups"), TargetGroup.choices
    )
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=1900,
        max_value=2100,
    )
    tag = forms.SlugField(
        label=_("Tag"), required=False, max_length=100, allow_unicode=True
    )

    def offer_years(self, years: list[int]) -> None:
        """Show the year filter as a list of these years. Any year is accepted,
        so a bookmarked year that no case covers any more shows no cases."""
        self.fields["year"].widget = forms.Select(
            choices=[("", _("All years")), *((year, year) for year in years)]
        )

    def choice_fields(self):
        """The fields shown as plain selects; the tag list is built by hand."""
        return [self[name] for name in self.fields if name != "tag"]


class CasePageQuerySet(StagePageQuerySet):
    def running_in(self, year: int):
        """Cases whose period includes the year; cases without a year are left out."""
        return self.alias(
            first_year=Coalesce("year_from", "year_to"),
            last_year=Coalesce("year_to", "year_from"),
        ).filter(first_year__lte=year, last_year__gte=year)

    def for_target_group(self, group: TargetGroup):
        return self.filter(target_groups__contains=f",{group.value},")

    def newest_first(self):
        """Latest year first; cases without a year last, then by title."""
        return self.order_by(
            Coalesce("year_to", "year_from").desc(nulls_last=True), "title"
        )


CasePageManager = PageManager.from_queryset(CasePageQuerySet)


class CaseIndexPage(DanishSlugMixin, ChildRouteMixin, SectionIndexMixin, Page):
    """Inspiration cases, filterable by partner sector, stage, kind of
    relationship, target group, year and tag."""

    subpage_types = ["cms.CasePage"]
    child_model = "cms.CasePage"

    class Meta:
        verbose_name = _("case index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        published = CasePage.objects.child_of(self).published()
        cases = published
        form = CaseFilterForm(request.GET or None)
        filtered = form.is_bound
        if form.is_valid():
            data = form.cleaned_data
            filtered = any(value not in ("", None) for value in data.values())
            if sector := data["sector"]:
                cases = cases.filter(partners__sector=sector)
            if stage := data["fase"]:
                cases = cases.in_stage(Stage(stage))
            if kind := data["kind"]:
                cases = cases.filter(relationship=kind)
            if group := data["target_group"]:
                cases = cases.for_target_group(TargetGroup(group))
            if (year := data["year"]) is not None:
                cases = cases.running_in(year)
            if tag := data["tag"]:
                cases = cases.filter(tags__slug=tag)
        elif form.is_bound:
            cases = cases.none()
        listing = list(
            cases.distinct().newest_first().prefetch_related("partners", "tags")
        )
        # Unfiltered, the listing holds every published case, so the years
        # need no query of their own.
        periods = (
            published.values_list("year_from", "year_to")
            if filtered
            else [(case.year_from, case.year_to) for case in listing]
        )
        form.offer_years(years_covered(periods))
        context["filter_form"] = form
        context["tags"] = (
            Tag.objects.filter(cms_casepagetag_items__content_object__in=published)
            .distinct()
            .order_by("name")
        )
        context["cases"] = listing
        return context


class CasePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.CasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CasePage(DanishSlugMixin, StageMixin, Page):
    """An inspiration case told in the "five quick questions" format.

    Real material rarely answers everything, so the period, the questions and
    the details are optional; only what the material says is shown.
    """

    library = models.CharField(
        _("library"), max_length=255, help_text=_("The library behind the case.")
    )
    respondent_role = models.CharField(
        _("answered by"),
        max_length=255,
        blank=True,
        help_text=_("The role of the person answering, e.g. 'Head of development'."),
    )
    year_from = models.PositiveSmallIntegerField(
        _("first year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_(
            "The year the cooperation began. Leave it empty if the material does "
            "not say; never guess."
        ),
    )
    year_to = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_(
            "Only if the cooperation ran over several years: the year it ended "
            "or, if it still runs, the latest year the material covers."
        ),
    )
    relationship = models.CharField(
        _("kind of relationship"),
        max_length=20,
        choices=RelationshipKind.choices,
        blank=True,
        help_text=_(
            "A partnership shares goals and work; in a commission one party pays "
            "another for a task; in a sponsorship a company gives money or goods "
            "for visibility."
        ),
    )
    target_groups = TargetGroupSetField(
        _("target groups"),
        help_text=_("Who the activities were for. Tick all that apply."),
    )
    target_group_note = models.CharField(
        _("target group in your own words"),
        max_length=255,
        blank=True,
        help_text=_("Optional, e.g. 'pupils in 7th to 9th grade in the municipality'."),
    )
    outline = RichTextField(
        _("the partnership in brief"),
        features=TEXT_FEATURES,
        help_text=_("A short outline: who, what and why."),
    )
    funding = models.TextField(
        _("money arrangement"),
        blank=True,
        help_text=_(
            "Who paid for what: a fee, a sponsorship, a shared budget, grants, or "
            "no money at all. Amounts only if the partners agree to publish them."
        ),
    )
    outcome = RichTextField(
        _("outcome"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What came of the cooperation: results, numbers, what lasted."),
    )
    experience = RichTextField(
        _("What experience have you gained from partnerships?"),
        features=TEXT_FEATURES,
        blank=True,
    )
    challenges = RichTextField(
        _("What are the biggest challenges?"), features=TEXT_FEATURES, blank=True
    )
    barriers = RichTextField(
        _("What organisational barriers arise?"), features=TEXT_FEATURES, blank=True
    )
    purpose = RichTextField(
        _("What was the purpose of entering partnerships?"),
        features=TEXT_FEATURES,
        blank=True,
    )
    library_gain = RichTextField(
        _("What can one gain from partnering with libraries?"),
        features=TEXT_FEATURES,
        blank=True,
    )
    lessons = models.TextField(
        _("lessons"), blank=True, help_text=_("One lesson per line.")
    )
    gallery = StreamField(
        [("image", FigureBlock())],
        blank=True,
        verbose_name=_("images"),
        help_text=_("Photos from the partnership, each with a description."),
    )
    tags = ClusterTaggableManager(
        through=CasePageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Short words readers can filter cases by, e.g. 'festival'."),
    )
    editor_note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_(
            "For editors only; never shown on the site or found by its search. "
            "E.g. where the material came from, what is still to be checked, or "
            "whom to ask."
        ),
    )

    objects = CasePageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                "library",
                "respondent_role",
                "relationship",
                FieldRowPanel(["year_from", "year_to"], heading=_("Period")),
                "target_groups",
                "target_group_note",
            ],
            heading=_("About the case"),
        ),
        InlinePanel(
            "partners",
            label=_("Partner organisations"),
            min_num=1,
            help_text=_("Each partner with its role and what it contributed."),
        ),
        MultiFieldPanel(
            ["outline", "funding", "outcome"], heading=_("The cooperation")
        ),
        MultiFieldPanel(
            QUICK_QUESTIONS,
            heading=_("The five quick questions"),
            help_text=_(
                "Answer the questions the material answers and leave the rest "
                "empty; readers see “Not answered” for those."
            ),
        ),
        "lessons",
        InlinePanel(
            "sources",
            label=_("Sources and links"),
            help_text=_("Where readers can learn more, e.g. reports or articles."),
        ),
        "gallery",
        "stages",
        "tags",
        MultiFieldPanel(["editor_note"], heading=_("For editors only")),
    ]
    # The internal note is deliberately not indexed: the site's search must not
    # find a case by it.
    search_fields = [
        *Page.search_fields,
        index.SearchField("library"),
        index.SearchField("outline"),
        index.SearchField("outcome"),
        index.SearchField("target_group_note"),
        *(index.SearchField(name) for name in QUICK_QUESTIONS),
        index.SearchField("lessons"),
        index.RelatedFields(
            "partners",
            [
                index.SearchField("name"),
                index.SearchField("role"),
                index.SearchField("contribution"),
            ],
        ),
    ]
    # What the case page shows; never the internal note.
    api_fields = [
        "library",
        "respondent_role",
        "year_from",
        "year_to",
        "period",
        APIField("relationship", serializer=ChoiceField(RelationshipKind)),
        APIField("target_groups", serializer=ChoiceField(TargetGroup)),
        "target_group_note",
        "partners",
        "outline",
        "funding",
        "outcome",
        *QUICK_QUESTIONS,
        APIField("lessons", serializer=LinesField()),
        "sources",
        "gallery",
        *StageMixin.api_fields,
        APIField("tags", serializer=TagsField()),
    ]

    parent_page_types = ["cms.CaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def clean(self):
        super().clean()
        first, last = self.year_from, self.year_to
        if first is not None and last is not None and last < first:
            raise ValidationError(
                {
                    "year_to": _(
                        "The last year (%(last)s) is before the first year "
                        "(%(first)s). Swap them, or leave the last year empty "
                        "for a single year."
                    )
                    % {"first": first, "last": last}
                }
            )
        # One given year is a single year, always kept as the first year.
        if first is None or first == last:
            self.year_from, self.year_to = last if first is None else first, None

    @property
    def period(self) -> str:
        """The years as readers see them: "2019", "2019–2021", or "" if unknown."""
        years = sorted({y for y in (self.year_from, self.year_to) if y is not None})
        return "–".join(str(year) for year in years)

    @property
    def target_group_labels(self) -> list[str]:
        return [TargetGroup(code).label for code in self.target_groups]

    @property
    def lesson_list(self) -> list[str]:
        return [line.strip() for line in self.lessons.splitlines() if line.strip()]

    @property
    def five_questions(self) -> list[tuple[str, str]]:
        """(question, answer) pairs in the format's fixed order; an unanswered
        question has an empty answer."""
        pairs = []
        for name in QUICK_QUESTIONS:
            answer = getattr(self, name) or ""
            pairs.append(
                (
                    self._meta.get_field(name).verbose_name,
                    answer if strip_tags(answer).strip() else "",
                )
            )
        return pairs

    @property
    def answered_count(self) -> int:
        return sum(1 for _question, answer in self.five_questions if answer)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related()
        context["tags"] = list(self.tags.all())
        context["index"] = breadcrumbs_for(request, self)[-1]
        return context


class CasePartner(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("organisation"), max_length=255)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("E.g. 'host', 'sponsor', 'commissioned the work'."),
    )
    contribution = models.TextField(
        _("contribution"),
        blank=True,
        help_text=_("What the partner brought: money, rooms, staff, knowledge…"),
    )

    panels = ["name", "sector", "role", "contribution"]
    api_fields = [
        "name",
        APIField("sector", serializer=ChoiceField(Sector)),
        "role",
        "contribution",
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")

    def __str__(self):
        return self.name


class CaseSource(Orderable):
    """A link to where readers can read more about a case."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(_("address"), max_length=500)
    label = models.CharField(
        _("link text"),
        max_length=255,
        help_text=_("What readers find there, e.g. 'Evaluation report (PDF)'."),
    )

    panels = ["label", "url"]
    api_fields = ["label", "url"]

    class Meta(Orderable.Meta):
        verbose_name = _("source or link")
        verbose_name_plural = _("sources and links")

    def __str__(self):
        return self.label
