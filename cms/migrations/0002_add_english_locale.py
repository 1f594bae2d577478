from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


def remove_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.filter(language_code="en", page__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_create_roles"),
        ("wagtailcore", "0053_locale_model"),
        ("home", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(add_english, remove_english)]
