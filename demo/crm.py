"""Load the partnership system's demo data: registers, partnerships and guidance."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from cms.models import (
    GuidePage,
    StageChecklistItem,
    StageGuidance,
    StageGuidanceLink,
    ToolPage,
)
from cms.stages import Stage
from demo.content.guidance import STAGE_GUIDANCE
from demo.content.partnerships import CONTACTS, GOALS, ORGANISATIONS, PARTNERSHIPS
from demo.tools import agreement as demo_agreement
from demo.tools import communication as demo_communication
from demo.tools import evaluation as demo_evaluation
from demo.tools import meetings as demo_meetings
from partnerships import lifecycle
from partnerships.history import acting_as, system_user
from partnerships.models import (
    Contact,
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    StrategicGoal,
    Task,
    TeamMember,
)
from partnerships.services import change_stage

# What a guidance link's kind names; a case may share a tool's slug.
GUIDANCE_PAGE_TYPES = {"guide": GuidePage, "tool": ToolPage}


def _guidance_page(kind: str, slug: str):
    """The live guide chapter or tool ``slug``, in the site's main language."""
    return (
        GUIDANCE_PAGE_TYPES[kind]
        .objects.live()
        .filter(slug=slug, locale=Locale.get_default())
        .first()
    )


def load_guidance(progress) -> None:
    for stage in Stage:
        spec = STAGE_GUIDANCE[stage.value]
        if StageGuidance.objects.filter(stage=stage).exists():
            continue
        guidance = StageGuidance(stage=stage, introduction=spec["introduction"])
        guidance.links = [
            StageGuidanceLink(page=page, note=note)
            for kind, slug, note in spec["links"]
            if (page := _guidance_page(kind, slug)) is not None
        ]
        guidance.checklist_items = [
            StageChecklistItem(text=t) for t in spec["checklist"]
        ]
        guidance.save()
        progress(f"guidance for “{stage.label}”")


def load_registers(admin, progress) -> tuple[dict, dict]:
    with acting_as(admin):
        organisations = {}
        for spec in ORGANISATIONS:
            fields = {k: v for k, v in spec.items() if k != "key"}
            organisations[spec["key"]], created = Organisation.objects.get_or_create(
                name=spec["name"], defaults=fields
            )
            if created:
                progress(f"organisation “{spec['name']}”")
        for spec in CONTACTS:
            Contact.objects.get_or_create(
                name=spec["name"],
                organisation=organisations.get(spec["organisation"]),
                defaults={k: spec[k] for k in ["role", "email", "phone"]},
            )
        goals = {}
        for spec in GOALS:
            goals[spec["key"]], _ = StrategicGoal.objects.get_or_create(
                title=spec["title"], defaults={"description": spec["description"]}
            )
    return organisations, goals


def _days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def _meet_gate(partnership, target: Stage, spec: dict, manager, when) -> None:
    """Create the records the gate of ``target`` reads, as they happened."""
    today = date.today()
    if target == Stage.COMMUNICATION and spec["agreement_signed"]:
        signed_on = min(when.date() - timedelta(days=3), today)
        demo_agreement.load_signed(partnership, manager=manager, signed_on=signed_on)
    if target in (Stage.EVALUATION, Stage.CONCLUDED):
        demo_communication.load(partnership, spec, manager=manager, today=today)
    if target == Stage.CONCLUDED and spec["evaluation_completed"]:
        demo_evaluation.run_round(
            partnership,
            manager=manager,
            title="Midtvejsevaluering",
            started=when - timedelta(days=120),
            level="early",
            completed=(when - timedelta(days=100)).date(),
        )
        demo_evaluation.run_round(
            partnership,
            manager=manager,
            title="Afsluttende evaluering",
            started=when - timedelta(days=21),
            completed=when.date(),
        )
        partnership.closing_reflection = spec["closing_reflection"]
        partnership.outcome = spec["outcome"]
        partnership.save()


def _current_stage_records(partnership, spec: dict, manager) -> None:
    """What the tools hold in the stage the partnership has reached."""
    today = date.today()
    if partnership.stage == Stage.AGREEMENT:
        demo_agreement.load(partnership, manager=manager, today=today)
    if partnership.stage == Stage.EVALUATION:
        demo_evaluation.run_round(
            partnership,
            manager=manager,
            title="Evaluering efter første år",
            started=timezone.now() - timedelta(days=5),
            answering=1,
        )
    if partnership.is_open:
        # Plans made for partnerships still before the evaluation stage.
        demo_communication.load(partnership, spec, manager=manager, today=today)


def load_partnership(spec, organisations, goals, users) -> bool:
    if Partnership.objects.filter(title=spec["title"]).exists():
        return False
    manager = users[spec["manager"]]
    with acting_as(manager):
        partnership = Partnership(
            title=spec["title"],
            purpose=spec["purpose"],
            vision=spec["vision"],
            library_gives=spec["library_gives"],
            library_gets=spec["library_gets"],
            project_manager=manager,
            start_date=date.fromisoformat(spec["start"]),
            end_date=date.fromisoformat(spec["end"]) if spec["end"] else None,
            budget=spec["budget"],
            resources=spec["resources"],
        )
        partnership.partner_roles = [
            PartnerRole(organisation=organisations[key], role=role)
            for key, role in spec["partners"]
        ]
        partnership.goal_links = [PartnershipGoal(goal=goals[k]) for k in spec["goals"]]
        partnership.team_members = [TeamMember(user=users[n]) for n in spec["team"]]
        partnership.tasks = [
            Task(
                title=task["title"],
                stage=task["stage"],
                assignee=users[task["assignee"]],
                due_date=date.today() + timedelta(days=task["due_in_days"]),
                done=task["done"],
            )
            for task in spec["tasks"]
        ]
        partnership.save()
        first_move = spec["history"][0][2] if spec["history"] else 0
        demo_meetings.load(
            partnership,
            manager=manager,
            started=date.today() - timedelta(days=first_move + 10),
            today=date.today(),
        )
        for target, comment, days_ago in spec["history"]:
            target = Stage(target)
            when = _days_ago(days_ago)
            move = lifecycle.move_between(partnership.stage_enum, target)
            if target == Stage.CONCLUDED and not spec["evaluation_completed"]:
                move = lifecycle.Move.END_EARLY
                partnership.outcome = spec["outcome"]
                partnership.closing_reflection = spec["closing_reflection"]
                partnership.save()
            _meet_gate(partnership, target, spec, manager, when)
            change_stage(
                partnership,
                move=move,
                user=manager,
                expected_stage=partnership.stage,
                reason=comment,
                at=when,
            )
        _current_stage_records(partnership, spec, manager)
    return True


def load_partnerships(progress) -> None:
    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    organisations, goals = load_registers(system_user(), progress)
    for spec in PARTNERSHIPS:
        if load_partnership(spec, organisations, goals, users):
            progress(f"partnership “{spec['title']}”")
