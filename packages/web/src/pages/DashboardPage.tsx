/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function DashboardPage(): ReactNode {
  return <PageTitle>DashboardPage</PageTitle>;
}
