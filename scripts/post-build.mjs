// trunk post_build hook (Trunk.toml), release builds only: shrinks the wasm-bindgen glue and the
// names the wasm and the glue share, then fixes the Subresource-Integrity hashes trunk wrote.
//
// Why: trunk's own JS minifier stops at the glue's `export { … as default }` and leaves it as it
// is, and every one of the ~140 imports is called `__wbg_<name>_<16 hex digits>` in both files,
// which gzip cannot squeeze. Short names and terser make the first download ~5.5 KB smaller.
//
// Steps, each checked so that a new wasm-bindgen glue layout fails the build instead of the page:
// 1. wasm-opt renames the imports, exports and the import module to short names and prints the
//    mapping (the rename pass only; trunk has already optimised the wasm);
// 2. the glue's import object and its `wasm.<export>` uses get the same names;
// 3. terser minifies the glue (ES module: its own exports keep their names for boot.js);
// 4. index.html's sha384 integrity values of both files are replaced.
// 5. the loader (boot.js) is minified.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
if (!staging) fail("TRUNK_STAGING_DIR is not set (run by trunk as a hook)");

const only = (pattern) => {
  const found = readdirSync(staging).filter((name) => pattern.test(name));
  if (found.length !== 1) fail(`expected one file matching ${pattern}, found ${found.length}`);
  return join(staging, found[0]);
};
// The page being built (index.html, rest.html or account.html) names its binary, and so its files.
const sourceHtml = readFileSync(process.env.TRUNK_HTML_FILE ?? join(root, "index.html"), "utf8");
const bin = sourceHtml.match(/data-bin="([a-z0-9-]+)"/)?.[1] ?? fail("no data-bin in the page");
const jsPath = only(new RegExp(`^${bin}-[0-9a-f]+\\.js$`));
const wasmPath = only(new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`));
const htmlPath = join(staging, "index.html");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// 1. The same Wasm features as trunk's wasm-opt run, read from the page so they are stated once.
const params = sourceHtml.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? "";
const features = params.split(/\s+/).filter((flag) => flag.startsWith("--enable-"));
const wasmBefore = readFileSync(wasmPath);
const mapping = JSON.parse(
  execFileSync(
    join(root, "node_modules/.bin/wasm-opt"),
    [...features, "--minify-imports-and-exports-and-modules", wasmPath, "-o", wasmPath],
    { encoding: "utf8", maxBuffer: 16 << 20 },
  ),
);
const wasmAfter = readFileSync(wasmPath);
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasmAfter)).map((i) => i.module));
if (modules.size !== 1) fail(`expected one import module after renaming, found ${modules.size}`);
const [module] = modules;

// 2. The glue, renamed the same way.
const jsBefore = readFileSync(jsPath);
let js = jsBefore.toString("utf8");
const replaceOnce = (pattern, replacement, what) => {
  const count = js.match(pattern)?.length ?? 0;
  if (count !== 1) fail(`${what}: expected one occurrence in the glue, found ${count}`);
  js = js.replace(pattern, replacement);
};
const oldModules = new Set(mapping.imports.map(([oldModule]) => oldModule));
for (const oldModule of oldModules) {
  replaceOnce(new RegExp(`${escape(JSON.stringify(oldModule))}(\\s*:)`, "g"), `${JSON.stringify(module)}$1`, oldModule);
}
for (const [, name, short] of mapping.imports) {
  replaceOnce(new RegExp(`^(\\s+)${escape(name)}(\\s*:)`, "gm"), `$1${JSON.stringify(short)}$2`, name);
}
for (const [name, short] of mapping.exports) {
  // Exports the glue never calls (`main`, wasm-split markers) simply do not occur.
  js = js.replace(new RegExp(`\\bwasm\\.${escape(name)}\\b`, "g"), `wasm[${JSON.stringify(short)}]`);
}
for (const [, name] of mapping.imports) {
  if (new RegExp(`\\b${escape(name)}\\b`).test(js)) fail(`${name} is still named in the glue`);
}

// 3. Minified; the module's own exports (`default`, `initSync`) are left alone by terser.
const minified = await minify(js, { module: true, compress: { passes: 2 }, mangle: true });
if (!minified.code) fail("terser returned nothing");
writeFileSync(jsPath, minified.code);

// 4. The integrity values trunk computed for the files as they were.
let html = readFileSync(htmlPath, "utf8");
for (const [before, after] of [
  [jsBefore, readFileSync(jsPath)],
  [wasmBefore, wasmAfter],
]) {
  const old = sri(before);
  const hits = html.split(old).length - 1;
  if (hits !== 1) fail(`expected ${old} once in index.html, found it ${hits} times`);
  html = html.replace(old, sri(after));
}
writeFileSync(htmlPath, html);

// 5. The loader, minified too: the proxy writes it into every page (proxy/src/spa/boot.rs), so
// its comments would be downloaded with each page.
const bootPath = join(staging, "boot.js");
const boot = await minify(readFileSync(bootPath, "utf8"), { module: true, compress: { passes: 2 }, mangle: true });
if (!boot.code) fail("terser returned nothing for boot.js");
writeFileSync(bootPath, boot.code);
