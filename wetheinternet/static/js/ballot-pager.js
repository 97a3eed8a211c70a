// Ballot entry on a small screen (templates/dialogues/results/_ballot_grid.html): the
// grid shows one seat at a time, or one question at a time across the seats, as the note
// taker chooses, with a running summary ("Seat 3 of 6: done"). It only shows and hides
// parts of the one form: what is sent, kept as a draft or queued (results-entry.js,
// outbox-core.js) is the same as on a large screen, where the whole grid stays.
(function () {
  "use strict";
  const section = document.querySelector("[data-ballot-pager]");
  if (!section) return;
  const T = section.dataset;
  const small = window.matchMedia("(max-width: 47.99rem)");
  const rows = Array.from(section.querySelectorAll("tr[data-seat]"));
  const questionCount = Number(T.questionCount);
  const format = (template, values) => template.replace(/%\((\w+)\)s/g, (m, name) => (name in values ? String(values[name]) : m));
  const storageKey = "wti-ballot-pager";
  let mode = "seat";
  let seatIndex = 0;
  let questionIndex = 0;
  try { mode = window.localStorage.getItem(storageKey) === "question" ? "question" : "seat"; } catch (e) { /* no storage: default */ }

  function button(text, className) {
    const el = document.createElement("button");
    el.type = "button";
    el.className = className;
    el.textContent = text;
    return el;
  }

  // The controls, made here so that a page without this script shows the whole grid.
  const bar = document.createElement("div");
  bar.className = "ballot-pager";
  const modes = document.createElement("div");
  modes.className = "ballot-pager__modes";
  modes.setAttribute("role", "group");
  modes.setAttribute("aria-label", T.textPagerLegend);
  const bySeat = button(T.textBySeat, "button--secondary");
  const byQuestion = button(T.textByQuestion, "button--secondary");
  modes.append(bySeat, byQuestion);
  const status = document.createElement("p");
  status.className = "ballot-pager__status";
  status.setAttribute("role", "status");
  const seatNav = document.createElement("ol");
  seatNav.className = "ballot-pager__seats";
  const seatButtons = rows.map((row) => {
    const item = document.createElement("li");
    const el = button(row.dataset.seat, "ballot-pager__seat");
    el.addEventListener("click", () => { seatIndex = rows.indexOf(row); show(true); });
    item.appendChild(el);
    seatNav.appendChild(item);
    return el;
  });
  bar.append(modes, status, seatNav);
  const steps = document.createElement("div");
  steps.className = "ballot-pager__steps";
  const previous = button(T.textPrevious, "button--secondary");
  const next = button(T.textNext, "");
  steps.append(previous, next);
  const grid = section.querySelector(".table-scroll");
  grid.before(bar);
  grid.after(steps);

  function answered(cell) {
    return Array.from(cell.querySelectorAll("select, input")).some((el) => (el.type === "checkbox" ? el.checked : el.value !== ""));
  }

  function seatState(row) {
    const cells = Array.from(row.querySelectorAll("td[data-question]"));
    const filled = cells.filter(answered).length;
    if (filled === 0) return "empty";
    return filled === cells.length ? "done" : "partly";
  }

  const stateText = (state) => ({ done: T.textDone, partly: T.textPartly, empty: T.textEmpty })[state];

  function describe() {
    const states = rows.map(seatState);
    states.forEach((state, i) => {
      const el = seatButtons[i];
      el.dataset.state = state;
      el.setAttribute("aria-label", format(T.textSeatButton, { seat: rows[i].dataset.seat, state: stateText(state) }));
      if (i === seatIndex && mode === "seat") el.setAttribute("aria-current", "step");
      else el.removeAttribute("aria-current");
    });
    const total = rows.length;
    const done = format(T.textSummary, { done: states.filter((s) => s === "done").length, total });
    status.textContent = mode === "seat"
      ? `${format(T.textSeatStatus, { seat: rows[seatIndex].dataset.seat, total, state: stateText(states[seatIndex]) })}. ${done}`
      : `${format(T.textQuestionStatus, { number: questionIndex + 1, total: questionCount })}. ${done}`;
  }

  function show(moveFocus) {
    const paging = small.matches;
    if (paging) section.dataset.pagerMode = mode;
    else delete section.dataset.pagerMode;
    bar.hidden = steps.hidden = !paging;
    bySeat.setAttribute("aria-pressed", String(mode === "seat"));
    byQuestion.setAttribute("aria-pressed", String(mode === "question"));
    seatNav.hidden = mode !== "seat";
    const last = mode === "seat" ? rows.length - 1 : questionCount - 1;
    const index = mode === "seat" ? seatIndex : questionIndex;
    previous.disabled = index === 0;
    next.disabled = index === last;
    rows.forEach((row, i) => {
      row.classList.toggle("is-current", i === seatIndex);
      row.querySelectorAll("td[data-question]").forEach((cell) => {
        cell.classList.toggle("is-current", Number(cell.dataset.question) === questionIndex + 1);
      });
    });
    describe();
    if (paging && moveFocus) {
      const target = mode === "seat" ? rows[seatIndex] : rows[0].querySelector("td.is-current");
      target.scrollIntoView({ block: "start" });
      const first = target.querySelector("select, input");
      if (first) first.focus({ preventScroll: true });
    }
  }

  function step(by) {
    if (mode === "seat") seatIndex = Math.min(Math.max(seatIndex + by, 0), rows.length - 1);
    else questionIndex = Math.min(Math.max(questionIndex + by, 0), questionCount - 1);
    show(true);
  }

  function choose(chosen) {
    mode = chosen;
    try { window.localStorage.setItem(storageKey, mode); } catch (e) { /* not kept: fine */ }
    show(false);
  }

  // Show the seat or question of a field before it takes the focus (a link of the
  // error summary, or the browser moving to a field).
  function reveal(field) {
    const row = field && field.closest("tr[data-seat]");
    if (!row || !small.matches) return;
    seatIndex = rows.indexOf(row);
    questionIndex = Number(field.closest("td[data-question]").dataset.question) - 1;
    show(false);
  }

  bySeat.addEventListener("click", () => choose("seat"));
  byQuestion.addEventListener("click", () => choose("question"));
  previous.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  section.closest("form").addEventListener("input", describe);
  section.closest("form").addEventListener("change", describe);
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-error-summary] a[href^='#']");
    if (link) reveal(document.getElementById(link.getAttribute("href").slice(1)));
  }, true);
  small.addEventListener("change", () => show(false));
  show(false);
}());
