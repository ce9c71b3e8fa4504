"""Publishable: what every public entity shares, and the one rule of what visitors may see."""

from django.contrib.auth import get_permission_codename
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from search import fields as search_fields


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def published_q(prefix: str = "") -> models.Q:
    """The condition of being visible to visitors, for a Publishable reached through `prefix` (e.g. "project__")."""
    return models.Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}published_at__lte": timezone.now()})


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Entries visitors may see: published, and not scheduled for later."""
        return self.filter(published_q())

    def published_or_scheduled(self):
        """Entries published now or set to go public later (whose words the search's word list holds ahead)."""
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Everything for staff who may view or change this model in the admin, once fully signed in; only
        published entries for everyone else (a partner moderator previews partners, not projects)."""
        from .staff_auth import awaits_second_factor  # here, not above: it needs the models loaded

        opts = self.model._meta
        # As the admin's has_view_permission: the change permission includes viewing.
        may_view = any(
            user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}") for action in ("view", "change")
        )
        if user.is_active and user.is_staff and may_view and not awaits_second_factor(user):
            return self.all()
        return self.published()


class PublishableManager(models.Manager):
    """The entries without the columns PostgreSQL or search.documents make from their other columns and their
    relations (search.fields.COLUMNS): the database reads them for a search or a count, but no page shows them,
    and an entry's save() leaves out what it did not read, so it never writes back a copy gone stale."""

    def get_queryset(self):
        made = [field.name for field in self.model._meta.concrete_fields if field.name in search_fields.COLUMNS]
        return super().get_queryset().defer(*made)


class Publishable(models.Model):
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published entries whose publication time has come are shown to visitors."),
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When the entry goes public. A future time schedules it; empty means now, when published."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PublishableManager.from_queryset(PublishableQuerySet)()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_published_has_time",
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                violation_error_message=_("A published entry needs a publication time."),
            ),
        ]

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED and self.published_at is not None and self.published_at <= timezone.now()

    def clean(self):
        super().clean()
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()  # published with no time given: public from now

    def publish(self, *, at=None) -> None:
        """Mark the entry published from `at` (default: now, or the time already scheduled)."""
        self.status = Status.PUBLISHED
        self.published_at = at or self.published_at or timezone.now()


class PreviewMixin:
    """Detail views: visitors get published entries only; staff who may view or change the model preview any, with a
    notice."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_public
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # For the staff member who asked only: no browser, proxy or page cache keeps what is not public.
            patch_cache_control(response, private=True, no_store=True)
        return response
