import { ensureN8n, ensureNode } from './n8n';
const { dir } = ensureNode();
console.log(ensureN8n(dir));
