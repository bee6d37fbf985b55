//! Taps, hovers and arrow keys read out the bar under them: the scene's hit
//! regions (CSS px), and the hit boxes `Chart::draw` returns in device pixels
//! at any `devicePixelRatio`.

use quality_report::charts::{Chart, Theme, charts_for_section, hit_test};

use crate::fixture::{chart, fixture, outcomes};
use crate::scene::{bar_for, hit_at, rects_of};
use crate::svg::draw;

#[test]
fn a_point_inside_a_bar_reads_out_that_bar() {
    for scale in [1.0, 3.0] {
        let chart = outcomes();
        let theme = Theme::light(scale);
        let scene = chart.scene(320.0, &theme);
        let (_, hits) = draw(&chart, 320, scale);
        let cases = [
            ("98.63%", theme.palette.school, "本校 98.63%"),
            ("98.45%", theme.palette.province, "全省高职平均值 98.45%"),
            ("6830.89 元", theme.palette.school, "616.10"),
            ("8.29%", theme.palette.school, "创业率：本校 8.29%"),
        ];
        for (value, colour, expected) in cases {
            let (x, y) = bar_for(&scene, value, colour).centre();
            let hit = hit_at(&scene, x, y).unwrap_or_else(|| panic!("nothing at {value}"));
            assert!(hit.text.contains(expected), "{value} read as {}", hit.text);
            // The same point on the device's pixels.
            let i = hit_test(&hits, x * scale, y * scale)
                .unwrap_or_else(|| panic!("scale {scale}: nothing at {value}"));
            assert!(
                hits[i].text.contains(expected),
                "scale {scale}: {value} read as {}",
                hits[i].text
            );
        }
        assert_eq!(hit_test(&hits, -5.0, -5.0), None);
        // The statement row reads out the statement, not a number.
        let note = hits
            .iter()
            .filter(|h| h.text.contains("总体满意度"))
            .map(|h| h.text.as_str())
            .collect::<Vec<_>>();
        assert_eq!(
            note,
            [
                "毕业生对学校的总体满意度：本校 91.45%",
                "毕业生对学校的总体满意度：全省均值未公布"
            ]
        );
    }
    let funding = chart(charts_for_section(&fixture(), "6.4"), "funding");
    let theme = Theme::light(2.0);
    let scene = funding.scene(320.0, &theme);
    let (_, hits) = draw(&funding, 320, 2.0);
    let smallest = rects_of(&scene, theme.palette.parts[2])[0];
    let (x, y) = smallest.centre();
    let hit = hit_at(&scene, x, y).expect("hit");
    assert!(hit.text.contains("其他收入：6.76%"), "{}", hit.text);
    let i = hit_test(&hits, x * 2.0, y * 2.0).expect("hit");
    assert!(hits[i].text.contains("其他收入：6.76%"), "{}", hits[i].text);
}
