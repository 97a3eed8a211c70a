from ..interfaces.bulk import bulk_insert

FLUSH_AT = 50_000


class Writer:
    """Buffers rows per model with ids allocated up front, and writes them in bulk."""

    def __init__(self, ids):
        self.ids = ids
        self.rows = {}

    def add(self, model, **values):
        if "id" not in values:
            values["id"] = self.ids.take(model)
        rows = self.rows.setdefault(model, [])
        rows.append(values)
        if len(rows) >= FLUSH_AT:
            bulk_insert(model, rows)
            self.rows[model] = []
        return values["id"]

    def flush(self):
        for model, rows in self.rows.items():
            bulk_insert(model, rows)
        self.rows = {}
