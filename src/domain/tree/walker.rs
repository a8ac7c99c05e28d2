//! Walking the tree: where the visitor is, the moves that led there, and who the page
//! open now speaks to. The links that make the moves are in `links.rs`.

use super::{Audience, Reader, Tree};

/// The outcome that says the account is locked after too many wrong passwords.
pub const LOCKED_OUTCOME: &str = "account-locked";

/// One move made on the way to the current node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The node the user left.
    pub node: String,
    /// The index into that node's [`Node::next_ids`](super::Node::next_ids) they chose,
    /// or `None` when they jumped away (a search result, a related link, an address typed
    /// into the browser).
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
    /// For a visit that began on a page opened directly ([`Walker::open`]): the shortest
    /// way from the start to it, which the breadcrumbs show in place of the jump there.
    way_in: Option<Vec<Step>>,
}

impl Walker {
    /// A walker at the tree's start.
    pub fn new(tree: &Tree) -> Walker {
        Walker {
            start: tree.start.clone(),
            current: tree.start.clone(),
            path: Vec::new(),
            way_in: None,
        }
    }

    /// The shortest way to the page the visit began on, while the path still starts with
    /// the jump there (see [`Walker::open`]).
    pub(super) fn way_in(&self) -> Option<&[Step]> {
        self.way_in.as_deref().filter(|_| !self.path.is_empty())
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

    /// Records that link `index` of page `page` was clicked ([`Tree::next_links`]), before
    /// the address changes and [`Walker::jump`] follows it: several choices may lead to the
    /// same page, and the summary says which answer was given. Ignored unless the walker
    /// is on `page`, so a click on a page the walker has left cannot record a move that
    /// was never offered from where it is.
    pub fn follow(&mut self, tree: &Tree, page: &str, index: usize) {
        if self.current == page {
            let _ = self.choose(tree, index);
        }
    }

    /// Goes back one move. Returns false (and stays) when there is nothing to go back to.
    pub fn back(&mut self) -> bool {
        match self.path.pop() {
            Some(step) => {
                self.current = step.node;
                if self.path.is_empty() {
                    self.way_in = None;
                }
                true
            }
            None => false,
        }
    }

    /// Returns to the start with an empty path.
    pub fn restart(&mut self) {
        self.current = self.start.clone();
        self.path.clear();
        self.way_in = None;
    }

    /// Opens `id` as the first page of a visit (a link from a help page, a bookmark): as
    /// [`Walker::jump`] from the start, and the breadcrumbs and Back show the shortest way
    /// from the start to it, like its pre-rendered page, rather than "Start". The path
    /// (and so the summary) records only the jump.
    pub fn open(&mut self, tree: &Tree, id: &str) -> Result<(), WalkError> {
        self.jump(tree, id)?;
        if let [Step { choice: None, .. }] = self.path.as_slice() {
            self.way_in = tree.shortest_way(id);
        }
        Ok(())
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
            if pos == 0 {
                self.way_in = None;
            }
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
    use crate::domain::tree::fixture::{good_json, tree_of};

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
    fn a_followed_link_is_recorded_only_from_the_page_it_is_on() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        w.follow(&tree, "more", 1); // a click on a page the walker is not on
        assert_eq!((w.current(), w.path().len()), ("start", 0));
        w.follow(&tree, "start", 1);
        assert_eq!(w.current(), "more");
        assert_eq!(w.path()[0].choice, Some(1));
        // The address change that follows the click finds the walker there already.
        w.jump(&tree, "more").unwrap();
        assert_eq!(w.path().len(), 1);
        // An index the page does not have changes nothing.
        w.follow(&tree, "more", 9);
        assert_eq!((w.current(), w.path().len()), ("more", 1));
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
        // The one page written for either reader.
        {
            let page = "service-expired";
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
        // The walk by clicks: start → "I am the mail administrator" → "Nobody can log in".
        let mut w = Walker::new(tree);
        w.choose(tree, 5).unwrap();
        assert_eq!(w.current(), "postmaster-task");
        assert_eq!(w.reader(tree), Reader::Administrator);
        w.choose(tree, 4).unwrap();
        assert_eq!(w.current(), "service-expired");
        assert_eq!(w.reader(tree), Reader::Administrator);
        // Back to the start and the employee's way to the same page: "I see an error
        // message" → "A different message" → "No, nobody can log in".
        w.restart();
        w.choose(tree, 0).unwrap();
        w.choose(tree, 5).unwrap();
        w.choose(tree, 0).unwrap();
        assert_eq!(w.current(), "service-expired");
        assert_eq!(w.reader(tree), Reader::Employee);
        // The account-status question has its own administrator's page now, and the
        // employee's "User does not exist" page is written for employees only.
        assert!(tree
            .outcome("account-status")
            .unwrap()
            .only_for_administrators());
        assert_eq!(
            tree.outcome("user-does-not-exist").unwrap().audience,
            Some(Audience::Employee)
        );
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
