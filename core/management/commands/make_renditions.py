"""Draw the renditions that are missing: for rows saved before renditions existed, or whose files were lost."""

from django.apps import apps
from django.core.management.base import BaseCommand

from core.images import CheckedImageField, make_renditions


def image_fields():
    """Every (model, field) whose images have renditions."""
    return [
        (model, field)
        for model in apps.get_models()
        if not model._meta.proxy
        for field in model._meta.fields
        if isinstance(field, CheckedImageField)
    ]


class Command(BaseCommand):
    help = (
        "Draw the missing WebP and JPEG renditions of project images and logos, and record them on their rows. "
        "Safe to run again: images whose renditions are recorded and on disk are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Draw every rendition again, e.g. after the widths changed."
        )

    def handle(self, *args, force=False, **options):
        made = current = failed = 0
        for model, field in image_fields():
            update_fields = [name for name in (field.renditions_field, field.width_field, field.height_field) if name]
            for obj in model._base_manager.exclude(**{field.name: ""}).order_by("pk"):
                if force:
                    setattr(obj, field.renditions_field, [])
                try:
                    changed = make_renditions(obj, field.name, check_files=True)
                except Exception as error:  # One unreadable file must not stop the others.
                    self.stderr.write(f"{model._meta.label} {obj.pk}: {getattr(obj, field.name).name}: {error}")
                    failed += 1
                    continue
                if changed:
                    obj.save(update_fields=update_fields)
                    made += 1
                else:
                    current += 1
        summary = f"Renditions drawn for {made} images; {current} were up to date."
        if failed:
            summary += f" {failed} could not be read (listed above)."
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
