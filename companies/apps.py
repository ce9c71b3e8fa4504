from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompaniesConfig(AppConfig):
    name = "companies"
    verbose_name = _("Companies")

    def ready(self):
        from core.history import keep_history

        from .models import Company

        keep_history(Company, m2m_fields=["priorities"])
