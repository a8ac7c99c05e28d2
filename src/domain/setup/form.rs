//! The setup page's form as plain strings, one per field of [`FIELDS`], and the file text
//! it stands for. The page never checks a value itself: it writes what was typed into a
//! file ([`form_json`]) and lets the assistant's own reader judge it, so a wrong number
//! gets the very message the assistant's notice would give.

use super::fields::{Kind, FIELDS};
use super::keywords::keyword_lines;
use super::output::{write_file, Member, Out};
use crate::domain::json::{self, Value};

/// What each field of the form holds, in [`FIELDS`] order: the text typed, `true` or
/// `false` for a switch, one item per line for a list.
pub type FormValues = Vec<String>;

/// The text of `config.json` that the form stands for. An empty field is left out (the
/// default applies); a number that is not one is written as text, so the reader names
/// it as a wrong type; list items are trimmed and blank lines dropped.
pub fn form_json(values: &[String]) -> String {
    let members: Vec<Member> = FIELDS
        .iter()
        .zip(values)
        .map(|(field, raw)| {
            let (object, key) = match field.key.split_once('.') {
                Some((o, k)) => (Some(o), k),
                None => (None, field.key),
            };
            let raw = raw.trim();
            let value = match field.kind {
                _ if raw.is_empty() && field.kind != Kind::Lines => None,
                Kind::Number => Some(match raw.parse::<u64>() {
                    Ok(n) => Out::Number(n),
                    Err(_) => Out::Text(raw.to_string()),
                }),
                Kind::Switch => Some(Out::Switch(raw == "true")),
                // The keyword box is reported line by line (`keyword_lines`): the file
                // gets its keywords once each.
                Kind::Lines if field.key == "password_policy.weak_keywords" => {
                    let words = keyword_lines(raw).words;
                    (!words.is_empty()).then_some(Out::List(words))
                }
                Kind::Lines => {
                    let items: Vec<String> = raw
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from)
                        .collect();
                    (!items.is_empty()).then_some(Out::List(items))
                }
                Kind::Text | Kind::Colour | Kind::Language => Some(Out::Text(raw.to_string())),
            };
            (object, key, value)
        })
        .collect();
    write_file(members)
}

/// The form filled from the text of an existing `config.json`: each field's value as
/// written, right or wrong (the problems are shown beside them), empty where the file
/// has none. A file that is not a JSON object fills nothing.
pub fn form_values(text: &str) -> FormValues {
    let root = match json::parse(text.trim_start_matches('\u{feff}')) {
        Ok(Value::Object(root)) => root,
        _ => Vec::new(),
    };
    let get = |map: &[(String, Value)], key: &str| -> Option<Value> {
        map.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    FIELDS
        .iter()
        .map(|field| {
            let value = match field.key.split_once('.') {
                Some((object, key)) => match get(&root, object) {
                    Some(Value::Object(inner)) => get(&inner, key),
                    _ => None,
                },
                None => get(&root, field.key),
            };
            value.map(|v| shown(&v)).unwrap_or_default()
        })
        .collect()
}

/// A value of the file as the form shows it.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.clone(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join("\n"),
        Value::Object(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::{parse, ConfigError, Expected};
    use crate::domain::setup::config_json;

    #[test]
    fn a_file_read_into_the_form_and_written_back_is_the_same_configuration() {
        let text = r##"{"company_name": "Acme", "password_policy": {"min_length": 10,
            "weak_keywords": ["acme", "spring"]}, "kiosk": {"enabled": true},
            "embed": {"parent_origins": ["https://help.example.com"]},
            "theme": {"primary_color": "#0b5cad"}, "locale": "zh-CN"}"##;
        let values = form_values(text);
        assert_eq!(values.len(), FIELDS.len());
        let written = form_json(&values);
        let (a, b) = (parse(text), parse(&written));
        assert_eq!(b.problems, vec![], "{written}");
        assert_eq!(a.config, b.config, "{written}");
        assert_eq!(config_json(&b.config), config_json(&a.config));
    }

    #[test]
    fn what_is_typed_wrong_reaches_the_reader_as_typed() {
        let mut values = vec![String::new(); FIELDS.len()];
        let at = |key: &str| FIELDS.iter().position(|f| f.key == key).unwrap();
        values[at("password_policy.min_length")] = "ten".into();
        values[at("kiosk.enabled")] = "false".into();
        let loaded = parse(&form_json(&values));
        assert_eq!(
            loaded.problems,
            vec![ConfigError::WrongType {
                field: "password_policy.min_length".into(),
                expected: Expected::Number,
            }]
        );
        // A wrong value in a file is shown as it was written.
        let mut values = form_values(r#"{"qr": {"validity_seconds": "five"}, "kiosk": []}"#);
        assert_eq!(values[at("qr.validity_seconds")], "five");
        assert_eq!(form_values("not json"), vec![String::new(); FIELDS.len()]);
        assert_eq!(form_json(&vec![String::new(); FIELDS.len()]), "{}\n");
        // The keyword box's repeats are its own report, not the reader's.
        values[at("password_policy.weak_keywords")] = "acme\n\nACME\nspring".into();
        let loaded = parse(&form_json(&values));
        assert_eq!(
            loaded.config.password_policy.weak_keywords,
            ["acme", "spring"]
        );
    }
}
