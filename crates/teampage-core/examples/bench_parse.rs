//! Benchmark: parses and validates a manifest N times, prints min, median
//! and p90 in ms and the throughput at the median. Run through
//! `scripts/bench-parse.sh`, or:
//!
//! ```text
//! cargo run --release -p teampage-core --example bench_parse -- [FILE] [N]
//! ```
//!
//! FILE defaults to public/datasets/kubernetes-community.json, N to 200.

use std::time::{Duration, Instant};
use teampage_core::manifest::parse;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/datasets/kubernetes-community.json"
        )
        .to_string()
    });
    let n: usize = match args.next().map(|s| s.parse()) {
        None => 200,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("usage: bench_parse [FILE] [N>0]");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2);
    });

    // Warm up (and check that the file is valid: a benchmark of the error
    // path would measure something else).
    let parsed = match parse(&text) {
        Ok(p) => p,
        Err(errors) => {
            eprintln!(
                "{file}: not a valid manifest ({} errors), e.g.:",
                errors.len()
            );
            for e in errors.iter().take(5) {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    };
    let mut teams = 0;
    parsed.manifest.team.walk(&mut |_, _| teams += 1);
    for _ in 0..3 {
        std::hint::black_box(parse(std::hint::black_box(&text)).is_ok());
    }

    println!("{file}: {} bytes, {teams} teams, {n} runs", text.len());
    let times = measure(n, || parse(std::hint::black_box(&text)).is_ok());
    report("parse + validate", &times, text.len());
    // For comparison: serde_json's own tree of the text, no model, no checks.
    let times = measure(n, || {
        serde_json::from_str::<serde_json::Value>(std::hint::black_box(&text)).is_ok()
    });
    report(
        "serde_json::from_str::<Value> alone (no model, no validation)",
        &times,
        text.len(),
    );
}

/// Runs `f` `n` times; the sorted durations.
fn measure(n: usize, mut f: impl FnMut() -> bool) -> Vec<Duration> {
    let mut times: Vec<Duration> = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        let ok = f();
        times.push(start.elapsed());
        std::hint::black_box(ok);
    }
    times.sort();
    times
}

fn report(what: &str, times: &[Duration], bytes: usize) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let (min, median, p90) = (times[0], pick(0.5), pick(0.9));
    println!(
        "{what}:\n  min {:.3} ms   median {:.3} ms   p90 {:.3} ms   {:.1} MB/s at the median",
        ms(min),
        ms(median),
        ms(p90),
        bytes as f64 / 1e6 / median.as_secs_f64()
    );
}
