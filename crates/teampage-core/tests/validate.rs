//! Every rule of `docs/manifest-v1.md`, one test (or more) per rule: each
//! breaks one thing in a valid manifest and checks the exact path of the
//! error and a fragment of its message. Then the real manifests (datasets,
//! default manifest) and the shared bad-manifest corpus.

use serde_json::{json, Value};
use teampage_core::manifest::{
    check, check_bytes, parse, Problem, Report, Severity, Team, MAX_ERRORS,
};

/// The base manifest of `tests/bad-manifests/generate.mjs` (its case "base"
/// in `edge-valid.json`): valid, and using every field.
fn base() -> Value {
    static BASE: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let cases: Vec<Value> =
            serde_json::from_str(&repo_file("tests/bad-manifests/edge-valid.json")).unwrap();
        let base = cases.iter().find(|c| c["name"] == "base");
        base.expect("edge-valid.json has the base case")["manifest"].clone()
    })
    .clone()
}

/// Sets the value at a JSON pointer (its parent must exist; an index one
/// past the end of an array appends).
fn set(v: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap() {
        Value::Object(m) => {
            m.insert(key.to_string(), new);
        }
        Value::Array(a) => {
            let i = key.parse::<usize>().unwrap();
            if i == a.len() {
                a.push(new);
            } else {
                a[i] = new;
            }
        }
        other => panic!("cannot set {pointer} in {other}"),
    }
}

/// Removes the field at a JSON pointer.
fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("nothing at {pointer}"));
}

fn report_of(v: &Value) -> Report {
    check(&serde_json::to_string_pretty(v).unwrap())
}

/// Asserts that `v` is refused with exactly one error, at `path`, whose
/// message contains `fragment`.
fn assert_one_error(v: &Value, path: &str, fragment: &str) {
    let errors = parse(&v.to_string()).expect_err("the manifest was accepted");
    assert!(
        errors.len() == 1 && errors[0].path == path && errors[0].message.contains(fragment),
        "expected one error at {path:?} containing {fragment:?}, got {errors:#?}"
    );
    assert_eq!(errors[0].severity, Severity::Error);
}

/// The base manifest with `f` applied must have exactly one error.
fn one_error(f: impl FnOnce(&mut Value), path: &str, fragment: &str) {
    let mut v = base();
    f(&mut v);
    assert_one_error(&v, path, fragment);
}

/// Asserts that `v` is valid with warnings at exactly `paths`.
fn assert_warnings(v: &Value, paths: &[&str]) -> Vec<Problem> {
    let parsed = parse(&v.to_string()).unwrap_or_else(|e| panic!("refused: {e:#?}"));
    let mut got: Vec<&str> = parsed.warnings.iter().map(|p| p.path.as_str()).collect();
    got.sort();
    let mut want = paths.to_vec();
    want.sort();
    assert_eq!(got, want, "{:#?}", parsed.warnings);
    assert!(parsed
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning));
    parsed.warnings
}

/// Teams in the tree under `team`, itself included.
fn team_count(team: &Team) -> usize {
    let mut n = 0;
    team.walk(&mut |_, _| n += 1);
    n
}

/// Unique names of the people in the tree under `team`.
fn people_count(team: &Team) -> usize {
    let mut names = std::collections::HashSet::new();
    team.walk(&mut |t, _| names.extend(t.own_people().map(|p| p.name.as_str())));
    names.len()
}

fn text_errors(text: &str) -> Vec<Problem> {
    parse(text).expect_err("the text was accepted")
}

// ------------------------------------------------------------------ the base

#[test]
fn the_base_is_valid_without_warnings() {
    let parsed = parse(&base().to_string()).unwrap();
    assert!(parsed.warnings.is_empty());
    let m = parsed.manifest;
    assert_eq!(team_count(&m.team), 4);
    assert_eq!(m.networks.len(), 2);
    assert_eq!(m.networks["libera"].irc_port(), 6697);
    assert_eq!(m.language(), Some("en"));
    assert_eq!(m.meta.unwrap().license.unwrap().name, "CC BY-SA 3.0");
}

#[test]
fn the_minimal_manifest_is_valid() {
    let parsed = parse(r#"{"manifest_version":1,"team":{"id":"x","name":"X"}}"#).unwrap();
    assert_eq!(parsed.manifest.team.id, "x");
    assert!(parsed.warnings.is_empty());
}

#[test]
fn the_spec_example_of_an_error() {
    let mut v = base();
    let subteams = v
        .pointer_mut("/team/subteams")
        .unwrap()
        .as_array_mut()
        .unwrap();
    subteams.push(json!({"id": "gamma", "name": "Gamma", "channels": [{"network": "oftc", "channel": "#gamma"}]}));
    let errors = parse(&v.to_string()).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["team.subteams[2].channels[0].network: unknown network \"oftc\"; defined networks: libera, workchat (add it under \"networks\")"]
    );
}

// ------------------------------------------------------------ the text itself

#[test]
fn empty_file() {
    for text in ["", "   ", "\n\t\r\n "] {
        let errors = text_errors(text);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "");
        assert_eq!(errors[0].message, "the file is empty");
    }
}

#[test]
fn byte_order_mark() {
    let text = format!("\u{feff}{}", base());
    let errors = text_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].path, "");
    assert!(errors[0]
        .message
        .contains("starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without BOM"));
    // The rest is still checked.
    let mut v = base();
    set(&mut v, "/team/id", json!("Root"));
    let errors = text_errors(&format!("\u{feff}{v}"));
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[1].path, "team.id");
    // A BOM alone is an empty file too.
    let errors = text_errors("\u{feff}");
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[1].message, "the file is empty");
}

#[test]
fn invalid_json_has_line_and_column() {
    let errors = text_errors("{\n  \"manifest_version\": 1,\n  \"team\": }\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "");
    assert!(
        errors[0].message.starts_with("invalid JSON: "),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].message.contains("line 3 column 11"),
        "{}",
        errors[0]
    );

    let e = &text_errors("{\"a\": 1,}")[0];
    assert!(e.message.contains("line 1 column 9"), "{e}");
    let e = &text_errors("{\"manifest_version\": 1")[0];
    assert!(e.message.contains("ends too early"), "{e}");
    let e = &text_errors("{} {}")[0];
    assert!(
        e.message.contains("trailing characters at line 1 column 4"),
        "{e}"
    );
    let e = &text_errors("{'a': 1}")[0];
    assert!(e.message.contains("line 1 column 2"), "{e}");
}

#[test]
fn comments_get_a_hint_that_json_has_none() {
    // A manifest copied from an annotated (jsonc) example.
    let text = "{\n  \"manifest_version\": 1,                       // required\n  \"team\": {\"id\": \"x\", \"name\": \"X\"}\n}\n";
    let errors = text_errors(text);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        "invalid JSON: key must be a string at line 2 column 48 (JSON has no comments: remove the `//` comment)"
    );
    let text = "{\"manifest_version\": 1, \"team\": {\"id\": \"x\", \"name\": \"X\",\n  \"subteams\": [ /* teams */ ]}}";
    let e = &text_errors(text)[0];
    assert_eq!(
        e.message,
        "invalid JSON: expected value at line 2 column 17 (JSON has no comments: remove the `/* */` comment)"
    );
    // A '/' that starts no comment gets no hint.
    let e = &text_errors("{\"manifest_version\": 1 / 2}")[0];
    assert!(!e.message.contains("comment"), "{e}");
}

#[test]
fn trailing_commas_get_a_hint() {
    let e = &text_errors(
        "{\n  \"manifest_version\": 1,\n  \"team\": {\"id\": \"x\", \"name\": \"X\"},\n}",
    )[0];
    assert_eq!(
        e.message,
        "invalid JSON: trailing comma at line 4 column 1 (JSON allows no trailing comma: remove the `,` before `}`)"
    );
    let e = &text_errors("{\"team\": {\"technologies\": [\"Rust\",]}}")[0];
    assert!(
        e.message
            .ends_with("(JSON allows no trailing comma: remove the `,` before `]`)"),
        "{e}"
    );
}

#[test]
fn the_root_must_be_an_object() {
    for (text, found) in [
        ("[]", "an array"),
        ("1", "a number"),
        ("\"x\"", "a string"),
        ("null", "null"),
        ("true", "a boolean"),
    ] {
        let errors = text_errors(text);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "");
        assert_eq!(
            errors[0].message,
            format!("the manifest must be a JSON object, found {found}")
        );
    }
}

#[test]
fn deep_json_nesting_is_an_error_not_a_crash() {
    for depth in [129, 1_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let e = &text_errors(&text)[0];
        assert!(e.message.contains("nested too deeply"), "{e}");
        let text = format!(
            r#"{{"manifest_version":1,"team":{{"id":"x","name":"X","x":{}1{}}}}}"#,
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        );
        let e = &text_errors(&text)[0];
        assert!(e.message.contains("nested too deeply"), "{e}");
    }
    // Just under the limit is fine (an unknown field, so a warning).
    let text = format!(
        r#"{{"manifest_version":1,"team":{{"id":"x","name":"X","x":{}{}}}}}"#,
        "[".repeat(125),
        "]".repeat(125)
    );
    let parsed = parse(&text).unwrap();
    assert_eq!(parsed.warnings.len(), 1);
}

#[test]
fn not_utf8_and_utf16() {
    let r = check_bytes(b"{\n  \"a\": \"\xff\"}");
    assert_eq!(r.errors.len(), 1);
    assert!(r.errors[0]
        .message
        .contains("not valid UTF-8 (bad byte at line 2 column 9)"));
    let r = check_bytes(b"\xff\xfe{\x00}\x00");
    assert!(r.errors[0].message.contains("UTF-16"));
    let r = check_bytes(base().to_string().as_bytes());
    assert!(r.is_valid() && r.manifest.is_some());
}

#[test]
fn duplicate_keys_are_warnings() {
    let text = r#"{"manifest_version":1,"team":{"id":"x","name":"X","name":"Y","subteams":[{"id":"y","name":"Y","id":"z"}]}}"#;
    let parsed = parse(text).unwrap();
    let paths: Vec<_> = parsed.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["team.name", "team.subteams[0].id"]);
    assert!(parsed.warnings[0]
        .message
        .contains("duplicate key \"name\""));
    assert_eq!(parsed.manifest.team.name, "Y");
    assert_eq!(parsed.manifest.team.subteams[0].id, "z");
}

// --------------------------------------------------------- manifest_version

#[test]
fn manifest_version_is_required() {
    one_error(
        |v| remove(v, "/manifest_version"),
        "manifest_version",
        "required field \"manifest_version\" is missing",
    );
}

#[test]
fn manifest_version_newer_than_supported() {
    one_error(
        |v| set(v, "/manifest_version", json!(2)),
        "manifest_version",
        "version 2 is newer than supported (1)",
    );
    // The rest of a newer manifest is not checked: its shape may differ.
    let errors = text_errors(r#"{"manifest_version": 7, "team": "whatever"}"#);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "manifest_version: version 7 is newer than supported (1)"
    );
}

#[test]
fn manifest_version_is_an_integer() {
    one_error(
        |v| set(v, "/manifest_version", json!("1")),
        "manifest_version",
        "expected an integer, found a string",
    );
    one_error(
        |v| set(v, "/manifest_version", json!(1.5)),
        "manifest_version",
        "expected an integer, found 1.5",
    );
    one_error(
        |v| set(v, "/manifest_version", json!(-1)),
        "manifest_version",
        "expected an integer, found -1",
    );
    one_error(
        |v| set(v, "/manifest_version", json!(null)),
        "manifest_version",
        "expected an integer, found null",
    );
    one_error(
        |v| set(v, "/manifest_version", json!(0)),
        "manifest_version",
        "version 0 is not supported",
    );
}

// ------------------------------------------------------------------ networks

#[test]
fn networks_is_an_object() {
    let mut v = base();
    set(&mut v, "/networks", json!([]));
    // Only the one error: the channels are not all reported as unknown.
    assert_one_error(
        &v,
        "networks",
        "expected an object (network id → network), found an array",
    );
    one_error(
        |v| set(v, "/networks/libera", json!("irc.libera.chat")),
        "networks.libera",
        "expected an object, found a string",
    );
    // No networks at all is fine when no channel uses one.
    parse(r#"{"manifest_version":1,"networks":{},"team":{"id":"x","name":"X"}}"#).unwrap();
}

#[test]
fn network_ids_with_odd_characters_are_quoted_in_paths() {
    let mut v = base();
    let libera = v["networks"]["libera"].clone();
    set(&mut v, "/networks/irc.libera.chat", libera);
    set(&mut v, "/networks/irc.libera.chat/port", json!(0));
    set(&mut v, "/team/channels/0/network", json!("irc.libera.chat"));
    assert_one_error(
        &v,
        "networks[\"irc.libera.chat\"].port",
        "port 0 is out of range",
    );
}

#[test]
fn network_name_is_required_and_not_empty() {
    one_error(
        |v| remove(v, "/networks/libera/name"),
        "networks.libera.name",
        "required field \"name\" is missing",
    );
    one_error(
        |v| set(v, "/networks/libera/name", json!("")),
        "networks.libera.name",
        "must not be empty",
    );
    one_error(
        |v| set(v, "/networks/libera/name", json!(5)),
        "networks.libera.name",
        "expected a string, found a number",
    );
}

#[test]
fn protocol_is_one_of_five() {
    one_error(
        |v| set(v, "/networks/workchat/protocol", json!("discord")),
        "networks.workchat.protocol",
        "unknown protocol \"discord\"; expected one of irc, slack, zulip, matrix, other",
    );
    one_error(
        |v| set(v, "/networks/libera/protocol", json!("IRC")),
        "networks.libera.protocol",
        "unknown protocol \"IRC\"",
    );
    one_error(
        |v| set(v, "/networks/libera/protocol", json!(1)),
        "networks.libera.protocol",
        "expected a string, found a number",
    );
    let mut v = base();
    for p in ["zulip", "matrix", "other"] {
        set(
            &mut v,
            &format!("/networks/{p}"),
            json!({"name": p, "protocol": p, "webchat": format!("https://chat.example.org/{p}/{{channel}}")}),
        );
        v["team"]["subteams"][1]["channels"]
            .as_array_mut()
            .unwrap()
            .push(json!({"network": p, "channel": format!("{p} stream")}));
    }
    assert_warnings(&v, &[]);
}

#[test]
fn host_is_required_for_irc() {
    one_error(
        |v| remove(v, "/networks/libera/host"),
        "networks.libera.host",
        "required field \"host\" is missing",
    );
    one_error(
        |v| {
            remove(v, "/networks/libera/protocol");
            remove(v, "/networks/libera/host");
        },
        "networks.libera.host",
        "an irc network needs a host name",
    );
}

#[test]
fn host_is_a_dns_name() {
    one_error(
        |v| set(v, "/networks/libera/host", json!("irc libera chat")),
        "networks.libera.host",
        "is not a DNS name",
    );
    one_error(
        |v| set(v, "/networks/libera/host", json!("-irc.libera.chat")),
        "networks.libera.host",
        "is not a DNS name",
    );
    one_error(
        |v| {
            set(
                v,
                "/networks/libera/host",
                json!("ircs://irc.libera.chat:6697"),
            )
        },
        "networks.libera.host",
        "is a URL, not a host name",
    );
    one_error(
        |v| set(v, "/networks/libera/host", json!("irc.libera.chat:6697")),
        "networks.libera.host",
        "includes a port",
    );
    one_error(
        |v| set(v, "/networks/libera/host", json!("")),
        "networks.libera.host",
        "must not be empty",
    );
    one_error(
        |v| set(v, "/networks/libera/host", json!(["irc.libera.chat"])),
        "networks.libera.host",
        "expected a string, found an array",
    );
    let mut v = base();
    set(&mut v, "/networks/libera/host", json!("irc.libera.chat."));
    assert_warnings(&v, &[]);
}

#[test]
fn port_is_an_integer_from_1_to_65535() {
    one_error(
        |v| set(v, "/networks/libera/port", json!(0)),
        "networks.libera.port",
        "port 0 is out of range (1 to 65535)",
    );
    one_error(
        |v| set(v, "/networks/libera/port", json!(70000)),
        "networks.libera.port",
        "port 70000 is out of range",
    );
    one_error(
        |v| set(v, "/networks/libera/port", json!(-6697)),
        "networks.libera.port",
        "port -6697 is out of range",
    );
    one_error(
        |v| set(v, "/networks/libera/port", json!("6697")),
        "networks.libera.port",
        "expected an integer, found a string",
    );
    one_error(
        |v| set(v, "/networks/libera/port", json!(6697.5)),
        "networks.libera.port",
        "expected an integer, found 6697.5",
    );
    for ok in [1, 65535] {
        let mut v = base();
        set(&mut v, "/networks/libera/port", json!(ok));
        assert_warnings(&v, &[]);
    }
}

#[test]
fn tls_is_a_boolean() {
    one_error(
        |v| set(v, "/networks/libera/tls", json!("yes")),
        "networks.libera.tls",
        "expected a boolean (true or false), found a string",
    );
    let mut v = base();
    set(&mut v, "/networks/libera/tls", json!(false));
    assert!(!parse(&v.to_string()).unwrap().manifest.networks["libera"].uses_tls());
}

#[test]
fn host_port_and_tls_are_for_irc_only() {
    let mut v = base();
    set(
        &mut v,
        "/networks/workchat/host",
        json!("example.slack.com"),
    );
    set(&mut v, "/networks/workchat/port", json!(443));
    set(&mut v, "/networks/workchat/tls", json!(true));
    let warnings = assert_warnings(
        &v,
        &[
            "networks.workchat.host",
            "networks.workchat.port",
            "networks.workchat.tls",
        ],
    );
    assert!(
        warnings[0]
            .message
            .contains("applies to irc networks only, not slack"),
        "{}",
        warnings[0]
    );
    // Their types are still checked.
    one_error(
        |v| set(v, "/networks/workchat/port", json!("443")),
        "networks.workchat.port",
        "expected an integer",
    );
}

#[test]
fn webchat_is_required_for_every_protocol_but_irc() {
    one_error(|v| remove(v, "/networks/workchat/webchat"), "networks.workchat.webchat",
        "required field \"webchat\" is missing: a slack network is reached only through its web chat template");
    let mut v = base();
    remove(&mut v, "/networks/libera/webchat");
    assert_warnings(&v, &[]);
}

#[test]
fn webchat_is_an_https_template_with_channel() {
    one_error(
        |v| {
            set(
                v,
                "/networks/libera/webchat",
                json!("http://web.libera.chat/#{channel}"),
            )
        },
        "networks.libera.webchat",
        "URL scheme \"http:\" is not allowed; expected an absolute https URL",
    );
    one_error(
        |v| {
            set(
                v,
                "/networks/workchat/webchat",
                json!("javascript:alert(\"{channel}\")"),
            )
        },
        "networks.workchat.webchat",
        "URL scheme \"javascript:\" is not allowed",
    );
    one_error(
        |v| {
            set(
                v,
                "/networks/workchat/webchat",
                json!("https://example.slack.com/messages/"),
            )
        },
        "networks.workchat.webchat",
        "does not contain {channel}",
    );
    one_error(
        |v| {
            set(
                v,
                "/networks/workchat/webchat",
                json!("/messages/{channel}"),
            )
        },
        "networks.workchat.webchat",
        "relative URL",
    );
    one_error(
        |v| {
            set(
                v,
                "/networks/workchat/webchat",
                json!("https://{channel}.slack.com/ x"),
            )
        },
        "networks.workchat.webchat",
        "space",
    );
    one_error(
        |v| set(v, "/networks/workchat/webchat", json!(false)),
        "networks.workchat.webchat",
        "expected a string, found a boolean",
    );
}

// ---------------------------------------------------------------------- teams

#[test]
fn team_is_required_and_an_object() {
    one_error(
        |v| remove(v, "/team"),
        "team",
        "required field \"team\" is missing",
    );
    one_error(
        |v| set(v, "/team", json!("sre")),
        "team",
        "expected an object, found a string",
    );
    one_error(
        |v| set(v, "/team/subteams/1", json!("beta")),
        "team.subteams[1]",
        "expected an object, found a string",
    );
    one_error(
        |v| set(v, "/team/subteams", json!({})),
        "team.subteams",
        "expected an array, found an object",
    );
}

#[test]
fn team_id_is_required() {
    one_error(
        |v| remove(v, "/team/id"),
        "team.id",
        "required field \"id\" is missing",
    );
    one_error(
        |v| remove(v, "/team/subteams/1/id"),
        "team.subteams[1].id",
        "required field \"id\" is missing",
    );
    one_error(
        |v| set(v, "/team/subteams/1/id", json!(7)),
        "team.subteams[1].id",
        "expected a string, found a number",
    );
}

#[test]
fn team_id_pattern() {
    for (pointer, path, id) in [
        ("/team/subteams/0/id", "team.subteams[0].id", "Alpha"),
        (
            "/team/subteams/0/subteams/0/id",
            "team.subteams[0].subteams[0].id",
            "-one",
        ),
        ("/team/id", "team.id", "root team"),
        ("/team/subteams/1/id", "team.subteams[1].id", "beta_team"),
        ("/team/subteams/1/id", "team.subteams[1].id", "bêta"),
    ] {
        one_error(
            |v| set(v, pointer, json!(id)),
            path,
            &format!("invalid team id {id:?}: use lowercase letters a-z, digits and '-'"),
        );
    }
    one_error(
        |v| set(v, "/team/subteams/1/id", json!("")),
        "team.subteams[1].id",
        "must not be empty",
    );
    let mut v = base();
    set(&mut v, "/team/id", json!("0"));
    set(&mut v, "/team/subteams/0/id", json!("9-lives"));
    set(&mut v, "/team/subteams/1/id", json!("a--b"));
    assert_warnings(&v, &[]);
}

#[test]
fn team_ids_are_unique_in_the_whole_manifest() {
    one_error(
        |v| set(v, "/team/subteams/1/id", json!("alpha")),
        "team.subteams[1].id",
        "duplicate team id \"alpha\" (first used at team.subteams[0].id)",
    );
    one_error(
        |v| set(v, "/team/subteams/0/subteams/0/id", json!("root")),
        "team.subteams[0].subteams[0].id",
        "duplicate team id \"root\" (first used at team.id)",
    );
    // A deep one against a later cousin: the first in document order wins.
    one_error(
        |v| set(v, "/team/subteams/1/id", json!("alpha-one")),
        "team.subteams[1].id",
        "first used at team.subteams[0].subteams[0].id",
    );
}

#[test]
fn team_name_is_required_and_not_empty() {
    one_error(
        |v| set(v, "/team/subteams/0/name", json!("")),
        "team.subteams[0].name",
        "must not be empty",
    );
    one_error(
        |v| remove(v, "/team/subteams/1/name"),
        "team.subteams[1].name",
        "required field \"name\" is missing",
    );
    one_error(
        |v| set(v, "/team/name", json!(42)),
        "team.name",
        "expected a string, found a number",
    );
}

#[test]
fn optional_team_strings() {
    one_error(
        |v| set(v, "/team/short_name", json!(1)),
        "team.short_name",
        "expected a string, found a number",
    );
    one_error(
        |v| set(v, "/team/summary", json!(["First.", "Second."])),
        "team.summary",
        "expected a string, found an array",
    );
    one_error(
        |v| set(v, "/team/leads_title", json!({})),
        "team.leads_title",
        "expected a string, found an object",
    );
}

#[test]
fn null_is_not_an_absent_field() {
    one_error(
        |v| set(v, "/team/summary", json!(null)),
        "team.summary",
        "expected a string, found null",
    );
    one_error(
        |v| set(v, "/team/links", json!(null)),
        "team.links",
        "expected an array, found null",
    );
    one_error(
        |v| set(v, "/meta", json!(null)),
        "meta",
        "expected an object, found null",
    );
}

#[test]
fn aliases() {
    one_error(
        |v| set(v, "/team/aliases", json!("Old Root")),
        "team.aliases",
        "expected an array, found a string",
    );
    one_error(
        |v| set(v, "/team/aliases/0", json!("Old Root")),
        "team.aliases[0]",
        "expected an object, found a string",
    );
    one_error(
        |v| remove(v, "/team/aliases/0/name"),
        "team.aliases[0].name",
        "required field \"name\" is missing",
    );
    one_error(
        |v| set(v, "/team/aliases/0/name", json!("")),
        "team.aliases[0].name",
        "must not be empty",
    );
    one_error(
        |v| set(v, "/team/aliases/0/kind", json!("old")),
        "team.aliases[0].kind",
        "unknown kind \"old\"; expected one of former, nickname",
    );
    let mut v = base();
    remove(&mut v, "/team/aliases/0/kind");
    assert_warnings(&v, &[]);
}

#[test]
fn technologies_are_non_empty_strings() {
    one_error(
        |v| set(v, "/team/technologies", json!("Grafana, Prometheus")),
        "team.technologies",
        "expected an array, found a string",
    );
    one_error(
        |v| set(v, "/team/technologies/1", json!({"name": "Prometheus"})),
        "team.technologies[1]",
        "expected a string, found an object",
    );
    one_error(
        |v| set(v, "/team/technologies/0", json!("")),
        "team.technologies[0]",
        "must not be empty",
    );
}

#[test]
fn nesting_deeper_than_16_is_an_error() {
    fn nest(depth: usize) -> Value {
        let mut team = json!({"id": format!("level-{depth}"), "name": format!("Level {depth}")});
        for d in (1..depth).rev() {
            team = json!({"id": format!("level-{d}"), "name": format!("Level {d}"), "subteams": [team]});
        }
        json!({"manifest_version": 1, "team": {"id": "root", "name": "Root", "subteams": [team]}})
    }
    let parsed = parse(&nest(16).to_string()).unwrap();
    assert_eq!(team_count(&parsed.manifest.team), 17);
    let path = format!("team{}", ".subteams[0]".repeat(17));
    assert_one_error(
        &nest(17),
        &path,
        "nested too deeply: this team is at depth 17, and teams may nest at most 16 levels",
    );
    // Deeper still: one error, at the first team too deep.
    assert_one_error(&nest(40), &path, "depth 17");
}

// ------------------------------------------------------------------ channels

#[test]
fn channel_network_is_required_and_known() {
    one_error(
        |v| set(v, "/team/subteams/0/channels/0/network", json!("oftc")),
        "team.subteams[0].channels[0].network",
        "unknown network \"oftc\"; defined networks: libera, workchat (add it under \"networks\")",
    );
    one_error(
        |v| remove(v, "/team/channels/0/network"),
        "team.channels[0].network",
        "required field \"network\" is missing",
    );
    one_error(
        |v| set(v, "/team/channels/0/network", json!(1)),
        "team.channels[0].network",
        "expected a string, found a number",
    );
    let mut v = base();
    remove(&mut v, "/networks");
    let errors = report_of(&v).errors;
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "team.channels[0].network: unknown network \"libera\": no networks are defined (add it under \"networks\")",
            "team.subteams[0].channels[0].network: unknown network \"libera\": no networks are defined (add it under \"networks\")",
            "team.subteams[1].channels[0].network: unknown network \"workchat\": no networks are defined (add it under \"networks\")",
        ]
    );
}

#[test]
fn channel_name_is_required() {
    one_error(
        |v| remove(v, "/team/channels/0/channel"),
        "team.channels[0].channel",
        "required field \"channel\" is missing",
    );
    one_error(
        |v| set(v, "/team/channels/0/channel", json!(["#root"])),
        "team.channels[0].channel",
        "expected a string, found an array",
    );
    one_error(
        |v| set(v, "/team/channels", json!({})),
        "team.channels",
        "expected an array, found an object",
    );
    one_error(
        |v| set(v, "/team/channels/0", json!("#root")),
        "team.channels[0]",
        "expected an object, found a string",
    );
    one_error(
        |v| set(v, "/team/channels/0/description", json!(1)),
        "team.channels[0].description",
        "expected a string",
    );
}

#[test]
fn irc_channel_names() {
    const AT: &str = "team.subteams[0].channels[0].channel";
    let cases = [
        (
            "alpha",
            "IRC channel name \"alpha\" must start with '#' or '&'",
        ),
        ("#alpha team", "must not contain a space"),
        ("#alpha,#beta", "must not contain a comma"),
        ("#alpha:team", "must not contain a colon"),
        ("#alpha\u{7}", "contains a control character (U+0007)"),
        ("#", "is too short (2 to 50 characters)"),
        ("", "must not be empty"),
    ];
    for (name, fragment) in cases {
        one_error(
            |v| set(v, "/team/subteams/0/channels/0/channel", json!(name)),
            AT,
            fragment,
        );
    }
    let long = format!("#{}", "a".repeat(50));
    one_error(
        |v| set(v, "/team/subteams/0/channels/0/channel", json!(long)),
        AT,
        "is 51 characters long (2 to 50 allowed)",
    );
    // The default protocol is irc.
    one_error(
        |v| {
            remove(v, "/networks/libera/protocol");
            set(v, "/team/channels/0/channel", json!("root"));
        },
        "team.channels[0].channel",
        "must start with '#' or '&'",
    );
    let mut v = base();
    set(
        &mut v,
        "/team/channels",
        json!([
            {"network": "libera", "channel": format!("#{}", "a".repeat(49))},
            {"network": "libera", "channel": "&local"},
            {"network": "libera", "channel": "##"},
            {"network": "libera", "channel": "#wikimedia-sre.ops_é"},
            {"network": "libera", "channel": format!("#{}", "é".repeat(49))},
        ]),
    );
    assert_warnings(&v, &[]);
}

#[test]
fn other_channel_names() {
    const AT: &str = "team.subteams[1].channels[0].channel";
    one_error(
        |v| {
            set(
                v,
                "/team/subteams/1/channels/0/channel",
                json!("b".repeat(81)),
            )
        },
        AT,
        "is 81 characters long (1 to 80 allowed)",
    );
    one_error(
        |v| set(v, "/team/subteams/1/channels/0/channel", json!("")),
        AT,
        "must not be empty",
    );
    one_error(
        |v| {
            set(
                v,
                "/team/subteams/1/channels/0/channel",
                json!("beta\nchat"),
            )
        },
        AT,
        "control character (U+000A)",
    );
    one_error(
        |v| {
            set(
                v,
                "/team/subteams/1/channels/0/channel",
                json!("beta\u{85}chat"),
            )
        },
        AT,
        "control character (U+0085)",
    );
    let mut v = base();
    set(
        &mut v,
        "/team/subteams/1/channels",
        json!([
            {"network": "workchat", "channel": "b"},
            {"network": "workchat", "channel": "c".repeat(80)},
            {"network": "workchat", "channel": "Beta team: help, questions"},
            {"network": "workchat", "channel": "#with-hash"},
        ]),
    );
    assert_warnings(&v, &[]);
}

#[test]
fn channels_on_a_broken_network_report_only_the_network() {
    one_error(
        |v| set(v, "/networks/libera/protocol", json!("irc2")),
        "networks.libera.protocol",
        "unknown protocol",
    );
}

// ---------------------------------------------------------------------- links

#[test]
fn link_fields() {
    one_error(
        |v| set(v, "/team/links", json!({})),
        "team.links",
        "expected an array, found an object",
    );
    one_error(
        |v| set(v, "/team/links/0", json!("https://x.org")),
        "team.links[0]",
        "expected an object, found a string",
    );
    one_error(
        |v| remove(v, "/team/links/0/title"),
        "team.links[0].title",
        "required field \"title\" is missing",
    );
    one_error(
        |v| set(v, "/team/links/0/title", json!("")),
        "team.links[0].title",
        "must not be empty",
    );
    one_error(
        |v| remove(v, "/team/links/0/url"),
        "team.links[0].url",
        "required field \"url\" is missing",
    );
    one_error(
        |v| set(v, "/team/links/0/url", json!(1)),
        "team.links[0].url",
        "expected a string, found a number",
    );
    one_error(
        |v| set(v, "/team/links/0/kind", json!("wiki")),
        "team.links[0].kind",
        "unknown kind \"wiki\"; expected one of docs, tracker, runbook, dashboard, chat, other",
    );
    one_error(
        |v| set(v, "/team/links/0/text", json!(false)),
        "team.links[0].text",
        "expected a string, found a boolean",
    );
    let mut v = base();
    remove(&mut v, "/team/links/0/kind");
    for (i, kind) in ["docs", "tracker", "runbook", "dashboard", "chat", "other"]
        .iter()
        .enumerate()
    {
        set(
            &mut v,
            &format!("/team/contact/links/{i}"),
            json!({"title": kind, "url": "https://x.org/", "kind": kind}),
        );
    }
    assert_warnings(&v, &[]);
}

#[test]
fn link_urls() {
    let cases = [
        ("javascript:alert(1)", "URL scheme \"javascript:\" is not allowed; expected an absolute https, http or mailto URL"),
        ("JavaScript:alert(1)", "URL scheme \"JavaScript:\" is not allowed"),
        ("data:text/html,<script>alert(1)</script>", "URL scheme \"data:\" is not allowed"),
        ("ftp://ftp.example.org/pub/", "URL scheme \"ftp:\" is not allowed"),
        ("/wiki/SRE", "relative URL \"/wiki/SRE\" is not allowed"),
        ("board/beta", "relative URL \"board/beta\" is not allowed"),
        ("//docs.example.org/", "scheme-relative URL \"//docs.example.org/\" is not allowed"),
        ("https//x", "relative URL \"https//x\" is not allowed"),
        ("https://", "URL \"https://\" has no host"),
        ("https://docs.example.org/a page", "malformed URL \"https://docs.example.org/a page\": it contains a space"),
        ("", "empty URL"),
        ("https://exa mple.org", "space"),
        ("https://example.org:0x50/", "invalid port"),
    ];
    for (url, fragment) in cases {
        one_error(
            |v| set(v, "/team/links/0/url", json!(url)),
            "team.links[0].url",
            fragment,
        );
    }
    one_error(
        |v| set(v, "/team/contact/links/0/url", json!("mailto:")),
        "team.contact.links[0].url",
        "has no e-mail address",
    );
    one_error(
        |v| set(v, "/team/contact/links/0/url", json!("javascript:void(0)")),
        "team.contact.links[0].url",
        "\"javascript:\" is not allowed",
    );
    one_error(
        |v| set(v, "/team/subteams/1/links/0/url", json!("board/beta")),
        "team.subteams[1].links[0].url",
        "relative URL",
    );
    let mut v = base();
    v["team"]["links"].as_array_mut().unwrap().extend([
        json!({"title": "Plain", "url": "http://example.org"}),
        json!({"title": "Mail", "url": "mailto:team@example.org?subject=Hi"}),
        json!({"title": "Port", "url": "http://example.org:8080/people/bob?tab=1#top"}),
        json!({"title": "Frag", "url": "https://groups.google.com/forum/#!forum/kubernetes-sig-api-machinery"}),
    ]);
    assert_warnings(&v, &[]);
}

#[test]
fn emergency() {
    one_error(
        |v| set(v, "/team/emergency", json!("Klaxon")),
        "team.emergency",
        "expected an object, found a string",
    );
    one_error(
        |v| remove(v, "/team/emergency/title"),
        "team.emergency.title",
        "required field \"title\" is missing",
    );
    one_error(
        |v| set(v, "/team/emergency/url", json!("data:text/plain,help")),
        "team.emergency.url",
        "\"data:\" is not allowed",
    );
    one_error(
        |v| set(v, "/team/emergency/text", json!(1)),
        "team.emergency.text",
        "expected a string",
    );
    let mut v = base();
    set(&mut v, "/team/emergency", json!({"title": "Klaxon"}));
    assert_warnings(&v, &[]);
}

#[test]
fn emergency_url_may_be_a_phone_number() {
    for tel in ["tel:112", "tel:+1 (555) 010-0199", "TEL:+44.20.7946.0958"] {
        let mut v = base();
        set(&mut v, "/team/emergency/url", json!(tel));
        let parsed = parse(&v.to_string()).unwrap_or_else(|e| panic!("{tel}: {e:#?}"));
        assert!(parsed.warnings.is_empty());
        assert_eq!(
            parsed.manifest.team.emergency.unwrap().url.as_deref(),
            Some(tel)
        );
    }
    one_error(
        |v| set(v, "/team/emergency/url", json!("tel:call-us")),
        "team.emergency.url",
        "tel URL \"tel:call-us\" is not a phone number: write its digits, with an optional leading '+' and spaces, '-', '.', '(' or ')' between them (e.g. \"tel:+1 555 0100\")",
    );
    one_error(
        |v| set(v, "/team/emergency/url", json!("tel:12")),
        "team.emergency.url",
        "tel URL \"tel:12\" has 2 digits; a phone number has 3 to 15",
    );
    one_error(
        |v| set(v, "/team/emergency/url", json!("ftp://x.org/")),
        "team.emergency.url",
        "URL scheme \"ftp:\" is not allowed; expected an absolute https, http, mailto or tel URL",
    );
    // Every other URL keeps its schemes.
    let not_here = "URL scheme \"tel:\" is not allowed; expected an absolute https, http or mailto URL (tel: URLs are allowed only in an emergency's url)";
    for pointer in [
        "/team/links/0/url",
        "/team/contact/links/0/url",
        "/team/members/0/url",
        "/meta/source_url",
        "/meta/edit_url",
        "/meta/license/url",
    ] {
        let path = pointer[1..].replace('/', ".").replace(".0.", "[0].");
        one_error(|v| set(v, pointer, json!("tel:112")), &path, not_here);
    }
}

#[test]
fn contact() {
    one_error(
        |v| set(v, "/team/contact", json!([])),
        "team.contact",
        "expected an object, found an array",
    );
    one_error(
        |v| set(v, "/team/contact/text", json!(1)),
        "team.contact.text",
        "expected a string",
    );
    one_error(
        |v| {
            set(
                v,
                "/team/contact/links",
                json!({"title": "Mail", "url": "mailto:a@b.org"}),
            )
        },
        "team.contact.links",
        "expected an array, found an object",
    );
    one_error(
        |v| remove(v, "/team/contact/links/0/title"),
        "team.contact.links[0].title",
        "required field \"title\" is missing",
    );
    let mut v = base();
    set(&mut v, "/team/contact", json!({}));
    assert_warnings(&v, &[]);
}

// --------------------------------------------------------------------- people

#[test]
fn people() {
    one_error(
        |v| set(v, "/team/leads", json!({"name": "Ada Lead"})),
        "team.leads",
        "expected an array, found an object",
    );
    one_error(
        |v| set(v, "/team/leads/0", json!({"role": "Manager"})),
        "team.leads[0].name",
        "required field \"name\" is missing",
    );
    one_error(
        |v| set(v, "/team/members/0/name", json!("")),
        "team.members[0].name",
        "must not be empty",
    );
    one_error(
        |v| set(v, "/team/subteams/0/leads/0", json!("Cy Alpha")),
        "team.subteams[0].leads[0]",
        "expected an object, found a string",
    );
    for field in ["role", "irc_nick", "pronouns", "timezone", "url", "email"] {
        let path = format!("team.members[0].{field}");
        one_error(
            |v| set(v, &format!("/team/members/0/{field}"), json!(7)),
            &path,
            "expected a string, found a number",
        );
    }
}

#[test]
fn person_timezone_is_an_iana_name_or_a_warning() {
    for tz in [
        "Europe/Berlin",
        "America/Los_Angeles",
        "UTC",
        "Asia/Kolkata",
        "Asia/Calcutta",
        "Etc/GMT+5",
    ] {
        let mut v = base();
        set(&mut v, "/team/members/0/timezone", json!(tz));
        assert_warnings(&v, &[]);
    }
    let cases = [
        (
            "Mars/Olympus",
            "unknown time zone \"Mars/Olympus\": use an IANA name such as \"Europe/Berlin\"",
        ),
        (
            "UTC+2",
            "unknown time zone \"UTC+2\": use an IANA name such as \"Europe/Berlin\"",
        ),
        (
            "",
            "unknown time zone \"\": use an IANA name such as \"Europe/Berlin\"",
        ),
        (
            "america/new_york",
            "unknown time zone \"america/new_york\": did you mean \"America/New_York\"? (time zone names are case-sensitive)",
        ),
    ];
    for (tz, message) in cases {
        let mut v = base();
        set(&mut v, "/team/subteams/0/leads/0/timezone", json!(tz));
        // A warning: the manifest is still valid.
        let warnings = assert_warnings(&v, &["team.subteams[0].leads[0].timezone"]);
        assert_eq!(warnings[0].message, message);
    }
}

#[test]
fn person_url_and_email() {
    one_error(
        |v| {
            set(
                v,
                "/team/members/0/url",
                json!("javascript:alert(document.cookie)"),
            )
        },
        "team.members[0].url",
        "\"javascript:\" is not allowed",
    );
    one_error(
        |v| set(v, "/team/members/0/url", json!("~bob")),
        "team.members[0].url",
        "relative URL",
    );
    one_error(
        |v| set(v, "/team/members/0/email", json!("bob")),
        "team.members[0].email",
        "\"bob\" does not look like an e-mail address",
    );
    one_error(
        |v| set(v, "/team/members/0/email", json!("bob@")),
        "team.members[0].email",
        "does not look like an e-mail address",
    );
    one_error(
        |v| set(v, "/team/members/0/email", json!("mailto:bob@example.org")),
        "team.members[0].email",
        "without \"mailto:\"",
    );
    let mut v = base();
    set(
        &mut v,
        "/team/members/0/url",
        json!("mailto:bob@example.org"),
    );
    set(
        &mut v,
        "/team/members/0/email",
        json!("bob.member+team@mail.example.org"),
    );
    assert_warnings(&v, &[]);
}

// ----------------------------------------------------------------------- meta

#[test]
fn meta() {
    one_error(
        |v| set(v, "/meta", json!("CC BY-SA")),
        "meta",
        "expected an object, found a string",
    );
    one_error(
        |v| set(v, "/meta/source_url", json!("wiki/SRE")),
        "meta.source_url",
        "relative URL",
    );
    one_error(
        |v| set(v, "/meta/edit_url", json!("javascript:edit()")),
        "meta.edit_url",
        "\"javascript:\" is not allowed",
    );
    one_error(
        |v| set(v, "/meta/license", json!("CC BY-SA 3.0")),
        "meta.license",
        "expected an object, found a string",
    );
    one_error(
        |v| remove(v, "/meta/license/name"),
        "meta.license.name",
        "required field \"name\" is missing",
    );
    one_error(
        |v| set(v, "/meta/license/name", json!("")),
        "meta.license.name",
        "must not be empty",
    );
    one_error(
        |v| {
            set(
                v,
                "/meta/license/url",
                json!("ftp://example.org/by-sa-3.0.txt"),
            )
        },
        "meta.license.url",
        "\"ftp:\" is not allowed",
    );
    let mut v = base();
    set(&mut v, "/meta", json!({}));
    assert_warnings(&v, &[]);
}

#[test]
fn last_edited_is_rfc3339() {
    for bad in [
        "yesterday",
        "11 June 2021, at 15:44",
        "2021-13-11",
        "2021-06-11T15:44:00",
        "2021-02-29",
        "2021-06-11 15:44:00Z",
    ] {
        one_error(
            |v| set(v, "/meta/last_edited", json!(bad)),
            "meta.last_edited",
            &format!("{bad:?} is not an RFC 3339 date (YYYY-MM-DD) or date-time"),
        );
    }
    one_error(
        |v| set(v, "/meta/last_edited", json!(20210611)),
        "meta.last_edited",
        "expected a string, found a number",
    );
    for ok in [
        "2021-06-11",
        "2021-06-11T15:44:00.123+02:00",
        "2024-02-29T00:00:00z",
    ] {
        let mut v = base();
        set(&mut v, "/meta/last_edited", json!(ok));
        assert_warnings(&v, &[]);
    }
}

#[test]
fn language_is_a_bcp47_tag() {
    let not_a_tag = |tag: &str, why: &str| format!("{tag:?} is not a BCP 47 language tag: {why}");
    let cases = [
        ("e", not_a_tag("e", "it must start with a 2- or 3-letter language code")),
        ("english", not_a_tag("english", "the language is a 2- or 3-letter ISO 639 code, not a name (e.g. \"en\" for English")),
        ("en_US", not_a_tag("en_US", "subtags are separated by '-', not '_' (e.g. \"en-US\"")),
        ("en-", not_a_tag("en-", "it has an empty subtag")),
        ("123", not_a_tag("123", "it must start with a 2- or 3-letter language code")),
        ("en-US-Latn", not_a_tag("en-US-Latn", "the script \"Latn\" is out of order")),
        ("en-GB-oed", not_a_tag("en-GB-oed", "\"oed\" is not a script (4 letters)")),
        ("", "must not be empty: write a BCP 47 language tag (e.g. \"en\"".to_owned()),
    ];
    for (bad, fragment) in cases {
        one_error(
            |v| set(v, "/meta/language", json!(bad)),
            "meta.language",
            &fragment,
        );
    }
    one_error(
        |v| set(v, "/meta/language", json!(1)),
        "meta.language",
        "expected a string, found a number",
    );
    for ok in [
        "en",
        "de-CH",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "es-419",
        "EN-us",
        "x-private",
    ] {
        let mut v = base();
        set(&mut v, "/meta/language", json!(ok));
        assert_warnings(&v, &[]);
        let m = parse(&v.to_string()).unwrap().manifest;
        assert_eq!(m.language(), Some(ok), "stored as written");
    }
    let mut v = base();
    remove(&mut v, "/meta/language");
    assert_eq!(parse(&v.to_string()).unwrap().manifest.language(), None);
}

// -------------------------------------------------------------- unknown fields

#[test]
fn unknown_fields_are_warnings() {
    let mut v = base();
    set(&mut v, "/x_generator", json!("hand"));
    set(&mut v, "/team/x_notes", json!("not rendered"));
    set(&mut v, "/team/members/0/github", json!("bob"));
    set(&mut v, "/networks/libera/sasl", json!(true));
    set(&mut v, "/team/links/0/icon", json!(null));
    set(&mut v, "/team/channels/0/topic", json!("x"));
    set(&mut v, "/team/aliases/0/lang", json!("en"));
    set(&mut v, "/team/emergency/phone", json!("110"));
    set(&mut v, "/team/contact/email", json!("x"));
    set(&mut v, "/meta/author", json!("x"));
    set(&mut v, "/meta/license/spdx", json!("CC-BY-SA-3.0"));
    set(
        &mut v,
        "/team/subteams/0/subteams/0/foo",
        json!({"deep": [1, 2]}),
    );
    let warnings = assert_warnings(
        &v,
        &[
            "x_generator",
            "team.x_notes",
            "team.members[0].github",
            "networks.libera.sasl",
            "team.links[0].icon",
            "team.channels[0].topic",
            "team.aliases[0].lang",
            "team.emergency.phone",
            "team.contact.email",
            "meta.author",
            "meta.license.spdx",
            "team.subteams[0].subteams[0].foo",
        ],
    );
    let foo = warnings.iter().find(|w| w.path.ends_with("foo")).unwrap();
    assert_eq!(
        foo.to_string(),
        "team.subteams[0].subteams[0].foo: unknown field \"foo\" (ignored)"
    );
}

#[test]
fn unknown_fields_get_suggestions() {
    let mut v = base();
    set(&mut v, "/team/member", json!([]));
    set(&mut v, "/team/subteam", json!([]));
    let warnings = assert_warnings(&v, &["team.member", "team.subteam"]);
    assert!(
        warnings[0].message.contains("did you mean \"members\"?"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[1].message.contains("did you mean \"subteams\"?"),
        "{}",
        warnings[1]
    );
}

#[test]
fn dollar_schema_is_known() {
    let mut v = base();
    set(&mut v, "/$schema", json!("./team-manifest.schema.json"));
    assert_warnings(&v, &[]);
    one_error(
        |v| set(v, "/$schema", json!(1)),
        "$schema",
        "expected a string",
    );
}

// ------------------------------------------------------- all errors, capped

#[test]
fn all_errors_are_collected() {
    let mut v = base();
    set(&mut v, "/team/id", json!("Root"));
    set(&mut v, "/networks/libera/port", json!(0));
    set(&mut v, "/team/links/0/url", json!("javascript:x"));
    set(&mut v, "/meta/last_edited", json!("now"));
    set(&mut v, "/team/subteams/1/channels/0/network", json!("nope"));
    let errors = report_of(&v).errors;
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "networks.libera.port",
            "team.id",
            "team.links[0].url",
            "team.subteams[1].channels[0].network",
            "meta.last_edited"
        ]
    );
}

#[test]
fn errors_are_capped() {
    let mut v = base();
    let links: Vec<Value> = (0..1000)
        .map(|i| json!({"title": "", "url": format!("javascript:{i}")}))
        .collect();
    set(&mut v, "/team/links", Value::Array(links));
    let errors = report_of(&v).errors;
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert_eq!(errors[MAX_ERRORS].path, "");
    assert_eq!(
        errors[MAX_ERRORS].message,
        format!("too many errors: only the first {MAX_ERRORS} are shown")
    );
    assert_eq!(errors[MAX_ERRORS - 1].path, "team.links[99].url");
}

#[test]
fn warnings_are_capped() {
    let mut v = base();
    for i in 0..500 {
        set(&mut v, &format!("/team/x{i}"), json!(i));
    }
    let warnings = parse(&v.to_string()).unwrap().warnings;
    assert_eq!(warnings.len(), 201);
    assert!(warnings[200].message.starts_with("too many warnings"));
}

#[test]
fn a_refused_manifest_keeps_its_warnings_in_the_report() {
    let mut v = base();
    set(&mut v, "/team/x", json!(1));
    set(&mut v, "/team/id", json!(""));
    let r = report_of(&v);
    assert!(!r.is_valid() && r.manifest.is_none());
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.warnings.len(), 1);
}

// --------------------------------------------------------- the real manifests

fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The ```json blocks of a Markdown text (not ```jsonc: annotated, with
/// comments), with the line each starts on.
fn json_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match &mut open {
            None if line.trim_end() == "```json" => open = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim_end() == "```" => blocks.extend(open.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    assert!(open.is_none(), "a ```json block is not closed");
    blocks
}

#[test]
fn every_json_example_of_the_spec_is_valid_without_warnings() {
    let spec = repo_file("docs/manifest-v1.md");
    let blocks = json_blocks(&spec);
    assert!(
        !blocks.is_empty(),
        "docs/manifest-v1.md has no ```json block"
    );
    for (line, text) in &blocks {
        let report = check(text);
        assert!(
            report.errors.is_empty() && report.warnings.is_empty(),
            "docs/manifest-v1.md, the ```json block at line {line}: {:#?} {:#?}",
            report.errors,
            report.warnings
        );
    }
    // The complete example: 10 people in 3 subteams, on IRC and Slack.
    let example = parse(&blocks[0].1).unwrap().manifest;
    assert_eq!(team_count(&example.team), 4);
    assert_eq!(people_count(&example.team), 10);
    let networks: Vec<&str> = example.networks.keys().map(String::as_str).collect();
    assert_eq!(networks, ["acme-slack", "libera"]);
    // The annotated example is marked as not JSON, and is not.
    assert!(spec.contains("Annotated, not valid JSON"));
    let annotated = spec.split("```jsonc\n").nth(1).unwrap();
    let annotated = &annotated[..annotated.find("\n```").unwrap()];
    assert!(!text_errors(annotated)[0].message.is_empty());
}

#[test]
fn json_blocks_of_markdown() {
    let md = "x\n```json\n{\"a\": 1}\n```\n```jsonc\n// no\n```\n```json\n[]\n```\n";
    assert_eq!(
        json_blocks(md),
        [(3, "{\"a\": 1}\n".to_string()), (9, "[]\n".to_string())]
    );
}

#[test]
fn the_kubernetes_dataset_is_valid_without_warnings() {
    let parsed = parse(&repo_file("public/datasets/kubernetes-community.json"))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(parsed.warnings, []);
    assert_eq!(team_count(&parsed.manifest.team), 275);
    assert_eq!(people_count(&parsed.manifest.team), 143);
}

#[test]
fn the_rust_dataset_is_valid_without_warnings() {
    let parsed = parse(&repo_file("public/datasets/rust-lang-teams.json"))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(parsed.warnings, []);
    assert_eq!(team_count(&parsed.manifest.team), 160);
    assert_eq!(people_count(&parsed.manifest.team), 402);
}

#[test]
fn the_default_manifest_is_valid_without_warnings() {
    let parsed = parse(&repo_file("public/team.json")).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(parsed.warnings, []);
}

/// `tests/bad-manifests/` (shared with the JSON Schema's tests): every bad
/// case has an error at its `expect_path`; every edge case is valid, with
/// warnings exactly at its `expect_warning_paths`.
#[test]
fn the_shared_bad_manifest_corpus() {
    let bad: Vec<Value> =
        serde_json::from_str(&repo_file("tests/bad-manifests/cases.json")).unwrap();
    assert!(bad.len() >= 30);
    for case in &bad {
        let name = case["name"].as_str().unwrap();
        let path = case["expect_path"].as_str().unwrap();
        let r = report_of(&case["manifest"]);
        assert!(
            r.errors.iter().any(|e| e.path == path),
            "{name}: no error at {path:?}: {:#?}",
            r.errors
        );
    }
    let edge: Vec<Value> =
        serde_json::from_str(&repo_file("tests/bad-manifests/edge-valid.json")).unwrap();
    for case in &edge {
        let name = case["name"].as_str().unwrap();
        let r = report_of(&case["manifest"]);
        assert!(r.is_valid(), "{name}: {:#?}", r.errors);
        let mut got: Vec<&str> = r.warnings.iter().map(|w| w.path.as_str()).collect();
        got.sort();
        let mut want: Vec<&str> = case
            .get("expect_warning_paths")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        want.sort();
        assert_eq!(got, want, "{name}");
    }
}
