//! The case explorer in the browser.
//!
//! The prerendered page holds every case as an `<article>`; the explorer
//! keeps those elements, reads each one's text back (the WebAssembly does
//! not carry the case text), renders the same `CaseContent` into it live
//! (highlighting, unfolding), and hides and shows the articles as the
//! filter changes. The controls above them are replaced by the live ones.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::dom;
use super::url_sync::{UrlFilter, write_url};
use crate::anchors::case_id;
use crate::filter::{CaseFilter, CaseIndex, Facets};
use crate::islands::Island;
use crate::model::Case;
use crate::report::report;
use crate::search::Query;
use crate::view::case_article::{
    CAPTION_SELECTOR, CaseContent, CaseText, PARAGRAPH_SELECTOR, TITLE_CLASS,
};
use crate::view::case_controls::{CaseControls, Explorer, SEARCH_ID, chapters_with_cases, topics};

/// Takes over the case articles and mounts the controls, in short tasks (a
/// slow phone stays responsive while the app starts): first the filters over
/// every article, then the controls, then `ready`, then the articles' live
/// content a few at a time.
pub fn mount(url: UrlFilter, ready: impl FnOnce() + 'static) {
    // Effects run on the wasm-bindgen executor (mount_to starts it too).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| take_over(url, ready));
    // The explorer lives as long as the page.
    std::mem::forget(owner);
}

fn take_over(url: UrlFilter, ready: impl FnOnce() + 'static) {
    let cases: &'static [Case] = &report().cases;
    let articles: Vec<Option<HtmlElement>> = cases
        .iter()
        .map(|case| {
            let id = case_id(case.number);
            dom::islands(Island::Case)
                .into_iter()
                .find(|(element, _)| element.id() == id)
                .map(|(element, _)| element)
        })
        .collect();
    let texts: Vec<CaseText> = articles
        .iter()
        .map(|a| a.as_ref().map(|a| read_text(a)).unwrap_or_default())
        .collect();
    let index = Arc::new(CaseIndex::from_texts(
        cases,
        texts.iter().map(CaseText::searchable),
    ));
    let (chapters, topics) = (chapters_with_cases(), topics());
    let facets = {
        let index = Arc::clone(&index);
        Memo::new(move |_| {
            url.filter
                .with(|f| index.facets(cases, f, &chapters, &topics))
        })
    };
    let matches = Memo::new(move |_| url.filter.with(|f| index.matches(cases, f)));
    let query = Memo::new(move |_| url.filter.with(|f| Query::parse(&f.q)));
    let shown = Signal::derive(move || matches.with(|m| m.iter().filter(|&&m| m).count()));

    let mut live = Vec::new();
    for (i, (article, text)) in articles.into_iter().zip(texts).enumerate() {
        let Some(article) = article else { continue };
        let case = &cases[i];
        let expanded = RwSignal::new(false);
        // A case the filters hide keeps its text unmarked: typing redraws
        // only the cases shown.
        let query: Signal<Query> = Memo::new(move |_| {
            if matches.with(|m| m[i]) {
                query.get()
            } else {
                Query::default()
            }
        })
        .into();
        let hide = article.clone();
        Effect::new(move |_| hide.set_hidden(!matches.with(|m| m[i])));
        Effect::new(move |_| {
            if url.focused_case.get() == Some(case.number) {
                expanded.set(true);
            }
        });
        live.push(LiveCase {
            article,
            case,
            text,
            query,
            expanded,
        });
    }
    // The case a link points at first, then in page order.
    let focused = url.focused_case.get_untracked();
    live.reverse();
    if let Some(at) = live.iter().position(|c| Some(c.case.number) == focused) {
        let first = live.remove(at);
        live.push(first);
    }
    focus_case_from_fragment(url, matches);
    let facets = facets.into();
    next_task(Box::new(move || {
        mount_controls(url, shown, facets);
        ready();
        next_task(Box::new(move || mount_in_slices(live)));
    }));
}

/// Runs `f` in a task of its own, after the current one. (Boxed: one
/// timer binding for every caller keeps the wasm small.)
fn next_task(f: Box<dyn FnOnce()>) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// A case article and what its live content needs.
struct LiveCase {
    article: HtmlElement,
    case: &'static Case,
    text: CaseText,
    query: Signal<Query>,
    expanded: RwSignal<bool>,
}

/// How many articles get their live content per task: the filters work on
/// every article at once (they only hide and show), while replacing the
/// articles' content is spread over short tasks, so starting the app never
/// blocks a slow phone for long (each task well under 50 ms at 4× slowdown).
const ARTICLES_PER_TASK: usize = 2;

/// Mounts the live content of the last `ARTICLES_PER_TASK` of `pending` (kept
/// in reverse order), then the rest in later tasks. Each article is cleared
/// and filled in the same task, so it never shows empty.
fn mount_in_slices(mut pending: Vec<LiveCase>) {
    for _ in 0..ARTICLES_PER_TASK {
        let Some(LiveCase {
            article,
            case,
            text,
            query,
            expanded,
        }) = pending.pop()
        else {
            return;
        };
        dom::clear(&article);
        leptos::mount::mount_to(article, move || {
            view! { <CaseContent case text query expanded/> }
        })
        .forget();
    }
    if !pending.is_empty() {
        next_task(Box::new(move || mount_in_slices(pending)));
    }
}

/// A case's text as the prerendered article shows it.
fn read_text(article: &Element) -> CaseText {
    let texts = |selector: &str| -> Vec<&'static str> {
        dom::all(article, selector)
            .into_iter()
            .map(|e| leak(e.text_content().unwrap_or_default()))
            .collect()
    };
    CaseText {
        title: texts(&format!(".{TITLE_CLASS}"))
            .into_iter()
            .next()
            .unwrap_or_default(),
        paragraphs: texts(PARAGRAPH_SELECTOR),
        figures: texts(CAPTION_SELECTOR),
    }
}

/// The case texts live as long as the page; leaking them lets the views
/// borrow them as `&'static str`, as they borrow the baked report natively.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn mount_controls(url: UrlFilter, shown: Signal<usize>, facets: Signal<Facets>) {
    let Some((island, _)) = dom::islands(Island::CaseControls).into_iter().next() else {
        return;
    };
    // What a reader typed before the app was ready is kept.
    let typed = dom::find::<HtmlInputElement>(&island, &format!("#{SEARCH_ID}"))
        .map(|input| input.value())
        .filter(|q| !q.trim().is_empty());
    if let Some(q) = typed
        && url.filter.with_untracked(|f| f.q.is_empty())
    {
        let filter = CaseFilter {
            q,
            ..url.filter.get_untracked()
        };
        url.set(filter);
    }
    let typed = after_next_paint(url);
    let explorer = Explorer {
        filter: url.filter.into(),
        shown,
        facets,
        update: Callback::new(move |filter: CaseFilter| {
            let only_query = url
                .filter
                .with_untracked(|f| f.chapter == filter.chapter && f.tags == filter.tags);
            if only_query {
                typed(filter.q);
            } else {
                url.set(filter);
            }
        }),
    };
    dom::clear(&island);
    leptos::mount::mount_to(island, move || view! { <CaseControls explorer/> }).forget();
}

/// Opens and scrolls to the case a `#case-N` fragment names; if the filters
/// hide it, they are cleared so the link still leads somewhere.
fn focus_case_from_fragment(url: UrlFilter, matches: Memo<Vec<bool>>) {
    Effect::new(move |_| {
        let Some(number) = url.focused_case.get() else {
            return;
        };
        let index = usize::from(number) - 1;
        if !matches.with_untracked(|m| m.get(index).copied().unwrap_or(false)) {
            url.filter.set(CaseFilter::default());
            write_url("", &format!("#{}", case_id(number)), true);
        }
        super::scroll::to_id(&case_id(number));
    });
}

/// Applies a typed query after the next paint: the character the reader
/// typed shows at once, and the results follow a frame later (on a slow
/// phone, redrawing the results takes longer than a frame). Keys typed in
/// between make one update, with the latest text, on top of whatever else
/// the filters became meanwhile.
fn after_next_paint(url: UrlFilter) -> impl Fn(String) + Copy + 'static {
    let pending: StoredValue<Option<String>, LocalStorage> = StoredValue::new_local(None);
    move |q: String| {
        let mut scheduled = false;
        pending.update_value(|p| {
            scheduled = p.is_some();
            *p = Some(q);
        });
        if scheduled {
            return;
        }
        request_animation_frame(move || {
            next_task(Box::new(move || {
                if let Some(q) = pending.try_update_value(Option::take).flatten() {
                    url.set(CaseFilter {
                        q,
                        ..url.filter.get_untracked()
                    });
                }
            }));
        });
    }
}
