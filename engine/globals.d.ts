/**
 * The few globals that both Node 20 and browsers provide and the engine uses.
 * Declared here because the engine compiles without DOM or Node types.
 */
declare function structuredClone<T>(value: T): T;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
