/** Placeholder (being written). */
import type { ReactNode } from 'react';
import { PageTitle } from '../ui/components.js';

/** Page. */
export function ReviewPage(): ReactNode {
  return <PageTitle>ReviewPage</PageTitle>;
}
