// Records, from before the page's own scripts run, what a visitor would not
// see: uncaught errors, rejected promises, console errors and every
// Content-Security-Policy violation (also those inside shadow roots: the
// event is composed). server.mjs puts it first in <head> with `record: true`.
// Engines read `window.__tpRecord` (Chromium, Firefox and WebKit alike).
(() => {
  const record = { errors: [], violations: [], console: [] };
  Object.defineProperty(window, '__tpRecord', { value: record });
  addEventListener('error', (e) => {
    const what = e.target && e.target !== window ? `failed to load ${e.target.src ?? e.target.href ?? e.target.tagName}` : e.message;
    record.errors.push(String(what));
  }, true);
  addEventListener('unhandledrejection', (e) => record.errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => {
    record.violations.push(`${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
  const error = console.error;
  console.error = function (...args) {
    record.console.push(args.map(String).join(' '));
    return error.apply(this, args);
  };
})();
