/**
 * A browsable page for the OpenAPI document, with no third-party scripts:
 * it fetches /api/openapi.json and lists each operation with its schemas.
 * Everything is inserted with textContent, so nothing in the document can
 * run as HTML.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Peel API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2rem;text-transform:capitalize}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.3rem .7rem}
summary{cursor:pointer}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f6f6f6;padding:.6rem;overflow:auto}
.m{display:inline-block;min-width:4.2rem;font-weight:700}.GET{color:#0a6}.POST{color:#06c}.PUT,.PATCH{color:#a60}.DELETE{color:#c22}
.act{color:#666;font-size:12px;margin-left:.5rem}
</style></head><body>
<h1>Peel API</h1><p id="desc"></p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
<div id="ops">Loading…</div>
<script src="/api/docs.js"></script>
</body></html>`;

/** The page's script (served separately so the page can forbid inline scripts). */
export const DOCS_JS = `(async () => {
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
  const doc = await (await fetch('/api/openapi.json')).json();
  document.getElementById('desc').textContent = doc.info.description;
  const root = document.getElementById('ops'); root.textContent = '';
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) (byTag[op.tags[0]] ??= []).push([path, method, op]);
  for (const [tag, ops] of Object.entries(byTag)) {
    root.appendChild(el('h2', '', tag));
    for (const [path, method, op] of ops) {
      const d = el('details'); const s = el('summary');
      s.appendChild(el('span', 'm ' + method.toUpperCase(), method.toUpperCase())); s.appendChild(el('code', '', path));
      s.appendChild(document.createTextNode(' — ' + op.summary)); s.appendChild(el('span', 'act', op['x-peel-action']));
      d.appendChild(s);
      if (op.parameters && op.parameters.length) { d.appendChild(el('h4', '', 'Parameters')); d.appendChild(el('pre', '', JSON.stringify(op.parameters, null, 2))); }
      if (op.requestBody) { d.appendChild(el('h4', '', 'Request body')); d.appendChild(el('pre', '', JSON.stringify(op.requestBody.content['application/json'].schema, null, 2))); }
      root.appendChild(d);
    }
  }
})();`;
