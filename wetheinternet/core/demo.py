"""The demo dialogue: shared context and sign-ins. Each app adds its own step in
``<app>/demo.py`` (a ``seed(context)`` function that is idempotent), listed in
``DEMO_STEPS`` in the order they build on each other."""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.utils.module_loading import import_string

from wetheinternet.accounts.domain.staff import grant_organiser_staff
from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.accounts.models import RoleAssignment, User

DEMO_SLUG = "demo"
DEMO_PASSWORD = "demo-dialogue-2026"
# Every interface language: a demo text missing in one of them fails the seed loudly.
DEMO_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)

DEMO_STEPS = [
    "dialogues.demo.seed",
    "registrations.demo.seed",
    "conduct.demo.seed",
    "dialogues.demo_stakeholders.seed",
    "dialogues.demo_mirror.seed",
    "results.demo.seed",
    "reports.demo.seed",
    "reports.demo_demonstration.seed",
    "analysis.demo.seed",
]


@dataclass(frozen=True)
class DemoAccount:
    key: str
    email: str
    full_name: str
    role: str
    language: str = "en"
    is_staff: bool = False
    roles: tuple = ()


DEMO_ACCOUNTS = [
    DemoAccount("staff", "staff@demo.example.org", "Amina Diallo", "Organiser staff (two-factor set-up at first sign-in)", is_staff=True),
    DemoAccount("coordinator", "coordinator@demo.example.org", "Camille Martin", "Partner coordinator, France and Belgium", "fr"),
    DemoAccount("partner_staff", "partner.staff@demo.example.org", "Lucía Fernández", "Partner staff, Argentina and Uruguay", "es"),
    DemoAccount("conduct_contact", "contact@demo.example.org", "Youssef Ben Ali", "Site conduct contact, Tunis", "ar"),
    DemoAccount("facilitator", "facilitator@demo.example.org", "Grace Wanjiru", "Facilitator, Nairobi table 1"),
    DemoAccount("note_taker", "notetaker@demo.example.org", "Tomás Rivera", "Note taker, Buenos Aires tables 1 and 2", "es"),
    DemoAccount("response_lead", "lead@demo.example.org", "Ingrid Halvorsen", "Conduct Response Lead (two-factor set-up at first sign-in)",
                roles=(OrganisationRole.RESPONSE_LEAD,)),
    DemoAccount("handler", "handler@demo.example.org", "Ravi Menon", "Conduct handler (two-factor set-up at first sign-in)",
                roles=(OrganisationRole.CONDUCT_HANDLER,)),
    DemoAccount("analyst", "analyst@demo.example.org", "Mei Lin", "Analyst of open answers (themes and counts)",
                roles=(OrganisationRole.ANALYST,)),
    DemoAccount("translator", "translator@demo.example.org", "Karim Haddad", "Translator of open answers", "fr",
                roles=(OrganisationRole.TRANSLATOR,)),
    DemoAccount("mirror_organiser", "mirror@demo.example.org", "Chiamaka Okafor",
                "Organiser of a self-service mirror dialogue, Lagos (and its note taker)"),
    DemoAccount("decision_maker", "minister@demo.example.org", "Sofia Almeida",
                "Decision maker, Ministry of Digital Affairs, Portugal", "pt"),
    DemoAccount("decision_maker_global", "panel@demo.example.org", "Jonas Berg",
                "Decision maker for the world, Internet Governance Forum Leadership Panel"),
]


@dataclass
class DemoContext:
    dialogue: object = None
    users: dict = field(default_factory=dict)
    stdout: object = None

    def say(self, text):
        if self.stdout is not None:
            self.stdout.write(text)


def ensure_demo_accounts(context):
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={"full_name": account.full_name, "preferred_language": account.language},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        if account.is_staff and not user.groups.filter(name="Organiser staff").exists():
            grant_organiser_staff(user, by=None)
        EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
        for role in account.roles:
            RoleAssignment.objects.get_or_create(user=user, role=role)
        context.users[account.key] = user


def seed_demo(stdout=None):
    context = DemoContext(stdout=stdout)
    ensure_demo_accounts(context)
    for step in DEMO_STEPS:
        context.say(f"  {step}")
        import_string(step)(context)
    return context
