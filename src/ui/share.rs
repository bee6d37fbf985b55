//! Share buttons (`view::share`): one listener for the whole page. The
//! phone's share sheet where the browser has one (Web Share API), otherwise
//! the link is copied, and the status line says so ("链接已复制").

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::view::share::{SHARE_ATTR, SHARE_STATUS_ID, SHARE_TITLE_ATTR};

#[wasm_bindgen(inline_js = r#"
export async function share_link(title, url) {
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (e) {
      if (e && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch (e) {}
  // Pages served over plain http have no clipboard API.
  const field = document.createElement('textarea');
  field.value = url;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try { copied = document.execCommand('copy'); } catch (e) {}
  field.remove();
  return copied ? 'copied' : 'failed';
}
"#)]
extern "C" {
    fn share_link(title: &str, url: &str) -> js_sys::Promise;
}

/// Listens for clicks on share buttons for the page's lifetime.
pub fn start() {
    let handle = window_event_listener(leptos::ev::click, |ev| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(&format!("[{SHARE_ATTR}]")).ok().flatten())
        else {
            return;
        };
        let target = button.get_attribute(SHARE_ATTR).unwrap_or_default();
        let title = button.get_attribute(SHARE_TITLE_ATTR).unwrap_or_default();
        share(&title, &link_to(&target));
    });
    std::mem::forget(handle);
}

/// The page's address with `#target`, without the reader's filters.
fn link_to(target: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}#{target}")
}

fn share(title: &str, url: &str) {
    let link = url.to_string();
    let done = Closure::once(move |result: JsValue| match result.as_string().as_deref() {
        Some("copied") => announce("链接已复制".to_string()),
        Some("failed") => announce(format!("请复制链接：{link}")),
        _ => {}
    });
    let _ = share_link(title, url).then(&done);
    done.forget();
}

/// Shows `text` in the status line for a few seconds.
fn announce(text: String) {
    let Some(status) = document().get_element_by_id(SHARE_STATUS_ID) else {
        return;
    };
    status.set_text_content(Some(&text));
    let _ = status.class_list().add_1("visible");
    set_timeout(
        move || {
            if status.text_content().as_deref() == Some(text.as_str()) {
                let _ = status.class_list().remove_1("visible");
            }
        },
        Duration::from_secs(4),
    );
}
