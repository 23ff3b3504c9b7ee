//! A query: the words typed in the filter box and the selected technologies.

use super::fold::fold;

/// What the user asked for: words (all must match) and technologies (all
/// must be used by a matching team).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// The typed words, [folded](super::fold()), non-empty, without duplicates,
    /// in the order typed.
    pub words: Vec<String>,
    /// The selected technologies, exactly as given (they are compared with a
    /// team's technologies after folding both).
    pub techs: Vec<String>,
}

impl Query {
    /// Splits `text` on whitespace (and control characters, which can never
    /// occur in a haystack's text), folds each word, and drops empty and
    /// repeated words. Empty and repeated technologies are dropped too.
    ///
    /// ```
    /// use teampage_core::filter::Query;
    /// let q = Query::new("  Boruń  JOHN boruń ", &["Varnish".to_string()]);
    /// assert_eq!(q.words, ["borun", "john"]);
    /// assert_eq!(q.techs, ["Varnish"]);
    /// ```
    pub fn new(text: &str, techs: &[String]) -> Query {
        let mut words: Vec<String> = Vec::new();
        for w in text.split(|c: char| c.is_whitespace() || c.is_control()) {
            if w.is_empty() {
                continue;
            }
            let f = fold(w);
            if !f.is_empty() && !words.contains(&f) {
                words.push(f);
            }
        }
        let mut ts: Vec<String> = Vec::new();
        for t in techs {
            if !t.trim().is_empty() && !ts.contains(t) {
                ts.push(t.clone());
            }
        }
        Query { words, techs: ts }
    }

    /// Whether the query asks for nothing (no word, no technology): then
    /// [`Index::run`](super::Index::run) shows everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.techs.is_empty()
    }
}
