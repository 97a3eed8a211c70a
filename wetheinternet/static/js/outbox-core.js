// The outbox of results kept on this device (IndexedDB), shared by the pages
// (outbox.js, results-entry.js) and the service worker (results-sw.js, Background Sync).
// No DOM here: it runs in windows and in the worker.
//
// Rules (docs/result-entry.md, "Offline"):
//  - an item is one submission with its own client id; its content never changes;
//  - a pending item stays pending until the server answers it (2xx: removed; 4xx:
//    refused, kept with the server's message and field errors; 5xx, 429, network
//    errors, timeouts: still pending, tried again later with backoff);
//  - an item made while an earlier one of the same table and session is pending
//    "follows" it: it is sent after it and corrects what it became (or, if that one was
//    refused, what that one meant to correct);
//  - a refused id is never sent again.
// Stored: seat numbers, option ids, counts and the table's own answers; never names.
(function (scope) {
  "use strict";
  const DB_NAME = "wti-results";
  const DB_VERSION = 2;
  const TIMEOUT_MS = 30000;
  const BACKOFF_BASE_MS = 2000;
  const BACKOFF_MAX_MS = 5 * 60 * 1000;
  const USED_IDS_KEPT = 500;

  function upgrade(db, tx, oldVersion) {
    let legacy = null;
    if (oldVersion === 1) {
      // Version 1 kept one item per table and session, keyed "table:topic", with its
      // client id among the fields: keep its pending results and drafts.
      legacy = tx.objectStore("outbox").getAll();
    }
    const create = () => {
      if (db.objectStoreNames.contains("outbox")) db.deleteObjectStore("outbox");
      const outbox = db.createObjectStore("outbox", { keyPath: "id" });
      const drafts = db.createObjectStore("drafts", { keyPath: "key" });
      db.createObjectStore("meta", { keyPath: "name" });
      (legacy ? legacy.result : []).forEach((old) => {
        const value = (name) => (old.fields.find(([n]) => n === name) || [])[1] || "";
        const fields = old.fields.filter(([n]) => !["client_id", "replaces", "csrfmiddlewaretoken"].includes(n));
        if (old.state === "pending" && value("client_id")) {
          outbox.put({
            id: value("client_id"), user: "", key: old.key, table: old.table, topic: old.topic, label: old.label,
            url: old.url, fields, replaces: value("replaces"), after: "", state: "pending", attempts: 0,
            retryAt: 0, serverBusy: false, queuedAt: old.savedAt || Date.now(),
          });
        } else {
          drafts.put({ key: `${old.key}:${value("entry_mode")}`, user: "", fields, savedAt: old.savedAt || Date.now() });
        }
      });
    };
    if (legacy) legacy.onsuccess = create;
    else create();
  }

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = (event) => upgrade(request.result, request.transaction, event.oldVersion);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Run ``action(stores)`` in one transaction; resolves with what it returned (a request's
  // result once the transaction has completed, or a plain value).
  function transact(names, mode, action) {
    return openDb().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction(names, mode);
      const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
      let outcome;
      Promise.resolve(action(stores, tx)).then((value) => { outcome = value; }, reject);
      tx.oncomplete = () => {
        db.close();
        resolve(outcome && typeof outcome === "object" && "readyState" in outcome ? outcome.result : outcome);
      };
      tx.onerror = () => { db.close(); reject(tx.error); };
      tx.onabort = () => { db.close(); reject(tx.error); };
    }));
  }

  const request = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

  const store = {
    items: () => transact(["outbox"], "readonly", (s) => s.outbox.getAll()),
    item: (id) => transact(["outbox"], "readonly", (s) => s.outbox.get(id)),
    remove: (id) => transact(["outbox"], "readwrite", (s) => { s.outbox.delete(id); }),
    drafts: () => transact(["drafts"], "readonly", (s) => s.drafts.getAll()),
    draft: (key) => transact(["drafts"], "readonly", (s) => s.drafts.get(key)),
    putDraft: (draft) => transact(["drafts"], "readwrite", (s) => { s.drafts.put(draft); }),
    removeDrafts: (prefix) => transact(["drafts"], "readwrite", (s) => request(s.drafts.getAll()).then((all) => {
      all.filter((d) => d.key.startsWith(prefix)).forEach((d) => s.drafts.delete(d.key));
    })),
    meta: (name) => transact(["meta"], "readonly", (s) => s.meta.get(name)),
    putMeta: (value) => transact(["meta"], "readwrite", (s) => { s.meta.put(value); }),
  };

  const acceptedKey = (item) => `accepted:${item.user}:${item.key}`;

  // Queue a new submission: it follows the latest pending item of its table and session;
  // with none, it corrects the one this device last saw accepted since the form was
  // loaded (``item.since``; another page or the service worker may have sent it), or else
  // ``item.replaces``, the current result the page showed. The refused items and the
  // draft of that table and session are dropped (the new submission answers them).
  function queue(item) {
    const reads = (s) => Promise.all([request(s.outbox.getAll()), request(s.meta.get(acceptedKey(item)))]);
    return transact(["outbox", "drafts", "meta"], "readwrite", (s) => reads(s).then(([all, accepted]) => {
      const same = all.filter((other) => other.key === item.key && other.user === item.user);
      const pending = same.filter((other) => other.state === "pending").sort(byQueueOrder);
      const last = pending[pending.length - 1];
      const seen = accepted && accepted.at >= (item.since || 0) ? accepted.id : item.replaces;
      const queued = {
        ...item, after: last ? last.id : "", replaces: last ? last.replaces : seen,
        state: "pending", attempts: 0, retryAt: 0, serverBusy: false, queuedAt: Date.now(),
      };
      same.filter((other) => other.state === "refused").forEach((other) => s.outbox.delete(other.id));
      s.outbox.put(queued);
      return request(s.drafts.getAll()).then((drafts) => {
        drafts.filter((d) => d.key.startsWith(`${item.key}:`)).forEach((d) => s.drafts.delete(d.key));
        return request(s.meta.get("used-ids"));
      }).then((used) => {
        // Ids once queued, so that an id printed on a paper sheet is used once only.
        const ids = ((used && used.ids) || []).concat([queued.id]).slice(-USED_IDS_KEPT);
        s.meta.put({ name: "used-ids", ids });
        return queued;
      });
    }));
  }

  // The same submission (same id, content and correction) once more, after it was
  // accepted: the server answers "already received".
  function requeue(item) {
    return transact(["outbox"], "readwrite", (s) => {
      const again = { ...item, after: "", state: "pending", attempts: 0, retryAt: 0, serverBusy: false,
        queuedAt: Date.now() };
      s.outbox.put(again);
      return again;
    });
  }

  function usedIds() {
    return store.meta("used-ids").then((used) => new Set((used && used.ids) || []));
  }

  function byQueueOrder(a, b) { return a.queuedAt - b.queuedAt; }

  // Sending ------------------------------------------------------------------------

  function retryAfterMs(response) {
    const header = response.headers.get("Retry-After");
    if (!header) return 0;
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 0;
  }

  function isSignIn(response) {
    if (response.status === 401) return true;
    try {
      return response.redirected && new URL(response.url).pathname.includes("/accounts/login/");
    } catch (error) {
      return false;
    }
  }

  // What the server's answer means for the item (never a guess from a page's look).
  function classify(response) {
    const json = (response.headers.get("Content-Type") || "").includes("application/json");
    if (isSignIn(response)) return Promise.resolve({ kind: "signin" });
    const status = response.status;
    if (status >= 500 || status === 429 || status === 408) {
      return Promise.resolve({ kind: "busy", status, waitMs: retryAfterMs(response) });
    }
    if (!json) {
      // A 403 page without JSON is the CSRF check or a lost permission: sign in again.
      if (status === 403) return Promise.resolve({ kind: "signin" });
      // Another page (a captive portal, a proxy's error): the server never answered.
      if (status < 400) return Promise.resolve({ kind: "network" });
      return Promise.resolve({ kind: "refused", status, message: "", errors: {} });
    }
    return response.json().then((data) => {
      if (status === 200 || status === 201) {
        return { kind: "accepted", status, message: data.message || "", redirect: data.redirect || "" };
      }
      const base = { status, message: data.message || "", errors: data.errors || {} };
      if (status === 400) return { kind: "invalid", ...base };
      if (status === 409) return { kind: "conflict", ...base };
      return { kind: "refused", ...base };
    }, () => ({ kind: "busy", status, waitMs: 0 }));
  }

  function post(item, csrf) {
    const body = new URLSearchParams(item.fields);
    body.set("client_id", item.id);
    body.set("replaces", item.replaces || "");
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
    return fetch(item.url, {
      method: "POST",
      body,
      credentials: "same-origin",
      redirect: "follow",
      headers: { Accept: "application/json", "X-CSRFToken": csrf },
      signal: controller ? controller.signal : undefined,
    }).then(classify, () => ({ kind: "network" })).finally(() => clearTimeout(timer));
  }

  function backoffMs(attempts, waitMs) {
    const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempts, 10));
    const jittered = exponential / 2 + Math.random() * (exponential / 2);
    return Math.max(waitMs || 0, jittered);
  }

  // Record the answer in the outbox, in one transaction with the items that follow, and
  // tell the other pages and the service worker.
  function settle(item, outcome) {
    return transact(["outbox", "meta"], "readwrite", (s) => request(s.outbox.getAll()).then((all) => {
      const current = all.find((other) => other.id === item.id);
      if (!current) return;
      const followers = all.filter((other) => other.after === item.id);
      if (outcome.kind === "accepted") {
        s.outbox.delete(item.id);
        // Refusals of earlier submissions of this table and session are answered by it.
        all.filter((other) => other.state === "refused" && other.key === item.key && other.user === item.user
          && other.queuedAt < current.queuedAt).forEach((other) => s.outbox.delete(other.id));
        s.meta.put({ name: acceptedKey(item), id: item.id, at: Date.now() });
        followers.forEach((f) => s.outbox.put({ ...f, after: "", replaces: item.id }));
      } else if (["invalid", "conflict", "refused"].includes(outcome.kind)) {
        s.outbox.put({ ...current, state: "refused", refusal: outcome.kind, status: outcome.status,
          message: outcome.message, errors: outcome.errors, refusedAt: Date.now() });
        followers.forEach((f) => s.outbox.put({ ...f, after: current.after, replaces: current.replaces }));
      } else if (["network", "busy", "signin"].includes(outcome.kind)) {
        const attempts = (current.attempts || 0) + 1;
        s.outbox.put({ ...current, attempts, retryAt: Date.now() + backoffMs(attempts - 1, outcome.waitMs),
          serverBusy: outcome.kind === "busy" });
      }
    })).then(() => {
      if (channel && outcome.kind !== "network") channel.postMessage({ item, outcome });
    });
  }

  // Answers heard in one page (or the service worker) are told to the others.
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("wti-results-outbox") : null;
  function onSettledElsewhere(listener) {
    if (channel) channel.addEventListener("message", (event) => listener(event.data.item, event.data.outcome));
  }

  function due(item, force, now) {
    if (!item.retryAt || item.retryAt <= now) return true;
    // A network error may be gone at once (the "online" event, a new page); a server
    // that answered "busy" or "retry after" is left alone until the time it gave.
    return force && !item.serverBusy;
  }

  let running = null;
  let again = false;

  // Send the pending items of ``user`` in the order they were made. ``force`` ignores
  // the backoff after network errors (not the server's own "retry after").
  // ``onSettled(item, outcome)`` hears of each answer. Resolves with {sent, pending,
  // stopped} where stopped is "network", "busy" or "signin" when sending stopped early.
  function flush({ user, csrf, force = false, onSettled = () => {} }) {
    if (running) {
      again = true;
      return running;
    }
    const work = () => flushOnce(user, csrf, force, onSettled);
    const locked = scope.navigator && scope.navigator.locks
      ? () => scope.navigator.locks.request("wti-results-outbox", work)
      : work;
    running = locked().finally(() => {
      running = null;
      if (again) {
        again = false;
        return flush({ user, csrf, force, onSettled });
      }
      return undefined;
    });
    return running;
  }

  async function flushOnce(user, csrf, force, onSettled) {
    const summary = { sent: 0, pending: 0, stopped: "" };
    const ids = (await store.items())
      .filter((item) => item.state === "pending" && item.user === user)
      .sort(byQueueOrder)
      .map((item) => item.id);
    for (const id of ids) {
      const item = await store.item(id);
      if (!item || item.state !== "pending") continue;
      const now = Date.now();
      if (summary.stopped || (item.after && (await store.item(item.after))) || !due(item, force, now)) {
        summary.pending += 1;
        continue;
      }
      const outcome = await post(item, csrf);
      await settle(item, outcome);
      onSettled(item, outcome);
      if (outcome.kind === "accepted") summary.sent += 1;
      else if (["network", "busy", "signin"].includes(outcome.kind)) {
        summary.pending += 1;
        summary.stopped = outcome.kind;
      }
    }
    return summary;
  }

  // When the next item is due (ms from now), or null when nothing waits. An item that
  // follows another still in the outbox waits for that one, not for a time.
  async function nextDueIn(user) {
    const all = await store.items();
    const ids = new Set(all.map((item) => item.id));
    const waiting = all.filter((item) => item.state === "pending" && item.user === user && !ids.has(item.after));
    if (!waiting.length) return null;
    return Math.max(0, Math.min(...waiting.map((item) => (item.retryAt || 0) - Date.now())));
  }

  // Results and drafts kept by the first version of the outbox have no user: the first
  // signed-in page claims them (if they are not that person's, the server refuses them
  // and the refusal is shown; nothing is dropped unseen).
  function claimUnowned(user) {
    return transact(["outbox", "drafts"], "readwrite", (s) => Promise.all([
      request(s.outbox.getAll()), request(s.drafts.getAll()),
    ]).then(([items, drafts]) => {
      items.filter((item) => !item.user).forEach((item) => s.outbox.put({ ...item, user }));
      drafts.filter((draft) => !draft.user).forEach((draft) => s.drafts.put({ ...draft, user }));
    }));
  }

  function newId() {
    if (scope.crypto && scope.crypto.randomUUID) return scope.crypto.randomUUID();
    const bytes = scope.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  scope.WtiOutbox = { store, queue, requeue, usedIds, flush, onSettledElsewhere, claimUnowned, nextDueIn, newId, SYNC_TAG: "wti-results-outbox" };
}(self));
