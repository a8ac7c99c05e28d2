//! What the validator reports: one [`TreeError`] per defect, each naming the node and
//! field, and the one-line message a content editor reads.

use std::fmt;

use super::Reader;
use crate::domain::i18n::Locale;

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
    /// A choice's `rules_out` names something other than an outcome, or the last resort
    /// (which must stay on offer to everyone).
    BadRulesOut {
        /// The question.
        node: String,
        /// Where in the node, such as `choices[3].rules_out[0]`.
        field: String,
        /// The id named.
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
    /// A question with a single choice: nothing to choose between.
    SingleChoice {
        /// The question.
        node: String,
    },
    /// A choice labelled like an earlier choice of the same question, in one language:
    /// two buttons that read the same, so the visitor cannot tell which is theirs.
    RepeatedChoiceLabel {
        /// The question.
        node: String,
        /// The later label, such as `choices[2].label.zh`.
        field: String,
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
    /// An outcome whose "not solved" suggestions leave nothing for one of its readers
    /// once the pages for the other reader are left out ([`Tree::next_best_for`]): an
    /// administrator's page that can only say "ask your administrator".
    ///
    /// [`Tree::next_best_for`]: super::Tree::next_best_for
    NoNextStepFor {
        /// The outcome.
        node: String,
        /// Who would be left without a suggestion.
        reader: Reader,
    },
    /// An `error_message_zh` with no Chinese in it: empty, or English pasted in.
    NotChinese {
        /// The outcome.
        node: String,
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
            TreeError::BadRulesOut {
                node,
                field,
                target,
            } => write!(
                f,
                "{node}.{field}: {target:?} is not an outcome that can be ruled out"
            ),
            TreeError::Unreachable { node } => write!(f, "{node}: unreachable from the start"),
            TreeError::CycleWithoutExit { nodes } => {
                write!(f, "{}: cycle with no way to an outcome", nodes.join(", "))
            }
            TreeError::QuestionWithoutChoices { node } => write!(f, "{node}: no choices"),
            TreeError::SingleChoice { node } => write!(f, "{node}: only one choice"),
            TreeError::RepeatedChoiceLabel { node, field } => {
                write!(f, "{node}.{field}: same label as an earlier choice")
            }
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
            TreeError::NoNextStepFor { node, reader } => {
                write!(f, "{node}.not_solved: nothing left for the {reader:?}")
            }
            TreeError::NotChinese { node } => {
                write!(f, "{node}.error_message_zh: has no Chinese text")
            }
            TreeError::UnknownPlaceholder { node, field, name } => {
                write!(f, "{node}.{field}: unknown placeholder {{{name}}}")
            }
        }
    }
}
