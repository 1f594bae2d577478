from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import FigureBlock
from cms.models.base import ChildRouteMixin, SectionIndexMixin, StageMixin
from cms.navigation import breadcrumbs_for
from cms.stages import Stage

TEXT_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class Sector(models.TextChoices):
    PUBLIC = "public", _("Public sector")
    PRIVATE = "private", _("Private business")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    EDUCATION = "education", _("Education and research")
    CULTURE = "culture", _("Arts and culture")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class CaseFilterForm(forms.Form):
    sector = forms.ChoiceField(
        label=_("Partner sector"),
        required=False,
        choices=[("", _("All sectors")), *Sector.choices],
    )
    fase = forms.ChoiceField(
        label=_("Stage"),
        required=False,
        choices=[("", _("All stages")), *Stage.choices],
    )
    tag = forms.SlugField(
        label=_("Tag"), required=False, max_length=100, allow_unicode=True
    )


class CaseIndexPage(ChildRouteMixin, SectionIndexMixin, Page):
    """Inspiration cases, filterable by partner sector, stage and tag."""

    subpage_types = ["cms.CasePage"]
    child_model = "cms.CasePage"

    class Meta:
        verbose_name = _("case index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        cases = CasePage.objects.child_of(self).published()
        form = CaseFilterForm(request.GET or None)
        if form.is_valid():
            if sector := form.cleaned_data["sector"]:
                cases = cases.filter(partners__sector=sector)
            if stage := form.cleaned_data["fase"]:
                cases = cases.in_stage(Stage(stage))
            if tag := form.cleaned_data["tag"]:
                cases = cases.filter(tags__slug=tag)
        elif form.is_bound:
            cases = cases.none()
        context["filter_form"] = form
        context["tags"] = (
            Tag.objects.filter(
                cms_casepagetag_items__content_object__in=CasePage.objects.child_of(
                    self
                ).published()
            )
            .distinct()
            .order_by("name")
        )
        context["cases"] = (
            cases.distinct()
            .order_by("-year", "title")
            .prefetch_related("partners", "tags")
        )
        return context


class CasePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.CasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CasePage(StageMixin, Page):
    """An inspiration case told in the "five quick questions" format."""

    library = models.CharField(
        _("library"), max_length=255, help_text=_("The library behind the case.")
    )
    respondent_role = models.CharField(
        _("answered by"),
        max_length=255,
        blank=True,
        help_text=_("The role of the person answering, e.g. 'Head of development'."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("When the partnership started."),
    )
    outline = RichTextField(
        _("the partnership in brief"),
        features=TEXT_FEATURES,
        help_text=_("A short outline: who, what and why."),
    )
    experience = RichTextField(
        _("What experience have you gained from partnerships?"),
        features=TEXT_FEATURES,
    )
    challenges = RichTextField(
        _("What are the biggest challenges?"), features=TEXT_FEATURES
    )
    barriers = RichTextField(
        _("What organisational barriers arise?"), features=TEXT_FEATURES
    )
    purpose = RichTextField(
        _("What was the purpose of entering partnerships?"), features=TEXT_FEATURES
    )
    library_gain = RichTextField(
        _("What can one gain from partnering with libraries?"),
        features=TEXT_FEATURES,
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

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            ["library", "respondent_role", "year"], heading=_("About the case")
        ),
        InlinePanel("partners", label=_("Partner organisations"), min_num=1),
        "outline",
        MultiFieldPanel(
            ["experience", "challenges", "barriers", "purpose", "library_gain"],
            heading=_("The five quick questions"),
        ),
        "lessons",
        "gallery",
        "stages",
        "tags",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("library"),
        index.SearchField("outline"),
        index.SearchField("experience"),
        index.SearchField("challenges"),
        index.SearchField("barriers"),
        index.SearchField("purpose"),
        index.SearchField("library_gain"),
        index.SearchField("lessons"),
        index.RelatedFields("partners", [index.SearchField("name")]),
    ]

    parent_page_types = ["cms.CaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    @property
    def lesson_list(self) -> list[str]:
        return [line.strip() for line in self.lessons.splitlines() if line.strip()]

    @property
    def five_questions(self) -> list[tuple[str, str]]:
        """(question, answer) pairs in the format's fixed order."""
        names = ["experience", "challenges", "barriers", "purpose", "library_gain"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in names
        ]

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

    panels = ["name", "sector"]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")

    def __str__(self):
        return self.name
