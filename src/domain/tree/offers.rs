//! What an outcome page offers beside its text, for the reader it speaks to and the
//! device it is on: the admin console's address, Copy summary and Print
//! ([`OutcomeOffers`]), and the words under the 209 page's email field
//! ([`LoginHint::lead`]). The UI shows what these say and decides none of it.

use super::{ChineseMessage, LoginHint, Outcome, Reader};
use crate::domain::i18n::{Locale, Msg};

/// The parts of an outcome page that depend on who reads it and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutcomeOffers {
    /// The admin console's address, under this heading; `None` when not shown.
    pub console: Option<Msg>,
    /// "Copy summary for your administrator".
    pub copy_summary: bool,
    /// "Print these steps".
    pub print: bool,
}

impl OutcomeOffers {
    /// The offers of `outcome` for `reader`, on a kiosk or not.
    ///
    /// The console is shown where the page sends someone to it: as a link for an
    /// administrator (an employee cannot use it), and on a kiosk as a code to scan with a
    /// phone, whoever reads. The summary is for employees to send, so an administrator's
    /// page has none. A kiosk offers neither copying (its clipboard is shared with the
    /// next visitor) nor printing (the visitor has no printer there).
    pub fn of(outcome: &Outcome, reader: Reader, kiosk: bool) -> OutcomeOffers {
        // One address, two names: the heading says the one the page's steps use.
        let cloud = outcome.names_cloud_console();
        let console = (outcome.uses_placeholder("console_url")
            && (kiosk || reader == Reader::Administrator))
            .then_some(match (kiosk, cloud) {
                (true, false) => Msg::KioskConsoleHeading,
                (true, true) => Msg::KioskCloudConsoleHeading,
                (false, false) => Msg::ConsoleHeading,
                (false, true) => Msg::CloudConsoleHeading,
            });
        OutcomeOffers {
            console,
            copy_summary: !kiosk && reader == Reader::Employee,
            print: !kiosk,
        }
    }
}

impl ChineseMessage {
    /// How the Chinese interface shows this wording of the error: the label before it,
    /// and whether it goes in quotation marks. Only a confirmed form is quoted; any other
    /// is labelled as our translation, so nobody searches for words the page never says.
    pub fn shown_as(&self) -> (Msg, bool) {
        if self.confirmed {
            (Msg::ErrorChineseConfirmed, true)
        } else {
            (Msg::ErrorChineseUnconfirmed, false)
        }
    }
}

impl LoginHint {
    /// The sentence shown before the address (or instead of it), and the address to show.
    pub fn lead(&self, locale: Locale) -> (String, Option<&str>) {
        match self {
            LoginHint::Probably(url) => (Msg::LoginAddressIs.text(locale).to_string(), Some(url)),
            LoginHint::NotAtCompanyDomain(domain) => (
                Msg::LoginAddressForeign.fill(locale, &[("domain", domain)]),
                None,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::Tree;

    fn outcome(id: &str) -> &'static Outcome {
        Tree::shipped().outcome(id).expect("a shipped outcome")
    }

    #[test]
    fn the_console_shows_for_administrators_and_on_kiosks_where_the_page_uses_it() {
        let unlock = outcome("postmaster-unlock");
        assert!(unlock.uses_placeholder("console_url"));
        let of = |reader, kiosk| OutcomeOffers::of(unlock, reader, kiosk).console;
        assert_eq!(of(Reader::Administrator, false), Some(Msg::ConsoleHeading));
        assert_eq!(
            of(Reader::Administrator, true),
            Some(Msg::KioskConsoleHeading)
        );
        assert_eq!(of(Reader::Employee, true), Some(Msg::KioskConsoleHeading));
        assert_eq!(of(Reader::Employee, false), None);
        let without = Tree::shipped()
            .outcomes()
            .find(|o| !o.uses_placeholder("console_url"))
            .expect("a page without the console");
        assert_eq!(
            OutcomeOffers::of(without, Reader::Administrator, true).console,
            None
        );
    }

    #[test]
    fn only_a_confirmed_chinese_form_is_quoted_and_the_other_says_it_is_a_translation() {
        let form = |id| outcome(id).error_message_zh.as_ref().expect(id);
        assert_eq!(
            form("account-locked").shown_as(),
            (Msg::ErrorChineseConfirmed, true)
        );
        let (label, quoted) = form("credentials-rejected").shown_as();
        assert_eq!((label, quoted), (Msg::ErrorChineseUnconfirmed, false));
        assert!(label.text(Locale::ZhCn).contains("译文"));
        assert!(label.text(Locale::En).contains("translation"));
    }

    #[test]
    fn the_consoles_heading_names_the_console_the_page_sends_the_reader_to() {
        let of = |id| OutcomeOffers::of(outcome(id), Reader::Administrator, false).console;
        assert_eq!(of("postmaster-unlock"), Some(Msg::ConsoleHeading));
        assert_eq!(of("postmaster-reset"), Some(Msg::CloudConsoleHeading));
        assert_eq!(
            OutcomeOffers::of(outcome("cloud-support"), Reader::Employee, true).console,
            Some(Msg::KioskCloudConsoleHeading)
        );
    }

    #[test]
    fn the_summary_is_for_employees_off_kiosks_and_print_for_everyone_off_kiosks() {
        let o = outcome("account-locked");
        let offers = |reader, kiosk| {
            let x = OutcomeOffers::of(o, reader, kiosk);
            (x.copy_summary, x.print)
        };
        assert_eq!(offers(Reader::Employee, false), (true, true));
        assert_eq!(offers(Reader::Administrator, false), (false, true));
        assert_eq!(offers(Reader::Employee, true), (false, false));
        assert_eq!(offers(Reader::Administrator, true), (false, false));
    }

    #[test]
    fn the_login_hint_leads_with_the_address_or_the_domain_to_check() {
        let probably = LoginHint::Probably("https://qiye.aliyun.com".into());
        assert_eq!(
            probably.lead(Locale::En),
            (
                "Your login address is probably:".to_string(),
                Some("https://qiye.aliyun.com")
            )
        );
        let foreign = LoginHint::NotAtCompanyDomain("example.com".into());
        for locale in Locale::ALL {
            let (lead, url) = foreign.lead(locale);
            assert!(lead.contains("example.com"), "{lead}");
            assert_eq!(url, None);
        }
    }
}
