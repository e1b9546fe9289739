/**
 * Test set-up through the real HTTP API (as a force administrator would do
 * it): give an officer who operates a pre-approval account in the demo
 * sergeant's team a user, so the draft they submit waits for that sergeant.
 */
interface Account { id: string; handle: string; trustTier: string; status: string; kind: string; team: string | null }

/** A signed-in API session (cookie + CSRF token) for Node's fetch. */
export async function apiSession(base: string, email: string, password: string): Promise<(method: string, path: string, body?: unknown) => Promise<unknown>> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path} failed: ${r.status} ${await r.text()}`);
    return r.status === 204 ? undefined : r.json();
  };
}

/** Create the officer user; returns the e-mail and the account's handle. */
export async function provisionPreApprovalOfficer(base: string, admin: { email: string; password: string }, sergeant: { email: string; password: string }, password: string): Promise<{ email: string; handle: string }> {
  const sgt = await apiSession(base, sergeant.email, sergeant.password);
  const { team } = (await sgt('GET', '/api/auth/session')) as { team: string };
  const call = await apiSession(base, admin.email, admin.password);
  const { items } = (await call('GET', '/api/accounts?limit=200')) as { items: Account[] };
  const account = items.find((a) => a.trustTier === 'pre_approval' && a.status === 'accredited' && a.kind === 'individual' && a.team === team);
  if (!account) throw new Error('The demo has no accredited pre-approval account in the sergeant\'s team.');
  const { operators } = (await call('GET', `/api/accounts/${account.id}`)) as { operators: Array<{ personId: string }> };
  const email = 'pc.e2e@wessexvale.example';
  await call('POST', '/api/users', { email, displayName: 'PC E2E', roles: ['officer'], password, personId: operators[0]!.personId });
  return { email, handle: account.handle };
}

/** The handle and platform of an account with a finding that is in no case yet. */
export async function accountWithFreeFinding(base: string, who: { email: string; password: string }): Promise<{ handle: string; platform: string }> {
  const call = await apiSession(base, who.email, who.password);
  const { items: findings } = (await call('GET', '/api/findings?limit=200')) as { items: Array<{ postId: string; caseId: string | null }> };
  const free = findings.find((f) => f.caseId === null);
  if (!free) throw new Error('The demo has no finding outside a case.');
  const { post } = (await call('GET', `/api/posts/${free.postId}`)) as { post: { accountId: string } };
  const { account } = (await call('GET', `/api/accounts/${post.accountId}`)) as { account: { handle: string; platform: string } };
  return account;
}
