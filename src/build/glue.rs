//! wasm-bindgen's JS glue without its comments: a third of the file is
//! JSDoc that every reader would download before the app starts (Trunk's JS
//! minifier cannot parse the glue, so it ships it as is).

use std::fs;
use std::path::Path;

/// The glue without its whole-line comments: `/** … */` blocks that start a
/// line and `//` lines. Code lines are kept as they are, and so is every
/// line inside a multi-line template literal.
pub fn strip_comments(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    let mut in_template = false;
    for line in js.lines() {
        let code = line.trim_start();
        if in_template {
            in_template ^= odd_backticks(line);
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if in_block {
            in_block = !code.contains("*/");
            continue;
        }
        if code.starts_with("/**") || code.starts_with("/*") {
            in_block = !code.contains("*/");
            if !in_block && !code.trim_end().ends_with("*/") {
                // A block comment followed by code on the same line: keep it.
                out.push_str(line);
                out.push('\n');
            }
            continue;
        }
        if code.starts_with("//") || code.is_empty() {
            continue;
        }
        in_template = odd_backticks(line);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether a line opens or closes a template literal (an odd number of
/// unescaped backticks).
fn odd_backticks(line: &str) -> bool {
    let mut odd = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '`' if !escaped => odd = !odd,
            _ => escaped = false,
        }
    }
    odd
}

/// Rewrites a glue file in place without its comments; a missing file is
/// left alone (a build without that module).
pub fn strip_comments_in(path: &Path) -> Result<(), String> {
    let Ok(js) = fs::read_to_string(path) else {
        return Ok(());
    };
    fs::write(path, strip_comments(&js))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_code_stays() {
        let js = "/**\n * @param {number} a\n */\nexport function f(a) {\n    // why\n    return `a\n// not a comment: inside a template`;\n}\n/* one line */\nconst b = '/* in a string */'; // trailing\n";
        assert_eq!(
            strip_comments(js),
            "export function f(a) {\n    return `a\n// not a comment: inside a template`;\n}\nconst b = '/* in a string */'; // trailing\n"
        );
    }
}
