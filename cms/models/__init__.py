"""Page types of the knowledge site."""

from cms.models.base import StageMixin
from cms.models.cases import (
    CaseIndexPage,
    CasePage,
    CasePageTag,
    CasePartner,
    Sector,
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
    "FilmPage",
    "GuideIndexPage",
    "GuidePage",
    "LibraryIdentity",
    "Sector",
    "StageChecklistItem",
    "StageGuidance",
    "StageGuidanceLink",
    "StageMixin",
    "StandardPage",
    "ToolDownload",
    "ToolPage",
    "ToolType",
    "ToolboxIndexPage",
    "WorkingTool",
]
