// Progressive enhancement only: every page works without JavaScript.
document.documentElement.classList.add("js");

// A refused form: the error summary (templates/forms/_error_summary.html) takes the focus,
// so a screen reader reads it and a phone shows it; each link focuses its field.
(function () {
  const summary = document.querySelector("[data-form-error-summary]");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    const label = field.closest("fieldset")?.querySelector("legend") || document.querySelector(`label[for="${field.id}"]`);
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
