/* Expected values for test/core/eval/random.test.ts: gcc -O2 -o xoshiro_ref xoshiro_ref.c && ./xoshiro_ref */
/* xoshiro128** 1.0 and splitmix64, transcribed from https://prng.di.unimi.it/xoshiro128starstar.c and splitmix64.c */
#include <stdint.h>
#include <stdio.h>
static inline uint32_t rotl(const uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t s[4];
uint32_t next(void) {
	const uint32_t result = rotl(s[1] * 5, 7) * 9;
	const uint32_t t = s[1] << 9;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 11);
	return result;
}
static uint64_t x;
uint64_t sm_next() {
	uint64_t z = (x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}
int main() {
	s[0]=1; s[1]=2; s[2]=3; s[3]=4;
	printf("xoshiro128** from {1,2,3,4}:");
	for (int i=0;i<8;i++) printf(" %u", next());
	printf("\n");
	x = 0; printf("splitmix64 from 0:");
	for (int i=0;i<3;i++) printf(" %llu", (unsigned long long)sm_next());
	printf("\n");
	x = 1234567; printf("splitmix64 from 1234567:");
	for (int i=0;i<3;i++) printf(" %llu", (unsigned long long)sm_next());
	printf("\n");
}
