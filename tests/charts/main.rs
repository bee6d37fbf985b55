//! The charts, natively, at a phone's and a desktop's width, in light and
//! dark: every figure as printed, every label, nothing outside the picture,
//! no texts on top of each other, bars from a common zero, no invented
//! provincial value, and taps that read out the bar under them.
//!
//! `fixture` restates figures from the printed report (data/source/report.txt),
//! independently of data/report.json; the baked report's charts get the layout
//! checks too. Geometry is checked on each chart's display list (`scene`); the
//! SVG files (`svg`) where the file itself is the subject.

mod fixture;
#[path = "../support/reports.rs"]
mod reports;
mod scene;
mod svg;

mod cohort;
mod funding;
mod hits;
mod layout;
mod outcomes;
mod placement;
mod svg_file;
mod table_charts;
