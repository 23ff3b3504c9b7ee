//! Fetching a manifest's bytes: never an endless wait, never a tab frozen by
//! a huge body, and every fault said in words.
//!
//! A request that goes [`NO_ANSWER_MS`] without a byte (headers or body) is
//! aborted; the body is read in chunks so that its size is checked while it
//! arrives ([`teampage_core::response`]).
//!
//! ```no_run
//! # async fn demo() {
//! let control = web_sys::AbortController::new().unwrap();
//! let fetched = teampage::source::fetch::fetch_bytes("team.json", &control).await;
//! # }
//! ```

use super::error::LoadError;
use super::warm_up::{WarmUp, WARM_UP_FROM_BYTES};
use gloo_net::http::Request;
use std::cell::Cell;
use std::rc::Rc;
use teampage_core::i18n::{Msg, Said};
use teampage_core::response::{check_size, check_start};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult};

/// How long a request may go without an answer (its headers, or the next
/// bytes of its body) before it is given up.
pub const NO_ANSWER_MS: i32 = 30_000;

/// The response, read whole.
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// Its `Content-Type`.
    pub content_type: Option<String>,
    /// When the site's service worker answered from its cache (the network
    /// could not be reached): when that copy was stored (RFC 3339).
    pub stored_at: Option<String>,
}

/// Fetches `url`; `control` aborts it (a newer request replaces it).
pub async fn fetch_bytes(url: &str, control: &AbortController) -> Result<Fetched, LoadError> {
    let watchdog = Watchdog::start(control.clone());
    let given_up = |e: Said| {
        LoadError::Fetch(if watchdog.fired() {
            Said::new(
                Msg::NoAnswer,
                &[("seconds", &(NO_ANSWER_MS / 1000).to_string())],
            )
        } else {
            e
        })
    };
    let response = Request::get(url)
        .abort_signal(Some(&control.signal()))
        .send()
        .await
        .map_err(|e| given_up(network_reason(url, &e.to_string())))?;
    if !response.ok() {
        let status = response.status();
        let text = response.status_text();
        let status = format!("{status}{}{text}", if text.is_empty() { "" } else { " " });
        return Err(LoadError::Fetch(Said::new(
            Msg::HttpStatus,
            &[("status", &status)],
        )));
    }
    let headers = response.headers();
    let content_type = headers.get("content-type");
    let stored_at = headers.get("x-teampage-stored-at");
    let length = headers
        .get("content-length")
        .and_then(|n| n.trim().parse::<u64>().ok());
    let refuse = |a: teampage_core::response::Arrived| LoadError::Fetch(a.reason());
    check_start(content_type.as_deref(), b"").map_err(refuse)?;
    if let Some(n) = length {
        check_size(n, true).map_err(refuse)?;
    }
    // A large manifest: ready the parser while the rest of it arrives (the
    // warm-up stops when it goes out of scope, once the body is in).
    let _warm_up = length
        .is_some_and(|n| n >= WARM_UP_FROM_BYTES)
        .then(WarmUp::start);
    let Some(body) = response.body() else {
        return Ok(Fetched {
            bytes: Vec::new(),
            content_type,
            stored_at,
        });
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(length.unwrap_or(0) as usize);
    // Until a byte other than a BOM or white space has come, the first
    // bytes are checked again with each chunk.
    let mut undecided = true;
    loop {
        watchdog.rearm();
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|e| given_up(Said::new(Msg::BrokeOff, &[("detail", &js_message(&e))])))?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let chunk: js_sys::Uint8Array = chunk.get_value().unchecked_into();
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if let Err(a) = check_size(end as u64, false) {
            let _ = reader.cancel();
            return Err(refuse(a));
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
        if undecided {
            if let Err(a) = check_start(None, &bytes) {
                let _ = reader.cancel();
                return Err(refuse(a));
            }
            undecided = bytes
                .iter()
                .all(|b| b.is_ascii_whitespace() || b"\xEF\xBB\xBF".contains(b));
        }
    }
    Ok(Fetched {
        bytes,
        content_type,
        stored_at,
    })
}

/// Aborts a request after [`NO_ANSWER_MS`] without progress; dropping it
/// clears its timer.
struct Watchdog {
    control: AbortController,
    fired: Rc<Cell<bool>>,
    timer: Cell<Option<i32>>,
    on_time: Closure<dyn FnMut()>,
}

impl Watchdog {
    fn start(control: AbortController) -> Self {
        let fired = Rc::new(Cell::new(false));
        let on_time = {
            let (fired, control) = (fired.clone(), control.clone());
            Closure::<dyn FnMut()>::new(move || {
                fired.set(true);
                control.abort();
            })
        };
        let dog = Watchdog {
            control,
            fired,
            timer: Cell::new(None),
            on_time,
        };
        dog.rearm();
        dog
    }

    /// Starts the wait again: some of the answer arrived.
    fn rearm(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(t) = self.timer.take() {
            window.clear_timeout_with_handle(t);
        }
        if !self.control.signal().aborted() {
            self.timer.set(
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        self.on_time.as_ref().unchecked_ref(),
                        NO_ANSWER_MS,
                    )
                    .ok(),
            );
        }
    }

    fn fired(&self) -> bool {
        self.fired.get()
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let (Some(w), Some(t)) = (web_sys::window(), self.timer.take()) {
            w.clear_timeout_with_handle(t);
        }
    }
}

/// What a JavaScript error (or a thrown value) says.
pub(crate) fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "no reason given".into())
}

/// Says why a request failed in words a reader can act on. The browser does
/// not tell a refused cross-origin request from a network fault, so for a
/// manifest on another site both causes are named.
fn network_reason(url: &str, detail: &str) -> Said {
    match foreign_origin(url) {
        Some(origin) => Said::new(
            Msg::CrossOriginFailed,
            &[("origin", &origin), ("detail", detail)],
        ),
        None => Said::new(Msg::NetworkFailed, &[("detail", detail)]),
    }
}

/// The origin of `url` when it is not the page's own.
fn foreign_origin(url: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let page = location.href().ok()?;
    let target = web_sys::Url::new_with_base(url, &page).ok()?;
    let origin = target.origin();
    (origin != location.origin().ok()?).then_some(origin)
}
