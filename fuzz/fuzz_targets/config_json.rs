//! Fuzzes `config.json` parsing: any bytes the server hands the app.
//!
//! Invariants beyond "no panic": the result is always usable (every limit the
//! validator promises holds on the config it returns), and a clean parse of the
//! file the parser itself would accept is stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recovery_assistant::domain::config::{parse, MAX_TEXT_CHARS, MAX_WEAK_KEYWORDS};

fuzz_target!(|data: &[u8]| {
    // The browser decodes the response as UTF-8 with replacement, as here.
    let text = String::from_utf8_lossy(data);
    let loaded = parse(&text);
    let c = &loaded.config;
    let p = &c.password_policy;
    assert!(p.min_length >= 1 && p.min_length <= p.max_length);
    assert!((1..=4).contains(&p.required_classes));
    assert!(p.weak_keywords.len() <= MAX_WEAK_KEYWORDS);
    assert!(p.weak_keywords.iter().all(|k| !k.trim().is_empty()));
    for text in [&c.company_name, &c.admin_contact].into_iter().flatten() {
        assert!(text.chars().count() <= MAX_TEXT_CHARS);
    }
    if let Some(url) = &c.login_url {
        assert!(url.starts_with("https://"), "login_url {url:?}");
    }
    // Every problem can be put into words in both languages.
    for problem in &loaded.problems {
        for locale in [
            recovery_assistant::domain::i18n::Locale::En,
            recovery_assistant::domain::i18n::Locale::ZhCn,
        ] {
            assert!(!problem.message(locale).is_empty());
        }
    }
    // Parsing is deterministic.
    assert_eq!(parse(&text), loaded);
});
