/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function CasePage({ id }: { id: string }): ReactNode {
  return <PageTitle>CasePage</PageTitle>;
}
