from django.conf import settings
from django.db import migrations
from django.utils import timezone

from ._frozen import grant, revoke, row_hash

EDITORS = "Editors"
AUDITORS = "Auditors"
SYSTEM_USERNAME = "system"

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


# The standard content the stage tools start from (Danish), as seeded.

# (section, heading, text, included by default)
CLAUSES = [
    (
        "parties",
        "Parterne",
        "Aftalen indgås mellem biblioteket og {partners}.\n\n"
        "Kontaktpersoner:\n{contacts}",
        True,
    ),
    (
        "purpose",
        "Baggrund og fælles formål",
        "Partnerskabet “{title}” har dette formål:\n{purpose}\n\n"
        "Det fælles billede af, hvordan det ser ud, når det lykkes:\n{vision}",
        True,
    ),
    (
        "goals",
        "Parternes mål og udbytte",
        "Biblioteket arbejder i partnerskabet for disse strategiske mål:\n{goals}\n\n"
        "Biblioteket får ud af samarbejdet: {library_gets}\n\n"
        "Hver partner beskriver her med egne ord, hvad den vil opnå, og hvordan "
        "den mærker, at samarbejdet har været umagen værd.",
        True,
    ),
    (
        "activities",
        "Aktiviteter og arbejdsdeling",
        "Parterne gennemfører følgende aktiviteter. For hver aktivitet står, hvem "
        "der har ansvaret, og hvem der bidrager:\n\n(Udfyld: aktivitet – ansvarlig "
        "– øvrige bidrag – tidspunkt)",
        True,
    ),
    (
        "contributions",
        "Parternes bidrag",
        "Biblioteket bidrager med: {library_gives}\n\n"
        "Hver partner angiver sit bidrag i timer, lokaler, materialer, netværk og "
        "penge. Bidrag i form af arbejdstid og lokaler værdisættes ikke, medmindre "
        "parterne aftaler det.\n\nSamlede ressourcer: {resources}",
        True,
    ),
    (
        "principles",
        "Samarbejdsprincipper og beslutninger",
        "Parterne samarbejder som ligeværdige og deler viden åbent. Beslutninger, "
        "der vedrører hele partnerskabet, træffes i fællesskab på "
        "partnerskabsmøderne. Hver part udpeger én person, der kan træffe "
        "beslutninger på partens vegne.",
        True,
    ),
    (
        "communication",
        "Kommunikation",
        "Parterne lægger en fælles kommunikationsplan for både den interne og den "
        "eksterne kommunikation. Alle parters navne og logoer bruges, når "
        "partnerskabets aktiviteter omtales udadtil, og ingen part udtaler sig på "
        "de andres vegne.",
        True,
    ),
    (
        "finances",
        "Økonomi",
        "Partnerskabets budget er {budget} kr. Hver part afholder selv sine "
        "udgifter, medmindre andet står i budgettet. Fælles indtægter og tilskud "
        "fordeles efter aftale, før de søges.",
        True,
    ),
    (
        "rights",
        "Rettigheder og tredjepart",
        "Materialer, som parterne skaber sammen, må bruges af alle parter i "
        "ikke-kommercielle sammenhænge med kildeangivelse. Aftaler med sponsorer, "
        "medier og andre udenforstående indgås kun med alle parters samtykke.",
        True,
    ),
    (
        "rights",
        "Persondata",
        "Behandler partnerskabet oplysninger om deltagere, aftaler parterne "
        "skriftligt, hvem der er dataansvarlig, og hvordan oplysningerne "
        "opbevares og slettes.",
        False,
    ),
    (
        "duration",
        "Varighed og evaluering",
        "Aftalen gælder fra {start_date} til {end_date}. Parterne evaluerer "
        "samarbejdet undervejs og ved afslutningen: hver part svarer først "
        "skriftligt og hver for sig, derefter drøftes svarene i fællesskab.",
        True,
    ),
    (
        "disagreements",
        "Uenighed",
        "Opstår der uenighed, tages den op på førstkommende partnerskabsmøde. "
        "Kan parterne ikke blive enige, inddrages parternes ledere, før nogen "
        "part træffer beslutning på egen hånd.",
        True,
    ),
    (
        "changes",
        "Ændringer og ophør",
        "Ændringer af aftalen sker skriftligt og underskrives af alle parter som "
        "en ny version. En part kan udtræde med tre måneders varsel. Parterne "
        "afslutter i så fald igangværende aktiviteter ordentligt og holder "
        "kontakten, så et nyt samarbejde kan opstå senere.",
        True,
    ),
    (
        "signatures",
        "Underskrifter",
        "Aftalen underskrives af en person med bemyndigelse fra hver part.",
        True,
    ),
]

QUESTIONNAIRE = {
    "title": "Evaluering af partnerskabet",
    "introduction": (
        "Svar hver for sig og med dine egne ord, før vi mødes. Svarene er "
        "grundlaget for vores fælles samtale om, hvordan partnerskabet går, og "
        "hvad vi skal gøre nu."
    ),
    # (theme, kind, question, help text)
    "questions": [
        ("cooperation", "scale", "Fungerer samarbejdet mellem parterne?", ""),
        (
            "cooperation",
            "text",
            "Er roller, forventninger og kommunikation klare? Hvad kunne gå bedre?",
            "",
        ),
        ("progress", "scale", "Følger partnerskabet planen?", ""),
        (
            "progress",
            "text",
            "Hvad har bremset os, og hvad har hjulpet os videre?",
            "",
        ),
        ("results", "scale", "Nås de mål, vi satte os?", ""),
        (
            "results",
            "text",
            "Hvad har din organisation fået ud af samarbejdet? Hvad overraskede dig?",
            "",
        ),
        ("next_step", "scale", "Skal partnerskabet fortsætte?", ""),
        (
            "next_step",
            "text",
            "Skal vi fortsætte som nu, justere, tage flere partnere med eller slutte?",
            "",
        ),
    ],
}

# (challenge, description, suggested mitigation)
CHALLENGES = [
    (
        "Processen går i stå",
        "Et partnerskab tager tid at bygge op. Er der ikke sat tid af, bliver "
        "opfølgningen ikke til noget, mens engagementet er størst.",
        "Sæt timer af til partnerskabet fra starten, og aftal faste møder med "
        "korte intervaller i opstarten.",
    ),
    (
        "Parterne føler sig dårligt informeret",
        "De fleste problemer mellem partnere kan spores tilbage til information, "
        "der ikke nåede frem. Alle skal være orienteret uden at drukne i "
        "beskeder.",
        "Læg en kommunikationsplan, der også dækker den interne kommunikation, og "
        "send et kort referat efter hvert møde.",
    ),
    (
        "Vi forstår ikke hinandens organisationer",
        "Partnerne arbejder i forskellige kulturer med forskellige "
        "beslutningsveje og tidshorisonter. Det kræver, at man mødes på midten.",
        "Brug det første møde på at fortælle om hinandens organisationer, og "
        "skriv beslutningsvejene ind i aftalen.",
    ),
    (
        "Forholdene ændrer sig",
        "Omstruktureringer, nye strategier eller besparelser hos en af parterne "
        "kan gøre det nødvendigt at tænke partnerskabet om eller afslutte det.",
        "Følg op på aftalen ved hver evaluering. Må partnerskabet slutte, så gør "
        "det ordentligt og hold kontakten: et nyt samarbejde kan komme senere.",
    ),
]
