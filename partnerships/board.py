"""The partnership board: a column per stage, filtered, each column capped.

A column shows its first cards in title order and says how many there are;
"Show more" asks for the next batch of that column alone. The board costs the
same few queries however many partnerships there are: one count per stage in
one query, the ids of each column's cards (a query per stage, with LIMIT),
then the cards themselves with their counts and teams.
"""

from django import forms
from django.db.models import Count, Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.stages import Stage
from partnerships import checklists, permissions
from partnerships.models import Partnership, StrategicGoal, TeamMember

COLUMN_SIZE = 25
MOST_BATCHES = 40  # 1,000 cards in one column at the most


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class BoardFilterForm(forms.Form):
    mine = forms.BooleanField(label=_("Only my partnerships"), required=False)
    person = PersonChoiceField(
        label=_("Project manager or team member"),
        queryset=permissions.partnership_managers(),
        required=False,
        empty_label=_("Anyone"),
    )
    goal = forms.ModelChoiceField(
        label=_("Strategic goal"),
        queryset=StrategicGoal.objects.order_by("title"),
        required=False,
        empty_label=_("Any goal"),
    )
    concluded = forms.BooleanField(
        label=_("Show concluded partnerships"), required=False
    )

    def partnerships(self, user):
        """The partnerships the filters choose (all open ones when invalid)."""
        chosen = Partnership.objects.all()
        data = self.cleaned_data if self.is_valid() else {}
        if not data.get("concluded"):
            chosen = chosen.open()
        for person in [user if data.get("mine") else None, data.get("person")]:
            if person is not None:
                chosen = chosen.for_member(person)
        if data.get("goal"):
            chosen = chosen.filter(goal_links__goal=data["goal"])
        return chosen


CARD_FIELDS = [
    "title",
    "stage",
    "project_manager__username",
    "project_manager__first_name",
    "project_manager__last_name",
]
_PK = 2147483647  # stands in for a card's pk in its URLs


def url_for_each(name):
    """``pk -> reverse(name, args=[pk])`` at the cost of one ``reverse``."""
    pattern = reverse(name, args=[_PK])
    return lambda pk: pattern.replace(str(_PK), str(pk))


def batches_wanted(params, stage: Stage) -> int:
    """How many batches of ``stage``'s column to show (``?agreement=3``)."""
    try:
        return min(max(int(params.get(stage.value, 1)), 1), MOST_BATCHES)
    except ValueError:
        return 1


def columns(request, form):
    """[(stage, cards, total, next_batch_url or None)] for the board."""
    chosen = form.partnerships(request.user)
    totals = dict(chosen.values_list("stage").annotate(n=Count("pk")).order_by())
    shown = {stage: batches_wanted(request.GET, stage) * COLUMN_SIZE for stage in Stage}
    ids = {
        stage: list(
            chosen.filter(stage=stage)
            .order_by("title", "pk")
            .values_list("pk", flat=True)[: shown[stage]]
        )
        for stage in Stage
        if totals.get(stage.value)
    }
    cards = checklists.with_current_ticks(
        Partnership.objects.filter(pk__in=[pk for pks in ids.values() for pk in pks])
        # What a card shows and what deciding on its move needs, no more.
        .only(*CARD_FIELDS)
        .select_related("project_manager")
        .prefetch_related(
            Prefetch("team_members", TeamMember.objects.only("partnership", "user"))
        )
        .with_overdue_task_count()
    ).in_bulk()
    items = checklists.item_totals()
    inspect_url = url_for_each("partnerships_partnership_modeladmin_inspect")
    move_url = url_for_each("partnerships_stage_change")
    result = []
    for stage in Stage:
        column = [cards[pk] for pk in ids.get(stage, [])]
        for partnership in column:
            partnership.user_can_move = permissions.can_move(partnership, request.user)
            partnership.checklist_total = items.get(partnership.stage, 0)
            partnership.inspect_url = inspect_url(partnership.pk)
            partnership.move_url = move_url(partnership.pk)
        total = totals.get(stage.value, 0)
        more = None
        if total > len(column) and shown[stage] < MOST_BATCHES * COLUMN_SIZE:
            params = request.GET.copy()
            params[stage.value] = shown[stage] // COLUMN_SIZE + 1
            more = f"?{params.urlencode()}#column-{stage.value}"
        result.append((stage, column, total, more))
    return result
