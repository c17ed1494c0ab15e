//! SIGINT and SIGTERM: stop any Graphviz `dot` still drawing, delete the output
//! temporaries being written, then exit with 128 + the signal number, as a shell reports
//! a process killed by it. The previous outputs stay as they were (see
//! `newsgraph::export::output`).

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Starts a thread that waits for a signal and cleans up; without it (the handler could
/// not be installed) the default actions apply and later runs clean stale temporaries.
///
/// SIGHUP is left alone, so that `nohup newsgraph build ...` still outlives its
/// terminal (a handler would replace the ignored disposition nohup sets); a hang-up
/// that does stop a run leaves temporaries the next run cleans.
pub fn install() {
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                newsgraph::export::svg::stop_graphviz();
                newsgraph::export::output::remove_temporaries();
                std::process::exit(128 + signal);
            }
        });
}
