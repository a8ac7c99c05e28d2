//! The shipped content as static tables, baked from `data/tree.json` by `build.rs` so
//! the wasm carries no JSON deserializer for it.
//!
//! The types here are what the generated `tree_baked.rs` is written against: `build.rs`
//! emits expressions naming them, and `include!` pastes the result at the bottom of this
//! file. [`tree`] turns the tables into the owned types once.

/// A text: English, Chinese.
pub type T = (&'static str, &'static str);

/// A question.
pub struct Q {
    pub id: &'static str,
    pub audience: Option<super::Audience>,
    pub text: T,
    pub choices: &'static [(T, &'static str)],
}

/// An outcome; fields as in [`super::Outcome`].
pub struct O {
    pub id: &'static str,
    pub audience: Option<super::Audience>,
    pub title: T,
    pub error_message: Option<&'static str>,
    pub what_happened: T,
    pub why: T,
    pub steps: &'static [T],
    pub verification: &'static [T],
    pub notes: &'static [T],
    pub faq: &'static [(T, T)],
    pub links: &'static [&'static str],
    pub keywords: (&'static [&'static str], &'static [&'static str]),
    pub aliases: (&'static [&'static str], &'static [&'static str]),
    pub not_solved: &'static [&'static str],
}

/// A node.
pub enum N {
    Q(Q),
    O(&'static O),
}

fn t(t: T) -> super::Text {
    super::Text {
        en: t.0.into(),
        zh: t.1.into(),
    }
}

fn ts(list: &[T]) -> Vec<super::Text> {
    list.iter().copied().map(t).collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).into()).collect()
}

fn per_locale(p: (&[&str], &[&str])) -> super::PerLocale {
    super::PerLocale {
        en: strings(p.0),
        zh: strings(p.1),
    }
}

fn node(n: &N) -> super::Node {
    match n {
        N::Q(q) => super::Node::Question(super::Question {
            id: q.id.into(),
            audience: q.audience,
            text: t(q.text),
            choices: q
                .choices
                .iter()
                .map(|&(label, next)| super::Choice {
                    label: t(label),
                    next: next.into(),
                })
                .collect(),
        }),
        N::O(o) => super::Node::Outcome(Box::new(super::Outcome {
            id: o.id.into(),
            audience: o.audience,
            title: t(o.title),
            error_message: o.error_message.map(Into::into),
            what_happened: t(o.what_happened),
            why: t(o.why),
            steps: ts(o.steps),
            verification: ts(o.verification),
            notes: ts(o.notes),
            faq: o
                .faq
                .iter()
                .map(|&(q, a)| super::Faq { q: t(q), a: t(a) })
                .collect(),
            links: o
                .links
                .iter()
                .map(|l| super::Link::from(String::from(*l)))
                .collect(),
            keywords: per_locale(o.keywords),
            aliases: per_locale(o.aliases),
            not_solved: strings(o.not_solved),
        })),
    }
}

/// The shipped tree, built from the tables.
pub fn tree() -> super::Tree {
    super::Tree::from_raw(super::RawTree {
        start: START.into(),
        last_resort: LAST_RESORT.into(),
        texts: texts(),
        nodes: NODES.iter().map(node).collect(),
    })
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
