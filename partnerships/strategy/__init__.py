"""The strategy reports: goal portfolio, pipeline, partner network and the
annual report, for project managers, auditors and the library's management."""
