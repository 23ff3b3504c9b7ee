//! The filter on the real-world manifests of `public/datasets/` and on the
//! seed, checked against a naive reference implementation of the rules.

mod common;
use common::{index_of, Indexed};

use std::collections::{BTreeSet, HashSet};

use teampage_core::filter::{fold, Index, Outcome, PeopleShown, Query};
use teampage_core::manifest::{Manifest, Team};

fn load(rel: &str) -> Manifest {
    let path = format!("{}/../../public/{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    teampage_core::manifest::parse(&text)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
        .manifest
}

fn kubernetes() -> Manifest {
    load("datasets/kubernetes-community.json")
}

fn rust() -> Manifest {
    load("datasets/rust-lang-teams.json")
}

fn seed() -> Manifest {
    load("team.json")
}

fn q(text: &str) -> Query {
    Query::new(text, &[])
}

/// Names shown in the flat list.
fn shown(index: &Index, out: &Outcome) -> Vec<String> {
    index
        .people()
        .iter()
        .zip(&out.person_shown)
        .filter(|(_, &s)| s)
        .map(|(p, _)| p.name.clone())
        .collect()
}

#[test]
fn dataset_counts() {
    let k = index_of(&kubernetes().team);
    assert_eq!(k.tree.len(), 275);
    assert_eq!(k.people().len(), 143);
    assert_eq!((0..275).map(|i| k.tree.depth(i)).max(), Some(3));
    assert_eq!(k.tree.subtree(0), 0..275);
    let r = index_of(&rust().team);
    assert_eq!(r.tree.len(), 160);
    assert_eq!(r.people().len(), 402);
    assert_eq!((0..160).map(|i| r.tree.depth(i)).max(), Some(4));
    let all = r.run(&Query::default());
    assert_eq!((all.team_count, all.people_count), (160, 402));
    // Memberships add up to the entries (leads are not repeated in members).
    let entries: usize = r.people().iter().map(|p| p.memberships.len()).sum();
    assert_eq!(entries, 991);
    let entries: usize = k.tree.teams().iter().map(|t| t.own_people().count()).sum();
    assert_eq!(entries, 191);
}

#[test]
fn real_accented_names_are_found_with_plain_ascii() {
    let k = index_of(&kubernetes().team);
    for (typed, name) in [
        ("tuznik", "Kuba Tużnik"),
        ("krepinsky", "Filip Křepinský"),
        ("jan safranek", "Jan Šafránek"),
        ("mudrinic", "Marko Mudrinić"),
        ("skoczen", "Maciej Skoczeń"),
        ("michal wozniak", "Michał Woźniak"),
        ("veronica lopez", "Verónica López"),
        ("LAZNICKA", "Standa Láznička"),
        ("徐俊杰", "Paco Xu 徐俊杰"),
    ] {
        let out = k.run(&q(typed));
        assert_eq!(shown(&k, &out), [name], "{typed}");
        assert!(out.team_count >= 1, "{typed}");
    }
    let r = index_of(&rust().team);
    for (typed, name) in [
        ("donszelmann", "Jana Dönszelmann"),
        ("parmaksiz", "Orhun Parmaksız"),  // dotless ı
        ("laurentiu", "Laurențiu Nicola"), // t with comma below
        ("sosthene guedon", "Sosthène Guédon"),
        ("mikula", "Mateusz Mikuła"), // ł
        ("remy rakic", "Rémy Rakic"),
        ("Gardstrom", "Emil Gardström"),
        ("cárdenas", "Román Cárdenas"),
    ] {
        let out = r.run(&q(typed));
        assert_eq!(shown(&r, &out), [name], "{typed}");
    }
}

#[test]
fn every_person_is_found_by_their_name_and_every_team_by_its_name() {
    for m in [kubernetes(), rust(), seed()] {
        let index = index_of(&m.team);
        for (i, p) in index.people().iter().enumerate() {
            let out = index.run(&q(&p.name));
            assert!(out.person_shown[i], "{}", p.name);
            for ms in &p.memberships {
                assert!(out.matched[ms.team], "{} in {}", p.name, ms.team);
            }
            // Typed without accents, in capitals.
            let plain = fold(&p.name).to_uppercase();
            assert!(index.run(&q(&plain)).person_shown[i], "{plain}");
        }
        for (i, t) in index.tree.teams().iter().enumerate() {
            let out = index.run(&q(&t.name));
            assert!(out.matched[i], "{}", t.name);
            // Its whole subtree matches too (ancestor names are context).
            assert!(
                out.matched[index.tree.subtree(i)].iter().all(|&m| m),
                "{}",
                t.name
            );
        }
    }
}

#[test]
fn kubernetes_multi_word_and_context() {
    let k = index_of(&kubernetes().team);
    let node = k
        .tree
        .teams()
        .iter()
        .position(|t| t.name == "Node")
        .expect("SIG Node");
    let out = k.run(&q("node"));
    assert!(out.matched[node]);
    assert!(!out.open[node] || k.tree.subtree(node).len() > 1);
    // The root and "Special Interest Groups" stay as context.
    assert!(out.shown[0]);
    let sigs = k.tree.find("special-interest-groups").unwrap();
    assert!(out.shown[sigs] && out.open[sigs]);
    // More words never widen the result.
    let narrower = k.run(&q("node kubelet"));
    assert!(narrower.team_count <= out.team_count);
    for i in 0..k.tree.len() {
        assert!(!narrower.matched[i] || out.matched[i]);
    }
}

// ---------------------------------------------------------------------------
// A naive reference implementation of the documented rules, straight from
// the model, compared with `Index::run` on many queries.

struct RefTeam {
    parent: Option<usize>,
    ctx: Vec<String>,
    techs: Vec<String>,
    people: Vec<(String, Vec<String>)>,
}

fn flatten(root: &Team) -> Vec<RefTeam> {
    fn go(t: &Team, parent: Option<usize>, anc: &mut Vec<String>, out: &mut Vec<RefTeam>) {
        let me = out.len();
        let mut ctx = vec![fold(&t.name)];
        ctx.extend(t.short_name.iter().map(|s| fold(s)));
        ctx.extend(t.aliases.iter().map(|a| fold(&a.name)));
        ctx.extend(t.summary.iter().map(|s| fold(s)));
        ctx.extend(t.technologies.iter().map(|s| fold(s)));
        for c in &t.channels {
            ctx.push(fold(&c.channel));
            ctx.extend(c.description.iter().map(|s| fold(s)));
        }
        ctx.extend(anc.iter().cloned());
        let people = t
            .own_people()
            .map(|p| {
                let mut f = vec![fold(&p.name)];
                f.extend(p.role.iter().map(|s| fold(s)));
                f.extend(p.irc_nick.iter().map(|s| fold(s)));
                (p.name.clone(), f)
            })
            .collect();
        out.push(RefTeam {
            parent,
            ctx,
            techs: t.technologies.iter().map(|s| fold(s)).collect(),
            people,
        });
        let n = anc.len();
        anc.push(fold(&t.name));
        anc.extend(t.short_name.iter().map(|s| fold(s)));
        for s in &t.subteams {
            go(s, Some(me), anc, out);
        }
        anc.truncate(n);
    }
    let mut out = Vec::new();
    go(root, None, &mut Vec::new(), &mut out);
    out
}

/// (matched, shown, open, people, shown names, team_count)
type RefOut = (
    Vec<bool>,
    Vec<bool>,
    Vec<bool>,
    Vec<PeopleShown>,
    BTreeSet<String>,
    usize,
);

fn reference(teams: &[RefTeam], query: &Query) -> RefOut {
    let n = teams.len();
    let has = |fields: &[String], w: &str| fields.iter().any(|f| f.contains(w));
    let mut matched = vec![false; n];
    let mut via = vec![false; n];
    let mut people = vec![PeopleShown::None; n];
    let mut names = BTreeSet::new();
    for (i, t) in teams.iter().enumerate() {
        let tech_ok = query
            .techs
            .iter()
            .all(|qt| t.techs.contains(&fold(qt.trim())));
        if !tech_ok {
            continue;
        }
        let missing: Vec<&String> = query.words.iter().filter(|w| !has(&t.ctx, w)).collect();
        if missing.is_empty() {
            matched[i] = true;
            people[i] = PeopleShown::All;
            names.extend(t.people.iter().map(|p| p.0.clone()));
            continue;
        }
        if missing
            .iter()
            .all(|w| t.people.iter().any(|p| has(&p.1, w)))
        {
            matched[i] = true;
            via[i] = true;
            let mut keep = Vec::new();
            for (j, p) in t.people.iter().enumerate() {
                if missing.iter().any(|w| has(&p.1, w)) {
                    keep.push(j as u32);
                    names.insert(p.0.clone());
                }
            }
            people[i] = PeopleShown::Some(keep);
        }
    }
    let mut desc = vec![false; n];
    for (i, t) in teams.iter().enumerate() {
        if matched[i] {
            let mut p = t.parent;
            while let Some(a) = p {
                desc[a] = true;
                p = teams[a].parent;
            }
        }
    }
    let shown = (0..n).map(|i| matched[i] || desc[i]).collect();
    let open = (0..n).map(|i| desc[i] || via[i]).collect();
    let count = matched.iter().filter(|&&m| m).count();
    (matched, shown, open, people, names, count)
}

/// A tiny deterministic PRNG (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Random query words: pieces of real names, summaries and technologies, in
/// random case, plus some words nobody has.
fn random_words(teams: &[RefTeam], rng: &mut Rng) -> Vec<String> {
    let mut words = Vec::new();
    for _ in 0..(1 + rng.below(3)) {
        let t = &teams[rng.below(teams.len())];
        let source: Vec<&String> = match rng.below(3) {
            0 if !t.people.is_empty() => t.people[rng.below(t.people.len())].1.iter().collect(),
            1 => t.ctx.iter().collect(),
            _ => t.ctx.iter().take(1).collect(),
        };
        let field = source[rng.below(source.len())];
        let pieces: Vec<&str> = field.split_whitespace().collect();
        if pieces.is_empty() {
            continue;
        }
        let piece: Vec<char> = pieces[rng.below(pieces.len())].chars().collect();
        let len = 1 + rng.below(piece.len().min(6));
        let start = rng.below(piece.len() - len + 1);
        let mut w: String = piece[start..start + len].iter().collect();
        if rng.below(2) == 0 {
            w = w.to_uppercase();
        }
        if rng.below(10) == 0 {
            w.push_str("qx");
        }
        words.push(w);
    }
    words
}

fn check_against_reference(m: &Manifest, runs: usize, seed: u64) {
    let index = index_of(&m.team);
    let teams = flatten(&m.team);
    assert_eq!(teams.len(), index.tree.len());
    let all_techs: Vec<String> = index
        .tree
        .technologies()
        .iter()
        .map(|t| t.0.clone())
        .collect();
    let mut rng = Rng(seed);
    let mut nonempty = 0;
    for run in 0..runs {
        let words = random_words(&teams, &mut rng);
        let mut techs = Vec::new();
        if !all_techs.is_empty() && rng.below(4) == 0 {
            for _ in 0..(1 + rng.below(2)) {
                techs.push(all_techs[rng.below(all_techs.len())].clone());
            }
        }
        let query = Query::new(&words.join(" "), &techs);
        let out = index.run(&query);
        let (matched, shown_r, open, people, names, count) = reference(&teams, &query);
        let ctx = format!("run {run}: {query:?}");
        assert_eq!(out.matched, matched, "{ctx}");
        assert_eq!(out.shown, shown_r, "{ctx}");
        assert_eq!(out.open, open, "{ctx}");
        assert_eq!(out.people, people, "{ctx}");
        assert_eq!(out.team_count, count, "{ctx}");
        let got: BTreeSet<String> = shown(&index, &out).into_iter().collect();
        assert_eq!(got, names, "{ctx}");
        assert_eq!(out.people_count, names.len(), "{ctx}");
        check_invariants(&index, &out);
        if out.team_count > 0 {
            nonempty += 1;
        }
    }
    assert!(
        nonempty > runs / 4,
        "queries too rare to test much: {nonempty}"
    );
}

/// Structural properties any outcome has.
fn check_invariants(index: &Indexed, out: &Outcome) {
    let teams = index.tree.teams();
    for (i, t) in teams.iter().enumerate() {
        if out.matched[i] || out.open[i] {
            assert!(out.shown[i]);
        }
        if out.shown[i] {
            if let Some(p) = index.tree.parent(i) {
                assert!(out.shown[p] && out.open[p]);
            }
        }
        match &out.people[i] {
            PeopleShown::None => {}
            PeopleShown::All => assert!(out.matched[i]),
            PeopleShown::Some(v) => {
                assert!(out.matched[i] && out.open[i] && !v.is_empty());
                assert!(v.windows(2).all(|w| w[0] < w[1]));
                assert!(v.iter().all(|&j| (j as usize) < t.own_people().count()));
            }
        }
    }
    // person_shown is exactly the people shown in some team.
    let mut from_teams = HashSet::new();
    for i in 0..teams.len() {
        let ppl = index.team_people(i);
        match &out.people[i] {
            PeopleShown::All => from_teams.extend(ppl.iter().copied()),
            PeopleShown::Some(v) => from_teams.extend(v.iter().map(|&j| ppl[j as usize])),
            PeopleShown::None => {}
        }
    }
    let flags: HashSet<u32> = (0..index.people().len() as u32)
        .filter(|&p| out.person_shown[p as usize])
        .collect();
    assert_eq!(flags, from_teams);
}

#[test]
fn matches_the_reference_on_kubernetes() {
    check_against_reference(&kubernetes(), 400, 0x9E37_79B9_7F4A_7C15);
}

#[test]
fn matches_the_reference_on_rust() {
    check_against_reference(&rust(), 400, 0xD1B5_4A32_D192_ED03);
}

#[test]
fn matches_the_reference_on_the_seed() {
    check_against_reference(&seed(), 400, 42);
}

// ---------------------------------------------------------------------------
// Generated manifests (scripts/gen-manifest.mjs), when node is installed.

fn generate(people: usize, teams: usize, seed: u64) -> Option<String> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/gen-manifest.mjs"
    );
    let out = std::process::Command::new("node")
        .arg(script)
        .args(["--people", &people.to_string()])
        .args(["--teams", &teams.to_string()])
        .args(["--seed", &seed.to_string()])
        .output();
    match out {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8(out.stdout).expect("UTF-8"))
        }
        Err(e) => {
            eprintln!("node not available ({e}): generated manifests not tested");
            None
        }
    }
}

#[test]
fn generated_manifests_are_valid_and_match_the_reference() {
    let Some(text) = generate(3000, 150, 7) else {
        return;
    };
    // Deterministic: the same seed gives the same bytes.
    assert_eq!(generate(3000, 150, 7).as_deref(), Some(text.as_str()));
    assert_ne!(generate(3000, 150, 8).as_deref(), Some(text.as_str()));

    let parsed = teampage_core::manifest::parse(&text)
        .unwrap_or_else(|e| panic!("generated manifest refused: {:?}", &e[..e.len().min(5)]));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let m = parsed.manifest;
    let index = index_of(&m.team);
    assert_eq!(index.tree.len(), 150);
    assert_eq!(index.people().len(), 3000);
    assert!((0..150).map(|i| index.tree.depth(i)).max() <= Some(4));
    // Accented names are there and found in plain ASCII.
    let accented = index
        .people()
        .iter()
        .position(|p| !p.name.is_ascii())
        .expect("accented names");
    let name = &index.people()[accented].name;
    assert!(index.run(&q(&fold(name))).person_shown[accented], "{name}");
    check_against_reference(&m, 300, 7);
}

#[test]
fn the_trees_people_counts_agree_with_the_index() {
    for m in [seed(), kubernetes(), rust()] {
        let index = index_of(&m.team);
        for i in 0..index.tree.len() {
            let unique: HashSet<u32> = index
                .tree
                .subtree(i)
                .flat_map(|j| index.team_people(j).iter().copied())
                .collect();
            assert_eq!(index.tree.subtree_people(i), unique.len(), "team {i}");
        }
        assert_eq!(index.tree.person_count(), index.people().len());
    }
}
