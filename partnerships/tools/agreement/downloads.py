"""The agreement's downloads: the Word document, the print page, the signed copy."""

from pathlib import PurePath

from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from cms.models import LibraryIdentity
from partnerships.tools.agreement.docx import DOCX_TYPE, build_docx, docx_filename
from partnerships.tools.agreement.text import numbered_sections, parties, status_line
from partnerships.tools.agreement.views import agreement_of
from partnerships.tools.common import partnership_for


def scan_download(request, pk, agreement_pk):
    partnership = partnership_for(request, pk)
    agreement = agreement_of(partnership, agreement_pk)
    if not agreement.signed_scan:
        raise Http404
    try:
        scan = agreement.signed_scan.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = PurePath(agreement.signed_scan.name).name
    return FileResponse(scan, as_attachment=True, filename=name)


def docx(request, pk, agreement_pk):
    partnership = partnership_for(request, pk)
    agreement = agreement_of(partnership, agreement_pk)
    library = LibraryIdentity.current(request)
    content = build_docx(
        agreement,
        agreement.clauses.all(),
        parties(partnership, library),
        library,
    )
    response = HttpResponse(content, content_type=DOCX_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{docx_filename(agreement)}"'
    )
    return response


def print_view(request, pk, agreement_pk):
    partnership = partnership_for(request, pk)
    agreement = agreement_of(partnership, agreement_pk)
    library = LibraryIdentity.current(request)
    context = {
        "partnership": partnership,
        "agreement": agreement,
        "library": library,
        "sections": numbered_sections(agreement.clauses.all()),
        "parties": parties(partnership, library),
        "status": status_line(agreement),
        "today": timezone.localdate(),
    }
    return TemplateResponse(request, "partnerships/tools/agreement_print.html", context)
