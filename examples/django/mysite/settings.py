"""Settings of the example site: a page of a larger site (python.org) that shows Chorus stories."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Development only: a real site reads its own secret from the environment.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "chorus-example-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = ["chorus_embed"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "chorus_embed.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "mysite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "mysite" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["chorus_embed.context_processors.chorus"]},
    }
]

# No database: the stories live on the Chorus server.
DATABASES = {}

LANGUAGE_CODE = "en"
USE_I18N = False
USE_TZ = True

# Where the widgets and their API live. The script URL pins a version; its SRI hash goes in
# CHORUS_SCRIPT_INTEGRITY (leave it empty when you serve dist/ yourself).
CHORUS_ENDPOINT = os.environ.get("CHORUS_ENDPOINT", "https://stories.example.org/api/v1")
CHORUS_SCRIPT_URL = os.environ.get("CHORUS_SCRIPT_URL", "https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js")
CHORUS_SCRIPT_INTEGRITY = os.environ.get("CHORUS_SCRIPT_INTEGRITY", "")
