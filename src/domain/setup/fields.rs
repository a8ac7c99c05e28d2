//! Every field of `config.json`, in the order and groups the setup page shows them, and
//! which of them a problem the reader found belongs to ([`field_of`]).

use crate::domain::config::{range_of, ConfigError, MAX_TEXT_CHARS, MAX_WEAK_KEYWORDS};
use crate::domain::i18n::{Locale, SetupMsg};

/// A group of fields on the setup page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The company's name.
    Company,
    /// The login address and the mail domain.
    Login,
    /// Whom a stuck employee asks.
    Contact,
    /// The password policy.
    Policy,
    /// The QR login demo.
    Qr,
    /// Help-desk kiosk mode.
    Kiosk,
    /// Running in an iframe on a company page.
    Embedding,
    /// Colours, corners and fonts.
    Theme,
    /// The preferred language.
    Language,
}

/// What kind of value a field holds, which decides its control on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// A whole number.
    Number,
    /// Yes or no.
    Switch,
    /// A list of strings, one per line.
    Lines,
    /// A `#rrggbb` colour.
    Colour,
    /// One of the interface languages.
    Language,
}

/// One field of `config.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Its path in the file, as the reader names it in its problems
    /// (`password_policy.min_length`).
    pub key: &'static str,
    /// Where the page shows it.
    pub group: Group,
    /// Its control.
    pub kind: Kind,
    /// Its label.
    pub label: SetupMsg,
    /// Its rule and default, with `{min}`, `{max}`, `{default}` and `{limit}` to fill
    /// ([`Field::rule_text`]).
    pub rule: SetupMsg,
}

impl Field {
    /// The field's rule in `locale`, with its range, its default (`default`, as the form
    /// shows it) and its limit filled in from the configuration's own constants.
    pub fn rule_text(&self, locale: Locale, default: &str) -> String {
        let (min, max) = range_of(self.key).unwrap_or((0, 0));
        let limit = if self.kind == Kind::Lines {
            MAX_WEAK_KEYWORDS
        } else {
            MAX_TEXT_CHARS
        };
        self.rule.fill(
            locale,
            &[
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("default", default),
                ("limit", &limit.to_string()),
            ],
        )
    }
}

impl Group {
    /// The group's heading.
    pub fn heading(self) -> SetupMsg {
        match self {
            Group::Company => SetupMsg::GroupCompany,
            Group::Login => SetupMsg::GroupLogin,
            Group::Contact => SetupMsg::GroupContact,
            Group::Policy => SetupMsg::GroupPolicy,
            Group::Qr => SetupMsg::GroupQr,
            Group::Kiosk => SetupMsg::GroupKiosk,
            Group::Embedding => SetupMsg::GroupEmbedding,
            Group::Theme => SetupMsg::GroupTheme,
            Group::Language => SetupMsg::GroupLanguage,
        }
    }
}

const fn field(
    key: &'static str,
    group: Group,
    kind: Kind,
    label: SetupMsg,
    rule: SetupMsg,
) -> Field {
    Field {
        key,
        group,
        kind,
        label,
        rule,
    }
}

/// Every field of the file, grouped, in the page's order. A test checks that it names
/// exactly the fields [`super::config_json`] writes for a configuration where every field
/// differs from its default, and `config_json` names every field of
/// [`Config`](crate::domain::config::Config) (a destructuring without `..`), so a field
/// added to the configuration cannot be missing from the page.
pub const FIELDS: [Field; 21] = [
    field(
        "company_name",
        Group::Company,
        Kind::Text,
        SetupMsg::FieldCompanyName,
        SetupMsg::RuleCompanyName,
    ),
    field(
        "login_url",
        Group::Login,
        Kind::Text,
        SetupMsg::FieldLoginUrl,
        SetupMsg::RuleLoginUrl,
    ),
    field(
        "mail_domain",
        Group::Login,
        Kind::Text,
        SetupMsg::FieldMailDomain,
        SetupMsg::RuleMailDomain,
    ),
    field(
        "admin_contact",
        Group::Contact,
        Kind::Text,
        SetupMsg::FieldAdminContact,
        SetupMsg::RuleAdminContact,
    ),
    field(
        "admin_contact_url",
        Group::Contact,
        Kind::Text,
        SetupMsg::FieldAdminContactUrl,
        SetupMsg::RuleAdminContactUrl,
    ),
    field(
        "password_policy.min_length",
        Group::Policy,
        Kind::Number,
        SetupMsg::FieldMinLength,
        SetupMsg::RuleMinLength,
    ),
    field(
        "password_policy.max_length",
        Group::Policy,
        Kind::Number,
        SetupMsg::FieldMaxLength,
        SetupMsg::RuleMaxLength,
    ),
    field(
        "password_policy.required_classes",
        Group::Policy,
        Kind::Number,
        SetupMsg::FieldRequiredClasses,
        SetupMsg::RuleRequiredClasses,
    ),
    field(
        "password_policy.weak_keywords",
        Group::Policy,
        Kind::Lines,
        SetupMsg::FieldWeakKeywords,
        SetupMsg::RuleWeakKeywords,
    ),
    field(
        "qr.validity_seconds",
        Group::Qr,
        Kind::Number,
        SetupMsg::FieldQrValidity,
        SetupMsg::RuleQrValidity,
    ),
    field(
        "kiosk.enabled",
        Group::Kiosk,
        Kind::Switch,
        SetupMsg::FieldKioskEnabled,
        SetupMsg::RuleKioskEnabled,
    ),
    field(
        "kiosk.idle_seconds",
        Group::Kiosk,
        Kind::Number,
        SetupMsg::FieldKioskIdle,
        SetupMsg::RuleKioskIdle,
    ),
    field(
        "kiosk.warning_seconds",
        Group::Kiosk,
        Kind::Number,
        SetupMsg::FieldKioskWarning,
        SetupMsg::RuleKioskWarning,
    ),
    field(
        "embed.parent_origins",
        Group::Embedding,
        Kind::Lines,
        SetupMsg::FieldParentOrigins,
        SetupMsg::RuleParentOrigins,
    ),
    field(
        "embed.hide_header",
        Group::Embedding,
        Kind::Switch,
        SetupMsg::FieldHideHeader,
        SetupMsg::RuleHideHeader,
    ),
    field(
        "theme.primary_color",
        Group::Theme,
        Kind::Colour,
        SetupMsg::FieldPrimaryColor,
        SetupMsg::RulePrimaryColor,
    ),
    field(
        "theme.text_color",
        Group::Theme,
        Kind::Colour,
        SetupMsg::FieldTextColor,
        SetupMsg::RuleTextColor,
    ),
    field(
        "theme.background_color",
        Group::Theme,
        Kind::Colour,
        SetupMsg::FieldBackgroundColor,
        SetupMsg::RuleBackgroundColor,
    ),
    field(
        "theme.corner_radius",
        Group::Theme,
        Kind::Text,
        SetupMsg::FieldCornerRadius,
        SetupMsg::RuleCornerRadius,
    ),
    field(
        "theme.font_family",
        Group::Theme,
        Kind::Text,
        SetupMsg::FieldFontFamily,
        SetupMsg::RuleFontFamily,
    ),
    field(
        "locale",
        Group::Language,
        Kind::Language,
        SetupMsg::FieldLocale,
        SetupMsg::RuleLocale,
    ),
];

/// Where the setup page shows a problem the reader found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// At its field; an item of a list (`password_policy.weak_keywords[3]`) at the list.
    Field(&'static Field),
    /// At the head of a group: a whole object of the file is wrong (`"kiosk": []`).
    Group(Group),
    /// A field the assistant does not know, listed apart.
    Unknown,
    /// The whole file: not JSON, too large, not an object, not found.
    File,
}

/// Where the setup page shows `problem`.
pub fn place_of(problem: &ConfigError) -> Place {
    if matches!(problem, ConfigError::UnknownField { .. }) {
        return Place::Unknown;
    }
    let Some(path) = problem.field() else {
        return Place::File;
    };
    let path = path.split_once('[').map_or(path, |(list, _)| list);
    if let Some(f) = FIELDS.iter().find(|f| f.key == path) {
        return Place::Field(f);
    }
    let prefix = format!("{path}.");
    FIELDS
        .iter()
        .find(|f| f.key.starts_with(&prefix))
        .map_or(Place::File, |f| Place::Group(f.group))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::parse;

    #[test]
    fn every_field_has_its_own_label_and_a_rule_with_nothing_left_to_fill() {
        let defaults = crate::domain::setup::default_values();
        for locale in Locale::ALL {
            for (f, default) in FIELDS.iter().zip(&defaults) {
                let rule = f.rule_text(locale, default);
                assert!(!rule.contains('{'), "{}: {rule}", f.key);
                assert!(
                    FIELDS.iter().filter(|g| g.label == f.label).count() == 1,
                    "{}",
                    f.key
                );
            }
        }
        let min = &FIELDS[FIELDS
            .iter()
            .position(|f| f.key == "password_policy.min_length")
            .unwrap()];
        assert_eq!(
            min.rule_text(Locale::En, "8"),
            "Characters, 1 to 128, at most the longest. Default: 8. Some Alibaba Mail admin pages say 9."
        );
        assert!(FIELDS[8].rule_text(Locale::En, "").contains("at most 500"));
        assert_eq!(Group::Kiosk.heading().text(Locale::ZhCn), "服务台自助终端");
    }

    #[test]
    fn every_problem_of_every_test_file_has_a_place_on_the_page() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/configs");
        let (mut fields, mut groups) = (0, 0);
        for entry in std::fs::read_dir(dir).expect("tests/configs") {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for problem in parse(&text).problems {
                match place_of(&problem) {
                    Place::Field(_) => fields += 1,
                    Place::Group(_) => groups += 1,
                    Place::Unknown => {
                        assert!(matches!(problem, ConfigError::UnknownField { .. }))
                    }
                    // Only problems of the whole file have no field.
                    Place::File => assert_eq!(problem.field(), None, "{}", path.display()),
                }
            }
        }
        assert!(fields > 20 && groups > 0, "{fields} {groups}");
        let item = ConfigError::InvalidValue {
            field: "password_policy.weak_keywords[3]".into(),
            reason: crate::domain::config::Invalid::ControlChars,
        };
        assert!(
            matches!(place_of(&item), Place::Field(f) if f.key == "password_policy.weak_keywords")
        );
        let whole = ConfigError::WrongType {
            field: "kiosk".into(),
            expected: crate::domain::config::Expected::Object,
        };
        assert_eq!(place_of(&whole), Place::Group(Group::Kiosk));
    }
}
