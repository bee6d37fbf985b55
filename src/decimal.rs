//! Exact arithmetic on figures as the report prints them.
//!
//! "83.80" must stay "83.80" and 6830.89 − 6214.79 must be 616.10, not
//! 616.0999…, so printed values are parsed into scaled integers, never floats.

use std::cmp::Ordering;
use std::fmt;

/// A decimal number with a fixed count of fraction digits, e.g. 83.80 = 8380 × 10⁻².
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    units: i64,
    scale: u32,
}

impl Decimal {
    /// Parses a figure as printed ("97.84", "4362", "-0.5"); `None` for anything else.
    pub fn parse(printed: &str) -> Option<Decimal> {
        let printed = printed.trim();
        let (negative, digits) = match printed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, printed),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return None;
        }
        if digits.contains('.') && fraction.is_empty() {
            return None;
        }
        let scale = u32::try_from(fraction.len()).ok().filter(|s| *s <= 6)?;
        let units: i64 = format!("{whole}{fraction}").parse().ok()?;
        Some(Decimal {
            units: if negative { -units } else { units },
            scale,
        })
    }

    /// Digits after the decimal point, as printed.
    pub fn scale(self) -> u32 {
        self.scale
    }

    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(self.scale as i32)
    }

    /// The same value with `scale` fraction digits (only ever widens).
    fn widen(self, scale: u32) -> Decimal {
        let extra = scale.saturating_sub(self.scale);
        Decimal {
            units: self.units * 10i64.pow(extra),
            scale: self.scale.max(scale),
        }
    }

    /// `self − other`, exact, at the finer of the two scales.
    pub fn minus(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        Decimal {
            units: self.widen(scale).units - other.widen(scale).units,
            scale,
        }
    }

    /// `self + other`, exact, at the finer of the two scales.
    pub fn plus(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        Decimal {
            units: self.widen(scale).units + other.widen(scale).units,
            scale,
        }
    }

    pub fn abs(self) -> Decimal {
        Decimal {
            units: self.units.abs(),
            scale: self.scale,
        }
    }

    pub fn signum(self) -> i64 {
        self.units.signum()
    }

    /// Rounds half away from zero to `scale` digits (only ever narrows).
    pub fn round_to(self, scale: u32) -> Decimal {
        if scale >= self.scale {
            return self.widen(scale);
        }
        let divisor = 10i64.pow(self.scale - scale);
        let half = divisor / 2;
        let rounded = if self.units >= 0 {
            (self.units + half) / divisor
        } else {
            (self.units - half) / divisor
        };
        Decimal {
            units: rounded,
            scale,
        }
    }

    /// `self / 10ⁿ`, exact (only the decimal point moves): 52636.06 万 is
    /// 5.263606 亿 with n = 4.
    pub fn shifted_down(self, n: u32) -> Decimal {
        Decimal {
            units: self.units,
            scale: self.scale + n,
        }
    }

    /// `numerator / denominator × 100`, rounded to `scale` digits.
    pub fn percent(numerator: u64, denominator: u64, scale: u32) -> Option<Decimal> {
        if denominator == 0 {
            return None;
        }
        let factor = 100u128 * 10u128.pow(scale);
        let scaled = u128::from(numerator) * factor;
        let d = u128::from(denominator);
        let units = (scaled + d / 2) / d;
        Some(Decimal {
            units: i64::try_from(units).ok()?,
            scale,
        })
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.widen(scale).units.cmp(&other.widen(scale).units)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.units < 0 { "-" } else { "" };
        let magnitude = self.units.unsigned_abs();
        if self.scale == 0 {
            return write!(f, "{sign}{magnitude}");
        }
        let divisor = 10u64.pow(self.scale);
        write!(
            f,
            "{sign}{}.{:0width$}",
            magnitude / divisor,
            magnitude % divisor,
            width = self.scale as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn keeps_printed_digits() {
        assert_eq!(d("83.80").to_string(), "83.80");
        assert_eq!(d("4362").to_string(), "4362");
        assert_eq!(d("0.05").to_string(), "0.05");
    }

    #[test]
    fn subtracts_exactly() {
        assert_eq!(d("6830.89").minus(d("6214.79")).to_string(), "616.10");
        assert_eq!(d("98.63").minus(d("98.45")).to_string(), "0.18");
        assert_eq!(d("96.92").minus(d("97.84")).to_string(), "-0.92");
        assert_eq!(d("1.5").minus(d("0.25")).to_string(), "1.25");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(d("616.10").round_to(0).to_string(), "616");
        assert_eq!(d("2.345").round_to(2).to_string(), "2.35");
        assert_eq!(d("-2.345").round_to(2).to_string(), "-2.35");
    }

    #[test]
    fn shifts_the_point_exactly() {
        assert_eq!(d("52636.06").shifted_down(4).to_string(), "5.263606");
        assert_eq!(
            d("36071.82").shifted_down(4).round_to(2).to_string(),
            "3.61"
        );
        assert_eq!(d("10000").shifted_down(4), d("1"));
    }

    #[test]
    fn percent_of_counts() {
        assert_eq!(
            Decimal::percent(4324, 4362, 2).unwrap().to_string(),
            "99.13"
        );
        assert_eq!(Decimal::percent(1, 3, 2).unwrap().to_string(), "33.33");
        assert!(Decimal::percent(1, 0, 2).is_none());
    }

    #[test]
    fn rejects_what_is_not_a_printed_number() {
        for bad in [
            "", ".5", "5.", "+5", "1,000", "12a", "--1", "1.2.3", "约3.72", "NaN",
        ] {
            assert!(Decimal::parse(bad).is_none(), "{bad:?} parsed");
        }
    }

    #[test]
    fn compares_across_scales() {
        assert_eq!(d("1.50"), d("1.5"));
        assert!(d("6.55") < d("8.29"));
    }
}
