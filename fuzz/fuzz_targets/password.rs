//! Fuzzes password evaluation with any email, password, confirmation and keyword list.
//!
//! The input is split at 0xFF bytes (never valid UTF-8, so it cannot occur inside
//! the text): email, password, confirmation, then weak keywords. The first byte picks
//! the policy's limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recovery_assistant::domain::policy::{Checker, Input, PasswordPolicy, Rule, State, Verdict};

fuzz_target!(|data: &[u8]| {
    let Some((&knobs, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest
        .split(|&b| b == 0xFF)
        .map(|p| String::from_utf8_lossy(p).into_owned());
    let email = parts.next().unwrap_or_default();
    let password = parts.next().unwrap_or_default();
    let confirm = parts.next().unwrap_or_default();
    let weak_keywords: Vec<String> = parts.take(500).collect();
    let min_length = 1 + usize::from(knobs & 0x0F);
    let policy = PasswordPolicy {
        min_length,
        max_length: min_length + usize::from(knobs >> 4) * 4,
        required_classes: 1 + (knobs % 4),
        weak_keywords,
    };
    let checker = Checker::new(&policy);
    let input = Input {
        email: &email,
        password: &password,
        confirm: &confirm,
        caps_lock: knobs & 1 == 1,
    };
    let eval = checker.evaluate(&input);
    // The length is counted in code points and never truncated.
    assert_eq!(eval.length.count, password.chars().count());
    // The verdict agrees with the rules it summarizes.
    let all_met = Rule::ALL.iter().all(|&r| eval.state(r) == State::Met);
    assert_eq!(eval.verdict() == Verdict::Pass, all_met);
    if password == confirm && !password.is_empty() {
        assert_eq!(eval.state(Rule::Match), State::Met);
    }
    // Same input, same answer.
    assert_eq!(checker.evaluate(&input), eval);
});
