//! Pure domain logic: plain values in, plain values out.
//!
//! Nothing in here reads the clock, the DOM or a random source; the UI passes those in.
//! That keeps every rule unit-testable natively in seconds.

pub mod checks;
pub mod config;
pub mod i18n;
pub mod json;
pub mod kiosk;
pub mod nfkc;
pub mod order;
pub mod policy;
pub mod qr;
pub mod route;
pub mod search;
pub mod setup;
pub mod shell;
pub mod summary;
pub mod theme;
pub mod tree;
