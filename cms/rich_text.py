"""Rich text as readers get it, on the site and through the pages API."""

import nh3
from wagtail.api.utils import get_base_url
from wagtail.rich_text import expand_db_html

# Set in the pages API's serializer context when a request wants rich text as
# the site shows it (the default there) rather than another of Wagtail's formats.
SITE_HTML = "cms_site_html"


def site_html(source: str, base_url: str = "") -> str:
    """The HTML the site shows for stored rich text: internal links resolved to
    their pages' and documents' addresses, stripped of anything executable.

    The admin editor already whitelists markup, but rich text can also arrive
    from imports or code; sanitising on output keeps a stray <script> inert.
    With ``base_url``, addresses on this site become absolute, for readers
    elsewhere.
    """
    html = expand_db_html(source or "")
    if not base_url:
        return nh3.clean(html)

    def absolute(url: str) -> str:
        # Only paths on this site; anchors and other relative forms stay as
        # they are.
        if url.startswith("/") and not url.startswith("//"):
            return base_url + url
        return url

    return nh3.clean(html, url_relative=absolute)


def api_html(source: str, context: dict | None) -> str | None:
    """``site_html`` for the pages API, or None when the request asked for
    another of Wagtail's rich text formats, which Wagtail then produces."""
    if not context or not context.get(SITE_HTML):
        return None
    return site_html(source, get_base_url(context.get("request")) or "")
