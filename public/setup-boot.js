// Starts the setup page's bundle (setup.js and setup_bg.wasm, built beside the
// assistant's). An external module, as the Content-Security-Policy allows no inline script.
import init from './setup.js';

init({ module_or_path: new URL('./setup_bg.wasm', import.meta.url) });
