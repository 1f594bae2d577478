from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import StageGuidance


class StageGuidanceViewSet(SnippetViewSet):
    model = StageGuidance
    icon = "list-ol"
    menu_label = _("Stage guidance")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "introduction"]
    copy_view_enabled = False


register_snippet(StageGuidanceViewSet)
