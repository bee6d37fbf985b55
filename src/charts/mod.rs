//! The report's charts: data derived from the report, drawn by plotters.
//!
//! Every chart is a plain data struct built from the [`Report`] (or one of
//! its tables) that implements [`Chart`]: a title, a one-sentence summary, a
//! source line, a table of the same figures as printed, and a layout
//! ([`Chart::scene`]) for any CSS width. [`Chart::draw`] paints that layout
//! on any plotters backend — the canvas in the browser, SVG for downloads and
//! for the native tests ([`render_svg`]) — and returns the hit boxes that let
//! a tap, hover or arrow key read out each bar's exact value.
//!
//! The template's own charts (outcomes against the province, the cohort,
//! funding) are dedicated, driven by their sections of the data. The charts
//! of the report's tables are declared in the data (`Table::chart`): one
//! generic chart per kind, `grouped` and `ranked` (`table_chart`).

pub mod bars;
pub mod cohort;
pub mod framed;
pub mod funding;
pub mod grouped;
pub mod outcomes;
pub mod ranked;
pub mod scene;
pub mod table_chart;
pub mod theme;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::decimal::Decimal;
use crate::model::{Cell, Report};

pub use cohort::CohortChart;
pub use funding::FundingChart;
pub use grouped::GroupedChart;
pub use outcomes::{OutcomesChart, difference_words};
pub use ranked::RankedChart;
pub use scene::{HitBox, Scene, hit_test};
pub use theme::{Palette, Theme};

/// A chart's figures as a table: header and rows, every cell as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartData {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl ChartData {
    /// CSV for download: UTF-8 with BOM, CRLF.
    pub fn to_csv(&self) -> String {
        crate::csv::to_csv(&self.header, self.rows.iter().map(|r| r.iter()))
    }

    /// CSV headed by lines of context (see `csv::with_preamble`).
    pub fn to_csv_with(&self, preamble: &[String]) -> String {
        crate::csv::with_preamble(preamble, &self.header, self.rows.iter().map(|r| r.iter()))
    }
}

/// The two layouts every chart is drawn in: one for phones, one for wide
/// screens. A figure scales its layout to its width (never below 1:1, so
/// text is never smaller than laid out), and the static image and the
/// canvas show the same layout at the same size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Narrow,
    Wide,
}

impl Layout {
    pub const ALL: [Layout; 2] = [Layout::Narrow, Layout::Wide];
    /// Viewports where the wide layout applies (a CSS media query).
    pub const WIDE_MEDIA: &str = "(min-width: 630px)";
    /// The viewport width of [`Layout::WIDE_MEDIA`].
    pub const WIDE_FROM: f64 = 630.0;

    /// Width in CSS px the layout is made for: the narrowest figure that
    /// shows it (a 320 px phone; a 630 px window, less the page's margins).
    pub const fn width(self) -> f64 {
        match self {
            Layout::Narrow => 270.0,
            Layout::Wide => 520.0,
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Layout::Narrow => "narrow",
            Layout::Wide => "wide",
        }
    }

    /// The layout a viewport `width` CSS px wide shows.
    pub fn for_viewport(width: f64) -> Layout {
        if width >= Layout::WIDE_FROM {
            Layout::Wide
        } else {
            Layout::Narrow
        }
    }
}

/// What every chart provides to the page.
pub trait Chart {
    /// Stable key for element ids and file names, e.g. "outcomes", "t-2-2-1".
    fn key(&self) -> String;
    /// The figure caption.
    fn title(&self) -> String;
    /// Every figure the chart shows, in sentences: its text alternative (the
    /// image's alt, the canvas's accessible name).
    fn summary(&self) -> String;
    /// What the chart says, in one short line, shown under its title.
    fn headline(&self) -> String {
        self.summary()
    }
    /// Which survey or table, which cohort or year, which section of the report.
    fn source_line(&self) -> String;
    /// The same figures as printed, for the HTML table and the CSV.
    fn table(&self) -> ChartData;
    /// The drawing laid out for `width` CSS px.
    fn scene(&self, width: f64, theme: &Theme) -> Scene;

    /// Height in CSS px the chart needs at `width` CSS px (reserve it before drawing).
    fn height(&self, width: f64) -> f64 {
        self.scene(width, &Theme::light(1.0)).height.ceil()
    }

    /// Draws the chart on `area` (whose pixel width is the CSS width × `theme.scale`)
    /// and returns the hit boxes in the area's pixels.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
        let width = f64::from(area.dim_in_pixel().0) / theme.scale;
        scene::paint(area, &self.scene(width, theme), theme)
    }
}

/// Any of the report's charts (one type for the page's component).
#[derive(Debug, Clone, PartialEq)]
pub enum AnyChart {
    Outcomes(OutcomesChart),
    Cohort(CohortChart),
    Funding(FundingChart),
    Grouped(GroupedChart),
    Ranked(RankedChart),
}

macro_rules! each {
    ($self:ident, $c:ident => $e:expr) => {
        match $self {
            AnyChart::Outcomes($c) => $e,
            AnyChart::Cohort($c) => $e,
            AnyChart::Funding($c) => $e,
            AnyChart::Grouped($c) => $e,
            AnyChart::Ranked($c) => $e,
        }
    };
}

impl Chart for AnyChart {
    fn key(&self) -> String {
        each!(self, c => c.key())
    }
    fn title(&self) -> String {
        each!(self, c => c.title())
    }
    fn summary(&self) -> String {
        each!(self, c => c.summary())
    }
    fn headline(&self) -> String {
        each!(self, c => c.headline())
    }
    fn source_line(&self) -> String {
        each!(self, c => c.source_line())
    }
    fn table(&self) -> ChartData {
        each!(self, c => c.table())
    }
    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        each!(self, c => c.scene(width, theme))
    }
}

/// The chart as an SVG document `width` × `height` px (CSS px × `theme.scale`).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg<C: Chart>(chart: &C, width: u32, height: u32, theme: &Theme) -> String {
    let scene = chart.scene(f64::from(width) / theme.scale, theme);
    render_scene_svg(&scene, height, theme, &chart.title())
}

/// A laid-out scene as an SVG document named `title`, at `theme.scale`
/// device px per CSS px and `height` device px.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_scene_svg(scene: &Scene, height: u32, theme: &Theme, title: &str) -> String {
    let theme = theme.for_svg();
    let width = (scene.width * theme.scale).round() as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        // Writing to a String cannot fail; a failed draw leaves a partial image.
        let _ = scene::paint(&area, scene, &theme);
        let _ = area.present();
    }
    // Give the file an accessible name.
    if let Some(end) = svg.find(">\n") {
        let title = format!("<title>{}</title>\n", html_escape::encode_text(title));
        svg.insert_str(end + 2, &title);
    }
    svg
}

/// The charts of section `id` ("1.3", "2.2", …), in reading order.
pub fn charts_for_section(report: &Report, id: &str) -> Vec<AnyChart> {
    let mut out = Vec::new();
    if report.outcomes.section == id {
        out.extend(OutcomesChart::from_report(report).map(AnyChart::Outcomes));
    }
    if report.cohort.section == id {
        out.push(AnyChart::Cohort(CohortChart::from_report(report)));
    }
    if report.funding.section == id {
        out.extend(FundingChart::from_report(report).map(AnyChart::Funding));
    }
    out.extend(
        report
            .tables
            .iter()
            .filter(|t| t.section.as_deref() == Some(id))
            .filter_map(table_chart::chart_of),
    );
    out
}

/// The charts of the front matter's tables (those in no section, e.g. the 荣誉表).
pub fn front_matter_charts(report: &Report) -> Vec<AnyChart> {
    report
        .tables
        .iter()
        .filter(|t| t.section.is_none())
        .filter_map(table_chart::chart_of)
        .collect()
}

/// The comparison with the province, drawn compactly for the overview.
pub fn overview_chart(report: &Report) -> Option<AnyChart> {
    OutcomesChart::from_report(report).map(|c| AnyChart::Outcomes(c.compacted()))
}

/// Every chart of the report, in reading order: the front matter's, then each section's.
pub fn all_charts(report: &Report) -> Vec<AnyChart> {
    let mut charts = front_matter_charts(report);
    for chapter in report.chapters.iter() {
        for section in chapter.sections.iter() {
            charts.extend(charts_for_section(report, &section.id));
        }
    }
    charts
}

/// A cell as printed.
pub fn cell_text(cell: &Cell) -> String {
    cell.printed()
}

/// A numeric cell as an exact decimal.
pub fn cell_decimal(cell: &Cell) -> Option<Decimal> {
    Decimal::parse(&cell_text(cell))
}

/// Sorts largest first, keeping the order of equals (an insertion sort: the
/// lists are short, and it keeps the library's stable sort out of the wasm).
pub fn sort_descending<T>(items: &mut [T], key: impl Fn(&T) -> f64) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The sum of decimals, exact; "0" for none.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values
        .into_iter()
        .fold(Decimal::parse("0").expect("zero parses"), Decimal::plus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_print_as_printed() {
        assert_eq!(cell_text(&Cell::Number(25.6)), "25.6");
        assert_eq!(cell_text(&Cell::Number(40.0)), "40");
        assert_eq!(cell_text(&Cell::Number(19.03)), "19.03");
        assert_eq!(cell_text(&Cell::Text(" 国家级 ".into())), "国家级");
    }

    #[test]
    fn sums_are_exact() {
        let parts = ["19.03", "17.25", "25.6"].map(|s| Decimal::parse(s).unwrap());
        assert_eq!(sum(parts).to_string(), "61.88");
    }

    #[test]
    fn sorts_largest_first_keeping_ties_in_order() {
        let mut items = [(1, 15.0), (2, 40.0), (3, 15.0), (4, 25.6), (5, 15.0)];
        sort_descending(&mut items, |i| i.1);
        assert_eq!(items.map(|i| i.0), [2, 4, 1, 3, 5]);
    }

    #[test]
    fn csv_has_bom() {
        let t = ChartData {
            header: vec!["a".into()],
            rows: vec![vec!["97.84".into()]],
        };
        assert_eq!(t.to_csv(), "\u{feff}a\r\n97.84\r\n");
    }
}
