"""Two small helpers every form view uses, so that views stay thin and alike."""


def posted(request):
    """The submitted data on a POST (even an empty one), None on a GET: an empty POST
    must still bind the form so that its errors show (``request.POST or None`` would not)."""
    return request.POST if request.method == "POST" else None


def posted_files(request):
    """The uploaded files on a POST, None on a GET (see ``posted``)."""
    return request.FILES if request.method == "POST" else None


def show_domain_error(form, error):
    """Put a ``DomainError`` beside its field, or at the top of the form when the field
    is not one of the form's."""
    form.add_error(error.field if error.field in form.fields else None, error.message)
