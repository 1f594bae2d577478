"""The stage tools inside each partnership: agreement, communication plan,
evaluation, meetings and risks. Each tool is a package (services, forms,
views, urls); ``common`` holds what their views share and ``urls`` gathers
them under the ``partnerships`` and ``partners`` namespaces."""
