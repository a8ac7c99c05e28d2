//! Browser unit tests (wasm-bindgen-test in headless Chromium): mount the real app and
//! look at the DOM. Native builds compile this file to nothing.
#![cfg(target_arch = "wasm32")]

use recovery_assistant::ui;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn next_frame() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_start_heading() {
    // The test runner's own page may carry a hash; start from the start page.
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let host = document().create_element("div").unwrap();
    host.set_id("recovery-assistant");
    host.set_inner_html("<p>Loading…</p>");
    document().body().unwrap().append_child(&host).unwrap();
    ui::mount(ui::load_config(r#"{"company_name": "Test Co"}"#));
    next_frame().await;
    let h1 = document()
        .query_selector("main h1")
        .unwrap()
        .expect("an h1 in main");
    assert_eq!(
        h1.text_content().unwrap(),
        "What is stopping you from logging in?"
    );
    let header = document().query_selector("header").unwrap().unwrap();
    assert!(header.text_content().unwrap().contains("Test Co"));
    assert!(document()
        .query_selector("[data-config-notice]")
        .unwrap()
        .is_none());
}

/// The browser's `String.prototype.normalize("NFKC")`, which `domain::nfkc` uses in wasm,
/// gives the same results as the native crate on the cases policy and search rely on.
#[wasm_bindgen_test]
fn the_browser_normalizes_like_the_native_build() {
    use recovery_assistant::domain::nfkc::nfkc;
    for (input, expected) in [
        ("ＡＢＣ１２３", "ABC123"),
        ("ﬁ", "fi"),
        ("①", "1"),
        ("e\u{301}", "é"),
        ("İstanbul", "İstanbul"),
        ("ｐａｓｓｗｏｒｄ", "password"),
        ("密码", "密码"),
        ("\u{3000}", " "),
    ] {
        assert_eq!(nfkc(input), expected, "{input:?}");
    }
}
