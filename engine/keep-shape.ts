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
