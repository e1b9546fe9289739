/** The stylesheet of the public register and the HTML reports (served at /public/peel.css). */
export const PEEL_CSS = `
:root { --blue: #1d4f91; --ink: #1b1b1b; --muted: #555; --line: #d6dbe3; --ok: #0b6b2e; --no: #a4161a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; color: var(--blue); margin: 2rem 0 .25rem; }
a { color: var(--blue); }
.meta, .note { color: var(--muted); margin: .1rem 0; }
.note { font-size: .9rem; font-style: italic; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; min-width: 50%; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th[scope="row"], thead th:first-child { text-align: left; }
thead th { background: #e8edf4; font-size: .9rem; }
tr.total th, tr.total td { font-weight: bold; }
table.register th, table.register td { text-align: left; }
td.suppressed { color: var(--muted); font-style: italic; }
figure { margin: .5rem 0 1rem; max-width: 100%; overflow-x: auto; }
.chart-label, .chart-value { font: 12px system-ui, sans-serif; fill: var(--ink); }
nav ol { columns: 2; font-size: .9rem; }
form.lookup { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: 1rem 0; }
form.lookup label { display: flex; flex-direction: column; font-weight: 600; }
form.lookup input, form.lookup select, form.lookup button { font: inherit; padding: .45rem .6rem; border: 2px solid var(--ink); border-radius: 4px; }
form.lookup button { background: var(--blue); color: #fff; border-color: var(--blue); cursor: pointer; }
.answer { border-left: 6px solid var(--muted); padding: .5rem 1rem; margin: 1rem 0; background: #f5f6f8; }
.answer.official { border-color: var(--ok); }
.answer.not-official { border-color: var(--no); }
.answer strong { display: block; font-size: 1.15rem; }
.badge-yes { color: var(--ok); font-weight: bold; }
.badge-no { color: var(--no); font-weight: bold; }
`;
