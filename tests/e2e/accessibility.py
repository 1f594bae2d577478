from axe_playwright_python.sync_playwright import Axe


def serious_violations(page):
    """axe-core's serious and critical findings on the page, readably."""
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} "
        f"({[node['target'] for node in violation['nodes']][:3]})"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
