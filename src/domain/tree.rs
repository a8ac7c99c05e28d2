//! The recovery decision tree: its types, the shipped content, the validator and the walker.
//!
//! The content lives in `data/tree.json`, embedded at build time, so wording can change
//! without touching code. Every node has a stable kebab-case id that doubles as its public
//! deep link `#/<id>`. A node is either a [`Question`] (one question, several choices) or an
//! [`Outcome`] (what happened, why, steps, how to verify). After an outcome the user is asked
//! "Did this solve it?"; "No" offers the outcome's `not_solved` list, which always ends at the
//! tree's `last_resort` outcome (contacting the administrator).
//!
//! [`validate`] reports every defect at once so a content editor fixes a file in one pass.
//! Graph algorithms here are iterative: the wasm stack is small and content is data.
//!
//! Text may contain placeholders (`{company}`, `{domain}`, `{login_url}`, `{admin_contact}`,
//! `{console_url}`, `{hard_refresh}`) that [`Tree::fill_placeholders`] fills from the
//! company's config, the email address the user typed, and their platform. Text is plain:
//! never HTML, so the UI renders it as text and nothing in the data can inject markup.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use super::checks::{is_domain, is_forbidden_char};
use super::config::Config;
use super::i18n::{fill, Locale};
use super::route::{Route, RESERVED_IDS};

/// The Alibaba Mail admin console, where postmasters unlock accounts and reset passwords.
pub const CONSOLE_URL: &str = "https://mail.console.aliyun.com";

/// Every placeholder text may use; anything else in braces is a defect.
pub const PLACEHOLDERS: [&str; 6] = [
    "company",
    "domain",
    "login_url",
    "admin_contact",
    "console_url",
    "hard_refresh",
];

/// The outcome that says the account is locked after too many wrong passwords.
pub const LOCKED_OUTCOME: &str = "account-locked";

/// The embedded content file.
const SHIPPED_JSON: &str = include_str!("../../data/tree.json");

/// A user-visible string in every supported language.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    #[serde(default)]
    pub en: String,
    /// Simplified Chinese. Missing or empty is a validation defect, never a parse error,
    /// so an editor sees every gap at once.
    #[serde(default)]
    pub zh: String,
}

impl Text {
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
    /// depends on the way the visitor came (see [`reader`]).
    Either,
}

/// Who is reading the page now: an [`Audience`] with `Either` resolved by [`reader`].
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
    pub label: Text,
    /// The id of the node this choice leads to.
    pub next: String,
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
    pub text: Text,
    /// The answers, in display order.
    pub choices: Vec<Choice>,
}

/// A question and its answer from the source documents' FAQ, shown on an outcome page.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// The question.
    pub q: Text,
    /// The answer.
    pub a: Text,
}

/// An outcome page: the diagnosis and the fix.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable id, also the deep link `#/<id>`.
    pub id: String,
    /// Who the page speaks to. Required: missing is a validation defect
    /// ([`TreeError::MissingAudience`]), not a parse error, like every content gap.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// Page heading.
    pub title: Text,
    /// The exact message Alibaba Mail shows, quoted verbatim and never translated.
    #[serde(default)]
    pub error_message: Option<String>,
    /// What happened, in plain words.
    pub what_happened: Text,
    /// Why it happened.
    pub why: Text,
    /// The fix, one short step each, in order.
    pub steps: Vec<Text>,
    /// How to check that the fix worked.
    #[serde(default)]
    pub verification: Vec<Text>,
    /// Extra facts worth knowing.
    #[serde(default)]
    pub notes: Vec<Text>,
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
    /// Next-best outcomes offered when the user says this did not solve it, best first.
    #[serde(default)]
    pub not_solved: Vec<String>,
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
        [&self.title, &self.what_happened, &self.why]
            .into_iter()
            .chain(&self.steps)
            .chain(&self.verification)
            .chain(&self.notes)
            .chain(self.faq.iter().flat_map(|f| [&f.q, &f.a]))
            .any(|t| t.en.contains(&needle) || t.zh.contains(&needle))
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
    /// outcome's "not solved" suggestions. [`Walker::choose`] indexes into this list.
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
    pub fn heading(&self) -> &Text {
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

    /// Every user-visible text with a field name for error reports.
    fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = Vec::new();
        match self {
            Node::Question(q) => {
                out.push(("text".to_string(), &q.text));
                for (i, c) in q.choices.iter().enumerate() {
                    out.push((format!("choices[{i}].label"), &c.label));
                }
            }
            Node::Outcome(o) => {
                out.push(("title".to_string(), &o.title));
                out.push(("what_happened".to_string(), &o.what_happened));
                out.push(("why".to_string(), &o.why));
                let lists = [
                    ("steps", &o.steps),
                    ("verification", &o.verification),
                    ("notes", &o.notes),
                ];
                for (name, list) in lists {
                    for (i, t) in list.iter().enumerate() {
                        out.push((format!("{name}[{i}]"), t));
                    }
                }
                for (i, f) in o.faq.iter().enumerate() {
                    out.push((format!("faq[{i}].q"), &f.q));
                    out.push((format!("faq[{i}].a"), &f.a));
                }
            }
        }
        out
    }

    /// Plain (untranslated) strings: the quoted error and the search terms.
    fn plain_strings(&self) -> Vec<(String, &str)> {
        let Node::Outcome(o) = self else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(e) = &o.error_message {
            out.push(("error_message".to_string(), e.as_str()));
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

/// Tree-wide texts: the "Did this solve it?" flow, fallbacks for placeholders the config
/// leaves open, key names for a hard refresh, and the labels of the administrator summary.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// "Did this solve it?"
    pub did_it_solve: Text,
    /// The "yes" answer.
    pub solved_yes: Text,
    /// The "no" answer.
    pub solved_no: Text,
    /// The short confirmation after "yes".
    pub solved: Text,
    /// The "yes" answer on an administrator's page ("Yes, that fixed it").
    pub solved_yes_admin: Text,
    /// The confirmation after "yes" on an administrator's page.
    pub solved_admin: Text,
    /// Lead-in before the next-best suggestions after "no".
    pub next_best: Text,
    /// Label of a link to the password checker.
    pub link_new_password: Text,
    /// Label of a link to the QR demo.
    pub link_qr_demo: Text,
    /// `{company}` when the config names no company.
    pub company: Text,
    /// `{domain}` when neither config nor typed email gives one.
    pub domain: Text,
    /// `{login_url}` when no login address can be worked out.
    pub login_url: Text,
    /// `{admin_contact}` when the config names no contact.
    pub admin_contact: Text,
    /// `{hard_refresh}` on Windows, Linux and other computers.
    pub hard_refresh_pc: Text,
    /// `{hard_refresh}` on a Mac.
    pub hard_refresh_mac: Text,
    /// `{hard_refresh}` on a phone or tablet.
    pub hard_refresh_phone: Text,
    /// First line of the administrator summary.
    pub summary_title: Text,
    /// Label before the quoted error message(s).
    pub summary_error: Text,
    /// Said when no error message was named.
    pub summary_no_error: Text,
    /// Heading of the answers given.
    pub summary_answers: Text,
    /// Heading of the outcomes tried.
    pub summary_tried: Text,
    /// Marks an outcome the user said did not help.
    pub summary_not_solved: Text,
    /// Marks the outcome open when the summary was copied.
    pub summary_current: Text,
    /// Label before the time.
    pub summary_when: Text,
    /// Closing line promising that no password is included.
    pub summary_no_password: Text,
}

impl Texts {
    /// "Did this solve it?"'s answers and confirmation for this reader: (yes, no, done).
    /// An administrator fixed something for someone else, or their own console password,
    /// so "Yes, I can log in" would be the wrong words. "No, still stuck" suits both.
    pub fn solved_for(&self, reader: Reader) -> (&Text, &Text, &Text) {
        match reader {
            Reader::Employee => (&self.solved_yes, &self.solved_no, &self.solved),
            Reader::Administrator => (&self.solved_yes_admin, &self.solved_no, &self.solved_admin),
        }
    }

    fn all(&self) -> [(&'static str, &Text); 25] {
        [
            ("did_it_solve", &self.did_it_solve),
            ("solved_yes", &self.solved_yes),
            ("solved_no", &self.solved_no),
            ("solved", &self.solved),
            ("solved_yes_admin", &self.solved_yes_admin),
            ("solved_admin", &self.solved_admin),
            ("next_best", &self.next_best),
            ("link_new_password", &self.link_new_password),
            ("link_qr_demo", &self.link_qr_demo),
            ("company", &self.company),
            ("domain", &self.domain),
            ("login_url", &self.login_url),
            ("admin_contact", &self.admin_contact),
            ("hard_refresh_pc", &self.hard_refresh_pc),
            ("hard_refresh_mac", &self.hard_refresh_mac),
            ("hard_refresh_phone", &self.hard_refresh_phone),
            ("summary_title", &self.summary_title),
            ("summary_error", &self.summary_error),
            ("summary_no_error", &self.summary_no_error),
            ("summary_answers", &self.summary_answers),
            ("summary_tried", &self.summary_tried),
            ("summary_not_solved", &self.summary_not_solved),
            ("summary_current", &self.summary_current),
            ("summary_when", &self.summary_when),
            ("summary_no_password", &self.summary_no_password),
        ]
    }
}

/// The shipped content as static tables, baked from `data/tree.json` by `build.rs` so
/// the wasm carries no JSON deserializer for it.
mod baked {
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTree {
    start: String,
    last_resort: String,
    texts: Texts,
    nodes: Vec<Node>,
}

/// The whole decision tree, with an id index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    start: String,
    last_resort: String,
    texts: Texts,
    nodes: Vec<Node>,
    /// Id → position of its first node (duplicates are a validation defect).
    index: HashMap<String, usize>,
}

impl Tree {
    /// The tree shipped with the app, parsed once. A test validates the embedded file,
    /// so this cannot fail in a build that passed its tests.
    pub fn shipped() -> &'static Tree {
        static TREE: OnceLock<Tree> = OnceLock::new();
        TREE.get_or_init(baked::tree)
    }

    /// The shipped tree parsed from the JSON file at run time, as content editors'
    /// tools and the tests do; [`Tree::shipped`] builds the same tree from the tables
    /// `build.rs` bakes, and a test checks they are equal.
    pub fn shipped_from_json() -> Result<Tree, serde_json::Error> {
        Tree::from_json(SHIPPED_JSON)
    }

    /// Parses a tree from JSON. Structural mistakes (a missing field, an unknown field,
    /// a wrong type) fail here; everything else is for [`validate`].
    pub fn from_json(json: &str) -> Result<Tree, serde_json::Error> {
        Ok(Tree::from_raw(serde_json::from_str(json)?))
    }

    fn from_raw(raw: RawTree) -> Tree {
        let mut index = HashMap::with_capacity(raw.nodes.len());
        for (i, n) in raw.nodes.iter().enumerate() {
            index.entry(n.id().to_string()).or_insert(i);
        }
        Tree {
            start: raw.start,
            last_resort: raw.last_resort,
            texts: raw.texts,
            nodes: raw.nodes,
            index,
        }
    }

    /// The id of the start question.
    pub fn start(&self) -> &str {
        &self.start
    }

    /// The id of the outcome every "not solved" chain ends at (contact the administrator).
    pub fn last_resort(&self) -> &str {
        &self.last_resort
    }

    /// Tree-wide texts.
    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    /// All nodes in file order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
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
            Link::NewPassword => self.texts.link_new_password.get(locale),
            Link::QrDemo => self.texts.link_qr_demo.get(locale),
            Link::Node(id) => self
                .node(id)
                .map_or(id.as_str(), |n| n.heading().get(locale)),
        }
    }

    /// `text` with every known placeholder replaced for this user:
    ///
    /// - `{login_url}`: the configured login URL; else `https://mail.<domain>` from the
    ///   domain after the @ of the typed email; else from the configured mail domain; else a
    ///   generic phrase ("the login address your company gave you").
    /// - `{domain}`: the configured mail domain, else the typed email's domain, else a phrase.
    /// - `{company}`, `{admin_contact}`: from the config, else a phrase.
    /// - `{console_url}`: [`CONSOLE_URL`].
    /// - `{hard_refresh}`: the keys for the user's platform, that platform's keys first.
    ///
    /// Inserted values are never re-scanned, so a config value containing braces is inert.
    pub fn fill_placeholders(&self, text: &str, cx: &Context) -> String {
        let t = &self.texts;
        let l = cx.locale;
        let email_domain = cx.typed_email.and_then(email_domain);
        let domain = cx
            .config
            .mail_domain
            .clone()
            .or_else(|| email_domain.clone())
            .unwrap_or_else(|| t.domain.get(l).to_string());
        let login =
            login_url(cx.config, cx.typed_email).unwrap_or_else(|| t.login_url.get(l).into());
        let company = cx
            .config
            .company_name
            .as_deref()
            .unwrap_or(t.company.get(l));
        let admin = cx
            .config
            .admin_contact
            .as_deref()
            .unwrap_or(t.admin_contact.get(l));
        let refresh = match cx.platform {
            Platform::Mac => &t.hard_refresh_mac,
            Platform::Pc => &t.hard_refresh_pc,
            Platform::Phone => &t.hard_refresh_phone,
        };
        fill(
            text,
            &[
                ("company", company),
                ("domain", &domain),
                ("login_url", &login),
                ("admin_contact", admin),
                ("console_url", CONSOLE_URL),
                ("hard_refresh", refresh.get(l)),
            ],
        )
    }

    /// A text in the context's locale with its placeholders filled: what the UI displays.
    pub fn render(&self, text: &Text, cx: &Context) -> String {
        self.fill_placeholders(text.get(cx.locale), cx)
    }
}

/// What [`Tree::fill_placeholders`] needs to know about the user and the company.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The company's settings.
    pub config: &'a Config,
    /// The email address the user typed, if any (only its domain is used).
    pub typed_email: Option<&'a str>,
    /// The user's platform, for the hard-refresh keys.
    pub platform: Platform,
    /// The display language.
    pub locale: Locale,
}

/// The kind of device, which decides which hard-refresh keys to show first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Platform {
    /// Windows, Linux, ChromeOS and anything unrecognised: Ctrl+F5 first.
    #[default]
    Pc,
    /// macOS: Cmd+Shift+R first.
    Mac,
    /// A phone or tablet: no keyboard shortcut; reopen the page instead.
    Phone,
}

impl Platform {
    /// Guesses the platform from `navigator.userAgent` or `navigator.platform`.
    ///
    /// ```
    /// use recovery_assistant::domain::tree::Platform;
    /// assert_eq!(Platform::detect("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"), Platform::Mac);
    /// assert_eq!(Platform::detect("Win32"), Platform::Pc);
    /// ```
    pub fn detect(user_agent_or_platform: &str) -> Platform {
        let s = user_agent_or_platform.to_ascii_lowercase();
        // Phones first: iPhone and Android user agents also mention "Mac OS X" or "Linux".
        if ["iphone", "ipad", "ipod", "android", "mobile"]
            .iter()
            .any(|k| s.contains(k))
        {
            Platform::Phone
        } else if s.contains("mac") {
            Platform::Mac
        } else {
            Platform::Pc
        }
    }
}

/// The address of the company's webmail login page for this user: the configured login URL,
/// else `https://mail.<domain>` from the typed email, else from the configured mail domain.
/// `None` when none of them is known.
///
/// A typed address at another domain than the configured `mail_domain` gives no guess
/// of its own: the company's domain is known, and a login page for someone else's
/// domain is exactly the mistake behind "System error 209". [`login_hint`] says so.
pub fn login_url(config: &Config, typed_email: Option<&str>) -> Option<String> {
    if let Some(url) = &config.login_url {
        return Some(url.clone());
    }
    typed_email
        .and_then(email_domain)
        .filter(|d| config.mail_domain.as_ref().is_none_or(|m| m == d))
        .or_else(|| config.mail_domain.clone())
        .map(|d| format!("https://mail.{d}"))
}

/// What the 209 page says under its email field (shown when no login URL is configured).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginHint {
    /// "Your login address is probably" this address.
    Probably(String),
    /// The typed address is not at the company's configured mail domain (given here):
    /// the visitor should check it rather than be sent to another company's login page.
    NotAtCompanyDomain(String),
}

/// The hint for the email the visitor typed: a mismatch with the configured mail domain
/// first, else the likely login address ([`login_url`]), else nothing.
pub fn login_hint(config: &Config, typed_email: Option<&str>) -> Option<LoginHint> {
    let typed = typed_email.and_then(email_domain);
    if let (Some(typed), Some(company)) = (typed, &config.mail_domain) {
        if &typed != company {
            return Some(LoginHint::NotAtCompanyDomain(company.clone()));
        }
    }
    login_url(config, typed_email).map(LoginHint::Probably)
}

/// The lower-cased domain after the last @ of `email`, if it is a plain ASCII domain name.
/// Anything else (a typo, spaces, non-Latin letters) gives `None`, so junk never becomes a URL.
pub(crate) fn email_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let ok = is_domain(&domain);
    ok.then_some(domain)
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

/// A defect in the tree's content. Each names the node (`texts` for the tree-wide texts)
/// and, for text defects, the field, so an editor can go straight to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeError {
    /// Two nodes share an id; links to it would be ambiguous.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// An id that cannot be a URL segment (lower-case ASCII letters, digits, hyphens).
    BadId {
        /// The id.
        id: String,
    },
    /// An id that belongs to another page of the app (`new-password`, `qr-demo`, `qr-confirm`).
    ReservedId {
        /// The id.
        id: String,
    },
    /// The start id names no node.
    MissingStart {
        /// The start id given.
        start: String,
    },
    /// The last-resort id names no outcome, or that outcome has its own next steps.
    BadLastResort {
        /// The last-resort id given.
        id: String,
    },
    /// A choice, "not solved" entry or link names a node that does not exist.
    DanglingReference {
        /// The node holding the reference.
        node: String,
        /// Where in the node, such as `choices[2].next`.
        field: String,
        /// The missing id.
        target: String,
    },
    /// No path of clicks from the start reaches this node.
    Unreachable {
        /// The node.
        node: String,
    },
    /// Questions that lead only to each other: a user entering them can never reach an
    /// outcome.
    CycleWithoutExit {
        /// The strongly connected questions, sorted.
        nodes: Vec<String>,
    },
    /// A question with nothing to choose.
    QuestionWithoutChoices {
        /// The question.
        node: String,
    },
    /// An outcome with no steps to follow.
    OutcomeWithoutSteps {
        /// The outcome.
        node: String,
    },
    /// An outcome other than the last resort with nothing to offer after "No".
    NotSolvedDeadEnd {
        /// The outcome.
        node: String,
    },
    /// "Not solved" suggestions that lead back to each other, so "No" could go on forever.
    NotSolvedLoop {
        /// The outcomes in the loop, sorted.
        nodes: Vec<String>,
    },
    /// A "not solved" entry that names a question instead of an outcome.
    NotSolvedTargetsQuestion {
        /// The outcome holding the entry.
        node: String,
        /// The question named.
        target: String,
    },
    /// A text, keyword list or alias list empty or missing in one language.
    MissingTranslation {
        /// The node.
        node: String,
        /// The field.
        field: String,
        /// The language lacking it.
        locale: Locale,
    },
    /// A bidi control (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), other control
    /// character or zero-width formatting character: they can make text read differently
    /// from how it is stored.
    HiddenChar {
        /// The node.
        node: String,
        /// The field.
        field: String,
        /// The character.
        ch: char,
    },
    /// Text that looks like HTML (a tag or an entity); the UI shows text, not markup.
    Markup {
        /// The node.
        node: String,
        /// The field.
        field: String,
    },
    /// An outcome that does not say who it speaks to (`audience`): the page would not know
    /// whether to offer the summary for the administrator or the console link.
    MissingAudience {
        /// The outcome.
        node: String,
    },
    /// A question for one audience whose choice leads to an outcome only for the other:
    /// the postmaster's question sending them to an employee's fix, or the reverse.
    AudienceMismatch {
        /// The question.
        node: String,
        /// The choice, such as `choices[2].next`.
        field: String,
        /// The outcome it leads to.
        target: String,
    },
    /// A `{name}` the filler does not know; it would be shown to the user as is.
    UnknownPlaceholder {
        /// The node.
        node: String,
        /// The field.
        field: String,
        /// The name between the braces.
        name: String,
    },
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TreeError::DuplicateId { id } => write!(f, "{id}: id used more than once"),
            TreeError::BadId { id } => write!(f, "{id:?}: id must be lower-case kebab-case"),
            TreeError::ReservedId { id } => write!(f, "{id}: id is reserved for another page"),
            TreeError::MissingStart { start } => write!(f, "start {start:?} names no node"),
            TreeError::BadLastResort { id } => {
                write!(
                    f,
                    "last_resort {id:?} must be an outcome with no not_solved"
                )
            }
            TreeError::DanglingReference {
                node,
                field,
                target,
            } => write!(f, "{node}.{field}: {target:?} names no node"),
            TreeError::Unreachable { node } => write!(f, "{node}: unreachable from the start"),
            TreeError::CycleWithoutExit { nodes } => {
                write!(f, "{}: cycle with no way to an outcome", nodes.join(", "))
            }
            TreeError::QuestionWithoutChoices { node } => write!(f, "{node}: no choices"),
            TreeError::OutcomeWithoutSteps { node } => write!(f, "{node}: no steps"),
            TreeError::NotSolvedDeadEnd { node } => write!(f, "{node}: empty not_solved"),
            TreeError::NotSolvedLoop { nodes } => {
                write!(f, "{}: not_solved entries loop", nodes.join(", "))
            }
            TreeError::NotSolvedTargetsQuestion { node, target } => {
                write!(f, "{node}.not_solved: {target} is a question")
            }
            TreeError::MissingTranslation {
                node,
                field,
                locale,
            } => write!(f, "{node}.{field}: missing {}", locale.tag()),
            TreeError::HiddenChar { node, field, ch } => {
                write!(
                    f,
                    "{node}.{field}: hidden character U+{:04X}",
                    u32::from(*ch)
                )
            }
            TreeError::Markup { node, field } => write!(f, "{node}.{field}: looks like HTML"),
            TreeError::MissingAudience { node } => write!(f, "{node}: no audience"),
            TreeError::AudienceMismatch {
                node,
                field,
                target,
            } => write!(f, "{node}.{field}: {target} is for the other audience"),
            TreeError::UnknownPlaceholder { node, field, name } => {
                write!(f, "{node}.{field}: unknown placeholder {{{name}}}")
            }
        }
    }
}

/// Checks the tree and returns every defect found, in a stable order.
pub fn validate(tree: &Tree) -> Result<(), Vec<TreeError>> {
    let mut errors = Vec::new();
    check_ids(tree, &mut errors);
    check_references(tree, &mut errors);
    check_shape(tree, &mut errors);
    check_graph(tree, &mut errors);
    check_texts(tree, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_ids(tree: &Tree, errors: &mut Vec<TreeError>) {
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    for n in &tree.nodes {
        let id = n.id();
        if !seen.insert(id) && reported.insert(id) {
            errors.push(TreeError::DuplicateId { id: id.into() });
        }
        if RESERVED_IDS.contains(&id) {
            errors.push(TreeError::ReservedId { id: id.into() });
        } else if !is_id(id) {
            errors.push(TreeError::BadId { id: id.into() });
        }
    }
}

/// Kebab-case that the route parser accepts as a page id.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every outgoing reference of a node: (field, target id).
fn references(node: &Node) -> Vec<(String, &str)> {
    match node {
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

fn check_references(tree: &Tree, errors: &mut Vec<TreeError>) {
    if tree.node(&tree.start).is_none() {
        errors.push(TreeError::MissingStart {
            start: tree.start.clone(),
        });
    }
    let last_ok = tree
        .outcome(&tree.last_resort)
        .is_some_and(|o| o.not_solved.is_empty());
    if !last_ok {
        errors.push(TreeError::BadLastResort {
            id: tree.last_resort.clone(),
        });
    }
    for n in &tree.nodes {
        for (field, target) in references(n) {
            if tree.node(target).is_none() {
                errors.push(TreeError::DanglingReference {
                    node: n.id().into(),
                    field,
                    target: target.into(),
                });
            }
        }
    }
}

fn check_shape(tree: &Tree, errors: &mut Vec<TreeError>) {
    for n in &tree.nodes {
        match n {
            Node::Question(q) => {
                if q.choices.is_empty() {
                    errors.push(TreeError::QuestionWithoutChoices { node: q.id.clone() });
                }
                check_choice_audiences(tree, q, errors);
            }
            Node::Outcome(o) => {
                if o.audience.is_none() {
                    errors.push(TreeError::MissingAudience { node: o.id.clone() });
                }
                if o.steps.is_empty() {
                    errors.push(TreeError::OutcomeWithoutSteps { node: o.id.clone() });
                }
                if o.not_solved.is_empty() && o.id != tree.last_resort {
                    errors.push(TreeError::NotSolvedDeadEnd { node: o.id.clone() });
                }
                for t in &o.not_solved {
                    if matches!(tree.node(t), Some(Node::Question(_))) {
                        errors.push(TreeError::NotSolvedTargetsQuestion {
                            node: o.id.clone(),
                            target: t.clone(),
                        });
                    }
                }
            }
        }
    }
}

/// A question for the employee or the administrator may lead only to outcomes for the
/// same reader or for either.
fn check_choice_audiences(tree: &Tree, q: &Question, errors: &mut Vec<TreeError>) {
    let other = match q.audience {
        Some(Audience::Employee) => Audience::Administrator,
        Some(Audience::Administrator) => Audience::Employee,
        Some(Audience::Either) | None => return,
    };
    for (i, c) in q.choices.iter().enumerate() {
        if tree.outcome(&c.next).and_then(|o| o.audience) == Some(other) {
            errors.push(TreeError::AudienceMismatch {
                node: q.id.clone(),
                field: format!("choices[{i}].next"),
                target: c.next.clone(),
            });
        }
    }
}

/// Reachability, dead cycles and "not solved" loops, over node positions.
fn check_graph(tree: &Tree, errors: &mut Vec<TreeError>) {
    let n = tree.nodes.len();
    let pos = |id: &str| tree.index.get(id).copied();
    let edges: Vec<Vec<usize>> = tree
        .nodes
        .iter()
        .map(|node| {
            references(node)
                .iter()
                .filter_map(|(_, t)| pos(t))
                .collect()
        })
        .collect();

    // Unreachable: breadth-first from the start. Later duplicates are already reported.
    if let Some(start) = pos(&tree.start) {
        let mut seen = vec![false; n];
        seen[start] = true;
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for &w in &edges[v] {
                if !seen[w] {
                    seen[w] = true;
                    queue.push_back(w);
                }
            }
        }
        for (i, node) in tree.nodes.iter().enumerate() {
            if !seen[i] && pos(node.id()) == Some(i) {
                errors.push(TreeError::Unreachable {
                    node: node.id().into(),
                });
            }
        }
    }

    // Cycles with no way out: among nodes that cannot reach any outcome (found by walking
    // edges backwards from the outcomes), any cyclic strongly connected set is a trap.
    let mut reverse = vec![Vec::new(); n];
    for (v, out) in edges.iter().enumerate() {
        for &w in out {
            reverse[w].push(v);
        }
    }
    let mut exits = vec![false; n];
    let mut queue: VecDeque<usize> = (0..n)
        .filter(|&i| matches!(tree.nodes[i], Node::Outcome(_)))
        .collect();
    for &i in &queue {
        exits[i] = true;
    }
    while let Some(v) = queue.pop_front() {
        for &u in &reverse[v] {
            if !exits[u] {
                exits[u] = true;
                queue.push_back(u);
            }
        }
    }
    let trapped: Vec<Vec<usize>> = edges
        .iter()
        .enumerate()
        .map(|(v, out)| {
            if exits[v] {
                Vec::new()
            } else {
                out.iter().copied().filter(|&w| !exits[w]).collect()
            }
        })
        .collect();
    for comp in cyclic_components(&trapped) {
        errors.push(TreeError::CycleWithoutExit {
            nodes: sorted_ids(tree, &comp),
        });
    }

    // "Not solved" chains must be acyclic; with no dead ends (checked in `check_shape`)
    // every chain then ends at the last resort.
    let not_solved: Vec<Vec<usize>> = tree
        .nodes
        .iter()
        .map(|node| match node {
            Node::Outcome(o) => o.not_solved.iter().filter_map(|t| pos(t)).collect(),
            Node::Question(_) => Vec::new(),
        })
        .collect();
    for comp in cyclic_components(&not_solved) {
        errors.push(TreeError::NotSolvedLoop {
            nodes: sorted_ids(tree, &comp),
        });
    }
}

fn sorted_ids(tree: &Tree, positions: &[usize]) -> Vec<String> {
    let mut ids: Vec<String> = positions
        .iter()
        .map(|&i| tree.nodes[i].id().to_string())
        .collect();
    ids.sort();
    ids
}

/// Strongly connected components that contain a cycle (more than one node, or a node with
/// an edge to itself). Tarjan's algorithm with an explicit work stack instead of recursion.
fn cyclic_components(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = adj.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut counter = 0;
    let mut out = Vec::new();
    // Each frame is (node, position of the next edge to look at).
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        work.push((root, 0));
        while let Some(frame) = work.last_mut() {
            let (v, next) = *frame;
            if let Some(&w) = adj[v].get(next) {
                frame.1 += 1;
                if index[w] == UNSEEN {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 || adj[v].contains(&v) {
                    out.push(comp);
                }
            }
        }
    }
    out
}

fn check_texts(tree: &Tree, errors: &mut Vec<TreeError>) {
    for (field, text) in tree.texts.all() {
        check_text(TREE_NODE_TEXTS, field, text, errors);
    }
    for n in &tree.nodes {
        let id = n.id();
        for (field, text) in n.texts() {
            check_text(id, &field, text, errors);
        }
        for (field, s) in n.plain_strings() {
            check_string(id, &field, s, errors);
        }
        if let Node::Outcome(o) = n {
            for (name, lists) in [("keywords", &o.keywords), ("aliases", &o.aliases)] {
                for locale in Locale::ALL {
                    let list = lists.get(locale);
                    if list.is_empty() || list.iter().any(|s| s.trim().is_empty()) {
                        errors.push(TreeError::MissingTranslation {
                            node: id.into(),
                            field: name.into(),
                            locale,
                        });
                    }
                }
            }
        }
    }
}

/// The node name used for the tree-wide `texts` block in [`TreeError`]s.
const TREE_NODE_TEXTS: &str = "texts";

fn check_text(node: &str, field: &str, text: &Text, errors: &mut Vec<TreeError>) {
    for (locale, s) in [(Locale::En, &text.en), (Locale::ZhCn, &text.zh)] {
        if s.trim().is_empty() {
            errors.push(TreeError::MissingTranslation {
                node: node.into(),
                field: field.into(),
                locale,
            });
        }
        check_string(node, &format!("{field}.{}", lang_key(locale)), s, errors);
    }
}

fn lang_key(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "en",
        Locale::ZhCn => "zh",
    }
}

/// Hidden characters, markup and placeholders in one string.
fn check_string(node: &str, field: &str, s: &str, errors: &mut Vec<TreeError>) {
    if let Some(ch) = s.chars().find(|&c| is_forbidden_char(c)) {
        errors.push(TreeError::HiddenChar {
            node: node.into(),
            field: field.into(),
            ch,
        });
    }
    if looks_like_markup(s) {
        errors.push(TreeError::Markup {
            node: node.into(),
            field: field.into(),
        });
    }
    for (name, closed) in placeholders(s) {
        if !closed || !PLACEHOLDERS.contains(&name) {
            errors.push(TreeError::UnknownPlaceholder {
                node: node.into(),
                field: field.into(),
                name: name.into(),
            });
        }
    }
}

/// A tag start (`<b`, `</`, `<!`) or a character entity (`&amp;`, `&#60;`).
fn looks_like_markup(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(2).enumerate().any(|(i, w)| match w {
        [b'<', c] => c.is_ascii_alphabetic() || *c == b'/' || *c == b'!',
        [b'&', c] if c.is_ascii_alphanumeric() || *c == b'#' => {
            let rest = &b[i + 1..];
            let run = rest
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'#')
                .count();
            rest.get(run) == Some(&b';')
        }
        _ => false,
    })
}

/// The names between `{` and `}` in `s`, each with whether its brace was closed. An
/// unclosed brace yields the rest of the string; the filler would show it as is.
fn placeholders(s: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push((&after[..close], true));
                rest = &after[close + 1..];
            }
            None => {
                out.push((after, false));
                break;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Walking
// ---------------------------------------------------------------------------------------

/// One move made on the way to the current node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The node the user left.
    pub node: String,
    /// The index into that node's [`Node::next_ids`] they chose, or `None` when they
    /// jumped away (a search result, a related link, an address typed into the browser).
    pub choice: Option<usize>,
}

/// Why a walker move was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalkError {
    /// The id names no node of the tree.
    UnknownNode(String),
    /// The current node has no choice with this index.
    NoSuchChoice {
        /// The current node.
        node: String,
        /// The index asked for.
        index: usize,
    },
}

/// Who the page `current` speaks to, having come by `path` ([`Walker::path`]).
///
/// A page for one audience speaks to it. A page for either (reached from both sides of
/// the tree) speaks to whoever the way here identified: the nearest node back along the
/// path that is for one audience decides, so "User does not exist" reached through the
/// postmaster's question speaks to the administrator, and opened directly (a help page's
/// link, an empty path) to the employee, who is most visitors. Questions without an
/// audience ("What is happening?") say nothing about who is asking and are passed over.
pub fn reader(tree: &Tree, current: &str, path: &[Step]) -> Reader {
    let fixed = |id: &str| match tree.node(id)?.audience()? {
        Audience::Employee => Some(Reader::Employee),
        Audience::Administrator => Some(Reader::Administrator),
        Audience::Either => None,
    };
    fixed(current)
        .or_else(|| path.iter().rev().find_map(|s| fixed(&s.node)))
        .unwrap_or(Reader::Employee)
}

/// Where the user is in the tree and how they got there: a plain value the UI keeps in a
/// signal. Every move takes the tree by reference, so the walker never holds a borrow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walker {
    start: String,
    current: String,
    path: Vec<Step>,
}

impl Walker {
    /// A walker at the tree's start.
    pub fn new(tree: &Tree) -> Walker {
        Walker {
            start: tree.start.clone(),
            current: tree.start.clone(),
            path: Vec::new(),
        }
    }

    /// True when the path taken (or the page open now) found the account locked: then a
    /// QR scan login is likely blocked too, and the QR demo starts in its blocked state.
    pub fn found_account_locked(&self) -> bool {
        self.current == LOCKED_OUTCOME || self.path.iter().any(|s| s.node == LOCKED_OUTCOME)
    }

    /// The id of the node shown now.
    pub fn current(&self) -> &str {
        &self.current
    }

    /// The moves that led here, oldest first: breadcrumbs and the administrator summary.
    pub fn path(&self) -> &[Step] {
        &self.path
    }

    /// Who the page open now speaks to; see [`reader`].
    pub fn reader(&self, tree: &Tree) -> Reader {
        reader(tree, &self.current, &self.path)
    }

    /// Takes choice `index` of the current node (a question's answer, or an outcome's
    /// "not solved" suggestion) and returns the new current id.
    pub fn choose(&mut self, tree: &Tree, index: usize) -> Result<&str, WalkError> {
        let node = tree
            .node(&self.current)
            .ok_or_else(|| WalkError::UnknownNode(self.current.clone()))?;
        let next = node
            .next_ids()
            .get(index)
            .map(|s| s.to_string())
            .ok_or_else(|| WalkError::NoSuchChoice {
                node: self.current.clone(),
                index,
            })?;
        if tree.node(&next).is_none() {
            return Err(WalkError::UnknownNode(next));
        }
        self.path.push(Step {
            node: std::mem::replace(&mut self.current, next),
            choice: Some(index),
        });
        Ok(&self.current)
    }

    /// Goes back one move. Returns false (and stays) when there is nothing to go back to.
    pub fn back(&mut self) -> bool {
        match self.path.pop() {
            Some(step) => {
                self.current = step.node;
                true
            }
            None => false,
        }
    }

    /// Returns to the start with an empty path.
    pub fn restart(&mut self) {
        self.current = self.start.clone();
        self.path.clear();
    }

    /// Goes to `id`, as when the address changes (browser back and forward, a deep link,
    /// a search result). So that breadcrumbs stay true to the browser history:
    ///
    /// - the current node: nothing changes;
    /// - a node earlier on the path: the path is cut back to it (browser back);
    /// - a node one choice away: that choice is recorded (browser forward);
    /// - anything else: recorded as a jump, keeping what was tried for the summary.
    pub fn jump(&mut self, tree: &Tree, id: &str) -> Result<(), WalkError> {
        if tree.node(id).is_none() {
            return Err(WalkError::UnknownNode(id.into()));
        }
        if id == self.current {
            return Ok(());
        }
        if let Some(pos) = self.path.iter().rposition(|s| s.node == id) {
            self.path.truncate(pos);
            self.current = id.into();
            return Ok(());
        }
        let choice = tree
            .node(&self.current)
            .and_then(|n| n.next_ids().iter().position(|&next| next == id));
        self.path.push(Step {
            node: std::mem::replace(&mut self.current, id.into()),
            choice,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_tree_equals_the_json_file() {
        let parsed = Tree::shipped_from_json().expect("data/tree.json parses");
        assert_eq!(Tree::shipped(), &parsed);
        // Not vacuous: both hold the whole file.
        assert!(parsed.nodes().len() > 20);
        assert!(parsed.outcome("system-error-209").is_some());
    }

    /// A small valid tree; tests break one thing at a time with `edit`.
    fn good_json() -> serde_json::Value {
        let t = |s: &str| serde_json::json!({"en": s, "zh": format!("中文{s}")});
        let texts: serde_json::Map<String, serde_json::Value> = [
            "did_it_solve",
            "solved_yes",
            "solved_no",
            "solved",
            "solved_yes_admin",
            "solved_admin",
            "next_best",
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

    fn tree_of(v: &serde_json::Value) -> Tree {
        Tree::from_json(&v.to_string()).expect("test tree parses")
    }

    fn errors_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<TreeError> {
        let mut v = good_json();
        edit(&mut v);
        validate(&tree_of(&v)).expect_err("the edit introduces a defect")
    }

    fn assert_same_set(mut got: Vec<TreeError>, mut want: Vec<TreeError>) {
        let key = |e: &TreeError| format!("{e:?}");
        got.sort_by_key(key);
        want.sort_by_key(key);
        assert_eq!(got, want);
    }

    fn node_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
        v["nodes"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|n| n["id"] == id)
            .unwrap()
    }

    #[test]
    fn the_small_tree_is_valid() {
        assert_eq!(validate(&tree_of(&good_json())), Ok(()));
    }

    #[test]
    fn a_duplicate_id_is_reported_once() {
        let errs = errors_after(|v| {
            let dup = node_mut(v, "fix").clone();
            v["nodes"].as_array_mut().unwrap().push(dup.clone());
            v["nodes"].as_array_mut().unwrap().push(dup);
        });
        assert_eq!(errs, vec![TreeError::DuplicateId { id: "fix".into() }]);
    }

    #[test]
    fn ids_that_are_not_url_segments_are_reported() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["id"] = "Fix_It".into();
            node_mut(v, "start")["choices"][0]["next"] = "Fix_It".into();
        });
        assert_eq!(
            errs,
            vec![TreeError::BadId {
                id: "Fix_It".into()
            }]
        );
    }

    #[test]
    fn reserved_route_ids_are_reported() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["id"] = "qr-demo".into();
            node_mut(v, "start")["choices"][0]["next"] = "qr-demo".into();
        });
        assert_eq!(
            errs,
            vec![TreeError::ReservedId {
                id: "qr-demo".into()
            }]
        );
    }

    #[test]
    fn a_missing_start_is_reported() {
        let errs = errors_after(|v| v["start"] = "nowhere".into());
        assert_eq!(
            errs,
            vec![TreeError::MissingStart {
                start: "nowhere".into()
            }]
        );
    }

    #[test]
    fn a_last_resort_that_is_missing_or_continues_is_reported() {
        let errs = errors_after(|v| v["last_resort"] = "start".into());
        assert!(errs.contains(&TreeError::BadLastResort { id: "start".into() }));
        let errs = errors_after(|v| node_mut(v, "help")["not_solved"] = serde_json::json!(["fix"]));
        assert!(errs.contains(&TreeError::BadLastResort { id: "help".into() }));
    }

    #[test]
    fn dangling_choices_not_solved_entries_and_links_are_reported_by_field() {
        let errs = errors_after(|v| {
            node_mut(v, "more")["choices"][1]["next"] = "gone".into();
            node_mut(v, "fix")["not_solved"] = serde_json::json!(["help", "lost"]);
            node_mut(v, "fix")["links"] = serde_json::json!(["new-password", "qr-confirm"]);
        });
        let dangling = |node: &str, field: &str, target: &str| TreeError::DanglingReference {
            node: node.into(),
            field: field.into(),
            target: target.into(),
        };
        assert!(errs.contains(&dangling("more", "choices[1].next", "gone")));
        assert!(errs.contains(&dangling("fix", "not_solved[1]", "lost")));
        assert!(errs.contains(&dangling("fix", "links[1]", "qr-confirm")));
    }

    #[test]
    fn a_node_no_click_reaches_is_reported() {
        let errs = errors_after(|v| {
            let mut orphan = node_mut(v, "fix").clone();
            orphan["id"] = "orphan".into();
            v["nodes"].as_array_mut().unwrap().push(orphan);
        });
        assert_eq!(
            errs,
            vec![TreeError::Unreachable {
                node: "orphan".into()
            }]
        );
    }

    #[test]
    fn questions_that_only_lead_to_each_other_are_a_cycle_without_exit() {
        let errs = errors_after(|v| {
            node_mut(v, "more")["choices"][1]["next"] = "start".into();
            node_mut(v, "start")["choices"][0]["next"] = "more".into();
        });
        assert!(errs.contains(&TreeError::CycleWithoutExit {
            nodes: vec!["more".into(), "start".into()]
        }));
    }

    #[test]
    fn a_cycle_with_a_way_out_is_fine() {
        // `start` ↔ `more` already form a cycle in the good tree, with exits to outcomes.
        assert_eq!(validate(&tree_of(&good_json())), Ok(()));
    }

    #[test]
    fn a_question_without_choices_is_reported() {
        let errs = errors_after(|v| node_mut(v, "more")["choices"] = serde_json::json!([]));
        assert!(errs.contains(&TreeError::QuestionWithoutChoices {
            node: "more".into()
        }));
    }

    #[test]
    fn an_outcome_without_steps_is_reported() {
        let errs = errors_after(|v| node_mut(v, "fix")["steps"] = serde_json::json!([]));
        assert_eq!(
            errs,
            vec![TreeError::OutcomeWithoutSteps { node: "fix".into() }]
        );
    }

    #[test]
    fn an_outcome_with_nothing_after_no_is_reported() {
        let errs = errors_after(|v| node_mut(v, "fix")["not_solved"] = serde_json::json!([]));
        assert_eq!(
            errs,
            vec![TreeError::NotSolvedDeadEnd { node: "fix".into() }]
        );
    }

    #[test]
    fn not_solved_suggestions_that_loop_are_reported() {
        let errs = errors_after(|v| {
            let mut other = node_mut(v, "fix").clone();
            other["id"] = "other".into();
            other["not_solved"] = serde_json::json!(["fix"]);
            v["nodes"].as_array_mut().unwrap().push(other);
            node_mut(v, "fix")["not_solved"] = serde_json::json!(["other"]);
        });
        assert_eq!(
            errs,
            vec![TreeError::NotSolvedLoop {
                nodes: vec!["fix".into(), "other".into()]
            }]
        );
    }

    #[test]
    fn not_solved_suggestions_must_be_outcomes() {
        let errs = errors_after(|v| node_mut(v, "fix")["not_solved"] = serde_json::json!(["more"]));
        assert!(errs.contains(&TreeError::NotSolvedTargetsQuestion {
            node: "fix".into(),
            target: "more".into()
        }));
    }

    #[test]
    fn missing_and_empty_translations_are_reported_per_language() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["steps"][0] = serde_json::json!({"en": "Do it"});
            node_mut(v, "more")["text"]["en"] = "  ".into();
            node_mut(v, "fix")["aliases"]["zh"] = serde_json::json!([]);
            v["texts"]["solved"]["zh"] = "".into();
        });
        let missing = |node: &str, field: &str, locale| TreeError::MissingTranslation {
            node: node.into(),
            field: field.into(),
            locale,
        };
        assert!(errs.contains(&missing("fix", "steps[0]", Locale::ZhCn)));
        assert!(errs.contains(&missing("more", "text", Locale::En)));
        assert!(errs.contains(&missing("fix", "aliases", Locale::ZhCn)));
        assert!(errs.contains(&missing("texts", "solved", Locale::ZhCn)));
        assert_eq!(errs.len(), 4);
    }

    #[test]
    fn bidi_controls_are_reported_wherever_they_hide() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["why"]["zh"] = "正常\u{202E}文本".into();
            node_mut(v, "fix")["error_message"] = "System\u{2066} error".into();
            node_mut(v, "fix")["keywords"]["en"] = serde_json::json!(["a\u{200F}"]);
        });
        let hidden = |field: &str, ch| TreeError::HiddenChar {
            node: "fix".into(),
            field: field.into(),
            ch,
        };
        assert_same_set(
            errs,
            vec![
                hidden("why.zh", '\u{202E}'),
                hidden("error_message", '\u{2066}'),
                hidden("keywords.en[0]", '\u{200F}'),
            ],
        );
    }

    #[test]
    fn html_in_text_is_reported_but_plain_symbols_are_not() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["steps"][0]["en"] = "Click <b>Save</b>".into();
            node_mut(v, "fix")["why"]["en"] = "Tom &amp; Jerry".into();
        });
        assert_eq!(errs.len(), 2);
        assert!(errs.contains(&TreeError::Markup {
            node: "fix".into(),
            field: "steps[0].en".into()
        }));
        assert!(!looks_like_markup("DEPTs & Users, 3 < 5, a&b"));
    }

    #[test]
    fn unknown_and_unclosed_placeholders_are_reported() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["steps"][0]["en"] = "Go to {login_url} and {password}".into();
            node_mut(v, "fix")["why"]["zh"] = "打开 {domain".into();
        });
        let unknown = |field: &str, name: &str| TreeError::UnknownPlaceholder {
            node: "fix".into(),
            field: field.into(),
            name: name.into(),
        };
        assert_same_set(
            errs,
            vec![
                unknown("steps[0].en", "password"),
                unknown("why.zh", "domain"),
            ],
        );
    }

    #[test]
    fn an_outcome_without_an_audience_is_reported_and_an_unknown_one_does_not_parse() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")
                .as_object_mut()
                .unwrap()
                .remove("audience");
        });
        assert_eq!(
            errs,
            vec![TreeError::MissingAudience { node: "fix".into() }]
        );
        let mut v = good_json();
        node_mut(&mut v, "fix")["audience"] = "postmaster".into();
        assert!(Tree::from_json(&v.to_string()).is_err());
        // A question may leave its audience out; "either" is accepted on both kinds.
        node_mut(&mut v, "fix")["audience"] = "either".into();
        node_mut(&mut v, "more")["audience"] = "either".into();
        assert_eq!(validate(&tree_of(&v)), Ok(()));
    }

    #[test]
    fn a_question_for_one_audience_leading_to_the_other_audiences_outcome_is_reported() {
        let errs = errors_after(|v| {
            node_mut(v, "start")["audience"] = "administrator".into();
            node_mut(v, "more")["audience"] = "employee".into();
            node_mut(v, "help")["audience"] = "administrator".into();
        });
        let mismatch = |node: &str, field: &str, target: &str| TreeError::AudienceMismatch {
            node: node.into(),
            field: field.into(),
            target: target.into(),
        };
        assert_same_set(
            errs,
            vec![
                // start (administrator) → fix (employee)
                mismatch("start", "choices[0].next", "fix"),
                // more (employee) → help (administrator)
                mismatch("more", "choices[1].next", "help"),
            ],
        );
        // Outcomes for either fit every question.
        let mut v = good_json();
        node_mut(&mut v, "start")["audience"] = "administrator".into();
        node_mut(&mut v, "fix")["audience"] = "either".into();
        assert_eq!(validate(&tree_of(&v)), Ok(()));
    }

    #[test]
    fn every_defect_is_reported_in_one_pass() {
        let errs = errors_after(|v| {
            v["start"] = "nowhere".into();
            node_mut(v, "fix")["steps"] = serde_json::json!([]);
            node_mut(v, "help")["title"]["zh"] = "".into();
        });
        assert!(errs.contains(&TreeError::MissingStart {
            start: "nowhere".into()
        }));
        assert!(errs.contains(&TreeError::OutcomeWithoutSteps { node: "fix".into() }));
        assert!(errs
            .iter()
            .any(|e| matches!(e, TreeError::MissingTranslation { .. })));
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

    #[test]
    fn a_long_chain_validates_without_deep_recursion() {
        let mut v = good_json();
        let nodes = v["nodes"].as_array_mut().unwrap();
        let template = nodes[1].clone();
        let n = 20_000;
        for i in 0..n {
            let mut q = template.clone();
            q["id"] = format!("q{i}").into();
            q["choices"][0]["next"] = format!("q{}", i + 1).into();
            q["choices"][1]["next"] = format!("q{}", i + 1).into();
            nodes.push(q);
        }
        // The last question loops back into the chain: one big trap.
        let last = nodes.len() - 1;
        nodes[last]["choices"][0]["next"] = "q0".into();
        nodes[last]["choices"][1]["next"] = "q0".into();
        nodes[0]["choices"][1]["next"] = "q0".into();
        let errs = validate(&tree_of(&v)).unwrap_err();
        assert!(
            matches!(&errs[..], [TreeError::Unreachable { node }, TreeError::CycleWithoutExit { nodes }]
            if node == "more" && nodes.len() == n)
        );
    }

    #[test]
    fn text_falls_back_to_english_when_chinese_is_empty() {
        let t = Text {
            en: "Hello".into(),
            zh: String::new(),
        };
        assert_eq!(t.get(Locale::ZhCn), "Hello");
        let t = Text {
            en: "Hello".into(),
            zh: "你好".into(),
        };
        assert_eq!(t.get(Locale::ZhCn), "你好");
        assert_eq!(t.get(Locale::En), "Hello");
    }

    fn config(domain: Option<&str>, url: Option<&str>) -> Config {
        Config {
            mail_domain: domain.map(Into::into),
            login_url: url.map(Into::into),
            ..Config::default()
        }
    }

    #[test]
    fn the_login_url_comes_from_config_then_typed_email_then_config_domain() {
        let both = config(
            Some("corp.example"),
            Some("https://webmail.corp.example/login"),
        );
        assert_eq!(
            login_url(&both, Some("ann@other.example")).as_deref(),
            Some("https://webmail.corp.example/login")
        );
        let domain_only = config(Some("corp.example"), None);
        assert_eq!(
            login_url(&domain_only, Some(" Ann@Corp.Example ")).as_deref(),
            Some("https://mail.corp.example")
        );
        assert_eq!(
            login_url(&domain_only, Some("not an email")).as_deref(),
            Some("https://mail.corp.example")
        );
        let nothing = config(None, None);
        assert_eq!(
            login_url(&nothing, Some(" Ann@Other.Example ")).as_deref(),
            Some("https://mail.other.example")
        );
        assert_eq!(login_url(&nothing, Some("a@b")), None);
        assert_eq!(
            login_url(&config(None, None), Some("a@bad domain.com")),
            None
        );
    }

    #[test]
    fn an_address_at_another_domain_than_the_configured_one_gets_no_login_guess_of_its_own() {
        let domain_only = config(Some("corp.example"), None);
        // The company's own address, not one for the domain typed.
        assert_eq!(
            login_url(&domain_only, Some("ann@other.example")).as_deref(),
            Some("https://mail.corp.example")
        );
        assert_eq!(
            login_hint(&domain_only, Some("ann@Other.example.")),
            Some(LoginHint::NotAtCompanyDomain("corp.example".into()))
        );
        // A subdomain is another domain too.
        assert_eq!(
            login_hint(&domain_only, Some("ann@mail.corp.example")),
            Some(LoginHint::NotAtCompanyDomain("corp.example".into()))
        );
        assert_eq!(
            login_hint(&domain_only, Some("ann@CORP.example")),
            Some(LoginHint::Probably("https://mail.corp.example".into()))
        );
        // Nothing typed, or nothing that is an address: the company's address, no warning.
        for typed in [None, Some(""), Some("ann@")] {
            assert_eq!(
                login_hint(&domain_only, typed),
                Some(LoginHint::Probably("https://mail.corp.example".into())),
                "{typed:?}"
            );
        }
        // No mail domain configured: the typed domain is the best guess, as before.
        assert_eq!(
            login_hint(&config(None, None), Some("ann@other.example")),
            Some(LoginHint::Probably("https://mail.other.example".into()))
        );
        assert_eq!(login_hint(&config(None, None), Some("ann")), None);
    }

    #[test]
    fn placeholders_fill_from_config_typed_email_platform_and_fallbacks() {
        let tree = tree_of(&good_json());
        let cfg = Config {
            company_name: Some("Acme {x}".into()),
            admin_contact: Some("IT desk, ext. 42".into()),
            ..Config::default()
        };
        let cx = Context {
            config: &cfg,
            typed_email: Some("bo@acme.example"),
            platform: Platform::Mac,
            locale: Locale::En,
        };
        assert_eq!(
            tree.fill_placeholders(
                "{company}|{domain}|{login_url}|{admin_contact}|{console_url}|{hard_refresh}|{nope}",
                &cx
            ),
            "Acme {x}|acme.example|https://mail.acme.example|IT desk, ext. 42|\
             https://mail.console.aliyun.com|hard_refresh_mac|{nope}"
        );
        let bare = Config::default();
        let cx = Context {
            config: &bare,
            typed_email: None,
            platform: Platform::Pc,
            locale: Locale::ZhCn,
        };
        assert_eq!(
            tree.fill_placeholders("{company}{login_url}{hard_refresh}", &cx),
            "中文company中文login_url中文hard_refresh_pc"
        );
    }

    #[test]
    fn platforms_are_detected_from_user_agents_and_platform_strings() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120",
                Platform::Pc,
            ),
            ("Mozilla/5.0 (X11; Linux x86_64) Firefox/121", Platform::Pc),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari",
                Platform::Mac,
            ),
            ("MacIntel", Platform::Mac),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)",
                Platform::Phone,
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile",
                Platform::Phone,
            ),
            ("", Platform::Pc),
        ];
        for (ua, want) in cases {
            assert_eq!(Platform::detect(ua), want, "{ua}");
        }
    }

    #[test]
    fn the_walker_chooses_goes_back_and_restarts() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        assert_eq!(w.current(), "start");
        assert!(!w.back());
        assert_eq!(w.choose(&tree, 1), Ok("more"));
        assert_eq!(w.choose(&tree, 1), Ok("help"));
        assert_eq!(
            w.path(),
            [
                Step {
                    node: "start".into(),
                    choice: Some(1)
                },
                Step {
                    node: "more".into(),
                    choice: Some(1)
                },
            ]
        );
        assert!(w.back());
        assert_eq!(w.current(), "more");
        w.restart();
        assert_eq!((w.current(), w.path().len()), ("start", 0));
    }

    #[test]
    fn the_walker_follows_not_solved_suggestions_from_an_outcome() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        w.choose(&tree, 0).unwrap();
        assert_eq!(w.current(), "fix");
        assert_eq!(w.choose(&tree, 0), Ok("help"));
        assert_eq!(
            w.choose(&tree, 0),
            Err(WalkError::NoSuchChoice {
                node: "help".into(),
                index: 0
            })
        );
    }

    #[test]
    fn jumping_mirrors_browser_back_forward_and_deep_links() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        w.choose(&tree, 1).unwrap(); // start → more
        w.choose(&tree, 1).unwrap(); // more → help
        w.jump(&tree, "more").unwrap(); // browser back
        assert_eq!(
            w.path(),
            [Step {
                node: "start".into(),
                choice: Some(1)
            }]
        );
        w.jump(&tree, "help").unwrap(); // browser forward
        assert_eq!(
            w.path()[1],
            Step {
                node: "more".into(),
                choice: Some(1)
            }
        );
        w.jump(&tree, "fix").unwrap(); // a search result
        assert_eq!(
            w.path()[2],
            Step {
                node: "help".into(),
                choice: None
            }
        );
        assert_eq!(w.current(), "fix");
        w.jump(&tree, "fix").unwrap();
        assert_eq!(w.path().len(), 3);
        assert_eq!(
            w.jump(&tree, "nope"),
            Err(WalkError::UnknownNode("nope".into()))
        );
        w.jump(&tree, "start").unwrap();
        assert_eq!((w.current(), w.path().len()), ("start", 0));
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_on_any_text(json in "\\PC{0,200}") {
            let _ = Tree::from_json(&json);
        }

        #[test]
        fn validation_never_panics_on_any_parsed_tree(json in any_tree_json()) {
            if let Ok(tree) = Tree::from_json(&json) {
                let _ = validate(&tree);
                let mut w = Walker::new(&tree);
                for i in 0..4 {
                    let _ = w.choose(&tree, i);
                }
            }
        }
    }

    /// Trees of random shape: random ids, choices and not-solved links among a few names,
    /// random text with braces, angle brackets and bidi characters.
    fn any_tree_json() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let id = prop::sample::select(vec!["start", "a", "b", "c", "qr-demo", "Bad", ""]);
        let text = "[a-z{}<&;\u{202E} ]{0,12}";
        let node = (
            any::<bool>(),
            id.clone(),
            text,
            prop::collection::vec(id.clone(), 0..4),
        );
        (prop::collection::vec(node, 0..8), id.clone(), id).prop_map(|(nodes, start, last)| {
            let mut v = good_json();
            v["start"] = start.into();
            v["last_resort"] = last.into();
            let t = |s: &str| serde_json::json!({"en": s, "zh": s});
            v["nodes"] = nodes
                .into_iter()
                .map(|(is_q, id, s, next)| {
                    if is_q {
                        let choices: Vec<_> = next
                            .iter()
                            .map(|n| serde_json::json!({"label": t(&s), "next": n}))
                            .collect();
                        serde_json::json!({"kind": "question", "id": id, "text": t(&s), "choices": choices})
                    } else {
                        serde_json::json!({"kind": "outcome", "id": id, "title": t(&s),
                            "what_happened": t(&s), "why": t(&s), "steps": [t(&s)],
                            "links": next.clone(), "not_solved": next})
                    }
                })
                .collect();
            v.to_string()
        })
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
    fn a_page_for_either_speaks_to_the_administrator_only_when_reached_from_their_side() {
        let tree = Tree::shipped();
        let reader_after = |clicks: &[&str]| {
            let mut w = Walker::new(tree);
            for id in clicks {
                w.jump(tree, id).unwrap();
            }
            w.reader(tree)
        };
        for page in ["user-does-not-exist", "service-expired"] {
            // Opened directly from a help page's link: most visitors are employees.
            assert_eq!(reader_after(&[page]), Reader::Employee, "{page}");
            // Through the employee's questions.
            assert_eq!(
                reader_after(&["which-error", page]),
                Reader::Employee,
                "{page}"
            );
            // Through the postmaster's question.
            assert_eq!(
                reader_after(&["postmaster-task", page]),
                Reader::Administrator,
                "{page}"
            );
            // After an administrator's page (a search from it), still the administrator.
            assert_eq!(
                reader_after(&["postmaster-unlock", page]),
                Reader::Administrator,
                "{page}"
            );
            // The nearest page for one audience decides: an employee page after the
            // postmaster's question means the visitor went the employee's way.
            assert_eq!(
                reader_after(&["postmaster-task", "account-locked", page]),
                Reader::Employee,
                "{page}"
            );
        }
        // The walk by clicks: start → "I am the mail administrator" → "Look up an account".
        let mut w = Walker::new(tree);
        w.choose(tree, 5).unwrap();
        assert_eq!(w.current(), "postmaster-task");
        assert_eq!(w.reader(tree), Reader::Administrator);
        w.choose(tree, 2).unwrap();
        assert_eq!(w.current(), "user-does-not-exist");
        assert_eq!(w.reader(tree), Reader::Administrator);
        // Back to the start and the employee's way to the same page.
        w.restart();
        w.choose(tree, 0).unwrap();
        w.choose(tree, 4).unwrap();
        assert_eq!(w.current(), "user-does-not-exist");
        assert_eq!(w.reader(tree), Reader::Employee);
    }

    #[test]
    fn administrator_pages_speak_to_the_administrator_however_they_are_opened() {
        let tree = Tree::shipped();
        for page in ["postmaster-unlock", "admin-reset", "postmaster-reset"] {
            assert_eq!(reader(tree, page, &[]), Reader::Administrator, "{page}");
            assert!(tree.outcome(page).unwrap().only_for_administrators());
            let mut w = Walker::new(tree);
            w.jump(tree, "account-locked").unwrap();
            w.jump(tree, page).unwrap();
            assert_eq!(w.reader(tree), Reader::Administrator, "{page}");
        }
        for page in ["account-locked", "contact-admin", "user-does-not-exist"] {
            assert!(!tree.outcome(page).unwrap().only_for_administrators());
        }
        // An employee page stays one even after the postmaster's question.
        let path = [Step {
            node: "postmaster-task".into(),
            choice: None,
        }];
        assert_eq!(reader(tree, "contact-admin", &path), Reader::Employee);
        assert_eq!(reader(tree, "start", &[]), Reader::Employee);
    }

    #[test]
    fn the_solved_answers_are_worded_for_the_reader() {
        let texts = Tree::shipped().texts();
        let (yes, no, done) = texts.solved_for(Reader::Employee);
        assert_eq!(yes.en, "Yes, I can log in");
        assert_eq!((no, done), (&texts.solved_no, &texts.solved));
        let (yes, no, done) = texts.solved_for(Reader::Administrator);
        assert_eq!(yes.en, "Yes, that fixed it");
        assert!(!yes.zh.contains("登录") && !no.zh.contains("登录"));
        assert!(!done.en.contains("back in") && !done.zh.contains("登录"));
    }

    #[test]
    fn the_walker_knows_when_the_path_found_the_account_locked() {
        let tree = Tree::shipped();
        let mut w = Walker::new(tree);
        assert!(!w.found_account_locked());
        w.jump(tree, "account-locked").unwrap();
        assert!(w.found_account_locked());
        w.jump(tree, "qr-login").unwrap();
        assert!(w.found_account_locked(), "still true further down the path");
        w.restart();
        assert!(!w.found_account_locked());
    }
}
