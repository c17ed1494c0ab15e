//! The `newsgraph` command: parses arguments, runs a subcommand, maps the result to
//! an exit code. Everything else lives in the library and in `cli/`.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use cli::say;

/// mimalloc instead of the system allocator: a build allocates and frees millions of
/// small strings and vectors from several threads, and measured faster with it
/// (README, "Speed and memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in `mimalloc.h` (versions 2 and 3), which the crate does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory for a second before giving it back to the system (mimalloc's
/// default is 10 ms): a build frees and allocates large buffers document after
/// document, and giving them back each time spent a tenth of its time clearing the
/// pages it got again (`make bench`). Peak memory is unchanged. The environment
/// variable `MIMALLOC_PURGE_DELAY` still decides when it is set.
fn keep_freed_memory_a_while() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's integer options, a plain store that any
        // thread may make at any time.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000) };
    }
}

/// Turns transparent huge pages off for this process, as `MIMALLOC_ALLOW_THP=0` does
/// (which still decides when it is set). mimalloc asks for huge pages on its arenas, and
/// a big graph's millions of small blocks, spread over them, then held whole 2 MiB
/// pages: at 1 GB of input the peak of `build --jobs 2` was 891 MB with them and 837 MB
/// without (README, "Speed and memory").
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: prctl(PR_SET_THP_DISABLE) takes integers and sets one flag of this
        // process; it reads and writes none of our memory. A kernel without it says so
        // in the result, which is ignored: nothing changes then.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

/// Reports a panic in one line, escaped for the terminal and cut short (a panic while
/// reading a document may quote its text), with where it happened: `build` catches a
/// document's panic and goes on without that document, naming it among the skipped.
/// With `RUST_BACKTRACE` set, the standard report (and backtrace) instead.
fn report_panics_briefly() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|at| format!(" at {}:{}", at.file(), at.line()))
            .unwrap_or_default();
        let message = newsgraph::pipeline::panic_message(info.payload());
        say!("newsgraph: internal error{place}: {message}");
    }));
}

fn main() -> ExitCode {
    keep_freed_memory_a_while();
    no_huge_pages();
    report_panics_briefly();
    let args = cli::Cli::parse();
    cli::signals::install();
    match cli::run(args) {
        Ok(code) => code.into(),
        Err(error) if cli::is_broken_pipe(&error) => cli::Exit::Success.into(),
        Err(error) => {
            let mut said = error.to_string();
            say!("newsgraph: error: {}", cli::output::sanitize(&said));
            // Library errors often name their cause already; print only what is new.
            for cause in error.chain().skip(1) {
                let cause = cause.to_string();
                if !said.contains(&cause) {
                    say!("  caused by: {}", cli::output::sanitize(&cause));
                }
                said = cause;
            }
            cli::exit_of(&error).into()
        }
    }
}
