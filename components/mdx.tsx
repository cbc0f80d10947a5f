import type { MDXComponents } from 'mdx/types';
import { Suspense, type ComponentProps } from 'react';
import { CodeRunner } from './runner/CodeRunner';
import { FollowUp } from './FollowUp';
import { Callout } from './Callout';

/**
 * A live demo in its own Suspense boundary: React hydrates each boundary in a pass of its own,
 * yielding between them, so a page with several demos does not hydrate them all in one long task.
 */
function RunnableBlock(props: ComponentProps<typeof CodeRunner>) {
  return (
    <Suspense>
      <CodeRunner {...props} />
    </Suspense>
  );
}

/** The one registry of components that MDX pages may use. */
export const mdxComponents: MDXComponents = {
  CodeRunner: RunnableBlock,
  FollowUp,
  Callout,
};
