"""Reading an agreement: placeholders filled in from the partnership, clauses
numbered in section order, the signing parties, the status line, whether a
version can still change, and fingerprints that notice concurrent edits."""

import hashlib
import json
import re

from django.utils import translation
from django.utils.formats import date_format
from django.utils.numberformat import format as number_format
from django.utils.translation import gettext as _

from partnerships.models import (
    Agreement,
    AgreementClause,
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


def parties(partnership) -> list[dict]:
    """Who signs: the library first, then each partner organisation."""
    roles = (
        PartnerRole.objects.filter(partnership=partnership)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    return [{"name": _("The library"), "role": _("Runs the partnership")}] + [
        {"name": role.organisation.name, "role": role.role} for role in roles
    ]


def status_line(agreement) -> str:
    if agreement.is_signed:
        return _("Signed on %(date)s by %(names)s.") % {
            "date": date_format(agreement.signed_on),
            "names": ", ".join(agreement.signatories.splitlines()),
        }
    return _("Draft, not signed yet.")


def agreement_fingerprint(agreement: Agreement, clauses=None) -> str:
    """A digest of an agreement version as a user saw it: its status and every
    clause. A form carries it, so a change made meanwhile is noticed."""
    if clauses is None:
        clauses = AgreementClause.objects.filter(agreement=agreement)
    state = [
        agreement.version,
        str(agreement.signed_on),
        agreement.signatories,
        agreement.signed_scan.name or "",
        sorted([c.pk, c.section, c.heading, c.body, c.sort_order] for c in clauses),
    ]
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()


def clause_fingerprint(clause: AgreementClause) -> str:
    """A digest of one clause's text, carried by its edit form."""
    state = [clause.pk, clause.section, clause.heading, clause.body]
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()


def is_editable(agreement: Agreement, partnership: Partnership, latest_pk) -> bool:
    """Only the newest version of the current cycle's agreement, while it is
    unsigned, can be changed (``latest_pk``: that cycle's newest version)."""
    return (
        not agreement.is_signed
        and agreement.cycle == partnership.cycle
        and agreement.pk == latest_pk
    )


def latest_pk(partnership: Partnership):
    return (
        Agreement.objects.filter(partnership=partnership, cycle=partnership.cycle)
        .order_by("-version")
        .values_list("pk", flat=True)
        .first()
    )
