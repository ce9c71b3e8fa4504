from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SmartRegionConfig(AppConfig):
    name = "smartregion"
    verbose_name = _("Smart Region portal")
