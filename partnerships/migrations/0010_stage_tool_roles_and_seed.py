from django.conf import settings
from django.db import migrations
from django.utils import timezone

from cms.roles import AUDITORS, EDITORS, grant, revoke
from partnerships.history import SYSTEM_USERNAME, row_hash
from partnerships.seed import CHALLENGES, CLAUSES, QUESTIONNAIRE

NEW = [
    "agreementclause",
    "clausetemplate",
    "calendarfeed",
    "questionnaire",
    "questionnairequestion",
    "evaluationquestion",
    "evaluationinvitation",
    "evaluationanswer",
    "meeting",
    "challenge",
    "risk",
]
AUDITOR_PERMISSIONS = [
    *[f"partnerships.view_{name}" for name in NEW],
    *[f"partnerships.view_historical{name}" for name in NEW],
]
EDITOR_PERMISSIONS = [
    f"partnerships.{action}_{name}"
    for name in ["clausetemplate", "questionnaire", "challenge"]
    for action in ["add", "change", "delete", "view"]
]


def roles_and_triggers(apps, schema_editor):
    grant(apps, AUDITORS, AUDITOR_PERMISSIONS)
    grant(apps, EDITORS, EDITOR_PERMISSIONS)
    if schema_editor.connection.vendor == "postgresql":
        for name in NEW:
            table = f"partnerships_historical{name}"
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION crm_history_append_only()"
            )


def drop_roles_and_triggers(apps, schema_editor):
    revoke(apps, AUDITORS, AUDITOR_PERMISSIONS)
    revoke(apps, EDITORS, EDITOR_PERMISSIONS)
    if schema_editor.connection.vendor == "postgresql":
        for name in NEW:
            table = f"partnerships_historical{name}"
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"
            )


def _with_history(apps, obj, system):
    """Write the first history row of a seeded record: a migration's models
    send no signals, so simple-history would not."""
    name = obj._meta.model_name
    History = apps.get_model("partnerships", f"historical{name}")
    # Whole milliseconds, as Django's serializer keeps them: the test runner's
    # serialized_rollback then writes these rows back unchanged.
    now = timezone.now()
    row = History(
        **{f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields},
        history_type="+",
        history_date=now.replace(microsecond=now.microsecond // 1000 * 1000),
        history_user_id=system.pk,
        history_change_reason="Standard content",
    )
    row.previous_hash = ""
    row.entry_hash = row_hash(row, "")
    row.save()
    return obj


def _system_user(apps):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    user = User.objects.filter(username=SYSTEM_USERNAME).first()
    if user is None:
        user = User.objects.create(
            username=SYSTEM_USERNAME, first_name="System", is_active=False, password="!"
        )
    return user


def seed(apps, schema_editor):
    """The standard content the tools start from, with its history."""
    system = _system_user(apps)
    ClauseTemplate = apps.get_model("partnerships", "ClauseTemplate")
    Questionnaire = apps.get_model("partnerships", "Questionnaire")
    QuestionnaireQuestion = apps.get_model("partnerships", "QuestionnaireQuestion")
    Challenge = apps.get_model("partnerships", "Challenge")
    for order, (section, heading, body, default) in enumerate(CLAUSES):
        if not ClauseTemplate.objects.filter(heading=heading).exists():
            _with_history(
                apps,
                ClauseTemplate.objects.create(
                    section=section,
                    heading=heading,
                    body=body,
                    included_by_default=default,
                    sort_order=order,
                ),
                system,
            )
    if not Questionnaire.objects.filter(title=QUESTIONNAIRE["title"]).exists():
        questionnaire = _with_history(
            apps,
            Questionnaire.objects.create(
                title=QUESTIONNAIRE["title"],
                introduction=QUESTIONNAIRE["introduction"],
            ),
            system,
        )
        for order, (theme, kind, text, help_text) in enumerate(
            QUESTIONNAIRE["questions"]
        ):
            _with_history(
                apps,
                QuestionnaireQuestion.objects.create(
                    questionnaire=questionnaire,
                    theme=theme,
                    kind=kind,
                    text=text,
                    help_text=help_text,
                    sort_order=order,
                ),
                system,
            )
    for order, (title, description, mitigation) in enumerate(CHALLENGES):
        if not Challenge.objects.filter(title=title).exists():
            _with_history(
                apps,
                Challenge.objects.create(
                    title=title,
                    description=description,
                    suggested_mitigation=mitigation,
                    sort_order=order,
                ),
                system,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0009_stage_tools"),
        ("cms", "0001_create_roles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(roles_and_triggers, drop_roles_and_triggers),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
