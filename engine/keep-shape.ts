/**
 * V8 forgets the layout ("map") of a class's objects once none of them is
 * alive, at a full garbage collection, and throws away the optimized code of
 * every method that relied on it. A class whose objects live for one command
 * (the restore's parser, a table editor) would then start each command again
 * in the interpreter: measured, 7-10% of a 150,000-line iptables-restore
 * after the previous command's objects were collected.
 *
 * keepShape holds one object of such a class for the program's life, so its
 * layout, and the code built for it, stay.
 */
const kept: object[] = [];

export function keepShape<T extends object>(example: T): T {
  kept.push(example);
  return example;
}

/**
 * An empty array that holds objects from the start. `[]` begins as an
 * array of small integers, and the first object stored into it changes its
 * kind. Code optimized while an earlier command's arrays already held
 * objects would meet a fresh one of the first kind, and be thrown away:
 * in every command that makes its arrays anew (the restore's parser, its
 * list of added rules).
 */
export function objectArray<T extends object>(): T[] {
  const array = [OBJECT] as unknown[];
  array.pop();
  return array as T[];
}

const OBJECT = {};
