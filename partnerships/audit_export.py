"""The change log as a CSV file, streamed in batches for any number of rows."""

import csv
from datetime import UTC
from itertools import islice

from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from partnerships import audit
from partnerships.audit_values import person_name

# Rows are named and compared a batch at a time: memory and queries per batch
# stay the same however long the log is.
BATCH = 500
# Local time is the site's (settings.TIME_ZONE, Europe/Copenhagen), whatever
# time zone a request may have activated.
ZONE = timezone.get_default_timezone()


class Echo:
    """A file-like object that hands back what the CSV writer writes."""

    def write(self, value):
        return value


def change_log_csv(rows) -> StreamingHttpResponse:
    """``rows`` of ``audit.change_log`` as CSV, with a byte order mark so
    that spreadsheets read the Danish letters correctly."""
    # The file is written after the view has returned: keep its language.
    language = translation.get_language()
    response = StreamingHttpResponse(
        _lines(rows, language), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="aendringslog.csv"'
    return response


def _lines(rows, language):
    writer = csv.writer(Echo())
    with translation.override(language):
        yield "\ufeff" + writer.writerow(header())
    batches = rows.iterator(chunk_size=BATCH)
    while batch := list(islice(batches, BATCH)):
        with translation.override(language):
            text = "".join(
                writer.writerow(cells(entry))
                for entry in audit.describe(batch, details=True)
            )
        yield text


def header() -> list[str]:
    return [
        _("Time (%(zone)s)") % {"zone": ZONE},
        _("Time (UTC)"),
        _("User"),
        _("User id"),
        _("Action"),
        _("Marked stage move"),
        _("Record type"),
        _("Record id"),
        _("Record"),
        _("Partnership id"),
        _("Partnership"),
        _("Values and changes"),
        _("Reason"),
    ]


def cells(entry) -> list:
    """One described change-log row as CSV cells; text people typed is
    written so that a spreadsheet never runs it."""
    when = entry["history_date"]
    user = entry["user"]
    return [
        timezone.localtime(when, ZONE).strftime("%Y-%m-%d %H:%M:%S"),
        when.astimezone(UTC).isoformat(),
        audit.spreadsheet_cell(person_name(user) if user else ""),
        entry["history_user_id"] or "",
        entry["action_label"],
        entry["flag"] or "",
        entry["model"],
        entry["record_id"],
        audit.spreadsheet_cell(entry["label"]),
        entry["partnership_ref"] or "",
        audit.spreadsheet_cell(entry["partnership_title"]),
        audit.spreadsheet_cell(what_changed(entry)),
        audit.spreadsheet_cell(entry["history_change_reason"] or ""),
    ]


def what_changed(entry) -> str:
    """ "field: old → new" for each changed field, one a line; every value of a
    created record, and the last values of a deleted one."""
    if "changes" in entry:
        return "\n".join(
            f"{capfirst(change['field'])}: {change['old']} → {change['new']}"
            for change in entry["changes"]
        )
    return "\n".join(
        f"{capfirst(item['field'])}: {item['value']}"
        for item in entry.get("values", [])
    )
