"""Page types of the knowledge site."""

from cms.models.base import StageMixin
from cms.models.cases import (
    CaseIndexPage,
    CasePage,
    CasePageTag,
    CasePartner,
    CaseSource,
    RelationshipKind,
    Sector,
    TargetGroup,
)
from cms.models.guidance import StageChecklistItem, StageGuidance, StageGuidanceLink
from cms.models.guide import GuideIndexPage, GuidePage
from cms.models.library import LibraryIdentity
from cms.models.pages import FilmPage, StandardPage
from cms.models.toolbox import (
    ToolboxIndexPage,
    ToolDownload,
    ToolPage,
    ToolType,
    WorkingTool,
)

__all__ = [
    "CaseIndexPage",
    "CasePage",
    "CasePageTag",
    "CasePartner",
    "CaseSource",
    "FilmPage",
    "GuideIndexPage",
    "GuidePage",
    "LibraryIdentity",
    "RelationshipKind",
    "Sector",
    "StageChecklistItem",
    "StageGuidance",
    "StageGuidanceLink",
    "StageMixin",
    "StandardPage",
    "TargetGroup",
    "ToolDownload",
    "ToolPage",
    "ToolType",
    "ToolboxIndexPage",
    "WorkingTool",
]
