//! "Copy summary for your administrator": a plain-text account of what the user saw and tried.
//!
//! The summary is built only from tree content, the walker's path (node ids and choice
//! indexes), the company config, a timestamp the UI hands in and the email field. Of what
//! the user typed it takes only the email, and only when it is a well-formed address (see
//! [`mailbox`]), so a password typed or pasted into the wrong field never gets in.

use super::checks::is_forbidden_char;
use super::config::Config;
use super::i18n::{Locale, Msg};
use super::tree::{email_domain, reader, Node, PlaceholderValues, Platform, Reader, Step, Tree};

/// The administrator summary for a user now on page `outcome`, having taken `path`
/// (from [`Walker::path`](super::tree::Walker::path)), in `locale`. `when` is a
/// human-readable timestamp supplied by the UI (the domain never reads the clock).
///
/// It names the mailbox when the user typed its address (`typed_email`, the email field
/// of the 209 page or the password checker), lists the error message(s) of the outcomes
/// visited, each question with the answer chosen, the outcomes tried (marking those the
/// user said did not help) and the time. On a page for an employee (see
/// [`reader`]) it adds how to send it without the mailbox that does not work. It contains
/// no password: it is assembled from tree data, ids and a checked email address only.
///
/// ```
/// use recovery_assistant::domain::{config::Config, i18n::Locale, summary::admin_summary};
/// use recovery_assistant::domain::tree::{Tree, Walker};
/// let tree = Tree::shipped();
/// let mut w = Walker::new(tree);
/// w.jump(tree, "system-error-209").unwrap();
/// let text = admin_summary(tree, w.path(), w.current(), Locale::En, "09:30", &Config::default(), None);
/// assert!(text.contains("“System error 209”"));
/// ```
pub fn admin_summary(
    tree: &Tree,
    path: &[Step],
    outcome: &str,
    locale: Locale,
    when: &str,
    config: &Config,
    typed_email: Option<&str>,
) -> String {
    let values = PlaceholderValues {
        config,
        typed_email: None,
        platform: Platform::default(),
        locale,
    };
    let wording = tree.wording();
    let say = |t: &super::tree::Localized| tree.render(t, &values);

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

    let mut out = vec![say(&wording.summary_title), String::new()];
    if let Some(address) = typed_email.and_then(mailbox) {
        out.push(Msg::SummaryMailbox.fill(locale, &[("email", address)]));
    }
    if errors.is_empty() {
        out.push(say(&wording.summary_no_error));
    } else {
        out.push(say(&wording.summary_error));
        out.extend(errors.iter().map(|e| format!("- “{e}”")));
    }
    if !answers.is_empty() {
        out.push(String::new());
        out.push(say(&wording.summary_answers));
        out.extend(answers);
    }
    out.push(String::new());
    out.push(say(&wording.summary_tried));
    for (id, not_solved) in &tried {
        let title = tree.node(id).map_or(id.to_string(), |n| say(n.heading()));
        if *not_solved {
            out.push(format!("- {title} ({})", say(&wording.summary_not_solved)));
        } else {
            out.push(format!("- {title}"));
        }
    }
    if let Some(o) = tree.outcome(outcome) {
        out.push(format!(
            "- {} ({})",
            say(&o.title),
            say(&wording.summary_current)
        ));
    }
    out.push(String::new());
    out.push(format!("{} {when}", say(&wording.summary_when)));
    out.push(String::new());
    // Whoever reads an employee's page cannot use their mail, the usual way to reach the
    // administrator; an administrator's page offers no summary, but say nothing there.
    if reader(tree, outcome, path) == Reader::Employee {
        out.push(Msg::SummarySendAnotherWay.text(locale).to_string());
    }
    out.push(say(&wording.summary_no_password));
    out.join("\n")
}

/// `typed` as a mailbox address for the summary, trimmed, if it is one: a single `@`, a
/// local part of 1 to 64 bytes (the mail standard's limit) without spaces or hidden
/// characters, and a plain domain. Anything else (a half-typed address, a pasted
/// paragraph, a password typed into the wrong field) is left out rather than sent to the
/// administrator.
fn mailbox(typed: &str) -> Option<&str> {
    let address = typed.trim();
    let (local, _) = address.rsplit_once('@')?;
    let local_ok = (1..=64).contains(&local.len())
        && !local
            .chars()
            .any(|c| c == '@' || c.is_whitespace() || is_forbidden_char(c));
    (local_ok && email_domain(address).is_some()).then_some(address)
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
            None,
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

Your mail is what does not work: send this by chat, by phone or from a colleague's mail.
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
        let text = admin_summary(
            tree,
            w.path(),
            w.current(),
            Locale::ZhCn,
            "09:30",
            &config,
            Some("li.wei@example.com"),
        );
        assert!(text.starts_with("邮箱登录问题"), "{text}");
        assert!(text.contains("不能，Acme 所有人都登录不了"), "{text}");
        assert!(text.contains("未提到具体的错误提示。"), "{text}");
        assert!(text.contains("时间： 09:30"), "{text}");
        assert!(text.contains("邮箱账号：li.wei@example.com"), "{text}");
        assert!(
            text.contains("请通过聊天工具、电话或同事的邮箱发送"),
            "{text}"
        );
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
            None,
        );
        assert!(!text.contains("Answers given:"));
        assert!(text.contains("“Too many password errors, please try again in 1 hour”"));
        assert!(text.contains("- Your account is locked for 1 hour (page open now)"));
    }

    fn summary_on(page: &str, path: &[Step], typed: Option<&str>) -> String {
        admin_summary(
            Tree::shipped(),
            path,
            page,
            Locale::En,
            "now",
            &Config::default(),
            typed,
        )
    }

    #[test]
    fn the_summary_names_the_mailbox_typed_right_under_the_title() {
        let text = summary_on("system-error-209", &[], Some("  li.wei@Example.com "));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2], "Mailbox: li.wei@Example.com", "{text}");
        assert_eq!(lines[3], "Error message shown:", "{text}");
        // Nothing typed: no mailbox line.
        assert!(!summary_on("system-error-209", &[], None).contains("Mailbox:"));
    }

    #[test]
    fn only_a_well_formed_address_is_named_never_other_typing() {
        for typed in [
            "",
            "li.wei",
            "li.wei@",
            "@example.com",
            "li wei@example.com",
            "li.wei@example",
            "a@b@example.com",
            "Secret-Pass1",
            "li\u{202E}wei@example.com",
            &format!("{}@example.com", "x".repeat(65)),
        ] {
            let text = summary_on("system-error-209", &[], Some(typed));
            assert!(!text.contains("Mailbox:"), "{typed:?}: {text}");
        }
    }

    #[test]
    fn an_employee_is_told_to_send_it_another_way_than_their_broken_mail() {
        let tree = Tree::shipped();
        let another_way = Msg::SummarySendAnotherWay.text(Locale::En);
        assert!(another_way.contains("chat") && another_way.contains("phone"));
        assert!(another_way.contains("colleague"));
        // Every page an employee reads, however reached.
        for o in tree.outcomes().filter(|o| !o.only_for_administrators()) {
            let text = summary_on(&o.id, &[], None);
            assert!(text.contains(another_way), "{}: {text}", o.id);
            // Just before the closing promise.
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines[lines.len() - 2], another_way, "{}", o.id);
        }
        // Not on a page the administrator reads: their mail is not what is broken.
        assert!(!summary_on("postmaster-unlock", &[], None).contains(another_way));
        let via_postmaster = [Step {
            node: "postmaster-task".into(),
            choice: Some(4),
        }];
        assert!(!summary_on("service-expired", &via_postmaster, None).contains(another_way));
    }
}
