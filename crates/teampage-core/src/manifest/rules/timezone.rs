//! A person's `timezone`: an IANA time zone name such as "Europe/Berlin".
//!
//! Natively the names come from a list compiled in ([`timezones`], generated
//! from tzdata). The wasm build has no list (it would grow the wasm, and the
//! browser knows the names already): there a page plugs in a check of its
//! own with [`set_timezone_check`], e.g. one that asks
//! `Intl.DateTimeFormat`; without one, time zones are not checked.
//!
//! An unknown name is a warning, not an error: the viewer only shows the
//! value, a list is a snapshot of one tzdata release (new zones appear), and
//! the check differs between platforms; a warning keeps the verdict on a
//! manifest (valid or not) the same everywhere.

use crate::manifest::messages::quote;
use std::sync::RwLock;

#[cfg(not(target_family = "wasm"))]
#[path = "timezones.rs"]
mod timezones;

/// Whether a name is a time zone.
pub type TimezoneCheck = fn(&str) -> bool;

/// The check set by [`set_timezone_check`], if any.
static CHECK: RwLock<Option<TimezoneCheck>> = RwLock::new(None);

/// Sets how a person's `timezone` is checked: `check` says whether a name is
/// a time zone. `None` restores the default: the IANA names compiled in
/// natively, no check at all on wasm. It holds for every later check, in
/// every thread; an unknown name is a warning.
///
/// ```
/// use teampage_core::manifest::{parse, set_timezone_check};
/// let manifest = r#"{"manifest_version":1,"team":{"id":"x","name":"X",
///     "members":[{"name":"Ada","timezone":"Mars/Olympus"}]}}"#;
/// set_timezone_check(Some(|name| name.starts_with("Mars/")));
/// assert!(parse(manifest).unwrap().warnings.is_empty());
/// set_timezone_check(None);
/// # #[cfg(not(target_family = "wasm"))]
/// assert_eq!(
///     parse(manifest).unwrap().warnings[0].to_string(),
///     "team.members[0].timezone: unknown time zone \"Mars/Olympus\": use an IANA name such as \"Europe/Berlin\""
/// );
/// ```
pub fn set_timezone_check(check: Option<TimezoneCheck>) {
    // A poisoned lock still holds a plain function pointer: take it over.
    *CHECK.write().unwrap_or_else(|e| e.into_inner()) = check;
}

/// Why `name` is not a time zone, when that can be told here.
pub(crate) fn timezone_problem(name: &str) -> Option<String> {
    let check = *CHECK.read().unwrap_or_else(|e| e.into_inner());
    let known = match check {
        Some(check) => check(name),
        None => is_iana_name(name)?,
    };
    if known {
        return None;
    }
    Some(match same_but_case(name) {
        Some(right) => format!(
            "unknown time zone {}: did you mean {}? (time zone names are case-sensitive)",
            quote(name),
            quote(right)
        ),
        None => format!(
            "unknown time zone {}: use an IANA name such as \"Europe/Berlin\"",
            quote(name)
        ),
    })
}

/// Whether `name` is in the compiled-in list (`None`: there is none).
#[cfg(not(target_family = "wasm"))]
fn is_iana_name(name: &str) -> Option<bool> {
    Some(timezones::TIMEZONES.binary_search(&name).is_ok())
}

#[cfg(target_family = "wasm")]
fn is_iana_name(_: &str) -> Option<bool> {
    None
}

/// The listed name that differs from `name` only in ASCII case.
#[cfg(not(target_family = "wasm"))]
fn same_but_case(name: &str) -> Option<&'static str> {
    timezones::TIMEZONES
        .iter()
        .find(|z| **z != name && z.eq_ignore_ascii_case(name))
        .copied()
}

#[cfg(target_family = "wasm")]
fn same_but_case(_: &str) -> Option<&'static str> {
    None
}

#[cfg(all(test, not(target_family = "wasm")))]
mod tests {
    use super::timezones::TIMEZONES;
    use super::*;

    #[test]
    fn the_list_is_sorted_and_holds_the_usual_names() {
        assert!(TIMEZONES.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        assert!(TIMEZONES.len() > 400, "{} names", TIMEZONES.len());
        for name in [
            "Europe/Berlin",
            "America/Los_Angeles",
            "UTC",
            "Etc/UTC",
            "Asia/Kolkata",
            "Asia/Calcutta",
            "US/Pacific",
            "Europe/Kyiv",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT-14",
        ] {
            assert_eq!(is_iana_name(name), Some(true), "{name}");
        }
        for name in [
            "Mars/Olympus",
            "",
            "Europe/berlin",
            "UTC+2",
            "PST",
            "Factory",
            "Europe/Berlin ",
        ] {
            assert_eq!(is_iana_name(name), Some(false), "{name:?}");
        }
    }

    #[test]
    fn messages() {
        // (The plugged-in check is tested in tests/timezone_check.rs, a
        // process of its own: it is global.)
        assert_eq!(timezone_problem("Europe/Berlin"), None);
        assert_eq!(
            timezone_problem("Mars/Olympus").as_deref(),
            Some("unknown time zone \"Mars/Olympus\": use an IANA name such as \"Europe/Berlin\"")
        );
        assert_eq!(
            timezone_problem("europe/berlin").as_deref(),
            Some("unknown time zone \"europe/berlin\": did you mean \"Europe/Berlin\"? (time zone names are case-sensitive)")
        );
    }
}
