// Starts the app's WebAssembly after the first paint, so nothing competes
// with it: when the page is idle, or at the reader's first interaction,
// whichever comes first; at once for a link that filters the cases (the
// `filtering` class, set in index.html, hides their list until then).
// The post-build step puts this inline in <head> (src/build/loader.rs), with
// its hash in the Content-Security-Policy, in place of Trunk's start-up
// script and preloads. `meta[name="app-module"]` names the module
// (crate::islands::APP_MODULE_META).
//
// If the module cannot start (a failed download on a phone, a browser
// without WebAssembly), the prerendered page stays as it is, the `js` class
// comes off <html> so the page is styled as without script, and a notice
// (#load-failed, crate::anchors::LOAD_FAILED_ID) offers a retry. No uncaught
// error.

const root = document.documentElement;
const app = document.querySelector('meta[name="app-module"]');
const TRIGGERS = ['pointerdown', 'keydown', 'touchstart', 'focusin', 'wheel'];
let started = false;

function failed(error) {
  console.warn('interactive features could not load', error);
  root.classList.remove('js', 'filtering');
  document.getElementById('load-failed')?.removeAttribute('hidden');
}

function start() {
  if (started) return;
  started = true;
  for (const type of TRIGGERS) removeEventListener(type, start, true);
  performance.mark('app-start');
  // Everything in parallel: the glue, the modules it imports, the wasm.
  for (const href of (app.dataset.imports || '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const wasm = fetch(app.dataset.wasm);
  wasm.catch(() => {}); // a failed download is reported once, by init below
  import(app.content)
    .then((bindings) => {
      // Browser tests reach the app's test hooks here.
      window.wasmBindings = bindings;
      return bindings.default({ module_or_path: wasm });
    })
    .catch(failed);
}

// After the first paint has been presented, not merely produced: Chromium
// stamps `first-paint` when the frame reaches the screen, which on a busy
// phone can be a while after the main thread drew it.
function afterFirstPaint(then) {
  if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      then();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(then));
  }
}

function whenIdle() {
  // Safari has no requestIdleCallback: a short pause after `load` instead.
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 200);
}

// The notice's retry button reloads the page (the report is cached).
addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('#load-failed [data-retry]')) {
    location.reload();
  }
});

if (!app) {
  failed(new Error('no app-module meta'));
} else if (root.classList.contains('filtering')) {
  afterFirstPaint(start);
} else {
  for (const type of TRIGGERS) addEventListener(type, start, { capture: true, passive: true });
  const afterLoad = () => afterFirstPaint(whenIdle);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
