"""The public join request form: every value a visitor types is checked here before it is stored."""

import hashlib
import ipaddress
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.validators import MinLengthValidator, RegexValidator
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from core import ratelimit
from strategy.models import Priority

from .models import JoinRequest

# Characters no name, city or organisation needs, and which could smuggle line breaks into mail headers
# (Python's email package reads \x85, NEXT LINE, as one, like \v, \f, \x1c-\x1e and \u2028-\u2029).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
LINE_BREAKS = re.compile(r"[\r\n]")
# Zero-width characters and direction overrides: invisible, they make a name read otherwise than it is written.
INVISIBLE_FORMATTING = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
FILL_TIME_SALT = "partners.join-request.started"
# How long a form may stay open before it is sent.
FORM_MAX_AGE = 24 * 60 * 60


def no_control_characters(value: str) -> None:
    if CONTROL_CHARACTERS.search(value):
        raise forms.ValidationError(_("Remove the invisible control characters from this field."), code="control")


def single_line(value: str) -> None:
    no_control_characters(value)
    if LINE_BREAKS.search(value):
        raise forms.ValidationError(_("Write this on one line."), code="line_break")


phone_number = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{4,24}$",
    _("Write the phone number with digits, e.g. +358 40 123 4567."),
)


def without_invisible_formatting(value: str) -> str:
    return INVISIBLE_FORMATTING.sub("", value)


def page_of(csrf_token: str) -> str:
    """What ties a fill-time token to the page it was given with: a digest of that page's CSRF token."""
    return hashlib.sha256(csrf_token.encode()).hexdigest()


def fill_time_token(csrf_token: str, started: float | None = None) -> str:
    """A signed record of when the form was first shown and on which page (`csrf_token`, the page's own).

    The time taken to fill the form cannot be forged, and the token serves the visitor whose CSRF cookie made
    that page's token, once.
    """
    return signing.dumps({"at": started or time.time(), "page": page_of(csrf_token)}, salt=FILL_TIME_SALT)


def read_fill_time_token(token: str) -> tuple[float, str]:
    """When the form was first shown and the page it was on; BadSignature for a token that is not ours."""
    try:
        content = signing.loads(token, salt=FILL_TIME_SALT, max_age=FORM_MAX_AGE)
        return float(content["at"]), str(content["page"])
    except (TypeError, ValueError, KeyError) as error:
        raise signing.BadSignature("not a fill-time token") from error


def started_token(form, csrf_token: str) -> str:
    """The fill-time token for the page about to show `form` with `csrf_token`: from when the form was first shown."""
    try:
        started, _page = read_fill_time_token(form.data.get("started", "") if form.is_bound else "")
    except signing.BadSignature:
        started = None
    return fill_time_token(csrf_token, started)


class NameField(forms.CharField):
    """A name as read: without invisible formatting characters."""

    def to_python(self, value):
        return super().to_python(without_invisible_formatting(value) if isinstance(value, str) else value)


class MailboxField(forms.EmailField):
    """An address the portal may write to: at a domain name, not at localhost or an IP address."""

    def validate(self, value):
        # Here rather than in a validator: this runs first, and the address's own validators would call some of
        # these merely invalid.
        super().validate(value)
        domain = value.rpartition("@")[2].lower()
        if domain == "localhost" or domain.endswith(".localhost") or domain.startswith("[") or is_ip_address(domain):
            raise forms.ValidationError(
                _(
                    "Write an address at a domain name, such as name@organisation.eu, "
                    "not at localhost or an IP address."
                ),
                code="local",
            )


def is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class PriorityChoiceField(forms.ModelMultipleChoiceField):
    """Priorities by id, where an id too large for the database is an unknown choice rather than a failed query."""

    def _check_values(self, value):
        for pk in value:
            try:
                number = int(pk)
            except (TypeError, ValueError):
                continue  # Django explains a value that is not a number.
            if not -(2**63) <= number < 2**63:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                )
        return super()._check_values(value)


class JoinRequestForm(forms.ModelForm):
    # A labelled trap for robots: people do not see it (display: none) and leave it empty.
    nickname = forms.CharField(
        label=_("Leave this field empty"), required=False, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    # Not required: a missing token is explained by clean_started like a changed one, not as a field to fill in.
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = JoinRequest
        fields = [
            "organisation",
            "organisation_type",
            "country",
            "city",
            "website",
            "contact_name",
            "email",
            "phone",
            "priorities",
            "project",
            "message",
        ]
        labels = {
            "organisation": _("Organisation"),
            "organisation_type": _("Type of organisation"),
            "country": _("Country"),
            "city": _("City"),
            "website": _("Website (optional)"),
            "contact_name": _("Your name"),
            "email": _("Your email address"),
            "phone": _("Phone (optional)"),
            "priorities": _("Priorities you are interested in"),
            "project": _("Project you would like to join (optional)"),
            "message": _("What would you like to do together?"),
        }
        help_texts = {
            "organisation": _("The full name of your organisation."),
            "website": _("The address of your organisation's website, starting with https://."),
            "email": _("We send a confirmation here, and later our decision."),
            "phone": _("Only if you would like us to call you."),
            "priorities": _("Choose one or more."),
            "project": _("Leave empty to join the partner network as a whole."),
            "message": _(
                "Tell us about your organisation and your idea, in a few sentences (at most 3,000 characters)."
            ),
        }
        # Each names its field and what to do (Django's own say "This field"); the error summary reads any other
        # message an applicant can meet after the field's label.
        error_messages = {
            "organisation": {"required": _("Enter the name of your organisation.")},
            "organisation_type": {"required": _("Choose the type of your organisation.")},
            "country": {"required": _("Choose the country your organisation is in.")},
            "city": {"required": _("Enter the city your organisation is in.")},
            "website": {"invalid": _("Enter the website's full address, like https://www.example.org/.")},
            "contact_name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter your email address in full, like name@example.org."),
            },
            "priorities": {"required": _("Choose at least one priority you are interested in.")},
            "project": {
                "invalid_choice": _(
                    "The project you chose no longer looks for partners: choose another one, or no particular project."
                )
            },
            "message": {
                "required": _("Tell us what you would like to do together."),
                "min_length": _(
                    "Tell us a little more about what you would like to do together: at least %(limit_value)d "
                    "characters (you wrote %(show_value)d)."
                ),
                "max_length": _(
                    "Tell us what you would like to do together in at most %(limit_value)d characters (you wrote "
                    "%(show_value)d)."
                ),
                "null_characters_not_allowed": _("Remove the invisible null characters from your message."),
                "control": _("Remove the invisible control characters from your message."),
            },
        }
        field_classes = {
            "priorities": PriorityChoiceField,
            "organisation": NameField,
            "contact_name": NameField,
            "city": NameField,
            "email": MailboxField,
        }
        widgets = {
            "priorities": forms.CheckboxSelectMultiple,
            "message": forms.Textarea(attrs={"rows": 8, "maxlength": 3000}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "website": forms.URLInput(attrs={"autocomplete": "url"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priorities"].queryset = Priority.objects.all()
        self.fields["country"].choices = [("", _("Choose a country")), *self.fields["country"].choices]
        self.fields["priorities"].required = True
        # The projects that look for partners (the model's own relation, so partners need not import projects).
        projects = self.fields["project"].queryset
        self.fields["project"].queryset = projects.published().filter(is_looking_for_partners=True).order_by("title")
        self.fields["project"].to_field_name = "slug"
        self.fields["project"].empty_label = _("No particular project")
        self.fields["email"].max_length = 254
        # A validator, not `min_length`: the field's validators were already built from its attributes.
        self.fields["message"].validators.append(MinLengthValidator(20))
        for name in ("organisation", "city", "contact_name", "phone"):
            self.fields[name].validators.append(single_line)
        self.fields["phone"].validators.append(phone_number)
        self.fields["message"].validators.append(no_control_characters)

    def error_summary(self) -> list[tuple[forms.BoundField | None, str]]:
        """The errors as the summary at the top of the page lists them: (the field to link to, or None, the text).

        A message of Meta.error_messages names its field; any other (Django's own, a shared check's: "Write this on
        one line.") is read after the field's label, as the summary stands apart from the field. The hidden token
        and the trap are not linked: there is nothing there to correct.
        """
        errors = self.errors.as_data()
        items = [(None, message) for error in errors.get(NON_FIELD_ERRORS, []) for message in error]
        for field in self:
            for error in errors.get(field.name, []):
                for message in error:
                    if field.is_hidden or field.name == "nickname":
                        items.append((None, message))
                    elif error.code in self.Meta.error_messages.get(field.name, {}):
                        items.append((field, message))
                    else:
                        items.append((field, f"{field.label}: {message}"))
        return items

    def clean_nickname(self):
        if self.cleaned_data["nickname"]:
            raise forms.ValidationError(_("Leave this field empty: it is there to catch spam robots."), code="trap")
        return ""

    def clean_started(self):
        """The form's own token: signed, given with the page whose CSRF token came with it, not too soon, once."""
        try:
            started, page = read_fill_time_token(self.cleaned_data["started"])
        except signing.BadSignature:
            page = None
        if page is None or not constant_time_compare(page, page_of(self.data.get("csrfmiddlewaretoken", ""))):
            raise forms.ValidationError(
                _("This form has expired or was changed. Please check your answers and send it again."), code="token"
            )
        if time.time() - started < settings.JOIN_REQUEST_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your answers and send the form again."), code="too_fast"
            )
        if ratelimit.exceeded("join-form", page, limit=1, period_seconds=FORM_MAX_AGE):
            raise forms.ValidationError(
                _("This form has already been sent. To send another request, check your answers and send it again."),
                code="used",
            )
        return started
