//! The shipped content as static tables, baked from `data/tree.json` by `build.rs` so
//! the wasm carries no JSON deserializer for it.
//!
//! The types here are what the generated `tree_baked.rs` is written against: `build.rs`
//! emits expressions naming them, and `include!` pastes the result at the bottom of this
//! file. [`raw`] turns the tables into the owned types once.
//!
//! Each text's Chinese version is a position in a list: `ZH` natively, where the tests
//! need both languages; in the browser the list is empty and the Chinese texts are the
//! build's `tree-zh.json` (the same list, written by `build.rs`), fetched only by a visitor
//! who reads Chinese and handed to [`raw_with_chinese`]. That keeps one language's display
//! text out of the first load (about 5 KB brotli); search keeps both languages' keywords.

use super::wording::RawTree;

/// A text as the byte offset and length of its English version in `EN` (every English
/// display text as one string: offsets compress to less than a pointer per text) and the
/// position of its Chinese one in the list of Chinese texts; becomes a
/// [`super::model::Localized`].
pub type EnZh = (u16, u16, u16);

/// A list of plain strings (ids, keywords) as one literal, items separated by a line
/// break; empty for an empty list.
pub type Joined = &'static str;

/// The Chinese texts for the tables: the position in [`EnZh`] indexes it. An empty list
/// (the browser before `tree-zh.json`) leaves every Chinese text empty.
type Chinese<'a> = &'a [&'a str];

/// A question; fields as in [`super::model::Question`], choices as (label, next id,
/// ruled-out outcomes).
pub struct BakedQuestion {
    pub id: &'static str,
    pub audience: Option<super::model::Audience>,
    pub text: EnZh,
    pub choices: &'static [(EnZh, &'static str, Joined)],
}

/// An outcome; fields as in [`super::model::Outcome`].
pub struct BakedOutcome {
    pub id: &'static str,
    pub audience: Option<super::model::Audience>,
    pub title: EnZh,
    pub error_message: Option<&'static str>,
    /// The Chinese form's position in the Chinese texts, and whether it is confirmed.
    pub error_message_zh: Option<(u16, bool)>,
    pub what_happened: EnZh,
    pub why: EnZh,
    pub steps: &'static [EnZh],
    pub verification: &'static [EnZh],
    pub notes: &'static [EnZh],
    pub faq: &'static [(EnZh, EnZh)],
    pub links: Joined,
    pub keywords: (Joined, Joined),
    pub aliases: (Joined, Joined),
    pub not_solved_lead: Option<EnZh>,
    pub not_solved: Joined,
}

/// A node of the `NODES` table.
pub enum BakedNode {
    Question(BakedQuestion),
    // By reference, as the owned type boxes it: an outcome is several times the size of
    // a question, and every entry of the table would take its size.
    Outcome(&'static BakedOutcome),
}

fn localized(t: EnZh, zh: Chinese) -> super::model::Localized {
    let start = usize::from(t.0);
    super::model::Localized {
        en: EN
            .get(start..start + usize::from(t.1))
            .unwrap_or_default()
            .into(),
        zh: chinese(t.2, zh),
    }
}

/// The Chinese text at `index`, empty when the list does not have it.
fn chinese(index: u16, zh: Chinese) -> String {
    zh.get(usize::from(index))
        .copied()
        .unwrap_or_default()
        .into()
}

fn localized_list(list: &[EnZh], zh: Chinese) -> Vec<super::model::Localized> {
    list.iter().map(|&t| localized(t, zh)).collect()
}

fn strings(list: Joined) -> Vec<String> {
    list.split_terminator('\n').map(Into::into).collect()
}

fn per_locale(p: (Joined, Joined)) -> super::model::PerLocale {
    super::model::PerLocale {
        en: strings(p.0),
        zh: strings(p.1),
    }
}

fn node(n: &BakedNode, zh: Chinese) -> super::model::Node {
    match n {
        BakedNode::Question(q) => super::model::Node::Question(super::model::Question {
            id: q.id.into(),
            audience: q.audience,
            text: localized(q.text, zh),
            choices: q
                .choices
                .iter()
                .map(|&(label, next, rules_out)| super::model::Choice {
                    label: localized(label, zh),
                    next: next.into(),
                    rules_out: strings(rules_out),
                })
                .collect(),
        }),
        BakedNode::Outcome(o) => super::model::Node::Outcome(Box::new(super::model::Outcome {
            id: o.id.into(),
            audience: o.audience,
            title: localized(o.title, zh),
            error_message: o.error_message.map(Into::into),
            error_message_zh: o.error_message_zh.map(|(i, confirmed)| {
                super::model::ChineseMessage {
                    zh: chinese(i, zh),
                    confirmed,
                }
            }),
            what_happened: localized(o.what_happened, zh),
            why: localized(o.why, zh),
            steps: localized_list(o.steps, zh),
            verification: localized_list(o.verification, zh),
            notes: localized_list(o.notes, zh),
            faq: o
                .faq
                .iter()
                .map(|&(q, a)| super::model::Faq {
                    q: localized(q, zh),
                    a: localized(a, zh),
                })
                .collect(),
            links: strings(o.links)
                .into_iter()
                .map(super::model::Link::from)
                .collect(),
            keywords: per_locale(o.keywords),
            aliases: per_locale(o.aliases),
            not_solved_lead: o.not_solved_lead.map(|t| localized(t, zh)),
            not_solved: strings(o.not_solved),
        })),
    }
}

/// The shipped tree's content, built from the tables: both languages natively, English
/// alone in the browser (see [`raw_with_chinese`]).
pub fn raw() -> RawTree {
    raw_with_chinese(ZH)
}

/// The shipped tree's content with `zh` as its Chinese texts (`tree-zh.json`, which holds
/// [`ZH_COUNT`] of them; missing ones are left empty).
pub fn raw_with_chinese(zh: Chinese) -> RawTree {
    RawTree {
        start: START.into(),
        last_resort: LAST_RESORT.into(),
        wording: wording(zh),
        nodes: NODES.iter().map(|n| node(n, zh)).collect(),
    }
}

include!(concat!(env!("OUT_DIR"), "/tree_baked.rs"));

#[cfg(test)]
mod tests {
    use crate::domain::tree::Tree;

    #[test]
    fn the_chinese_texts_file_is_the_list_the_tables_point_into() {
        // What the browser fetches (tree-zh.json) is what native builds bake.
        let file: Vec<String> =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/tree-zh.json")))
                .expect("tree-zh.json is a list of strings");
        assert_eq!(file, super::ZH);
        assert_eq!(file.len(), super::ZH_COUNT);
        // Handed over as the browser does, it makes the same tree.
        let texts: Vec<&str> = file.iter().map(String::as_str).collect();
        let tree = Tree::from_raw(super::raw_with_chinese(&texts));
        assert_eq!(&tree, Tree::shipped());
        // Without it, every Chinese display text is empty and the English ones are there.
        let english = Tree::from_raw(super::raw_with_chinese(&[]));
        let node = english.node("system-error-209").unwrap();
        assert!(node
            .localized_fields()
            .all(|(_, t)| t.zh.is_empty() && !t.en.is_empty()));
    }

    #[test]
    fn the_baked_tree_equals_the_json_file() {
        let parsed = Tree::shipped_from_json().expect("data/tree.json parses");
        assert_eq!(Tree::shipped(), &parsed);
        // Not vacuous: both hold the whole file.
        assert!(parsed.nodes().len() > 20);
        assert!(parsed.outcome("system-error-209").is_some());
    }
}
