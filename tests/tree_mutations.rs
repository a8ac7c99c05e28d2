//! Mutated copies of the shipped `data/tree.json`: nodes and fields dropped, duplicated,
//! renamed or replaced. Reading and validating them must never panic, and a tree the
//! validator accepts must keep the promises `validate` documents (the existing proptests
//! in `src/domain/tree/` cover random text and small random trees, not the real file).

use proptest::prelude::*;
use recovery_assistant::domain::tree::{validate, Node, Tree, Walker};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../data/tree.json");

/// One edit, with random numbers choosing where.
#[derive(Clone, Debug)]
enum Edit {
    DropKey(usize),
    RenameKey(usize),
    ReplaceValue(usize, u8),
    DropElement(usize),
    DuplicateElement(usize),
    SwapIds(usize, usize),
    Retarget(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DropKey),
        any::<usize>().prop_map(Edit::RenameKey),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Edit::ReplaceValue(a, b)),
        any::<usize>().prop_map(Edit::DropElement),
        any::<usize>().prop_map(Edit::DuplicateElement),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapIds(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Retarget(a, b)),
    ]
}

/// JSON pointers to every object and every array in `v`.
fn containers(v: &Value, at: String, objects: &mut Vec<String>, arrays: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            objects.push(at.clone());
            for (k, child) in m {
                containers(
                    child,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    objects,
                    arrays,
                );
            }
        }
        Value::Array(a) => {
            arrays.push(at.clone());
            for (i, child) in a.iter().enumerate() {
                containers(child, format!("{at}/{i}"), objects, arrays);
            }
        }
        _ => {}
    }
}

fn replacement(kind: u8) -> Value {
    match kind % 8 {
        0 => Value::Null,
        1 => json!(42),
        2 => json!("{company}<b>x</b>\u{202E}"),
        3 => json!([]),
        4 => json!({}),
        5 => json!({"en": "", "zh": ""}),
        6 => json!("start"),
        _ => json!(true),
    }
}

fn apply(v: &mut Value, e: &Edit) {
    let (mut objects, mut arrays) = (Vec::new(), Vec::new());
    containers(v, String::new(), &mut objects, &mut arrays);
    let ids: Vec<String> = v["nodes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|n| n["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let pick = |list: &Vec<String>, i: usize| list.get(i % list.len().max(1)).cloned();
    match *e {
        Edit::DropKey(i) | Edit::RenameKey(i) | Edit::ReplaceValue(i, _) => {
            let Some(ptr) = pick(&objects, i) else { return };
            let Some(Value::Object(m)) = v.pointer_mut(&ptr) else {
                return;
            };
            let keys: Vec<String> = m.keys().cloned().collect();
            let Some(key) = keys.get(i / 7 % keys.len().max(1)).cloned() else {
                return;
            };
            let old = m.remove(&key).unwrap_or(Value::Null);
            match *e {
                Edit::RenameKey(_) => {
                    m.insert(format!("{key}_renamed"), old);
                }
                Edit::ReplaceValue(_, kind) => {
                    m.insert(key, replacement(kind));
                }
                _ => {}
            }
        }
        Edit::DropElement(i) | Edit::DuplicateElement(i) => {
            let Some(ptr) = pick(&arrays, i) else { return };
            let Some(Value::Array(a)) = v.pointer_mut(&ptr) else {
                return;
            };
            if a.is_empty() {
                return;
            }
            let at = i / 7 % a.len();
            if matches!(e, Edit::DropElement(_)) {
                a.remove(at);
            } else {
                let copy = a[at].clone();
                a.insert(at, copy);
            }
        }
        Edit::SwapIds(a, b) => {
            let Some(nodes) = v["nodes"].as_array_mut() else {
                return;
            };
            if nodes.is_empty() {
                return;
            }
            let (a, b) = (a % nodes.len(), b % nodes.len());
            let id_a = nodes[a]["id"].take();
            let id_b = std::mem::replace(&mut nodes[b]["id"], id_a);
            nodes[a]["id"] = id_b;
        }
        Edit::Retarget(a, b) => {
            // Point some choice's `next` (or a not-solved entry) somewhere else, maybe nowhere.
            let target = pick(&ids, b).unwrap_or_default();
            let target = if b % 5 == 0 {
                format!("{target}-gone")
            } else {
                target
            };
            let Some(nodes) = v["nodes"].as_array_mut() else {
                return;
            };
            if nodes.is_empty() {
                return;
            }
            let len = nodes.len();
            let n = &mut nodes[a % len];
            if let Some(choices) = n["choices"].as_array_mut() {
                if !choices.is_empty() {
                    let c = b % choices.len();
                    choices[c]["next"] = json!(target);
                }
            } else if let Some(list) = n["not_solved"].as_array_mut() {
                if !list.is_empty() {
                    let c = b % list.len();
                    list[c] = json!(target);
                }
            }
        }
    }
}

/// What an accepted tree promises: a start node, a last-resort outcome, every choice and
/// "not solved" entry leading to an existing node (the latter to an outcome), unique ids,
/// an audience on every outcome.
fn promises(tree: &Tree) -> Result<(), String> {
    let start = tree.start();
    tree.node(start).ok_or(format!("start {start} missing"))?;
    let last = tree.last_resort();
    tree.outcome(last)
        .ok_or(format!("last resort {last} is no outcome"))?;
    let mut seen = std::collections::HashSet::new();
    for node in tree.nodes() {
        if !seen.insert(node.id().to_string()) {
            return Err(format!("duplicate id {}", node.id()));
        }
        for next in node.next_ids() {
            if tree.node(next).is_none() {
                return Err(format!("{} leads to missing {next}", node.id()));
            }
        }
        match node {
            Node::Question(q) if q.choices.is_empty() => {
                return Err(format!("{} has no choices", q.id))
            }
            Node::Outcome(o) => {
                if o.audience.is_none() {
                    return Err(format!("{} says not who it speaks to", o.id));
                }
                for n in &o.not_solved {
                    if !tree.is_outcome(n) {
                        return Err(format!("{} not_solved {n} is no outcome", o.id));
                    }
                }
            }
            _ => {}
        }
    }
    // Every choice from every node can be taken.
    for node in tree.nodes() {
        for i in 0..node.next_ids().len() {
            let mut w = Walker::new(tree);
            w.jump(tree, node.id()).map_err(|e| format!("{e:?}"))?;
            w.choose(tree, i).map_err(|e| format!("{e:?}"))?;
        }
    }
    Ok(())
}

#[test]
fn the_shipped_tree_is_accepted_and_keeps_its_promises() {
    // The baseline the mutations start from, and a check that `promises` can pass.
    let tree = Tree::from_json(SHIPPED).expect("shipped tree parses");
    assert_eq!(validate(&tree), Ok(()));
    assert_eq!(promises(&tree), Ok(()));
}

#[test]
fn a_dangling_choice_is_refused_by_the_validator_and_caught_by_promises() {
    // Guards the guard: the mutation machinery and the promise check both bite.
    let mut v: Value = serde_json::from_str(SHIPPED).unwrap();
    let q = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["choices"].is_array())
        .unwrap();
    v["nodes"][q]["choices"][0]["next"] = json!("nowhere-at-all");
    let tree = Tree::from_json(&v.to_string()).unwrap();
    assert!(validate(&tree).is_err());
    assert!(promises(&tree).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_shipped_trees_never_panic_and_accepted_ones_keep_their_promises(
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let mut v: Value = serde_json::from_str(SHIPPED).unwrap();
        for e in &edits {
            apply(&mut v, e);
        }
        if let Ok(tree) = Tree::from_json(&v.to_string()) {
            let verdict = validate(&tree);
            if verdict.is_ok() {
                let kept = promises(&tree);
                prop_assert!(kept.is_ok(), "{:?} accepted but {:?}", edits, kept);
            } else {
                prop_assert!(!verdict.unwrap_err().is_empty());
            }
            let mut w = Walker::new(&tree);
            for i in 0..6 {
                let _ = w.choose(&tree, i % 3);
            }
        }
    }
}
