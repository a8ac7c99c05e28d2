//! The password policy, case by case, through the public API only: each row names a
//! behaviour, the input, and what the checklist must say about it.

use recovery_assistant::domain::policy::{
    CharClass, Checker, EmailCheck, Evaluation, Input, KeywordCheck, LengthStatus, MatchCheck,
    Mismatch, PasswordPolicy, Rule, State, Verdict, Warning,
};

use CharClass::{Digit, Lower, Special, Upper};
use State::{Met, Unmet};

/// One thing a case expects of its evaluation.
#[derive(Debug)]
enum Expect {
    /// The length in code points, and the rule's state.
    Length(usize, State),
    /// Exactly these classes present, and the rule's state.
    Classes(&'static [CharClass], State),
    Email(EmailCheck),
    /// The keyword reported, as configured, or none.
    Keyword(Option<&'static str>),
    Match(MatchCheck),
    /// The 1-based positions of the invisible characters.
    Invisible(&'static [usize]),
    /// The 1-based positions of the hard-to-type characters.
    HardToType(&'static [usize]),
    Trailing(usize),
    NoWarnings,
    Overall(Verdict),
}

struct Case {
    name: &'static str,
    email: String,
    password: String,
    /// `None`: the confirmation repeats the password.
    confirm: Option<String>,
    policy: PasswordPolicy,
    expect: Vec<Expect>,
}

fn case(name: &'static str, password: impl Into<String>) -> Case {
    Case {
        name,
        email: String::new(),
        password: password.into(),
        confirm: None,
        policy: PasswordPolicy::default(),
        expect: Vec::new(),
    }
}

impl Case {
    fn email(mut self, email: &str) -> Case {
        self.email = email.into();
        self
    }
    fn confirm(mut self, confirm: &str) -> Case {
        self.confirm = Some(confirm.into());
        self
    }
    fn keywords(mut self, words: &[&str]) -> Case {
        self.policy.weak_keywords = words.iter().map(|w| w.to_string()).collect();
        self
    }
    fn min_length(mut self, n: usize) -> Case {
        self.policy.min_length = n;
        self
    }
    fn required_classes(mut self, n: u8) -> Case {
        self.policy.required_classes = n;
        self
    }
    fn expect(mut self, e: Expect) -> Case {
        self.expect.push(e);
        self
    }

    /// A description of every expectation that does not hold.
    fn failures(&self) -> Vec<String> {
        let confirm = self.confirm.as_deref().unwrap_or(&self.password);
        let e = Checker::new(&self.policy).evaluate(&Input {
            email: &self.email,
            password: &self.password,
            confirm,
            caps_lock: false,
        });
        self.expect
            .iter()
            .filter(|x| !holds(x, &e))
            .map(|x| format!("{}: expected {x:?}, got {e:?}", self.name))
            .collect()
    }
}

fn holds(expect: &Expect, e: &Evaluation) -> bool {
    match expect {
        Expect::Length(count, state) => e.length.count == *count && e.state(Rule::Length) == *state,
        Expect::Classes(classes, state) => {
            CharClass::ALL
                .iter()
                .all(|&c| e.classes.present.contains(c) == classes.contains(&c))
                && e.state(Rule::Classes) == *state
        }
        Expect::Email(check) => e.no_email == *check,
        Expect::Keyword(None) => e.no_weak_keyword == KeywordCheck::Clear,
        Expect::Keyword(Some(word)) => {
            e.no_weak_keyword
                == KeywordCheck::Found {
                    keyword: word.to_string(),
                }
        }
        Expect::Match(check) => e.confirmation == *check,
        Expect::Invisible(positions) => e.warnings.iter().any(|w| {
            matches!(w, Warning::Invisible { chars, total }
                if *total == positions.len()
                    && chars.iter().map(|c| c.position).eq(positions.iter().copied()))
        }),
        Expect::HardToType(positions) => e.warnings.iter().any(|w| {
            matches!(w, Warning::HardToType { chars, total }
                if *total == positions.len()
                    && chars.iter().map(|c| c.position).eq(positions.iter().copied()))
        }),
        Expect::Trailing(count) => e
            .warnings
            .contains(&Warning::TrailingSpace { count: *count }),
        Expect::NoWarnings => e.warnings.is_empty(),
        Expect::Overall(v) => e.verdict() == *v,
    }
}

fn table() -> Vec<Case> {
    use Expect::*;
    let at_limit = "Aa1!".repeat(16);
    let over_limit = format!("{at_limit}x");
    vec![
        // Length, in code points.
        case("seven code points are one too few", "Abcde1!").expect(Length(7, Unmet)),
        case("eight code points meet the default minimum", "Abcdef1!")
            .expect(Length(8, Met))
            .expect(NoWarnings)
            .expect(Overall(Verdict::Pass)),
        case("sixty-four code points meet the maximum", at_limit).expect(Length(64, Met)),
        case("sixty-five code points are one too many", over_limit)
            .expect(Length(65, Unmet))
            .expect(Overall(Verdict::Fail)),
        case(
            "an emoji is one code point and a special character",
            "Abcdef1😀",
        )
        .expect(Length(8, Met))
        .expect(Classes(&[Upper, Lower, Digit, Special], Met))
        .expect(HardToType(&[8])),
        case(
            "a family emoji counts every code point and shows its joiners",
            "Abc1👨\u{200D}👩\u{200D}👧",
        )
        .expect(Length(9, Met))
        .expect(Invisible(&[6, 8]))
        .expect(HardToType(&[5, 7, 9])),
        case(
            "a combining accent is a code point of its own",
            "Cafe\u{301}12",
        )
        .expect(Length(7, Unmet))
        .expect(HardToType(&[5])),
        case(
            "a precomposed accented letter is one lowercase code point",
            "Café1234",
        )
        .expect(Length(8, Met))
        .expect(Classes(&[Upper, Lower, Digit], Met))
        .expect(NoWarnings),
        case(
            "the minimum of nine from the config refuses eight",
            "Abcdef1!",
        )
        .min_length(9)
        .expect(Length(8, Unmet)),
        case(
            "the minimum of nine from the config accepts nine",
            "Abcdefg1!",
        )
        .min_length(9)
        .expect(Length(9, Met)),
        // Classes.
        case("three classes meet the default", "abcdef12!")
            .expect(Classes(&[Lower, Digit, Special], Met)),
        case("two classes do not meet the default", "abcdefgh12")
            .expect(Classes(&[Lower, Digit], Unmet))
            .expect(Overall(Verdict::Fail)),
        case("four required classes refuse three", "Abcdef12")
            .required_classes(4)
            .expect(Classes(&[Upper, Lower, Digit], Unmet)),
        case("four required classes accept four", "Abcdef1!")
            .required_classes(4)
            .expect(Classes(&[Upper, Lower, Digit, Special], Met)),
        case(
            "one required class accepts lowercase letters alone",
            "abcdefgh",
        )
        .required_classes(1)
        .expect(Classes(&[Lower], Met)),
        case("a space is a special character", "abc defg1")
            .expect(Classes(&[Lower, Digit, Special], Met))
            .expect(NoWarnings),
        case(
            "fullwidth letters count as upper and lower case",
            "ＡＢＣｄｅｆ12",
        )
        .expect(Classes(&[Upper, Lower, Digit], Met))
        .expect(HardToType(&[1, 2, 3, 4, 5, 6])),
        case("fullwidth digits count toward no class", "Abcdefg１")
            .expect(Classes(&[Upper, Lower], Unmet))
            .expect(HardToType(&[8])),
        case("Arabic-Indic digits count toward no class", "Abcdefg٣")
            .expect(Classes(&[Upper, Lower], Unmet)),
        case(
            "fullwidth punctuation is special and hard to type",
            "abcdef12！",
        )
        .expect(Classes(&[Lower, Digit, Special], Met))
        .expect(HardToType(&[9])),
        case(
            "Greek letters with case count as upper and lower",
            "Ωμέγα-2024",
        )
        .expect(Length(10, Met))
        .expect(Classes(&[Upper, Lower, Digit, Special], Met))
        .expect(NoWarnings),
        case(
            "Cyrillic letters with case count as upper and lower",
            "Пароль2024",
        )
        .expect(Classes(&[Upper, Lower, Digit], Met))
        .expect(NoWarnings),
        case("Chinese characters count toward no class", "密码密码密码12")
            .expect(Classes(&[Digit], Unmet))
            .expect(NoWarnings),
        case(
            "Chinese characters beside Latin letters and digits",
            "密码Abc123",
        )
        .expect(Length(8, Met))
        .expect(Classes(&[Upper, Lower, Digit], Met)),
        case("Japanese kana count toward no class", "パスワードab1")
            .expect(Classes(&[Lower, Digit], Unmet)),
        // Invisible characters and spaces.
        case(
            "a zero-width space is shown at its position",
            "Abc\u{200B}defg1",
        )
        .expect(Length(9, Met))
        .expect(Invisible(&[4])),
        case("a right-to-left override is shown", "\u{202E}Abcdef12").expect(Invisible(&[1])),
        case(
            "an Arabic letter mark and a left-to-right mark are shown",
            "Ab\u{061C}cd\u{200E}ef1",
        )
        .expect(Invisible(&[3, 6])),
        case(
            "a non-breaking space is invisible and special",
            "Abcd\u{A0}efg",
        )
        .expect(Classes(&[Upper, Lower, Special], Met))
        .expect(Invisible(&[5])),
        case(
            "an ideographic space at the end is invisible and trailing",
            "Abcdefg1\u{3000}",
        )
        .expect(Invisible(&[9]))
        .expect(Trailing(1)),
        // Turkish dotted and dotless i.
        case(
            "a dotted capital İ is one uppercase code point",
            "İstanbul1",
        )
        .expect(Length(9, Met))
        .expect(Classes(&[Upper, Lower, Digit], Met)),
        case(
            "İ in capitals matches a keyword spelt with i",
            "İSTANBUL-2024",
        )
        .keywords(&["istanbul"])
        .expect(Keyword(Some("istanbul"))),
        case("a keyword spelt with İ matches a plain i", "Xizmir-99")
            .keywords(&["İzmir"])
            .expect(Keyword(Some("İzmir"))),
        case("a dotless ı matches a keyword spelt with i", "ıstanbul#Aa1")
            .keywords(&["istanbul"])
            .expect(Keyword(Some("istanbul"))),
        case(
            "İ in the password matches a local part spelt with i",
            "İLKER-Aa1!",
        )
        .email("ilker@example.com")
        .expect(Email(EmailCheck::ContainsLocalPart)),
        // The email address.
        case(
            "no email typed leaves the rule met but unchecked",
            "Abcdef1!",
        )
        .expect(Email(EmailCheck::NotEntered)),
        case("the address in capitals is found", "ZHANG.WEI@EXAMPLE.COM1")
            .email("zhang.wei@example.com")
            .expect(Email(EmailCheck::ContainsAddress))
            .expect(Overall(Verdict::Fail)),
        case(
            "the address in fullwidth is found",
            "ｚｈａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ!A1",
        )
        .email("zhang.wei@example.com")
        .expect(Email(EmailCheck::ContainsAddress)),
        case(
            "an address typed in fullwidth is compared as ASCII",
            "WangFang#2024",
        )
        .email("ｗａｎｇｆａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ")
        .expect(Email(EmailCheck::ContainsLocalPart)),
        case("a long local part in another case is found", "Jsmith#2024")
            .email("jsmith@example.com")
            .expect(Email(EmailCheck::ContainsLocalPart)),
        case(
            "a local part of exactly four characters is checked",
            "xANNAx-12",
        )
        .email("anna@example.com")
        .expect(Email(EmailCheck::ContainsLocalPart)),
        case(
            "a local part of three characters is not checked",
            "Weiwei#2024",
        )
        .email("wei@example.com")
        .expect(Email(EmailCheck::Clear {
            local_part_checked: false,
        })),
        case(
            "a two-letter local part does not forbid words containing it",
            "Olivia#2024",
        )
        .email("li@example.com")
        .expect(Email(EmailCheck::Clear {
            local_part_checked: false,
        }))
        .expect(Overall(Verdict::Pass)),
        case(
            "a short local part still forbids the whole address",
            "li@example.com#A1",
        )
        .email("li@example.com")
        .expect(Email(EmailCheck::ContainsAddress)),
        case("spaces around the typed address are ignored", "Jsmith#2024")
            .email("  jsmith@example.com ")
            .expect(Email(EmailCheck::ContainsLocalPart)),
        case(
            "an address without its @ yet is checked as a local part",
            "jsmith-Aa1",
        )
        .email("jsmith")
        .expect(Email(EmailCheck::ContainsLocalPart)),
        case(
            "a password without the address passes the rule",
            "Tr0ub4dor&3",
        )
        .email("jsmith@example.com")
        .expect(Email(EmailCheck::Clear {
            local_part_checked: true,
        })),
        // Weak keywords.
        case(
            "a keyword in the middle in another case is found",
            "My-ACME-pass-1",
        )
        .keywords(&["acme"])
        .expect(Keyword(Some("acme")))
        .expect(Overall(Verdict::Fail)),
        case(
            "a keyword is reported as the postmaster wrote it",
            "xpassword1!",
        )
        .keywords(&["qwerty", "Password"])
        .expect(Keyword(Some("Password"))),
        case("a keyword typed in fullwidth is found", "ＱＷＥＲＴＹ-a1")
            .keywords(&["qwerty"])
            .expect(Keyword(Some("qwerty"))),
        case(
            "a password containing no keyword passes the rule",
            "Tr0ub4dor&3",
        )
        .keywords(&["acme", "qwerty", "2024"])
        .expect(Keyword(None))
        .expect(Overall(Verdict::Pass)),
        // Confirmation.
        case("an empty confirmation leaves match unmet", "Abcdef1!")
            .confirm("")
            .expect(Match(MatchCheck::ConfirmEmpty))
            .expect(Overall(Verdict::Fail)),
        case(
            "a trailing space in the confirmation is a mismatch",
            "Abcdef1!",
        )
        .confirm("Abcdef1! ")
        .expect(Match(MatchCheck::Differs(Mismatch::Spacing))),
        case("a confirmation in another case is a mismatch", "Abcdef1!")
            .confirm("aBCDEF1!")
            .expect(Match(MatchCheck::Differs(Mismatch::Case))),
        case("a confirmation still being typed is incomplete", "Abcdef1!")
            .confirm("Abc")
            .expect(Match(MatchCheck::Differs(Mismatch::Incomplete))),
        case("a fullwidth confirmation does not match ASCII", "Abcdef1!")
            .confirm("Ａbcdef1!")
            .expect(Match(MatchCheck::Differs(Mismatch::Other))),
    ]
}

#[test]
fn the_table_has_at_least_forty_cases() {
    assert!(table().len() >= 40, "{} cases", table().len());
}

#[test]
fn every_case_in_the_table_holds() {
    let failures: Vec<String> = table().iter().flat_map(Case::failures).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// Stays: LengthStatus is no Expect of the table; rules.rs checks only TooLong, on other input.
#[test]
fn length_status_tells_too_short_from_too_long() {
    let checker = Checker::new(&PasswordPolicy::default());
    let status = |p: &str| {
        checker
            .evaluate(&Input {
                password: p,
                ..Input::default()
            })
            .length
            .status()
    };
    assert_eq!(status(""), LengthStatus::TooShort);
    assert_eq!(status("abcdefgh"), LengthStatus::WithinRange);
    assert_eq!(status(&"x".repeat(65)), LengthStatus::TooLong);
}
