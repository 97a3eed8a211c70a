// Show-of-hands entry (templates/dialogues/results/_counts.html): a "−" and a "+" button
// beside each count, large enough to tap. They change the number field and announce it
// as typing would (an input event), so drafts and checks (results-entry.js) see it.
(function () {
  "use strict";
  const section = document.querySelector("[data-count-stepper]");
  if (!section) return;
  const T = section.dataset;
  const format = (template, values) => template.replace(/%\((\w+)\)s/g, (m, name) => (name in values ? String(values[name]) : m));

  section.querySelectorAll(".count-row input[type=number]").forEach((input) => {
    const label = section.querySelector(`label[for="${input.id}"]`).textContent.trim();
    const make = (text, name, by) => {
      const el = document.createElement("button");
      el.type = "button";
      el.className = "stepper__button";
      el.textContent = text;
      el.setAttribute("aria-label", format(name, { label }));
      el.addEventListener("click", () => {
        const current = /^\d+$/.test(input.value) ? Number(input.value) : 0;
        input.value = String(Math.max(0, current + by));
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      return el;
    };
    const group = document.createElement("div");
    group.className = "stepper";
    input.before(group);
    group.append(make("−", T.textFewer, -1), input, make("+", T.textMore, 1));
  });
}());
