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

fn main() -> ExitCode {
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
