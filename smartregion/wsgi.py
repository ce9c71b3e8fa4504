import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartregion.settings")
application = get_wsgi_application()

# A server without its secret key or its database would fail every request: it does not start. (Django itself
# refuses to read an empty SECRET_KEY: "The SECRET_KEY setting must not be empty.")
settings.SECRET_KEY  # noqa: B018
if not settings.DATABASE_URL:
    raise ImproperlyConfigured("Set the DATABASE_URL environment variable")
