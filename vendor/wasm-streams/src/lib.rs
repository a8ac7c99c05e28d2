//! A stand-in for `wasm-streams` 0.5 with only the part of its interface that `server_fn`'s
//! browser client names (`ReadableStream::from_stream`, `from_raw`, `into_raw`,
//! `into_stream`), none of it callable. See `vendor/README.md`.

use futures_util::stream::Stream;
use wasm_bindgen::JsValue;

/// Never made: every way to make one stops the program.
pub struct ReadableStream(std::convert::Infallible);

impl ReadableStream {
    /// Not available: this app makes no server-function calls.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        unreachable!("wasm-streams stand-in")
    }

    /// Not available: this app makes no server-function calls.
    pub fn from_raw(_raw: web_sys::ReadableStream) -> Self {
        unreachable!("wasm-streams stand-in")
    }

    /// Cannot be called: no `ReadableStream` exists.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        match self.0 {}
    }

    /// Cannot be called: no `ReadableStream` exists.
    pub fn into_stream(self) -> futures_util::stream::Pending<Result<JsValue, JsValue>> {
        match self.0 {}
    }
}
