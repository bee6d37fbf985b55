//! The page as the build renders it (the same components the browser
//! mounts): every case and chart in the HTML, the islands marked, ids unique,
//! no hydration leftovers; and the files the build writes beside it.

use std::collections::HashMap;

use quality_report::anchors::{OVERVIEW_ID, PREFACE_ID, case_id, chart_id, section_id};
use quality_report::build::files::write_files;
use quality_report::charts::{Chart, Layout, all_charts};
use quality_report::report::report;
use quality_report::table_view::shown_text;
use quality_report::view::chart_figure::{download_path, image_path, layout_size};
use quality_report::view::data_table::csv_path;
use quality_report::view::page::MAX_TILES;
use quality_report::view::render::render_page;

/// Text as it appears in the page's HTML (the framework escapes `&`, `<`, `>`).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn body() -> String {
    render_page(report()).body
}

/// The HTML of the element that opens with `open` (up to its `</article>` etc.).
fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let end = html[start..].find(close).expect("element is closed") + start;
    &html[start..end]
}

#[test]
fn every_case_is_an_article_with_its_whole_text() {
    let html = body();
    assert_eq!(html.matches("<article ").count(), report().cases.len());
    for case in report().cases.iter() {
        let article = element(
            &html,
            &format!("<article id=\"{}\"", case_id(case.number)),
            "</article>",
        );
        assert!(
            article.contains(&escaped(&case.title)),
            "case {} title",
            case.number
        );
        for p in case.paragraphs.iter().chain(case.figures.iter()) {
            assert!(article.contains(&escaped(p)), "case {}: {p}", case.number);
        }
        for tag in case.tags.iter() {
            assert!(
                article.contains(&format!("<li>{}</li>", escaped(tag))),
                "case {} tag {tag}",
                case.number
            );
        }
        let section = format!("href=\"#{}\"", section_id(&case.section));
        assert!(
            article.contains(&section),
            "case {} links its section",
            case.number
        );
    }
}

#[test]
fn every_section_paragraph_and_table_cell_is_in_the_page() {
    let html = body();
    for chapter in report().chapters.iter() {
        for section in chapter.sections.iter() {
            assert!(html.contains(&format!("id=\"{}\"", section_id(&section.id))));
            for p in section.paragraphs.iter() {
                assert!(
                    html.contains(&format!("<p>{}</p>", escaped(p))),
                    "{}",
                    section.id
                );
            }
        }
        for c in chapter.challenges.iter() {
            assert!(html.contains(&escaped(&c.title)));
        }
    }
    for table in report().tables.iter() {
        for row in table.rows.iter() {
            for (cell, column) in row.iter().zip(table.columns.iter()) {
                // As shown: a date code reads as a date (its CSV keeps the code).
                let text = escaped(&shown_text(cell, column));
                assert!(
                    html.contains(&format!(">{text}</td>")),
                    "{}: {text}",
                    table.key
                );
            }
        }
        if let Some(note) = &table.note {
            assert!(html.contains(&escaped(note)), "{} note", table.key);
        }
    }
    if let Some(appendix) = &report().appendix {
        for t in appendix.tables.iter() {
            assert!(html.contains(&format!("<li>{} {}</li>", t.number, escaped(&t.title))));
        }
    }
}

#[test]
fn islands_mark_every_table_chart_and_case() {
    let html = body();
    for table in report().tables.iter() {
        assert!(
            html.contains(&format!("data-island=\"table\" data-key=\"{}\"", table.key)),
            "{}",
            table.key
        );
    }
    let charts = all_charts(report());
    assert!(charts.len() >= 6);
    for chart in &charts {
        let key = chart.key();
        assert!(
            html.contains(&format!(
                "<figure id=\"{}\" data-island=\"chart\" data-key=\"{key}\"",
                chart_id(&key)
            )),
            "{key}"
        );
    }
    for case in report().cases.iter() {
        assert!(html.contains(&format!(
            "data-island=\"case\" data-key=\"{}\"",
            case.number
        )));
    }
    assert_eq!(html.matches("data-island=\"case-controls\"").count(), 1);
}

#[test]
fn every_chart_is_an_image_per_layout_with_its_size_and_figures() {
    let html = body();
    for chart in all_charts(report()) {
        let key = chart.key();
        let figure = element(
            &html,
            &format!("<figure id=\"{}\"", chart_id(&key)),
            "</figure>",
        );
        let (nw, nh) = layout_size(&chart, Layout::Narrow);
        let (ww, wh) = layout_size(&chart, Layout::Wide);
        assert!(
            figure.contains(&format!(
                "srcset=\"{}\" width=\"{ww}\" height=\"{wh}\"",
                image_path(&key, Layout::Wide, false)
            )),
            "{key}"
        );
        assert!(
            figure.contains(&format!(
                "src=\"{}\" width=\"{nw}\" height=\"{nh}\"",
                image_path(&key, Layout::Narrow, false)
            )),
            "{key}"
        );
        assert!(figure.contains("loading=\"lazy\""));
        assert!(
            figure.contains(&format!("alt=\"{}\"", escaped(&chart.summary()))),
            "{key} alt"
        );
        for row in chart.table().rows {
            for cell in row {
                assert!(figure.contains(&escaped(&cell)), "{key}: {cell}");
            }
        }
    }
}

#[test]
fn ids_are_unique_and_no_hydration_markers_are_left() {
    let page = render_page(report());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, _) in page.body.match_indices(" id=\"") {
        let rest = &page.body[i..];
        let start = rest.find("id=\"").unwrap() + 4;
        let id = &rest[start..start + rest[start..].find('"').unwrap()];
        *seen.entry(id).or_default() += 1;
    }
    let repeated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(repeated.is_empty(), "{repeated:?}");
    assert!(!page.body.contains("<!>") && !page.head.contains("<!>"));
    assert!(
        page.head
            .starts_with(&format!("<title>{}</title>", report().title))
    );
    assert!(page.head.contains("<meta name=\"description\" content=\""));
}

#[test]
fn the_build_writes_every_chart_image_download_and_table_csv() {
    let dir = std::env::temp_dir().join(format!("page-files-{}", std::process::id()));
    let written = write_files(&dir, report()).expect("files are written (needs fonts-noto-cjk)");
    let charts = all_charts(report());
    assert_eq!(written, charts.len() * 7 + report().tables.len());
    for chart in &charts {
        let key = chart.key();
        for layout in Layout::ALL {
            for dark in [false, true] {
                let svg =
                    std::fs::read_to_string(dir.join(image_path(&key, layout, dark))).unwrap();
                assert!(svg.starts_with("<svg") && svg.contains("</svg>"), "{key}");
            }
        }
        let png = std::fs::read(dir.join(download_path(&key, "png"))).unwrap();
        assert_eq!(&png[..4], b"\x89PNG");
        let csv = std::fs::read_to_string(dir.join(download_path(&key, "csv"))).unwrap();
        assert!(csv.starts_with('\u{feff}'));
    }
    for table in report().tables.iter() {
        let csv = std::fs::read_to_string(dir.join(csv_path(&table.key))).unwrap();
        assert_eq!(csv.lines().count(), table.rows.len() + 1, "{}", table.key);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The `<dl class="key-figures">` of the element with this id, if any.
fn key_figures_of<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!(" id=\"{id}\""))?;
    let section = &html[start..];
    let section = &section[..section.find("</section>").unwrap_or(section.len())];
    let dl = section.find("<dl class=\"key-figures\">")?;
    Some(element(&section[dl..], "<dl", "</dl>"))
}

/// The texts of the elements with `class="{class}"` (no nested tags).
fn texts_of<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    html.split(&format!("class=\"{class}\""))
        .skip(1)
        .map(|rest| {
            let text = &rest[rest.find('>').unwrap() + 1..];
            &text[..text.find('<').unwrap()]
        })
        .collect()
}

#[test]
fn sections_show_at_most_four_tiles_with_their_changes_folded_in() {
    let html = body();
    let mut sections = vec![PREFACE_ID.to_string()];
    for chapter in report().chapters.iter() {
        sections.extend(chapter.sections.iter().map(|s| section_id(&s.id)));
    }
    let mut tiles = 0;
    for id in &sections {
        let Some(dl) = key_figures_of(&html, id) else {
            continue;
        };
        let n = dl.matches("class=\"key-figure\"").count();
        assert!((1..=MAX_TILES).contains(&n), "{id}: {n} tiles");
        tiles += n;
    }
    assert_eq!(
        tiles,
        report().figures.iter().filter(|f| f.tile).count(),
        "every tile is shown"
    );
    // 6.4: four tiles, the totals in 亿元 with the printed 万元 kept for
    // screen readers, each growth rate on the tile of what grew.
    let funding = key_figures_of(&html, "s-6-4").expect("6.4 has tiles");
    assert_eq!(
        texts_of(funding, "key-number"),
        ["5.26", "2.98", "3.61", "3.72"]
    );
    assert_eq!(
        texts_of(funding, "key-unit"),
        ["亿元", "万元", "亿元", "万元"]
    );
    assert_eq!(
        texts_of(funding, "key-detail"),
        [
            "较上年 +18.59%",
            "较上年 +4.93%",
            "较上年 +13.37%",
            "较上年 +5.98%"
        ]
    );
    assert_eq!(
        texts_of(funding, "sr-only"),
        ["（报告原文：52636.06万元）", "（报告原文：36071.82万元）"]
    );
}

#[test]
fn the_foreword_s_tiles_repeat_no_overview_card() {
    let html = body();
    let overview = element(&html, &format!(" id=\"{OVERVIEW_ID}\""), "</section>");
    let card = |class: &str| texts_of(overview, class);
    let cards: Vec<(&str, &str)> = card("card-number")
        .into_iter()
        .zip(card("card-unit"))
        .collect();
    assert_eq!(
        cards.len(),
        report().figures.iter().filter(|f| f.headline).count()
    );
    let preface = key_figures_of(&html, PREFACE_ID).expect("the foreword has tiles");
    let tiles: Vec<(&str, &str)> = texts_of(preface, "key-number")
        .into_iter()
        .zip(texts_of(preface, "key-unit"))
        .collect();
    assert!(!tiles.is_empty());
    for tile in &tiles {
        assert!(!cards.contains(tile), "前言 repeats the card {tile:?}");
    }
    // A card is a number, a label and a link: no quote repeating the number.
    assert!(!overview.contains("card-context"));
    assert_eq!(overview.matches("<li class=\"card\">").count(), cards.len());
}
