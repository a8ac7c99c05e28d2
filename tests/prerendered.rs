//! The pre-rendered pages of a release build (`scripts/prerender.mjs` writes them into
//! `dist/pages/<lang>/<id>.html`): one for every node of the tree in both languages, each
//! titled with the node's heading and linking every way on from it, and the English start
//! page inside `index.html`.
//!
//! They exist only after `trunk build --release`, so these tests are ignored by a plain
//! `cargo test`; `scripts/test.sh` runs them after its release build
//! (`cargo test --test prerendered -- --ignored`). `DIST` names another build folder.

use recovery_assistant::domain::config::Config;
use recovery_assistant::domain::i18n::Locale;
use recovery_assistant::domain::shell::page_title;
use recovery_assistant::domain::tree::{Localized, PlaceholderValues, Platform, Tree};

fn dist() -> std::path::PathBuf {
    std::env::var_os("DIST").map_or_else(
        || concat!(env!("CARGO_MANIFEST_DIR"), "/dist").into(),
        Into::into,
    )
}

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (build first: trunk build --release)",
            path.display()
        )
    })
}

/// Text as the browser serializes it into HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

/// A tree text in `locale` with the default wording for company values, as pre-rendered.
fn shown(text: &Localized, locale: Locale) -> String {
    let config = Config::default();
    let values = PlaceholderValues {
        config: &config,
        typed_email: None,
        platform: Platform::Pc,
        locale,
    };
    escaped(&Tree::shipped().render(text, &values))
}

#[test]
#[ignore = "needs a release build; scripts/test.sh runs it after one"]
fn every_page_is_pre_rendered_in_both_languages_with_its_title_and_its_links() {
    let tree = Tree::shipped();
    let mut checked = 0;
    for locale in Locale::ALL {
        for node in tree.nodes() {
            let path = dist()
                .join("pages")
                .join(locale.tag())
                .join(format!("{}.html", node.id()));
            let html = read(&path);
            let page = format!("{} ({})", node.id(), locale.tag());
            let heading = shown(node.heading(), locale);
            // The start page's title is the product name alone, its heading the app's.
            let title = if node.id() == tree.start() {
                escaped(&page_title(None, locale))
            } else {
                escaped(&page_title(Some(&heading), locale))
            };
            assert!(
                html.contains(&format!("<title>{title}</title>")),
                "{page}: title {title}"
            );
            assert!(
                html.contains(&format!("lang=\"{}\"", locale.tag())),
                "{page}: lang"
            );
            assert!(
                html.contains(&format!("data-page=\"{}\"", node.id())),
                "{page}: data-page"
            );
            assert!(html.contains(&heading), "{page}: heading {heading}");
            // A question's choices, as links; an outcome's suggestions wait for "Did this
            // solve it?" (the app shows them after "No").
            let choices = if tree.is_outcome(node.id()) {
                Vec::new()
            } else {
                tree.next_links(node.id())
            };
            for link in choices {
                let label = shown(link.label, locale);
                let anchor = format!("href=\"{}\"", link.href);
                assert!(html.contains(&anchor), "{page}: link {anchor}");
                assert!(html.contains(&label), "{page}: choice {label}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, tree.nodes().len() * Locale::ALL.len());
}

#[test]
#[ignore = "needs a release build; scripts/test.sh runs it after one"]
fn index_html_carries_the_english_start_page_and_the_list_of_pages() {
    let tree = Tree::shipped();
    let html = read(&dist().join("index.html"));
    assert!(html.contains("data-page=\"start\""), "start page");
    for link in tree.next_links(tree.start()) {
        let anchor = format!("href=\"{}\"", link.href);
        assert!(html.contains(&anchor), "index.html: {anchor}");
        assert!(
            html.contains(&shown(link.label, Locale::En)),
            "index.html: {}",
            link.label.en
        );
    }
    // pages.js fetches only the pages it is told exist.
    let ids: Vec<&str> = tree.nodes().iter().map(|n| n.id()).collect();
    assert!(
        html.contains(&format!("data-pages=\"{}\"", ids.join(" "))),
        "index.html lists the pre-rendered pages"
    );
}
