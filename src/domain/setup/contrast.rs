//! The contrast the setup page shows live beside the theme's colours: the main colour
//! under white text, and the text on the background, each with its ratio and whether the
//! assistant would accept it. The verdict is the theme's own ([`check_readable`]), so the
//! page never accepts a colour the assistant would refuse.

use crate::domain::theme::{
    check_readable, contrast, parse_color, Rgb, DEFAULT_BACKGROUND, DEFAULT_PRIMARY, DEFAULT_TEXT,
    WHITE,
};

/// The colour a theme field's picker shows while its text is empty or unreadable: the
/// assistant's built-in one for that field (black for a key that is no colour).
pub fn builtin_colour(key: &str) -> Rgb {
    match key {
        "theme.primary_color" => DEFAULT_PRIMARY,
        "theme.text_color" => DEFAULT_TEXT,
        "theme.background_color" => DEFAULT_BACKGROUND,
        _ => Rgb { r: 0, g: 0, b: 0 },
    }
}

/// One pair of colours the assistant shows together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// The text colour.
    pub fg: Rgb,
    /// The colour under it.
    pub bg: Rgb,
    /// Their contrast ratio, 1 to 21, rounded down to tenths as the refusal words it.
    pub ratio_tenths: u32,
    /// Whether the assistant accepts the pair.
    pub readable: bool,
}

impl Pair {
    fn of(fg: Rgb, bg: Rgb) -> Pair {
        Pair {
            fg,
            bg,
            ratio_tenths: (contrast(fg, bg) * 10.0).floor() as u32,
            readable: check_readable(fg, bg).is_ok(),
        }
    }
}

/// The two pairs for the colours as typed (`#rrggbb`, or empty for the built-in one):
/// white on the main colour, and the text on the background. `None` for a pair whose
/// colour cannot be read (the field shows the reader's message instead).
pub fn theme_pairs(primary: &str, text: &str, background: &str) -> (Option<Pair>, Option<Pair>) {
    let read = |s: &str, builtin: Option<Rgb>| -> Option<Option<Rgb>> {
        let s = s.trim();
        if s.is_empty() {
            Some(builtin)
        } else {
            parse_color(s).ok().map(Some)
        }
    };
    let main = read(primary, None).map(|p| p.map(|p| Pair::of(WHITE, p)));
    let body = match (
        read(text, Some(DEFAULT_TEXT)),
        read(background, Some(DEFAULT_BACKGROUND)),
    ) {
        (Some(Some(t)), Some(Some(b))) => Some(Pair::of(t, b)),
        _ => None,
    };
    (main.flatten(), body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::parse;

    #[test]
    fn the_pairs_shown_agree_with_what_the_assistant_accepts() {
        let (main, body) = theme_pairs("#0b5cad", "", "");
        assert!(main.unwrap().readable && body.unwrap().readable);
        let (main, _) = theme_pairs("#ffd54f", "", "");
        let main = main.unwrap();
        assert_eq!((main.ratio_tenths, main.readable), (14, false));
        // The reader refuses exactly what the page marks unreadable.
        for (p, t, b) in [
            ("#ffd54f", "", ""),
            ("#0b5cad", "#777777", "#808080"),
            ("#222222", "#1a1a1a", "#fefefe"),
        ] {
            let (main, body) = theme_pairs(p, t, b);
            let mut file = format!(r#"{{"theme": {{"primary_color": "{p}""#);
            for (k, v) in [("text_color", t), ("background_color", b)] {
                if !v.is_empty() {
                    file.push_str(&format!(r#", "{k}": "{v}""#));
                }
            }
            file.push_str("}}");
            let refused = parse(&file).problems.len();
            let marked = [main, body]
                .iter()
                .flatten()
                .filter(|x| !x.readable)
                .count();
            assert_eq!(refused, marked, "{file}");
        }
        assert_eq!(
            theme_pairs("", "", ""),
            (None, Some(Pair::of(DEFAULT_TEXT, DEFAULT_BACKGROUND)))
        );
        assert_eq!(theme_pairs("blue", "", "").0, None);
    }

    #[test]
    fn every_colour_field_has_its_built_in_colour() {
        use crate::domain::setup::{Kind, FIELDS};
        let colours: Vec<&str> = FIELDS
            .iter()
            .filter(|f| f.kind == Kind::Colour)
            .map(|f| f.key)
            .collect();
        assert_eq!(colours.len(), 3);
        let shown: Vec<String> = colours.iter().map(|k| builtin_colour(k).to_hex()).collect();
        assert_eq!(shown, ["#0b5cad", "#1b1f24", "#ffffff"]);
    }
}
