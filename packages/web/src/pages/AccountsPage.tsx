/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function AccountsPage({ query }: { query: URLSearchParams }): ReactNode {
  return <PageTitle>AccountsPage</PageTitle>;
}
