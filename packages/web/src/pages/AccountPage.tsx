/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function AccountPage({ id }: { id: string }): ReactNode {
  return <PageTitle>AccountPage</PageTitle>;
}
