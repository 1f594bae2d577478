"""The agreement tool's URLs (admin, and public pages reached by private links)."""

from django.urls import path

from partnerships.tools.agreement.downloads import docx, print_view, scan_download
from partnerships.tools.agreement.views import (
    clause_add,
    clause_edit,
    clause_remove,
    draft,
    move,
    new_version,
    overview,
    scan_upload,
    sign,
    version,
)

ONE = "<int:pk>/agreement/<int:agreement_pk>/"
CLAUSE = "<int:pk>/agreement/clause/<int:clause_pk>/"
urlpatterns = [
    path("<int:pk>/agreement/", overview, name="agreement"),
    path("<int:pk>/agreement/draft/", draft, name="agreement_draft"),
    path(ONE, version, name="agreement_version"),
    path(f"{ONE}add/", clause_add, name="agreement_clause_add"),
    path(f"{ONE}sign/", sign, name="agreement_sign"),
    path(f"{ONE}scan/", scan_download, name="agreement_scan"),
    path(f"{ONE}scan/upload/", scan_upload, name="agreement_scan_upload"),
    path(f"{ONE}new-version/", new_version, name="agreement_new_version"),
    path(f"{ONE}docx/", docx, name="agreement_docx"),
    path(f"{ONE}print/", print_view, name="agreement_print"),
    path(CLAUSE, clause_edit, name="agreement_clause_edit"),
    path(f"{CLAUSE}remove/", clause_remove, name="agreement_clause_remove"),
    path(f"{CLAUSE}move/", move, name="agreement_clause_move"),
]

public_urlpatterns = []
