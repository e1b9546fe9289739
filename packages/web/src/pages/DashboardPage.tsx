/** Dashboard: the force's figures as charts, each with a table of the same numbers. */
import { useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.js';
import { listAll, useLoad } from '../api/hooks.js';
import type { Account, Draft, Person, PublishedPost, RuleReviewCount, TrainingRecord } from '../api/types.js';
import { can } from '../app/permissions.js';
import { useSignedIn } from '../app/session.js';
import { Chart, type ChartDatum } from '../ui/Chart.js';
import { ErrorNotice, Field, Loading, PageTitle } from '../ui/components.js';
import { label } from '../ui/format.js';
import { computeStats, type DashboardStats } from './stats.js';
import { personExpiry } from './training.js';

async function loadForce(): Promise<DashboardStats> {
  const [drafts, posts, accounts, rules, people] = await Promise.all([
    listAll<Draft>('/api/drafts').catch(() => []), listAll<PublishedPost>('/api/posts').catch(() => []),
    listAll<Account>('/api/accounts').catch(() => []), api.get<{ items: RuleReviewCount[] }>('/api/stats/rules').then((r) => r.items),
    listAll<Person>('/api/people', {}, 500).catch(() => []),
  ]);
  const expiries = await Promise.all(people.map((p) => api.get<{ items: TrainingRecord[] }>(`/api/people/${encodeURIComponent(p.id)}/training`).then((r) => personExpiry(r.items), () => 'none' as const)));
  return computeStats({ drafts, posts, accounts, rules, expiries });
}

interface National { forces: number; accountsByStatus: Record<string, number>; rules: RuleReviewCount[]; caseOutcomes: Record<string, number> }

/** The dashboard. */
export function DashboardPage(): ReactNode {
  const me = useSignedIn();
  const national = !can(me.user.roles, 'stats.force');
  const force = useLoad(() => (national ? Promise.resolve(undefined) : loadForce()), [national]);
  const nat = useLoad(() => (national ? api.get<National>('/api/stats/national') : Promise.resolve(undefined)), [national]);
  return (
    <>
      <PageTitle sub={national ? 'Counts across all forces; nothing that names a person.' : 'How posting is going across the force.'}>Dashboard</PageTitle>
      <ErrorNotice error={force.error ?? nat.error} />
      {force.loading || nat.loading ? <Loading what="Working out the figures" /> : null}
      {force.data ? <ForceDashboard s={force.data} /> : null}
      {nat.data ? <NationalDashboard n={nat.data} /> : null}
      <Reports path={national ? '/api/reports/national' : '/api/reports/force'} />
    </>
  );
}

/** Colours that keep their meaning across charts (and match the badges). */
const COLORS: Record<string, string> = {
  pass: '#0b6b3a', advise: '#1d4f91', review: '#8a4b00', block: '#b3261e',
  accredited: '#0b6b3a', reinstated: '#00607a', applied: '#8a4b00', suspended: '#b3261e', closed: '#505a5f',
};

const entries = (r: Record<string, number>): ChartDatum[] => Object.entries(r).map(([k, v]) => ({ name: label(k), value: v, ...(COLORS[k] ? { color: COLORS[k] } : {}) }));

function ForceDashboard({ s }: { s: DashboardStats }): ReactNode {
  const verdicts = useMemo(() => entries(s.verdicts), [s]);
  const rules = useMemo(() => s.topRules.map((r) => ({ name: r.rule, value: r.total })), [s]);
  const teams = useMemo(() => s.byTeam.map((t) => ({ name: t.team, value: t.per1000 })), [s]);
  const statuses = useMemo(() => entries(s.accountsByStatus), [s]);
  const training = useMemo(() => [
    { name: 'Expired', value: s.trainingExpiring.expired, color: COLORS.block }, { name: 'Within 30 days', value: s.trainingExpiring.within30 },
    { name: 'Within 90 days', value: s.trainingExpiring.within90 }], [s]);
  return (
    <>
      <p className="big-number"><strong>{s.postsChecked}</strong> posts checked (drafts and published posts)</p>
      <div className="grid-2">
        <Panel title="Verdict mix" data={verdicts} kind="pie" cols={['Verdict', 'Posts']} />
        <Panel title="Top rules" data={rules} kind="bar" cols={['Rule', 'Findings']} />
        <Panel title="Findings per 1,000 posts by team" data={teams} kind="bar" horizontal cols={['Team', 'Findings per 1,000 posts']} />
        <Panel title="Accounts by status" data={statuses} kind="pie" cols={['Status', 'Accounts']} />
        <Panel title="Training about to expire (people)" data={training} kind="bar" cols={['When', 'People']} />
      </div>
    </>
  );
}

function NationalDashboard({ n }: { n: National }): ReactNode {
  const statuses = useMemo(() => entries(n.accountsByStatus), [n]);
  const rules = useMemo(() => n.rules.map((r) => ({ name: r.rule, value: r.open + r.confirmed + r.dismissed })), [n]);
  const outcomes = useMemo(() => entries(n.caseOutcomes), [n]);
  return (
    <>
      <p className="big-number"><strong>{n.forces}</strong> forces</p>
      <div className="grid-2">
        <Panel title="Accounts by status" data={statuses} kind="pie" cols={['Status', 'Accounts']} />
        <Panel title="Findings by rule" data={rules} kind="bar" cols={['Rule', 'Findings']} />
        <Panel title="Case outcomes" data={outcomes} kind="bar" horizontal cols={['Outcome', 'Cases']} />
      </div>
    </>
  );
}

/** Links to the server's period report (last twelve months unless a period is chosen). */
function Reports({ path }: { path: string }): ReactNode {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const q = (format: string): string => `${path}?${new URLSearchParams({ format, ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString()}`;
  return (
    <section aria-labelledby="reports-h" className="stack">
      <h2 id="reports-h">Reports</h2>
      <p>The full report for a period, with small counts suppressed. Without dates it covers the last twelve months.</p>
      <div className="inline-fields">
        <Field label="From">{(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label="To">{(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
      </div>
      <ul className="actions" aria-label="Report formats">
        <li><a className="button" href={q('html')} target="_blank" rel="noopener">Open as a web page</a></li>
        <li><a className="button" href={q('pdf')}>Download PDF</a></li>
        <li><a className="button" href={q('csv')}>Download CSV</a></li>
      </ul>
    </section>
  );
}

function Panel({ title, data, kind, cols, horizontal = false }: { title: string; data: ChartDatum[]; kind: 'bar' | 'pie'; cols: [string, string]; horizontal?: boolean }): ReactNode {
  const summary = data.length === 0 ? 'no data' : data.map((d) => `${d.name} ${d.value}`).join(', ');
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {data.length === 0 ? <p className="muted">Nothing yet.</p> : <Chart kind={kind} data={data} horizontal={horizontal} label={`${title}: ${summary}`} />}
      <details>
        <summary>Numbers as a table<span className="visually-hidden">: {title}</span></summary>
        <table>
          <thead><tr><th scope="col">{cols[0]}</th><th scope="col">{cols[1]}</th></tr></thead>
          <tbody>{data.map((d) => <tr key={d.name}><td>{d.name}</td><td>{d.value}</td></tr>)}</tbody>
        </table>
      </details>
    </section>
  );
}
