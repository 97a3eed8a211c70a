import factory
from allauth.account.models import EmailAddress

from wetheinternet.accounts.models import RoleAssignment, User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    preferred_language = "en"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
            self.save()


class StaffFactory(UserFactory):
    """Organiser staff as ``grant_organiser_staff`` makes them: the flag and the
    "Organiser staff" permission group."""

    is_staff = True

    @factory.post_generation
    def organiser_staff_group(self, create, extracted, **kwargs):
        if create:
            from wetheinternet.accounts.domain.staff import organiser_staff_group

            self.groups.add(organiser_staff_group())


class RoleAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    user = factory.SubFactory(UserFactory)
    role = "response_lead"
