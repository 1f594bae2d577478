"""Staff accounts: sign-in lockout, password policy, session lifetimes and the
Content-Security-Policy header."""

import datetime

from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth.password_validation import validate_password
from django.contrib.messages import INFO, get_messages
from django.core.exceptions import ValidationError
from django.test import RequestFactory, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cms import sessions
from cms.lockouts import UNLOCK_ACTION, client_ip
from cms.passwords import GuessablePasswordValidator
from tests.factories import UserFactory

LOGIN_URL = reverse("wagtailadmin_login")


class LockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = UserFactory(username="sara", is_superuser=True)
        cls.admin = UserFactory(username="chef", is_superuser=True)
        cls.editor = UserFactory(username="redaktoer", groups=["Editors"])

    def sign_in(self, password, address="127.0.0.1"):
        return self.client.post(
            LOGIN_URL,
            {"username": "sara", "password": password},
            REMOTE_ADDR=address,
        )

    def fail(self, times):
        """Sign in with a wrong password; the fifth failure locks the account."""
        for attempt in range(1, times + 1):
            status = self.sign_in("wrong-password").status_code
            self.assertEqual(status, 429 if attempt >= 5 else 200)

    def assertSignedIn(self, response):
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        self.assertEqual(self.client.session["_auth_user_id"], str(self.user.pk))

    def test_right_password_refused_after_five_failures(self):
        self.fail(5)
        with self.assertLogs("axes", level="WARNING"):
            response = self.sign_in("password")
        self.assertEqual(response.status_code, 429)
        self.assertTemplateUsed(response, "cms/lockout.html")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_four_failures_do_not_lock_out(self):
        self.fail(4)
        self.assertSignedIn(self.sign_in("password"))

    def test_lockout_is_per_username_and_address(self):
        self.fail(5)
        self.assertSignedIn(self.sign_in("password", address="10.0.0.2"))

    def test_lockout_ends_after_the_cool_off(self):
        self.fail(5)
        AccessAttempt.objects.update(
            attempt_time=timezone.now() - datetime.timedelta(minutes=16)
        )
        self.assertSignedIn(self.sign_in("password"))

    def test_failures_are_kept_in_the_failure_log(self):
        self.fail(5)
        failures = AccessFailureLog.objects.filter(username="sara")
        self.assertEqual(failures.count(), 5)
        self.assertTrue(failures.filter(locked_out=True).exists())

    def test_superuser_unlocks_and_the_right_password_works_again(self):
        self.fail(5)
        attempt = AccessAttempt.objects.get(username="sara")
        admin_client = self.client_class()
        admin_client.force_login(self.admin)

        response = admin_client.post(reverse("cms_lockouts_unlock", args=[attempt.pk]))

        self.assertRedirects(response, reverse("cms_lockouts"))
        self.assertFalse(AccessAttempt.objects.exists())
        entry = ModelLogEntry.objects.get(action=UNLOCK_ACTION)
        self.assertEqual(entry.user, self.admin)
        self.assertSignedIn(self.sign_in("password"))

    def test_report_lists_attempts_for_superusers(self):
        self.fail(5)
        self.client.force_login(self.admin)
        for name in ("cms_lockouts", "cms_failed_sign_ins"):
            response = self.client.get(reverse(name))
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, "sara")
            self.assertContains(response, "127.0.0.1")
        response = self.client.get(reverse("cms_lockouts"))
        attempt = AccessAttempt.objects.get()
        self.assertContains(response, reverse("cms_lockouts_unlock", args=[attempt.pk]))

    def test_reports_and_unlock_refused_for_other_staff(self):
        self.fail(5)
        attempt = AccessAttempt.objects.get()
        self.client.force_login(self.editor)
        for name in ("cms_lockouts", "cms_failed_sign_ins"):
            response = self.client.get(reverse(name))
            self.assertRedirects(response, reverse("wagtailadmin_home"))
        response = self.client.post(reverse("cms_lockouts_unlock", args=[attempt.pk]))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertTrue(AccessAttempt.objects.exists())

    def test_reports_send_anonymous_visitors_to_sign_in(self):
        response = self.client.get(reverse("cms_lockouts"))
        self.assertRedirects(
            response,
            f"{LOGIN_URL}?next={reverse('cms_lockouts')}",
            fetch_redirect_response=False,
        )

    def test_unlock_needs_post_and_an_existing_attempt(self):
        self.client.force_login(self.admin)
        url = reverse("cms_lockouts_unlock", args=[999])
        self.assertEqual(self.client.get(url).status_code, 405)
        self.assertEqual(self.client.post(url).status_code, 404)

    def test_report_menu_shows_lockouts_to_superusers_only(self):
        self.client.force_login(self.admin)
        self.assertContains(
            self.client.get(reverse("wagtailadmin_home")), reverse("cms_lockouts")
        )
        self.client.force_login(self.editor)
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), reverse("cms_lockouts")
        )


class ClientAddressTests(TestCase):
    def request(self, forwarded=None):
        headers = {"REMOTE_ADDR": "192.0.2.10"}
        if forwarded is not None:
            headers["HTTP_X_FORWARDED_FOR"] = forwarded
        return RequestFactory().get("/", **headers)

    @override_settings(TRUSTED_PROXY_COUNT=0)
    def test_without_proxy_the_forwarded_header_is_ignored(self):
        self.assertEqual(client_ip(self.request("203.0.113.5")), "192.0.2.10")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_address_it_appended_counts(self):
        request = self.request("198.51.100.1, 203.0.113.5")
        self.assertEqual(client_ip(request), "203.0.113.5")

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_behind_two_proxies_the_second_last_address_counts(self):
        request = self.request("198.51.100.1, 203.0.113.5, 192.0.2.99")
        self.assertEqual(client_ip(request), "203.0.113.5")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_proxy_without_header_falls_back_to_the_peer(self):
        self.assertEqual(client_ip(self.request()), "192.0.2.10")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_garbage_is_not_an_address(self):
        self.assertIsNone(client_ip(self.request("not-an-address")))


class PasswordPolicyTests(TestCase):
    def assertRefused(self, password, code):
        with self.assertRaises(ValidationError) as raised:
            validate_password(password)
        self.assertIn(code, [error.code for error in raised.exception.error_list])

    def test_common_word_with_a_year_is_refused(self):
        self.assertRefused("Summer2026", "password_common_with_suffix")
        self.assertRefused("Password2026!", "password_common_with_suffix")
        self.assertRefused("2026!sunshine", "password_common_with_suffix")

    def test_few_distinct_characters_are_refused(self):
        self.assertRefused("aaaaaaaaaaaa", "password_too_repetitive")
        self.assertRefused("abababababab", "password_too_repetitive")

    def test_eleven_characters_are_too_short(self):
        self.assertRefused("tårnfalk-ur", "password_too_short")

    def test_twelve_characters_are_enough(self):
        self.assertIsNone(validate_password("tårnfalk-urt"))

    def test_a_passphrase_without_digits_or_capitals_is_accepted(self):
        self.assertIsNone(validate_password("grøn cykel under regnbuen"))

    def test_an_uncommon_word_with_digits_is_accepted(self):
        self.assertIsNone(GuessablePasswordValidator().validate("Bibliotekar2026"))


class SessionTimeoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = UserFactory(is_superuser=True)

    def setUp(self):
        self.client.force_login(self.user)

    def set_times(self, *, idle, signed_in):
        now = timezone.now().timestamp()
        session = self.client.session
        session[sessions.LAST_SEEN_AT] = now - idle.total_seconds()
        session[sessions.SIGNED_IN_AT] = now - signed_in.total_seconds()
        session.save()

    def assertSignedOut(self, response):
        dashboard = reverse("wagtailadmin_home")
        self.assertRedirects(
            response, f"{LOGIN_URL}?next={dashboard}", fetch_redirect_response=False
        )
        self.assertNotIn("_auth_user_id", self.client.session)
        levels = [message.level for message in get_messages(response.wsgi_request)]
        self.assertEqual(levels, [INFO])

    def test_active_session_continues_and_records_the_request(self):
        self.set_times(
            idle=datetime.timedelta(minutes=29), signed_in=datetime.timedelta(hours=9)
        )
        before = self.client.session[sessions.LAST_SEEN_AT]
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        self.assertGreater(self.client.session[sessions.LAST_SEEN_AT], before)

    def test_idle_session_ends(self):
        self.set_times(
            idle=datetime.timedelta(minutes=31), signed_in=datetime.timedelta(hours=1)
        )
        self.assertSignedOut(self.client.get(reverse("wagtailadmin_home")))

    def test_session_ends_after_its_lifetime_however_active(self):
        self.set_times(
            idle=datetime.timedelta(minutes=1), signed_in=datetime.timedelta(hours=11)
        )
        self.assertSignedOut(self.client.get(reverse("wagtailadmin_home")))

    @override_settings(SESSION_IDLE_TIMEOUT=5 * 60)
    def test_idle_timeout_is_a_setting(self):
        self.set_times(
            idle=datetime.timedelta(minutes=6), signed_in=datetime.timedelta(hours=1)
        )
        self.assertSignedOut(self.client.get(reverse("wagtailadmin_home")))

    def test_first_request_starts_the_clocks(self):
        self.client.get(reverse("wagtailadmin_home"))
        session = self.client.session
        now = timezone.now().timestamp()
        self.assertAlmostEqual(session[sessions.SIGNED_IN_AT], now, delta=60)
        self.assertAlmostEqual(session[sessions.LAST_SEEN_AT], now, delta=60)


class ContentSecurityPolicyTests(TestCase):
    def directives(self, response):
        header = response["Content-Security-Policy"]
        parts = (part.strip().split() for part in header.split(";"))
        return {part[0]: part[1:] for part in parts if part}

    def test_public_pages_run_scripts_from_the_site_only(self, *args):
        directives = self.directives(self.client.get("/"))
        self.assertEqual(directives["script-src"], ["'self'"])
        self.assertEqual(directives["object-src"], ["'none'"])
        self.assertIn("https://www.youtube-nocookie.com", directives["frame-src"])

    def test_admin_allows_wagtails_inline_scripts(self):
        directives = self.directives(self.client.get(LOGIN_URL))
        self.assertEqual(directives["script-src"], ["'self'", "'unsafe-inline'"])
