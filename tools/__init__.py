"""Developer tools: checks run by the tests and by management commands during
development, never imported by the running platform (left out of the image)."""
