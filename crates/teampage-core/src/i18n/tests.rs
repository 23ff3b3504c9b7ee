use super::*;
use std::collections::BTreeSet;

fn placeholders(template: &str) -> BTreeSet<&str> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Arg(a) => Some(a),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The plural categories CLDR (and so `Intl.PluralRules`) gives each
/// language's whole numbers; the browser test checks this table against the
/// browser's own.
fn cldr_categories(tag: &str) -> &'static [Plural] {
    use Plural::*;
    match tag {
        "en" | "de" => &[One, Other],
        "fr" | "es" => &[One, Many, Other],
        "ja" => &[Other],
        "ar" => &[Zero, One, Two, Few, Many, Other],
        "he" => &[One, Two, Other],
        other => panic!("no CLDR categories listed for {other}"),
    }
}

#[test]
fn every_catalogue_has_every_message_with_the_english_placeholders() {
    let en = CATALOGUES[0];
    for c in CATALOGUES {
        for &m in Msg::ALL {
            let text = (c.text)(m);
            assert!(!text.trim().is_empty(), "{}: {} is empty", c.tag, m.key());
            assert_eq!(
                placeholders(text),
                placeholders((en.text)(m)),
                "{}: {} has other placeholders than English: {text:?}",
                c.tag,
                m.key()
            );
            assert!(
                !text.contains("\\u{"),
                "{}: {} has an escaped character",
                c.tag,
                m.key()
            );
        }
    }
}

#[test]
fn every_catalogue_has_a_form_for_each_plural_category_of_its_language() {
    for c in CATALOGUES {
        for &noun in Count::ALL {
            let forms = (c.count)(noun);
            for &category in cldr_categories(c.tag) {
                let form = forms.exact(category).unwrap_or_else(|| {
                    panic!("{}: {} has no {:?} form", c.tag, noun.key(), category)
                });
                // Singular and dual words say the number themselves.
                let spelled =
                    matches!(category, Plural::One | Plural::Two) && matches!(c.tag, "ar" | "he");
                assert!(
                    spelled || form.contains("{n}"),
                    "{}: {}.{} does not show the number: {form:?}",
                    c.tag,
                    noun.key(),
                    category.name()
                );
            }
        }
    }
}

#[test]
fn keys_are_unique_and_each_language_has_one_catalogue() {
    let mut keys = BTreeSet::new();
    for k in Msg::ALL
        .iter()
        .map(|m| m.key())
        .chain(Count::ALL.iter().map(|c| c.key()))
    {
        assert!(keys.insert(k), "key {k} used twice");
    }
    let tags: BTreeSet<_> = CATALOGUES.iter().map(|c| c.tag).collect();
    assert_eq!(tags.len(), CATALOGUES.len());
    assert_eq!(
        CATALOGUES[0].tag, "en",
        "English comes first: it is the fallback"
    );
}

#[test]
fn the_first_wanted_language_with_a_catalogue_wins_else_english() {
    let pick = |wanted: &[&str]| Messages::new(wanted, Labels::default()).lang();
    assert_eq!(pick(&["de-CH", "fr"]), "de");
    assert_eq!(pick(&["pt-BR", "es-419", "en"]), "es");
    assert_eq!(pick(&["AR"]), "ar");
    assert_eq!(pick(&["ja_JP"]), "ja");
    assert_eq!(pick(&["fi", "sv"]), "en");
    assert_eq!(pick(&[]), "en");
    assert_eq!(pick(&[""]), "en");
}

#[test]
fn arabic_and_hebrew_are_right_to_left_and_so_are_languages_without_a_catalogue() {
    for c in CATALOGUES {
        assert_eq!(c.rtl, matches!(c.tag, "ar" | "he"), "{}", c.tag);
        assert_eq!(is_rtl(c.tag), c.rtl, "{}", c.tag);
    }
    assert!(is_rtl("ur-PK") && is_rtl("fa") && is_rtl("he-IL"));
    assert!(!is_rtl("en-US") && !is_rtl("") && !is_rtl("ja"));
}

#[test]
fn counts_use_the_category_and_the_formatted_number() {
    let ar = Messages::new(&["ar"], Labels::default());
    assert_eq!(ar.count(Count::People, Plural::Two, "٢"), "شخصان");
    assert_eq!(ar.count(Count::People, Plural::Few, "٣"), "٣ أشخاص");
    let en = Messages::default();
    assert_eq!(en.count(Count::TeamCount, Plural::One, "1"), "1 team");
    assert_eq!(
        en.count(Count::TeamCount, Plural::Other, "1,234"),
        "1,234 teams"
    );
    // A category English does not use falls back to `other`.
    assert_eq!(en.count(Count::TeamCount, Plural::Few, "3"), "3 teams");
}

#[test]
fn a_hosts_labels_override_messages_and_count_forms() {
    let mut labels = Labels::default();
    labels.insert("connect", "join");
    labels.insert("people", "{n} humans");
    labels.insert("people.one", "a single human");
    labels.insert("conect", "typo");
    labels.insert("people.dual", "typo");
    assert_eq!(labels.unknown_keys(), ["conect", "people.dual"]);
    let m = Messages::new(&["en"], labels);
    assert_eq!(m.text(Msg::Connect), "join");
    assert_eq!(m.text(Msg::Copy), "Copy");
    assert_eq!(m.count(Count::People, Plural::One, "1"), "a single human");
    assert_eq!(m.count(Count::People, Plural::Other, "7"), "7 humans");
    assert_eq!(m.fill(Msg::Permalink, &[("name", "SRE")]), "Link to SRE");
}

#[test]
fn templates_split_and_fill() {
    assert_eq!(
        pieces("{a}-{b}"),
        [Piece::Arg("a"), Piece::Text("-"), Piece::Arg("b")]
    );
    assert_eq!(pieces("no { close"), [Piece::Text("no { close")]);
    assert_eq!(fill("{x} and {y}", &[("x", "1")]), "1 and {y}");
    assert_eq!(fill("", &[]), "");
}
