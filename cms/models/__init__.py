"""Page types of the knowledge site."""

from cms.models.base import LifecycleStage, StageMixin
from cms.models.cases import (
    CaseImage,
    CaseIndexPage,
    CasePage,
    CasePageTag,
    CasePartner,
    Sector,
)
from cms.models.guide import GuideIndexPage, GuidePage
from cms.models.pages import FilmPage, StandardPage
from cms.models.toolbox import (
    ToolboxIndexPage,
    ToolDownload,
    ToolPage,
    ToolType,
    WorkingTool,
)

__all__ = [
    "CaseImage",
    "CaseIndexPage",
    "CasePage",
    "CasePageTag",
    "CasePartner",
    "FilmPage",
    "GuideIndexPage",
    "GuidePage",
    "LifecycleStage",
    "Sector",
    "StageMixin",
    "StandardPage",
    "ToolDownload",
    "ToolPage",
    "ToolType",
    "ToolboxIndexPage",
    "WorkingTool",
]
