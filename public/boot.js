// Starts the standalone page (index.html) from a file rather than an inline
// script, so that a `script-src 'self'` Content-Security-Policy allows it.
// Every path is relative to this file: the site works from any folder.
const wasm = new URL('./teampage_bg.wasm', import.meta.url);

function fail(error) {
  const p = document.createElement('p');
  p.className = 'tp-boot-error';
  p.setAttribute('role', 'alert');
  p.textContent = `The team page could not start: ${error?.message ?? error}. `
    + 'Check that teampage.js and teampage_bg.wasm sit beside index.html and are served with their types '
    + '(application/wasm for the .wasm file), and that the browser runs WebAssembly.';
  document.body.append(p);
  console.error('teampage:', error);
}

import('./teampage.js')
  .then(({ default: init }) => init({ module_or_path: wasm }))
  .catch(fail);

// Offline after one visit (public/sw.js); `data-teampage-offline="off"` on
// index.html's <body> turns it off, and removes a worker already installed.
// The worker is registered once the team is shown, so that its install never
// competes with the page's own downloads; it serves the next visit anyway.
if ('serviceWorker' in navigator) {
  const scope = new URL('./', import.meta.url).href;
  const manifest = new URLSearchParams(location.search).get('manifest');
  const register = () => navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope })
    .then(() => navigator.serviceWorker.ready)
    // A `?manifest=` is stored now that it has been shown (the default
    // team.json is stored at install).
    .then((registration) => manifest && registration.active?.postMessage({ store: new URL(manifest, location.href).href }))
    .catch((error) => console.warn('teampage: no offline copy:', error));
  let tries = 120;
  const whenShown = () => {
    if (document.querySelector('[data-team-id]')) register();
    else if (--tries > 0) setTimeout(whenShown, 500);
  };
  if (document.body.dataset.teampageOffline === 'off') {
    navigator.serviceWorker.getRegistration(scope).then((r) => r?.unregister());
  } else {
    whenShown();
  }
}
