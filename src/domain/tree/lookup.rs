//! The [`Tree`]: the shipped content (from the tables `build.rs` bakes, or parsed from
//! `data/tree.json`) with an id index, and the lookups every other part of the tree uses.

use std::sync::OnceLock;

use super::baked;
use super::model::{Link, Node, Outcome};
use super::wording::{RawTree, TreeWording};
use crate::domain::i18n::{Locale, Msg};
use crate::domain::json;

/// The text of this build's `tree-zh.json`: the tree's Chinese texts as `build.rs` wrote
/// them, then the [`Msg`] catalog's, in declaration order. Written at build time
/// (`examples/tree_zh.rs`), from the texts compiled in there; the main bundle, which does
/// not carry them, has no such function.
#[cfg(not(all(target_arch = "wasm32", feature = "fetched-chinese")))]
pub fn chinese_file() -> String {
    let tree: Vec<String> =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/tree-zh.json")))
            .expect("build.rs writes a list of strings");
    let all: Vec<&str> = tree
        .iter()
        .map(String::as_str)
        .chain(Msg::ALL.iter().map(|m| m.zh()))
        .collect();
    serde_json::to_string(&all).expect("strings serialize")
}

/// The strings of a `tree-zh.json` for this build: a JSON list of exactly as many strings
/// as the baked tables point to, then one for each key of the interface's [`Msg`]
/// catalog (which the main bundle does not carry either; `examples/tree_zh.rs`).
fn chinese_texts(json: &str) -> Option<Vec<String>> {
    let Ok(json::Value::Array(items)) = json::parse(json) else {
        return None;
    };
    let texts: Vec<String> = items
        .into_iter()
        .map(|v| match v {
            json::Value::String(s) => Some(s),
            _ => None,
        })
        .collect::<Option<_>>()?;
    (texts.len() == baked::ZH_COUNT + Msg::ALL.len()).then_some(texts)
}

/// The shipped tree from the baked tables: both languages natively, English in the
/// browser (see [`Tree::shipped`]).
static BAKED: OnceLock<Tree> = OnceLock::new();
/// The shipped tree with the Chinese texts the browser fetched ([`Tree::add_chinese`]).
static WITH_CHINESE: OnceLock<Tree> = OnceLock::new();

/// The embedded content file.
const SHIPPED_JSON: &str = include_str!("../../../data/tree.json");

/// The whole decision tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    // Visible to the rest of the tree folder: the validator and the graph checks walk
    // the raw nodes.
    pub(super) start: String,
    pub(super) last_resort: String,
    pub(super) wording: TreeWording,
    pub(super) nodes: Vec<Node>,
}

impl Tree {
    /// The tree shipped with the app, built once from the baked tables. A test validates
    /// the embedded file, so this cannot fail in a build that passed its tests.
    ///
    /// Natively it holds both languages. In the browser it holds English until
    /// [`Tree::add_chinese`] has been given the build's `tree-zh.json`; from then on it is
    /// that tree (pages drawn before hold the English one, and are drawn again).
    pub fn shipped() -> &'static Tree {
        WITH_CHINESE
            .get()
            .unwrap_or_else(|| BAKED.get_or_init(|| Tree::from_raw(baked::raw())))
    }

    /// Gives the shipped tree its Chinese texts: `json` is the text of the build's
    /// `tree-zh.json`. False (and nothing changes) when it is not that list (not JSON, or
    /// a file of another build); once the tree has them, true and nothing to do.
    pub fn add_chinese(json: &str) -> bool {
        if Tree::has_chinese() {
            return true;
        }
        let Some(mut texts) = chinese_texts(json) else {
            return false;
        };
        // The interface's own texts follow the tree's.
        crate::domain::i18n::add_fetched_zh(texts.split_off(baked::ZH_COUNT));
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        // Both trees stay: pages drawn in English may still hold references into it.
        let _ = WITH_CHINESE.set(Tree::from_raw(baked::raw_with_chinese(&texts)));
        true
    }

    /// Whether the shipped tree has its Chinese texts (always, natively).
    pub fn has_chinese() -> bool {
        !Tree::shipped().wording.did_it_solve.zh.is_empty()
    }

    /// The shipped tree parsed from the JSON file at run time, as content editors'
    /// tools and the tests do; [`Tree::shipped`] builds the same tree from the tables
    /// `build.rs` bakes, and a test checks they are equal.
    pub fn shipped_from_json() -> Result<Tree, serde_json::Error> {
        Tree::from_json(SHIPPED_JSON)
    }

    /// Parses a tree from JSON. Structural mistakes (a missing field, an unknown field,
    /// a wrong type) fail here; everything else is for [`validate()`].
    pub fn from_json(json: &str) -> Result<Tree, serde_json::Error> {
        Ok(Tree::from_raw(serde_json::from_str(json)?))
    }

    pub(super) fn from_raw(raw: RawTree) -> Tree {
        Tree {
            start: raw.start,
            last_resort: raw.last_resort,
            wording: raw.wording,
            nodes: raw.nodes,
        }
    }

    /// The position of the first node with this id (duplicates are a validation defect).
    /// A scan: the tree has a few dozen nodes, and a map of them cost the wasm more
    /// (a hasher and a hash table of its own: 1.6 KB brotli) than the scan costs time.
    pub(super) fn position(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id() == id)
    }

    /// The id of the start question.
    pub fn start(&self) -> &str {
        &self.start
    }

    /// The id of the outcome every "not solved" chain ends at (contact the administrator).
    pub fn last_resort(&self) -> &str {
        &self.last_resort
    }

    /// The tree-wide wording: the "Did this solve it?" flow, placeholder fallbacks and
    /// the summary's labels.
    pub fn wording(&self) -> &TreeWording {
        &self.wording
    }

    /// All nodes in file order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.position(id).map(|i| &self.nodes[i])
    }

    /// The outcome with this id, if the id names an outcome.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.node(id).and_then(Node::as_outcome)
    }

    /// True when `id` names an outcome page.
    pub fn is_outcome(&self, id: &str) -> bool {
        self.outcome(id).is_some()
    }

    /// Every outcome in file order.
    pub fn outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.nodes.iter().filter_map(Node::as_outcome)
    }

    /// The button label of a link: the target page's heading, or the checker/demo label.
    pub fn link_label<'a>(&'a self, link: &'a Link, locale: Locale) -> &'a str {
        match link {
            Link::NewPassword => self.wording.link_new_password.get(locale),
            Link::QrDemo => self.wording.link_qr_demo.get(locale),
            Link::Node(id) => self
                .node(id)
                .map_or(id.as_str(), |n| n.heading().get(locale)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::route::Route;
    use crate::domain::tree::fixture;
    use fixture::{good_json, node_mut};

    #[test]
    fn only_this_builds_list_of_chinese_texts_is_taken() {
        let tree_only = include_str!(concat!(env!("OUT_DIR"), "/tree-zh.json"));
        assert_eq!(
            chinese_texts(tree_only),
            None,
            "the interface's texts are missing"
        );
        let file = &crate::domain::tree::chinese_file();
        assert_eq!(
            chinese_texts(file).map(|t| t.len()),
            Some(baked::ZH_COUNT + Msg::ALL.len())
        );
        // Another build's list (one text more or less), or not a list of strings.
        let fewer = file.replacen("\",\"", "", 1);
        assert_eq!(chinese_texts(&fewer), None);
        assert_eq!(chinese_texts("[\"a\", 1]"), None);
        assert_eq!(chinese_texts("{}"), None);
        assert_eq!(chinese_texts("not json"), None);
        // Natively the tree has both languages already.
        assert!(Tree::has_chinese());
        assert!(Tree::add_chinese("not json"));
    }

    #[test]
    fn unknown_fields_and_link_kinds_are_parse_errors_or_node_links() {
        let mut v = good_json();
        node_mut(&mut v, "fix")["colour"] = "red".into();
        assert!(Tree::from_json(&v.to_string()).is_err());
        assert_eq!(Link::from("qr-demo".to_string()), Link::QrDemo);
        assert_eq!(
            Link::from("new-password".to_string()).route(),
            Route::NewPassword
        );
        assert_eq!(
            Link::from("fix".to_string()).route(),
            Route::Page("fix".into())
        );
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_on_any_text(json in "\\PC{0,200}") {
            let _ = Tree::from_json(&json);
        }
    }
}
