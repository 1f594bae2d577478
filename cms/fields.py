"""A model field holding a set of lifecycle stages."""

from django import forms
from django.db import models

from cms.stages import Stage


class StageSetField(models.CharField):
    """The lifecycle stages a page serves, as a list of ``Stage`` values.

    Stored as ",agreement,evaluation," so that ``stages__contains=",agreement,"``
    finds the pages of a stage with one plain LIKE on SQLite and PostgreSQL, and
    reading a page's stages costs no extra query.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, default in [("max_length", 200), ("blank", True), ("default", list)]:
            if kwargs.get(key) == default:
                del kwargs[key]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple | set):
            codes = {str(code) for code in value}
        else:
            codes = {code for code in (value or "").split(",") if code}
        return [stage.value for stage in Stage if stage.value in codes]

    def get_prep_value(self, value):
        if isinstance(value, str):  # a lookup value such as ",agreement,"
            return value
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.blank and not value:
            raise forms.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=Stage.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
