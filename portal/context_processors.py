from django.conf import settings


def site(request):
    """What every page's layout needs: the public base URL for absolute links (no database query)."""
    return {"SITE_URL": settings.SITE_URL.rstrip("/")}
