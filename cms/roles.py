"""Staff roles as Django groups: the names the code and the tests use.

Migrations do not import this module: they spell out the group names and use
the frozen copies of ``grant()``/``revoke()`` in their app's
``migrations/_frozen.py``, so a later change here cannot change an old migration.
"""

EDITORS = "Editors"  # created by Wagtail
MODERATORS = "Moderators"  # created by Wagtail
PROJECT_MANAGERS = "Project managers"
AUDITORS = "Auditors"
PRIVACY_OFFICERS = "Privacy officers"
