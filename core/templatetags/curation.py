from dataclasses import dataclass
from datetime import datetime

from django import template
from django.contrib import admin
from django.urls import reverse

from core.publishing import Publishable, Status

register = template.Library()

# How many entries of each kind the admin's index lists; the rest are one click away in the filtered list.
SHOWN_PER_KIND = 10


@dataclass
class Entry:
    title: str
    change_url: str
    preview_url: str
    updated_at: datetime


@dataclass
class ReviewQueue:
    kind: str
    count: int
    entries: list[Entry]
    list_url: str


@register.simple_tag(takes_context=True)
def awaiting_review(context) -> list[ReviewQueue]:
    """What waits for a publisher: the entries in review of each kind the user may see, newest change first."""
    request = context["request"]
    queues = []
    for model, model_admin in admin.site._registry.items():
        if not issubclass(model, Publishable) or not model_admin.has_view_or_change_permission(request):
            continue
        in_review = model.objects.filter(status=Status.IN_REVIEW)
        rows = list(in_review.order_by("-updated_at")[: SHOWN_PER_KIND + 1])
        if not rows:
            continue
        opts = model._meta
        queues.append(
            ReviewQueue(
                kind=opts.verbose_name_plural,
                count=len(rows) if len(rows) <= SHOWN_PER_KIND else in_review.count(),
                entries=[
                    Entry(
                        str(obj),
                        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
                        obj.get_absolute_url(),
                        obj.updated_at,
                    )
                    for obj in rows[:SHOWN_PER_KIND]
                ],
                list_url=reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                + f"?status__exact={Status.IN_REVIEW}",
            )
        )
    return queues
