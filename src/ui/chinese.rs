//! The tree's Chinese display texts, which the wasm does not carry: fetched as
//! `tree-zh.json` only for a visitor who reads Chinese (at start, or on switching).
//! Its own module so that the shell's language switch and the launch can both use it
//! without the launch (which mounts the app) and the shell depending on each other.

use super::browser;
use crate::domain::config::FetchFailure;
use crate::domain::tree::Tree;

/// Fetches the tree's Chinese texts if the tree lacks them; false if they could not be
/// had (the tree pages then show their English texts).
pub async fn load() -> bool {
    if !Tree::has_chinese() {
        add(browser::fetch_chinese_texts().await);
    }
    Tree::has_chinese()
}

/// Adds fetched Chinese texts to the tree, warning in the console when the fetch failed
/// or the file does not fit this build's tree.
pub fn add(text: Result<String, FetchFailure>) {
    let added = text.is_ok_and(|text| Tree::add_chinese(&text));
    if !added {
        leptos::logging::warn!(
            "The Chinese texts of the decision tree could not be loaded; showing English."
        );
    }
}
