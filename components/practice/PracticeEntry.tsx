'use client';

import dynamic from 'next/dynamic';
import { useT } from '../LocaleContext';

function Loading() {
  return <p role="status">{useT()('practice.loading')}</p>;
}

// The practice engine (exercises, scheduling, storage) runs only in the browser and is kept out
// of the page's first load.
export const PracticeEntry = dynamic(() => import('./PracticeApp'), {
  ssr: false,
  loading: Loading,
});
