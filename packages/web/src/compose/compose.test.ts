import type { Finding, Report } from '@peel/engine';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FindingList } from './FindingList.js';
import { queuedReasons, serverOnlyFindings } from './SubmitResult.js';

const finding = (rule: Finding['rule'], severity: Finding['severity'], suggestion?: string): Finding => ({
  rule, severity, messageId: `${rule}-m`, message: `${rule} message`, explanation: `${rule} why`, guidance: `${rule} guidance`,
  ranges: [{ start: 0, end: 4 }], confidence: 1,
  ...(suggestion ? { suggestion: { description: `${rule} fix`, edits: [], text: suggestion } } : {}),
});
const report = (findings: Finding[], rewrite?: string): Report => ({
  verdict: 'block', findings, entities: [], tags: [], engineVersion: '1', policyVersion: 'p@1', ...(rewrite ? { rewrite } : {}),
});

describe('submit result', () => {
  it('says why a draft waits', () => {
    expect(queuedReasons({ verdict: 'pass' }, { trustTier: 'pre_approval' })).toEqual(['This account needs a supervisor to approve every post before it goes out.']);
    expect(queuedReasons({ verdict: 'review' }, { trustTier: 'monitored' })).toEqual(["Peel's check found something a supervisor should look at."]);
    expect(queuedReasons({ verdict: 'block' }, undefined)[0]).toMatch(/cannot go out as written/);
    expect(queuedReasons({ verdict: 'advise' }, { trustTier: 'monitored' })).toEqual(['It is waiting for a supervisor.']);
  });

  it('lists what only the server found (e.g. the protected list)', () => {
    const server = report([finding('P4', 'block'), finding('W1', 'block'), finding('R1', 'track')]);
    expect(serverOnlyFindings(server, report([finding('P4', 'block')])).map((f) => f.rule)).toEqual(['W1']);
    expect(serverOnlyFindings(server, null).map((f) => f.rule)).toEqual(['P4', 'W1']);
  });
});

describe('finding list', () => {
  const render = (r: Report) => renderToStaticMarkup(createElement(FindingList, { report: r, onApply: () => {}, onShow: () => {} }));

  it('shows message, explanation, guidance and a rewrite button per finding; hides track findings', () => {
    const html = render(report([finding('P4', 'block', 'A man'), finding('R1', 'track')]));
    expect(html).toContain('P4 message');
    expect(html).toContain('P4 why');
    expect(html).toContain('P4 guidance');
    expect(html).toContain('Apply rewrite');
    expect(html).not.toContain('R1 message');
    expect(html).not.toContain('Apply all rewrites');
  });

  it('offers "apply all" when several findings have rewrites', () => {
    const html = render(report([finding('P4', 'block', 'a'), finding('P6', 'review', 'b')], 'ab'));
    expect(html).toContain('Apply all rewrites');
  });

  it('escapes text from the report', () => {
    const f = { ...finding('P4', 'block'), message: '<img src=x onerror=alert(1)>' };
    expect(render(report([f]))).not.toContain('<img');
  });
});
