from core.links import site_url


def site(request):
    """What every page's layout needs: the base address of absolute links (no database query)."""
    return {"SITE_URL": site_url(request)}
