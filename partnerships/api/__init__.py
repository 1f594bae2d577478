"""The CRM's API (/api/crm/): the same records, rules and audited writes as
the admin, for programs that authenticate with a token."""
