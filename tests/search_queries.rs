//! Search over the shipped tree: what a stressed user types or pastes, and the page they
//! must land on first.

use recovery_assistant::domain::search::{SearchIndex, MAX_HITS};

/// (query, expected top outcome id).
const TABLE: &[(&str, &str)] = &[
    // Exact messages, as shown.
    (
        "Too many password errors, please try again in 1 hour",
        "account-locked",
    ),
    ("Username and password do not match", "credentials-rejected"),
    ("Verification code error", "verification-code-error"),
    ("System error 209", "system-error-209"),
    ("User does not exist", "user-does-not-exist"),
    // Case, punctuation, full-width letters and surrounding words.
    ("  TOO MANY PASSWORD ERRORS!!! ", "account-locked"),
    (
        "I got this: 'Username and password do not match' when logging in this morning",
        "credentials-rejected",
    ),
    (
        "Error: System error 209 (please contact support)",
        "system-error-209",
    ),
    (
        "Login failed. User does not exist. Try again.",
        "user-does-not-exist",
    ),
    (
        "ｖｅｒｉｆｉｃａｔｉｏｎ　ｃｏｄｅ　ｅｒｒｏｒ",
        "verification-code-error",
    ),
    ("password do not match", "credentials-rejected"),
    ("system error", "system-error-209"),
    // Codes.
    ("209", "system-error-209"),
    ("error 209", "system-error-209"),
    // Typos.
    ("too many pasword erors", "account-locked"),
    ("verificaton code eror", "verification-code-error"),
    ("user dose not exist", "user-does-not-exist"),
    ("usrname and pasword do not macth", "credentials-rejected"),
    ("forgot my pasword", "self-service-reset"),
    ("sytem eror 209", "system-error-209"),
    // Paraphrases.
    ("locked out", "account-locked"),
    ("Outlook keeps locking my account", "account-locked"),
    ("forgot my password", "self-service-reset"),
    ("QR code expired", "qr-login"),
    ("captcha wrong", "verification-code-error"),
    ("wrong address", "system-error-209"),
    ("wrong password", "credentials-rejected"),
    ("caps lock", "credentials-rejected"),
    ("Ctrl+F5", "verification-code-error"),
    ("nobody in the company can log in", "service-expired"),
    ("no secure phone", "no-recovery-options"),
    (
        "lost my phone and forgot my security answers",
        "no-recovery-options",
    ),
    ("sms code not received", "two-factor-failure"),
    ("two-factor authentication failed", "two-factor-failure"),
    ("reset employee password", "admin-reset"),
    ("forgot postmaster password", "postmaster-reset"),
    ("unlock an employee account", "postmaster-unlock"),
    ("account deleted", "user-does-not-exist"),
    ("scan to log in", "qr-login"),
    ("log in without password", "qr-login"),
    ("still cannot log in, need help desk", "contact-admin"),
    ("postmaster password lost", "postmaster-reset"),
    ("lost the postmaster password", "postmaster-reset"),
    ("account frozen", "account-frozen"),
    ("my account is frozen", "account-frozen"),
    (
        "Your email address is frozen or deleted. Contact the postmaster for help.",
        "account-frozen",
    ),
    ("support ticket", "cloud-support"),
    ("open a ticket with Alibaba Cloud", "cloud-support"),
    // Chinese.
    ("密码错误次数过多", "account-locked"),
    // The lock message contains credentials-rejected's alias 密码错误: the lock wins.
    ("密码错误过多", "account-locked"),
    ("密码错误过多，请1小时后重试", "account-locked"),
    ("登录提示：密码错误过多，请1小时后重试", "account-locked"),
    ("用户名或密码错误", "credentials-rejected"),
    ("您的帐号已被冻结或已注销", "account-frozen"),
    ("账号被冻结了", "account-frozen"),
    ("管理员密码丢了", "postmaster-reset"),
    ("账号被锁了怎么办", "account-locked"),
    ("忘记密码", "self-service-reset"),
    ("扫码登录", "qr-login"),
    ("二维码过期了", "qr-login"),
    ("系统错误209", "system-error-209"),
    ("验证码错误", "verification-code-error"),
    ("用户不存在", "user-does-not-exist"),
    ("密码不对", "credentials-rejected"),
    ("收不到短信验证码", "two-factor-failure"),
    ("全公司都登录不了", "service-expired"),
    ("手机丢了，没有密保问题", "no-recovery-options"),
    // 密保手机, the everyday word for the secure phone (安全手机 in the product).
    ("用密保手机找回密码", "self-service-reset"),
    ("密保手机", "self-service-reset"),
    ("没有密保手机", "no-recovery-options"),
    ("管理员忘记密码", "postmaster-reset"),
    ("为员工重置密码", "admin-reset"),
    ("联系管理员", "contact-admin"),
    // Mixed languages.
    ("登录时提示 System error 209", "system-error-209"),
];

#[test]
fn every_query_in_the_table_puts_the_expected_outcome_first() {
    let index = SearchIndex::shipped();
    let mut failures = Vec::new();
    for (query, want) in TABLE {
        let hits = index.search(query);
        let got: Vec<String> = hits
            .iter()
            .map(|h| format!("{} {}", h.id, h.score))
            .collect();
        if hits.first().map(|h| h.id.as_str()) != Some(*want) {
            failures.push(format!("{query:?}: want {want}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(TABLE.len() >= 30);
}

#[test]
fn exact_error_messages_outrank_everything_else_by_a_wide_margin() {
    let index = SearchIndex::shipped();
    for (query, _) in &TABLE[..5] {
        let hits = index.search(query);
        if let [first, second, ..] = &hits[..] {
            assert!(first.score >= 2 * second.score, "{query:?}: {hits:?}");
        }
    }
}

#[test]
fn every_hit_is_an_outcome_and_there_are_never_more_than_five() {
    let tree = recovery_assistant::domain::tree::Tree::shipped();
    let index = SearchIndex::shipped();
    for (query, _) in TABLE {
        let hits = index.search(query);
        assert!(hits.len() <= MAX_HITS);
        assert!(hits.iter().all(|h| tree.is_outcome(&h.id)), "{query:?}");
    }
}

/// The Chinese login page's wording of each message, as the outcome pages show it, finds
/// that page first, as the English message does.
#[test]
fn every_chinese_form_of_a_message_finds_its_page_first() {
    let tree = recovery_assistant::domain::tree::Tree::shipped();
    let index = SearchIndex::shipped();
    let mut forms = 0;
    for o in tree.outcomes() {
        if let Some(form) = &o.error_message_zh {
            forms += 1;
            let hits = index.search(&form.zh);
            assert_eq!(
                hits.first().map(|h| h.id.as_str()),
                Some(o.id.as_str()),
                "{}",
                form.zh
            );
        }
    }
    assert_eq!(forms, 5);
}

// Stays: real but unrelated words; rank.rs's empty-query test tries blanks and stop words only.
#[test]
fn unrelated_words_find_nothing() {
    let index = SearchIndex::shipped();
    for q in ["banana", "xyzzy qwerty", "天气"] {
        assert_eq!(index.search(q), vec![], "{q:?}");
    }
}
