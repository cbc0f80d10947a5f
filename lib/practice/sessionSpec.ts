import { topics, type Topic } from '@/lib/content/topics';
import { mockLengths, type SessionSpec } from './session';

const isTopic = (t: string | null): t is Topic => (topics as readonly string[]).includes(t ?? '');

/**
 * Reads a session from the practice URL (?mode=…). Anything unknown or malformed gives null,
 * which shows the chooser: a bad link never breaks the page.
 */
export function parseSessionSpec(search: string, slugs: string[]): SessionSpec | null {
  const params = new URLSearchParams(search);
  switch (params.get('mode')) {
    case 'question': {
      const slug = params.get('q');
      return slug && slugs.includes(slug) ? { mode: 'question', slug } : null;
    }
    case 'topic': {
      const topic = params.get('topic');
      return isTopic(topic) ? { mode: 'topic', topic } : null;
    }
    case 'mixed':
      return { mode: 'mixed' };
    case 'review':
      return { mode: 'review' };
    case 'mock': {
      const minutes = Number(params.get('minutes'));
      const chosen = (params.get('topics') ?? '').split(',').filter(isTopic);
      return (mockLengths as readonly number[]).includes(minutes)
        ? { mode: 'mock', minutes, topics: chosen }
        : null;
    }
    default:
      return null;
  }
}

export function sessionSpecToSearch(spec: SessionSpec): string {
  const params = new URLSearchParams({ mode: spec.mode });
  if (spec.mode === 'question') params.set('q', spec.slug);
  if (spec.mode === 'topic') params.set('topic', spec.topic);
  if (spec.mode === 'mock') {
    params.set('minutes', String(spec.minutes));
    if (spec.topics.length) params.set('topics', spec.topics.join(','));
  }
  return `?${params.toString()}`;
}
