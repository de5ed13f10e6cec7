// A thin C shim over libedit (histedit.h). Swift cannot call the variadic el_set()/history(),
// so each call the shell needs is wrapped in a plain function here. No policy lives here:
// what to complete, what to keep in history and what a prompt says are decided in KVOShell.
#ifndef KVO_CEDITLINE_H
#define KVO_CEDITLINE_H

#include <stdio.h>

typedef struct kvo_editor kvo_editor;

/// What a completion callback asks the editor to do afterwards.
typedef enum {
    KVO_COMPLETE_REFRESH = 0,   // the line changed: redraw it
    KVO_COMPLETE_REDISPLAY = 1, // candidates were printed below: redraw prompt and line
    KVO_COMPLETE_BEEP = 2       // nothing to complete
} kvo_complete_result;

/// Called on Tab with the line (UTF-8) and the cursor's byte offset in it.
typedef kvo_complete_result (*kvo_complete_fn)(void *context, const char *line, int cursor);

/// Creates an editor in emacs mode on the given streams. Returns NULL when the terminal cannot be set up.
kvo_editor *kvo_editor_new(const char *program, FILE *in, FILE *out, FILE *err);
void kvo_editor_free(kvo_editor *editor);

/// The words of the Ctrl-R search prompt: "(reverse-search) 'pat': " and, without a match,
/// "(reverse-search, not found) 'pat': " (copied; ASCII, in the session's language).
void kvo_editor_set_search_label(kvo_editor *editor, const char *searching, const char *failed);

/// Sets the prompt shown by the next kvo_editor_gets (copied).
void kvo_editor_set_prompt(kvo_editor *editor, const char *prompt);

/// Reads one line. Returns NULL at end of input (Ctrl-D on an empty line).
/// *interrupted is set to 1 when the user pressed Ctrl-C: the returned line is then to be discarded.
const char *kvo_editor_gets(kvo_editor *editor, int *count, int *interrupted);

/// Installs the Tab completion callback.
void kvo_editor_set_completer(kvo_editor *editor, kvo_complete_fn fn, void *context);

/// Deletes `count` characters (not bytes) before the cursor and inserts `text` (UTF-8).
int kvo_editor_replace_before_cursor(kvo_editor *editor, int count, const char *text);

/// Prints text on the editor's output stream (used to list completion candidates).
void kvo_editor_print(kvo_editor *editor, const char *text);

/// Terminal width as libedit knows it.
int kvo_editor_columns(kvo_editor *editor);

// History: one History per editor, shared with the line editor for Up/Down and Ctrl-R.
/// Enters one entry (the caller filters duplicates and lines starting with a space).
int kvo_history_enter(kvo_editor *editor, const char *line);
int kvo_history_load(kvo_editor *editor, const char *path);
int kvo_history_save(kvo_editor *editor, const char *path);
int kvo_history_count(kvo_editor *editor);
/// The most recent entry, or NULL when history is empty.
const char *kvo_history_latest(kvo_editor *editor);

// A history that is not attached to an editor, for tests and for batch use of the file format.
typedef struct kvo_history kvo_history;
kvo_history *kvo_history_new(int size);
void kvo_history_free(kvo_history *history);
int kvo_history_add(kvo_history *history, const char *line);
int kvo_history_read(kvo_history *history, const char *path);
int kvo_history_write(kvo_history *history, const char *path);
int kvo_history_size(kvo_history *history);
/// Entry `index` counted from the oldest (0), or NULL.
const char *kvo_history_get(kvo_history *history, int index);

// SIGINT while a command runs: the handler only sets a flag that the interpreter polls.
void kvo_sigint_install(void);
int kvo_sigint_take(void);

/// Reads one keystroke from fd without waiting for Enter or echoing it (quick entry); -1 at end of input.
int kvo_read_key(int fd);

#endif
