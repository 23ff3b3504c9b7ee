//! Work deferred past the next painted frame.
//!
//! A keystroke that opens hundreds of cards builds the top of the page at
//! once and the rest in batches, each after a frame has been painted, at
//! background priority: the browser paints first, and input events and
//! other tasks run before the next batch.
//!
//! ```ignore
//! teampage::schedule::after_paint(move || state.build_pending(BUDGET));
//! ```

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Runs `f` after the next frame is painted: a `scheduler.postTask` task of
/// `background` priority queued from that frame's callbacks, or a zero
/// timeout where `scheduler.postTask` does not exist.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        if let Err(f) = post_background_task(f) {
            set_timeout(f, std::time::Duration::ZERO);
        }
    });
}

/// Queues `f` with `scheduler.postTask(f, { priority: "background" })`, or
/// gives it back when the browser has no such API.
fn post_background_task<F: FnOnce() + 'static>(f: F) -> Result<(), F> {
    let global = js_sys::global();
    let Ok(scheduler) = js_sys::Reflect::get(&global, &JsValue::from_str("scheduler")) else {
        return Err(f);
    };
    if !scheduler.is_object() {
        return Err(f);
    }
    let post = js_sys::Reflect::get(&scheduler, &JsValue::from_str("postTask"))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Function>().ok());
    let Some(post) = post else {
        return Err(f);
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("priority"),
        &JsValue::from_str("background"),
    );
    let callback = Closure::once_into_js(f);
    // A refused call (it should not happen) would drop this batch: the next
    // filter change queues it again.
    let _ = post.call2(&scheduler, &callback, &options);
    Ok(())
}
