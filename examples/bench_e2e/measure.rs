//! Running one tool as a child process and measuring it: wall time and peak memory
//! (the child's maximum resident set size, from `wait4`).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context};

/// What one run cost, and what it printed.
pub struct Measured {
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Peak resident memory in bytes.
    pub peak_bytes: u64,
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

/// Runs `command` to completion; fails if it fails.
pub fn run(command: &mut Command) -> anyhow::Result<Measured> {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot start {command:?}"))?;
    let errors = child.stderr.take().map(|mut err| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = err.read_to_string(&mut text);
            text
        })
    });
    let mut stdout = String::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_string(&mut stdout)?;
    }
    let stderr = errors.and_then(|t| t.join().ok()).unwrap_or_default();
    // The child is reaped here, by wait4, for its resource usage; `child` is not waited.
    let (status, peak_kb) = wait_with_rusage(child.id() as libc::pid_t)?;
    let seconds = started.elapsed().as_secs_f64();
    if status != 0 {
        bail!("{command:?} failed (wait status {status}):\n{stderr}");
    }
    Ok(Measured {
        seconds,
        peak_bytes: peak_kb * 1024,
        stdout,
        stderr,
    })
}

/// Waits for `pid`; returns its wait status and peak RSS in KiB.
fn wait_with_rusage(pid: libc::pid_t) -> anyhow::Result<(i32, u64)> {
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `status` is a valid pointer.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if waited != pid {
        bail!("wait4 failed: {}", std::io::Error::last_os_error());
    }
    Ok((status, usage.ru_maxrss.max(0) as u64))
}
