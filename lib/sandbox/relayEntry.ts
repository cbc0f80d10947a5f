// The inline script of /sandbox/ (bundled by scripts/sandbox/build.mjs).
import { startRelay } from './relay';

startRelay(window);
