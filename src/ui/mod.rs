//! The page: thin Leptos components that read domain values through signals.
//!
//! No business rule is decided here. Components get the configuration, the locale and
//! the current route from `Ctx` (`ctx.rs`), hand typed text and the clock to `domain`, and
//! render what comes back.

// Which file lives in which bundle (see `seam` for why there are two):
// - main bundle only: launch, takeover, app, shell, start, tree, kiosk (KioskAddress,
//   prepare), embed, seam::host;
// - on-demand bundle only: seam::guest, password, qr, qr_browser, kiosk_guard;
// - setup bundle only (setup.html, the company's setup page): setup, setup_preview;
// - both: ctx, panic, browser, not_found, session (the main bundle notes navigation and
//   sets the locked-account flag, the QR demo reads and clears it).
// The two binaries link the same library, and the linker keeps in each what it reaches.
// This file only declares modules and re-exports: no other file uses anything from it.
mod app;
mod browser;
mod chinese;
mod ctx;
mod embed;
mod kiosk;
mod kiosk_guard;
mod launch;
mod not_found;
mod panic;
mod password;
mod qr;
mod qr_browser;
pub mod seam;
mod session;
mod setup;
mod setup_preview;
mod shell;
mod start;
mod takeover;
mod tree;

pub use app::App;
pub use launch::{load_config, mount, start};
pub use panic::set_panic_hook;
pub use setup::mount as mount_setup;
