from django.http import HttpResponse

API_PREFIX = "/api/"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class OpenDataCorsMiddleware:
    """Let pages on any website read the open data API: GET and HEAD from any origin, never with credentials.

    A preflight (OPTIONS with Access-Control-Request-Method) is answered here, before any view, and names only
    the reading methods, so a browser will not send anything else cross-origin.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        if request.method in SAFE_METHODS:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "Content-Language"
        return response
