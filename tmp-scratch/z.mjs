import { z } from 'astro/zod';
z.config({ customError: (iss) => { console.log('ISS', iss.code, Object.keys(iss), !!iss.inst); return undefined; } });
const s = z.strictObject({ judul: z.string(), sub: z.strictObject({a: z.number()}) });
const r = s.safeParse({ judl: 'x', sub: { a: 'x', b: 1 } });
console.log(JSON.stringify(r.error.issues));
