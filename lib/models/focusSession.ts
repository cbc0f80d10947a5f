/**
 * A focus-session simulator for the attention-management lesson (question 2). A session is a
 * run of minutes; events (switching to another activity, a notification arriving) happen at
 * given minutes, and a scoring rule turns what happened in each minute into an attention score
 * in [0, 1]. The rule is a plain function, so a learner can write their own.
 */

import { describeValue, failWith } from '@/lib/attention/checks';

export type FocusEvent =
  | { minute: number; kind: 'switch'; to: string }
  | { minute: number; kind: 'notification'; source?: string };

/** What the scoring rule sees for one minute. */
export interface FocusStep {
  /** 0-based minute of the session. */
  minute: number;
  /** The activity during this minute (after any switch at this minute). */
  activity: string;
  /** The score at the end of the previous minute (the start score for minute 0). */
  previous: number;
  /** True when the activity changed at this minute. */
  switched: boolean;
  /** Notifications that arrived in this minute. */
  notifications: number;
  /** Notifications since the session began, this minute included. */
  notificationsSoFar: number;
  /** Whole minutes spent on the current activity before this one (0 right after a switch). */
  minutesOnActivity: number;
}

export type FocusRule = (step: FocusStep) => number;

export interface FocusSessionOptions {
  /** Length of the session in minutes. */
  minutes: number;
  /** The activity at minute 0. */
  startActivity: string;
  events?: FocusEvent[];
  /** Scoring rule; defaults to `defaultFocusRule`. Its result is clipped to [0, 1]. */
  rule?: FocusRule;
  /** Score before the first minute (default 0: focus has to build up). */
  startScore?: number;
  /** A minute counts as focused when its score is at least this (default 0.6). */
  focusThreshold?: number;
  /** Row order for the activity matrix; defaults to activities in order of first appearance. */
  activities?: string[];
}

export interface FocusSessionResult {
  /** Score at the end of each minute, in [0, 1]. */
  score: number[];
  /** Activity during each minute. */
  activity: string[];
  /** Notifications per minute. */
  notifications: number[];
  /** Row labels of `byActivity`. */
  activities: string[];
  /** [activities, minutes]: the minute's score in the row of the activity it was spent on, 0 elsewhere. */
  byActivity: number[][];
  /** Minutes whose score reached the focus threshold. */
  focusedMinutes: number;
  /** The longest run of consecutive focused minutes. */
  longestFocusedStretch: number;
  switches: number;
  notificationCount: number;
  meanScore: number;
}

const FN = 'simulateFocusSession';

/**
 * The default rule: a switch keeps only 40% of the built-up focus (attention residue), each
 * notification costs 0.15, and every minute on task closes 20% of the gap to full focus.
 */
export function defaultFocusRule(step: FocusStep): number {
  let score = step.previous;
  if (step.switched) score *= 0.4;
  score -= 0.15 * step.notifications;
  return score + 0.2 * (1 - score);
}

export function simulateFocusSession(options: FocusSessionOptions): FocusSessionResult {
  if (typeof options !== 'object' || options === null) {
    failWith(FN, 'code.core.notObject', {
      name: 'options',
      got: describeValue(options),
      expected: '{ minutes, startActivity, events?, rule? }',
    });
  }
  const {
    minutes,
    startActivity,
    events = [],
    rule = defaultFocusRule,
    startScore = 0,
    focusThreshold = 0.6,
  } = options;
  if (!Number.isInteger(minutes) || minutes < 1) {
    failWith(FN, 'code.core.positiveInt', { name: 'minutes', got: String(minutes) });
  }
  if (typeof startActivity !== 'string' || startActivity === '') {
    failWith(FN, 'code.core.nonEmptyString', {
      name: 'startActivity',
      got: String(startActivity),
    });
  }
  if (typeof rule !== 'function') {
    failWith(FN, 'code.core.notFunction', {
      name: 'rule',
      got: typeof rule,
      signature: '(step) => score',
    });
  }
  if (!(startScore >= 0 && startScore <= 1)) {
    failWith(FN, 'code.core.notScore', { name: 'startScore', got: String(startScore) });
  }
  if (!Array.isArray(events)) {
    failWith(FN, 'code.core.notArray', { name: 'events', got: typeof events });
  }

  const switchAt = new Map<number, string>();
  const notificationsAt = new Array<number>(minutes).fill(0);
  events.forEach((event, i) => {
    const m = event?.minute;
    if (!Number.isInteger(m) || m < 0 || m >= minutes) {
      failWith(FN, 'code.core.integerIn', {
        name: `events[${i}].minute`,
        got: String(m),
        min: 0,
        max: minutes - 1,
      });
    }
    if (event.kind === 'switch') {
      if (typeof event.to !== 'string' || event.to === '') {
        failWith(FN, 'code.core.switchTarget', { name: `events[${i}].to`, got: String(event.to) });
      }
      switchAt.set(m, event.to);
    } else if (event.kind === 'notification') {
      notificationsAt[m]++;
    } else {
      failWith(FN, 'code.core.eitherOf', {
        name: `events[${i}].kind`,
        got: String((event as { kind: unknown }).kind),
        a: "'switch'",
        b: "'notification'",
      });
    }
  });

  const score: number[] = [];
  const activity: string[] = [];
  let current = startActivity;
  let previous = startScore;
  let onActivity = 0;
  let notificationsSoFar = 0;
  let switches = 0;
  for (let minute = 0; minute < minutes; minute++) {
    const target = switchAt.get(minute);
    const switched = target !== undefined && target !== current;
    if (switched) {
      current = target;
      onActivity = 0;
      switches++;
    }
    notificationsSoFar += notificationsAt[minute];
    const raw = rule({
      minute,
      activity: current,
      previous,
      switched,
      notifications: notificationsAt[minute],
      notificationsSoFar,
      minutesOnActivity: onActivity,
    });
    if (typeof raw !== 'number' || Number.isNaN(raw)) {
      failWith(FN, 'code.core.ruleResult', { got: String(raw), minute });
    }
    previous = Math.min(1, Math.max(0, raw));
    score.push(previous);
    activity.push(current);
    onActivity++;
  }

  const activities = options.activities ?? [...new Set(activity)];
  const missing = activity.find((a) => !activities.includes(a));
  if (missing !== undefined) {
    failWith(FN, 'code.core.activityMissing', { activities: activities.join(', '), missing });
  }
  const byActivity = activities.map((name) => score.map((s, m) => (activity[m] === name ? s : 0)));

  let focusedMinutes = 0;
  let run = 0;
  let longestFocusedStretch = 0;
  for (const s of score) {
    if (s >= focusThreshold) {
      focusedMinutes++;
      run++;
      longestFocusedStretch = Math.max(longestFocusedStretch, run);
    } else {
      run = 0;
    }
  }

  return {
    score,
    activity,
    notifications: notificationsAt,
    activities,
    byActivity,
    focusedMinutes,
    longestFocusedStretch,
    switches,
    notificationCount: notificationsSoFar,
    meanScore: score.reduce((a, b) => a + b, 0) / minutes,
  };
}
