//! What the filter tests share: an index with the tree it is built from.

use std::ops::Deref;
use teampage_core::filter::Index;
use teampage_core::manifest::Team;
use teampage_core::tree::TeamTree;

/// The index of `root`, with the tree it is built from.
pub struct Indexed {
    pub tree: TeamTree,
    pub index: Index,
}

impl Deref for Indexed {
    type Target = Index;
    fn deref(&self) -> &Index {
        &self.index
    }
}

pub fn index_of(root: &Team) -> Indexed {
    let tree = TeamTree::new(root.clone());
    let index = Index::new(&tree);
    Indexed { tree, index }
}
