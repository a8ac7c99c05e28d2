//! The validator's graph rules, over node positions: every node reachable from the start,
//! no questions that lead only to each other, no "not solved" loops.
//!
//! Iterative throughout (breadth-first walks, Tarjan with an explicit stack): the wasm
//! stack is small and the content is data, so a long chain must not recurse.

use std::collections::VecDeque;

use super::{Node, Tree, TreeError};

/// Reachability, dead cycles and "not solved" loops, over node positions.
pub(super) fn check_graph(tree: &Tree, errors: &mut Vec<TreeError>) {
    let n = tree.nodes.len();
    let pos = |id: &str| tree.position(id);
    let edges: Vec<Vec<usize>> = tree
        .nodes
        .iter()
        .map(|node| {
            node.references()
                .iter()
                .filter_map(|(_, t)| pos(t))
                .collect()
        })
        .collect();

    // Unreachable: breadth-first from the start. Later duplicates are already reported.
    if let Some(start) = pos(&tree.start) {
        let mut seen = vec![false; n];
        seen[start] = true;
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for &w in &edges[v] {
                if !seen[w] {
                    seen[w] = true;
                    queue.push_back(w);
                }
            }
        }
        for (i, node) in tree.nodes.iter().enumerate() {
            if !seen[i] && pos(node.id()) == Some(i) {
                errors.push(TreeError::Unreachable {
                    node: node.id().into(),
                });
            }
        }
    }

    // Cycles with no way out: among nodes that cannot reach any outcome (found by walking
    // edges backwards from the outcomes), any cyclic strongly connected set is a trap.
    let mut reverse = vec![Vec::new(); n];
    for (v, out) in edges.iter().enumerate() {
        for &w in out {
            reverse[w].push(v);
        }
    }
    let mut exits = vec![false; n];
    let mut queue: VecDeque<usize> = (0..n)
        .filter(|&i| matches!(tree.nodes[i], Node::Outcome(_)))
        .collect();
    for &i in &queue {
        exits[i] = true;
    }
    while let Some(v) = queue.pop_front() {
        for &u in &reverse[v] {
            if !exits[u] {
                exits[u] = true;
                queue.push_back(u);
            }
        }
    }
    let trapped: Vec<Vec<usize>> = edges
        .iter()
        .enumerate()
        .map(|(v, out)| {
            if exits[v] {
                Vec::new()
            } else {
                out.iter().copied().filter(|&w| !exits[w]).collect()
            }
        })
        .collect();
    for comp in cyclic_components(&trapped) {
        errors.push(TreeError::CycleWithoutExit {
            nodes: sorted_ids(tree, &comp),
        });
    }

    // "Not solved" chains must be acyclic; with no dead ends (checked in `check_shape`)
    // every chain then ends at the last resort.
    let not_solved: Vec<Vec<usize>> = tree
        .nodes
        .iter()
        .map(|node| match node {
            Node::Outcome(o) => o.not_solved.iter().filter_map(|t| pos(t)).collect(),
            Node::Question(_) => Vec::new(),
        })
        .collect();
    for comp in cyclic_components(&not_solved) {
        errors.push(TreeError::NotSolvedLoop {
            nodes: sorted_ids(tree, &comp),
        });
    }
}

fn sorted_ids(tree: &Tree, positions: &[usize]) -> Vec<String> {
    let mut ids: Vec<String> = positions
        .iter()
        .map(|&i| tree.nodes[i].id().to_string())
        .collect();
    ids.sort();
    ids
}

/// Strongly connected components that contain a cycle (more than one node, or a node with
/// an edge to itself). Tarjan's algorithm with an explicit work stack instead of recursion.
fn cyclic_components(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = adj.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut counter = 0;
    let mut out = Vec::new();
    // Each frame is (node, position of the next edge to look at).
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        work.push((root, 0));
        while let Some(frame) = work.last_mut() {
            let (v, next) = *frame;
            if let Some(&w) = adj[v].get(next) {
                frame.1 += 1;
                if index[w] == UNSEEN {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 || adj[v].contains(&v) {
                    out.push(comp);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::domain::tree::fixture::{errors_after, good_json, node_mut, tree_of};
    use crate::domain::tree::{validate, TreeError};

    #[test]
    fn a_node_no_click_reaches_is_reported() {
        let errs = errors_after(|v| {
            let mut orphan = node_mut(v, "fix").clone();
            orphan["id"] = "orphan".into();
            v["nodes"].as_array_mut().unwrap().push(orphan);
        });
        assert_eq!(
            errs,
            vec![TreeError::Unreachable {
                node: "orphan".into()
            }]
        );
    }

    #[test]
    fn questions_that_only_lead_to_each_other_are_a_cycle_without_exit() {
        let errs = errors_after(|v| {
            node_mut(v, "more")["choices"][1]["next"] = "start".into();
            node_mut(v, "start")["choices"][0]["next"] = "more".into();
        });
        assert!(errs.contains(&TreeError::CycleWithoutExit {
            nodes: vec!["more".into(), "start".into()]
        }));
    }

    #[test]
    fn not_solved_suggestions_that_loop_are_reported() {
        let errs = errors_after(|v| {
            let mut other = node_mut(v, "fix").clone();
            other["id"] = "other".into();
            other["not_solved"] = serde_json::json!(["fix"]);
            v["nodes"].as_array_mut().unwrap().push(other);
            node_mut(v, "fix")["not_solved"] = serde_json::json!(["other"]);
        });
        assert_eq!(
            errs,
            vec![TreeError::NotSolvedLoop {
                nodes: vec!["fix".into(), "other".into()]
            }]
        );
    }

    #[test]
    fn a_long_chain_validates_without_deep_recursion() {
        let mut v = good_json();
        let nodes = v["nodes"].as_array_mut().unwrap();
        let template = nodes[1].clone();
        let n = 20_000;
        for i in 0..n {
            let mut q = template.clone();
            q["id"] = format!("q{i}").into();
            q["choices"][0]["next"] = format!("q{}", i + 1).into();
            q["choices"][1]["next"] = format!("q{}", i + 1).into();
            nodes.push(q);
        }
        // The last question loops back into the chain: one big trap.
        let last = nodes.len() - 1;
        nodes[last]["choices"][0]["next"] = "q0".into();
        nodes[last]["choices"][1]["next"] = "q0".into();
        nodes[0]["choices"][1]["next"] = "q0".into();
        let errs = validate(&tree_of(&v)).unwrap_err();
        assert!(
            matches!(&errs[..], [TreeError::Unreachable { node }, TreeError::CycleWithoutExit { nodes }]
            if node == "more" && nodes.len() == n)
        );
    }
}
