//! The standalone site: mounts the team page on `index.html`'s body.
fn main() {
    teampage::embed::mount_standalone();
}

// The allocator of the page's own build (a library leaves that choice to
// the app it is part of): talc parses a large manifest faster than Rust's
// default dlmalloc in code the browser has not optimised yet (bench/RESULTS.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
