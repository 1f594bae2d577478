from axe_playwright_python.sync_playwright import DEFAULT_OPTIONS, Axe


def serious_violations(page, scope=None, *, rules=()):
    """axe-core's serious and critical findings on the page, readably.

    ``scope`` is an optional CSS selector (or an axe-core context such as
    ``{"include": [...], "exclude": [...]}``) that limits the checks to part
    of the page, e.g. ``"#main"`` to leave out the Wagtail admin's chrome.
    ``rules`` names axe-core rules to run besides the default ones, such as
    "target-size" (WCAG 2.2), which axe-core leaves off by default.
    """
    context = {"include": [scope]} if isinstance(scope, str) else scope
    options = dict(DEFAULT_OPTIONS)
    if rules:
        options["rules"] = {rule: {"enabled": True} for rule in rules}
    results = Axe().run(page, context=context, options=options)
    return [
        f"{violation['id']}: {violation['help']} "
        f"({[node['target'] for node in violation['nodes']][:3]})"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
