//! The company's setup page (`setup.html`, its own bundle `src/bin/setup.rs`): a form for
//! every field of `config.json`, checked live by the assistant's own reader, with the file
//! to download and the embedding snippets. Everything is decided in `domain::setup` and
//! `domain::config`; this file only wires the fields to signals.

use leptos::prelude::*;

use super::browser;
use super::setup_preview::{Preview, ThemeSample};
use crate::domain::config::{parse, Loaded, MAX_WEAK_KEYWORDS};
use crate::domain::i18n::{choose_locale, lang_param, Locale, SetupMsg};
use crate::domain::setup::{
    builtin_colour, config_json, csp_line, default_values, form_json, form_values, iframe_snippet,
    keyword_lines, place_of, theme_pairs, Field, Group, Kind, Pair, Place, FIELDS,
};

const GROUPS: [Group; 9] = [
    Group::Company,
    Group::Login,
    Group::Contact,
    Group::Policy,
    Group::Qr,
    Group::Kiosk,
    Group::Embedding,
    Group::Theme,
    Group::Language,
];

/// Mounts the setup page into the body. Called once by the setup bundle's `main`.
pub fn mount() {
    let locale = choose_locale(lang_param(&browser::search()), None, &browser::languages());
    leptos::mount::mount_to_body(move || view! { <SetupPage initial=locale /> });
}

fn position(key: &str) -> usize {
    FIELDS.iter().position(|f| f.key == key).unwrap_or(0)
}

#[component]
fn SetupPage(initial: Locale) -> impl IntoView {
    let locale = RwSignal::new(initial);
    let t = move |m: SetupMsg| move || m.text(locale.get());
    let values = RwSignal::new(vec![String::new(); FIELDS.len()]);
    // A file just opened, until the next edit: its problems are the reader's on the file
    // itself, exactly what the assistant's notice would say (unknown fields included).
    let opened = RwSignal::new(None::<String>);
    let loaded = Memo::new(move |_| match opened.get() {
        Some(text) => parse(&text),
        None => values.with(|v| parse(&form_json(v))),
    });
    let note = RwSignal::new(None::<String>);
    let open_text = move |text: String| {
        values.set(form_values(&text));
        opened.set(Some(text));
        note.set(Some(
            SetupMsg::Opened.text(locale.get_untracked()).to_string(),
        ));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            if let Some(text) = browser::chosen_file_text(&input).await {
                open_text(text);
            }
        });
    };
    // A file dropped anywhere on the page opens like a chosen one.
    let dragging = RwSignal::new(false);
    let drag = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        dragging.set(true);
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window, not only one element for another.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            leptos::task::spawn_local(async move {
                if let Some(text) = browser::file_text(files).await {
                    open_text(text);
                }
            });
        }
    });
    on_cleanup(move || {
        drag.remove();
        leave.remove();
        drop.remove();
    });
    let load_deployed = move |_| {
        leptos::task::spawn_local(async move {
            match browser::fetch_config_text().await {
                Ok(text) => open_text(text),
                Err(failure) => note.set(Some(
                    SetupMsg::LoadFailed
                        .fill(locale.get_untracked(), &[("detail", &failure.detail())]),
                )),
            }
        });
    };
    let file = Memo::new(move |_| loaded.with(|l| config_json(&l.config)));
    Effect::new(move |_| {
        let l = locale.get();
        browser::document().set_title(SetupMsg::Title.text(l));
        if let Some(html) = browser::document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
    });
    let switch = move |_| {
        locale.update(|l| {
            *l = match l {
                Locale::En => Locale::ZhCn,
                Locale::ZhCn => Locale::En,
            }
        })
    };
    let groups = GROUPS
        .iter()
        .map(|&group| {
            let fields = FIELDS
                .iter()
                .filter(|f| f.group == group)
                .map(|f| view! { <FieldRow field=f values=values opened=opened loaded=loaded locale=locale /> })
                .collect_view();
            let group_problems = move || {
                loaded.with(|l| {
                    l.problems
                        .iter()
                        .filter(|p| place_of(p) == Place::Group(group))
                        .map(|p| view! { <p class="setup__problem" role="alert">{p.message(locale.get())}</p> })
                        .collect_view()
                })
            };
            view! {
                <fieldset class="setup__group">
                    <legend>{t(group.heading())}</legend>
                    {group_problems}
                    {fields}
                </fieldset>
            }
        })
        .collect_view();
    let unknown = move || {
        let l = locale.get();
        let list: Vec<String> = loaded.with(|ld| {
            ld.problems
                .iter()
                .filter(|p| place_of(p) == Place::Unknown || place_of(p) == Place::File)
                .map(|p| p.message(l))
                .collect()
        });
        (!list.is_empty()).then(|| {
            view! {
                <section class="setup__unknown">
                    <h2>{SetupMsg::UnknownHeading.text(l)}</h2>
                    <ul>{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                </section>
            }
        })
    };
    let status = move || {
        let n = loaded.with(|l: &Loaded| l.problems.len());
        if n == 0 {
            SetupMsg::NoProblems.text(locale.get()).to_string()
        } else {
            format!("{} ({n})", SetupMsg::ProblemsHeading.text(locale.get()))
        }
    };
    let download = move |_| browser::download("config.json", &file.get_untracked());
    view! {
        <header class="setup__header">
            <h1>{t(SetupMsg::Title)}</h1>
            <button type="button" class="button" on:click=switch lang=move || match locale.get() {
                Locale::En => "zh-CN",
                Locale::ZhCn => "en",
            }>{t(SetupMsg::SwitchLanguage)}</button>
        </header>
        <main class="setup" id="main" class:setup--dropping=move || dragging.get()>
            <p class="setup__intro">{t(SetupMsg::Intro)}</p>
            <section class="setup__open" aria-labelledby="open-heading">
                <h2 id="open-heading">{t(SetupMsg::OpenHeading)}</h2>
                <label for="open-file">{t(SetupMsg::OpenFile)}</label>
                <input type="file" id="open-file" accept=".json,application/json" aria-describedby="drop-hint" on:change=on_file />
                <p class="field__hint" id="drop-hint">{move || if dragging.get() { SetupMsg::DropHere } else { SetupMsg::DropHint }.text(locale.get())}</p>
                <button type="button" class="button" on:click=load_deployed>{t(SetupMsg::LoadDeployed)}</button>
                <p role="status" data-setup-opened="">{move || note.get()}</p>
            </section>
            <form class="setup__form" on:submit=|ev| ev.prevent_default()>
                {groups}
            </form>
            {unknown}
            <section class="setup__output" aria-labelledby="output-heading">
                <h2 id="output-heading">{t(SetupMsg::OutputHeading)}</h2>
                <p>{t(SetupMsg::OutputHint)}</p>
                <p class="setup__status" role="status">{status}</p>
                <pre class="setup__file" data-setup-file="">{move || file.get()}</pre>
                <button type="button" class="button button--primary" on:click=download>{t(SetupMsg::Download)}</button>
            </section>
            <Preview file=file locale=locale />
            <Embedding values=values locale=locale />
        </main>
    }
}

/// One field: its label, its control, its rule, and the reader's problems with it.
#[component]
fn FieldRow(
    field: &'static Field,
    values: RwSignal<Vec<String>>,
    opened: RwSignal<Option<String>>,
    loaded: Memo<Loaded>,
    locale: RwSignal<Locale>,
) -> impl IntoView {
    let i = position(field.key);
    let id = format!("field-{}", field.key.replace('.', "-"));
    let hint_id = format!("{id}-hint");
    let defaults = default_values();
    let default = defaults[i].clone();
    let rule = move || field.rule_text(locale.get(), &default);
    // An edit checks the form again rather than the file just opened.
    let set = move |v: String| {
        opened.set(None);
        values.update(|all| all[i] = v);
    };
    let current = move || values.with(|all| all[i].clone());
    let problems = move || {
        let l = locale.get();
        loaded.with(|ld| {
            ld.problems
                .iter()
                .filter(|p| matches!(place_of(p), Place::Field(f) if f.key == field.key))
                .map(|p| view! { <p class="setup__problem">{p.message(l)}</p> })
                .collect_view()
        })
    };
    let control = match field.kind {
        Kind::Switch => view! {
            <input type="checkbox" id=id.clone() aria-describedby=hint_id.clone()
                prop:checked=move || current() == "true"
                on:change=move |ev| set(event_target_checked(&ev).to_string()) />
        }
        .into_any(),
        Kind::Lines => view! {
            <textarea id=id.clone() class="field__input" rows="5" aria-describedby=hint_id.clone()
                prop:value=current on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        Kind::Colour => view! {
            <span class="setup__colour">
                <input type="color" aria-label=move || field.label.text(locale.get())
                    prop:value=move || { let v = current(); if v.len() == 7 && v.starts_with('#') { v } else { builtin_colour(field.key).to_hex() } }
                    on:input=move |ev| set(event_target_value(&ev)) />
                <input type="text" id=id.clone() class="field__input" aria-describedby=hint_id.clone()
                    placeholder="#rrggbb" prop:value=current on:input=move |ev| set(event_target_value(&ev)) />
            </span>
        }
        .into_any(),
        Kind::Number => view! {
            <input type="text" inputmode="numeric" id=id.clone() class="field__input" aria-describedby=hint_id.clone()
                prop:value=current on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        Kind::Text | Kind::Language => view! {
            <input type="text" id=id.clone() class="field__input" aria-describedby=hint_id.clone()
                prop:value=current on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
    };
    let extra = match field.key {
        "password_policy.weak_keywords" => {
            Some(view! { <KeywordReport values=values locale=locale /> }.into_any())
        }
        "theme.background_color" => Some(
            view! {
                <ContrastReport values=values locale=locale />
                <ThemeSample loaded=loaded locale=locale />
            }
            .into_any(),
        ),
        _ => None,
    };
    view! {
        <div class="setup__field" data-field=field.key>
            <label for=id>{move || field.label.text(locale.get())}</label>
            {control}
            <p class="field__hint" id=hint_id>{rule}</p>
            {extra}
            {problems}
        </div>
    }
}

/// The keyword box's count, empty lines and repeats, by line number.
#[component]
fn KeywordReport(values: RwSignal<Vec<String>>, locale: RwSignal<Locale>) -> impl IntoView {
    let i = position("password_policy.weak_keywords");
    let report = Memo::new(move |_| values.with(|v| keyword_lines(&v[i])));
    let limit = MAX_WEAK_KEYWORDS.to_string();
    move || {
        let l = locale.get();
        report.with(|r| {
            let count = r.words.len().to_string();
            let mut lines = vec![SetupMsg::KeywordCount.fill(l, &[("count", &count), ("limit", &limit)])];
            if r.over_limit {
                lines.push(SetupMsg::KeywordTooMany.fill(l, &[("limit", &limit)]));
            }
            lines.extend(r.empty_lines.iter().map(|n| SetupMsg::KeywordEmptyLine.fill(l, &[("line", &n.to_string())])));
            lines.extend(r.duplicates.iter().map(|(n, first)| {
                SetupMsg::KeywordDuplicate.fill(l, &[("line", &n.to_string()), ("first", &first.to_string())])
            }));
            view! { <div class="setup__keywords" data-keyword-count=count>{lines.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}</div> }
        })
    }
}

/// The theme's contrast, live.
#[component]
fn ContrastReport(values: RwSignal<Vec<String>>, locale: RwSignal<Locale>) -> impl IntoView {
    let at = |k: &str| position(k);
    let (p, t, b) = (
        at("theme.primary_color"),
        at("theme.text_color"),
        at("theme.background_color"),
    );
    move || {
        let l = locale.get();
        let (main, body) = values.with(|v| theme_pairs(&v[p], &v[t], &v[b]));
        let line = |msg: SetupMsg, pair: Option<Pair>| {
            pair.map(|pair| {
                let ratio = format!("{}.{}", pair.ratio_tenths / 10, pair.ratio_tenths % 10);
                let verdict = if pair.readable { SetupMsg::ContrastOk } else { SetupMsg::ContrastLow };
                view! {
                    <p data-readable=pair.readable.to_string()>
                        <span class="setup__swatch" aria-hidden="true" style:background-color=pair.bg.to_hex()>
                            // A chip of the two colours, not text: the pair may be one the
                            // assistant refuses, shown so because it is unreadable.
                            <span class="setup__swatch-fg" style:background-color=pair.fg.to_hex()></span>
                        </span>
                        {format!(" {} – {}", msg.fill(l, &[("ratio", &ratio)]), verdict.text(l))}
                    </p>
                }
            })
        };
        view! { <div class="setup__contrast">{line(SetupMsg::ContrastMain, main)}{line(SetupMsg::ContrastBody, body)}</div> }
    }
}

/// The iframe snippet and the policy line, with copy buttons.
#[component]
fn Embedding(values: RwSignal<Vec<String>>, locale: RwSignal<Locale>) -> impl IntoView {
    let origins = position("embed.parent_origins");
    let here = browser::location_href();
    let start = here
        .rsplit_once('/')
        .map_or(here.clone(), |(dir, _)| format!("{dir}/"));
    let url = RwSignal::new(start);
    let snippet = move || iframe_snippet(&url.get()).unwrap_or_default();
    let csp = move || {
        let list: Vec<String> =
            values.with(|v| v[origins].lines().map(|s| s.trim().to_string()).collect());
        csp_line(&list)
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |text: String| {
        leptos::task::spawn_local(async move {
            copied.set(Some(browser::copy_text(&text).await));
        });
    };
    view! {
        <section class="setup__embed" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{move || SetupMsg::EmbedHeading.text(locale.get())}</h2>
            <label for="assistant-url">{move || SetupMsg::AssistantUrl.text(locale.get())}</label>
            <input type="text" id="assistant-url" class="field__input" aria-describedby="assistant-url-hint"
                prop:value=move || url.get() on:input=move |ev| url.set(event_target_value(&ev)) />
            <p class="field__hint" id="assistant-url-hint">{move || SetupMsg::AssistantUrlHint.text(locale.get())}</p>
            <h3>{move || SetupMsg::SnippetLabel.text(locale.get())}</h3>
            <pre class="setup__file" data-setup-snippet="">{snippet}</pre>
            <button type="button" class="button" on:click=move |_| copy(snippet())>{move || SetupMsg::Copy.text(locale.get())}</button>
            <h3>{move || SetupMsg::CspLabel.text(locale.get())}</h3>
            <pre class="setup__file" data-setup-csp="">{csp}</pre>
            <button type="button" class="button" on:click=move |_| copy(csp())>{move || SetupMsg::Copy.text(locale.get())}</button>
            <p role="status">{move || copied.get().map(|ok| if ok { SetupMsg::Copied } else { SetupMsg::CopyFailed }.text(locale.get()))}</p>
        </section>
    }
}
