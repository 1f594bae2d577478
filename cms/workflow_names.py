"""The moderation workflow and its task, which Wagtail's first migration names
"Moderators approval" in English, are shown in the admin user's language.

The name is data that Wagtail shows as it is: in "Submit to …" in the page
editor, the status panel, the dashboard and the workflow reports. While a
workflow or task keeps that default name, it is translated when loaded and
written back unchanged when saved; a name an administrator chose is left alone.
"""

from django.db.models.signals import post_init, pre_save
from django.utils.translation import gettext, gettext_noop

DEFAULT_NAME = gettext_noop("Moderators approval")


def show_translated(sender, instance, **kwargs):
    if instance.__dict__.get("name") == DEFAULT_NAME:
        instance.name = gettext(DEFAULT_NAME)
        instance._default_name_shown = instance.name


def keep_default(sender, instance, **kwargs):
    shown = getattr(instance, "_default_name_shown", None)
    if shown is not None and instance.name == shown:
        instance.name = DEFAULT_NAME


def connect():
    from wagtail.models import Task, Workflow
    from wagtail.workflows import get_task_types

    for model in {Workflow, Task, *get_task_types()}:
        post_init.connect(show_translated, sender=model, dispatch_uid=f"wf-{model}")
        pre_save.connect(keep_default, sender=model, dispatch_uid=f"wf-save-{model}")
