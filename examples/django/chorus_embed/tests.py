from html.parser import HTMLParser

from django.template import Context, Template
from django.test import RequestFactory, SimpleTestCase, override_settings


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser would read them."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag):
        return [attrs for name, attrs in self.tags if name == tag]


CHORUS = {
    "CHORUS_ENDPOINT": "https://stories.example.org/api/v1",
    "CHORUS_SCRIPT_URL": "https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js",
    "CHORUS_SCRIPT_INTEGRITY": "",
}


@override_settings(**CHORUS)
class CommunityPage(SimpleTestCase):
    def page(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        return response, Elements(response.content.decode())

    def test_head_names_the_api_and_loads_the_script_as_a_module(self):
        _, page = self.page()
        meta = [m for m in page.find("meta") if m.get("name") == "chorus-endpoint"]
        self.assertEqual(meta, [{"name": "chorus-endpoint", "content": "https://stories.example.org/api/v1"}])
        self.assertEqual(
            page.find("script"),
            [{"type": "module", "src": "https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js", "crossorigin": "anonymous"}],
        )

    def test_shows_one_story_feed(self):
        _, page = self.page()
        self.assertEqual(page.find("chorus-story-feed"), [{"limit": "5", "layout": "list"}])

    def test_allows_the_widgets_in_its_content_security_policy_and_nothing_inline(self):
        response, _ = self.page()
        policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
        self.assertEqual(policy["script-src"], "'self' https://cdn.jsdelivr.net")
        self.assertEqual(policy["connect-src"], "'self' https://stories.example.org")
        self.assertEqual(policy["trusted-types"], "lit-html chorus-rich-text")
        self.assertNotIn("unsafe-inline", response["Content-Security-Policy"])
        self.assertNotIn("unsafe-eval", response["Content-Security-Policy"])

    @override_settings(CHORUS_SCRIPT_INTEGRITY="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC")
    def test_adds_the_integrity_hash_when_one_is_set(self):
        _, page = self.page()
        self.assertEqual(page.find("script")[0]["integrity"], "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC")

    @override_settings(CHORUS_ENDPOINT="https://other.example.org/api/v1", CHORUS_SCRIPT_URL="/static/chorus/chorus.js")
    def test_self_hosted_script_needs_no_other_script_origin(self):
        response, page = self.page()
        self.assertEqual(page.find("script")[0]["src"], "/static/chorus/chorus.js")
        self.assertIn("script-src 'self';", response["Content-Security-Policy"])
        self.assertIn("connect-src 'self' https://other.example.org;", response["Content-Security-Policy"])

    def test_keeps_a_policy_the_view_already_set(self):
        from django.http import HttpResponse

        from .middleware import ContentSecurityPolicyMiddleware

        def view(request):
            response = HttpResponse("<p>hi</p>")
            response["Content-Security-Policy"] = "default-src 'none'"
            return response

        response = ContentSecurityPolicyMiddleware(view)(RequestFactory().get("/"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")


@override_settings(**CHORUS)
class StoryFeedInclude(SimpleTestCase):
    def render(self, arguments):
        template = Template('{% include "chorus/story_feed.html" with ' + arguments + " %}")
        return Elements(template.render(Context({"value": '"><script>alert(1)</script>'})))

    def test_passes_each_argument_as_an_attribute(self):
        page = self.render('limit=3 tag="pycon" kind="event" layout="grid" filters=True')
        self.assertEqual(page.find("chorus-story-feed"), [{"limit": "3", "tag": "pycon", "kind": "event", "layout": "grid", "filters": None}])

    def test_escapes_what_it_is_given(self):
        page = self.render("tag=value")
        self.assertEqual(page.find("chorus-story-feed"), [{"limit": "10", "layout": "list", "tag": '"><script>alert(1)</script>'}])
        self.assertEqual(page.find("script"), [])
