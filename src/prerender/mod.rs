//! The page as HTML, generated from the report at build time and written
//! into the served `index.html` by the `postbuild` tool.
//!
//! Everything that does not need script is here — masthead, navigation,
//! headline figures, the foreword, every chapter and section, the tables in
//! plain form — so the page paints at once, reads without WebAssembly, and
//! prints. The app then mounts only the interactive islands
//! (`[data-island]`: charts, sortable tables, the case explorer). Every text
//! is escaped; nothing is copied by hand.

mod chapters;
mod html;
mod key_figures;
mod tables;

use std::fmt::Write;

pub use html::escape;
pub use tables::caption as table_caption;

use crate::anchors::{CASES_ID, OVERVIEW_ID, PREFACE_ID, chapter_id, figure_target};
use crate::model::{Figure, Report};

/// Id of the element the case explorer mounts into.
pub const APP_ID: &str = "app";
/// Id of the notice shown if the app never starts.
pub const FALLBACK_ID: &str = "app-fallback";

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

/// Markup for `<body>`: the whole report, with the app's islands in place.
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
    html.push_str("<main id=\"main\">");
    html.push_str(&overview_html(report));
    html.push_str(&chapters::preface_html(report));
    for chapter in report.chapters.iter() {
        html.push_str(&chapters::chapter_html(report, chapter));
    }
    html.push_str(&cases_html(report));
    html.push_str("</main>");
    let _ = write!(
        html,
        "<footer class=\"site-footer wrap\"><p>数据来源：《{}》。本页所有数字均取自报告原文；\
         报告未给出的对比数据，本页不作推算。</p></footer>",
        escape(&report.title)
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

/// The headline figure cards.
fn overview_html(report: &Report) -> String {
    let mut html = format!(
        "<section id=\"{OVERVIEW_ID}\" class=\"overview wrap\" aria-labelledby=\"overview-h\">\
         <h2 id=\"overview-h\">{}年度概览</h2><ul class=\"cards\">",
        report.year
    );
    for figure in report.figures.iter().filter(|f| f.headline) {
        html.push_str(&card_html(figure));
    }
    html.push_str("</ul></section>");
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

/// The case explorer's section; the app mounts into `#app`. Until it does
/// (or if it cannot), a notice appears after a few seconds, by CSS alone.
fn cases_html(report: &Report) -> String {
    format!(
        "<section id=\"{CASES_ID}\" class=\"cases wrap\" aria-labelledby=\"cases-h\">\
         <h2 id=\"cases-h\" class=\"chapter-title\">案例</h2>\
         <div id=\"{APP_ID}\" data-island=\"cases\">\
         <p id=\"{FALLBACK_ID}\" class=\"notice app-fallback\">{} 个案例的检索、图表和可排序的数据表需要启用 \
         JavaScript 和 WebAssembly 的浏览器。上方的报告正文和数据表不受影响。</p></div>\
         <noscript><p class=\"notice\">已停用 JavaScript：案例检索与图表无法显示，报告正文与数据表可正常阅读。</p></noscript>\
         </section>",
        report.cases.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;

    #[test]
    fn header_and_nav_come_from_the_data() {
        let html = body_html(report());
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&report().title))));
        for chapter in report().chapters.iter() {
            assert!(html.contains(&format!("href=\"#ch-{}\"", chapter.number)));
            assert!(html.contains(&format!("id=\"ch-{}\"", chapter.number)));
            assert!(html.contains(&escape(&chapter.title)));
        }
    }

    #[test]
    fn overview_shows_every_headline_figure_with_its_link() {
        let html = overview_html(report());
        let headline: Vec<&Figure> = report().figures.iter().filter(|f| f.headline).collect();
        assert!(!headline.is_empty());
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
    fn every_section_paragraph_and_table_cell_is_in_the_page() {
        let html = body_html(report());
        for chapter in report().chapters.iter() {
            for section in chapter.sections.iter() {
                assert!(html.contains(&format!("id=\"s-{}\"", section.id.replace('.', "-"))));
                for p in section.paragraphs.iter() {
                    assert!(
                        html.contains(&format!("<p>{}</p>", escape(p))),
                        "{}",
                        section.id
                    );
                }
            }
            for c in chapter.challenges.iter() {
                assert!(html.contains(&escape(&c.title)));
            }
        }
        for table in report().tables.iter() {
            let island = format!("data-island=\"table\" data-table=\"{}\"", table.key);
            assert!(html.contains(&island), "{}", table.key);
            for row in table.rows.iter() {
                for cell in row.iter() {
                    let text = crate::table_view::cell_text(cell);
                    assert!(html.contains(&format!(">{}</td>", escape(&text))), "{text}");
                }
            }
        }
    }

    #[test]
    fn islands_for_charts_cases_and_tables() {
        let html = body_html(report());
        assert_eq!(html.matches("id=\"app\" data-island=\"cases\"").count(), 1);
        assert!(html.contains("data-island=\"charts\" data-section=\"1.3\""));
        assert!(html.contains("data-island=\"charts\" data-section=\"6.4\""));
        let tables = html.matches("data-island=\"table\"").count();
        assert_eq!(tables, report().tables.len());
    }

    #[test]
    fn case_links_point_at_existing_cases() {
        let html = body_html(report());
        for case in report().cases.iter() {
            assert!(html.contains(&format!("href=\"#case-{}\"", case.number)));
        }
    }

    #[test]
    fn head_has_title_and_description() {
        let head = head_html(report());
        assert!(head.starts_with(&format!("<title>{}</title>", escape(&report().title))));
        assert!(head.contains("<meta name=\"description\" content=\""));
    }
}
