//! Folding and highlighting.

use teampage_core::filter::{fold, marks, Query};
use teampage_core::manifest::Manifest;

fn q(text: &str) -> Query {
    Query::new(text, &[])
}

/// The marked pieces of `text`.
fn marked<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
    marks(text, &q(query))
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect()
}

#[test]
fn fold_strips_accents_and_case() {
    for (input, want) in [
        ("Boruń", "borun"),
        ("Mühlenhoff", "muhlenhoff"),
        ("Ségolène", "segolene"),
        ("José Ñuñez", "jose nunez"),
        ("Zoë", "zoe"),
        ("Ångström", "angstrom"),
        ("Křepinský Šafránek", "krepinsky safranek"),
        ("Laurențiu Ţeposu", "laurentiu teposu"), // comma and cedilla below
        ("ÇAĞRI", "cagri"),
        ("İstanbul", "istanbul"), // capital I with dot above
        ("Ελληνικά", "ελληνικα"),
        ("ΣΊΣΥΦΟΣ", "σισυφοσ"),
        ("Йосиф", "иосиф"),
        ("Paco Xu 徐俊杰", "paco xu 徐俊杰"),
        (
            "ASCII stays: a-b_c.d 42 #chan",
            "ascii stays: a-b_c.d 42 #chan",
        ),
        ("", ""),
    ] {
        assert_eq!(fold(input), want, "{input}");
    }
}

#[test]
fn fold_maps_letters_without_decomposition() {
    for (input, want) in [
        ("Łukasz Łódź", "lukasz lodz"),
        ("Øyvind Sørensen", "oyvind sorensen"),
        ("Đorđe Ðuro", "dorde duro"),
        ("Straße STRASSE ẞ", "strasse strasse ss"),
        ("Æsir Œuvre cœur", "aesir oeuvre coeur"),
        ("Orhun Parmaksız", "orhun parmaksiz"),
        ("Þórr Ħal Ŧ ſ", "thorr hal t s"),
        ("O’Brien d‘Arc", "o'brien d'arc"),
        ("λόγος", "λογοσ"), // final sigma folds with medial sigma
    ] {
        assert_eq!(fold(input), want, "{input}");
    }
}

#[test]
fn fold_treats_composed_and_decomposed_alike() {
    assert_eq!(fold("e\u{301}"), fold("é"));
    assert_eq!(fold("Bo\u{72}u\u{6E}\u{301}"), "borun");
    assert_eq!(fold("\u{301}\u{308}"), "");
    // Hangul: a syllable and its jamo fold the same.
    assert_eq!(fold("한"), fold("\u{1112}\u{1161}\u{11AB}"));
}

#[test]
fn fold_is_idempotent_on_real_names() {
    for rel in [
        "datasets/kubernetes-community.json",
        "datasets/rust-lang-teams.json",
        "team.json",
    ] {
        let path = format!("{}/../../public/{rel}", env!("CARGO_MANIFEST_DIR"));
        let m: Manifest = teampage_core::manifest::parse(&std::fs::read_to_string(path).unwrap())
            .unwrap()
            .manifest;
        m.team.walk(&mut |t, _| {
            for s in std::iter::once(&t.name).chain(t.own_people().map(|p| &p.name)) {
                let f = fold(s);
                assert_eq!(fold(&f), f, "{s}");
                assert_eq!(fold(&s.to_uppercase()), f, "{s}");
            }
        });
    }
}

#[test]
fn marks_on_accented_text() {
    let text = "Joanna Boruń";
    assert_eq!(marks(text, &q("boru")), [(7, 11)]);
    assert_eq!(marked(text, "boru"), ["Boru"]);
    assert_eq!(marked(text, "borun"), ["Boruń"]);
    assert_eq!(marked(text, "ORUŃ"), ["oruń"]);
    assert_eq!(marked(text, "n"), ["nn", "ń"]);
    assert_eq!(marked("Moritz Mühlenhoff", "muhl"), ["Mühl"]);
    assert_eq!(marked("Moritz Mühlenhoff", "uh"), ["üh"]);
    assert_eq!(marked("Łukasz Øyvind", "lu oy"), ["Łu", "Øy"]);
    assert_eq!(marked("Orhun Parmaksız", "siz"), ["sız"]);
    assert_eq!(marked("Paco Xu 徐俊杰", "俊"), ["俊"]);
}

#[test]
fn marks_widen_to_whole_characters() {
    // One half of "ß" → "ss" marks the whole "ß".
    assert_eq!(marked("Straße", "s"), ["S", "ß"]);
    assert_eq!(marked("Straße", "as"), ["aß"]);
    assert_eq!(marked("Straße", "sse"), ["ße"]);
    assert_eq!(marked("Æsir", "e"), ["Æ"]);
    // Decomposed input: the combining mark goes with its letter.
    let text = "Jose\u{301} Nun\u{303}ez";
    assert_eq!(marked(text, "jose"), ["Jose\u{301}"]);
    assert_eq!(marked(text, "nun"), ["Nun\u{303}"]);
    assert_eq!(marked(text, "e"), ["e\u{301}", "e"]);
    // Leading combining marks are left alone.
    assert_eq!(marked("\u{301}ab", "a"), ["a"]);
}

#[test]
fn marks_are_sorted_merged_and_overlapping() {
    assert_eq!(marks("aaa", &q("aa")), [(0, 3)]);
    // Touching ranges from two words merge.
    assert_eq!(
        marked("Infrastructure", "infra structure"),
        ["Infrastructure"]
    );
    // Overlapping words merge; separate ones stay apart, in text order.
    assert_eq!(
        marked("John Bond and Joanna", "jo oan bond"),
        ["Jo", "Bond", "Joan"]
    );
    assert_eq!(marks("abcabc", &q("c a")), [(0, 1), (2, 4), (5, 6)]);
}

#[test]
fn marks_with_no_match_or_no_words() {
    assert!(marks("Joanna Boruń", &q("zebra")).is_empty());
    assert!(marks("Joanna Boruń", &q("")).is_empty());
    assert!(marks("", &q("a")).is_empty());
    // Technologies are not marked.
    let techs = vec!["Varnish".to_string()];
    assert!(marks("Varnish", &Query::new("", &techs)).is_empty());
    assert_eq!(marks("Varnish", &Query::new("nish", &techs)), [(3, 7)]);
}

#[test]
fn marks_are_always_on_char_boundaries() {
    let texts = [
        "Joanna Boruń",
        "Straße ßß ẞ",
        "Ǆemal İstanbul ΣΊΣΥΦΟΣ",
        "e\u{301}\u{302}e\u{301}",
        "한국어 Paco Xu 徐俊杰",
        "Ţeposu Łódź Øyvind Þórr",
    ];
    for text in texts {
        let folded = fold(text);
        // Every substring of the folding, as a query, yields valid ranges
        // whose text folds to something holding the query.
        let chars: Vec<(usize, char)> = folded.char_indices().collect();
        for i in 0..chars.len() {
            for j in i + 1..=chars.len().min(i + 4) {
                let end = chars.get(j).map_or(folded.len(), |c| c.0);
                let word = &folded[chars[i].0..end];
                if word.trim().is_empty() || word.contains(char::is_whitespace) {
                    continue;
                }
                let ranges = marks(text, &q(word));
                assert!(!ranges.is_empty(), "{text:?} {word:?}");
                for (s, e) in ranges {
                    assert!(s < e && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
                let joined: String = marks(text, &q(word))
                    .iter()
                    .map(|&(s, e)| fold(&text[s..e]))
                    .collect::<Vec<_>>()
                    .join("|");
                assert!(joined.contains(word), "{text:?} {word:?} {joined:?}");
            }
        }
    }
}
