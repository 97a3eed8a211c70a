// On every page of a signed-in user: send the results kept on this device whenever it
// can (page load, the "online" event, the page shown again, a timer after a failure,
// "Send now"), say what happened in the page's status line, and keep the note taker's
// list of results on this device up to date. Background Sync (results-sw.js) sends
// them too when the browser has it, even with no page open.
(function () {
  "use strict";
  const core = window.WtiOutbox;
  const marker = document.querySelector("[data-outbox]");
  if (!core || !marker || !window.indexedDB) return;
  const user = marker.dataset.user;
  const csrf = marker.dataset.csrf;
  const T = { ...marker.dataset };
  let timer = null;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? String(values[name]) : match));
  }

  function say(text, link) {
    document.querySelectorAll("[data-outbox-status]").forEach((el) => {
      el.replaceChildren();
      if (link) {
        const a = document.createElement("a");
        a.href = link.url;
        a.textContent = link.label;
        el.append(a, ": ");
      }
      el.append(text);
    });
  }

  function refusalText(outcome) {
    return outcome.message || format(T.refusedStatus, { status: outcome.status });
  }

  function announce(item, outcome) {
    const link = { url: item.url, label: item.label };
    if (outcome.kind === "accepted") say(outcome.message, link);
    else if (["invalid", "conflict", "refused"].includes(outcome.kind)) say(refusalText(outcome), link);
    else if (outcome.kind === "signin") say(T.signIn);
    else if (outcome.kind === "busy") say(T.busy);
  }

  function settled(item, outcome) {
    // A page that shows this result (the entry form) may say it there instead.
    const event = new CustomEvent("wti-outbox-settled", { detail: { item, outcome }, cancelable: true });
    if (document.dispatchEvent(event)) announce(item, outcome);
  }

  function schedule() {
    clearTimeout(timer);
    return core.nextDueIn(user).then((wait) => {
      if (wait !== null) timer = setTimeout(() => flush(false), Math.max(wait, 500));
    });
  }

  function flush(force) {
    if (!navigator.onLine) {
      return refreshList().then(() => ({ sent: 0, pending: 0, stopped: "network" }));
    }
    return core.flush({ user, csrf, force, onSettled: settled })
      .then((summary) => refreshList().then(schedule).then(() => summary));
  }

  // The result pages' service worker: it keeps the forms for use with no network and
  // sends with Background Sync. On the home, the forms are fetched once so it keeps them.
  function registerWorker() {
    const sw = document.querySelector("[data-sw-url]");
    if (!sw || !("serviceWorker" in navigator)) return Promise.resolve(null);
    return navigator.serviceWorker.register(sw.dataset.swUrl, { scope: sw.dataset.swScope }).then((registration) => {
      if (navigator.onLine) {
        document.querySelectorAll("[data-session-cell] a").forEach((a) => {
          fetch(a.href, { credentials: "same-origin" }).catch(() => {});
        });
      }
      return registration;
    }).catch(() => null);
  }

  function registerSync() {
    if (!("serviceWorker" in navigator) || !document.querySelector("[data-sw-url]")) return Promise.resolve();
    return navigator.serviceWorker.ready
      .then((registration) => (registration.sync ? registration.sync.register(core.SYNC_TAG) : undefined))
      .catch(() => {});
  }

  // The note taker's home: what waits on this device, and the state of each session.
  function refreshList() {
    const list = document.querySelector("[data-pending-items]");
    const cells = document.querySelectorAll("[data-device-state]");
    if (!list && !cells.length) return Promise.resolve();
    return Promise.all([core.store.items(), core.store.drafts()]).then(([all, drafts]) => {
      const items = all.filter((item) => item.user === user);
      cells.forEach((el) => { el.textContent = ""; });
      drafts.filter((draft) => draft.user === user).forEach((draft) => {
        const [table, topic] = draft.key.split(":");
        const cell = document.querySelector(
          `[data-session-cell][data-table="${table}"][data-topic="${topic}"] [data-device-state]`,
        );
        if (cell) cell.textContent = T.draft;
      });
      items.forEach((item) => {
        const cell = document.querySelector(
          `[data-session-cell][data-table="${item.table}"][data-topic="${item.topic}"] [data-device-state]`,
        );
        if (cell) cell.textContent = item.state === "pending" ? T.pendingShort : T.refusedShort;
      });
      if (!list) return;
      list.replaceChildren(...items.map(listEntry));
      list.closest("[data-pending-list]").hidden = items.length === 0;
    });
  }

  function listEntry(item) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = item.url;
    link.textContent = item.label;
    const state = item.state === "pending" ? T.pendingShort : `${T.refusedShort}: ${refusalText(item)}`;
    li.append(link, ` – ${state}`);
    if (item.state === "refused") {
      const discard = document.createElement("button");
      discard.type = "button";
      discard.className = "link-button";
      discard.textContent = T.discard;
      discard.addEventListener("click", () => core.store.remove(item.id).then(refreshList));
      li.append(" ", discard);
    }
    return li;
  }

  core.onSettledElsewhere((item, outcome) => {
    if (item.user === user) settled(item, outcome);
    refreshList();
  });

  const api = { user, csrf, texts: T, format, flush, registerSync, refreshList, ownsFirstFlush: false };
  window.WtiOutboxPage = api;

  const ready = Promise.all([core.store.putMeta({ name: "session", user, csrf }), core.claimUnowned(user)])
    .catch(() => {});
  api.ready = ready;
  document.querySelectorAll("[data-send-pending]").forEach((button) => button.addEventListener("click", () => flush(true)));
  window.addEventListener("online", () => flush(true));
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") flush(true); });
  document.addEventListener("DOMContentLoaded", () => {
    registerWorker();
    if (!api.ownsFirstFlush) ready.then(() => flush(true));
  });
}());
