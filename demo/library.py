"""The demo library's identity (Settings → Library). Fictional, like the rest."""

from cms.models import LibraryIdentity

LIBRARY = {
    "name": "Eksempelby Bibliotekerne",
    "address": "Biblioteksgade 1\n9999 Eksempelby",
    "contact_person": "Karen Lundsgaard, partnerskabskoordinator",
    "contact_email": "partnerskaber@bibliotek.example.dk",
    "contact_phone": "99 99 12 34",
}


def load_library(site, progress) -> LibraryIdentity:
    """Fill in the identity once; a name an administrator has given is kept."""
    identity = LibraryIdentity.for_site(site)
    if not identity.is_filled_in:
        for field, value in LIBRARY.items():
            setattr(identity, field, value)
        identity.save()
        progress(f"library “{identity.name}”")
    return identity
