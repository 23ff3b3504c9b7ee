//! Readying the manifest parser while a large manifest downloads.
//!
//! Browsers run WebAssembly first through a baseline compiler and optimise a
//! function only after it has run for a while (V8's dynamic tiering). The
//! parse of a fetched manifest is the longest step before a page is shown,
//! and without help it runs mostly unoptimised: 45–60 ms for 2.3 MB, where
//! the same parse takes 16 ms once optimised. So while a large manifest is
//! still arriving, [`WarmUp`] parses the page's small default manifest a few
//! times per task and loads it as a page would; the browser optimises those
//! functions in the background, and the real text, when it is complete, is
//! parsed by optimised code. Each task is short and yields to the
//! network's, so the download is not held up; the work stops when it ends.
//!
//! Measured at 2.3 MB over a 50 Mbit/s link (`bench/filter.mjs --throttle
//! 50`): the parse takes 9 ms instead of 26, and the page is painted 30 ms
//! sooner. Over the loopback interface the download is too quick to use
//! (see [`WARM_UP_AFTER`]) and nothing changes.
//!
//! ```ignore
//! let warm = WarmUp::start();   // the response's headers say it is large
//! let bytes = response.binary().await;
//! drop(warm);                   // stops at the end of its current task
//! ```

use crate::schedule::Timeout;
use crate::source::Loaded;
use std::cell::Cell;
use std::rc::Rc;
use teampage_core::manifest::validate::parse_bytes;

/// A manifest is worth a warm-up from this size (its `Content-Length`):
/// smaller ones parse in a few milliseconds even unoptimised.
pub const WARM_UP_FROM_BYTES: u64 = 128 * 1024;

/// What the warm-up parses: the default manifest (8.8 KB), which has every
/// kind of field a manifest has.
const SAMPLE: &str = include_str!("../public/team.json");

/// Parses of [`SAMPLE`] per task: about 1 ms unoptimised, so that the
/// network's tasks are never held up for long.
const PARSES_PER_TASK: usize = 2;

/// The warm-up begins only when the body is still arriving this long after
/// the headers: a download that fast leaves no idle time to use (on the
/// loopback interface, 2.3 MB take about 30 ms), and the first parses, by
/// unoptimised code, would only hold up its end.
pub const WARM_UP_AFTER: std::time::Duration = std::time::Duration::from_millis(50);

/// At most this many tasks (about 300 parses: past that the parse is no
/// faster, measured at 2.3 MB).
const MAX_TASKS: usize = 150;

/// A running warm-up; dropping it stops it.
pub struct WarmUp {
    state: Rc<State>,
}

struct State {
    stopped: Cell<bool>,
    parses: Cell<usize>,
    /// The wait of [`WARM_UP_AFTER`], ended by `stop`: a quick download must
    /// not leave a timer whose late wake-up runs wasm after the page's first
    /// frame.
    wait: Timeout,
}

impl WarmUp {
    /// Starts warming up, in tasks of its own, after [`WARM_UP_AFTER`];
    /// it runs until stopped or dropped (or for [`MAX_TASKS`] tasks).
    pub fn start() -> Self {
        let state = Rc::new(State {
            stopped: Cell::new(false),
            parses: Cell::new(0),
            wait: Timeout::new(WARM_UP_AFTER),
        });
        let shared = state.clone();
        wasm_bindgen_futures::spawn_local(async move {
            shared.wait.wait().await;
            if shared.stopped.get() {
                return;
            }
            for _ in 0..MAX_TASKS {
                // A task boundary first: the network's tasks go in between,
                // and a body already complete stops the warm-up.
                crate::schedule::next_task().await;
                if shared.stopped.get() {
                    return;
                }
                for _ in 0..PARSES_PER_TASK {
                    // The page's own entry: bytes, as fetched.
                    if let Ok(parsed) = parse_bytes(SAMPLE.as_bytes()) {
                        // Loading it readies the page's tree, built right
                        // after the real parse.
                        drop(Loaded::new(parsed.manifest, parsed.warnings));
                    }
                    shared.parses.set(shared.parses.get() + 1);
                }
            }
        });
        WarmUp { state }
    }

    /// Stops it: no parse starts after this call, and a pending wait ends
    /// now (its timer is cleared).
    pub fn stop(&self) {
        self.state.stopped.set(true);
        self.state.wait.end();
    }

    /// Whether it is still waiting for [`WARM_UP_AFTER`] to pass (its timer set).
    pub fn waiting(&self) -> bool {
        self.state.wait.is_pending()
    }

    /// How many times it has parsed its sample so far.
    pub fn parses(&self) -> usize {
        self.state.parses.get()
    }
}

impl Drop for WarmUp {
    fn drop(&mut self) {
        self.stop();
    }
}
