//! Prints `tree-zh.json`: the Chinese display texts of the decision tree, in the order the
//! baked tables point into, as `build.rs` wrote them, then those of the interface's `Msg`
//! catalog. The release build's hook copies it into the build (`Trunk.toml`); the browser
//! fetches it only when it shows Chinese (see `domain::tree::baked` and
//! `domain::i18n::catalog`).
//!
//! Usage: cargo run --quiet --example tree_zh > dist/tree-zh.json

fn main() {
    print!("{}", recovery_assistant::domain::tree::chinese_file());
}
