//! BCP 47 language tags (`meta.language`): the syntax of RFC 5646 ("well
//! formed"), case-insensitive, without a registry lookup.
//!
//! ```text
//! langtag    = language *3("-" extlang) ["-" script] ["-" region]
//!              *("-" variant) *("-" extension) ["-" privateuse]
//! language   = 2*3ALPHA            ; ISO 639 (4 to 8 letters: see below)
//! extlang    = 3ALPHA
//! script     = 4ALPHA
//! region     = 2ALPHA / 3DIGIT
//! variant    = 5*8alphanum / (DIGIT 3alphanum)
//! extension  = singleton 1*("-" 2*8alphanum)   ; singleton: a letter or digit but x
//! privateuse = "x" 1*("-" 1*8alphanum)         ; also a whole tag, "x-mine"
//! ```
//!
//! Stricter than RFC 5646 in one place: its language subtag may also have 4
//! letters (reserved) or 5 to 8 (for registration), but the registry holds
//! none, so `"english"` or `"German"` is a name written where a code belongs
//! and an error. The irregular grandfathered tags (`i-klingon`,
//! `en-GB-oed`, `sgn-BE-FR` ...) are refused too: all are deprecated for a
//! modern tag (`tlh`, `en-GB-oxendict`, `sfb`). The regular grandfathered
//! ones (`zh-min-nan`, `art-lojban`) happen to fit the syntax and pass.
//! Repeated variants or singletons, which RFC 5646 calls invalid rather than
//! malformed, are not looked for. `tests/schema/build-schema.mjs` writes the
//! same rule as the schema's `pattern`.

use super::super::messages::quote;

/// Valid tags for messages to show.
const EXAMPLES: &str = "e.g. \"en\", \"pt-BR\" or \"zh-Hant-TW\"";

/// Why `tag` is not a well-formed BCP 47 language tag.
pub(crate) fn language_tag_problem(tag: &str) -> Option<String> {
    if tag.is_empty() {
        return Some(format!(
            "must not be empty: write a BCP 47 language tag ({EXAMPLES}), or leave \"language\" out"
        ));
    }
    let why = why_not(tag)?;
    Some(format!(
        "{} is not a BCP 47 language tag: {why}",
        quote(tag)
    ))
}

fn is_alpha(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn is_digit(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn is_script(s: &str) -> bool {
    s.len() == 4 && is_alpha(s)
}

fn is_region(s: &str) -> bool {
    (s.len() == 2 && is_alpha(s)) || (s.len() == 3 && is_digit(s))
}

fn is_variant(s: &str) -> bool {
    (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit())
}

/// What is wrong with `tag` (not empty), ending with an example.
fn why_not(tag: &str) -> Option<String> {
    if let Some(c) = tag
        .chars()
        .find(|c| !c.is_ascii_alphanumeric() && *c != '-')
    {
        return Some(if c == '_' {
            "subtags are separated by '-', not '_' (e.g. \"en-US\", \"pt-BR\")".to_owned()
        } else {
            format!("it may hold only ASCII letters, digits and '-', not {c:?} ({EXAMPLES})")
        });
    }
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.contains(&"") {
        return Some(format!(
            "it has an empty subtag (a '-' at the start or end, or two in a row; {EXAMPLES})"
        ));
    }
    if let Some(long) = subtags.iter().find(|s| s.len() > 8) {
        return Some(format!(
            "the subtag {} is longer than 8 characters ({EXAMPLES})",
            quote(long)
        ));
    }
    let first = subtags[0];
    let mut rest = subtags[1..].iter().copied().peekable();
    if first.eq_ignore_ascii_case("x") {
        return private_use(rest.next().is_none());
    }
    if !((2..=3).contains(&first.len()) && is_alpha(first)) {
        return Some(if is_alpha(first) && first.len() > 3 {
            "the language is a 2- or 3-letter ISO 639 code, not a name (e.g. \"en\" for English, \"de\" for German, \"fil\" for Filipino)".to_owned()
        } else {
            format!("it must start with a 2- or 3-letter language code ({EXAMPLES})")
        });
    }
    // Each step takes the subtags of its kind, in the order of the syntax.
    for _ in 0..3 {
        rest.next_if(|s| s.len() == 3 && is_alpha(s));
    }
    rest.next_if(|s| is_script(s));
    rest.next_if(|s| is_region(s));
    while rest.next_if(|s| is_variant(s)).is_some() {}
    while let Some(singleton) = rest.next_if(|s| s.len() == 1 && !s.eq_ignore_ascii_case("x")) {
        if rest.next_if(|s| s.len() >= 2).is_none() {
            return Some(format!(
                "the extension \"{singleton}\" needs a subtag of 2 to 8 letters or digits after it (e.g. \"de-DE-u-co-phonebk\")"
            ));
        }
        while rest.next_if(|s| s.len() >= 2).is_some() {}
    }
    match rest.next() {
        None => None,
        Some(x) if x.eq_ignore_ascii_case("x") => private_use(rest.next().is_none()),
        Some(misplaced) => {
            let kind = if is_script(misplaced) {
                Some("script")
            } else if is_region(misplaced) {
                Some("region")
            } else if is_variant(misplaced) {
                Some("variant")
            } else {
                None
            };
            Some(match kind {
                Some(kind) => format!(
                    "the {kind} {} is out of order or repeated (the order is language-script-region-variant, e.g. \"sr-Latn-RS\", \"de-CH-1996\")",
                    quote(misplaced)
                ),
                None => format!(
                    "{} is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters or digits, or a digit and 3 more) where it stands (e.g. \"zh-Hant-TW\", \"es-419\", \"de-CH-1996\")",
                    quote(misplaced)
                ),
            })
        }
    }
}

/// The private-use part after its `x` (`empty`: nothing follows the `x`).
fn private_use(empty: bool) -> Option<String> {
    empty.then(|| {
        "\"x\" needs a private-use subtag of 1 to 8 letters or digits after it (e.g. \"en-x-mine\")"
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_tags() {
        let ok = [
            "en",
            "EN",
            "de-CH",
            "EN-us",
            "pt-BR",
            "zh-Hant-TW",
            "sr-Latn",
            "sr-Latn-RS",
            "es-419",
            "fil",
            "yue-HK",
            "zh-yue-HK",
            "zh-min-nan",
            "art-lojban",
            "de-CH-1996",
            "sl-rozaj-biske",
            "sl-IT-nedis",
            "hy-Latn-IT-arevela",
            "de-DE-u-co-phonebk",
            "en-US-u-islamcal",
            "zh-CN-a-myext-x-private",
            "en-a-bbb-x-a-ccc",
            "en-x-mine",
            "x-private",
            "X-WHATEVER-1",
            "qaa-Qaaa-QM-x-southern",
            "abc-def-ghi-jkl",
        ];
        for tag in ok {
            assert_eq!(language_tag_problem(tag), None, "{tag}");
        }
    }

    #[test]
    fn malformed_tags_say_why() {
        let cases = [
            ("", "must not be empty"),
            ("e", "must start with a 2- or 3-letter language code"),
            ("123", "must start with a 2- or 3-letter language code"),
            ("1en", "must start with a 2- or 3-letter language code"),
            (
                "i-klingon",
                "must start with a 2- or 3-letter language code",
            ),
            ("english", "not a name (e.g. \"en\" for English"),
            ("Deutsch-CH", "not a name"),
            ("abcd", "not a name"),
            ("en_US", "separated by '-', not '_'"),
            ("en US", "not ' '"),
            ("en-é", "not 'é'"),
            ("en-", "empty subtag"),
            ("-en", "empty subtag"),
            ("en--US", "empty subtag"),
            ("en-abcdefghi", "\"abcdefghi\" is longer than 8 characters"),
            (
                "en-US-Latn",
                "the script \"Latn\" is out of order or repeated",
            ),
            ("zh-Hant-Hans", "the script \"Hans\" is out of order"),
            ("en-US-GB", "the region \"GB\" is out of order"),
            ("en-GB-oed", "\"oed\" is not a script"),
            ("sgn-BE-FR", "the region \"FR\" is out of order"),
            ("abc-def-ghi-jkl-mno", "\"mno\" is not a script"),
            ("en-a", "the extension \"a\" needs a subtag"),
            ("en-a-x-y", "the extension \"a\" needs a subtag"),
            ("en-u-b", "the extension \"u\" needs a subtag"),
            ("en-x", "\"x\" needs a private-use subtag"),
            ("x", "\"x\" needs a private-use subtag"),
            ("en-1996-US", "the region \"US\" is out of order"),
        ];
        for (tag, fragment) in cases {
            let msg = language_tag_problem(tag).unwrap_or_default();
            assert!(msg.contains(fragment), "{tag:?}: {msg:?}");
            assert!(msg.contains("e.g."), "{tag:?} gives no example: {msg:?}");
            if !tag.is_empty() {
                assert!(
                    msg.starts_with(&format!("{tag:?} is not a BCP 47 language tag: ")),
                    "{msg}"
                );
            }
        }
    }
}
