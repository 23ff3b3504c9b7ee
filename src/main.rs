//! The standalone site: mounts the team page on `index.html`'s body.
fn main() {
    teampage::embed::mount_standalone();
}

// The allocator of the page's own build (a library leaves that choice to
// the app it is part of). Talc instead of Rust's default dlmalloc: the page
// allocates most while it loads a manifest, in code the browser has not
// optimised yet, and there the parse of 10,000 people took 4-5 ms less
// (medians of 15, 21 and 40 interleaved loads; bench/RESULTS.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
