/*
 * flamegate's calibration program for C: a record-processing pipeline (tokenize, parse,
 * sort, render, checksum) over a fixed generated input, the same as the Go and Node ones.
 * One build serves every variant of calibration/generate.sh:
 *
 *   gcc -O2 -fno-omit-frame-pointer -fno-inline -o pipeline pipeline.c
 *   perf record -F 999 -g -- ./pipeline VARIANT
 *
 * VARIANT is base, leaf-P, mid-P, new-P (P in 10, 25, 50, 100) or improve-P (P in 25,
 * 50); see calibration/README.md for what each plants. NOINLINE (noinline, noclone) keeps
 * every function of ours a frame of its own, under its own name (no .isra/.constprop).
 * KEEP_FRAME: gcc 12 on x86-64 leaves the frame pointer out of leaf functions that use
 * no stack, even with -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer, and perf's
 * frame-pointer unwinding then skips their caller (hash_field showed under process_batch,
 * not under parse_record). Taking the frame's address makes gcc keep it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline, noclone))
#define KEEP_FRAME() __asm__ volatile("" : : "r"(__builtin_frame_address(0)))

/* Work per run: lines of input, processed in batches. */
#define LINES 90000
#define BATCH 1000
#define LINE_MAX_LEN 160
#define MAX_TOKS 32

/* The amount of work of each planted function in the base variant. */
#define BASE_TOK_ROUNDS 20      /* tokenize: lexer steps per input byte (leaf) */
#define BASE_PARSE_CALLS 20     /* parse_record: norm_field+hash_field calls per token (mid) */
#define PARSE_ROUNDS 8          /* parse_record: its own validation steps per token byte */
#define RENDER_CALLS 16         /* render_records: norm_field+hash_field calls per field */
#define BASE_CHECKSUM_PASSES 4  /* checksum: passes over the rendered output (improve) */

struct config {
  int tok_rounds, parse_calls, audit_rounds, checksum_passes;
};

struct token {
  const char *s;
  int len;
};

struct record {
  uint64_t id;
  uint32_t key;
  struct token name;
  int ntoks;
  struct token toks[MAX_TOKS];
};

static volatile uint64_t sink;

/* Maps a variant name to the work of each function; 0 when it is unknown. */
static int variant(const char *name, struct config *c) {
  c->tok_rounds = BASE_TOK_ROUNDS;
  c->parse_calls = BASE_PARSE_CALLS;
  c->audit_rounds = 0;
  c->checksum_passes = BASE_CHECKSUM_PASSES;
  if (strcmp(name, "base") == 0) return 1;
  const char *dash = strrchr(name, '-');
  if (!dash) return 0;
  int p = atoi(dash + 1);
  if (p <= 0 || p > 100) return 0;
  size_t kind = (size_t)(dash - name);
  if (kind == 4 && strncmp(name, "leaf", 4) == 0) c->tok_rounds = BASE_TOK_ROUNDS * (100 + p) / 100;
  else if (kind == 3 && strncmp(name, "mid", 3) == 0) c->parse_calls = BASE_PARSE_CALLS * (100 + p) / 100;
  else if (kind == 3 && strncmp(name, "new", 3) == 0) c->audit_rounds = BASE_TOK_ROUNDS * p / 100;
  else if (kind == 7 && strncmp(name, "improve", 7) == 0) c->checksum_passes = BASE_CHECKSUM_PASSES * (100 - p) / 100;
  else return 0;
  return 1;
}

/* The fixed input: lines of `key=value` fields from a seeded xorshift. */
NOINLINE static char *gen_input(int n) {
  static const char *words[] = {"Alpha", "bravo", "Charlie", "delta", "ECHO", "foxtrot", "Golf", "hotel", "India", "juliet", "Kilo", "lima"};
  static const char *keys[] = {"id", "name", "city", "amount", "tags", "ts", "status", "owner", "region", "code", "ref", "note"};
  uint64_t x = 88172645463325252ull;
  char *buf = malloc((size_t)n * LINE_MAX_LEN);
  for (int i = 0; i < n; i++) {
    char *line = buf + (size_t)i * LINE_MAX_LEN;
    int len = snprintf(line, LINE_MAX_LEN, "id=%d", i);
    for (int k = 1; k < 12; k++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      const char *w = words[x % 12];
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      len += snprintf(line + len, LINE_MAX_LEN - len, " %s=%s%u", keys[k], w, (unsigned)(x % 1000));
    }
  }
  return buf;
}

/* Splits a line at spaces and '=' and runs a lexer state machine over every byte. Leaf. */
NOINLINE static int tokenize(const char *line, int rounds, struct token *toks) {
  KEEP_FRAME();
  uint32_t state = 7;
  int n = 0, start = 0, i = 0;
  for (; line[i]; i++) {
    uint32_t c = (unsigned char)line[i];
    for (int r = 0; r < rounds; r++) state = (state * 31 + c) ^ (state >> 7);
    if ((line[i] == ' ' || line[i] == '=') && n < MAX_TOKS - 1) {
      toks[n].s = line + start;
      toks[n++].len = i - start;
      start = i + 1;
    }
  }
  toks[n].s = line + start;
  toks[n++].len = i - start;
  sink += state;
  return n;
}

/*
 * Validates a line with a digest of its bytes; only the new-P variants call it. A step costs
 * what a tokenize step costs (the same operations).
 */
NOINLINE static uint32_t audit_tokens(const char *line, int rounds) {
  KEEP_FRAME();
  uint32_t acc = 0x9e3779b9u;
  for (int i = 0; line[i]; i++) {
    uint32_t b = (unsigned char)line[i];
    for (int r = 0; r < rounds; r++) acc = (acc * 31 + b) ^ (acc >> 9);
  }
  return acc;
}

/* Lower-cases a field into scratch and returns its length. Shared: parse_record, render_records. */
NOINLINE static int norm_field(const struct token *t, unsigned char *scratch) {
  KEEP_FRAME();
  int n = t->len < 64 ? t->len : 64;
  for (int i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t->s[i];
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    scratch[i] = c;
  }
  return n;
}

/* FNV-1a over scratch[0..n) with a seed. Shared: parse_record, render_records. */
NOINLINE static uint32_t hash_field(const unsigned char *scratch, int n, uint32_t seed) {
  KEEP_FRAME();
  uint32_t h = 2166136261u ^ seed;
  for (int i = 0; i < n; i++) {
    h ^= scratch[i];
    h *= 16777619u;
  }
  return h;
}

/* Builds a record, normalising and hashing every token `calls` times (mid-P's function). */
NOINLINE static void parse_record(const struct token *toks, int ntoks, int calls, struct record *rec) {
  unsigned char scratch[64];
  uint32_t key = 0, valid = 1;
  for (int t = 0; t < ntoks; t++) {
    for (int i = 0; i < toks[t].len; i++) {
      for (uint32_t r = 0; r < PARSE_ROUNDS; r++) valid = valid * 2654435761u + (unsigned char)toks[t].s[i] + r;
    }
    for (int c = 0; c < calls; c++) {
      int n = norm_field(&toks[t], scratch);
      key ^= hash_field(scratch, n, (uint32_t)c);
    }
  }
  sink += valid;
  rec->id = strtoull(toks[1].s, NULL, 10);
  rec->key = key;
  rec->name = toks[3];
  rec->ntoks = ntoks;
  memcpy(rec->toks, toks, sizeof(struct token) * (size_t)ntoks);
}

static int by_key(const void *a, const void *b) {
  KEEP_FRAME();
  uint32_t x = ((const struct record *)a)->key, y = ((const struct record *)b)->key;
  return (x > y) - (x < y);
}

static int by_name(const void *a, const void *b) {
  KEEP_FRAME();
  const struct token *x = &((const struct record *)a)->name, *y = &((const struct record *)b)->name;
  int n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, (size_t)n);
  return c != 0 ? c : x->len - y->len;
}

/* Orders the batch by key, then by name. */
NOINLINE static void sort_records(struct record *recs, int n) {
  qsort(recs, (size_t)n, sizeof *recs, by_key);
  qsort(recs, (size_t)n, sizeof *recs, by_name);
}

/* Writes the batch as text, hashing each field for its tag (norm_field and hash_field's other caller). */
NOINLINE static size_t render_records(const struct record *recs, int n, char *out) {
  static const char hex[] = "0123456789abcdef";
  unsigned char scratch[64];
  size_t len = 0;
  for (int r = 0; r < n; r++) {
    len += (size_t)sprintf(out + len, "%llu", (unsigned long long)recs[r].id);
    for (int k = 1; k < recs[r].ntoks; k += 2) {
      uint32_t tag = 0;
      for (int c = 0; c < RENDER_CALLS; c++) {
        int m = norm_field(&recs[r].toks[k], scratch);
        tag ^= hash_field(scratch, m, (uint32_t)c);
      }
      out[len++] = ' ';
      memcpy(out + len, recs[r].toks[k].s, (size_t)recs[r].toks[k].len);
      len += (size_t)recs[r].toks[k].len;
      out[len++] = ':';
      for (int s = 12; s >= 0; s -= 4) out[len++] = hex[(tag >> s) & 15];
    }
    out[len++] = '\n';
  }
  return len;
}

static uint32_t crc_table[256];

/* Table-driven CRC-32 over the output, `passes` times (improve-P's function). */
NOINLINE static uint32_t checksum(const char *out, size_t len, int passes) {
  KEEP_FRAME();
  uint32_t crc = ~0u;
  for (int p = 0; p < passes; p++) {
    for (size_t i = 0; i < len; i++) crc = crc_table[(crc ^ (unsigned char)out[i]) & 0xff] ^ (crc >> 8);
  }
  return ~crc;
}

/* Runs one batch through the pipeline. */
NOINLINE static void process_batch(const char *lines, int n, const struct config *c, struct record *recs, char *out) {
  struct token toks[MAX_TOKS];
  for (int i = 0; i < n; i++) {
    const char *line = lines + (size_t)i * LINE_MAX_LEN;
    int ntoks = tokenize(line, c->tok_rounds, toks);
    if (c->audit_rounds > 0) sink += audit_tokens(line, c->audit_rounds);
    parse_record(toks, ntoks, c->parse_calls, &recs[i]);
  }
  sort_records(recs, n);
  size_t len = render_records(recs, n, out);
  sink += checksum(out, len, c->checksum_passes);
}

int main(int argc, char **argv) {
  struct config c;
  if (argc != 2 || !variant(argv[1], &c)) {
    fprintf(stderr, "usage: pipeline VARIANT (base, leaf-P, mid-P, new-P, improve-P)\n");
    return 2;
  }
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t v = i;
    for (int k = 0; k < 8; k++) v = (v >> 1) ^ (0xedb88320u & -(v & 1));
    crc_table[i] = v;
  }
  char *input = gen_input(LINES);
  struct record *recs = malloc(sizeof *recs * BATCH);
  char *out = malloc((size_t)BATCH * 4 * LINE_MAX_LEN);
  for (int i = 0; i < LINES; i += BATCH) process_batch(input + (size_t)i * LINE_MAX_LEN, BATCH, &c, recs, out);
  free(out);
  free(recs);
  free(input);
  return 0;
}
