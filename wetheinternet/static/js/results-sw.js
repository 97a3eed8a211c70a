// Service worker for result entry: keeps the note taker's home, the entry forms and
// their assets so that a form opens and works with no network. Only GET requests are
// cached; results themselves are kept in IndexedDB by results-offline.js, never here.
const CACHE = "wti-results-v1";
const PAGES = /\/results\/(tables\/\d+\/sessions\/\d+\/)?$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

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
