//! Checks over the shipped content: it validates, covers everything in the source documents,
//! and every page can be reached and left.

use std::collections::{HashSet, VecDeque};

use recovery_assistant::domain::i18n::Locale;
use recovery_assistant::domain::tree::{validate, Link, Localized, Node, Tree, Walker};

/// The outcome ids that help pages link to; they must never change.
const PUBLIC_IDS: [&str; 12] = [
    "account-locked",
    "credentials-rejected",
    "verification-code-error",
    "system-error-209",
    "user-does-not-exist",
    "service-expired",
    "self-service-reset",
    "no-recovery-options",
    "admin-reset",
    "postmaster-reset",
    "qr-login",
    "two-factor-failure",
];

/// Every error message quoted in the source documents.
const SEED_ERRORS: [(&str, &str); 5] = [
    (
        "Too many password errors, please try again in 1 hour",
        "account-locked",
    ),
    ("Username and password do not match", "credentials-rejected"),
    ("Verification code error", "verification-code-error"),
    ("System error 209", "system-error-209"),
    ("User does not exist", "user-does-not-exist"),
];

fn tree() -> &'static Tree {
    Tree::shipped()
}

/// Every user-visible text of the tree, English and Chinese, with placeholders unfilled.
fn all_text(tree: &Tree) -> String {
    let mut out = String::new();
    let mut push = |t: &Localized| {
        out.push_str(&t.en);
        out.push('\n');
        out.push_str(&t.zh);
        out.push('\n');
    };
    for n in tree.nodes() {
        n.localized_fields().for_each(|(_, t)| push(t));
    }
    // Of the tree-wide wording only the hard-refresh keys: they hold facts the source
    // documents give ("Ctrl+F5"); the rest is the app's own wording.
    let t = tree.wording();
    for x in [
        &t.hard_refresh_pc,
        &t.hard_refresh_mac,
        &t.hard_refresh_phone,
    ] {
        push(x);
    }
    out
}

/// Ids reachable from the start by pressing buttons: answers and "not solved" suggestions.
fn reachable_by_choices(tree: &Tree) -> HashSet<String> {
    let mut seen = HashSet::from([tree.start().to_string()]);
    let mut queue = VecDeque::from([tree.start().to_string()]);
    while let Some(id) = queue.pop_front() {
        for next in tree.node(&id).expect("reachable ids exist").next_ids() {
            if seen.insert(next.to_string()) {
                queue.push_back(next.to_string());
            }
        }
    }
    seen
}

#[test]
fn the_shipped_tree_has_no_defects() {
    if let Err(errors) = validate(tree()) {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("tree.json has defects:\n{}", list.join("\n"));
    }
}

// Stays: the validator's reachability counts related links too; this one counts clicks
// on answers and suggestions only, and pins the public ids.
#[test]
fn every_public_outcome_id_exists_and_is_reachable_by_clicking_from_the_start() {
    let reachable = reachable_by_choices(tree());
    for id in PUBLIC_IDS {
        assert!(tree().is_outcome(id), "{id} is not an outcome");
        assert!(reachable.contains(id), "{id} cannot be reached by clicking");
    }
    assert_eq!(
        reachable.len(),
        tree().nodes().len(),
        "some node is reachable only through a link"
    );
}

#[test]
fn every_seed_error_message_is_quoted_verbatim_on_its_outcome_and_offered_as_a_choice() {
    let which = match tree().node("which-error") {
        Some(Node::Question(q)) => q,
        _ => panic!("which-error is a question"),
    };
    for (message, id) in SEED_ERRORS {
        let outcome = tree().outcome(id).unwrap();
        assert_eq!(outcome.error_message.as_deref(), Some(message));
        assert!(
            which
                .choices
                .iter()
                .any(|c| c.label.en == message && c.next == id),
            "which-error offers {message:?}"
        );
    }
}

#[test]
fn the_start_question_offers_every_situation_from_the_recover_access_tree() {
    let start = match tree().node(tree().start()) {
        Some(Node::Question(q)) => q,
        _ => panic!("start is a question"),
    };
    let targets: Vec<&str> = start.choices.iter().map(|c| c.next.as_str()).collect();
    for t in [
        "which-error",
        "forgot-whose",
        "locked-how",
        "qr-app-ready",
        "postmaster-task",
        "two-factor-failure",
    ] {
        assert!(targets.contains(&t), "start lacks a way to {t}");
    }
}

// Stays: the validator's not-solved rules imply it; this walks every chain to check the
// promise itself, and that the end is the administrator's support ticket.
#[test]
fn saying_no_repeatedly_always_ends_at_alibaba_cloud_support() {
    for o in tree().outcomes() {
        for first in 0..o.not_solved.len().max(1) {
            let mut w = Walker::new(tree());
            w.jump(tree(), &o.id).unwrap();
            let mut choice = first;
            for _ in 0..tree().nodes().len() {
                if w.choose(tree(), choice).is_err() {
                    break;
                }
                choice = 0;
            }
            assert_eq!(
                w.current(),
                tree().last_resort(),
                "from {} via {first}",
                o.id
            );
        }
    }
    assert_eq!(tree().last_resort(), "cloud-support");
}

// Stays: steps are the validator's rule too, but verification is required only here.
#[test]
fn every_outcome_explains_and_says_how_to_verify() {
    for o in tree().outcomes() {
        assert!(!o.steps.is_empty(), "{}", o.id);
        assert!(!o.verification.is_empty(), "{} has no verification", o.id);
    }
}

#[test]
fn the_source_documents_facts_and_interface_names_are_all_present() {
    let text = all_text(tree());
    let facts = [
        // Lockout and unlock.
        "1 hour",
        "IP",
        "Outlook",
        "Foxmail",
        "Employee Accounts",
        "Search for the locked account",
        "Actions column, click Unlock",
        "postmaster",
        "{console_url}",
        "After 3 wrong tries",
        // Credentials.
        "after the @",
        "Caps Lock",
        "Type the password by hand",
        "invisible characters",
        "service may have expired",
        "Postmaster Domain Management",
        // Picture code.
        "refresh icon",
        "{hard_refresh}",
        "Ctrl+F5",
        "Cmd+Shift+R",
        // Error 209.
        "{login_url}",
        "bookmark",
        // User does not exist.
        "active, frozen or deleted",
        // Resets.
        "Forgot Password",
        "Send SMS",
        "security questions",
        "Reset Security Settings",
        "Verification Code",
        "Receive an SMS verification code on your secure mobile",
        "Scan code to log in",
        "Code scanning entry",
        "DEPTs & Users",
        "Name column",
        "Edit Account",
        "Reset Password",
        "Save",
        "8 to 64 characters",
        "at least three of",
        "at least 9 characters",
        "weak-password word",
        "up to 500 words",
        "Alibaba Cloud Email Console",
        "Email Services",
        "Manage page",
        "Submit",
        // QR login.
        "install or update the Alibaba Mail app",
        "5 minutes",
        "support ticket",
    ];
    for f in facts {
        assert!(text.contains(f), "tree text lacks {f:?}");
    }
}

#[test]
fn every_faq_answer_from_the_source_documents_is_attached() {
    let faqs: Vec<(&str, usize)> = tree()
        .outcomes()
        .map(|o| (o.id.as_str(), o.faq.len()))
        .collect();
    let total: usize = faqs.iter().map(|(_, n)| n).sum();
    // 5 questions in the troubleshooting guide, 6 in the recover-access page; the one
    // on account status is asked twice (the employee's page and the administrator's),
    // and the frozen account's page adds its own ("Will it unlock if I wait?").
    assert_eq!(total, 11 + 1 + 1, "{faqs:?}");
}

#[test]
fn links_point_to_the_password_checker_and_the_qr_demo_where_they_help() {
    let links = |id: &str| tree().outcome(id).unwrap().links.clone();
    assert!(links("self-service-reset").contains(&Link::NewPassword));
    assert!(links("admin-reset").contains(&Link::NewPassword));
    assert!(links("qr-login").contains(&Link::QrDemo));
    assert_eq!(
        tree().link_label(&Link::QrDemo, Locale::ZhCn),
        "看看扫码登录怎么用"
    );
    assert_eq!(
        tree().link_label(&Link::Node("account-locked".into()), Locale::En),
        "Your account is locked for 1 hour"
    );
}

#[test]
fn english_and_chinese_use_the_same_placeholders() {
    let names = |s: &str| {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
            .collect();
        v.sort();
        v
    };
    let check = |where_: &str, t: &Localized| {
        assert_eq!(
            names(&t.en),
            names(&t.zh),
            "{where_}: {:?} / {:?}",
            t.en,
            t.zh
        );
    };
    for n in tree().nodes() {
        for (field, t) in n.localized_fields() {
            check(&format!("{}.{field}", n.id()), t);
        }
    }
}

/// `docs/pages.md` lists every outcome's address for help-page authors; a new outcome
/// without its line there would be a deep link nobody knows about.
#[test]
fn the_pages_doc_lists_every_outcome_id() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/pages.md"))
        .expect("docs/pages.md exists");
    let missing: Vec<&str> = Tree::shipped()
        .outcomes()
        .map(|o| o.id.as_str())
        .filter(|id| !doc.contains(&format!("`{id}`")))
        .collect();
    assert!(missing.is_empty(), "not in docs/pages.md: {missing:?}");
}

#[test]
fn the_secure_phone_is_also_called_by_its_everyday_chinese_name() {
    // 安全手机 is the product's word; most Chinese help material says 密保手机. Where the
    // visitor is asked about it and where the reset names it, both appear.
    let question = match tree().node("recovery-options") {
        Some(Node::Question(q)) => q,
        _ => panic!("recovery-options is a question"),
    };
    let reset = tree().outcome("self-service-reset").expect("an outcome");
    let reset_steps: String = reset.steps.iter().map(|s| s.zh.as_str()).collect();
    for (what, text) in [
        ("the question", question.text.zh.as_str()),
        ("the reset's steps", &reset_steps),
    ] {
        assert!(
            text.contains("安全手机") && text.contains("密保手机"),
            "{what}: {text}"
        );
    }
}

#[test]
fn a_rejected_password_is_explained_as_common_after_a_password_change() {
    // The troubleshooting guide's context for "Username and password do not match".
    let why = &tree()
        .outcome("credentials-rejected")
        .expect("an outcome")
        .why;
    assert!(
        why.en.contains("just after a password change"),
        "{}",
        why.en
    );
    assert!(why.zh.contains("刚修改过密码"), "{}", why.zh);
}

/// Every text a visitor can read: the tree's, the tree-wide wording and both catalogs,
/// in both languages.
fn every_visible_text() -> Vec<String> {
    use recovery_assistant::domain::i18n::{Message, Msg, ToolMsg};
    let mut out = Vec::new();
    for n in tree().nodes() {
        for (_, t) in n.localized_fields() {
            out.extend([t.en.clone(), t.zh.clone()]);
        }
    }
    for (_, t) in tree().wording().localized_fields() {
        out.extend([t.en.clone(), t.zh.clone()]);
    }
    for l in Locale::ALL {
        out.extend(Msg::ALL.iter().map(|m| m.text(l).to_string()));
        out.extend(
            ToolMsg::ALL
                .iter()
                .map(|m| Message::text(*m, l).to_string()),
        );
    }
    out
}

/// Each occurrence of `short` in `text` is part of `full`.
fn only_as_part_of(text: &str, short: &str, full: &str) -> bool {
    let at = full
        .find(short)
        .expect("the short name is part of the full one");
    text.match_indices(short)
        .all(|(i, _)| i >= at && text[i - at..].starts_with(full))
}

#[test]
fn each_console_has_one_name_in_each_language_everywhere() {
    use recovery_assistant::domain::tree::{CLOUD_CONSOLE, MAIL_CONSOLE};
    let (mail_zh, cloud_zh) = ("阿里邮箱管理后台", "阿里云邮箱控制台");
    for text in every_visible_text() {
        assert!(!text.contains("管理控制台"), "{text}");
        assert!(only_as_part_of(&text, "管理后台", mail_zh), "{text}");
        assert!(only_as_part_of(&text, "控制台", cloud_zh), "{text}");
        assert!(
            only_as_part_of(&text, "admin console", MAIL_CONSOLE),
            "{text}"
        );
        assert!(
            only_as_part_of(&text, "Email Console", CLOUD_CONSOLE),
            "{text}"
        );
    }
    // A page that gives the console's address names the console it is for (the Alibaba
    // Cloud one wins where both are named: the page's heading says that one), and each
    // name appears in Chinese where it does in English.
    for o in tree()
        .outcomes()
        .filter(|o| o.uses_placeholder("console_url"))
    {
        let (en, zh): (String, String) = o
            .localized_fields()
            .map(|(_, t)| (t.en.clone(), t.zh.clone()))
            .unzip();
        let names = (en.contains(MAIL_CONSOLE), en.contains(CLOUD_CONSOLE));
        assert!(names.0 || names.1, "{}", o.id);
        assert_eq!(o.names_cloud_console(), names.1, "{}", o.id);
        assert_eq!(zh.contains(mail_zh), names.0, "{}", o.id);
        assert_eq!(zh.contains(cloud_zh), names.1, "{}", o.id);
    }
}

#[test]
fn a_frozen_or_closed_account_is_its_own_case_under_my_account_is_locked() {
    let Some(Node::Question(q)) = tree().node("locked-how") else {
        panic!("locked-how is a question");
    };
    let next: Vec<&str> = q.choices.iter().map(|c| c.next.as_str()).collect();
    assert!(next.contains(&"account-locked") && next.contains(&"account-frozen"));
    let frozen = tree().outcome("account-frozen").unwrap();
    let text: String = frozen
        .localized_fields()
        .map(|(_, t)| t.en.clone())
        .collect();
    // Waiting does not help, nor does Forgot Password; only the administrator can.
    assert!(text.contains("no timer ends them"), "{text}");
    assert!(text.contains("skip Forgot Password"), "{text}");
    assert!(text.contains("{admin_contact}"), "{text}");
    assert!(!frozen
        .not_solved
        .contains(&"self-service-reset".to_string()));
    // The account-status pages send each reader to their own.
    let gone = tree().outcome("user-does-not-exist").unwrap();
    assert!(!gone
        .not_solved
        .contains(&"credentials-rejected".to_string()));
    assert!(gone.links.contains(&Link::Node("account-status".into())));
}

#[test]
fn the_verification_page_and_the_lock_page_agree_on_what_a_lock_blocks() {
    let en = |id: &str| -> String {
        tree()
            .outcome(id)
            .unwrap()
            .localized_fields()
            .map(|(_, t)| t.en.clone() + "\n")
            .collect()
    };
    // The lock page offers Forgot Password while locked (the troubleshooting guide's FAQ)…
    assert!(en("account-locked").contains("can I set a new password myself?"));
    // …so the verification page must not say every other route is blocked.
    let two = en("two-factor-failure");
    assert!(two.contains("Forgot Password may still work"), "{two}");
    assert!(!two.contains("blocked"), "{two}");
}

#[test]
fn which_route_to_try_first_is_answered_where_the_forgot_password_path_starts() {
    let faq_of = |id: &str| -> Vec<String> {
        tree()
            .outcome(id)
            .unwrap()
            .faq
            .iter()
            .map(|f| f.q.en.clone())
            .collect()
    };
    assert!(faq_of("self-service-reset").contains(&"Which route should I try first?".into()));
    assert!(!faq_of("two-factor-failure").contains(&"Which route should I try first?".into()));
}

#[test]
fn a_rejected_password_page_says_what_to_ask_for_and_links_the_administrators_page() {
    let o = tree().outcome("credentials-rejected").unwrap();
    let text: String = o.localized_fields().map(|(_, t)| t.en.clone()).collect();
    assert!(
        text.contains("Console > Mail > Postmaster Domain Management"),
        "{text}"
    );
    assert!(text.contains("Employee Accounts"), "{text}");
    assert!(o.links.contains(&Link::Node("admin-reset".into())));
}

#[test]
fn recovery_options_has_a_choice_for_options_set_up_but_unusable() {
    let Some(Node::Question(q)) = tree().node("recovery-options") else {
        panic!("recovery-options is a question");
    };
    let unusable = q
        .choices
        .iter()
        .find(|c| c.label.en.contains("can't use them"))
        .expect("a choice for options that cannot be used");
    assert_eq!(unusable.next, "app-fallback");
    assert_eq!(unusable.rules_out, ["self-service-reset"]);
}

#[test]
fn fill_ins_read_naturally_in_chinese() {
    use recovery_assistant::domain::config::Config;
    use recovery_assistant::domain::tree::{PlaceholderValues, Platform};
    let config = Config {
        admin_contact: Some("IT Help Desk, ext. 4321".into()),
        company_name: Some("Example Trading Ltd".into()),
        ..Config::default()
    };
    let values = PlaceholderValues {
        config: &config,
        typed_email: None,
        platform: Platform::Pc,
        locale: Locale::ZhCn,
    };
    let page = |id: &str| -> String {
        tree()
            .outcome(id)
            .unwrap()
            .localized_fields()
            .map(|(_, t)| tree().render(t, &values) + "\n")
            .collect()
    };
    let locked = page("account-locked");
    assert!(
        locked.contains("请联系 IT Help Desk, ext. 4321 立即为您解锁"),
        "{locked}"
    );
    assert!(page("service-expired").contains("Example Trading Ltd 的所有邮箱"));
}
