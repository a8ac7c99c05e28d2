//! The tree's content types: texts in every language, questions, outcomes and the
//! tree-wide wording, as `data/tree.json` spells them (serde reads them directly).
//!
//! Nothing here looks beyond one node: lookups by id live on [`Tree`](super::Tree), the
//! rules across nodes in the validator.

use std::fmt;

use serde::Deserialize;

use crate::domain::i18n::Locale;

use crate::domain::route::Route;

/// The English name of the Alibaba Cloud account's console, as the content spells it.
pub const CLOUD_CONSOLE: &str = "Alibaba Cloud Email Console";
/// The English name of the mail administrator's console, as the content spells it.
pub const MAIL_CONSOLE: &str = "Alibaba Mail admin console";

/// A user-visible string in every supported language.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// English.
    #[serde(default)]
    pub en: String,
    /// Simplified Chinese. Missing or empty is a validation defect, never a parse error,
    /// so an editor sees every gap at once.
    #[serde(default)]
    pub zh: String,
}

impl Localized {
    /// The text in `locale`, falling back to English where the translation is empty.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::ZhCn if self.zh.trim().is_empty() => &self.en,
            Locale::ZhCn => &self.zh,
        }
    }
}

/// A list of plain strings per language (search keywords and aliases).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PerLocale {
    /// English entries.
    #[serde(default)]
    pub en: Vec<String>,
    /// Simplified Chinese entries.
    #[serde(default)]
    pub zh: Vec<String>,
}

impl PerLocale {
    /// The entries for `locale`.
    pub fn get(&self, locale: Locale) -> &[String] {
        match locale {
            Locale::En => &self.en,
            Locale::ZhCn => &self.zh,
        }
    }
}

/// Who a page is written for, as the content declares it (`audience` in the data).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Someone trying to get into their own mailbox.
    Employee,
    /// The company's mail administrator (postmaster).
    Administrator,
    /// Either of them: the page is reached from both sides of the tree, and who reads it
    /// depends on the way the visitor came (see [`reader`](super::reader)).
    Either,
}

/// Who is reading the page now: an [`Audience`] with `Either` resolved by [`reader`](super::reader).
///
/// The page changes with it: an administrator is not told "Yes, I can log in", is not
/// offered a summary to send to themselves, and gets the admin console as a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// An employee locked out of their mailbox.
    Employee,
    /// The mail administrator.
    Administrator,
}

/// A typed link from an outcome to another page. In the data it is a plain id string.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(from = "String")]
pub enum Link {
    /// The live password checker, `#/new-password`.
    NewPassword,
    /// The scan-to-login demo, `#/qr-demo`.
    QrDemo,
    /// Another node of the tree, `#/<id>`.
    Node(String),
}

impl From<String> for Link {
    fn from(s: String) -> Link {
        match s.as_str() {
            "new-password" => Link::NewPassword,
            "qr-demo" => Link::QrDemo,
            _ => Link::Node(s),
        }
    }
}

impl Link {
    /// The route this link leads to; `route::to_hash` turns it into `#/…`.
    pub fn route(&self) -> Route {
        match self {
            Link::NewPassword => Route::NewPassword,
            Link::QrDemo => Route::QrDemo,
            Link::Node(id) => Route::Page(id.clone()),
        }
    }
}

/// One answer button of a question.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The button label.
    pub label: Localized,
    /// The id of the node this choice leads to.
    pub next: String,
    /// Outcomes this answer rules out: a visitor who gave it is not offered them among
    /// the next best pages after "not solved" (someone with neither a secure phone nor
    /// security questions cannot use the self-service reset). Never the last resort.
    #[serde(default)]
    pub rules_out: Vec<String>,
}

/// A question page: one question, several choices.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, also the deep link `#/<id>`.
    pub id: String,
    /// Who the question is asked of, when only one side of the tree asks it (the
    /// postmaster's "What do you need to do?"). Pages reached through it speak to them.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// The question.
    pub text: Localized,
    /// The answers, in display order.
    pub choices: Vec<Choice>,
}

/// A question and its answer from the source documents' FAQ, shown on an outcome page.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// The question.
    pub q: Localized,
    /// The answer.
    pub a: Localized,
}

/// An outcome page: the diagnosis and the fix.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable id, also the deep link `#/<id>`.
    pub id: String,
    /// Who the page speaks to. Required: missing is a validation defect
    /// ([`TreeError::MissingAudience`](super::TreeError::MissingAudience)), not a parse error, like every content gap.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// Page heading.
    pub title: Localized,
    /// The exact message Alibaba Mail shows, quoted verbatim and never translated.
    #[serde(default)]
    pub error_message: Option<String>,
    /// The message as Alibaba Mail's Chinese login page words it, shown beside the
    /// English one in the Chinese interface (and found by search through the aliases).
    #[serde(default)]
    pub error_message_zh: Option<ChineseMessage>,
    /// What happened, in plain words.
    pub what_happened: Localized,
    /// Why it happened.
    pub why: Localized,
    /// The fix, one short step each, in order.
    pub steps: Vec<Localized>,
    /// How to check that the fix worked.
    #[serde(default)]
    pub verification: Vec<Localized>,
    /// Extra facts worth knowing.
    #[serde(default)]
    pub notes: Vec<Localized>,
    /// Questions and answers from the source documents.
    #[serde(default)]
    pub faq: Vec<Faq>,
    /// Related pages, shown as buttons.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Single search terms per language.
    #[serde(default)]
    pub keywords: PerLocale,
    /// Whole phrases people type for this problem ("locked out", "忘记密码").
    #[serde(default)]
    pub aliases: PerLocale,
    /// What "not solved" says above its suggestions on this page, in place of the tree's
    /// "Try this next:" (the administrator's page tells an employee what to send first).
    #[serde(default)]
    pub not_solved_lead: Option<Localized>,
    /// Next-best outcomes offered when the user says this did not solve it, best first.
    #[serde(default)]
    pub not_solved: Vec<String>,
}

/// An error message as the Chinese interface shows it, and whether that wording was
/// confirmed against Alibaba's own Chinese pages. Required, not defaulted: whoever adds a
/// form must say which it is. An unconfirmed form is shown as a translation ("may read"),
/// never as an exact quote.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ChineseMessage {
    /// The message in Chinese.
    pub zh: String,
    /// True when the wording is confirmed as Alibaba Mail's own.
    pub confirmed: bool,
}

impl Outcome {
    /// True when the page is written only for the administrator, whoever opens it: search
    /// marks it "For administrators" so an employee does not take it for their own fix.
    pub fn only_for_administrators(&self) -> bool {
        self.audience == Some(Audience::Administrator)
    }

    /// True when any of the page's texts, in any language, uses the placeholder `{name}`.
    /// The page uses it to decide whether to offer what fills it (for `login_url`, an
    /// email field when the config names no login address).
    pub fn uses_placeholder(&self, name: &str) -> bool {
        let needle = format!("{{{name}}}");
        self.localized_fields()
            .any(|(_, t)| t.en.contains(&needle) || t.zh.contains(&needle))
    }

    /// True when the page's steps are in the Alibaba Cloud Email Console (the Alibaba
    /// Cloud account's view of the service) rather than the Alibaba Mail admin console.
    /// Both live at the same address; the content names one per page (a test sees to it).
    pub fn names_cloud_console(&self) -> bool {
        self.localized_fields()
            .any(|(_, t)| t.en.contains(CLOUD_CONSOLE))
    }

    /// Every text of the page with its field, in page order: title, what happened, why,
    /// the steps, the verification, the notes, then each FAQ question and its answer.
    /// Part of [`Node::localized_fields`], the one list of a node's texts.
    pub fn localized_fields(&self) -> impl Iterator<Item = (FieldName, &Localized)> {
        // Every field named, so a new one is a compile error here until it is listed or
        // said not to be a text.
        let Outcome {
            id: _,
            audience: _,
            title,
            error_message: _,
            error_message_zh: _,
            what_happened,
            why,
            steps,
            verification,
            notes,
            faq,
            links: _,
            keywords: _,
            aliases: _,
            not_solved_lead,
            not_solved: _,
        } = self;
        // Collected rather than chained: a chain of adapters costs the first load about
        // 0.5 KB brotli more (measured), once for each caller in the wasm.
        let mut out = vec![
            (FieldName::Title, title),
            (FieldName::WhatHappened, what_happened),
            (FieldName::Why, why),
        ];
        let lists = [
            (steps, FieldName::Step as fn(usize) -> FieldName),
            (verification, FieldName::Verification),
            (notes, FieldName::Note),
        ];
        for (list, field) in lists {
            out.extend(list.iter().enumerate().map(|(i, t)| (field(i), t)));
        }
        for (i, f) in faq.iter().enumerate() {
            out.push((FieldName::FaqQuestion(i), &f.q));
            out.push((FieldName::FaqAnswer(i), &f.a));
        }
        if let Some(lead) = not_solved_lead {
            out.push((FieldName::NotSolvedLead, lead));
        }
        out.into_iter()
    }
}

impl Question {
    /// The question's text, then each choice's label. Part of [`Node::localized_fields`].
    fn localized_fields(&self) -> impl Iterator<Item = (FieldName, &Localized)> {
        // Every field named, as in `Outcome::localized_fields`.
        let Question {
            id: _,
            audience: _,
            text,
            choices,
        } = self;
        let labels = choices.iter().enumerate();
        std::iter::once((FieldName::Text, text))
            .chain(labels.map(|(i, c)| (FieldName::ChoiceLabel(i), &c.label)))
    }
}

/// Which text of a node a [`Localized`] is: its field in `data/tree.json`, with its
/// position when the field is a list. Displayed the way the validator names fields in its
/// reports (`text`, `choices[1].label`, `steps[2]`, `faq[0].a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldName {
    /// A question's `text`.
    Text,
    /// The label of a question's choice.
    ChoiceLabel(usize),
    /// An outcome's `title`.
    Title,
    /// An outcome's `what_happened`.
    WhatHappened,
    /// An outcome's `why`.
    Why,
    /// One of an outcome's `steps`.
    Step(usize),
    /// One of an outcome's `verification` entries.
    Verification(usize),
    /// One of an outcome's `notes`.
    Note(usize),
    /// The question of one of an outcome's `faq` entries.
    FaqQuestion(usize),
    /// The answer of one of an outcome's `faq` entries.
    FaqAnswer(usize),
    /// An outcome's `not_solved_lead`.
    NotSolvedLead,
}

impl fmt::Display for FieldName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldName::Text => f.write_str("text"),
            FieldName::ChoiceLabel(i) => write!(f, "choices[{i}].label"),
            FieldName::Title => f.write_str("title"),
            FieldName::WhatHappened => f.write_str("what_happened"),
            FieldName::Why => f.write_str("why"),
            FieldName::Step(i) => write!(f, "steps[{i}]"),
            FieldName::Verification(i) => write!(f, "verification[{i}]"),
            FieldName::Note(i) => write!(f, "notes[{i}]"),
            FieldName::FaqQuestion(i) => write!(f, "faq[{i}].q"),
            FieldName::FaqAnswer(i) => write!(f, "faq[{i}].a"),
            FieldName::NotSolvedLead => f.write_str("not_solved_lead"),
        }
    }
}

/// A node of the tree.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Node {
    /// A question page.
    Question(Question),
    /// An outcome page (boxed: it is several times the size of a question).
    Outcome(Box<Outcome>),
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> &str {
        match self {
            Node::Question(q) => &q.id,
            Node::Outcome(o) => &o.id,
        }
    }

    /// The ids a user can go on to from here, in order: a question's choices, or an
    /// outcome's "not solved" suggestions. [`Walker::choose`](super::Walker::choose) indexes into this list.
    pub fn next_ids(&self) -> Vec<&str> {
        match self {
            Node::Question(q) => q.choices.iter().map(|c| c.next.as_str()).collect(),
            Node::Outcome(o) => o.not_solved.iter().map(String::as_str).collect(),
        }
    }

    /// The audience the content declares, if any.
    pub fn audience(&self) -> Option<Audience> {
        match self {
            Node::Question(q) => q.audience,
            Node::Outcome(o) => o.audience,
        }
    }

    /// The heading: a question's text or an outcome's title.
    pub fn heading(&self) -> &Localized {
        match self {
            Node::Question(q) => &q.text,
            Node::Outcome(o) => &o.title,
        }
    }

    /// The outcome, if this node is one.
    pub fn as_outcome(&self) -> Option<&Outcome> {
        match self {
            Node::Question(_) => None,
            Node::Outcome(o) => Some(o.as_ref()),
        }
    }

    /// Every user-visible text of the node with its field, in page order: the one list
    /// of them, for the validator, the search index, the placeholder check and the
    /// content tests. (Untranslated strings, the quoted error and the search terms, are
    /// not [`Localized`] and not in it.)
    pub fn localized_fields(&self) -> impl Iterator<Item = (FieldName, &Localized)> {
        // One of the two is empty; chaining them keeps a single iterator type.
        let (question, outcome) = match self {
            Node::Question(q) => (Some(q), None),
            Node::Outcome(o) => (None, Some(o.as_ref())),
        };
        let question = question.into_iter().flat_map(Question::localized_fields);
        question.chain(outcome.into_iter().flat_map(Outcome::localized_fields))
    }

    /// Every outgoing reference of a node: (field, target id).
    pub(super) fn references(&self) -> Vec<(String, &str)> {
        match self {
            Node::Question(q) => q
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("choices[{i}].next"), c.next.as_str()))
                .collect(),
            Node::Outcome(o) => {
                let mut out: Vec<(String, &str)> = o
                    .not_solved
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (format!("not_solved[{i}]"), t.as_str()))
                    .collect();
                for (i, l) in o.links.iter().enumerate() {
                    if let Link::Node(t) = l {
                        out.push((format!("links[{i}]"), t.as_str()));
                    }
                }
                out
            }
        }
    }

    /// Plain (untranslated) strings: the quoted error and the search terms.
    pub(super) fn plain_strings(&self) -> Vec<(String, &str)> {
        let Node::Outcome(o) = self else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(e) = &o.error_message {
            out.push(("error_message".to_string(), e.as_str()));
        }
        if let Some(e) = &o.error_message_zh {
            out.push(("error_message_zh.zh".to_string(), e.zh.as_str()));
        }
        for (name, lists) in [("keywords", &o.keywords), ("aliases", &o.aliases)] {
            for (lang, list) in [("en", &lists.en), ("zh", &lists.zh)] {
                for (i, s) in list.iter().enumerate() {
                    out.push((format!("{name}.{lang}[{i}]"), s.as_str()));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::fixture::{good_json, node_mut, tree_of};
    use crate::domain::tree::Tree;

    #[test]
    fn text_falls_back_to_english_when_chinese_is_empty() {
        let t = Localized {
            en: "Hello".into(),
            zh: String::new(),
        };
        assert_eq!(t.get(Locale::ZhCn), "Hello");
        let t = Localized {
            en: "Hello".into(),
            zh: "你好".into(),
        };
        assert_eq!(t.get(Locale::ZhCn), "你好");
        assert_eq!(t.get(Locale::En), "Hello");
    }

    #[test]
    fn a_node_lists_every_text_with_its_field_in_page_order() {
        let mut v = good_json();
        let fix = node_mut(&mut v, "fix");
        fix["notes"] = serde_json::json!([{"en": "n0", "zh": "注0"}, {"en": "n1", "zh": "注1"}]);
        fix["faq"] =
            serde_json::json!([{"q": {"en": "q", "zh": "问"}, "a": {"en": "a", "zh": "答"}}]);
        let tree = tree_of(&v);
        let fields = |id: &str| -> Vec<(String, String)> {
            let node = tree.node(id).unwrap();
            let list = node.localized_fields();
            list.map(|(f, t)| (f.to_string(), t.en.clone())).collect()
        };
        let want = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(f, t)| (f.to_string(), t.to_string()))
                .collect()
        };
        assert_eq!(
            fields("start"),
            want(&[
                ("text", "Q?"),
                ("choices[0].label", "one"),
                ("choices[1].label", "two")
            ])
        );
        assert_eq!(
            fields("fix"),
            want(&[
                ("title", "fix"),
                ("what_happened", "w"),
                ("why", "y"),
                ("steps[0]", "s"),
                ("verification[0]", "v"),
                ("notes[0]", "n0"),
                ("notes[1]", "n1"),
                ("faq[0].q", "q"),
                ("faq[0].a", "a"),
            ])
        );
        // The outcome's own list is the node's.
        let outcome = tree.outcome("fix").unwrap();
        assert!(outcome
            .localized_fields()
            .eq(tree.node("fix").unwrap().localized_fields()));
    }

    #[test]
    fn an_outcome_knows_which_placeholders_it_uses() {
        let tree = Tree::shipped();
        let e209 = tree.outcome("system-error-209").unwrap();
        assert!(e209.uses_placeholder("login_url"));
        assert!(!e209.uses_placeholder("nothing"));
        let locked = tree.outcome("account-locked").unwrap();
        assert!(!locked.uses_placeholder("login_url"));
    }

    #[test]
    fn the_solved_answers_are_worded_for_the_reader() {
        let wording = Tree::shipped().wording();
        let (yes, no, done) = wording.solved_for(Reader::Employee);
        assert_eq!(yes.en, "Yes, I can log in");
        assert_eq!((no, done), (&wording.solved_no, &wording.solved));
        let (yes, no, done) = wording.solved_for(Reader::Administrator);
        assert_eq!(yes.en, "Yes, that fixed it");
        assert!(!yes.zh.contains("登录") && !no.zh.contains("登录"));
        assert!(!done.en.contains("back in") && !done.zh.contains("登录"));
    }
}
