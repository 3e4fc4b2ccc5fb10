import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schemaFile } from '../schema-file.ts';
import { schema } from '../schema.ts';

writeFileSync(schemaFile, `${printSchema(schema)}\n`);
console.log(`wrote ${schemaFile}`);
