/**
 * The web app in a real browser (Debian chromium via playwright-core) against
 * the real server on SQLite with the demo force: compose with live checking,
 * approval, review, suspension; axe-core on every page; screenshots saved
 * under test-results/screenshots/. Without chromium the test is skipped
 * (and fails with CI=true).
 */
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, screenshot, serious, signIn, signOut, watchPage, type AxeViolation } from './browser.js';
import { buildWeb, CHROMIUM, CHROMIUM_ARGS, chromiumStatus, DEMO_PASSWORD, startDemoServer, tempWebRoot, type DemoServer } from './harness.js';
import { label } from '../ui/format.js';
import { accountWithFreeFinding, provisionPreApprovalOfficer } from './provision.js';

const status = chromiumStatus();
if (!status.ok && !status.fail) console.warn(`[web e2e] skipped: ${status.message}`);

/** expect.poll with room for a busy machine (the default gives up after one second). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const demo = (who: string) => ({ email: `${who}@wessexvale.example`, password: DEMO_PASSWORD });
/** A 300-character post, typed one key at a time to time the in-browser check. */
const LONG_POST = ('Officers from the North Neighbourhood team were at the community centre on Elm Road this afternoon talking to residents about bike security. ' +
  'Thanks to everyone who came along. If you have information about thefts in the area please call 101 or report online. We will be back next week with free bike marking.').slice(0, 300);

describe.skipIf(!status.ok && !status.fail)('web app in a real browser', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let webRoot: string;
  const audits: Record<string, AxeViolation[]> = {};

  async function visit(name: string): Promise<void> {
    // Let charts and lazy parts settle before auditing and taking the picture.
    await page.waitForLoadState('networkidle');
    audits[name] = await axe(page);
    await screenshot(page, name);
  }

  beforeAll(async () => {
    if (!status.ok) throw new Error(status.message);
    webRoot = tempWebRoot();
    await buildWeb(webRoot);
    server = await startDemoServer(webRoot);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchPage(page);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('composes, approves, reviews and suspends, with no serious accessibility problems', async () => {
    const officer = await provisionPreApprovalOfficer(server.url, demo('admin'), demo('sergeant'), DEMO_PASSWORD);

    // Sign-in page.
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Peel' }).waitFor();
    await visit('01-sign-in');
    // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Officer: compose. First time a 300-character post typed key by key.
    await signIn(page, server.url, officer.email, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Compose a post' }).waitFor();
    await page.getByLabel('Account').waitFor();
    const editor = page.locator('#post-text');
    await page.waitForTimeout(300); // the engine warm-up runs just after the page opens
    await page.evaluate(() => { window.__peelChecks = []; });
    await editor.pressSequentially(LONG_POST);
    const timings = await page.evaluate(() => window.__peelChecks ?? []);
    const long = timings.filter((t) => t.chars >= 280).map((t) => t.ms).sort((a, b) => a - b);
    const all = timings.map((t) => t.ms).sort((a, b) => a - b);
    const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    console.log(`[web e2e] in-browser check per keystroke: ${all.length} checks (${new Set(timings.map((t) => t.chars)).size} distinct lengths), median ${q(all, 0.5).toFixed(2)} ms, p95 ${q(all, 0.95).toFixed(2)} ms, max ${all.at(-1)!.toFixed(2)} ms; ` +
      `at 280-300 characters: ${long.length} checks, median ${q(long, 0.5).toFixed(2)} ms, p95 ${q(long, 0.95).toFixed(2)} ms, max ${long.at(-1)!.toFixed(2)} ms`);
    expect(long.length).toBeGreaterThanOrEqual(15);
    // The budget is one frame (16 ms). The median and p95 are the check's own cost; the
    // maximum also holds scheduler and GC pauses of a shared machine, so it is reported, not gated.
    expect(q(long, 0.5)).toBeLessThanOrEqual(16);
    expect(q(long, 0.95)).toBeLessThanOrEqual(16);
    await poll(() => page.getByTestId('length-main').textContent()).toMatch(/300 of \d+ characters/);

    // The post that names an arrested man: underlined and explained as it is typed.
    await editor.fill('');
    await editor.pressSequentially('John Brown, 34, arrested on suspicion of burglary');
    const mark = page.locator('mark.hl-block[data-rules~="P4"]');
    await poll(() => mark.first().textContent()).toContain('John Brown');
    const finding = page.locator('li.finding[data-rule="P4"]');
    await poll(() => finding.textContent()).toMatch(/arrested but not charged/i);
    await poll(() => finding.textContent()).toMatch(/Guidance:/);
    await visit('02-compose-flagged');
    await finding.getByRole('button', { name: /Apply rewrite/ }).click();
    const rewritten = await editor.inputValue();
    expect(rewritten).not.toContain('John Brown');
    expect(rewritten).toMatch(/arrested on suspicion of burglary/);
    await poll(() => page.locator('mark.hl-block').count()).toBe(0);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const result = page.getByTestId('submit-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Sent for approval/);
    expect(await result.textContent()).toMatch(/needs a supervisor to approve every post/);
    await visit('03-compose-submitted');

    // Usable at 320 px: no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 800 });
    await editor.fill('Thanks Sarah (07700 900123) for reporting');
    await page.locator('mark.hl').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await visit('04-compose-320px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);

    // Supervisor: approves it, editing it, with the side-by-side diff.
    await signIn(page, server.url, demo('sergeant').email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Approvals' }).click();
    const card = page.getByTestId('draft-card').filter({ hasText: rewritten });
    await card.waitFor();
    await visit('05-approvals');
    await card.getByRole('button', { name: /Decide/ }).click();
    await card.getByLabel('Edit and approve').check();
    await card.getByLabel('Edited post').fill(`${rewritten}. Thanks to everyone who called 101.`);
    await card.getByTestId('diff').locator('ins').first().waitFor();
    await card.getByLabel(/Note for the author/).fill('Added thanks to the callers.');
    await visit('06-approval-diff');
    await card.getByRole('button', { name: 'Save edit and approve' }).click();
    await page.getByText('Draft approved').waitFor();
    await signOut(page);

    // The author sees the decision and the note, and records that the post went out.
    await signIn(page, server.url, officer.email, DEMO_PASSWORD);
    const mine = page.locator('section[aria-labelledby="my-drafts-h"] li').filter({ hasText: 'Thanks to everyone who called 101.' }).first();
    await mine.getByText('Note from your supervisor').waitFor();
    await mine.getByRole('button', { name: /I have published it/ }).click();
    await poll(() => mine.locator('.badge').first().textContent()).toBe('Published');
    await signOut(page);

    // Digital desk: review queue, dismissing a finding with the keyboard.
    await signIn(page, server.url, demo('desk').email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Review queue' }).click();
    const rows = page.getByTestId('finding-row');
    await rows.first().waitFor();
    const before = await rows.count();
    await visit('07-review-queue');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('d');
    await page.getByText('1 finding dismissed.').waitFor();
    await poll(() => rows.count()).toBe(before - 1);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Verdict mix' }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await visit('08-dashboard');
    const csv = await page.request.get(new URL((await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!, server.url).href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: 'Policy settings' }).waitFor();
    await visit('09-policy');
    // Turn one rule off and save a new policy version.
    await page.getByLabel('S6 on').uncheck();
    await page.getByLabel('Note about this change (optional)').fill('S6 off while we review opinion posts.');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText(/Saved as version \d+\./).waitFor();
    expect(await page.getByLabel('S6 on').isChecked()).toBe(false);
    await signOut(page);

    // Administrator: suspends an account; the account page shows it.
    await signIn(page, server.url, demo('admin').email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Status').selectOption('accredited');
    await page.locator('tbody tr').first().waitFor();
    await visit('10-accounts');
    const link = page.locator('tbody tr a').first();
    const handle = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { name: new RegExp(`^${handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} on`) }).waitFor();
    await page.getByLabel(/Suspend/).check();
    await page.getByLabel('Reason (required)').fill('Training has lapsed; suspended until it is renewed.');
    await page.getByRole('button', { name: 'Suspend account' }).click();
    await poll(() => page.getByTestId('account-status').textContent()).toMatch(/Suspended/);
    await poll(() => page.getByTestId('timeline').textContent()).toMatch(/Accredited → Suspended/);
    await visit('11-account-suspended');
    await signOut(page);

    // Professional standards: cases and a case with its restricted notes.
    await signIn(page, server.url, demo('standards').email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByLabel('Show').selectOption('');
    await page.locator('tbody tr a').first().waitFor();
    await visit('12-cases');
    // Open a case about an account with a finding in no case yet, attaching that finding.
    const subject = await accountWithFreeFinding(server.url, demo('standards'));
    await page.getByLabel('About').selectOption({ label: `${subject.handle} (${label(subject.platform)})` });
    await page.getByRole('group', { name: 'Findings to include' }).getByRole('checkbox').first().check();
    await page.getByLabel('Summary').fill('Review of a flagged post.');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.getByRole('heading', { name: 'Review of a flagged post.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Findings' }).locator('+ ul li').count()).toBe(1);
    await page.getByRole('heading', { name: 'Restricted notes' }).waitFor();
    await page.getByLabel('New note').fill('Spoke to the officer; they have read the guidance on naming again.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('they have read the guidance on naming again').waitFor();
    await visit('13-case');
    const caseUrl = page.url();
    await signOut(page);

    // A force administrator sees the case but not its notes.
    await signIn(page, server.url, demo('admin').email, DEMO_PASSWORD);
    await page.goto(caseUrl);
    await page.getByText('Case notes are visible only to professional standards.').waitFor();
    expect(await page.getByText('they have read the guidance').count()).toBe(0);

    await signOut(page);

    // Inspector: national figures only, and no way into force pages.
    await signIn(page, server.url, 'inspector@peel.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Accounts by status' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Dashboard']);
    await visit('14-dashboard-inspector');
    await page.goto(`${server.url}/#/accounts`);
    await page.getByRole('heading', { name: 'Not available' }).waitFor();

    const summary = Object.entries(audits).map(([name, v]) => `${name}: ${v.length === 0 ? 'none' : v.map((x) => `${x.id}(${x.impact}, ${x.nodes})`).join(' ')}`);
    console.log(`[web e2e] axe violations per page:\n  ${summary.join('\n  ')}`);
    const bad = Object.entries(audits).flatMap(([name, v]) => serious(v).map((x) => ({ page: name, ...x })));
    expect(bad).toEqual([]);
    expect(problems).toEqual([]);
  }, 400_000);
});
