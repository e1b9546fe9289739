/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function ApprovalsPage(): ReactNode {
  return <PageTitle>ApprovalsPage</PageTitle>;
}
