//! How a figure the report prints is written on a key-figure tile or an
//! overview card.
//!
//! - **Large amounts in 亿.** Where the report's unit is 万元 and the value is
//!   at least 1 亿 (10000 万元), the figure is written in 亿元 with two
//!   decimals, rounded half away from zero: 52636.06 万元 → 5.26 亿元,
//!   36071.82 万元 → 3.61 亿元. The arithmetic is exact (`Decimal`: the point
//!   moves four places, then one rounding), never a float. The printed value
//!   stays in the prose and the tables, and in the tile's accessible text.
//!   Every other figure is written as printed.
//! - **Qualifiers.** A figure that qualifies another (`Figure::of`) is
//!   written on that figure's tile, after it: a change labelled "…增长" or
//!   "…增加" as "较上年 +18.59%", one labelled "…下降" or "…减少" with a minus;
//!   any other (a part: "其中发明专利") as its label and figure,
//!   "其中发明专利 51 项".
//!
//! Numbers and units are joined by a no-break space, so they never part.

use crate::decimal::Decimal;

/// A figure as shown: number and unit, and the printed figure when the shown
/// one is a conversion of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    pub number: String,
    pub unit: String,
    /// "52636.06万元" when shown as 5.26 亿元; `None` when shown as printed.
    pub printed: Option<String>,
}

/// 1 亿 = 10⁴ 万.
const WAN_PER_YI: u32 = 4;
/// 亿元 are shown to two decimals (to the 百万元).
const YI_DECIMALS: u32 = 2;

/// See the module comment.
pub fn amount(value: &str, unit: &str) -> Amount {
    let in_yi = (unit == "万元")
        .then(|| Decimal::parse(value))
        .flatten()
        .filter(|v| *v >= Decimal::parse("10000").expect("10000 parses"))
        .map(|v| v.shifted_down(WAN_PER_YI).round_to(YI_DECIMALS));
    match in_yi {
        Some(yi) => Amount {
            number: yi.to_string(),
            unit: "亿元".to_string(),
            printed: Some(format!("{value}{unit}")),
        },
        None => Amount {
            number: value.to_string(),
            unit: unit.to_string(),
            printed: None,
        },
    }
}

/// Number and unit as one unbreakable piece of text: "18.59%", "51\u{a0}项".
pub fn with_unit(number: &str, unit: &str) -> String {
    if unit.is_empty() || unit == "%" {
        format!("{number}{unit}")
    } else {
        format!("{number}\u{a0}{unit}")
    }
}

/// A qualifying figure as written after the figure it qualifies (see the
/// module comment): "较上年 +18.59%", "其中发明专利 51 项".
pub fn qualifier_text(label: &str, value: &str, unit: &str) -> String {
    let shown = amount(value, unit);
    let figure = with_unit(&shown.number, &shown.unit);
    let change = |sign: &str, words: &[&str]| {
        words
            .iter()
            .find_map(|w| label.strip_suffix(w))
            .map(|reference| format!("{reference} {sign}{figure}"))
    };
    change("+", &["增长", "增加"])
        .or_else(|| change("-", &["下降", "减少"]))
        .unwrap_or_else(|| format!("{label} {figure}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_of_one_yi_and_more_are_written_in_yi() {
        let total = amount("52636.06", "万元");
        assert_eq!(
            (total.number.as_str(), total.unit.as_str()),
            ("5.26", "亿元")
        );
        assert_eq!(total.printed.as_deref(), Some("52636.06万元"));
        assert_eq!(amount("36071.82", "万元").number, "3.61");
        // Exactly 1 亿, and a value that rounds up at the third decimal.
        assert_eq!(amount("10000", "万元").number, "1.00");
        assert_eq!(amount("12345", "万元").number, "1.23");
        assert_eq!(amount("12350", "万元").number, "1.24");
    }

    #[test]
    fn smaller_amounts_and_other_units_stay_as_printed() {
        for (value, unit) in [
            ("1245.66", "万元"),
            ("9999.99", "万元"),
            ("2000", "多万元"),
            ("6830.89", "元"),
            ("33741", "人次"),
            ("约3", "万元"),
        ] {
            let shown = amount(value, unit);
            assert_eq!((shown.number.as_str(), shown.unit.as_str()), (value, unit));
            assert_eq!(shown.printed, None);
        }
    }

    #[test]
    fn changes_read_as_signed_figures() {
        assert_eq!(qualifier_text("较上年增长", "18.59", "%"), "较上年 +18.59%");
        assert_eq!(
            qualifier_text("较上一年增加", "26.7", "%"),
            "较上一年 +26.7%"
        );
        assert_eq!(qualifier_text("较上年下降", "3.1", "%"), "较上年 -3.1%");
    }

    #[test]
    fn parts_read_as_label_and_figure() {
        assert_eq!(
            qualifier_text("其中发明专利", "51", "项"),
            "其中发明专利 51\u{a0}项"
        );
        assert_eq!(
            qualifier_text("其中", "52636.06", "万元"),
            "其中 5.26\u{a0}亿元"
        );
    }
}
