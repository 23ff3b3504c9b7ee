//! Work deferred past the next painted frame, or to a task of its own.
//!
//! A keystroke that opens hundreds of cards builds the top of the page at
//! once and the rest after its frame has been painted, in short batches at
//! background priority: input events, frames and other tasks run between
//! them.
//!
//! ```no_run
//! teampage::schedule::after_paint(|| web_sys::console::log_1(&"painted".into()));
//! ```

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Runs `f` after the next frame is painted: a `scheduler.postTask` task of
/// `background` priority queued from that frame's callbacks, or a zero
/// timeout where `scheduler.postTask` does not exist.
///
/// The frame's callback is a bound JavaScript function
/// (`postTask.bind(scheduler, f, options)`), made here: the frame that shows
/// a keystroke's result runs no wasm for it (bench/RESULTS.md).
pub fn after_paint(f: impl FnOnce() + 'static) {
    if let (Some(window), Some(queue)) = (web_sys::window(), queue_task(f)) {
        // A refused call (it should not happen) drops `f`.
        let _ = window.request_animation_frame(&queue);
    }
}

/// Runs `f` in a task of its own at background priority
/// (`scheduler.postTask`), or after a zero timeout: input, frames and other
/// tasks run first.
///
/// A future runs through `spawn_local` inside `f`:
///
/// ```no_run
/// teampage::schedule::background_task(|| {
///     leptos::task::spawn_local(async { teampage::schedule::next_task().await });
/// });
/// ```
pub fn background_task(f: impl FnOnce() + 'static) {
    if let Some(queue) = queue_task(f) {
        let _ = queue.call0(&JsValue::UNDEFINED);
    }
}

/// The browser's clock, in milliseconds (`performance.now()`); 0 where there
/// is none.
///
/// ```no_run
/// let deadline = teampage::schedule::now() + 5.0;
/// assert!(teampage::schedule::now() < deadline);
/// ```
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// A JavaScript function that, when called, queues `f` as a background task
/// (`scheduler.postTask` bound to `f` and its options, or `setTimeout` bound
/// to `f`); `None` without a window.
fn queue_task(f: impl FnOnce() + 'static) -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    let callback = Closure::once_into_js(f);
    Some(match post_task() {
        Some((scheduler, post)) => post
            .bind2(&scheduler, &callback, &background())
            .unchecked_into(),
        None => js_sys::Reflect::get(&window, &JsValue::from_str("setTimeout"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .bind1(&window, &callback)
            .unchecked_into(),
    })
}

/// Resolves in a task of its own: lets the browser run what is queued (input,
/// network data) before going on. A `MessageChannel` message (not clamped
/// like nested timeouts), or a zero timeout where that fails.
///
/// ```no_run
/// # async fn demo(work: Vec<u32>) {
/// for chunk in work.chunks(100) {
///     let _sum: u32 = chunk.iter().sum();
///     teampage::schedule::next_task().await;
/// }
/// # }
/// ```
pub async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return sleep(std::time::Duration::ZERO).await;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
        let _ = channel.port2().post_message(&JsValue::UNDEFINED);
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after `delay` (a timeout).
///
/// ```no_run
/// # async fn demo() {
/// teampage::schedule::sleep(std::time::Duration::from_millis(50)).await;
/// # }
/// ```
pub async fn sleep(delay: std::time::Duration) {
    Timeout::new(delay).wait().await;
}

/// A timeout that can be ended early: the browser's timer resolves a
/// promise, so that ending it clears the timer and nothing runs later.
///
/// ```no_run
/// use std::{rc::Rc, time::Duration};
/// use teampage::schedule::Timeout;
/// let timeout = Rc::new(Timeout::new(Duration::from_millis(50)));
/// let t = timeout.clone();
/// leptos::task::spawn_local(async move { t.wait().await });
/// timeout.end(); // the wait returns now; the timer never fires
/// ```
pub struct Timeout {
    promise: js_sys::Promise,
    /// Until it has passed or been ended: the promise's `resolve` and the
    /// timer (`None` without a window: then it has passed at once).
    pending: RefCell<Option<(js_sys::Function, Option<i32>)>>,
}

impl Timeout {
    /// Starts a timeout of `delay`.
    pub fn new(delay: std::time::Duration) -> Self {
        let mut pending = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let millis = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
            let timer = web_sys::window().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis)
                    .ok()
            });
            if timer.is_none() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
            pending = Some((resolve, timer));
        });
        Timeout {
            promise,
            pending: RefCell::new(pending),
        }
    }

    /// Returns once the timeout has passed or been ended.
    pub async fn wait(&self) {
        let _ = JsFuture::from(self.promise.clone()).await;
        self.pending.borrow_mut().take();
    }

    /// Ends it now: its timer is cleared and [`Timeout::wait`] returns.
    pub fn end(&self) {
        let pending = self.pending.borrow_mut().take();
        if let Some((resolve, timer)) = pending {
            if let (Some(w), Some(t)) = (web_sys::window(), timer) {
                w.clear_timeout_with_handle(t);
            }
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    /// Whether it has neither passed (as seen by a finished `wait`) nor been
    /// ended.
    pub fn is_pending(&self) -> bool {
        self.pending.borrow().is_some()
    }
}

/// The options of a background task: `{ priority: "background" }`.
fn background() -> js_sys::Object {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("priority"),
        &JsValue::from_str("background"),
    );
    options
}

/// `scheduler` and its `postTask`, where the browser has them.
fn post_task() -> Option<(JsValue, js_sys::Function)> {
    let scheduler =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("scheduler")).ok()?;
    if !scheduler.is_object() {
        return None;
    }
    let post = js_sys::Reflect::get(&scheduler, &JsValue::from_str("postTask"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((scheduler, post))
}
