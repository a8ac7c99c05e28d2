//! Mail Recovery Assistant: helps Alibaba Mail users who cannot log in.
//!
//! [`domain`] holds every rule as plain Rust; [`ui`] (browser only) wires it to the page.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;
