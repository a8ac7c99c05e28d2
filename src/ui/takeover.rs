//! Taking over the pre-rendered page: the app starts on a page the browser already shows
//! (`index.html`'s start page, or the one `pages.js` put in for the address), and must
//! replace it without a visible change.
//!
//! Before the app renders, [`Prestart::read`] notes what the visitor did to the static
//! page: text typed into the search field (and a search sent, which `pages.js` held),
//! where focus is, and the pages they went through by its links. The app renders into a detached
//! element, then [`Prestart::hand_over`] swaps it in with one DOM operation (no frame
//! shows the page empty, so nothing moves and the scroll position stays) and puts focus
//! back on the same element of the new page, or on the heading of a page chosen before the
//! app started.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, HtmlInputElement};

use super::browser;

/// What the visitor did to the pre-rendered page before the app started.
#[derive(Default)]
pub struct Prestart {
    /// Element-child indices from the mount point down to the focused element, when the
    /// focus was inside the pre-rendered page.
    focus: Option<Vec<u32>>,
    /// The caret or selection in the focused text field.
    selection: Option<(u32, u32)>,
    /// A link was followed before the app started (set by `pages.js`).
    navigated: bool,
    /// The page for the address had not arrived yet (`pages.js` was still fetching it).
    pending: bool,
}

thread_local! {
    /// The search typed before the app started, and whether it was sent: taken once by
    /// the start page.
    static SEARCH: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
    /// The pages visited before the app started, in order: taken once by the app.
    static VISITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The text typed into the pre-rendered search field, and whether Enter was pressed;
/// `None` once taken, or when nothing was typed.
pub fn take_search() -> Option<(String, bool)> {
    SEARCH.with(|s| s.borrow_mut().take())
}

/// Keeps the text of the start page's search field for the start page drawn next (when the
/// tree's Chinese texts arrive and its pages are drawn again).
pub fn carry_search() {
    let input = browser::document()
        .get_element_by_id("search-input")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let Some(text) = input.map(|i| i.value()).filter(|t| !t.is_empty()) {
        SEARCH.with(|s| *s.borrow_mut() = Some((text, false)));
    }
}

/// The ids of the pages visited before the app started (`pages.js` notes them), oldest
/// first, so the app can retrace the way the visitor came.
pub fn take_visited() -> Vec<String> {
    VISITED.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

impl Prestart {
    /// Reads the static page in `target` before the app replaces it.
    pub fn read(target: &HtmlElement) -> Prestart {
        let doc = browser::document();
        let html = doc.document_element();
        let flag = |name: &str| html.as_ref().is_some_and(|h| h.has_attribute(name));
        let input = doc
            .get_element_by_id("search-input")
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = &input {
            let text = input.value();
            let sent = flag("data-search-pending");
            if !text.is_empty() {
                SEARCH.with(|s| *s.borrow_mut() = Some((text, sent)));
            }
        }
        if let Some(visited) = html.as_ref().and_then(|h| h.get_attribute("data-visited")) {
            let ids = visited.split_whitespace().map(str::to_string).collect();
            VISITED.with(|v| *v.borrow_mut() = ids);
        }
        let active = doc.active_element();
        let selection = active
            .as_ref()
            .and_then(|a| a.dyn_ref::<HtmlInputElement>())
            .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        Prestart {
            focus: active.and_then(|a| path(target, &a)),
            selection,
            navigated: flag("data-navigated"),
            pending: html
                .as_ref()
                .is_some_and(|h| h.class_list().contains("page-pending")),
        }
    }

    /// Puts the app rendered in `fresh` in place of the static page in `target`, and
    /// restores focus. Marks the document as taken over, which stops `pages.js`.
    pub fn hand_over(self, target: &HtmlElement, fresh: &HtmlElement) {
        let nodes = js_sys::Array::from(&fresh.child_nodes());
        target.replace_children_with_node(&nodes);
        if let Some(html) = browser::document().document_element() {
            let _ = html.set_attribute("data-app", "ready");
            let _ = html.class_list().remove_1("page-pending");
        }
        if self.navigated {
            super::session::note_navigation();
        }
        if self.pending && self.navigated {
            // The visitor chose a page whose static version had not arrived: the app
            // shows it, as after any navigation.
            browser::focus_main_heading();
            return;
        }
        let Some(el) = self.focus.and_then(|p| find(target, &p)) else {
            return;
        };
        let Ok(el) = el.dyn_into::<HtmlElement>() else {
            return;
        };
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        if let (Some((start, end)), Some(input)) =
            (self.selection, el.dyn_ref::<HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// The element-child indices leading from `root` down to `el`, if `el` is inside it.
fn path(root: &Element, el: &Element) -> Option<Vec<u32>> {
    let mut indices = Vec::new();
    let mut node = el.clone();
    while !node.is_same_node(Some(root)) {
        let parent = node.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length()).find(|&i| {
            siblings
                .item(i)
                .is_some_and(|s| s.is_same_node(Some(&node)))
        })?;
        indices.push(index);
        node = parent;
    }
    indices.reverse();
    Some(indices)
}

/// The element at `indices` under `root` (the inverse of [`path`]).
fn find(root: &Element, indices: &[u32]) -> Option<Element> {
    indices
        .iter()
        .try_fold(root.clone(), |el, &i| el.children().item(i))
}
