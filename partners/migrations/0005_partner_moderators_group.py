"""The "Partner moderators" group: staff in it review join requests (and only they see them)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Partner moderators"
PERMISSIONS = ["review_joinrequest", "view_joinrequest", "change_joinrequest", "view_partner", "change_partner"]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make this app's now so the group can hold them.
    partners = apps.get_app_config("partners")
    partners.models_module = True
    create_permissions(partners, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="partners", codename__in=PERMISSIONS))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_join_request_review"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
