import { extractRows } from '../bench/lib/extract';
console.log(extractRows(15));
