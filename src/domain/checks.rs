//! Text and address checks that several features share: which characters may never be
//! shown, what a plain domain name is, what an https address or an exact origin may hold.
//!
//! A leaf: it imports nothing from the rest of the domain, so the settings reader
//! ([`super::config`]), the theme's font names and the tree's typed email can all use it
//! without depending on one another. Each check answers yes or no (or the canonical form);
//! what a refusal is called and how it is worded is the caller's business.

/// True for characters that must never appear in displayed settings: C0/C1 controls,
/// bidi embeddings, overrides and isolates, zero-width and other invisible formatting
/// characters that can disguise text (soft hyphen, combining grapheme joiner, Mongolian
/// vowel separator, interlinear annotation marks, tag characters), the Hangul fillers that
/// render as blanks, and the line and paragraph separators that would break a one-line name.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'
            | '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{2028}' | '\u{2029}'
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// Whether `s` holds any [`is_forbidden_char`].
pub fn has_forbidden_chars(s: &str) -> bool {
    s.chars().any(is_forbidden_char)
}

/// Whether `s` starts with the ASCII `prefix`, in any case (`HTTPS://` for `https://`).
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// A plain lower-case ASCII host name with at least two labels: letters, digits and inner
/// hyphens. Shared with the tree, which builds `https://mail.<domain>` from a typed email.
pub fn is_domain(s: &str) -> bool {
    if s.len() > 253 || !s.contains('.') {
        return false;
    }
    s.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// Splits `scheme://authority/rest` into the host and optional port, rejecting
/// credentials, whitespace and anything that is not a plain domain or loopback host.
fn host_and_port(after_scheme: &str) -> Option<(String, Option<u16>)> {
    let end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let authority = &after_scheme[..end];
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p.parse::<u16>().ok()?)),
        None => (authority, None),
    };
    let host = host.to_ascii_lowercase();
    if is_domain(&host) || host == "localhost" || host == "127.0.0.1" || host == "[::1]" {
        Some((host, port))
    } else {
        None
    }
}

/// Characters RFC 3986 never allows in a URL: a URL holding one was not written as a plain
/// address (`https://x.example/"><script>`), and its displayed text would carry markup.
fn is_excluded_from_urls(c: char) -> bool {
    matches!(c, '<' | '>' | '"' | '`' | '\\' | '^' | '{' | '}' | '|')
}

/// Whether `s` is a plain https address: `https://` in any case, at most 2048 bytes, no
/// whitespace, hidden or markup characters, no credentials, and a plain domain or loopback
/// host with an optional port.
pub fn is_https_url(s: &str) -> bool {
    if !starts_with_ignore_case(s, "https://")
        || s.len() > 2048
        || s.chars()
            .any(|c| c.is_whitespace() || is_forbidden_char(c) || is_excluded_from_urls(c))
    {
        return false;
    }
    host_and_port(&s["https://".len()..]).is_some()
}

/// Normalises an exact origin (`scheme://host[:port]`, no path). `http:` is accepted only
/// for loopback hosts, which is what local testing needs; anything else must be https.
pub fn normalize_origin(s: &str) -> Option<String> {
    let s = s.trim();
    let (scheme, rest) = if starts_with_ignore_case(s, "https://") {
        ("https", &s[8..])
    } else if starts_with_ignore_case(s, "http://") {
        ("http", &s[7..])
    } else {
        return None;
    };
    if rest.contains(['/', '?', '#']) || rest.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    let (host, port) = host_and_port(rest)?;
    let loopback = host == "localhost" || host == "127.0.0.1" || host == "[::1]";
    if scheme == "http" && !loopback {
        return None;
    }
    Some(match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_and_blank_looking_characters_are_forbidden_visible_ones_are_not() {
        for c in [
            '\u{0007}',
            '\u{0085}',
            '\u{200B}',
            '\u{200D}',
            '\u{202E}',
            '\u{2066}',
            '\u{FEFF}',
            '\u{061C}',
            '\u{00AD}',
            '\u{034F}',
            '\u{180E}',
            '\u{2028}',
            '\u{2029}',
            '\u{115F}',
            '\u{1160}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{FFF9}',
            '\u{E0041}',
        ] {
            assert!(is_forbidden_char(c), "U+{:04X}", c as u32);
        }
        for c in ['a', ' ', 'Ü', '阿', '☎', '\u{FE0F}', '<'] {
            assert!(!is_forbidden_char(c), "U+{:04X}", c as u32);
        }
        assert!(has_forbidden_chars("Acme\u{202E}evil"));
        assert!(!has_forbidden_chars("阿里巴巴 Ünïcode ☎\u{FE0F}"));
    }

    #[test]
    fn prefixes_match_in_any_ascii_case_and_never_split_a_character() {
        assert!(starts_with_ignore_case("HTTPS://x.example", "https://"));
        assert!(starts_with_ignore_case("mailto:a@b", "mailto:"));
        assert!(!starts_with_ignore_case("http", "https://"));
        assert!(!starts_with_ignore_case("https:/é", "https://"));
    }

    #[test]
    fn domains_are_plain_lower_case_ascii_with_two_labels() {
        for ok in [
            "example.com",
            "mail.example.com",
            "xn--exmple-4nf.com",
            "a-b.c1",
        ] {
            assert!(is_domain(ok), "{ok}");
        }
        for bad in [
            "example",
            "Example.com",
            "ex\u{430}mple.com", // Cyrillic а
            "ex ample.com",
            "@example.com",
            "example..com",
            "-bad-.com",
            &format!("{}.com", "a".repeat(64)),
        ] {
            assert!(!is_domain(bad), "{bad}");
        }
    }

    #[test]
    fn https_urls_are_plain_addresses_on_a_plain_host() {
        for ok in [
            "https://mail.example.com/alimail/?lang=zh&x=%3C#top",
            "HTTPS://Mail.Example.com",
            "https://localhost:8080/",
            "https://[::1]:8443",
        ] {
            assert!(is_https_url(ok), "{ok}");
        }
        for bad in [
            "",
            "http://mail.example.com",
            "javascript:alert(1)",
            "https:/",
            "https://user@evil.example",
            "https://mail example.com",
            "https://",
            "https://-bad-.com/",
            "https://mail.example.com:99999/",
            "https://mail.example.com/\"><script>",
            "https://mail.example.com/a\\b",
            "https://mail.example.com/{x}",
            "https://mail.example.com/\u{200B}",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }

    #[test]
    fn origins_are_exact_and_http_only_on_loopback() {
        assert_eq!(
            normalize_origin("https://Help.Example.com").as_deref(),
            Some("https://help.example.com")
        );
        assert_eq!(
            normalize_origin("http://localhost:3000").as_deref(),
            Some("http://localhost:3000")
        );
        assert_eq!(normalize_origin("http://help.example.com"), None);
        assert_eq!(normalize_origin("https://help.example.com/"), None);
        assert_eq!(normalize_origin("*"), None);
    }
}
