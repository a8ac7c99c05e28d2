//! The four character classes of the `classes` rule: which class a character counts
//! toward ([`CharClass::of`]) and the set of classes a password has ([`ClassSet`]).
//!
//! Which characters belong to which class, and why other numerals count toward none, is
//! written in the policy module's documentation.

/// One of the four character classes of the policy. See the policy module's
/// documentation for which characters belong to which class.
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
                set.insert(class);
                if set.0 == 0b1111 {
                    break;
                }
            }
        }
        set
    }

    /// Adds `class`. For the one-pass scan in `warnings.rs`, which finds the classes
    /// while it looks for characters to warn about.
    pub(super) fn insert(&mut self, class: CharClass) {
        self.0 |= class.bit();
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

#[cfg(test)]
mod tests {
    use super::super::testing::eval;
    use super::*;
    use proptest::prelude::*;

    proptest! {
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

    }
}
