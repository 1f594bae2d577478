from django.db import migrations

from ._frozen import row_hash

HISTORICAL = [
    "historicalpartnership",
    "historicalpartnerrole",
    "historicaltask",
    "historicalstagetransition",
    "historicalagreement",
    "historicalcommunicationactivity",
    "historicalevaluationround",
    "historicalorganisation",
    "historicalcontact",
    "historicalstrategicgoal",
]


def chain(apps, schema_editor):
    for name in HISTORICAL:
        model = apps.get_model("partnerships", name)
        previous = {}
        for row in model.objects.order_by("id", "history_id").iterator():
            before = previous.get(row.id, "")
            digest = row_hash(row, before)
            model.objects.filter(pk=row.pk).update(previous_hash=before, entry_hash=digest)
            previous[row.id] = digest


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0003_history_hash_chain")]

    operations = [migrations.RunPython(chain, migrations.RunPython.noop)]
