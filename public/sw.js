// The standalone site's service worker: after one visit the team page opens
// without a network, with the last manifest it saw.
//
// Network first, always: while the server answers, every file and manifest
// comes from it (a new build applies at once, nobody is kept on an old one)
// and a copy is stored here. When the server cannot be reached, the stored
// copy answers; a copy carries `x-teampage-stored-at`, which the page shows
// as "Showing the copy from …". Only the standalone page (index.html in this
// folder) is served so: pages that embed the component leave caching to
// their host. boot.js registers this worker; index.html's
// `data-teampage-offline="off"` removes it.
const CACHE = 'teampage';
// The page gives up a request after 30 s without an answer; so does this worker.
const NO_ANSWER_MS = 30_000;
const SCOPE = new URL(self.registration.scope);
// What the page needs to start, stored at install.
const APP = ['./', 'boot.js', 'teampage.js', 'teampage_bg.wasm', 'page.css', 'team.json', 'config.json'];

const isPage = (url) => url.origin === SCOPE.origin && (url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`);
const inScope = (url) => url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname);

/** The response with the time it was stored, as a copy to keep. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set('x-teampage-stored-at', new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function store(key, response) {
  try {
    const cache = await caches.open(CACHE);
    await cache.put(key, await stamped(response));
  } catch {
    // A body cut off mid-way is not a copy worth keeping.
  }
}

async function networkFirst(event, key) {
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') event.waitUntil(store(key, response.clone()));
    return response;
  } catch (error) {
    const copy = await caches.match(key, { ignoreSearch: true, cacheName: CACHE });
    if (copy) return copy;
    throw error;
  }
}

self.addEventListener('install', (event) => {
  // Each file on its own: a site without the default team.json still installs.
  event.waitUntil(Promise.all(APP.map(async (path) => {
    const url = new URL(path, SCOPE);
    // The page has just loaded these: the browser's HTTP cache has them.
    const response = await fetch(url, { cache: 'force-cache', signal: AbortSignal.timeout(NO_ANSWER_MS) }).catch(() => null);
    if (response?.ok) await store(url, response);
  })).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// boot.js names the manifest the page shows (`?manifest=`), so that it is
// stored on the first visit too.
self.addEventListener('message', (event) => {
  const url = new URL(event.data?.store ?? '', SCOPE);
  if (!event.data?.store || !inScope(url)) return;
  // Shown a moment ago, so in the HTTP cache: no second download.
  event.waitUntil(fetch(url, { cache: 'force-cache', signal: AbortSignal.timeout(NO_ANSWER_MS) })
    .then((r) => (r.ok ? store(url, r) : null)).catch(() => null));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !inScope(url)) return;
  if (event.request.mode === 'navigate') {
    if (isPage(url)) event.respondWith(networkFirst(event, new URL('./', SCOPE).href));
    return;
  }
  event.respondWith((async () => {
    // A page still loading may not be found yet: it can only be this
    // folder's index.html or a page of the host's (left to the network).
    const client = event.clientId ? await self.clients.get(event.clientId) : null;
    if (client && !isPage(new URL(client.url))) return fetch(event.request);
    return networkFirst(event, url.href);
  })());
});
