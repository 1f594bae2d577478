"""Reading an agreement: filled-in placeholders, numbered clauses, parties, status."""

import re

from django.utils import translation
from django.utils.formats import date_format
from django.utils.numberformat import format as number_format
from django.utils.translation import gettext as _

from cms.models import LibraryIdentity
from partnerships.models import (
    AgreementSection,
    Contact,
    PartnerRole,
    Partnership,
    PartnershipGoal,
)
from partnerships.models.agreement import SECTION_ORDER

# The facts of a partnership a clause template may name in braces.
PLACEHOLDERS = (
    "title",
    "partners",
    "contacts",
    "purpose",
    "vision",
    "library_gives",
    "library_gets",
    "goals",
    "start_date",
    "end_date",
    "budget",
    "resources",
)
PLACEHOLDER = re.compile(r"\{(\w+)\}")
EMPTY = "–"


def join_names(names: list[str]) -> str:
    """“A”, “A og B”, “A, B og C”: the agreement text is Danish."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " og " + names[-1]


def placeholder_values(partnership: Partnership) -> dict[str, str]:
    """The text each placeholder stands for in this partnership's agreement."""
    roles = PartnerRole.objects.filter(partnership=partnership).select_related(
        "organisation"
    )
    organisations = sorted((role.organisation for role in roles), key=str)
    contacts = Contact.objects.filter(organisation__in=organisations).select_related(
        "organisation"
    )
    goals = PartnershipGoal.objects.filter(partnership=partnership).select_related(
        "goal"
    )
    with translation.override("da"):
        start, end = (
            date_format(day) if day else ""
            for day in (partnership.start_date, partnership.end_date)
        )
    values = {
        "title": partnership.title,
        "partners": join_names([organisation.name for organisation in organisations]),
        "contacts": "\n".join(
            ", ".join(
                part for part in (c.name, c.role, c.organisation.name, c.email) if part
            )
            for c in sorted(contacts, key=lambda c: (c.organisation.name, c.name))
        ),
        "purpose": partnership.purpose,
        "vision": partnership.vision,
        "library_gives": partnership.library_gives,
        "library_gets": partnership.library_gets,
        "goals": "\n".join(sorted(link.goal.title for link in goals)),
        "start_date": start,
        "end_date": end,
        "budget": _budget(partnership.budget),
        "resources": partnership.resources,
    }
    return {name: value.strip() or EMPTY for name, value in values.items()}


def _budget(amount) -> str:
    if amount is None:
        return ""
    return number_format(
        amount,
        decimal_sep=",",
        decimal_pos=0 if amount == amount.to_integral_value() else 2,
        grouping=3,
        thousand_sep=".",
        force_grouping=True,
    )


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """Replace the known ``{name}``s; any other braces stay as written."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def numbered_sections(clauses, *, include_empty=False) -> list[dict]:
    """The clauses grouped by section in document order; each clause gets its
    ``number`` (§1, §2 …) counted through the whole agreement."""
    by_section: dict[str, list] = {}
    for clause in sorted(
        clauses, key=lambda c: (SECTION_ORDER[c.section], c.sort_order, c.pk)
    ):
        by_section.setdefault(clause.section, []).append(clause)
    sections, number = [], 0
    for section in AgreementSection:
        found = by_section.get(section.value, [])
        for clause in found:
            number += 1
            clause.number = number
        if found or include_empty:
            sections.append(
                {"value": section.value, "label": section.label, "clauses": found}
            )
    return sections


def parties(partnership, library: LibraryIdentity | None = None) -> list[dict]:
    """Who signs: the library first (its identity from the site settings, by
    default the current one), then each partner organisation; each with its
    address lines, the library also with its contact."""
    library = library or LibraryIdentity.current()
    roles = (
        PartnerRole.objects.filter(partnership=partnership)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    first = {
        "name": library.display_name,
        "role": _("Runs the partnership"),
        "address": library.address_lines,
        "contact": ", ".join(library.contact_parts),
    }
    return [first] + [
        {
            "name": role.organisation.name,
            "role": role.role,
            "address": _lines(role.organisation.address),
            "contact": "",
        }
        for role in roles
    ]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def status_line(agreement) -> str:
    if agreement.is_signed:
        return _("Signed on %(date)s by %(names)s.") % {
            "date": date_format(agreement.signed_on),
            "names": ", ".join(agreement.signatories.splitlines()),
        }
    return _("Draft, not signed yet.")
