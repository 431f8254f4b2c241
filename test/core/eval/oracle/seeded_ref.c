/* Expected values for test/core/eval/randomStreams.test.ts: gcc -O2 -o seeded_ref seeded_ref.c && ./seeded_ref
 * A named stream of a seed, as src/core/eval/stats/random.ts documents it: SplitMix64 started at
 * (seed as a 64-bit two's-complement word) XOR FNV-1a-64(UTF-8 stream name; 0 for the empty name),
 * its first two outputs a, b giving the xoshiro128** state {lo(a), hi(a), lo(b), hi(b)}.
 * xoshiro128** 1.0 and splitmix64 from https://prng.di.unimi.it/, FNV-1a from http://www.isthe.com/chongo/tech/comp/fnv/. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
static inline uint32_t rotl(const uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t s[4];
static uint32_t next(void) {
	const uint32_t result = rotl(s[1] * 5, 7) * 9;
	const uint32_t t = s[1] << 9;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 11);
	return result;
}
static uint64_t x;
static uint64_t sm_next(void) {
	uint64_t z = (x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}
static uint64_t fnv1a64(const char *text) {
	uint64_t h = 0xcbf29ce484222325ULL;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) { h ^= *p; h *= 0x100000001b3ULL; }
	return h;
}
static void stream(int64_t seed, const char *name) {
	x = (uint64_t)seed ^ (strlen(name) ? fnv1a64(name) : 0);
	uint64_t a = sm_next(), b = sm_next();
	s[0] = (uint32_t)a; s[1] = (uint32_t)(a >> 32); s[2] = (uint32_t)b; s[3] = (uint32_t)(b >> 32);
	printf("seed %lld stream \"%s\":", (long long)seed, name);
	for (int i = 0; i < 6; i++) printf(" %u", next());
	printf("\n");
}
int main(void) {
	printf("fnv1a64(\"a\") = %llu, fnv1a64(\"foobar\") = %llu\n", (unsigned long long)fnv1a64("a"), (unsigned long long)fnv1a64("foobar"));
	stream(2026, "");
	stream(2026, "bootstrap:accuracy");
	stream(-1, "");
	stream(0, "a");
	stream(7, "流");
}
