//! The warnings and advice shown beside the rules: [`Warning`] (Caps Lock, invisible
//! characters, spaces at either end, characters hard to type on another device) and
//! [`Advice`] (a longer passphrase), and the one pass over the password that finds them.
//!
//! Warnings never change a rule's state; they point at what makes a password that meets
//! every rule fail later. Exactly which characters are reported is on each variant.

use super::classes::{CharClass, ClassSet};

/// Below this many characters the page suggests a longer passphrase.
pub const PASSPHRASE_LENGTH: usize = 15;

/// The most characters a warning lists by position; the rest are only counted. Keeps a
/// pasted megabyte from producing a megabyte of warnings.
pub const MAX_LISTED: usize = 20;

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
/// change a rule's state. They appear in
/// [`Evaluation::warnings`](super::Evaluation::warnings) in the order below.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Caps Lock is on, as reported by the page in
    /// [`Input::caps_lock`](super::Input::caps_lock).
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

impl Advice {
    /// The advice for a password of `count` code points, if any.
    pub(super) fn for_length(count: usize) -> Option<Advice> {
        (count < PASSPHRASE_LENGTH).then_some(Advice::LongerPassphrase {
            count,
            recommended: PASSPHRASE_LENGTH,
        })
    }
}

/// One pass over the password as typed: length, classes and the characters to warn about.
/// The length and classes are rules of their own, but counting them here saves reading a
/// pasted megabyte twice more.
pub(super) struct Scan {
    /// The password's length in code points.
    pub(super) count: usize,
    /// The classes present.
    pub(super) classes: ClassSet,
    invisible: Vec<InvisibleChar>,
    invisible_total: usize,
    hard: Vec<HardChar>,
    hard_total: usize,
}

impl Scan {
    /// Scans `password`.
    pub(super) fn of(password: &str) -> Scan {
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
                scan.classes.insert(class);
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

    /// The warnings for `password`, this scan's text, in the order of [`Warning`]'s
    /// variants: Caps Lock first when the page saw it on.
    pub(super) fn warnings(self, password: &str, caps_lock: bool) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if caps_lock {
            warnings.push(Warning::CapsLock);
        }
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
pub(super) fn invisible_name(c: char) -> Option<&'static str> {
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

#[cfg(test)]
mod tests {
    use super::super::testing::{checker, eval};
    use super::super::Input;
    use super::*;

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
}
