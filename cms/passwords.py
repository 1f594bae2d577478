"""Password rules beyond Django's own: refuse what attackers guess early."""

import functools
import string

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DECORATION = string.digits + string.punctuation + " "


@functools.cache
def _common_passwords() -> frozenset[str]:
    return frozenset(CommonPasswordValidator().passwords)


class GuessablePasswordValidator:
    """Refuses passwords of few different characters (``abababababab``) and a
    common password dressed up with digits or punctuation (``Summer2026!``).

    No composition rules: a long passphrase of plain words is what we want.
    """

    def __init__(self, min_distinct: int = 5):
        self.min_distinct = min_distinct

    def validate(self, password: str, user=None) -> None:
        if len(set(password.lower())) < self.min_distinct:
            raise ValidationError(
                _("This password uses too few different characters."),
                code="password_too_repetitive",
            )
        core = password.strip(DECORATION).lower()
        if core != password.lower() and core in _common_passwords():
            raise ValidationError(
                _(
                    "This password is a common password with digits or signs "
                    "added, which attackers try early."
                ),
                code="password_common_with_suffix",
            )

    def get_help_text(self) -> str:
        return _(
            "Your password can’t be a common word with digits or signs added, "
            "or repeat just a few characters."
        )
