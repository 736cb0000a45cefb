import { defineApiSuite } from './api-suite.js';

await defineApiSuite('embedded');
