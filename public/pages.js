// The pre-rendered pages, before (or without) the app. A classic script in <head>, neither
// a module nor deferred, so it runs before the body is parsed: a visitor who arrives at
// #/<id> or in Chinese never sees the English start page first.
//
// index.html carries the English start page; every page of the decision tree in both
// languages is in pages/<lang>/<id>.html, rendered at build time by the app itself
// (scripts/prerender.mjs). Until the app has started (it sets <html data-app="ready">),
// this script shows the page for the address and the language, follows choices,
// breadcrumbs and Back by their links, switches the language in place, and holds a search
// submitted early for the app. If the app never starts, the tree goes on working this way.
(() => {
  const root = document.documentElement;
  // Styles for what only works with script (style/base.css, `html.js`).
  root.classList.add('js');
  const script = document.currentScript;
  const start = script?.dataset.start ?? 'start';
  // The ids of the pre-rendered pages (written by scripts/prerender.mjs).
  const known = new Set((script?.dataset.pages ?? '').split(' '));
  const ready = () => root.dataset.app === 'ready';

  // The language: ?lang= first, then the browser's; the same rules as the app's
  // (domain::i18n::choose_locale). A `locale` in config.json is applied when the app starts.
  const fromTag = (tag) => {
    const lower = (tag ?? '').trim().toLowerCase();
    const primary = lower.split(/[-_]/)[0];
    if (primary === 'en') return 'en';
    if (primary === 'zh') return /hant|-tw$|-hk$/.test(lower) ? null : 'zh-CN';
    return null;
  };
  const param = /(?:^\?|&)lang=([^&]*)/.exec(location.search)?.[1];
  let lang = fromTag(param) ?? (navigator.languages ?? []).map(fromTag).find(Boolean) ?? 'en';

  // The tree page an address names, or null for the app's own pages (the password
  // checker, the QR demo) and anything else (domain::route::parse).
  const pageOf = (hash) => {
    const path = hash.replace(/^#/, '').split('?')[0].replace(/^\//, '').replace(/\/$/, '');
    if (path === '') return start;
    return /^[A-Za-z0-9_-]{1,64}$/.test(path) ? path : null;
  };

  // What is on screen: index.html holds the English start page.
  let shown = `en/${start}`;
  let wanted = null;
  root.lang = lang;

  function place(html, focus) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const app = doc.querySelector('.app');
    const target = document.getElementById('recovery-assistant');
    if (!app || !target || ready()) return;
    target.replaceChildren(document.adoptNode(app));
    document.title = doc.title;
    // Not in a frame without focus: the page around it moved it (browser::may_take_focus).
    if (focus && (window.parent === window || document.hasFocus())) {
      target.querySelector('main h1')?.focus();
      scrollTo(0, 0);
    }
  }

  // Anything but a tree page (the password checker, the QR demo, an unknown address) waits
  // for the app under the header; if the app cannot start, the notice above says why.
  function placeMissing() {
    const main = document.querySelector('#recovery-assistant main');
    if (!main || ready()) return;
    const p = document.createElement('p');
    p.className = 'boot';
    p.setAttribute('role', 'status');
    p.textContent = lang === 'en' ? 'Loading…' : '正在加载…';
    main.replaceChildren(p);
  }

  function show(focus) {
    const id = pageOf(location.hash);
    const key = `${lang}/${id}`;
    if (key === shown || key === wanted) {
      root.classList.remove('page-pending');
      return;
    }
    wanted = key;
    // Hidden, not removed, while the page is fetched (about one round trip): nothing
    // moves, and the start page does not flash before the page the address names.
    root.classList.add('page-pending');
    const done = (fn) => {
      if (wanted !== key) return;
      const finish = () => {
        if (wanted !== key) return;
        // Shown first: a hidden heading cannot take focus.
        root.classList.remove('page-pending');
        fn();
        shown = key;
        wanted = null;
      };
      // Parsed, before deferred scripts run (DOMContentLoaded would wait for them).
      if (document.readyState === 'loading') document.addEventListener('readystatechange', finish, { once: true });
      else finish();
    };
    if (!known.has(id)) {
      done(placeMissing);
      return;
    }
    fetch(`pages/${key}.html`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((html) => done(() => place(html, focus)), () => done(placeMissing));
  }

  // The pages visited before the app started, in order: the app retraces them, so its
  // breadcrumbs are the way the visitor came (the pre-rendered ones are the shortest).
  const visit = () => {
    const id = pageOf(location.hash);
    if (id) root.dataset.visited = `${root.dataset.visited ?? ''} ${id}`.trim();
  };
  visit();
  show(false);
  addEventListener('hashchange', () => {
    if (ready()) return;
    // The app, once started, puts focus on the heading of the page chosen before it.
    root.dataset.navigated = '1';
    visit();
    show(true);
  });

  document.addEventListener('click', (e) => {
    if (ready() || !(e.target instanceof Element)) return;
    // The language switch: the other language's version of this page, in place; the
    // address keeps it (?lang=) for the app and for a reload.
    if (e.target.closest('.lang-switch')) {
      lang = lang === 'en' ? 'zh-CN' : 'en';
      root.lang = lang;
      const url = new URL(location.href);
      url.searchParams.set('lang', lang);
      history.replaceState(history.state, '', url);
      show(false);
      return;
    }
    // "Skip to main content" goes to the heading, as in the app: following #main would
    // change the route.
    if (e.target.closest('.skip-link')) {
      e.preventDefault();
      document.querySelector('main h1')?.focus();
    }
  }, true);

  // A search sent before the app has started waits for it (the app reads the field and
  // this mark): submitting the form would leave the page, which the Content-Security-
  // Policy (form-action 'none') forbids anyway.
  document.addEventListener('submit', (e) => {
    if (ready()) return;
    e.preventDefault();
    root.dataset.searchPending = '1';
  }, true);
})();
