//! The integration tests: one binary (as ripgrep, xsv and fd do), so a change to the
//! library relinks one test program, not fourteen. Each module runs the real
//! `newsgraph` binary or the library on real files; `util` builds the sample graph once
//! per run and shares it.

mod util;

mod analysis;
mod bad_input;
mod build;
mod eval;
mod exports;
mod extend;
mod gazetteer_file;
mod hostile;
mod hostile_io;
mod inputs;
mod met;
mod metadata;
mod pictures;
mod properties;
mod query;
mod relations;
mod render;
mod size;
mod suggest;
mod terminal;
mod time;
