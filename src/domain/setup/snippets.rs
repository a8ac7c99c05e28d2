//! What the company pastes into its help page and its server: the iframe with the script
//! that sizes it, and the `Content-Security-Policy` line that lets only its own pages
//! frame the assistant. The messages the script reads are described in
//! `docs/deployment.md`.

use crate::domain::checks::normalize_origin;

/// The iframe and host-page script for the assistant deployed at `assistant_url` (the
/// address of its `index.html` or its folder), or `None` when that is not an https
/// address (or http on this machine, for testing). The script accepts messages from the
/// assistant's origin only.
pub fn iframe_snippet(assistant_url: &str) -> Option<String> {
    let url = assistant_url.trim();
    let after_scheme = url.find("://")? + 3;
    let end = url[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| after_scheme + i);
    let origin = normalize_origin(&url[..end])?;
    // Only the path is kept from what was typed, without query or fragment: the snippet
    // adds `#/`, and nothing else reaches the attribute.
    let path: String = url[end..]
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>' | '\'' | '`') && !c.is_whitespace())
        .collect();
    let path = if path.is_empty() {
        "/".to_string()
    } else {
        path
    };
    Some(format!(
        "<iframe id=\"recovery-assistant\" title=\"Mail login help\"\n        \
         src=\"{origin}{path}#/\" style=\"width: 100%; border: 0\"></iframe>\n\
         <script>\n  \
         addEventListener('message', (event) => {{\n    \
         if (event.origin !== '{origin}') return; // only the assistant\n    \
         const frame = document.getElementById('recovery-assistant');\n    \
         if (event.data.type === 'recovery-assistant:resize') {{\n      \
         frame.style.height = event.data.height + 'px';\n    \
         }}\n  \
         }});\n\
         </script>\n"
    ))
}

/// The assistant's `Content-Security-Policy` with `frame-ancestors` for the origins that
/// may frame it (those of `embed.parent_origins`; the assistant's own origin as `'self'`).
/// Origins that are not exact origins are left out.
pub fn csp_line(parent_origins: &[String]) -> String {
    let mut ancestors = vec!["'self'".to_string()];
    for o in parent_origins.iter().filter_map(|o| normalize_origin(o)) {
        if !ancestors.contains(&o) {
            ancestors.push(o);
        }
    }
    format!(
        "{}; frame-ancestors {}",
        shipped_policy(),
        ancestors.join(" ")
    )
}

/// The policy line the build ships in `_headers`: read from that file, so the two cannot
/// drift apart.
fn shipped_policy() -> &'static str {
    include_str!("../../../public/_headers")
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Content-Security-Policy:"))
        .unwrap_or("Content-Security-Policy: default-src 'self'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_frames_the_assistant_and_trusts_only_its_origin() {
        let s = iframe_snippet("https://Assist.Example.com/help/?x=1#/old").unwrap();
        assert!(
            s.contains("src=\"https://assist.example.com/help/#/\""),
            "{s}"
        );
        assert!(
            s.contains("event.origin !== 'https://assist.example.com'"),
            "{s}"
        );
        assert!(iframe_snippet("https://a.example.com")
            .unwrap()
            .contains("src=\"https://a.example.com/#/\""));
        for bad in [
            "javascript:alert(1)",
            "http://example.com/",
            "help.example.com",
            "",
        ] {
            assert_eq!(iframe_snippet(bad), None, "{bad}");
        }
        // Nothing typed can leave the attribute.
        let s = iframe_snippet("https://a.example.com/x\"onload=\"alert(1)").unwrap();
        assert!(!s.contains("\"onload"), "{s}");
    }

    #[test]
    fn the_policy_line_lists_the_exact_origins_once() {
        let line = csp_line(&[
            "https://help.example.com".into(),
            "https://help.example.com/".into(),
            "https://intranet.example.com:8443".into(),
            "help.example.com".into(),
        ]);
        assert!(
            line.ends_with(
                "frame-ancestors 'self' https://help.example.com https://intranet.example.com:8443"
            ),
            "{line}"
        );
        assert!(csp_line(&[]).ends_with("form-action 'none'; frame-ancestors 'self'"));
    }
}
