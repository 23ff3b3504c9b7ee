//! Component tests in headless Chromium (wasm-bindgen-test):
//! `cargo test --target wasm32-unknown-unknown -p teampage`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use teampage::{ManifestSource, PageOptions, TeamPage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../public/team.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a page on a fresh container and returns the container.
fn mount(source: ManifestSource, options: PageOptions) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let c = container.clone();
    leptos::mount::mount_to(
        c,
        move || view! { <TeamPage source=source options=options/> },
    )
    .forget();
    container
}

/// Lets Leptos and pending promises run.
async fn settle() {
    for _ in 0..4 {
        leptos::task::tick().await;
        sleep(5).await;
    }
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn visible_cards(root: &Element) -> Vec<String> {
    all(root, ".tp-card[data-team-id]")
        .into_iter()
        .filter(|e| !e.has_attribute("hidden"))
        .map(|e| e.get_attribute("data-team-id").unwrap())
        .collect()
}

fn type_filter(root: &Element, text: &str) {
    let input: HtmlInputElement = one(root, "input[type=search]").unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_root_team_is_a_team_element_holding_the_page_heading() {
    let root = mount(
        ManifestSource::Text(SEED.into()),
        PageOptions {
            id_prefix: "x-".into(),
            ..PageOptions::default()
        },
    );
    settle().await;
    let team = one(&root, "[data-team-id]");
    assert_eq!(team.get_attribute("data-team-id").as_deref(), Some("sre"));
    assert_eq!(team.id(), "x-sre");
    assert_eq!(
        one(&team, "h1").text_content().unwrap(),
        "Site Reliability Engineering (SRE)"
    );
    type_filter(&root, "muhlenhoff");
    settle().await;
    assert!(
        !team.has_attribute("hidden"),
        "the filter never hides the root"
    );
}

#[wasm_bindgen_test]
async fn styles_come_from_one_shared_constructed_sheet_not_inline_style() {
    let mut sheets = Vec::new();
    for _ in 0..2 {
        let host = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .unwrap();
        let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        shadow.append_child(&container).unwrap();
        leptos::mount::mount_to(
            container.clone(),
            || view! { <TeamPage source=ManifestSource::Text(SEED.into())/> },
        )
        .forget();
        settle().await;
        let adopted = shadow.adopted_style_sheets();
        assert_eq!(adopted.length(), 1, "one sheet, adopted once");
        sheets.push(adopted.get(0));
        assert!(
            all(&container, "style, [style]").is_empty(),
            "no inline style"
        );
        let card = one(&container, ".tp-card");
        let radius = web_sys::window()
            .unwrap()
            .get_computed_style(&card)
            .unwrap()
            .unwrap()
            .get_property_value("border-top-left-radius")
            .unwrap();
        assert_ne!(radius, "0px", "the component's CSS applies");
    }
    assert_eq!(sheets[0], sheets[1], "every instance shares the sheet");
}

#[wasm_bindgen_test]
async fn renders_every_subteam_as_a_card_with_heading_and_toggle() {
    let root = mount(ManifestSource::Text(SEED.into()), PageOptions::default());
    settle().await;
    let ids = visible_cards(&root);
    assert_eq!(
        ids,
        [
            "data-center-operations",
            "data-persistence",
            "infrastructure-foundations",
            "observability",
            "service-operations",
            "traffic"
        ]
    );
    let card = one(&root, "[data-team-id=observability]");
    assert!(card.text_content().unwrap().contains("Leo Mata"));
    let parent = one(&root, "[data-team-id=infrastructure-foundations]");
    assert!(
        parent.contains(Some(&card)),
        "Observability nests inside Infrastructure Foundations"
    );
    assert_eq!(
        one(&root, "h1").text_content().unwrap(),
        "Site Reliability Engineering (SRE)"
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("Previously known as Technical Operations"));
}

#[wasm_bindgen_test]
async fn a_card_collapses_and_expands_with_its_button() {
    let root = mount(ManifestSource::Text(SEED.into()), PageOptions::default());
    settle().await;
    let button: HtmlElement = one(&root, "[data-team-id=traffic] .tp-toggle").unchecked_into();
    let body = one(
        &root,
        &format!("[id='{}']", button.get_attribute("aria-controls").unwrap()),
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!body.has_attribute("hidden"));
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(body.has_attribute("hidden"));
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!body.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn filter_keeps_matches_and_their_ancestors_and_marks_the_text() {
    let root = mount(ManifestSource::Text(SEED.into()), PageOptions::default());
    settle().await;
    type_filter(&root, "muhlenhoff");
    settle().await;
    assert_eq!(visible_cards(&root), ["infrastructure-foundations"]);
    let status = one(&root, "[role=status]").text_content().unwrap();
    assert_eq!(status, "1 team, 1 person");
    let marked: Vec<String> = all(&root, "mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(marked, ["Mühlenhoff"]);
    type_filter(&root, "varnish");
    settle().await;
    assert_eq!(visible_cards(&root), ["service-operations", "traffic"]);
    type_filter(&root, "");
    settle().await;
    assert_eq!(visible_cards(&root).len(), 6);
    assert!(all(&root, "mark").is_empty());
}

/// Fixed text around a highlighted field (a short name's parentheses, an
/// alias's "aka ", a nick's "IRC: ") is never marked, and unmarked it is one
/// text with the field (one text node, as a hand-written page makes it).
#[wasm_bindgen_test]
async fn text_around_a_field_is_never_marked() {
    let manifest = r#"{"manifest_version":1,"team":{"id":"root","name":"Root","subteams":[
        {"id":"obs","name":"Observability","short_name":"Obs","aliases":[{"name":"Monitoring","kind":"nickname"}],
         "members":[{"name":"Ana Obs","irc_nick":"anao","pronouns":"she/her"}]}]}}"#;
    let root = mount(
        ManifestSource::Text(manifest.into()),
        PageOptions::default(),
    );
    settle().await;
    let short = one(&root, ".tp-card .tp-short");
    assert_eq!(short.text_content().unwrap(), " (Obs)");
    assert_eq!(short.child_nodes().length(), 1, "one text node");
    let alias = one(&root, ".tp-alias");
    assert_eq!(alias.text_content().unwrap(), "aka Monitoring");
    assert_eq!(alias.child_nodes().length(), 1, "one text node");
    let count = one(&root, ".tp-count");
    assert_eq!(count.child_nodes().length(), 1, "one text node");

    type_filter(&root, "obs");
    settle().await;
    assert_eq!(short.text_content().unwrap(), " (Obs)");
    let marked = |e: &Element| {
        all(e, "mark")
            .iter()
            .map(|m| m.text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(marked(&short), ["Obs"]);
    type_filter(&root, "monitor");
    settle().await;
    assert_eq!(alias.text_content().unwrap(), "aka Monitoring");
    assert_eq!(marked(&alias), ["Monitor"]);
    // "irc" is not a field of this person: the nick's prefix is not searched.
    type_filter(&root, "irc");
    settle().await;
    assert_eq!(visible_cards(&root), Vec::<String>::new());
    type_filter(&root, "anao");
    settle().await;
    let nick = one(&root, ".tp-person-nick");
    assert_eq!(nick.text_content().unwrap(), "IRC: anao");
    assert_eq!(marked(&nick), ["anao"]);
    assert_eq!(
        one(&root, ".tp-person-pronouns").text_content().unwrap(),
        "(she/her)"
    );
}

#[wasm_bindgen_test]
async fn irc_channels_link_to_ircs_and_web_chat() {
    let root = mount(ManifestSource::Text(SEED.into()), PageOptions::default());
    settle().await;
    let hrefs: Vec<String> = all(&root, ".tp-channel a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert!(
        hrefs.contains(&"ircs://irc.libera.chat:6697/%23wikimedia-sre".to_string()),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&"https://web.libera.chat/#wikimedia-traffic".to_string()),
        "{hrefs:?}"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_manifest_lists_its_errors_with_paths() {
    let bad = r#"{"manifest_version":1,"team":{"id":"x","name":"X","links":[{"title":"t","url":"javascript:alert(1)"}]}}"#;
    let root = mount(ManifestSource::Text(bad.into()), PageOptions::default());
    settle().await;
    let alert = one(&root, "[role=alert]").text_content().unwrap();
    assert!(alert.contains("team.links[0].url"), "{alert}");
    assert!(all(&root, "a[href^=javascript]").is_empty());
}

#[wasm_bindgen_test]
async fn manifest_text_is_never_parsed_as_html() {
    let evil = r#"{"manifest_version":1,"team":{"id":"x","name":"<img src=x onerror=alert(1)>","summary":"<b>bold</b>","members":[{"name":"<script>x</script>"}]}}"#;
    let root = mount(ManifestSource::Text(evil.into()), PageOptions::default());
    settle().await;
    assert!(all(&root, "img, b, script").is_empty());
    assert!(root
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn a_parsed_manifest_from_the_host_app_is_validated_too() {
    use std::sync::Arc;
    use teampage::core::manifest::{Link, LinkKind, Manifest, Team};
    let manifest = Manifest {
        manifest_version: 1,
        networks: Default::default(),
        team: Team {
            id: "x".into(),
            name: "X".into(),
            links: vec![Link {
                title: "run me".into(),
                url: "javascript:alert(1)".into(),
                kind: LinkKind::Docs,
                text: None,
            }],
            ..Team::default()
        },
        meta: None,
    };
    let root = mount(
        ManifestSource::Parsed(Arc::new(manifest)),
        PageOptions::default(),
    );
    settle().await;
    let alert = one(&root, "[role=alert]").text_content().unwrap();
    assert!(alert.contains("team.links[0].url"), "{alert}");
    assert!(all(&root, "a[href^=javascript]").is_empty());
}

#[wasm_bindgen_test]
async fn the_parser_warm_up_runs_while_waiting_and_stops_when_told() {
    use teampage::source::warm_up::{WarmUp, WARM_UP_AFTER};
    let warm = WarmUp::start();
    // Nothing during the first WARM_UP_AFTER: a quick download is left alone.
    sleep(WARM_UP_AFTER.as_millis() as i32 / 2).await;
    assert_eq!(warm.parses(), 0);
    sleep(WARM_UP_AFTER.as_millis() as i32 + 150).await;
    let ran = warm.parses();
    assert!(ran > 0, "it parses while the page waits");
    warm.stop();
    sleep(150).await;
    assert_eq!(warm.parses(), ran, "no parse after stop");
}

#[wasm_bindgen_test]
async fn a_warm_up_stopped_while_waiting_leaves_no_timer_behind() {
    use teampage::source::warm_up::{WarmUp, WARM_UP_AFTER};
    let warm = WarmUp::start();
    assert!(warm.waiting());
    sleep(WARM_UP_AFTER.as_millis() as i32 / 2).await;
    warm.stop();
    assert!(!warm.waiting(), "stop ends the wait and clears its timer");
    sleep(WARM_UP_AFTER.as_millis() as i32 + 150).await;
    assert_eq!(
        warm.parses(),
        0,
        "a warm-up stopped while waiting never parses"
    );
}

#[wasm_bindgen_test]
async fn a_rust_page_that_owns_the_url_restores_it_on_load() {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?q=varnish&view=teams"),
        )
        .unwrap();
    let root = mount(
        ManifestSource::Text(SEED.into()),
        PageOptions {
            filter: "given by the app".into(),
            own_url: true,
            id_prefix: "own-".into(),
            ..PageOptions::default()
        },
    );
    settle().await;
    let input: HtmlInputElement = one(&root, "input[type=search]").unchecked_into();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .unwrap();
    assert_eq!(input.value(), "varnish", "the URL's filter wins on load");
    assert_eq!(visible_cards(&root), ["service-operations", "traffic"]);
}

/// The catalogues' plural forms are held to a CLDR table in the native
/// tests; this holds them to the browser's own `Intl.PluralRules`: each
/// language has a form for exactly the categories the browser selects.
#[wasm_bindgen_test]
fn each_catalogue_has_forms_for_exactly_the_browsers_plural_categories() {
    use std::collections::BTreeSet;
    use teampage::core::i18n::{Count, LANGUAGES};
    for language in &LANGUAGES {
        let file = match language.tag {
            // English is built in, with a "one" and an "other" form (en.rs).
            "en" => {
                r#"{"people.one": "", "team-count.one": "", "subteams.one": "", "problems.one": "",
                        "people.other": "", "team-count.other": "", "subteams.other": "", "problems.other": ""}"#
            }
            "de" => include_str!("../public/i18n/de.json"),
            "fr" => include_str!("../public/i18n/fr.json"),
            "es" => include_str!("../public/i18n/es.json"),
            "ja" => include_str!("../public/i18n/ja.json"),
            "ar" => include_str!("../public/i18n/ar.json"),
            "he" => include_str!("../public/i18n/he.json"),
            other => panic!("no catalogue file listed for {other}"),
        };
        let entries: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(file).unwrap();
        let rules = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&language.tag.into()),
            &js_sys::Object::new(),
        );
        let resolved = rules.resolved_options();
        let browser: BTreeSet<String> = js_sys::Reflect::get(&resolved, &"pluralCategories".into())
            .unwrap()
            .unchecked_into::<js_sys::Array>()
            .iter()
            .filter_map(|c| c.as_string())
            .collect();
        for noun in Count::ALL {
            let prefix = format!("{}.", noun.key());
            let forms: BTreeSet<String> = entries
                .keys()
                .filter_map(|k| k.strip_prefix(&prefix).map(str::to_owned))
                .collect();
            assert_eq!(forms, browser, "{}: {}", language.tag, noun.key());
        }
    }
}

/// The wasm has no Unicode tables: the filter folds accents with the
/// browser's own decomposition, which TeamPage plugs in.
#[wasm_bindgen_test]
fn the_filter_folds_accents_with_the_browsers_decomposition() {
    use teampage::state::filter::browser_decomposition;
    use teampage_core::filter::fold::{fold, set_decomposer};
    assert_eq!(browser_decomposition('é'), "e");
    assert_eq!(browser_decomposition('\u{301}'), "");
    assert_eq!(browser_decomposition('が'), "か");
    assert_eq!(browser_decomposition('ł'), "ł");
    set_decomposer(Some(browser_decomposition));
    assert_eq!(
        fold("Ibáñez Łukasz Mühlenhoff e\u{301}"),
        "ibanez lukasz muhlenhoff e"
    );
    assert_eq!(fold("İstanbul"), "istanbul");
}
