//! The tree's links as the pages show them: each page's address, the ways on from a page
//! (a question's choices, an outcome's "not solved" suggestions), the breadcrumbs of the
//! way here and the Back link. The UI renders these; it decides none of them.

use super::{Localized, Node, Tree, Walker};
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

impl Walker {
    /// The breadcrumbs of the way here, oldest first: the answer given at each question,
    /// else "Start" for the start page, else the heading of the page left.
    pub fn crumbs<'a>(&self, tree: &'a Tree) -> Vec<Crumb<'a>> {
        self.path()
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
        let previous = self.path().last().map(|s| s.node.as_str());
        tree.href(previous.unwrap_or(tree.start()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::fixture::{good_json, node_mut, tree_of};

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
        assert_eq!(w.crumbs(&tree)[0].label, CrumbLabel::Start);
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
