/*
 * replay-native.c: replays an allocation trace (format: README.md) through this process's own malloc and
 * prints the figures of `java -jar ukalloc.jar replay`, under the same names, so that glibc and jemalloc can
 * stand next to the jar's allocators:
 *
 *   gcc -O2 -o replay-native replay-native.c -lz -ldl     # zlib1g-dev
 *   ./replay-native [--json] TRACE                        # glibc
 *   LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ./replay-native [--json] TRACE
 *   ./replay-native --selftest                            # hand-written traces with known figures
 *
 * Footprint: what the allocator needs from the system, sampled after every successful allocation, minus
 * the same figure just before the first operation. glibc (mallinfo2): arena - keepcost + hblkhd, i.e. the
 * highest byte in use in the sbrk heap (keepcost is the free top chunk) plus the mmapped blocks, as the jar
 * measures (the highest byte in use above the heap's start). jemalloc (mallctl, found with dlsym so that one
 * binary serves both): stats.resident, the pages it has touched (live data, dirty free pages, metadata).
 * jemalloc's time-based purging of dirty pages is turned off, so that its figure does not depend on how
 * long the replay takes (freed pages then stay held, as the holes of a heap do).
 *
 * Nothing is taken from malloc before the replay (the trace, its decompression and the tables live in
 * mmap'd memory), so the replay starts on a heap holding nothing but the allocator's own initialisation.
 * Sampling costs far more than an operation (mallinfo2 walks the free lists), so the time is taken in a
 * separate pass without sampling, in a forked child that starts from the very same heap.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

typedef struct { char kind; int slot, old; uint64_t arg, size; } Op; /* slot/old: -1 = none (NULL) */
typedef struct { uint64_t id; int slot, live; } Id;                 /* id -> slot; id 0 = empty entry */

static Op *ops;
static size_t nops, nslots;
static void **ptr;
static uint64_t *len;
static char *failed;
static int (*mallctl)(const char *, void *, size_t *, void *, size_t);
static uint64_t live, peak_live, failures, skipped;
static size_t base_fp, peak_fp;

static void die(const char *what) { fprintf(stderr, "replay-native: %s\n", what); exit(1); }

static void *map(size_t bytes) {
    void *p = mmap(NULL, bytes ? bytes : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) die("out of memory (mmap)");
    return p;
}

/* zlib's own memory from mmap too (its size in a header, for munmap). */
static void *zmap(void *opaque, unsigned items, unsigned size) {
    (void)opaque;
    size_t *p = map(16 + (size_t)items * size);
    p[0] = 16 + (size_t)items * size;
    return p + 2;
}
static void zunmap(void *opaque, void *q) { (void)opaque; size_t *p = (size_t *)q - 2; munmap(p, p[0]); }

/* The file's text, decompressed if it starts with gzip's magic; *n its length. */
static char *load(const char *file, size_t *n) {
    int fd = open(file, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) die("cannot read the trace");
    unsigned char *in = mmap(NULL, st.st_size ? st.st_size : 1, PROT_READ, MAP_PRIVATE, fd, 0);
    if (in == MAP_FAILED) die("cannot map the trace");
    close(fd);
    if (st.st_size < 2 || in[0] != 0x1f || in[1] != 0x8b) { /* a copy, so that a final number is followed */
        char *text = map(st.st_size + 1);
        memcpy(text, in, st.st_size);
        *n = st.st_size;
        return text;
    }
    size_t cap = 16 * (size_t)st.st_size + 4096, used = 0;
    char *out = map(cap);
    z_stream z = { .next_in = in, .avail_in = st.st_size, .zalloc = zmap, .zfree = zunmap };
    if (inflateInit2(&z, 15 + 16) != Z_OK) die("zlib");
    for (int r = Z_OK; r != Z_STREAM_END; used = cap - z.avail_out) {
        if (used == cap) {
            out = mremap(out, cap, 2 * cap, MREMAP_MAYMOVE);
            if (out == MAP_FAILED) die("out of memory (mremap)");
            cap *= 2;
        }
        z.next_out = (unsigned char *)out + used;
        z.avail_out = cap - used;
        r = inflate(&z, Z_NO_FLUSH);
        if (r != Z_OK && r != Z_STREAM_END) die("corrupt gzip data");
    }
    inflateEnd(&z);
    *n = used;
    return out;
}

/* The trace's ids to dense slots (as the jar does), with a map of capacity cap (a power of two). */
static Id *ids;
static size_t idcap;
static int *free_slots, nfree;

static Id *lookup(uint64_t id) {
    size_t h = (id * 0x9E3779B97F4A7C15ull) & (idcap - 1);
    while (ids[h].id != 0 && ids[h].id != id) h = (h + 1) & (idcap - 1);
    ids[h].id = id;
    return &ids[h];
}

static const char *trace_name = "selftest";
static void bad(size_t line, const char *why) { fprintf(stderr, "%s:%zu: %s\n", trace_name, line, why); exit(2); }

static int take(uint64_t id, size_t line) {
    if (id == 0) bad(line, "id 0 is reserved for NULL");
    Id *e = lookup(id);
    if (e->live) bad(line, "id is already live");
    e->live = 1;
    return e->slot = nfree ? free_slots[--nfree] : (int)nslots++;
}

static int give(uint64_t id, size_t line) {
    if (id == 0) return -1;
    Id *e = lookup(id);
    if (!e->live) bad(line, "id is not live");
    e->live = 0;
    return free_slots[nfree++] = e->slot;
}

static void parse(char *text, size_t n) {
    size_t lines = 1;
    for (size_t i = 0; i < n; i++) lines += text[i] == '\n';
    ops = map(lines * sizeof *ops);
    free_slots = map(lines * sizeof *free_slots);
    for (idcap = 16; idcap < 2 * lines; idcap *= 2) {}
    ids = map(idcap * sizeof *ids);
    char *p = text, *end = text + n;
    for (size_t line = 1; p < end; line++) {
        char *eol = memchr(p, '\n', end - p);
        if (!eol) eol = end;
        uint64_t v[3] = {0, 0, 0};
        int k = 0;
        char kind = 0;
        for (char *q = p; q < eol && *q != '#';) {
            if (*q == ' ' || *q == '\t' || *q == '\r') { q++; continue; }
            if (!kind) { kind = *q++; continue; }
            if (k == 3 || *q < '0' || *q > '9') bad(line, "expected numbers after the operation");
            v[k++] = strtoull(q, &q, 10);
        }
        p = eol + 1;
        if (!kind) continue;
        Op *o = &ops[nops++];
        *o = (Op){ .kind = kind, .slot = -1, .old = -1 };
        int want = kind == 'f' ? 1 : kind == 'm' || kind == 'p' || kind == 'P' ? 2 : 3;
        if (!strchr("mcrafpP", kind)) bad(line, "unknown operation (one of m c r a f p P)");
        if (k != want) bad(line, "wrong number of numbers");
        switch (kind) {
        case 'm': o->size = v[1]; o->slot = take(v[0], line); break;
        case 'p': o->arg = v[1]; o->slot = take(v[0], line); break;
        case 'c': case 'a':
            if (kind == 'a' && (v[1] == 0 || (v[1] & (v[1] - 1)))) bad(line, "alignment is not a power of two");
            o->arg = v[1]; o->size = v[2]; o->slot = take(v[0], line); break;
        case 'r':
            if (v[1] == 0 && v[2] != 0) bad(line, "realloc to id 0 must have size 0");
            o->old = give(v[0], line); o->size = v[2]; o->slot = v[1] ? take(v[1], line) : -1; break;
        default: /* f, P */
            if (v[0] == 0) bad(line, "id 0 is not a block");
            o->arg = v[1]; o->slot = give(v[0], line); break;
        }
    }
    ptr = map(nslots * sizeof *ptr);
    len = map(nslots * sizeof *len);
    failed = map(nslots);
}

/* The allocator's footprint now. */
static size_t footprint(void) {
    if (mallctl) {
        uint64_t epoch = 1;
        size_t sz = sizeof epoch;
        mallctl("epoch", &epoch, &sz, &epoch, sz); /* refreshes the statistics */
        size_t resident;
        sz = sizeof resident;
        if (mallctl("stats.resident", &resident, &sz, NULL, 0))
            die("jemalloc has no statistics (built without --enable-stats)");
        return resident;
    }
    struct mallinfo2 mi = mallinfo2();
    return mi.arena - mi.keepcost + mi.hblkhd;
}

static void bind(int s, uint64_t size, void *p, int zero, int sampling) {
    failed[s] = !p && !zero;
    ptr[s] = p;
    len[s] = p ? size : 0;
    if (!p) { failures += !zero; return; }
    live += size;
    if (live > peak_live) peak_live = live;
    if (sampling) {
        size_t fp = footprint();
        if (fp > base_fp && fp - base_fp > peak_fp) peak_fp = fp - base_fp;
    }
}

/* Unbinds slot s; 0 when there is nothing to free (its allocation failed, or it is NULL). */
static int release(int s) {
    if (s < 0) return 0;
    if (failed[s]) { failed[s] = 0; skipped++; return 0; }
    if (!ptr[s]) return 0;
    live -= len[s];
    return 1;
}

static void replay(int sampling) {
    for (size_t i = 0; i < nops; i++) {
        Op *o = &ops[i];
        int s = o->slot;
        uint64_t total;
        void *p = NULL;
        switch (o->kind) {
        case 'm': bind(s, o->size, malloc(o->size), o->size == 0, sampling); break;
        case 'c': {
            int overflow = __builtin_mul_overflow(o->arg, o->size, &total);
            bind(s, overflow ? 0 : total, calloc(o->arg, o->size), !overflow && total == 0, sampling);
            break;
        }
        case 'a': /* posix_memalign wants at least a pointer's alignment, as the jar's memalign */
            if (posix_memalign(&p, o->arg > 8 ? o->arg : 8, o->size)) p = NULL;
            bind(s, o->size, p, o->size == 0, sampling);
            break;
        case 'p':
            total = o->arg > UINT64_MAX >> 12 ? UINT64_MAX : o->arg << 12;
            bind(s, total, total == UINT64_MAX ? NULL : aligned_alloc(4096, total), o->arg == 0, sampling);
            break;
        case 'r': {
            void *old = release(o->old) ? ptr[o->old] : NULL;
            if (s < 0) { free(old); break; } /* realloc to 0 frees (jemalloc's realloc(p, 0) may not) */
            p = realloc(old, o->size);
            if (!p) free(old); /* C keeps the old block on failure; the trace no longer knows it */
            bind(s, o->size, p, 0, sampling);
            break;
        }
        default: /* f, P */
            if (release(s)) free(ptr[s]);
        }
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Replays the parsed trace: the timed pass in a child, then the measured pass here; ns per operation. */
static double run(void) {
    ssize_t never = -1;
    if (mallctl) /* no purging after a delay: arena 0 (the only one of a single thread) and new ones */
        for (const char **k = (const char *[]){"arena.0.dirty_decay_ms", "arena.0.muzzy_decay_ms",
                 "arenas.dirty_decay_ms", "arenas.muzzy_decay_ms", NULL}; *k; k++)
            if (mallctl(*k, NULL, NULL, &never, sizeof never)) die(*k);
    free(malloc(1)); /* the allocator's own initialisation (tcache, arenas) is not the trace's */
    int fds[2];
    if (pipe(fds)) die("pipe");
    pid_t child = fork();
    if (child < 0) die("fork");
    if (child == 0) {
        double t0 = now();
        replay(0);
        double ns = now() - t0;
        _exit(write(fds[1], &ns, sizeof ns) == sizeof ns ? 0 : 1);
    }
    double ns = -1;
    int status;
    if (read(fds[0], &ns, sizeof ns) != sizeof ns || waitpid(child, &status, 0) != child || status != 0)
        die("the timed replay failed");
    base_fp = footprint();
    replay(1);
    return nops ? ns / nops : 0;
}

/* Hand-written traces: "TRACE|ops failures skipped peak-live max-footprint-over-live (glibc only)", each
 * replayed in a child of its own so that it starts on a fresh heap. */
static int selftest(void) {
    static const char *cases[] = {
        "m 1 100\nm 2 200\nf 1\nf 2\n|4 0 0 300 64",            /* two chunks of 112 + 208 bytes */
        "m 1 100\nf 1\nm 2 100\nf 2\n|4 0 0 100 32",            /* the second reuses the first */
        "c 1 4 25\nr 1 2 1000\nr 2 0 0\n|3 0 0 1000 64",        /* realloc keeps one block; to 0 frees */
        "r 0 1 50 # from NULL\n\nf 1\n|2 0 0 50 32",            /* comments and blank lines */
        "c 1 4294967296 4294967296\nf 1\nm 2 8\n|3 1 1 8 32",   /* calloc overflow: refused, free skipped */
        "a 1 4096 10\np 2 3\nP 2 3\nf 1\n|4 0 0 12298 12288",   /* alignment costs up to a page each */
    };
    int bad_cases = 0;
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        fflush(stdout);
        pid_t child = fork();
        if (child == 0) {
            const char *bar = strchr(cases[c], '|');
            size_t n = bar - cases[c];
            char *text = map(n + 1);
            memcpy(text, cases[c], n);
            parse(text, n);
            run();
            unsigned long long w[5];
            sscanf(bar + 1, "%llu %llu %llu %llu %llu", &w[0], &w[1], &w[2], &w[3], &w[4]);
            int ok = nops == w[0] && failures == w[1] && skipped == w[2] && peak_live == w[3]
                && (mallctl || (peak_fp >= peak_live && peak_fp <= peak_live + w[4]));
            printf("%s case %zu: ops %zu failures %llu skipped %llu live %llu footprint %zu\n",
                   ok ? "ok  " : "FAIL", c + 1, nops, (unsigned long long)failures, (unsigned long long)skipped,
                   (unsigned long long)peak_live, peak_fp);
            exit(!ok);
        }
        int status;
        bad_cases += child < 0 || waitpid(child, &status, 0) != child || status != 0;
    }
    printf("%s: %d of %zu self-test cases failed\n", mallctl ? "jemalloc" : "glibc", bad_cases,
           sizeof cases / sizeof *cases);
    return bad_cases != 0;
}

int main(int argc, char **argv) {
    mallctl = (int (*)(const char *, void *, size_t *, void *, size_t))dlsym(RTLD_DEFAULT, "mallctl");
    const char *name = mallctl ? "jemalloc" : "glibc";
    if (argc == 2 && strcmp(argv[1], "--selftest") == 0) return selftest();
    int json = argc == 3 && strcmp(argv[1], "--json") == 0;
    if (argc != 2 + json || argv[argc - 1][0] == '-') {
        fprintf(stderr, "usage: replay-native [--json] TRACE | replay-native --selftest\n");
        return 1;
    }
    const char *file = trace_name = argv[argc - 1];
    size_t n;
    char *text = load(file, &n);
    parse(text, n);
    double ns = run();
    double frag = peak_live ? (double)peak_fp / peak_live : 0;
    const char *how = mallctl ? "stats.resident" : "mallinfo2 arena-keepcost+hblkhd";
    if (json)
        printf("{\"allocator\":\"%s\",\"trace\":\"%s\",\"operations\":%zu,\"failures\":%llu,\"skipped_frees\":%llu,"
               "\"peak_live_bytes\":%llu,\"peak_footprint_bytes\":%zu,\"fragmentation\":%g,\"ns_per_op\":%.2f,"
               "\"footprint_measure\":\"%s\"}\n", name, file, nops, (unsigned long long)failures,
               (unsigned long long)skipped, (unsigned long long)peak_live, peak_fp, frag, ns, how);
    else
        printf("allocator            %s (footprint: %s)\noperations           %zu\nfailures             %llu\n"
               "skipped frees        %llu\npeak live bytes      %llu\npeak footprint       %zu\n"
               "fragmentation        %.3f\nns per operation     %.1f\n", name, how, nops, (unsigned long long)failures,
               (unsigned long long)skipped, (unsigned long long)peak_live, peak_fp, frag, ns);
    return 0;
}
