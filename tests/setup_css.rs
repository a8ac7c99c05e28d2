//! The setup page's theme sample (`style/setup.css`, `.theme-sample`) draws the company's
//! colours with the assistant's own custom properties, copied from `style/base.css`.
//! This holds the copy to the original: a colour or fallback changed in one file only
//! would make the sample show what the assistant does not.

use std::fs;

/// The declarations (`name: value`) inside the first block that `opening` starts, in
/// `css` from `from` on.
fn block(css: &str, opening: &str, from: usize) -> Vec<String> {
    let start = css[from..]
        .find(opening)
        .unwrap_or_else(|| panic!("no block {opening:?}"))
        + from
        + opening.len();
    let end = start + css[start..].find('}').expect("block closed");
    css[start..end]
        .split(';')
        .map(|d| {
            // Comments inside the block are not declarations.
            let mut d = d.trim().to_string();
            while let (Some(a), Some(b)) = (d.find("/*"), d.find("*/")) {
                d.replace_range(a..b + 2, "");
            }
            d.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .filter(|d| d.starts_with("--"))
        .collect()
}

#[test]
fn the_theme_sample_uses_the_assistants_own_properties() {
    let base = fs::read_to_string("style/base.css").unwrap();
    let setup = fs::read_to_string("style/setup.css").unwrap();
    let light = block(&base, ":root {", 0);
    let dark_at = base.find("@media (prefers-color-scheme: dark)").unwrap();
    let dark = block(&base, ":root {", dark_at);
    let sample = block(&setup, ".theme-sample {", 0);
    let sample_dark = block(&setup, ".theme-sample--dark {", 0);
    assert!(sample.len() >= 7 && sample_dark.len() >= 3);
    for d in &sample {
        assert!(light.contains(d), "{d} is not in base.css's :root");
    }
    for d in &sample_dark {
        assert!(dark.contains(d), "{d} is not in base.css's dark block");
    }
    // Every colour the dark theme changes that the sample shows is changed in the sample.
    for d in &dark {
        let name = d.split(':').next().unwrap();
        if sample.iter().any(|s| s.starts_with(&format!("{name}:"))) {
            assert!(sample_dark.contains(d), "the sample's dark theme lacks {d}");
        }
    }
}

#[test]
fn the_built_in_colours_are_the_style_sheets() {
    use recovery_assistant::domain::theme::{DEFAULT_BACKGROUND, DEFAULT_PRIMARY, DEFAULT_TEXT};
    let base = fs::read_to_string("style/base.css").unwrap();
    let light = block(&base, ":root {", 0);
    for (declaration, colour) in [
        ("--color-primary: var(--brand-primary,", DEFAULT_PRIMARY),
        ("--color-text: var(--brand-text,", DEFAULT_TEXT),
        ("--color-bg: var(--brand-background,", DEFAULT_BACKGROUND),
    ] {
        let want = format!("{declaration} {})", colour.to_hex());
        assert!(light.contains(&want), "base.css lacks {want}");
    }
}
