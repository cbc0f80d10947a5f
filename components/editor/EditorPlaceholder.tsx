'use client';

import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { keyToCarry, positionAt, type PendingInput } from './pendingInput';

interface Props {
  /** The code as plain text: where a click lands is counted in it. */
  code: string;
  /** What to show: the build-time highlighted code, or the code itself. */
  children: ReactNode;
  /** Fixed height, the editor's own, so nothing moves when the editor replaces this. */
  height: number;
  ariaLabel: string;
  className?: string;
  /** The learner shows they mean to edit (pointer over, focus, a click or a key): load the editor. */
  onIntent: () => void;
  /** Filled with the caret and keys, for the editor to replay when it arrives. */
  pendingRef: RefObject<PendingInput>;
}

/**
 * The code before Monaco has loaded: selectable, focusable text that asks for the editor when
 * the learner shows intent, and keeps where they clicked and what they typed meanwhile.
 */
export function EditorPlaceholder({
  code,
  children,
  height,
  ariaLabel,
  className,
  onIntent,
  pendingRef,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);

  // Read while the element is still in the page: the editor takes focus over if this had it.
  useLayoutEffect(() => {
    const element = ref.current;
    const pending = pendingRef.current;
    return () => {
      if (element?.contains(document.activeElement)) pending.focused = true;
    };
  }, [pendingRef]);

  const placeCaret = () => {
    const element = ref.current;
    const selection = window.getSelection();
    if (!element || !selection?.focusNode || !element.contains(selection.focusNode)) return;
    const before = document.createRange();
    before.selectNodeContents(element);
    before.setEnd(selection.focusNode, selection.focusOffset);
    // The highlighted markup's text is the code, line for line; counted in the code itself, a
    // click past the end of a line still lands on that line.
    pendingRef.current.caret = positionAt(code, before.toString().length);
  };

  return (
    <div
      ref={ref}
      className={className}
      style={{ height }}
      tabIndex={0}
      data-testid="editor-placeholder"
      aria-label={ariaLabel}
      onPointerEnter={onIntent}
      onFocus={() => {
        pendingRef.current.focused = true;
        onIntent();
      }}
      // Focus moved on to something else: the editor must not take it back when it arrives. A
      // blur to nowhere (this element leaving the page) keeps the claim.
      onBlur={(event) => {
        if (event.relatedTarget && !ref.current?.contains(event.relatedTarget))
          pendingRef.current.focused = false;
      }}
      onMouseUp={placeCaret}
      onKeyDown={(event) => {
        onIntent();
        const key = keyToCarry(event);
        if (key === null) return;
        // The key is the editor's, not the page's (a space would scroll it).
        event.preventDefault();
        pendingRef.current.keys.push(key);
      }}
    >
      {children}
    </div>
  );
}
