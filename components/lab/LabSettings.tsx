'use client';

import { configFields, positionKinds, type LabConfig } from '@/lib/lab/config';
import { taskNames } from '@/lib/lab/tasks';
import { backendChoices, type BackendChoice } from '@/lib/runtime/displays';
import { useLabT } from './labMessages';
import styles from './Lab.module.css';

type NumberKey = 'length' | 'vocab' | 'seed' | 'layers' | 'heads' | 'width' | 'lr' | 'batch';
const numberKeys: NumberKey[] = [
  'length',
  'vocab',
  'layers',
  'heads',
  'width',
  'lr',
  'batch',
  'seed',
];

/**
 * The task, model and optimiser settings, locked once a model exists (Reset unlocks); the backend
 * apart, locked only while training runs (a paused or restored model moves to another backend).
 */
export function LabSettings({
  config,
  backend,
  locked,
  backendLocked,
  onChange,
  onBackend,
}: {
  config: LabConfig;
  backend: BackendChoice;
  locked: boolean;
  backendLocked: boolean;
  onChange: (next: LabConfig) => void;
  onBackend: (next: BackendChoice) => void;
}) {
  const t = useLabT();
  const set = <K extends keyof LabConfig>(key: K, value: LabConfig[K]) =>
    onChange({ ...config, [key]: value });
  return (
    <>
      <fieldset className={styles.form} disabled={locked}>
        <legend>{t('lab.settings')}</legend>
        <label>
          {t('lab.field.task')}
          <select
            value={config.task}
            onChange={(e) => set('task', e.target.value as LabConfig['task'])}
          >
            {taskNames.map((name) => (
              <option key={name} value={name}>
                {t(`lab.task.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.field.positions')}
          <select
            value={config.positions}
            onChange={(e) => set('positions', e.target.value as LabConfig['positions'])}
          >
            {positionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`lab.positions.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.field.norm')}
          <select
            value={config.norm}
            onChange={(e) => set('norm', e.target.value as LabConfig['norm'])}
          >
            <option value="pre">{t('lab.norm.pre')}</option>
            <option value="post">{t('lab.norm.post')}</option>
          </select>
        </label>
        {numberKeys.map((key) => {
          const field = configFields[key];
          if (field.kind !== 'int' && field.kind !== 'number') return null;
          return (
            <label key={key}>
              {t(`lab.field.${key}`)}
              <input
                type="number"
                min={field.min}
                max={field.max}
                step={field.kind === 'int' ? 1 : 'any'}
                value={config[key]}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  if (Number.isFinite(value) && value >= field.min && value <= field.max) {
                    set(key, field.kind === 'int' ? Math.round(value) : value);
                  }
                }}
              />
            </label>
          );
        })}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={config.causal}
            onChange={(e) => set('causal', e.target.checked)}
          />
          {t('lab.field.causal')}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={config.attentionOnly}
            onChange={(e) => set('attentionOnly', e.target.checked)}
          />
          {t('lab.field.attentionOnly')}
        </label>
      </fieldset>
      <div className={styles.bar}>
        <label>
          {t('lab.field.backend')}{' '}
          <select
            value={backend}
            disabled={backendLocked}
            onChange={(e) => onBackend(e.target.value as BackendChoice)}
          >
            {backendChoices.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
