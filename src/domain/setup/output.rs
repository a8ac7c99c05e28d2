//! A configuration written back as `config.json`: pretty-printed, in the page's order,
//! with only the fields that differ from the defaults, so the file says what the company
//! chose and picks up better defaults later.

use crate::domain::config::{Config, EmbedSettings, PasswordPolicy};
use crate::domain::kiosk::KioskSettings;
use crate::domain::qr::QrSettings;
use crate::domain::theme::Theme;

/// A value of the file.
pub(super) enum Out {
    Text(String),
    Number(u64),
    Switch(bool),
    List(Vec<String>),
}

/// Every field of `config` in the file's order, as (object, key, value when it differs
/// from the default); the object is `None` at the top level.
pub(super) type Member = (Option<&'static str>, &'static str, Option<Out>);

fn members(config: &Config, keep_defaults: bool) -> Vec<Member> {
    // Every field named, no `..`: a field added to the configuration does not compile
    // until it is listed here, and then the field list's test asks for it on the page.
    let Config {
        company_name,
        mail_domain,
        login_url,
        admin_contact,
        admin_contact_url,
        password_policy,
        qr,
        kiosk,
        embed,
        theme,
        locale,
    } = config;
    let text = |v: &Option<String>| v.clone().map(Out::Text);
    let mut out: Vec<Member> = vec![
        (None, "company_name", text(company_name)),
        (None, "login_url", text(login_url)),
        (None, "mail_domain", text(mail_domain)),
        (None, "admin_contact", text(admin_contact)),
        (None, "admin_contact_url", text(admin_contact_url)),
    ];
    let objects = [
        ("password_policy", policy(password_policy, keep_defaults)),
        ("qr", qr_fields(qr, keep_defaults)),
        ("kiosk", kiosk_fields(kiosk, keep_defaults)),
        ("embed", embed_fields(embed, keep_defaults)),
        ("theme", theme_fields(theme)),
    ];
    for (name, fields) in objects {
        out.extend(fields.into_iter().map(|(k, v)| (Some(name), k, v)));
    }
    out.push((None, "locale", locale.map(|l| Out::Text(l.tag().into()))));
    out
}

/// The path of every field the file can hold (`password_policy.min_length`), in order.
pub fn field_paths() -> Vec<String> {
    members(&Config::default(), false)
        .into_iter()
        .map(|(object, key, _)| match object {
            Some(o) => format!("{o}.{key}"),
            None => key.to_string(),
        })
        .collect()
}

/// The value of every field of the default configuration as the form shows it (empty
/// where the default is "none": no company name, the built-in colours), in [`FIELDS`]
/// order, for the page to show beside each field.
///
/// [`FIELDS`]: super::FIELDS
pub fn default_values() -> Vec<String> {
    members(&Config::default(), true)
        .into_iter()
        .map(|(_, _, value)| match value {
            None => String::new(),
            Some(Out::Text(s)) => s,
            Some(Out::Number(n)) => n.to_string(),
            Some(Out::Switch(b)) => b.to_string(),
            Some(Out::List(items)) => items.join("\n"),
        })
        .collect()
}

/// `config` as the text of `config.json`: fields equal to their defaults left out, two
/// spaces of indent, a line break at the end. The default configuration is `{}`.
pub fn config_json(config: &Config) -> String {
    write_file(members(config, false))
}

/// The file's text for `members` (in order; those of one object together), those
/// without a value left out.
pub(super) fn write_file(members: Vec<Member>) -> String {
    let mut out = String::from("{");
    let mut first = true;
    // The object being written, and whether it has a member yet.
    let mut open: Option<(&str, bool)> = None;
    for (object, key, value) in members {
        let Some(value) = value else { continue };
        if open.map(|(o, _)| Some(o)) != Some(object) {
            if open.take().is_some() {
                out.push_str("\n  }");
            }
            if let Some(o) = object {
                entry(&mut out, &mut first, 1, o);
                out.push('{');
                open = Some((o, true));
            }
        }
        match &mut open {
            Some((_, inner_first)) => entry(&mut out, inner_first, 2, key),
            None => entry(&mut out, &mut first, 1, key),
        }
        write_value(&mut out, &value);
    }
    if open.is_some() {
        out.push_str("\n  }");
    }
    out.push_str(if first { "}\n" } else { "\n}\n" });
    out
}

/// `value` when it differs from `default` (or always, with `keep`).
fn differs<T: PartialEq>(
    keep: bool,
    value: T,
    default: T,
    out: impl FnOnce(T) -> Out,
) -> Option<Out> {
    (keep || value != default).then(|| out(value))
}

fn policy(p: &PasswordPolicy, keep: bool) -> Vec<(&'static str, Option<Out>)> {
    let PasswordPolicy {
        min_length,
        max_length,
        required_classes,
        weak_keywords,
    } = p;
    let d = PasswordPolicy::default();
    vec![
        (
            "min_length",
            differs(keep, *min_length, d.min_length, |n| Out::Number(n as u64)),
        ),
        (
            "max_length",
            differs(keep, *max_length, d.max_length, |n| Out::Number(n as u64)),
        ),
        (
            "required_classes",
            differs(keep, *required_classes, d.required_classes, |n| {
                Out::Number(n.into())
            }),
        ),
        (
            "weak_keywords",
            differs(keep, weak_keywords.clone(), d.weak_keywords, Out::List),
        ),
    ]
}

fn qr_fields(q: &QrSettings, keep: bool) -> Vec<(&'static str, Option<Out>)> {
    let QrSettings { validity_seconds } = q;
    let d = QrSettings::default();
    vec![(
        "validity_seconds",
        differs(keep, *validity_seconds, d.validity_seconds, |n| {
            Out::Number(n.into())
        }),
    )]
}

fn kiosk_fields(k: &KioskSettings, keep: bool) -> Vec<(&'static str, Option<Out>)> {
    let KioskSettings {
        enabled,
        idle_seconds,
        warning_seconds,
    } = k;
    let d = KioskSettings::default();
    vec![
        ("enabled", differs(keep, *enabled, d.enabled, Out::Switch)),
        (
            "idle_seconds",
            differs(keep, *idle_seconds, d.idle_seconds, |n| {
                Out::Number(n.into())
            }),
        ),
        (
            "warning_seconds",
            differs(keep, *warning_seconds, d.warning_seconds, |n| {
                Out::Number(n.into())
            }),
        ),
    ]
}

fn embed_fields(e: &EmbedSettings, keep: bool) -> Vec<(&'static str, Option<Out>)> {
    let EmbedSettings {
        parent_origins,
        hide_header,
    } = e;
    let d = EmbedSettings::default();
    vec![
        (
            "parent_origins",
            differs(keep, parent_origins.clone(), d.parent_origins, Out::List),
        ),
        (
            "hide_header",
            differs(keep, *hide_header, d.hide_header, Out::Switch),
        ),
    ]
}

fn theme_fields(t: &Theme) -> Vec<(&'static str, Option<Out>)> {
    let Theme {
        primary,
        text,
        background,
        radius,
        font,
    } = t;
    let hex = |c: &Option<crate::domain::theme::Rgb>| c.map(|c| Out::Text(c.to_hex()));
    vec![
        ("primary_color", hex(primary)),
        ("text_color", hex(text)),
        ("background_color", hex(background)),
        ("corner_radius", radius.clone().map(Out::Text)),
        ("font_family", font.clone().map(Out::Text)),
    ]
}

/// Starts the member `key` at `depth`: the comma after the one before, a line break and
/// the indent.
fn entry(out: &mut String, first: &mut bool, depth: usize, key: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    out.push('\n');
    out.push_str(&"  ".repeat(depth));
    quote(out, key);
    out.push_str(": ");
}

fn write_value(out: &mut String, value: &Out) {
    match value {
        Out::Text(s) => quote(out, s),
        Out::Number(n) => out.push_str(&n.to_string()),
        Out::Switch(b) => out.push_str(if *b { "true" } else { "false" }),
        Out::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                quote(out, item);
            }
            out.push(']');
        }
    }
}

/// `s` as a JSON string: quotes, backslashes and control characters escaped.
fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::parse;
    use crate::domain::json::{self, Value};
    use crate::domain::setup::FIELDS;

    /// A file where every field differs from its default.
    const EVERYTHING: &str = r##"{
        "company_name": "Example \"Trading\" Ltd",
        "mail_domain": "example.com",
        "login_url": "https://mail.example.com",
        "admin_contact": "IT Help Desk, ext. 4321",
        "admin_contact_url": "mailto:it-help@example.com",
        "password_policy": {"min_length": 9, "max_length": 32, "required_classes": 4,
                            "weak_keywords": ["acme", "spring"]},
        "qr": {"validity_seconds": 120},
        "kiosk": {"enabled": true, "idle_seconds": 90, "warning_seconds": 45},
        "embed": {"parent_origins": ["https://help.example.com"], "hide_header": true},
        "theme": {"primary_color": "#0b5cad", "text_color": "#1a1a1a",
                  "background_color": "#ffffff", "corner_radius": "6px",
                  "font_family": "\"Noto Sans\", sans-serif"},
        "locale": "zh-CN"
    }"##;

    /// The dotted paths of a file's fields (`password_policy.min_length`).
    fn paths(text: &str) -> Vec<String> {
        let Ok(Value::Object(top)) = json::parse(text) else {
            panic!("not an object: {text}");
        };
        let mut out = Vec::new();
        for (key, value) in top {
            match value {
                Value::Object(inner) => {
                    out.extend(inner.into_iter().map(|(k, _)| format!("{key}.{k}")));
                }
                _ => out.push(key),
            }
        }
        out
    }

    #[test]
    fn every_field_is_written_back_the_way_the_reader_reads_it_and_the_page_lists_it() {
        let loaded = parse(EVERYTHING);
        assert_eq!(loaded.problems, vec![]);
        let written = config_json(&loaded.config);
        let again = parse(&written);
        assert_eq!(again.problems, vec![], "{written}");
        assert_eq!(again.config, loaded.config, "{written}");
        // The page has a field for exactly what the file can hold (the reader sorts
        // members, so as sets; the written order is the page's, seen in the text).
        let mut keys: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        assert_eq!(paths(&written), keys, "{written}");
        let at = |k: &str| written.find(&format!("\"{k}\"")).unwrap();
        assert!(at("company_name") < at("login_url") && at("theme") < at("locale"));
        assert!(written.contains("\"company_name\": \"Example \\\"Trading\\\" Ltd\""));
    }

    #[test]
    fn the_page_has_a_field_for_every_field_of_the_configuration() {
        let page: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
        assert_eq!(field_paths(), page);
    }

    #[test]
    fn the_defaults_shown_are_the_configurations() {
        let d = default_values();
        let at = |key: &str| &d[FIELDS.iter().position(|f| f.key == key).unwrap()];
        assert_eq!(d.len(), FIELDS.len());
        assert_eq!(at("password_policy.min_length"), "8");
        assert_eq!(at("qr.validity_seconds"), "300");
        assert_eq!(at("kiosk.enabled"), "false");
        assert_eq!(at("company_name"), "");
        // Every number has its range, and every range is a number's.
        for f in FIELDS {
            let number = f.kind == crate::domain::setup::Kind::Number;
            assert_eq!(
                crate::domain::config::range_of(f.key).is_some(),
                number,
                "{}",
                f.key
            );
        }
    }

    #[test]
    fn defaults_are_left_out() {
        assert_eq!(config_json(&Config::default()), "{}\n");
        let loaded = parse(
            r#"{"company_name": "Acme", "password_policy": {"min_length": 8, "max_length": 20}}"#,
        );
        assert_eq!(
            config_json(&loaded.config),
            "{\n  \"company_name\": \"Acme\",\n  \"password_policy\": {\n    \"max_length\": 20\n  }\n}\n"
        );
    }
}
