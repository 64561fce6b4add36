/*
 * The competing load of calibration/generate.sh's loaded-base runs, standing in for
 * another CI runner: `hog busy` spins on integer work, `hog memcpy` copies a 64 MB buffer
 * back and forth (memory bandwidth and last-level cache). Both run until killed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "busy") == 0) {
    volatile uint64_t x = 1;
    for (;;) x = x * 6364136223846793005ull + 1442695040888963407ull;
  }
  if (argc == 2 && strcmp(argv[1], "memcpy") == 0) {
    size_t n = (size_t)64 << 20;
    char *a = malloc(n), *b = malloc(n);
    if (!a || !b) return 1;
    memset(a, 1, n);
    memset(b, 2, n);
    for (;;) {
      memcpy(b, a, n);
      __asm__ volatile("" : : "r"(b) : "memory");
      memcpy(a, b, n);
      __asm__ volatile("" : : "r"(a) : "memory");
    }
  }
  return 2;
}
