export declare function tuneHeap(): void;
