/**
 * Raw input events, as Ink's input parser splits them (an escape sequence,
 * or a run of characters). useInput would not do: it reports Backspace and
 * Delete alike and drops the characters of control keys, and a line editor
 * needs them all.
 */
import { useEffect } from "react";
import { useStdin } from "ink";

export function useTerminalInput(onInput: (raw: string) => void, isActive = true): void {
  const { setRawMode, isRawModeSupported, internal_eventEmitter: events } = useStdin();

  useEffect(() => {
    if (!isActive || !isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isActive, isRawModeSupported, setRawMode]);

  useEffect(() => {
    if (!isActive) return;
    const listener = (raw: string): void => onInput(raw);
    events.on("input", listener);
    return () => {
      events.off("input", listener);
    };
  }, [isActive, events, onInput]);
}
