"""Cases that fit real material: an optional period, optional quick questions,
the details of the cooperation, filters, and an editor's note kept internal."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms import roles
from cms.models import CasePage, CasePartner, CaseSource
from tests.factories import CasePageFactory, UserFactory


def danish(message: str) -> str:
    with translation.override("da"):
        return gettext(message)


class CasePeriodTests(TestCase):
    def test_period_reads_as_a_single_year_a_span_or_nothing(self):
        for year_from, year_to, expected in [
            (None, None, ""),
            (2019, None, "2019"),
            (None, 2019, "2019"),
            (2019, 2019, "2019"),
            (2019, 2021, "2019–2021"),
        ]:
            with self.subTest(year_from=year_from, year_to=year_to):
                case = CasePage(year_from=year_from, year_to=year_to)
                self.assertEqual(case.period, expected)

    def test_a_period_ending_before_it_starts_is_refused_on_the_last_year(self):
        case = CasePageFactory.build(slug="x", year_from=2021, year_to=2019)

        with self.assertRaises(ValidationError) as raised:
            case.clean()

        self.assertIn("year_to", raised.exception.message_dict)
        self.assertIn("2019", raised.exception.message_dict["year_to"][0])

    def test_one_year_is_kept_as_the_first_year(self):
        only_last = CasePageFactory.build(slug="x", year_from=None, year_to=2015)
        only_last.clean()
        same = CasePageFactory.build(slug="y", year_from=2015, year_to=2015)
        same.clean()

        for case in (only_last, same):
            self.assertEqual((case.year_from, case.year_to), (2015, None))

    def test_years_outside_the_plausible_range_are_refused(self):
        case = CasePageFactory.build(slug="x", year_from=1850, year_to=2300)

        with self.assertRaises(ValidationError) as raised:
            case.full_clean(exclude=["path", "depth"])

        self.assertIn("year_from", raised.exception.message_dict)
        self.assertIn("year_to", raised.exception.message_dict)


class CaseFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = CasePageFactory().get_parent()
        cls.moderator = UserFactory(username="moderator", groups=[roles.MODERATORS])

    def setUp(self):
        self.client.force_login(self.moderator)

    def form(self, target_groups=(), **fields):
        data = nested_form_data(
            {
                "title": "Bibliotek og bryggeri",
                "slug": "bryggeri",
                "library": "Eksempelby Bibliotek",
                "outline": rich_text("<p>Ølsmagning med foredrag.</p>"),
                "partners": inline_formset(
                    [
                        {
                            "name": "Eksempelby Bryghus",
                            "sector": "private",
                            "role": "Vært",
                            "contribution": "Lokaler og øl",
                        }
                    ]
                ),
                "sources": inline_formset([]),
                "gallery": streamfield([]),
                "action-publish": "publish",
                **fields,
            }
        )
        # nested_form_data would split a list into numbered keys.
        data["target_groups"] = list(target_groups)
        return data

    def add(self, data):
        return self.client.post(
            reverse("wagtailadmin_pages:add", args=["cms", "casepage", self.index.pk]),
            data,
        )

    def test_a_case_without_year_and_with_two_answers_is_published(self):
        response = self.add(
            self.form(
                experience=rich_text("<p>Vi lærte at lytte.</p>"),
                library_gain=rich_text("<p>Synlighed.</p>"),
                relationship="sponsorship",
                target_groups=["families", "children"],
                sources=inline_formset(
                    [{"label": "Rapporten", "url": "https://example.org/rapport"}]
                ),
            )
        )

        self.assertEqual(response.status_code, 302)
        case = CasePage.objects.get(slug="bryggeri")
        self.assertTrue(case.live)
        self.assertEqual((case.year_from, case.year_to, case.period), (None, None, ""))
        self.assertEqual(case.answered_count, 2)
        self.assertEqual(case.target_groups, ["children", "families"])
        self.assertEqual(case.partners.get().role, "Vært")
        self.assertEqual(case.sources.get().url, "https://example.org/rapport")

    def test_a_backwards_period_is_explained_and_nothing_is_saved(self):
        response = self.add(self.form(year_from=2021, year_to=2019))

        self.assertEqual(response.status_code, 200)
        self.assertFalse(CasePage.objects.filter(slug="bryggeri").exists())
        self.assertIn("year_to", response.context["form"].errors)

    def test_a_backwards_period_is_refused_in_a_draft_too(self):
        data = self.form(year_from=2021, year_to=2019)
        del data["action-publish"]

        response = self.add(data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(CasePage.objects.filter(slug="bryggeri").exists())

    def test_an_unknown_kind_of_relationship_is_refused(self):
        response = self.add(self.form(relationship="friendship"))

        self.assertEqual(response.status_code, 200)
        self.assertIn("relationship", response.context["form"].errors)
        self.assertFalse(CasePage.objects.filter(slug="bryggeri").exists())

    def test_the_internal_note_is_in_the_editor_form(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:add", args=["cms", "casepage", self.index.pk])
        )

        self.assertContains(response, 'name="editor_note"')


class CasePageDisplayTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = CasePageFactory(
            title="Bryggeriet",
            year_from=None,
            experience="<p>Vi lærte at lytte.</p>",
            challenges="",
            barriers="<p></p>",
            purpose="",
            library_gain="<p>Synlighed.</p>",
            relationship="commission",
            target_groups=["seniors"],
            target_group_note="Beboere på plejehjem",
            funding="Biblioteket betalte 10.000 kr.",
            outcome="<p>Tre foredrag med fulde huse.</p>",
            editor_note="Hemmelighedskræmmeri: tjek tallene med chefen.",
        )
        cls.case.partners.add(
            CasePartner(
                name="Bryghuset",
                sector="private",
                role="Leverandør",
                contribution="Øl til smagningen",
            )
        )
        cls.case.sources.add(
            CaseSource(label="Rapporten", url="https://example.org/rapport")
        )
        cls.case.save_revision().publish()
        cls.spanning = CasePageFactory(title="Museet", year_from=2006, year_to=2012)

    def test_unanswered_questions_say_not_answered(self):
        response = self.client.get(self.case.url)

        self.assertContains(
            response,
            f'<p class="not-answered">{danish("Not answered")}</p>',
            count=3,
            html=True,
        )
        self.assertContains(response, "Vi lærte at lytte.")
        self.assertContains(response, "Synlighed.")

    def test_details_of_the_cooperation_are_shown(self):
        response = self.client.get(self.case.url)

        for text in [
            danish("Commission or assignment"),
            danish("Older people"),
            "Beboere på plejehjem",
            "Leverandør",
            "Øl til smagningen",
            "Biblioteket betalte 10.000 kr.",
            "Tre foredrag med fulde huse.",
            '<a href="https://example.org/rapport">Rapporten</a>',
        ]:
            with self.subTest(text=text):
                self.assertContains(response, text)

    def test_a_case_without_year_shows_no_year(self):
        response = self.client.get(self.case.url)

        self.assertContains(
            response, '<p class="kicker">Eksempelby Bibliotek</p>', html=True
        )
        self.assertNotContains(response, danish("Period"))

    def test_a_period_over_several_years_is_shown_as_a_span(self):
        response = self.client.get(self.spanning.url)

        self.assertContains(
            response,
            '<p class="kicker">Eksempelby Bibliotek · 2006–2012</p>',
            html=True,
        )

    def test_listing_shows_periods_and_how_many_questions_are_answered(self):
        response = self.client.get(self.case.get_parent().url)

        self.assertContains(response, "Eksempelby Bibliotek, 2006–2012")
        with translation.override("da"):
            two = gettext("%(count)s of the five quick questions answered") % {
                "count": 2
            }
            five = gettext("%(count)s of the five quick questions answered") % {
                "count": 5
            }
        self.assertContains(response, two)
        self.assertContains(response, five)
        self.assertNotContains(response, "Eksempelby Bibliotek, None")

    def test_internal_note_is_never_on_the_public_pages(self):
        for url in [self.case.url, self.case.get_parent().url]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertNotContains(response, "Hemmelighedskræmmeri")

    def test_internal_note_is_not_found_by_the_site_search(self):
        def found(query):
            response = self.client.get(reverse("search"), {"q": query})
            return [page.pk for page in response.context["results"]]

        self.assertEqual(found("foredrag"), [self.case.pk])
        self.assertEqual(found("Hemmelighedskræmmeri"), [])
        self.assertNotIn(
            "editor_note", [field.field_name for field in CasePage.search_fields]
        )

    def test_cases_are_listed_newest_first_and_those_without_year_last(self):
        newest = CasePageFactory(title="Nyeste", year_from=2015)

        response = self.client.get(self.case.get_parent().url)

        self.assertEqual(
            [case.pk for case in response.context["cases"]],
            [newest.pk, self.spanning.pk, self.case.pk],
        )


class CaseFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sponsored = CasePageFactory(
            title="Sponsoratet",
            relationship="sponsorship",
            target_groups=["children", "families"],
            year_from=2010,
            year_to=2012,
        )
        cls.commissioned = CasePageFactory(
            title="Opgaven",
            relationship="commission",
            target_groups=["seniors"],
            year_from=2012,
        )
        cls.undated = CasePageFactory(
            title="Uden år", relationship="partnership", year_from=None
        )
        cls.index_url = cls.sponsored.get_parent().url

    def titles(self, **params):
        response = self.client.get(self.index_url, params)
        return sorted(case.title for case in response.context["cases"])

    def test_filters_by_kind_of_relationship(self):
        self.assertEqual(self.titles(kind="sponsorship"), ["Sponsoratet"])
        self.assertEqual(self.titles(kind="partnership"), ["Uden år"])
        self.assertEqual(self.titles(kind="other"), [])

    def test_filters_by_target_group(self):
        self.assertEqual(self.titles(target_group="families"), ["Sponsoratet"])
        self.assertEqual(self.titles(target_group="seniors"), ["Opgaven"])

    def test_year_finds_every_case_running_that_year(self):
        self.assertEqual(self.titles(year="2011"), ["Sponsoratet"])
        self.assertEqual(self.titles(year="2012"), ["Opgaven", "Sponsoratet"])
        self.assertEqual(self.titles(year="2009"), [])
        self.assertEqual(self.titles(year=""), ["Opgaven", "Sponsoratet", "Uden år"])

    def test_filters_combine(self):
        self.assertEqual(self.titles(year="2012", kind="commission"), ["Opgaven"])
        self.assertEqual(self.titles(year="2011", target_group="seniors"), [])

    def test_year_choices_are_the_years_the_cases_cover(self):
        response = self.client.get(self.index_url)

        self.assertEqual(
            [
                value
                for value, _label in response.context["filter_form"]
                .fields["year"]
                .widget.choices
            ][1:],
            [2012, 2011, 2010],
        )

    def test_year_choices_stay_complete_while_filtering(self):
        response = self.client.get(self.index_url, {"kind": "commission"})

        self.assertEqual(len(response.context["cases"]), 1)
        self.assertContains(response, '<option value="2010">2010</option>', html=True)
        self.assertContains(response, '<option value="2011">2011</option>', html=True)

    def test_the_chosen_year_stays_chosen(self):
        response = self.client.get(self.index_url, {"year": "2011"})

        self.assertContains(
            response, '<option value="2011" selected>2011</option>', html=True
        )

    def test_bad_filter_values_say_so_and_show_nothing(self):
        for params in [
            {"year": "abc"},
            {"year": "3000"},
            {"kind": "friendship"},
            {"target_group": "cats"},
        ]:
            with self.subTest(params=params):
                response = self.client.get(self.index_url, params)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertEqual(list(response.context["cases"]), [])

    def test_new_filters_are_labelled_selects_in_the_get_form(self):
        response = self.client.get(self.index_url)

        for name in ["kind", "target_group", "year"]:
            with self.subTest(name=name):
                self.assertContains(response, f'<label for="id_{name}">')
                self.assertContains(response, f'<select name="{name}" id="id_{name}">')
