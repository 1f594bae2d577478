"""The moderation workflow and its task, which Wagtail's first migration names
"Moderators approval" in English, get a Danish name after each migrate.

The name is data that Wagtail shows as it is ("Submit to Moderators approval" in
the page editor, the status panel, the dashboard, the workflow reports), so no
catalogue can translate it. Only the untouched default is renamed; a name an
administrator chose in Settings → Workflows is left alone.
"""

DEFAULT_NAME = "Moderators approval"
DANISH_NAME = "Moderatorgodkendelse"


def rename_default_workflow(sender, apps, using, **kwargs):
    for model_name in ["Workflow", "Task"]:
        model = apps.get_model("wagtailcore", model_name)
        model.objects.using(using).filter(name=DEFAULT_NAME).update(name=DANISH_NAME)
