//! "Copy summary for your administrator": a plain-text account of what the user saw and tried.
//!
//! The summary is built only from tree content, the walker's path (node ids and choice
//! indexes), the company config and a timestamp the UI hands in. It never sees what the user
//! typed into any field, so it cannot contain a password, by construction.

use super::config::Config;
use super::i18n::Locale;
use super::tree::{Context, Node, Platform, Step, Tree};

/// The administrator summary for a user now on page `outcome`, having taken `path`
/// (from [`Walker::path`](super::tree::Walker::path)), in `locale`. `when` is a
/// human-readable timestamp supplied by the UI (the domain never reads the clock).
///
/// It lists the error message(s) of the outcomes visited, each question with the answer
/// chosen, the outcomes tried (marking those the user said did not help) and the time.
/// It contains no password: it is assembled from tree data and ids only.
///
/// ```
/// use recovery_assistant::domain::{config::Config, i18n::Locale, summary::admin_summary};
/// use recovery_assistant::domain::tree::{Tree, Walker};
/// let tree = Tree::shipped();
/// let mut w = Walker::new(tree);
/// w.jump(tree, "system-error-209").unwrap();
/// let text = admin_summary(tree, w.path(), w.current(), Locale::En, "09:30", &Config::default());
/// assert!(text.contains("“System error 209”"));
/// ```
pub fn admin_summary(
    tree: &Tree,
    path: &[Step],
    outcome: &str,
    locale: Locale,
    when: &str,
    config: &Config,
) -> String {
    let cx = Context {
        config,
        typed_email: None,
        platform: Platform::default(),
        locale,
    };
    let texts = tree.texts();
    let say = |t: &super::tree::Text| tree.render(t, &cx);

    let mut answers = Vec::new();
    // (outcome id, did the user say it did not solve it)
    let mut tried: Vec<(&str, bool)> = Vec::new();
    for step in path {
        match (tree.node(&step.node), step.choice) {
            (Some(Node::Question(q)), Some(i)) => {
                if let Some(c) = q.choices.get(i) {
                    answers.push(format!("- {} → {}", say(&q.text), say(&c.label)));
                }
            }
            (Some(Node::Outcome(o)), choice) if !tried.iter().any(|(id, _)| *id == o.id) => {
                tried.push((&o.id, choice.is_some()));
            }
            _ => {}
        }
    }
    tried.retain(|(id, _)| *id != outcome);

    let mut errors: Vec<&str> = Vec::new();
    let visited = tried.iter().map(|(id, _)| *id).chain([outcome]);
    for e in visited.filter_map(|id| tree.outcome(id)?.error_message.as_deref()) {
        if !errors.contains(&e) {
            errors.push(e);
        }
    }

    let mut out = vec![say(&texts.summary_title), String::new()];
    if errors.is_empty() {
        out.push(say(&texts.summary_no_error));
    } else {
        out.push(say(&texts.summary_error));
        out.extend(errors.iter().map(|e| format!("- “{e}”")));
    }
    if !answers.is_empty() {
        out.push(String::new());
        out.push(say(&texts.summary_answers));
        out.extend(answers);
    }
    out.push(String::new());
    out.push(say(&texts.summary_tried));
    for (id, not_solved) in &tried {
        let title = tree.node(id).map_or(id.to_string(), |n| say(n.heading()));
        if *not_solved {
            out.push(format!("- {title} ({})", say(&texts.summary_not_solved)));
        } else {
            out.push(format!("- {title}"));
        }
    }
    if let Some(o) = tree.outcome(outcome) {
        out.push(format!(
            "- {} ({})",
            say(&o.title),
            say(&texts.summary_current)
        ));
    }
    out.push(String::new());
    out.push(format!("{} {when}", say(&texts.summary_when)));
    out.push(String::new());
    out.push(say(&texts.summary_no_password));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::Walker;

    fn walk(choices: &[usize]) -> Walker {
        let tree = Tree::shipped();
        let mut w = Walker::new(tree);
        for &c in choices {
            w.choose(tree, c).unwrap();
        }
        w
    }

    #[test]
    fn the_summary_lists_error_answers_tried_outcomes_and_time() {
        let tree = Tree::shipped();
        // start → "I see an error message" → "System error 209" → not solved → first suggestion.
        let w = walk(&[0, 3, 0]);
        assert_eq!(w.current(), "credentials-rejected");
        let config = Config {
            company_name: Some("Acme".into()),
            ..Config::default()
        };
        let text = admin_summary(
            tree,
            w.path(),
            w.current(),
            Locale::En,
            "2026-11-23 09:30",
            &config,
        );
        let expected = "\
Mail login problem: summary for the administrator

Error message shown:
- “System error 209”
- “Username and password do not match”

Answers given:
- What is happening when you try to log in? → I see an error message
- Which message do you see? → System error 209

What was tried:
- The login address does not match your mailbox (did not solve it)
- Your password is not accepted (page open now)

When: 2026-11-23 09:30

This summary contains no password. Never send your password to anyone.";
        assert_eq!(text, expected);
    }

    #[test]
    fn the_summary_fills_company_values_and_speaks_chinese() {
        let tree = Tree::shipped();
        // start → error message → a different message → nobody at {company} can log in.
        let w = walk(&[0, 5, 0]);
        let config = Config {
            company_name: Some("Acme".into()),
            ..Config::default()
        };
        let text = admin_summary(tree, w.path(), w.current(), Locale::ZhCn, "09:30", &config);
        assert!(text.starts_with("邮箱登录问题"), "{text}");
        assert!(text.contains("不能，Acme所有人都登录不了"), "{text}");
        assert!(text.contains("未提到具体的错误提示。"), "{text}");
        assert!(text.contains("时间： 09:30"), "{text}");
    }

    #[test]
    fn a_deep_link_summary_has_no_answers_section() {
        let tree = Tree::shipped();
        let text = admin_summary(
            tree,
            &[],
            "account-locked",
            Locale::En,
            "now",
            &Config::default(),
        );
        assert!(!text.contains("Answers given:"));
        assert!(text.contains("“Too many password errors, please try again in 1 hour”"));
        assert!(text.contains("- Your account is locked for 1 hour (page open now)"));
    }
}
