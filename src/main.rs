//! The standalone site: mounts the team page on `index.html`'s body.
fn main() {
    teampage::embed::mount_standalone();
}
