from django import template

from cms.models import LibraryIdentity

register = template.Library()


@register.simple_tag(takes_context=True)
def library_identity(context):
    """The library's identity (name, address, contact, logo) for this site:
    ``{% library_identity as library %}``. One query per request."""
    return LibraryIdentity.current(context.get("request"))
