/** The app shell: skip link, header with role-aware navigation, the current page. */
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { AccountPage } from '../pages/AccountPage.js';
import { AccountsPage } from '../pages/AccountsPage.js';
import { ApprovalsPage } from '../pages/ApprovalsPage.js';
import { CasePage } from '../pages/CasePage.js';
import { CasesPage } from '../pages/CasesPage.js';
import { DashboardPage } from '../pages/DashboardPage.js';
import { PolicyPage } from '../pages/PolicyPage.js';
import { ReviewPage } from '../pages/ReviewPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { Loading, PageTitle } from '../ui/components.js';
import { label } from '../ui/format.js';
import { landingFor, mayOpen, navFor } from './permissions.js';
import { href, navigate, useRoute, type Route } from './router.js';
import { SessionProvider, useSession } from './session.js';

/**
 * The compose page is a chunk of its own, fetched when first opened: it
 * carries the engine's check() with the name tagger's model and word
 * clusters (about 2.3 MB gzipped), which no other page needs.
 */
const ComposePage = lazy(async () => ({ default: (await import('../compose/ComposePage.js')).ComposePage }));

/** The whole app. */
export function App(): ReactNode {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell(): ReactNode {
  const route = useRoute();
  const [setup, setSetup] = useState(() => window.location.pathname === '/setup');
  const { session, signOut } = useSession();
  const roles = session?.user.roles ?? [];
  useEffect(() => {
    if (setup) return;
    if (session === null && route.name !== 'sign-in') navigate(href('sign-in'));
    if (session && (route.name === 'sign-in' || route.name === 'home')) {
      const to = landingFor(session.user.roles);
      if (to) navigate(href(to));
    }
  }, [session, route.name, setup]);
  useEffect(() => {
    document.title = `${pageName(route)} · Peel`;
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to main content</a>
      <header className="site-header">
        <div className="brand"><span aria-hidden="true">◆</span> Peel</div>
        {session ? (
          <nav aria-label="Main">
            <ul>
              {navFor(roles).map((n) => (
                <li key={n.route}>
                  <a href={href(n.route)} aria-current={isCurrent(route, n.route) ? 'page' : undefined}>{n.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {session ? (
          <div className="whoami">
            <span>{session.user.displayName} <span className="muted">({session.user.roles.map(label).join(', ')})</span></span>
            <button type="button" className="link-button" onClick={() => { void signOut(); }}>Sign out</button>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {setup ? <SetupPage onDone={() => { window.history.replaceState(null, '', '/'); setSetup(false); navigate(href('sign-in')); }} />
          : session === undefined ? <Loading what="Checking who is signed in" /> : session === null ? <SignInPage /> : <Page route={route} roles={roles} />}
      </main>
    </>
  );
}

function isCurrent(route: Route, name: string): boolean {
  return route.name === name || (route.name === 'account' && name === 'accounts') || (route.name === 'case' && name === 'cases');
}

function pageName(route: Route): string {
  return route.name === 'home' ? 'Home' : label(route.name);
}

function Page({ route, roles }: { route: Route; roles: Parameters<typeof mayOpen>[0] }): ReactNode {
  if (!mayOpen(roles, route.name)) {
    return <><PageTitle>Not available</PageTitle><p>Your role does not include this page. Use the navigation above.</p></>;
  }
  switch (route.name) {
    case 'compose': return <Suspense fallback={<Loading />}><ComposePage /></Suspense>;
    case 'approvals': return <ApprovalsPage />;
    case 'accounts': return <AccountsPage query={route.query} />;
    case 'account': return <AccountPage key={route.params.id} id={route.params.id!} />;
    case 'review': return <ReviewPage />;
    case 'cases': return <CasesPage />;
    case 'case': return <CasePage key={route.params.id} id={route.params.id!} />;
    case 'dashboard': return <DashboardPage />;
    case 'policy': return <PolicyPage />;
    case 'not-found': return <><PageTitle>Page not found</PageTitle><p>There is no page at this address. Use the navigation above.</p></>;
    default: return <Loading />;
  }
}
