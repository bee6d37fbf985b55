//! The data file against its only source, `data/source/report.txt`.
//!
//! Every string and number in `data/report.json` must occur in the report as
//! printed (whitespace aside); cases must be contiguous runs of the source
//! and end where the next thing begins; every figure caption must be placed
//! exactly once; figures must be read off their own quote. Each checker is
//! also run on deliberately corrupted data to prove that it can fail.
//!
//! `source` and `data` read the two files; each other module checks one part
//! of the report.

mod data;
mod source;

mod appendix;
mod captions;
mod cases;
mod cleanliness;
mod figures;
mod structured;
mod tables;
mod values;
