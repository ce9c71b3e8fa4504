"""Settings for the Helsinki Smart Region portal, read from the environment (see .env.example)."""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags
from js_asset import static_lazy
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# Variables set in the environment win over the file; DJANGO_ENV_FILE names another file (the tests use an empty one).
environ.Env.read_env(env.str("DJANGO_ENV_FILE", default=str(BASE_DIR / ".env")), overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# No default unless debugging. A server without a secret key does not start (wsgi.py); a command that needs none
# (makemigrations --check, collectstatic, compilemessages) runs without it.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="dev-only" if DEBUG else "")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# The public base address of absolute links; unset, each request's own (core.links).
SITE_URL = env.str("DJANGO_SITE_URL", default="")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so translated fields appear there
    "core.apps.StaffAdminConfig",  # django.contrib.admin, with the staff sign-in's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.forms",
    "django_countries",
    "django_prose_editor",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "import_export",
    "taggit",
    "simple_history",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from our own static files, not a CDN
    "core",
    "search",
    "strategy",
    "companies",
    "partners",
    "projects",
    "api",
    "portal",
    "demo",  # the demo content and `manage.py load_demo`
    "django_tasks_db",  # after core, whose `db_worker` (core/management/commands) takes the place of this app's own
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",  # Permissions-Policy beside SecurityMiddleware's headers
    "portal.middleware.HealthCheckMiddleware",  # /healthz and /readyz, whatever the Host header
    "core.logs.RequestLogMiddleware",  # early, so it times and sees nearly everything the others do
    "api.middleware.OpenDataCorsMiddleware",  # GET from any origin on /api/ only
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files, compressed ahead by collectstatic
    "django.middleware.gzip.GZipMiddleware",  # pages and JSON compressed (after WhiteNoise: never a static file)
    "django.middleware.http.ConditionalGetMiddleware",  # ETag of the page as rendered: 304 when it is unchanged
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RememberLanguageMiddleware",
    "portal.pagecache.PageCacheMiddleware",  # visitors' pages, kept until the content changes
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.staff_auth.SessionLimitMiddleware",  # signs staff out STAFF_SESSION_MAX_AGE after they signed in
    "simple_history.middleware.HistoryRequestMiddleware",  # records who made each change
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Widgets render from templates/ too, so forms can use the site's own markup.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "smartregion.urls"
WSGI_APPLICATION = "smartregion.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# PostgreSQL only. `make run` and `make test` point DATABASE_URL at an embedded server when it is unset
# (scripts/database.py). Unset, the settings name the local server's `smartregion`, so that a command that opens
# no connection (makemigrations --check, collectstatic) runs; a server does not start (wsgi.py).
DATABASE_URL = env.str("DATABASE_URL", default="")
DATABASES = {"default": env.db_url_config(DATABASE_URL or "postgres:///smartregion")}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
    "min_size": env.int("DATABASE_POOL_MIN", default=2),
    "max_size": env.int("DATABASE_POOL_MAX", default=10),
    # While the database cannot be reached, a request waits this long for a connection, then gets the 503
    # page (well before the proxy gives up on it).
    "timeout": env.float("DATABASE_POOL_TIMEOUT", default=5.0),
}
DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
# A database in memory or on SSD, not on the spinning disks the planner's defaults assume: a page read at random
# costs little more than the next in order, so a search's few hundred hits are looked up by id rather than the
# projects table read whole.
DATABASES["default"]["OPTIONS"].setdefault("options", "-c random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fi", _("Finnish")), ("sv", _("Swedish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content in three languages (django-modeltranslation): a missing translation falls back to English, then Finnish.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "fi")
TIME_ZONE = "Europe/Helsinki"
# Dates as each language writes them (1 February 2027, 1.2.2027, 1 februari 2027): ours where Django's differ.
FORMAT_MODULE_PATH = ["smartregion.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
# Uploaded media are served by the proxy in production; by Django itself for the local demo and tests.
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=DEBUG)
# Uploaded media on local disk (MEDIA_ROOT) or, when DJANGO_MEDIA_S3_BUCKET is set, in S3-compatible object storage
# (django-storages): AWS, or any S3 API (MinIO, Ceph, UpCloud, Hetzner) at DJANGO_MEDIA_S3_ENDPOINT_URL.
MEDIA_S3_BUCKET = env.str("DJANGO_MEDIA_S3_BUCKET", default="")
MEDIA_STORAGE = (
    {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("DJANGO_MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("DJANGO_MEDIA_S3_REGION", default="") or None,
            "access_key": env.str("DJANGO_MEDIA_S3_ACCESS_KEY", default="") or None,
            "secret_key": env.str("DJANGO_MEDIA_S3_SECRET_KEY", default="") or None,
            # Pages load nothing from other origins: the proxy passes /media/ on to the bucket, and the images'
            # addresses are the site's own ("smartregion.example.fi/media"; docs/deploy.md).
            "custom_domain": env.str("DJANGO_MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }
    if MEDIA_S3_BUCKET
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
)
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Source maps, a third of the packages' static files, are read by developer tools only: not worth compressing.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

# Our extensions of the admin's rich-text editor (core.richtext turns them on), and what each lets it write.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/prose-editor-extensions.js")],
        "extensions": {
            "Abbr": html_tags(["abbr"], {"abbr": ["title"]}),
            "NoInlineStyles": html_tags([]),
            "LabelledByField": html_tags([]),
        },
    }
]

# Every page is bound by a Content-Security-Policy: nothing from other origins, no inline code.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    # Browsers report what the policy blocked to this address, which logs it (portal.views.csp_report).
    "report-uri": ["/csp-report"],
}
# What the pages may ask of the browser: none of these powers (portal.middleware.SecurityHeadersMiddleware).
PERMISSIONS_POLICY = dict.fromkeys(
    (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ),
    "()",
)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (see the README); on by default in production.
if env.bool("DJANGO_BEHIND_TLS_PROXY", default=not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31536000)
# The portal's own host name and any below it speak only HTTPS; say so to browsers, and let its domain be preloaded.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=not DEBUG)

# Country choices: European countries first (the EU, the EEA, and the rest of Europe), then the world.
COUNTRIES_FIRST = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "NO",
    "CH",
    "GB",
    "UA",
    "MD",
    "RS",
    "ME",
    "MK",
    "AL",
    "BA",
    "XK",
    "AD",
    "MC",
    "SM",
    "VA",
]
COUNTRIES_FIRST_SORT = True
COUNTRIES_FIRST_BREAK = "──────────"

# Background work (emails): Django's tasks API, stored in the database by django-tasks-db, so a task is
# queued in the same transaction as the data it is about. `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The shared cache (rate limits, the catalogue's and the content's version tokens, figures): Redis when REDIS_URL
# is set, else a database table, never per-process memory, so every process of every server counts the same.
REDIS_URL = env.str("REDIS_URL", default="")
# Whole pages for visitors (portal.pagecache) are kept apart, so that many pages never push out the rest:
# in REDIS_PAGES_URL (another Redis database or server, with a memory limit of its own) or REDIS_URL.
REDIS_PAGES_URL = env.str("REDIS_PAGES_URL", default="") or REDIS_URL
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_PAGES_URL,
        "KEY_PREFIX": "pages",
    }
    if REDIS_PAGES_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache_pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
# Keep whole pages for visitors until the content changes (off for the tests that count a page's queries).
PAGE_CACHE = env.bool("DJANGO_PAGE_CACHE", default=True)

# Mail, as Django 6.1's MAILERS (which replaces EMAIL_BACKEND, EMAIL_HOST and the other connection settings): one
# mailer read from EMAIL_URL such as smtp+tls://user:password@mail.example.fi:587; without it, the console in debug
# and the local mail server otherwise.
EMAIL_URL = env.str("EMAIL_URL", default="") or ("consolemail://" if DEBUG else "smtp://127.0.0.1:25")
# Seconds to wait for the mail server at each step of a send (connecting, each command, the message) before the
# send counts as failed (and is tried again later).
MAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# A task still running this many seconds after it started has lost its worker (killed mid-send), and
# `manage.py db_worker` runs it again. A send is many steps, each of which may wait the whole mail timeout: the
# default leaves room for them all, and a margin.
TASK_LOST_AFTER_SECONDS = env.int("TASK_LOST_AFTER_SECONDS", default=30 * MAIL_TIMEOUT)
_email = env.email_url_config(EMAIL_URL)
MAILERS = {"default": {"BACKEND": _email["EMAIL_BACKEND"]}}
if _email["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend":
    MAILERS["default"]["OPTIONS"] = {
        "host": _email["EMAIL_HOST"],
        "port": _email["EMAIL_PORT"],  # None: the port of the protocol (25, 587 with TLS, 465 with SSL)
        "username": _email["EMAIL_HOST_USER"],
        "password": _email["EMAIL_HOST_PASSWORD"],
        "use_tls": _email.get("EMAIL_USE_TLS", False),
        "use_ssl": _email.get("EMAIL_USE_SSL", False),
        "timeout": MAIL_TIMEOUT,
    }
elif _email["EMAIL_FILE_PATH"]:
    MAILERS["default"]["OPTIONS"] = {"file_path": _email["EMAIL_FILE_PATH"]}
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="Helsinki Smart Region <smartregion@uusimaa.fi>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who is told about each new join request.
JOIN_REQUEST_STAFF_EMAILS = env.list("JOIN_REQUEST_STAFF_EMAILS", default=["smartregion@uusimaa.fi"])
# Join requests: the shortest time a person takes to fill the form, and how many a sender may send.
JOIN_REQUEST_MIN_FILL_SECONDS = env.int("JOIN_REQUEST_MIN_FILL_SECONDS", default=3)
JOIN_REQUEST_LIMIT_PER_IP = env.int("JOIN_REQUEST_LIMIT_PER_IP", default=10)  # form submissions an hour
# Declined and spam join requests lose their personal data this many days after the decision.
JOIN_REQUEST_RETENTION_DAYS = env.int("JOIN_REQUEST_RETENTION_DAYS", default=90)
# How many proxies of ours stand in front of the app (each appends to X-Forwarded-For); 0 trusts none of it.
TRUSTED_PROXY_HOPS = env.int("DJANGO_TRUSTED_PROXY_HOPS", default=0)
JOIN_REQUEST_LIMIT_PER_EMAIL = env.int("JOIN_REQUEST_LIMIT_PER_EMAIL", default=3)  # per day

# Staff sign-in (see core/staff_auth.py and the README). The admin's address: anything but the default
# keeps the bots that try /admin/ away; with or without slashes.
ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/").strip("/") + "/"
if ADMIN_URL == "/":
    raise ImproperlyConfigured("DJANGO_ADMIN_URL must name a path, such as admin/ or curation/.")
# A second factor (a code from an authenticator app) after the password; on in production.
ADMIN_REQUIRE_2FA = env.bool("DJANGO_ADMIN_REQUIRE_2FA", default=not DEBUG)
# Five failed sign-ins for an account from one address lock that account from that address, for 15 minutes: never
# the account everywhere, or anyone could lock staff out by guessing from elsewhere. Failures during a lock are not
# counted, so the time the lockout page gives holds.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Failed sign-ins from one address, whatever the accounts, within AXES_COOLOFF_TIME that lock the address for as
# long: far more than for one account, as a whole office may sign in from one address (core.staff_auth counts them;
# django-axes has one limit for all it counts).
SIGN_IN_FAILURE_LIMIT_PER_ADDRESS = 50
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"  # the address the join form's limits count too
AXES_LOCKOUT_CALLABLE = "core.staff_auth.lockout"
# Staff sessions (visitors have none) end after 30 minutes without a request, and 12 hours after signing in however
# busy: a session left open on a shared or lost computer does not stay open.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
STAFF_SESSION_MAX_AGE = timedelta(hours=12)
# Wrong codes slow down the next try (1, 2, 4, 8 … seconds); staff_auth locks a device after AXES_FAILURE_LIMIT.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_TOTP_ISSUER = "Helsinki Smart Region"
# Nobody reads another person's secret key in the admin, not even a superuser.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Logs go to the console: JSON lines without debug (one a request, from core.logs), plain text with it.
LOG_FORMAT = env.str("DJANGO_LOG_FORMAT", default="text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "core.logs.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    # Django's own line for each 4xx and 5xx would repeat the request log's.
    "loggers": {"django.request": {"level": "ERROR"}},
}

# Spreadsheets in the admin (django-import-export): importing creates entries (and changes them: the admin also asks
# for the change permission), exporting needs the view permission. The file between the dry run and the confirmed
# import waits in the shared cache, so any process of any server can finish it.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True

# Pages of the public lists.
PAGE_SIZE = 12

# The open data API (/api/v1/): read-only JSON, no accounts, no keys, no cookies; the schema documents it.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_VERSIONING_CLASS": None,
}
# The licence of the open data: the API, its downloads and its documentation say it, and every page's footer.
OPEN_DATA_LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
SPECTACULAR_SETTINGS = {
    "TITLE": "Helsinki Smart Region open data API",
    "DESCRIPTION": "Projects, companies and partners of the Helsinki-Uusimaa smart specialisation strategy, "
    "and the strategy's priorities, themes, municipalities, Sustainable Development Goals and funds.",
    "VERSION": "1.0.0",
    "LICENSE": OPEN_DATA_LICENCE,
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PUBLIC": True,
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # validatorUrl: no badge fetched from validator.swagger.io (no third-party requests).
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "deepLinking": True, "displayOperationId": False},
}
