"""Staff sign-in: django-otp's admin site, with the code asked on a page of its own after the password.

The rules, in one place:

- five failed passwords for an account from one address lock that account from that address (django-axes,
  configured in settings: AXES_*); far more failed sign-ins from one address, whatever the accounts
  (SIGN_IN_FAILURE_LIMIT_PER_ADDRESS), lock the address, since a whole office may share one (count_failure,
  checked in StaffAdminSite.login before the password). Both locks last AXES_COOLOFF_TIME. An account is never
  locked from everywhere, so failures someone else causes elsewhere never keep staff with the right password out;
- with ADMIN_REQUIRE_2FA, the admin is django-otp's OTPAdminSite: it opens only to staff whom a TOTP device
  verified. The password comes first, on Django's own admin login page; the code then on a page of its own
  (django-otp's LoginView with its OTPTokenForm), and staff without a device set one up there instead;
- wrong codes slow down the next try (django-otp's throttling), and AXES_FAILURE_LIMIT wrong codes in a row lock the
  device for AXES_COOLOFF_TIME: a correct password does not reset that count, a correct code does;
- a signed-in session ends after SESSION_COOKIE_AGE without a request (each request renews it:
  SESSION_SAVE_EVERY_REQUEST), and STAFF_SESSION_MAX_AGE after signing in, however busy (SessionLimitMiddleware).
"""

from base64 import b32encode
from datetime import datetime
from math import ceil

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth.views import LoginView, LogoutView
from django.core.validators import RegexValidator
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp.admin import OTPAdminSite
from django_otp.forms import OTPTokenForm
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.views import LoginView as OTPLoginView

from . import ratelimit

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
    """Return when the failed passwords that locked this account at this address stop counting."""
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


ADDRESS_SCOPE = "sign-in-address"  # the shared cache's count of failed sign-ins by address


def count_failure(sender, credentials: dict, request: HttpRequest | None = None, **kwargs) -> None:
    """Count a failed sign-in against its address, and lock the address at SIGN_IN_FAILURE_LIMIT_PER_ADDRESS.

    Connected to user_login_failed (CoreConfig.ready). django-axes counts the same failure for the account at that
    address, with its one AXES_FAILURE_LIMIT, too low for an address many people share.
    """
    if request is None:
        return
    address, cool_off = ratelimit.client_ip(request), get_cool_off(request)
    # The failure that reaches the limit locks, as django-axes's does.
    limit = settings.SIGN_IN_FAILURE_LIMIT_PER_ADDRESS - 1
    if ratelimit.exceeded(ADDRESS_SCOPE, address, limit=limit, period_seconds=int(cool_off.total_seconds())):
        ratelimit.hold(ADDRESS_SCOPE, address, period=cool_off)


def lockout(request: HttpRequest, original_response=None, credentials: dict | None = None) -> HttpResponse:
    """Answer a sign-in that django-axes refused with the admin's lockout page (AXES_LOCKOUT_CALLABLE)."""
    return locked_response(request, sign_in_lock_ends_at(request, credentials)).render()


class CodeForm(OTPTokenForm):
    """django-otp's code form, checking the one device of the page (the staff member's, or the one being set up)."""

    otp_error_messages = {
        **OTPTokenForm.otp_error_messages,
        "invalid_token": _("That code is not right. Check the time on your phone and try the newest code."),
        "n_failed_attempts": _("Wait a few seconds before the next try: each wrong code adds to the wait."),
    }

    # Never the visitor's choice: clean_otp_device names the page's device whatever is posted.
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_token = forms.CharField(
        label=_("Code"),
        help_text=_("The six digits your authenticator app shows now for Helsinki Smart Region."),
        max_length=20,  # room for the spaces some apps show between the digits
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "size": 8}
        ),
    )
    otp_challenge = None  # for devices that send a code; an authenticator app shows it

    def __init__(self, user, request=None, *args, device: TOTPDevice, **kwargs):
        super().__init__(user, request, *args, **kwargs)
        self.device = device

    def clean_otp_device(self) -> str:
        return self.device.persistent_id

    def clean_otp_token(self) -> str:
        code = "".join(self.cleaned_data["otp_token"].split())
        RegexValidator(r"^[0-9]{6}$", _("Enter the six digits of the code, nothing else."))(code)
        return code

    def clean(self):
        # A code that is not six digits is not tried, so it does not count against the device.
        if not self.has_error("otp_token"):
            try:
                self.clean_otp(self.user)  # django-otp's check: throttled, one try at a time per device
            except forms.ValidationError as error:
                self.add_error("otp_token", error)  # next to the field it is about, as the admin shows errors
        return self.cleaned_data


@method_decorator(never_cache, name="dispatch")
class CodeView(OTPLoginView):
    """Ask staff who gave the password for the code: django-otp's login view, which asks a signed-in user only that."""

    admin_site: "StaffAdminSite" = None
    otp_token_form = CodeForm
    template_name = "admin/otp_code.html"
    title = _("Enter your code")

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        request.current_app = self.admin_site.name
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return HttpResponseRedirect(reverse("admin:login", current_app=self.admin_site.name))
        if not awaits_second_factor(user):
            return HttpResponseRedirect(self.get_success_url())
        self.device = self.get_device()
        if self.device is None:
            return HttpResponseRedirect(self.admin_site.second_factor_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_device(self) -> TOTPDevice | None:
        return confirmed_device(self.request.user)

    def get_default_redirect_url(self) -> str:
        return reverse("admin:index", current_app=self.admin_site.name)

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs) -> dict:
        return {
            **self.admin_site.each_context(self.request),
            **super().get_context_data(**kwargs),
            "title": self.title,
            "cancel_url": reverse("admin:signin-cancel", current_app=self.admin_site.name),
        }

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if ends_at := code_lock_ends_at(self.device):
            return locked_response(request, ends_at)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: CodeForm) -> HttpResponse:
        self.device.refresh_from_db()  # this wrong code may have been the one that locks it
        if ends_at := code_lock_ends_at(self.device):
            return locked_response(self.request, ends_at)
        return super().form_invalid(form)

    def form_valid(self, form: CodeForm) -> HttpResponse:
        # A new session key for the session that now opens the admin (login() keeps the key of the same user's).
        self.request.session.cycle_key()
        # login() fires user_logged_in, on which django-otp keeps the verified device in the session.
        return super().form_valid(form)


class SetupView(CodeView):
    """Set up an authenticator app for staff who have none, right after the password, then sign them in."""

    template_name = "admin/otp_setup.html"
    title = _("Set up your authenticator app")

    def get_device(self) -> TOTPDevice | None:
        # A second authenticator only with the first: otherwise the password alone could add one.
        return None if confirmed_device(self.request.user) else enrolment_device(self.request.user)

    def get_form(self, form_class=None) -> CodeForm:
        form = super().get_form(form_class)
        # The page starts with the steps to read, not with the field.
        form.fields["otp_token"].widget.attrs.pop("autofocus")
        return form

    def get_context_data(self, **kwargs) -> dict:
        qr_code = segno.make(self.device.config_url, error="m")
        width, height = qr_code.symbol_size(scale=5)
        return {
            **super().get_context_data(**kwargs),
            # Drawn here, black on white whatever the admin's colour theme, as scanners expect.
            "qr_code": qr_code.svg_data_uri(scale=5, dark="#000", light="#fff"),
            "qr_width": width,
            "qr_height": height,
            "secret": " ".join(secret_groups(self.device)),
        }

    def form_valid(self, form: CodeForm) -> HttpResponse:
        TOTPDevice.objects.filter(pk=self.device.pk).update(confirmed=True)
        messages.success(self.request, _("Two-factor sign-in is set up. Next time, enter a code from the app."))
        return super().form_valid(form)


class StaffAdminSite(OTPAdminSite):
    """django-otp's admin site, opened only to verified staff, that asks for the code after the password."""

    # The password on Django's own login page, the code on the next (CodeView): a code needs a device first.
    login_form = None
    login_template = None

    def __init__(self, name: str = "admin"):
        super().__init__(name)

    def has_permission(self, request: HttpRequest) -> bool:
        if settings.ADMIN_REQUIRE_2FA:
            return super().has_permission(request)
        return admin.AdminSite.has_permission(self, request)

    def get_urls(self):
        steps = [
            path("login/code/", CodeView.as_view(admin_site=self), name="signin-code"),
            path("login/authenticator/", SetupView.as_view(admin_site=self), name="signin-setup"),
            path("login/cancel/", LogoutView.as_view(next_page=reverse_lazy("admin:login")), name="signin-cancel"),
        ]
        # First: the admin's own patterns end with a catch-all.
        return steps + super().get_urls()

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        # Refused before the password is checked, so a locked address learns nothing by guessing on.
        if request.method == "POST" and (ends_at := ratelimit.held_until(ADDRESS_SCOPE, ratelimit.client_ip(request))):
            return locked_response(request, ends_at)
        if not awaits_second_factor(request.user):
            response = super().login(request, extra_context)
            if not awaits_second_factor(request.user):  # still: the password was not right just now
                return response
        return HttpResponseRedirect(self.second_factor_url(request))

    def second_factor_url(self, request: HttpRequest) -> str:
        """Return the page that asks for the code (or sets up the device for it), keeping the page asked for."""
        name = "admin:signin-code" if confirmed_device(request.user) else "admin:signin-setup"
        # What the admin's own login page does with the page asked for: only one on this site.
        next_url = LoginView().get_redirect_url(request) or reverse("admin:index", current_app=self.name)
        return f"{reverse(name, current_app=self.name)}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"


SIGNED_IN_AT = "signed_in_at"  # in the session: when its user signed in, as a POSIX timestamp


class SessionLimitMiddleware:
    """End a signed-in session STAFF_SESSION_MAX_AGE after signing in, however busy it has been since."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Only a request that holds a session, or signs in (login() writes the session), reads it.
        reads_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        now = timezone.now().timestamp()
        max_age = settings.STAFF_SESSION_MAX_AGE.total_seconds()
        if reads_session and now - request.session.get(SIGNED_IN_AT, now) > max_age:
            logout(request)
        response = self.get_response(request)
        reads_session = reads_session or request.session.modified
        # Signing in starts the clock (or, for a session from before this rule, its next request).
        if reads_session and SIGNED_IN_AT not in request.session and request.user.is_authenticated:
            request.session[SIGNED_IN_AT] = now
        return response
