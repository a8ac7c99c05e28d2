//! The content validator: every defect of a tree at once, so an editor fixes a file in
//! one pass. Ids, references, the shape of each node and its texts are checked here; the
//! graph rules (reachability, traps, "not solved" loops) in `graph.rs`, the defects
//! themselves in `error.rs`.

use std::collections::HashSet;

use super::graph::check_graph;
use super::{
    Audience, FieldName, Localized, Node, Question, Reader, Tree, TreeError, PLACEHOLDERS,
};
use crate::domain::checks::is_forbidden_char;
use crate::domain::i18n::Locale;
use crate::domain::route::RESERVED_IDS;

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
        for (field, target) in n.references() {
            if tree.node(target).is_none() {
                errors.push(TreeError::DanglingReference {
                    node: n.id().into(),
                    field,
                    target: target.into(),
                });
            }
        }
        let Node::Question(q) = n else { continue };
        for (i, c) in q.choices.iter().enumerate() {
            for (j, target) in c.rules_out.iter().enumerate() {
                if tree.outcome(target).is_none() || *target == tree.last_resort {
                    errors.push(TreeError::BadRulesOut {
                        node: q.id.clone(),
                        field: format!("choices[{i}].rules_out[{j}]"),
                        target: target.clone(),
                    });
                }
            }
        }
    }
}

fn check_shape(tree: &Tree, errors: &mut Vec<TreeError>) {
    for n in &tree.nodes {
        match n {
            Node::Question(q) => {
                match q.choices.len() {
                    0 => errors.push(TreeError::QuestionWithoutChoices { node: q.id.clone() }),
                    1 => errors.push(TreeError::SingleChoice { node: q.id.clone() }),
                    _ => {}
                }
                check_choice_labels(q, errors);
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
                if !o.not_solved.is_empty() {
                    for &reader in readers(o.audience) {
                        if tree.next_best_for(&o.id, reader, &[]).is_empty() {
                            errors.push(TreeError::NoNextStepFor {
                                node: o.id.clone(),
                                reader,
                            });
                        }
                    }
                }
                let chinese = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                if o.error_message_zh.as_ref().is_some_and(|e| !chinese(&e.zh)) {
                    errors.push(TreeError::NotChinese { node: o.id.clone() });
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

/// Who can read a page for `audience`: one of them, or both.
fn readers(audience: Option<Audience>) -> &'static [Reader] {
    match audience {
        Some(Audience::Employee) => &[Reader::Employee],
        Some(Audience::Administrator) => &[Reader::Administrator],
        Some(Audience::Either) | None => &[Reader::Employee, Reader::Administrator],
    }
}

/// No two choices of a question may read the same in either language. Empty labels are
/// left to the translation check, which reports them already.
fn check_choice_labels(q: &Question, errors: &mut Vec<TreeError>) {
    for locale in Locale::ALL {
        let mut seen = HashSet::new();
        for (i, c) in q.choices.iter().enumerate() {
            let label = match locale {
                Locale::En => c.label.en.trim(),
                Locale::ZhCn => c.label.zh.trim(),
            };
            if !label.is_empty() && !seen.insert(label) {
                errors.push(TreeError::RepeatedChoiceLabel {
                    node: q.id.clone(),
                    field: format!("{}.{}", FieldName::ChoiceLabel(i), lang_key(locale)),
                });
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

fn check_texts(tree: &Tree, errors: &mut Vec<TreeError>) {
    for (field, text) in tree.wording.localized_fields() {
        check_text(TREE_NODE_TEXTS, field, text, errors);
    }
    for n in &tree.nodes {
        let id = n.id();
        for (field, text) in n.localized_fields() {
            check_text(id, &field.to_string(), text, errors);
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

fn check_text(node: &str, field: &str, text: &Localized, errors: &mut Vec<TreeError>) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::fixture::{
        administrators_outcome, assert_same_set, errors_after, good_json, node_mut, tree_of,
    };
    use crate::domain::tree::Walker;

    #[test]
    fn the_small_tree_is_valid() {
        // Also: a cycle with a way out is fine. `start` ↔ `more` form one, with exits to
        // outcomes (`graph.rs` reports cycles without one).
        assert_eq!(validate(&tree_of(&good_json())), Ok(()));
    }

    #[test]
    fn an_answer_may_rule_out_only_an_outcome_other_than_the_last_resort() {
        let errs = errors_after(|v| {
            node_mut(v, "start")["choices"][0]["rules_out"] =
                serde_json::json!(["fix", "more", "help", "nope"]);
        });
        let bad = |j: usize, target: &str| TreeError::BadRulesOut {
            node: "start".into(),
            field: format!("choices[0].rules_out[{j}]"),
            target: target.into(),
        };
        // "fix" is an outcome: allowed. "more" is a question, "help" the last resort.
        assert_same_set(errs, vec![bad(1, "more"), bad(2, "help"), bad(3, "nope")]);
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
    fn a_question_without_choices_is_reported() {
        let errs = errors_after(|v| node_mut(v, "more")["choices"] = serde_json::json!([]));
        assert!(errs.contains(&TreeError::QuestionWithoutChoices {
            node: "more".into()
        }));
    }

    #[test]
    fn a_question_with_a_single_choice_is_reported() {
        // `more` keeps only its way on to `help`, so nothing else changes.
        let errs = errors_after(|v| {
            let choices = node_mut(v, "more")["choices"].as_array_mut().unwrap();
            choices.remove(0);
        });
        assert_eq!(
            errs,
            vec![TreeError::SingleChoice {
                node: "more".into()
            }]
        );
        assert_eq!(errs[0].to_string(), "more: only one choice");
        // No choices at all is its own defect, not also a single choice.
        let errs = errors_after(|v| node_mut(v, "more")["choices"] = serde_json::json!([]));
        assert!(!errs.contains(&TreeError::SingleChoice {
            node: "more".into()
        }));
    }

    #[test]
    fn choices_labelled_alike_are_reported_per_language() {
        let errs = errors_after(|v| {
            let more = node_mut(v, "more");
            // Alike after trimming, in English only.
            more["choices"][1]["label"]["en"] = " back ".into();
            // In Chinese only.
            node_mut(v, "start")["choices"][1]["label"]["zh"] = "中文one".into();
        });
        let repeated = |node: &str, field: &str| TreeError::RepeatedChoiceLabel {
            node: node.into(),
            field: field.into(),
        };
        assert_same_set(
            errs,
            vec![
                repeated("more", "choices[1].label.en"),
                repeated("start", "choices[1].label.zh"),
            ],
        );
        assert_eq!(
            repeated("more", "choices[1].label.en").to_string(),
            "more.choices[1].label.en: same label as an earlier choice"
        );
        // Empty labels are a missing translation, reported once as that.
        let errs = errors_after(|v| {
            node_mut(v, "start")["choices"][0]["label"]["zh"] = "".into();
            node_mut(v, "start")["choices"][1]["label"]["zh"] = "".into();
        });
        assert!(errs
            .iter()
            .all(|e| matches!(e, TreeError::MissingTranslation { .. })));
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
    fn an_outcome_whose_suggestions_are_all_for_the_other_reader_is_reported() {
        let errs = errors_after(|v| {
            v["nodes"]
                .as_array_mut()
                .unwrap()
                .push(administrators_outcome(&["help"]));
            // "admin" is reachable only from "fix"'s suggestions, which is enough.
            node_mut(v, "fix")["not_solved"] = serde_json::json!(["admin"]);
        });
        assert_eq!(
            errs,
            vec![TreeError::NoNextStepFor {
                node: "fix".into(),
                reader: Reader::Employee
            }]
        );
        assert_eq!(
            errs[0].to_string(),
            "fix.not_solved: nothing left for the Employee"
        );
    }

    #[test]
    fn a_chinese_error_message_without_chinese_is_reported_and_confirmed_is_required() {
        let errs = errors_after(|v| {
            node_mut(v, "fix")["error_message"] = "Wrong".into();
            node_mut(v, "fix")["error_message_zh"] =
                serde_json::json!({"zh": "Wrong", "confirmed": false});
        });
        assert_eq!(errs, vec![TreeError::NotChinese { node: "fix".into() }]);
        // Whoever adds a form must say whether it was confirmed.
        let mut v = good_json();
        node_mut(&mut v, "fix")["error_message"] = "Wrong".into();
        node_mut(&mut v, "fix")["error_message_zh"] = serde_json::json!({"zh": "错误"});
        assert!(Tree::from_json(&v.to_string()).is_err());
        node_mut(&mut v, "fix")["error_message_zh"] =
            serde_json::json!({"zh": "错误", "confirmed": true});
        assert!(validate(&tree_of(&v)).is_ok());
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

    proptest::proptest! {
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
}
