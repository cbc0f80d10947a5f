/**
 * Models the lessons need beyond the attention core (simulators, allocators, small networks).
 * Each is offered to learner code under its own name, like the attention functions.
 * One export line per model file.
 */
export {};
