//! Every field of `config.json`, in the order and groups the setup page shows them, and
//! which of them a problem the reader found belongs to ([`field_of`]).

use crate::domain::config::ConfigError;

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
}

const fn field(key: &'static str, group: Group, kind: Kind) -> Field {
    Field { key, group, kind }
}

/// Every field of the file, grouped, in the page's order. A test checks that it names
/// exactly the fields [`super::config_json`] writes for a configuration where every field
/// differs from its default, and `config_json` names every field of
/// [`Config`](crate::domain::config::Config) (a destructuring without `..`), so a field
/// added to the configuration cannot be missing from the page.
pub const FIELDS: [Field; 21] = [
    field("company_name", Group::Company, Kind::Text),
    field("login_url", Group::Login, Kind::Text),
    field("mail_domain", Group::Login, Kind::Text),
    field("admin_contact", Group::Contact, Kind::Text),
    field("admin_contact_url", Group::Contact, Kind::Text),
    field("password_policy.min_length", Group::Policy, Kind::Number),
    field("password_policy.max_length", Group::Policy, Kind::Number),
    field(
        "password_policy.required_classes",
        Group::Policy,
        Kind::Number,
    ),
    field("password_policy.weak_keywords", Group::Policy, Kind::Lines),
    field("qr.validity_seconds", Group::Qr, Kind::Number),
    field("kiosk.enabled", Group::Kiosk, Kind::Switch),
    field("kiosk.idle_seconds", Group::Kiosk, Kind::Number),
    field("kiosk.warning_seconds", Group::Kiosk, Kind::Number),
    field("embed.parent_origins", Group::Embedding, Kind::Lines),
    field("embed.hide_header", Group::Embedding, Kind::Switch),
    field("theme.primary_color", Group::Theme, Kind::Colour),
    field("theme.text_color", Group::Theme, Kind::Colour),
    field("theme.background_color", Group::Theme, Kind::Colour),
    field("theme.corner_radius", Group::Theme, Kind::Text),
    field("theme.font_family", Group::Theme, Kind::Text),
    field("locale", Group::Language, Kind::Language),
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
