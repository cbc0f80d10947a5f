import { exportLabModel, type LabModelFile } from './modelFile';
import { saveLastModel } from './store';

/** Keeps a model on the device as the same text an export writes. */
export async function saveLast(
  file: Omit<LabModelFile, 'app' | 'kind' | 'version'>,
): Promise<void> {
  await saveLastModel(exportLabModel(file));
}
