//! CSV export that Excel opens correctly: UTF-8 with a byte-order mark, CRLF
//! line ends, fields quoted where RFC 4180 requires.

/// The byte-order mark Excel needs to read UTF-8 Chinese text.
pub const BOM: char = '\u{feff}';

/// One CSV document: a header row, then the rows, each cell as displayed.
pub fn to_csv<H, R, C>(header: &[H], rows: R) -> String
where
    H: AsRef<str>,
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    with_preamble::<&str, H, R, C>(&[], header, rows)
}

/// Like [`to_csv`], with lines of context first (one cell each, then an
/// empty line): what the figures are and where they come from, for a file
/// that is opened far from the page. Excel shows them as the first rows.
pub fn with_preamble<P, H, R, C>(preamble: &[P], header: &[H], rows: R) -> String
where
    P: AsRef<str>,
    H: AsRef<str>,
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::new();
    out.push(BOM);
    for line in preamble {
        push_row(&mut out, std::iter::once(line.as_ref()));
    }
    if !preamble.is_empty() {
        out.push_str("\r\n");
    }
    push_row(&mut out, header.iter().map(AsRef::as_ref));
    for row in rows {
        let cells: Vec<C> = row.into_iter().collect();
        push_row(&mut out, cells.iter().map(AsRef::as_ref));
    }
    out
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, cell);
    }
    out.push_str("\r\n");
}

fn push_field(out: &mut String, field: &str) {
    // A leading = + - @ would make Excel evaluate the cell as a formula.
    let formula_like = field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err();
    let needs_quotes = formula_like || field.contains([',', '"', '\r', '\n']);
    if !needs_quotes {
        out.push_str(field);
        return;
    }
    out.push('"');
    if formula_like {
        out.push('\'');
    }
    out.push_str(&field.replace('"', "\"\""));
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_bom_and_uses_crlf() {
        let csv = to_csv(&["名称", "金额"], [["甲", "40"]]);
        assert_eq!(csv, "\u{feff}名称,金额\r\n甲,40\r\n");
    }

    #[test]
    fn context_lines_come_first_then_an_empty_line() {
        let csv = with_preamble(&["图表：对比", "来源：调查, 2023"], &["a"], [["1"]]);
        assert_eq!(
            csv,
            "\u{feff}图表：对比\r\n\"来源：调查, 2023\"\r\n\r\na\r\n1\r\n"
        );
    }

    #[test]
    fn quotes_what_needs_quoting() {
        let csv = to_csv(&["a"], [["x,y"], ["say \"hi\""], ["two\nlines"]]);
        assert_eq!(
            csv,
            "\u{feff}a\r\n\"x,y\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn defuses_formulas_but_not_negative_numbers() {
        let csv = to_csv(&["a"], [["=1+1"], ["-0.92"]]);
        assert_eq!(csv, "\u{feff}a\r\n\"'=1+1\"\r\n-0.92\r\n");
    }
}
