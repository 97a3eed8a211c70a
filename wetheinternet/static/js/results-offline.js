// Result entry that survives a weak network (progressive enhancement: without this
// script the form posts normally).
//  - A result is first saved in IndexedDB ("pending on this device"), then sent.
//  - Unsent results are sent again when the network returns, or with "Send now".
//  - Each result carries a UUID made here, so sending twice stores it once.
//  - Typed answers are kept as a draft while the form is open.
// Only seat numbers, option ids, counts and the table's own answers are stored: the
// page never holds participants' personal data.
(function () {
  "use strict";
  const DB_NAME = "wti-results";
  const STORE = "outbox";

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function withStore(mode, action) {
    return openDb().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && "result" in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
    }));
  }

  const outbox = {
    all: () => withStore("readonly", (store) => store.getAll()),
    put: (item) => withStore("readwrite", (store) => store.put(item)),
    remove: (key) => withStore("readwrite", (store) => store.delete(key)),
  };

  function newUuid() {
    if (self.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function say(text) {
    document.querySelectorAll("[data-offline-status]").forEach((el) => { el.textContent = text; });
  }

  // Translated texts come from the page (templates/dialogues/results/_offline_texts.html).
  const T = {
    pending: "Pending on this device: it will be sent when the network returns.",
    pendingShort: "Pending on this device",
    draft: "Draft on this device",
    signIn: "Sign in again to send the results kept on this device.",
    offline: "No network: a result you send now waits on this device.",
  };

  function loadTexts() {
    const texts = document.querySelector("[data-offline-texts]");
    if (texts) Object.keys(T).forEach((k) => { if (texts.dataset[k]) T[k] = texts.dataset[k]; });
  }

  // Sending ------------------------------------------------------------------------
  let sending = false;
  // One request per result at a time: the form's own send and the "online" resend must
  // not both post it (the server would store it once, but answer "already received").
  const inFlight = new Map();

  function send(item) {
    if (!inFlight.has(item.key)) {
      inFlight.set(item.key, post(item).finally(() => inFlight.delete(item.key)));
    }
    return inFlight.get(item.key);
  }

  function post(item) {
    const body = new URLSearchParams(item.fields);
    return fetch(item.url, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": item.csrf },
    }).then((response) => {
      const type = response.headers.get("Content-Type") || "";
      if (!type.includes("application/json")) return { status: "signin" };
      return response.json().then((data) => ({ status: response.status, data }));
    }, () => ({ status: "offline" }));
  }

  function sendPending() {
    if (sending || !navigator.onLine) return Promise.resolve();
    sending = true;
    return outbox.all().then((items) => items.filter((i) => i.state === "pending").reduce(
      (chain, item) => chain.then(() => send(item).then((outcome) => settle(item, outcome))),
      Promise.resolve(),
    )).finally(() => { sending = false; refreshHome(); });
  }

  function settle(item, outcome) {
    if (outcome.status === 200 || outcome.status === 201) {
      return outbox.remove(item.key).then(() => { say(outcome.data.message); return outcome; });
    }
    if (outcome.status === "offline" || outcome.status >= 500) { say(T.pending); return outcome; }
    if (outcome.status === "signin") { say(T.signIn); return outcome; }
    item.state = outcome.status === 400 ? "draft" : "refused";
    item.message = outcome.data.message;
    return outbox.put(item).then(() => { say(item.message); return outcome; });
  }

  // The entry form -------------------------------------------------------------------
  function formFields(form) {
    return Array.from(new FormData(form).entries()).filter(([, v]) => typeof v === "string");
  }

  function restore(form, fields) {
    const values = new Map();
    fields.forEach(([name, value]) => values.set(name, (values.get(name) || []).concat([value])));
    Array.from(form.elements).forEach((el) => {
      if (!el.name || el.name === "csrfmiddlewaretoken" || el.name === "entry_mode") return;
      const given = values.get(el.name) || [];
      if (el.type === "checkbox") el.checked = given.includes(el.value);
      else if (el.tagName === "SELECT" || el.type !== "hidden" || el.name === "client_id") el.value = given[0] || "";
    });
  }

  function showErrors(form, errors) {
    form.querySelectorAll("[data-error-for]").forEach((el) => { el.hidden = true; el.replaceChildren(); });
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    Object.entries(errors || {}).forEach(([key, messages]) => {
      let slot = form.querySelector(`[data-error-for="${CSS.escape(key)}"]`)
        || form.querySelector(`[data-error-for="${CSS.escape(key.replace(/\.text$/, ""))}"]`);
      const input = form.querySelector(`[name="${CSS.escape(key)}"]`);
      if (!slot) slot = form.querySelector('[data-error-for="__all__"]');
      const list = slot.tagName === "UL" ? slot : slot.appendChild(document.createElement("ul"));
      list.classList.add("errorlist");
      messages.forEach((m) => { const li = document.createElement("li"); li.textContent = m; list.appendChild(li); });
      slot.hidden = false;
      if (input) input.setAttribute("aria-invalid", "true");
    });
    const first = form.querySelector('[aria-invalid="true"]');
    if (first) first.focus();
  }

  function setUpForm(form) {
    const key = `${form.dataset.table}:${form.dataset.topic}`;
    const idField = form.elements.client_id;
    const base = { key, table: form.dataset.table, topic: form.dataset.topic, label: form.dataset.label,
      url: window.location.pathname, csrf: form.elements.csrfmiddlewaretoken.value };
    outbox.all().then((items) => {
      const saved = items.find((i) => i.key === key && i.fields.some(([n, v]) => n === "entry_mode" && v === form.elements.entry_mode.value));
      if (saved) { restore(form, saved.fields); say(saved.state === "pending" ? T.pending : (saved.message || T.draft)); }
      else if (!form.dataset.fixedId) idField.value = newUuid();
    });
    let timer = null;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => outbox.put({ ...base, fields: formFields(form), state: "draft", savedAt: Date.now() }), 300);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      const item = { ...base, fields: formFields(form), state: "pending", savedAt: Date.now() };
      // Offline, the result waits in the outbox and the "online" event sends it: a request
      // started offline could otherwise hang and land later, racing with that send.
      outbox.put(item).then(() => {
        say(T.pending);
        return navigator.onLine ? send(item) : { status: "offline" };
      }).then((outcome) => {
        return settle(item, outcome).then(() => {
          if (outcome.status === 200 || outcome.status === 201) window.location.assign(outcome.data.redirect);
          else if (outcome.status === 400) showErrors(form, outcome.data.errors);
        });
      });
    });
  }

  // The note taker's home ---------------------------------------------------------------
  function refreshHome() {
    const list = document.querySelector("[data-pending-items]");
    if (!list) return Promise.resolve();
    return outbox.all().then((items) => {
      list.replaceChildren();
      document.querySelectorAll("[data-device-state]").forEach((el) => { el.textContent = ""; });
      items.forEach((item) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.label;
        li.append(link, ` – ${item.state === "pending" ? T.pendingShort : T.draft}${item.message ? `: ${item.message}` : ""}`);
        list.appendChild(li);
        const cell = document.querySelector(`[data-session-cell][data-table="${item.table}"][data-topic="${item.topic}"] [data-device-state]`);
        if (cell) cell.textContent = item.state === "pending" ? T.pendingShort : T.draft;
      });
      list.closest("[data-pending-list]").hidden = items.length === 0;
    });
  }

  function registerWorker() {
    const marker = document.querySelector("[data-sw-url]");
    if (!marker || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(marker.dataset.swUrl, { scope: marker.dataset.swScope }).then(() => {
      if (!navigator.onLine) return;
      document.querySelectorAll("[data-session-cell] a").forEach((a) => fetch(a.href, { credentials: "same-origin" }).catch(() => {}));
    }).catch(() => {});
  }

  document.addEventListener("DOMContentLoaded", () => {
    loadTexts();
    document.querySelectorAll("[data-result-form]").forEach(setUpForm);
    const button = document.querySelector("[data-send-pending]");
    if (button) button.addEventListener("click", () => sendPending());
    refreshHome().then(sendPending);
    registerWorker();
  });
  window.addEventListener("online", () => sendPending());
  window.addEventListener("offline", () => say(T.offline));
}());
