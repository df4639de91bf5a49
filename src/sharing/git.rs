//! The `git` program, as editors use it: found on the PATH (it brings the user's credentials, SSH
//! keys and helpers), run with `GIT_TERMINAL_PROMPT=0` so it never waits for a password nobody can
//! type, and stopped after a timeout.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one git command may take (a fetch or push over a slow line included).
pub const GIT_TIMEOUT: Duration = Duration::from_secs(120);

/// What went wrong running git, said so a coordinator knows what to do.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// No `git` program.
    #[error(
        "git is not installed: sharing a library needs it (https://git-scm.com/downloads, or your system's package \
         manager, e.g. `apt install git`); everything else works without it"
    )]
    NotInstalled,
    /// The remote asked for a password or key that was not given.
    #[error(
        "the shared copy asks who you are: set up your account for it in git (a credential helper or an SSH key), then share again ({0})"
    )]
    Authentication(String),
    /// The remote could not be reached.
    #[error("the shared copy could not be reached (offline?); your changes are kept here and shared next time ({0})")]
    Unreachable(String),
    /// Another git program holds the repository (or one was stopped half-way).
    #[error("another git program is using this library, or one was stopped half-way (remove {0} if none is running)")]
    Locked(PathBuf),
    /// Git took too long (seconds, and the command).
    #[error("git took longer than {0} s and was stopped: `git {1}`")]
    TimedOut(u64, String),
    /// Any other failure, with what git said.
    #[error("`git {0}` failed: {1}")]
    Failed(String, String),
}

/// A repository's folder, and git run in it.
#[derive(Clone, Debug)]
pub struct Git {
    /// The working tree.
    pub dir: PathBuf,
}

impl Git {
    /// Git in `dir`.
    pub fn new(dir: &Path) -> Self {
        Self { dir: dir.to_owned() }
    }

    /// Runs `git ARGS` and returns what it printed; a failure says why, in words.
    pub fn run(&self, args: &[&str]) -> Result<String, GitError> {
        self.run_git(args)
    }

    /// Runs git; `Ok(None)` when it exited non-zero (for questions such as `merge-base --is-ancestor`).
    pub fn ask(&self, args: &[&str]) -> Result<Option<String>, GitError> {
        match self.run(args) {
            Ok(out) => Ok(Some(out)),
            Err(GitError::Failed(..)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn run_git(&self, args: &[&str]) -> Result<String, GitError> {
        let shown = args.join(" ");
        let mut child = Command::new("git")
            .args(args)
            .current_dir(&self.dir)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_ASKPASS", "")
            .env("SSH_ASKPASS", "")
            .env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
            .env("LC_ALL", "C")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    GitError::NotInstalled
                } else {
                    GitError::Failed(shown.clone(), e.to_string())
                }
            })?;
        // The output is read on threads so a chatty git never fills a pipe and stalls.
        let out = read_on_a_thread(child.stdout.take());
        let err = read_on_a_thread(child.stderr.take());
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > GIT_TIMEOUT => {
                    let _ignored: std::io::Result<()> = child.kill();
                    let _ignored: std::io::Result<std::process::ExitStatus> = child.wait();
                    return Err(GitError::TimedOut(GIT_TIMEOUT.as_secs(), shown));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(GitError::Failed(shown, e.to_string())),
            }
        };
        let stdout = out.join().unwrap_or_default();
        let stderr = err.join().unwrap_or_default();
        if status.success() {
            return Ok(stdout);
        }
        Err(classify(&self.dir, shown, stderr.trim().to_owned()))
    }
}

/// Everything a pipe of the child says, read on a thread of its own.
fn read_on_a_thread(pipe: Option<impl std::io::Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(mut p) = pipe {
            let _ignored: std::io::Result<usize> = p.read_to_string(&mut s);
        }
        s
    })
}

/// What a failed git said, as the error a person can act on.
fn classify(dir: &Path, shown: String, stderr: String) -> GitError {
    let lower = stderr.to_lowercase();
    let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("").to_owned();
    if lower.contains("index.lock") {
        return GitError::Locked(dir.join(".git").join("index.lock"));
    }
    if [
        "authentication failed",
        "could not read username",
        "permission denied (publickey)",
        "terminal prompts disabled",
    ]
    .iter()
    .any(|s| lower.contains(s))
    {
        return GitError::Authentication(first);
    }
    if [
        "could not resolve host",
        "does not appear to be a git repository",
        "connection refused",
        "unable to access",
        "could not read from remote repository",
        "network is unreachable",
        "connection timed out",
    ]
    .iter()
    .any(|s| lower.contains(s))
    {
        return GitError::Unreachable(first);
    }
    GitError::Failed(shown, stderr)
}
