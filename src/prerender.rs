//! HTML generated from the report at build time and written into the served
//! page (by the `postbuild` tool), so the title, the table of contents and the
//! headline figures paint before the WebAssembly arrives — and stay readable
//! without it. Every text is escaped; nothing is copied by hand.
//!
//! The app never re-renders this part: it mounts below it, into `#app`.

use std::fmt::Write;

use crate::anchors::{CASES_ID, OVERVIEW_ID, PREFACE_ID, chapter_id, figure_target};
use crate::model::{Figure, Report};

/// Markup for `<head>`: title and description.
pub fn head_html(report: &Report) -> String {
    format!(
        "<title>{}</title>\n  <meta name=\"description\" content=\"{}\">",
        escape(&report.title),
        escape(&description(report))
    )
}

fn description(report: &Report) -> String {
    let chapters: Vec<&str> = report.chapters.iter().map(|c| c.title.as_ref()).collect();
    format!(
        "{}{}年度高等职业教育质量年度报告互动版：{}；毕业生就业与全省对比图表、{}个案例与数据表。",
        report.school,
        report.year,
        chapters.join("、"),
        report.cases.len()
    )
}

/// Markup for the top of `<body>`: the masthead and the chapter navigation.
pub fn body_html(report: &Report) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<a class=\"skip-link\" href=\"#main\">跳到正文</a>\
         <header class=\"masthead\"><div class=\"wrap\">\
         <p class=\"masthead-school\">{school}<span aria-hidden=\"true\"> · </span>{year} 年度</p>\
         <h1>{title}</h1></div></header>",
        school = escape(&report.school),
        year = report.year,
        title = escape(&report.title),
    );
    html.push_str(&nav_html(report));
    html
}

/// Markup at the start of `<main>`: the overview of headline figures.
pub fn main_html(report: &Report) -> String {
    let mut html = format!(
        "<section id=\"{OVERVIEW_ID}\" class=\"overview wrap\" aria-labelledby=\"overview-h\">\
         <h2 id=\"overview-h\">{}年度概览</h2><ul class=\"cards\">",
        report.year
    );
    for figure in report.figures.iter().filter(|f| f.headline) {
        html.push_str(&card_html(figure));
    }
    html.push_str("</ul>");
    html.push_str(
        "<noscript><p class=\"notice\">本页的图表、案例检索和数据表需要启用 JavaScript；\
         上方为报告的主要数据。</p></noscript></section>",
    );
    html
}

fn nav_html(report: &Report) -> String {
    let mut html =
        String::from("<nav class=\"chapter-nav\" aria-label=\"报告目录\"><ul class=\"wrap\">");
    let _ = write!(html, "<li><a href=\"#{OVERVIEW_ID}\">概览</a></li>");
    let _ = write!(html, "<li><a href=\"#{PREFACE_ID}\">前言</a></li>");
    for chapter in report.chapters.iter() {
        let _ = write!(
            html,
            "<li><a href=\"#{}\"><span class=\"nav-num\">{}</span>{}</a></li>",
            chapter_id(chapter.number),
            chapter.number,
            escape(&chapter.title)
        );
    }
    let _ = write!(html, "<li><a href=\"#{CASES_ID}\">案例</a></li></ul></nav>");
    html
}

fn card_html(figure: &Figure) -> String {
    let target = figure_target(&figure.section);
    let place = if target == PREFACE_ID {
        "见前言".to_string()
    } else {
        format!("见 {} 节", figure.section)
    };
    format!(
        "<li class=\"card\"><p class=\"card-value\"><span class=\"card-number\">{value}</span>\
         <span class=\"card-unit\">{unit}</span></p><h3 class=\"card-label\">{label}</h3>\
         <p class=\"card-context\">{quote}</p><a class=\"card-link\" href=\"#{target}\">{place}</a></li>",
        value = escape(&figure.value),
        unit = escape(&figure.unit),
        label = escape(&figure.label),
        quote = escape(&figure.quote),
    )
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn header_and_nav_come_from_the_data() {
        let html = body_html(report());
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&report().title))));
        for chapter in report().chapters.iter() {
            assert!(html.contains(&format!("href=\"#ch-{}\"", chapter.number)));
            assert!(html.contains(chapter.title.as_ref()));
        }
    }

    #[test]
    fn overview_shows_every_headline_figure_with_its_link() {
        let html = main_html(report());
        let headline: Vec<&Figure> = report().figures.iter().filter(|f| f.headline).collect();
        assert_eq!(html.matches("<li class=\"card\">").count(), headline.len());
        for figure in headline {
            let card = format!(
                "<span class=\"card-number\">{}</span><span class=\"card-unit\">{}</span></p>\
                 <h3 class=\"card-label\">{}</h3>",
                escape(&figure.value),
                escape(&figure.unit),
                escape(&figure.label)
            );
            assert!(html.contains(&card), "no card for {}", figure.key);
            assert!(html.contains(&format!("href=\"#{}\"", figure_target(&figure.section))));
        }
    }

    #[test]
    fn head_has_title_and_description() {
        let head = head_html(report());
        assert!(head.starts_with(&format!("<title>{}</title>", escape(&report().title))));
        assert!(head.contains("<meta name=\"description\" content=\""));
    }
}
