//! The code's image: any text encoded as a QR code, as a module grid ([`modules`]) or as
//! inline SVG ([`render_svg`]), and the one way encoding fails ([`EncodeError`]).
//!
//! Nothing here knows about sessions or tokens: the demo encodes its phone view's address
//! ([`confirm_url`](super::confirm_url)), the kiosk the login and console addresses.

use qrcode::bits::encode_auto;
use qrcode::canvas::Canvas;
use qrcode::ec::construct_codewords;
use qrcode::EcLevel;

use super::mask::best_masked;

/// The width of the light border around the code, in modules, as the QR standard asks.
pub const QUIET_ZONE_MODULES: u32 = 4;

/// Why a text could not be made into a QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The text is too long to fit in a QR code.
    DataTooLong,
}

/// The code's module grid for `data`, without the quiet zone: the width in modules and
/// `width * width` cells row by row, `true` for dark.
///
/// At error-correction level M, which survives a smudged or glare-hit screen without
/// making the code much denser. The steps are the `qrcode` crate's
/// (`QrCode::with_error_correction_level`), except that the mask is chosen by
/// [`best_masked`](super::mask::best_masked), which is much faster and picks the same one.
pub fn modules(data: &str) -> Result<(usize, Vec<bool>), EncodeError> {
    // With automatic version selection and byte mode, running out of room is the only
    // way encoding can fail.
    let bits = encode_auto(data.as_bytes(), EcLevel::M).map_err(|_| EncodeError::DataTooLong)?;
    let version = bits.version();
    let (data, ec) = construct_codewords(&bits.into_bytes(), version, EcLevel::M)
        .map_err(|_| EncodeError::DataTooLong)?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let width = usize::try_from(version.width()).unwrap_or(0);
    Ok((width, best_masked(&canvas, width)))
}

/// A code drawn as one SVG path: what [`render_svg`] writes, in parts, so a page that
/// shows one code after another can change the path's `d` (and the size, when it changes)
/// on the image it already has instead of parsing and laying out a new one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// The image's side in modules, quiet zone included: its `viewBox` is `0 0 side side`.
    pub side: usize,
    /// The path's drawing commands, one rectangle per horizontal run of dark modules.
    pub d: String,
}

/// The path of `data`'s code (see [`QrPath`]).
///
/// Drawn here rather than by the `qrcode` crate's SVG renderer, which writes a square
/// for every dark module through `core::fmt`: one rectangle per horizontal run of dark
/// modules, the numbers written digit by digit.
pub fn qr_path(data: &str) -> Result<QrPath, EncodeError> {
    let (width, dark) = modules(data)?;
    let quiet = QUIET_ZONE_MODULES as usize;
    let mut d = String::new();
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|&&d| d).count();
            // M left top h run v 1 H left V top: the run's rectangle (filled, so closed).
            let (left, top) = (x + quiet, y + quiet);
            d.push('M');
            push_number(&mut d, left);
            d.push(' ');
            push_number(&mut d, top);
            d.push('h');
            push_number(&mut d, run);
            d.push_str("v1H");
            push_number(&mut d, left);
            d.push('V');
            push_number(&mut d, top);
            x += run;
        }
    }
    Ok(QrPath {
        side: width + 2 * quiet,
        d,
    })
}

/// Renders `data` as an inline SVG QR code.
///
/// The image is black on white whatever the page theme, because scanners need that
/// contrast; it has a 4-module quiet zone; its `viewBox` counts modules and it has no
/// `width` or `height`, so CSS sizes it (a fixed pixel size could overflow a 320 px
/// screen). There is no XML prolog, since it goes inline into the page, and the only
/// thing taken from `data` is the module pattern ([`qr_path`]). The UI supplies the
/// accessible name on a wrapping `role="img"` element.
pub fn render_svg(data: &str) -> Result<String, EncodeError> {
    let QrPath { side, d } = qr_path(data)?;
    let mut svg = String::with_capacity(d.len() + 220);
    svg.push_str(r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 "#);
    push_number(&mut svg, side);
    svg.push(' ');
    push_number(&mut svg, side);
    svg.push_str(r#"" shape-rendering="crispEdges"><rect x="0" y="0" width=""#);
    push_number(&mut svg, side);
    svg.push_str(r#"" height=""#);
    push_number(&mut svg, side);
    svg.push_str(r##"" fill="#fff"/><path fill="#000" d=""##);
    svg.push_str(&d);
    svg.push_str(r#""/></svg>"#);
    Ok(svg)
}

/// Appends `n` in decimal, without `core::fmt` (slow and large in the wasm build).
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
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

    /// A short text, a demo address and a long text, for the tests that draw them all.
    fn samples() -> [String; 3] {
        [
            "x".into(),
            "http://127.0.0.1:8080/#/qr-confirm/00".into(),
            "y".repeat(300),
        ]
    }

    #[test]
    fn the_path_is_the_one_the_svg_draws() {
        for data in &samples() {
            let path = qr_path(data).unwrap();
            let svg = render_svg(data).unwrap();
            assert!(svg.contains(&format!(r#" d="{}""#, path.d)), "{data}");
            assert!(
                svg.contains(&format!(r#"viewBox="0 0 {0} {0}""#, path.side)),
                "{data}"
            );
        }
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

    /// The cells the SVG's path fills, read back from its `M x y h n v1 H x V y` runs.
    fn filled(svg: &str, side: usize) -> Vec<bool> {
        let d = &svg[svg.find(" d=\"").unwrap() + 4..svg.rfind("\"/>").unwrap()];
        let mut cells = vec![false; side * side];
        for run in d.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let [x, y, n, one, x2, y2] = nums[..] else {
                panic!("not a run: {run}")
            };
            assert_eq!((one, x2, y2), (1, x, y), "{run}");
            for cell in &mut cells[y * side + x..y * side + x + n] {
                assert!(!*cell, "drawn twice: {run}");
                *cell = true;
            }
        }
        cells
    }

    #[test]
    fn the_svg_fills_exactly_the_dark_modules_inside_the_quiet_zone() {
        for data in &samples() {
            let (width, dark) = modules(data).unwrap();
            let q = QUIET_ZONE_MODULES as usize;
            let side = width + 2 * q;
            let cells = filled(&render_svg(data).unwrap(), side);
            for y in 0..side {
                for x in 0..side {
                    let inside = (q..q + width).contains(&x) && (q..q + width).contains(&y);
                    let want = inside && dark[(y - q) * width + (x - q)];
                    assert_eq!(cells[y * side + x], want, "module {x},{y} of {data}");
                }
            }
        }
    }

    #[test]
    fn every_code_is_the_qrcode_crates_to_the_module() {
        // The same version, data, error correction and, above all, the same mask as
        // the crate's own encoder, for short and long, text and token addresses.
        let mut inputs: Vec<String> = (0..200)
            .map(|n| "a1Z-/.#".repeat(n + 1)[..n + 1].to_string())
            .collect();
        for seed in 0..64u8 {
            let t = Token::from_bytes([seed.wrapping_mul(37); 16]);
            inputs.push(confirm_url(
                "https://help.example.com/it/mail-recovery/",
                &t,
            ));
        }
        for data in &inputs {
            let code =
                qrcode::QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).unwrap();
            let theirs: Vec<bool> = code
                .to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect();
            assert_eq!(modules(data).unwrap(), (code.width(), theirs), "{data}");
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 41, 100, 177, 1234] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
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
