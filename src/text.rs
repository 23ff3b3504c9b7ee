//! Words the page builds from numbers.
//!
//! ```
//! use teampage::text::count;
//! assert_eq!(count(1, "person", "people"), "1 person");
//! assert_eq!(count(3, "team", "teams"), "3 teams");
//! ```

/// `n` with the singular or plural noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 teams, 12 people": what the filter shows.
pub fn counts_text(teams: usize, people: usize) -> String {
    format!(
        "{}, {}",
        count(teams, "team", "teams"),
        count(people, "person", "people")
    )
}
