"""Puts the Chorus settings in every template's context as `chorus`."""
from django.conf import settings


def chorus(request):
    return {
        "chorus": {
            "endpoint": settings.CHORUS_ENDPOINT,
            "script_url": settings.CHORUS_SCRIPT_URL,
            "script_integrity": getattr(settings, "CHORUS_SCRIPT_INTEGRITY", ""),
        }
    }
