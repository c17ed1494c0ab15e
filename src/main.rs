//! The `newsgraph` command: parses arguments, runs a subcommand, maps the result to
//! an exit code. Everything else lives in the library and in `cli/`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code.into(),
        Err(error) if cli::is_broken_pipe(&error) => cli::Exit::Success.into(),
        Err(error) => {
            eprintln!("newsgraph: error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            cli::Exit::Failure.into()
        }
    }
}
