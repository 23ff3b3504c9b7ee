//! Times `parse_bytes` on a manifest file: `cargo run --release --example parse -- FILE [RUNS]`.
use std::time::Instant;
use teampage_core::manifest::validate::parse_bytes;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: parse FILE [RUNS]");
    let runs: usize = args
        .next()
        .map_or(20, |r| r.parse().expect("RUNS is a number"));
    let bytes = std::fs::read(&file).expect("readable file");
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let parsed = parse_bytes(&bytes);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(parsed.is_ok(), "{file} is not a valid manifest");
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{file}: parse_bytes median {:.2} ms, min {:.2} ms ({runs} runs)",
        times[runs / 2],
        times[0]
    );
}
