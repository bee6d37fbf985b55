//! Horizontal bars from a common zero baseline, laid out for any width.
//!
//! Each group is a label on its own line(s) above one or more bars (or, when
//! the chart is wide and every label fits, a label column to the left). Every
//! bar carries its value as printed right after its end, so a gap too small
//! to see is still read; the axis always starts at zero.

use super::scene::{Align, Scene, line_height, text_width, truncate, wrap};
use super::theme::Theme;

/// Outer margin, in CSS px.
pub const PAD: f64 = 6.0;
/// Group labels.
pub const LABEL: f64 = 14.0;
/// Values and notes.
pub const VALUE: f64 = 13.0;
/// Tags, tick labels.
pub const SMALL: f64 = 12.0;
pub const BAR_H: f64 = 16.0;
const ROW_GAP: f64 = 6.0;
const GROUP_GAP: f64 = 14.0;
const DENSE_BAR_H: f64 = 12.0;
const DENSE_GROUP_GAP: f64 = 8.0;
const TAG_GAP: f64 = 6.0;
const VALUE_GAP: f64 = 5.0;
const OUTLINE: f64 = 2.0;
/// Width from which labels may sit in a column left of the bars (the wide
/// layout, `charts::Layout::Wide`, is 520).
const INLINE_FROM: f64 = 480.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarStyle {
    /// Solid, in the school's colour.
    School,
    /// Outlined with a light tint, in the provincial colour.
    Province,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Bar {
        /// Short series name left of the bar (本校 / 全省), if any.
        tag: Option<String>,
        value: f64,
        /// The value as printed, with its unit.
        text: String,
        style: BarStyle,
        /// What a tap or the keyboard reads out.
        hit: String,
    },
    /// A row with no bar, only a statement (e.g. 全省均值未公布).
    Note {
        tag: Option<String>,
        text: String,
        hit: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    /// Used when `label` does not fit on one line.
    pub short_label: Option<String>,
    pub rows: Vec<Row>,
    /// A sentence under the bars (e.g. 高出全省 0.92 个百分点).
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// Long labels wrap onto more lines.
    Wrap,
    /// Long labels are cut with "…" (the full text is in the hit text and the table).
    Truncate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub max: f64,
    /// Positions and labels of the ticks, from zero.
    pub ticks: Vec<(f64, String)>,
}

impl Axis {
    /// 0–100 %, ticks every 25.
    pub fn percent() -> Axis {
        Axis {
            max: 100.0,
            ticks: [0, 25, 50, 75, 100]
                .iter()
                .map(|&t| {
                    let label = if t == 100 {
                        "100%".to_string()
                    } else {
                        t.to_string()
                    };
                    (f64::from(t), label)
                })
                .collect(),
        }
    }

    /// From zero to a round number at or above `max_value`, about four steps;
    /// the last tick carries `unit`.
    pub fn nice(max_value: f64, unit: &str) -> Axis {
        let max_value = if max_value.is_finite() && max_value > 0.0 {
            max_value
        } else {
            1.0
        };
        let raw = max_value / 4.0;
        // The largest power of ten not above `raw` (no log10/powf in the wasm).
        let mut magnitude = 1.0;
        while magnitude * 10.0 <= raw {
            magnitude *= 10.0;
        }
        while magnitude > raw && magnitude > 1e-9 {
            magnitude /= 10.0;
        }
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * magnitude);
        let steps = (max_value / step - 1e-9).ceil().max(1.0) as u32;
        let ticks: Vec<(f64, String)> = (0..=steps)
            .map(|i| {
                let v = step * f64::from(i);
                let mut label = format_number(v);
                if i == steps && !unit.is_empty() {
                    label = format!("{label} {unit}");
                }
                (v, label)
            })
            .collect();
        Axis {
            max: step * f64::from(steps),
            ticks,
        }
    }
}

/// A tick value without float noise (steps are 1, 2 or 5 × 10ⁿ).
fn format_number(v: f64) -> String {
    let rounded = (v * 1e6).round() / 1e6;
    format!("{rounded}")
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub groups: Vec<Group>,
    pub axis: Axis,
    pub labels: Labels,
    /// Thinner bars and tighter groups, for long lists.
    pub dense: bool,
}

/// Lays `panel` out from `y` down across the scene's width; returns the new `y`.
pub fn layout(scene: &mut Scene, y: f64, panel: &Panel, theme: &Theme) -> f64 {
    let p = &theme.palette;
    let width = scene.width;
    let inner = (width - 2.0 * PAD).max(1.0);
    let mut y = y;

    let tag_w = panel
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .filter_map(|r| match r {
            Row::Bar { tag, .. } | Row::Note { tag, .. } => tag.as_deref(),
        })
        .map(|t| text_width(t, SMALL, false))
        .fold(0.0, f64::max);
    let value_w = panel
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .filter_map(|r| match r {
            Row::Bar { text, .. } => Some(text_width(text, VALUE, false)),
            Row::Note { .. } => None,
        })
        .fold(0.0, f64::max);

    // Labels to the left of the bars: only when wide, no group has a note
    // under its bars, and the labels fit.
    let simple = panel.groups.iter().all(|g| g.note.is_none());
    let widest_label = panel
        .groups
        .iter()
        .map(|g| text_width(&g.label, LABEL, false))
        .fold(0.0, f64::max);
    let column_max = inner * 0.4;
    let inline = width >= INLINE_FROM
        && simple
        && (panel.labels == Labels::Truncate || widest_label <= column_max);
    let label_col = if inline {
        widest_label.min(column_max) + 10.0
    } else {
        0.0
    };

    let (bar_h, group_gap) = if panel.dense {
        (DENSE_BAR_H, DENSE_GROUP_GAP)
    } else {
        (BAR_H, GROUP_GAP)
    };
    let x_track = PAD + label_col + if tag_w > 0.0 { tag_w + TAG_GAP } else { 0.0 };
    let x_end = (width - PAD - value_w - VALUE_GAP).max(x_track + 1.0);
    let track = x_end - x_track;
    let bar_len = |v: f64| (v / panel.axis.max).clamp(0.0, 1.0) * track;

    for group in &panel.groups {
        let group_top = y;
        let first_hit = scene.hits.len();
        let mut first_row = true;
        if !inline {
            for line in label_lines(group, panel.labels, inner) {
                let lh = line_height(LABEL);
                scene.text(PAD, y + lh / 2.0, line, LABEL, false, p.text, Align::Left);
                y += lh;
            }
            y += 2.0;
        }
        let rows_top = y;
        let row_h = if inline {
            bar_h.max(line_height(LABEL))
        } else {
            bar_h
        };
        let last = group.rows.len().saturating_sub(1);
        for (i, row) in group.rows.iter().enumerate() {
            let top = y;
            let mid = top + row_h / 2.0;
            let bar_top = mid - bar_h / 2.0;
            let (tag, hit) = match row {
                Row::Bar {
                    tag,
                    value,
                    text,
                    style,
                    hit,
                } => {
                    let len = bar_len(*value);
                    match style {
                        BarStyle::School => {
                            scene.rect(x_track, bar_top, x_track + len, bar_top + bar_h, p.school)
                        }
                        BarStyle::Province => {
                            scene.rect(
                                x_track,
                                bar_top,
                                x_track + len,
                                bar_top + bar_h,
                                p.province,
                            );
                            if len > 2.0 * OUTLINE {
                                scene.rect(
                                    x_track + OUTLINE,
                                    bar_top + OUTLINE,
                                    x_track + len - OUTLINE,
                                    bar_top + bar_h - OUTLINE,
                                    p.province_fill,
                                );
                            }
                        }
                    }
                    scene.text(
                        x_track + len + VALUE_GAP,
                        mid,
                        text.clone(),
                        VALUE,
                        false,
                        p.text,
                        Align::Left,
                    );
                    (tag, hit)
                }
                Row::Note { tag, text, hit } => {
                    let room = width - PAD - (x_track + 4.0);
                    let text = truncate(text, SMALL, false, room);
                    scene.text(x_track + 4.0, mid, text, SMALL, false, p.muted, Align::Left);
                    (tag, hit)
                }
            };
            if let Some(tag) = tag {
                scene.text(
                    PAD + label_col,
                    mid,
                    tag.clone(),
                    SMALL,
                    false,
                    p.text,
                    Align::Left,
                );
            }
            y += row_h;
            let hit_top = if first_row {
                group_top
            } else {
                top - ROW_GAP / 2.0
            };
            let hit_bottom = if i == last {
                None
            } else {
                Some(y + ROW_GAP / 2.0)
            };
            first_row = false;
            scene.hits.push(super::scene::Hit {
                x0: 0.0,
                y0: hit_top,
                x1: width,
                y1: hit_bottom.unwrap_or(f64::NAN),
                text: hit.clone(),
                group: (group_top, f64::NAN),
            });
            if i != last {
                y += ROW_GAP;
            }
        }
        if inline {
            // One label per group, level with the middle of its bars.
            let label = truncate(&group.label, LABEL, false, label_col - 10.0);
            let mid = (rows_top + y) / 2.0;
            scene.text(PAD, mid, label, LABEL, false, p.text, Align::Left);
        }
        // The zero baseline beside this group's bars.
        scene.rect(x_track - 1.0, rows_top - 2.0, x_track, y + 2.0, p.axis);
        y += 4.0;
        if let Some(note) = &group.note {
            for line in wrap(note, VALUE, false, inner) {
                let lh = line_height(VALUE);
                scene.text(PAD, y + lh / 2.0, line, VALUE, false, p.text, Align::Left);
                y += lh;
            }
        }
        // The last row's hit region reaches down to the end of the group,
        // and every row's group is the whole group.
        if let Some(hit) = scene.hits.last_mut().filter(|h| h.y1.is_nan()) {
            hit.y1 = y;
        }
        for hit in &mut scene.hits[first_hit..] {
            hit.group.1 = y;
        }
        y += group_gap;
    }

    // The axis: a line from zero to the end of the scale, ticks and labels.
    let axis_y = y - group_gap / 2.0;
    scene.rect(x_track - 1.0, axis_y, x_end, axis_y + 1.0, p.axis);
    let label_y = axis_y + 5.0 + line_height(SMALL) / 2.0;
    let placed: Vec<(f64, f64, &str)> = panel
        .axis
        .ticks
        .iter()
        .map(|(v, label)| {
            let x = x_track + bar_len(*v);
            let half = text_width(label, SMALL, false) / 2.0;
            let cx = x.clamp(PAD + half, width - PAD - half);
            (x, cx, label.as_str())
        })
        .collect();
    let overlaps = |stride: usize| {
        let chosen: Vec<_> = placed.iter().step_by(stride).collect();
        chosen.windows(2).any(|w| {
            let a = w[0].1 + text_width(w[0].2, SMALL, false) / 2.0;
            let b = w[1].1 - text_width(w[1].2, SMALL, false) / 2.0;
            a + 4.0 > b
        })
    };
    let stride = (1..placed.len().max(1))
        .find(|s| !overlaps(*s))
        .unwrap_or(placed.len().max(1));
    for (x, cx, label) in placed.iter().step_by(stride) {
        scene.rect(x - 0.5, axis_y, x + 0.5, axis_y + 4.0, p.axis);
        scene.text(*cx, label_y, *label, SMALL, false, p.muted, Align::Center);
    }
    axis_y + 5.0 + line_height(SMALL) + 4.0
}

/// The group's label as lines that fit `width`.
fn label_lines(group: &Group, labels: Labels, width: f64) -> Vec<String> {
    if text_width(&group.label, LABEL, false) <= width {
        return vec![group.label.clone()];
    }
    let label = match &group.short_label {
        Some(short) if text_width(short, LABEL, false) <= width => return vec![short.clone()],
        Some(short) => short,
        None => &group.label,
    };
    match labels {
        Labels::Wrap => wrap(label, LABEL, false, width),
        Labels::Truncate => vec![truncate(label, LABEL, false, width)],
    }
}

/// A printed figure as a bar length (0 where it is not a number).
pub fn value_of(printed: &str) -> f64 {
    crate::decimal::Decimal::parse(printed).map_or(0.0, crate::decimal::Decimal::to_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axes_start_at_zero_and_cover_the_maximum() {
        let a = Axis::nice(6830.89, "元");
        assert_eq!(a.ticks.first().map(|t| t.0), Some(0.0));
        assert!(a.max >= 6830.89 && a.max <= 10000.0, "{}", a.max);
        assert_eq!(a.ticks.last().map(|t| t.1.as_str()), Some("8000 元"));
        let b = Axis::nice(40.0, "");
        assert_eq!(b.max, 40.0);
        let c = Axis::nice(19.0, "");
        assert_eq!(c.max, 20.0);
        let d = Axis::nice(0.0, "");
        assert!(d.max > 0.0);
    }

    #[test]
    fn tick_labels_have_no_float_noise() {
        let a = Axis::nice(0.7, "");
        for (_, label) in a.ticks {
            assert!(label.len() <= 4, "{label}");
        }
    }
}
