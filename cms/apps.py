from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Knowledge site")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from cms.navigation import invalidate
        from cms.sessions import stamp_sign_in
        from cms.workflow_names import rename_default_workflow

        for signal in [page_published, page_unpublished, post_page_move]:
            signal.connect(invalidate, dispatch_uid=f"cms-nav-{id(signal)}")
        page_slug_changed.connect(invalidate, dispatch_uid="cms-nav-slug")
        post_delete.connect(
            lambda sender, **kw: issubclass(sender, Page) and invalidate(),
            weak=False,
            dispatch_uid="cms-nav-delete",
        )
        # A view restriction added or lifted changes what readers may see.
        for signal in [post_save, post_delete]:
            signal.connect(
                invalidate,
                sender=PageViewRestriction,
                dispatch_uid=f"cms-nav-restriction-{id(signal)}",
            )
        user_logged_in.connect(stamp_sign_in, dispatch_uid="cms-session-clocks")
        post_migrate.connect(
            rename_default_workflow, sender=self, dispatch_uid="cms-workflow-name"
        )
