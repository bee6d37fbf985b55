// Trunk's loader hooks for the app's WebAssembly (index.html: data-initializer).
//
// If the module cannot start — a failed download on a phone, a browser
// without WebAssembly — the prerendered page stays as it is (full case text,
// chart images, tables), the `js` class comes off <html> so the page is
// styled as without script, and a notice offers a retry. No uncaught error.
// The notice's id is crate::anchors::LOAD_FAILED_ID; the charts module (Rust)
// shows the same notice when it fails.

const NOTICE_ID = 'load-failed';

function showFailure(error) {
  console.warn('interactive features could not load', error);
  document.documentElement.classList.remove('js');
  document.getElementById(NOTICE_ID)?.removeAttribute('hidden');
}

// The notice's retry button reloads the page (the report is cached).
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest(`#${NOTICE_ID} [data-retry]`)) {
    location.reload();
  }
});

export default function initializer() {
  return {
    onFailure: showFailure,
  };
}
