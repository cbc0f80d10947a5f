'use client';

import { useSyncExternalStore } from 'react';
import { useT } from '@/components/LocaleContext';
import styles from './EditorHint.module.css';

// Monaco picks its keybindings by this same test (base/common/platform: Macintosh, iPad, iPhone).
const isApple = () => /Macintosh|iPad|iPhone/.test(navigator.userAgent);
const noSubscription = () => () => {};

/**
 * The keyboard way out of the editor, which otherwise keeps Tab for indentation: Monaco's
 * "Toggle Tab Key Moves Focus" is Ctrl+M, or Ctrl+Shift+M on macOS (editor.action.
 * toggleTabFocusMode in monaco-editor 0.57). A separate, Monaco-free component so a
 * placeholder can show the same line while the editor loads, and nothing moves when it arrives.
 */
export function EditorHint({ id }: { id?: string } = {}) {
  const t = useT();
  // Server HTML and hydration assume Ctrl; an Apple device re-renders with its keys.
  const apple = useSyncExternalStore(noSubscription, isApple, () => false);
  return (
    <p id={id} className={styles.hint}>
      {t('editor.tabHint', {
        toggle: apple ? 'Ctrl+Shift+M' : 'Ctrl+M',
        run: apple ? 'Cmd+Enter' : 'Ctrl+Enter',
      })}
    </p>
  );
}
