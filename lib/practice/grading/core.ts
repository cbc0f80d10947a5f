import * as attention from '@/lib/attention';
import { maskedSoftmax } from '@/lib/attention/masking';
import type { Core } from '@/lib/practice/drills/types';

/** The attention core as the drills' references get it: the grader's side only (it loads tfjs). */
export const drillCore: Core = { ...attention, maskedSoftmax };
