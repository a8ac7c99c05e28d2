//! The seam between the two bundles: every call the main bundle makes into the on-demand
//! bundle, in one place.
//!
//! Why two bundles: the first page load must stay small for someone on a phone with a weak
//! signal, and most visitors never open the pages with heavy code. The **main bundle**
//! (`src/main.rs` → `recovery-assistant-*.wasm`) carries the shell, the decision tree and
//! search. The **on-demand bundle** (`src/bin/on_demand.rs` → `on-demand.js`,
//! `on-demand_bg.wasm`, `on-demand.css`) carries the password checker, the QR demo and its
//! encoder, the kiosk's idle watch and the sentences of the configuration notice; the main
//! bundle fetches it the first time one of them is needed ([`host`]).
//!
//! | call | host side ([`host`]) | what the guest does ([`guest`]) |
//! |---|---|---|
//! | `mount(target, hash, config_text, locale, email, focus)` | [`host::OnDemandPage`] | mounts the page for `hash` into `target` |
//! | `unmount() -> email` | [`host::OnDemandPage`]'s cleanup | removes the page, hands back the email typed on it |
//! | `set_locale(locale)` | a language change | switches the mounted page and the kiosk dialog |
//! | `qr_svg(text) -> svg` | [`host::qr_svg`] | draws a QR code (kiosk addresses) |
//! | `start_kiosk(config_text, locale)` | [`host::start_kiosk`] | starts the idle watch and its dialog |
//! | `config_messages(config_text, unavailable, locale) -> [text]` | [`host::config_messages`] | the configuration notice's sentences |
//!
//! The host declares these as methods of [`host`]'s `Guest` type; `src/bin/on_demand.rs`
//! exports them with `#[wasm_bindgen]`, each calling the function of the same name in
//! [`guest`]. `tests/seam.rs` fails when the two lists differ in a name, a parameter or a
//! return type, since a mismatch would only show as a broken page in the browser.

pub mod guest;
pub mod host;
