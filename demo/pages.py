"""Idempotent page helpers: create demo pages once and leave editors' changes alone."""

from wagtail.models import Locale, Page


def _differs(page, fields: dict) -> bool:
    return any(getattr(page, name) != value for name, value in fields.items())


def _publish(page, fields: dict) -> Page:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish()
    return page


def ensure_page(parent: Page, page: Page) -> tuple[Page, bool]:
    """Publish ``page`` under ``parent`` unless a child with its slug exists.

    Returns the page in the tree and whether it was created.
    """
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision(log_action=True).publish()
    return page, True


def ensure_translation(page: Page, language_code: str, **fields) -> Page:
    """Return ``page`` translated into the locale, creating or updating it."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale).specific
        return _publish(translation, fields)
    translation = translation.specific
    if _differs(translation, fields) or not translation.live:
        _publish(translation, fields)
    return translation


def ensure_fields(page: Page, **fields) -> Page:
    """Publish ``fields`` on an existing page if they differ."""
    page = page.specific
    if _differs(page, fields) or not page.live:
        _publish(page, fields)
    return page
