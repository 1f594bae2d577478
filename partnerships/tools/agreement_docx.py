"""The agreement's files: the Word document (.docx) and the print-ready page
the parties sign, and the signed copy (checked, named, kept on private storage
and downloaded). Also the lookups every agreement page starts with."""

from io import BytesIO
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document as WordDocument
from docx.shared import Cm, Pt

from partnerships.models import Agreement
from partnerships.tools.agreement_text import numbered_sections, parties, status_line
from partnerships.tools.common import file_slug, partnership_for

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The signed copy: allowed extensions and the bytes such a file starts with.
SCAN_SIGNATURES = {
    "pdf": b"%PDF",
    "png": b"\x89PNG",
    "jpg": b"\xff\xd8\xff",
    "jpeg": b"\xff\xd8\xff",
}
MAX_SCAN_BYTES = 10 * 1024 * 1024


def docx_filename(agreement) -> str:
    slug = file_slug(agreement.partnership.title)
    return f"samarbejdsaftale-{slug}-v{agreement.version}.docx"


def build_docx(agreement, clauses, signing_parties) -> bytes:
    """The agreement version as a Word document, ending in a signature table."""
    partnership = agreement.partnership
    title = _("Cooperation agreement")
    document = WordDocument()
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = f"{title}: {partnership.title}"
    document.core_properties.author = "Byg partnerskaber"
    document.add_heading(title, level=0)
    document.add_paragraph(partnership.title, style="Subtitle")
    version = _("Version %(version)s, agreement cycle %(cycle)s") % {
        "version": agreement.version,
        "cycle": agreement.cycle,
    }
    document.add_paragraph(version)
    document.add_paragraph(status_line(agreement))
    for section in numbered_sections(clauses):
        document.add_heading(str(section["label"]), level=1)
        for clause in section["clauses"]:
            document.add_heading(f"§{clause.number} {clause.heading}", level=2)
            for block in clause.body.split("\n\n"):
                paragraph = document.add_paragraph()
                for index, line in enumerate(block.strip("\n").split("\n")):
                    if index:
                        paragraph.add_run().add_break()
                    paragraph.add_run(line)
    document.add_heading(_("Signatures of the parties"), level=1)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    header = [_("Organisation"), _("Name"), _("Date"), _("Signature")]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for party in signing_parties:
        row = table.add_row()
        row.height = Cm(1.6)
        row.cells[0].text = party["name"]
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = _("%(title)s · %(version)s · made %(date)s") % {
        "title": partnership.title,
        "version": version,
        "date": date_format(timezone.localdate()),
    }
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def validate_scan(scan) -> None:
    """A signed copy must be a real PDF, JPEG or PNG file of at most 10 MB."""
    extension = PurePath(scan.name).suffix.lower().lstrip(".")
    if extension not in SCAN_SIGNATURES:
        raise ValidationError(
            _("The signed copy must be a PDF, JPEG or PNG file; “%(name)s” is not.")
            % {"name": scan.name},
            code="scan_type",
        )
    if scan.size > MAX_SCAN_BYTES:
        raise ValidationError(
            _("The signed copy is %(size)s; it may be at most %(max)s.")
            % {
                "size": filesizeformat(scan.size),
                "max": filesizeformat(MAX_SCAN_BYTES),
            },
            code="scan_size",
        )
    scan.seek(0)
    start = scan.read(8)
    scan.seek(0)
    if not start.startswith(SCAN_SIGNATURES[extension]):
        raise ValidationError(
            _("“%(name)s” is empty or not really a %(kind)s file.")
            % {"name": scan.name, "kind": extension.upper()},
            code="scan_content",
        )


def store_scan(agreement, scan) -> None:
    extension = PurePath(scan.name).suffix.lower()
    name = (
        f"samarbejdsaftale-{file_slug(agreement.partnership.title)}"
        f"-c{agreement.cycle}-v{agreement.version}{extension}"
    )
    # Replaced copies stay in storage: older history rows name them.
    agreement.signed_scan.save(name, scan, save=False)


def agreement_of(partnership, agreement_pk) -> Agreement:
    agreement = get_object_or_404(Agreement, pk=agreement_pk, partnership=partnership)
    agreement.partnership = partnership
    return agreement


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
    content = build_docx(agreement, agreement.clauses.all(), parties(partnership))
    response = HttpResponse(content, content_type=DOCX_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{docx_filename(agreement)}"'
    )
    return response


def print_view(request, pk, agreement_pk):
    partnership = partnership_for(request, pk)
    agreement = agreement_of(partnership, agreement_pk)
    context = {
        "partnership": partnership,
        "agreement": agreement,
        "sections": numbered_sections(agreement.clauses.all()),
        "parties": parties(partnership),
        "status": status_line(agreement),
        "today": timezone.localdate(),
    }
    return TemplateResponse(request, "partnerships/tools/agreement_print.html", context)
