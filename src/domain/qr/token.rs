//! The login token: 128 random bits the UI supplies, written as 32 lower-case hexadecimal
//! characters in the phone view's URL and on the channel, and read back only in exactly
//! that form.

use std::fmt;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A 128-bit login token, shown as 32 lower-case hexadecimal characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token([u8; 16]);

impl Token {
    /// Makes a token from 16 bytes the UI took from `crypto.getRandomValues`.
    pub fn from_bytes(bytes: [u8; 16]) -> Token {
        Token(bytes)
    }

    /// Reads a token from exactly 32 lower-case hexadecimal characters. Anything else
    /// (upper case, other lengths, other characters) is `None`: the token comes from a URL
    /// and only the form this module writes is accepted.
    ///
    /// ```
    /// use recovery_assistant::domain::qr::Token;
    /// let t = Token::parse("00112233445566778899aabbccddeeff").unwrap();
    /// assert_eq!(t.to_hex(), "00112233445566778899aabbccddeeff");
    /// assert_eq!(Token::parse("00112233445566778899AABBCCDDEEFF"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Token> {
        let bytes = text.as_bytes();
        if bytes.len() != 32 {
            return None;
        }
        let mut out = [0u8; 16];
        for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
            *byte = (nibble(pair[0])? << 4) | nibble(pair[1])?;
        }
        Some(Token(out))
    }

    /// The 32 lower-case hexadecimal characters of the token.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl Serialize for Token {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Token {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Token, D::Error> {
        let text = String::deserialize(deserializer)?;
        Token::parse(&text).ok_or_else(|| D::Error::custom("not a 32-character hex token"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Stays: pins the exact hex and Display; the proptest checks only length and round trip.
    #[test]
    fn a_token_is_shown_as_32_lower_case_hex_characters_and_parses_back() {
        let t = Token::from_bytes([
            0x00, 0x01, 0x0a, 0x10, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff, 0x12, 0x34, 0x56, 0x78,
            0x9a, 0xbc,
        ]);
        assert_eq!(t.to_hex(), "00010a107f80abcdefff123456789abc");
        assert_eq!(t.to_string(), t.to_hex());
        assert_eq!(Token::parse(&t.to_hex()), Some(t));
    }

    #[test]
    fn token_parsing_refuses_anything_but_32_lower_case_hex_characters() {
        let good = "00112233445566778899aabbccddeeff";
        assert!(Token::parse(good).is_some());
        for bad in [
            "",
            &good[..31],
            &format!("{good}0"),
            "00112233445566778899AABBCCDDEEFF",
            "00112233445566778899aabbccddeefg",
            " 0112233445566778899aabbccddeeff",
            "0x112233445566778899aabbccddeeff",
            "-0112233445566778899aabbccddeeff",
            &"é".repeat(16), // 32 bytes, but not hex
        ] {
            assert_eq!(Token::parse(bad), None, "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_sixteen_bytes_make_a_token_that_parses_back(bytes in proptest::array::uniform16(0u8..)) {
            let t = Token::from_bytes(bytes);
            proptest::prop_assert_eq!(t.to_hex().len(), 32);
            proptest::prop_assert_eq!(Token::parse(&t.to_hex()), Some(t));
        }

        #[test]
        fn token_parsing_never_panics(s in ".{0,40}") {
            let _ = Token::parse(&s);
        }
    }
}
