//! The filter: a search index over a team tree and the queries run on it (STUB).
