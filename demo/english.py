"""The English versions of the demo's knowledge pages, as translations of the
Danish ones: the sections, the guide, the toolbox, four cases, the film and
the about page."""

import json

from cms.models import CasePage, CasePartner, GuidePage
from demo.content import english
from demo.knowledge import Progress, _stream
from demo.pages import ensure_translation

LANGUAGE = "en"


def _translate(page, progress: Progress, **fields):
    created = not page.get_translations().filter(locale__language_code=LANGUAGE)
    translation = ensure_translation(page, LANGUAGE, **fields)
    if created:
        progress(f"English page “{translation.title}”")
    return translation


def load_english(sections: dict, tools: dict, progress: Progress) -> None:
    """Translate the demo's sections and pages; ``tools`` maps the Danish tool
    slugs to the Danish tool pages."""
    for key, spec in [
        ("guide", english.GUIDE_INDEX),
        ("toolbox", english.TOOLBOX_INDEX),
        ("cases", english.CASE_INDEX),
    ]:
        _translate(sections[key], progress, **spec, search_description="")
    _translate(sections["film"], progress, **english.FILM_PAGE)
    about = english.ABOUT_PAGE
    _translate(
        sections["about"],
        progress,
        title=about["title"],
        slug=about["slug"],
        intro=about["intro"],
        body=json.dumps([{"type": "paragraph", "value": about["body"]}]),
    )

    english_tools = {}
    for slug, spec in english.TOOLS.items():
        english_tools[slug] = _translate(
            tools[slug],
            progress,
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["summary"],
            when_to_use=spec["when_to_use"],
            body=_stream(spec["body"], {}),
        )

    chapters = {p.slug: p for p in GuidePage.objects.child_of(sections["guide"])}
    for slug, spec in english.CHAPTERS.items():
        _translate(
            chapters[slug],
            progress,
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["summary"],
            body=_stream(spec["body"], english_tools),
        )

    cases = {p.slug: p for p in CasePage.objects.child_of(sections["cases"])}
    for slug, spec in english.CASES.items():
        case = cases[slug]
        _translate(
            case,
            progress,
            title=spec["title"],
            slug=spec["slug"],
            respondent_role=spec["respondent_role"],
            outline=spec["outline"],
            outcome=spec.get("outcome", ""),
            experience=spec["experience"],
            challenges=spec["challenges"],
            barriers=spec["barriers"],
            purpose=spec["purpose"],
            library_gain=spec["library_gain"],
            lessons="\n".join(spec["lessons"]),
            tags=spec["tags"],
            # The Danish partners in the same order, named and described in English.
            partners=[
                CasePartner(
                    name=name,
                    sector=partner.sector,
                    role=role,
                    contribution=contribution,
                )
                for partner, (name, role, contribution) in zip(
                    case.partners.all(), spec["partners"], strict=True
                )
            ],
        )
