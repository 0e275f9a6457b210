// Writes the HTML API reference as ONE self-contained file: Redoc's standalone bundle (from the npm package
// `redoc`, pinned in package.json) and the spec are inlined, so the page loads nothing from the network.
// Usage: node docs/build-html.mjs SPEC.json OUT.html   (SPEC.json: the spec bundled by `redocly bundle --ext json`)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const [specPath, outPath] = process.argv.slice(2);
if (!specPath || !outPath) {
  console.error("usage: node docs/build-html.mjs SPEC.json OUT.html");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const bundle = readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"), "utf8");
const { version } = require("redoc/package.json");
const spec = JSON.parse(readFileSync(specPath, "utf8"));

// Inline scripts end at the first "</script"; the JSON gets "<" escaped, the bundle must not contain it.
if (/<\/script/i.test(bundle)) throw new Error("redoc.standalone.js contains </script; it cannot be inlined as is");
const specJson = JSON.stringify(spec).replace(/</g, "\\u003c");
// The browser itself refuses every load from the network (Redoc 2.5 would fetch its footer logo from a CDN).
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "worker-src blob:",
].join("; ");
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

writeFileSync(
  outPath,
  `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="redoc ${escape(version)} (standalone bundle, inlined)">
<title>${escape(spec.info?.title ?? "API reference")}</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<div id="redoc"></div>
<script type="application/json" id="spec">${specJson}</script>
<script>${bundle}</script>
<script>
Redoc.init(JSON.parse(document.getElementById("spec").textContent), {}, document.getElementById("redoc"));
</script>
</body>
</html>
`,
);
console.log(`docs: ${outPath} (redoc ${version}, spec and bundle inlined)`);
