//! What the password checker says: every sentence on its page that depends on what was
//! typed, built from the engine's findings ([`Evaluation`], [`Change`]) and how the
//! checklist shows them ([`Checklist`]), in the visitor's language.
//!
//! The page renders these strings and decides nothing about them. They are built from
//! counts, positions, rules and states; the only pieces of the password an evaluation keeps
//! (the weak keyword found, the hard-to-type characters) appear only when the visitor has
//! chosen to show the passwords (`shown`). The property test at the bottom checks that,
//! with the passwords hidden, no text repeats any four characters of the password.

use super::announce::Change;
use super::checklist::{Checklist, Overall, Shown, StatusLine};
use super::classes::CharClass;
use super::rules::{
    EmailCheck, Evaluation, KeywordCheck, LengthStatus, MatchCheck, Mismatch, Rule, State, Verdict,
};
use super::warnings::{Advice, Warning};
use crate::domain::i18n::{Locale, ToolMsg};

/// The hidden prefix a screen reader hears before a rule, with the space before the
/// rule's title, so the state is never told by the icon or colour alone. A pending rule
/// has none: its text says "Not checked yet".
pub fn mark_prefix(shown: Shown, locale: Locale) -> Option<String> {
    let msg = match shown {
        Shown::Pending => return None,
        Shown::Met => ToolMsg::PwMarkMet,
        Shown::Unmet => ToolMsg::PwMarkUnmet,
        Shown::NotChecked => ToolMsg::PwMarkNotChecked,
    };
    Some(format!("{} ", msg.text(locale)))
}

/// The fixed note under a rule, if it has one: the `classes` rule says which characters
/// count toward no class.
pub fn rule_note(rule: Rule) -> Option<ToolMsg> {
    (rule == Rule::Classes).then_some(ToolMsg::PwClassesNote)
}

/// The show/hide button's text: what pressing it will do, as GOV.UK's password input.
pub fn toggle_label(shown: bool) -> ToolMsg {
    if shown {
        ToolMsg::PwHide
    } else {
        ToolMsg::PwShow
    }
}

/// The polite status after the show/hide button was pressed: what it did (a changed
/// button name alone is not announced).
pub fn toggle_status(shown: bool) -> ToolMsg {
    if shown {
        ToolMsg::PwShownStatus
    } else {
        ToolMsg::PwHiddenStatus
    }
}

impl StatusLine {
    /// The line in `locale`, such as "2 rules left: character types, a word your company
    /// does not allow." It lives with the other wording; the line itself is decided in
    /// `checklist.rs`.
    pub fn text(&self, locale: Locale) -> String {
        match self {
            StatusLine::Pending => ToolMsg::PwStatusPending.text(locale).to_string(),
            StatusLine::Left(rules) => {
                let msg = if rules.len() == 1 {
                    ToolMsg::PwStatusLeftOne
                } else {
                    ToolMsg::PwStatusLeft
                };
                msg.fill(
                    locale,
                    &[
                        ("count", &rules.len().to_string()),
                        ("list", &status_names(rules, locale)),
                    ],
                )
            }
            StatusLine::AllMet { not_checked } if not_checked.is_empty() => {
                ToolMsg::PwStatusAllMet.text(locale).to_string()
            }
            StatusLine::AllMet { not_checked } => ToolMsg::PwStatusAllMetUnchecked
                .fill(locale, &[("list", &status_names(not_checked, locale))]),
        }
    }
}

/// The rules' short names in running text, as the status line lists them.
fn status_names(rules: &[Rule], locale: Locale) -> String {
    join(
        locale,
        rules
            .iter()
            .map(|&rule| status_name(rule).text(locale).to_string()),
    )
}

/// A rule's name as an item of the status line's list.
fn status_name(rule: Rule) -> ToolMsg {
    match rule {
        Rule::Length => ToolMsg::PwStatusLength,
        Rule::Classes => ToolMsg::PwStatusClasses,
        Rule::NoEmail => ToolMsg::PwStatusEmail,
        Rule::NoWeakKeyword => ToolMsg::PwStatusKeyword,
        Rule::Match => ToolMsg::PwStatusMatch,
    }
}

/// What one checklist item says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleText {
    /// How the rule is shown (its `data-state`, icon and hidden prefix follow it).
    pub state: Shown,
    /// The rule itself, such as "Between 8 and 64 characters".
    pub title: String,
    /// Where the password stands against it right now.
    pub detail: String,
}

fn num(n: impl ToString) -> String {
    n.to_string()
}

/// Joins items of running text with the language's list separator.
fn join(locale: Locale, items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .collect::<Vec<_>>()
        .join(ToolMsg::PwListSeparator.text(locale))
}

/// Joins the listed items, adding "and N more" when the engine listed fewer than `total`.
fn join_listed(locale: Locale, items: Vec<String>, total: usize) -> String {
    let more = total.saturating_sub(items.len());
    let list = join(locale, items);
    if more == 0 {
        list
    } else {
        ToolMsg::PwListMore.fill(locale, &[("list", &list), ("more", &num(more))])
    }
}

/// A class's name in the `classes` rule's lists.
fn class_name(class: CharClass) -> ToolMsg {
    match class {
        CharClass::Upper => ToolMsg::PwClassUpper,
        CharClass::Lower => ToolMsg::PwClassLower,
        CharClass::Digit => ToolMsg::PwClassDigit,
        CharClass::Special => ToolMsg::PwClassSpecial,
    }
}

/// A rule's name as the live region speaks it ("Length rule met.").
fn rule_name(rule: Rule) -> ToolMsg {
    match rule {
        Rule::Length => ToolMsg::PwNameLength,
        Rule::Classes => ToolMsg::PwNameClasses,
        Rule::NoEmail => ToolMsg::PwNameEmail,
        Rule::NoWeakKeyword => ToolMsg::PwNameKeyword,
        Rule::Match => ToolMsg::PwNameMatch,
    }
}

/// The title and the current explanation of one rule. `shown` says whether the user has
/// chosen to show the passwords, and so whether pieces of it may appear in the text.
pub fn rule_text(
    rule: Rule,
    e: &Evaluation,
    list: Checklist,
    locale: Locale,
    shown: bool,
) -> RuleText {
    let state = list.shown(rule);
    let (title, detail) = match rule {
        Rule::Length => {
            let l = e.length;
            let title =
                ToolMsg::PwLengthTitle.fill(locale, &[("min", &num(l.min)), ("max", &num(l.max))]);
            let count = num(l.count);
            let detail = match l.status() {
                LengthStatus::TooShort => {
                    ToolMsg::PwLengthShort.fill(locale, &[("count", &count), ("min", &num(l.min))])
                }
                LengthStatus::WithinRange => ToolMsg::PwLengthWithin.fill(
                    locale,
                    &[
                        ("count", &count),
                        ("min", &num(l.min)),
                        ("max", &num(l.max)),
                    ],
                ),
                LengthStatus::TooLong => ToolMsg::PwLengthLong.fill(
                    locale,
                    &[
                        ("count", &count),
                        ("max", &num(l.max)),
                        ("over", &num(l.count - l.max)),
                    ],
                ),
            };
            (title, detail)
        }
        Rule::Classes => {
            let c = e.classes;
            let title = ToolMsg::PwClassesTitle.fill(locale, &[("required", &num(c.required))]);
            let names = |want: bool| {
                join(
                    locale,
                    CharClass::ALL
                        .iter()
                        .filter(|&&k| c.present.contains(k) == want)
                        .map(|&k| class_name(k).text(locale).to_string()),
                )
            };
            let (present, missing) = (names(true), names(false));
            let count = c.present.count();
            let args = [
                ("present", present.as_str()),
                ("missing", missing.as_str()),
                ("count", &num(count)),
                ("required", &num(c.required)),
                ("more", &num(c.required.saturating_sub(count))),
            ];
            let detail = match (c.state(), count) {
                (State::Met, _) => ToolMsg::PwClassesEnough.fill(locale, &args),
                (State::Unmet, 0) => ToolMsg::PwClassesNone.fill(locale, &args),
                (State::Unmet, _) => ToolMsg::PwClassesSome.fill(locale, &args),
            };
            (title, detail)
        }
        Rule::NoEmail => {
            let detail = match e.no_email {
                EmailCheck::NotEntered => ToolMsg::PwEmailNotEntered,
                EmailCheck::Clear {
                    local_part_checked: true,
                } => ToolMsg::PwEmailClear,
                EmailCheck::Clear {
                    local_part_checked: false,
                } => ToolMsg::PwEmailClearShort,
                EmailCheck::ContainsAddress => ToolMsg::PwEmailContainsAddress,
                EmailCheck::ContainsLocalPart => ToolMsg::PwEmailContainsLocal,
            };
            (
                ToolMsg::PwEmailTitle.text(locale).to_string(),
                detail.text(locale).to_string(),
            )
        }
        Rule::NoWeakKeyword => {
            let detail = match &e.no_weak_keyword {
                KeywordCheck::Clear => ToolMsg::PwKeywordClear.text(locale).to_string(),
                KeywordCheck::Found { keyword } if shown => {
                    ToolMsg::PwKeywordFound.fill(locale, &[("keyword", keyword)])
                }
                KeywordCheck::Found { .. } => {
                    ToolMsg::PwKeywordFoundHidden.text(locale).to_string()
                }
            };
            (ToolMsg::PwKeywordTitle.text(locale).to_string(), detail)
        }
        Rule::Match => {
            let detail = match e.confirmation {
                MatchCheck::ConfirmEmpty => ToolMsg::PwMatchEmpty,
                MatchCheck::Matches => ToolMsg::PwMatchSame,
                MatchCheck::Differs(Mismatch::Spacing) => ToolMsg::PwMatchSpacing,
                MatchCheck::Differs(Mismatch::Incomplete) => ToolMsg::PwMatchIncomplete,
                MatchCheck::Differs(Mismatch::Case) => ToolMsg::PwMatchCase,
                MatchCheck::Differs(Mismatch::Other) => ToolMsg::PwMatchOther,
            };
            (
                ToolMsg::PwMatchTitle.text(locale).to_string(),
                detail.text(locale).to_string(),
            )
        }
    };
    // Before anything is typed, neutral words; the email rule still says what it needs.
    let detail = match (state, e.no_email) {
        (Shown::Pending, EmailCheck::NotEntered) if rule == Rule::NoEmail => detail,
        (Shown::Pending, _) => ToolMsg::PwRulePending.text(locale).to_string(),
        _ => detail,
    };
    RuleText {
        state,
        title,
        detail,
    }
}

/// What the verdict says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictText {
    /// The verdict as shown (its `data-policy-verdict` and icon follow it).
    pub overall: Overall,
    /// The verdict's sentence, with the count while it fails.
    pub summary: String,
    /// A second sentence when the pass rests on a rule that could not be checked.
    pub note: Option<String>,
}

/// What the verdict says for `list`.
pub fn verdict_text(list: Checklist, locale: Locale) -> VerdictText {
    let overall = list.overall();
    let tally = list.tally();
    let summary = match overall {
        Overall::Pending => ToolMsg::PwVerdictPending.text(locale).to_string(),
        Overall::Pass => ToolMsg::PwVerdictPass.text(locale).to_string(),
        Overall::Fail => {
            let msg = if tally.not_checked == 0 {
                ToolMsg::PwVerdictFail
            } else {
                ToolMsg::PwVerdictFailUnchecked
            };
            msg.fill(
                locale,
                &[
                    ("met", &num(tally.met)),
                    ("total", &num(tally.checked)),
                    ("unchecked", &num(tally.not_checked)),
                ],
            )
        }
    };
    // Only the email rule can go unchecked, and the note names it.
    let note = (overall == Overall::Pass && list.not_checked().contains(&Rule::NoEmail))
        .then(|| ToolMsg::PwVerdictUnchecked.text(locale).to_string());
    VerdictText {
        overall,
        summary,
        note,
    }
}

/// The sentence for one warning. While the passwords are hidden (`shown` false) a
/// hard-to-type character is given by its position only; an invisible one is named, which
/// shows nothing that could be seen anyway.
pub fn warning_text(w: &Warning, locale: Locale, shown: bool) -> String {
    match w {
        Warning::CapsLock => ToolMsg::PwWarnCaps.text(locale).to_string(),
        Warning::Invisible { chars, total } => {
            let items = chars
                .iter()
                .map(|c| {
                    ToolMsg::PwInvisibleItem.fill(
                        locale,
                        &[
                            ("position", &num(c.position)),
                            ("name", c.name),
                            ("code", &c.code_point()),
                        ],
                    )
                })
                .collect();
            let list = join_listed(locale, items, *total);
            ToolMsg::PwWarnInvisible.fill(locale, &[("list", &list)])
        }
        Warning::LeadingSpace { count } => {
            ToolMsg::PwWarnLeading.fill(locale, &[("count", &num(count))])
        }
        Warning::TrailingSpace { count } => {
            ToolMsg::PwWarnTrailing.fill(locale, &[("count", &num(count))])
        }
        Warning::HardToType { chars, total } => {
            let items = chars
                .iter()
                .map(|c| {
                    let position = num(c.position);
                    if !shown {
                        return ToolMsg::PwHardItemHidden.fill(locale, &[("position", &position)]);
                    }
                    let (ch, code) = (c.ch.to_string(), c.code_point());
                    match c.lookalike {
                        Some(like) => ToolMsg::PwHardItemLookalike.fill(
                            locale,
                            &[
                                ("position", &position),
                                ("ch", &ch),
                                ("code", &code),
                                ("lookalike", &like.to_string()),
                            ],
                        ),
                        None => ToolMsg::PwHardItem.fill(
                            locale,
                            &[("position", &position), ("ch", &ch), ("code", &code)],
                        ),
                    }
                })
                .collect();
            let list = join_listed(locale, items, *total);
            let msg = if shown {
                ToolMsg::PwWarnHard
            } else {
                ToolMsg::PwWarnHardHidden
            };
            msg.fill(locale, &[("list", &list)])
        }
    }
}

/// The sentence for a piece of advice.
pub fn advice_text(advice: Advice, locale: Locale) -> String {
    match advice {
        Advice::LongerPassphrase { recommended, .. } => {
            ToolMsg::PwAdvicePassphrase.fill(locale, &[("recommended", &num(recommended))])
        }
    }
}

/// The sentence the live region speaks for a change: each rule that changed, then the
/// verdict if it changed.
pub fn announcement_text(change: &Change, locale: Locale) -> String {
    let rules = change.rules.iter().map(|c| {
        let msg = match c.state {
            State::Met => ToolMsg::PwAnnounceMet,
            State::Unmet => ToolMsg::PwAnnounceUnmet,
        };
        msg.fill(locale, &[("rule", rule_name(c.rule).text(locale))])
    });
    let verdict = change.verdict.map(|v| {
        match v {
            Verdict::Pass => ToolMsg::PwAnnouncePass,
            Verdict::Fail => ToolMsg::PwAnnounceFail,
        }
        .text(locale)
        .to_string()
    });
    rules.chain(verdict).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::sync::OnceLock;

    use super::super::testing::{eval, list, with_keywords as checker};
    use super::super::warnings::invisible_name;
    use super::super::{announcement, Checker, Input, Verdict};
    use super::*;
    use proptest::prelude::*;
    use Locale::{En, ZhCn};

    /// The text of `rule` for these fields under `c`.
    fn rule_says(
        c: &Checker,
        (email, password, confirm): (&str, &str, &str),
        rule: Rule,
        shown: bool,
        locale: Locale,
    ) -> RuleText {
        let e = c.evaluate(&Input {
            email,
            password,
            confirm,
            caps_lock: false,
        });
        rule_text(rule, &e, Checklist::of(&e), locale, shown)
    }

    /// The detail of `rule` for `password`, confirmed, without an email, in English.
    fn detail(c: &Checker, password: &str, rule: Rule) -> String {
        rule_says(c, ("", password, password), rule, false, En).detail
    }

    /// The verdict's texts for these fields under the default policy.
    fn verdict(email: &str, password: &str, confirm: &str, locale: Locale) -> VerdictText {
        verdict_text(list(&checker(&[]), email, password, confirm), locale)
    }

    /// The warnings' texts for `password`, confirmed, in English.
    fn warnings(password: &str, shown: bool) -> Vec<String> {
        eval(password)
            .warnings
            .iter()
            .map(|w| warning_text(w, En, shown))
            .collect()
    }

    #[test]
    fn before_anything_is_typed_each_rule_says_not_checked_yet_but_the_email_rule_says_what_it_needs(
    ) {
        let c = checker(&[]);
        let titles = [
            "Between 8 and 64 characters",
            "At least 3 of 4 character types",
            "Does not contain your email address",
            "Does not contain a word your company does not allow",
            "Both fields match",
        ];
        for (email, email_detail) in [
            ("", "Not checked yet: enter your email address above."),
            ("li@corp.test", "Not checked yet."),
        ] {
            let texts = Rule::ALL.map(|r| rule_says(&c, (email, "", ""), r, false, En));
            for (text, title) in texts.iter().zip(titles) {
                assert_eq!(text.state, Shown::Pending);
                assert_eq!(text.title, title);
            }
            let details = texts.map(|t| t.detail);
            let pending = "Not checked yet.".to_string();
            assert_eq!(
                details,
                [
                    pending.clone(),
                    pending.clone(),
                    email_detail.to_string(),
                    pending.clone(),
                    pending
                ]
            );
        }
        let zh = rule_says(&c, ("", "", ""), Rule::Length, false, ZhCn);
        assert_eq!(
            (zh.title.as_str(), zh.detail.as_str()),
            ("长度为 8 至 64 个字符", "尚未检查。")
        );
    }

    #[test]
    fn the_length_rule_says_how_far_the_count_is_from_the_range() {
        let c = checker(&[]);
        assert_eq!(
            detail(&c, "Abc", Rule::Length),
            "Characters so far: 3. At least 8 needed."
        );
        assert_eq!(
            detail(&c, "Abcdefgh", Rule::Length),
            "Characters: 8, within 8–64."
        );
        assert_eq!(
            detail(&c, &"a".repeat(70), Rule::Length),
            "Characters: 70. At most 64 allowed: remove 6."
        );
        let zh = rule_says(&c, ("", "Abc", "Abc"), Rule::Length, false, ZhCn);
        assert_eq!(zh.detail, "目前字符数：3。至少需要 8 个。");
        assert_eq!(zh.state, Shown::Unmet);
    }

    #[test]
    fn the_classes_rule_names_the_types_found_and_those_to_add() {
        let c = checker(&[]);
        assert_eq!(
            detail(&c, "中文", Rule::Classes),
            "Types found: none (3 needed). Add 3 of: uppercase letters, lowercase letters, \
             digits 0–9, special characters."
        );
        assert_eq!(
            detail(&c, "abc1", Rule::Classes),
            "Types found: 2 (3 needed): lowercase letters, digits 0–9. Add 1 more of: \
             uppercase letters, special characters."
        );
        assert_eq!(
            detail(&c, "Abc1!", Rule::Classes),
            "Types found: 4 (3 needed): uppercase letters, lowercase letters, digits 0–9, \
             special characters."
        );
        let zh = rule_says(&c, ("", "abc1", "abc1"), Rule::Classes, false, ZhCn);
        assert_eq!(
            zh.detail,
            "已有类型：2 类（需要 3 类）：小写字母、数字 0–9。请再从以下类型中添加 1 类：大写字母、特殊字符。"
        );
        assert_eq!(rule_note(Rule::Classes), Some(ToolMsg::PwClassesNote));
        let others = [
            Rule::Length,
            Rule::NoEmail,
            Rule::NoWeakKeyword,
            Rule::Match,
        ];
        assert!(others.iter().all(|&r| rule_note(r).is_none()));
    }

    #[test]
    fn the_email_rule_says_which_part_was_found_or_checked() {
        let c = checker(&[]);
        let says = |email: &str, password: &str| {
            rule_says(&c, (email, password, password), Rule::NoEmail, false, En).detail
        };
        let address = "zhang.wei@example.com";
        let cases = [
            (
                "",
                "abc",
                "Not checked yet: enter your email address above.",
            ),
            (
                address,
                "x zhang.wei@example.com",
                "Contains your email address.",
            ),
            (
                address,
                "Zhang.Wei-2024",
                "Contains the part of your email address before the @.",
            ),
            (
                address,
                "Correct-Horse-7",
                "Contains neither your address nor the part before the @.",
            ),
            (
                "li@corp.test",
                "Correct-Horse-7",
                "Does not contain your address.",
            ),
        ];
        for (email, password, expected) in cases {
            assert_eq!(says(email, password), expected, "{email:?} {password:?}");
        }
        let typed = rule_says(&c, ("", "abc", "abc"), Rule::NoEmail, false, En);
        assert_eq!(typed.state, Shown::NotChecked);
    }

    #[test]
    fn a_weak_keyword_is_named_only_while_the_passwords_are_shown() {
        let c = checker(&["Acme"]);
        let fields = ("", "xxACMEyy1!", "xxACMEyy1!");
        let says = |shown, locale| rule_says(&c, fields, Rule::NoWeakKeyword, shown, locale);
        assert_eq!(
            says(true, En).detail,
            "Contains “Acme”, a word your company does not allow."
        );
        assert_eq!(
            says(true, ZhCn).detail,
            "包含“Acme”，这是公司禁止使用的词。"
        );
        assert_eq!(
            says(false, En).detail,
            "Contains a word your company does not allow. Show the passwords to see which."
        );
        assert_eq!(
            detail(&c, "Correct-Horse-7", Rule::NoWeakKeyword),
            "None found."
        );
    }

    #[test]
    fn the_match_rule_gives_a_hint_for_each_kind_of_difference() {
        let c = checker(&[]);
        let cases = [
            ("", "Type the new password again in “Confirm new password”."),
            ("Secret12!", "The two fields are the same."),
            (
                "Secret12! ",
                "They differ only by spaces at the start or end.",
            ),
            ("Secr", "The confirmation is shorter so far: keep typing."),
            (
                "sECRET12!",
                "They differ only in capital and small letters. Is Caps Lock on?",
            ),
            ("Secret13!", "The two fields are different."),
        ];
        for (confirm, expected) in cases {
            let text = rule_says(&c, ("", "Secret12!", confirm), Rule::Match, false, En);
            assert_eq!(text.detail, expected, "{confirm:?}");
        }
    }

    #[test]
    fn the_verdict_counts_rules_and_says_when_the_email_rule_was_not_checked() {
        let pending = verdict("", "", "", En);
        assert_eq!(pending.overall, Overall::Pending);
        assert_eq!(
            pending.summary,
            "Nothing checked yet: type a new password above."
        );
        assert_eq!(pending.note, None);
        let fail = verdict("", "abcdefgh", "", En);
        assert_eq!(fail.overall, Overall::Fail);
        assert_eq!(
            fail.summary,
            "Not accepted yet: 2 of 4 rules met, 1 not checked."
        );
        assert_eq!(fail.note, None);
        let fail = verdict("li@corp.test", "abcdefgh", "", En);
        assert_eq!(fail.summary, "Not accepted yet: 3 of 5 rules met.");
        assert_eq!(
            verdict("li@corp.test", "abcdefgh", "", ZhCn).summary,
            "暂不符合要求：5 条规则中已满足 3 条。"
        );
        let pass = "This password meets your company's rules. You can now set it on your \
                    mail system's password page.";
        let unchecked = verdict("", "Correct-Horse-7", "Correct-Horse-7", En);
        assert_eq!(unchecked.overall, Overall::Pass);
        assert_eq!(unchecked.summary, pass);
        assert_eq!(
            unchecked.note.as_deref(),
            Some("Enter your email address to check the email rule as well.")
        );
        let checked = verdict("li@corp.test", "Correct-Horse-7", "Correct-Horse-7", En);
        assert_eq!((checked.summary.as_str(), checked.note), (pass, None));
    }

    #[test]
    fn warnings_name_invisible_characters_and_show_hard_ones_only_when_shown() {
        let password = " Ab1\u{200B}cdＸ ";
        let spaces = [
            "Spaces at the start: 1. They are easy to leave out when you type the password again.",
            "Spaces at the end: 1. They are easy to leave out when you type the password again.",
        ];
        let invisible = "Invisible characters, which the mail system counts like any other: \
                         position 5: ZERO WIDTH SPACE (U+200B).";
        assert_eq!(
            warnings(password, false),
            [
                invisible,
                spaces[0],
                spaces[1],
                "Characters that may be hard to type on another device, such as a phone, at \
                 position 8. Show the passwords to see them."
            ]
        );
        assert_eq!(
            warnings(password, true)[3],
            "Characters that may be hard to type on another device, such as a phone: \
             position 8: fullwidth “Ｘ” (U+FF38), not the ordinary “X”."
        );
        assert_eq!(
            warnings("€uro", true),
            [
                "Characters that may be hard to type on another device, such as a phone: \
              position 1: “€” (U+20AC)."
            ]
        );
        assert_eq!(
            warning_text(&Warning::CapsLock, En, false),
            "Caps Lock is on."
        );
        assert_eq!(
            warning_text(&Warning::CapsLock, ZhCn, false),
            "大写锁定已开启。"
        );
    }

    #[test]
    fn a_long_list_of_characters_ends_with_how_many_more() {
        let password = format!("x{}", "\u{200B}".repeat(25));
        let e = eval(&password);
        let en = warning_text(&e.warnings[0], En, false);
        assert!(
            en.starts_with(
                "Invisible characters, which the mail system counts like any other: \
                 position 2: ZERO WIDTH SPACE (U+200B), position 3: ZERO WIDTH SPACE (U+200B), "
            ),
            "{en}"
        );
        assert!(
            en.ends_with("position 21: ZERO WIDTH SPACE (U+200B), and 5 more."),
            "{en}"
        );
        assert_eq!(en.matches("position").count(), 20);
        let zh = warning_text(&e.warnings[0], ZhCn, false);
        assert!(
            zh.contains("第 2 个字符：ZERO WIDTH SPACE（U+200B）、第 3 个字符"),
            "{zh}"
        );
        assert!(zh.ends_with("（U+200B），另有 5 个。"), "{zh}");
    }

    #[test]
    fn the_advice_suggests_a_passphrase_of_the_recommended_length() {
        let advice = eval("Abc").advice.expect("a short password gets advice");
        assert_eq!(
            advice_text(advice, En),
            "Tip: a passphrase of 15 or more characters, such as a few unrelated words, is \
             stronger and easier to remember than a short, complex password."
        );
        assert!(advice_text(advice, ZhCn).contains("长度不少于 15 个字符"));
    }

    #[test]
    fn an_announcement_says_each_changed_rule_then_the_verdict() {
        let before = eval("abc");
        let after = eval("Abc12345");
        let change = announcement(&before, &after).expect("two rules changed");
        assert_eq!(
            announcement_text(&change, En),
            "Length rule met. Character types rule met. The password now meets every rule."
        );
        assert_eq!(
            announcement_text(&change, ZhCn),
            "“长度”规则已满足。 “字符类型”规则已满足。 密码现已满足全部规则。"
        );
        let unmatched = checker(&[]).evaluate(&Input {
            password: "Abc12345",
            confirm: "Abc1234",
            ..Input::default()
        });
        let change = announcement(&after, &unmatched).expect("the match rule changed");
        assert_eq!(
            announcement_text(&change, En),
            "Matching fields rule not met. The password no longer meets every rule."
        );
    }

    #[test]
    fn a_screen_reader_hears_each_state_before_the_rule_and_the_toggle_says_what_it_does() {
        let prefixes = [Shown::Pending, Shown::Met, Shown::Unmet, Shown::NotChecked]
            .map(|s| mark_prefix(s, En));
        assert_eq!(
            prefixes,
            [
                None,
                Some("Met: ".to_string()),
                Some("Not met: ".to_string()),
                Some("Not checked: ".to_string())
            ]
        );
        assert_eq!(mark_prefix(Shown::Met, ZhCn).as_deref(), Some("已满足： "));
        assert_eq!(toggle_label(false).text(En), "Show passwords");
        assert_eq!(toggle_label(true).text(En), "Hide passwords");
        assert_eq!(toggle_status(true).text(En), "Your passwords are shown");
        assert_eq!(toggle_status(false).text(En), "Your passwords are hidden");
    }

    // Stays: the verdict test asserts this Pass too, but not the tally or the status line.
    #[test]
    fn a_pass_without_an_email_names_the_rule_not_checked() {
        let l = list(&checker(&[]), "", "Correct-Horse-7", "Correct-Horse-7");
        assert_eq!(l.overall(), Overall::Pass);
        assert_eq!(l.tally().met, 4);
        assert_eq!(
            l.status(),
            StatusLine::AllMet {
                not_checked: vec![Rule::NoEmail]
            }
        );
        assert_eq!(
            l.status().text(Locale::En),
            "All checked rules met. Not checked: your email address."
        );
        let l = list(&checker(&[]), "a@b.c", "Correct-Horse-7", "Correct-Horse-7");
        assert_eq!(l.status().text(Locale::En), "All rules met.");
        assert_eq!(l.status().text(Locale::ZhCn), "已满足全部规则。");
    }

    #[test]
    fn the_status_line_lists_the_unmet_rules_in_checklist_order() {
        let c = checker(&["acme"]);
        let l = list(&c, "li@corp.test", "acmeacme1", "acmeacme1");
        assert_eq!(
            l.status(),
            StatusLine::Left(vec![Rule::Classes, Rule::NoWeakKeyword])
        );
        assert_eq!(
            l.status().text(Locale::En),
            "2 rules left: character types, a word your company does not allow."
        );
        assert_eq!(
            l.status().text(Locale::ZhCn),
            "还有 2 条规则未满足：字符类型、公司禁用词。"
        );
        let l = list(&c, "zhang.wei@corp.test", "Zhang.Wei-2024", "");
        assert_eq!(
            l.status(),
            StatusLine::Left(vec![Rule::NoEmail, Rule::Match])
        );
        let l = list(&c, "", "Correct-Horse-7", "Correct-Horse");
        assert_eq!(
            l.status().text(Locale::En),
            "1 rule left: the confirmation."
        );
        assert_eq!(
            l.status().text(Locale::ZhCn),
            "还有 1 条规则未满足：确认密码。"
        );
        assert_eq!(
            StatusLine::Pending.text(Locale::En),
            "Each rule is checked as you type."
        );
    }

    // Stays: a fixed worst case, fragments in any case; the proptest checks the whole password.
    #[test]
    fn the_status_line_never_contains_what_was_typed() {
        // The worst case: the password is itself a banned word and contains the address.
        let canary = "Canary-7f3e";
        let c = checker(&[canary, "7f3e"]);
        for confirm in ["", canary, "Canary-7f3"] {
            let l = list(&c, "canary@corp.test", canary, confirm);
            for locale in Locale::ALL {
                let text = l.status().text(locale).to_lowercase();
                assert!(!text.contains("canary") && !text.contains("7f3e"), "{text}");
            }
        }
    }

    /// Characters a text may contain without any help from the password: those of every
    /// message of the checker in both languages, the invisible characters' names, and the
    /// digits and `U+` of counts, positions and code points.
    fn message_chars() -> &'static HashSet<char> {
        static CHARS: OnceLock<HashSet<char>> = OnceLock::new();
        CHARS.get_or_init(|| {
            let mut chars: HashSet<char> = "U+0123456789ABCDEF".chars().collect();
            for msg in ToolMsg::ALL {
                for locale in Locale::ALL {
                    chars.extend(msg.text(locale).chars());
                }
            }
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                chars.extend(invisible_name(c).unwrap_or("").chars());
            }
            chars
        })
    }

    /// A run of one script, so generated passwords mix scripts the way people type them.
    /// Never Hangul: that is kept for the email and keyword that must not share a run
    /// with the password.
    fn script_run() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Za-z0-9]{1,12}",
            r"[!-/:-@\[-`{-~ ]{1,4}",
            "[À-ÿ]{1,6}",
            "[Α-Ωα-ω]{1,8}",
            "[А-яЁё]{1,8}",
            "[一-龥]{1,6}",
            "[ء-ي]{1,8}",
            "[ぁ-ゖ]{1,6}",
            "[！-～]{1,4}",
            "[😀-🙏]{1,3}",
            "[\u{200B}\u{00A0}\u{202E}\u{3000}\t]{1,2}",
        ]
    }

    /// Every text the page builds for `e` with the passwords hidden, in both languages,
    /// including what the live region would say on the way from `before` and back to it.
    fn hidden_texts(e: &Evaluation, before: &[Evaluation]) -> Vec<String> {
        let list = Checklist::of(e);
        let mut texts = Vec::new();
        for locale in Locale::ALL {
            for rule in Rule::ALL {
                let text = rule_text(rule, e, list, locale, false);
                texts.extend([text.title, text.detail]);
                texts.extend(mark_prefix(text.state, locale));
            }
            let verdict = verdict_text(list, locale);
            texts.push(verdict.summary);
            texts.extend(verdict.note);
            texts.extend(e.warnings.iter().map(|w| warning_text(w, locale, false)));
            texts.extend(e.advice.map(|a| advice_text(a, locale)));
            for b in before {
                for change in [announcement(b, e), announcement(e, b)]
                    .into_iter()
                    .flatten()
                {
                    texts.push(announcement_text(&change, locale));
                }
            }
            texts.push(list.status().text(locale));
        }
        texts
    }

    proptest! {
        #[test]
        fn no_status_line_contains_the_password(
            password in "\\PC{6,24}",
            confirm in "\\PC{0,24}",
            email in "\\PC{0,12}",
        ) {
            // The password as its own banned word, so the engine finds it.
            let c = checker(&[password.as_str()]);
            let e = c.evaluate(&Input { email: &email, password: &password, confirm: &confirm, caps_lock: false });
            let l = Checklist::of(&e);
            for locale in Locale::ALL {
                prop_assert!(!l.status().text(locale).contains(password.as_str()));
            }
            // The counts agree with the rules shown.
            let t = l.tally();
            prop_assert_eq!(t.checked + t.not_checked, Rule::ALL.len());
            prop_assert_eq!(l.overall() == Overall::Pass, e.verdict() == Verdict::Pass);
        }

        #[test]
        fn with_the_passwords_hidden_no_text_repeats_four_characters_of_the_password(
            runs in proptest::collection::vec(script_run(), 0..10),
            cut_at in any::<prop::sample::Index>(),
            cut_len in 4usize..10,
            hangul in "[가-힣]{2,6}",
            email_kind in 0u8..3,
            confirm_kind in 0u8..6,
            other in script_run(),
            caps_lock in any::<bool>(),
        ) {
            let password = runs.concat();
            let chars: Vec<char> = password.chars().collect();
            // A run cut from the password, so the keyword rule and (in one email kind) the
            // email rule find it: these are what the page must not repeat. The other
            // keyword and email are Hangul, which the password never contains, so they
            // cannot supply a run by accident.
            let len = cut_len.min(chars.len());
            let start = cut_at.index(chars.len() - len + 1);
            let cut: String = chars[start..start + len].iter().collect();
            let email = match email_kind {
                0 => String::new(),
                1 => format!("{hangul}@{hangul}.test"),
                _ => format!("{cut}@corp.test"),
            };
            let confirm = match confirm_kind {
                0 => password.clone(),
                1 => String::new(),
                2 => chars[..chars.len() / 2].iter().collect(),
                3 => format!("{password} "),
                4 => password.to_uppercase(),
                _ => other,
            };
            let c = checker(&[&hangul, &cut]);
            let input = Input { email: &email, password: &password, confirm: &confirm, caps_lock };
            let e = c.evaluate(&input);
            let half: String = chars[..chars.len() / 2].iter().collect();
            let before = [
                c.evaluate(&Input::default()),
                c.evaluate(&Input { password: &half, confirm: &half, ..input }),
            ];
            let texts = hidden_texts(&e, &before);
            // A run made only of characters the messages use ("rule", "4 of") may occur
            // in a message by chance; any other run can only come from the password.
            let runs_of_four = chars
                .windows(4)
                .filter(|w| w.iter().any(|c| !message_chars().contains(c)))
                .map(|w| w.iter().collect::<String>());
            for run in runs_of_four {
                for text in &texts {
                    prop_assert!(!text.contains(&run), "{:?} repeats {:?}", text, run);
                }
            }
            // The same check sees the keyword once the passwords are shown, so it would
            // notice a leak.
            if let KeywordCheck::Found { keyword } = &e.no_weak_keyword {
                let shown = rule_text(Rule::NoWeakKeyword, &e, Checklist::of(&e), En, true);
                prop_assert!(shown.detail.contains(keyword.as_str()));
            }
        }
    }
}
