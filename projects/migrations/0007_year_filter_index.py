from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_image_renditions")]

    operations = [
        migrations.AddIndex(
            model_name="project",
            index=models.Index(
                fields=["start_date", "end_date", "status", "published_at", "id"], name="project_running"
            ),
        ),
    ]
