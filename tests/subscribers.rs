//! Memory: a subscriber dropped while the signal it read lives on must not stay behind in
//! that signal's subscriber set. reactive_graph 0.2.16 removes an entry only when its
//! subscriber runs again, so every page's effects that read an app-lifetime signal (the
//! language, the typed email) were kept, a few kilobytes per page change; the copy in
//! `vendor/reactive_graph` prunes dead entries as the set grows (see `vendor/README.md`).
//! The same holds for an owner's children (`Owner::new` under an owner that lives on).
//! Native, with an allocator that counts the live bytes of each thread, so tests running
//! beside each other do not count each other's allocations.

// Native only: the browser tests are tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use reactive_graph::computed::ArcMemo;
use reactive_graph::owner::Owner;
use reactive_graph::signal::ArcRwSignal;
use reactive_graph::traits::{Get, GetUntracked, Set};

/// The system allocator, counting the bytes this thread has allocated and not freed.
struct Counting;

thread_local! {
    // `const`, so reading it never allocates (which would recurse into the allocator).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // `try_with`: while a thread shuts down its locals are gone, and that is not counted.
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Live bytes kept after `run(20_000)`, measured after a warm-up of `run(200)`.
fn kept_by(mut run: impl FnMut(usize)) -> isize {
    run(200);
    let before = LIVE.with(Cell::get);
    run(20_000);
    LIVE.with(Cell::get) - before
}

#[test]
fn dropped_subscribers_leave_nothing_behind_in_a_long_lived_signal() {
    // The app-lifetime signal, and one subscriber that lives as long (the header's).
    let locale = ArcRwSignal::new(0u32);
    let header = ArcMemo::new({
        let locale = locale.clone();
        move |_| locale.get() + 1
    });
    assert_eq!(header.get_untracked(), 1);

    // The pages, each drawn by the same owner as the app's page effect does (which
    // cleans up the previous page's children), each with a text that reads the signal.
    let pages = Owner::new();
    let kept = kept_by(|n| {
        for _ in 0..n {
            pages.with_cleanup(|| {
                let text = ArcMemo::new({
                    let locale = locale.clone();
                    move |_| locale.get() * 2
                });
                assert_eq!(text.get_untracked(), locale.get_untracked() * 2);
            });
        }
    });
    // Unpatched, each dropped subscriber keeps its entry and its allocation, hundreds of
    // bytes each, megabytes here. Pruned, the set stays as large as it was.
    assert!(
        kept < 8 * 1024,
        "{kept} bytes kept by 20,000 dropped subscribers of a signal that lives on"
    );

    // The subscriber that lives on is still notified.
    locale.set(41);
    assert_eq!(header.get_untracked(), 42);
}

#[test]
fn dropped_children_leave_nothing_behind_in_a_long_lived_owner() {
    // Something that lives as long as the app and now and then makes a reactive value
    // that is soon dropped (each makes an owner, a child of the current one).
    let app = Owner::new();
    let kept = kept_by(|n| {
        app.with(|| {
            for i in 0..n {
                let value = ArcMemo::new(move |_| i * 2);
                assert_eq!(value.get_untracked(), i * 2);
            }
        })
    });
    assert!(
        kept < 8 * 1024,
        "{kept} bytes kept by 20,000 dropped children of an owner that lives on"
    );
}
