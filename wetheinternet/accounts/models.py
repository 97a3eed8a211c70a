from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin, _user_has_perm
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enums import OrganisationRole


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def active_with_role(self, role):
        """Active accounts holding the organisation ``role``, each once."""
        return self.filter(role_assignments__role=role, is_active=True).distinct()


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in: organiser staff, partner members, conduct contacts,
    facilitators, note takers and the conduct team. Citizens never need an account."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    is_staff = models.BooleanField(
        _("organiser staff"),
        default=False,
        help_text=_("Organiser staff use the admin console and see every partner."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Kept in step with SignInSuspension rows by accounts.domain.suspensions, so that
    # the check on every request reads the already-loaded user and costs no query.
    sign_in_suspended_until = models.DateTimeField(_("sign-in suspended until"), null=True, blank=True)
    sign_in_suspended_permanently = models.BooleanField(_("sign-in suspended permanently"), default=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return (self.full_name.split(" ")[0] if self.full_name else self.email)

    def is_sign_in_suspended(self, now=None):
        if self.sign_in_suspended_permanently:
            return True
        return self.sign_in_suspended_until is not None and self.sign_in_suspended_until > (now or timezone.now())

    def has_perm(self, perm, obj=None):
        """Every permission is asked of the backends, for superusers too (Django's own
        ``has_perm`` says yes to a superuser before asking): the named rules keep
        confidential data to the roles that may read it."""
        return self.is_active and _user_has_perm(self, perm, obj)

    @cached_property
    def organisation_roles(self):
        """The set of organisation-wide roles, loaded once per request."""
        return set(self.role_assignments.values_list("role", flat=True))


class RoleAssignment(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=30, choices=OrganisationRole.choices)
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    granted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="unique_role_per_user")]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"


class SignInSuspension(models.Model):
    """An account may not sign in while a suspension is in force (until ``ends_at``;
    forever when it is empty). Written by the conduct app when a decision suspends or
    bans someone; ``reference`` names that decision without any personal data."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sign_in_suspensions")
    starts_at = models.DateTimeField(_("from"), default=timezone.now)
    ends_at = models.DateTimeField(_("until"), null=True, blank=True, help_text=_("Empty: permanent."))
    reference = models.CharField(_("reference"), max_length=100, unique=True)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("sign-in suspension")
        verbose_name_plural = _("sign-in suspensions")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=models.F("starts_at")),
                name="suspension_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.reference}"
