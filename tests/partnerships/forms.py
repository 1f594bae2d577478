"""Posting the CRM's edit forms in tests as a browser would."""


def edit_form_data(client, url, **changes) -> dict:
    """What the edit form at ``url`` posts as shown (with its inline rows),
    with ``changes``."""
    response = client.get(url)
    form = response.context["form"]
    data = {}
    if response.context.get("version") is not None:
        data["expected"] = response.context["version"]
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list) or value is not None:
            data[name] = value
    for formset in form.formsets.values():
        management = formset.management_form
        for field in management.fields:
            data[f"{management.prefix}-{field}"] = management[field].value()
        for child in formset.forms:
            for field in child.fields:
                value = child[field].value()
                if value is not None:
                    data[f"{child.prefix}-{field}"] = value
    data.update(changes)
    return data
