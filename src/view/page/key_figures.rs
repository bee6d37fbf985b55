//! A section's key figures as tiles: at most [`MAX_TILES`], chosen in the
//! data (`Figure::tile`), each a figure with its label and, on the same tile,
//! the figures that qualify it (`Figure::of`: a change, a part), so a growth
//! rate reads with what grew: "5.26 亿元 · 较上年 +18.59%". The section's
//! other figures are read in its prose. How figures are written:
//! `figure_text`.

use leptos::prelude::*;

use crate::figure_text::{amount, qualifier_text};
use crate::model::Figure;

/// More tiles than this make a wall of numbers instead of a summary.
pub const MAX_TILES: usize = 4;

/// One tile: a figure and the figures that qualify it, in the report's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub figure: &'static Figure,
    pub qualifiers: Vec<&'static Figure>,
}

/// The tiles of a section's figures (see the module comment).
pub fn tiles(figures: &[&'static Figure]) -> Vec<Tile> {
    figures
        .iter()
        .filter(|f| f.tile)
        .map(|&figure| Tile {
            figure,
            qualifiers: figures
                .iter()
                .filter(|q| q.of.as_deref() == Some(&*figure.key))
                .copied()
                .collect(),
        })
        .collect()
}

/// Nothing when the section has no tile.
#[component]
pub fn KeyFigures(figures: Vec<&'static Figure>) -> impl IntoView {
    let tiles = tiles(&figures);
    (!tiles.is_empty()).then(|| {
        let items = tiles
            .into_iter()
            .map(|tile| view! { <KeyFigure tile/> })
            .collect_view();
        view! { <dl class="key-figures">{items}</dl> }
    })
}

#[component]
fn KeyFigure(tile: Tile) -> impl IntoView {
    let figure = tile.figure;
    let shown = amount(&figure.value, &figure.unit);
    let printed = shown.printed.map(|p| format!("报告原文：{p}"));
    let details = tile
        .qualifiers
        .iter()
        .map(|q| view! { <span class="key-detail">{qualifier_text(&q.label, &q.value, &q.unit)}</span> })
        .collect_view();
    view! {
        <div class="key-figure">
            <dt>{figure.label.as_ref()}</dt>
            <dd>
                <span class="key-value" title=printed.clone()>
                    <span class="key-number">{shown.number}</span>
                    <span class="key-unit">{shown.unit}</span>
                </span>
                {printed.as_ref().map(|p| view! { <span class="sr-only">{format!("（{p}）")}</span> })}
                {details}
            </dd>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(key: &str, value: &str, tile: bool, of: Option<&str>) -> &'static Figure {
        Box::leak(Box::new(Figure {
            key: key.to_string().into(),
            label: key.to_string().into(),
            value: value.to_string().into(),
            unit: "%".into(),
            section: "6.4".into(),
            quote: String::new().into(),
            headline: false,
            tile,
            of: of.map(|o| o.to_string().into()),
        }))
    }

    #[test]
    fn a_tile_carries_the_figures_that_qualify_it() {
        let total = figure("total", "52636.06", true, None);
        let growth = figure("growth", "18.59", false, Some("total"));
        let bare = figure("bare", "28.93", false, None);
        let other = figure("other", "3.72", true, None);
        let other_growth = figure("other-growth", "5.98", false, Some("other"));
        let tiles = tiles(&[total, growth, bare, other, other_growth]);
        assert_eq!(
            tiles,
            [
                Tile {
                    figure: total,
                    qualifiers: vec![growth]
                },
                Tile {
                    figure: other,
                    qualifiers: vec![other_growth]
                },
            ]
        );
    }

    #[test]
    fn a_qualifier_of_a_figure_without_a_tile_is_not_shown() {
        let total = figure("total", "52636.06", false, None);
        let growth = figure("growth", "18.59", false, Some("total"));
        assert!(tiles(&[total, growth]).is_empty());
    }
}
