// Every test file may import entities and GraphQL types (decorators), which need the metadata
// polyfill loaded first, as main.ts and the data source do in the app.
import 'reflect-metadata';
