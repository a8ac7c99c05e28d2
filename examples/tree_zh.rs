//! Prints `tree-zh.json`: the Chinese display texts of the decision tree, in the order the
//! baked tables point into, as `build.rs` wrote them. The release build's hook copies it
//! into the build (`Trunk.toml`); the browser fetches it only when it shows Chinese (see
//! `domain::tree::baked`).
//!
//! Usage: cargo run --quiet --example tree_zh > dist/tree-zh.json

fn main() {
    print!(
        "{}",
        include_str!(concat!(env!("OUT_DIR"), "/tree-zh.json"))
    );
}
