//! `teampage-check`: validates team manifests (docs/manifest-v1.md) from the
//! command line, with the same checks as the viewer.
//!
//! ```text
//! cargo run --release --bin teampage-check -- public/team.json
//! ```
//!
//! Exit status: 0 when every file is valid (warnings allowed, unless
//! `--strict`), 1 when any file has an error (with `--strict`, or a warning)
//! or cannot be read, 2 on a usage error.

use serde_json::{json, Value};
use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::ExitCode;
use teampage_core::manifest::{check_bytes, Problem, Report};

const USAGE: &str = "usage: teampage-check [--json] [--strict] [--quiet] [--] FILE...";

const HELP: &str = "\
teampage-check: validate team manifests (docs/manifest-v1.md)

usage: teampage-check [--json] [--strict] [--quiet] [--] FILE...

Checks each FILE (\"-\" reads standard input) against every rule of the
manifest format, as the viewer does, and prints one line per problem:

  FILE: PATH: message             an error (the manifest is refused)
  FILE: PATH: warning: message    a warning (e.g. an unknown field)

PATH is the JSON path of the offending value, e.g.
team.subteams[2].channels[0].network; problems with the file as a whole
(empty, not JSON, ...) have no PATH. A summary goes to standard error.

options:
  --json         print one JSON array instead: for each file
                 {\"file\", \"valid\", \"errors\": [{\"path\", \"message\"}], \"warnings\": [...]}
  --strict       warnings count as errors for the exit status (for CI): a
                 misspelt field such as \"memebers\" is only a warning, and
                 the viewer silently ignores it (with the people in it). What
                 is printed does not change: warnings still say \"warning:\",
                 and \"valid\" in --json is still the viewer's verdict
  -q, --quiet    leave out the summary on standard error; every problem,
                 warnings included, is still printed
  -h, --help     print this help
  -V, --version  print the version
  --             treat every later argument as a FILE

exit status: 0 all files valid (warnings allowed, unless --strict), 1 some
file has errors (with --strict: errors or warnings) or cannot be read,
2 usage error.
";

struct Options {
    json: bool,
    strict: bool,
    quiet: bool,
    files: Vec<OsString>,
}

enum Parsed {
    Run(Options),
    Exit(ExitCode),
}

fn parse_args(args: impl Iterator<Item = OsString>) -> Parsed {
    let mut options = Options {
        json: false,
        strict: false,
        quiet: false,
        files: Vec::new(),
    };
    let mut only_files = false;
    for arg in args {
        if only_files {
            options.files.push(arg);
            continue;
        }
        match arg.to_str() {
            Some("--") => only_files = true,
            Some("--json") => options.json = true,
            Some("--strict") => options.strict = true,
            Some("-q" | "--quiet") => options.quiet = true,
            Some("-h" | "--help") => {
                print!("{HELP}");
                return Parsed::Exit(ExitCode::SUCCESS);
            }
            Some("-V" | "--version") => {
                println!("teampage-check {}", env!("CARGO_PKG_VERSION"));
                return Parsed::Exit(ExitCode::SUCCESS);
            }
            Some(flag) if flag.starts_with('-') && flag != "-" => {
                eprintln!("teampage-check: unknown option {flag:?}\n{USAGE}");
                return Parsed::Exit(ExitCode::from(2));
            }
            _ => options.files.push(arg),
        }
    }
    if options.files.is_empty() {
        eprintln!("teampage-check: no FILE given\n{USAGE}\n(try --help)");
        return Parsed::Exit(ExitCode::from(2));
    }
    Parsed::Run(options)
}

/// The outcome for one file.
struct FileResult {
    name: String,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

fn check_file(file: &OsString) -> FileResult {
    let stdin = file == "-";
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        file.to_string_lossy().into_owned()
    };
    let bytes = if stdin {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(file)
    };
    match bytes {
        Ok(bytes) => {
            let Report {
                errors, warnings, ..
            } = check_bytes(&bytes);
            FileResult {
                name,
                errors,
                warnings,
            }
        }
        Err(e) => FileResult {
            name,
            errors: vec![Problem::error("", format!("cannot read: {e}"))],
            warnings: vec![],
        },
    }
}

/// `FILE: PATH: message`, or `FILE: message` without a path; `warning: `
/// before the message of a warning.
fn line(file: &str, problem: &Problem, warning: bool) -> String {
    let mut s = String::with_capacity(file.len() + problem.path.len() + problem.message.len() + 16);
    s.push_str(file);
    s.push_str(": ");
    if !problem.path.is_empty() {
        s.push_str(&problem.path);
        s.push_str(": ");
    }
    if warning {
        s.push_str("warning: ");
    }
    s.push_str(&problem.message);
    s
}

fn json_problems(problems: &[Problem]) -> Value {
    problems
        .iter()
        .map(|p| json!({"path": p.path, "message": p.message}))
        .collect()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Parsed::Run(options) => options,
        Parsed::Exit(code) => return code,
    };
    let results: Vec<FileResult> = options.files.iter().map(check_file).collect();

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    // A closed stdout (e.g. `| head`) is not worth a panic: write errors are
    // ignored, the exit status still tells.
    if options.json {
        let report: Vec<Value> = results
            .iter()
            .map(|r| {
                json!({
                    "file": r.name,
                    "valid": r.errors.is_empty(),
                    "errors": json_problems(&r.errors),
                    "warnings": json_problems(&r.warnings),
                })
            })
            .collect();
        let _ = writeln!(out, "{}", Value::Array(report));
    } else {
        for r in &results {
            for e in &r.errors {
                let _ = writeln!(out, "{}", line(&r.name, e, false));
            }
            for w in &r.warnings {
                let _ = writeln!(out, "{}", line(&r.name, w, true));
            }
        }
    }
    let _ = out.flush();

    let invalid = results.iter().filter(|r| !r.errors.is_empty()).count();
    // Valid files that fail because of --strict.
    let strict_failures = if options.strict {
        results
            .iter()
            .filter(|r| r.errors.is_empty() && !r.warnings.is_empty())
            .count()
    } else {
        0
    };
    if !options.quiet {
        let errors: usize = results.iter().map(|r| r.errors.len()).sum();
        let warnings: usize = results.iter().map(|r| r.warnings.len()).sum();
        let strict = if strict_failures > 0 {
            format!(
                "; --strict: {} with warnings {}",
                plural(strict_failures, "valid file"),
                if strict_failures == 1 {
                    "fails"
                } else {
                    "fail"
                }
            )
        } else {
            String::new()
        };
        eprintln!(
            "teampage-check: {} checked: {} valid, {} invalid; {}, {}{strict}",
            plural(results.len(), "file"),
            results.len() - invalid,
            invalid,
            plural(errors, "error"),
            plural(warnings, "warning"),
        );
    }
    if invalid == 0 && strict_failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
