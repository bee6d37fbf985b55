//! Files the build writes beside `index.html`: each chart's images (an SVG
//! per layout and colour scheme, shown by the page before and without the
//! WebAssembly), each chart's downloads (CSV, SVG, PNG — framed with their
//! title, summary, source and origin, so they stand on their own when
//! forwarded), each table's CSV, and, when the site's address is known, the
//! page's preview image. All come from the same data and drawing code.

use std::fs;
use std::path::Path;

use resvg::{tiny_skia, usvg};

use crate::charts::framed::{Origin, framed, preview};
use crate::charts::{
    AnyChart, Chart, Layout, Scene, Theme, all_charts, overview_chart, render_scene_svg, render_svg,
};
use crate::model::Report;
use crate::table_view::to_csv;
use crate::view::chart_figure::{download_path, image_path, layout_size};
use crate::view::data_table::csv_path;

/// The font the build draws Chinese text with in PNGs (Debian: fonts-noto-cjk).
const CJK_FONT: &str = "Noto Sans CJK SC";
/// Device pixels per CSS pixel of a downloaded PNG and of the preview image.
const PNG_SCALE: f64 = 2.0;
/// The page's preview image (`og:image`), 1200 × 630 device px.
pub const PREVIEW_IMAGE: &str = "preview.png";
const PREVIEW_SIZE: (f64, f64) = (600.0, 315.0);

/// Writes every chart's and table's files under `dir`; returns how many.
/// `address` is the site's public URL, if the build was given it.
pub fn write_files(
    dir: &Path,
    report: &'static Report,
    address: Option<&str>,
) -> Result<usize, String> {
    let fonts = cjk_fonts()?;
    let origin = Origin {
        report: report.title.to_string(),
        address: address.map(String::from),
    };
    let mut written = 0;
    for chart in all_charts(report) {
        written += write_images(dir, &chart)?;
        written += write_downloads(dir, &chart, &origin, &fonts)?;
    }
    if let Some(chart) = overview_chart(report) {
        written += write_images(dir, &chart)?;
        if address.is_some() {
            let (w, h) = PREVIEW_SIZE;
            let scene = preview(&chart, w, h, &Theme::light(1.0), &origin);
            let svg = svg_of(&scene, PNG_SCALE, &chart.title());
            write(dir, PREVIEW_IMAGE, &png(&svg, &fonts)?)?;
            written += 1;
        }
    }
    for table in report.tables.iter() {
        let rows: Vec<usize> = (0..table.rows.len()).collect();
        write(dir, &csv_path(&table.key), to_csv(table, &rows).as_bytes())?;
        written += 1;
    }
    Ok(written)
}

/// The images the page shows: an SVG per layout and colour scheme.
fn write_images(dir: &Path, chart: &AnyChart) -> Result<usize, String> {
    let key = chart.key();
    let mut written = 0;
    for layout in Layout::ALL {
        let (width, height) = layout_size(chart, layout);
        for dark in [false, true] {
            let theme = if dark {
                Theme::dark(1.0)
            } else {
                Theme::light(1.0)
            };
            let svg = render_svg(chart, width, height, &theme);
            write(dir, &image_path(&key, layout, dark), svg.as_bytes())?;
            written += 1;
        }
    }
    Ok(written)
}

/// The chart's CSV, SVG and PNG downloads, each carrying its context.
fn write_downloads(
    dir: &Path,
    chart: &AnyChart,
    origin: &Origin,
    fonts: &usvg::Options,
) -> Result<usize, String> {
    let key = chart.key();
    let scene = framed(chart, Layout::Wide.width(), &Theme::light(1.0), origin);
    let svg = svg_of(&scene, 1.0, &chart.title());
    write(dir, &download_path(&key, "svg"), svg.as_bytes())?;
    let big = svg_of(&scene, PNG_SCALE, &chart.title());
    write(dir, &download_path(&key, "png"), &png(&big, fonts)?)?;
    let mut preamble = vec![
        format!("图表：{}", chart.title()),
        format!("说明：{}", chart.headline()),
        chart.source_line(),
        format!("出自《{}》互动版", origin.report),
    ];
    if let Some(address) = &origin.address {
        preamble.push(format!("网址：{address}"));
    }
    let csv = chart.table().to_csv_with(&preamble);
    write(dir, &download_path(&key, "csv"), csv.as_bytes())?;
    Ok(3)
}

/// A scene laid out in CSS px as an SVG at `scale` device px per CSS px.
fn svg_of(scene: &Scene, scale: f64, title: &str) -> String {
    let height = (scene.height * scale).ceil() as u32;
    render_scene_svg(scene, height, &Theme::light(scale), title)
}

fn write(dir: &Path, relative: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The system's fonts, refusing to go on without a CJK font: a PNG of a
/// chart whose Chinese labels are missing would be a wrong download.
fn cjk_fonts() -> Result<usvg::Options<'static>, String> {
    let mut options = usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_system_fonts();
    let query = usvg::fontdb::Query {
        families: &[usvg::fontdb::Family::Name(CJK_FONT)],
        ..Default::default()
    };
    if db.query(&query).is_none() {
        return Err(format!(
            "no \"{CJK_FONT}\" font on this machine, needed to draw the charts' PNG files: \
             install Debian's fonts-noto-cjk (scripts/setup.sh does)"
        ));
    }
    Ok(options)
}

/// Rasterises an SVG at its own size (already in device pixels).
fn png(svg: &str, options: &usvg::Options) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| format!("chart SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("chart PNG: empty size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("chart PNG: {e}"))
}
