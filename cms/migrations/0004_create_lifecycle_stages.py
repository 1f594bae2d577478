from django.db import migrations

STAGES = ["initiation", "agreement", "communication", "evaluation", "concluded"]


def create_stages(apps, schema_editor):
    LifecycleStage = apps.get_model("cms", "LifecycleStage")
    for code in STAGES:
        LifecycleStage.objects.get_or_create(code=code)


def remove_stages(apps, schema_editor):
    apps.get_model("cms", "LifecycleStage").objects.filter(code__in=STAGES).delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_knowledge_site_pages")]

    operations = [migrations.RunPython(create_stages, remove_stages)]
