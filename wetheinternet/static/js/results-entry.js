// The result entry form with the outbox (progressive enhancement: without this script,
// or without IndexedDB, the form posts normally and the server says the same things).
//  - Typing keeps a draft on this device; a draft is never sent by itself.
//  - "Send" checks the result as the server would, then queues it with a new client id
//    (outbox-core.js) and sends it; it stays pending until the server answers.
//  - Editing and sending again while a result is pending makes a new submission that
//    follows it (a correction of what it becomes); the pending one is still sent.
//  - A refused result shows the server's messages beside the fields; after a conflict
//    (409) the page is loaded again, so the form shows the stored result to correct.
(function () {
  "use strict";
  const core = window.WtiOutbox;
  const page = window.WtiOutboxPage;
  const checks = window.WtiResultChecks;
  const form = document.querySelector("[data-result-form]");
  const rulesBlock = document.getElementById("result-checks");
  if (!form || !core || !page || !checks || !rulesBlock) return;
  const rules = JSON.parse(rulesBlock.textContent);
  const T = page.texts;
  const key = `${form.dataset.table}:${form.dataset.topic}`;
  const mode = form.elements.entry_mode.value;
  const draftKey = `${key}:${mode}`;
  const fixedId = form.dataset.fixedId ? form.elements.client_id.value : "";
  const NOT_CONTENT = ["csrfmiddlewaretoken", "client_id", "replaces"];
  const summary = document.querySelector("[data-error-summary]");
  let last = null; // the latest submission of this table and session made on this device
  let waiting = false; // the note taker has pressed "Send" and waits for the answer
  let draftTimer = null;
  const loadedAt = Date.now();

  function say(text) {
    document.querySelectorAll("[data-offline-status]").forEach((el) => { el.textContent = text; });
  }

  function formFields() {
    return Array.from(new FormData(form).entries())
      .filter(([name, value]) => typeof value === "string" && !NOT_CONTENT.includes(name));
  }

  function asMap(fields) {
    const values = new Map();
    fields.forEach(([name, value]) => values.set(name, (values.get(name) || []).concat([value])));
    return values;
  }

  const sameFields = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  const modeOf = (fields) => (fields.find(([name]) => name === "entry_mode") || [])[1];

  function restore(fields) {
    const values = asMap(fields);
    Array.from(form.elements).forEach((el) => {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      const given = values.get(el.name) || [];
      if (el.type === "checkbox") el.checked = given.includes(el.value);
      else el.value = given[0] || "";
    });
  }

  // Errors --------------------------------------------------------------------------
  function clearErrors() {
    form.querySelectorAll("[data-error-for]").forEach((el) => { el.hidden = true; el.replaceChildren(); });
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    if (summary) summary.hidden = true;
  }

  function slotFor(name) {
    const find = (n) => form.querySelector(`[data-error-for="${CSS.escape(n)}"]`);
    return find(name) || (name.endsWith(".text") && find(name.slice(0, -5))) || find("__all__");
  }

  // Show the server's (or the browser's) messages beside their fields, list them in
  // the summary with links to the fields, and move the focus to the summary.
  function showErrors(errors, message) {
    clearErrors();
    const entries = [];
    Object.entries(errors || {}).forEach(([name, messages]) => {
      const slot = slotFor(name);
      const list = slot.tagName === "UL" ? slot : slot.appendChild(document.createElement("ul"));
      list.classList.add("errorlist");
      messages.forEach((text) => {
        const li = document.createElement("li");
        li.textContent = text;
        list.appendChild(li);
      });
      slot.hidden = false;
      const inputs = form.querySelectorAll(`[name="${CSS.escape(name)}"], [name^="${CSS.escape(name)}."]`);
      inputs.forEach((input) => input.setAttribute("aria-invalid", "true"));
      const target = document.getElementById(`f-${name.replace(/\./g, "-")}`) || inputs[0] || null;
      messages.forEach((text) => entries.push({ text, target }));
    });
    if (!summary) return;
    summary.querySelector("[data-error-summary-message]").textContent = message || "";
    summary.querySelector("[data-error-summary-list]").replaceChildren(...entries.map(summaryEntry));
    summary.hidden = false;
    summary.focus();
  }

  function summaryEntry({ text, target }) {
    const li = document.createElement("li");
    if (!target) {
      li.textContent = text;
      return li;
    }
    const link = document.createElement("a");
    link.href = `#${target.id || ""}`;
    link.textContent = text;
    link.addEventListener("click", (event) => { event.preventDefault(); target.focus(); });
    li.appendChild(link);
    return li;
  }

  // Loading: what this device holds for this table and session ----------------------
  async function load() {
    const [items, draft] = await Promise.all([core.store.items(), core.store.draft(draftKey)]);
    const mine = items.filter((item) => item.key === key && item.user === page.user)
      .sort((a, b) => a.queuedAt - b.queuedAt);
    const conflicts = mine.filter((item) => item.state === "refused" && item.refusal === "conflict");
    if (conflicts.length) {
      // The page shows the stored result (the server renders it): the note taker
      // corrects that one; the refused submission and older drafts are done with.
      await Promise.all(conflicts.map((item) => core.store.remove(item.id)));
      await core.store.removeDrafts(`${key}:`);
      say(`${conflicts[conflicts.length - 1].message} ${T.reloaded}`);
      return;
    }
    const pending = mine.filter((item) => item.state === "pending");
    const latest = pending.length ? pending[pending.length - 1] : mine[mine.length - 1];
    if (latest) {
      last = latest;
      const useDraft = draft && draft.user === page.user && draft.savedAt > latest.queuedAt;
      if (useDraft) restore(draft.fields);
      else if (modeOf(latest.fields) === mode) restore(latest.fields);
      if (latest.state === "pending") say(T.pending);
      else if (!useDraft && latest.refusal === "invalid") showErrors(latest.errors, latest.message);
      else say(latest.message || page.format(T.refusedStatus, { status: latest.status }));
    } else if (draft && draft.user === page.user) {
      restore(draft.fields);
      say(T.draft);
    } else if (!navigator.onLine) {
      say(T.offline);
    }
  }

  // Sending -------------------------------------------------------------------------
  async function submission(fields) {
    if (last && last.state !== "refused" && sameFields(last.fields, fields)) {
      // The same submission again (same id and content): the server stores it once.
      return (await core.store.item(last.id)) || core.requeue(last);
    }
    const used = await core.usedIds();
    const replaces = form.elements.replaces.value;
    const reusable = fixedId && !used.has(fixedId) && fixedId !== replaces && !(await core.store.item(fixedId));
    return core.queue({
      id: reusable ? fixedId : core.newId(), user: page.user, key, table: form.dataset.table,
      topic: form.dataset.topic, label: form.dataset.label, url: window.location.pathname, fields, replaces, since: loadedAt,
    });
  }

  async function send(event) {
    event.preventDefault();
    clearTimeout(draftTimer);
    const fields = formFields();
    const errors = checks.check(asMap(fields), rules);
    if (Object.keys(errors).length) {
      showErrors(errors, rules.messages.invalid);
      return;
    }
    clearErrors();
    try {
      last = await submission(fields);
    } catch (error) {
      form.submit(); // no storage on this device (a private window, say): send it plainly
      return;
    }
    say(T.pending);
    page.registerSync();
    if (!navigator.onLine) return;
    waiting = true;
    try {
      await page.flush(true);
    } finally {
      waiting = false;
    }
  }

  function settled(event) {
    const { item, outcome } = event.detail;
    if (item.key !== key || item.user !== page.user) return;
    event.preventDefault(); // this page says it beside the form
    if (outcome.kind === "conflict") {
      window.location.reload();
      return;
    }
    const own = last && item.id === last.id;
    // An earlier submission of this form: the latest one, which follows it, is answered next.
    if (!own && outcome.kind !== "signin" && outcome.kind !== "busy" && outcome.kind !== "network") return;
    if (outcome.kind === "accepted") {
      last = { ...last, state: "accepted" };
      if (waiting && outcome.redirect) {
        window.location.assign(outcome.redirect);
        return;
      }
      form.elements.replaces.value = item.id;
      form.querySelector("button[type=submit]").textContent = T.sendCorrection;
      say(outcome.message);
    } else if (outcome.kind === "invalid") {
      last = { ...last, state: "refused" };
      showErrors(outcome.errors, outcome.message);
      say(outcome.message);
    } else if (outcome.kind === "refused") {
      last = { ...last, state: "refused" };
      say(outcome.message || page.format(T.refusedStatus, { status: outcome.status }));
    } else if (outcome.kind === "signin") say(T.signIn);
    else if (outcome.kind === "busy") say(T.busy);
    else say(T.pending);
  }

  form.addEventListener("input", () => {
    waiting = false; // typing again: an answer that comes now must not take the page away
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => {
      core.store.putDraft({ key: draftKey, user: page.user, fields: formFields(), savedAt: Date.now() });
    }, 300);
  });
  form.addEventListener("submit", send);
  document.addEventListener("wti-outbox-settled", settled);
  window.addEventListener("offline", () => say(T.offline));
  // This page sends what waits only once it has read what this device holds for its
  // table and session (so that it knows its own submissions when their answers come).
  page.ownsFirstFlush = true;
  page.ready.then(load).then(() => page.flush(true));
}());
