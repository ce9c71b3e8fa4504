from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partner network")

    def ready(self):
        from core.history import keep_history

        from .models import Partner

        keep_history(Partner, m2m_fields=["priorities"])
