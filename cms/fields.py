"""Model fields holding a set of choices, such as a page's lifecycle stages."""

from django import forms
from django.db import models

from cms.stages import Stage


class ChoiceSetField(models.CharField):
    """A set of values of ``choice_class``, kept in the choices' own order.

    Stored as ",agreement,evaluation," so that ``<field>__contains=",agreement,"``
    finds the rows holding one value with one plain LIKE on SQLite and
    PostgreSQL, and reading the set costs no extra query.
    """

    choice_class: type[models.TextChoices]

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
        return [choice.value for choice in self.choice_class if choice.value in codes]

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
            choices=self.choice_class.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class StageSetField(ChoiceSetField):
    """The lifecycle stages a page serves, as a list of ``Stage`` values."""

    choice_class = Stage
