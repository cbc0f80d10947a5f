/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import { trainHandler } from '@/lib/lab/trainHandler';
import { gradeHandler } from '@/lib/practice/grading/gradeHandler';
import { serveRequests } from '@/lib/runtime/dispatcher';
import { runHandler } from '@/lib/runtime/runHandler';
// tf.train (the demos that train a scorer) needs the gradients, which tfjs-core leaves out.
import '@/lib/runtime/gradients';

// Runs learner code off the page's thread; the page terminates this worker when a request takes
// too long, so a runaway loop never freezes the tab. This file is the one list of what the worker
// answers: a new kind of request adds its handler file in its own folder and one line here.
serveRequests(self as unknown as DedicatedWorkerGlobalScope, tf, [
  runHandler,
  gradeHandler,
  trainHandler,
]);
