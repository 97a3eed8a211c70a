from ..enums import ConsentPurpose
from ..models import ConsentText


def current_consent_texts(dialogue, *, media_site=False):
    """``{purpose: ConsentText}``: the latest version per purpose. Photographs only at
    media sites."""
    texts = {}
    for text in ConsentText.objects.filter(dialogue=dialogue).order_by("purpose", "-version"):
        texts.setdefault(text.purpose, text)
    if not media_site:
        texts.pop(ConsentPurpose.PHOTOGRAPHS, None)
    return {purpose: texts[purpose] for purpose in ConsentPurpose.values if purpose in texts}
