//! The rank of an award or competition level as the report prints it, so a
//! column of levels sorts 国家级 before 省级 and 一等奖 before 二等奖, not by
//! character code (which gives 一等奖 → 三等奖 → 二等奖).
//!
//! The rule, for every value of a `level` column (表1.4-1 获奖等级, 表1.5-1
//! 竞赛级别 and 获奖等级):
//!
//! 1. The **level** is named by the value's first word: 国际 before 国家级 / 国赛
//!    / 全国 (any value starting 国 or 全国), before 省级 / 省部级 / 省赛 / 省金奖
//!    (starting 省), before 市级 (市), before 校级 (校).
//! 2. The **grade** is the first grade word in the value: 特等, then 一等 or 金奖,
//!    then 二等 or 银奖, then 三等 or 铜奖. The two scales are the same three
//!    steps under two names, so 金奖 ranks with 一等奖 (金, 银, 铜 count only
//!    before 奖: a place name such as 金华 names no grade).
//! 3. A combined value ranks by level first, then grade: a national 三等奖
//!    ranks before a provincial 金奖, as a higher-level award does. "省级
//!    黑科技专项赛铜奖" is a provincial 铜奖; "国赛 银奖" a national 银奖.
//! 4. What names no level ranks after every level, and what names no grade
//!    after every grade of its level ("国家级 卫星级作品" comes after 国赛三等奖
//!    and before any provincial award: the report does not say how 卫星级
//!    compares with the numbered grades). Equal ranks keep the printed text
//!    together (code point order), then the report's order.

use std::cmp::Ordering;

/// Level and grade, lower is better; `UNRANKED` where the value names none.
pub fn level_rank(printed: &str) -> (u8, u8) {
    let value = printed.trim_start();
    (
        level(value).unwrap_or(UNRANKED),
        grade(value).unwrap_or(UNRANKED),
    )
}

/// Ranks after every named level or grade.
pub const UNRANKED: u8 = u8::MAX;

/// Best first; ties by printed text.
pub fn compare_levels(a: &str, b: &str) -> Ordering {
    level_rank(a).cmp(&level_rank(b)).then_with(|| a.cmp(b))
}

fn level(value: &str) -> Option<u8> {
    // 国际 must be tried before 国.
    const LEVELS: [(&str, u8); 6] = [
        ("国际", 0),
        ("国", 1),
        ("全国", 1),
        ("省", 2),
        ("市", 3),
        ("校", 4),
    ];
    LEVELS
        .iter()
        .find(|(prefix, _)| value.starts_with(prefix))
        .map(|&(_, rank)| rank)
}

fn grade(value: &str) -> Option<u8> {
    const GRADES: [(&str, u8); 7] = [
        ("特等", 0),
        ("一等", 1),
        ("金奖", 1),
        ("二等", 2),
        ("银奖", 2),
        ("三等", 3),
        ("铜奖", 3),
    ];
    GRADES
        .iter()
        .filter_map(|&(word, rank)| value.find(word).map(|at| (at, rank)))
        .min()
        .map(|(_, rank)| rank)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(values: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = values.to_vec();
        v.sort_by(|a, b| compare_levels(a, b));
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn grades_rank_special_first_second_third() {
        assert_eq!(
            sorted(&["三等奖", "一等奖", "特等奖", "二等奖"]),
            ["特等奖", "一等奖", "二等奖", "三等奖"]
        );
        assert_eq!(sorted(&["铜奖", "金奖", "银奖"]), ["金奖", "银奖", "铜奖"]);
    }

    #[test]
    fn levels_rank_national_provincial_city_school() {
        assert_eq!(
            sorted(&["校级", "省部级", "市级", "国家级", "省级", "国际级"]),
            ["国际级", "国家级", "省级", "省部级", "市级", "校级"]
        );
    }

    #[test]
    fn short_and_combined_forms_read_level_then_grade() {
        assert_eq!(level_rank("省金奖"), (2, 1));
        assert_eq!(level_rank("国家级银奖"), (1, 2));
        assert_eq!(level_rank("国赛 银奖"), (1, 2));
        assert_eq!(level_rank("全国一等奖"), (1, 1));
        assert_eq!(level_rank("省级 黑科技专项赛铜奖"), (2, 3));
        assert_eq!(level_rank("一等奖"), (UNRANKED, 1));
        assert_eq!(level_rank("国家级 卫星级作品"), (1, UNRANKED));
        // 金 names a grade only as 金奖.
        assert_eq!(level_rank("金华赛区"), (UNRANKED, UNRANKED));
    }

    #[test]
    fn the_printed_values_of_table_1_4_1_sort_by_rank() {
        // Every distinct 获奖等级 of 表1.4-1, in the report's order.
        let printed = [
            "省级银奖",
            "省级金奖",
            "省级一等奖",
            "省级 主体赛银奖",
            "省级 红色专项赛银奖",
            "国家级 卫星级作品",
            "省级 黑科技专项赛银奖",
            "省级 黑科技专项赛铜奖",
            "国赛特等奖",
            "国赛 银奖",
            "国赛三等奖",
        ];
        assert_eq!(
            sorted(&printed),
            [
                "国赛特等奖",
                "国赛 银奖",
                "国赛三等奖",
                "国家级 卫星级作品",
                "省级一等奖",
                "省级金奖",
                "省级 主体赛银奖",
                "省级 红色专项赛银奖",
                "省级 黑科技专项赛银奖",
                "省级银奖",
                "省级 黑科技专项赛铜奖",
            ]
        );
    }
}
