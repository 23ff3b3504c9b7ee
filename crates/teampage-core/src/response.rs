//! What a manifest's HTTP response holds, judged before it is parsed: too
//! large, an HTML page (a login or proxy error page served with `200`), or
//! another type of content, each said in words a reader can act on.
//!
//! ```
//! use teampage_core::response::{check_start, Arrived};
//! assert_eq!(check_start(Some("text/html; charset=utf-8"), b"<!DOCTYPE html>"), Err(Arrived::Html));
//! assert_eq!(check_start(Some("application/json"), b"{\"manifest_version\": 1"), Ok(()));
//! ```

/// The largest manifest the page loads, in bytes (100 MiB): checked against
/// `Content-Length` and while the body arrives. The measurements behind it
/// are in `bench/RESULTS.md` ("Manifest size limit").
pub const MAX_MANIFEST_BYTES: usize = 100 * 1024 * 1024;

use crate::i18n::{Msg, Said};

/// Why a response is not a manifest to parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrived {
    /// An HTML page, by its `Content-Type` or its first bytes.
    Html,
    /// More than [`MAX_MANIFEST_BYTES`]: the size announced (`whole`) or
    /// read so far.
    TooLarge { bytes: u64, whole: bool },
}

impl Arrived {
    /// The reason, to follow "`team.json` answered with…" / "Loading `url` failed: ".
    pub fn reason(&self) -> Said {
        let limit = megabytes(MAX_MANIFEST_BYTES as u64);
        match self {
            Arrived::Html => Said::new(Msg::AnsweredHtml, &[]),
            Arrived::TooLarge { bytes, whole } => Said::new(
                if *whole {
                    Msg::TooLarge
                } else {
                    Msg::TooLargeSoFar
                },
                &[("size", &megabytes(*bytes)), ("limit", &limit)],
            ),
        }
    }
}

/// Checks a response's `Content-Type` and its first bytes (any number,
/// possibly none yet): an HTML page is refused before it is read whole.
pub fn check_start(content_type: Option<&str>, first: &[u8]) -> Result<(), Arrived> {
    let media = content_type.map(media_type).unwrap_or_default();
    if media == "text/html" || media == "application/xhtml+xml" {
        return Err(Arrived::Html);
    }
    // A BOM and white space may come before the text's first character.
    let text = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(first);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Err(Arrived::Html),
        _ => Ok(()),
    }
}

/// Checks a size, announced (`Content-Length`: `whole`) or read so far.
pub fn check_size(bytes: u64, whole: bool) -> Result<(), Arrived> {
    if bytes > MAX_MANIFEST_BYTES as u64 {
        Err(Arrived::TooLarge { bytes, whole })
    } else {
        Ok(())
    }
}

/// The type of content that is not JSON, to name it when the text does not
/// parse: `Some("text/plain")` for `text/plain; charset=utf-8`, `None` for a
/// JSON type (`application/json`, `*+json`) or no type at all.
pub fn non_json_type(content_type: Option<&str>) -> Option<String> {
    let media = media_type(content_type?);
    let json = media.ends_with("/json") || media.ends_with("+json");
    (!json && !media.is_empty()).then_some(media)
}

/// `text/html` of `Text/HTML; charset=utf-8`.
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `9.5 MB`, in MiB with one decimal (integer arithmetic: float formatting
/// would add its code to the wasm).
fn megabytes(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let tenths = (bytes * 10 + MIB / 2) / MIB;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_known_by_its_type_or_its_first_bytes() {
        assert_eq!(check_start(Some("text/html"), b"{}"), Err(Arrived::Html));
        assert_eq!(
            check_start(Some("Application/XHTML+XML; charset=utf-8"), b""),
            Err(Arrived::Html)
        );
        assert_eq!(
            check_start(Some("application/json"), b"\xEF\xBB\xBF\n  <html>"),
            Err(Arrived::Html)
        );
        assert_eq!(
            check_start(None, b"<?xml version=\"1.0\"?>"),
            Err(Arrived::Html)
        );
        assert_eq!(check_start(None, b"  {\"a\": \"<b>\"}"), Ok(()));
        assert_eq!(check_start(Some("text/plain"), b""), Ok(()));
    }

    #[test]
    fn sizes_up_to_the_limit_pass() {
        let max = MAX_MANIFEST_BYTES as u64;
        assert_eq!(check_size(max, true), Ok(()));
        assert_eq!(
            check_size(max + 1, false),
            Err(Arrived::TooLarge {
                bytes: max + 1,
                whole: false
            })
        );
        let mib = 1024 * 1024;
        assert_eq!(
            Arrived::TooLarge {
                bytes: 120 * mib,
                whole: true
            }
            .reason()
            .english(),
            "it is 120.0 MB and the page shows manifests of up to 100.0 MB"
        );
        assert_eq!(
            Arrived::TooLarge {
                bytes: 101 * mib,
                whole: false
            }
            .reason()
            .english(),
            "it is larger than 100.0 MB, the most the page shows (101.0 MB had arrived)"
        );
    }

    #[test]
    fn non_json_types_are_named() {
        assert_eq!(
            non_json_type(Some("text/plain; charset=utf-8")).as_deref(),
            Some("text/plain")
        );
        assert_eq!(
            non_json_type(Some("application/octet-stream")).as_deref(),
            Some("application/octet-stream")
        );
        assert_eq!(non_json_type(Some("application/json")), None);
        assert_eq!(non_json_type(Some("application/manifest+json")), None);
        assert_eq!(non_json_type(Some("")), None);
        assert_eq!(non_json_type(None), None);
    }
}
