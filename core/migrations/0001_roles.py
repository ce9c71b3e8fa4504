"""The curation roles as groups: Editors write drafts and submit them; Publishers also publish.

(The third role, "Partner moderators", is made by the partners app, which owns join requests.)
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT = {
    "projects": ["project", "projectimage", "participation"],
    "companies": ["company"],
    "partners": ["partner"],
    "strategy": ["strategypage"],
}
LOOKUPS = {"projects": ["fund"], "strategy": ["priority", "theme", "sustainabledevelopmentgoal", "municipality"]}

EDITOR_PERMISSIONS = [
    *(
        (app, f"{verb}_{model}")
        for app, models in CONTENT.items()
        for model in models
        for verb in ("add", "change", "delete", "view")
    ),
    *((app, f"view_{model}") for app, models in LOOKUPS.items() for model in models),
    ("taggit", "add_tag"),
    ("taggit", "view_tag"),
]
PUBLISHER_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    ("projects", "publish_project"),
    ("companies", "publish_company"),
    ("partners", "publish_partner"),
    ("strategy", "publish_strategypage"),
]
GROUPS = {"Editors": EDITOR_PERMISSIONS, "Publishers": PUBLISHER_PERMISSIONS}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups can hold them.
    for label in {*CONTENT, *LOOKUPS, "taggit"}:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("projects", "0003_history_and_publish_permission"),
        ("companies", "0002_history_and_publish_permission"),
        ("partners", "0007_history_and_publish_permission"),
        ("strategy", "0003_history_and_publish_permission"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
