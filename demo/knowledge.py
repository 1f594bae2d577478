"""Load the knowledge site's demo pages: guide, toolbox, cases, film and about."""

import json
from collections.abc import Callable

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.models import (
    CaseIndexPage,
    CasePage,
    CasePartner,
    CaseSource,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    StandardPage,
    ToolboxIndexPage,
    ToolDownload,
    ToolPage,
)
from cms.models.cases import QUICK_QUESTIONS
from demo.content.cases import ABOUT_PAGE, CASE_INDEX, CASES, FILM_PAGE
from demo.content.documents import DOCUMENTS
from demo.content.guide import CHAPTERS, GUIDE_INDEX
from demo.content.tools import TOOLBOX_INDEX, TOOLS
from demo.documents import build_docx
from demo.film import FILM, build_captions, build_film
from demo.pages import ensure_fields, ensure_page

Progress = Callable[[str], None]


def _stream(body: list[tuple[str, object]], tools_by_slug: dict) -> str:
    """Demo (block_type, value) pairs as StreamField JSON; tool slugs become ids."""
    raw = []
    for block_type, value in body:
        if block_type == "tool_links":
            value = {
                "heading": value["heading"],
                "tools": [tools_by_slug[slug].pk for slug in value["tools"]],
            }
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def load_documents(progress: Progress) -> dict:
    """The downloadable templates, as Wagtail documents in their own collection."""
    Document = get_document_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Skabeloner").first()
    if collection is None:
        collection = root.add_child(name="Skabeloner")
    documents = {}
    for key, spec in DOCUMENTS.items():
        document = Document.objects.filter(title=spec["title"]).first()
        if document is None:
            document = Document(title=spec["title"], collection=collection)
            document.file.save(spec["filename"], ContentFile(build_docx(spec)))
            progress(f"document “{spec['title']}”")
        documents[key] = document
    return documents


def load_sections(home, progress: Progress) -> dict:
    """The section pages under the home page, in menu order."""
    sections = {}
    for key, page in [
        ("guide", GuideIndexPage(slug="guiden", **GUIDE_INDEX)),
        ("toolbox", ToolboxIndexPage(slug="vaerktoejskassen", **TOOLBOX_INDEX)),
        ("cases", CaseIndexPage(slug="inspiration", **CASE_INDEX)),
        (
            "film",
            FilmPage(
                slug="film",
                title=FILM_PAGE["title"],
                intro=FILM_PAGE["intro"],
                body=FILM_PAGE["body"],
                video_url=FILM_PAGE["video_url"],
            ),
        ),
        (
            "about",
            StandardPage(
                slug=ABOUT_PAGE["slug"],
                title=ABOUT_PAGE["title"],
                intro=ABOUT_PAGE["intro"],
                body=json.dumps([{"type": "paragraph", "value": ABOUT_PAGE["body"]}]),
            ),
        ),
    ]:
        page.show_in_menus = True
        sections[key], created = ensure_page(home, page)
        if created:
            progress(f"section “{page.title}”")
    return sections


def load_toolbox(index, documents: dict, progress: Progress) -> dict:
    tools = {}
    for spec in TOOLS:
        tool = ToolPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["summary"],
            tool_type=spec["tool_type"],
            when_to_use=spec["when_to_use"],
            body=_stream(spec["body"], {}),
            working_tool=spec["working_tool"] or "",
            stages=spec["stages"],
            downloads=[ToolDownload(document=documents[k]) for k in spec["downloads"]],
        )
        tools[spec["slug"]], created = ensure_page(index, tool)
        if created:
            progress(f"tool “{spec['title']}”")
    return tools


def load_guide(index, tools: dict, progress: Progress) -> None:
    for spec in CHAPTERS:
        chapter = GuidePage(
            title=spec["title"],
            slug=spec["slug"],
            number=spec["number"],
            summary=spec["summary"],
            search_description=spec["summary"],
            body=_stream(spec["body"], tools),
            stages=spec["stages"],
        )
        _, created = ensure_page(index, chapter)
        if created:
            progress(f"chapter {spec['number']} “{spec['title']}”")


def load_cases(index, progress: Progress) -> None:
    for spec in CASES:
        case = CasePage(
            title=spec["title"],
            slug=spec["slug"],
            library=spec["library"],
            respondent_role=spec["respondent_role"],
            year_from=spec.get("year_from"),
            year_to=spec.get("year_to"),
            relationship=spec.get("relationship", ""),
            target_groups=spec.get("target_groups", []),
            target_group_note=spec.get("target_group_note", ""),
            outline=spec["outline"],
            outcome=spec.get("outcome", ""),
            lessons="\n".join(spec["lessons"]),
            stages=spec["stages"],
            editor_note=spec.get("editor_note", ""),
            partners=[
                CasePartner(
                    name=name, sector=sector, role=role, contribution=contribution
                )
                for name, sector, role, contribution in (
                    (*partner, "", "")[:4] for partner in spec["partners"]
                )
            ],
            sources=[
                CaseSource(label=label, url=url)
                for label, url in spec.get("sources", [])
            ],
            # Only the quick questions the material answers.
            **{name: spec.get(name, "") for name in QUICK_QUESTIONS},
        )
        case.tags.add(*spec["tags"])
        _, created = ensure_page(index, case)
        if created:
            progress(f"case “{spec['title']}”")


def load_film(film_page, progress: Progress) -> None:
    """The sample film and its captions on the film page, in each language the
    page is published in (the film is made once, the first time)."""
    Document = get_document_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Film").first()
    if collection is None:
        collection = root.add_child(name="Film")

    def document(title, filename, build):
        found = Document.objects.filter(title=title, collection=collection).first()
        if found is None:
            found = Document(title=title, collection=collection)
            found.file.save(filename, ContentFile(build()))
            progress(f"document “{title}”")
        return found

    video = document(FILM["title"], "byg-partnerskaber.webm", build_film)
    for page in [film_page, *film_page.get_translations()]:
        language = page.locale.language_code
        captions = (
            document(
                FILM["captions"][language],
                f"byg-partnerskaber.{language}.vtt",
                lambda language=language: build_captions(language),
            )
            if language in FILM["captions"]
            else None
        )
        ensure_fields(page, video_file=video, captions=captions)
