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

/// Every catalogue file, as the page fetches it.
const FILES: [(&str, &str); 6] = [
    ("de", include_str!("../../../../public/i18n/de.json")),
    ("fr", include_str!("../../../../public/i18n/fr.json")),
    ("es", include_str!("../../../../public/i18n/es.json")),
    ("ja", include_str!("../../../../public/i18n/ja.json")),
    ("ar", include_str!("../../../../public/i18n/ar.json")),
    ("he", include_str!("../../../../public/i18n/he.json")),
];

fn file(tag: &str) -> Labels {
    let (_, text) = FILES.iter().find(|(t, _)| *t == tag).expect(tag);
    let entries: std::collections::BTreeMap<String, String> =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("i18n/{tag}.json: {e}"));
    let mut labels = Labels::default();
    for (k, v) in entries {
        labels.insert(k, v);
    }
    labels
}

fn messages(tag: &str) -> Messages {
    Messages::new(language(tag).unwrap(), file(tag), Labels::default())
}

#[test]
fn there_is_a_file_for_every_language_but_english_and_no_other() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/i18n");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = LANGUAGES
        .iter()
        .filter(|l| !l.built_in())
        .map(|l| format!("{}.json", l.tag))
        .collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    let in_files: BTreeSet<_> = FILES.iter().map(|(t, _)| format!("{t}.json")).collect();
    assert_eq!(in_files, listed.into_iter().collect());
}

#[test]
fn every_catalogue_has_every_message_with_the_english_placeholders() {
    for (tag, _) in FILES {
        let catalogue = file(tag);
        assert_eq!(
            catalogue.unknown_keys(),
            Vec::<&str>::new(),
            "i18n/{tag}.json"
        );
        for &m in Msg::ALL {
            let text = catalogue
                .get(m.key())
                .unwrap_or_else(|| panic!("i18n/{tag}.json has no {:?}", m.key()));
            assert!(!text.trim().is_empty(), "{tag}: {} is empty", m.key());
            assert_eq!(
                placeholders(text),
                placeholders(en::text(m)),
                "{tag}: {} has other placeholders than English: {text:?}",
                m.key()
            );
        }
    }
}

#[test]
fn every_catalogue_has_a_form_for_each_plural_category_of_its_language() {
    for (tag, _) in FILES {
        let catalogue = file(tag);
        for &noun in Count::ALL {
            assert!(
                catalogue.get(noun.key()).is_none(),
                "{tag}: {} without a category",
                noun.key()
            );
            for category in Plural::ALL {
                let key = format!("{}.{}", noun.key(), category.name());
                let form = catalogue.get(&key);
                let wanted = cldr_categories(tag).contains(&category);
                assert_eq!(
                    form.is_some(),
                    wanted,
                    "{tag}: {key} is {}",
                    if wanted {
                        "missing"
                    } else {
                        "a form the language does not use"
                    }
                );
                // Singular and dual words say the number themselves.
                let spelled =
                    matches!(category, Plural::One | Plural::Two) && matches!(tag, "ar" | "he");
                if let Some(form) = form {
                    assert!(
                        spelled || form.contains("{n}"),
                        "{tag}: {key} does not show the number: {form:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_catalogue_without_a_message_falls_back_to_english() {
    let mut partial = Labels::default();
    partial.insert("copy", "Kopieren");
    let m = Messages::new(language("de").unwrap(), partial, Labels::default());
    assert_eq!(m.text(Msg::Copy), "Kopieren");
    assert_eq!(m.text(Msg::Connect), "connect");
    assert_eq!(m.count(Count::People, Plural::One, "1"), "1 person");
}

#[test]
fn keys_are_unique_and_english_comes_first() {
    let mut keys = BTreeSet::new();
    for k in Msg::ALL
        .iter()
        .map(|m| m.key())
        .chain(Count::ALL.iter().map(|c| c.key()))
    {
        assert!(keys.insert(k), "key {k} used twice");
    }
    let tags: BTreeSet<_> = LANGUAGES.iter().map(|c| c.tag).collect();
    assert_eq!(tags.len(), LANGUAGES.len());
    assert!(LANGUAGES[0].built_in() && LANGUAGES.iter().filter(|l| l.built_in()).count() == 1);
}

#[test]
fn the_first_wanted_language_with_a_catalogue_wins_else_english() {
    let pick = |wanted: &[&str]| negotiate(wanted).tag;
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
    for l in &LANGUAGES {
        assert_eq!(l.rtl, matches!(l.tag, "ar" | "he"), "{}", l.tag);
        assert_eq!(is_rtl(l.tag), l.rtl, "{}", l.tag);
    }
    assert!(is_rtl("ur-PK") && is_rtl("fa") && is_rtl("he-IL"));
    assert!(!is_rtl("en-US") && !is_rtl("") && !is_rtl("ja"));
}

#[test]
fn counts_use_the_category_and_the_formatted_number() {
    let ar = messages("ar");
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
    let m = Messages::new(negotiate(&["en"]), Labels::default(), labels);
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

#[test]
fn the_readme_lists_every_key_with_its_english_text() {
    let readme = include_str!("../../../../README.md");
    for &m in Msg::ALL {
        let row = format!("| `{}` | {} |", m.key(), en::text(m).replace('|', "\\|"));
        assert!(
            readme.contains(&row),
            "README.md's list of keys lacks {row}"
        );
    }
    for &c in Count::ALL {
        let row = format!(
            "| `{}` (counted: `.one`, `.other`, …) | {} / {} |",
            c.key(),
            en::count(c, Plural::One),
            en::count(c, Plural::Other)
        );
        assert!(
            readme.contains(&row),
            "README.md's list of keys lacks {row}"
        );
    }
}
