//! The password policy engine: the mail system's rules for a new password, checked rule by
//! rule as the user types, plus the traps that make a correct password fail later.
//!
//! It owns the five rules ([`Rule`]), their states and the data the page needs to explain
//! them ([`Evaluation`]), the warnings and advice shown beside them ([`Warning`],
//! [`Advice`]), and what changed between two evaluations for the polite live region
//! ([`announcement`]). Settings come from `config.json` through [`PasswordPolicy`]; a
//! [`Checker`] is built once per policy and then evaluates every keystroke. Nothing here
//! reads the clock, the DOM or randomness, and nothing keeps the password: an
//! [`Evaluation`] holds counts, positions and the few characters it warns about.
//!
//! # The rules
//!
//! - **`length`**: between `min_length` (8) and `max_length` (64) characters, counted as
//!   Unicode code points (`char`s) of the password exactly as typed. Nothing is truncated.
//! - **`classes`**: at least `required_classes` (3) of the four classes below.
//! - **`no-email`**: the password does not contain the email address, nor the part before
//!   the `@` when that part has 4 or more characters (see [`EmailCheck`] for why).
//! - **`no-weak-keyword`**: the password contains none of the postmaster's weak keywords.
//! - **`match`**: the confirmation is exactly the password, character for character.
//!
//! The `no-email` and `no-weak-keyword` comparisons ignore case and width: both sides are
//! NFKC-normalized (so fullwidth `ＡＢＣ１` compares as `ABC1`) and then lower-cased
//! character by character, without locale rules. Three letters get help so that spellings
//! a person considers the same compare equal: Turkish dotted capital `İ` and dotless `ı`
//! both compare as plain `i` (plain lower-casing turns `İ` into `i` plus a combining dot,
//! which would match nothing), and final sigma `ς` compares as `σ`.
//!
//! # Character classes
//!
//! Each character of the password, as typed, counts toward at most one class:
//!
//! - **Uppercase letters**: any character Unicode calls uppercase (`char::is_uppercase`):
//!   `A`–`Z`, and capitals of every script with case, such as `Ä`, `Ω`, `Ж` and
//!   fullwidth `Ａ`.
//! - **Lowercase letters**: any character Unicode calls lowercase (`char::is_lowercase`):
//!   `a`–`z`, `ß`, `ω`, `ж`, fullwidth `ａ`.
//! - **Digits**: only the ASCII digits `0`–`9`, which is what the policy means by
//!   numbers. Other numeric characters (fullwidth `１`, Arabic-Indic `٣`, superscript `²`,
//!   circled `①`) count toward **no class**: they are digits to Unicode but perhaps not
//!   to the mail system, and crediting them could pass a password it then refuses.
//! - **Special characters**: every other character that is neither a letter nor a
//!   number: ASCII punctuation and symbols, the space, punctuation typed with an input
//!   method (`，` `。` `！`), other symbols, emoji, combining marks, and invisible
//!   characters (which also raise a warning).
//! - **No class**: letters without case, such as Chinese characters, Japanese kana,
//!   Arabic, Hebrew or Thai letters (and the rare titlecase digraphs such as `ǅ`). They
//!   are letters, so not special characters, but neither uppercase nor lowercase.
//!
//! # Warnings and advice
//!
//! Warnings never fail a rule; they point at things that make a password fail later:
//! Caps Lock (reported by the page, see [`Input::caps_lock`]), invisible characters, spaces
//! at the start or end, and characters hard to type on another device. Advice goes beyond
//! the policy: below [`PASSPHRASE_LENGTH`] characters the page suggests a longer
//! passphrase. See [`Warning`] for exactly which characters are reported.
//!
//! ```
//! use recovery_assistant::domain::config::PasswordPolicy;
//! use recovery_assistant::domain::policy::{Checker, Input, Rule, State, Verdict};
//!
//! let checker = Checker::new(&PasswordPolicy::default());
//! let eval = checker.evaluate(&Input {
//!     email: "zhang.wei@example.com",
//!     password: "Zhang.Wei2024!",
//!     confirm: "Zhang.Wei2024!",
//!     caps_lock: false,
//! });
//! assert_eq!(eval.state(Rule::Length), State::Met);
//! assert_eq!(eval.state(Rule::NoEmail), State::Unmet); // contains "zhang.wei"
//! assert_eq!(eval.verdict(), Verdict::Fail);
//! ```

use std::collections::VecDeque;
use std::fmt;

use super::nfkc::nfkc;

use super::config::PasswordPolicy;

/// Below this many characters the page suggests a longer passphrase.
pub const PASSPHRASE_LENGTH: usize = 15;

/// The most characters a warning lists by position; the rest are only counted. Keeps a
/// pasted megabyte from producing a megabyte of warnings.
pub const MAX_LISTED: usize = 20;

/// The local part of an email address (before the `@`) is checked on its own only when it
/// has at least this many characters. See [`EmailCheck`].
pub const MIN_LOCAL_PART: usize = 4;

/// One rule of the mail system's password policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Between the minimum and maximum number of characters.
    Length,
    /// Enough of the four character classes.
    Classes,
    /// Does not contain the email address or its longer local part.
    NoEmail,
    /// Contains none of the postmaster's weak keywords.
    NoWeakKeyword,
    /// The confirmation equals the password.
    Match,
}

impl Rule {
    /// Every rule, in the order the checklist shows them.
    pub const ALL: [Rule; 5] = [
        Rule::Length,
        Rule::Classes,
        Rule::NoEmail,
        Rule::NoWeakKeyword,
        Rule::Match,
    ];

    /// The stable id used as the checklist item's `data-rule` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Length => "length",
            Rule::Classes => "classes",
            Rule::NoEmail => "no-email",
            Rule::NoWeakKeyword => "no-weak-keyword",
            Rule::Match => "match",
        }
    }
}

/// Whether a rule is satisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// The rule is satisfied.
    Met,
    /// The rule is not satisfied (yet).
    Unmet,
}

impl State {
    /// The value of the checklist item's `data-state` attribute: `met` or `unmet`.
    pub fn id(self) -> &'static str {
        match self {
            State::Met => "met",
            State::Unmet => "unmet",
        }
    }

    fn from_bool(met: bool) -> State {
        if met {
            State::Met
        } else {
            State::Unmet
        }
    }
}

/// The overall result: would the mail system accept this password and confirmation?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Every rule is met.
    Pass,
    /// At least one rule is unmet.
    Fail,
}

impl Verdict {
    /// The value of the verdict element's `data-policy-verdict` attribute: `pass` or `fail`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
    }
}

/// One of the four character classes of the policy. See the module documentation for
/// which characters belong to which class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CharClass {
    /// Uppercase letters of any script with case.
    Upper,
    /// Lowercase letters of any script with case.
    Lower,
    /// The ASCII digits 0–9.
    Digit,
    /// Any character that is neither a letter nor a number.
    Special,
}

impl CharClass {
    /// The four classes, in the order the policy lists them.
    pub const ALL: [CharClass; 4] = [
        CharClass::Upper,
        CharClass::Lower,
        CharClass::Digit,
        CharClass::Special,
    ];

    /// The class `c` counts toward, or `None` for a letter without case or a numeric
    /// character other than 0–9.
    ///
    /// ```
    /// use recovery_assistant::domain::policy::CharClass;
    /// assert_eq!(CharClass::of('Ж'), Some(CharClass::Upper));
    /// assert_eq!(CharClass::of('7'), Some(CharClass::Digit));
    /// assert_eq!(CharClass::of('！'), Some(CharClass::Special));
    /// assert_eq!(CharClass::of('中'), None);
    /// assert_eq!(CharClass::of('１'), None);
    /// ```
    pub fn of(c: char) -> Option<CharClass> {
        // Case first: some characters with case are not letters to Unicode (Roman
        // numeral Ⅻ, circled Ⓐ), and the policy's "uppercase letters" reads naturally
        // as "anything with a capital form that is in capitals".
        if c.is_uppercase() {
            Some(CharClass::Upper)
        } else if c.is_lowercase() {
            Some(CharClass::Lower)
        } else if c.is_ascii_digit() {
            Some(CharClass::Digit)
        } else if c.is_alphabetic() || c.is_numeric() {
            None
        } else {
            Some(CharClass::Special)
        }
    }

    fn bit(self) -> u8 {
        match self {
            CharClass::Upper => 1,
            CharClass::Lower => 2,
            CharClass::Digit => 4,
            CharClass::Special => 8,
        }
    }
}

/// The set of character classes present in a password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ClassSet(u8);

impl ClassSet {
    /// The classes present in `text`.
    pub fn of(text: &str) -> ClassSet {
        let mut set = ClassSet::default();
        for c in text.chars() {
            if let Some(class) = CharClass::of(c) {
                set.0 |= class.bit();
                if set.0 == 0b1111 {
                    break;
                }
            }
        }
        set
    }

    /// Whether `class` is present.
    pub fn contains(self, class: CharClass) -> bool {
        self.0 & class.bit() != 0
    }

    /// How many of the four classes are present (0 to 4).
    pub fn count(self) -> u8 {
        self.0.count_ones() as u8
    }
}

/// What the page hands the checker on every input event.
///
/// `Debug` shows lengths only, so a stray debug print cannot leak the password.
#[derive(Clone, Copy, Default)]
pub struct Input<'a> {
    /// The email address field, as typed (surrounding whitespace is ignored).
    pub email: &'a str,
    /// The new password, as typed.
    pub password: &'a str,
    /// The confirmation field, as typed.
    pub confirm: &'a str,
    /// Whether the page saw Caps Lock on (from key events or on focus). The domain cannot
    /// observe the keyboard; it only turns this into [`Warning::CapsLock`] so every
    /// warning comes from one list in one order.
    pub caps_lock: bool,
}

impl fmt::Debug for Input<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Input")
            .field("email_chars", &self.email.chars().count())
            .field("password_chars", &self.password.chars().count())
            .field("confirm_chars", &self.confirm.chars().count())
            .field("caps_lock", &self.caps_lock)
            .finish()
    }
}

/// The `length` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LengthCheck {
    /// The password's length in Unicode code points.
    pub count: usize,
    /// The policy's minimum.
    pub min: usize,
    /// The policy's maximum.
    pub max: usize,
}

/// Where a length stands against the policy's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthStatus {
    /// Fewer than `min` characters (including an empty password).
    TooShort,
    /// Between `min` and `max`, inclusive.
    WithinRange,
    /// More than `max` characters.
    TooLong,
}

impl LengthCheck {
    /// Where the length stands.
    pub fn status(&self) -> LengthStatus {
        if self.count < self.min {
            LengthStatus::TooShort
        } else if self.count > self.max {
            LengthStatus::TooLong
        } else {
            LengthStatus::WithinRange
        }
    }

    /// Met when the length is within range.
    pub fn state(&self) -> State {
        State::from_bool(self.status() == LengthStatus::WithinRange)
    }
}

/// The `classes` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassesCheck {
    /// The classes present in the password.
    pub present: ClassSet,
    /// How many classes the policy requires (0 to 4).
    pub required: u8,
}

impl ClassesCheck {
    /// Met when at least `required` classes are present.
    pub fn state(&self) -> State {
        State::from_bool(self.present.count() >= self.required)
    }
}

/// The `no-email` rule's finding.
///
/// Besides the whole address, the local part (before the `@`) is checked on its own when
/// it has at least [`MIN_LOCAL_PART`] characters: a name like `zhangwei` or `jsmith` is
/// the first thing anyone guessing a password tries, and a mail system that forbids the
/// address may well forbid it too. A shorter local part such as `li` or `wu` is left
/// alone, because it occurs inside so many ordinary words and passwords that forbidding
/// it would reject good passwords while adding almost nothing for a guesser.
///
/// An address still being typed (no `@` yet, or nothing on one side of it) is checked by
/// its local part only, so half an address never makes the whole-address check misfire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailCheck {
    /// No email address was typed, so nothing could be checked. The rule counts as met:
    /// the page cannot know the address, and the mail system checks it anyway. The page
    /// should say the rule was not checked.
    NotEntered,
    /// The password contains neither the address nor its local part. Met.
    Clear {
        /// Whether the local part was long enough to be checked on its own.
        local_part_checked: bool,
    },
    /// The password contains the whole address. Unmet.
    ContainsAddress,
    /// The password contains the part before the `@`. Unmet.
    ContainsLocalPart,
}

impl EmailCheck {
    /// Met unless the password contains the address or its local part.
    pub fn state(&self) -> State {
        State::from_bool(matches!(
            self,
            EmailCheck::NotEntered | EmailCheck::Clear { .. }
        ))
    }
}

/// The `no-weak-keyword` rule's finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeywordCheck {
    /// No configured keyword occurs in the password (or none are configured). Met.
    Clear,
    /// A keyword occurs in the password. Unmet.
    Found {
        /// The keyword as the postmaster configured it. When several occur, this is the
        /// one whose first occurrence ends earliest in the password; of keywords ending at
        /// the same character, the longest.
        keyword: String,
    },
}

impl KeywordCheck {
    /// Met unless a keyword was found.
    pub fn state(&self) -> State {
        State::from_bool(*self == KeywordCheck::Clear)
    }
}

/// The `match` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchCheck {
    /// Nothing typed in the confirmation yet. Unmet: there is nothing to agree with.
    ConfirmEmpty,
    /// The confirmation equals the password exactly. Met.
    Matches,
    /// The confirmation differs. Unmet.
    Differs(Mismatch),
}

impl MatchCheck {
    /// Met only when the confirmation equals the password.
    pub fn state(&self) -> State {
        State::from_bool(*self == MatchCheck::Matches)
    }
}

/// How a non-empty confirmation differs from the password, so the page can give a hint.
/// The first that applies, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// They differ only by whitespace at the start or end (a trailing space, say).
    Spacing,
    /// The confirmation is the start of the password: probably still being typed.
    Incomplete,
    /// They differ only in upper and lower case: perhaps Caps Lock.
    Case,
    /// Any other difference.
    Other,
}

/// An invisible character in the password, with where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvisibleChar {
    /// 1-based position among the password's characters (code points).
    pub position: usize,
    /// The character itself.
    pub ch: char,
    /// Its Unicode name, such as `ZERO WIDTH SPACE`, or `CONTROL CHARACTER`.
    pub name: &'static str,
}

impl InvisibleChar {
    /// The code point written as `U+200B`.
    pub fn code_point(&self) -> String {
        code_point(self.ch)
    }
}

/// A character that may be hard to type on another device, with where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HardChar {
    /// 1-based position among the password's characters (code points).
    pub position: usize,
    /// The character itself. The page should show it only while the password is shown.
    pub ch: char,
    /// For a fullwidth form, the ASCII character it looks like (`Ａ` → `A`).
    pub lookalike: Option<char>,
}

impl HardChar {
    /// The code point written as `U+FF21`.
    pub fn code_point(&self) -> String {
        code_point(self.ch)
    }
}

/// Something that may make a password that meets every rule fail later. Warnings never
/// change a rule's state. They appear in [`Evaluation::warnings`] in the order below.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Caps Lock is on, as reported by the page in [`Input::caps_lock`].
    CapsLock,
    /// The password contains characters that cannot be seen: zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF), bidirectional controls (U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069, U+061C), non-breaking and unusual spaces (U+00A0,
    /// U+2000–U+200A, U+202F, U+205F, U+3000), the soft hyphen (U+00AD) and control
    /// characters such as a tab.
    Invisible {
        /// The first [`MAX_LISTED`] of them, in order.
        chars: Vec<InvisibleChar>,
        /// How many there are in all.
        total: usize,
    },
    /// The password starts with whitespace, which is easily lost or not typed again.
    LeadingSpace {
        /// How many whitespace characters it starts with.
        count: usize,
    },
    /// The password ends with whitespace. Not reported for a password that is all
    /// whitespace, which already has [`Warning::LeadingSpace`].
    TrailingSpace {
        /// How many whitespace characters it ends with.
        count: usize,
    },
    /// The password contains characters that may be hard to type on another device,
    /// such as a phone or a computer with another keyboard or input method: fullwidth
    /// forms (U+FF01–U+FF5E, which look like ASCII but are different characters), and
    /// any other non-ASCII character that is not a letter: punctuation typed with an
    /// input method (`，` `。` `“`), symbols (`€` `°`), emoji, combining marks and
    /// non-ASCII digits. Letters of any script are not reported (whoever typed them has
    /// a way to type them), nor are invisible characters, which have their own warning.
    HardToType {
        /// The first [`MAX_LISTED`] of them, in order.
        chars: Vec<HardChar>,
        /// How many there are in all.
        total: usize,
    },
}

impl Warning {
    /// A stable id for the warning's list item (a `data-warning` attribute, say).
    pub fn id(&self) -> &'static str {
        match self {
            Warning::CapsLock => "caps-lock",
            Warning::Invisible { .. } => "invisible",
            Warning::LeadingSpace { .. } => "leading-space",
            Warning::TrailingSpace { .. } => "trailing-space",
            Warning::HardToType { .. } => "hard-to-type",
        }
    }
}

/// Advice beyond the policy; never affects the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The password is shorter than [`PASSPHRASE_LENGTH`]: a longer passphrase of
    /// ordinary words is stronger, and easier to remember, than a short complex one.
    LongerPassphrase {
        /// The password's length in code points.
        count: usize,
        /// The suggested minimum, [`PASSPHRASE_LENGTH`].
        recommended: usize,
    },
}

/// Everything the page shows about the typed password: one finding per rule, the
/// warnings and the advice.
///
/// With empty fields: `length` and `classes` are unmet, `no-email` is met
/// ([`EmailCheck::NotEntered`] without an address; an empty password contains nothing),
/// `no-weak-keyword` is met, and `match` is unmet ([`MatchCheck::ConfirmEmpty`]), so the
/// verdict is [`Verdict::Fail`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The `length` rule.
    pub length: LengthCheck,
    /// The `classes` rule.
    pub classes: ClassesCheck,
    /// The `no-email` rule.
    pub no_email: EmailCheck,
    /// The `no-weak-keyword` rule.
    pub no_weak_keyword: KeywordCheck,
    /// The `match` rule.
    pub confirmation: MatchCheck,
    /// Warnings, in the order of [`Warning`]'s variants; empty when there are none.
    pub warnings: Vec<Warning>,
    /// Advice, when there is any.
    pub advice: Option<Advice>,
}

impl Evaluation {
    /// The state of one rule.
    pub fn state(&self, rule: Rule) -> State {
        match rule {
            Rule::Length => self.length.state(),
            Rule::Classes => self.classes.state(),
            Rule::NoEmail => self.no_email.state(),
            Rule::NoWeakKeyword => self.no_weak_keyword.state(),
            Rule::Match => self.confirmation.state(),
        }
    }

    /// [`Verdict::Pass`] only when every rule is met.
    pub fn verdict(&self) -> Verdict {
        if Rule::ALL.iter().all(|&r| self.state(r) == State::Met) {
            Verdict::Pass
        } else {
            Verdict::Fail
        }
    }
}

/// A rule whose state changed between two evaluations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleChange {
    /// The rule.
    pub rule: Rule,
    /// Its new state.
    pub state: State,
}

/// What changed between two evaluations, for the polite live region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The rules whose state changed, in [`Rule::ALL`] order, with their new state.
    pub rules: Vec<RuleChange>,
    /// The new verdict, when it changed.
    pub verdict: Option<Verdict>,
}

/// What to announce when the checklist moved from `prev` to `next`, or `None` when no
/// rule changed state (so typing that changes nothing stays silent).
///
/// The page throttles by time: it keeps the evaluation it last announced and, when its
/// throttle window ends, calls this with that and the current evaluation. A rule that was
/// met and unmet again within the window is then not announced at all.
pub fn announcement(prev: &Evaluation, next: &Evaluation) -> Option<Change> {
    let rules: Vec<RuleChange> = Rule::ALL
        .iter()
        .filter(|&&rule| prev.state(rule) != next.state(rule))
        .map(|&rule| RuleChange {
            rule,
            state: next.state(rule),
        })
        .collect();
    if rules.is_empty() {
        return None;
    }
    let verdict = (prev.verdict() != next.verdict()).then(|| next.verdict());
    Some(Change { rules, verdict })
}

/// A password policy compiled for fast evaluation: built once per configuration, then
/// used on every keystroke.
#[derive(Clone, Debug)]
pub struct Checker {
    min_length: usize,
    max_length: usize,
    required_classes: u8,
    keywords: KeywordMatcher,
}

impl Checker {
    /// Compiles `policy`: normalizes the weak keywords once (NFKC, lower case), drops
    /// duplicates and any that normalize to nothing. A `required_classes` above 4 is
    /// treated as 4; the configuration loader never produces one.
    pub fn new(policy: &PasswordPolicy) -> Checker {
        Checker {
            min_length: policy.min_length,
            max_length: policy.max_length,
            required_classes: policy.required_classes.min(4),
            keywords: KeywordMatcher::new(&policy.weak_keywords),
        }
    }

    /// Evaluates what the user has typed.
    ///
    /// Runs in time linear in the length of the input (plus the keywords' total length),
    /// so a pasted megabyte is handled in one pass rather than freezing the page.
    pub fn evaluate(&self, input: &Input) -> Evaluation {
        let password = input.password;
        let scan = Scan::of(password);
        let count = scan.count;
        let classes = ClassesCheck {
            present: scan.classes,
            required: self.required_classes,
        };
        let folded = fold(password);
        let length = LengthCheck {
            count,
            min: self.min_length,
            max: self.max_length,
        };
        let no_weak_keyword = match self.keywords.first_in(&folded) {
            Some(keyword) => KeywordCheck::Found {
                keyword: keyword.to_string(),
            },
            None => KeywordCheck::Clear,
        };
        let mut warnings = Vec::new();
        if input.caps_lock {
            warnings.push(Warning::CapsLock);
        }
        warnings.extend(scan.warnings(password));
        Evaluation {
            length,
            classes,
            no_email: check_email(&folded, input.email),
            no_weak_keyword,
            confirmation: check_match(password, input.confirm),
            warnings,
            advice: (count < PASSPHRASE_LENGTH).then_some(Advice::LongerPassphrase {
                count,
                recommended: PASSPHRASE_LENGTH,
            }),
        }
    }
}

/// Lower-cases and normalizes text for the case- and width-insensitive comparisons. See
/// the module documentation.
fn fold(text: &str) -> String {
    // Most passwords are ASCII, for which NFKC changes nothing.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut push = |c: char| match c {
        'İ' | 'ı' => out.push('i'),
        'ς' => out.push('σ'),
        // Per character rather than `str::to_lowercase`, whose final-sigma rule depends on
        // the neighbours and would make a keyword fold differently inside a password.
        _ => out.extend(c.to_lowercase()),
    };
    nfkc(text).chars().for_each(&mut push);
    out
}

fn check_email(folded_password: &str, email: &str) -> EmailCheck {
    let email = fold(email.trim());
    if email.is_empty() {
        return EmailCheck::NotEntered;
    }
    // The last `@`, since a quoted local part may contain one and a domain never does.
    let (local, whole) = match email.rsplit_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {
            (local, Some(email.as_str()))
        }
        Some((local, _)) => (local, None),
        None => (email.as_str(), None),
    };
    if whole.is_some_and(|address| folded_password.contains(address)) {
        return EmailCheck::ContainsAddress;
    }
    let local_part_checked = local.chars().count() >= MIN_LOCAL_PART;
    if local_part_checked && folded_password.contains(local) {
        return EmailCheck::ContainsLocalPart;
    }
    EmailCheck::Clear { local_part_checked }
}

fn check_match(password: &str, confirm: &str) -> MatchCheck {
    if confirm.is_empty() {
        MatchCheck::ConfirmEmpty
    } else if confirm == password {
        MatchCheck::Matches
    } else if confirm.trim() == password.trim() {
        MatchCheck::Differs(Mismatch::Spacing)
    } else if password.starts_with(confirm) {
        MatchCheck::Differs(Mismatch::Incomplete)
    } else if confirm
        .chars()
        .flat_map(char::to_lowercase)
        .eq(password.chars().flat_map(char::to_lowercase))
    {
        MatchCheck::Differs(Mismatch::Case)
    } else {
        MatchCheck::Differs(Mismatch::Other)
    }
}

/// One pass over the password as typed: length, classes and the characters to warn about.
struct Scan {
    count: usize,
    classes: ClassSet,
    invisible: Vec<InvisibleChar>,
    invisible_total: usize,
    hard: Vec<HardChar>,
    hard_total: usize,
}

impl Scan {
    fn of(password: &str) -> Scan {
        let mut scan = Scan {
            count: 0,
            classes: ClassSet::default(),
            invisible: Vec::new(),
            invisible_total: 0,
            hard: Vec::new(),
            hard_total: 0,
        };
        for (i, ch) in password.chars().enumerate() {
            let position = i + 1;
            scan.count = position;
            if let Some(class) = CharClass::of(ch) {
                scan.classes.0 |= class.bit();
            }
            if ch.is_ascii_graphic() || ch == ' ' {
                continue;
            }
            if let Some(name) = invisible_name(ch) {
                scan.invisible_total += 1;
                if scan.invisible.len() < MAX_LISTED {
                    scan.invisible.push(InvisibleChar { position, ch, name });
                }
            } else if let Some(lookalike) = hard_to_type(ch) {
                scan.hard_total += 1;
                if scan.hard.len() < MAX_LISTED {
                    scan.hard.push(HardChar {
                        position,
                        ch,
                        lookalike,
                    });
                }
            }
        }
        scan
    }

    fn warnings(self, password: &str) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if self.invisible_total > 0 {
            warnings.push(Warning::Invisible {
                chars: self.invisible,
                total: self.invisible_total,
            });
        }
        let rest = password.trim_start();
        let leading = password[..password.len() - rest.len()].chars().count();
        if leading > 0 {
            warnings.push(Warning::LeadingSpace { count: leading });
        }
        let trailing = rest.len() - rest.trim_end().len();
        if trailing > 0 {
            let count = rest[rest.len() - trailing..].chars().count();
            warnings.push(Warning::TrailingSpace { count });
        }
        if self.hard_total > 0 {
            warnings.push(Warning::HardToType {
                chars: self.hard,
                total: self.hard_total,
            });
        }
        warnings
    }
}

/// The Unicode name of an invisible character, or `None` for a visible one.
fn invisible_name(c: char) -> Option<&'static str> {
    let name = match c {
        '\u{00A0}' => "NO-BREAK SPACE",
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{2000}' => "EN QUAD",
        '\u{2001}' => "EM QUAD",
        '\u{2002}' => "EN SPACE",
        '\u{2003}' => "EM SPACE",
        '\u{2004}' => "THREE-PER-EM SPACE",
        '\u{2005}' => "FOUR-PER-EM SPACE",
        '\u{2006}' => "SIX-PER-EM SPACE",
        '\u{2007}' => "FIGURE SPACE",
        '\u{2008}' => "PUNCTUATION SPACE",
        '\u{2009}' => "THIN SPACE",
        '\u{200A}' => "HAIR SPACE",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{202F}' => "NARROW NO-BREAK SPACE",
        '\u{205F}' => "MEDIUM MATHEMATICAL SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{3000}' => "IDEOGRAPHIC SPACE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        // A tab or line break pasted from a document is just as invisible in a masked field.
        c if c.is_control() => "CONTROL CHARACTER",
        _ => return None,
    };
    Some(name)
}

/// For a non-ASCII, visible character: `Some(lookalike)` when it may be hard to type on
/// another device, `None` when it is a letter of some script.
fn hard_to_type(c: char) -> Option<Option<char>> {
    match c {
        // Fullwidth forms of ASCII sit 0xFEE0 above it.
        '\u{FF01}'..='\u{FF5E}' => Some(char::from_u32(c as u32 - 0xFEE0)),
        c if c.is_alphabetic() => None,
        _ => Some(None),
    }
}

fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Finds the weak keywords in a folded password in one pass, whatever their number:
/// an Aho–Corasick automaton over UTF-8 bytes. Checking 500 keywords one by one would
/// read a pasted megabyte 500 times.
#[derive(Clone, Debug)]
struct KeywordMatcher {
    /// The keywords as configured, one per distinct folded form, in configuration order.
    originals: Vec<String>,
    /// The root's transitions, dense because nearly every byte passes through the root;
    /// 0 means "no keyword starts with this byte" (the root is never a target).
    root: Box<[u32; 256]>,
    /// Every other state's transitions.
    edges: Vec<Vec<(u8, u32)>>,
    /// Each state's failure link: the state for its longest proper suffix in the trie.
    fail: Vec<u32>,
    /// The index in `originals` of the longest keyword ending at each state, directly or
    /// through its failure links.
    hit: Vec<Option<u32>>,
}

impl KeywordMatcher {
    fn new(keywords: &[String]) -> KeywordMatcher {
        let mut originals = Vec::new();
        let mut edges: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut own: Vec<Option<u32>> = vec![None];
        for keyword in keywords {
            let folded = fold(keyword);
            if folded.is_empty() {
                continue;
            }
            let mut state = 0;
            for &byte in folded.as_bytes() {
                state = match edges[state].iter().find(|&&(b, _)| b == byte) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        let next = edges.len();
                        edges.push(Vec::new());
                        own.push(None);
                        edges[state].push((byte, next as u32));
                        next
                    }
                };
            }
            // A second keyword with the same folded form is a duplicate; keep the first.
            if own[state].is_none() {
                own[state] = Some(originals.len() as u32);
                originals.push(keyword.clone());
            }
        }
        let mut root = Box::new([0u32; 256]);
        for &(byte, next) in &edges[0] {
            root[byte as usize] = next;
        }
        let mut matcher = KeywordMatcher {
            originals,
            root,
            fail: vec![0; edges.len()],
            hit: own.clone(),
            edges,
        };
        // Breadth first, so a state's failure link is always computed before its children's.
        let mut queue: VecDeque<usize> = matcher.edges[0]
            .iter()
            .map(|&(_, next)| next as usize)
            .collect();
        while let Some(state) = queue.pop_front() {
            for i in 0..matcher.edges[state].len() {
                let (byte, child) = matcher.edges[state][i];
                let child = child as usize;
                let mut f = matcher.fail[state] as usize;
                let target = loop {
                    if let Some(next) = matcher.step(f, byte) {
                        break next;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = matcher.fail[f] as usize;
                };
                matcher.fail[child] = target as u32;
                matcher.hit[child] = own[child].or(matcher.hit[target]);
                queue.push_back(child);
            }
        }
        matcher
    }

    fn step(&self, state: usize, byte: u8) -> Option<usize> {
        if state == 0 {
            match self.root[byte as usize] {
                0 => None,
                next => Some(next as usize),
            }
        } else {
            self.edges[state]
                .iter()
                .find(|&&(b, _)| b == byte)
                .map(|&(_, next)| next as usize)
        }
    }

    /// The configured keyword whose first occurrence in `folded` ends earliest (the
    /// longest of those ending there), or `None`.
    fn first_in(&self, folded: &str) -> Option<&str> {
        if self.originals.is_empty() {
            return None;
        }
        let mut state = 0;
        for &byte in folded.as_bytes() {
            state = loop {
                if let Some(next) = self.step(state, byte) {
                    break next;
                }
                if state == 0 {
                    break 0;
                }
                state = self.fail[state] as usize;
            };
            if let Some(index) = self.hit[state] {
                return Some(&self.originals[index as usize]);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn checker() -> Checker {
        Checker::new(&PasswordPolicy::default())
    }

    fn with_keywords(words: &[&str]) -> Checker {
        Checker::new(&PasswordPolicy {
            weak_keywords: words.iter().map(|w| w.to_string()).collect(),
            ..PasswordPolicy::default()
        })
    }

    fn eval(password: &str) -> Evaluation {
        checker().evaluate(&Input {
            password,
            confirm: password,
            ..Input::default()
        })
    }

    /// The definition `first_in` implements, written the slow and obvious way.
    fn first_naive<'k>(keywords: &'k [String], text: &str) -> Option<&'k str> {
        let folded = fold(text);
        let mut seen = std::collections::HashSet::new();
        let distinct: Vec<(String, &String)> = keywords
            .iter()
            .map(|k| (fold(k), k))
            .filter(|(f, _)| !f.is_empty() && seen.insert(f.clone()))
            .collect();
        (1..=folded.len())
            .filter(|&end| folded.is_char_boundary(end))
            .find_map(|end| {
                distinct
                    .iter()
                    .filter(|(f, _)| folded[..end].ends_with(f.as_str()))
                    .max_by_key(|(f, _)| f.len())
                    .map(|(_, original)| original.as_str())
            })
    }

    #[test]
    fn rule_ids_are_the_page_contract() {
        let ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(
            ids,
            ["length", "classes", "no-email", "no-weak-keyword", "match"]
        );
        assert_eq!((State::Met.id(), State::Unmet.id()), ("met", "unmet"));
        assert_eq!((Verdict::Pass.id(), Verdict::Fail.id()), ("pass", "fail"));
    }

    #[test]
    fn empty_fields_fail_length_classes_and_match_only() {
        let e = checker().evaluate(&Input::default());
        let states: Vec<_> = Rule::ALL.iter().map(|&r| e.state(r)).collect();
        use State::*;
        assert_eq!(states, [Unmet, Unmet, Met, Met, Unmet]);
        assert_eq!(e.no_email, EmailCheck::NotEntered);
        assert_eq!(e.confirmation, MatchCheck::ConfirmEmpty);
        assert_eq!(e.verdict(), Verdict::Fail);
        assert!(e.warnings.is_empty());
    }

    #[test]
    fn a_good_password_passes_every_rule() {
        let e = checker().evaluate(&Input {
            email: "zhang.wei@example.com",
            password: "Correct-Horse-7",
            confirm: "Correct-Horse-7",
            caps_lock: false,
        });
        assert_eq!(e.verdict(), Verdict::Pass);
        assert!(e.warnings.is_empty());
        assert_eq!(e.advice, None);
    }

    #[test]
    fn invisible_characters_are_listed_with_position_and_name() {
        let e = eval("Ab1!\u{200B}cd\u{202E}e\u{00A0}");
        let Some(Warning::Invisible { chars, total }) = e.warnings.first() else {
            panic!("{:?}", e.warnings);
        };
        assert_eq!(*total, 3);
        let found: Vec<_> = chars.iter().map(|c| (c.position, c.name)).collect();
        assert_eq!(
            found,
            [
                (5, "ZERO WIDTH SPACE"),
                (8, "RIGHT-TO-LEFT OVERRIDE"),
                (10, "NO-BREAK SPACE")
            ]
        );
        assert_eq!(chars[0].code_point(), "U+200B");
    }

    #[test]
    fn every_listed_invisible_character_is_reported() {
        let listed = "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{200E}\u{200F}\u{202A}\u{202B}\
                      \u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{061C}\u{00A0}\
                      \u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\
                      \u{2009}\u{200A}\u{202F}\u{205F}\u{3000}\u{00AD}\t";
        for c in listed.chars() {
            assert!(invisible_name(c).is_some(), "{}", code_point(c));
        }
        let e = eval(&format!("x{listed}x"));
        let Some(Warning::Invisible { chars, total }) = e.warnings.first() else {
            panic!();
        };
        assert_eq!(*total, listed.chars().count());
        assert_eq!(chars.len(), MAX_LISTED);
        assert!(!e.warnings.iter().any(|w| w.id() == "hard-to-type"));
    }

    #[test]
    fn leading_and_trailing_spaces_are_counted_separately() {
        let e = eval("  Abc123! ");
        assert!(e.warnings.contains(&Warning::LeadingSpace { count: 2 }));
        assert!(e.warnings.contains(&Warning::TrailingSpace { count: 1 }));
        let e = eval("   ");
        assert_eq!(e.warnings, [Warning::LeadingSpace { count: 3 }]);
    }

    #[test]
    fn fullwidth_and_input_method_punctuation_are_hard_to_type() {
        let e = eval("Ａbc，12😀é中");
        let Some(Warning::HardToType { chars, total }) = e.warnings.last() else {
            panic!("{:?}", e.warnings);
        };
        assert_eq!(*total, 3);
        let found: Vec<_> = chars.iter().map(|c| (c.position, c.lookalike)).collect();
        assert_eq!(found, [(1, Some('A')), (4, Some(',')), (7, None)]);
        assert_eq!(chars[0].code_point(), "U+FF21");
    }

    #[test]
    fn caps_lock_from_the_page_is_the_first_warning() {
        let e = checker().evaluate(&Input {
            password: " x",
            caps_lock: true,
            ..Input::default()
        });
        let ids: Vec<_> = e.warnings.iter().map(Warning::id).collect();
        assert_eq!(ids, ["caps-lock", "leading-space"]);
    }

    #[test]
    fn a_short_password_gets_passphrase_advice_and_a_long_one_does_not() {
        assert_eq!(
            eval("Abcdef12345678").advice,
            Some(Advice::LongerPassphrase {
                count: 14,
                recommended: 15
            })
        );
        assert_eq!(eval("Abcdef123456789").advice, None);
    }

    #[test]
    fn announcement_lists_only_rules_that_changed_and_a_changed_verdict() {
        let before = eval("abc");
        assert_eq!(announcement(&before, &eval("abd")), None);
        let after = eval("Abc12345");
        assert_eq!(
            announcement(&before, &after),
            Some(Change {
                rules: vec![
                    RuleChange {
                        rule: Rule::Length,
                        state: State::Met
                    },
                    RuleChange {
                        rule: Rule::Classes,
                        state: State::Met
                    },
                ],
                verdict: Some(Verdict::Pass),
            })
        );
        let unmatched = checker().evaluate(&Input {
            password: "Abc12345",
            confirm: "Abc1234",
            ..Input::default()
        });
        assert_eq!(
            announcement(&after, &unmatched),
            Some(Change {
                rules: vec![RuleChange {
                    rule: Rule::Match,
                    state: State::Unmet
                }],
                verdict: Some(Verdict::Fail),
            })
        );
    }

    #[test]
    fn mismatches_are_told_apart() {
        let cases = [
            ("Secret12!", "Secret12! ", Mismatch::Spacing),
            ("Secret12!", "Secr", Mismatch::Incomplete),
            ("Secret12!", "sECRET12!", Mismatch::Case),
            ("Secret12!", "Secret13!", Mismatch::Other),
        ];
        for (password, confirm, expected) in cases {
            let e = checker().evaluate(&Input {
                password,
                confirm,
                ..Input::default()
            });
            assert_eq!(e.confirmation, MatchCheck::Differs(expected), "{confirm:?}");
        }
    }

    #[test]
    fn duplicate_and_differently_cased_keywords_collapse_to_the_first() {
        let c = with_keywords(&["Acme", "ACME", "ａｃｍｅ", "acme2"]);
        assert_eq!(c.keywords.originals, ["Acme", "acme2"]);
        let e = c.evaluate(&Input {
            password: "xxACME2yy",
            ..Input::default()
        });
        assert_eq!(
            e.no_weak_keyword,
            KeywordCheck::Found {
                keyword: "Acme".into()
            }
        );
    }

    #[test]
    fn overlapping_keywords_report_the_earliest_ending_longest_one() {
        let c = with_keywords(&["word", "password", "sword", "pass1"]);
        let found = |p: &str| c.keywords.first_in(&fold(p));
        assert_eq!(found("mypassword!"), Some("password"));
        assert_eq!(found("swordpass1"), Some("sword"));
        assert_eq!(found("pasword"), Some("sword"));
        assert_eq!(found("keyword"), Some("word"));
        assert_eq!(found("passwor"), None);
    }

    #[test]
    fn the_input_debug_output_never_shows_the_password() {
        let input = Input {
            email: "a@example.com",
            password: "Canary-7f3e",
            confirm: "Canary-7f3e",
            caps_lock: false,
        };
        let shown = format!("{input:?}");
        assert!(!shown.contains("Canary"), "{shown}");
        assert!(!shown.contains("example"), "{shown}");
    }

    #[test]
    fn a_megabyte_paste_is_evaluated_fully() {
        let mut password = "Ab1!\u{200B}Ｘ".repeat(1 << 17);
        password.push_str("acme");
        assert!(password.len() >= 1 << 20);
        let keywords: Vec<String> = (0..499)
            .map(|i| format!("word{i}"))
            .chain(["ACME".to_string()])
            .collect();
        let c = Checker::new(&PasswordPolicy {
            weak_keywords: keywords,
            ..PasswordPolicy::default()
        });
        let e = c.evaluate(&Input {
            email: "someone@example.com",
            password: &password,
            confirm: &password,
            caps_lock: false,
        });
        let count = password.chars().count();
        assert_eq!(e.length.count, count);
        assert_eq!(e.length.status(), LengthStatus::TooLong);
        assert_eq!(e.classes.present.count(), 4);
        assert_eq!(
            e.no_weak_keyword,
            KeywordCheck::Found {
                keyword: "ACME".into()
            }
        );
        assert_eq!(e.confirmation, MatchCheck::Matches);
        let totals: Vec<_> = e
            .warnings
            .iter()
            .map(|w| match w {
                Warning::Invisible { chars, total } => (w.id(), chars.len(), *total),
                Warning::HardToType { chars, total } => (w.id(), chars.len(), *total),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            totals,
            [
                ("invisible", MAX_LISTED, 1 << 17),
                ("hard-to-type", MAX_LISTED, 1 << 17)
            ]
        );
    }

    proptest! {
        #[test]
        fn evaluation_never_panics_on_any_text(
            email in any::<String>(),
            password in any::<String>(),
            confirm in any::<String>(),
            keywords in proptest::collection::vec(any::<String>(), 0..8),
            min in 0usize..80, max in 0usize..80, classes in any::<u8>(),
        ) {
            let c = Checker::new(&PasswordPolicy {
                min_length: min,
                max_length: max,
                required_classes: classes,
                weak_keywords: keywords,
            });
            let e = c.evaluate(&Input { email: &email, password: &password, confirm: &confirm, caps_lock: true });
            let _ = e.verdict();
        }

        #[test]
        fn the_length_rule_counts_code_points(password in any::<String>()) {
            let e = eval(&password);
            prop_assert_eq!(e.length.count, password.chars().count());
            let within = (8..=64).contains(&password.chars().count());
            prop_assert_eq!(e.state(Rule::Length) == State::Met, within);
        }

        #[test]
        fn appending_a_character_never_lowers_the_classes_present(
            password in any::<String>(), c in any::<char>(),
        ) {
            let before = eval(&password).classes.present;
            let after = eval(&format!("{password}{c}")).classes.present;
            prop_assert!(after.count() >= before.count());
            for class in CharClass::ALL {
                prop_assert!(!before.contains(class) || after.contains(class));
            }
        }

        #[test]
        fn the_keyword_automaton_agrees_with_a_plain_search(
            keywords in proptest::collection::vec("[abAİıi\u{307}]{1,4}", 0..6),
            password in "[abAİıiＡ\u{307}]{0,16}",
        ) {
            let c = Checker::new(&PasswordPolicy {
                weak_keywords: keywords.clone(),
                ..PasswordPolicy::default()
            });
            prop_assert_eq!(c.keywords.first_in(&fold(&password)), first_naive(&keywords, &password));
        }

        #[test]
        fn identical_evaluations_announce_nothing(password in any::<String>()) {
            prop_assert_eq!(announcement(&eval(&password), &eval(&password)), None);
        }
    }
}
