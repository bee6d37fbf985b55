//! Element ids shared by the prerendered HTML and the app, so links agree.

/// `#s-1-3` for section "1.3".
pub fn section_id(section: &str) -> String {
    format!("s-{}", section.replace('.', "-"))
}

/// `#ch-2` for chapter 2.
pub fn chapter_id(number: u8) -> String {
    format!("ch-{number}")
}

/// `#case-14` for 案例 14.
pub fn case_id(number: u16) -> String {
    format!("case-{number}")
}

/// `#chart-outcomes` for the chart keyed "outcomes".
pub fn chart_id(key: &str) -> String {
    format!("chart-{key}")
}

/// A table's element id is its key (e.g. `#t-2-2-1`).
pub fn table_id(key: &str) -> String {
    key.to_string()
}

/// The foreword (前言) section.
pub const PREFACE_ID: &str = "preface";
/// The appendix (附表).
pub const APPENDIX_ID: &str = "appendix";
/// The case explorer.
pub const CASES_ID: &str = "cases";
/// The overview of headline figures.
pub const OVERVIEW_ID: &str = "overview";
/// The main content (skip-link target).
pub const MAIN_ID: &str = "main";
/// The notice shown when the interactive features could not load. The
/// loader (`src/build/loader.js`, not Rust) names it too.
pub const LOAD_FAILED_ID: &str = "load-failed";
/// The section id figures use for the foreword.
pub const PREFACE_SECTION: &str = "前言";
/// Set on `<html>` once the app has mounted (`data-app="ready"`), for tests and styles.
pub const APP_READY_ATTR: &str = "data-app";

/// Where a figure's `section` points: a section anchor, or the foreword.
pub fn figure_target(section: &str) -> String {
    if section == PREFACE_SECTION {
        PREFACE_ID.to_string()
    } else {
        section_id(section)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_and_css_safe() {
        assert_eq!(section_id("1.10"), "s-1-10");
        assert_eq!(chapter_id(7), "ch-7");
        assert_eq!(case_id(31), "case-31");
        assert_eq!(chart_id("t-2-2-1"), "chart-t-2-2-1");
        assert_eq!(figure_target("前言"), "preface");
        assert_eq!(figure_target("2.2"), "s-2-2");
    }
}
