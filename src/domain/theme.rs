//! A company's look from `config.json` (`theme`): colours, corner radius and fonts, each
//! checked and rewritten into a canonical form before the page may use it.
//!
//! Why rewrite instead of passing the text through: the values end up as CSS custom
//! properties, and CSS text from a file is an injection risk (`red; background:url(…)`)
//! and a legibility risk. So a colour becomes `#rrggbb` from its parsed channels, a length
//! becomes a number and a unit we print ourselves, a font stack becomes a list of names we
//! quote ourselves; anything else is refused with a reason. The primary colour must keep
//! white text on it readable, and text on the background must stay readable (WCAG AA,
//! 4.5:1), or the company's choice would lock some employees out of the help itself.

use super::checks::has_forbidden_chars;

/// The text contrast WCAG 2 AA asks for.
pub const MIN_CONTRAST: f64 = 4.5;

/// Most font families accepted in a stack.
pub const MAX_FONTS: usize = 10;

/// An opaque colour, channels 0–255.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
}

/// White: the text on primary-coloured buttons and the header.
pub const WHITE: Rgb = Rgb {
    r: 255,
    g: 255,
    b: 255,
};

/// The default page text and background (light theme), for contrast checks when the
/// company sets only one of the two.
pub const DEFAULT_TEXT: Rgb = Rgb {
    r: 0x1b,
    g: 0x1f,
    b: 0x24,
};
/// See [`DEFAULT_TEXT`].
pub const DEFAULT_BACKGROUND: Rgb = WHITE;
/// The built-in main colour (`style/base.css` draws it; a test holds the two equal).
pub const DEFAULT_PRIMARY: Rgb = Rgb {
    r: 0x0b,
    g: 0x5c,
    b: 0xad,
};

impl Rgb {
    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    fn luminance(self) -> f64 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }
}

/// An sRGB channel's linear light, as WCAG 2 defines it: `((c + 0.055) / 1.055)^2.4`
/// above the toe.
///
/// Why not `powf`: it is the only use of a general power in the main bundle, and the wasm
/// then carries libm's `pow` (about 2 KB). `x^2.4` is `x² · (x²)^(1/5)`, and a fifth root
/// on `(0, 1]` is a few Newton steps; a test checks every channel value against `powf`.
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    let square = x * x;
    square * fifth_root(square)
}

/// The fifth root of `a` in `(0, 1]`, to within rounding (Newton's method from 1, which
/// approaches the root from above and converges quadratically).
fn fifth_root(a: f64) -> f64 {
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let y4 = (y * y) * (y * y);
        let next = (4.0 * y + a / y4) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    y
}

/// The WCAG 2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Text in one colour on another falls short of [`MIN_CONTRAST`]: the measured ratio, in
/// tenths rounded down (`31` means 3.1:1, so a refusal never shows a passing figure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LowContrast {
    /// The ratio in tenths.
    pub ratio_tenths: u32,
}

/// Whether text in `fg` on `bg` meets [`MIN_CONTRAST`]; the measured ratio otherwise.
///
/// ```
/// use recovery_assistant::domain::theme::{check_readable, parse_color, LowContrast, WHITE};
/// assert_eq!(check_readable(parse_color("#0b5cad").unwrap(), WHITE), Ok(()));
/// assert_eq!(
///     check_readable(parse_color("#ffd54f").unwrap(), WHITE),
///     Err(LowContrast { ratio_tenths: 14 })
/// );
/// ```
pub fn check_readable(fg: Rgb, bg: Rgb) -> Result<(), LowContrast> {
    let ratio = contrast(fg, bg);
    if ratio >= MIN_CONTRAST {
        Ok(())
    } else {
        Err(LowContrast {
            ratio_tenths: (ratio * 10.0).floor() as u32,
        })
    }
}

/// Why a colour was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorError {
    /// Not `#rgb` or `#rrggbb`.
    Syntax,
    /// Transparent or translucent: contrast could not be promised.
    NotOpaque,
}

/// Parses a hex colour: `#rgb` or `#rrggbb` (and `#rgba` / `#rrggbbaa` with full alpha).
///
/// Why only hex: it is what brand guides give, and every other CSS colour form has a hex
/// equivalent; reading `rgb()` and `hsl()` as well cost the first page load 2.4 KB of
/// compressed wasm (measured), for a setting written once by an administrator.
///
/// ```
/// use recovery_assistant::domain::theme::{parse_color, ColorError};
/// assert_eq!(parse_color("#0B5CAD").unwrap().to_hex(), "#0b5cad");
/// assert_eq!(parse_color(" #fff ").unwrap().to_hex(), "#ffffff");
/// assert_eq!(parse_color("red; background: url(x)"), Err(ColorError::Syntax));
/// assert_eq!(parse_color("rgb(11, 92, 173)"), Err(ColorError::Syntax));
/// assert_eq!(parse_color("#0b5cad80"), Err(ColorError::NotOpaque));
/// ```
pub fn parse_color(text: &str) -> Result<Rgb, ColorError> {
    let s = text.trim();
    match s.strip_prefix('#') {
        Some(hex) => parse_hex(hex),
        None => Err(ColorError::Syntax),
    }
}

fn parse_hex(hex: &str) -> Result<Rgb, ColorError> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ColorError::Syntax);
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).unwrap_or(0);
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
    let (rgb, alpha) = match hex.len() {
        3 | 4 => (
            Rgb {
                r: digit(0) * 17,
                g: digit(1) * 17,
                b: digit(2) * 17,
            },
            (hex.len() == 4).then(|| digit(3) * 17),
        ),
        6 | 8 => (
            Rgb {
                r: pair(0),
                g: pair(2),
                b: pair(4),
            },
            (hex.len() == 8).then(|| pair(6)),
        ),
        _ => return Err(ColorError::Syntax),
    };
    match alpha {
        Some(a) if a != 255 => Err(ColorError::NotOpaque),
        _ => Ok(rgb),
    }
}

/// A plain decimal number: digits with at most one point, optionally signed. Read by
/// hand (at most 6 digits each side) so the wasm needs no general float parser.
fn number(s: &str) -> Result<f64, ColorError> {
    let (sign, body) = match s.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |d: &str| d.len() <= 6 && d.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(ColorError::Syntax);
    }
    let value = |d: &str| d.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    let scale = (0..frac.len()).fold(1.0, |v, _| v * 10.0);
    Ok(sign * (value(int) + value(frac) / scale))
}

/// A corner radius: a number with `px` (0–32) or `rem`/`em` (0–2), printed back
/// canonically (`6px`, `0.5rem`).
///
/// ```
/// use recovery_assistant::domain::theme::parse_radius;
/// assert_eq!(parse_radius(" 6PX ").as_deref(), Some("6px"));
/// assert_eq!(parse_radius("0.50rem").as_deref(), Some("0.5rem"));
/// assert_eq!(parse_radius("6px;color:red"), None);
/// assert_eq!(parse_radius("100px"), None);
/// ```
pub fn parse_radius(text: &str) -> Option<String> {
    let s = text.trim().to_ascii_lowercase();
    let (num, unit, max) = if let Some(n) = s.strip_suffix("px") {
        (n, "px", 32.0)
    } else if let Some(n) = s.strip_suffix("rem") {
        (n, "rem", 2.0)
    } else if let Some(n) = s.strip_suffix("em") {
        (n, "em", 2.0)
    } else if s == "0" {
        ("0", "px", 0.0)
    } else {
        return None;
    };
    let v = number(num).ok()?;
    if !(0.0..=max).contains(&v) {
        return None;
    }
    // Two decimals are plenty for a radius; printing our own number keeps the text ours
    // (and by hand, so no float formatting code is linked).
    let hundredths = (v * 100.0).round() as u32;
    let (int, frac) = (hundredths / 100, hundredths % 100);
    Some(match frac {
        0 => format!("{int}{unit}"),
        f if f % 10 == 0 => format!("{int}.{}{unit}", f / 10),
        f => format!("{int}.{f:02}{unit}"),
    })
}

/// Generic family keywords, written without quotes.
const GENERIC_FONTS: [&str; 13] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "emoji",
    "math",
    "fangsong",
];

/// A font stack: comma-separated family names, quoted or not. Names may use letters of
/// any script (`微软雅黑`), digits, spaces, `-`, `_` and `.`; anything else is refused.
/// The result quotes every name except the generic keywords.
///
/// ```
/// use recovery_assistant::domain::theme::parse_font_stack;
/// assert_eq!(
///     parse_font_stack("'Noto Sans SC', 微软雅黑, sans-serif").as_deref(),
///     Some(r#""Noto Sans SC", "微软雅黑", sans-serif"#)
/// );
/// assert_eq!(parse_font_stack("Arial; } body { display:none"), None);
/// assert_eq!(parse_font_stack("url(x)"), None);
/// ```
pub fn parse_font_stack(text: &str) -> Option<String> {
    let mut out = Vec::new();
    for raw in text.split(',') {
        let item = raw.trim();
        let name = match (item.chars().next(), item.chars().last()) {
            (Some(q @ ('"' | '\'')), Some(e)) if e == q && item.len() >= 2 => {
                item[1..item.len() - 1].trim()
            }
            _ => item,
        };
        let ok = !name.is_empty()
            && name.chars().count() <= 60
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
            // Hangul fillers count as letters but render blank.
            && !has_forbidden_chars(name);
        if !ok {
            return None;
        }
        let lower = name.to_ascii_lowercase();
        if GENERIC_FONTS.contains(&lower.as_str()) && !item.starts_with(['"', '\'']) {
            out.push(lower);
        } else {
            out.push(format!("\"{name}\""));
        }
    }
    (!out.is_empty() && out.len() <= MAX_FONTS).then(|| out.join(", "))
}

/// The validated theme: canonical CSS values ready to become custom properties.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// Header, filled buttons, links (`#rrggbb`).
    pub primary: Option<Rgb>,
    /// Page text, light theme.
    pub text: Option<Rgb>,
    /// Page background, light theme.
    pub background: Option<Rgb>,
    /// Corner radius, such as `6px`.
    pub radius: Option<String>,
    /// Font stack, names quoted.
    pub font: Option<String>,
}

/// One of the colours a company can choose, to say which one a refusal concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeColor {
    /// [`Theme::primary`].
    Primary,
    /// [`Theme::text`].
    Text,
    /// [`Theme::background`].
    Background,
}

impl Theme {
    /// Drops the chosen colours that would make text hard to read and says which, and why,
    /// in this order: the primary colour, which must keep white text on it readable
    /// (header, filled buttons); then the text and background, each against the other or
    /// against its default, which are both dropped when they fail together (named as the
    /// text colour when one was chosen, else as the background).
    pub fn drop_unreadable(&mut self) -> Vec<(ThemeColor, LowContrast)> {
        let mut refused = Vec::new();
        if let Some(p) = self.primary {
            if let Err(low) = check_readable(p, WHITE) {
                refused.push((ThemeColor::Primary, low));
                self.primary = None;
            }
        }
        if self.text.is_some() || self.background.is_some() {
            let text = self.text.unwrap_or(DEFAULT_TEXT);
            let background = self.background.unwrap_or(DEFAULT_BACKGROUND);
            if let Err(low) = check_readable(text, background) {
                let named = if self.text.is_some() {
                    ThemeColor::Text
                } else {
                    ThemeColor::Background
                };
                refused.push((named, low));
                self.text = None;
                self.background = None;
            }
        }
        refused
    }

    /// Every custom property [`Theme::properties`] may set, in its order: what to clear
    /// before setting another theme's (the setup page's sample).
    pub const PROPERTY_NAMES: [&'static str; 5] = [
        "--brand-primary",
        "--brand-text",
        "--brand-background",
        "--brand-radius",
        "--brand-font",
    ];

    /// The custom properties to set on the document root (see `style/base.css`), only
    /// for the values the company chose.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        let [primary, text, background, radius, font] = Theme::PROPERTY_NAMES;
        let mut out = Vec::new();
        let colors = [
            (primary, self.primary),
            (text, self.text),
            (background, self.background),
        ];
        for (name, c) in colors {
            if let Some(c) = c {
                out.push((name, c.to_hex()));
            }
        }
        if let Some(r) = &self.radius {
            out.push((radius, r.clone()));
        }
        if let Some(f) = &self.font {
            out.push((font, f.clone()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> String {
        parse_color(s)
            .map(Rgb::to_hex)
            .unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn colours_in_every_accepted_form() {
        let cases = [
            ("#fff", "#ffffff"),
            ("#FFFF", "#ffffff"),
            ("#0b5cad", "#0b5cad"),
            ("#0B5CADFF", "#0b5cad"),
            ("  #123  ", "#112233"),
        ];
        for (input, want) in cases {
            assert_eq!(hex(input), want, "{input}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "#",
            "red",
            "0b5cad",
            "#ff",
            "#fffff",
            "#fffffff",
            "#ggg",
            "# fff",
            "#fff;}",
            "rgb(11, 92, 173)",
            "hsl(0 100% 50%)",
            "url(#fff)",
            "expression(alert(1))",
            "var(--x)",
            "#ｆｆｆ",
        ] {
            assert_eq!(parse_color(bad), Err(ColorError::Syntax), "{bad}");
        }
        for translucent in ["#0000", "#0b5cad80", "#fffe"] {
            assert_eq!(
                parse_color(translucent),
                Err(ColorError::NotOpaque),
                "{translucent}"
            );
        }
    }

    #[test]
    fn linear_light_matches_powf_for_every_channel_value() {
        for c in 0..=255u8 {
            let v = f64::from(c) / 255.0;
            let reference = if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            };
            assert!((linear(c) - reference).abs() < 1e-12, "{c}");
        }
    }

    #[test]
    fn contrast_matches_the_wcag_examples() {
        let black = Rgb { r: 0, g: 0, b: 0 };
        assert!((contrast(black, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // The shipped primary keeps white text readable; a pale yellow would not.
        assert!(contrast(parse_color("#0b5cad").unwrap(), WHITE) >= MIN_CONTRAST);
        assert!(contrast(parse_color("#ffd54f").unwrap(), WHITE) < MIN_CONTRAST);
        // #767676 on white is the classic just-passing grey.
        let grey = parse_color("#767676").unwrap();
        assert!(contrast(grey, WHITE) >= MIN_CONTRAST && contrast(grey, WHITE) < 4.6);
    }

    #[test]
    fn readability_is_refused_with_the_ratio_rounded_down() {
        let pale = parse_color("#ffd54f").unwrap();
        assert_eq!(
            check_readable(pale, WHITE),
            Err(LowContrast { ratio_tenths: 14 })
        );
        let grey = parse_color("#767676").unwrap();
        assert_eq!(check_readable(grey, WHITE), Ok(()));
        // 4.48:1 is shown as 4.4, never rounded up to a passing-looking 4.5.
        let almost = parse_color("#777777").unwrap();
        assert_eq!(
            check_readable(almost, WHITE),
            Err(LowContrast { ratio_tenths: 44 })
        );
    }

    #[test]
    fn unreadable_colours_are_dropped_and_named() {
        let rgb = |s| parse_color(s).ok();
        let mut t = Theme {
            primary: rgb("#ffd54f"),
            text: rgb("#777"),
            background: rgb("#888"),
            radius: Some("4px".into()),
            font: None,
        };
        let refused = t.drop_unreadable();
        assert_eq!(
            refused.iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![ThemeColor::Primary, ThemeColor::Text]
        );
        assert_eq!(refused[0].1, LowContrast { ratio_tenths: 14 });
        assert_eq!(
            t,
            Theme {
                radius: Some("4px".into()),
                ..Theme::default()
            }
        );
        // A background alone is checked against the default text, and named.
        let mut dark = Theme {
            background: rgb("#222"),
            ..Theme::default()
        };
        assert_eq!(dark.drop_unreadable()[0].0, ThemeColor::Background);
        assert_eq!(dark.background, None);
        // Readable choices are kept as they are.
        let mut ok = Theme {
            primary: rgb("#0b5cad"),
            text: rgb("#eee"),
            background: rgb("#222"),
            ..Theme::default()
        };
        let before = ok.clone();
        assert!(ok.drop_unreadable().is_empty());
        assert_eq!(ok, before);
    }

    #[test]
    fn radii() {
        assert_eq!(parse_radius("0").as_deref(), Some("0px"));
        assert_eq!(parse_radius("12px").as_deref(), Some("12px"));
        assert_eq!(parse_radius("1.256rem").as_deref(), Some("1.26rem"));
        assert_eq!(parse_radius("2em").as_deref(), Some("2em"));
        for bad in [
            "",
            "px",
            "12",
            "-1px",
            "33px",
            "3rem",
            "1e1px",
            "12 px x",
            "calc(1px)",
        ] {
            assert_eq!(parse_radius(bad), None, "{bad}");
        }
    }

    #[test]
    fn font_stacks() {
        assert_eq!(
            parse_font_stack("Inter,SERIF").as_deref(),
            Some(r#""Inter", serif"#)
        );
        // A quoted generic name is a family called that, so it stays quoted.
        assert_eq!(parse_font_stack("\"serif\"").as_deref(), Some(r#""serif""#));
        for bad in [
            "",
            ",",
            "Arial,",
            "\"Arial",
            "a\"b",
            "Arial;",
            "Ar{ial}",
            "a\\62 c",
            "x/*y*/",
            "<b>",
            "\u{3164}",
            "Noto\u{FFA0}Sans",
            &"a,".repeat(MAX_FONTS).to_string(),
        ] {
            assert_eq!(parse_font_stack(bad), None, "{bad}");
        }
    }

    #[test]
    fn properties_only_for_what_was_chosen() {
        assert!(Theme::default().properties().is_empty());
        let t = Theme {
            primary: Some(parse_color("#123456").unwrap()),
            radius: Some("4px".into()),
            ..Theme::default()
        };
        assert_eq!(
            t.properties(),
            vec![
                ("--brand-primary", "#123456".to_string()),
                ("--brand-radius", "4px".to_string())
            ]
        );
    }
}
