from django.conf import settings
from django.utils.translation import get_language_from_path


class RememberLanguageMiddleware:
    """Remember the language of the last page a visitor read, so `/` brings them back to it.

    The language switcher is a set of plain links (they work without JavaScript and can be crawled);
    this cookie is what makes the choice stick.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if language and response.status_code == 200 and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
            )
        return response


class SecurityHeadersMiddleware:
    """Send the Permissions-Policy (settings.PERMISSIONS_POLICY), which Django's SecurityMiddleware does not."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}={allowed}" for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


class HealthCheckMiddleware:
    """Answer a load balancer's /healthz and /readyz before anything else looks at the request.

    A load balancer asks by the server's address, which is not among ALLOWED_HOSTS (Django would answer 400),
    and every few seconds, which the request log need not record.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from . import views

        if request.path_info == "/healthz":
            return views.healthz(request)
        if request.path_info == "/readyz":
            return views.readyz(request)
        return self.get_response(request)
