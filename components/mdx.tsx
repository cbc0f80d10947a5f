import type { MDXComponents } from 'mdx/types';
import { CodeRunner } from './runner/CodeRunner';
import { FollowUp } from './FollowUp';
import { Callout } from './Callout';

/** The one registry of components that MDX pages may use. */
export const mdxComponents: MDXComponents = {
  CodeRunner,
  FollowUp,
  Callout,
};
