// The host page's script of embed.html: the `mount()` form and the Rust form.
import { mount } from './team-page.js';

window.teampageHandle = mount(document.getElementById('js-form'), {
  manifest: 'datasets/rust-lang-teams.json',
  filter: '',
  view: 'teams',
});

// The Rust form: examples/embed_in_leptos.rs, built by scripts/build-examples.sh.
import('./leptos-example/embed_in_leptos.js')
  .then(({ default: init }) => init({ module_or_path: new URL('./leptos-example/embed_in_leptos_bg.wasm', import.meta.url) }))
  .catch((e) => {
    document.getElementById('leptos-app').textContent = `The Rust example is not built: run scripts/build-examples.sh (${e})`;
  });
