'use client';

import dynamic from 'next/dynamic';
import { PracticeOutline } from './PracticeOutline';

// The practice engine (exercises, scheduling, storage) runs only in the browser and is kept out
// of the page's first load; the page's HTML shows the chooser's outline meanwhile.
export const PracticeEntry = dynamic(() => import('./PracticeApp'), {
  ssr: false,
  loading: PracticeOutline,
});
