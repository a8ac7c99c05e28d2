//! A small valid tree for the unit tests of every file in this folder, and helpers that
//! break one thing in it at a time.

use super::{validate, Tree, TreeError};
use crate::domain::config::Config;

/// A small valid tree; tests break one thing at a time with `edit`.
pub(super) fn good_json() -> serde_json::Value {
    let t = |s: &str| serde_json::json!({"en": s, "zh": format!("中文{s}")});
    let texts: serde_json::Map<String, serde_json::Value> = [
        "did_it_solve",
        "solved_yes",
        "solved_no",
        "solved",
        "solved_yes_admin",
        "solved_admin",
        "next_best",
        "last_stop",
        "link_new_password",
        "link_qr_demo",
        "company",
        "domain",
        "login_url",
        "admin_contact",
        "hard_refresh_pc",
        "hard_refresh_mac",
        "hard_refresh_phone",
        "summary_title",
        "summary_error",
        "summary_no_error",
        "summary_answers",
        "summary_tried",
        "summary_not_solved",
        "summary_current",
        "summary_when",
        "summary_no_password",
    ]
    .iter()
    .map(|k| (k.to_string(), t(k)))
    .collect();
    let outcome = |id: &str, not_solved: &[&str]| {
        serde_json::json!({
            "kind": "outcome", "id": id, "audience": "employee", "title": t(id),
            "what_happened": t("w"), "why": t("y"), "steps": [t("s")],
            "verification": [t("v")],
            "keywords": {"en": ["k"], "zh": ["键"]},
            "aliases": {"en": ["a"], "zh": ["别"]},
            "not_solved": not_solved,
        })
    };
    serde_json::json!({
        "start": "start",
        "last_resort": "help",
        "texts": texts,
        "nodes": [
            {"kind": "question", "id": "start", "text": t("Q?"), "choices": [
                {"label": t("one"), "next": "fix"},
                {"label": t("two"), "next": "more"},
            ]},
            {"kind": "question", "id": "more", "text": t("More?"), "choices": [
                {"label": t("back"), "next": "start"},
                {"label": t("help"), "next": "help"},
            ]},
            outcome("fix", &["help"]),
            outcome("help", &[]),
        ]
    })
}

/// An administrator's outcome `admin` for the fixture, going on to `not_solved`: for the
/// tests of the rule that a page's suggestions must suit its readers.
pub(super) fn administrators_outcome(not_solved: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "kind": "outcome", "id": "admin", "audience": "administrator",
        "title": {"en": "A", "zh": "甲"}, "what_happened": {"en": "w", "zh": "乙"},
        "why": {"en": "y", "zh": "丙"}, "steps": [{"en": "s", "zh": "丁"}],
        "verification": [], "keywords": {"en": ["k"], "zh": ["键"]},
        "aliases": {"en": ["a"], "zh": ["别"]}, "not_solved": not_solved
    })
}

pub(super) fn tree_of(v: &serde_json::Value) -> Tree {
    Tree::from_json(&v.to_string()).expect("test tree parses")
}

pub(super) fn errors_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<TreeError> {
    let mut v = good_json();
    edit(&mut v);
    validate(&tree_of(&v)).expect_err("the edit introduces a defect")
}

pub(super) fn assert_same_set(mut got: Vec<TreeError>, mut want: Vec<TreeError>) {
    let key = |e: &TreeError| format!("{e:?}");
    got.sort_by_key(key);
    want.sort_by_key(key);
    assert_eq!(got, want);
}

pub(super) fn node_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["nodes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|n| n["id"] == id)
        .unwrap()
}

pub(super) fn config(domain: Option<&str>, url: Option<&str>) -> Config {
    Config {
        mail_domain: domain.map(Into::into),
        login_url: url.map(Into::into),
        ..Config::default()
    }
}
