//! Criterion benchmarks of the domain, run natively by the benchmark command
//! (`scripts/bench.sh`), which reads their medians from `target/criterion/` and compares
//! them with the budgets in `scripts/bench.mjs`. Not part of `cargo test`.
//!
//! Each measures work the page does per user action: one password evaluation per
//! keystroke (with the largest keyword list a postmaster can set), one search per
//! keystroke, the tree validation the tests run on the shipped file, and encoding the
//! QR demo's confirmation address.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, BenchmarkId, Criterion};
    use recovery_assistant::domain::config::MAX_WEAK_KEYWORDS;
    use recovery_assistant::domain::policy::{Checker, Input, PasswordPolicy};
    use recovery_assistant::domain::qr::{confirm_url, modules, render_svg, Token};
    use recovery_assistant::domain::search::SearchIndex;
    use recovery_assistant::domain::tree::{validate, Tree};
    use std::hint::black_box;

    /// 500 distinct keywords of realistic shape (company words, years, keyboard runs).
    fn keywords() -> Vec<String> {
        (0..MAX_WEAK_KEYWORDS)
            .map(|i| {
                format!(
                    "{}{}",
                    ["acme", "qwerty", "summer", "北京", "admin"][i % 5],
                    i
                )
            })
            .collect()
    }

    fn policy(c: &mut Criterion) {
        let checker = Checker::new(&PasswordPolicy {
            weak_keywords: keywords(),
            ..PasswordPolicy::default()
        });
        // 64 characters, the default maximum: the worst case a keystroke can bring.
        let password: String = "Zh4ng.Wei-Spring!".chars().cycle().take(64).collect();
        let mut group = c.benchmark_group("policy");
        for len in [16, 64] {
            let typed: String = password.chars().take(len).collect();
            group.bench_with_input(
                BenchmarkId::new("evaluate_500_keywords", len),
                &typed,
                |b, p| {
                    b.iter(|| {
                        checker.evaluate(black_box(&Input {
                            email: "zhang.wei@example.com",
                            password: p,
                            confirm: p,
                            caps_lock: false,
                        }))
                    })
                },
            );
        }
        group.finish();
    }

    fn search(c: &mut Criterion) {
        let index = SearchIndex::shipped();
        let mut group = c.benchmark_group("search");
        for (name, query) in [
            ("error_209", "System error 209"),
            (
                "paraphrase",
                "i got locked out after typing the captcha wrong",
            ),
            ("chinese", "忘记密码"),
            ("pasted_256", &"the account is locked ".repeat(12)),
        ] {
            group.bench_with_input(BenchmarkId::new("query", name), query, |b, q| {
                b.iter(|| index.search(black_box(q)))
            });
        }
        group.finish();
    }

    fn tree(c: &mut Criterion) {
        let tree = Tree::shipped();
        c.bench_function("tree/validate_shipped", |b| {
            b.iter(|| validate(black_box(tree)))
        });
    }

    fn qr(c: &mut Criterion) {
        let url = confirm_url(
            "https://help.example.com/assistant/#/qr-demo",
            &Token::from_bytes([0x5a; 16]),
        );
        c.bench_function("qr/render_svg_confirm_url", |b| {
            b.iter(|| render_svg(black_box(&url)))
        });
        // The encoder alone (version, error correction, the best of eight masks), to
        // tell its share from the drawing's.
        c.bench_function("qr/modules_confirm_url", |b| {
            b.iter(|| modules(black_box(&url)))
        });
    }

    criterion_group!(benches, policy, search, tree, qr);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
