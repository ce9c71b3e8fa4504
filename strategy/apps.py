from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategyConfig(AppConfig):
    name = "strategy"
    verbose_name = _("Strategy and region")

    def ready(self):
        from core.history import keep_history

        from .models import StrategyPage

        keep_history(StrategyPage)
