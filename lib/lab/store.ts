import { createStore, get, set } from 'idb-keyval';
import { readLabModel, type LabModelFile } from './modelFile';

/**
 * The last lab model on this device, kept as the same text an export writes, so a stored copy
 * is checked by the same reader as an imported file (it may be older or damaged).
 */
const store = () => createStore('attention-atlas-lab', 'models');
const lastKey = 'last';

export async function saveLastModel(text: string): Promise<void> {
  await set(lastKey, text, store());
}

export async function loadLastModel(): Promise<LabModelFile | null> {
  const text = await get<string>(lastKey, store());
  if (typeof text !== 'string') return null;
  const read = readLabModel(text);
  return read.ok ? read.file : null;
}
