/**
 * The public register page: a search box ("is @handle an official police
 * account?"), the answer, and the list of official accounts. Works without
 * JavaScript (the form is a GET to the same page); no inline scripts or
 * styles, so the strict Content-Security-Policy holds.
 */
import { platformName, type PublicAccount } from './register.js';
import { esc } from './render-html.js';
import { PLATFORMS } from '../domain/model.js';

/** What was asked, and what was found. */
export interface Lookup { query: string; platform?: string; matches: PublicAccount[] }

function answer(l: Lookup): string {
  const shown = esc(l.query.trim());
  if (l.matches.length === 0) {
    return `<section class="answer not-official" aria-live="polite"><strong>${shown} is not in the register.</strong>`
      + '<p>We have no official police account with that name. Treat it as not an official police account; '
      + 'to report a crime or an impersonation, contact your local force (in an emergency call 999).</p></section>';
  }
  return l.matches.map((m) => m.official
    ? `<section class="answer official" aria-live="polite"><strong>Yes: ${esc(m.handle)} on ${esc(platformName(m.platform))} is an official account of ${esc(m.forceName)}.</strong>`
      + `<p>${esc(m.teamOrRole ?? '')}${m.url && /^https?:\/\//i.test(m.url) ? ` · <a href="${esc(m.url)}" rel="nofollow noopener">${esc(m.url)}</a>` : ''}</p></section>`
    : `<section class="answer not-official" aria-live="polite"><strong>No: ${esc(m.handle)} on ${esc(platformName(m.platform))} is not an official police account.</strong>`
      + `<p>It was registered by ${esc(m.forceName)} but is not an official account now.</p></section>`).join('');
}

function list(rows: readonly PublicAccount[]): string {
  const official = rows.filter((r) => r.official);
  const body = official.map((r) => `<tr><th scope="row">${esc(r.handle)}</th><td>${esc(platformName(r.platform))}</td>`
    + `<td>${esc(r.forceName)}</td><td>${esc(r.teamOrRole ?? '')}</td></tr>`).join('');
  return `<h2>Official accounts (${official.length})</h2><div class="table-wrap"><table class="register"><thead><tr>`
    + '<th scope="col">Handle</th><th scope="col">Platform</th><th scope="col">Force</th><th scope="col">Team or role</th></tr></thead>'
    + `<tbody>${body}</tbody></table></div>`;
}

/** The whole page. */
export function registerPage(rows: readonly PublicAccount[], lookup: Lookup | null): string {
  const options = ['<option value="">Any platform</option>', ...PLATFORMS.map((p) => `<option value="${p}"${lookup?.platform === p ? ' selected' : ''}>${esc(platformName(p))}</option>`)].join('');
  return '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>Is this an official police account? · Peel register</title><link rel="stylesheet" href="/public/peel.css"></head><body><main>'
    + '<h1>Is this an official police account?</h1>'
    + '<p>Police forces list their official social media accounts here. Type a handle (for example <code>@NorthshirePolice</code>) or paste a profile address.</p>'
    + '<form class="lookup" method="get" action="/public" role="search">'
    + `<label for="handle">Handle or address<input id="handle" name="handle" type="search" maxlength="200" required value="${esc(lookup?.query ?? '')}" autocomplete="off"></label>`
    + `<label for="platform">Platform<select id="platform" name="platform">${options}</select></label>`
    + '<button type="submit">Check</button></form>'
    + `${lookup ? answer(lookup) : ''}`
    + '<p class="meta">Open data: <a href="/public/accounts.json">accounts.json</a> · <a href="/public/accounts.csv">accounts.csv</a>. '
    + 'Accounts that are suspended or closed are listed as not official; no reasons are published.</p>'
    + `${list(rows)}</main></body></html>`;
}
