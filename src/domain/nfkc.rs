//! NFKC normalization (compatibility decomposition, then canonical composition), used by
//! the password policy and search to compare text regardless of width and form.
//!
//! Why two implementations: the composition tables of `unicode-normalization` cost about
//! 56 KB brotli of the first load (measured 281.5 → 225.5 KB when it was one bundle), while
//! every browser that runs WebAssembly already ships them behind `String.prototype.normalize`. So in the browser
//! the same pure function is delegated there, and native builds (and therefore the unit
//! tests) use the crate. `tests/web.rs` checks that the browser agrees with the crate's
//! results on the cases the policy and search rely on. Both are plain functions of their
//! input: no clock, DOM or randomness.

/// `text` in Unicode Normalization Form KC.
#[cfg(target_arch = "wasm32")]
pub fn nfkc(text: &str) -> String {
    // ASCII is always already NFKC; skip the round trip through JavaScript.
    if text.is_ascii() {
        return text.to_owned();
    }
    js_sys::JsString::from(text)
        .normalize("NFKC")
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}

/// `text` in Unicode Normalization Form KC.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfkc(text: &str) -> String {
    use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return text.to_owned();
    }
    text.nfkc().collect()
}

#[cfg(test)]
mod tests {
    use super::nfkc;

    #[test]
    fn width_and_compatibility_forms_fold_to_their_plain_letters() {
        assert_eq!(nfkc("ＡＢＣ１２３"), "ABC123");
        assert_eq!(nfkc("ﬁ"), "fi");
        assert_eq!(nfkc("①"), "1");
        assert_eq!(nfkc("e\u{301}"), "é");
        assert_eq!(nfkc("plain ascii"), "plain ascii");
        assert_eq!(nfkc("密码"), "密码");
    }
}
