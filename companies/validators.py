"""The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit."""

import re

from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Cast, Mod, Substr
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_PATTERN = r"^[0-9]{7}-[0-9]$"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(digits: str) -> int | None:
    """The check digit for the first seven digits, or None where no valid ID can have them."""
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def validate_business_id(value: str) -> None:
    if not re.fullmatch(BUSINESS_ID_PATTERN, value):
        raise ValidationError(
            _("Write the business ID as seven digits, a hyphen and a check digit, e.g. 0112038-9."), code="format"
        )
    if business_id_check_digit(value[:7]) != int(value[8]):
        raise ValidationError(
            _("The check digit of this business ID does not match; please check the number."), code="checksum"
        )


def business_id_condition(field: str) -> Q:
    """The rule of validate_business_id as a database condition; an empty (NULL) ID passes.

    The weighted sum of the seven digits plus the check digit is divisible by 11 exactly when
    the check digit is right (a remainder of 1 has no valid check digit, and fails too).
    """

    def digit(position):
        return Cast(Substr(field, position, 1), IntegerField())

    weighted_sum = sum((digit(i + 1) * w for i, w in enumerate(WEIGHTS)), start=Value(0)) + digit(9)
    remainder = Case(
        When(Q(**{f"{field}__regex": BUSINESS_ID_PATTERN}), then=Mod(weighted_sum, 11)),
        default=Value(-1),
        output_field=IntegerField(),
    )
    return Q(**{f"{field}__isnull": True}) | Q(Exact(remainder, 0))
