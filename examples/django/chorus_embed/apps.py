from django.apps import AppConfig


class ChorusEmbedConfig(AppConfig):
    name = "chorus_embed"
    verbose_name = "Chorus widgets"
