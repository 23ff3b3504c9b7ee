//! Property tests: parsing and validating never panics, whatever the input,
//! and a manifest that validates re-serializes into one that validates to
//! the same model.
//!
//! The default run is short. `PROPTEST_CASES=N` sets the number of cases of
//! each property (the properties that mutate the large datasets run N/20),
//! e.g. for a long run, optimized, in a target dir of its own:
//!
//! ```text
//! PROPTEST_CASES=200000 CARGO_TARGET_DIR=target/proptest \
//!   cargo test --release -p teampage-core --test never_panics
//! ```

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::sync::OnceLock;
use teampage_core::manifest::{check, check_bytes, check_value, parse, Manifest};

/// The number of cases: `PROPTEST_CASES`, divided by `divisor`, or
/// `default` when it is not set.
fn config(default: u32, divisor: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .map_or(default, |n| (n / divisor).max(1));
    Config {
        cases,
        // Failing inputs can be megabytes of JSON; the shrunk case is
        // printed in the failure message anyway.
        failure_persistence: None,
        ..Config::default()
    }
}

// ------------------------------------------------------------------- seeds

struct Seed {
    text: String,
    value: Value,
    /// JSON pointers of every value in `value`.
    pointers: Vec<String>,
}

fn pointers(v: &Value, at: &mut String, out: &mut Vec<String>) {
    out.push(at.clone());
    let len = at.len();
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push_str(&format!("/{i}"));
                pointers(item, at, out);
                at.truncate(len);
            }
        }
        Value::Object(m) => {
            for (k, item) in m {
                at.push('/');
                at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                pointers(item, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

fn seed(text: String) -> Seed {
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut ptrs = Vec::new();
    pointers(&value, &mut String::new(), &mut ptrs);
    Seed {
        text,
        value,
        pointers: ptrs,
    }
}

fn repo_file(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The base manifest of the bad-manifest corpus (its case "base"): small,
/// valid, and using every field.
fn small() -> String {
    let cases: Vec<Value> =
        serde_json::from_str(&repo_file("tests/bad-manifests/edge-valid.json")).unwrap();
    let base = cases.iter().find(|c| c["name"] == "base");
    serde_json::to_string_pretty(&base.expect("edge-valid.json has the base case")["manifest"])
        .unwrap()
}

/// The small seed and the default manifest (cheap), then the two datasets.
fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        vec![
            seed(small()),
            seed(repo_file("public/team.json")),
            seed(repo_file("public/datasets/rust-lang-teams.json")),
            seed(repo_file("public/datasets/kubernetes-community.json")),
        ]
    })
}

// -------------------------------------------------------------- strategies

/// The keys of the small seed, which uses every field, and `$schema`.
fn fields() -> &'static [String] {
    fn keys(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    out.insert(k.clone());
                    keys(x, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|x| keys(x, out)),
            _ => {}
        }
    }
    static FIELDS: OnceLock<Vec<String>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let mut out = BTreeSet::from(["$schema".to_owned()]);
        keys(&seeds()[0].value, &mut out);
        out.into_iter().collect()
    })
}

const STRINGS: &[&str] = &[
    "",
    " ",
    "#",
    "#a",
    "&x",
    "##",
    "#a b",
    "#a:b",
    "#a,b",
    "a",
    "root",
    "alpha",
    "beta",
    "alpha-one",
    "Root",
    "-x",
    "irc",
    "slack",
    "zulip",
    "matrix",
    "other",
    "IRC",
    "former",
    "nickname",
    "docs",
    "tracker",
    "runbook",
    "dashboard",
    "chat",
    "libera",
    "workchat",
    "oftc",
    "javascript:alert(1)",
    "data:,x",
    "ftp://x",
    "https://",
    "https://x.org/",
    "http://x",
    "https://[::1]:99/",
    "https://a@b:1/",
    "mailto:a@b.c",
    "mailto:",
    "//x",
    "www.x.org",
    "https://{channel}",
    "https://x.org/{channel}",
    "http://x/{channel}",
    "irc.libera.chat",
    "irc.libera.chat.",
    "x:6697",
    "ircs://x",
    "a@b.c",
    "a@",
    "2021-06-11",
    "2021-06-11T15:44:00Z",
    "2021-02-30",
    "2021-06-11T15:44:00.5+02:00",
    "9999-99-99T99:99:99Z",
    "é",
    "\u{feff}",
    "\u{0}",
    "\u{7}",
    "\u{85}",
    "🦀",
    "\\",
    "%",
    "%zz",
    "{channel}",
    "\"",
    "\n",
];

fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(STRINGS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[#&a-z0-9:/.@%{}-]{0,12}",
        1 => (1usize..120).prop_map(|n| "x".repeat(n)),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(fields()),
        1 => any_string(),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..70_000).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any_string().prop_map(Value::String),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(8, 128, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((any_key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Manifest-shaped values: a valid-looking root with a random team tree,
/// deep enough to cross the nesting limit, with random fields mixed in.
fn manifest_like() -> impl Strategy<Value = Value> {
    let id = prop_oneof![4 => "[a-z0-9][a-z0-9-]{0,8}", 1 => any_string()];
    let name = prop_oneof![4 => "[A-Za-z][A-Za-z ]{0,9}", 1 => any_string()];
    let extra = prop_oneof![
        3 => Just(vec![]),
        1 => proptest::collection::vec((any_key(), leaf()), 0..3),
    ];
    let team = (id, name, extra).prop_map(|(id, name, extra)| {
        let mut m = Map::new();
        m.insert("id".into(), Value::String(id));
        m.insert("name".into(), Value::String(name));
        for (k, v) in extra {
            m.insert(k, v);
        }
        Value::Object(m)
    });
    let tree = team.prop_recursive(20, 200, 3, |inner| {
        (inner.clone(), proptest::collection::vec(inner, 0..3)).prop_map(|(mut t, subs)| {
            t["subteams"] = Value::Array(subs);
            t
        })
    });
    let optional = || proptest::option::weighted(0.3, any_json());
    (tree, optional(), optional()).prop_map(|(team, networks, meta)| {
        let mut m = Map::new();
        m.insert("manifest_version".into(), Value::from(1));
        m.insert("team".into(), team);
        if let Some(n) = networks {
            m.insert("networks".into(), n);
        }
        if let Some(x) = meta {
            m.insert("meta".into(), x);
        }
        Value::Object(m)
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    /// Copies the value at the first pointer over the second.
    Copy(usize, usize),
    Rename(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => (any::<usize>(), leaf()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => any::<usize>().prop_map(Mutation::Remove),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Copy(a, b)),
        1 => (any::<usize>(), any_key()).prop_map(|(i, k)| Mutation::Rename(i, k)),
    ]
}

/// Applies mutations to a copy of a seed; pointers that no longer resolve
/// (after a removal) are skipped.
fn mutate(seed: &Seed, mutations: &[Mutation]) -> Value {
    let mut v = seed.value.clone();
    let ptr = |i: usize| seed.pointers[i % seed.pointers.len()].as_str();
    for m in mutations {
        match m {
            Mutation::Replace(i, new) => {
                if let Some(slot) = v.pointer_mut(ptr(*i)) {
                    *slot = new.clone();
                }
            }
            Mutation::Remove(i) => remove(&mut v, ptr(*i)),
            Mutation::Copy(a, b) => {
                if let Some(from) = v.pointer(ptr(*a)).cloned() {
                    if let Some(slot) = v.pointer_mut(ptr(*b)) {
                        *slot = from;
                    }
                }
            }
            Mutation::Rename(i, key) => {
                let p = ptr(*i);
                if let Some((parent, old)) = p.rsplit_once('/') {
                    if let Some(Value::Object(m)) = v.pointer_mut(parent) {
                        let old = old.replace("~1", "/").replace("~0", "~");
                        if let Some(x) = m.remove(&old) {
                            m.insert(key.clone(), x);
                        }
                    }
                }
            }
        }
    }
    v
}

fn remove(v: &mut Value, p: &str) {
    let Some((parent, key)) = p.rsplit_once('/') else {
        return;
    };
    let key = key.replace("~1", "/").replace("~0", "~");
    match v.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.remove(&key);
        }
        Some(Value::Array(a)) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < a.len() {
                    a.remove(i);
                }
            }
        }
        _ => {}
    }
}

// ------------------------------------------------------------- properties

fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

/// A valid manifest re-serializes (without the `null`s of absent optional
/// fields, which manifests do not write) into a valid manifest with the same
/// model.
fn assert_round_trip(manifest: &Manifest) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(manifest).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut value: Value = serde_json::from_str(&text).unwrap();
    strip_nulls(&mut value);
    match parse(&value.to_string()) {
        Ok(again) => {
            prop_assert_eq!(&again.manifest, manifest);
            // No unknown fields are left; only warnings about values the
            // model keeps but ignores (a port on a slack network) or keeps
            // as written (an unknown time zone) remain.
            prop_assert!(
                again
                    .warnings
                    .iter()
                    .all(|w| w.message.starts_with("ignored: ")
                        || w.message.starts_with("unknown time zone ")),
                "{:?}",
                again.warnings
            );
        }
        Err(errors) => {
            return Err(TestCaseError::fail(format!(
                "the re-serialized manifest is refused: {errors:?}"
            )))
        }
    }
    Ok(())
}

/// Checks `value` both as a value and as text; they must agree, and a
/// valid manifest must round-trip.
fn check_everything(value: Value) -> Result<bool, TestCaseError> {
    let text = value.to_string();
    let by_text = check(&text);
    // serde_json reads some floats back off by one ulp, so compare with the
    // value read from the same text, not with `value` itself.
    let by_value = check_value(serde_json::from_str(&text).unwrap());
    prop_assert_eq!(&by_text.errors, &by_value.errors);
    // The same checker on both: the same verdict, warnings and manifest.
    prop_assert_eq!(&by_text.warnings, &by_value.warnings);
    prop_assert_eq!(&by_text.manifest, &by_value.manifest);
    prop_assert_eq!(by_text.manifest.is_some(), by_text.errors.is_empty());
    prop_assert!(by_text.errors.len() <= 201);
    prop_assert!(by_text.warnings.len() <= 201);
    if let Some(m) = &by_text.manifest {
        assert_round_trip(m)?;
    }
    Ok(by_text.manifest.is_some())
}

proptest! {
    #![proptest_config(config(256, 1))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = check_bytes(&bytes);
        prop_assert!(r.manifest.is_none() || r.errors.is_empty());
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_like_text(text in "[\\[\\]{}\":,0-9a-z #&\\\\./ueE+-]{0,300}") {
        let _ = parse(&text);
    }

    #[test]
    fn deeply_nested_text(open in proptest::collection::vec(prop_oneof!["\\[", "\\{\"a\":", "\\{\"team\":"], 0..400),
                          close in 0usize..400, tail in "[\\]}0-9\",]{0,4}") {
        let mut text: String = open.concat();
        text.push_str(&tail);
        text.push_str(&"]}".repeat(close / 2));
        let r = check(&text);
        prop_assert!(!r.errors.is_empty());
    }

    #[test]
    fn arbitrary_json_values(value in any_json()) {
        check_everything(value)?;
    }

    #[test]
    fn manifest_shaped_values(value in manifest_like()) {
        check_everything(value)?;
    }

    #[test]
    fn mutated_small_manifests(seed in 0usize..2, mutations in proptest::collection::vec(mutation(), 0..4)) {
        let s = &seeds()[seed];
        check_everything(mutate(s, &mutations))?;
    }

    #[test]
    fn mutated_text(seed in 0usize..2, edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 1..6)) {
        let mut bytes = seeds()[seed].text.clone().into_bytes();
        for (at, byte, op) in edits {
            let at = at % (bytes.len() + 1);
            match op {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => { bytes.remove(at); }
                _ if at < bytes.len() => bytes[at] = byte,
                _ => {}
            }
        }
        let r = check_bytes(&bytes);
        if let Some(m) = &r.manifest {
            assert_round_trip(m)?;
        }
    }
}

proptest! {
    #![proptest_config(config(12, 20))]

    #[test]
    fn mutated_datasets(seed in 2usize..4, mutations in proptest::collection::vec(mutation(), 1..4)) {
        let s = &seeds()[seed];
        check_everything(mutate(s, &mutations))?;
    }
}

#[test]
fn the_seeds_are_valid() {
    assert!(fields().len() > 40 && fields().iter().any(|k| k == "irc_nick"));
    for s in seeds() {
        let parsed = parse(&s.text).unwrap();
        assert!(parsed.warnings.is_empty());
        assert_round_trip(&parsed.manifest).unwrap();
    }
}
