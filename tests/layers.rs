//! The shape of `src/`, checked by reading the source (plain std, no build of the crate):
//!
//! 1. **No import cycles between files.** A file that uses something defined in another
//!    file depends on it; no two files may depend on each other, directly or around a
//!    longer loop. `use crate::…`, `use super::…`, `use self::…` and paths written inline
//!    (`crate::domain::qr::render_svg(…)`, `super::kiosk::prepare()`, `browser::go(…)` in a
//!    `mod.rs` that declares `browser`) all count. A path is followed through `use`
//!    re-exports to the file that defines the item, so a `mod.rs` that re-exports its
//!    children's items, and children that use each other through it, are no cycle; a
//!    child using something *defined* in its `mod.rs` while that `mod.rs` uses the child
//!    is. Declaring a child (`mod x;`) is not a use. Test code (`#[cfg(test)]` items and
//!    files that exist only for tests) is left out: a shared fixture file necessarily
//!    uses the code it builds, and that code's tests use it.
//! 2. **`domain` stays plain Rust.** Nothing in `src/domain/` uses `crate::ui` or a
//!    browser crate (leptos, web-sys, wasm-bindgen, js-sys, …), so every rule is tested
//!    natively. The one exception is [`BROWSER_BRIDGE`]: NFKC normalization calls the
//!    browser's `String.prototype.normalize` on wasm32 instead of shipping Unicode tables.
//! 3. **No file over [`MAX_LINES`] lines of non-test code** (the lines before its
//!    `#[cfg(test)] mod …` block; files that exist only for tests are not counted). A
//!    longer file is split along its seams into a folder.
//!
//! The reading is rough but careful where it matters: comments, strings (raw strings with
//! inline JavaScript too) and char literals are blanked before anything is looked at.
//! The tests at the end of this file plant cycles and forbidden uses in made-up sources
//! to show that each rule fails when it should.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The most lines of non-test code a source file may have.
const MAX_LINES: usize = 600;

/// Crates that only exist in the browser build.
const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "js_sys",
    "gloo_timers",
];

/// The one domain file allowed to call the browser (see rule 2 above).
const BROWSER_BRIDGE: &str = "src/domain/nfkc.rs";

/// The library's name as the binaries write it.
const LIB: &str = "recovery_assistant";

// ---------------------------------------------------------------------------------------
// Reading a file
// ---------------------------------------------------------------------------------------

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The source with comments, string literals and char literals replaced by spaces (line
/// breaks kept, so line numbers still hold).
fn blank_out(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        let prev = if i > 0 { Some(c[i - 1]) } else { None };
        let at_token_start = prev.is_none_or(|p| !is_ident_char(p));
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            let mut depth = 0usize;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if ch == 'r'
            && (at_token_start || (prev == Some('b') && (i < 2 || !is_ident_char(c[i - 2]))))
            && matches!(next, Some('#') | Some('"'))
        {
            // A raw string r"…", r#"…"#, br"…"; or a raw identifier r#name.
            let mut j = i + 1;
            while c.get(j) == Some(&'#') {
                j += 1;
            }
            let hashes = j - i - 1;
            if c.get(j) != Some(&'"') {
                out.push(ch);
                i += 1;
                continue;
            }
            for _ in i..=j {
                out.push(' ');
            }
            i = j + 1;
            while i < c.len() {
                if c[i] == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
                    for _ in 0..=hashes {
                        out.push(' ');
                    }
                    i += hashes + 1;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if ch == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    if let Some(&e) = c.get(i + 1) {
                        blank(&mut out, e);
                    }
                    i += 2;
                } else if c[i] == '"' {
                    out.push(' ');
                    i += 1;
                    break;
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if ch == '\'' && next == Some('\\') {
            // An escaped char literal: '\n', '\'', '\u{301}'.
            out.push_str("  ");
            i += 2;
            while i < c.len() && c[i] != '\'' {
                out.push(' ');
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else if ch == '\'' && c.get(i + 2) == Some(&'\'') {
            // A plain char literal: 'x', '{'.
            out.push_str("   ");
            i += 3;
        } else {
            // Code, or the quote of a lifetime ('a, 'static).
            out.push(ch);
            i += 1;
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Tok {
    s: String,
    line: usize,
}

impl Tok {
    fn is(&self, s: &str) -> bool {
        self.s == s
    }

    fn is_ident(&self) -> bool {
        self.s
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
    }
}

/// Identifiers, numbers, lifetimes, `::` and single punctuation characters.
fn tokenize(blanked: &str) -> Vec<Tok> {
    let c: Vec<char> = blanked.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if is_ident_char(ch)
            || (ch == '\'' && c.get(i + 1).is_some_and(|&n| is_ident_char(n)))
        {
            let start = i;
            i += 1;
            while i < c.len() && is_ident_char(c[i]) {
                i += 1;
            }
            let mut s: String = c[start..i].iter().collect();
            // A raw identifier, r#name, is the name.
            if s == "r" && c.get(i) == Some(&'#') && c.get(i + 1).is_some_and(|&n| is_ident_char(n))
            {
                let start = i + 1;
                i += 1;
                while i < c.len() && is_ident_char(c[i]) {
                    i += 1;
                }
                s = c[start..i].iter().collect();
            }
            out.push(Tok { s, line });
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(Tok {
                s: "::".into(),
                line,
            });
            i += 2;
        } else {
            out.push(Tok {
                s: ch.to_string(),
                line,
            });
            i += 1;
        }
    }
    out
}

/// Whether `#[cfg(test)]` (or `#![cfg(test)]`) starts at `i`; returns the index of its `]`.
fn cfg_test_at(t: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    if !t.get(j)?.is("#") {
        return None;
    }
    j += 1;
    if t.get(j)?.is("!") {
        j += 1;
    }
    let want = ["[", "cfg", "(", "test", ")", "]"];
    for w in want {
        if !t.get(j)?.is(w) {
            return None;
        }
        j += 1;
    }
    Some(j - 1)
}

/// The index of the bracket closing the one opened at `open`.
fn closing(t: &[Tok], open: usize) -> usize {
    let mut depth = 0i32;
    for (k, tok) in t.iter().enumerate().skip(open) {
        match tok.s.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    t.len() - 1
}

/// The index past the attributes (`#[…]`) starting at `i`.
fn skip_attributes(t: &[Tok], mut i: usize) -> usize {
    while i + 1 < t.len() && t[i].is("#") && t[i + 1].is("[") {
        i = closing(t, i + 1) + 1;
    }
    i
}

/// The last index of the item starting at `i` (after its attributes).
fn item_end(t: &[Tok], i: usize) -> usize {
    let mut k = i;
    while k < t.len() && (t[k].is("pub") || t[k].is("(") && k > i && t[k - 1].is("pub")) {
        k = if t[k].is("(") {
            closing(t, k) + 1
        } else {
            k + 1
        };
    }
    let ends_with_semicolon = t.get(k).is_some_and(|tok| {
        ["use", "const", "static", "type", "let", "extern"].contains(&tok.s.as_str())
    });
    let mut depth = 0i32;
    for (j, tok) in t.iter().enumerate().skip(i) {
        match tok.s.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" => depth -= 1,
            "}" => {
                depth -= 1;
                if depth == 0 && !ends_with_semicolon {
                    return j;
                }
            }
            ";" if depth == 0 => return j,
            _ => {}
        }
    }
    t.len() - 1
}

/// Which tokens are test-only code, whether the whole file is (`#![cfg(test)]`), and the
/// line where the file's tests start (its first `#[cfg(test)] mod … { … }` at the top).
fn test_regions(t: &[Tok]) -> (Vec<bool>, bool, Option<usize>) {
    let mut mask = vec![false; t.len()];
    let mut whole_file = false;
    let mut tests_start = None;
    let mut depth = 0i32;
    let mut i = 0;
    while i < t.len() {
        if let Some(close) = cfg_test_at(t, i) {
            if t[i + 1].is("!") {
                whole_file = true;
                i = close + 1;
                continue;
            }
            let item = skip_attributes(t, close + 1);
            let end = item_end(t, item);
            let mut k = item;
            if t.get(k).is_some_and(|x| x.is("pub")) {
                k += 1;
                if t.get(k).is_some_and(|x| x.is("(")) {
                    k = closing(t, k) + 1;
                }
            }
            if depth == 0
                && tests_start.is_none()
                && t.get(k).is_some_and(|x| x.is("mod"))
                && t.get(k + 2).is_some_and(|x| x.is("{"))
            {
                tests_start = Some(t[i].line);
            }
            for m in mask.iter_mut().take(end + 1).skip(i) {
                *m = true;
            }
            // Brackets inside the item are balanced, so the depth after it is unchanged.
            i = end + 1;
            continue;
        }
        match t[i].s.as_str() {
            "{" => depth += 1,
            "}" => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    (mask, whole_file, tests_start)
}

/// One name or glob brought in by a `use`, or one path written inline.
#[derive(Debug, Clone)]
struct Reference {
    /// The module the reference is written in (an inline `mod tests` has its own).
    module: Vec<String>,
    segments: Vec<String>,
    /// `use a::b::*`.
    glob: bool,
    /// The name a `use` binds (its alias, or its last segment); `None` for inline paths.
    binds: Option<String>,
    line: usize,
    /// Written in test code.
    test: bool,
    /// An inline path that is called, `a::b(…)`: its last segment is a function, even
    /// where a module of the same name exists (`ui::start()` and the `ui::start` page).
    called: bool,
}

/// Reads one use tree at `t[*i]`, appending its leaves to `out`.
fn use_tree(
    t: &[Tok],
    i: &mut usize,
    prefix: &[String],
    leaf: &dyn Fn(Vec<String>, bool, Option<String>),
) {
    let mut segs = prefix.to_vec();
    if t.get(*i).is_some_and(|x| x.is("::")) {
        *i += 1;
    }
    while let Some(tok) = t.get(*i) {
        if tok.is("{") {
            *i += 1;
            loop {
                match t.get(*i) {
                    None => return,
                    Some(x) if x.is("}") => {
                        *i += 1;
                        return;
                    }
                    Some(x) if x.is(",") => *i += 1,
                    Some(_) => use_tree(t, i, &segs, leaf),
                }
            }
        } else if tok.is("*") {
            *i += 1;
            leaf(segs, true, None);
            return;
        } else if tok.is_ident() {
            segs.push(tok.s.clone());
            *i += 1;
            if t.get(*i).is_some_and(|x| x.is("::")) {
                *i += 1;
                continue;
            }
            let mut name = segs.last().cloned();
            if t.get(*i).is_some_and(|x| x.is("as")) {
                name = t.get(*i + 1).map(|x| x.s.clone()).filter(|n| n != "_");
                *i += 2;
            }
            if segs.last().is_some_and(|s| s == "self") {
                segs.pop();
                if name.as_deref() == Some("self") {
                    name = segs.last().cloned();
                }
            }
            leaf(segs, false, name);
            return;
        } else {
            return;
        }
    }
}

/// What one file declares and refers to.
#[derive(Debug, Default)]
struct FileFacts {
    /// Modules in this file (the file's own, and inline ones such as `mod tests`) and
    /// what each declares: child modules, and items defined at its top.
    children: BTreeMap<Vec<String>, BTreeSet<String>>,
    items: BTreeMap<Vec<String>, BTreeSet<String>>,
    /// Child modules declared `#[cfg(test)] mod name;`: files that exist for tests.
    test_children: Vec<Vec<String>>,
    references: Vec<Reference>,
    /// Every identifier of the code, with its line.
    idents: Vec<(String, usize)>,
    test_only: bool,
    tests_start: Option<usize>,
    lines: usize,
}

fn read_file(module: &[String], src: &str) -> FileFacts {
    let t = tokenize(&blank_out(src));
    let (mask, test_only, tests_start) = test_regions(&t);
    let mut facts = FileFacts {
        test_only,
        tests_start,
        lines: src.lines().count(),
        ..FileFacts::default()
    };
    facts.children.insert(module.to_vec(), BTreeSet::new());
    facts.items.insert(module.to_vec(), BTreeSet::new());
    // Inline modules open: (absolute path, brace depth of the body).
    let mut open: Vec<(Vec<String>, usize)> = Vec::new();
    let mut pending_inline: Option<Vec<String>> = None;
    let mut depth = 0usize;
    let mut i = 0;
    while i < t.len() {
        let here: Vec<String> = open.last().map_or_else(|| module.to_vec(), |m| m.0.clone());
        let body_depth = open.last().map_or(0, |m| m.1);
        let tok = &t[i];
        if tok.is_ident() {
            facts.idents.push((tok.s.clone(), tok.line));
        }
        match tok.s.as_str() {
            "{" => {
                depth += 1;
                if let Some(m) = pending_inline.take() {
                    open.push((m, depth));
                }
            }
            "}" => {
                if open.last().is_some_and(|m| m.1 == depth) {
                    open.pop();
                }
                depth = depth.saturating_sub(1);
            }
            "mod" if t.get(i + 1).is_some_and(Tok::is_ident) => {
                let name = t[i + 1].s.clone();
                facts
                    .children
                    .entry(here.clone())
                    .or_default()
                    .insert(name.clone());
                let mut path = here.clone();
                path.push(name);
                if t.get(i + 2).is_some_and(|x| x.is("{")) {
                    facts.children.entry(path.clone()).or_default();
                    facts.items.entry(path.clone()).or_default();
                    pending_inline = Some(path);
                } else if mask[i] {
                    facts.test_children.push(path);
                }
                i += 2;
                continue;
            }
            "use" => {
                let line = tok.line;
                let mut j = i + 1;
                let found = std::cell::RefCell::new(Vec::new());
                use_tree(&t, &mut j, &[], &|segments, glob, binds| {
                    found.borrow_mut().push(Reference {
                        module: here.clone(),
                        segments,
                        glob,
                        binds,
                        line,
                        test: mask[i],
                        called: false,
                    })
                });
                facts.references.extend(found.into_inner());
                for x in t.iter().take(j).skip(i + 1).filter(|x| x.is_ident()) {
                    facts.idents.push((x.s.clone(), x.line));
                }
                i = j;
                continue;
            }
            "fn" | "struct" | "enum" | "trait" | "const" | "static" | "type" | "union"
                if depth == body_depth =>
            {
                if let Some(name) = t.get(i + 1).filter(|n| n.is_ident() && !n.is("fn")) {
                    facts
                        .items
                        .entry(here.clone())
                        .or_default()
                        .insert(name.s.clone());
                }
            }
            "macro_rules" if depth == body_depth && t.get(i + 1).is_some_and(|x| x.is("!")) => {
                if let Some(name) = t.get(i + 2) {
                    facts
                        .items
                        .entry(here.clone())
                        .or_default()
                        .insert(name.s.clone());
                }
            }
            _ => {}
        }
        // A path written inline: `a::b::c`, taken whole from its first segment.
        if tok.is_ident()
            && (i == 0 || !t[i - 1].is("::"))
            && t.get(i + 1).is_some_and(|x| x.is("::"))
            && t.get(i + 2).is_some_and(Tok::is_ident)
        {
            let mut segments = vec![tok.s.clone()];
            let mut k = i + 1;
            while t.get(k).is_some_and(|x| x.is("::")) && t.get(k + 1).is_some_and(Tok::is_ident) {
                segments.push(t[k + 1].s.clone());
                k += 2;
            }
            facts.references.push(Reference {
                module: here.clone(),
                segments,
                glob: false,
                binds: None,
                line: tok.line,
                test: mask[i],
                called: t.get(k).is_some_and(|x| x.is("(")),
            });
        }
        i += 1;
    }
    facts
}

// ---------------------------------------------------------------------------------------
// The crate's modules, and where a path leads
// ---------------------------------------------------------------------------------------

/// The module path of a source file: `src/lib.rs` is the library's root, `src/a/b.rs` and
/// `src/a/b/mod.rs` are `a::b` in it; `src/main.rs` and `src/bin/x.rs` are crates of their own.
fn module_of(path: &str) -> Vec<String> {
    let rel = path.strip_prefix("src/").unwrap_or(path);
    let rel = rel.strip_suffix(".rs").unwrap_or(rel);
    if rel == "lib" {
        return vec![LIB.into()];
    }
    if rel == "main" {
        return vec!["bin:main".into()];
    }
    if let Some(bin) = rel.strip_prefix("bin/") {
        return vec![format!("bin:{}", bin.trim_end_matches("/main"))];
    }
    let mut m = vec![LIB.to_string()];
    m.extend(rel.split('/').map(String::from));
    if m.last().is_some_and(|s| s == "mod") {
        m.pop();
    }
    m
}

#[derive(Default)]
struct Module {
    file: usize,
    children: BTreeSet<String>,
    items: BTreeSet<String>,
    /// Names brought in by `use` (re-exported or not: child modules may reach them with
    /// `super::`), to the absolute path they stand for.
    bindings: BTreeMap<String, Vec<String>>,
    globs: Vec<Vec<String>>,
}

struct Crate {
    files: Vec<String>,
    facts: Vec<FileFacts>,
    modules: BTreeMap<Vec<String>, Module>,
}

/// A use of one file by another.
#[derive(Debug, Clone)]
struct Edge {
    from: usize,
    to: usize,
    line: usize,
    path: String,
    /// From test code.
    test: bool,
}

impl Crate {
    fn new(sources: &[(String, String)]) -> Crate {
        let mut files = Vec::new();
        let mut facts = Vec::new();
        let mut modules: BTreeMap<Vec<String>, Module> = BTreeMap::new();
        for (f, (path, text)) in sources.iter().enumerate() {
            let module = module_of(path);
            let file_facts = read_file(&module, text);
            for (m, children) in &file_facts.children {
                let entry = modules.entry(m.clone()).or_default();
                entry.file = f;
                entry.children.extend(children.iter().cloned());
            }
            for (m, items) in &file_facts.items {
                modules
                    .entry(m.clone())
                    .or_default()
                    .items
                    .extend(items.iter().cloned());
            }
            files.push(path.clone());
            facts.push(file_facts);
        }
        let mut krate = Crate {
            files,
            facts,
            modules,
        };
        // Bindings are read in order, so `use a::{self}; use a::b;` works as rustc's
        // uniform paths do.
        for f in 0..krate.facts.len() {
            for r in krate.facts[f].references.clone() {
                if r.binds.is_none() && !r.glob {
                    continue;
                }
                let Some(target) = krate.absolute(&r.module, &r.segments) else {
                    continue;
                };
                let Some(m) = krate.modules.get_mut(&r.module) else {
                    continue;
                };
                if r.glob {
                    m.globs.push(target);
                } else if let Some(name) = r.binds {
                    m.bindings.insert(name, target);
                }
            }
        }
        krate
    }

    /// The absolute path for `segments` written in `module`; `None` for other crates
    /// (`std::…`, `leptos::…`) and for local names (`Self::`, a variable, an enum).
    fn absolute(&self, module: &[String], segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?.as_str();
        let (mut base, rest) = match first {
            "crate" => (vec![module.first()?.clone()], 1),
            LIB => (vec![LIB.to_string()], 1),
            "self" => (module.to_vec(), 1),
            "super" => {
                let n = segments.iter().take_while(|s| *s == "super").count();
                if n >= module.len() {
                    return None;
                }
                (module[..module.len() - n].to_vec(), n)
            }
            name => {
                let m = self.modules.get(module)?;
                if m.children.contains(name) {
                    (module.to_vec(), 0)
                } else {
                    (m.bindings.get(name)?.clone(), 1)
                }
            }
        };
        base.extend(segments[rest..].iter().cloned());
        Some(base)
    }

    /// The file that defines what `path` names: the deepest module on the path, or,
    /// when the next segment was brought into that module by a `use`, wherever that
    /// leads. `called`: the last segment is a function (see [`Reference::called`]).
    fn locate(&self, path: &[String], hops: usize, called: bool) -> Option<usize> {
        let mut cur = vec![path.first()?.clone()];
        let mut m = self.modules.get(&cur)?;
        for (i, seg) in path.iter().enumerate().skip(1) {
            let function = called
                && i + 1 == path.len()
                && (m.items.contains(seg) || m.bindings.contains_key(seg));
            if m.children.contains(seg) && !function {
                cur.push(seg.clone());
                match self.modules.get(&cur) {
                    Some(next) => m = next,
                    // A declared module without a file among the sources.
                    None => return Some(m.file),
                }
                continue;
            }
            if m.items.contains(seg) || hops > 16 {
                return Some(m.file);
            }
            let onward = |target: &[String]| {
                let mut t = target.to_vec();
                t.extend(path[i + 1..].iter().cloned());
                self.locate(&t, hops + 1, called)
            };
            if let Some(target) = m.bindings.get(seg) {
                return onward(target).or(Some(m.file));
            }
            for glob in &m.globs {
                let mut t = glob.clone();
                t.push(seg.clone());
                if let Some(g) = self.modules.get(glob) {
                    if g.items.contains(seg)
                        || g.children.contains(seg)
                        || g.bindings.contains_key(seg)
                    {
                        return onward(&t);
                    }
                }
            }
            return Some(m.file);
        }
        Some(m.file)
    }

    /// Every use of one file by another.
    fn edges(&self) -> Vec<Edge> {
        let mut out = Vec::new();
        for (f, facts) in self.facts.iter().enumerate() {
            let test_file = self.test_only(f);
            for r in &facts.references {
                let Some(abs) = self.absolute(&r.module, &r.segments) else {
                    continue;
                };
                if let Some(to) = self.locate(&abs, 0, r.called).filter(|&to| to != f) {
                    let mut path = r.segments.join("::");
                    if r.glob {
                        path.push_str("::*");
                    }
                    out.push(Edge {
                        from: f,
                        to,
                        line: r.line,
                        path,
                        test: r.test || test_file,
                    });
                }
            }
        }
        out
    }

    /// Files that exist only for tests: `#![cfg(test)]`, or declared `#[cfg(test)] mod x;`.
    fn test_only(&self, f: usize) -> bool {
        self.facts[f].test_only
            || self.facts.iter().any(|other| {
                other
                    .test_children
                    .iter()
                    .any(|m| self.modules.get(m).is_some_and(|m| m.file == f))
            })
    }
}

/// Strongly connected groups of more than one file (Tarjan's algorithm).
fn cycles(n: usize, edges: &[Edge]) -> Vec<Vec<usize>> {
    struct State {
        next: Vec<Vec<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        counter: usize,
        groups: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.counter);
        s.low[v] = s.counter;
        s.counter += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for w in s.next[v].clone() {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                group.push(w);
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.groups.push(group);
            }
        }
    }
    let mut next = vec![Vec::new(); n];
    for e in edges {
        if !next[e.from].contains(&e.to) {
            next[e.from].push(e.to);
        }
    }
    let mut s = State {
        next,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        counter: 0,
        groups: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.groups.sort();
    s.groups
}

// ---------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------

/// Everything wrong with `sources` (`(path, text)`, paths as `src/…`), one line each.
fn problems(sources: &[(String, String)]) -> Vec<String> {
    let krate = Crate::new(sources);
    let edges = krate.edges();
    let name = |f: usize| krate.files[f].as_str();
    let mut out = Vec::new();

    // 1. No cycles in the code that ships.
    let edges_shipped: Vec<Edge> = edges.iter().filter(|e| !e.test).cloned().collect();
    for group in cycles(krate.files.len(), &edges_shipped) {
        let mut names: Vec<&str> = group.iter().map(|&f| name(f)).collect();
        names.sort();
        let mut lines = vec![format!("import cycle among {}:", names.join(", "))];
        let mut seen = BTreeSet::new();
        for e in edges_shipped
            .iter()
            .filter(|e| group.contains(&e.from) && group.contains(&e.to))
        {
            if seen.insert((e.from, e.to)) {
                lines.push(format!(
                    "    {}:{} uses {} (`{}`)",
                    name(e.from),
                    e.line,
                    name(e.to),
                    e.path
                ));
            }
        }
        out.push(lines.join("\n"));
    }

    // 2. The domain stays plain Rust.
    for (f, path) in krate.files.iter().enumerate() {
        if !path.starts_with("src/domain/") || path == BROWSER_BRIDGE {
            continue;
        }
        let mut seen = BTreeSet::new();
        for (ident, line) in &krate.facts[f].idents {
            if BROWSER_CRATES.contains(&ident.as_str()) && seen.insert(ident.clone()) {
                out.push(format!("{path}:{line} uses the browser crate `{ident}`"));
            }
        }
        for e in edges.iter().filter(|e| e.from == f) {
            if name(e.to).starts_with("src/ui/") {
                out.push(format!(
                    "{path}:{} uses the UI: {} (`{}`)",
                    e.line,
                    name(e.to),
                    e.path
                ));
            }
        }
        for r in &krate.facts[f].references {
            if r.segments.len() > 1 && r.segments[0] == "crate" && r.segments[1] == "ui" {
                out.push(format!(
                    "{path}:{} uses `{}`",
                    r.line,
                    r.segments.join("::")
                ));
            }
        }
    }
    out.dedup();

    // 3. No long files.
    for (f, path) in krate.files.iter().enumerate() {
        if krate.test_only(f) {
            continue;
        }
        let facts = &krate.facts[f];
        let code = facts.tests_start.map_or(facts.lines, |l| l - 1);
        if code > MAX_LINES {
            out.push(format!(
                "{path} has {code} lines of non-test code (at most {MAX_LINES}): split it along its seams into a folder"
            ));
        }
    }
    out
}

/// Every `.rs` file under `src/`, as `(path from the crate root, text)`.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(&root.join("src"), root, &mut out);
    out
}

#[test]
fn the_sources_keep_their_layers() {
    let found = problems(&sources());
    assert!(
        found.is_empty(),
        "{} problem(s) in src/:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The reader sees the imports it is meant to see, so a clean result means something.
#[test]
fn the_reader_sees_the_real_imports() {
    let src = sources();
    let krate = Crate::new(&src);
    let edges = krate.edges();
    let has = |from: &str, to: &str| {
        edges
            .iter()
            .any(|e| krate.files[e.from] == from && krate.files[e.to] == to)
    };
    assert!(edges.len() > 100, "only {} uses between files", edges.len());
    // `use super::browser;`
    assert!(has("src/ui/app.rs", "src/ui/browser.rs"));
    // Inline, through a `use`: `host::start_kiosk(…)` after `use super::seam::host::{self, …}`.
    assert!(has("src/ui/app.rs", "src/ui/seam/host.rs"));
    // Through a re-export: `domain::qr::Token` is defined in `qr/token.rs`.
    assert!(has("src/ui/qr.rs", "src/domain/qr/phone.rs"));
    assert!(!has("src/ui/qr.rs", "src/domain/qr/mod.rs"));
    // The binaries reach the library by its name; `ui::start()` is the function that
    // `ui/mod.rs` re-exports from `launch.rs`, not the start page's module.
    assert!(has("src/bin/on_demand.rs", "src/ui/seam/guest.rs"));
    assert!(has("src/main.rs", "src/ui/launch.rs"));
    assert!(!has("src/main.rs", "src/ui/start.rs"));
}

// ---------------------------------------------------------------------------------------
// The rules fail when they should: made-up sources with planted problems
// ---------------------------------------------------------------------------------------

fn made_up(files: &[(&str, &str)]) -> Vec<String> {
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    problems(&sources)
}

const LIB_RS: &str = "pub mod domain;\n#[cfg(target_arch = \"wasm32\")]\npub mod ui;\n";

#[test]
fn two_files_using_each_other_are_a_cycle() {
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        ("src/domain/mod.rs", "pub mod a;\npub mod b;\n"),
        ("src/domain/a.rs", "use super::b::B;\npub struct A;\n"),
        (
            "src/domain/b.rs",
            "pub struct B;\nfn f() { let _ = crate::domain::a::A; }\n",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("import cycle among src/domain/a.rs, src/domain/b.rs"));
    assert!(found[0].contains("src/domain/a.rs:1 uses src/domain/b.rs (`super::b::B`)"));
    assert!(found[0].contains("src/domain/b.rs:2 uses src/domain/a.rs (`crate::domain::a::A`)"));
}

#[test]
fn a_longer_loop_is_a_cycle() {
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        ("src/domain/mod.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        ("src/domain/a.rs", "use super::b::B;\npub struct A;\n"),
        ("src/domain/b.rs", "use super::{c::C};\npub struct B;\n"),
        (
            "src/domain/c.rs",
            "pub struct C;\nfn f() { super::a::A; }\n",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("src/domain/a.rs, src/domain/b.rs, src/domain/c.rs"));
}

#[test]
fn a_child_using_what_its_mod_rs_defines_while_mod_rs_uses_it_is_a_cycle() {
    // The shape ui/mod.rs had: `pub use app::App` there, `use super::Ctx` in app.rs.
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        (
            "src/ui/mod.rs",
            "mod app;\npub use app::App;\npub struct Ctx;\n",
        ),
        ("src/ui/app.rs", "use super::Ctx;\npub fn App() {}\n"),
        // And a mod.rs calling into its child inline.
        ("src/domain/mod.rs", "mod a;\npub fn f() { a::g() }\n"),
        ("src/domain/a.rs", "pub fn g() { super::f() }\n"),
    ]);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .any(|p| p.contains("cycle among src/domain/a.rs, src/domain/mod.rs")),
        "{found:#?}"
    );
    assert!(found
        .iter()
        .any(|p| p.contains("cycle among src/ui/app.rs, src/ui/mod.rs")));
}

#[test]
fn test_code_is_left_out_of_cycles() {
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        (
            "src/domain/mod.rs",
            "mod a;\npub use a::A;\n#[cfg(test)]\nmod testing {\n    pub fn fixture() {}\n}\n",
        ),
        (
            "src/domain/a.rs",
            "pub struct A;\n#[cfg(test)]\nmod tests {\n    use super::super::testing::fixture;\n}\n",
        ),
    ]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn re_exports_and_siblings_through_them_are_no_cycle() {
    // qr/mod.rs's shape: it re-exports every child's items; children use each other's
    // through it, and its tests use the children.
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        (
            "src/domain/mod.rs",
            "mod a;\nmod b;\n#[cfg(test)]\nmod testing;\npub use a::A;\npub use b::{self as bee, B};\n\
             #[cfg(test)]\nmod tests {\n    use super::*;\n    use super::testing::t;\n    fn f() { A; bee::B; }\n}\n",
        ),
        ("src/domain/a.rs", "pub struct A;\n"),
        (
            "src/domain/b.rs",
            "use super::A;\npub struct B;\n#[cfg(test)]\nmod tests {\n    use super::super::testing::t;\n}\n",
        ),
        ("src/domain/testing.rs", "use super::{A, B};\npub fn t() {}\n"),
        // Comments and strings are not code.
        (
            "src/domain/c.rs",
            "// use super::d::D;\n/* crate::domain::d::D /* nested */ */\nconst S: &str = \"super::d::D\";\n\
             const R: &str = r#\"crate::domain::d \" still raw\"#;\nconst Q: char = '\"';\npub struct C;\n",
        ),
        ("src/domain/d.rs", "use super::c::C;\n"),
    ]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_domain_may_not_reach_the_browser_or_the_ui() {
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        ("src/domain/mod.rs", "pub mod a;\npub mod nfkc;\npub mod b;\n"),
        ("src/domain/a.rs", "use web_sys::Window;\nfn f() { js_sys::Date::now(); }\n"),
        ("src/domain/b.rs", "use crate::ui::Ctx;\n"),
        (
            "src/domain/nfkc.rs",
            "#[cfg(target_arch = \"wasm32\")]\nfn n(s: &str) -> String { js_sys::JsString::from(s).normalize(\"NFKC\").into() }\n",
        ),
        ("src/ui/mod.rs", "pub struct Ctx;\nfn f() { let _ = web_sys::window(); }\n"),
    ]);
    assert!(
        found.contains(&"src/domain/a.rs:1 uses the browser crate `web_sys`".to_string()),
        "{found:#?}"
    );
    assert!(
        found.contains(&"src/domain/a.rs:2 uses the browser crate `js_sys`".to_string()),
        "{found:#?}"
    );
    assert!(
        found.contains(
            &"src/domain/b.rs:1 uses the UI: src/ui/mod.rs (`crate::ui::Ctx`)".to_string()
        ),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|p| p.contains("nfkc") || p.contains("src/ui/mod.rs:")),
        "{found:#?}"
    );
}

#[test]
fn long_files_fail_but_tests_do_not_count() {
    let code = "fn f() {}\n".repeat(MAX_LINES);
    let too_long = format!("{code}fn g() {{}}\n");
    let with_tests = format!(
        "{code}#[cfg(test)]\nmod tests {{\n{}}}\n",
        "fn t() {}\n".repeat(500)
    );
    let found = made_up(&[
        ("src/lib.rs", LIB_RS),
        (
            "src/domain/mod.rs",
            "mod long;\nmod tested;\nmod tested_too;\n#[cfg(test)]\nmod testing;\nmod tree;\n",
        ),
        ("src/domain/long.rs", &too_long),
        ("src/domain/tested.rs", &with_tests),
        (
            "src/domain/tested_too.rs",
            &with_tests.replace("\nmod tests", "\npub(crate) mod tests"),
        ),
        ("src/domain/testing.rs", &too_long),
    ]);
    assert_eq!(
        found,
        [format!("src/domain/long.rs has {} lines of non-test code (at most {MAX_LINES}): split it along its seams into a folder", MAX_LINES + 1)]
    );
}
