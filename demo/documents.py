"""Build the demo's downloadable Word templates from demo/content/documents.py."""

from io import BytesIO

from docx import Document as WordDocument
from docx.shared import Pt


def build_docx(spec: dict) -> bytes:
    """A .docx with the template's title, introduction, sections and fill-in lines."""
    document = WordDocument()
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = spec["title"]
    document.core_properties.author = "Byg partnerskaber"
    document.add_heading(spec["title"], level=0)
    document.add_paragraph(spec["intro"])
    for section in spec["sections"]:
        document.add_heading(section["heading"], level=1)
        if section.get("guidance"):
            document.add_paragraph().add_run(section["guidance"]).italic = True
        for field in section.get("fields", []):
            document.add_paragraph(f"{field} ", style="List Bullet")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
