/** `npm run schemas`: writes scenarios/*.schema.json from the zod schemas (a test checks they are current). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scenarioJsonSchemas } from "../../engine/scenario/json-schema.js";

const dir = join(import.meta.dirname, "..", "..", "..", "scenarios");
for (const [name, text] of Object.entries(scenarioJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`wrote scenarios/${name}\n`);
}
