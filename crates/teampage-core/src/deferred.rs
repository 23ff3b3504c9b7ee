//! The page's deferred work, in the order it is done: what a keystroke or
//! "Expand all" leaves for the frames after the one that shows it.
//!
//! ```
//! use teampage_core::deferred::{Deferred, Job};
//! let mut work = Deferred::default();
//! work.fill_later(7);
//! work.replace_builds([Job::Body(2), Job::Head(3)]);
//! assert!(work.schedule()); // the first ask queues a batch
//! assert!(!work.schedule()); // the next ones find it queued
//! assert_eq!([work.take(), work.take(), work.take()], [Some(Job::Body(2)), Some(Job::Head(3)), Some(Job::Fill(7))]);
//! assert_eq!(work.take(), None);
//! ```

use std::collections::VecDeque;

/// One piece of deferred work on team `i`'s card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// Bring the card head's highlights up to date.
    Head(usize),
    /// Build the card's body, or bring it up to date.
    Body(usize),
    /// Fill in a card that was rendered hidden and empty.
    Fill(usize),
}

/// Deferred work, in page order: builds (heads and bodies the current
/// filter needs) before fills (hidden cards, needed only once shown), and
/// whether a batch is queued or must wait for the next painted frame.
#[derive(Debug, Default)]
pub struct Deferred {
    builds: VecDeque<Job>,
    fills: VecDeque<usize>,
    scheduled: bool,
    frame_first: bool,
}

impl Deferred {
    /// Replaces the builds with `jobs` (a new filter makes the old ones
    /// stale); fills stay.
    pub fn replace_builds(&mut self, jobs: impl IntoIterator<Item = Job>) {
        self.builds.clear();
        self.builds.extend(jobs);
    }

    /// Queues card `i` to be filled in once no build is left.
    pub fn fill_later(&mut self, i: usize) {
        self.fills.push_back(i);
    }

    /// The next job: the first build, else the first fill.
    pub fn take(&mut self) -> Option<Job> {
        self.take_build()
            .or_else(|| self.fills.pop_front().map(Job::Fill))
    }

    /// The next build, leaving fills queued.
    pub fn take_build(&mut self) -> Option<Job> {
        self.builds.pop_front()
    }

    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.builds.is_empty() && self.fills.is_empty()
    }

    /// Asks for a batch: true when none was queued (the caller queues one).
    pub fn schedule(&mut self) -> bool {
        !std::mem::replace(&mut self.scheduled, true)
    }

    /// The queued batch is over and nothing is left, or it stopped: the next
    /// [`Deferred::schedule`] queues a new one.
    pub fn unschedule(&mut self) {
        self.scheduled = false;
    }

    /// A visible change is waiting for its frame: the next batch waits
    /// until that frame is painted.
    pub fn frame_first(&mut self) {
        self.frame_first = true;
    }

    /// Whether a visible change came since the last call (and forgets it).
    pub fn take_frame_first(&mut self) -> bool {
        std::mem::take(&mut self.frame_first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_come_first_and_a_new_filter_replaces_them() {
        let mut work = Deferred::default();
        work.replace_builds([Job::Head(1), Job::Body(1)]);
        work.fill_later(4);
        work.fill_later(5);
        assert_eq!(work.take(), Some(Job::Head(1)));
        work.replace_builds([Job::Body(9)]);
        assert_eq!(work.take_build(), Some(Job::Body(9)));
        assert_eq!(work.take_build(), None);
        assert!(!work.is_empty());
        assert_eq!(work.take(), Some(Job::Fill(4)));
        assert_eq!(work.take(), Some(Job::Fill(5)));
        assert!(work.is_empty());
    }

    #[test]
    fn one_batch_at_a_time_and_frames_first() {
        let mut work = Deferred::default();
        assert!(work.schedule());
        assert!(!work.schedule());
        work.unschedule();
        assert!(work.schedule());
        assert!(!work.take_frame_first());
        work.frame_first();
        work.frame_first();
        assert!(work.take_frame_first());
        assert!(!work.take_frame_first());
    }
}
