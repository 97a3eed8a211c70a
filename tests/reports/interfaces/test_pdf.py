from reports.interfaces.pdf import render_pdf


def test_render_pdf_reports_its_steps_while_it_works():
    steps = []

    pdf = render_pdf("<h1>Report</h1><p style='break-before: page'>Two</p>", on_step=steps.append, interval=0)

    assert pdf.startswith(b"%PDF-")
    assert steps == list(range(1, len(steps) + 1))
    assert len(steps) >= 7
