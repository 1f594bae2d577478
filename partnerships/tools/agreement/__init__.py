"""The cooperation agreement tool: draft, edit, sign, version and download."""
