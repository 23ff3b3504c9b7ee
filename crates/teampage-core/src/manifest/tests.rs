//! The whole way from text to report, against references written apart from
//! the checker: every manifest the tests use, and hand-made texts with
//! repeated keys and unknown fields. (Each rule: `tests/validate.rs`.)

use super::{check, check_value, parse, Manifest, Problem, Report};
use serde_json::{json, Map, Value};

fn repo_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Every manifest of the other tests: the default manifest, the datasets,
/// and each case of the shared bad-manifest corpus (compact and pretty).
pub(super) fn fixtures() -> Vec<(String, String)> {
    let mut out = vec![("public/team.json".into(), repo_file("public/team.json"))];
    let dir = format!("{}/../../public/datasets", env!("CARGO_MANIFEST_DIR"));
    let mut datasets: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    datasets.sort();
    assert!(datasets.len() >= 2, "{datasets:?}");
    for path in datasets {
        let text = std::fs::read_to_string(&path).unwrap();
        out.push((path.display().to_string(), text));
    }
    for corpus in [
        "tests/bad-manifests/cases.json",
        "tests/bad-manifests/edge-valid.json",
    ] {
        let cases: Vec<Value> = serde_json::from_str(&repo_file(corpus)).unwrap();
        for case in cases {
            let name = format!("{corpus}: {}", case["name"]);
            let pretty = serde_json::to_string_pretty(&case["manifest"]).unwrap();
            out.push((name.clone(), case["manifest"].to_string()));
            out.push((format!("{name} (pretty)"), pretty));
        }
    }
    out
}

// -------------------------------------------------------- the reference

/// A field's value as the model serializes it; `None`: not written.
type Field = fn(&Value) -> Option<Value>;

fn same(v: &Value) -> Option<Value> {
    Some(v.clone())
}

/// An array, not written when empty.
fn list(v: &Value, item: fn(&Value) -> Value) -> Option<Value> {
    let items = v.as_array()?;
    (!items.is_empty()).then(|| items.iter().map(item).collect())
}

/// The object `v` with only `fields`, and `defaults` where they are absent.
fn object(v: &Value, fields: &[(&str, Field)], defaults: &[(&str, &str)]) -> Value {
    let mut out = Map::new();
    for (name, field) in fields {
        if let Some(x) = v.get(name).and_then(field) {
            out.insert(name.to_string(), x);
        }
    }
    for (name, default) in defaults {
        out.entry(*name).or_insert_with(|| json!(default));
    }
    Value::Object(out)
}

fn link(v: &Value) -> Value {
    let fields: [(&str, Field); 4] = [
        ("title", same),
        ("url", same),
        ("kind", same),
        ("text", same),
    ];
    object(v, &fields, &[("kind", "other")])
}

fn person(v: &Value) -> Value {
    let names = [
        "name", "role", "irc_nick", "pronouns", "timezone", "url", "email",
    ];
    let fields: Vec<(&str, Field)> = names.iter().map(|&n| (n, same as Field)).collect();
    object(v, &fields, &[])
}

fn team(v: &Value) -> Value {
    let fields: [(&str, Field); 14] = [
        ("id", same),
        ("name", same),
        ("short_name", same),
        ("aliases", |x| {
            list(x, |a| {
                object(
                    a,
                    &[("name", same), ("kind", same)],
                    &[("kind", "nickname")],
                )
            })
        }),
        ("summary", same),
        ("technologies", |x| list(x, Value::clone)),
        ("channels", |x| {
            list(x, |c| {
                object(
                    c,
                    &[("network", same), ("channel", same), ("description", same)],
                    &[],
                )
            })
        }),
        ("emergency", |x| {
            Some(object(
                x,
                &[("title", same), ("url", same), ("text", same)],
                &[],
            ))
        }),
        ("links", |x| list(x, link)),
        ("contact", |x| {
            Some(object(
                x,
                &[("text", same), ("links", |l| list(l, link))],
                &[],
            ))
        }),
        ("leads_title", same),
        ("leads", |x| list(x, person)),
        ("members", |x| list(x, person)),
        ("subteams", |x| list(x, team)),
    ];
    object(v, &fields, &[])
}

/// What the typed manifest of the valid manifest `v` serializes to, from the
/// spec: `v` without unknown fields, `$schema` and empty arrays, with the
/// defaults of absent enums.
fn expected(v: &Value) -> Value {
    let fields: [(&str, Field); 4] = [
        ("manifest_version", same),
        ("networks", |x| {
            let networks = x.as_object()?;
            let names = ["name", "protocol", "host", "port", "tls", "webchat"];
            let fields: Vec<(&str, Field)> = names.iter().map(|&n| (n, same as Field)).collect();
            let out: Map<String, Value> = networks
                .iter()
                .map(|(id, n)| (id.clone(), object(n, &fields, &[("protocol", "irc")])))
                .collect();
            (!out.is_empty()).then_some(Value::Object(out))
        }),
        ("team", |x| Some(team(x))),
        ("meta", |x| {
            let license: Field = |l| Some(object(l, &[("name", same), ("url", same)], &[]));
            let fields: [(&str, Field); 5] = [
                ("source_url", same),
                ("edit_url", same),
                ("last_edited", same),
                ("license", license),
                ("language", same),
            ];
            Some(object(x, &fields, &[]))
        }),
    ];
    object(v, &fields, &[])
}

/// `v` as JSON text with the keys of every object in reverse order.
fn reversed(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let entries: Vec<String> = m
                .iter()
                .rev()
                .map(|(k, x)| format!("{}:{}", Value::String(k.clone()), reversed(x)))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(reversed).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

// ------------------------------------------------------------ the tests

#[test]
fn every_fixture_agrees_with_the_references() {
    let (mut valid, mut refused) = (0, 0);
    for (name, text) in fixtures() {
        let report = check(&text);
        // Through serde_json's `Value` (no repeated keys in these texts).
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(report, check_value(value.clone()), "{name}");
        // The order of the keys does not matter.
        assert_eq!(report, check(&reversed(&value)), "{name}");
        match &report.manifest {
            Some(manifest) => {
                valid += 1;
                let typed = serde_json::to_value(manifest).unwrap();
                assert_eq!(typed, expected(&value), "{name}");
                assert_eq!(&parse(&text).unwrap().manifest, manifest, "{name}");
            }
            None => {
                refused += 1;
                assert!(!report.errors.is_empty(), "{name}");
                assert_eq!(parse(&text), Err(report.errors.clone()), "{name}");
            }
        }
    }
    assert!(
        valid >= 3 && refused >= 30,
        "{valid} valid, {refused} refused"
    );
}

#[test]
fn the_reference_sees_a_wrong_value() {
    let text = repo_file("public/datasets/rust-lang-teams.json");
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut manifest: Manifest = parse(&text).unwrap().manifest;
    manifest.team.subteams[0].members[0].role = Some("x".into());
    assert_ne!(serde_json::to_value(&manifest).unwrap(), expected(&value));
}

/// The report's problems as `path: message` lines.
fn lines(report: &Report) -> (Vec<String>, Vec<String>) {
    let show = |ps: &[Problem]| ps.iter().map(|p| p.to_string()).collect();
    (show(&report.errors), show(&report.warnings))
}

#[test]
fn repeated_keys_and_unknown_fields() {
    let text = r##"{
      "manifest_version": 1, "zeta": true,
      "networks": {
        "oftc": {"name": "OFTC", "host": "irc.oftc.net"},
        "libera": {"name": "Old", "host": "irc.libera.chat", "tls": "no"},
        "libera": {"name": "Libera.Chat", "host": "irc.libera.chat", "x-notes": 1},
        "a.b": {"name": "AB", "host": "irc.ab.org", "pots": 1}
      },
      "team": {
        "name": "", "id": "root", "name": "Root", "Name": 1, "alpha": {"b": 1, "b": 2},
        "members": [{"name": "A", "nick": "a", "name": "B"}, {"name": "C", "name": "C"}],
        "channels": [{"network": "libera", "channel": "#root"}, {"network": "a.b", "channel": "#x"}]
      }
    }"##;
    let report = check(text);
    let (errors, warnings) = lines(&report);
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(
        warnings,
        [
            // Repeated keys first, in the order of the text...
            "networks.libera: duplicate key \"libera\"; only the last value is used",
            "team.name: duplicate key \"name\"; only the last value is used",
            "team.alpha.b: duplicate key \"b\"; only the last value is used",
            "team.members[0].name: duplicate key \"name\"; only the last value is used",
            "team.members[1].name: duplicate key \"name\"; only the last value is used",
            // ...then unknown fields, in key order within each object
            // and networks in key order, as serde_json's `Value` has them.
            "zeta: unknown field \"zeta\" (ignored; did you mean \"meta\"?)",
            "networks[\"a.b\"].pots: unknown field \"pots\" (ignored)",
            "networks.libera.x-notes: unknown field \"x-notes\" (ignored)",
            "team.Name: unknown field \"Name\" (ignored; did you mean \"name\"?)",
            "team.alpha: unknown field \"alpha\" (ignored)",
            "team.members[0].nick: unknown field \"nick\" (ignored)",
        ]
    );
    // The last value of a repeated key is the one used, as serde_json's
    // `Value` (which keeps the last value) has it.
    let value: Value = serde_json::from_str(text).unwrap();
    let manifest = report.manifest.unwrap();
    assert_eq!(manifest.networks["libera"].name, "Libera.Chat");
    assert_eq!(manifest.team.name, "Root");
    assert_eq!(manifest.team.members[0].name, "B");
    assert_eq!(serde_json::to_value(&manifest).unwrap(), expected(&value));
    // `check_value` sees no repeated keys; the rest is the same.
    let by_value = check_value(value);
    assert_eq!(by_value.errors, []);
    assert_eq!(by_value.warnings, check(text).warnings[5..]);
    assert_eq!(by_value.manifest, Some(manifest));
}

#[test]
fn a_large_object_with_repeated_and_unknown_keys() {
    // More keys than the parser compares one by one: it hashes them.
    let mut text = String::from(r#"{"manifest_version":1,"team":{"id":"x","name":"First""#);
    for i in (0..100).rev() {
        text.push_str(&format!(r#","k{i}":{i}"#));
    }
    text.push_str(r#","k7":"again","name":"Last","k99":[]}}"#);
    let report = check(&text);
    assert_eq!(report.errors, []);
    let (_, warnings) = lines(&report);
    assert_eq!(
        warnings[..3],
        [
            "team.k7: duplicate key \"k7\"; only the last value is used",
            "team.name: duplicate key \"name\"; only the last value is used",
            "team.k99: duplicate key \"k99\"; only the last value is used",
        ]
    );
    // Unknown fields in key (byte) order: k0, k1, k10, k11, ..., k99.
    let mut keys: Vec<String> = (0..100).map(|i| format!("k{i}")).collect();
    keys.sort();
    let paths: Vec<&str> = report.warnings[3..]
        .iter()
        .map(|w| w.path.as_str())
        .collect();
    let want: Vec<String> = keys.iter().map(|k| format!("team.{k}")).collect();
    assert_eq!(paths, want);
    assert_eq!(report.manifest.unwrap().team.name, "Last");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(check_value(value).warnings, report.warnings[3..]);
}

#[test]
fn strings_and_keys_with_escapes() {
    // A key written with an escape is the same key as without (as in `Value`).
    let text = r#"{"manifest_version":1,"team":{"id":"x","n\u0061me":"Fir\u0073t",
        "name":"L\u00e4st \"q\" \\ \n","k\"ey":["a\tb","\ud83d\ude00",{"\/":"\/"}]}}"#;
    let report = check(text);
    assert_eq!(
        lines(&report).1,
        [
            "team.name: duplicate key \"name\"; only the last value is used",
            "team[\"k\\\"ey\"]: unknown field \"k\\\"ey\" (ignored)"
        ]
    );
    assert_eq!(report.manifest.unwrap().team.name, "L\u{e4}st \"q\" \\ \n");
}

#[test]
fn too_many_repeated_keys_and_unknown_fields() {
    let mut team = String::from(r#""id":"x","name":"X""#);
    for i in 0..150 {
        team.push_str(&format!(r#","d{i}":1,"d{i}":2,"u{i}":3"#));
    }
    let text = format!(r#"{{"manifest_version":1,"team":{{{team}}}}}"#);
    let report = check(&text);
    assert_eq!(report.errors, []);
    assert_eq!(report.warnings.len(), 201);
    assert_eq!(report.warnings[149].path, "team.d149");
    // The first unknown fields in key order (d0, d1, d10, ...) fill the rest.
    assert_eq!(report.warnings[150].path, "team.d0");
    assert_eq!(
        report.warnings[200].message,
        "too many warnings: only the first 200 are shown"
    );
    assert!(report.manifest.is_some());
}

#[test]
fn a_value_nested_deeper_than_text_can_be() {
    // 300 levels: more than the 128 that `Json::borrow` copies.
    let mut deep = json!(1);
    for _ in 0..150 {
        deep = json!([{ "a": deep }]);
    }
    let value = json!({"manifest_version": 1, "team": {"id": "x", "name": "X", "deep": deep}});
    let report = check_value(value);
    assert_eq!(report.errors, []);
    assert_eq!(
        lines(&report).1,
        ["team.deep: unknown field \"deep\" (ignored)"]
    );
    assert!(report.manifest.is_some());
}
