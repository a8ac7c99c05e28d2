//! The panic hook both binaries install first.

/// Reports a panic's message on the browser console. A slimmer stand-in for
/// `console_error_panic_hook` (which also captures a JS stack trace) in the first-load
/// bundle; the message names the file and line, which is what a bug report needs.
///
/// The wasm instance is dead once the hook returns (`panic = "abort"`): the trap reaches
/// the page as an uncaught `WebAssembly.RuntimeError`, and `public/boot.js` then shows the
/// "Something went wrong" notice with a reload button.
///
/// Release builds (`scripts/release-build.sh`) never call the hook: they are built with
/// `-Cpanic=immediate-abort`, so a panic traps at once, the same notice shows, and no
/// message is formatted (the formatting code is not in the wasm). A panic's message is
/// seen in a debug build (`trunk serve`).
pub fn set_panic_hook() {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = console)]
        fn error(message: &str);
    }
    std::panic::set_hook(Box::new(|info| error(&info.to_string())));
}
