//! The page as the build renders it (the same components the browser
//! mounts): every case and chart in the HTML, the islands marked, ids unique,
//! no hydration leftovers; and the files the build writes beside it. Each
//! check runs on the baked report and on the test fixture (tests/shapes.rs:
//! what the fixture has and this year's report lacks).

#[path = "support/page.rs"]
mod html;
#[path = "support/reports.rs"]
mod reports;

use std::collections::HashMap;

use quality_report::anchors::{OVERVIEW_ID, PREFACE_ID, case_id, chart_id, section_id};
use quality_report::build::files::write_files;
use quality_report::charts::{Chart, Layout, all_charts, overview_chart};
use quality_report::figure_text::{amount, qualifier_text};
use quality_report::report::report;
use quality_report::table_view::shown_text;
use quality_report::view::chart_figure::{download_path, image_path, layout_size};
use quality_report::view::data_table::csv_path;
use quality_report::view::page::MAX_TILES;
use quality_report::view::render::render_page;

use html::{body, element, escaped};

#[test]
fn every_case_is_an_article_with_its_whole_text() {
    for (name, report) in reports::all() {
        let html = body(report);
        assert_eq!(
            html.matches("<article ").count(),
            report.cases.len(),
            "{name}"
        );
        for case in report.cases.iter() {
            let article = element(
                &html,
                &format!("<article id=\"{}\"", case_id(case.number)),
                "</article>",
            );
            assert!(
                article.contains(&escaped(&case.title)),
                "{name}: case {} title",
                case.number
            );
            for p in case.paragraphs.iter().chain(case.figures.iter()) {
                assert!(
                    article.contains(&escaped(p)),
                    "{name}: case {}: {p}",
                    case.number
                );
            }
            for tag in case.tags.iter() {
                assert!(
                    article.contains(&format!("<li>{}</li>", escaped(tag))),
                    "{name}: case {} tag {tag}",
                    case.number
                );
            }
            let section = format!("href=\"#{}\"", section_id(&case.section));
            assert!(
                article.contains(&section),
                "{name}: case {} links its section",
                case.number
            );
        }
    }
}

#[test]
fn every_section_paragraph_and_table_cell_is_in_the_page() {
    for (name, report) in reports::all() {
        let html = body(report);
        for chapter in report.chapters.iter() {
            for section in chapter.sections.iter() {
                let id = section_id(&section.id);
                assert!(html.contains(&format!("id=\"{id}\"")), "{name}: {id}");
                for p in section.paragraphs.iter() {
                    assert!(
                        html.contains(&format!("<p>{}</p>", escaped(p))),
                        "{name}: {}",
                        section.id
                    );
                }
            }
            for c in chapter.challenges.iter() {
                assert!(html.contains(&escaped(&c.title)), "{name}: {}", c.title);
            }
        }
        for table in report.tables.iter() {
            for row in table.rows.iter() {
                for (cell, column) in row.iter().zip(table.columns.iter()) {
                    // As shown: a date code reads as a date (its CSV keeps the code).
                    let text = escaped(&shown_text(cell, column));
                    assert!(
                        html.contains(&format!(">{text}</td>")),
                        "{name}: {}: {text}",
                        table.key
                    );
                }
            }
            if let Some(note) = &table.note {
                assert!(html.contains(&escaped(note)), "{name}: {} note", table.key);
            }
        }
        if let Some(appendix) = &report.appendix {
            for t in appendix.tables.iter() {
                let item = format!("<li>{} {}</li>", t.number, escaped(&t.title));
                assert!(html.contains(&item), "{name}: {item}");
            }
        }
    }
}

#[test]
fn islands_mark_every_table_chart_and_case() {
    for (name, report) in reports::all() {
        let html = body(report);
        for table in report.tables.iter() {
            assert!(
                html.contains(&format!("data-island=\"table\" data-key=\"{}\"", table.key)),
                "{name}: {}",
                table.key
            );
        }
        // The template's charts where their data is, and one per declared table chart.
        let charts = all_charts(report);
        let template = usize::from(!report.outcomes.metrics.is_empty())
            + 1
            + usize::from(!report.funding.sources.is_empty());
        let declared = report.tables.iter().filter(|t| t.chart.is_some()).count();
        assert_eq!(charts.len(), template + declared, "{name}");
        assert_eq!(
            html.matches("data-island=\"chart\"").count(),
            charts.len(),
            "{name}"
        );
        for chart in &charts {
            let key = chart.key();
            assert!(
                html.contains(&format!(
                    "<figure id=\"{}\" data-island=\"chart\" data-key=\"{key}\"",
                    chart_id(&key)
                )),
                "{name}: {key}"
            );
        }
        for case in report.cases.iter() {
            let island = format!("data-island=\"case\" data-key=\"{}\"", case.number);
            assert!(html.contains(&island), "{name}: {island}");
        }
        assert_eq!(
            html.matches("data-island=\"case-controls\"").count(),
            1,
            "{name}"
        );
    }
}

#[test]
fn every_chart_is_an_image_per_layout_with_its_size_and_figures() {
    for (name, report) in reports::all() {
        let html = body(report);
        for chart in all_charts(report) {
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
                "{name}: {key}"
            );
            assert!(
                figure.contains(&format!(
                    "src=\"{}\" width=\"{nw}\" height=\"{nh}\"",
                    image_path(&key, Layout::Narrow, false)
                )),
                "{name}: {key}"
            );
            assert!(figure.contains("loading=\"lazy\""), "{name}: {key}");
            assert!(
                figure.contains(&format!("alt=\"{}\"", escaped(&chart.summary()))),
                "{name}: {key} alt"
            );
            for row in chart.table().rows {
                for cell in row {
                    assert!(figure.contains(&escaped(&cell)), "{name}: {key}: {cell}");
                }
            }
        }
    }
}

#[test]
fn ids_are_unique_and_no_hydration_markers_are_left() {
    for (name, report) in reports::all() {
        let page = render_page(report, None);
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, _) in page.body.match_indices(" id=\"") {
            let rest = &page.body[i..];
            let start = rest.find("id=\"").unwrap() + 4;
            let id = &rest[start..start + rest[start..].find('"').unwrap()];
            *seen.entry(id).or_default() += 1;
        }
        let repeated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
        assert!(repeated.is_empty(), "{name}: {repeated:?}");
        assert!(
            !page.body.contains("<!>") && !page.head.contains("<!>"),
            "{name}"
        );
        let title = format!("<title>{}</title>", report.title);
        assert!(page.head.starts_with(&title), "{name}: {}", page.head);
        assert!(
            page.head.contains("<meta name=\"description\" content=\""),
            "{name}"
        );
    }
}

#[test]
fn the_build_writes_every_chart_image_download_and_table_csv() {
    for (name, report) in reports::all() {
        let dir =
            std::env::temp_dir().join(format!("page-files-{}-{}", std::process::id(), report.year));
        let written =
            write_files(&dir, report, None).expect("files are written (needs fonts-noto-cjk)");
        let charts = all_charts(report);
        // 7 files per chart, the overview's 4 images, a CSV per table.
        let overview = if overview_chart(report).is_some() {
            4
        } else {
            0
        };
        assert_eq!(
            written,
            charts.len() * 7 + overview + report.tables.len(),
            "{name}"
        );
        for chart in &charts {
            let key = chart.key();
            for layout in Layout::ALL {
                for dark in [false, true] {
                    let svg =
                        std::fs::read_to_string(dir.join(image_path(&key, layout, dark))).unwrap();
                    assert!(
                        svg.starts_with("<svg") && svg.contains("</svg>"),
                        "{name}: {key}"
                    );
                }
            }
            let png = std::fs::read(dir.join(download_path(&key, "png"))).unwrap();
            assert_eq!(&png[..4], b"\x89PNG", "{name}: {key}");
            let csv = std::fs::read_to_string(dir.join(download_path(&key, "csv"))).unwrap();
            assert!(csv.starts_with('\u{feff}'), "{name}: {key}");
        }
        for table in report.tables.iter() {
            let csv = std::fs::read_to_string(dir.join(csv_path(&table.key))).unwrap();
            assert_eq!(
                csv.lines().count(),
                table.rows.len() + 1,
                "{name}: {}",
                table.key
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn the_preview_metadata_names_the_site_only_when_the_build_knows_it() {
    let plain = render_page(report(), None).head;
    for property in ["og:title", "og:description", "og:type", "og:locale"] {
        assert!(
            plain.contains(&format!("property=\"{property}\"")),
            "{property}"
        );
    }
    assert!(plain.contains("content=\"zh_CN\""));
    assert!(plain.contains("name=\"twitter:card\" content=\"summary\""));
    assert!(!plain.contains("og:url") && !plain.contains("og:image") && !plain.contains("http"));

    let url = "https://www.example.edu.cn/report/2023/";
    let located = render_page(report(), Some(url)).head;
    assert!(located.contains(&format!("property=\"og:url\" content=\"{url}\"")));
    assert!(located.contains(&format!(
        "property=\"og:image\" content=\"{url}preview.png\""
    )));
    assert!(located.contains("name=\"twitter:card\" content=\"summary_large_image\""));
}

#[test]
fn with_the_site_address_the_build_draws_a_1200_by_630_preview_and_names_it_in_downloads() {
    let dir = std::env::temp_dir().join(format!("page-preview-{}", std::process::id()));
    let url = "https://www.example.edu.cn/report/2023/";
    write_files(&dir, report(), Some(url)).expect("files are written");
    let png = std::fs::read(dir.join("preview.png")).unwrap();
    assert_eq!(&png[..4], b"\x89PNG");
    let (width, height) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert_eq!((width, height), (1200, 630));
    let chart = &all_charts(report())[0];
    let csv = std::fs::read_to_string(dir.join(download_path(&chart.key(), "csv"))).unwrap();
    assert!(csv.lines().take(6).any(|l| l.contains(url)), "{csv}");
    let svg = std::fs::read_to_string(dir.join(download_path(&chart.key(), "svg"))).unwrap();
    assert!(svg.contains(url) && svg.contains(&chart.title()));
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
fn sections_show_at_most_four_tiles_with_their_qualifiers_folded_in() {
    for (name, report) in reports::all() {
        let html = body(report);
        let mut sections = vec![(PREFACE_ID.to_string(), "前言".to_string())];
        for chapter in report.chapters.iter() {
            sections.extend(
                chapter
                    .sections
                    .iter()
                    .map(|s| (section_id(&s.id), s.id.to_string())),
            );
        }
        let mut shown = 0;
        for (id, section) in &sections {
            let tiles: Vec<_> = report
                .figures
                .iter()
                .filter(|f| f.tile && f.section == *section)
                .collect();
            let Some(dl) = key_figures_of(&html, id) else {
                assert!(tiles.is_empty(), "{name}: {id} shows no tile");
                continue;
            };
            let n = dl.matches("class=\"key-figure\"").count();
            assert!((1..=MAX_TILES).contains(&n), "{name}: {id}: {n} tiles");
            shown += n;
            // Each tile as figure_text writes it: 万元 of 1 亿 and more in
            // 亿元 with the printed value for screen readers, and the figures
            // that qualify it ("较上年 +18.59%") on the same tile.
            let numbers = texts_of(dl, "key-number");
            let units = texts_of(dl, "key-unit");
            let mut details = texts_of(dl, "key-detail").into_iter();
            let mut spoken = texts_of(dl, "sr-only").into_iter();
            for (i, figure) in tiles.iter().enumerate() {
                let want = amount(&figure.value, &figure.unit);
                assert_eq!(
                    (numbers[i], units[i]),
                    (&*want.number, &*want.unit),
                    "{name}: {id}"
                );
                if let Some(printed) = &want.printed {
                    assert_eq!(spoken.next(), Some(&*format!("（报告原文：{printed}）")));
                }
                for q in report
                    .figures
                    .iter()
                    .filter(|q| q.of.as_deref() == Some(&*figure.key))
                {
                    let text = qualifier_text(&q.label, &q.value, &q.unit);
                    assert_eq!(details.next(), Some(&*escaped(&text)), "{name}: {id}");
                }
            }
            assert_eq!(details.next(), None, "{name}: {id}: a stray qualifier");
        }
        assert_eq!(
            shown,
            report.figures.iter().filter(|f| f.tile).count(),
            "{name}: every tile is shown"
        );
    }
}

#[test]
fn the_foreword_s_tiles_repeat_no_overview_card() {
    for (name, report) in reports::all() {
        let html = body(report);
        let overview = element(&html, &format!(" id=\"{OVERVIEW_ID}\""), "</section>");
        let card = |class: &str| texts_of(overview, class);
        let cards: Vec<(&str, &str)> = card("card-number")
            .into_iter()
            .zip(card("card-unit"))
            .collect();
        let headline = report.figures.iter().filter(|f| f.headline).count();
        assert_eq!(cards.len(), headline, "{name}");
        if let Some(preface) = key_figures_of(&html, PREFACE_ID) {
            let tiles: Vec<(&str, &str)> = texts_of(preface, "key-number")
                .into_iter()
                .zip(texts_of(preface, "key-unit"))
                .collect();
            for tile in &tiles {
                assert!(
                    !cards.contains(tile),
                    "{name}: 前言 repeats the card {tile:?}"
                );
            }
        }
        // A card is a number, a label and a link: no quote repeating the number.
        assert!(!overview.contains("card-context"), "{name}");
        assert_eq!(
            overview.matches("<li class=\"card\">").count(),
            headline,
            "{name}"
        );
    }
}
