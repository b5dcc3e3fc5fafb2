// Where BackgroundThread's thread starts (ARCHITECTURE: Texts): on another processor than the
// caller's. Left to the scheduler, on this machine the thread beside a large code's validation
// (then the one that found its lines) often started on the caller's processor, where it waited
// for the caller's work to end or stopped it: 0.6 ms late in 5 of 8 timed runs of `parse`,
// idle. In a C test, a thread placed elsewhere started 35 µs after pthread_create in 80 of 80
// runs, against 130 to 175 µs on average and 10 in 80 runs later than 0.5 ms unplaced. In C
// because Swift's Glibc module leaves out the affinity calls (GNU extensions), and this is the
// package's C target.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include "TextScan.h"

bool thread_attributes_elsewhere(pthread_attr_t *attributes) {
#if defined(__linux__)
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return false;
    int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &allowed) || CPU_COUNT(&allowed) < 2) return false;
    CPU_CLR(here, &allowed);
    return pthread_attr_setaffinity_np(attributes, sizeof allowed, &allowed) == 0;
#else
    (void)attributes;
    return false;
#endif
}

void thread_anywhere(pthread_t thread) {
#if defined(__linux__)
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) pthread_setaffinity_np(thread, sizeof allowed, &allowed);
#else
    (void)thread;
#endif
}
