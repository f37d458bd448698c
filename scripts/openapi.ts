// `npm run --silent openapi > openapi.json`: the HTTP API's OpenAPI 3.1 document, as the server serves it at /api/v1/openapi.json.
import { openApiDocument } from '../server/openapi.ts';

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
