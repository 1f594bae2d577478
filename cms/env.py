"""Reading numbers and choices from the environment; a wrong value stops the
process with a message naming its variable."""

import math
import os
from collections.abc import Callable, Mapping, Sequence

from django.core.exceptions import ImproperlyConfigured


def env_int(
    name: str,
    default: int,
    *,
    minimum: int | None = None,
    environ: Mapping[str, str] = os.environ,
) -> int:
    return _number(name, default, int, "a whole number", minimum, None, environ)


def env_float(
    name: str,
    default: float,
    *,
    minimum: float,
    maximum: float,
    environ: Mapping[str, str] = os.environ,
) -> float:
    return _number(name, default, float, "a number", minimum, maximum, environ)


def _number(name, default, parse: Callable, kind: str, minimum, maximum, environ):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = parse(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {kind}, not {raw!r}.") from None
    low = -math.inf if minimum is None else minimum
    high = math.inf if maximum is None else maximum
    if not low <= value <= high:  # also refuses "nan"
        allowed = (
            f"at least {minimum}"
            if maximum is None
            else f"between {minimum} and {maximum}"
        )
        raise ImproperlyConfigured(f"{name} must be {allowed}, not {raw!r}.")
    return value


def env_choice(
    name: str,
    default: str,
    choices: Sequence[str],
    *,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """One of ``choices``, in the spelling given there; case does not matter."""
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    for choice in choices:
        if raw.lower() == choice.lower():
            return choice
    raise ImproperlyConfigured(
        f"{name} must be one of {', '.join(choices)}, not {raw!r}."
    )
