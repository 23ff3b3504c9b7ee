//! A light JSON tree, borrowed from the manifest text and allocated in a
//! bump arena, and its parser.
//!
//! [`Json`] borrows every string the text holds without escapes; the rest
//! (escaped strings and keys, each array's items, each object's entries)
//! lives in a [`Bump`] arena that the caller creates and drops with the tree:
//! no allocation per node, and no walk to free it (bench/RESULTS.md). As in
//! serde_json's `Value`, an object holds each key once, with its last value.

use super::path::{push_key, render, Step};
use bumpalo::Bump;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
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
    /// The entries: each key once, in the order of its first occurrence.
    pub(crate) fn entries(&self) -> &'a [(&'a str, Json<'a>)] {
        self.entries
    }

    /// The entries sorted by key (byte order, as a `BTreeMap<String, _>`).
    pub(crate) fn sorted(&self) -> Vec<(&'a str, &'a Json<'a>)> {
        let mut entries: Vec<_> = self.entries.iter().map(|(k, v)| (*k, v)).collect();
        // Keys are unique: an unstable sort gives the one order.
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        entries
    }
}

impl Json<'_> {
    /// "a string", "an array", ...: the value's type, for messages.
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// The same value as a [`serde_json::Value`].
    #[cfg(test)]
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
                    .collect(),
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
#[inline(always)]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a == b
}

// ------------------------------------------------------------------ parsing

/// A key repeated in one object: the path of its value, and the key.
#[derive(Debug)]
pub(crate) struct Duplicate<'a> {
    pub(crate) path: String,
    pub(crate) key: &'a str,
}

/// Parses JSON text like `serde_json::from_str::<Value>`, into a [`Json`]
/// borrowing from `text` and allocated in `arena`; also returns the first
/// `max_duplicates` repeated keys, in the order of the text.
pub(crate) fn parse<'a>(
    text: &'a str,
    arena: &'a Bump,
    max_duplicates: usize,
) -> Result<(Json<'a>, Vec<Duplicate<'a>>), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut ctx = Ctx {
        arena,
        path: Vec::new(),
        duplicates: Vec::new(),
        max_duplicates,
        items: Vec::new(),
        entries: Vec::new(),
    };
    let value = Seed(&mut ctx).deserialize(&mut de)?;
    de.end()?;
    Ok((value, ctx.duplicates))
}

/// What parsing shares down the tree.
struct Ctx<'t> {
    /// Where the tree is allocated.
    arena: &'t Bump,
    /// The path to the value being parsed.
    path: Vec<Step<'t>>,
    duplicates: Vec<Duplicate<'t>>,
    max_duplicates: usize,
    /// Items of the arrays being parsed, innermost last (each array moves
    /// its own off the end into the arena when it is complete: one exactly
    /// sized slice).
    items: Vec<Json<'t>>,
    /// Entries of the objects being parsed, likewise.
    entries: Vec<(&'t str, Json<'t>)>,
}

impl<'t> Ctx<'t> {
    fn duplicate(&mut self, key: &'t str) {
        if self.duplicates.len() < self.max_duplicates {
            let mut path = render(&self.path);
            push_key(&mut path, key);
            self.duplicates.push(Duplicate { path, key });
        }
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
            ctx.path.push(Step::Index(ctx.items.len() - start));
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
            ctx.path.push(Step::Key(key));
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn paths(duplicates: &[Duplicate<'_>]) -> Vec<String> {
        duplicates.iter().map(|d| d.path.clone()).collect()
    }

    #[test]
    fn every_fixture_parses_as_serde_json_does() {
        for (name, text) in super::super::tests::fixtures() {
            let arena = Bump::new();
            let (tree, duplicates) = parse(&text, &arena, 10).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(tree.to_value(), value, "{name}");
            assert!(duplicates.is_empty(), "{name}");
            assert_eq!(Json::borrow(&value, &arena).to_value(), value, "{name}");
        }
    }

    #[test]
    fn strings_and_keys_with_escapes() {
        // Escaped strings and keys are copied into the arena; a key written
        // with an escape is the same key as without (as in `Value`).
        let text = r#"{"manifest_version":1,"team":{"id":"x","n\u0061me":"Fir\u0073t",
            "name":"L\u00e4st \"q\" \\ \n","k\"ey":["a\tb","\ud83d\ude00",{"\/":"\/"}]}}"#;
        let arena = Bump::new();
        let (tree, duplicates) = parse(text, &arena, 10).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(tree.to_value(), value);
        assert_eq!(paths(&duplicates), ["team.name"]);
        assert_eq!(duplicates[0].key, "name");
    }

    #[test]
    fn repeated_keys_in_the_order_of_the_text() {
        // More keys than LINEAR_KEYS: repeated keys are found by hashing.
        let mut text = String::from(r#"{"a":[{"x":1,"x":2}],"b":{"#);
        for i in 0..100 {
            text.push_str(&format!(r#""k{i}":{i},"#));
        }
        text.push_str(r#""k7":"again","k99":[]},"a":0,"odd key":1,"odd key":2}"#);
        let arena = Bump::new();
        let (tree, duplicates) = parse(&text, &arena, 10).unwrap();
        assert_eq!(
            paths(&duplicates),
            ["a[0].x", "b.k7", "b.k99", "a", r#"["odd key"]"#]
        );
        // Each key once, where it first came, with its last value.
        let Json::Object(root) = &tree else { panic!() };
        let keys: Vec<&str> = root.entries().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["a", "b", "odd key"]);
        assert_eq!(
            tree.to_value(),
            serde_json::from_str::<Value>(&text).unwrap()
        );
        // At most `max_duplicates`.
        let (_, duplicates) = parse(&text, &arena, 2).unwrap();
        assert_eq!(paths(&duplicates), ["a[0].x", "b.k7"]);
    }

    #[test]
    fn borrowing_stops_at_the_depth_text_can_have() {
        let mut deep = json!(1);
        for _ in 0..150 {
            deep = json!([{ "a": deep }]);
        }
        let arena = Bump::new();
        let tree = Json::borrow(&deep, &arena);
        let mut depth = 0;
        let mut at = &tree;
        loop {
            match at {
                Json::Array([item]) => at = item,
                Json::Object(o) if o.entries().len() == 1 => at = &o.entries()[0].1,
                _ => break,
            }
            depth += 1;
        }
        assert_eq!(depth, BORROW_DEPTH);
        assert!(matches!(at, Json::Array([]) | Json::Object(_)), "{at:?}");
    }

    #[test]
    fn values_describe_their_type() {
        let value = json!([null, true, 1, "s", [], {}]);
        let arena = Bump::new();
        let Json::Array(items) = Json::borrow(&value, &arena) else {
            panic!()
        };
        let types: Vec<&str> = items.iter().map(Json::describe).collect();
        assert_eq!(
            types,
            [
                "null",
                "a boolean",
                "a number",
                "a string",
                "an array",
                "an object"
            ]
        );
    }
}
