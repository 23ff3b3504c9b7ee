//! A manifest's team tree flattened once, in depth-first pre-order: what the
//! page renders by index and the filter's [`crate::filter::Index`] is built from.
//!
//! ```
//! use teampage_core::manifest::Team;
//! use teampage_core::tree::TeamTree;
//! let team = |id: &str, subteams| Team { id: id.into(), name: id.into(), subteams, ..Team::default() };
//! let tree = TeamTree::new(team("a", vec![team("b", vec![team("c", vec![])]), team("d", vec![])]));
//! let ids: Vec<&str> = tree.teams().iter().map(|t| t.id.as_str()).collect();
//! assert_eq!(ids, ["a", "b", "c", "d"]);
//! assert_eq!((tree.parent(2), tree.depth(2), tree.subtree(1)), (Some(1), 2, 1..3));
//! assert_eq!((tree.children(0), tree.find("d")), (&[1, 3][..], Some(3)));
//! ```

use crate::filter::fold;
use crate::hash::FastHash;
use crate::manifest::Team;
use std::collections::HashMap;
use std::ops::Range;

/// Every team of a manifest in pre-order (the root is 0), each without its
/// subteams, with the relations between them worked out once.
#[derive(Clone, Debug)]
pub struct TeamTree {
    teams: Vec<Team>,
    parents: Vec<Option<usize>>,
    depths: Vec<usize>,
    children: Vec<Vec<usize>>,
    /// Per team: the exclusive end of its subtree.
    ends: Vec<usize>,
    ids: HashMap<String, usize, FastHash>,
    technologies: Vec<(String, usize)>,
    subtree_people: Vec<usize>,
    person_count: usize,
}

impl TeamTree {
    /// Takes `root` apart (nothing is cloned but the ids).
    pub fn new(root: Team) -> TeamTree {
        let mut teams = Vec::new();
        let mut parents = Vec::new();
        let mut depths = Vec::new();
        // Iterative, children pushed in reverse so that they come out in order.
        let mut stack = vec![(root, None, 0)];
        while let Some((mut team, parent, depth)) = stack.pop() {
            let me = teams.len();
            let subteams = std::mem::take(&mut team.subteams);
            stack.extend(subteams.into_iter().rev().map(|s| (s, Some(me), depth + 1)));
            teams.push(team);
            parents.push(parent);
            depths.push(depth);
        }
        let n = teams.len();
        let mut children = vec![Vec::new(); n];
        let mut ends: Vec<usize> = (1..=n).collect();
        for i in (1..n).rev() {
            if let Some(p) = parents[i] {
                ends[p] = ends[p].max(ends[i]);
            }
        }
        for (i, parent) in parents.iter().enumerate() {
            if let Some(p) = *parent {
                children[p].push(i);
            }
        }
        let mut ids = HashMap::with_capacity_and_hasher(n, FastHash);
        for (i, t) in teams.iter().enumerate() {
            ids.entry(t.id.clone()).or_insert(i);
        }
        let (subtree_people, person_count) = count_people(&teams, &ends);
        let technologies = technologies(&teams);
        TeamTree {
            teams,
            parents,
            depths,
            children,
            ends,
            ids,
            technologies,
            subtree_people,
            person_count,
        }
    }

    /// The number of teams.
    pub fn len(&self) -> usize {
        self.teams.len()
    }

    /// Whether there is no team (never, for a tree built from a root).
    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
    }

    /// The teams in pre-order, each without its subteams.
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    /// Team `i`. Panics if out of range.
    pub fn team(&self, i: usize) -> &Team {
        &self.teams[i]
    }

    /// The parent of team `i`; `None` for the root.
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.parents[i]
    }

    /// The parent of every team, in pre-order.
    pub fn parents(&self) -> &[Option<usize>] {
        &self.parents
    }

    /// How deep team `i` nests: the root is 0.
    pub fn depth(&self, i: usize) -> usize {
        self.depths[i]
    }

    /// The subteams of team `i`, in order.
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Team `i` and every team below it: a run of the pre-order.
    pub fn subtree(&self, i: usize) -> Range<usize> {
        i..self.ends[i]
    }

    /// The team with this id (the first, should ids repeat).
    pub fn find(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// Technologies with the number of teams using each, most used first,
    /// then by folded name, then name. Technologies that fold to the same
    /// text ("Puppet", "puppet") are one, named as first written; a team
    /// listing one twice counts once.
    pub fn technologies(&self) -> &[(String, usize)] {
        &self.technologies
    }

    /// Unique people (by exact name) in team `i` and all below it.
    pub fn subtree_people(&self, i: usize) -> usize {
        self.subtree_people[i]
    }

    /// Unique people (by exact name) in the whole tree.
    pub fn person_count(&self) -> usize {
        self.person_count
    }
}

/// Unique people per subtree, and in all: each team's people as ids of
/// unique names, counted once per subtree with a stamp.
fn count_people(teams: &[Team], ends: &[usize]) -> (Vec<usize>, usize) {
    let mut person_ids: HashMap<&str, u32, FastHash> = HashMap::default();
    let own: Vec<Vec<u32>> = teams
        .iter()
        .map(|t| {
            t.own_people()
                .map(|p| {
                    let next = u32::try_from(person_ids.len()).unwrap_or(u32::MAX);
                    *person_ids.entry(p.name.as_str()).or_insert(next)
                })
                .collect()
        })
        .collect();
    let total = person_ids.len();
    let mut stamp = vec![usize::MAX; total];
    let per_subtree = (0..teams.len())
        .map(|i| {
            let mut count = 0;
            for &p in own[i..ends[i]].iter().flatten() {
                if std::mem::replace(&mut stamp[p as usize], i) != i {
                    count += 1;
                }
            }
            count
        })
        .collect();
    (per_subtree, total)
}

/// The technologies of `teams` (each team's own list), grouped and sorted
/// as [`TeamTree::technologies`] gives them.
fn technologies<'a>(teams: impl IntoIterator<Item = &'a Team>) -> Vec<(String, usize)> {
    let mut ids: HashMap<String, usize, FastHash> = HashMap::default();
    // Per technology: display name, team count, folded name.
    let mut list: Vec<(String, usize, String)> = Vec::new();
    let mut mine: Vec<usize> = Vec::new();
    for t in teams {
        mine.clear();
        for tech in &t.technologies {
            let key = fold(tech.trim());
            let next = list.len();
            let id = *ids.entry(key.clone()).or_insert(next);
            if id == next {
                list.push((tech.clone(), 0, key));
            }
            if !mine.contains(&id) {
                mine.push(id);
                list[id].1 += 1;
            }
        }
    }
    list.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| fold(&a.0).cmp(&fold(&b.0)))
            .then_with(|| a.0.cmp(&b.0))
    });
    list.into_iter().map(|(name, n, _)| (name, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::Person;

    fn team(id: &str, people: &[&str], techs: &[&str], subteams: Vec<Team>) -> Team {
        Team {
            id: id.into(),
            name: id.into(),
            members: people
                .iter()
                .map(|p| Person {
                    name: (*p).into(),
                    ..Person::default()
                })
                .collect(),
            technologies: techs.iter().map(|t| (*t).into()).collect(),
            subteams,
            ..Team::default()
        }
    }

    #[test]
    fn relations_and_counts() {
        let tree = TeamTree::new(team(
            "root",
            &["Ann"],
            &["Go"],
            vec![
                team(
                    "a",
                    &["Bo", "Ann"],
                    &["Puppet", "go"],
                    vec![team("a1", &["Bo", "Cy"], &["puppet", "puppet"], vec![])],
                ),
                team("b", &[], &["Rust"], vec![]),
            ],
        ));
        let ids: Vec<&str> = tree.teams().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["root", "a", "a1", "b"]);
        assert!(tree.teams().iter().all(|t| t.subteams.is_empty()));
        assert_eq!(tree.parents(), [None, Some(0), Some(1), Some(0)]);
        assert_eq!(
            (0..4).map(|i| tree.depth(i)).collect::<Vec<_>>(),
            [0, 1, 2, 1]
        );
        assert_eq!(
            (0..4).map(|i| tree.subtree(i)).collect::<Vec<_>>(),
            [0..4, 1..3, 2..3, 3..4]
        );
        assert_eq!(tree.children(0), [1, 3]);
        assert_eq!(
            (0..4).map(|i| tree.subtree_people(i)).collect::<Vec<_>>(),
            [3, 3, 2, 0]
        );
        assert_eq!(tree.person_count(), 3);
        assert_eq!(tree.find("a1"), Some(2));
        assert_eq!(tree.find("zz"), None);
        assert_eq!(
            tree.technologies(),
            [
                ("Go".to_string(), 2),
                ("Puppet".into(), 2),
                ("Rust".into(), 1)
            ]
        );
    }

    #[test]
    fn a_deep_tree_does_not_recurse() {
        let mut t = team("d0", &[], &[], vec![]);
        for i in 1..2000 {
            t = team(&format!("d{i}"), &[], &[], vec![t]);
        }
        let tree = TeamTree::new(t);
        assert_eq!(
            (tree.len(), tree.depth(1999), tree.subtree(0)),
            (2000, 1999, 0..2000)
        );
    }
}
