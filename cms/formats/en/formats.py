"""English formats that also read the Danish dates the admin's date pickers
write (WAGTAIL_DATE_FORMAT and WAGTAIL_DATETIME_FORMAT in settings)."""

from django.conf.locale.en import formats

DATE_INPUT_FORMATS = [*formats.DATE_INPUT_FORMATS, "%d.%m.%Y"]
DATETIME_INPUT_FORMATS = [
    *formats.DATETIME_INPUT_FORMATS,
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
]
