"""Serializer fields the page types name in ``api_fields`` (the pages API).

The API serialises each page with its language active, so labels come in the
page's language, as readers of the page see them.
"""

from django.db import models
from rest_framework.fields import Field
from wagtail.api.utils import get_full_url


class ChoiceField(Field):
    """A choice, or a list of them, as ``{"code": ..., "label": ...}``."""

    def __init__(self, choices: type[models.TextChoices], **kwargs):
        self.labels = dict(choices.choices)
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if isinstance(value, list):
            return [self.choice(code) for code in value]
        return self.choice(value) if value else None

    def choice(self, code: str) -> dict:
        return {"code": code, "label": str(self.labels.get(code, code))}


class LinesField(Field):
    """Text kept one item per line, as a list of the non-empty lines."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [line.strip() for line in value.splitlines() if line.strip()]


class DocumentField(Field):
    """A document with the address readers download it from."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, document):
        return {
            "id": document.pk,
            "title": document.title,
            "url": get_full_url(self.context.get("request"), document.url),
            "file_extension": document.file_extension,
        }


class TagsField(Field):
    """Tag names in alphabetical order, from tags fetched with the pages.

    Wagtail's own tags field orders them in the database, one query per page.
    """

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return sorted((tag.name for tag in manager.all()), key=str.casefold)
