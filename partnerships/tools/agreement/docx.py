"""An agreement version as a Word document (.docx) the parties can sign."""

import logging
import re
from io import BytesIO

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from partnerships.tools.agreement.text import numbered_sections, status_line
from partnerships.tools.common import file_slug

logger = logging.getLogger(__name__)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# A Word file is XML, which cannot hold most control characters; text pasted
# from elsewhere (a title, a clause, a standard clause) may carry one.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value) -> str:
    """``value`` as text without the characters a Word file cannot hold."""
    return NOT_XML.sub("", str(value))


def docx_filename(agreement) -> str:
    slug = file_slug(agreement.partnership.title)
    return f"samarbejdsaftale-{slug}-v{agreement.version}.docx"


def build_docx(agreement, clauses, signing_parties, library) -> bytes:
    """The agreement version as a Word document: the library's logo, the
    parties, the clauses and a signature table."""
    # python-docx is imported when a document is made, not at start-up.
    from docx import Document as WordDocument
    from docx.shared import Cm, Pt

    partnership = agreement.partnership
    partnership_title = xml_text(partnership.title)
    title = _("Cooperation agreement")
    document = WordDocument()
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = f"{title}: {partnership_title}"
    document.core_properties.author = xml_text(library.display_name)
    _add_logo(document, library)
    document.add_heading(title, level=0)
    document.add_paragraph(partnership_title, style="Subtitle")
    version = _("Version %(version)s, agreement cycle %(cycle)s") % {
        "version": agreement.version,
        "cycle": agreement.cycle,
    }
    document.add_paragraph(version)
    document.add_paragraph(xml_text(status_line(agreement)))
    document.add_heading(_("The parties"), level=1)
    for party in signing_parties:
        paragraph = document.add_paragraph()
        paragraph.add_run(xml_text(party["name"])).bold = True
        if party["role"]:
            paragraph.add_run(xml_text(f" – {party['role']}"))
        lines = [*party["address"]]
        if party["contact"]:
            lines.append(_("Contact: %(contact)s") % {"contact": party["contact"]})
        for line in lines:
            paragraph.add_run().add_break()
            paragraph.add_run(xml_text(line))
    for section in numbered_sections(clauses):
        document.add_heading(xml_text(section["label"]), level=1)
        for clause in section["clauses"]:
            heading = xml_text(f"§{clause.number} {clause.heading}")
            document.add_heading(heading, level=2)
            for block in xml_text(clause.body).split("\n\n"):
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
        row.cells[0].text = xml_text(party["name"])
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = _("%(title)s · %(version)s · made %(date)s") % {
        "title": partnership_title,
        "version": version,
        "date": date_format(timezone.localdate()),
    }
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_logo(document, library) -> None:
    """The library's logo above the title, as a PNG at most 5 cm wide and
    2 cm high; left out when the image file cannot be read."""
    if library.logo is None:
        return
    from docx.image.exceptions import (
        InvalidImageStreamError,
        UnexpectedEndOfFileError,
        UnrecognizedImageError,
    )
    from docx.shared import Cm

    try:
        rendition = library.logo.get_rendition("max-600x240|format-png")
        with rendition.file.open("rb") as image:
            picture = BytesIO(image.read())
        if rendition.width * 2 > rendition.height * 5:
            document.add_picture(picture, width=Cm(5))
        else:
            document.add_picture(picture, height=Cm(2))
    except (  # a missing or broken file (OSError), an image Willow cannot read
        OSError,
        LookupError,
        ValueError,
        InvalidImageStreamError,
        UnexpectedEndOfFileError,
        UnrecognizedImageError,
    ):
        logger.warning("The library's logo could not go into the agreement")
