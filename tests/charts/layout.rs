//! Every chart, at every width and in both themes, stays inside its picture,
//! with readable texts that do not overlap; the height the page reserves fits
//! the drawing.

use quality_report::charts::scene::Align;
use quality_report::charts::{Chart, Scene, Theme};

use crate::fixture::{all_charts, fixture, reports};
use crate::scene::{extent, labels, rects, scenes};

/// Where `scene` leaves a picture `scene.width` × `height`, has an empty or
/// unreadably small text, or puts two texts on top of each other.
fn layout_problems(name: &str, scene: &Scene, height: f64) -> Vec<String> {
    let mut out = Vec::new();
    if scene.width <= 0.0 || height <= 0.0 {
        out.push(format!("{name}: empty"));
    }
    for r in rects(scene) {
        if r.x0 < 0.0 || r.y0 < 0.0 || r.w() < 0.0 || r.h() < 0.0 {
            out.push(format!("{name}: {r:?} starts outside"));
        }
        if r.x1 > scene.width || r.y1 > height {
            out.push(format!(
                "{name}: {r:?} ends outside {}×{height}",
                scene.width
            ));
        }
    }
    let texts = labels(scene);
    for t in &texts {
        if t.text.is_empty() {
            out.push(format!("{name}: empty text"));
        }
        let (x0, x1, y0, y1) = extent(t);
        if x0 < 0.0 || x1 > scene.width || y0 < 0.0 || y1 > height {
            out.push(format!("{name}: {t:?} is outside {}×{height}", scene.width));
        }
        if t.size < 12.0 {
            out.push(format!("{name}: {t:?} is too small to read"));
        }
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            let (ax0, ax1, ay0, ay1) = extent(a);
            let (bx0, bx1, by0, by1) = extent(b);
            if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
                out.push(format!("{name}: {:?} overlaps {:?}", a.text, b.text));
            }
        }
    }
    out
}

#[test]
fn every_chart_stays_inside_and_labels_do_not_overlap() {
    for report in reports() {
        let charts = all_charts(&report);
        assert!(!charts.is_empty());
        for (name, _, scene, height) in scenes(&charts) {
            let problems = layout_problems(&name, &scene, height);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
}

#[test]
fn the_layout_check_catches_texts_outside_on_top_of_each_other_or_too_small() {
    let text = |scene: &mut Scene, x: f64, y: f64, size: f64| {
        let colour = Theme::light(1.0).palette.text;
        scene.text(x, y, "国家级", size, false, colour, Align::Left);
    };
    let mut scene = Scene::new(100.0);
    text(&mut scene, 10.0, 10.0, 12.0);
    scene.rect(0.0, 18.0, 100.0, 20.0, Theme::light(1.0).palette.axis);
    assert_eq!(layout_problems("ok", &scene, 20.0), Vec::<String>::new());
    // "国家级" at 12 px is at least 36 px wide and 10.8 px high.
    for (x, y, size, problem) in [
        (80.0, 10.0, 12.0, "is outside"),
        (20.0, 12.0, 12.0, "overlaps"),
        (60.0, 10.0, 8.0, "too small"),
    ] {
        let mut bad = scene.clone();
        text(&mut bad, x, y, size);
        let problems = layout_problems("bad", &bad, 20.0);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains(problem), "{problems:?}");
    }
    let mut bad = scene.clone();
    bad.rect(90.0, 0.0, 101.0, 5.0, Theme::light(1.0).palette.axis);
    let problems = layout_problems("bad", &bad, 20.0);
    assert!(
        problems.len() == 1 && problems[0].contains("ends outside"),
        "{problems:?}"
    );
}

#[test]
fn height_fits_the_drawing_and_grows_when_narrow() {
    for chart in all_charts(&fixture()) {
        let narrow = chart.height(320.0);
        let wide = chart.height(1280.0);
        assert!(narrow >= wide, "{}", chart.key());
        assert_eq!(narrow, narrow.ceil());
        // The scene's content ends inside the reserved height.
        let scene = chart.scene(320.0, &Theme::light(1.0));
        assert!(scene.height <= narrow);
        assert!(
            scene.hits.iter().all(|h| h.y1 <= narrow && h.y0 < h.y1),
            "{}",
            chart.key()
        );
    }
}
