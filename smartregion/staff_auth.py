"""Staff sign-in: the admin site that asks for a second factor, its code and enrolment pages, and the lockout page.

The rules, in one place:

- five failed passwords lock the account (from any address) and, separately, the address (for any account) for
  fifteen minutes (django-axes, configured in settings: AXES_*);
- with ADMIN_REQUIRE_2FA, the admin opens only to staff who also gave a code from their authenticator app
  (django-otp's TOTP devices); staff without one set it up right after the password;
- wrong codes slow down the next try (django-otp's throttling), and AXES_FAILURE_LIMIT wrong codes in a row lock the
  device for AXES_COOLOFF_TIME: a correct password does not reset that count, a correct code does.
"""

from base64 import b32encode
from datetime import datetime
from math import ceil

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from django import forms
from django.conf import settings
from django.contrib import admin, auth, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.validators import RegexValidator
from django.db import transaction
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

LOCKED_STATUS = 429  # Too Many Requests: what django-axes answers by default, for codes too


def awaits_second_factor(user) -> bool:
    """Tell whether `user` is staff who gave the password but still owes the code that ADMIN_REQUIRE_2FA asks for."""
    if not (settings.ADMIN_REQUIRE_2FA and user.is_authenticated and user.is_active and user.is_staff):
        return False
    # OTPMiddleware gives request.user is_verified(); a user just returned by authenticate() has none yet.
    is_verified = getattr(user, "is_verified", None)
    return not (is_verified and is_verified())


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()


def enrolment_device(user) -> TOTPDevice:
    """Return the user's authenticator being set up, creating it once, so the QR code stays the same on reload."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def secret_groups(device: TOTPDevice) -> list[str]:
    """Return the device's secret key as an authenticator app asks for it (base32), in groups of four to type."""
    secret = b32encode(device.bin_key).decode()
    return [secret[i : i + 4] for i in range(0, len(secret), 4)]


def code_lock_ends_at(device: TOTPDevice) -> datetime | None:
    """Return when the lock that wrong codes put on `device` ends, or None when codes may be tried."""
    if device.throttling_failure_count < settings.AXES_FAILURE_LIMIT or device.throttling_failure_timestamp is None:
        return None
    ends_at = device.throttling_failure_timestamp + get_cool_off()
    return ends_at if ends_at > timezone.now() else None


def sign_in_lock_ends_at(request: HttpRequest, credentials: dict | None) -> datetime:
    """Return when the failed passwords that locked this sign-in (by account or by address) stop counting."""
    attempts = AxesProxyHandler.get_implementation().get_user_attempts(request, credentials)
    limit = get_failure_limit(request, credentials)
    last_failures = [
        totals["last"]
        for totals in (qs.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time")) for qs in attempts)
        if totals["failures"] and totals["failures"] >= limit
    ]
    return max(last_failures, default=timezone.now()) + get_cool_off(request)


def locked_response(request: HttpRequest, ends_at: datetime) -> HttpResponse:
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in is locked for now"),
        "locked_until": ends_at,
        # Rounded up: "0 minutes" would invite a try that is still refused.
        "minutes_left": max(1, ceil((ends_at - timezone.now()).total_seconds() / 60)),
        "login_url": reverse("admin:login"),
    }
    return TemplateResponse(request, "admin/signin_locked.html", context, status=LOCKED_STATUS)


def lockout(request: HttpRequest, original_response=None, credentials: dict | None = None) -> HttpResponse:
    """Answer a sign-in that django-axes refused with the admin's lockout page (AXES_LOCKOUT_CALLABLE)."""
    return locked_response(request, sign_in_lock_ends_at(request, credentials)).render()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        help_text=_("The six digits your authenticator app shows now for Helsinki Smart Region."),
        max_length=20,  # room for the spaces some apps show between the digits
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "size": 8}
        ),
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        RegexValidator(r"^[0-9]{6}$", _("Enter the six digits of the code, nothing else."))(code)
        return code


def check_code(form: CodeForm, device: TOTPDevice) -> bool:
    """Check the form's code on `device`, counting a wrong one against the device; say on the form what went wrong."""
    with transaction.atomic():
        # Locked for the check, so parallel tries are counted one after the other.
        locked_device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed = locked_device.verify_is_allowed()[0] and code_lock_ends_at(locked_device) is None
        if allowed and locked_device.verify_token(form.cleaned_data["code"]):
            return True
    if allowed:
        form.add_error("code", _("That code is not right. Check the time on your phone and try the newest code."))
    else:
        form.add_error("code", _("Wait a few seconds before the next try: each wrong code adds to the wait."))
    return False


class StaffAdminSite(admin.AdminSite):
    """The admin, opened only to staff who signed in with the password and, when required, a code."""

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and not awaits_second_factor(request.user)

    def get_urls(self):
        pending = [
            path("login/code/", self.pending_view(self.code_view), name="signin-code"),
            path("login/authenticator/", self.pending_view(self.setup_view), name="signin-setup"),
            path("login/cancel/", self.pending_view(require_POST(self.cancel_view)), name="signin-cancel"),
        ]
        # First: the admin's own patterns end with a catch-all.
        return pending + super().get_urls()

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        if awaits_second_factor(request.user):
            return HttpResponseRedirect(self.second_factor_url(request))
        response = super().login(request, extra_context)
        if awaits_second_factor(request.user):  # the password was right just now
            return HttpResponseRedirect(self.second_factor_url(request))
        return response

    def pending_view(self, view):
        """Wrap a view of the second step: only for staff who gave their password and still owe a code."""

        def inner(request: HttpRequest) -> HttpResponse:
            user = request.user
            if not (user.is_authenticated and user.is_active and user.is_staff):
                return HttpResponseRedirect(reverse("admin:login", current_app=self.name))
            if not awaits_second_factor(user):
                return HttpResponseRedirect(self.next_url(request))
            return view(request)

        return never_cache(csrf_protect(sensitive_post_parameters("code")(inner)))

    def next_url(self, request: HttpRequest) -> str:
        """Return where the sign-in leads: the page asked for, if it is on this site, else the admin's index."""
        url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
        if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
            return url
        return reverse("admin:index", current_app=self.name)

    def second_factor_url(self, request: HttpRequest) -> str:
        name = "admin:signin-code" if confirmed_device(request.user) else "admin:signin-setup"
        return f"{reverse(name, current_app=self.name)}?{urlencode({REDIRECT_FIELD_NAME: self.next_url(request)})}"

    def step_context(self, request: HttpRequest, form: CodeForm, title) -> dict:
        return {
            **self.each_context(request),
            "title": title,
            "form": form,
            "next": self.next_url(request),
            "cancel_url": reverse("admin:signin-cancel", current_app=self.name),
        }

    def check_step(self, request: HttpRequest, form: CodeForm, device: TOTPDevice) -> HttpResponse | None:
        """Check a posted code: answer with the admin or the lockout page, or None to show the form again."""
        ends_at = code_lock_ends_at(device)
        if ends_at is None and form.is_valid():
            if check_code(form, device):
                return self.complete_sign_in(request, device)
            device.refresh_from_db()
            ends_at = code_lock_ends_at(device)
        return locked_response(request, ends_at) if ends_at else None

    def complete_sign_in(self, request: HttpRequest, device: TOTPDevice) -> HttpResponse:
        if not device.confirmed:
            TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
            device.confirmed = True
            messages.success(request, _("Two-factor sign-in is set up. Next time, enter a code from the app."))
        # A new session key for the session that now opens the admin.
        request.session.cycle_key()
        otp_login(request, device)
        return HttpResponseRedirect(self.next_url(request))

    def code_view(self, request: HttpRequest) -> HttpResponse:
        device = confirmed_device(request.user)
        if device is None:
            return HttpResponseRedirect(self.second_factor_url(request))
        form = CodeForm(request.POST or None)
        if response := self.check_step(request, form, device):
            return response
        return TemplateResponse(request, "admin/otp_code.html", self.step_context(request, form, _("Enter your code")))

    def setup_view(self, request: HttpRequest) -> HttpResponse:
        if confirmed_device(request.user):
            # A second authenticator only with the first: otherwise the password alone could add one.
            return HttpResponseRedirect(self.second_factor_url(request))
        device = enrolment_device(request.user)
        form = CodeForm(request.POST or None)
        # The page starts with the steps to read, not with the field.
        form.fields["code"].widget.attrs.pop("autofocus")
        if response := self.check_step(request, form, device):
            return response
        qr_code = segno.make(device.config_url, error="m")
        width, height = qr_code.symbol_size(scale=5)
        context = {
            **self.step_context(request, form, _("Set up your authenticator app")),
            # Black on white whatever the admin's colour theme, as scanners expect.
            "qr_code": qr_code.svg_data_uri(scale=5, dark="#000", light="#fff"),
            "qr_width": width,
            "qr_height": height,
            "secret": " ".join(secret_groups(device)),
        }
        return TemplateResponse(request, "admin/otp_setup.html", context)

    def cancel_view(self, request: HttpRequest) -> HttpResponse:
        auth.logout(request)
        return HttpResponseRedirect(reverse("admin:login", current_app=self.name))
