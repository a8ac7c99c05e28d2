//! The tree-wide wording (`texts` in `data/tree.json`) and the file's top level, which
//! holds it beside the nodes. Apart from the node types so that each file stays readable.

use serde::Deserialize;

use super::model::{Localized, Node, Reader};

/// The tree-wide wording (`texts` in the file): the "Did this solve it?" flow, fallbacks for placeholders the config
/// leaves open, key names for a hard refresh, and the labels of the administrator summary.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TreeWording {
    /// "Did this solve it?"
    pub did_it_solve: Localized,
    /// The "yes" answer.
    pub solved_yes: Localized,
    /// The "no" answer.
    pub solved_no: Localized,
    /// The short confirmation after "yes".
    pub solved: Localized,
    /// The "yes" answer on an administrator's page ("Yes, that fixed it").
    pub solved_yes_admin: Localized,
    /// The confirmation after "yes" on an administrator's page.
    pub solved_admin: Localized,
    /// Lead-in before the next-best suggestions after "no".
    pub next_best: Localized,
    /// What "no" says on the last page, where there is nothing left to suggest.
    pub last_stop: Localized,
    /// Label of a link to the password checker.
    pub link_new_password: Localized,
    /// Label of a link to the QR demo.
    pub link_qr_demo: Localized,
    /// `{company}` when the config names no company.
    pub company: Localized,
    /// `{domain}` when neither config nor typed email gives one.
    pub domain: Localized,
    /// `{login_url}` when no login address can be worked out.
    pub login_url: Localized,
    /// `{admin_contact}` when the config names no contact.
    pub admin_contact: Localized,
    /// `{hard_refresh}` on Windows, Linux and other computers.
    pub hard_refresh_pc: Localized,
    /// `{hard_refresh}` on a Mac.
    pub hard_refresh_mac: Localized,
    /// `{hard_refresh}` on a phone or tablet.
    pub hard_refresh_phone: Localized,
    /// First line of the administrator summary.
    pub summary_title: Localized,
    /// Label before the quoted error message(s).
    pub summary_error: Localized,
    /// Said when no error message was named.
    pub summary_no_error: Localized,
    /// Heading of the answers given.
    pub summary_answers: Localized,
    /// Heading of the outcomes tried.
    pub summary_tried: Localized,
    /// Marks an outcome the user said did not help.
    pub summary_not_solved: Localized,
    /// Marks the outcome open when the summary was copied.
    pub summary_current: Localized,
    /// Label before the time.
    pub summary_when: Localized,
    /// Closing line promising that no password is included.
    pub summary_no_password: Localized,
}

impl TreeWording {
    /// "Did this solve it?"'s answers and confirmation for this reader: (yes, no, done).
    /// An administrator fixed something for someone else, or their own console password,
    /// so "Yes, I can log in" would be the wrong words. "No, still stuck" suits both.
    pub fn solved_for(&self, reader: Reader) -> (&Localized, &Localized, &Localized) {
        match reader {
            Reader::Employee => (&self.solved_yes, &self.solved_no, &self.solved),
            Reader::Administrator => (&self.solved_yes_admin, &self.solved_no, &self.solved_admin),
        }
    }

    /// Every text of the wording with its key under `texts` in the file, for the validator.
    ///
    /// The destructuring names every field, so a new one does not compile until it is
    /// listed here too (and so checked for gaps and hidden characters).
    pub fn localized_fields(&self) -> [(&'static str, &Localized); 26] {
        let TreeWording {
            did_it_solve,
            solved_yes,
            solved_no,
            solved,
            solved_yes_admin,
            solved_admin,
            next_best,
            last_stop,
            link_new_password,
            link_qr_demo,
            company,
            domain,
            login_url,
            admin_contact,
            hard_refresh_pc,
            hard_refresh_mac,
            hard_refresh_phone,
            summary_title,
            summary_error,
            summary_no_error,
            summary_answers,
            summary_tried,
            summary_not_solved,
            summary_current,
            summary_when,
            summary_no_password,
        } = self;
        [
            ("did_it_solve", did_it_solve),
            ("solved_yes", solved_yes),
            ("solved_no", solved_no),
            ("solved", solved),
            ("solved_yes_admin", solved_yes_admin),
            ("solved_admin", solved_admin),
            ("next_best", next_best),
            ("last_stop", last_stop),
            ("link_new_password", link_new_password),
            ("link_qr_demo", link_qr_demo),
            ("company", company),
            ("domain", domain),
            ("login_url", login_url),
            ("admin_contact", admin_contact),
            ("hard_refresh_pc", hard_refresh_pc),
            ("hard_refresh_mac", hard_refresh_mac),
            ("hard_refresh_phone", hard_refresh_phone),
            ("summary_title", summary_title),
            ("summary_error", summary_error),
            ("summary_no_error", summary_no_error),
            ("summary_answers", summary_answers),
            ("summary_tried", summary_tried),
            ("summary_not_solved", summary_not_solved),
            ("summary_current", summary_current),
            ("summary_when", summary_when),
            ("summary_no_password", summary_no_password),
        ]
    }
}

/// The file's top level as serde reads it (and `baked` builds it); `Tree::from_raw`
/// adds the id index.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTree {
    pub start: String,
    pub last_resort: String,
    /// `texts` in the file.
    #[serde(rename = "texts")]
    pub wording: TreeWording,
    pub nodes: Vec<Node>,
}
