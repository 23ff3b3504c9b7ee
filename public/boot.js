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
