//! Date codes as the report prints them, read as dates.
//!
//! The report's date columns (表1.8-1 出版年月, 表3.3-1 登记日期) print every
//! date as a six-digit code, year then month: 200109 is September 2001 and is
//! shown as 2001年9月. A code of four digits is a year (2001 → 2001年), of
//! eight a day (20010903 → 2001年9月3日). Years outside 1900–2099, months
//! outside 1–12 and days outside 1–31 are not dates; anything else (待定,
//! 2001.9) is shown as printed.
//!
//! Sorting needs no reading: a year-first code's text order is its time
//! order (2001 < 200109 < 20010903 < 200110), and text that is not a code
//! sorts after the codes that start with the same year or after all of them
//! (待定). So a date column sorts by its printed text (`table_view`), which
//! keeps the browser's code small.

/// A date as far as it is printed: a month or a day may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCode {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DateCode {
    /// `None` for anything but a code of 4, 6 or 8 digits that is a date.
    pub fn parse(printed: &str) -> Option<DateCode> {
        let digits = printed.as_bytes();
        if !matches!(digits.len(), 4 | 6 | 8) || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // The number in digits[from..from + len] (all ASCII digits).
        let number = |from: usize, len: usize| {
            digits
                .get(from..from + len)
                .map(|d| d.iter().fold(0u16, |n, b| n * 10 + u16::from(b - b'0')))
        };
        let year = number(0, 4).filter(|y| (1900..2100).contains(y))?;
        let month = match number(4, 2) {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(_) => return None,
            None => None,
        };
        let day = match number(6, 2) {
            Some(d) if (1..=31).contains(&d) => Some(d as u8),
            Some(_) => return None,
            None => None,
        };
        Some(DateCode { year, month, day })
    }
}

/// How a date cell is shown: 200109 → 2001年9月; anything else as printed.
pub fn date_text(printed: &str) -> String {
    match DateCode::parse(printed) {
        Some(DateCode {
            year,
            month: Some(month),
            day: Some(day),
        }) => format!("{year}年{month}月{day}日"),
        Some(DateCode {
            year,
            month: Some(month),
            day: None,
        }) => format!("{year}年{month}月"),
        Some(DateCode { year, .. }) => format!("{year}年"),
        None => printed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_digit_codes_read_as_year_and_month() {
        assert_eq!(date_text("200109"), "2001年9月");
        assert_eq!(date_text("202304"), "2023年4月");
        assert_eq!(date_text("201812"), "2018年12月");
    }

    #[test]
    fn four_and_eight_digit_codes_read_too() {
        assert_eq!(date_text("20010903"), "2001年9月3日");
        assert_eq!(date_text("2001"), "2001年");
    }

    #[test]
    fn what_is_not_a_date_code_stays_as_printed() {
        for printed in [
            "",
            "200113",
            "200100",
            "2001090",
            "189912",
            "20010932",
            "待定",
            "2001.9",
            "2001年9月",
            " 200109",
            "二〇〇一年",
        ] {
            assert_eq!(date_text(printed), printed, "{printed:?}");
        }
    }

    #[test]
    fn the_text_order_of_codes_is_their_time_order() {
        let mut printed = [
            "202304", "待定", "200110", "20010903", "2001", "200109", "200309",
        ];
        printed.sort();
        assert_eq!(
            printed,
            [
                "2001", "200109", "20010903", "200110", "200309", "202304", "待定"
            ]
        );
        let times: Vec<DateCode> = printed[..6]
            .iter()
            .map(|p| DateCode::parse(p).unwrap())
            .collect();
        let key = |d: &DateCode| (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0));
        assert!(times.windows(2).all(|w| key(&w[0]) < key(&w[1])));
    }
}
