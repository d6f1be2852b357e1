/**
 * A growing list of 32-bit integers in one typed array. Its store lies
 * outside the JavaScript heap: a list of 300,000 numbers built during a
 * restore is never copied by the young generation's collector, as the
 * growing store of a plain array is.
 */
import { keepShape } from "../keep-shape.js";

export class IntList {
  private store = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.store.length) {
      const grown = new Int32Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    this.store[this.length++] = value;
  }

  /** The numbers so far (a view: it changes if the list grows again). */
  values(): Int32Array {
    return this.store.subarray(0, this.length);
  }
}

keepShape(new IntList());
