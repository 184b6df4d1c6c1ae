/*
 * malloc-trace.c: an LD_PRELOAD shim that records every allocation call of a program in the trace format
 * of `java -jar ukalloc.jar replay` (see README.md):
 *
 *   gcc -shared -fPIC -O2 -o malloc-trace.so malloc-trace.c -ldl -lpthread
 *   TAILOR_TRACE=out.trace LD_PRELOAD=$PWD/malloc-trace.so some-program ...
 *
 * Each live block gets an id (a sequence number) that the trace uses instead of its address; the table
 * from address to id is an open-addressing hash table in memory of our own (mmap), so that recording never
 * calls malloc. Calls that malloc makes into itself, and those made while we write the trace, are not
 * recorded (a thread-local guard). While dlsym looks up the real functions, calloc is served from a static
 * buffer (dlsym may call calloc); blocks from that buffer are never freed to the real allocator.
 * One lock serialises the recording, so the trace of a threaded program is one valid sequence.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static void *(*real_memalign)(size_t, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);

/* calloc during dlsym: a bump allocator over a static buffer. */
static char bootstrap[64 * 1024] __attribute__((aligned(64)));
static size_t bootstrap_used;
static int resolving;

static __thread int inside; /* reentrancy guard: nonzero while this thread is in the shim */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int fd = -1;          /* the trace file, or -1: not recording */
static char out[1 << 16];    /* write buffer */
static size_t out_len;

/* Address -> id: linear probing; key 0 = empty, key 1 = deleted. */
static uintptr_t *keys;
static uint64_t *ids;
static size_t cap, used;
static uint64_t next_id = 1;

static int from_bootstrap(void *p) {
    return (char *)p >= bootstrap && (char *)p < bootstrap + sizeof bootstrap;
}

static void resolve(void) {
    if (real_malloc || resolving) {
        return;
    }
    resolving = 1;
    real_malloc = dlsym(RTLD_NEXT, "malloc");
    real_calloc = dlsym(RTLD_NEXT, "calloc");
    real_realloc = dlsym(RTLD_NEXT, "realloc");
    real_free = dlsym(RTLD_NEXT, "free");
    real_memalign = dlsym(RTLD_NEXT, "memalign");
    real_posix_memalign = dlsym(RTLD_NEXT, "posix_memalign");
    real_aligned_alloc = dlsym(RTLD_NEXT, "aligned_alloc");
    resolving = 0;
}

static void flush_out(void) {
    size_t done = 0;
    while (done < out_len) {
        ssize_t n = write(fd, out + done, out_len - done);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) {
                continue;
            }
            fd = -1; /* cannot write: stop recording */
            break;
        }
        done += (size_t)n;
    }
    out_len = 0;
}

static void emit(const char *line, int len) {
    if (out_len + (size_t)len > sizeof out) {
        flush_out();
    }
    memcpy(out + out_len, line, (size_t)len);
    out_len += (size_t)len;
}

static void at_exit(void) {
    pthread_mutex_lock(&lock);
    if (fd >= 0) {
        flush_out();
        close(fd);
        fd = -1;
    }
    pthread_mutex_unlock(&lock);
}

/* Opens the trace on first use; with lock held. Returns whether we record. */
static int recording(void) {
    static int opened;
    if (!opened) {
        opened = 1;
        const char *name = getenv("TAILOR_TRACE");
        if (name && *name) {
            fd = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (fd >= 0) {
                unsetenv("TAILOR_TRACE"); /* children do not write over our trace */
                atexit(at_exit);
                emit("# malloc-trace\n", 15);
            }
        }
    }
    return fd >= 0;
}

static size_t slot_of(uintptr_t key) {
    return (size_t)((key >> 4) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static int grow(void) {
    size_t old_cap = cap;
    uintptr_t *old_keys = keys;
    uint64_t *old_ids = ids;
    size_t new_cap = cap ? cap * 2 : 1 << 16;
    void *k = mmap(NULL, new_cap * sizeof *keys, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    void *v = mmap(NULL, new_cap * sizeof *ids, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (k == MAP_FAILED || v == MAP_FAILED) {
        return 0;
    }
    keys = k;
    ids = v;
    cap = new_cap;
    used = 0;
    for (size_t i = 0; i < old_cap; i++) {
        if (old_keys[i] > 1) {
            size_t s = slot_of(old_keys[i]);
            while (keys[s]) {
                s = (s + 1) & (cap - 1);
            }
            keys[s] = old_keys[i];
            ids[s] = old_ids[i];
            used++;
        }
    }
    if (old_cap) {
        munmap(old_keys, old_cap * sizeof *keys);
        munmap(old_ids, old_cap * sizeof *ids);
    }
    return 1;
}

/* A new id for the block at p. */
static uint64_t bind(void *p) {
    if ((used + 1) * 2 > cap && !grow()) {
        fd = -1;
        return 0;
    }
    uintptr_t key = (uintptr_t)p;
    size_t s = slot_of(key);
    while (keys[s] > 1) {
        s = (s + 1) & (cap - 1);
    }
    if (keys[s] == 0) {
        used++;
    }
    keys[s] = key;
    ids[s] = next_id;
    return next_id++;
}

/* The id of the block at p, removed from the table; 0 when p is not a block we saw. */
static uint64_t unbind(void *p) {
    if (!cap) {
        return 0;
    }
    uintptr_t key = (uintptr_t)p;
    for (size_t s = slot_of(key); keys[s]; s = (s + 1) & (cap - 1)) {
        if (keys[s] == key) {
            keys[s] = 1;
            return ids[s];
        }
    }
    return 0;
}

/* Records "m ID SIZE" and the like for the allocation p (nothing when it failed). */
static void record_alloc(char op, void *p, size_t a, size_t b, int nargs) {
    char line[96];
    if (!p) {
        return;
    }
    pthread_mutex_lock(&lock);
    if (recording()) {
        uint64_t id = bind(p);
        if (id) {
            int n = nargs == 2 ? snprintf(line, sizeof line, "%c %llu %zu %zu\n", op, (unsigned long long)id, a, b)
                               : snprintf(line, sizeof line, "%c %llu %zu\n", op, (unsigned long long)id, b);
            emit(line, n);
        }
    }
    pthread_mutex_unlock(&lock);
}

void *malloc(size_t size) {
    resolve();
    if (inside || !real_malloc) {
        return real_malloc ? real_malloc(size) : NULL;
    }
    inside = 1;
    void *p = real_malloc(size);
    record_alloc('m', p, 0, size, 1);
    inside = 0;
    return p;
}

void *calloc(size_t n, size_t size) {
    if (!real_calloc) {
        resolve();
        if (!real_calloc) { /* inside dlsym */
            size_t total = n * size;
            if (size && total / size != n) {
                return NULL;
            }
            total = (total + 15) & ~(size_t)15;
            if (bootstrap_used + total > sizeof bootstrap) {
                return NULL;
            }
            void *p = bootstrap + bootstrap_used;
            bootstrap_used += total;
            return p; /* static memory is zero */
        }
    }
    if (inside) {
        return real_calloc(n, size);
    }
    inside = 1;
    void *p = real_calloc(n, size);
    record_alloc('c', p, n, size, 2);
    inside = 0;
    return p;
}

void free(void *p) {
    if (!p || from_bootstrap(p)) {
        return;
    }
    resolve();
    if (inside) {
        real_free(p);
        return;
    }
    inside = 1;
    pthread_mutex_lock(&lock);
    if (recording()) {
        uint64_t id = unbind(p);
        if (id) {
            char line[48];
            emit(line, snprintf(line, sizeof line, "f %llu\n", (unsigned long long)id));
        }
    }
    /* Inside the lock: the address cannot be handed out and recorded again before its free is. */
    real_free(p);
    pthread_mutex_unlock(&lock);
    inside = 0;
}

void *realloc(void *p, size_t size) {
    resolve();
    if (from_bootstrap(p)) { /* move a bootstrap block to real memory */
        void *q = malloc(size);
        if (q) {
            size_t avail = (size_t)(bootstrap + sizeof bootstrap - (char *)p);
            memcpy(q, p, size < avail ? size : avail);
        }
        return q;
    }
    if (inside) {
        return real_realloc(p, size);
    }
    inside = 1;
    pthread_mutex_lock(&lock);
    void *q = real_realloc(p, size);
    if (recording() && (q || size == 0)) {
        uint64_t old = p ? unbind(p) : 0;
        if (p && !old) {
            /* a block we never saw (allocated before recording): record what it became as a malloc */
            if (q) {
                char line[64];
                uint64_t id = bind(q);
                emit(line, snprintf(line, sizeof line, "m %llu %zu\n", (unsigned long long)id, size));
            }
        } else {
            char line[96];
            uint64_t id = q ? bind(q) : 0;
            emit(line, snprintf(line, sizeof line, "r %llu %llu %zu\n", (unsigned long long)old,
                                (unsigned long long)id, q ? size : 0));
        }
    }
    pthread_mutex_unlock(&lock);
    inside = 0;
    return q;
}

void *memalign(size_t align, size_t size) {
    resolve();
    if (inside) {
        return real_memalign(align, size);
    }
    inside = 1;
    void *p = real_memalign(align, size);
    record_alloc('a', p, align, size, 2);
    inside = 0;
    return p;
}

int posix_memalign(void **out_ptr, size_t align, size_t size) {
    resolve();
    if (inside) {
        return real_posix_memalign(out_ptr, align, size);
    }
    inside = 1;
    int rc = real_posix_memalign(out_ptr, align, size);
    record_alloc('a', rc == 0 ? *out_ptr : NULL, align, size, 2);
    inside = 0;
    return rc;
}

void *aligned_alloc(size_t align, size_t size) {
    resolve();
    if (inside) {
        return real_aligned_alloc(align, size);
    }
    inside = 1;
    void *p = real_aligned_alloc(align, size);
    record_alloc('a', p, align, size, 2);
    inside = 0;
    return p;
}
