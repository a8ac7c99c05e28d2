//! Reads a greyscale image (binary PGM, `P5`) on standard input and prints the text of
//! every QR code found in it, one per line, with an independent decoder (`rqrr`). The
//! cross-engine tests (tests/engines/) use it on the QR demo's code as each browser
//! engine drew it, taken from a screenshot. Exits 1 when no code decodes.
//!
//! Usage: cargo run --quiet --example qr_scan < code.pgm

use std::io::Read;

fn main() {
    let mut data = Vec::new();
    std::io::stdin()
        .read_to_end(&mut data)
        .expect("reads standard input");
    let (width, height, pixels) = parse_pgm(&data).expect("a binary PGM (P5) with maxval 255");
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let mut found = false;
    for grid in image.detect_grids() {
        if let Ok((_, text)) = grid.decode() {
            println!("{text}");
            found = true;
        }
    }
    if !found {
        eprintln!("no QR code decoded in the {width}x{height} image");
        std::process::exit(1);
    }
}

/// Width, height and pixels of a `P5` image whose header is `P5 <w> <h> 255` and a space.
fn parse_pgm(data: &[u8]) -> Option<(usize, usize, &[u8])> {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&data[start..at]).ok()?);
    }
    let (w, h) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
    if fields[0] != "P5" || fields[3] != "255" {
        return None;
    }
    let pixels = data.get(at + 1..at + 1 + w * h)?;
    Some((w, h, pixels))
}
