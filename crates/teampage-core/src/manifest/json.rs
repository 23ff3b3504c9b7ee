//! A light JSON tree for validation, borrowed from the manifest text and
//! allocated in a bump arena.
//!
//! [`serde_json::Value`] copies every string and keeps each object in a
//! `BTreeMap` with owned keys; building it, walking it and dropping it was
//! most of the time [`super::validate::check`] took. [`Json`] borrows every
//! string the text holds without escapes; everything else it needs (the
//! strings and keys with escapes, each array's items, each object's entries
//! in one exactly sized slice) lives in a [`Bump`] arena that the caller
//! creates and that outlives the tree. The tree owns nothing and has no
//! `Drop`: a node costs a pointer bump rather than a `malloc`, and dropping
//! the arena frees the whole tree at once (a few large chunks) instead of
//! one `free` per array, object and escaped string. It is read by serde
//! (the typed [`super::Manifest`] is deserialized straight from it, without
//! parsing the text again).
//!
//! It keeps the semantics of the `Value` it replaces: an object holds each key
//! once, with the value of its last occurrence (as `BTreeMap::insert`); a
//! repeated key is reported while parsing, in the order of the text; numbers
//! are [`serde_json::Number`]s read the same way; nesting is limited by
//! serde_json's recursion limit (128). Entries are kept in the order of the
//! keys' first occurrences: [`Object::sorted`] gives them in the `BTreeMap`
//! order (by key) where messages depend on the order.

use super::validate::{push_index, push_key, quote, Problem, MAX_WARNINGS};
use bumpalo::Bump;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::collections::HashMap;
use std::fmt;

/// A JSON value; its strings, items and entries borrow from the text or
/// from the arena it was built in (`'a` is the shorter of the two).
#[derive(Debug)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(&'a str),
    Array(&'a [Json<'a>]),
    Object(Object<'a>),
}

/// A JSON object: each key once, in the order of its first occurrence, with
/// the value of its last.
#[derive(Debug, Default)]
pub(crate) struct Object<'a> {
    entries: &'a [(&'a str, Json<'a>)],
}

// A `Bump` never runs the destructors of what it holds: the tree must own
// nothing (no `String`, no `Vec`), or dropping the arena would leak it.
// (serde_json's `Number` owns nothing unless its `arbitrary_precision`
// feature is on; this fails to compile should it ever be.)
const _: () = assert!(!std::mem::needs_drop::<Json<'static>>());

impl<'a> Object<'a> {
    /// The value at `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.entries
            .iter()
            .find(|(k, _)| same_key(k, key))
            .map(|(_, v)| v)
    }

    /// The entries: each key once, in the order of the text.
    pub(crate) fn entries(&self) -> &'a [(&'a str, Json<'a>)] {
        self.entries
    }

    /// Whether the object has `key`.
    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in the order of the text.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|&(k, _)| k)
    }

    /// The entries sorted by key (byte order, as a `BTreeMap<String, _>`).
    pub(crate) fn sorted(&self) -> Vec<(&str, &Json<'a>)> {
        let mut entries: Vec<_> = self.entries.iter().map(|(k, v)| (*k, v)).collect();
        // Keys are unique: an unstable sort gives the one order.
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        entries
    }
}

impl Json<'_> {
    /// The same value as a [`serde_json::Value`].
    pub(crate) fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::String(s) => Value::String((*s).to_owned()),
            Json::Array(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(o) => Value::Object(
                o.entries
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), v.to_value()))
                    .collect::<Map<String, Value>>(),
            ),
        }
    }
}

/// How deep [`Json::borrow`] copies the structure of a value: as deep as a
/// value parsed from text can be (serde_json's recursion limit), far deeper
/// than the checker looks (teams nest at most `MAX_DEPTH`, two levels each).
const BORROW_DEPTH: usize = 128;

impl<'a> Json<'a> {
    /// A tree borrowing the strings of `value`, its arrays and objects
    /// allocated in `arena`. Arrays and objects nested more than
    /// [`BORROW_DEPTH`] levels deep come out empty (only their type is kept),
    /// so that a hostile value cannot exhaust the stack.
    pub(crate) fn borrow(value: &'a Value, arena: &'a Bump) -> Json<'a> {
        fn go<'a>(value: &'a Value, arena: &'a Bump, depth: usize) -> Json<'a> {
            match value {
                Value::Null => Json::Null,
                Value::Bool(b) => Json::Bool(*b),
                Value::Number(n) => Json::Number(n.clone()),
                Value::String(s) => Json::String(s),
                Value::Array(_) if depth >= BORROW_DEPTH => Json::Array(&[]),
                Value::Object(_) if depth >= BORROW_DEPTH => Json::Object(Object::default()),
                Value::Array(items) => Json::Array(
                    arena.alloc_slice_fill_iter(items.iter().map(|v| go(v, arena, depth + 1))),
                ),
                Value::Object(m) => Json::Object(Object {
                    entries: arena.alloc_slice_fill_iter(
                        m.iter().map(|(k, v)| (k.as_str(), go(v, arena, depth + 1))),
                    ),
                }),
            }
        }
        go(value, arena, 0)
    }
}

/// Whether two strings are equal; faster than `==` on the keys of a manifest,
/// which mostly differ in length or in their first byte (`==` calls
/// `memcmp` whenever the lengths are equal).
#[inline]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a == b
}

// ------------------------------------------------------------------ parsing

/// Parses JSON text like `serde_json::from_str::<Value>`, into a [`Json`]
/// borrowing from `text` and allocated in `arena`; also returns a warning
/// for every repeated key (at most one more than [`MAX_WARNINGS`]), in the
/// order of the text.
pub(crate) fn parse<'a>(
    text: &'a str,
    arena: &'a Bump,
) -> Result<(Json<'a>, Vec<Problem>), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut ctx = Ctx {
        arena,
        path: Vec::new(),
        duplicates: Vec::new(),
        items: Vec::new(),
        entries: Vec::new(),
    };
    let value = Seed(&mut ctx).deserialize(&mut de)?;
    de.end()?;
    Ok((value, ctx.duplicates))
}

/// One step of the JSON path to the value being parsed.
enum Seg<'t> {
    Key(&'t str),
    Index(usize),
}

/// What parsing shares down the tree.
struct Ctx<'t> {
    /// Where the tree is allocated.
    arena: &'t Bump,
    /// The path to the value being parsed.
    path: Vec<Seg<'t>>,
    duplicates: Vec<Problem>,
    /// Items of the arrays being parsed, innermost last (each array moves
    /// its own off the end into the arena when it is complete: one exactly
    /// sized slice).
    items: Vec<Json<'t>>,
    /// Entries of the objects being parsed, likewise.
    entries: Vec<(&'t str, Json<'t>)>,
}

impl Ctx<'_> {
    fn duplicate(&mut self, key: &str) {
        if self.duplicates.len() > MAX_WARNINGS {
            return;
        }
        let mut path = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => push_key(&mut path, k),
                Seg::Index(i) => push_index(&mut path, *i),
            }
        }
        push_key(&mut path, key);
        self.duplicates.push(Problem::warning(
            path,
            format!("duplicate key {}; only the last value is used", quote(key)),
        ));
    }
}

/// Objects with more keys than this find repeated keys with a hash map
/// rather than by comparing each new key with all the others.
const LINEAR_KEYS: usize = 32;

struct Seed<'c, 't>(&'c mut Ctx<'t>);

impl<'t> DeserializeSeed<'t> for Seed<'_, 't> {
    type Value = Json<'t>;

    fn deserialize<D: de::Deserializer<'t>>(self, deserializer: D) -> Result<Json<'t>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'t> Visitor<'t> for Seed<'_, 't> {
    type Value = Json<'t>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json<'t>, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'t>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'t>, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json<'t>, E> {
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, v: &'t str) -> Result<Json<'t>, E> {
        Ok(Json::String(v))
    }

    /// A string with escapes (serde_json unescapes it into a scratch buffer).
    fn visit_str<E>(self, v: &str) -> Result<Json<'t>, E> {
        Ok(Json::String(self.0.arena.alloc_str(v)))
    }

    fn visit_unit<E>(self) -> Result<Json<'t>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'t>, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'t>>(self, mut seq: A) -> Result<Json<'t>, A::Error> {
        let ctx = self.0;
        let start = ctx.items.len();
        loop {
            ctx.path.push(Seg::Index(ctx.items.len() - start));
            let item = seq.next_element_seed(Seed(&mut *ctx));
            ctx.path.pop();
            match item? {
                Some(v) => ctx.items.push(v),
                None => break,
            }
        }
        Ok(Json::Array(
            ctx.arena.alloc_slice_fill_iter(ctx.items.drain(start..)),
        ))
    }

    fn visit_map<A: MapAccess<'t>>(self, mut map: A) -> Result<Json<'t>, A::Error> {
        let ctx = self.0;
        let start = ctx.entries.len();
        // Key → index (from `start`), once the object has many keys.
        let mut index: Option<HashMap<&'t str, usize>> = None;
        while let Some(key) = map.next_key_seed(KeySeed(ctx.arena))? {
            ctx.path.push(Seg::Key(key));
            let value = map.next_value_seed(Seed(&mut *ctx));
            ctx.path.pop();
            let value = value?;
            let mine = &ctx.entries[start..];
            let seen = match &index {
                Some(index) => index.get(&key).copied(),
                None => mine.iter().position(|(k, _)| same_key(k, key)),
            };
            match seen.and_then(|i| ctx.entries.get_mut(start + i)) {
                Some(slot) => {
                    slot.1 = value;
                    ctx.duplicate(key);
                }
                None => {
                    let n = ctx.entries.len() - start;
                    if let Some(index) = &mut index {
                        index.insert(key, n);
                    } else if n >= LINEAR_KEYS {
                        let mut built = HashMap::with_capacity(2 * n);
                        for (i, &(k, _)) in ctx.entries[start..].iter().enumerate() {
                            built.insert(k, i);
                        }
                        built.insert(key, n);
                        index = Some(built);
                    }
                    ctx.entries.push((key, value));
                }
            }
        }
        Ok(Json::Object(Object {
            entries: ctx.arena.alloc_slice_fill_iter(ctx.entries.drain(start..)),
        }))
    }
}

/// Reads an object key, borrowed from the text when it has no escapes and
/// copied into the arena when it has.
struct KeySeed<'t>(&'t Bump);

impl<'t> DeserializeSeed<'t> for KeySeed<'t> {
    type Value = &'t str;

    fn deserialize<D: de::Deserializer<'t>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'t> Visitor<'t> for KeySeed<'t> {
    type Value = &'t str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, v: &'t str) -> Result<&'t str, E> {
        Ok(v)
    }

    fn visit_str<E>(self, v: &str) -> Result<&'t str, E> {
        Ok(self.0.alloc_str(v))
    }
}

// ------------------------------------------------------- reading it with serde

/// Deserializes from the tree as serde_json does from a `&Value` (an array
/// or object must be read to its end).
impl<'de, 't> de::Deserializer<'de> for &'de Json<'t> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_unit(),
            Json::Bool(b) => visitor.visit_bool(*b),
            Json::Number(n) => n.deserialize_any(visitor),
            Json::String(s) => visitor.visit_borrowed_str(s),
            Json::Array(items) => {
                let mut seq = SeqDe(items.iter());
                let v = visitor.visit_seq(&mut seq)?;
                match seq.0.len() {
                    0 => Ok(v),
                    _ => Err(de::Error::invalid_length(
                        items.len(),
                        &"fewer elements in array",
                    )),
                }
            }
            Json::Object(o) => {
                let mut map = MapDe {
                    entries: o.entries.iter(),
                    value: None,
                };
                let v = visitor.visit_map(&mut map)?;
                match map.entries.len() {
                    0 => Ok(v),
                    _ => Err(de::Error::invalid_length(
                        o.entries.len(),
                        &"fewer elements in map",
                    )),
                }
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            // Unit variants, the only kind the manifest has.
            Json::String(s) => visitor.visit_enum(BorrowedStrDeserializer::new(s)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier
    }
}

struct SeqDe<'de, 't>(std::slice::Iter<'de, Json<'t>>);

impl<'de, 't> SeqAccess<'de> for SeqDe<'de, 't> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        self.0.next().map(|v| seed.deserialize(v)).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapDe<'de, 't> {
    entries: std::slice::Iter<'de, (&'t str, Json<'t>)>,
    value: Option<&'de Json<'t>>,
}

impl<'de, 't> MapAccess<'de> for MapDe<'de, 't> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(BorrowedStrDeserializer::new(key))
                    .map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    //! The tree against straightforward references: serde_json's own
    //! `Value` and typed `Manifest`, on every manifest the tests use, and
    //! hand-made texts with repeated keys and unknown fields.

    use super::super::validate::{check, check_value, parse, push_index, Report};
    use super::super::Manifest;
    use serde_json::{json, Value};

    fn repo_file(path: &str) -> String {
        let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
    }

    /// Every manifest of the other tests: the default manifest, the datasets,
    /// and each case of the shared bad-manifest corpus (compact and pretty).
    fn fixtures() -> Vec<(String, String)> {
        let mut out = vec![(
            "public/team.json".to_string(),
            repo_file("public/team.json"),
        )];
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

    #[test]
    fn every_fixture_agrees_with_serde_json() {
        let (mut valid, mut refused) = (0, 0);
        for (name, text) in fixtures() {
            let report = check(&text);
            // Through serde_json's `Value` (no repeated keys in these texts).
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(report, check_value(value.clone()), "{name}");
            match &report.manifest {
                Some(manifest) => {
                    valid += 1;
                    let typed: Manifest = serde_json::from_str(&text).unwrap();
                    assert_eq!(manifest, &typed, "{name}");
                    assert_eq!(
                        manifest,
                        &serde_json::from_value::<Manifest>(value).unwrap(),
                        "{name}"
                    );
                    assert_eq!(parse(&text).unwrap().manifest, typed, "{name}");
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

    /// The fast path (`build.rs`) builds the full path's manifest for every
    /// fixture without any problem, and declines every fixture with one.
    #[test]
    fn the_fast_path_takes_exactly_the_clean_fixtures() {
        let (mut built, mut declined) = (0, 0);
        for (name, text) in fixtures() {
            let arena = bumpalo::Bump::new();
            let Ok((tree, duplicates)) = super::parse(&text, &arena) else {
                continue;
            };
            // The full path: the checker, then serde.
            let full = check_value(serde_json::from_str(&text).unwrap());
            let fast = super::super::validate::fast(&tree);
            if full.errors.is_empty() && full.warnings.is_empty() && duplicates.is_empty() {
                assert!(
                    fast.is_some(),
                    "{name}: clean, but the fast path declined it"
                );
                assert_eq!(fast.as_ref(), full.manifest.as_ref(), "{name}");
                built += 1;
            } else {
                assert_eq!(fast, None, "{name}: {:?} {:?}", full.errors, full.warnings);
                declined += 1;
            }
        }
        assert!(
            built >= 3 && declined >= 30,
            "{built} built, {declined} declined"
        );
    }

    /// The report of `text`, with the problems as `path: message` lines.
    fn lines(report: &Report) -> (Vec<String>, Vec<String>) {
        let show = |ps: &[super::super::Problem]| ps.iter().map(|p| p.to_string()).collect();
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
        // The last value of a repeated key is the one used.
        let manifest = report.manifest.unwrap();
        assert_eq!(manifest.networks["libera"].name, "Libera.Chat");
        assert_eq!(manifest.team.name, "Root");
        assert_eq!(manifest.team.members[0].name, "B");
        // As serde_json's `Value` (which keeps the last value) has it.
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            manifest,
            serde_json::from_value::<Manifest>(value.clone()).unwrap()
        );
        // `check_value` sees no repeated keys; the rest is the same.
        let by_value = check_value(value);
        assert_eq!(by_value.errors, []);
        assert_eq!(by_value.warnings, check(text).warnings[5..]);
    }

    #[test]
    fn a_large_object_with_repeated_and_unknown_keys() {
        // More keys than LINEAR_KEYS: repeated keys are found by hashing.
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
        // Escaped strings and keys are copied into the arena; a key written
        // with an escape is the same key as without (as in `Value`).
        let text = r#"{"manifest_version":1,"team":{"id":"x","n\u0061me":"Fir\u0073t",
            "name":"L\u00e4st \"q\" \\ \n","k\"ey":["a\tb","\ud83d\ude00",{"\/":"\/"}]}}"#;
        let arena = bumpalo::Bump::new();
        let (tree, duplicates) = super::parse(text, &arena).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(tree.to_value(), value);
        let paths: Vec<&str> = duplicates.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["team.name"]);
        let report = check(text);
        assert_eq!(
            lines(&report).1[1..],
            ["team[\"k\\\"ey\"]: unknown field \"k\\\"ey\" (ignored)"]
        );
        assert_eq!(report.manifest.unwrap().team.name, "L\u{e4}st \"q\" \\ \n");
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

    #[test]
    fn indices_in_paths() {
        for i in [0, 1, 9, 10, 99, 100, 12345, u32::MAX as usize, usize::MAX] {
            let mut path = String::from("team.members");
            push_index(&mut path, i);
            assert_eq!(path, format!("team.members[{i}]"));
        }
    }
}
