//! Bakes `data/tree.json` into static Rust tables (`$OUT_DIR/tree_baked.rs`), and its
//! Chinese display texts into `$OUT_DIR/tree-zh.json`, which the browser fetches instead
//! of carrying them in the wasm (see `domain::tree::baked`).
//!
//! Why: parsing the tree at run time needs serde's derived deserializers in the wasm,
//! about 15 KB compressed of the first page load. The tables hold the same strings; the
//! crate turns them into its owned tree types once (`domain::tree::baked`), and a native
//! test checks that the result equals what `Tree::from_json` makes of the same file, so
//! the two can never drift.
//!
//! This script only transcribes: it reads fields by name and fails the build with a
//! clear message when the file is not the shape the crate expects. Content rules (ids,
//! links, translations) are the validator's job, in the tests.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

const SOURCE: &str = "data/tree.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| fail(&format!("read: {e}")));
    let tree: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("not JSON: {e}")));
    let mut out = bake(&tree);
    let en = EN.with(|all| all.take());
    let _ = writeln!(out, "pub static EN: &str = {en:?};");
    let zh = ZH.with(|list| list.take());
    // The browser fetches the Chinese texts only when it shows Chinese (tree-zh.json,
    // written next to the tables and copied into the build by examples/tree_zh.rs), so
    // the wasm carries the English ones alone; native builds (the tests) carry both.
    let web = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let literals: Vec<String> = if web {
        Vec::new()
    } else {
        zh.iter().map(|s| format!("{s:?}")).collect()
    };
    let _ = writeln!(
        out,
        "pub static ZH: &[&str] = &[{}];\npub const ZH_COUNT: usize = {};",
        literals.join(", "),
        zh.len()
    );
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("tree_baked.rs"), out)
        .unwrap_or_else(|e| fail(&format!("write: {e}")));
    let json = serde_json::to_string(&zh).expect("strings serialize");
    std::fs::write(Path::new(&dir).join("tree-zh.json"), json)
        .unwrap_or_else(|e| fail(&format!("write: {e}")));
}

fn fail(msg: &str) -> ! {
    panic!("{SOURCE}: {msg}");
}

fn obj<'a>(v: &'a Value, what: &str) -> &'a Map<String, Value> {
    v.as_object()
        .unwrap_or_else(|| fail(&format!("{what} is not an object")))
}

fn field<'a>(o: &'a Map<String, Value>, name: &str, what: &str) -> &'a Value {
    o.get(name)
        .unwrap_or_else(|| fail(&format!("{what} has no `{name}`")))
}

fn string(v: &Value, what: &str) -> String {
    let s = v
        .as_str()
        .unwrap_or_else(|| fail(&format!("{what} is not a string")));
    // `{:?}` writes a valid Rust string literal, escapes included.
    format!("{s:?}")
}

thread_local! {
    /// Every Chinese display text, in the order `localized` meets them: `ZH` natively,
    /// `tree-zh.json` for the browser.
    static ZH: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

thread_local! {
    /// Every English display text, in the order `localized` meets them, as one string:
    /// the tables hold offsets into it rather than a pointer and a length per text, which
    /// compresses to less in the wasm.
    static EN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Adds an English display text to `EN` and returns its byte offset and length.
fn push_en(en: &str) -> (u16, u16) {
    EN.with(|all| {
        let mut all = all.borrow_mut();
        let start = all.len();
        all.push_str(en);
        let fit = |n: usize| {
            u16::try_from(n).unwrap_or_else(|_| fail("the English texts outgrew u16 offsets"))
        };
        (fit(start), fit(en.len()))
    })
}

/// Adds a Chinese display text to `ZH` and returns its position.
fn push_zh(zh: &str) -> usize {
    ZH.with(|list| {
        let mut list = list.borrow_mut();
        list.push(zh.to_string());
        list.len() - 1
    })
}

/// A text as the offset and length of its English version in `EN` and the position of
/// its Chinese one in `ZH` (`baked::EnZh`).
fn localized(v: &Value, what: &str) -> String {
    let o = obj(v, what);
    let text = |lang: &str| {
        o.get(lang).map_or("", |s| {
            s.as_str()
                .unwrap_or_else(|| fail(&format!("{what} is not a string")))
        })
    };
    let index = push_zh(text("zh"));
    let (start, len) = push_en(text("en"));
    format!("({start}, {len}, {index})")
}

fn list(v: Option<&Value>, what: &str, each: impl Fn(&Value, &str) -> String) -> String {
    let items = v.map_or(&[][..], |v| {
        v.as_array()
            .map(Vec::as_slice)
            .unwrap_or_else(|| fail(&format!("{what} is not a list")))
    });
    let inner: Vec<String> = items.iter().map(|i| each(i, what)).collect();
    format!("&[{}]", inner.join(", "))
}

/// A list of plain strings (ids, keywords) as one literal, its items separated by a line
/// break (`baked::Joined`): one pointer per list instead of one per item.
fn joined(v: Option<&Value>, what: &str) -> String {
    let items = v.map_or(&[][..], |v| {
        v.as_array()
            .map(Vec::as_slice)
            .unwrap_or_else(|| fail(&format!("{what} is not a list")))
    });
    let items: Vec<&str> = items
        .iter()
        .map(|i| {
            let s = i
                .as_str()
                .unwrap_or_else(|| fail(&format!("{what}: an item is not a string")));
            if s.contains('\n') {
                fail(&format!("{what}: {s:?} has a line break"));
            }
            s
        })
        .collect();
    format!("{:?}", items.join("\n"))
}

fn per_locale(v: Option<&Value>, what: &str) -> String {
    let empty = Map::new();
    let o = v.map_or(&empty, |v| obj(v, what));
    format!(
        "({}, {})",
        joined(o.get("en"), what),
        joined(o.get("zh"), what)
    )
}

/// The optional `audience` of a node as a Rust expression. Missing is kept as `None`:
/// the validator, not the build, reports an outcome without one.
fn audience(n: &Map<String, Value>, what: &str) -> String {
    match n.get("audience") {
        None => "None".into(),
        Some(v) => match v.as_str() {
            Some("employee") => "Some(super::Audience::Employee)".into(),
            Some("administrator") => "Some(super::Audience::Administrator)".into(),
            Some("either") => "Some(super::Audience::Either)".into(),
            _ => fail(&format!("{what}: unknown audience {v}")),
        },
    }
}

fn bake(tree: &Value) -> String {
    let root = obj(tree, "the file");
    let mut out = String::from("// Generated by build.rs from data/tree.json. Do not edit.\n\n");
    let _ = writeln!(
        out,
        "pub static START: &str = {};",
        string(field(root, "start", "the file"), "start")
    );
    let _ = writeln!(
        out,
        "pub static LAST_RESORT: &str = {};",
        string(field(root, "last_resort", "the file"), "last_resort")
    );

    // The tree-wide wording, `texts` in the file.
    let wording = obj(field(root, "texts", "the file"), "texts");
    out.push_str("pub fn wording(zh: Chinese) -> super::TreeWording {\n    super::TreeWording {\n");
    for (name, v) in wording {
        let _ = writeln!(
            out,
            "        {name}: localized({}, zh),",
            localized(v, name)
        );
    }
    out.push_str("    }\n}\n\n");

    let nodes = field(root, "nodes", "the file")
        .as_array()
        .unwrap_or_else(|| fail("nodes is not a list"));
    out.push_str("pub static NODES: &[BakedNode] = &[\n");
    for (i, node) in nodes.iter().enumerate() {
        let what = format!("nodes[{i}]");
        let n = obj(node, &what);
        let id = string(field(n, "id", &what), &what);
        match field(n, "kind", &what).as_str() {
            Some("question") => {
                let choices = list(n.get("choices"), &what, |c, what| {
                    let c = obj(c, what);
                    format!(
                        "({}, {}, {})",
                        localized(field(c, "label", what), what),
                        string(field(c, "next", what), what),
                        joined(c.get("rules_out"), what)
                    )
                });
                let _ = writeln!(
                    out,
                    "    BakedNode::Question(BakedQuestion {{ id: {id}, audience: {}, text: {}, choices: {choices} }}),",
                    audience(n, &what),
                    localized(field(n, "text", &what), &what)
                );
            }
            Some("outcome") => {
                let audience = audience(n, &what);
                let error_message = n
                    .get("error_message")
                    .map_or_else(|| "None".into(), |e| format!("Some({})", string(e, &what)));
                // Its Chinese text joins the fetched list like any other Chinese text.
                let error_message_zh = n.get("error_message_zh").map_or_else(
                    || "None".into(),
                    |e| {
                        let e = obj(e, &what);
                        let confirmed =
                            field(e, "confirmed", &what).as_bool().unwrap_or_else(|| {
                                fail(&format!("{what}: `confirmed` is not a boolean"))
                            });
                        let zh = field(e, "zh", &what).as_str().unwrap_or_else(|| {
                            fail(&format!("{what}: error_message_zh.zh is not a string"))
                        });
                        format!("Some(({}, {confirmed}))", push_zh(zh))
                    },
                );
                let not_solved_lead = n.get("not_solved_lead").map_or_else(
                    || "None".into(),
                    |t| format!("Some({})", localized(t, &what)),
                );
                let faq = list(n.get("faq"), &what, |f, what| {
                    let f = obj(f, what);
                    format!(
                        "({}, {})",
                        localized(field(f, "q", what), what),
                        localized(field(f, "a", what), what)
                    )
                });
                let _ = writeln!(
                    out,
                    "    BakedNode::Outcome(&BakedOutcome {{ id: {id}, audience: {audience}, title: {}, error_message: {error_message}, \
                     error_message_zh: {error_message_zh}, what_happened: {}, why: {}, steps: {}, verification: {}, notes: {}, faq: {faq}, \
                     links: {}, keywords: {}, aliases: {}, not_solved_lead: {not_solved_lead}, not_solved: {} }}),",
                    localized(field(n, "title", &what), &what),
                    localized(field(n, "what_happened", &what), &what),
                    localized(field(n, "why", &what), &what),
                    list(n.get("steps"), &what, localized),
                    list(n.get("verification"), &what, localized),
                    list(n.get("notes"), &what, localized),
                    joined(n.get("links"), &what),
                    per_locale(n.get("keywords"), &what),
                    per_locale(n.get("aliases"), &what),
                    joined(n.get("not_solved"), &what),
                );
            }
            _ => fail(&format!(
                "{what}: `kind` must be \"question\" or \"outcome\""
            )),
        }
    }
    out.push_str("];\n");
    out
}
