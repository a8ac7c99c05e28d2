//! The recovery decision tree: its types, the shipped content, the validator and the walker.
//!
//! The content lives in `data/tree.json`, embedded at build time, so wording can change
//! without touching code. Every node has a stable kebab-case id that doubles as its public
//! deep link `#/<id>`. A node is either a [`Question`] (one question, several choices) or an
//! [`Outcome`] (what happened, why, steps, how to verify). After an outcome the user is asked
//! "Did this solve it?"; "No" offers the outcome's `not_solved` list, which always ends at the
//! tree's `last_resort` outcome (contacting the administrator).
//!
//! [`validate()`] reports every defect at once so a content editor fixes a file in one pass.
//! Graph algorithms here are iterative: the wasm stack is small and content is data.
//!
//! Text may contain placeholders (`{company}`, `{domain}`, `{login_url}`, `{admin_contact}`,
//! `{console_url}`, `{hard_refresh}`) that [`Tree::fill_placeholders`] fills from the
//! company's config, the email address the user typed, and their platform. Text is plain:
//! never HTML, so the UI renders it as text and nothing in the data can inject markup.
//!
//! One concern per file: `model.rs` holds the content types, `baked.rs` the shipped tables
//! `build.rs` writes, `placeholders.rs` the filling of `{placeholders}`, `validate.rs`,
//! `graph.rs` and `error.rs` the validator, `walker.rs` the visitor's way through the
//! tree, `links.rs` the links that take it, `offers.rs` what an outcome page offers beside
//! its text, and `lookup.rs` the [`Tree`] itself and its
//! lookups. This file only declares them; everything public is re-exported here, so callers
//! write `domain::tree::Outcome`, never the file it lives in.

mod baked;
mod error;
#[cfg(test)]
mod fixture;
mod graph;
mod links;
mod lookup;
mod model;
mod offers;
mod placeholders;
mod validate;
mod walker;
mod wording;

pub use error::TreeError;
pub use links::{Crumb, CrumbLabel, NextLink, NotSolved};
#[cfg(not(all(target_arch = "wasm32", feature = "fetched-chinese")))]
pub use lookup::chinese_file;
pub use lookup::Tree;
pub use model::{
    Audience, ChineseMessage, Choice, Faq, FieldName, Link, Localized, Node, Outcome, PerLocale,
    Question, Reader, CLOUD_CONSOLE, MAIL_CONSOLE,
};
pub use offers::OutcomeOffers;
pub(crate) use placeholders::email_domain;
pub use placeholders::{
    login_hint, login_url, LoginHint, PlaceholderValues, Platform, CONSOLE_URL, PLACEHOLDERS,
};
pub use validate::validate;
pub use walker::{reader, Step, WalkError, Walker, LOCKED_OUTCOME};
pub use wording::TreeWording;
