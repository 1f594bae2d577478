from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from cms import roles, two_factor
from cms.settings import base
from tests.factories import RecoveryCodesFactory, TOTPDeviceFactory, UserFactory

ADMIN = "/admin/"
SETUP = reverse("two_factor_setup")
VERIFY = reverse("two_factor_verify")


def app_code(device, steps=0) -> str:
    """The code the user's app shows now (or ``steps`` time steps away)."""
    return f"{totp(device.bin_key, step=device.step, drift=steps):06d}"


def wrong_code(device) -> str:
    near = {app_code(device, steps) for steps in range(-2, 3)}
    return next(c for c in ("123456", "654321", "111111") if c not in near)


def logged_actions(user, action):
    return ModelLogEntry.objects.filter(object_id=str(user.pk), action=action)


@override_settings(TWO_FACTOR_REQUIRED=True)
class SetUpTests(TestCase):
    def setUp(self):
        self.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.post(
            reverse("wagtailadmin_login"),
            {"username": self.manager.username, "password": "password"},
        )

    def test_project_manager_is_sent_to_set_up_after_password_login(self):
        response = self.client.get(ADMIN)
        self.assertRedirects(
            response, f"{SETUP}?next=%2Fadmin%2F", fetch_redirect_response=False
        )
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[1]))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.url.startswith(SETUP))

    def test_set_up_page_shows_qr_code_and_key_and_keeps_them_on_reload(self):
        response = self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.manager, confirmed=False)
        self.assertContains(response, "<svg")
        self.assertContains(response, two_factor.secret_text(device)[:4])
        self.client.get(SETUP)
        self.assertEqual(TOTPDevice.objects.filter(user=self.manager).count(), 1)

    def test_valid_first_code_confirms_and_shows_recovery_codes_once(self):
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.manager)
        response = self.client.post(SETUP, {"code": app_code(device), "next": ADMIN})
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        codes = StaticToken.objects.filter(device__user=self.manager)
        self.assertEqual(codes.count(), 10)
        for token in codes:
            self.assertContains(response, token.token)
        self.assertContains(
            response, gettext("Save these codes now. They are shown only this once.")
        )
        self.assertEqual(self.client.get(ADMIN).status_code, 200)
        self.assertEqual(
            logged_actions(self.manager, "cms.two_factor.set_up").count(), 1
        )
        self.assertNotContains(self.client.get(ADMIN), codes.first().token)

    def test_wrong_code_is_refused(self):
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.manager)
        response = self.client.post(SETUP, {"code": wrong_code(device)})
        self.assertContains(response, two_factor.WRONG_APP_CODE)
        device.refresh_from_db()
        self.assertFalse(device.confirmed)
        self.assertEqual(device.throttling_failure_count, 1)
        self.assertEqual(self.client.get(ADMIN).status_code, 302)

    def test_letters_are_refused_with_a_message(self):
        self.client.get(SETUP)
        response = self.client.post(SETUP, {"code": "abcdef"})
        self.assertContains(response, gettext("Type the 6 digits your app shows."))
        response = self.client.post(SETUP, {"code": "12\x0034"})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(TOTPDevice.objects.get(user=self.manager).confirmed)

    @override_settings(OTP_TOTP_THROTTLE_FACTOR=60)
    def test_after_a_wrong_code_even_the_right_one_must_wait(self):
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.manager)
        self.client.post(SETUP, {"code": wrong_code(device)})
        response = self.client.post(SETUP, {"code": app_code(device)})
        self.assertContains(response, two_factor.throttled_message(60))
        device.refresh_from_db()
        self.assertFalse(device.confirmed)

    def test_next_outside_the_site_is_ignored(self):
        self.client.get(SETUP)
        device = TOTPDevice.objects.get(user=self.manager)
        response = self.client.post(
            SETUP, {"code": app_code(device), "next": "https://evil.example/"}
        )
        self.assertEqual(response.context["next"], ADMIN)

    def test_sign_out_and_admin_scripts_stay_reachable(self):
        self.assertEqual(
            self.client.get(reverse("wagtailadmin_javascript_catalog")).status_code,
            200,
        )
        self.client.post(reverse("wagtailadmin_logout"))
        self.assertRedirects(
            self.client.get(ADMIN),
            f"{reverse('wagtailadmin_login')}?next=/admin/",
            fetch_redirect_response=False,
        )

    def test_public_pages_also_wait_for_the_second_step(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.url.startswith(SETUP))


@override_settings(TWO_FACTOR_REQUIRED=True)
class VerifyTests(TestCase):
    def setUp(self):
        self.user = UserFactory(groups=[roles.AUDITORS])
        self.device = TOTPDeviceFactory(user=self.user)
        RecoveryCodesFactory(user=self.user, codes=["aaaa2222", "bbbb3333"])
        self.client.login(username=self.user.username, password="password")

    def test_enrolled_user_is_asked_for_a_code_and_lands_in_the_admin(self):
        self.assertRedirects(
            self.client.get(ADMIN),
            f"{VERIFY}?next=%2Fadmin%2F",
            fetch_redirect_response=False,
        )
        response = self.client.post(
            VERIFY, {"code": app_code(self.device), "next": ADMIN}
        )
        self.assertRedirects(response, ADMIN)

    def test_wrong_code_is_refused(self):
        response = self.client.post(VERIFY, {"code": wrong_code(self.device)})
        self.assertContains(response, two_factor.WRONG_APP_CODE)
        self.assertEqual(self.client.get(ADMIN).status_code, 302)

    def test_recovery_code_works_once(self):
        response = self.client.post(VERIFY, {"code": "AAAA 2222", "next": ADMIN})
        self.assertRedirects(response, ADMIN)
        self.assertEqual(
            logged_actions(self.user, "cms.two_factor.recovery_code_used").count(), 1
        )
        self.client.post(reverse("wagtailadmin_logout"))
        self.client.login(username=self.user.username, password="password")
        response = self.client.post(VERIFY, {"code": "aaaa2222"})
        self.assertContains(response, two_factor.WRONG_RECOVERY_CODE)
        self.assertEqual(self.client.get(ADMIN).status_code, 302)

    def test_a_second_device_needs_the_first(self):
        response = self.client.get(SETUP)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.url.startswith(VERIFY))
        self.assertEqual(TOTPDevice.objects.filter(user=self.user).count(), 1)

    def test_new_recovery_codes_replace_the_old_ones(self):
        self.client.post(VERIFY, {"code": app_code(self.device)})
        response = self.client.post(reverse("two_factor_recovery_codes"))
        codes = list(
            StaticToken.objects.filter(device__user=self.user).values_list(
                "token", flat=True
            )
        )
        self.assertEqual(len(codes), 10)
        self.assertNotIn("aaaa2222", codes)
        self.assertContains(response, codes[0])
        self.assertEqual(
            logged_actions(self.user, "cms.two_factor.recovery_codes").count(), 1
        )
        # The session stays verified.
        self.assertEqual(self.client.get(ADMIN).status_code, 200)


@override_settings(TWO_FACTOR_REQUIRED=True)
class WhoMustUseItTests(TestCase):
    def test_editor_is_not_forced(self):
        editor = UserFactory(groups=[roles.EDITORS])
        self.client.force_login(editor)
        self.assertEqual(self.client.get(ADMIN).status_code, 200)

    def test_editor_who_set_it_up_is_asked_for_a_code(self):
        editor = UserFactory(groups=[roles.EDITORS])
        TOTPDeviceFactory(user=editor)
        self.client.force_login(editor)
        self.assertTrue(self.client.get(ADMIN).url.startswith(VERIFY))

    def test_superusers_always_must(self):
        admin = UserFactory(is_superuser=True)
        self.client.force_login(admin)
        self.assertTrue(self.client.get(ADMIN).url.startswith(SETUP))

    @override_settings(TWO_FACTOR_REQUIRED_GROUPS=[roles.AUDITORS])
    def test_the_groups_come_from_the_setting(self):
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.force_login(manager)
        self.assertEqual(self.client.get(ADMIN).status_code, 200)

    def test_default_groups_are_project_managers_auditors_and_privacy_officers(self):
        self.assertEqual(
            base.TWO_FACTOR_REQUIRED_GROUPS,
            [roles.PROJECT_MANAGERS, roles.AUDITORS, roles.PRIVACY_OFFICERS],
        )
        self.assertEqual(
            Group.objects.filter(name__in=base.TWO_FACTOR_REQUIRED_GROUPS).count(), 3
        )

    def test_editor_can_set_it_up_from_the_account_page(self):
        editor = UserFactory(groups=[roles.EDITORS])
        self.client.force_login(editor)
        account = self.client.get(reverse("wagtailadmin_account"))
        self.assertContains(account, reverse("two_factor_account"))
        self.assertContains(
            self.client.get(reverse("two_factor_account")), reverse("two_factor_setup")
        )


class ResetTests(TestCase):
    def setUp(self):
        self.user = UserFactory(groups=[roles.PROJECT_MANAGERS])
        TOTPDeviceFactory(user=self.user)
        RecoveryCodesFactory(user=self.user, codes=["aaaa2222"])
        self.url = reverse("two_factor_reset", args=[self.user.pk])

    def test_non_superuser_cannot_reset_anothers_devices(self):
        self.client.force_login(UserFactory(groups=[roles.PROJECT_MANAGERS]))
        home = reverse("wagtailadmin_home")
        self.assertRedirects(self.client.get(self.url), home)
        self.assertRedirects(self.client.post(self.url), home)
        self.assertTrue(TOTPDevice.objects.filter(user=self.user).exists())

    def test_superuser_confirms_then_reset_removes_devices_and_is_logged(self):
        admin = UserFactory(is_superuser=True)
        self.client.force_login(admin)
        self.assertContains(self.client.get(self.url), gettext("Yes, reset"))
        self.assertTrue(TOTPDevice.objects.filter(user=self.user).exists())
        response = self.client.post(self.url)
        self.assertRedirects(
            response, reverse("wagtailusers_users:edit", args=[self.user.pk])
        )
        self.assertFalse(TOTPDevice.objects.filter(user=self.user).exists())
        self.assertFalse(StaticDevice.objects.filter(user=self.user).exists())
        entry = logged_actions(self.user, "cms.two_factor.reset").get()
        self.assertEqual(entry.user, admin)

    @override_settings(TWO_FACTOR_REQUIRED=True)
    def test_reset_sends_the_users_verified_session_to_set_up(self):
        self.client.login(username=self.user.username, password="password")
        device = TOTPDevice.objects.get(user=self.user)
        self.client.post(VERIFY, {"code": app_code(device)})
        self.assertEqual(self.client.get(ADMIN).status_code, 200)
        two_factor.reset(self.user, by=UserFactory(is_superuser=True))
        self.assertTrue(self.client.get(ADMIN).url.startswith(SETUP))

    def test_user_listing_offers_the_reset_to_superusers_only(self):
        self.client.force_login(UserFactory(is_superuser=True))
        self.assertContains(
            self.client.get(reverse("wagtailusers_users:index")), self.url
        )

    def test_unknown_user_is_404(self):
        self.client.force_login(UserFactory(is_superuser=True))
        url = reverse("two_factor_reset", args=[999999])
        self.assertEqual(self.client.post(url).status_code, 404)


class ResetCommandTests(TestCase):
    def test_command_removes_devices_and_is_logged(self):
        user = UserFactory(is_superuser=True)
        TOTPDeviceFactory(user=user)
        call_command("reset_two_factor", user.username, stdout=StringIO())
        self.assertFalse(TOTPDevice.objects.filter(user=user).exists())
        self.assertIsNone(logged_actions(user, "cms.two_factor.reset").get().user)

    def test_unknown_username_is_refused_clearly(self):
        with self.assertRaisesMessage(CommandError, "No user named 'nobody'"):
            call_command("reset_two_factor", "nobody", stdout=StringIO())
