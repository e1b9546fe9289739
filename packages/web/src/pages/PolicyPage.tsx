/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function PolicyPage(): ReactNode {
  return <PageTitle>PolicyPage</PageTitle>;
}
