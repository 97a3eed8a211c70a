// Service worker for result entry: keeps the note taker's home, the entry forms and
// their assets so that a form opens and works with no network (only GET requests are
// cached), and sends the results kept on this device with Background Sync where the
// browser has it, even with no page of the site open. Results themselves are kept in
// IndexedDB by outbox-core.js, never in the cache.
importScripts("__OUTBOX_CORE_URL__");

// v2: the pages of v1 load a script that no longer exists; they are dropped on activation.
const CACHE = "wti-results-v2";
const PAGES = /\/results\/(tables\/\d+\/sessions\/\d+\/)?$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(
  caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()),
));

function cacheable(request, url) {
  if (request.method !== "GET" || url.origin !== self.location.origin) return false;
  return url.pathname.startsWith("/static/") || PAGES.test(url.pathname);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (!cacheable(request, url)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && !response.redirected && response.type === "basic") {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches.match(request).then((cached) => cached || caches.match(request, { ignoreSearch: true }))
          .then((cached) => cached || Response.error()),
      ),
  );
});

// Background Sync: send what waits, as the signed-in user of the last page seen (the
// pages record it with their CSRF token). If something is still pending, the promise
// fails so that the browser tries the sync again later; the pages also send on their
// own (outbox.js), so browsers without Background Sync lose nothing.
self.addEventListener("sync", (event) => {
  if (event.tag !== self.WtiOutbox.SYNC_TAG) return;
  event.waitUntil(
    self.WtiOutbox.store.meta("session").then((session) => {
      if (!session || !session.user) return undefined;
      return self.WtiOutbox.flush({ user: session.user, csrf: session.csrf, force: true }).then((summary) => {
        if (summary.pending) throw new Error("results still pending");
      });
    }),
  );
});
