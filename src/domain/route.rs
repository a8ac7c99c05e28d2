//! Hash routes: turning `location.hash` into a [`Route`] and back.
//!
//! Each step of the assistant is its own URL (`#/<id>`), so the browser's back and
//! forward buttons, bookmarks and help-page deep links all work. Whether an id names a
//! real page is the tree's business, not the parser's: unknown ids come out as
//! [`Route::Page`] and the UI shows "page not found" for them.

/// A place in the assistant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: the start page.
    Start,
    /// `#/<id>`: a question or outcome of the decision tree (or an unknown id).
    Page(String),
    /// `#/new-password`: the live password checker.
    NewPassword,
    /// `#/qr-demo`: the scan-to-login demo.
    QrDemo,
    /// `#/qr-confirm/<token>`: the phone side of the QR demo.
    QrConfirm(String),
    /// Anything that is not of the form above (extra slashes, bad characters).
    NotFound,
}

/// Route ids reserved for pages that are not tree nodes.
pub const RESERVED_IDS: [&str; 3] = ["new-password", "qr-demo", "qr-confirm"];

/// The longest id or token accepted from a URL.
const MAX_SEGMENT: usize = 64;

/// Parses a `location.hash` value (with or without the leading `#`).
///
/// ```
/// use recovery_assistant::domain::route::{parse, Route};
/// assert_eq!(parse("#/account-locked"), Route::Page("account-locked".into()));
/// assert_eq!(parse(""), Route::Start);
/// assert_eq!(parse("#/qr-confirm/abc123"), Route::QrConfirm("abc123".into()));
/// ```
pub fn parse(hash: &str) -> Route {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    // Query strings after the hash (some mail clients append tracking) are ignored.
    let h = h.split('?').next().unwrap_or("");
    let path = h.strip_prefix('/').unwrap_or(h);
    let path = path.strip_suffix('/').unwrap_or(path);
    if path.is_empty() {
        return Route::Start;
    }
    let mut parts = path.split('/');
    let first = parts.next().unwrap_or("");
    let second = parts.next();
    if parts.next().is_some() || !is_segment(first) {
        return Route::NotFound;
    }
    match (first, second) {
        ("new-password", None) => Route::NewPassword,
        ("qr-demo", None) => Route::QrDemo,
        ("qr-confirm", Some(token)) if is_segment(token) => Route::QrConfirm(token.to_string()),
        (_, Some(_)) => Route::NotFound,
        ("qr-confirm", None) => Route::NotFound,
        (id, None) => Route::Page(id.to_string()),
    }
}

/// The hash for a route, such as `#/account-locked`.
pub fn to_hash(route: &Route) -> String {
    match route {
        Route::Start | Route::NotFound => "#/".to_string(),
        Route::Page(id) => format!("#/{id}"),
        Route::NewPassword => "#/new-password".to_string(),
        Route::QrDemo => "#/qr-demo".to_string(),
        Route::QrConfirm(token) => format!("#/qr-confirm/{token}"),
    }
}

/// The page name told to a host page that frames the assistant (the `navigate` message):
/// `start`, a tree node id, `new-password`, `qr-demo`, `qr-confirm` (never the token: it
/// is a login secret in the real flow) or `not-found`.
pub fn page_name(route: &Route) -> &str {
    match route {
        Route::Start => "start",
        Route::Page(id) => id,
        Route::NewPassword => "new-password",
        Route::QrDemo => "qr-demo",
        Route::QrConfirm(_) => "qr-confirm",
        Route::NotFound => "not-found",
    }
}

/// Whether `route` shows the start page: `#/`, or the tree's start node by its id
/// (`start_id`), which is the same page.
///
/// ```
/// use recovery_assistant::domain::route::{is_start, Route};
/// assert!(is_start(&Route::Start, "start"));
/// assert!(is_start(&Route::Page("start".into()), "start"));
/// assert!(!is_start(&Route::Page("account-locked".into()), "start"));
/// ```
pub fn is_start(route: &Route, start_id: &str) -> bool {
    match route {
        Route::Start => true,
        Route::Page(id) => id == start_id,
        _ => false,
    }
}

/// True for a URL segment made of lower-case ASCII letters, digits and hyphens.
fn is_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SEGMENT
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_for_the_host_never_carry_the_qr_token() {
        assert_eq!(page_name(&parse("#/")), "start");
        assert_eq!(page_name(&parse("#/account-locked")), "account-locked");
        assert_eq!(page_name(&parse("#/new-password")), "new-password");
        assert_eq!(page_name(&parse("#/qr-demo")), "qr-demo");
        let token = "0123456789abcdef0123456789abcdef";
        assert_eq!(
            page_name(&parse(&format!("#/qr-confirm/{token}"))),
            "qr-confirm"
        );
        assert_eq!(page_name(&parse("#/a/b/c")), "not-found");
    }

    #[test]
    fn empty_and_root_hashes_are_the_start() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(parse(h), Route::Start, "{h:?}");
        }
    }

    #[test]
    fn page_ids_and_reserved_routes_parse() {
        assert_eq!(
            parse("#/system-error-209"),
            Route::Page("system-error-209".into())
        );
        assert_eq!(
            parse("#/system-error-209/"),
            Route::Page("system-error-209".into())
        );
        assert_eq!(parse("#/new-password"), Route::NewPassword);
        assert_eq!(parse("#/qr-demo"), Route::QrDemo);
        assert_eq!(parse("#/qr-confirm/0af3"), Route::QrConfirm("0af3".into()));
        assert_eq!(
            parse("#/account-locked?utm=x"),
            Route::Page("account-locked".into())
        );
    }

    #[test]
    fn malformed_hashes_are_not_found() {
        for h in [
            "#/a/b/c",
            "#/Bad_Id",
            "#/<script>",
            "#/qr-confirm",
            "#/x/y",
            "#/%20",
        ] {
            assert_eq!(parse(h), Route::NotFound, "{h}");
        }
        assert_eq!(parse(&format!("#/{}", "a".repeat(65))), Route::NotFound);
    }

    #[test]
    fn to_hash_round_trips() {
        for r in [
            Route::Start,
            Route::Page("admin-reset".into()),
            Route::NewPassword,
            Route::QrDemo,
            Route::QrConfirm("abc".into()),
        ] {
            assert_eq!(parse(&to_hash(&r)), r);
        }
    }
}
