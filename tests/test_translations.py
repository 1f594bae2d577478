from pathlib import Path

import polib
from django.conf import settings
from django.test import SimpleTestCase

DANISH = Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES"


class DanishTranslationTests(SimpleTestCase):
    def test_every_string_is_translated(self):
        catalogue = polib.pofile(str(DANISH / "django.po"))

        self.assertEqual(
            [entry.msgid for entry in catalogue.untranslated_entries()], []
        )
        self.assertEqual([entry.msgid for entry in catalogue.fuzzy_entries()], [])

    def test_compiled_catalogue_matches_the_source(self):
        catalogue = polib.pofile(str(DANISH / "django.po"))
        source = {e.msgid: e.msgstr for e in catalogue if not e.obsolete}
        compiled = {e.msgid: e.msgstr for e in polib.mofile(str(DANISH / "django.mo"))}

        self.assertEqual(compiled, source)
