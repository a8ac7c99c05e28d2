//! A corpus of hostile and broken `config.json` files (`tests/configs/`), plus the ones too
//! big to commit (generated here): each must give a notice naming what is wrong, the
//! defaults for exactly those settings, the valid settings kept, and a configuration the
//! app can use. Property tests then throw random text and random JSON at the parser and
//! check the invariants `domain::config` documents.
//!
//! What may legitimately hold markup: `company_name`, `admin_contact` and the weak
//! keywords are free text, kept verbatim; the UI only ever renders them as text nodes
//! (see `tests/e2e/bad-config.spec.js`), so `<img onerror>` there is shown, not run.
//! URLs, the domain, origins and theme values never hold markup, bidi controls or
//! invisible characters, and no setting holds bidi controls or invisible characters.

use recovery_assistant::domain::checks::{is_domain, is_forbidden_char};
use recovery_assistant::domain::config::{
    parse, Config, ConfigError, EmbedSettings, Loaded, PasswordPolicy, MAX_CONFIG_BYTES,
    MAX_TEXT_CHARS, MAX_WEAK_KEYWORDS,
};
use recovery_assistant::domain::i18n::Locale;
use recovery_assistant::domain::kiosk::KioskSettings;
use recovery_assistant::domain::qr::QrSettings;
use recovery_assistant::domain::theme::{contrast, Theme, DEFAULT_BACKGROUND, DEFAULT_TEXT, WHITE};

const IMG: &str = "<img src=x onerror=alert(1)>";
const SCRIPT: &str = "<script>alert(1)</script>";

/// What a file must produce.
enum Expect {
    /// Unreadable as JSON: one `Malformed`, full defaults.
    Malformed,
    /// JSON, but not an object: one `NotAnObject`, full defaults.
    NotAnObject,
    /// Over [`MAX_CONFIG_BYTES`]: one `TooLarge`, full defaults.
    TooLarge,
    /// Exactly these problem fields, in this order (the parser's documented order).
    Fields(&'static [&'static str]),
}

struct Case {
    file: &'static str,
    expect: Expect,
    /// What the resulting configuration must hold: defaults where the file was wrong,
    /// the file's values where it was right.
    check: fn(&Config),
}

fn defaults(c: &Config) {
    assert_eq!(*c, Config::default());
}

/// Neither the login URL nor the contact URL survived.
fn no_urls(c: &Config) {
    assert_eq!(
        (c.login_url.as_deref(), c.admin_contact_url.as_deref()),
        (None, None)
    );
}

const POLICY: PasswordPolicy = PasswordPolicy {
    min_length: 8,
    max_length: 64,
    required_classes: 3,
    weak_keywords: Vec::new(),
};

fn cases() -> Vec<Case> {
    use Expect::*;
    vec![
        // ---- not JSON at all ----
        Case {
            file: "truncated.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "truncated-inside-section.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "empty-file.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "whitespace-only.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "trailing-comma.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "comments.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "nan-infinity.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "single-quotes.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "lone-surrogate-escape.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "two-documents.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "nesting-200-deep.json",
            expect: Malformed,
            check: defaults,
        },
        Case {
            file: "top-level-array.json",
            expect: NotAnObject,
            check: defaults,
        },
        Case {
            file: "top-level-null.json",
            expect: NotAnObject,
            check: defaults,
        },
        Case {
            file: "top-level-string.json",
            expect: NotAnObject,
            check: defaults,
        },
        // ---- wrong types ----
        Case {
            file: "wrong-types-everywhere.json",
            expect: Fields(&[
                "admin_contact",
                "admin_contact_url",
                "company_name",
                "embed",
                "kiosk",
                "locale",
                "login_url",
                "mail_domain",
                "password_policy",
                "qr",
                "theme",
            ]),
            check: defaults,
        },
        Case {
            file: "null-everywhere.json",
            expect: Fields(&[
                "admin_contact",
                "admin_contact_url",
                "company_name",
                "embed.parent_origins",
                "kiosk.enabled",
                "kiosk.idle_seconds",
                "kiosk.warning_seconds",
                "locale",
                "login_url",
                "mail_domain",
                "password_policy.max_length",
                "password_policy.min_length",
                "password_policy.required_classes",
                "password_policy.weak_keywords",
                "qr.validity_seconds",
                "theme.background_color",
                "theme.corner_radius",
                "theme.font_family",
                "theme.primary_color",
                "theme.text_color",
            ]),
            check: defaults,
        },
        Case {
            file: "arrays-where-objects-go.json",
            expect: Fields(&["embed", "kiosk", "password_policy", "qr", "theme"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(
                    *c,
                    Config {
                        company_name: c.company_name.clone(),
                        ..Config::default()
                    }
                );
            },
        },
        Case {
            file: "numbers-as-strings.json",
            expect: Fields(&[
                "kiosk.enabled",
                "kiosk.idle_seconds",
                "password_policy.max_length",
                "password_policy.min_length",
                "password_policy.required_classes",
                "qr.validity_seconds",
            ]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(c.password_policy, POLICY);
                assert_eq!(c.qr, QrSettings::default());
                assert_eq!(c.kiosk, KioskSettings::default());
            },
        },
        Case {
            file: "negative-numbers.json",
            expect: Fields(&[
                "kiosk.idle_seconds",
                "kiosk.warning_seconds",
                "password_policy.min_length",
                "password_policy.required_classes",
                "qr.validity_seconds",
            ]),
            check: |c| {
                assert_eq!(c.mail_domain.as_deref(), Some("example.com"));
                assert_eq!(c.password_policy, POLICY);
                assert_eq!(c.qr, QrSettings::default());
                assert_eq!(c.kiosk, KioskSettings::default());
            },
        },
        Case {
            file: "floats-and-exponents.json",
            expect: Fields(&[
                "kiosk.warning_seconds",
                "password_policy.max_length",
                "password_policy.min_length",
                "qr.validity_seconds",
            ]),
            check: |c| {
                assert_eq!(c.admin_contact.as_deref(), Some("IT desk"));
                assert_eq!(c.password_policy, POLICY);
                assert_eq!(c.qr, QrSettings::default());
                assert_eq!(c.kiosk, KioskSettings::default());
            },
        },
        Case {
            file: "huge-numbers.json",
            expect: Fields(&[
                "kiosk.idle_seconds",
                "password_policy.max_length",
                "qr.validity_seconds",
            ]),
            check: |c| {
                assert!(c.kiosk.enabled, "the valid sibling is kept");
                assert_eq!(c.kiosk.idle_seconds, KioskSettings::default().idle_seconds);
                assert_eq!(c.password_policy, POLICY);
                assert_eq!(c.qr, QrSettings::default());
            },
        },
        Case {
            file: "keywords-wrong-types.json",
            expect: Fields(&[
                "password_policy.weak_keywords[1]",
                "password_policy.weak_keywords[2]",
                "password_policy.weak_keywords[4]",
                "password_policy.weak_keywords[5]",
                "password_policy.weak_keywords[6]",
            ]),
            check: |c| assert_eq!(c.password_policy.weak_keywords, vec!["acme"]),
        },
        // ---- values out of range ----
        Case {
            file: "numbers-out-of-range.json",
            expect: Fields(&[
                "kiosk.idle_seconds",
                "kiosk.warning_seconds",
                "password_policy.max_length",
                "password_policy.min_length",
                "password_policy.required_classes",
                "qr.validity_seconds",
            ]),
            check: |c| {
                assert!(c.kiosk.enabled);
                assert_eq!((c.kiosk.idle_seconds, c.kiosk.warning_seconds), (120, 20));
                assert_eq!(c.password_policy, POLICY);
                assert_eq!(c.qr, QrSettings::default());
            },
        },
        Case {
            file: "min-length-above-max-length.json",
            expect: Fields(&["password_policy.min_length"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                let p = &c.password_policy;
                assert_eq!((p.min_length, p.max_length, p.required_classes), (8, 64, 2));
            },
        },
        Case {
            file: "blank-text-fields.json",
            expect: Fields(&[
                "admin_contact",
                "admin_contact_url",
                "company_name",
                "login_url",
                "mail_domain",
            ]),
            check: |c| {
                assert_eq!(c.qr.validity_seconds, 60);
                assert_eq!(
                    *c,
                    Config {
                        qr: c.qr.clone(),
                        ..Config::default()
                    }
                );
            },
        },
        Case {
            file: "text-too-long.json",
            expect: Fields(&["admin_contact", "company_name"]),
            check: |c| {
                assert_eq!(
                    (c.company_name.as_deref(), c.admin_contact.as_deref()),
                    (None, None)
                );
                assert_eq!(c.mail_domain.as_deref(), Some("example.com"));
            },
        },
        // ---- URLs and domains ----
        Case {
            file: "javascript-login-url.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                no_urls(c);
            },
        },
        Case {
            file: "http-login-url.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: |c| {
                assert_eq!(c.mail_domain.as_deref(), Some("example.com"));
                no_urls(c);
            },
        },
        Case {
            file: "data-and-vbscript-urls.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: |c| {
                assert_eq!(c.admin_contact.as_deref(), Some("IT desk"));
                no_urls(c);
            },
        },
        Case {
            file: "protocol-relative-url.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: defaults,
        },
        Case {
            file: "userinfo-in-url.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                no_urls(c);
            },
        },
        Case {
            file: "url-bad-port-and-host.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: defaults,
        },
        Case {
            file: "url-with-markup.json",
            expect: Fields(&["admin_contact_url", "login_url"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                no_urls(c);
            },
        },
        Case {
            file: "mailto-injection.json",
            expect: Fields(&["admin_contact_url"]),
            check: |c| {
                assert_eq!(c.admin_contact.as_deref(), Some("IT desk"));
                assert_eq!(c.admin_contact_url, None);
            },
        },
        Case {
            file: "lookalike-domain.json",
            expect: Fields(&["admin_contact_url", "login_url", "mail_domain"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Example Ltd"));
                assert_eq!(c.mail_domain, None);
                no_urls(c);
            },
        },
        Case {
            // Punycode is plain ASCII and is shown as such, so it cannot pass for
            // example.com here; the Unicode origin beside it is refused.
            file: "punycode-lookalike-domain.json",
            expect: Fields(&["embed.parent_origins"]),
            check: |c| {
                assert_eq!(c.mail_domain.as_deref(), Some("xn--exmple-4nf.com"));
                assert_eq!(c.embed.parent_origins, vec!["https://xn--exmple-4nf.com"]);
            },
        },
        Case {
            file: "bad-parent-origins.json",
            expect: Fields(&["embed.parent_origins"; 7]),
            check: |c| {
                assert_eq!(
                    c.embed.parent_origins,
                    vec!["https://help.example.com", "http://localhost:8080"]
                );
            },
        },
        // ---- keywords ----
        Case {
            file: "empty-keyword.json",
            expect: Fields(&["password_policy.weak_keywords"; 2]),
            check: |c| assert_eq!(c.password_policy.weak_keywords, vec!["acme", "qwerty"]),
        },
        Case {
            file: "duplicate-keywords.json",
            // "ACME", full-width "ａｃｍｅ" and "spring" repeat entries 1 and 2 once folded.
            expect: Fields(&["password_policy.weak_keywords"; 3]),
            check: |c| {
                assert_eq!(
                    c.password_policy.weak_keywords,
                    vec!["acme", "Spring", "summer"]
                )
            },
        },
        Case {
            file: "501-keywords.json",
            expect: Fields(&["password_policy.weak_keywords"]),
            check: |c| {
                let p = &c.password_policy;
                assert_eq!(p.min_length, 10, "the valid sibling is kept");
                assert_eq!(p.weak_keywords.len(), MAX_WEAK_KEYWORDS);
                assert_eq!(p.weak_keywords.last().map(String::as_str), Some("word499"));
            },
        },
        // ---- markup, bidi and invisible characters ----
        Case {
            file: "html-in-every-text-field.json",
            expect: Fields(&[
                "admin_contact_url",
                "locale",
                "login_url",
                "mail_domain",
                "theme.corner_radius",
                "theme.font_family",
                "theme.primary_color",
            ]),
            check: |c| {
                // Free text keeps its markup verbatim: the UI shows it as text.
                assert_eq!(c.company_name.as_deref(), Some(IMG));
                let contact = format!("<b>IT</b> desk {SCRIPT}");
                assert_eq!(c.admin_contact.as_deref(), Some(contact.as_str()));
                assert_eq!(c.password_policy.weak_keywords, vec![SCRIPT, IMG, "acme"]);
                assert_eq!(c.theme, Theme::default());
                no_urls(c);
                assert_eq!((c.mail_domain.as_deref(), c.locale), (None, None));
            },
        },
        Case {
            file: "script-in-every-text-field.json",
            expect: Fields(&[
                "admin_contact_url",
                "embed.parent_origins",
                "login_url",
                "mail_domain",
                "theme.background_color",
                "theme.text_color",
            ]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some(SCRIPT));
                assert_eq!(
                    c.admin_contact.as_deref(),
                    Some("<script src=//evil.example/x.js></script>")
                );
                assert_eq!(c.password_policy.weak_keywords, vec![SCRIPT]);
                assert_eq!(c.locale, Some(Locale::En));
                assert_eq!(c.embed, EmbedSettings::default());
                assert_eq!(c.theme, Theme::default());
            },
        },
        Case {
            file: "markup-in-unknown-keys.json",
            expect: Fields(&[
                IMG,
                "__proto__",
                "constructor",
                "qr.<script>alert(1)</script>",
            ]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(
                    *c,
                    Config {
                        company_name: c.company_name.clone(),
                        ..Config::default()
                    }
                );
            },
        },
        Case {
            file: "bidi-override-company-name.json",
            expect: Fields(&["company_name"]),
            check: |c| {
                assert_eq!(c.company_name, None);
                assert_eq!(c.admin_contact.as_deref(), Some("IT desk, ext. 4321"));
            },
        },
        Case {
            file: "bidi-controls-everywhere.json",
            expect: Fields(&[
                "admin_contact",
                "locale",
                "login_url",
                "mail_domain",
                "password_policy.weak_keywords[1]",
                "theme.font_family",
            ]),
            check: |c| {
                assert_eq!(c.password_policy.weak_keywords, vec!["qwerty"]);
                assert_eq!(
                    *c,
                    Config {
                        password_policy: c.password_policy.clone(),
                        ..Config::default()
                    }
                );
            },
        },
        Case {
            file: "zero-width-in-names.json",
            expect: Fields(&[
                "admin_contact",
                "company_name",
                "password_policy.weak_keywords[1]",
                "password_policy.weak_keywords[2]",
            ]),
            check: |c| {
                assert_eq!(
                    (c.company_name.as_deref(), c.admin_contact.as_deref()),
                    (None, None)
                );
                assert_eq!(c.password_policy.weak_keywords, vec!["ok"]);
                assert_eq!(c.qr.validity_seconds, 120);
            },
        },
        Case {
            file: "invisible-and-blank-names.json",
            expect: Fields(&[
                "admin_contact",
                "company_name",
                "password_policy.weak_keywords[1]",
            ]),
            check: |c| {
                assert_eq!(
                    (c.company_name.as_deref(), c.admin_contact.as_deref()),
                    (None, None)
                );
                assert!(c.password_policy.weak_keywords.is_empty());
                assert_eq!(c.mail_domain.as_deref(), Some("example.com"));
            },
        },
        Case {
            file: "control-characters.json",
            expect: Fields(&[
                "admin_contact",
                "company_name",
                "login_url",
                "password_policy.weak_keywords[1]",
            ]),
            check: defaults,
        },
        // ---- theme ----
        Case {
            file: "css-injection-in-theme.json",
            expect: Fields(&[
                "theme.background_color",
                "theme.corner_radius",
                "theme.font_family",
                "theme.primary_color",
                "theme.text_color",
            ]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(c.theme, Theme::default());
            },
        },
        Case {
            file: "unreadable-theme.json",
            expect: Fields(&[
                "theme.corner_radius",
                "theme.font_family",
                "theme.primary_color",
                "theme.text_color",
            ]),
            check: |c| assert_eq!(c.theme, Theme::default()),
        },
        Case {
            file: "translucent-theme.json",
            expect: Fields(&["theme.primary_color"]),
            check: |c| {
                assert_eq!(c.theme.primary, None);
                assert_eq!(c.theme.radius.as_deref(), Some("6px"));
            },
        },
        // ---- other ----
        Case {
            file: "bad-locale.json",
            expect: Fields(&["locale"]),
            check: |c| {
                assert_eq!(c.locale, None);
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
            },
        },
        Case {
            // The last of a repeated key wins (as in browsers), and is checked.
            file: "duplicate-keys.json",
            expect: Fields(&["company_name", "qr.validity_seconds"]),
            check: defaults,
        },
        Case {
            // The BOM is ignored, as the browser's Response.text() does.
            file: "bom-at-start.json",
            expect: Fields(&["qr.validity_seconds"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(c.qr, QrSettings::default());
            },
        },
        Case {
            // Read as the browser decodes it: invalid bytes become U+FFFD, which is visible.
            file: "invalid-utf8.json",
            expect: Fields(&["kiosk.enabled"]),
            check: |c| {
                assert_eq!(c.company_name.as_deref(), Some("Acme \u{FFFD}\u{FFFD}"));
                assert_eq!(c.kiosk, KioskSettings::default());
            },
        },
    ]
}

/// The files too big or too repetitive to commit, built here.
/// A generated file: its name, its text, what it must produce and what the config holds.
type Generated = (&'static str, String, Expect, fn(&Config));

fn generated() -> Vec<Generated> {
    use Expect::*;
    let defaults: fn(&Config) = defaults;
    let keywords = |n: usize| {
        let words: Vec<String> = (0..n).map(|i| format!("word{i}")).collect();
        serde_json::json!({ "company_name": "Acme", "password_policy": { "weak_keywords": words } })
            .to_string()
    };
    vec![
        (
            "10-mb-file",
            format!(r#"{{"company_name": "{}"}}"#, "a".repeat(10 << 20)),
            TooLarge,
            defaults,
        ),
        (
            "one-byte-over-the-limit",
            format!("{{}}{}", " ".repeat(MAX_CONFIG_BYTES - 1)),
            TooLarge,
            defaults,
        ),
        (
            "10000-deep-arrays",
            "[".repeat(10_000) + &"]".repeat(10_000),
            Malformed,
            defaults,
        ),
        (
            "10000-deep-objects",
            r#"{"a":"#.repeat(10_000) + "1" + &"}".repeat(10_000),
            Malformed,
            defaults,
        ),
        (
            "10000-deep-inside-a-field",
            format!(
                r#"{{"company_name": "Acme", "theme": {}{}}}"#,
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
            Malformed,
            defaults,
        ),
        (
            "10000-deep-unclosed",
            r#"{"company_name": "Acme", "qr": "#.to_string() + &"{\"x\": ".repeat(10_000),
            Malformed,
            defaults,
        ),
        (
            "10000-keywords",
            keywords(10_000),
            Fields(&["password_policy.weak_keywords"]),
            |c: &Config| {
                assert_eq!(c.company_name.as_deref(), Some("Acme"));
                assert_eq!(c.password_policy.weak_keywords.len(), MAX_WEAK_KEYWORDS);
                assert_eq!(c.password_policy.weak_keywords[0], "word0");
            },
        ),
    ]
}

/// The properties every loaded configuration has, whatever the input. Returns what is
/// violated, for use both in plain asserts and in property tests.
fn violations(c: &Config) -> Vec<String> {
    let mut v = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            v.push(what)
        }
    };
    let p = &c.password_policy;
    check(
        (1..=128).contains(&p.min_length) && p.min_length <= p.max_length && p.max_length <= 256,
        format!("lengths {}..{}", p.min_length, p.max_length),
    );
    check(
        (1..=4).contains(&p.required_classes),
        format!("classes {}", p.required_classes),
    );
    check(
        p.weak_keywords.len() <= MAX_WEAK_KEYWORDS,
        format!("{} keywords", p.weak_keywords.len()),
    );
    for w in &p.weak_keywords {
        check(
            !w.is_empty() && w.trim() == w,
            format!("keyword {w:?} blank or untrimmed"),
        );
    }
    check(
        (10..=3600).contains(&c.qr.validity_seconds),
        format!("validity {}", c.qr.validity_seconds),
    );
    check(
        (10..=86_400).contains(&c.kiosk.idle_seconds),
        format!("idle {}", c.kiosk.idle_seconds),
    );
    check(
        (5..=600).contains(&c.kiosk.warning_seconds),
        format!("warning {}", c.kiosk.warning_seconds),
    );

    // Free text: non-blank, trimmed, bounded. Markup is allowed (rendered as text).
    for (name, t) in [
        ("company_name", &c.company_name),
        ("admin_contact", &c.admin_contact),
    ] {
        if let Some(t) = t {
            check(
                !t.is_empty() && t.trim() == t && t.chars().count() <= MAX_TEXT_CHARS,
                format!("{name} {t:?}"),
            );
        }
    }
    if let Some(d) = &c.mail_domain {
        check(is_domain(d), format!("mail_domain {d:?}"));
    }
    if let Some(u) = &c.login_url {
        check(
            u.to_ascii_lowercase().starts_with("https://") && plain_url(u),
            format!("login_url {u:?}"),
        );
    }
    if let Some(u) = &c.admin_contact_url {
        let l = u.to_ascii_lowercase();
        check(
            (l.starts_with("https://") || l.starts_with("mailto:")) && plain_url(u),
            format!("admin_contact_url {u:?}"),
        );
    }
    for o in &c.embed.parent_origins {
        let loopback = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
            .iter()
            .any(|l| o == l || o.starts_with(&format!("{l}:")));
        let https = o.starts_with("https://") && !o[8..].contains(['/', '?', '#', '@']);
        check(
            (https || loopback) && plain_url(o) && *o == o.to_ascii_lowercase(),
            format!("origin {o:?}"),
        );
    }

    // Theme: canonical values only, and readable.
    for (prop, value) in c.theme.properties() {
        let ok = match prop {
            "--brand-primary" | "--brand-text" | "--brand-background" => {
                value.len() == 7
                    && value.starts_with('#')
                    && value[1..]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            }
            "--brand-radius" => {
                let num = value.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
                ["px", "rem", "em"].contains(&&value[num.len()..])
                    && !num.is_empty()
                    && num.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            }
            "--brand-font" => value
                .chars()
                .all(|ch| ch.is_alphanumeric() || " -_.,\"".contains(ch)),
            _ => false,
        };
        check(ok, format!("theme {prop}: {value:?}"));
    }
    if let Some(primary) = c.theme.primary {
        check(contrast(primary, WHITE) >= 4.5, "primary unreadable".into());
    }
    let text = c.theme.text.unwrap_or(DEFAULT_TEXT);
    let background = c.theme.background.unwrap_or(DEFAULT_BACKGROUND);
    check(
        contrast(text, background) >= 4.5,
        "text on background unreadable".into(),
    );

    // Nothing anywhere hides text or turns it around.
    for s in texts(c) {
        check(
            !s.chars().any(is_forbidden_char),
            format!("hidden character in {s:?}"),
        );
    }
    v
}

/// An address with no markup-capable, invisible or space characters.
fn plain_url(u: &str) -> bool {
    !u.to_ascii_lowercase().contains("javascript:")
        && !u
            .chars()
            .any(|c| c.is_whitespace() || is_forbidden_char(c) || "<>\"'`\\{}|^".contains(c))
}

/// Every string the configuration holds.
fn texts(c: &Config) -> Vec<String> {
    let mut all: Vec<String> = [
        &c.company_name,
        &c.mail_domain,
        &c.login_url,
        &c.admin_contact,
        &c.admin_contact_url,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    all.extend(c.password_policy.weak_keywords.iter().cloned());
    all.extend(c.embed.parent_origins.iter().cloned());
    all.extend(c.theme.properties().into_iter().map(|(_, v)| v));
    all
}

fn check_loaded(name: &str, loaded: &Loaded, expect: &Expect) {
    let c = &loaded.config;
    assert!(!loaded.problems.is_empty(), "{name}: no problem reported");
    match expect {
        Expect::Malformed => {
            assert!(
                matches!(loaded.problems.as_slice(), [ConfigError::Malformed { .. }]),
                "{name}: {:?}",
                loaded.problems
            )
        }
        Expect::NotAnObject => {
            assert_eq!(loaded.problems, vec![ConfigError::NotAnObject], "{name}")
        }
        Expect::TooLarge => assert_eq!(loaded.problems, vec![ConfigError::TooLarge], "{name}"),
        Expect::Fields(fields) => {
            let got: Vec<Option<&str>> = loaded.problems.iter().map(|p| p.field()).collect();
            let want: Vec<Option<&str>> = fields.iter().map(|f| Some(*f)).collect();
            assert_eq!(got, want, "{name}: {:?}", loaded.problems);
        }
    }
    if !matches!(expect, Expect::Fields(_)) {
        assert_eq!(
            *c,
            Config::default(),
            "{name}: an unreadable file gives every default"
        );
    }
    for p in &loaded.problems {
        for locale in Locale::ALL {
            let msg = p.message(locale);
            assert!(!msg.trim().is_empty(), "{name}: empty message for {p:?}");
            assert!(
                !msg.chars().any(is_forbidden_char),
                "{name}: hidden character in {msg:?}"
            );
            if let Some(field) = p.field() {
                assert!(msg.contains(field), "{name}: {msg:?} does not name {field}");
            }
        }
    }
    let bad = violations(c);
    assert!(bad.is_empty(), "{name}: {bad:?}");
}

fn read(file: &str) -> String {
    let path = format!("{}/tests/configs/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // As the browser's Response.text() decodes it.
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn every_corpus_file_gives_a_notice_the_defaults_for_what_is_wrong_and_a_usable_config() {
    for case in cases() {
        let loaded = parse(&read(case.file));
        check_loaded(case.file, &loaded, &case.expect);
        (case.check)(&loaded.config);
    }
}

#[test]
fn every_file_in_the_corpus_directory_is_in_the_table_and_there_are_at_least_30() {
    let dir = format!("{}/tests/configs", env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = cases().iter().map(|c| c.file.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    assert!(listed.len() >= 30, "{} files", listed.len());
}

#[test]
fn huge_and_deeply_nested_generated_files_are_refused_quickly() {
    for (name, text, expect, check) in generated() {
        let started = std::time::Instant::now();
        let loaded = parse(&text);
        check_loaded(name, &loaded, &expect);
        check(&loaded.config);
        // Generous for a debug build on a busy machine; a quadratic reader would blow it.
        assert!(
            started.elapsed().as_secs() < 2,
            "{name} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn the_invariant_check_can_fail() {
    // Guards the guard: a config violating each documented range is caught.
    let mut c = Config::default();
    assert!(violations(&c).is_empty());
    c.password_policy.min_length = 65;
    c.qr.validity_seconds = 5;
    c.login_url = Some("javascript:alert(1)".into());
    c.company_name = Some("Acme\u{202E}".into());
    c.embed.parent_origins = vec!["http://evil.example".into()];
    assert_eq!(violations(&c).len(), 5, "{:?}", violations(&c));
}

#[test]
fn a_clean_file_built_from_the_valid_values_used_above_has_no_problems() {
    // So the corpus tests fail for the reason they name, not for a typo in a sibling.
    let loaded = parse(
        r##"{"company_name": "Acme", "admin_contact": "IT desk, ext. 4321",
             "mail_domain": "xn--exmple-4nf.com", "login_url": "https://mail.example.com/alimail/",
             "admin_contact_url": "mailto:it@example.com",
             "password_policy": {"min_length": 10, "max_length": 64, "required_classes": 2,
                                 "weak_keywords": ["acme", "qwerty"]},
             "qr": {"validity_seconds": 120}, "kiosk": {"enabled": true},
             "embed": {"parent_origins": ["https://help.example.com", "http://localhost:8080"]},
             "theme": {"corner_radius": "6px"}, "locale": "en"}"##,
    );
    assert_eq!(loaded.problems, vec![]);
    assert!(violations(&loaded.config).is_empty());
}

// ---------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------

mod props {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Map, Value};

    const CASES: u32 = 96;

    const TOP: [&str; 11] = [
        "company_name",
        "mail_domain",
        "login_url",
        "admin_contact",
        "admin_contact_url",
        "password_policy",
        "qr",
        "kiosk",
        "embed",
        "theme",
        "locale",
    ];
    const NESTED: [&str; 15] = [
        "min_length",
        "max_length",
        "required_classes",
        "weak_keywords",
        "validity_seconds",
        "enabled",
        "idle_seconds",
        "warning_seconds",
        "parent_origins",
        "primary_color",
        "text_color",
        "background_color",
        "corner_radius",
        "font_family",
        "size",
    ];

    /// Strings that poke at every check: URLs, colours, markup, bidi, blanks, numbers.
    fn nasty_string() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "",
                " ",
                "Acme",
                "example.com",
                "https://mail.example.com/",
                "http://localhost:3000",
                "javascript:alert(1)",
                "https://a@b.example",
                "mailto:it@example.com",
                "#0050a0",
                "#fff",
                "#ffd54f",
                "#00000080",
                "6px",
                "1e3px",
                "Arial, sans-serif",
                "zh-CN",
                "en",
                IMG,
                SCRIPT,
                "Acme\u{202E}",
                "a\u{200B}b",
                "\u{3164}",
                "ex\u{430}mple.com",
                "-1",
            ])
            .prop_map(String::from),
            any::<String>(),
            "[a-z#:/.<>@\u{202E} -]{0,16}",
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(|n| json!(n)),
            (0u64..5000).prop_map(|n| json!(n)),
            any::<i64>().prop_map(|n| json!(n)),
            any::<f64>().prop_map(|f| json!(f)),
            nasty_string().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec(
                    (
                        prop::sample::select(NESTED.to_vec()).prop_map(String::from),
                        inner
                    ),
                    0..6
                )
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    fn config_like() -> impl Strategy<Value = String> {
        prop::collection::vec(
            (
                prop::sample::select(TOP.to_vec()).prop_map(String::from),
                json_value(),
            ),
            0..10,
        )
        .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>()).to_string())
    }

    /// One top-level setting written either validly or not, with whether it was valid.
    /// Valid values are chosen so that they are valid together too (lengths, contrast).
    fn setting() -> impl Strategy<Value = (&'static str, Value, bool)> {
        let pick = |key: &'static str, good: Vec<Value>, bad: Vec<Value>| {
            prop_oneof![
                prop::sample::select(good).prop_map(move |v| (key, v, true)),
                prop::sample::select(bad).prop_map(move |v| (key, v, false)),
            ]
        };
        // Wrong types: for a text setting an object is wrong, for a section a string.
        let with = |mut extra: Vec<Value>| {
            extra.extend([Value::Null, json!(1), json!(true), json!([]), json!({})]);
            extra
        };
        let with_obj = |mut extra: Vec<Value>| {
            extra.extend([Value::Null, json!(1), json!(true), json!([]), json!("x")]);
            extra
        };
        prop_oneof![
            pick(
                "company_name",
                vec![json!("Acme"), json!(IMG), json!("阿里巴巴")],
                with(vec![json!(""), json!("A\u{202E}"), json!("x".repeat(201))])
            ),
            pick(
                "admin_contact",
                vec![json!("IT desk"), json!(SCRIPT)],
                with(vec![json!("  "), json!("a\u{200D}b")])
            ),
            pick(
                "mail_domain",
                vec![json!("Example.COM"), json!("xn--fiq228c.com")],
                with(vec![
                    json!("ex\u{430}mple.com"),
                    json!("example"),
                    json!("<b>x.com</b>")
                ])
            ),
            pick(
                "login_url",
                vec![
                    json!("https://mail.example.com/alimail/"),
                    json!("HTTPS://Mail.Example.com")
                ],
                with(vec![
                    json!("http://mail.example.com"),
                    json!("javascript:alert(1)"),
                    json!("https://a@evil.example"),
                    json!("https://x.example/\"><script>")
                ])
            ),
            pick(
                "admin_contact_url",
                vec![
                    json!("mailto:it@example.com"),
                    json!("https://it.example.com/t?x=1")
                ],
                with(vec![
                    json!("tel:123"),
                    json!("mailto:"),
                    json!("vbscript:x")
                ])
            ),
            pick(
                "password_policy",
                vec![
                    json!({"min_length": 12, "max_length": 128, "required_classes": 4, "weak_keywords": ["acme", IMG]}),
                    json!({"max_length": 64}),
                    json!({})
                ],
                with_obj(vec![
                    json!({"min_length": 100, "max_length": 20}),
                    json!({"required_classes": 0}),
                    json!({"weak_keywords": [""]}),
                    json!({"weak_keywords": [1]}),
                    json!({"min_length": "8"})
                ])
            ),
            pick(
                "qr",
                vec![
                    json!({"validity_seconds": 10}),
                    json!({"validity_seconds": 3600})
                ],
                with_obj(vec![
                    json!({"validity_seconds": 9}),
                    json!({"validity_seconds": 3601}),
                    json!({"ttl": 5})
                ])
            ),
            pick(
                "kiosk",
                vec![json!({"enabled": true, "idle_seconds": 60, "warning_seconds": 5})],
                with_obj(vec![
                    json!({"enabled": "yes"}),
                    json!({"warning_seconds": 601})
                ])
            ),
            pick(
                "embed",
                vec![json!({"parent_origins": ["https://help.example.com", "http://[::1]:8080"]})],
                with_obj(vec![
                    json!({"parent_origins": ["*"]}),
                    json!({"parent_origins": "https://a.example"})
                ])
            ),
            pick(
                "theme",
                vec![
                    json!({"primary_color": "#0050A0", "text_color": "#111", "background_color": "#FFFFFF", "font_family": "'Noto Sans SC', sans-serif"}),
                    json!({"corner_radius": "0"})
                ],
                with_obj(vec![
                    json!({"primary_color": "#ffd54f"}),
                    json!({"font_family": "a;b"}),
                    json!({"corner_radius": "33px"})
                ])
            ),
            pick(
                "locale",
                vec![json!("zh-CN"), json!("en")],
                with(vec![json!("fr"), json!("")])
            ),
            Just(("unknown_setting", json!(1), false)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_text_parses_to_a_config_within_its_documented_ranges(s in "\\PC{0,300}") {
            let loaded = parse(&s);
            let bad = violations(&loaded.config);
            prop_assert!(bad.is_empty(), "{:?}", bad);
        }

        #[test]
        fn any_json_with_the_known_keys_parses_to_a_config_within_its_ranges(text in config_like()) {
            let loaded = parse(&text);
            let bad = violations(&loaded.config);
            prop_assert!(bad.is_empty(), "{:?}", bad);
            for p in &loaded.problems {
                prop_assert!(!p.message(Locale::En).is_empty() && !p.message(Locale::ZhCn).is_empty());
            }
        }

        #[test]
        fn any_string_in_any_text_setting_keeps_the_invariants(
            key in prop::sample::select(vec!["company_name", "admin_contact", "mail_domain",
                "login_url", "admin_contact_url", "locale"]),
            section in prop::sample::select(vec![("theme", "primary_color"), ("theme", "text_color"),
                ("theme", "background_color"), ("theme", "corner_radius"), ("theme", "font_family")]),
            s in nasty_string(),
            t in nasty_string(),
            origin in nasty_string(),
            keyword in nasty_string(),
        ) {
            let text = json!({
                key: s, section.0: { section.1: t },
                "embed": { "parent_origins": [origin] },
                "password_policy": { "weak_keywords": [keyword] },
            }).to_string();
            let loaded = parse(&text);
            let bad = violations(&loaded.config);
            prop_assert!(bad.is_empty(), "{:?}", bad);
        }

        #[test]
        fn problems_are_empty_exactly_when_every_setting_is_valid(
            settings in prop::collection::vec(setting(), 0..8),
        ) {
            let mut obj = Map::new();
            let mut wrong: Vec<&str> = Vec::new();
            for (key, value, valid) in settings {
                // A repeated key keeps its last value, as in the parser.
                obj.insert(key.to_string(), value);
                wrong.retain(|k| *k != key);
                if !valid {
                    wrong.push(key);
                }
            }
            let loaded = parse(&Value::Object(obj).to_string());
            prop_assert_eq!(loaded.problems.is_empty(), wrong.is_empty(), "{:?}", loaded.problems);
            // Every problem is about a setting that was wrong, and every wrong one is named.
            let top = |p: &ConfigError| {
                p.field().map(|f| f.split(['.', '[']).next().unwrap_or(f).to_string())
            };
            for p in &loaded.problems {
                let t = top(p);
                prop_assert!(t.as_deref().is_some_and(|t| wrong.contains(&t)), "{:?} not in {:?}", p, wrong);
            }
            for w in &wrong {
                prop_assert!(loaded.problems.iter().any(|p| top(p).as_deref() == Some(*w)), "{} not named", w);
            }
            let bad = violations(&loaded.config);
            prop_assert!(bad.is_empty(), "{:?}", bad);
        }
    }
}
