"""Public pages reached only by private links: partners' evaluation answers
and calendar subscriptions. Included from the project's URLconf."""

from partnerships.tools.urls import public_urls

app_name = public_urls[1]
urlpatterns = public_urls[0]
