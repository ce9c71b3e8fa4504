from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Smart Region portal")

    def ready(self):
        from .caching import connect_signals

        connect_signals()


class StaffAdminConfig(admin_apps.AdminConfig):
    """Make `admin.site`, where every app registers its models, the admin site that enforces the staff sign-in."""

    # Named in INSTALLED_APPS in place of django.contrib.admin, never picked for the core app itself.
    default = False
    default_site = "core.staff_auth.StaffAdminSite"
