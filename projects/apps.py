from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from core.history import keep_history

        from .models import Project

        keep_history(Project, m2m_fields=["priorities", "themes", "sdgs", "municipalities", "funds"])
