// Times the npm package anki-apkg-export on the notes ApkgExportBench wrote (notes.tsv: front, back,
// tags). Usage: node bench-anki-export.js NODE_MODULES_DIR notes.tsv out.apkg
//
// anki-apkg-export 4.0.3 bundles sql.js 0.5.0, whose fixed 16 MB asm.js heap aborts ("Cannot
// enlarge memory arrays") before 2,000 notes because the package never frees its prepared
// statements. So its own Exporter class is given sql.js 1.x (same API, growable WebAssembly memory);
// the exporter's code is unchanged.
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.argv[2];
const { Exporter } = require(path.join(modules, 'anki-apkg-export'));
const createTemplate = require(path.join(modules, 'anki-apkg-export/dist/template')).default;
const initSqlJs = require(path.join(modules, 'sql.js'));

async function main() {
  const lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter((l) => l.length > 0);
  const SQL = await initSqlJs();
  const t0 = process.hrtime.bigint();
  const apkg = new Exporter('Quiz', { template: createTemplate(), sql: SQL });
  let i = 0;
  for (const line of lines) {
    const [front, back, tags] = line.split('\t');
    apkg.addCard(front, back, { tags: tags.split(' ') });
    if (++i % 10000 === 0) {
      const s = Number((process.hrtime.bigint() - t0) / 1000000n) / 1000;
      console.error(`node: ${i} notes added after ${s.toFixed(1)} s`);
    }
  }
  const zip = await apkg.save();
  fs.writeFileSync(process.argv[4], zip, 'binary');
  const ms = Number((process.hrtime.bigint() - t0) / 1000000n);
  console.log(`node notes=${lines.length} bytes=${zip.length} ms=${ms}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
