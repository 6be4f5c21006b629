// An independent SPARQL client for PactGraph's tests: Comunica (@comunica/query-sparql from npm)
// runs each query file against a source given only by its URL, so that it must find out by itself
// that the URL is a SPARQL endpoint (from the endpoint's service description). Prints, per query,
// the file and the number of results; then every warning Comunica logged, each line "WARN ...".
//
// usage: node comunica_client.js MODULES_DIR ENDPOINT QUERY_FILE...
const path = require('path');
const fs = require('fs');
const [modules, endpoint, ...files] = process.argv.slice(2);
const { QueryEngine } = require(path.join(modules, '@comunica/query-sparql'));
const { Logger } = require(path.join(modules, '@comunica/types'));

// Comunica's own Logger (its grouping of repeated messages and flush() at the end of a result
// included), keeping warnings and worse.
const warnings = [];
class RecordingLogger extends Logger {
  trace() {}
  debug() {}
  info() {}
  warn(message, data) { this.record('WARN', message, data); }
  error(message, data) { this.record('ERROR', message, data); }
  fatal(message, data) { this.record('FATAL', message, data); }
  record(level, message, data) { warnings.push(level + ' ' + message + (data ? ' ' + JSON.stringify(data) : '')); }
}
const logger = new RecordingLogger();

(async () => {
  const engine = new QueryEngine();
  for (const file of files) {
    const query = fs.readFileSync(file, 'utf8');
    const result = await engine.query(query, { sources: [endpoint], log: logger });
    let count;
    if (result.resultType === 'boolean') {
      count = (await result.execute()) ? 1 : 0;
    } else {
      count = (await (await result.execute()).toArray()).length;
    }
    console.log(path.basename(file) + ' ' + count);
  }
  for (const w of warnings) console.log(w);
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
