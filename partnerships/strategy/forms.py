"""The strategy reports' filters: a GET form, so a filtered report is a link."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import Sector
from cms.stages import Stage
from partnerships.models import Partnership, StrategicGoal
from partnerships.strategy.figures import Scope, first_year
from partnerships.tools.common import display_name


class ManagerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return display_name(obj)


class StrategyFilter(forms.Form):
    """Year, project manager and partner sector. The managers offered are the
    people who manage a partnership; anything else sent is refused."""

    year = forms.TypedChoiceField(
        label=_("Year"), coerce=int, required=False, empty_value=None
    )
    manager = ManagerChoiceField(
        label=_("Project manager"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("All"),
    )
    sector = forms.ChoiceField(
        label=_("Partner sector"),
        choices=[("", _("All")), *Sector.choices],
        required=False,
    )

    def __init__(self, data=None, *, require_year: bool = False):
        super().__init__(data)
        this_year = timezone.localdate().year
        years = [(year, str(year)) for year in range(this_year, first_year() - 1, -1)]
        self.fields["year"].choices = (
            years
            if require_year
            else [
                ("", _("All years")),
                *years,
            ]
        )
        self.fields["year"].required = require_year
        self.fields["manager"].queryset = (
            get_user_model()
            .objects.filter(pk__in=Partnership.objects.values("project_manager"))
            .order_by("first_name", "last_name", "username")
        )

    def scope(self) -> Scope:
        data = self.cleaned_data
        return Scope(
            year=data["year"], manager=data["manager"], sector=data["sector"] or ""
        )


class MatrixFilter(forms.Form):
    """Which partnerships the goal matrix lists: those serving a goal, in a
    stage (the portfolio's counts link here)."""

    goal = forms.ModelChoiceField(
        queryset=StrategicGoal.objects.all(), required=False, label=_("Goal")
    )
    stage = forms.ChoiceField(
        choices=[("", _("All")), *Stage.choices], required=False, label=_("Stage")
    )

    def narrow(self, partnerships):
        data = self.cleaned_data
        if data["goal"] is not None:
            partnerships = partnerships.filter(goal_links__goal=data["goal"])
        if data["stage"]:
            partnerships = partnerships.filter(stage=data["stage"])
        return partnerships
