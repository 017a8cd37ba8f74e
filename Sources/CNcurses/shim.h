#ifndef TIDINGS_CNCURSES_SHIM_H
#define TIDINGS_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <ncursesw/curses.h>

// Macros and globals that Swift cannot import, or rejects under strict concurrency.
int wcwidth(wchar_t c);

static inline WINDOW *tidings_stdscr(void) { return stdscr; }
static inline int tidings_lines(void) { return LINES; }
static inline int tidings_cols(void) { return COLS; }
static inline attr_t tidings_a_normal(void) { return A_NORMAL; }
static inline attr_t tidings_a_bold(void) { return A_BOLD; }
static inline attr_t tidings_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tidings_a_reverse(void) { return A_REVERSE; }
static inline attr_t tidings_a_dim(void) { return A_DIM; }
static inline attr_t tidings_a_italic(void) { return A_ITALIC; }
static inline int tidings_key_f(int n) { return KEY_F(n); }
static inline int tidings_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
static inline int tidings_colors(void) { return COLORS; }
static inline int tidings_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tidings_color_pair(int n) { return COLOR_PAIR(n); }
static inline int tidings_is_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// One cell: a character (and a NUL) with attributes and a color pair.
static inline int tidings_put_cell(WINDOW *win, int y, int x, unsigned int ch, attr_t attr, short pair) {
    wchar_t text[2] = { (wchar_t)ch, 0 };
    cchar_t cell;
    if (setcchar(&cell, text, attr, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// Mouse masks are computed by macros that depend on the mouse interface version.
static inline mmask_t tidings_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int tidings_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int tidings_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int tidings_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

#endif
