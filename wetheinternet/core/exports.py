"""Streamed, formula-safe CSV and XLSX downloads of lists (``export_response``).

Rows come from a generator (querysets read with ``.iterator()``), so an export of tens of
thousands of rows never holds them all in memory: CSV is written line by line into a
``StreamingHttpResponse``; XLSX is written with openpyxl's write-only mode (rows go
straight to a temporary file, constant memory) and the file is streamed back.

Every cell that a spreadsheet would read as a formula (starting with ``= + - @``, a tab
or a carriage return) gets a leading apostrophe (OWASP "CSV injection"). Numbers stay
numbers. Who may export what, and the audit entry, are the caller's (a domain function
of the app)."""

import csv
import tempfile
from datetime import UTC, date, datetime

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook

FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """A value as written to a cell: text that could start a formula is quoted, times are
    ISO 8601 in UTC, None is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class _Echo:
    def write(self, value):
        return value


def csv_lines(header, rows):
    """The lines of a CSV file (UTF-8 with a byte-order mark, which Excel needs)."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        yield writer.writerow([safe_cell(cell) for cell in row])


def write_xlsx(target, header, rows, *, title="export"):
    """Write an XLSX file to ``target`` (a path or a binary file) in constant memory."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([safe_cell(cell) for cell in header])
    for row in rows:
        sheet.append([safe_cell(cell) for cell in row])
    workbook.save(target)


def export_response(file_format, filename, header, rows):
    """A download of ``rows`` under ``header`` as ``filename.<format>``, never cached."""
    if file_format == "xlsx":
        spool = tempfile.TemporaryFile()
        write_xlsx(spool, header, rows)
        spool.seek(0)
        response = FileResponse(spool, content_type=XLSX_TYPE, as_attachment=True, filename=f"{filename}.xlsx")
    else:
        response = StreamingHttpResponse(csv_lines(header, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response["Cache-Control"] = "no-store"
    return response
