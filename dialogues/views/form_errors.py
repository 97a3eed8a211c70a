def show_domain_error(form, error):
    """Put a domain error beside its field (or at the top of the form)."""
    form.add_error(error.field if error.field in form.fields else None, error.message)


def posted(request):
    """The submitted data on a POST (even an empty one), None on a GET: an empty POST
    must still bind the form so that its errors show."""
    return request.POST if request.method == "POST" else None
