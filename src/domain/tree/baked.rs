//! The shipped content as static tables, baked from `data/tree.json` by `build.rs` so
//! the wasm carries no JSON deserializer for it.
//!
//! The types here are what the generated `tree_baked.rs` is written against: `build.rs`
//! emits expressions naming them, and `include!` pastes the result at the bottom of this
//! file. [`raw`] turns the tables into the owned types once.

use super::model::RawTree;

/// A text as (English, Chinese); becomes a [`super::model::Localized`].
pub type EnZh = (&'static str, &'static str);

/// A question; fields as in [`super::model::Question`], choices as (label, next id).
pub struct BakedQuestion {
    pub id: &'static str,
    pub audience: Option<super::model::Audience>,
    pub text: EnZh,
    pub choices: &'static [(EnZh, &'static str)],
}

/// An outcome; fields as in [`super::model::Outcome`].
pub struct BakedOutcome {
    pub id: &'static str,
    pub audience: Option<super::model::Audience>,
    pub title: EnZh,
    pub error_message: Option<&'static str>,
    pub what_happened: EnZh,
    pub why: EnZh,
    pub steps: &'static [EnZh],
    pub verification: &'static [EnZh],
    pub notes: &'static [EnZh],
    pub faq: &'static [(EnZh, EnZh)],
    pub links: &'static [&'static str],
    pub keywords: (&'static [&'static str], &'static [&'static str]),
    pub aliases: (&'static [&'static str], &'static [&'static str]),
    pub not_solved: &'static [&'static str],
}

/// A node of the `NODES` table.
pub enum BakedNode {
    Question(BakedQuestion),
    // By reference, as the owned type boxes it: an outcome is several times the size of
    // a question, and every entry of the table would take its size.
    Outcome(&'static BakedOutcome),
}

fn localized(t: EnZh) -> super::model::Localized {
    super::model::Localized {
        en: t.0.into(),
        zh: t.1.into(),
    }
}

fn localized_list(list: &[EnZh]) -> Vec<super::model::Localized> {
    list.iter().copied().map(localized).collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).into()).collect()
}

fn per_locale(p: (&[&str], &[&str])) -> super::model::PerLocale {
    super::model::PerLocale {
        en: strings(p.0),
        zh: strings(p.1),
    }
}

fn node(n: &BakedNode) -> super::model::Node {
    match n {
        BakedNode::Question(q) => super::model::Node::Question(super::model::Question {
            id: q.id.into(),
            audience: q.audience,
            text: localized(q.text),
            choices: q
                .choices
                .iter()
                .map(|&(label, next)| super::model::Choice {
                    label: localized(label),
                    next: next.into(),
                })
                .collect(),
        }),
        BakedNode::Outcome(o) => super::model::Node::Outcome(Box::new(super::model::Outcome {
            id: o.id.into(),
            audience: o.audience,
            title: localized(o.title),
            error_message: o.error_message.map(Into::into),
            what_happened: localized(o.what_happened),
            why: localized(o.why),
            steps: localized_list(o.steps),
            verification: localized_list(o.verification),
            notes: localized_list(o.notes),
            faq: o
                .faq
                .iter()
                .map(|&(q, a)| super::model::Faq {
                    q: localized(q),
                    a: localized(a),
                })
                .collect(),
            links: o
                .links
                .iter()
                .map(|l| super::model::Link::from(String::from(*l)))
                .collect(),
            keywords: per_locale(o.keywords),
            aliases: per_locale(o.aliases),
            not_solved: strings(o.not_solved),
        })),
    }
}

/// The shipped tree's content, built from the tables.
pub fn raw() -> RawTree {
    RawTree {
        start: START.into(),
        last_resort: LAST_RESORT.into(),
        wording: wording(),
        nodes: NODES.iter().map(node).collect(),
    }
}

include!(concat!(env!("OUT_DIR"), "/tree_baked.rs"));

#[cfg(test)]
mod tests {
    use crate::domain::tree::Tree;

    #[test]
    fn the_baked_tree_equals_the_json_file() {
        let parsed = Tree::shipped_from_json().expect("data/tree.json parses");
        assert_eq!(Tree::shipped(), &parsed);
        // Not vacuous: both hold the whole file.
        assert!(parsed.nodes().len() > 20);
        assert!(parsed.outcome("system-error-209").is_some());
    }
}
