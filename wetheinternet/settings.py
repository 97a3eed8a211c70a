"""Settings, read from environment variables only (12-factor).

With nothing set, the project runs on the embedded default: SQLite, a Celery broker
on the file system, e-mail to the console, DEBUG on and a generated local secret.
Every variable is listed in the README.
"""

import importlib
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env()

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"
TESTING = bool(os.environ.get("PYTEST_VERSION"))


def _local_secret_key():
    """A random key kept in var/ so that sessions survive a restart on a laptop."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(64))
        path.chmod(0o600)
    return path.read_text().strip()


if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
else:
    SECRET_KEY = env.str("SECRET_KEY", default="") or _local_secret_key()
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])


def _local_field_encryption_key():
    """A Fernet key kept in var/ for the embedded default (like the secret key above)."""
    from cryptography.fernet import Fernet

    path = VAR_DIR / "field_encryption_key"
    if not path.exists():
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return path.read_text().strip()


# Encrypts the free-text fields of conduct cases at rest (a Fernet key, 44 characters:
# python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())").
# To rotate, put the new key first and the old one in FIELD_ENCRYPTION_KEY_FALLBACKS.
if PRODUCTION:
    FIELD_ENCRYPTION_KEY = env.str("FIELD_ENCRYPTION_KEY")
else:
    FIELD_ENCRYPTION_KEY = env.str("FIELD_ENCRYPTION_KEY", default="") or _local_field_encryption_key()
FIELD_ENCRYPTION_KEY_FALLBACKS = env.list("FIELD_ENCRYPTION_KEY_FALLBACKS", default=[])
DEBUG = env.bool("DEBUG", default=not PRODUCTION)
# A view that queries a partner's data without visible_to(user) raises (core/visibility.py).
VISIBILITY_GUARD = DEBUG
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",  # its templates, for the site's form renderer (FORM_RENDERER)
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_countries",
    "django_htmx",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "wetheinternet.core",
    "wetheinternet.accounts",
    "wetheinternet.i18n",
    "dialogues",
    "registrations",
    "conduct",
    "results",
    "reports",
    "analysis",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "wetheinternet.core.middleware.ConsoleStylesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "wetheinternet.core.input_checks.ControlCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wetheinternet.accounts.middleware.UserLanguageMiddleware",
    "wetheinternet.accounts.middleware.SuspendedAccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wetheinternet.accounts.middleware.RequireMFAMiddleware",
    "conduct.middleware.RequireCodeAcceptanceMiddleware",
]

ROOT_URLCONF = "wetheinternet.urls"
FORM_RENDERER = "wetheinternet.core.form_rendering.SiteFormRenderer"
WSGI_APPLICATION = "wetheinternet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wetheinternet.core.context_processors.navigation",
            ],
        },
    },
    {
        # Plain text (e-mail subjects and bodies): nothing HTML-escaped, so that French
        # reads "l'Internet", not "l&#x27;Internet". Used with render_to_string(..., using="text").
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# --- Database -------------------------------------------------------------------------
if env.str("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            # WAL lets the web server read while the embedded worker writes.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")


def _next_redis_database(url):
    """``redis://host:6379/0`` -> ``redis://host:6379/1``: the cache lives apart from the
    broker, so flushing or evicting one never touches the other."""
    if not url:
        return ""
    parts = urlsplit(url)
    number = parts.path.strip("/") or "0"
    return urlunsplit(parts._replace(path=f"/{int(number) + 1}" if number.isdigit() else parts.path))


# The cache (rate-limit counters, computed figures) is separate from the Celery broker:
# CACHE_URL, by default the next Redis database after REDIS_URL's. A cache outage never
# breaks a page (wetheinternet.core.cache, docs/faults.md).
CACHE_URL = env.str("CACHE_URL", default="") or _next_redis_database(REDIS_URL)
if TESTING:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif CACHE_URL:
    CACHES = {"default": {"BACKEND": "wetheinternet.core.cache.FailSafeRedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
        }
    }

# --- Accounts and sign-in -----------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "wetheinternet.accounts.backends.ModelPermissionsBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "landing"
ACCOUNT_ADAPTER = "wetheinternet.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
# Five wrong passwords for one account within five minutes lock further attempts.
ACCOUNT_RATE_LIMITS = {"login_failed": "5/5m/key,30/m/ip"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[We, the Internet] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "We, the Internet"
# Accept the codes of the 30-second periods just before and after the current one
# (RFC 6238's allowance for clock drift): a code typed as the period turns, or on a
# phone whose clock is a few seconds off, is not refused.
MFA_TOTP_TOLERANCE = 1

# --- E-mail ---------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="We, the Internet <noreply@localhost>")
# Without EMAIL_URL, e-mails are written to the console with addresses and links masked
# (wetheinternet/core/mail.py). Production refuses to start that way unless
# ALLOW_CONSOLE_EMAIL=1 says it is meant (a trial server): people would get no e-mail.
ALLOW_CONSOLE_EMAIL = env.bool("ALLOW_CONSOLE_EMAIL", default=False)
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend":
    if PRODUCTION and not ALLOW_CONSOLE_EMAIL:
        raise ImproperlyConfigured(
            "EMAIL_URL is not set (or names the console backend): in production no e-mail would be sent. "
            "Set EMAIL_URL (smtp+tls://user:password@host:587), or ALLOW_CONSOLE_EMAIL=1 to write e-mails "
            "to the log with addresses and links masked."
        )
    EMAIL_BACKEND = "wetheinternet.core.mail.MaskedConsoleBackend"

# --- Messages (docs/messages.md) -------------------------------------------------------
# SMS like e-mail: console:// (the log, number masked), locmem:// (tests) or
# twilio://ACCOUNT_SID:AUTH_TOKEN@+15550001111 (Twilio's REST API over HTTPS). Without
# it, SMS go to the log (numbers masked): people with only a phone get none.
SMS_URL = env.str("SMS_URL", default="locmem://" if TESTING else "console://")
# Batches (reminders, bulk messages) are sent at most this many a minute; retries and
# single messages share the sweep.
MESSAGES_PER_MINUTE = env.int("MESSAGES_PER_MINUTE", default=300)
# The message log keeps the recipient's address this long after sending, then only
# template, purpose, state and times.
MESSAGE_LOG_DAYS = env.int("MESSAGE_LOG_DAYS", default=90)

# --- Languages and time ---------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A missing translation shows the text of the first language that has one (never an
# empty heading); {% translated_field %} also says which language it is in.
MODELTRANSLATION_FALLBACK_LANGUAGES = tuple(code for code, _name in LANGUAGES)
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["wetheinternet.i18n.formats"]
TIME_ZONE = "UTC"

# --- Static and media files -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "wetheinternet" / "static"]
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Media files are private: they are served only through views that check permissions.
MEDIA_URL = "/private-media/"
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
else:
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Celery ---------------------------------------------------------------------------
if env.str("CELERY_BROKER_URL", default=""):
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL")
elif REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
else:
    # The embedded broker: messages are files in var/celery, no server needed.
    _broker_dir = VAR_DIR / "celery"
    for _folder in ("processed", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir),
        "data_folder_out": str(_broker_dir),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
        "polling_interval": 0.5,
    }
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # A broker that cannot be reached is given up quickly (a page waits on it after a
    # commit): the outbox keeps the work and its sweep hands it over later.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
BEAT_SCHEDULE_MODULES = [
    "wetheinternet.core.schedule", "dialogues.schedule", "conduct.schedule", "registrations.schedule", "results.schedule", "reports.schedule",
]
# Tests run their own queue so that a worker started by one test run never takes
# another run's tasks.
CELERY_TASK_DEFAULT_QUEUE = env.str(
    "CELERY_TASK_DEFAULT_QUEUE", default=f"test-{os.getpid()}" if TESTING else "celery"
)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = False
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# Periodic jobs: each app lists its own in <app>/schedule.py (plain data, no imports).
CELERY_BEAT_SCHEDULE = {}
for _module in BEAT_SCHEDULE_MODULES:
    CELERY_BEAT_SCHEDULE.update(importlib.import_module(_module).BEAT_SCHEDULE)

# --- Code of conduct -----------------------------------------------------------------
# Closed cases are kept this many days, then reduced to anonymous statistics.
CONDUCT_CASE_RETENTION_DAYS = env.int("CONDUCT_CASE_RETENTION_DAYS", default=730)
# Names and e-mails of people who signed up to a consultation working session are
# forgotten this many days after the session.
CONSULTATION_SIGN_UP_RETENTION_DAYS = env.int("CONSULTATION_SIGN_UP_RETENTION_DAYS", default=30)
# The public yearly statistics show no count between 1 and this number minus one.
CONDUCT_STATISTICS_MIN_COUNT = env.int("CONDUCT_STATISTICS_MIN_COUNT", default=10)

# --- Reports --------------------------------------------------------------------------
# How often the live world wall (reports/<slug>/wall/) asks the server for new figures.
WALL_REFRESH_SECONDS = env.int("WALL_REFRESH_SECONDS", default=20)

# --- REST API -------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "wetheinternet.accounts.api_auth.SuspensionAwareTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "wetheinternet.core.api.StrictJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "wetheinternet.core.api.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "We, the Internet API",
    "DESCRIPTION": "Result entry and progress for deliberation days.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI is served from our own static files, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Security -------------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_COOKIE_HTTPONLY = True

# --- Logging: no personal data, ever; messages name ids, not people. -----------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
