//! What a validated configuration holds: [`Config`], with each feature's own settings type
//! in it, the embedding settings that have no domain feature of their own, and the limits
//! the reader holds the file to.

use crate::domain::i18n::Locale;
use crate::domain::kiosk::KioskSettings;
use crate::domain::policy::PasswordPolicy;
use crate::domain::qr::QrSettings;
use crate::domain::theme::Theme;

/// The largest `config.json` accepted, in bytes. Real files are a few kilobytes.
pub const MAX_CONFIG_BYTES: usize = 1024 * 1024;
/// The most weak-password keywords a postmaster can set in Alibaba Mail.
pub const MAX_WEAK_KEYWORDS: usize = 500;
/// Longest accepted free-text value (company name, admin contact).
pub const MAX_TEXT_CHARS: usize = 200;

/// The range of each number of the file, as (field, least, most): the reader holds the
/// file to them and the setup page shows them, from this one table.
pub const RANGES: [(&str, u64, u64); 6] = [
    ("password_policy.min_length", 1, 128),
    ("password_policy.max_length", 1, 256),
    ("password_policy.required_classes", 1, 4),
    ("qr.validity_seconds", 10, 3600),
    ("kiosk.idle_seconds", 10, 86_400),
    ("kiosk.warning_seconds", 5, 600),
];

/// The range of the number at `field`, from [`RANGES`].
pub fn range_of(field: &str) -> Option<(u64, u64)> {
    RANGES
        .iter()
        .find(|(f, _, _)| *f == field)
        .map(|&(_, min, max)| (min, max))
}

/// Settings for running inside an iframe on a company page.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedSettings {
    /// Exact origins (`https://help.example.com`) allowed to receive messages.
    pub parent_origins: Vec<String>,
    /// Whether to leave out the product name and tagline when framed: the host page has
    /// its own heading. The language switch stays. Has no effect outside a frame.
    pub hide_header: bool,
}

/// The whole validated configuration.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Config {
    /// The company's display name.
    pub company_name: Option<String>,
    /// The company's mail domain, lower-case ASCII, such as `example.com`.
    pub mail_domain: Option<String>,
    /// The company's webmail login page (https only).
    pub login_url: Option<String>,
    /// Who to contact: a name, phone or desk.
    pub admin_contact: Option<String>,
    /// A `mailto:` or `https:` link for the administrator.
    pub admin_contact_url: Option<String>,
    /// The password policy.
    pub password_policy: PasswordPolicy,
    /// QR demo settings.
    pub qr: QrSettings,
    /// Kiosk settings.
    pub kiosk: KioskSettings,
    /// Embedding settings.
    pub embed: EmbedSettings,
    /// The company's colours, corner radius and fonts, validated.
    pub theme: Theme,
    /// The company's preferred language, when it set one. A `?lang=` in the address
    /// wins over it; without either the browser's languages decide (see
    /// [`crate::domain::i18n::choose_locale`]).
    pub locale: Option<Locale>,
}
