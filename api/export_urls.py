from django.urls import re_path

from . import exports

app_name = "exports"
urlpatterns = [
    re_path(r"^export\.(?P<format>csv|json)$", exports.export_projects, name="projects"),
]
