//! A small JSON reader for `config.json`: text in, a [`Value`] tree or a located error out.
//!
//! Why not serde_json here: the configuration is read on every first page load, and
//! replacing serde_json's generic machinery with this reader took 4 KB brotli off what the
//! visitor waits for. This reader does only what the configuration needs: standard JSON (RFC 8259),
//! numbers kept as their text (the settings are whole numbers, so no float parser is
//! linked), object members sorted by key so problems are reported in a stable order.
//!
//! It is iterative, with an explicit stack and a nesting limit, so a hostile file cannot
//! overflow the small wasm stack.

use std::fmt;

/// The deepest nesting accepted (serde_json's default limit too).
pub const MAX_DEPTH: usize = 128;

/// An object's members, sorted by key; a repeated key keeps its last value.
pub type Map = Vec<(String, Value)>;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (validated against the JSON grammar).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

impl Value {
    /// The number as a non-negative whole number, when it is written as one (`8`, not
    /// `8.0` or `-1`) and fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    /// The string, when this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Why the text is not JSON, and where (1-based line and column, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What was wrong.
    pub what: &'static str,
    /// Line of the offending character.
    pub line: usize,
    /// Column of the offending character.
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

/// A container being filled.
enum Open {
    Array(Vec<Value>),
    /// The members so far and the key waiting for its value.
    Object(Map, Option<String>),
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

/// Parses `text` as one JSON value, with nothing but whitespace around it.
///
/// ```
/// use recovery_assistant::domain::json::{parse, Value};
/// let v = parse(r#"{"b": [1, true], "a": "x"}"#).unwrap();
/// let Value::Object(members) = v else { panic!() };
/// assert_eq!(members[0].0, "a"); // sorted by key
/// assert_eq!(members[1].1, Value::Array(vec![Value::Number("1".into()), Value::Bool(true)]));
/// assert_eq!(parse("{,}").unwrap_err().to_string(), "expected a string key at line 1 column 2");
/// ```
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut r = Reader { text, pos: 0 };
    let mut stack: Vec<Open> = Vec::new();
    loop {
        // Read one value, or open a container.
        r.skip_ws();
        let mut value = match r.peek() {
            Some(b'{') => {
                r.pos += 1;
                r.skip_ws();
                if r.eat(b'}') {
                    Value::Object(Vec::new())
                } else {
                    let key = r.key()?;
                    stack.push(Open::Object(Vec::new(), Some(key)));
                    r.check_depth(stack.len())?;
                    continue;
                }
            }
            Some(b'[') => {
                r.pos += 1;
                r.skip_ws();
                if r.eat(b']') {
                    Value::Array(Vec::new())
                } else {
                    stack.push(Open::Array(Vec::new()));
                    r.check_depth(stack.len())?;
                    continue;
                }
            }
            Some(b'"') => Value::String(r.string()?),
            Some(b't') => r.word("true", Value::Bool(true))?,
            Some(b'f') => r.word("false", Value::Bool(false))?,
            Some(b'n') => r.word("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(r.number()?),
            Some(_) => return Err(r.error("expected a value")),
            None => return Err(r.error("unexpected end of file")),
        };
        // Hand the value to its container; close containers that end here.
        loop {
            match stack.last_mut() {
                None => {
                    r.skip_ws();
                    return match r.peek() {
                        None => Ok(value),
                        Some(_) => Err(r.error("unexpected text after the end")),
                    };
                }
                Some(Open::Array(items)) => {
                    items.push(value);
                    r.skip_ws();
                    if r.eat(b',') {
                        break;
                    }
                    if !r.eat(b']') {
                        return Err(r.error("expected , or ]"));
                    }
                    let Some(Open::Array(items)) = stack.pop() else {
                        unreachable!("the top of the stack is this array")
                    };
                    value = Value::Array(items);
                }
                Some(Open::Object(members, key)) => {
                    let key = key.take().expect("an object member always has its key");
                    members.push((key, value));
                    r.skip_ws();
                    if r.eat(b',') {
                        r.skip_ws();
                        let next = r.key()?;
                        if let Some(Open::Object(_, k)) = stack.last_mut() {
                            *k = Some(next);
                        }
                        break;
                    }
                    if !r.eat(b'}') {
                        return Err(r.error("expected , or }"));
                    }
                    let Some(Open::Object(members, _)) = stack.pop() else {
                        unreachable!("the top of the stack is this object")
                    };
                    value = Value::Object(sorted_members(members));
                }
            }
        }
    }
}

/// Members sorted by key; of a repeated key the last one wins, as in serde_json and
/// browsers. Sorting positions by (key, later first) is a total order, so an unstable
/// sort gives the same result as a stable one.
fn sorted_members(members: Map) -> Map {
    let order = super::order::sorted_positions(members.len(), &|a, b| {
        members[a].0.cmp(&members[b].0).then(b.cmp(&a))
    });
    let mut slots: Vec<Option<(String, Value)>> = members.into_iter().map(Some).collect();
    let mut out: Map = Vec::with_capacity(slots.len());
    for i in order {
        if let Some(member) = slots[i].take() {
            if out.last().is_none_or(|(k, _)| *k != member.0) {
                out.push(member);
            }
        }
    }
    out
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn error(&self, what: &'static str) -> Error {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error { what, line, column }
    }

    fn check_depth(&self, depth: usize) -> Result<(), Error> {
        if depth > MAX_DEPTH {
            Err(self.error("nested too deeply"))
        } else {
            Ok(())
        }
    }

    /// An object key and the colon after it.
    fn key(&mut self) -> Result<String, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a string key"));
        }
        let key = self.string()?;
        self.skip_ws();
        if !self.eat(b':') {
            return Err(self.error("expected :"));
        }
        Ok(key)
    }

    fn word(&mut self, word: &'static str, value: Value) -> Result<Value, Error> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<String, Error> {
        let start = self.pos;
        self.eat(b'-');
        if self.eat(b'0') {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a number must not start with 0"));
            }
        } else if self.digits() == 0 {
            return Err(self.error("expected a digit"));
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.error("expected a digit"));
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.error("expected a digit"));
            }
        }
        Ok(self.text[start..self.pos].to_string())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected 4 hex digits"))?;
        self.pos += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("expected 4 hex digits"))
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            // Copy the plain run up to the next quote, backslash or control character.
            let run = rest
                .find(|c: char| c == '"' || c == '\\' || c < ' ')
                .ok_or_else(|| {
                    let end = Reader {
                        text: self.text,
                        pos: self.text.len(),
                    };
                    end.error("unterminated string")
                })?;
            out.push_str(&rest[..run]);
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.text[self.pos..].starts_with("\\u") {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(
                                char::from_u32(code)
                                    .ok_or_else(|| self.error("unpaired surrogate"))?,
                            );
                            continue;
                        }
                        _ => return Err(self.error("unknown escape")),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                _ => return Err(self.error("control character in a string")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Value {
        Value::Number(s.into())
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(parse(" null ").unwrap(), Value::Null);
        assert_eq!(parse("true").unwrap(), Value::Bool(true));
        assert_eq!(parse("false").unwrap(), Value::Bool(false));
        for num in ["0", "-0", "12", "-3.25", "1e9", "2E-3", "6.02e+23"] {
            assert_eq!(parse(num).unwrap(), n(num), "{num}");
        }
        assert_eq!(
            parse(r#""a\"b\\c\/\n\t\u00e9\ud83d\ude00""#).unwrap(),
            Value::String("a\"b\\c/\n\té😀".into())
        );
        assert_eq!(
            parse("[[], {}, [1, [2]]]").unwrap(),
            Value::Array(vec![
                Value::Array(vec![]),
                Value::Object(vec![]),
                Value::Array(vec![n("1"), Value::Array(vec![n("2")])]),
            ])
        );
    }

    #[test]
    fn objects_are_sorted_and_the_last_repeated_key_wins() {
        let v = parse(r#"{"b": 1, "a": {"y": 2, "x": 3}, "b": 4}"#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Object(vec![("x".into(), n("3")), ("y".into(), n("2"))])
                ),
                ("b".into(), n("4")),
            ])
        );
    }

    #[test]
    fn whole_numbers_only_for_as_u64() {
        assert_eq!(n("300").as_u64(), Some(300));
        assert_eq!(n("8.0").as_u64(), None);
        assert_eq!(n("-1").as_u64(), None);
        assert_eq!(n("1e3").as_u64(), None);
        assert_eq!(n("99999999999999999999999").as_u64(), None);
        assert_eq!(Value::String("8".into()).as_u64(), None);
    }

    #[test]
    fn errors_say_what_and_where() {
        let cases = [
            ("", "unexpected end of file", 1, 1),
            ("{", "expected a string key", 1, 2),
            ("{\"a\" 1}", "expected :", 1, 6),
            ("{\"a\": 1,}", "expected a string key", 1, 9),
            ("[1 2]", "expected , or ]", 1, 4),
            ("{\"a\": 1\n\"b\": 2}", "expected , or }", 2, 1),
            ("[01]", "a number must not start with 0", 1, 3),
            ("[1.]", "expected a digit", 1, 4),
            ("-", "expected a digit", 1, 2),
            ("tru", "expected a value", 1, 1),
            ("\"abc", "unterminated string", 1, 5),
            ("\"a\u{1}\"", "control character in a string", 1, 3),
            ("\"\\x\"", "unknown escape", 1, 3),
            ("\"\\ud800\"", "unpaired surrogate", 1, 8),
            ("\"\\u12\"", "expected 4 hex digits", 1, 4),
            ("1 2", "unexpected text after the end", 1, 3),
            ("'a'", "expected a value", 1, 1),
            ("{\"é\": x}", "expected a value", 1, 7),
        ];
        for (text, what, line, column) in cases {
            assert_eq!(parse(text), Err(Error { what, line, column }), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().what, "nested too deeply");
        let deep_objects = "{\"a\":".repeat(100_000);
        assert_eq!(parse(&deep_objects).unwrap_err().what, "nested too deeply");
    }

    #[test]
    fn agrees_with_serde_json_on_what_is_json() {
        let samples = [
            r#"{"company_name": "Acme", "qr": {"validity_seconds": 120}}"#,
            r#"[1, -2.5e3, "x", null, true, {"k": []}]"#,
            "[1,]",
            "{\"a\":1}}",
            "[\"\\u0041\"]",
            "  \n  ",
            "nul",
            "[1e]",
            "\"\u{7f}\"",
        ];
        for s in samples {
            assert_eq!(
                parse(s).is_ok(),
                serde_json::from_str::<serde_json::Value>(s).is_ok(),
                "{s:?}"
            );
        }
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Never panics, and accepts exactly what serde_json accepts.
        #[test]
        fn any_text_parses_or_errors_like_serde_json(s in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,40}") {
            prop_assert_eq!(parse(&s).is_ok(), serde_json::from_str::<serde_json::Value>(&s).is_ok());
        }

        /// Strings survive a round trip through serde_json's writer.
        #[test]
        fn strings_round_trip(s in any::<String>()) {
            let text = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(parse(&text), Ok(Value::String(s)));
        }
    }
}
