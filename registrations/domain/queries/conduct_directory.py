"""Registrants as the conduct app sees them: the participant directory installed into
``conduct.domain.participants`` when registrations starts (``RegistrationsConfig.ready``).
Conduct stores a registrant's id and reads nothing else of them but through here."""

from conduct.domain.participants import Participant

from ...models import Registrant, normalise_reference_code


def _participant(registrant):
    return Participant(
        id=registrant.pk,
        reference_code=registrant.reference_code,
        email=registrant.email,
        language=registrant.preferred_language,
    )


class RegistrantDirectory:
    def by_reference_code(self, reference_code, *, site=None):
        registrants = Registrant.objects.filter(reference_code=normalise_reference_code(reference_code))
        if site is not None:
            registrants = registrants.filter(site=site)
        registrant = registrants.first()
        return None if registrant is None else _participant(registrant)

    def by_id(self, participant_id):
        registrant = Registrant.objects.filter(pk=participant_id).first()
        return None if registrant is None else _participant(registrant)
