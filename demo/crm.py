"""Load the partnership system's demo data: registers, partnerships and guidance."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from cms.models import StageChecklistItem, StageGuidance, StageGuidanceLink
from cms.stages import Stage
from demo.content.guidance import STAGE_GUIDANCE
from demo.content.partnerships import CONTACTS, GOALS, ORGANISATIONS, PARTNERSHIPS
from partnerships import lifecycle
from partnerships.history import acting_as, system_user
from partnerships.models import (
    Agreement,
    CommunicationActivity,
    Contact,
    EvaluationRound,
    Organisation,
    PartnerRole,
    Partnership,
    PartnershipGoal,
    StrategicGoal,
    Task,
    TeamMember,
)
from partnerships.services import change_stage


def load_guidance(progress) -> None:
    for stage in Stage:
        spec = STAGE_GUIDANCE[stage.value]
        if StageGuidance.objects.filter(stage=stage).exists():
            continue
        pages = {
            page.slug: page for page in Page.objects.filter(slug__in=spec["links"])
        }
        guidance = StageGuidance(stage=stage, introduction=spec["introduction"])
        guidance.links = [
            StageGuidanceLink(page=pages[slug])
            for slug in spec["links"]
            if slug in pages
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


def _plan_activities(partnership, spec: dict) -> None:
    for activity in spec["plan_activities"]:
        CommunicationActivity.objects.get_or_create(
            partnership=partnership,
            title=activity["title"],
            defaults={
                "audience": activity["audience"],
                "channel": activity["channel"],
                "planned_on": date.today() + timedelta(days=activity["days_from_now"]),
                "status": "done" if activity["done"] else "planned",
            },
        )


def _meet_gate(partnership, target: Stage, spec: dict, when) -> None:
    """Create the records the gate of ``target`` reads, as they happened."""
    if target == Stage.COMMUNICATION and spec["agreement_signed"]:
        Agreement.objects.get_or_create(
            partnership=partnership,
            cycle=partnership.cycle,
            defaults={"signed_on": when.date(), "signatories": "Alle parter"},
        )
    if target == Stage.EVALUATION:
        _plan_activities(partnership, spec)
    if target == Stage.CONCLUDED and spec["evaluation_completed"]:
        EvaluationRound.objects.get_or_create(
            partnership=partnership,
            cycle=partnership.cycle,
            title="Afsluttende evaluering",
            defaults={"completed_on": when.date(), "summary": spec["outcome"]},
        )
        partnership.closing_reflection = spec["closing_reflection"]
        partnership.outcome = spec["outcome"]
        partnership.save()


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
        for target, comment, days_ago in spec["history"]:
            target = Stage(target)
            when = _days_ago(days_ago)
            move = lifecycle.move_between(partnership.stage_enum, target)
            if target == Stage.CONCLUDED and not spec["evaluation_completed"]:
                move = lifecycle.Move.END_EARLY
                partnership.outcome = spec["outcome"]
                partnership.closing_reflection = spec["closing_reflection"]
                partnership.save()
            _meet_gate(partnership, target, spec, when)
            change_stage(
                partnership,
                move=move,
                user=manager,
                expected_stage=partnership.stage,
                reason=comment,
                at=when,
            )
        # Plans made for partnerships still before the evaluation stage.
        _plan_activities(partnership, spec)
    return True


def load_partnerships(progress) -> None:
    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    organisations, goals = load_registers(system_user(), progress)
    for spec in PARTNERSHIPS:
        if load_partnership(spec, organisations, goals, users):
            progress(f"partnership “{spec['title']}”")
