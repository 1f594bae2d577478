"""Project additions to Django's locale formats (FORMAT_MODULE_PATH)."""
