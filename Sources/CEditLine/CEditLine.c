// See CEditLine.h. Every function here is a direct use of libedit's documented API
// (editline(3), history(3)); the only logic is the Ctrl-C and Tab trampolines.
#include "CEditLine.h"

#include <histedit.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

struct kvo_editor {
    EditLine *el;
    History *hist;
    HistEvent ev;
    char *prompt;
    kvo_complete_fn complete;
    void *complete_context;
    int interrupted;
    FILE *out;
    char *search_label;   // "reverse-search": the prompt while Ctrl-R searches
    char *search_failed;  // "reverse-search, not found"
};

struct kvo_history {
    History *h;
    HistEvent ev;
};

static kvo_editor *editor_of(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return (kvo_editor *)data;
}

static char *prompt_fn(EditLine *el) {
    kvo_editor *ed = editor_of(el);
    return (ed && ed->prompt) ? ed->prompt : "";
}

// Ctrl-C while editing: show "^C" after the line, end it, and flag it as discarded.
// The terminal's ISIG is off in edit mode, so Ctrl-C arrives here as a key, never as a signal.
static unsigned char interrupt_fn(EditLine *el, int ch) {
    (void)ch;
    kvo_editor *ed = editor_of(el);
    const LineInfo *li = el_line(el);
    el_cursor(el, (int)(li->lastchar - li->cursor));
    el_insertstr(el, "^C");
    ed->interrupted = 1;
    el_push(el, "\n");
    return CC_REFRESH;
}

static unsigned char complete_fn(EditLine *el, int ch) {
    (void)ch;
    kvo_editor *ed = editor_of(el);
    if (!ed || !ed->complete) return CC_ERROR;
    const LineInfo *li = el_line(el);
    size_t len = (size_t)(li->lastchar - li->buffer);
    char *copy = malloc(len + 1);
    if (!copy) return CC_ERROR;
    memcpy(copy, li->buffer, len);
    copy[len] = '\0';
    int cursor = (int)(li->cursor - li->buffer);
    kvo_complete_result result = ed->complete(ed->complete_context, copy, cursor);
    free(copy);
    switch (result) {
    case KVO_COMPLETE_REFRESH: return CC_REFRESH;
    case KVO_COMPLETE_REDISPLAY: return CC_REDISPLAY;
    default: return CC_REFRESH_BEEP;
    }
}

// Ctrl-R: an incremental search of the history, newest first, with a prompt people can read
// ("(reverse-search) 'pat': ") in place of libedit's "bck:". Typing narrows it, Ctrl-R finds an
// older match, Backspace widens it, Enter runs the match, Ctrl-G or Ctrl-C gives the line back
// as it was, and any other key keeps the match for editing (and then acts as usual).
static const char *nth_match(kvo_editor *ed, const char *pattern, int skip) {
    HistEvent ev;
    if (history(ed->hist, &ev, H_FIRST) < 0) return NULL;
    do {
        if (strstr(ev.str, pattern) && skip-- == 0) return ev.str;
    } while (history(ed->hist, &ev, H_NEXT) >= 0);
    return NULL;
}

static int utf8_chars(const char *s, size_t bytes) {
    int n = 0;
    for (size_t i = 0; i < bytes; i++) if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static void set_line(EditLine *el, const char *text) {
    const LineInfo *li = el_line(el);
    el_cursor(el, (int)(li->lastchar - li->cursor));
    li = el_line(el);
    int chars = utf8_chars(li->buffer, (size_t)(li->lastchar - li->buffer));
    if (chars > 0) el_deletestr(el, chars);
    size_t len = strlen(text);
    while (len > 0 && text[len - 1] == '\n') len--;
    char *copy = strndup(text, len);
    if (copy && *copy) el_insertstr(el, copy);
    free(copy);
}

static unsigned char search_fn(EditLine *el, int ch) {
    (void)ch;
    kvo_editor *ed = editor_of(el);
    if (!ed) return CC_ERROR;
    const LineInfo *li = el_line(el);
    char *original = strndup(li->buffer, (size_t)(li->lastchar - li->buffer));
    char *saved_prompt = ed->prompt;
    ed->prompt = NULL;
    char pattern[256] = "";
    size_t n = 0;
    int skip = 0;
    const char *shown = original;
    unsigned char result = CC_REDISPLAY;
    for (;;) {
        const char *match = n ? nth_match(ed, pattern, skip) : NULL;
        if (match) shown = match;
        if (!match && skip > 0) { skip--; continue; }  // no older match: stay on the last one
        char prompt[400];
        snprintf(prompt, sizeof prompt, "(%s) '%s': ", (n && !match) ? ed->search_failed : ed->search_label, pattern);
        free(ed->prompt);
        ed->prompt = strdup(prompt);
        set_line(el, shown ? shown : "");
        el_set(el, EL_REFRESH);
        char c = 0;
        if (el_getc(el, &c) <= 0) break;
        if (c == 18) { skip++; continue; }                      // Ctrl-R: an older match
        if (c == 127 || c == 8) {                                // Backspace: one character less
            while (n > 0 && ((unsigned char)pattern[--n] & 0xC0) == 0x80) {}
            pattern[n] = 0;
            skip = 0;
            if (n == 0) shown = original;
            continue;
        }
        if (c == 7 || c == 3) { set_line(el, original); break; }  // Ctrl-G, Ctrl-C: as it was
        if (c == '\r' || c == '\n') { el_push(el, "\n"); break; } // Enter: run it
        if (((unsigned char)c >= 32 || ((unsigned char)c & 0x80)) && n < sizeof pattern - 1) {
            pattern[n++] = c;
            pattern[n] = 0;
            skip = 0;
            continue;
        }
        char key[2] = { c, 0 };                                  // any other key: edit the match
        el_push(el, key);
        break;
    }
    free(ed->prompt);
    ed->prompt = saved_prompt;
    free(original);
    return result;
}

void kvo_editor_set_search_label(kvo_editor *ed, const char *searching, const char *failed) {
    free(ed->search_label);
    free(ed->search_failed);
    ed->search_label = strdup(searching ? searching : "reverse-search");
    ed->search_failed = strdup(failed ? failed : "reverse-search, not found");
}

kvo_editor *kvo_editor_new(const char *program, FILE *in, FILE *out, FILE *err) {
    kvo_editor *ed = calloc(1, sizeof *ed);
    if (!ed) return NULL;
    ed->el = el_init(program, in, out, err);
    if (!ed->el) { free(ed); return NULL; }
    ed->out = out;
    ed->hist = history_init();
    history(ed->hist, &ed->ev, H_SETSIZE, 1000);
    history(ed->hist, &ed->ev, H_SETUNIQUE, 1);

    EditLine *el = ed->el;
    el_set(el, EL_CLIENTDATA, ed);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, prompt_fn);
    el_set(el, EL_HIST, history, ed->hist);
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "kvo-complete", "complete from context", complete_fn);
    el_set(el, EL_BIND, "^I", "kvo-complete", NULL);
    el_set(el, EL_ADDFN, "kvo-interrupt", "discard the line", interrupt_fn);
    el_set(el, EL_BIND, "^C", "kvo-interrupt", NULL);
    el_set(el, EL_ADDFN, "kvo-search", "search the history with a readable prompt", search_fn);
    el_set(el, EL_BIND, "^R", "kvo-search", NULL);
    kvo_editor_set_search_label(ed, NULL, NULL);
    return ed;
}

void kvo_editor_free(kvo_editor *ed) {
    if (!ed) return;
    el_end(ed->el);
    history_end(ed->hist);
    free(ed->prompt);
    free(ed->search_label);
    free(ed->search_failed);
    free(ed);
}

void kvo_editor_set_prompt(kvo_editor *ed, const char *prompt) {
    free(ed->prompt);
    ed->prompt = strdup(prompt ? prompt : "");
}

const char *kvo_editor_gets(kvo_editor *ed, int *count, int *interrupted) {
    ed->interrupted = 0;
    // Raw mode before the prompt is drawn: libedit would otherwise switch only at the first
    // key read, and a Ctrl-D typed as the prompt appears would be eaten by the cooked tty.
    el_set(ed->el, EL_PREP_TERM, 1);
    const char *line = el_gets(ed->el, count);
    *interrupted = ed->interrupted;
    return line;
}

void kvo_editor_set_completer(kvo_editor *ed, kvo_complete_fn fn, void *context) {
    ed->complete = fn;
    ed->complete_context = context;
}

int kvo_editor_replace_before_cursor(kvo_editor *ed, int count, const char *text) {
    if (count > 0) el_deletestr(ed->el, count);
    if (text && *text) return el_insertstr(ed->el, text);
    return 0;
}

void kvo_editor_print(kvo_editor *ed, const char *text) {
    fputs(text, ed->out);
    fflush(ed->out);
}

int kvo_editor_columns(kvo_editor *ed) {
    int cols = 0;
    if (el_get(ed->el, EL_GETTC, "co", &cols) != 0 || cols <= 0) return 80;
    return cols;
}

int kvo_history_enter(kvo_editor *ed, const char *line) {
    return history(ed->hist, &ed->ev, H_ENTER, line);
}

int kvo_history_load(kvo_editor *ed, const char *path) {
    return history(ed->hist, &ed->ev, H_LOAD, path);
}

int kvo_history_save(kvo_editor *ed, const char *path) {
    return history(ed->hist, &ed->ev, H_SAVE, path);
}

int kvo_history_count(kvo_editor *ed) {
    if (history(ed->hist, &ed->ev, H_GETSIZE) < 0) return 0;
    return ed->ev.num;
}

const char *kvo_history_latest(kvo_editor *ed) {
    if (history(ed->hist, &ed->ev, H_FIRST) < 0) return NULL;
    return ed->ev.str;
}

kvo_history *kvo_history_new(int size) {
    kvo_history *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    h->h = history_init();
    history(h->h, &h->ev, H_SETSIZE, size);
    history(h->h, &h->ev, H_SETUNIQUE, 1);
    return h;
}

void kvo_history_free(kvo_history *h) {
    if (!h) return;
    history_end(h->h);
    free(h);
}

int kvo_history_add(kvo_history *h, const char *line) { return history(h->h, &h->ev, H_ENTER, line); }
int kvo_history_read(kvo_history *h, const char *path) { return history(h->h, &h->ev, H_LOAD, path); }
int kvo_history_write(kvo_history *h, const char *path) { return history(h->h, &h->ev, H_SAVE, path); }

int kvo_history_size(kvo_history *h) {
    if (history(h->h, &h->ev, H_GETSIZE) < 0) return 0;
    return h->ev.num;
}

const char *kvo_history_get(kvo_history *h, int index) {
    // H_LAST is the oldest entry; H_PREV walks towards newer ones.
    if (history(h->h, &h->ev, H_LAST) < 0) return NULL;
    for (int i = 0; i < index; i++) {
        if (history(h->h, &h->ev, H_PREV) < 0) return NULL;
    }
    return h->ev.str;
}

static volatile sig_atomic_t sigint_pending = 0;

static void on_sigint(int sig) {
    (void)sig;
    sigint_pending = 1;
}

void kvo_sigint_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}

int kvo_sigint_take(void) {
    int was = sigint_pending;
    sigint_pending = 0;
    return was;
}

// One keystroke without Enter (quick entry): the terminal is put in non-canonical mode without echo
// and without signals for the one read, then restored. Ctrl-C therefore arrives as byte 3, for the
// caller to treat as "cancel". Returns the byte, or -1 at end of input or on error.
#include <termios.h>
#include <unistd.h>
#include <errno.h>

int kvo_read_key(int fd) {
    struct termios saved, raw;
    int have_tty = tcgetattr(fd, &saved) == 0;
    if (have_tty) {
        raw = saved;
        raw.c_lflag &= ~(ICANON | ECHO | ISIG);
        raw.c_cc[VMIN] = 1;
        raw.c_cc[VTIME] = 0;
        tcsetattr(fd, TCSANOW, &raw);
    }
    unsigned char c = 0;
    ssize_t n;
    do { n = read(fd, &c, 1); } while (n < 0 && errno == EINTR);
    if (have_tty) tcsetattr(fd, TCSANOW, &saved);
    return n == 1 ? (int)c : -1;
}
