import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../schema.ts';
import { schemaFile } from '../schema-file.ts';

writeFileSync(schemaFile, `${printSchema(schema)}\n`);
console.log(`wrote ${schemaFile}`);
