//! The tree's links as the pages show them: each page's address, the ways on from a page
//! (a question's choices, an outcome's "not solved" suggestions), the breadcrumbs of the
//! way here and the Back link. The UI renders these; it decides none of them.

use std::borrow::Cow;
use std::collections::VecDeque;

use super::{reader, Audience, Localized, Node, Reader, Step, Tree, Walker};
use crate::domain::route::{to_hash, Route};

/// One way on from a page: a question's choice or an outcome's "not solved" suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextLink<'a> {
    /// Its position in the page's [`Node::next_ids`], what [`Walker::follow`] records.
    pub index: usize,
    /// The id of the page it leads to.
    pub target: &'a str,
    /// What it says: a choice's label, or the heading of the suggested page.
    pub label: &'a Localized,
    /// Its address ([`Tree::href`]).
    pub href: String,
}

/// What "No, still stuck" shows on an outcome page: a lead-in and the next best pages,
/// or on the last page of all a closing line and nothing after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotSolved<'a> {
    /// The words before the list: the page's own `not_solved_lead` (the employee's last
    /// page says what to send the administrator first), else "Try this next:", and on
    /// the last resort the tree's closing line.
    pub lead: &'a Localized,
    /// The pages to try, in order; empty on the last resort only.
    pub links: Vec<NextLink<'a>>,
}

/// What a breadcrumb says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrumbLabel<'a> {
    /// The answer chosen at a question.
    Answer(&'a Localized),
    /// The start page, left by a jump (a search result): the UI's "Start".
    Start,
    /// The heading of the page left: an outcome, or a question left by a jump.
    Heading(&'a Localized),
    /// Nothing to say: a step the tree does not know (an id or a choice it lacks).
    Blank,
}

/// One breadcrumb: a step of the way here, linking back to the page it left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb<'a> {
    /// What it says.
    pub label: CrumbLabel<'a>,
    /// The page it goes back to ([`Tree::href`]).
    pub href: String,
}

impl Tree {
    /// The address of page `id`: `#/` for the start node, the start page that shows its
    /// question (so the start has one address, whichever link leads there), and
    /// `#/<id>` for every other page.
    ///
    /// ```
    /// use recovery_assistant::domain::tree::Tree;
    /// let tree = Tree::shipped();
    /// assert_eq!(tree.href(tree.start()), "#/");
    /// assert_eq!(tree.href("account-locked"), "#/account-locked");
    /// ```
    pub fn href(&self, id: &str) -> String {
        if id == self.start {
            to_hash(&Route::Start)
        } else {
            to_hash(&Route::Page(id.to_string()))
        }
    }

    /// The ways on from page `id`, in order: a question's choices with their labels, or
    /// an outcome's "not solved" suggestions with their pages' headings. An entry naming
    /// no page is left out (the validator reports it); `index` keeps its place in
    /// [`Node::next_ids`] all the same. Empty for an unknown id.
    pub fn next_links(&self, id: &str) -> Vec<NextLink<'_>> {
        let Some(node) = self.node(id) else {
            return Vec::new();
        };
        match node {
            Node::Question(q) => q
                .choices
                .iter()
                .enumerate()
                .filter_map(|(i, c)| self.next_link(i, &c.next, Some(&c.label)))
                .collect(),
            Node::Outcome(o) => o
                .not_solved
                .iter()
                .enumerate()
                .filter_map(|(i, next)| self.next_link(i, next, None))
                .collect(),
        }
    }

    /// The next best pages after "not solved" on outcome `id`, for a visitor who came by
    /// `path`: the outcome's suggestions ([`Tree::next_links`]) less those an answer on
    /// the way ruled out ([`Choice::rules_out`](super::Choice::rules_out)), so someone who
    /// said they have neither a secure phone nor security questions is not sent to the
    /// self-service reset, and less those written for the other reader (see
    /// [`Tree::next_best_for`]).
    pub fn next_best(&self, id: &str, path: &[Step]) -> Vec<NextLink<'_>> {
        let answers = path.iter().filter_map(|step| match self.node(&step.node)? {
            Node::Question(q) => q.choices.get(step.choice?),
            Node::Outcome(_) => None,
        });
        let ruled_out: Vec<&str> = answers
            .flat_map(|c| c.rules_out.iter().map(String::as_str))
            .collect();
        self.next_best_for(id, reader(self, id, path), &ruled_out)
    }

    /// Outcome `id`'s suggestions for `reader`, less the `ruled_out` ones and those
    /// written only for the other reader: an administrator is not told to ask their
    /// administrator. When that would leave nothing, the last resort stays (an employee
    /// on the page that sends them to their administrator is shown what the
    /// administrator does next). The last resort cannot be ruled out and every other page
    /// keeps a suggestion for each of its readers (the validator sees to both), so the
    /// list is empty on the last resort alone.
    pub fn next_best_for(&self, id: &str, reader: Reader, ruled_out: &[&str]) -> Vec<NextLink<'_>> {
        let mut links = self.next_links(id);
        links.retain(|link| !ruled_out.contains(&link.target));
        let (theirs, others): (Vec<_>, Vec<_>) = links.into_iter().partition(|link| {
            written_for(self.outcome(link.target).and_then(|o| o.audience), reader)
        });
        if theirs.is_empty() {
            others
                .into_iter()
                .filter(|link| link.target == self.last_resort)
                .collect()
        } else {
            theirs
        }
    }

    /// What "No, still stuck" says on outcome `id` reached by `path`: [`Tree::next_best`]
    /// under its lead-in, or the closing line where nothing is left.
    pub fn not_solved(&self, id: &str, path: &[Step]) -> NotSolved<'_> {
        let links = self.next_best(id, path);
        let wording = self.wording();
        let lead = if links.is_empty() {
            &wording.last_stop
        } else {
            self.outcome(id)
                .and_then(|o| o.not_solved_lead.as_ref())
                .unwrap_or(&wording.next_best)
        };
        NotSolved { lead, links }
    }

    /// The link to `target`, saying `label` or else the target's heading; `None` when
    /// the tree has no such page.
    fn next_link<'a>(
        &'a self,
        index: usize,
        target: &str,
        label: Option<&'a Localized>,
    ) -> Option<NextLink<'a>> {
        let target = self.node(target)?;
        Some(NextLink {
            index,
            target: target.id(),
            label: label.unwrap_or_else(|| target.heading()),
            href: self.href(target.id()),
        })
    }
}

/// True when a page for `audience` speaks to `reader`: it is theirs, or for either.
fn written_for(audience: Option<Audience>, reader: Reader) -> bool {
    match audience {
        Some(Audience::Employee) => reader == Reader::Employee,
        Some(Audience::Administrator) => reader == Reader::Administrator,
        Some(Audience::Either) | None => true,
    }
}

impl Tree {
    /// The shortest way from the start to `id` by the questions' answers (else by any
    /// link, an outcome's suggestions too), as the moves that make it: the first of equally
    /// short ways in the tree's order; empty for the start, `None` when no link leads there.
    ///
    /// ```
    /// use recovery_assistant::domain::tree::Tree;
    /// let tree = Tree::shipped();
    /// let way = tree.shortest_way("system-error-209").unwrap();
    /// let pages: Vec<&str> = way.iter().map(|s| s.node.as_str()).collect();
    /// assert_eq!(pages, ["start", "which-error"]);
    /// ```
    pub fn shortest_way(&self, id: &str) -> Option<Vec<Step>> {
        // By the questions' answers where they lead there: a way through an outcome's
        // "not solved" suggestion says the visitor tried a fix, which a link did not.
        self.way(id, false).or_else(|| self.way(id, true))
    }

    fn way(&self, id: &str, through_outcomes: bool) -> Option<Vec<Step>> {
        // Breadth first, so the first time a page is reached is by a shortest way.
        let mut came_from: Vec<(&str, Option<(&str, usize)>)> = vec![(self.start(), None)];
        let mut queue = VecDeque::from([self.start()]);
        while let Some(here) = queue.pop_front() {
            if here == id {
                break;
            }
            let next = match self.node(here) {
                Some(node @ Node::Question(_)) => node.next_ids(),
                Some(node) if through_outcomes => node.next_ids(),
                _ => Vec::new(),
            };
            for (choice, target) in next.into_iter().enumerate() {
                if self.node(target).is_some() && !came_from.iter().any(|(n, _)| *n == target) {
                    came_from.push((target, Some((here, choice))));
                    queue.push_back(target);
                }
            }
        }
        let mut way = Vec::new();
        let mut at = came_from.iter().find(|(n, _)| *n == id)?;
        while let Some((from, choice)) = at.1 {
            way.push(Step {
                node: from.to_string(),
                choice: Some(choice),
            });
            at = came_from.iter().find(|(n, _)| *n == from)?;
        }
        way.reverse();
        Some(way)
    }
}

impl Walker {
    /// The way the breadcrumbs and Back show: the moves made, except that a visit that
    /// began on a page opened directly ([`Walker::open`]) shows the shortest way from the
    /// start to that page in place of the jump there, as the page's pre-rendered version
    /// does. The summary for the administrator keeps to the moves made ([`Walker::path`]).
    fn shown_way(&self) -> Cow<'_, [Step]> {
        match self.way_in() {
            Some(way) => Cow::Owned(way.iter().chain(&self.path()[1..]).cloned().collect()),
            None => Cow::Borrowed(self.path()),
        }
    }

    /// The breadcrumbs of the way here, oldest first: the answer given at each question,
    /// else "Start" for the start page, else the heading of the page left.
    pub fn crumbs<'a>(&self, tree: &'a Tree) -> Vec<Crumb<'a>> {
        self.shown_way()
            .iter()
            .map(|step| {
                let label = match (tree.node(&step.node), step.choice) {
                    (Some(Node::Question(q)), Some(i)) => q
                        .choices
                        .get(i)
                        .map_or(CrumbLabel::Blank, |c| CrumbLabel::Answer(&c.label)),
                    (Some(n), _) if n.id() == tree.start() => CrumbLabel::Start,
                    (Some(n), _) => CrumbLabel::Heading(n.heading()),
                    (None, _) => CrumbLabel::Blank,
                };
                Crumb {
                    label,
                    href: tree.href(&step.node),
                }
            })
            .collect()
    }

    /// Where Back goes: the page the last move left, or the start page when there is none.
    pub fn back_href(&self, tree: &Tree) -> String {
        let way = self.shown_way();
        let previous = way.last().map(|s| s.node.as_str());
        tree.href(previous.unwrap_or(tree.start()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::fixture::{administrators_outcome, good_json, node_mut, tree_of};

    /// Walks the shipped tree from the start by the English labels of `answers`.
    fn walk(answers: &[&str]) -> Walker {
        let tree = Tree::shipped();
        let mut w = Walker::new(tree);
        for answer in answers {
            let Some(Node::Question(q)) = tree.node(w.current()) else {
                panic!("{} is not a question", w.current());
            };
            let i = q
                .choices
                .iter()
                .position(|c| c.label.en == *answer)
                .expect(answer);
            w.choose(tree, i).unwrap();
        }
        w
    }

    #[test]
    fn not_solved_leaves_out_what_the_answers_ruled_out() {
        let tree = Tree::shipped();
        let targets = |w: &Walker| -> Vec<String> {
            tree.next_best(w.current(), w.path())
                .iter()
                .map(|l| l.target.to_string())
                .collect()
        };
        // Neither a secure phone nor security questions, then QR login: the self-service
        // reset cannot work for them, so it is not offered again.
        let none = walk(&[
            "I forgot my password",
            "The password of my own mailbox",
            "No, neither of them",
            "Yes, the app is logged in",
        ]);
        assert_eq!(none.current(), "qr-login");
        assert_eq!(targets(&none), ["account-locked", "contact-admin"]);
        // The same outcome reached without that answer still offers it.
        let direct = walk(&["I want to log in without my password", "Yes"]);
        assert_eq!(direct.current(), "qr-login");
        assert_eq!(
            targets(&direct),
            ["account-locked", "self-service-reset", "contact-admin"]
        );
        // Opened directly (a help page's link), nothing was answered.
        assert_eq!(tree.next_best("qr-login", &[]).len(), 3);
    }

    #[test]
    fn options_set_up_but_unusable_rule_out_the_self_service_reset_too() {
        let tree = Tree::shipped();
        let w = walk(&[
            "I forgot my password",
            "The password of my own mailbox",
            "Set up, but I can't use them now (lost phone, forgotten answers)",
            "Yes, the app is logged in",
        ]);
        assert_eq!(w.current(), "qr-login");
        let targets: Vec<&str> = tree
            .next_best(w.current(), w.path())
            .iter()
            .map(|l| l.target)
            .collect();
        assert_eq!(targets, ["account-locked", "contact-admin"]);
    }

    #[test]
    fn not_solved_offers_pages_written_for_the_reader_and_the_last_page_ends() {
        let tree = Tree::shipped();
        let targets = |id: &str, path: &[Step]| -> Vec<String> {
            tree.next_best(id, path)
                .iter()
                .map(|l| l.target.to_string())
                .collect()
        };
        // The postmaster is the administrator: their pages go on to Alibaba Cloud
        // support, never to "Ask your mail administrator".
        for page in [
            "postmaster-unlock",
            "admin-reset",
            "postmaster-reset",
            "account-status",
        ] {
            let got = targets(page, &[]);
            assert!(
                got.contains(&"cloud-support".to_string()),
                "{page}: {got:?}"
            );
            assert!(
                !got.contains(&"contact-admin".to_string()),
                "{page}: {got:?}"
            );
        }
        // A deleted or frozen account: Forgot Password cannot help, nor can the
        // credentials page that leads to it.
        let gone = targets("user-does-not-exist", &[]);
        assert_eq!(gone, ["account-frozen", "contact-admin"]);
        // The employee's last page: only the administrator's own next step is left.
        assert_eq!(targets("contact-admin", &[]), ["cloud-support"]);
        // The very last page has nothing after it.
        assert!(targets(&tree.last_resort, &[]).is_empty());
        // A page for either reader, reached by the administrator: no "ask your
        // administrator"; by an employee: only that (the ticket is the administrator's).
        let via_postmaster = [Step {
            node: "postmaster-task".into(),
            choice: Some(4),
        }];
        assert_eq!(
            targets("service-expired", &via_postmaster),
            ["cloud-support"]
        );
        assert_eq!(targets("service-expired", &[]), ["contact-admin"]);
    }

    #[test]
    fn still_stuck_leads_in_with_the_pages_own_words_and_the_last_page_closes() {
        let tree = Tree::shipped();
        let wording = tree.wording();
        // An ordinary page: "Try this next:" over its suggestions.
        let locked = tree.not_solved("account-locked", &[]);
        assert_eq!(locked.lead, &wording.next_best);
        assert!(!locked.links.is_empty());
        // The employee's last page: what to send the administrator, then their next step.
        let ask = tree.not_solved("contact-admin", &[]);
        let lead = &tree.outcome("contact-admin").unwrap().not_solved_lead;
        assert_eq!(Some(ask.lead), lead.as_ref());
        assert!(ask.lead.en.contains("summary") && ask.lead.en.contains("{admin_contact}"));
        assert_eq!(ask.links.len(), 1);
        assert_eq!(ask.links[0].target, "cloud-support");
        // The last page of all: a closing line and no empty list under it.
        let last = tree.not_solved(tree.last_resort(), &[]);
        assert_eq!(last.lead, &wording.last_stop);
        assert!(last.links.is_empty());
        assert_ne!(wording.last_stop, wording.next_best);
    }

    #[test]
    fn for_a_reader_only_their_pages_stay_unless_none_is_left_but_the_last_resort() {
        let mut v = good_json();
        v["nodes"]
            .as_array_mut()
            .unwrap()
            .push(administrators_outcome(&["help"]));
        node_mut(&mut v, "fix")["not_solved"] = serde_json::json!(["admin", "help"]);
        node_mut(&mut v, "help")["audience"] = serde_json::json!("administrator");
        let tree = tree_of(&v);
        let ids = |reader| -> Vec<&str> {
            tree.next_best_for("fix", reader, &[])
                .iter()
                .map(|l| l.target)
                .collect()
        };
        // Both are administrators' pages: the employee keeps the last resort only.
        assert_eq!(ids(Reader::Employee), ["help"]);
        assert_eq!(ids(Reader::Administrator), ["admin", "help"]);
        // Ruled out first, then the reader's rule.
        let none: Vec<&str> = tree
            .next_best_for("fix", Reader::Administrator, &["admin"])
            .iter()
            .map(|l| l.target)
            .collect();
        assert_eq!(none, ["help"]);
    }

    #[test]
    fn the_start_page_is_at_the_bare_hash_and_every_other_page_at_its_id() {
        let tree = tree_of(&good_json());
        assert_eq!(tree.href("start"), "#/");
        assert_eq!(tree.href("more"), "#/more");
        // Not checked against the tree: an unknown id still gets its address (the
        // not-found page).
        assert_eq!(tree.href("nope"), "#/nope");
    }

    #[test]
    fn a_questions_links_are_its_choices_and_an_outcomes_its_not_solved_pages() {
        let tree = tree_of(&good_json());
        let link = |index, target, label: &str, href: &str| {
            (index, target, label.to_string(), href.to_string())
        };
        let links = |id: &str| -> Vec<(usize, &str, String, String)> {
            let list = tree.next_links(id).into_iter();
            list.map(|l| (l.index, l.target, l.label.en.clone(), l.href))
                .collect()
        };
        assert_eq!(
            links("more"),
            // A choice back to the start goes to the start page's address.
            [
                link(0, "start", "back", "#/"),
                link(1, "help", "help", "#/help")
            ]
        );
        // A suggestion says the heading of the page it suggests.
        assert_eq!(links("fix"), [link(0, "help", "help", "#/help")]);
        assert_eq!(links("help"), []);
        assert_eq!(links("nope"), []);
    }

    #[test]
    fn links_to_pages_the_tree_lacks_are_left_out_keeping_the_others_places() {
        let mut v = good_json();
        node_mut(&mut v, "start")["choices"][0]["next"] = "gone".into();
        node_mut(&mut v, "fix")["not_solved"] = serde_json::json!(["lost", "help"]);
        let tree = tree_of(&v);
        let places = |id: &str| -> Vec<(usize, &str)> {
            let list = tree.next_links(id).into_iter();
            list.map(|l| (l.index, l.target)).collect()
        };
        assert_eq!(places("start"), [(1, "more")]);
        assert_eq!(places("fix"), [(1, "help")]);
    }

    #[test]
    fn crumbs_say_the_answer_given_or_start_or_the_page_left_and_link_back_to_it() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        assert_eq!(w.crumbs(&tree), []);
        w.choose(&tree, 1).unwrap(); // start → more, by its second choice
        w.choose(&tree, 1).unwrap(); // more → help
        w.jump(&tree, "fix").unwrap(); // a search result, from help
        w.jump(&tree, "start").unwrap(); // the start, by address: the path is cut back
        w.jump(&tree, "more").unwrap(); // the start's second choice again, by address
        w.jump(&tree, "fix").unwrap(); // from more, by a search
        w.jump(&tree, "help").unwrap(); // fix's "not solved" suggestion, by address
        let node = |id: &str| tree.node(id).unwrap();
        let choice_label = |id: &str, i: usize| match node(id) {
            Node::Question(q) => &q.choices[i].label,
            Node::Outcome(_) => unreachable!(),
        };
        assert_eq!(
            w.crumbs(&tree),
            [
                Crumb {
                    label: CrumbLabel::Answer(choice_label("start", 1)),
                    href: "#/".into()
                },
                Crumb {
                    label: CrumbLabel::Heading(node("more").heading()),
                    href: "#/more".into()
                },
                Crumb {
                    label: CrumbLabel::Heading(node("fix").heading()),
                    href: "#/fix".into()
                },
            ]
        );
        // The start page left by a jump says "Start".
        let mut w = Walker::new(&tree);
        w.jump(&tree, "help").unwrap();
        w.jump(&tree, "fix").unwrap();
        assert_eq!(w.crumbs(&tree)[0].label, CrumbLabel::Start);
    }

    #[test]
    fn a_visit_that_begins_on_a_page_opened_directly_shows_the_shortest_way_there() {
        let tree = tree_of(&good_json());
        let node = |id: &str| tree.node(id).unwrap();
        let answer = |id: &str, i: usize| match node(id) {
            Node::Question(q) => CrumbLabel::Answer(&q.choices[i].label),
            Node::Outcome(_) => unreachable!(),
        };
        // help is reached by start → more → help, or start → fix → help (fix's "not
        // solved" suggestion): by answers rather than through a fix, though the other
        // comes first in the tree's order.
        let mut w = Walker::new(&tree);
        w.open(&tree, "help").unwrap();
        let labels: Vec<CrumbLabel> = w.crumbs(&tree).into_iter().map(|c| c.label).collect();
        assert_eq!(labels, [answer("start", 1), answer("more", 1)]);
        assert_eq!(w.back_href(&tree), "#/more");
        // The summary still has only what was done: one jump.
        assert_eq!(w.path().len(), 1);
        // Going on from there adds to that way.
        w.jump(&tree, "fix").unwrap();
        let labels: Vec<CrumbLabel> = w.crumbs(&tree).into_iter().map(|c| c.label).collect();
        assert_eq!(
            labels,
            [
                answer("start", 1),
                answer("more", 1),
                CrumbLabel::Heading(node("help").heading())
            ]
        );
        // Back at the start, the next jump is a search from it: Back returns there.
        w.jump(&tree, "start").unwrap();
        w.jump(&tree, "help").unwrap();
        assert_eq!(w.back_href(&tree), "#/");
        let mut w = Walker::new(&tree);
        w.open(&tree, "help").unwrap();
        w.restart();
        w.jump(&tree, "help").unwrap();
        assert_eq!(w.back_href(&tree), "#/");
        // Walked the other way, the crumbs are that way.
        let mut w = Walker::new(&tree);
        w.choose(&tree, 0).unwrap();
        w.choose(&tree, 0).unwrap();
        let labels: Vec<CrumbLabel> = w.crumbs(&tree).into_iter().map(|c| c.label).collect();
        assert_eq!(
            labels,
            [
                answer("start", 0),
                CrumbLabel::Heading(node("fix").heading())
            ]
        );
        assert_eq!(w.back_href(&tree), "#/fix");
        // Where only a suggestion leads, the way goes through it.
        let mut v = good_json();
        node_mut(&mut v, "more")["choices"] =
            serde_json::json!([{"label": {"en": "b", "zh": "b"}, "next": "start"}]);
        let tree = tree_of(&v);
        let pages: Vec<String> = tree
            .shortest_way("help")
            .unwrap()
            .into_iter()
            .map(|s| s.node)
            .collect();
        assert_eq!(pages, ["start", "fix"]);
    }

    #[test]
    fn the_shortest_way_is_none_where_no_link_leads_and_empty_for_the_start() {
        let mut v = good_json();
        node_mut(&mut v, "start")["choices"] =
            serde_json::json!([{"label": {"en": "x", "zh": "x"}, "next": "more"}]);
        node_mut(&mut v, "more")["choices"] =
            serde_json::json!([{"label": {"en": "y", "zh": "y"}, "next": "help"}]);
        let tree = tree_of(&v);
        assert_eq!(tree.shortest_way("fix"), None);
        assert_eq!(tree.shortest_way("start"), Some(vec![]));
        assert_eq!(tree.shortest_way("nope"), None);
        assert_eq!(tree.shortest_way("help").map(|w| w.len()), Some(2));
    }

    #[test]
    fn crumbs_for_steps_the_tree_does_not_know_are_blank() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        w.choose(&tree, 1).unwrap(); // start → more
        w.choose(&tree, 1).unwrap(); // more → help
                                     // The same walk in a tree where `more` lost its second choice and `start` is gone.
        let mut v = good_json();
        node_mut(&mut v, "more")["choices"] = serde_json::json!([]);
        v["nodes"].as_array_mut().unwrap().remove(0);
        let smaller = tree_of(&v);
        let labels: Vec<CrumbLabel> = w.crumbs(&smaller).into_iter().map(|c| c.label).collect();
        assert_eq!(labels, [CrumbLabel::Blank, CrumbLabel::Blank]);
    }

    #[test]
    fn back_goes_to_the_page_the_last_move_left_else_the_start_page() {
        let tree = tree_of(&good_json());
        let mut w = Walker::new(&tree);
        assert_eq!(w.back_href(&tree), "#/");
        w.choose(&tree, 1).unwrap(); // start → more
        assert_eq!(w.back_href(&tree), "#/");
        w.choose(&tree, 1).unwrap(); // more → help
        assert_eq!(w.back_href(&tree), "#/more");
        w.jump(&tree, "fix").unwrap();
        assert_eq!(w.back_href(&tree), "#/help");
    }
}
