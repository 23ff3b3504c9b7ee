//! `teampage-check` end to end: the binary run on files, its exit status and
//! its output lines.

use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_teampage-check");

/// Writes `contents` to a fresh file under the target's temp dir.
fn temp_file(name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "teampage-check-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout_lines(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Runs the checker on one file holding `contents`; returns the exit code,
/// the output lines with the file name replaced by `F`.
fn check(contents: impl AsRef<[u8]>) -> (i32, Vec<String>) {
    let file = temp_file("manifest.json", contents);
    let name = file.to_str().unwrap();
    let o = run(&[name]);
    let lines = stdout_lines(&o)
        .into_iter()
        .map(|l| {
            l.strip_prefix(name)
                .map(|rest| format!("F{rest}"))
                .unwrap_or(l)
        })
        .collect();
    (o.status.code().unwrap(), lines)
}

fn valid() -> Value {
    json!({
        "manifest_version": 1,
        "networks": {
            "libera": {"name": "Libera.Chat", "host": "irc.libera.chat", "webchat": "https://web.libera.chat/#{channel}"},
            "slack": {"name": "Slack", "protocol": "slack", "webchat": "https://x.slack.com/messages/{channel}"}
        },
        "team": {
            "id": "sre",
            "name": "SRE",
            "channels": [{"network": "libera", "channel": "#sre"}, {"network": "slack", "channel": "sre"}],
            "links": [{"title": "Docs", "url": "https://docs.example.org/"}],
            "members": [{"name": "Ada", "url": "https://example.org/~ada"}],
            "subteams": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]
        }
    })
}

fn with(f: impl FnOnce(&mut Value)) -> String {
    let mut v = valid();
    f(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn a_valid_file_exits_0_silently() {
    let (code, lines) = check(valid().to_string());
    assert_eq!(code, 0);
    assert!(lines.is_empty(), "{lines:?}");
}

#[test]
fn warnings_do_not_fail() {
    let (code, lines) = check(with(|v| v["team"]["x_notes"] = json!("hi")));
    assert_eq!(code, 0);
    assert_eq!(
        lines,
        ["F: team.x_notes: warning: unknown field \"x_notes\" (ignored)"]
    );
}

#[test]
fn strict_makes_warnings_fail() {
    // A misspelt "members": only a warning, and its people vanish.
    let file = temp_file(
        "memebers.json",
        with(|v| {
            let members = v["team"].as_object_mut().unwrap().remove("members");
            v["team"]["memebers"] = members.unwrap();
        }),
    );
    let good = temp_file("good.json", valid().to_string());
    let (f, g) = (file.to_str().unwrap(), good.to_str().unwrap());
    let warning = format!(
        "{f}: team.memebers: warning: unknown field \"memebers\" (ignored; did you mean \"members\"?)"
    );

    let o = run(&[f, g]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout_lines(&o), std::slice::from_ref(&warning));

    let o = run(&["--strict", f, g]);
    assert_eq!(o.status.code(), Some(1));
    // The same lines: only the exit status and the summary change.
    assert_eq!(stdout_lines(&o), [warning]);
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "teampage-check: 2 files checked: 2 valid, 0 invalid; 0 errors, 1 warning; --strict: 1 valid file with warnings fails\n"
    );

    // A file without warnings passes --strict.
    let o = run(&["--strict", g]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());

    // --json keeps the viewer's verdict in "valid".
    let o = run(&["--strict", "--json", f]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report[0]["valid"], json!(true));
    assert_eq!(report[0]["warnings"][0]["path"], json!("team.memebers"));
}

#[test]
fn quiet_still_prints_every_problem() {
    let file = temp_file("extra.json", with(|v| v["team"]["x_notes"] = json!("hi")));
    let f = file.to_str().unwrap();
    let o = run(&["-q", f]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout_lines(&o),
        [format!(
            "{f}: team.x_notes: warning: unknown field \"x_notes\" (ignored)"
        )]
    );
    assert!(
        o.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run(&["--quiet", "--strict", f]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout_lines(&o).len(), 1);
    assert!(o.stderr.is_empty());
}

#[test]
fn invalid_json_reports_line_and_column() {
    let (code, lines) = check("{\n  \"manifest_version\": 1,\n  \"team\": {\"id\": \"x\",}\n}\n");
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("F: invalid JSON: "), "{lines:?}");
    assert!(lines[0].contains("line 3 column 22"), "{lines:?}");
}

#[test]
fn empty_file() {
    assert_eq!(check(""), (1, vec!["F: the file is empty".to_string()]));
    assert_eq!(
        check(" \n\n"),
        (1, vec!["F: the file is empty".to_string()])
    );
}

#[test]
fn byte_order_mark() {
    let (code, lines) = check(format!("\u{feff}{}", valid()));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        ["F: the file starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without BOM"]
    );
}

#[test]
fn not_utf8() {
    let (code, lines) = check(b"{\"a\": \"\xc3\x28\"}".as_slice());
    assert_eq!(code, 1);
    assert!(lines[0].contains("not valid UTF-8"), "{lines:?}");
}

#[test]
fn wrong_type() {
    let (code, lines) = check(with(|v| v["team"]["name"] = json!(42)));
    assert_eq!(code, 1);
    assert_eq!(lines, ["F: team.name: expected a string, found a number"]);
}

#[test]
fn missing_required_field() {
    let (code, lines) = check(with(|v| {
        v["team"]["subteams"][1]
            .as_object_mut()
            .unwrap()
            .remove("id");
    }));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        ["F: team.subteams[1].id: required field \"id\" is missing"]
    );
}

#[test]
fn newer_manifest_version() {
    let (code, lines) = check(with(|v| v["manifest_version"] = json!(2)));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        ["F: manifest_version: version 2 is newer than supported (1)"]
    );
}

#[test]
fn duplicate_ids() {
    let (code, lines) = check(with(|v| v["team"]["subteams"][1]["id"] = json!("a")));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        ["F: team.subteams[1].id: duplicate team id \"a\" (first used at team.subteams[0].id)"]
    );
}

#[test]
fn nesting_17_deep() {
    let mut team = json!({"id": "level-17", "name": "17"});
    for d in (1..17).rev() {
        team = json!({"id": format!("level-{d}"), "name": d.to_string(), "subteams": [team]});
    }
    let manifest =
        json!({"manifest_version": 1, "team": {"id": "root", "name": "Root", "subteams": [team]}});
    let (code, lines) = check(manifest.to_string());
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1);
    let path = format!("team{}", ".subteams[0]".repeat(17));
    assert!(
        lines[0].starts_with(&format!("F: {path}: nested too deeply")),
        "{lines:?}"
    );
}

#[test]
fn bad_urls() {
    let (code, lines) = check(with(|v| {
        v["team"]["links"] = json!([
            {"title": "a", "url": "javascript:alert(1)"},
            {"title": "b", "url": "data:text/html,<b>x</b>"},
            {"title": "c", "url": "docs/index.html"},
            {"title": "d", "url": "https//x"},
        ]);
        v["team"]["members"][0]["url"] = json!("JAVASCRIPT:alert(1)");
    }));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "F: team.links[0].url: URL scheme \"javascript:\" is not allowed; expected an absolute https, http or mailto URL",
            "F: team.links[1].url: URL scheme \"data:\" is not allowed; expected an absolute https, http or mailto URL",
            "F: team.links[2].url: relative URL \"docs/index.html\" is not allowed; expected an absolute https, http or mailto URL",
            "F: team.links[3].url: relative URL \"https//x\" is not allowed; expected an absolute https, http or mailto URL",
            "F: team.members[0].url: URL scheme \"JAVASCRIPT:\" is not allowed; expected an absolute https, http or mailto URL",
        ]
    );
}

#[test]
fn bad_channel_names() {
    let (code, lines) = check(with(|v| {
        v["team"]["channels"] = json!([
            {"network": "libera", "channel": "sre"},
            {"network": "libera", "channel": "#sre ops"},
            {"network": "libera", "channel": "#a,#b"},
            {"network": "libera", "channel": "#sre:ops"},
            {"network": "libera", "channel": format!("#{}", "x".repeat(50))},
            {"network": "slack", "channel": "y".repeat(81)},
            {"network": "slack", "channel": "ok: spaces, commas"},
        ]);
    }));
    assert_eq!(code, 1);
    let long = format!("#{}", "x".repeat(50));
    assert_eq!(
        lines,
        [
            "F: team.channels[0].channel: IRC channel name \"sre\" must start with '#' or '&'".to_string(),
            "F: team.channels[1].channel: IRC channel name \"#sre ops\" must not contain a space".to_string(),
            "F: team.channels[2].channel: IRC channel name \"#a,#b\" must not contain a comma".to_string(),
            "F: team.channels[3].channel: IRC channel name \"#sre:ops\" must not contain a colon".to_string(),
            format!("F: team.channels[4].channel: IRC channel name \"{long}\" is 51 characters long (2 to 50 allowed)"),
            format!("F: team.channels[5].channel: channel name \"{}\"… is 81 characters long (1 to 80 allowed)", "y".repeat(60)),
        ]
    );
}

#[test]
fn unknown_network() {
    let (code, lines) = check(with(|v| {
        v["team"]["subteams"] = json!([
            {"id": "a", "name": "A"},
            {"id": "b", "name": "B"},
            {"id": "c", "name": "C", "channels": [{"network": "oftc", "channel": "#c"}]},
        ]);
    }));
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        ["F: team.subteams[2].channels[0].network: unknown network \"oftc\"; defined networks: libera, slack (add it under \"networks\")"]
    );
}

#[test]
fn several_files_and_an_unreadable_one() {
    let good = temp_file("good.json", valid().to_string());
    let bad = temp_file("bad.json", with(|v| v["team"]["id"] = json!("SRE")));
    let missing = good.with_file_name("missing.json");
    let (g, b, m) = (
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    let o = run(&[g, b, m]);
    assert_eq!(o.status.code(), Some(1));
    let lines = stdout_lines(&o);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with(&format!("{b}: team.id: invalid team id \"SRE\"")));
    assert!(
        lines[1].starts_with(&format!("{m}: cannot read: ")),
        "{lines:?}"
    );
    let summary = String::from_utf8(o.stderr).unwrap();
    assert!(
        summary.contains("3 files checked: 1 valid, 2 invalid; 2 errors, 0 warnings"),
        "{summary}"
    );
    // --quiet drops the summary.
    let o = run(&["--quiet", g]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
}

#[test]
fn json_output() {
    let good = temp_file("good.json", with(|v| v["team"]["extra"] = json!(1)));
    let bad = temp_file("bad.json", "[]");
    let (g, b) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let o = run(&["--json", g, b]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        report,
        json!([
            {"file": g, "valid": true, "errors": [],
             "warnings": [{"path": "team.extra", "message": "unknown field \"extra\" (ignored)"}]},
            {"file": b, "valid": false,
             "errors": [{"path": "", "message": "the manifest must be a JSON object, found an array"}],
             "warnings": []},
        ])
    );
}

#[test]
fn stdin() {
    let mut child = Command::new(BIN)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"manifest_version\": 1}")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout_lines(&o),
        ["<stdin>: team: required field \"team\" is missing"]
    );
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr)
        .unwrap()
        .contains("usage: teampage-check"));
    assert!(o.stdout.is_empty());

    let o = run(&["--frobnicate", "x.json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("unknown option \"--frobnicate\""), "{err}");
    assert!(err.contains("usage: teampage-check"), "{err}");

    let o = run(&["--json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_and_version() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = String::from_utf8(o.stdout).unwrap();
    assert!(help.contains("usage: teampage-check") && help.contains("--json"));
    assert!(
        help.contains("--strict       warnings count as errors"),
        "{help}"
    );
    assert!(
        help.contains("leave out the summary on standard error; every problem,\n                 warnings included, is still printed"),
        "{help}"
    );
    let o = run(&["-V"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .starts_with("teampage-check "));
}

#[test]
fn double_dash_ends_options() {
    let file = temp_file("-odd.json", valid().to_string());
    let dir = file.parent().unwrap();
    let o = Command::new(BIN)
        .current_dir(dir)
        .args(["--", "-odd.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{o:?}");
}

#[test]
fn the_datasets_are_valid() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let files = [
        format!("{root}/public/datasets/kubernetes-community.json"),
        format!("{root}/public/datasets/rust-lang-teams.json"),
        format!("{root}/public/team.json"),
    ];
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let o = run(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(o.stdout.is_empty());
}
