import type { useProgress } from '@/lib/progress/useProgress';

/** The page's progress, as the practice components receive it. */
export type Progress = ReturnType<typeof useProgress>;
