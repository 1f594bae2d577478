"""An agreement's signed copy: checked, named and kept on private storage."""

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from partnerships.tools.common import file_slug

# The allowed extensions and the bytes such a file starts with.
SCAN_SIGNATURES = {
    "pdf": b"%PDF",
    "png": b"\x89PNG",
    "jpg": b"\xff\xd8\xff",
    "jpeg": b"\xff\xd8\xff",
}
MAX_SCAN_BYTES = 10 * 1024 * 1024


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
    """Put ``scan`` on private storage as the version's signed copy, named
    after the partnership, cycle and version; the caller saves the agreement."""
    extension = PurePath(scan.name).suffix.lower()
    name = (
        f"samarbejdsaftale-{file_slug(agreement.partnership.title)}"
        f"-c{agreement.cycle}-v{agreement.version}{extension}"
    )
    # Replaced copies stay in storage: older history rows name them.
    agreement.signed_scan.save(name, scan, save=False)
