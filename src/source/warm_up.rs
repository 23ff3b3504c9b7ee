//! Readying the manifest parser while a large manifest downloads.
//!
//! WebAssembly runs first unoptimised; the browser optimises a function only
//! after it has run for a while. So while a large manifest is still
//! arriving, [`WarmUp`] parses the small default manifest in short tasks, and
//! the real text is then parsed by optimised code (bench/RESULTS.md).
//!
//! ```no_run
//! let warm = teampage::source::warm_up::WarmUp::start(); // the body is large
//! // ... read the body ...
//! drop(warm); // stops at the end of its current task
//! ```

use crate::schedule::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use teampage_core::manifest::parse_bytes;
use teampage_core::tree::TeamTree;

/// A manifest is worth a warm-up from this size (its `Content-Length`):
/// smaller ones parse in a few milliseconds even unoptimised.
pub const WARM_UP_FROM_BYTES: u64 = 128 * 1024;

/// What the warm-up parses: the default manifest, which has every kind of
/// field a manifest has.
const SAMPLE: &str = include_str!("../../public/team.json");

/// Parses of [`SAMPLE`] per task: short enough that the network's tasks are
/// never held up for long.
const PARSES_PER_TASK: usize = 2;

/// The warm-up begins only when the body is still arriving this long after
/// the headers: a faster download leaves no idle time to use, and the first
/// parses would only hold up its end.
pub const WARM_UP_AFTER: std::time::Duration = std::time::Duration::from_millis(50);

/// At most this many tasks: past that the parse is no faster.
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
                        // The tree is built right after the real parse.
                        drop(TeamTree::new(parsed.manifest.team));
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
