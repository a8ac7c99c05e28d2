//! The words of the frame around every page, from the configuration: the company's name
//! (or the catalog's stand-in), the header's tagline, the document title, and whom the
//! footer tells a stuck visitor to ask. `ui::shell` and `ui::app` only render them.

use super::config::Config;
use super::i18n::{Locale, Msg};

/// The company's name from the configuration, or the catalog's stand-in ("company").
pub fn company_name(config: &Config, locale: Locale) -> String {
    config
        .company_name
        .clone()
        .unwrap_or_else(|| Msg::DefaultCompany.text(locale).into())
}

/// The header's tagline, with the company's name: "Get back into your … mailbox", or
/// without one its own phrasing.
pub fn tagline(config: &Config, locale: Locale) -> String {
    match &config.company_name {
        Some(name) => Msg::Tagline.fill(locale, &[("company", name)]),
        None => Msg::TaglineGeneric.text(locale).to_string(),
    }
}

/// The document title: the page's heading followed by the product name, or the product
/// name alone (the start page).
pub fn page_title(heading: Option<&str>, locale: Locale) -> String {
    let product = Msg::ProductName.text(locale);
    match heading {
        Some(heading) => format!("{heading} – {product}"),
        None => product.to_string(),
    }
}

/// Whom the footer tells a stuck visitor to ask, from `admin_contact` and
/// `admin_contact_url`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// The administrator's name, linked to their address.
    Linked {
        /// As configured.
        name: String,
        /// A `mailto:` or `https:` address.
        url: String,
    },
    /// The name alone: no address is configured, or this is a kiosk.
    Name(String),
    /// The address alone, linked, and shown without its `mailto:`.
    Address {
        /// The address as the visitor reads it.
        shown: String,
        /// The address as linked.
        url: String,
    },
    /// Nobody is configured: the footer says to ask the IT help desk or the postmaster.
    Unknown,
}

impl Contact {
    /// The contact the footer shows for `config`. A kiosk shows no address, not even as
    /// text in place of the name: nothing may leave its page.
    pub fn of(config: &Config) -> Contact {
        let url = config
            .admin_contact_url
            .clone()
            .filter(|_| !config.kiosk.enabled);
        match (config.admin_contact.clone(), url) {
            (Some(name), Some(url)) => Contact::Linked { name, url },
            (Some(name), None) => Contact::Name(name),
            (None, Some(url)) => Contact::Address {
                shown: url.trim_start_matches("mailto:").to_string(),
                url,
            },
            (None, None) => Contact::Unknown,
        }
    }

    /// The words before the name or address ("Still stuck? Your mail administrator:"), or
    /// the whole sentence when nobody is configured.
    pub fn lead(&self) -> Msg {
        match self {
            Contact::Unknown => Msg::FooterAdminUnknown,
            _ => Msg::FooterAdmin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(name: Option<&str>, url: Option<&str>, kiosk: bool) -> Config {
        let mut c = Config {
            admin_contact: name.map(String::from),
            admin_contact_url: url.map(String::from),
            ..Config::default()
        };
        c.kiosk.enabled = kiosk;
        c
    }

    #[test]
    fn the_company_is_named_or_stood_in_for() {
        let mut c = Config::default();
        assert_eq!(company_name(&c, Locale::En), "company");
        assert_eq!(company_name(&c, Locale::ZhCn), "公司");
        assert_eq!(
            tagline(&c, Locale::En),
            "Get back into your company mailbox"
        );
        assert_eq!(tagline(&c, Locale::ZhCn), "帮您重新登录企业邮箱");
        c.company_name = Some("Example Trading Ltd".into());
        assert_eq!(company_name(&c, Locale::ZhCn), "Example Trading Ltd");
        assert_eq!(
            tagline(&c, Locale::En),
            "Get back into your Example Trading Ltd mailbox"
        );
        assert_eq!(
            tagline(&c, Locale::ZhCn),
            "帮您重新登录 Example Trading Ltd 企业邮箱"
        );
        c.company_name = Some("阿里巴巴".into());
        assert_eq!(tagline(&c, Locale::ZhCn), "帮您重新登录阿里巴巴企业邮箱");
    }

    #[test]
    fn a_title_is_the_heading_then_the_product() {
        assert_eq!(page_title(None, Locale::En), "Mail Recovery Assistant");
        assert_eq!(
            page_title(Some("Page not found"), Locale::En),
            "Page not found – Mail Recovery Assistant"
        );
        assert_eq!(
            page_title(Some("设置新密码"), Locale::ZhCn),
            "设置新密码 – 邮箱登录恢复助手"
        );
    }

    #[test]
    fn the_footer_links_the_contact_it_has() {
        let mail = "mailto:it-help@example.com";
        assert_eq!(
            Contact::of(&config(Some("IT Help Desk"), Some(mail), false)),
            Contact::Linked {
                name: "IT Help Desk".into(),
                url: mail.into()
            }
        );
        assert_eq!(
            Contact::of(&config(Some("IT Help Desk"), None, false)),
            Contact::Name("IT Help Desk".into())
        );
        assert_eq!(
            Contact::of(&config(None, Some(mail), false)),
            Contact::Address {
                shown: "it-help@example.com".into(),
                url: mail.into()
            }
        );
        let https = "https://help.example.com/mail";
        assert_eq!(
            Contact::of(&config(None, Some(https), false)),
            Contact::Address {
                shown: https.into(),
                url: https.into()
            }
        );
        assert_eq!(Contact::of(&config(None, None, false)), Contact::Unknown);
    }

    #[test]
    fn a_kiosk_footer_links_nothing() {
        let mail = "mailto:it-help@example.com";
        assert_eq!(
            Contact::of(&config(Some("IT Help Desk"), Some(mail), true)),
            Contact::Name("IT Help Desk".into())
        );
        assert_eq!(
            Contact::of(&config(None, Some(mail), true)),
            Contact::Unknown
        );
    }

    #[test]
    fn the_lead_says_whom_to_ask() {
        assert_eq!(Contact::Unknown.lead(), Msg::FooterAdminUnknown);
        assert_eq!(Contact::Name("x".into()).lead(), Msg::FooterAdmin);
        assert_eq!(
            Msg::FooterAdminUnknown.text(Locale::En),
            "Still stuck? Ask your IT help desk or mail administrator (postmaster)."
        );
    }
}
