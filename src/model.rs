//! The national quality-report template as plain Rust types.
//!
//! Every Chinese higher-vocational college publishes its annual quality
//! report on the same template (seven chapters, the same survey metrics,
//! the same funding section), so these types describe the template, not one
//! school. A new year or a new school is a new data file, not new code.
//!
//! Strings and lists are `Cow<'static, _>`: the build script deserialises the
//! JSON data file into owned values and bakes them into `Borrowed` statics, so
//! the WebAssembly carries the report as constant data and no JSON parser.
//!
//! This file is also compiled by `build.rs` (via `#[path]`), so it may only
//! depend on `std`, `serde` and `databake`.

use std::borrow::Cow;

use databake::Bake;
use serde::Deserialize;

/// Text exactly as printed in the report (whitespace-normalised).
pub type Text = Cow<'static, str>;
/// A list that is `Owned` when deserialised and `Borrowed` when baked.
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// School name, e.g. 嘉兴职业技术学院.
    pub school: Text,
    /// The report year (the 年度 of the title).
    pub year: u16,
    /// Full title as printed on the cover.
    pub title: Text,
    /// The 前言 (foreword), as paragraphs.
    pub foreword: List<Text>,
    /// The seven chapters of the template, in order.
    pub chapters: List<Chapter>,
    /// Graduate outcomes, school against the provincial average.
    pub outcomes: Outcomes,
    /// The graduating cohort of the report year.
    pub cohort: Cohort,
    /// Funding (办学经费) of the previous calendar year.
    pub funding: Funding,
    /// Figures quoted in the text, each tied to its sentence and section.
    pub figures: List<Figure>,
    /// The report's tables, every row and column.
    pub tables: List<Table>,
    /// The fixed vocabulary of topic tags that cases may carry (may be empty).
    #[serde(default)]
    pub topics: List<Text>,
    /// The case studies (案例), numbered from 1.
    pub cases: List<Case>,
    /// The appendix tables (附表) listed after the last chapter; `None` when
    /// the report lists none.
    #[serde(default)]
    pub appendix: Option<Appendix>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// 1–7.
    pub number: u8,
    /// e.g. 人才培养.
    pub title: Text,
    /// Paragraphs before the first section (chapter 7 keeps its opening here).
    #[serde(default)]
    pub intro: List<Text>,
    #[serde(default)]
    pub sections: List<Section>,
    /// Chapter 7 (面临挑战) only: the challenges, each a heading sentence and its text.
    #[serde(default)]
    pub challenges: List<Challenge>,
    /// Paragraphs after the challenges (chapter 7's closing outlook).
    #[serde(default)]
    pub outro: List<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Dotted number as printed, e.g. "1.3".
    pub id: Text,
    pub title: Text,
    /// The section's own text (not its cases), as paragraphs.
    #[serde(default)]
    pub paragraphs: List<Text>,
    /// Captions of the section's figures that belong to no case.
    #[serde(default)]
    pub figures: List<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// The heading sentence, without its final 。
    pub title: Text,
    pub text: Text,
}

/// Graduate outcomes one year after graduation, school vs province.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    /// Section the figures come from, e.g. "1.3".
    pub section: Text,
    /// Who was surveyed, e.g. 2022 届毕业生（毕业一年后）.
    pub cohort: Text,
    /// Who ran the survey, e.g. 浙江省教育考试院.
    pub source: Text,
    /// Whom the school is compared with, e.g. 全省高职平均值.
    pub benchmark: Text,
    pub metrics: List<Metric>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// Stable key for URLs and element ids, e.g. "placement".
    pub key: Text,
    /// Label as printed, e.g. 用人单位对毕业生的满意度.
    pub label: Text,
    /// A shorter label that also occurs in the report, for charts.
    pub short_label: Text,
    /// "%" or "元".
    pub unit: Text,
    /// The school's value as printed, e.g. "83.80".
    pub school: Text,
    /// The provincial average as printed; `None` where the report gives none.
    pub province: Option<Text>,
    /// A difference the report itself states (e.g. "616" for salary), to check against.
    #[serde(default)]
    pub stated_difference: Option<Text>,
}

/// The report year's graduating cohort.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    pub section: Text,
    /// e.g. 2023届毕业生.
    pub label: Text,
    /// Date the placement was counted, as printed.
    pub as_of: Text,
    pub graduates: u32,
    pub placed: u32,
    /// 去向落实率 as printed, in %.
    pub placement_rate: Text,
    /// Share of graduates staying in the school's city (留嘉率), if reported.
    pub retention: Option<Rate>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub label: Text,
    /// Percent as printed.
    pub percent: Text,
}

/// Funding (办学经费) of one calendar year.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub section: Text,
    /// e.g. 2022 年度.
    pub period: Text,
    /// Total income as printed.
    pub total_income: Text,
    /// e.g. 万元.
    pub unit: Text,
    /// Income by source; the percents add up to 100.
    pub sources: List<Rate>,
}

/// One figure quoted in the text.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable key, e.g. "tech-service-income".
    pub key: Text,
    /// This edition's name for the figure, a noun phrase ("已落实毕业去向的
    /// 毕业生"); it adds no number that the quote does not print.
    pub label: Text,
    /// The value as printed, e.g. "1245.66".
    pub value: Text,
    /// e.g. 万元, %, 项, 人次.
    pub unit: Text,
    /// Section id ("2.2"), or "前言" for the foreword.
    pub section: Text,
    /// The clause of the report that states the figure, verbatim.
    pub quote: Text,
    /// Shown among the overview's headline cards.
    #[serde(default)]
    pub headline: bool,
    /// Shown as a tile at the head of its section (at most four a section;
    /// the others are read in the prose).
    #[serde(default)]
    pub tile: bool,
    /// The key of the figure this one qualifies, in the same quote: a change
    /// ("较上年增长" 18.59 % of the total income) or a part ("其中发明专利"
    /// 51 of 124 patents). It is shown on that figure's tile, not alone.
    #[serde(default)]
    pub of: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Stable key used for element ids and downloads, e.g. "t-1-4-1".
    pub key: Text,
    /// Number as printed, e.g. 表 1.4-1; `None` for unnumbered tables.
    pub number: Option<Text>,
    pub title: Text,
    /// Section the table sits in; `None` for front matter (the 荣誉表).
    pub section: Option<Text>,
    pub columns: List<Column>,
    pub rows: List<List<Cell>>,
    /// This edition's own note on the table (not the report's text), shown
    /// under it: e.g. that the printed header lists two columns in another
    /// order than their contents, and the columns follow their contents here.
    #[serde(default)]
    pub note: Option<Text>,
    /// The table's chart, declared by column labels; `None`: no chart.
    #[serde(default)]
    pub chart: Option<TableChart>,
}

impl Table {
    /// Index of the column labelled `label`, compared without spaces and
    /// with full-width brackets as ASCII (合同金额（万元） = 合同金额(万元)).
    pub fn column(&self, label: &str) -> Option<usize> {
        let wanted = normalise_label(label);
        self.columns
            .iter()
            .position(|c| normalise_label(&c.label) == wanted)
    }
}

/// A column label without spaces, with full-width brackets as ASCII.
pub fn normalise_label(label: &str) -> String {
    label
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

/// A table's chart, declared in the data file like a mark bound to named
/// columns: the code knows the kinds, the data names the columns, so a new
/// report's tables get charts without new code. Checked by `validate`.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum TableChart {
    /// One bar per distinct value of column `by`: its number of rows, or the
    /// sum of the numeric column `sum`; largest first, ties in order of
    /// first appearance.
    Grouped {
        by: Text,
        #[serde(default)]
        sum: Option<Text>,
        /// Printed values of `by` that are not groups themselves, each with
        /// the group it is counted in (a JSON object, kept in file order).
        #[serde(default, deserialize_with = "merge_rules")]
        merge: List<Merge>,
    },
    /// One bar per row, labelled by column `label`, sized by the numeric
    /// column `value`; largest first, only the first `top` if given.
    Ranked {
        label: Text,
        value: Text,
        #[serde(default)]
        top: Option<u32>,
    },
}

/// In a grouped chart: rows whose `by` value is `value` count in `group`.
#[derive(Debug, Clone, PartialEq, Bake)]
#[databake(path = quality_report::model)]
pub struct Merge {
    /// The value as printed in the table.
    pub value: Text,
    /// The group it is counted in.
    pub group: Text,
}

/// `{"printed value": "group", …}` into rules in file order (a map type
/// would sort them, and the chart's source line lists them as written).
fn merge_rules<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<List<Merge>, D::Error> {
    struct Rules;
    impl<'de> serde::de::Visitor<'de> for Rules {
        type Value = List<Merge>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object mapping printed values to group labels")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut rules: Vec<Merge> = Vec::new();
            while let Some((value, group)) = map.next_entry::<String, String>()? {
                if rules.iter().any(|r| r.value == value) {
                    return Err(serde::de::Error::custom(format!("{value:?} listed twice")));
                }
                rules.push(Merge {
                    value: value.into(),
                    group: group.into(),
                });
            }
            Ok(Cow::Owned(rules))
        }
    }
    deserializer.deserialize_map(Rules)
}

/// The 附表 the template appends to every report (人才培养质量计分卡,
/// 教学资源表, 服务贡献表, 国际影响表, 落实政策表), by number and title. The
/// report's text may list them without their contents (the tables are
/// images or separate files), so only what is printed is kept.
#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Appendix {
    /// Heading as printed, e.g. 附表.
    pub heading: Text,
    /// This edition's own note (not the report's text), e.g. that the source
    /// text carries only the tables' titles.
    #[serde(default)]
    pub note: Option<Text>,
    /// In printed order.
    pub tables: List<AppendixTable>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct AppendixTable {
    /// Number as printed, whitespace-normalised, e.g. 表1.
    pub number: Text,
    /// Title as printed, e.g. 人才培养质量计分卡.
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// Header as printed, e.g. 合同金额(万元).
    pub label: Text,
    pub kind: ColumnKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    /// Free text, sorted in a stable Chinese order.
    Text,
    /// Amounts and counts, sorted numerically.
    Number,
    /// Date codes as printed (e.g. 202304), shown as dates (2023年4月,
    /// `table_view::date_text`) and sorted as text, which for year-first
    /// codes is their time order.
    Date,
    /// Award and competition levels as printed (国家级, 省级金奖, 国赛三等奖),
    /// sorted by rank, not by character (`table_view::level_rank`).
    Level,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(untagged)]
pub enum Cell {
    Number(f64),
    Text(Text),
}

impl Cell {
    /// The cell as printed, without surrounding spaces: 40.0 prints "40".
    pub fn printed(&self) -> String {
        match self {
            Cell::Number(n) => format!("{n}"),
            Cell::Text(t) => t.trim().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Bake)]
#[databake(path = quality_report::model)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// 案例 number, from 1.
    pub number: u16,
    pub title: Text,
    /// Chapter number (1–7).
    pub chapter: u8,
    /// Section id, e.g. "2.3".
    pub section: Text,
    pub paragraphs: List<Text>,
    /// Captions of the figures that belong to the case.
    #[serde(default)]
    pub figures: List<Text>,
    /// Up to 4 tags from `Report::topics` (none where no topic fits).
    #[serde(default)]
    pub tags: List<Text>,
}
