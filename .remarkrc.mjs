// Frontmatter of every content file checked against the JSON Schemas that `npm run skema`
// generates from src/schemas/ (VS Code: the unifiedjs.vscode-remark extension reads this
// file and underlines wrong fields; on the command line: npx remark content/).
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const collections = ['studi-kasus', 'materi', 'panduan', 'acara', 'orang', 'organisasi', 'topik'];

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: Object.fromEntries(
          collections.map((c) => [`./skema/${c}.schema.json`, [`./content/${c}/*.md`, `./content/${c}/*.mdx`]]),
        ),
      },
    ],
  ],
};
