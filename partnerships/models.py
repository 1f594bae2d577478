"""The partnership CRM's records."""
