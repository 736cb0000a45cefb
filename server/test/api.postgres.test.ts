import { defineApiSuite } from './api-suite.js';

await defineApiSuite('postgres');
