/**
 * A focus-session simulator for the attention-management lesson (question 2). A session is a
 * run of minutes; events (switching to another activity, a notification arriving) happen at
 * given minutes, and a scoring rule turns what happened in each minute into an attention score
 * in [0, 1]. The rule is a plain function, so a learner can write their own.
 */

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

function fail(message: string): never {
  throw new Error(`${FN}: ${message}`);
}

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
    fail(`options is ${String(options)} but expected { minutes, startActivity, events?, rule? }`);
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
    fail(`minutes is ${String(minutes)} but expected a positive integer`);
  }
  if (typeof startActivity !== 'string' || startActivity === '') {
    fail(`startActivity is ${String(startActivity)} but expected a non-empty string`);
  }
  if (typeof rule !== 'function') fail(`rule is ${typeof rule} but expected a function`);
  if (!(startScore >= 0 && startScore <= 1)) {
    fail(`startScore is ${String(startScore)} but expected a number in [0, 1]`);
  }
  if (!Array.isArray(events)) fail(`events is ${typeof events} but expected an array`);

  const switchAt = new Map<number, string>();
  const notificationsAt = new Array<number>(minutes).fill(0);
  events.forEach((event, i) => {
    const m = event?.minute;
    if (!Number.isInteger(m) || m < 0 || m >= minutes) {
      fail(`events[${i}].minute is ${String(m)} but expected an integer in [0, ${minutes - 1}]`);
    }
    if (event.kind === 'switch') {
      if (typeof event.to !== 'string' || event.to === '') {
        fail(`events[${i}].to is ${String(event.to)} but expected the activity switched to`);
      }
      switchAt.set(m, event.to);
    } else if (event.kind === 'notification') {
      notificationsAt[m]++;
    } else {
      fail(
        `events[${i}].kind is ${String((event as { kind: unknown }).kind)} but expected 'switch' or 'notification'`,
      );
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
      fail(`rule returned ${String(raw)} at minute ${minute} but expected a number`);
    }
    previous = Math.min(1, Math.max(0, raw));
    score.push(previous);
    activity.push(current);
    onActivity++;
  }

  const activities = options.activities ?? [...new Set(activity)];
  const missing = activity.find((a) => !activities.includes(a));
  if (missing !== undefined) {
    fail(
      `activities is [${activities.join(', ')}] but the session also spends time on "${missing}"`,
    );
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
