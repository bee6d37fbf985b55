//! Files the build writes beside `index.html`: each chart's images (an SVG
//! per layout and colour scheme, shown by the page before and without the
//! WebAssembly), each chart's downloads (CSV, SVG, PNG), and each table's
//! CSV. All come from the same data and drawing code as the page.

use std::fs;
use std::path::Path;

use resvg::{tiny_skia, usvg};

use crate::charts::{AnyChart, Chart, Layout, Theme, all_charts, render_svg};
use crate::model::Report;
use crate::table_view::to_csv;
use crate::view::chart_figure::{download_path, image_path, layout_size};
use crate::view::data_table::csv_path;

/// The font the build draws Chinese text with in PNGs (Debian: fonts-noto-cjk).
const CJK_FONT: &str = "Noto Sans CJK SC";
/// Device pixels per CSS pixel of a downloaded PNG.
const PNG_SCALE: f32 = 2.0;

/// Writes every chart's and table's files under `dir`; returns how many.
pub fn write_files(dir: &Path, report: &'static Report) -> Result<usize, String> {
    let fonts = cjk_fonts()?;
    let mut written = 0;
    for chart in all_charts(report) {
        written += write_chart(dir, &chart, &fonts)?;
    }
    for table in report.tables.iter() {
        let rows: Vec<usize> = (0..table.rows.len()).collect();
        write(dir, &csv_path(&table.key), to_csv(table, &rows).as_bytes())?;
        written += 1;
    }
    Ok(written)
}

fn write_chart(dir: &Path, chart: &AnyChart, fonts: &usvg::Options) -> Result<usize, String> {
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
    let (width, height) = layout_size(chart, Layout::Wide);
    let svg = render_svg(chart, width, height, &Theme::light(1.0));
    write(dir, &download_path(&key, "svg"), svg.as_bytes())?;
    write(dir, &download_path(&key, "png"), &png(&svg, fonts)?)?;
    write(
        dir,
        &download_path(&key, "csv"),
        chart.table().to_csv().as_bytes(),
    )?;
    Ok(written + 3)
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

/// Rasterises an SVG at [`PNG_SCALE`] device pixels per CSS pixel.
fn png(svg: &str, options: &usvg::Options) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| format!("chart SVG: {e}"))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * PNG_SCALE).ceil() as u32,
        (size.height() * PNG_SCALE).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("chart PNG: empty size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("chart PNG: {e}"))
}
