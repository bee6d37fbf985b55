//! No blank page after a bug: a panic logs its details to the console and
//! puts a short Chinese notice at the top of the page.

use wasm_bindgen::prelude::wasm_bindgen;

/// The notice a reader sees if the app fails.
pub const NOTICE: &str = "页面出现错误，请刷新重试。报告全文与数据仍可阅读。";
/// The id of the notice element.
const NOTICE_ID: &str = "app-error";

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_id(NOTICE_ID);
    notice.set_class_name("app-error");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(NOTICE));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}

/// Lets the browser tests check the notice: panics on purpose.
#[wasm_bindgen]
pub fn simulate_panic_for_tests() {
    panic!("simulated panic (browser test)");
}
