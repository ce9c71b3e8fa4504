from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class SmartRegionConfig(AppConfig):
    name = "smartregion"
    verbose_name = _("Smart Region portal")

    def ready(self):
        from .pagecache import connect_signals

        connect_signals()


class StaffAdminConfig(admin_apps.AdminConfig):
    """Make `admin.site`, where every app registers its models, the admin site that enforces the staff sign-in."""

    # Named in INSTALLED_APPS in place of django.contrib.admin, never picked for the smartregion app itself.
    default = False
    default_site = "smartregion.staff_auth.StaffAdminSite"
