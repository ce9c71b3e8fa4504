"""The curation workflow: draft → in review → published → archived, and who may make each move.

Editors write drafts and submit them for review; only publishers (who hold the model's `publish_<model>`
permission) publish, schedule, unpublish, feature and archive. Every route that changes an entry (the admin's
forms, actions, bulk edits, history reverts and imports) asks these functions, so the rule lives here once.
"""

from django.utils import timezone

from .publishing import Publishable, Status

# The fields that decide what visitors see: only a publisher sets them.
PUBLICATION_FIELDS = ("status", "published_at", "is_featured")


def publish_permission(model: type[Publishable]) -> str:
    opts = model._meta
    return f"{opts.app_label}.publish_{opts.model_name}"


def can_publish(user, model: type[Publishable]) -> bool:
    return user.is_active and user.has_perm(publish_permission(model))


def can_edit(user, obj: Publishable | None) -> bool:
    """Whether `user` (who may change entries of this kind) may change `obj`: publishers always, editors only drafts."""
    return obj is None or obj.status == Status.DRAFT or can_publish(user, type(obj))


def publication_fields(model: type[Publishable]) -> list[str]:
    names = {field.name for field in model._meta.get_fields()}
    return [name for name in PUBLICATION_FIELDS if name in names]


def keep_publication_as_stored(obj: Publishable) -> None:
    """Undo any change to the publication fields of `obj` (a new entry starts as an unfeatured draft)."""
    model = type(obj)
    if obj.pk is not None and (stored := model._default_manager.filter(pk=obj.pk).first()) is not None:
        for name in publication_fields(model):
            setattr(obj, name, getattr(stored, name))
        return
    for name in publication_fields(model):
        setattr(obj, name, model._meta.get_field(name).get_default())


def submit_for_review(obj: Publishable) -> bool:
    """Move a draft into review; return whether it moved."""
    if obj.status != Status.DRAFT:
        return False
    obj.status = Status.IN_REVIEW
    return True


def return_to_draft(obj: Publishable) -> bool:
    """Send an entry in review, published or archived back to draft; return whether it moved."""
    if obj.status == Status.DRAFT:
        return False
    obj.status = Status.DRAFT
    return True


def publish(obj: Publishable) -> bool:
    """Publish an entry (at its scheduled time if one is set, else now); return whether it moved."""
    if obj.status == Status.PUBLISHED:
        return False
    obj.publish()
    return True


def archive(obj: Publishable) -> bool:
    """Take an entry off the site for good, keeping it for the record; return whether it moved."""
    if obj.status == Status.ARCHIVED:
        return False
    obj.status = Status.ARCHIVED
    return True


def is_scheduled(obj: Publishable) -> bool:
    return obj.status == Status.PUBLISHED and obj.published_at is not None and obj.published_at > timezone.now()
