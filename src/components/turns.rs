//! Work that can wait, done one piece at a time: each piece in a task of its own, after the
//! browser has drawn what the previous one changed.
//!
//! Why: a country list is 250 options, and the browser styles and lays out every option it is
//! given at its next frame. The personal-data step's four lists, filled in the same frame, made
//! one style-and-layout pass longer than all the step's own rendering; a piece per frame keeps
//! every task short, so a keystroke into the form is never held up behind them.

use leptos::prelude::{request_animation_frame, set_timeout};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

thread_local! {
    static QUEUE: RefCell<VecDeque<Box<dyn FnOnce()>>> = const { RefCell::new(VecDeque::new()) };
    /// Whether a piece is due (the queue is being worked through).
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `work` in a task of its own, after the work queued before it and the frame that drew it.
/// Work whose component has gone meanwhile must do nothing: use `try_` signal methods in it.
pub(crate) fn in_turn(work: impl FnOnce() + 'static) {
    QUEUE.with_borrow_mut(|queue| queue.push_back(Box::new(work)));
    if !DUE.replace(true) {
        after_next_frame();
    }
}

/// In a task after the next frame: an animation-frame callback itself runs just before the
/// frame's style pass, which would then take in this piece's changes with the previous ones'.
fn after_next_frame() {
    request_animation_frame(|| set_timeout(run_one, Duration::ZERO));
}

fn run_one() {
    // Taken out before it runs: the piece may queue more.
    if let Some(work) = QUEUE.with_borrow_mut(VecDeque::pop_front) {
        work();
    }
    if QUEUE.with_borrow(VecDeque::is_empty) {
        DUE.set(false);
    } else {
        after_next_frame();
    }
}
