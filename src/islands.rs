//! The islands: prerendered elements the app brings to life in the browser.
//!
//! The build-time renderer marks each island with [`island`]; the app finds
//! them by the same kind and key. Adding an island is one component and one
//! variant here.

use leptos::attr::custom::custom_attribute;
use leptos::tachys::html::attribute::Attribute;

/// The attribute that names an element's island kind.
pub const ISLAND_ATTR: &str = "data-island";
/// The attribute that holds the island's key: a table key, a chart key, a case number.
pub const KEY_ATTR: &str = "data-key";

/// The `<meta name>` that tells the app where the charts module is (see
/// `ui::lazy_charts`); the build writes it.
pub const CHARTS_MODULE_META: &str = "charts-module";

/// The `<meta name>` that tells the page's loader (`src/build/loader.js`)
/// where the app module is; the build writes it.
pub const APP_MODULE_META: &str = "app-module";

/// The class on `<html>` while a link's filters wait for the app (set in
/// `index.html`, taken off when the app has mounted or could not load).
pub const FILTERING_CLASS: &str = "filtering";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Island {
    /// The case explorer's search box, filters and live count (replaced by the live controls).
    CaseControls,
    /// One case article, key = its number. The explorer keeps the element
    /// (filtering hides and shows it) and re-renders its content.
    Case,
    /// A sortable, filterable table, key = the table's key.
    Table,
    /// A chart figure, key = the chart's key (mounted by the charts module).
    Chart,
}

impl Island {
    pub const ALL: [Island; 4] = [
        Island::CaseControls,
        Island::Case,
        Island::Table,
        Island::Chart,
    ];

    /// The value of [`ISLAND_ATTR`].
    pub const fn name(self) -> &'static str {
        match self {
            Island::CaseControls => "case-controls",
            Island::Case => "case",
            Island::Table => "table",
            Island::Chart => "chart",
        }
    }

    pub fn from_name(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|i| i.name() == name)
    }

    /// A CSS selector for every island of this kind.
    pub fn selector(self) -> String {
        format!("[{ISLAND_ATTR}=\"{}\"]", self.name())
    }
}

/// The attributes marking an element as an island, to spread into `view!`:
/// `<div {..island(Island::Table, key)}>`.
pub fn island(kind: Island, key: impl Into<String>) -> impl Attribute {
    (
        custom_attribute(ISLAND_ATTR, kind.name()),
        custom_attribute(KEY_ATTR, key.into()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_distinct() {
        for kind in Island::ALL {
            assert_eq!(Island::from_name(kind.name()), Some(kind));
        }
        assert_eq!(Island::from_name("charts"), None);
        assert_eq!(Island::Table.selector(), "[data-island=\"table\"]");
    }
}
