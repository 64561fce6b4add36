import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generateProfile } from './synthetic';
for (const seed of [1, 2]) writeFileSync(`out/bench/synthetic-1000000-${seed}.pb.gz`, gzipSync(generateProfile(1000000, seed), { level: 1 }));
writeFileSync(`out/bench/synthetic-200000-2.pb.gz`, gzipSync(generateProfile(200000, 2), { level: 1 }));
