//! The time zone check a page plugs in (`set_timezone_check`), as the wasm
//! build's page does with `Intl.DateTimeFormat`. A test binary of its own:
//! the check is global, and would change what the other tests see.

use teampage_core::manifest::{parse, set_timezone_check};

fn manifest(timezone: &str) -> String {
    serde_json::json!({
        "manifest_version": 1,
        "team": {"id": "x", "name": "X", "members": [{"name": "Ada", "timezone": timezone}]}
    })
    .to_string()
}

fn warnings(timezone: &str) -> Vec<String> {
    let parsed = parse(&manifest(timezone)).expect("a time zone is never an error");
    parsed.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn a_plugged_in_check_replaces_the_list_until_it_is_unset() {
    let mars = "team.members[0].timezone: unknown time zone \"Mars/Olympus\": use an IANA name such as \"Europe/Berlin\"";
    assert_eq!(warnings("Mars/Olympus"), [mars]);
    assert!(warnings("Europe/Berlin").is_empty());

    set_timezone_check(Some(|name| name.starts_with("Mars/")));
    assert!(warnings("Mars/Olympus").is_empty());
    assert_eq!(
        warnings("Asia/Tokyo"),
        ["team.members[0].timezone: unknown time zone \"Asia/Tokyo\": use an IANA name such as \"Europe/Berlin\""]
    );
    // A check that knows no names still gets the suggestion from the list.
    set_timezone_check(Some(|_| false));
    assert!(warnings("europe/berlin")[0]
        .ends_with("did you mean \"Europe/Berlin\"? (time zone names are case-sensitive)"));

    set_timezone_check(None);
    assert_eq!(warnings("Mars/Olympus"), [mars]);
    assert!(warnings("Europe/Berlin").is_empty());
}
