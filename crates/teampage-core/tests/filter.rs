//! The filter's semantics on a small fixture built from the model, and on the
//! seed manifest `public/team.json`.

mod common;
use common::{index_of, Indexed};

use teampage_core::filter::{Index, Membership, PeopleShown, Query};
use teampage_core::manifest::{Alias, Channel, Manifest, Person, Team};

fn person(name: &str) -> Person {
    Person {
        name: name.into(),
        ..Default::default()
    }
}

fn people(names: &[&str]) -> Vec<Person> {
    names.iter().map(|n| person(n)).collect()
}

fn team(id: &str, name: &str) -> Team {
    Team {
        id: id.into(),
        name: name.into(),
        ..Default::default()
    }
}

/// ```text
/// 0 sre          Site Reliability Engineering (SRE)   leads: Mark Bergsma (Director)
/// 1   infra      Infrastructure Foundations           leads: Joanna Boruń; members: John Bond, Moritz Mühlenhoff (moritzm), Chris Danis
/// 2     o11y     Observability (o11y)                 leads: Leo Mata; members: Filippo Giunchedi       techs: Grafana, Prometheus
/// 3   serviceops Service Operations                   leads: Wolfgang Kandek; members: Effie Mouzeli, John Bond   techs: MediaWiki, Kubernetes, prometheus
/// 4     traffic  Traffic                              leads: Brandon Black; members: Valentín Gutiérrez, Sukhbir Singh   techs: ATS, Varnish, DNS
/// 5   dcops      Data Center Operations               members: (none)
/// ```
fn fixture() -> Team {
    let mut sre = team("sre", "Site Reliability Engineering");
    sre.short_name = Some("SRE".into());
    sre.aliases = vec![Alias {
        name: "Technical Operations".into(),
        kind: Default::default(),
    }];
    sre.summary = Some("Keeps the sites up.\n\nWe are on call.".into());
    sre.channels = vec![Channel {
        network: "libera".into(),
        channel: "#wikimedia-sre".into(),
        description: Some("General chatter".into()),
    }];
    sre.links = vec![teampage_core::manifest::Link {
        title: "Wikitech runbooks".into(),
        url: "https://wikitech.wikimedia.org/".into(),
        kind: Default::default(),
        text: None,
    }];
    sre.leads = vec![Person {
        name: "Mark Bergsma".into(),
        role: Some("Director".into()),
        ..Default::default()
    }];

    let mut infra = team("infra", "Infrastructure Foundations");
    infra.summary = Some("Base platform: bare metal and networks.".into());
    infra.leads = people(&["Joanna Boruń"]);
    infra.members = vec![
        person("John Bond"),
        Person {
            name: "Moritz Mühlenhoff".into(),
            irc_nick: Some("moritzm".into()),
            pronouns: Some("he/him".into()),
            ..Default::default()
        },
        person("Chris Danis"),
    ];
    let mut o11y = team("o11y", "Observability");
    o11y.aliases = vec![Alias {
        name: "o11y".into(),
        kind: Default::default(),
    }];
    o11y.technologies = vec!["Grafana".into(), "Prometheus".into()];
    o11y.leads = people(&["Leo Mata"]);
    o11y.members = people(&["Filippo Giunchedi"]);
    infra.subteams = vec![o11y];

    let mut serviceops = team("serviceops", "Service Operations");
    serviceops.technologies = vec!["MediaWiki".into(), "Kubernetes".into(), "prometheus".into()];
    serviceops.leads = people(&["Wolfgang Kandek"]);
    serviceops.members = people(&["Effie Mouzeli", "John Bond"]);
    let mut traffic = team("traffic", "Traffic");
    traffic.technologies = vec!["ATS".into(), "Varnish".into(), "DNS".into()];
    traffic.leads = people(&["Brandon Black"]);
    traffic.members = people(&["Valentín Gutiérrez", "Sukhbir Singh"]);
    serviceops.subteams = vec![traffic];

    let dcops = team("dcops", "Data Center Operations");
    sre.subteams = vec![infra, serviceops, dcops];
    sre
}

fn q(text: &str) -> Query {
    Query::new(text, &[])
}

fn qt(text: &str, techs: &[&str]) -> Query {
    let techs: Vec<String> = techs.iter().map(|t| t.to_string()).collect();
    Query::new(text, &techs)
}

/// Ids of the teams for which `flags` is true.
fn ids<'a>(index: &'a Indexed, flags: &[bool]) -> Vec<&'a str> {
    index
        .tree
        .teams()
        .iter()
        .zip(flags)
        .filter(|(_, &f)| f)
        .map(|(t, _)| t.id.as_str())
        .collect()
}

/// Names of the people shown in the flat list.
fn shown_people<'a>(index: &'a Index, flags: &[bool]) -> Vec<&'a str> {
    index
        .people()
        .iter()
        .zip(flags)
        .filter(|(_, &f)| f)
        .map(|(p, _)| p.name.as_str())
        .collect()
}

#[test]
fn teams_are_flattened_in_pre_order() {
    let index = index_of(&fixture());
    let tree = &index.tree;
    let t = tree.teams();
    let got: Vec<(&str, Option<usize>, usize, usize)> = (0..tree.len())
        .map(|i| {
            (
                t[i].id.as_str(),
                tree.parent(i),
                tree.depth(i),
                tree.subtree(i).end,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("sre", None, 0, 6),
            ("infra", Some(0), 1, 3),
            ("o11y", Some(1), 2, 3),
            ("serviceops", Some(0), 1, 5),
            ("traffic", Some(3), 2, 5),
            ("dcops", Some(0), 1, 6),
        ]
    );
    assert_eq!(t[0].name, "Site Reliability Engineering");
    assert_eq!(t[0].short_name.as_deref(), Some("SRE"));
    assert_eq!((t[1].leads.len(), t[1].own_people().count()), (1, 4));
    assert_eq!((t[5].leads.len(), t[5].own_people().count()), (0, 0));
    assert_eq!(tree.find("traffic"), Some(4));
    assert_eq!(tree.find("sre"), Some(0));
    assert_eq!(tree.find("nope"), None);
}

#[test]
fn people_are_unique_sorted_by_folded_name_with_memberships() {
    let index = index_of(&fixture());
    let names: Vec<&str> = index.people().iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Brandon Black",
            "Chris Danis",
            "Effie Mouzeli",
            "Filippo Giunchedi",
            "Joanna Boruń",
            "John Bond",
            "Leo Mata",
            "Mark Bergsma",
            "Moritz Mühlenhoff",
            "Sukhbir Singh",
            "Valentín Gutiérrez",
            "Wolfgang Kandek",
        ]
    );
    let john = &index.people()[5];
    assert_eq!(
        john.memberships,
        [
            Membership {
                team: 1,
                lead: false,
                role: None
            },
            Membership {
                team: 3,
                lead: false,
                role: None
            },
        ]
    );
    let mark = &index.people()[7];
    assert_eq!(
        mark.memberships,
        [Membership {
            team: 0,
            lead: true,
            role: Some("Director".into())
        }]
    );
    // team_people maps a team's leads-then-members to people() entries.
    let infra: Vec<&str> = index
        .team_people(1)
        .iter()
        .map(|&p| index.people()[p as usize].name.as_str())
        .collect();
    assert_eq!(
        infra,
        [
            "Joanna Boruń",
            "John Bond",
            "Moritz Mühlenhoff",
            "Chris Danis"
        ]
    );
    assert!(index.team_people(5).is_empty());
}

#[test]
fn folded_name_order_puts_accented_names_among_plain_ones() {
    let mut root = team("r", "R");
    root.members = people(&["Zoë Ada", "Émile Zola", "emile Abel", "Ana", "Ägir"]);
    let index = index_of(&root);
    let names: Vec<&str> = index.people().iter().map(|p| p.name.as_str()).collect();
    // "agir" < "ana" < "emile abel" < "emile zola" < "zoe ada"
    assert_eq!(
        names,
        ["Ägir", "Ana", "emile Abel", "Émile Zola", "Zoë Ada"]
    );
}

#[test]
fn a_person_twice_in_one_team_is_one_membership_and_a_lead() {
    let mut root = team("r", "R");
    root.leads = vec![Person {
        name: "Ann".into(),
        ..Default::default()
    }];
    root.members = vec![Person {
        name: "Ann".into(),
        role: Some("Scribe".into()),
        ..Default::default()
    }];
    let index = index_of(&root);
    assert_eq!(index.people().len(), 1);
    assert_eq!(
        index.people()[0].memberships,
        [Membership {
            team: 0,
            lead: true,
            role: Some("Scribe".into())
        }]
    );
    assert_eq!(index.team_people(0), [0, 0]);
    let out = index.run(&q("scribe"));
    assert_eq!(out.people[0], PeopleShown::Some(vec![1]));
    assert_eq!(out.people_count, 1);
}

#[test]
fn technologies_are_counted_per_team_and_sorted() {
    let index = index_of(&fixture());
    let techs = index.tree.technologies();
    // "Prometheus" and "prometheus" are one technology, used by two teams.
    assert_eq!(techs[0], ("Prometheus".to_string(), 2));
    let rest: Vec<(&str, usize)> = techs[1..].iter().map(|(n, c)| (n.as_str(), *c)).collect();
    assert_eq!(
        rest,
        [
            ("ATS", 1),
            ("DNS", 1),
            ("Grafana", 1),
            ("Kubernetes", 1),
            ("MediaWiki", 1),
            ("Varnish", 1),
        ]
    );
}

#[test]
fn empty_query_shows_everything_and_opens_nothing() {
    let index = index_of(&fixture());
    for query in [q(""), q("   \t\n "), Query::default()] {
        assert!(query.is_empty());
        let out = index.run(&query);
        assert_eq!(out.shown, [true; 6]);
        assert_eq!(out.matched, [true; 6]);
        assert_eq!(out.open, [false; 6]);
        assert_eq!(out.people, vec![PeopleShown::All; 6]);
        assert_eq!(out.person_shown, vec![true; 12]);
        assert_eq!((out.team_count, out.people_count), (6, 12));
    }
}

#[test]
fn accented_name_found_by_plain_ascii_keeps_only_that_person() {
    let index = index_of(&fixture());
    for text in ["borun", "boru", "BORUŃ", "Boruń", "joanna boru"] {
        let out = index.run(&q(text));
        assert_eq!(ids(&index, &out.matched), ["infra"], "{text}");
        assert_eq!(ids(&index, &out.shown), ["sre", "infra"], "{text}");
        // infra opens: its match is a person; sre holds it.
        assert_eq!(ids(&index, &out.open), ["sre", "infra"], "{text}");
        assert_eq!(out.people[1], PeopleShown::Some(vec![0]), "{text}");
        assert_eq!(out.people[0], PeopleShown::None);
        assert_eq!(shown_people(&index, &out.person_shown), ["Joanna Boruń"]);
        assert_eq!((out.team_count, out.people_count), (1, 1));
    }
    let out = index.run(&q("muhlenhoff"));
    assert_eq!(ids(&index, &out.matched), ["infra"]);
    assert_eq!(out.people[1], PeopleShown::Some(vec![2]));
}

#[test]
fn several_words_narrow_but_keep_each_matching_person() {
    let index = index_of(&fixture());
    // Joanna and John are both in infra; serviceops has John but no Joanna.
    let out = index.run(&q("joanna john"));
    assert_eq!(ids(&index, &out.matched), ["infra"]);
    assert_eq!(out.people[1], PeopleShown::Some(vec![0, 1]));
    assert_eq!(out.people[3], PeopleShown::None);
    assert_eq!(
        shown_people(&index, &out.person_shown),
        ["Joanna Boruń", "John Bond"]
    );
    assert_eq!((out.team_count, out.people_count), (1, 2));

    // "john" alone: both of John's teams; he is one person.
    let out = index.run(&q("john"));
    assert_eq!(ids(&index, &out.matched), ["infra", "serviceops"]);
    assert_eq!(out.people[3], PeopleShown::Some(vec![2]));
    assert_eq!((out.team_count, out.people_count), (2, 1));

    // A word nobody has: nothing.
    let out = index.run(&q("joanna zebra"));
    assert_eq!(out.team_count, 0);
    assert_eq!(out.shown, [false; 6]);
    assert_eq!(out.open, [false; 6]);
    assert_eq!(out.people_count, 0);
}

#[test]
fn header_match_keeps_everyone_and_does_not_open_the_card() {
    let index = index_of(&fixture());
    let out = index.run(&q("traffic"));
    assert_eq!(ids(&index, &out.matched), ["traffic"]);
    assert_eq!(ids(&index, &out.shown), ["sre", "serviceops", "traffic"]);
    assert_eq!(out.people[4], PeopleShown::All);
    assert_eq!(out.people[3], PeopleShown::None);
    assert_eq!(ids(&index, &out.open), ["sre", "serviceops"]);
    assert_eq!((out.team_count, out.people_count), (1, 3));
}

#[test]
fn ancestor_names_are_part_of_the_context() {
    let index = index_of(&fixture());
    let out = index.run(&q("infrastructure"));
    assert_eq!(ids(&index, &out.matched), ["infra", "o11y"]);
    assert_eq!(ids(&index, &out.shown), ["sre", "infra", "o11y"]);
    assert_eq!(ids(&index, &out.open), ["sre", "infra"]);
    assert_eq!(out.people[2], PeopleShown::All);
    assert_eq!((out.team_count, out.people_count), (2, 6));

    // The root's short name too: every team's context holds "sre".
    let out = index.run(&q("SRE"));
    assert_eq!(out.team_count, 6);
    // Ancestor aliases and summaries are not inherited.
    let out = index.run(&q("technical operations"));
    assert_eq!(ids(&index, &out.matched), ["sre"]);
    let out = index.run(&q("bare metal"));
    assert_eq!(ids(&index, &out.matched), ["infra"]);

    // A word from the ancestor and one from a person of the subteam.
    let out = index.run(&q("infrastructure leo"));
    assert_eq!(ids(&index, &out.matched), ["o11y"]);
    assert_eq!(out.people[2], PeopleShown::Some(vec![0]));
    assert_eq!(out.people[1], PeopleShown::None);
    assert_eq!(ids(&index, &out.open), ["sre", "infra", "o11y"]);
}

#[test]
fn searched_fields() {
    let index = index_of(&fixture());
    let matched = |text: &str| ids(&index, &index.run(&q(text)).matched);
    assert_eq!(matched("o11y"), ["o11y"]); // alias
    assert_eq!(matched("wikimedia-sre"), ["sre"]); // channel name
    assert_eq!(matched("chatter"), ["sre"]); // channel description
    assert_eq!(matched("on call"), ["sre"]); // summary, second paragraph
    assert_eq!(matched("grafana"), ["o11y"]); // technology, as text
    assert_eq!(matched("director"), ["sre"]); // a person's role
    assert_eq!(matched("moritzm"), ["infra"]); // a person's IRC nick
    assert!(matched("runbooks").is_empty()); // link titles are not searched
    assert!(matched("he/him").is_empty()); // nor pronouns
    assert!(matched("dcops").is_empty()); // nor team ids (other than by name)
    assert_eq!(matched("center"), ["dcops"]);
}

#[test]
fn words_never_match_across_fields_or_people() {
    let index = index_of(&fixture());
    let matched = |text: &str| ids(&index, &index.run(&q(text)).matched);
    assert!(matched("bergsmadirector").is_empty()); // name + role
    assert!(matched("matafilippo").is_empty()); // two people
    assert!(matched("foundationsbase").is_empty()); // name + summary
    assert!(matched("grafanaprometheus").is_empty()); // two technologies
                                                      // Control characters typed in the box are separators, not matchable.
    assert_eq!(q("bergsma\u{1}director").words, ["bergsma", "director"]);
}

#[test]
fn technologies_combine_with_and() {
    let index = index_of(&fixture());
    let out = index.run(&qt("", &["Varnish"]));
    assert_eq!(ids(&index, &out.matched), ["traffic"]);
    assert_eq!(ids(&index, &out.shown), ["sre", "serviceops", "traffic"]);
    assert_eq!(out.people[4], PeopleShown::All);
    assert_eq!(ids(&index, &out.open), ["sre", "serviceops"]);
    assert_eq!((out.team_count, out.people_count), (1, 3));

    // Compared after folding.
    assert_eq!(index.run(&qt("", &["varnish"])).matched, out.matched);
    // Every selected technology is needed.
    let prom = index.run(&qt("", &["Prometheus"]));
    assert_eq!(ids(&index, &prom.matched), ["o11y", "serviceops"]);
    let both = index.run(&qt("", &["Prometheus", "Grafana"]));
    assert_eq!(ids(&index, &both.matched), ["o11y"]);
    assert_eq!(index.run(&qt("", &["Varnish", "Grafana"])).team_count, 0);
    // A technology no team has.
    let none = index.run(&qt("", &["COBOL"]));
    assert_eq!((none.team_count, none.people_count), (0, 0));
    assert_eq!(none.shown, [false; 6]);

    // Technologies AND words.
    let out = index.run(&qt("john", &["Kubernetes"]));
    assert_eq!(ids(&index, &out.matched), ["serviceops"]);
    assert_eq!(out.people[3], PeopleShown::Some(vec![2]));
    assert_eq!(index.run(&qt("brandon", &["Kubernetes"])).team_count, 0);
    let out = index.run(&qt("brandon", &["Varnish"]));
    assert_eq!(ids(&index, &out.matched), ["traffic"]);
    assert_eq!(out.people[4], PeopleShown::Some(vec![0]));
    assert_eq!(shown_people(&index, &out.person_shown), ["Brandon Black"]);
    let out = index.run(&qt("observability", &["Prometheus"]));
    assert_eq!(ids(&index, &out.matched), ["o11y"]);
}

#[test]
fn query_normalizes_words_and_techs() {
    let query = qt("  Boruń\tJOHN  borun  ", &["Varnish", "", "Varnish", "DNS"]);
    assert_eq!(query.words, ["borun", "john"]);
    assert_eq!(query.techs, ["Varnish", "DNS"]);
    assert!(!query.is_empty());
    assert!(!qt("", &["DNS"]).is_empty());
    assert!(qt(" ", &[""]).is_empty());
    // A lone combining mark folds to nothing and is dropped.
    assert!(q("\u{301}").is_empty());
}

#[test]
fn overlapping_words_and_repeated_queries_are_stable() {
    let index = index_of(&fixture());
    let a = index.run(&q("bor boru"));
    let b = index.run(&q("boru bor"));
    assert_eq!(a, b);
    assert_eq!(index.run(&q("boru")), index.run(&q("boru")));
}

// ---------------------------------------------------------------------------
// The seed manifest.

fn seed() -> Manifest {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/team.json");
    let text = std::fs::read_to_string(path).expect("public/team.json");
    teampage_core::manifest::parse(&text)
        .expect("public/team.json is a manifest")
        .manifest
}

#[test]
fn seed_manifest() {
    let m = seed();
    let index = index_of(&m.team);
    let (mut teams, mut names) = (0, std::collections::HashSet::new());
    m.team.walk(&mut |t, _| {
        teams += 1;
        names.extend(t.own_people().map(|p| p.name.as_str()));
    });
    assert_eq!(index.tree.len(), teams);
    assert_eq!(index.people().len(), names.len());
    let all = index.run(&Query::default());
    assert_eq!(all.people_count, names.len());

    let found = |text: &str| {
        let out = index.run(&q(text));
        (
            ids(&index, &out.matched)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>(),
            shown_people(&index, &out.person_shown)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>(),
        )
    };

    let (teams, people) = found("boru");
    assert_eq!(teams, ["infrastructure-foundations"]);
    assert_eq!(people, ["Joanna Boruń"]);
    let (teams, people) = found("muhlenhoff");
    assert_eq!(teams, ["infrastructure-foundations"]);
    assert_eq!(people, ["Moritz Mühlenhoff"]);
    let (teams, people) = found("joanna john");
    assert_eq!(teams, ["infrastructure-foundations"]);
    assert_eq!(people, ["Joanna Boruń", "John Bond"]);

    let out = index.run(&q("varnish"));
    let traffic = index.tree.find("traffic").unwrap();
    let serviceops = index.tree.find("service-operations").unwrap();
    let sre = index.tree.find("sre").unwrap();
    assert!(out.matched[traffic]);
    assert!(!out.matched[serviceops] && !out.matched[sre]);
    assert_eq!(
        ids(&index, &out.shown),
        ["sre", "service-operations", "traffic"]
    );
    assert_eq!(out.people[traffic], PeopleShown::All);

    let out = index.run(&q("traffic"));
    assert!(out.matched[traffic] && out.shown[serviceops] && out.shown[sre]);
    assert_eq!(out.people[traffic], PeopleShown::All);

    let out = index.run(&qt("", &["Varnish"]));
    assert_eq!(ids(&index, &out.matched), ["traffic"]);

    let (teams, _) = found("o11y");
    assert!(teams.contains(&"observability".to_string()));
    let out = index.run(&q("infrastructure foundations"));
    let obs = index.tree.find("observability").unwrap();
    assert!(out.matched[obs], "ancestor name matches Observability");
}
