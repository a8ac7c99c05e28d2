//! The seam between the two bundles (`src/ui/seam`): the host's imports and the on-demand
//! bundle's exports must be the same calls. A mismatch compiles on both sides and shows
//! only as a broken page in the browser, so this test reads both declarations and
//! compares names, parameters and return types.

use std::collections::BTreeMap;

/// `name -> (parameters, return type)`, with whitespace collapsed and references dropped
/// (`&str` and `String`, `&HtmlElement` and `HtmlElement` cross the boundary alike).
type Calls = BTreeMap<String, (Vec<String>, String)>;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads every `fn name(params) -> ret` that follows `marker` in `source`.
fn calls(source: &str, marker: &str, skip_self: bool) -> Calls {
    let mut out = Calls::new();
    let mut rest = source;
    while let Some(at) = rest.find(marker) {
        rest = &rest[at + marker.len()..];
        let fn_at = rest.find("fn ").expect("a function follows the attribute");
        let sig = &rest[fn_at + 3..];
        let open = sig.find('(').unwrap();
        let name = sig[..open].trim().to_string();
        let close = sig.find(')').unwrap();
        let params: Vec<String> = sig[open + 1..close]
            .split(',')
            .map(collapse)
            .filter(|p| !p.is_empty())
            .filter(|p| !(skip_self && p.starts_with("this:")))
            .map(|p| p.replace("&", "").replace(": ", ":"))
            .collect();
        let after = &sig[close + 1..];
        let end = after.find(['{', ';']).unwrap();
        let ret = collapse(after[..end].trim().trim_start_matches("->"));
        out.insert(name, (params, ret));
    }
    out
}

#[test]
fn the_host_imports_exactly_what_the_on_demand_bundle_exports() {
    let host = calls(
        include_str!("../src/ui/seam/host.rs"),
        "#[wasm_bindgen(method)]",
        true,
    );
    let guest = calls(
        include_str!("../src/bin/on_demand.rs"),
        "#[wasm_bindgen]\n",
        false,
    );
    assert!(host.len() >= 6, "host calls found: {host:?}");
    assert_eq!(host, guest);
}

#[test]
fn the_reader_sees_a_difference_in_a_parameter() {
    let host = calls(
        "#[wasm_bindgen(method)]\n fn mount(this: &Guest, hash: &str, focus: bool);",
        "#[wasm_bindgen(method)]",
        true,
    );
    let guest = calls(
        "#[wasm_bindgen]\npub fn mount(hash: &str) {}",
        "#[wasm_bindgen]\n",
        false,
    );
    assert_ne!(host, guest);
    assert_eq!(host["mount"].0, vec!["hash:str", "focus:bool"]);
}

#[test]
fn every_call_is_a_row_of_the_seams_table() {
    let doc = include_str!("../src/ui/seam/mod.rs");
    let host = calls(
        include_str!("../src/ui/seam/host.rs"),
        "#[wasm_bindgen(method)]",
        true,
    );
    for name in host.keys() {
        assert!(
            doc.contains(&format!("//! | `{name}(")),
            "{name} is not in the table"
        );
    }
}
