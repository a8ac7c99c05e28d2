//! The company's setup page, as plain values: which fields `config.json` has and how the
//! page groups them ([`FIELDS`]), the file written back from a configuration with only
//! what differs from the defaults ([`config_json`]), the weak-keyword list as the postmaster
//! types it, one per line ([`keyword_lines`]), and the embedding snippets ([`iframe_snippet`],
//! [`csp_line`]).
//!
//! Validation is not here: the page runs the very reader the assistant runs
//! ([`crate::domain::config::parse`]) on the file it would write, so every rule and
//! message exists once.
//!
//! # Files
//!
//! | File | Owns |
//! |---|---|
//! | `fields.rs` | [`Field`], [`Group`], [`FIELDS`]: every field of the file, in the page's order |
//! | `output.rs` | [`config_json`]: a configuration back to pretty-printed JSON, defaults left out |
//! | `keywords.rs` | [`keyword_lines`]: the one-per-line keyword box, its empty lines and duplicates |
//! | `snippets.rs` | the iframe and host-page snippet and the `Content-Security-Policy` line |
//! | `contrast.rs` | [`theme_pairs`]: the colours' contrast shown live, with the theme's own verdict |
//! | `form.rs` | [`form_json`], [`form_values`]: the form's strings to the file's text and back |
//!
//! `form` uses `fields` and `output`'s writer, and `output`'s tests use `fields`; nothing
//! else here uses another file.

mod contrast;
mod fields;
mod form;
mod keywords;
mod output;
mod snippets;

pub use contrast::{builtin_colour, theme_pairs, Pair};
pub use fields::{place_of, Field, Group, Kind, Place, FIELDS};
pub use form::{form_json, form_values, FormValues};
pub use keywords::{keyword_lines, KeywordLines};
pub use output::{config_json, default_values, field_paths};
pub use snippets::{csp_line, iframe_snippet};
