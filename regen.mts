import { writeFileSync } from 'node:fs';
import { adminConfigYaml, adminHtml, adminScript } from './src/integrations/admin.ts';
const out = '/tmp/ri-editor-dist/admin';
writeFileSync(out + '/index.html', adminHtml());
writeFileSync(out + '/config.yml', adminConfigYaml(process.cwd(), 'https://rumahinovasi.jatimprov.go.id', { repo: 'x/y', branch: 'main' }));
writeFileSync(out + '/main.js', await adminScript());
