// Data source for the TypeORM CLI (migration:generate / migration:run), against DATABASE_URL.
import { buildDataSource } from './data-source.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL for the TypeORM CLI, e.g. postgres://postgres@127.0.0.1:5432/kecala_dev');
export default buildDataSource(url, { singleConnection: false });
