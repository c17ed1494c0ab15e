//! The progress bar of long runs: on standard error, only when it is a terminal, and
//! only once a run has taken more than a moment.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::pipeline::Progress;

/// Runs shorter than this never show a bar.
const QUIET_FOR: Duration = Duration::from_millis(800);

/// A progress bar over the bytes of a corpus; `total` (bytes) gives a bar with an ETA,
/// `None` a running count.
pub struct BuildProgress {
    bar: ProgressBar,
    shown: bool,
    enabled: bool,
    started: Instant,
}

impl BuildProgress {
    /// A bar, drawn only if `enabled` and standard error is a terminal.
    pub fn new(total: Option<u64>, enabled: bool) -> BuildProgress {
        let enabled = enabled && std::io::stderr().is_terminal();
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden()),
                "{spinner} [{elapsed_precise}] [{wide_bar}] {bytes}/{total_bytes} \
                 {bytes_per_sec} ETA {eta} {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        BuildProgress {
            bar,
            shown: false,
            enabled,
            started: Instant::now(),
        }
    }

    /// Shows how far the build has got.
    pub fn update(&mut self, progress: &Progress) {
        if !self.enabled {
            return;
        }
        if !self.shown && self.started.elapsed() >= QUIET_FOR {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
            self.shown = true;
        }
        self.bar.set_position(progress.bytes);
        self.bar.set_message(format!(
            "{} documents, {} mentions",
            progress.documents, progress.mentions
        ));
    }

    /// Removes the bar, leaving the terminal for the summary line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
