"""A Content-Security-Policy that lets the Chorus widgets run and nothing inline.

Sites that already use django-csp (or Django 6's built-in CSP) add the same sources there
instead; see docs/embed/django.md.
"""
from urllib.parse import urlsplit

from django.conf import settings


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def chorus_policy():
    # The script's origin also serves the chunks it loads on demand (the moderation queue,
    # Markdown preview, translations); the API's origin answers the widgets' requests.
    script = " ".join(sorted({"'self'", origin(settings.CHORUS_SCRIPT_URL)} - {""}))
    connect = " ".join(sorted({"'self'", origin(settings.CHORUS_ENDPOINT)} - {""}))
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {script}",
            f"connect-src {connect}",
            # Story images and avatars come from wherever members host them.
            "img-src 'self' https: data:",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'self'",
            "require-trusted-types-for 'script'",
            "trusted-types lit-html chorus-rich-text",
        ]
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            response.setdefault("Content-Security-Policy", chorus_policy())
        return response
