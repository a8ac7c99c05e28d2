//! The code's image: any text encoded as a QR code, as a module grid ([`modules`]) or as
//! inline SVG ([`render_svg`]), and the one way encoding fails ([`EncodeError`]).
//!
//! Nothing here knows about sessions or tokens: the demo encodes its phone view's address
//! ([`confirm_url`](super::confirm_url)), the kiosk the login and console addresses.

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};

/// The width of the light border around the code, in modules, as the QR standard asks.
pub const QUIET_ZONE_MODULES: u32 = 4;

/// Why a text could not be made into a QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The text is too long to fit in a QR code.
    DataTooLong,
}

/// Encodes `data` at error-correction level M, which survives a smudged or glare-hit
/// screen without making the code much denser.
fn encode(data: &str) -> Result<QrCode, EncodeError> {
    // With automatic version selection and byte mode, running out of room is the only
    // way encoding can fail.
    QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|_| EncodeError::DataTooLong)
}

/// The code's module grid for `data`, without the quiet zone: the width in modules and
/// `width * width` cells row by row, `true` for dark.
pub fn modules(data: &str) -> Result<(usize, Vec<bool>), EncodeError> {
    let code = encode(data)?;
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark);
    Ok((code.width(), dark.collect()))
}

/// Renders `data` as an inline SVG QR code.
///
/// The image is black on white whatever the page theme, because scanners need that
/// contrast; it has a 4-module quiet zone; its `viewBox` counts modules and it has no
/// `width` or `height`, so CSS sizes it (a fixed pixel size could overflow a 320 px
/// screen). There is no XML prolog, since it goes inline into the page, and the only
/// thing taken from `data` is the module pattern. The UI supplies the accessible name
/// on a wrapping `role="img"` element.
pub fn render_svg(data: &str) -> Result<String, EncodeError> {
    let code = encode(data)?;
    let side = code.width() as u32 + 2 * QUIET_ZONE_MODULES;
    let raw = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The crate writes `<?xml ...?>` before `<svg` and a fixed pixel size on the `<svg>`
    // element; both are dropped (the first size attributes in the text are the root's).
    let root = raw.find("<svg").map_or(raw.as_str(), |at| &raw[at..]);
    Ok(root.replacen(&format!(r#" width="{side}" height="{side}""#), "", 1))
}

#[cfg(test)]
mod tests {
    use super::super::{confirm_url, Token};
    use super::*;

    #[test]
    fn the_svg_scales_by_its_view_box_and_has_no_prolog_or_fixed_size() {
        let (width, _) = modules("http://127.0.0.1:8080/#/qr-confirm/00").unwrap();
        let svg = render_svg("http://127.0.0.1:8080/#/qr-confirm/00").unwrap();
        let side = width + 2 * QUIET_ZONE_MODULES as usize;
        assert!(svg.starts_with("<svg "), "{svg}");
        let root = &svg[..svg.find('>').unwrap()];
        assert!(
            root.contains(&format!(r#"viewBox="0 0 {side} {side}""#)),
            "{root}"
        );
        assert!(
            !root.contains("width=") && !root.contains("height="),
            "{root}"
        );
        assert!(!svg.contains("<?xml"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn the_svg_is_black_on_white_whatever_the_theme() {
        let svg = render_svg("x").unwrap();
        assert!(svg.contains(r##"fill="#fff""##));
        assert!(svg.contains(r##"fill="#000""##));
        assert_eq!(svg.matches("fill=").count(), 2);
    }

    #[test]
    fn markup_in_the_data_never_reaches_the_svg() {
        let svg = render_svg(r#""><script>alert(1)</script><a href="javascript:x">"#).unwrap();
        assert!(!svg.contains("script") && !svg.contains("alert") && !svg.contains("javascript"));
        // Past the fixed opening, the path holds only drawing commands and numbers.
        let d = &svg[svg.find(" d=\"").unwrap() + 4..svg.rfind("\"/>").unwrap()];
        assert!(d.chars().all(|c| "MhvHV0123456789 ".contains(c)), "{d}");
    }

    #[test]
    fn data_too_long_for_any_qr_code_is_refused() {
        let long = "a".repeat(3000);
        assert_eq!(render_svg(&long), Err(EncodeError::DataTooLong));
        assert_eq!(modules(&long), Err(EncodeError::DataTooLong));
    }

    #[test]
    fn the_module_grid_is_square_and_dense_enough_for_a_phone_camera() {
        let t = Token::from_bytes([0xff; 16]);
        let url = confirm_url("https://help.example.com/it/mail-recovery/", &t);
        let (width, cells) = modules(&url).unwrap();
        assert_eq!(cells.len(), width * width);
        // Version 6 or lower (41 modules) stays easy to scan from a laptop screen.
        assert!(width <= 41, "{width}");
        assert!(cells.iter().any(|&c| c) && cells.iter().any(|&c| !c));
    }
}
