//! Times the filter on a manifest: building the index, then rare, common,
//! multi-word, technology and empty queries, printing medians in ms.
//!
//! ```text
//! node scripts/gen-manifest.mjs --people 50000 --teams 2000 --seed 1 > /tmp/big.json
//! cargo run --release -p teampage-core --example bench_filter -- /tmp/big.json [runs]
//! ```

use std::time::{Duration, Instant};

use teampage_core::filter::{marks, Index, Query};
use teampage_core::manifest::parse;
use teampage_core::tree::TeamTree;

fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1e3
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = std::hint::black_box(f());
        times.push(t.elapsed());
        last = Some(out);
    }
    let max = times
        .iter()
        .max()
        .copied()
        .unwrap_or_default()
        .as_secs_f64()
        * 1e3;
    (median_ms(times), max, last.expect("at least one run"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: bench_filter MANIFEST.json [runs]");
        std::process::exit(2);
    };
    let runs: usize = args
        .next()
        .map_or(50, |r| r.parse().expect("runs: a number"));

    let t = Instant::now();
    let text = std::fs::read_to_string(&path).expect("read manifest");
    let manifest = match parse(&text) {
        Ok(parsed) => parsed.manifest,
        Err(errors) => {
            for e in errors.iter().take(10) {
                eprintln!("{e:?}");
            }
            eprintln!("{path}: {} errors", errors.len());
            std::process::exit(1);
        }
    };
    let parse_ms = t.elapsed().as_secs_f64() * 1e3;

    let tree = TeamTree::new(manifest.team.clone());
    let (build, build_max, index) = time(runs.clamp(1, 10), || Index::new(&tree));
    println!(
        "{path}: {} bytes, {} teams, {} people; parse+validate {parse_ms:.1} ms; Index::new median {build:.2} ms (max {build_max:.2})",
        text.len(),
        tree.len(),
        index.people().len(),
    );

    let techs = tree.technologies();
    let top_tech = techs.first().map(|t| t.0.clone());
    // A real person: their full name, and their surname alone.
    let someone = index
        .people()
        .get(index.people().len() / 3)
        .map_or("Nobody Atall".to_string(), |p| p.name.clone());
    let surname = someone
        .split_whitespace()
        .last()
        .unwrap_or("x")
        .to_lowercase();
    let mut queries: Vec<(String, Query)> = vec![
        ("empty".into(), Query::default()),
        ("rare word (no match)".into(), Query::new("zqxj", &[])),
        (format!("full name {someone:?}"), Query::new(&someone, &[])),
        (format!("surname {surname:?}"), Query::new(&surname, &[])),
        ("common word \"a\"".into(), Query::new("a", &[])),
        ("common word \"son\"".into(), Query::new("son", &[])),
        ("people word \"lukasz\"".into(), Query::new("lukasz", &[])),
        (
            "two words \"joanna borun\"".into(),
            Query::new("joanna borun", &[]),
        ),
        (
            "three words \"data ops e\"".into(),
            Query::new("data ops e", &[]),
        ),
    ];
    if let Some(t) = &top_tech {
        queries.push((
            format!("tech {t:?}"),
            Query::new("", std::slice::from_ref(t)),
        ));
        queries.push((
            format!("tech {t:?} + \"mar\""),
            Query::new("mar", std::slice::from_ref(t)),
        ));
    }
    // Typing a name keystroke by keystroke.
    let typed = "mühlenhoff";
    let prefixes: Vec<Query> = typed
        .char_indices()
        .map(|(i, c)| Query::new(&typed[..i + c.len_utf8()], &[]))
        .collect();

    for (label, q) in &queries {
        let (med, max, out) = time(runs, || index.run(q));
        println!(
            "  run {label:<32} median {med:7.3} ms  max {max:7.3} ms  -> {} teams, {} people",
            out.team_count, out.people_count
        );
    }
    let (med, max, _) = time(runs, || {
        prefixes
            .iter()
            .map(|q| index.run(q).team_count)
            .sum::<usize>()
    });
    println!(
        "  typing {typed:?} ({} keystrokes)    median {med:7.3} ms  max {max:7.3} ms (all keystrokes)",
        prefixes.len()
    );
    // Highlighting every shown person's name for a common query.
    let q = Query::new("an", &[]);
    let out = index.run(&q);
    let (med, max, n) = time(runs.clamp(1, 20), || {
        index
            .people()
            .iter()
            .zip(&out.person_shown)
            .filter(|(_, &s)| s)
            .map(|(p, _)| marks(&p.name, &q).len())
            .sum::<usize>()
    });
    println!(
        "  marks on {} shown names for \"an\"       median {med:7.3} ms  max {max:7.3} ms ({n} ranges)",
        out.people_count
    );
}
