from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0010_joinrequest_one_open_per_email_and_organisation"),
    ]

    operations = [
        migrations.AddField(
            model_name="joinrequest",
            name="site_url",
            field=models.URLField(blank=True, editable=False, verbose_name="sent on the site"),
        ),
    ]
