// Converts YAML files to JSON the way an editor's YAML language server reads them (YAML 1.2
// core schema: 2022-03-15 stays text, 23 is a number, "23" is text), so that ajv can check
// them against the JSON Schemas in schema/.
// Usage: node yaml-to-json.cjs TOOLS_DIR OUT_DIR FILE...
// Writes OUT_DIR/<n>.json for the n-th FILE (from 0); a file YAML cannot parse is reported
// on stderr and written as the JSON string "unparsable", which no schema accepts.
const fs = require('fs');
const path = require('path');

const [toolsDir, outDir, ...files] = process.argv.slice(2);
const YAML = require(path.join(path.resolve(toolsDir), 'node_modules', 'yaml'));

files.forEach((file, index) => {
  let value;
  try {
    value = YAML.parse(fs.readFileSync(file, 'utf8'), {version: '1.2', schema: 'core', uniqueKeys: true});
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    value = 'unparsable';
  }
  fs.writeFileSync(path.join(outDir, `${index}.json`), JSON.stringify(value === undefined ? null : value));
});
