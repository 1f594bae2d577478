"""The library's identity (Settings → Library): who agreements, e-mails and
partners' pages name as the library."""

import io

import docx
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Site

from cms import roles
from cms.models import LibraryIdentity
from partnerships.tools.agreement.text import parties
from partnerships.tools.evaluation.links import email_link
from partnerships.tools.evaluation.services import new_token
from tests.factories import (
    AgreementFactory,
    ContactFactory,
    EvaluationInvitationFactory,
    LibraryIdentityFactory,
    PartnerRoleFactory,
    UserFactory,
)


class IdentityTests(TestCase):
    def test_until_filled_in_the_site_name_stands_in_and_reading_writes_nothing(self):
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Byens bibliotek"
        site.save()

        library = LibraryIdentity.current()

        self.assertIsNone(library.pk)
        self.assertFalse(library.is_filled_in)
        self.assertEqual(library.display_name, "Byens bibliotek")
        self.assertEqual(library.contact_line(), "")
        self.assertFalse(LibraryIdentity.objects.exists())

    def test_filled_in_it_gives_name_address_lines_and_contact(self):
        library = LibraryIdentityFactory(address="  Kajgade 2 \n\n8888 Havneby\n")

        current = LibraryIdentity.current()

        self.assertEqual(current.pk, library.pk)
        self.assertEqual(current.display_name, "Havneby Bibliotek")
        self.assertEqual(current.address_lines, ["Kajgade 2", "8888 Havneby"])
        self.assertEqual(
            current.contact_line(),
            "Kontakt: Lis Holm, lis@havneby-bibliotek.example.dk, 88 88 12 34",
        )

    @override_settings(DEFAULT_FROM_EMAIL="Webmaster <noreply@example.org>")
    def test_mail_goes_out_under_the_library_name_from_the_site_address(self):
        library = LibraryIdentityFactory(name="Havneby Bibliotek, Kultur & Læring")

        self.assertEqual(
            library.from_email(),
            '"Havneby Bibliotek, Kultur & Læring" <noreply@example.org>',
        )

    def test_control_characters_and_bad_addresses_are_refused(self):
        for field, value in [
            ("name", "Havneby\nBcc: x@example.org"),
            ("contact_phone", "88\t88"),
            ("address", "Kajgade 2\x00"),
            ("contact_email", "ikke en adresse"),
        ]:
            library = LibraryIdentityFactory.build(
                site=Site.objects.get(is_default_site=True), **{field: value}
            )
            with self.subTest(field=field), self.assertRaises(ValidationError) as e:
                library.full_clean()
            self.assertIn(field, e.exception.message_dict)


class AgreementTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.agreement = AgreementFactory()
        cls.partnership = cls.agreement.partnership
        PartnerRoleFactory(
            partnership=cls.partnership,
            organisation__name="Museet på Torvet",
            organisation__address="Torvet 1\n8888 Havneby",
            role="Udstiller",
        )
        cls.manager = cls.partnership.project_manager

    def url(self, name):
        return reverse(
            f"partnerships:{name}", args=[self.partnership.pk, self.agreement.pk]
        )

    def test_the_library_is_the_first_party_with_its_address_and_contact(self):
        LibraryIdentityFactory()

        first, museum = parties(self.partnership)

        self.assertEqual(first["name"], "Havneby Bibliotek")
        self.assertEqual(first["address"], ["Kajgade 2", "8888 Havneby"])
        self.assertIn("Lis Holm", first["contact"])
        self.assertEqual(museum["name"], "Museet på Torvet")
        self.assertEqual(museum["address"], ["Torvet 1", "8888 Havneby"])

    def test_print_page_and_word_file_name_the_library(self):
        LibraryIdentityFactory()
        self.client.force_login(self.manager)

        printed = self.client.get(self.url("agreement_print"))
        word = self.client.get(self.url("agreement_docx"))

        self.assertContains(printed, "Havneby Bibliotek")
        self.assertContains(printed, "Kajgade 2")
        document = docx.Document(io.BytesIO(word.content))
        text = "\n".join(p.text for p in document.paragraphs)
        self.assertIn("Havneby Bibliotek", text)
        self.assertIn("Kajgade 2", text)
        signatures = [row.cells[0].text for row in document.tables[-1].rows[1:]]
        self.assertEqual(signatures[0], "Havneby Bibliotek")
        self.assertEqual(document.core_properties.author, "Havneby Bibliotek")

    def test_the_agreement_page_asks_for_the_identity_while_it_is_missing(self):
        admin = UserFactory(is_superuser=True)
        settings_url = reverse("wagtailsettings:edit", args=["cms", "libraryidentity"])
        for user, link in [(self.manager, False), (admin, True)]:
            self.client.force_login(user)
            response = self.client.get(
                reverse("partnerships:agreement", args=[self.partnership.pk])
            )
            with self.subTest(user=user.username):
                self.assertContains(response, 'id="library-identity-missing"')
                if link:
                    self.assertContains(response, settings_url)
                else:
                    self.assertNotContains(response, settings_url)

        LibraryIdentityFactory()
        response = self.client.get(
            reverse("partnerships:agreement", args=[self.partnership.pk])
        )
        self.assertNotContains(response, 'id="library-identity-missing"')


class PartnerFacingTests(TestCase):
    def test_the_evaluation_email_is_signed_by_the_library(self):
        LibraryIdentityFactory()
        manager = UserFactory(first_name="Mette", last_name="Skov", email="")
        contact = ContactFactory(email="anna@example.org")
        token, _digest = new_token()
        invitation = EvaluationInvitationFactory(contact=contact, token=token)

        self.assertTrue(email_link(invitation, token, manager))

        (message,) = mail.outbox
        self.assertIn("Mette Skov\nHavneby Bibliotek\nKajgade 2", message.body)
        self.assertIn("Havneby Bibliotek", message.from_email)
        # Without the sender's own address, replies reach the library's contact.
        self.assertEqual(message.reply_to, ["lis@havneby-bibliotek.example.dk"])

    def test_the_partner_answer_page_shows_the_library(self):
        LibraryIdentityFactory()
        token, _digest = new_token()
        EvaluationInvitationFactory(token=token)

        response = self.client.get(reverse("partners:evaluation_answer", args=[token]))

        self.assertContains(response, '<p class="library-card__name">Havneby Bibliotek')
        self.assertContains(response, "Kajgade 2")


class AdminTests(TestCase):
    def test_the_dashboard_asks_administrators_only_until_it_is_filled_in(self):
        admin = UserFactory(is_superuser=True)
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        hint = "library-identity-hint-heading"

        self.client.force_login(manager)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), hint)
        self.client.force_login(admin)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), hint)

        LibraryIdentityFactory()
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), hint)

    def test_only_administrators_edit_it(self):
        site = Site.objects.get(is_default_site=True)
        url = reverse("wagtailsettings:edit", args=["cms", "libraryidentity", site.pk])
        self.client.force_login(UserFactory(groups=[roles.PROJECT_MANAGERS]))
        response = self.client.post(url, {"name": "Overtaget"})
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        self.assertFalse(LibraryIdentity.objects.exists())

        self.client.force_login(UserFactory(is_superuser=True))
        response = self.client.post(url, {"name": "Havneby Bibliotek"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(LibraryIdentity.current().name, "Havneby Bibliotek")
