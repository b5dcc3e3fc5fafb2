// The only C in the project (ARCHITECTURE: Curses): ncursesw seen from Swift.
//
// Swift imports C functions and plain integer macros (KEY_DOWN, KEY_RESIZE… come
// through as constants), but not C global variables under Swift 6 strict
// concurrency, nor function-like or composite macros. Each accessor below exists
// for one of those reasons. Only CursesTerminal (and its tests) import this.
#ifndef TASKFORCE_CNCURSESW_SHIM_H
#define TASKFORCE_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without these two, cchar_t, setcchar,
// add_wch and get_wch are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <ncursesw/curses.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

// wchar.h is part of the Glibc module, built without _XOPEN_SOURCE, so
// wcwidth may not be declared there. Declaring it again is harmless.
extern int wcwidth(wchar_t);

// MARK: C globals (a Swift 6 error: "not concurrency-safe")

// The current screen's windows (newterm makes its screen current).
static inline WINDOW *tf_stdscr(void) { return stdscr; }
// What curses believes is on the terminal: the tests read the screen from it.
static inline WINDOW *tf_curscr(void) { return curscr; }
// newterm needs FILE pointers; stdin/stdout are globals as well.
static inline FILE *tf_stdin(void) { return stdin; }
static inline FILE *tf_stdout(void) { return stdout; }

// MARK: attributes and colours (built by NCURSES_BITS, not importable)

static inline attr_t tf_a_normal(void) { return A_NORMAL; }
static inline attr_t tf_a_bold(void) { return A_BOLD; }
static inline attr_t tf_a_reverse(void) { return A_REVERSE; }
static inline attr_t tf_a_underline(void) { return A_UNDERLINE; }

// MARK: keys (function-like macro; the other KEY_* import as constants)

static inline int tf_key_f(int n) { return KEY_F(n); }

// MARK: mouse masks (built by NCURSES_MOUSE_MASK, not importable)

static inline mmask_t tf_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tf_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tf_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tf_button4_pressed(void) { return BUTTON4_PRESSED; }   // wheel up
static inline mmask_t tf_button5_pressed(void) { return BUTTON5_PRESSED; }   // wheel down

// MARK: window geometry and cells

// getmaxyx assigns to its arguments (a macro); here it writes through pointers.
static inline void tf_getmaxyx(const WINDOW *win, int *rows, int *cols) {
    *rows = getmaxy(win);
    *cols = getmaxx(win);
}

// setcchar's last argument is reserved and must be NULL; the pair is a short.
// One fixed shape keeps every Swift call site the same.
static inline int tf_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}

// Reads `n` cells of `row` into `out` (which holds n + 1 cells: a zeroed cell
// ends the list; the right halves of double-width characters are skipped).
// mvwin_wchnstr moves the window's cursor; on curscr that cursor is where curses
// thinks the terminal's cursor is, so it is put back.
static inline int tf_read_row(WINDOW *win, int row, cchar_t *out, int n) {
    int y = getcury(win), x = getcurx(win);
    int result = mvwin_wchnstr(win, row, 0, out, n);
    wmove(win, y, x);
    return result;
}

// Columns a character takes in this locale (-1: not printable).
static inline int tf_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
