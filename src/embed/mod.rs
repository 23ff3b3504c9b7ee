//! Embedding: the standalone mount, the JavaScript `mount()` API (wrapped by
//! `public/team-page.js`, which also defines the `<team-page>` element).

mod mount;

pub use mount::{mount_json, mount_standalone, MountHandle, MountOptions};
