from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Smart Region portal")

    def ready(self):
        from django.contrib.auth.signals import user_login_failed

        from .caching import connect_signals
        from .staff_auth import count_failure

        connect_signals()
        user_login_failed.connect(count_failure, dispatch_uid="core.staff_auth.count_failure")


class StaffAdminConfig(admin_apps.AdminConfig):
    """Make `admin.site`, where every app registers its models, the admin site that enforces the staff sign-in."""

    # Named in INSTALLED_APPS in place of django.contrib.admin, never picked for the core app itself.
    default = False
    default_site = "core.staff_auth.StaffAdminSite"
