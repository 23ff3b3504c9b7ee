//! The search index over a team tree, and running a [`Query`] on it.
//!
//! # What is searched
//!
//! A team's **own context** is, folded with [`fold`]: its name, short name,
//! alias names, summary, technologies, channel names and channel
//! descriptions, **plus the names and short names of all its ancestors** (so
//! "infrastructure" also finds Observability inside Infrastructure
//! Foundations). Links, contact text, the emergency box and team ids are not
//! searched.
//!
//! A **person's haystack** is their name, role and IRC nick. Pronouns,
//! timezone, URL and e-mail are not searched.
//!
//! Fields are kept apart by separator characters that no query word can
//! contain, so a word never matches across two fields or two people.
//!
//! # How a query matches (see [`Index::run`])
//!
//! * A team **matches** when every query word is a substring of its own
//!   context or of the haystack of at least one of its own people (leads and
//!   members, not those of subteams), and, if technologies are selected, it
//!   uses every one of them (compared after folding). Several words narrow
//!   the result: "joanna john" matches a team holding both a Joanna and a
//!   John, or a Joanna in a team whose summary says "john".
//! * A team **stays** (is shown) when it matches or when one of its
//!   descendants matches: ancestors of a match stay as context. Descendants
//!   of a match do not stay because of it (they usually match too, through
//!   the ancestor names in their context, when the match was on a name).
//! * The **people** a matching team keeps: all of them
//!   ([`PeopleShown::All`]) when its own context alone holds every word (or
//!   the query has technologies only); otherwise exactly those people whose
//!   haystack holds at least one of the words the context lacks
//!   ([`PeopleShown::Some`]): "borun" keeps only Joanna Boruń, "joanna john"
//!   keeps Joanna and John. A team kept only as context keeps nobody
//!   ([`PeopleShown::None`]).
//! * A card is **open** when it holds a match: a descendant matches, or the
//!   team matches through its people (so the matching people are visible). A
//!   team whose match is only in its own context (header, summary, chips)
//!   and that has no matching descendant is not opened.
//! * The **empty query** (no word, no technology) shows everything: every
//!   team shown and matched, no card forced open (the page restores its own
//!   open/closed state), everyone shown, counts = all teams and all unique
//!   people.

use std::collections::HashMap;

use super::fold::{fold, fold_into};
use super::query::Query;
use crate::hash::FastHash;
use crate::manifest::{Person, Team};
use crate::tree::TeamTree;

type Map<K, V> = HashMap<K, V, FastHash>;

/// Separates fields inside one team's context or one person's haystack.
const FIELD_SEP: char = '\u{1}';
/// Separates two people in the people text.
const PERSON_SEP: char = '\u{2}';

/// One unique person (by exact name) with every team they are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonEntry {
    /// The person's name, as written in the manifest.
    pub name: String,
    /// Their teams in team pre-order, one entry per team.
    pub memberships: Vec<Membership>,
}

/// A person's place in one team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    /// Index of the team (pre-order, as in [`TeamTree::teams`]).
    pub team: usize,
    /// Whether the person is among the team's leads.
    pub lead: bool,
    /// The person's role in that team: of their first entry there that has
    /// one (leads come before members).
    pub role: Option<String>,
}

/// Which of a team's own people stay on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum PeopleShown {
    /// Everyone (the team's own context matched every word, or the query is
    /// empty or has technologies only).
    All,
    /// Nobody (the team is hidden or kept only as an ancestor of a match).
    None,
    /// These people, by position in leads-then-members order (an index below
    /// the team's number of leads is a lead), ascending.
    Some(Vec<u32>),
}

impl PeopleShown {
    /// Whether the person at position `k` (leads then members) is kept.
    ///
    /// ```
    /// use teampage_core::filter::PeopleShown;
    /// assert!(PeopleShown::Some(vec![1, 3]).keeps(3));
    /// assert!(!PeopleShown::Some(vec![1, 3]).keeps(2));
    /// assert!(PeopleShown::All.keeps(9) && !PeopleShown::None.keeps(0));
    /// ```
    pub fn keeps(&self, k: usize) -> bool {
        match self {
            PeopleShown::All => true,
            PeopleShown::None => false,
            PeopleShown::Some(list) => {
                u32::try_from(k).is_ok_and(|k| list.binary_search(&k).is_ok())
            }
        }
    }

    /// Whether anyone at a position in `positions` is kept (for example the
    /// leads, `0..leads`).
    ///
    /// ```
    /// use teampage_core::filter::PeopleShown;
    /// assert!(!PeopleShown::Some(vec![2, 3]).keeps_any(0..2));
    /// assert!(PeopleShown::Some(vec![1, 3]).keeps_any(0..2));
    /// assert!(!PeopleShown::All.keeps_any(0..0));
    /// ```
    pub fn keeps_any(&self, positions: std::ops::Range<usize>) -> bool {
        match self {
            PeopleShown::All => !positions.is_empty(),
            PeopleShown::None => false,
            PeopleShown::Some(list) => list.iter().any(|&k| positions.contains(&(k as usize))),
        }
    }
}

/// What the page shows for one query; every `Vec` is per team in pre-order
/// except `person_shown`, which is per entry of [`Index::people`].
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The team stays on the page: it matches, or it is an ancestor of a
    /// match.
    pub shown: Vec<bool>,
    /// The team itself matches.
    pub matched: Vec<bool>,
    /// The card should be open because it holds a match: a descendant
    /// matches, or the team matches through its people. All false for the
    /// empty query (the page then restores its own state).
    pub open: Vec<bool>,
    /// Which of the team's own people stay.
    pub people: Vec<PeopleShown>,
    /// Per unique person: shown in the flat list (shown in some team).
    pub person_shown: Vec<bool>,
    /// Number of teams that match.
    pub team_count: usize,
    /// Number of unique people shown.
    pub people_count: usize,
}

/// The search index over a [`TeamTree`]: folded haystacks computed once.
#[derive(Clone, Debug)]
pub struct Index {
    /// Per team: its parent (a match keeps its ancestors).
    parents: Vec<Option<usize>>,
    /// Folded own contexts of all teams, one after the other.
    ctx: String,
    /// Per team: its range in `ctx`.
    ctx_ranges: Vec<(u32, u32)>,
    /// Folded haystacks of every team's own people, team after team, each
    /// person followed by `PERSON_SEP`.
    people_text: String,
    /// Per person slot (a lead or member entry of a team): range in
    /// `people_text`.
    slot_ranges: Vec<(u32, u32)>,
    /// Per person slot: index into `people`.
    slot_person: Vec<u32>,
    /// Per team: its first slot (its slots run to the next team's first).
    team_slot_start: Vec<u32>,
    /// Per team: range in `team_techs`.
    tech_ranges: Vec<(u32, u32)>,
    /// Technology ids (into `technologies`) of every team, team after team.
    team_techs: Vec<u32>,
    /// Folded technology name → id.
    tech_ids: Map<String, u32>,
    people: Vec<PersonEntry>,
}

/// Accumulates the index over the teams in pre-order.
struct Builder<'a> {
    index: Index,
    /// Per depth on the path to the team being built: the folded name and
    /// short name of the ancestor at that depth.
    ancestors: Vec<Vec<String>>,
    /// Unique name → provisional person id (in order of first appearance).
    person_ids: Map<&'a str, u32>,
    people: Vec<PersonEntry>,
    /// Per provisional person id: range of their folded name in
    /// `people_text` (from their first slot), the key they are sorted by.
    folded_names: Vec<(u32, u32)>,
}

fn push_field(out: &mut String, field: &str) {
    fold_into(field, out);
    out.push(FIELD_SEP);
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).expect("index too large")
}

/// The key technologies are grouped by.
fn tech_key(tech: &str) -> String {
    fold(tech.trim())
}

impl<'a> Builder<'a> {
    /// Adds team `t` (its own data; its `subteams` are not looked at).
    fn team(&mut self, me: usize, t: &'a Team, depth: usize) {
        let ix = &mut self.index;

        // Own context.
        let start = ix.ctx.len();
        push_field(&mut ix.ctx, &t.name);
        if let Some(s) = &t.short_name {
            push_field(&mut ix.ctx, s);
        }
        for a in &t.aliases {
            push_field(&mut ix.ctx, &a.name);
        }
        if let Some(s) = &t.summary {
            push_field(&mut ix.ctx, s);
        }
        for tech in &t.technologies {
            push_field(&mut ix.ctx, tech);
        }
        for c in &t.channels {
            push_field(&mut ix.ctx, &c.channel);
            if let Some(d) = &c.description {
                push_field(&mut ix.ctx, d);
            }
        }
        self.ancestors.truncate(depth);
        for a in self.ancestors.iter().flatten() {
            ix.ctx.push_str(a);
            ix.ctx.push(FIELD_SEP);
        }
        ix.ctx_ranges.push((to_u32(start), to_u32(ix.ctx.len())));

        // Technologies, grouped by folded name.
        let tstart = ix.team_techs.len();
        for tech in &t.technologies {
            let key = tech_key(tech);
            let next = to_u32(ix.tech_ids.len());
            let id = *ix.tech_ids.entry(key).or_insert(next);
            if !ix.team_techs[tstart..].contains(&id) {
                ix.team_techs.push(id);
            }
        }
        ix.tech_ranges
            .push((to_u32(tstart), to_u32(ix.team_techs.len())));

        // Own people.
        ix.team_slot_start.push(to_u32(ix.slot_ranges.len()));
        let leads = t.leads.iter().map(|p| (p, true));
        let members = t.members.iter().map(|p| (p, false));
        for (p, lead) in leads.chain(members) {
            self.slot(p, lead, me);
        }

        // This team's names, context of the teams below it.
        let mut names = vec![fold(&t.name)];
        if let Some(s) = &t.short_name {
            names.push(fold(s));
        }
        self.ancestors.push(names);
    }

    fn slot(&mut self, p: &'a Person, lead: bool, team: usize) {
        let ix = &mut self.index;
        let start = ix.people_text.len();
        push_field(&mut ix.people_text, &p.name);
        if let Some(r) = &p.role {
            push_field(&mut ix.people_text, r);
        }
        if let Some(n) = &p.irc_nick {
            push_field(&mut ix.people_text, n);
        }
        ix.people_text.push(PERSON_SEP);
        ix.slot_ranges
            .push((to_u32(start), to_u32(ix.people_text.len())));

        let next = to_u32(self.people.len());
        let id = *self.person_ids.entry(p.name.as_str()).or_insert(next);
        if id == next {
            self.people.push(PersonEntry {
                name: p.name.clone(),
                memberships: Vec::new(),
            });
            // The name is the slot's first field.
            let name_end = ix.people_text[start..]
                .find(FIELD_SEP)
                .map_or(ix.people_text.len(), |e| start + e);
            self.folded_names.push((to_u32(start), to_u32(name_end)));
        }
        ix.slot_person.push(id);
        let ms = &mut self.people[id as usize].memberships;
        match ms.last_mut() {
            Some(m) if m.team == team => {
                m.lead |= lead;
                if m.role.is_none() {
                    m.role = p.role.clone();
                }
            }
            _ => ms.push(Membership {
                team,
                lead,
                role: p.role.clone(),
            }),
        }
    }
}

impl Index {
    /// Builds the index of `tree`. All folding happens here, once;
    /// [`Index::run`] only searches.
    ///
    /// ```
    /// use teampage_core::filter::{Index, Query};
    /// use teampage_core::manifest::Team;
    /// use teampage_core::tree::TeamTree;
    /// let team = |id: &str, subteams| Team { id: id.into(), name: id.into(), subteams, ..Team::default() };
    /// let tree = TeamTree::new(team("root", vec![team("alpha", vec![]), team("beta", vec![])]));
    /// let out = Index::new(&tree).run(&Query::new("beta", &[]));
    /// assert_eq!(out.shown, [true, false, true]);
    /// ```
    pub fn new(tree: &TeamTree) -> Index {
        let teams = tree.teams();
        let n_teams = teams.len();
        let n_slots = teams.iter().map(|t| t.leads.len() + t.members.len()).sum();
        let mut b = Builder {
            index: Index {
                parents: tree.parents().to_vec(),
                ctx: String::new(),
                ctx_ranges: Vec::with_capacity(n_teams),
                people_text: String::new(),
                slot_ranges: Vec::with_capacity(n_slots),
                slot_person: Vec::with_capacity(n_slots),
                team_slot_start: Vec::with_capacity(n_teams + 1),
                tech_ranges: Vec::with_capacity(n_teams),
                team_techs: Vec::new(),
                tech_ids: Map::default(),
                people: Vec::new(),
            },
            ancestors: Vec::new(),
            person_ids: Map::with_capacity_and_hasher(n_slots, FastHash),
            people: Vec::with_capacity(n_slots),
            folded_names: Vec::with_capacity(n_slots),
        };
        for (i, t) in teams.iter().enumerate() {
            b.team(i, t, tree.depth(i));
        }
        let Builder {
            mut index,
            people,
            folded_names,
            ..
        } = b;
        index.team_slot_start.push(to_u32(index.slot_ranges.len()));

        // People sorted by folded name, then name (names are unique, so the
        // order is total); renumber the slots.
        let key = |i: usize| {
            let (s, e) = folded_names[i];
            (
                &index.people_text[s as usize..e as usize],
                people[i].name.as_str(),
            )
        };
        let mut order: Vec<usize> = (0..people.len()).collect();
        order.sort_unstable_by(|&a, &b| key(a).cmp(&key(b)));
        let mut new_id = vec![0u32; people.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = to_u32(new);
        }
        for s in &mut index.slot_person {
            *s = new_id[*s as usize];
        }
        let mut slots: Vec<Option<PersonEntry>> = people.into_iter().map(Some).collect();
        index.people = order
            .iter()
            .map(|&old| slots[old].take().expect("each person once"))
            .collect();
        index
    }

    /// Unique people (by exact name) sorted alphabetically by folded name
    /// then name, each with their teams and whether they lead them.
    pub fn people(&self) -> &[PersonEntry] {
        &self.people
    }

    /// The people of team `team` (leads then members, as in the manifest) as
    /// indices into [`Index::people`]. Panics if `team` is out of range.
    pub fn team_people(&self, team: usize) -> &[u32] {
        let (s, e) = (
            self.team_slot_start[team] as usize,
            self.team_slot_start[team + 1] as usize,
        );
        &self.slot_person[s..e]
    }

    /// Runs `q`: which teams and people stay. See the [module
    /// documentation](self) for the rules.
    ///
    /// Costs one pass over the precomputed haystacks: per team, one substring
    /// search per word in its own context, one per missing word in its
    /// people's text, and only for a team that matches through its people a
    /// search per person. No allocation per team except the list of people
    /// of a team matching through them.
    pub fn run(&self, q: &Query) -> Outcome {
        let n = self.parents.len();
        let np = self.people.len();
        if q.is_empty() {
            return Outcome {
                shown: vec![true; n],
                matched: vec![true; n],
                open: vec![false; n],
                people: vec![PeopleShown::All; n],
                person_shown: vec![true; np],
                team_count: n,
                people_count: np,
            };
        }

        // Selected technologies as ids; one unknown to the index means no
        // team can match.
        let mut want_techs: Vec<u32> = Vec::with_capacity(q.techs.len());
        let mut impossible = false;
        for t in &q.techs {
            match self.tech_ids.get(&fold(t.trim())) {
                Some(&id) => want_techs.push(id),
                None => impossible = true,
            }
        }

        let mut matched = vec![false; n];
        let mut via_people = vec![false; n];
        let mut people = vec![PeopleShown::None; n];
        let mut person_shown = vec![false; np];
        let mut missing: Vec<&str> = Vec::with_capacity(q.words.len());

        for i in 0..n {
            if impossible {
                break;
            }
            let (ts, te) = self.tech_ranges[i];
            let techs = &self.team_techs[ts as usize..te as usize];
            if !want_techs.iter().all(|w| techs.contains(w)) {
                continue;
            }
            let (cs, ce) = self.ctx_ranges[i];
            let ctx = &self.ctx[cs as usize..ce as usize];
            missing.clear();
            missing.extend(
                q.words
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !ctx.contains(w)),
            );
            let (ss, se) = (
                self.team_slot_start[i] as usize,
                self.team_slot_start[i + 1] as usize,
            );
            if missing.is_empty() {
                matched[i] = true;
                people[i] = PeopleShown::All;
                for &p in &self.slot_person[ss..se] {
                    person_shown[p as usize] = true;
                }
                continue;
            }
            if ss == se {
                continue;
            }
            // All the team's people at once: a word found there is found in
            // one person (separators keep it from spanning two).
            let blob = &self.people_text
                [self.slot_ranges[ss].0 as usize..self.slot_ranges[se - 1].1 as usize];
            if !missing.iter().all(|w| blob.contains(w)) {
                continue;
            }
            matched[i] = true;
            via_people[i] = true;
            let mut keep: Vec<u32> = Vec::new();
            for s in ss..se {
                let (hs, he) = self.slot_ranges[s];
                let hay = &self.people_text[hs as usize..he as usize];
                if missing.iter().any(|w| hay.contains(w)) {
                    keep.push(to_u32(s - ss));
                    person_shown[self.slot_person[s] as usize] = true;
                }
            }
            people[i] = PeopleShown::Some(keep);
        }

        // Pre-order: children come after their parent, so a reverse pass
        // sees every descendant before its ancestors.
        let mut holds = vec![false; n];
        for i in (1..n).rev() {
            if matched[i] || holds[i] {
                if let Some(p) = self.parents[i] {
                    holds[p] = true;
                }
            }
        }
        let shown: Vec<bool> = (0..n).map(|i| matched[i] || holds[i]).collect();
        let open: Vec<bool> = (0..n).map(|i| holds[i] || via_people[i]).collect();
        Outcome {
            team_count: matched.iter().filter(|&&m| m).count(),
            people_count: person_shown.iter().filter(|&&s| s).count(),
            shown,
            matched,
            open,
            people,
            person_shown,
        }
    }
}
