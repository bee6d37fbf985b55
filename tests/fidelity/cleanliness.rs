//! No extraction debris in the data, and spaces only where the report prints them.

use crate::data::{all_strings, data};
use crate::source::{PRINTED_SPACES, source_with_spaces, without_printed_spaces};

pub fn is_cjk_side(c: char) -> bool {
    !c.is_ascii()
}

pub fn spaces_touching_cjk(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        c.is_whitespace()
            && (i.checked_sub(1).is_some_and(|j| is_cjk_side(chars[j]))
                || chars.get(i + 1).is_some_and(|&n| is_cjk_side(n)))
    })
}

#[test]
fn no_string_carries_extraction_debris() {
    let report = data();
    for (path, s) in all_strings(&report) {
        for debris in ["\n", "\r", "\t", "http", "baiten", "  "] {
            assert!(!s.contains(debris), "{path} contains {debris:?}: {s:?}");
        }
        // The running header 质量年度报告 must not leak; the words occur
        // legitimately only inside the report's own name,
        // "…教育质量年度报告（2023年度）".
        let named = s.replace("教育质量年度报告（2023年度）", "");
        assert!(
            !named.contains("质量年度报告"),
            "{path} holds the page header: {s:?}"
        );
        assert_eq!(s.trim(), s, "{path} has stray spaces");
    }
}

#[test]
fn no_space_touches_chinese_text_in_prose() {
    let report = data();
    let mut prose: Vec<(String, &str)> = Vec::new();
    for (path, s) in all_strings(&report) {
        let is_prose = path.contains("paragraphs[")
            || path.starts_with("foreword")
            || path.contains(".intro[")
            || path.contains(".outro[")
            || path.contains(".challenges[")
            || path.ends_with(".title")
            || path.ends_with(".quote")
            || path.ends_with(".label");
        if is_prose {
            prose.push((path, s));
        }
    }
    assert!(prose.len() > 300, "only {} prose strings", prose.len());
    for (path, s) in prose {
        assert!(
            !spaces_touching_cjk(&without_printed_spaces(s)),
            "{path}: {s:?}"
        );
    }
    assert!(spaces_touching_cjk("423 期"));
    assert!(!spaces_touching_cjk("V1.0 x"));
}

#[test]
fn spaces_survive_only_where_they_separate_two_items() {
    let report = data();
    let allowed_cells = [
        "省级 主体赛银奖",
        "省级 红色专项赛银奖",
        "国家级 卫星级作品",
        "省级 黑科技专项赛银奖",
        "省级 黑科技专项赛铜奖",
        "国赛 银奖",
        "红色村播助共富 数商兴农加速度——新媒体运营赋能乡村振兴的梦想之旅",
        "品牌出海会当时 数商逐梦“新农人”——跨境电商运营成长记",
        "“一块布”的成长与光荣 做面料赋能者",
        "王瑾 陆峰",
    ];
    for (path, s) in all_strings(&report) {
        // The spaces the report prints inside a phrase are checked on their own.
        let s = without_printed_spaces(s);
        let s = s.as_str();
        if !s.contains(' ') {
            continue;
        }
        let caption = path.contains("figures[") && !path.starts_with("figures[");
        if caption {
            // "图 1.1-1 text": the two spaces of the caption's number only.
            assert_eq!(s.matches(' ').count(), 2, "{path}: {s:?}");
        } else {
            assert!(
                path.starts_with("tables[") && allowed_cells.contains(&s),
                "{path}: unexpected space in {s:?}"
            );
        }
    }
}

#[test]
fn printed_spaces_are_kept_as_printed() {
    let source = source_with_spaces();
    let report = data();
    let strings = all_strings(&report);
    for phrase in PRINTED_SPACES {
        // Printed with its space, and held in the data exactly as often.
        let printed = source.matches(phrase).count();
        assert!(printed > 0, "{phrase:?} is not printed with its space");
        let held: usize = strings.iter().map(|(_, s)| s.matches(phrase).count()).sum();
        assert_eq!(held, printed, "{phrase:?}");
        // Nowhere without it.
        let joined = phrase.replace(' ', "");
        for (path, s) in &strings {
            assert!(!s.contains(&joined), "{path} drops the space of {phrase:?}");
        }
    }
    // Only the listed spaces are admitted: anything else is still caught.
    assert!(spaces_touching_cjk(&without_printed_spaces(
        "分享交流促提升 凝心聚力育新人 活动"
    )));
    assert!(!spaces_touching_cjk(&without_printed_spaces(
        "《关于加快职业教育提级赋能 服务共同富裕示范区建设实施方案》"
    )));
}
