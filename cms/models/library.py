"""The library's own identity: who the partnership system speaks for.

Agreements name it as the first party, e-mails to partners are signed with it
and partners' pages show it. Until an administrator fills it in, the site's
name stands in for it.
"""

from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.models import Site

# Text that goes into Word documents and e-mail headers must not carry control
# characters; a name, person or phone is also one line.
ONE_LINE = RegexValidator(
    r"[\x00-\x1f\x7f]",
    inverse_match=True,
    message=_("Write it on one line, without tabs or invisible control characters."),
    code="control_characters",
)
LINES = RegexValidator(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]",
    inverse_match=True,
    message=_("The text contains invisible control characters. Type it again."),
    code="control_characters",
)


@register_setting(icon="site")
class LibraryIdentity(BaseSiteSetting):
    """The library that runs the partnerships: its name, address, contact and
    logo, as partners meet them in agreements, e-mails and on their pages."""

    name = models.CharField(
        _("name of the library"),
        max_length=255,
        blank=True,
        validators=[ONE_LINE],
        help_text=_(
            "As partners should read it, e.g. “Eksempelby Bibliotekerne”. Until "
            "it is filled in, agreements, e-mails and partners' pages use the "
            "site's name."
        ),
    )
    address = models.TextField(
        _("address"),
        max_length=500,
        blank=True,
        validators=[LINES],
        help_text=_("Street, postcode and town, one per line."),
    )
    contact_person = models.CharField(
        _("contact person"),
        max_length=255,
        blank=True,
        validators=[ONE_LINE],
        help_text=_("Who partners can turn to at the library, e.g. a coordinator."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, validators=[ONE_LINE]
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on agreements, print pages and partners' pages. A PNG or JPEG "
            "with a transparent or white background works best."
        ),
    )

    select_related = ["site", "logo"]

    panels = [
        HelpPanel(
            _(
                "The library as partners meet it: the first party of every "
                "cooperation agreement, the signature of the e-mails the "
                "partnership system sends, and the sender on the pages where "
                "partners answer evaluations."
            )
        ),
        "name",
        "address",
        MultiFieldPanel(
            ["contact_person", "contact_email", "contact_phone"],
            heading=_("Contact"),
        ),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = _("library")
        verbose_name_plural = _("library")

    @classmethod
    def current(cls, request=None) -> "LibraryIdentity":
        """The identity of the request's site, else of the default site; an
        empty, unsaved one when nothing is filled in yet (reading never writes).
        Kept on the request, so a page asks the database once."""
        cached = getattr(request, "_library_identity", None)
        if cached is not None:
            return cached
        site = Site.find_for_request(request) if request is not None else None
        queryset = cls.base_queryset()
        identity = (
            queryset.filter(site=site)
            if site
            else queryset.filter(site__is_default_site=True)
        ).first()
        if identity is None:
            # Not filled in: the site's name stands in for the library's.
            site = site or Site.objects.filter(is_default_site=True).first()
            identity = cls(site=site)
        if request is not None:
            request._library_identity = identity
        return identity

    @classmethod
    def editable_by(cls, user) -> bool:
        """Administrators edit the identity (Settings → Library); so does a
        group an administrator gives "Can change library" in the group editor."""
        return cls.get_permission_policy().user_has_permission(user, "change")

    @property
    def is_filled_in(self) -> bool:
        return bool(self.name.strip())

    @property
    def display_name(self) -> str:
        """The library's name, or while it is empty the site's."""
        if self.is_filled_in:
            return self.name.strip()
        site_name = self.site.site_name if self.site_id else ""
        return site_name or settings.WAGTAIL_SITE_NAME

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def contact_parts(self) -> list[str]:
        """Person, e-mail and phone, those that are filled in."""
        return [
            part.strip()
            for part in (self.contact_person, self.contact_email, self.contact_phone)
            if part.strip()
        ]

    def signature(self, sender: str = "") -> str:
        """The plain-text end of an e-mail the library sends: a greeting, the
        person sending it if any, the library's name, address and contact.
        In the active language."""
        lines = [gettext("Kind regards"), sender, self.display_name]
        lines += [*self.address_lines, self.contact_line()]
        return "\n".join(line for line in lines if line)

    def contact_line(self) -> str:
        """“Contact: person, e-mail, phone” in the active language, or "" when
        none is filled in."""
        if not self.contact_parts:
            return ""
        return gettext("Contact: %(contact)s") % {
            "contact": ", ".join(self.contact_parts)
        }

    def from_email(self) -> str:
        """The site's sending address (DEFAULT_FROM_EMAIL) under the library's
        name, so partners see who writes; the address stays the one the mail
        server sends for."""
        name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
        if not address:
            return settings.DEFAULT_FROM_EMAIL
        display = " ".join(self.display_name.split())
        return str(Address(display_name=display, addr_spec=address))
