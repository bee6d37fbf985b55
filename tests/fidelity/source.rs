//! The report's text, `data/source/report.txt`, as the checks read it: page
//! furniture dropped, whitespace removed, figure captions recognised.

pub const SOURCE: &str = "data/source/report.txt";

pub fn source_text() -> String {
    std::fs::read_to_string(SOURCE).expect("source is readable")
}

pub fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A figure caption line as the extraction prints it: `图 2.3-1 …`.
pub fn is_caption_line(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix("图 ") else {
        return false;
    };
    let number: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
    match number.split_once('-') {
        Some((section, figure)) => {
            section.split('.').count() == 2
                && section
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && !figure.is_empty()
                && figure.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

pub fn is_page_number(trimmed: &str) -> bool {
    !trimmed.is_empty()
        && (trimmed.chars().all(|c| c.is_ascii_digit())
            || trimmed.chars().all(|c| "IVXLC".contains(c)))
}

/// The source's lines (trimmed, non-empty) without page furniture: the
/// running header 质量年度报告, the page number printed right after it, and
/// the URL that leaked out of a PDF link.
pub fn content_lines(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut after_header = false;
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed == "质量年度报告" {
            after_header = true;
            continue;
        }
        if after_header && is_page_number(trimmed) {
            after_header = false;
            continue;
        }
        after_header = false;
        if trimmed.starts_with("http") {
            continue;
        }
        out.push(trimmed);
    }
    out
}

/// The source with page furniture dropped and all whitespace removed; the
/// second version also drops figure-caption lines (a caption may interrupt a
/// sentence, as in case 16).
pub fn normalised_sources() -> [String; 2] {
    let source = source_text();
    let lines = content_lines(&source);
    let all = strip_ws(&lines.concat());
    let without_captions = strip_ws(
        &lines
            .iter()
            .filter(|l| !is_caption_line(l))
            .copied()
            .collect::<String>(),
    );
    [all, without_captions]
}

/// Spaces the report prints inside a phrase to separate two of its items,
/// kept in the data as printed: two slogans in one caption's quotation marks,
/// and the two halves of a document's title. Every other space touching
/// Chinese text is extraction debris, so the space checks admit exactly
/// these (see `cleanliness::printed_spaces_are_kept_as_printed`).
pub const PRINTED_SPACES: [&str; 3] = [
    // 图 1.1-4 (case 3): “分享交流促提升 凝心聚力育新人”第四期辅导员沙龙…
    "分享交流促提升 凝心聚力育新人",
    // 图 3.2-2 (case 21): “青春践行二十大 砥砺奋进新征程”2023年红色故事大赛…
    "青春践行二十大 砥砺奋进新征程",
    // 《关于加快职业教育提级赋能 服务共同富裕示范区建设实施方案》, quoted in
    // section 6.1 and in chapter 7's opening.
    "提级赋能 服务共同富裕示范区建设",
];

/// `s` with the separating space of each `PRINTED_SPACES` phrase taken out,
/// for the checks that admit no other space.
pub fn without_printed_spaces(s: &str) -> String {
    PRINTED_SPACES.iter().fold(s.to_string(), |s, phrase| {
        s.replace(phrase, &phrase.replace(' ', ""))
    })
}

/// The source's content lines joined as printed, each run of whitespace
/// inside a line kept as one space (line breaks themselves add none).
pub fn source_with_spaces() -> String {
    let source = source_text();
    content_lines(&source)
        .iter()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}
